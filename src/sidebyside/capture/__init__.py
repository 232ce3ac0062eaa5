"""bytes → Capture: sniff the container, take the page out, decode its charset, find its origin.

The one public door of the stage: :func:`load_capture` for a file, :func:`capture_bytes` for
bytes already in memory. Bad input of any kind raises :class:`CaptureError` naming the file.

    sniff.py       signatures: the containers below, other binary formats, HTML or plain text
    charset.py     BOM, declared charset, UTF-8, UTF-16/32 without BOM, detection
    provenance.py  the URL and capture time a saved HTML page states
    html.py        a page on its own (HTML, single-file HTML, text); every container ends here
    mhtml.py       the main HTML part of an MHTML file, its URL and date
    webarchive.py  the main resource of a Safari .webarchive
    warc.py        the article's HTML response in a WARC (.warc, .warc.gz) or a WACZ
    pdf.py         the positioned text lines of a PDF (a page printed from a browser)

Web archives are read piecewise from the open file (they may be large: an archive keeps every
image), PDFs whole up to ``settings.max_pdf_bytes``, every other capture whole up to
``settings.max_bytes``.
"""

from __future__ import annotations

import io
import os
import stat
from typing import TYPE_CHECKING, BinaryIO

from sidebyside.capture import html, sniff
from sidebyside.errors import CaptureError
from sidebyside.model import FORMATS, Capture
from sidebyside.settings import DEFAULT, CaptureSettings

if TYPE_CHECKING:  # the archive readers are imported only when a capture is one
    from sidebyside.capture.archived import ArchivedPage

# Containers read from a file object rather than from bytes in memory.
_PIECEWISE = ("pdf", "warc", "wacz")


