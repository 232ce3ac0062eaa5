"""bytes → Capture: sniff the format, decode the charset, find the original URL and capture time.

The one public door of the stage: :func:`load_capture` for a file, :func:`capture_bytes` for
bytes already in memory. Bad input of any kind raises :class:`CaptureError` naming the file.

    sniff.py       binary signatures, MHTML, HTML or plain text
    charset.py     BOM, declared charset, UTF-8, UTF-16/32 without BOM, detection
    mhtml.py       the main HTML part of an MHTML file, its URL and date
    webarchive.py  the main resource of a Safari .webarchive
    provenance.py  the URL and capture time a saved HTML page states
"""

from __future__ import annotations

import os
import re
import stat

from sidebyside.capture import charset, mhtml, sniff, webarchive
from sidebyside.display import one_line
from sidebyside.errors import CaptureError
from sidebyside.model import FORMATS, Capture, Source

MAX_BYTES = 64 * 1024 * 1024

# Characters that are never text; lxml refuses them, and a few stray ones are saving glitches.
_NON_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]")
_NON_TEXT_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)])


def load_capture(path: str | os.PathLike[str], format: str | None = None) -> Capture:
    """Read a capture file from disk (at most :data:`MAX_BYTES`)."""
    path = os.fspath(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise CaptureError("is a directory, not a capture file", path)
        if not stat.S_ISREG(info.st_mode):
            raise CaptureError("is not a regular file", path)
        if info.st_size > MAX_BYTES:
            raise CaptureError(_too_large(info.st_size), path)
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise CaptureError("no such file", path) from None
    except PermissionError:
        raise CaptureError("permission denied", path) from None
    except OSError as exc:
        raise CaptureError(f"cannot read the file ({exc.strerror or exc})", path) from None
    except ValueError as exc:  # e.g. a NUL byte in the path
        raise CaptureError(f"cannot open the file ({exc})", path) from None
    return capture_bytes(data, path=path, format=format)


def capture_bytes(data: bytes, path: str | None = None, format: str | None = None) -> Capture:
    """Decode a capture held in memory. ``format`` ("html", "mhtml", "text") overrides sniffing."""
    if not isinstance(data, bytes):
        data = bytes(data)  # bytearray, memoryview
    if format is not None and format not in FORMATS:
        raise CaptureError(f"unknown format {format!r} (expected one of {', '.join(FORMATS)})", path)
    if len(data) > MAX_BYTES:
        raise CaptureError(_too_large(len(data)), path)
    if not data.strip():
        raise CaptureError("the file is empty", path)
    kind = sniff.magic_kind(data)
    if kind:
        raise CaptureError(f"looks like {kind}, not a saved web page", path)

    try:
        return _capture(data, path, format)
    except CaptureError:
        raise
    except (ValueError, LookupError, RecursionError, MemoryError) as exc:
        # A last guard: malformed input must surface as a capture error, never a crash.
        raise CaptureError(f"cannot read the file as a capture ({type(exc).__name__}: {exc})", path) from None


def _capture(data: bytes, path: str | None, format: str | None) -> Capture:
    warnings: list[str] = []
    url = captured = None
    if format in (None, "html") and data.startswith(webarchive.MAGIC):
        resource = webarchive.main_resource(data, path)
        raw = resource.payload
        decoded = charset.decode(raw, declared=resource.charset)
        fmt, url = "html", resource.url
    elif format == "mhtml" or (format is None and sniff.looks_like_mhtml(data)):
        part = mhtml.main_html_part(data, path)
        warnings += part.warnings
        raw = part.payload
        decoded = charset.decode(raw, declared=part.charset)
        fmt, url, captured = "mhtml", part.url, part.captured
    else:
        if not charset.is_wide_unicode(data) and sniff.is_control_heavy(data[: sniff.SAMPLE_BYTES]):
            raise CaptureError("looks like binary data, not a saved web page", path)
        raw = data
        decoded = charset.decode(data)
        fmt = format
    warnings += decoded.warnings

    text = decoded.text
    if sniff.is_control_heavy(text[: sniff.SAMPLE_BYTES]):
        raise CaptureError("looks like binary data, not a saved web page", path)
    removed = 0
    if _may_hold_non_text(raw, decoded.encoding):
        text, removed = _NON_TEXT.subn("", text)
    if removed:
        warnings.append(f"removed {removed} NUL or control character(s) that are not text")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise CaptureError("the file is empty" if fmt != "mhtml" else "the MHTML page is empty", path)

    if fmt is None:
        fmt = "html" if sniff.looks_like_html(text, path) else "text"
    if fmt in ("html", "mhtml"):
        from sidebyside.capture import provenance  # here: text captures (the seed pair) never need it

        page_url, page_captured = provenance.find_provenance(text)
        url, captured = url or page_url, captured or page_captured
    source = Source(path=path, format=fmt, url=url, encoding=decoded.encoding, captured=captured)
    # Warnings quote the file (a charset label, a MIME header): one line each, overlong words cut.
    return Capture(source=source, content=text, warnings=tuple(one_line(w) for w in warnings))


def _may_hold_non_text(raw: bytes, encoding: str) -> bool:
    """A byte-level pre-check (fast in C) before the costly scan of the decoded text.

    In every ASCII-compatible codec control characters are the control bytes themselves,
    and U+FFFE/U+FFFF can only come from their UTF-8 forms.
    """
    if encoding.startswith(("utf-16", "utf-32")):
        return True
    if len(raw.translate(None, _NON_TEXT_BYTES)) != len(raw):
        return True
    return b"\xef\xbf" in raw and (b"\xef\xbf\xbe" in raw or b"\xef\xbf\xbf" in raw)


def _too_large(size: int) -> str:
    return f"the file is too large to be a saved web page ({size / 2**20:.1f} MiB; the limit is {MAX_BYTES // 2**20} MiB)"
