"""A page's bytes → Capture: decode the charset, clean what is not text, find where it came from.

The container of a saved page is the page itself here: browser "Save Page As" HTML (also "Web
Page, complete": its ``<name>_files`` folder beside it is never opened, the page is read as it
is), single-file HTML (SingleFile and the like) and plain-text captures. The other containers
(MHTML, web archives, WARC/WACZ) take their page out and hand its bytes to :func:`page_capture`.
"""

from __future__ import annotations

import re

from sidebyside.capture import charset, sniff
from sidebyside.display import one_line
from sidebyside.errors import CaptureError
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT, CaptureSettings

# Characters that are never text; lxml refuses them, and a few stray ones are saving glitches.
_NON_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]")
_NON_TEXT_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)])
_TEXT_BYTES = bytes(b for b in range(256) if b not in _NON_TEXT_BYTES)


def page_capture(
    raw: bytes,
    path: str | None,
    format: str | None,
    *,
    declared_charset: str | None = None,
    url: str | None = None,
    captured: str | None = None,
    warnings: list[str] | tuple[str, ...] = (),
    empty_message: str = "the file is empty",
    settings: CaptureSettings = DEFAULT.capture,
) -> Capture:
    """Decode a page. ``format`` None means a file on its own: HTML or text, told by its content.

    ``url`` and ``captured`` are what the container states; the page's own marks (a "saved
    from" comment, a canonical link) fill in what it does not.
    """
    warnings = list(warnings)
    if not charset.is_wide_unicode(raw):
        raw = _without_binary_tail(raw, warnings, settings)
    if format is None and not charset.is_wide_unicode(raw) and sniff.is_control_heavy(raw[: sniff.SAMPLE_BYTES]):
        raise _binary(raw, path)
    decoded = charset.decode(raw, declared=declared_charset, settings=settings)
    warnings += decoded.warnings

    text = decoded.text
    if sniff.is_control_heavy(text[: sniff.SAMPLE_BYTES]) or sniff.is_mostly_replaced(text):
        raise _binary(raw, path)
    removed = 0
    if _may_hold_non_text(raw, decoded.encoding):
        text, removed = _NON_TEXT.subn("", text)
    if removed:
        warnings.append(f"removed {removed} NUL or control character(s) that are not text")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text or text.isspace():  # (not a stripped copy of the whole page)
        raise CaptureError(empty_message, path)

    if format is None:
        kind = sniff.text_kind(text)
        if kind:
            raise CaptureError(f"looks like {kind}, {sniff.NOT_A_CAPTURE}", path)
        format = "html" if sniff.looks_like_html(text, path) else "text"
    if format != "text":
        from sidebyside.capture import provenance  # here: text captures (the seed pair) never need it

        page_url, page_captured = provenance.find_provenance(text)
        url, captured = url or page_url, captured or page_captured
    source = Source(path=path, format=format, url=url, encoding=decoded.encoding, captured=captured)
    # Warnings quote the file (a charset label, a MIME header): one line each, overlong words cut.
    return Capture(source=source, content=text, warnings=tuple(one_line(w) for w in warnings))


def _without_binary_tail(raw: bytes, warnings: list[str], settings: CaptureSettings) -> bytes:
    """The text without binary data appended to it (sniff.binary_tail), saying so: decoded, those
    bytes would be a paragraph of junk and a count of control characters that tells nothing."""
    cut = sniff.binary_tail(raw, settings.binary_tail_block, settings.binary_tail_share,
                            settings.binary_tail_min_bytes, settings.text_control_share)
    if cut is None:
        return raw
    kind = sniff.magic_kind(raw[cut:])
    warnings.append(f"the file ends in {_size(len(raw) - cut)} of binary data after its text (from byte {cut:,}): "
                    "dropped, the text before it kept" + (f"; the data looks like {kind}" if kind else ""))
    return raw[:cut]


def _size(n: int) -> str:
    if n < 1024:
        return f"{n:,} bytes"
    return f"{n / 1024:,.1f} KB" if n < 1024 * 1024 else f"{n / 2**20:,.1f} MB"


def _binary(raw: bytes, path: str | None) -> CaptureError:
    """The error for bytes that are not text, naming the format when a signature tells it."""
    return CaptureError(f"looks like {sniff.binary_kind(raw)}, {sniff.NOT_A_CAPTURE}", path)


def _may_hold_non_text(raw: bytes, encoding: str) -> bool:
    """A byte-level pre-check (fast in C) before the costly scan of the decoded text.

    In every ASCII-compatible codec control characters are the control bytes themselves,
    and U+FFFE/U+FFFF can only come from their UTF-8 forms.
    """
    if encoding.startswith(("utf-16", "utf-32")):
        return True
    # (what is left once every text byte is deleted: a third of the time of copying the rest)
    if raw.translate(None, _TEXT_BYTES):
        return True
    return b"\xef\xbf" in raw and (b"\xef\xbf\xbe" in raw or b"\xef\xbf\xbf" in raw)