def load_capture(
    path: str | os.PathLike[str], format: str | None = None, settings: CaptureSettings = DEFAULT.capture
) -> Capture:
    """Read a capture file from disk."""
    path = os.fspath(path)
    _check_format(format, path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise CaptureError("is a directory, not a capture file", path)
        if not stat.S_ISREG(info.st_mode):
            raise CaptureError("is not a regular file", path)
        with open(path, "rb") as fh:
            head = fh.read(sniff.SAMPLE_BYTES)
            kind = format or _piecewise_kind(head, fh, path)
            if kind in _PIECEWISE:
                limit = settings.max_pdf_bytes if kind == "pdf" else settings.max_archive_bytes
                if info.st_size > limit:
                    raise CaptureError(_too_large(info.st_size, limit), path)
                fh.seek(0)
                return _read_piecewise(kind, fh, path, settings)
            if info.st_size > settings.max_bytes:
                raise CaptureError(_too_large(info.st_size, settings.max_bytes), path)
            data = head + fh.read(settings.max_bytes + 1 - len(head))
    except FileNotFoundError:
        raise CaptureError("no such file", path) from None
    except PermissionError:
        raise CaptureError("permission denied", path) from None
    except OSError as exc:
        raise CaptureError(f"cannot read the file ({exc.strerror or exc})", path) from None
    except ValueError as exc:  # e.g. a NUL byte in the path
        raise CaptureError(f"cannot open the file ({exc})", path) from None
    return capture_bytes(data, path=path, format=format, settings=settings)


def capture_bytes(
    data: bytes, path: str | None = None, format: str | None = None, settings: CaptureSettings = DEFAULT.capture
) -> Capture:
    """Decode a capture held in memory. ``format`` (one of :data:`FORMATS`) overrides sniffing."""
    if not isinstance(data, bytes):
        data = bytes(data)  # bytearray, memoryview
    _check_format(format, path)
    if not data or data.isspace():  # (not a stripped copy of a file that may be 100 MB)
        raise CaptureError("the file is empty", path)
    kind = format or _piecewise_kind(data[: sniff.SAMPLE_BYTES], io.BytesIO(data), path)
    if kind == "gzip":
        # a page saved gzip-compressed ("page.html.gz"): the page inside, read as any other
        data = _gunzipped(data, path, settings)
        kind = _piecewise_kind(data[: sniff.SAMPLE_BYTES], io.BytesIO(data), path)
        if kind == "gzip":
            raise CaptureError(f"a gzip file inside a gzip file, {sniff.NOT_A_CAPTURE}", path)
    if kind in _PIECEWISE:
        limit = settings.max_pdf_bytes if kind == "pdf" else settings.max_archive_bytes
        if len(data) > limit:
            raise CaptureError(_too_large(len(data), limit), path)
        return _read_piecewise(kind, io.BytesIO(data), path, settings)
    if len(data) > settings.max_bytes:
        raise CaptureError(_too_large(len(data), settings.max_bytes), path)
    try:
        return _capture_page(data, path, format, settings)
    except CaptureError:
        raise
    except (ValueError, LookupError, RecursionError, MemoryError) as exc:
        # A last guard: malformed input must surface as a capture error, never a crash.
        raise CaptureError(f"cannot read the file as a capture ({type(exc).__name__}: {exc})", path) from None


def _check_format(format: str | None, path: str | None) -> None:
    if format is not None and format not in FORMATS:
        raise CaptureError(f"unknown format {format!r} (expected one of {', '.join(FORMATS)})", path)


def _piecewise_kind(head: bytes, fh: BinaryIO, path: str | None) -> str | None:
    """"pdf", "warc" or "wacz" when the file is one; a clear error for another binary format."""
    if not head.strip():
        raise CaptureError("the file is empty", path)
    kind = sniff.container(head)
    if kind in ("pdf", "warc"):
        return kind
    if kind == "gzip":
        from sidebyside.capture import warc

        return "warc" if warc.is_gzipped_warc(head) else "gzip"
    elif kind == "zip":
        from sidebyside.capture import warc

        if warc.is_wacz(fh):
            return "wacz"
    elif kind in ("webarchive", "mhtml"):
        return None
    magic = sniff.magic_kind(head)
    if magic:
        raise CaptureError(f"looks like {magic}, {sniff.NOT_A_CAPTURE}", path)
    return None


def _gunzipped(data: bytes, path: str | None, settings: CaptureSettings) -> bytes:
    """The bytes inside a gzip file, inflated at most to ``max_bytes`` (a gzip bomb stops there)."""
    import zlib

    inflater = zlib.decompressobj(wbits=31)
    try:
        out = inflater.decompress(data, settings.max_bytes + 1)
    except zlib.error as exc:
        raise CaptureError(f"the gzip-compressed file is damaged ({exc})", path) from None
    if len(out) > settings.max_bytes:
        raise CaptureError(
            f"the gzip-compressed page inflates past the limit for a saved web page ({settings.max_bytes // 2**20} MiB)",
            path,
        )
    if not inflater.eof:
        raise CaptureError("the gzip-compressed file is cut short", path)
    if not out or out.isspace():
        raise CaptureError("the gzip-compressed file holds an empty page", path)
    return out


def _read_piecewise(kind: str, fh: BinaryIO, path: str | None, settings: CaptureSettings) -> Capture:
    if kind == "pdf":
        from sidebyside.capture import pdf

        return pdf.read_pdf(fh, path, settings)
    from sidebyside.capture import warc

    page = warc.read_wacz(fh, path, settings) if kind == "wacz" else warc.read_warc(fh, path, settings)
    return _archived_capture(page, path, kind, f"the archived page in the {kind.upper()} file is empty", settings)


def _capture_page(data: bytes, path: str | None, format: str | None, settings: CaptureSettings) -> Capture:
    if format in (None, "html") and data.startswith(b"bplist00"):
        from sidebyside.capture import webarchive

        return _archived_capture(webarchive.main_resource(data, path), path, "html", "the file is empty", settings)
    if format == "mhtml" or (format is None and sniff.looks_like_mhtml(data)):
        from sidebyside.capture import mhtml

        return _archived_capture(
            mhtml.main_html_part(data, path, settings), path, "mhtml", "the MHTML page is empty", settings
        )
    return html.page_capture(data, path, format, settings=settings)


def _archived_capture(
    page: ArchivedPage, path: str | None, kind: str, empty_message: str, settings: CaptureSettings
) -> Capture:
    """Read the page an archive holds as HTML, keeping what the archive says of it."""
    return html.page_capture(
        page.payload, path, kind, declared_charset=page.charset, url=page.url, captured=page.captured,
        warnings=page.warnings, empty_message=empty_message, settings=settings,
    )


def _too_large(size: int, limit: int) -> str:
    return (
        f"the file is too large to be a saved web page ({size / 2**20:.1f} MiB; the limit is {limit // 2**20} MiB)"
    )
