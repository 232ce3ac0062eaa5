"""MHTML (.mht/.mhtml) → the main HTML part, its charset, the page URL and the capture date.

MHTML is a MIME message (RFC 2557). The file is split here, not by the ``email`` package: its
parser walks every line of every part in Python (a 50 MB file costs a second) and reads
header parameters in quadratic time. This splitter finds the delimiter lines with
``bytes.find``, reads only the (bounded) header blocks, keeps each part's body as a span of the
file, and decodes the transfer encoding of the main part alone; images and stylesheets are
never copied or decoded.
"""

from __future__ import annotations

import binascii
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from sidebyside.capture.archived import ArchivedPage
from sidebyside.errors import CaptureError
from sidebyside.settings import DEFAULT, CaptureSettings


@dataclass
class Part:
    headers: dict[str, str]  # lower-cased name → first value, unfolded
    start: int  # the body's span in the file
    end: int

    @property
    def content_type(self) -> str:
        return media_type(self.headers.get("content-type"))


def main_html_part(data: bytes, path: str | None = None, settings: CaptureSettings = DEFAULT.capture) -> ArchivedPage:
    """Find the page's main HTML part and undo its transfer encoding."""
    root, body_start = read_headers(data, 0, len(data), path, settings)
    if not root:
        raise CaptureError("not an MHTML file: it has no MIME headers", path)
    warnings: list[str] = []
    parts: list[Part] = []
    if media_type(root.get("content-type")).startswith("multipart/"):
        _split(data, root, body_start, len(data), parts, 0, warnings, path, settings)
    else:  # a single-part MHTML: the message is the page
        parts.append(Part(root, body_start, len(data)))

    main = _pick_main(root, parts)
    if main is None:
        raise CaptureError("the MHTML file has no HTML part", path)
    cte = main.headers.get("content-transfer-encoding", "").strip().lower()
    payload, damaged = decode_body(data[main.start : main.end], cte)
    if damaged:
        warnings.append(f"the page's {cte or 'MIME'} encoding is damaged; some of the page may be lost")
    url = _http_url(main.headers.get("content-location")) or _http_url(root.get("snapshot-content-location"))
    return ArchivedPage(
        payload=payload,
        charset=parameter(main.headers.get("content-type"), "charset"),
        url=url,
        captured=_iso_date(root.get("date")),
        warnings=warnings,
    )


# --------------------------------------------------------------------------- headers

_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_HEADER_NAME = re.compile(rb"[!-9;-~]+")


def read_headers(
    data: bytes, start: int, end: int, path: str | None, settings: CaptureSettings = DEFAULT.capture
) -> tuple[dict[str, str], int]:
    """The header block at ``start`` as {lower-case name: first value}, and where its body starts.

    The block ends at the first blank line. One longer than ``settings.max_mime_header_bytes``
    is refused: browsers write a few hundred bytes, and a longer one only costs time.
    """
    limit = min(end, start + settings.max_mime_header_bytes)
    if data.startswith(b"\n", start) or data.startswith(b"\r\n", start):  # no headers: a body at once
        return {}, start + (1 if data[start : start + 1] == b"\n" else 2)
    blank = _BLANK_LINE.search(data, start, limit)
    if blank is None:
        if limit < end:
            size = (min(end, _find_blank(data, limit, end)) - start) // 1024
            raise CaptureError(
                f"the MHTML file has a {size:,} KB MIME header, far longer than any saved page's", path
            )
        block_end = body_start = end
    else:
        block_end, body_start = blank.start(), blank.end()
    headers: dict[str, str] = {}
    name = None
    value: list[bytes] = []
    for line in data[start:block_end].split(b"\n"):
        line = line.rstrip(b"\r")
        if line[:1] in (b" ", b"\t") and name is not None:
            value.append(line.strip())
            continue
        if name is not None:
            headers.setdefault(name, _text(b" ".join(value)))
        name, colon, rest = line.partition(b":")
        if colon and _HEADER_NAME.fullmatch(name):
            name, value = name.decode("ascii").lower(), [rest.strip()]
        else:
            name = None  # not a header line: skipped, as mail readers do
    if name is not None:
        headers.setdefault(name, _text(b" ".join(value)))
    return headers, body_start


def _find_blank(data: bytes, start: int, end: int) -> int:
    """Where an over-long header block ends, for the message only (one scan in C)."""
    found = [i for i in (data.find(b"\n\n", start, end), data.find(b"\n\r\n", start, end)) if i >= 0]
    return min(found) if found else end


def _text(value: bytes) -> str:
    return value.decode("utf-8", "replace")


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


_PARAMETER = re.compile(r';\s*([!#-\'*+.0-9A-Z^-~-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))')


def parameter(content_type: str | None, name: str) -> str | None:
    """One parameter of a Content-Type value (linear: one pass, first occurrence wins)."""
    for m in _PARAMETER.finditer(content_type or ""):
        if m.group(1).lower() == name:
            value = m.group(2) if m.group(2) is not None else m.group(3)
            value = re.sub(r"\\(.)", r"\1", value).strip()
            return value.lower() if name == "charset" else value
    return None


# --------------------------------------------------------------------------- parts

# The first delimiter line opens the first part: its whole text after "--" is the boundary.
_FIRST_BOUNDARY = re.compile(rb"(?:\A|\n)--(\S{1,200})[ \t]*\r?(?:\n|\Z)")


