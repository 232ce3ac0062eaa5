"""File names as text the window can show.

Linux allows any bytes in a file name; Python carries the ones that are not UTF-8 as lone
surrogates ("\\udce9"), which Qt cannot take (UnicodeEncodeError). Shown, they become U+FFFD;
the path itself is kept as it is, so the file still opens. Controls that would reorder or break
the line (a right-to-left override, a newline) are shown as U+FFFD too.
"""

from __future__ import annotations

import os
import re

_UNSHOWABLE = re.compile("[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def display_path(path: str | bytes | os.PathLike | None) -> str:
    if not path:
        return ""
    text = os.fsdecode(path)
    try:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that no undecodable byte explains
        pass
    return _UNSHOWABLE.sub("\ufffd", text)


def display_name(path: str | bytes | os.PathLike | None) -> str:
    return os.path.basename(display_path(path))


def showable(text: str) -> str:
    """Any text for a label or the status bar (it may quote a file name)."""
    return display_path(text) if text else ""
