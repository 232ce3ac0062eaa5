"""Text fit to show a user on one line: file names and messages from untrusted input.

A file name on Linux is any bytes; Python hands undecodable ones over as lone surrogates
(surrogateescape), which no terminal, JSON reader or Qt label can take. A name or a page can also
hold newlines (a message would span two lines), terminal escape sequences, or bidirectional
controls (a right-to-left override makes "gpj.exe" read as "exe.jpg"). Everything shown goes
through here: surrogates become U+FFFD, controls and bidi controls become visible escapes, and a
single overlong word (a 3 KB charset label) is shortened in the middle.
"""

from __future__ import annotations

import os
import re

REPLACEMENT = "\ufffd"
_SURROGATES = re.compile("[\ud800-\udfff]")
# C0 and C1 controls, DEL; and the bidirectional formatting characters (LRM, RLM, ALM, the
# embeddings and overrides, the isolates).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
LONG_WORD = 160  # longer runs without a space are cut in the middle
KEEP_HEAD, KEEP_TAIL = 60, 40
MAX_MESSAGE = 2000


def printable(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD, so it encodes as UTF-8 (nothing else changes)."""
    return _SURROGATES.sub(REPLACEMENT, text) if _SURROGATES.search(text) else text


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    return _ESCAPES.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")


def _shorten(match: re.Match[str]) -> str:
    word = match.group()
    return f"{word[:KEEP_HEAD]}…({len(word):,} characters)…{word[-KEEP_TAIL:]}"


def one_line(text: str) -> str:
    """A message fit for one line of a terminal, a log or a status bar."""
    text = _UNSAFE.sub(_escape, printable(str(text)))
    text = re.sub(r"\S{%d,}" % (LONG_WORD + 1), _shorten, text)
    if len(text) > MAX_MESSAGE:
        text = text[: MAX_MESSAGE - 40] + f"… ({len(text):,} characters)"
    return text


def display_path(path: str | bytes | os.PathLike | None) -> str:
    """A file name as a user should see it: undecodable bytes as U+FFFD, controls escaped."""
    if path is None:
        return ""
    path = os.fspath(path)
    if isinstance(path, bytes):
        path = path.decode("utf-8", "replace")
    else:
        # Undecodable bytes arrive as U+DC80..U+DCFF (surrogateescape): one U+FFFD per byte.
        path = printable(path)
    return _UNSAFE.sub(_escape, path)


def display_name(path: str | bytes | os.PathLike | None) -> str:
    """The last part of a file name, as :func:`display_path` shows it (a pane's header, a menu)."""
    if path is None:
        return ""
    return display_path(os.path.basename(os.fspath(path)))


def display_stem(path: str | bytes | os.PathLike | None) -> str:
    """The file's name without its extension, to name an article that states no outlet
    ("10_1ecbplus" rather than "10_1ecbplus.txt"); a name that is all extension stays whole."""
    name = display_name(path)
    stem, _ext = os.path.splitext(name)
    return stem or name