def _split(
    data: bytes,
    headers: dict[str, str],
    start: int,
    end: int,
    parts: list[Part],
    depth: int,
    warnings: list[str],
    path: str | None,
    settings: CaptureSettings,
) -> None:
    """Append the leaf parts of the multipart body data[start:end] to ``parts``."""
    if depth > settings.max_mime_depth:
        raise CaptureError("the MHTML file nests its parts too deeply to be a saved page", path)
    boundary = parameter(headers.get("content-type"), "boundary")
    spans = _part_spans(data, boundary.encode("utf-8", "replace"), start, end) if boundary else iter(())
    first_span = next(spans, None)
    if first_span is None:
        first = _FIRST_BOUNDARY.search(data, max(start - 1, 0), end)
        if first is None:
            if depth:  # a damaged inner multipart: its parts are lost, the others stand
                return
            raise CaptureError("the MHTML file has no MIME boundary, so its parts cannot be found", path)
        spans = _part_spans(data, first.group(1), start, end)
        first_span = next(spans, None)
        if depth == 0:
            warnings.append("the MHTML file declares no MIME boundary; parts were split at the first boundary line")
    if first_span is None:
        return
    for part_start, part_end in itertools.chain([first_span], spans):
        if len(parts) >= settings.max_mime_parts:
            raise CaptureError(
                f"the MHTML file has more than {settings.max_mime_parts:,} parts, more than a saved page can have",
                path,
            )
        part_headers, body_start = read_headers(data, part_start, part_end, path, settings)
        part = Part(part_headers, min(body_start, part_end), part_end)
        if part.content_type.startswith("multipart/"):
            _split(data, part_headers, part.start, part.end, parts, depth + 1, warnings, path, settings)
        else:
            parts.append(part)


def _part_spans(data: bytes, boundary: bytes, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each part between delimiter lines ``--boundary`` (RFC 2046 §5.1.1), lazily:
    the caller stops at its part limit without scanning the rest of a hostile file.

    A delimiter counts only at the start of a line; the line break before it belongs to it.
    """
    marker = b"--" + boundary
    part_start = None
    pos = start
    while True:
        i = data.find(marker, pos, end)
        if i < 0:
            break
        pos = i + len(marker)
        if i > start and data[i - 1] != 0x0A:
            continue
        line_end = data.find(b"\n", pos, end)
        line_end = end if line_end < 0 else line_end + 1
        if part_start is not None:
            part_end = i
            if part_end > part_start and data[part_end - 1] == 0x0A:
                part_end -= 2 if part_end - 1 > part_start and data[part_end - 2] == 0x0D else 1
            if part_end > part_start:
                yield part_start, part_end
        if data.startswith(b"--", pos):  # the closing delimiter
            return
        part_start = pos = line_end
    if part_start is not None and part_start < end:  # no closing delimiter: the file was cut short
        yield part_start, end


def _pick_main(root: dict[str, str], parts: list[Part]) -> Part | None:
    """The part at the root's Snapshot-Content-Location, else RFC 2387's ``start``, else the first HTML."""
    htmls = [p for p in parts if p.content_type in ("text/html", "application/xhtml+xml")]
    snapshot = _unfold(root.get("snapshot-content-location"))
    if snapshot:
        for part in htmls:
            if _unfold(part.headers.get("content-location")) == snapshot:
                return part
    start = parameter(root.get("content-type"), "start")
    if start:
        for part in htmls:
            if part.headers.get("content-id", "").strip() == start.strip():
                return part
    return htmls[0] if htmls else None


# --------------------------------------------------------------------------- transfer encodings

_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_WHITESPACE = b" \t\r\n"
_B64_LINE = re.compile(rb"[A-Za-z0-9+/]*={0,2}")
_NOT_B64 = re.compile(rb"[^A-Za-z0-9+/]")


def decode_body(body: bytes, transfer_encoding: str) -> tuple[bytes, bool]:
    """A part's bytes with its Content-Transfer-Encoding undone; True when it was damaged."""
    if transfer_encoding == "base64":
        return decode_base64(body)
    if transfer_encoding == "quoted-printable":
        return binascii.a2b_qp(body), False
    return body, False  # 7bit, 8bit, binary: the bytes themselves


def decode_base64(data: bytes) -> tuple[bytes, bool]:
    """Base64; a damaged file is decoded line by line, so a bad line loses only itself."""
    compact = data.translate(None, _WHITESPACE)
    core = compact.rstrip(b"=")
    if not core.translate(None, _B64_ALPHABET) and len(compact) % 4 == 0 and len(compact) - len(core) <= 2:
        return binascii.a2b_base64(compact), False
    out: list[bytes] = []
    for line in data.split(b"\n"):
        line = line.strip()
        if _B64_LINE.fullmatch(line) and len(line) % 4 == 0:
            out.append(binascii.a2b_base64(line))
            continue
        if _NOT_B64.search(line.rstrip(b"=")):
            continue  # foreign characters: the line is noise, not data
        cleaned = line.rstrip(b"=")
        cleaned = cleaned[: len(cleaned) - len(cleaned) % 4]  # a cut-short line keeps its whole groups
        if cleaned:
            out.append(binascii.a2b_base64(cleaned))
    return b"".join(out), True


# --------------------------------------------------------------------------- values


def _unfold(value: str | None) -> str:
    """A header value without whitespace left by line folding (long URLs are folded)."""
    return re.sub(r"\s+", "", value or "")


def _http_url(value: str | None) -> str | None:
    value = _unfold(value)
    return value if re.match(r"https?://", value, re.I) else None


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    import email.utils  # small; only MHTML and WARC dates need it

    try:
        return email.utils.parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
