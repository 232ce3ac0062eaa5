"""MHTML (.mht/.mhtml) → the main HTML part, its charset, the page URL and the capture date.

MHTML is a MIME message (RFC 2557), so the standard library's ``email`` package parses it.
Only the main HTML part is decoded; images, stylesheets and frames stay untouched.
``email`` is imported on first use: every capture loads this module, few are MHTML.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sidebyside.errors import CaptureError

if TYPE_CHECKING:
    import email.message

# A real page rarely has more than a few hundred resources; far more means a hostile file.
MAX_PARTS = 10_000


@dataclass
class MainPart:
    payload: bytes
    charset: str | None
    url: str | None
    captured: str | None
    warnings: list[str] = field(default_factory=list)


def main_html_part(data: bytes, path: str | None = None) -> MainPart:
    """Find and decode (transfer encoding only) the page's main HTML part."""
    _refuse_too_many_parts(data, path)
    _refuse_huge_parameter_headers(data, path)
    try:
        return _main_html_part(data, path)
    except RecursionError:  # the parser and walk() recurse once per nesting level
        raise CaptureError("the MHTML file nests its parts too deeply to be a saved page", path) from None


def _main_html_part(data: bytes, path: str | None) -> MainPart:
    import email
    import email.policy

    root = email.message_from_bytes(data, policy=email.policy.compat32)
    warnings: list[str] = []
    if not root.keys():
        raise CaptureError("not an MHTML file: it has no MIME headers", path)

    parts: list[email.message.Message]
    if root.get_content_maintype() == "multipart" and not root.is_multipart():
        parts = _split_without_boundary(root, data, warnings, path)
    else:
        parts = [p for p in root.walk() if not p.is_multipart()]
    if len(parts) > MAX_PARTS:
        raise CaptureError(f"the MHTML file has {len(parts):,} parts, more than a saved page can have", path)

    main = _pick_main(root, parts)
    if main is None:
        raise CaptureError("the MHTML file has no HTML part", path)

    cte = (main.get("Content-Transfer-Encoding") or "").strip().lower()
    raw = main.get_payload(decode=False)
    if cte == "base64" and isinstance(raw, str):
        payload, damaged = _decode_base64_lines(raw)
    else:  # quoted-printable, 7bit, 8bit, binary: nothing to get wrong
        payload = main.get_payload(decode=True)
        damaged = False
    if not isinstance(payload, bytes):
        payload = b""
    if damaged:
        warnings.append(f"the page's {cte or 'MIME'} encoding is damaged; some of the page may be lost")
    url = _http_url(main.get("Content-Location")) or _http_url(root.get("Snapshot-Content-Location"))
    return MainPart(
        payload=payload,
        charset=main.get_content_charset(),
        url=url,
        captured=_iso_date(root.get("Date")),
        warnings=warnings,
    )


_ROOT_BOUNDARY = re.compile(rb"\bboundary\s*=\s*(?:\"([^\"\r\n]{1,200})\"|([^\s;\"]{1,200}))", re.I)


def _refuse_too_many_parts(data: bytes, path: str | None) -> None:
    """Count parts before parsing: the parser's time grows with them (~0.1 ms each)."""
    head_end = re.search(rb"\r?\n\r?\n", data)
    head = data[: head_end.start()] if head_end else data[:8192]
    match = _ROOT_BOUNDARY.search(head)
    if match:
        parts = data.count(b"--" + (match.group(1) or match.group(2)))
    else:
        parts = data.count(b"\n--") // 4  # any boundary line, loosely
    if parts > MAX_PARTS + 1:
        raise CaptureError(f"the MHTML file has {parts:,} parts, more than a saved page can have", path)


# The email package parses header parameters in quadratic time (100,000 parameters: seconds
# per read); real MHTML headers are a few hundred bytes.
MAX_PARAMETER_HEADER = 64 * 1024
_PARAMETER_HEADER = re.compile(rb"^content-(?:type|disposition):[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*", re.I | re.M)


def _refuse_huge_parameter_headers(data: bytes, path: str | None) -> None:
    for header in _PARAMETER_HEADER.finditer(data):
        if header.end() - header.start() > MAX_PARAMETER_HEADER:
            size = (header.end() - header.start()) // 1024
            raise CaptureError(f"the MHTML file has a {size:,} KB MIME header, far longer than any saved page's", path)


def _pick_main(root: email.message.Message, parts: list[email.message.Message]) -> email.message.Message | None:
    """The part at the root's Snapshot-Content-Location, else the first text/html part."""
    htmls = [p for p in parts if p.get_content_type() in ("text/html", "application/xhtml+xml")]
    snapshot = _unfold(root.get("Snapshot-Content-Location"))
    if snapshot:
        for part in htmls:
            if _unfold(part.get("Content-Location")) == snapshot:
                return part
    start = _start_content_id(root)
    if start:
        for part in htmls:
            if (part.get("Content-ID") or "").strip() == start:
                return part
    return htmls[0] if htmls else None


def _start_content_id(root: email.message.Message) -> str | None:
    """RFC 2387's ``start`` parameter names the root part by Content-ID."""
    start = root.get_param("start")
    return start.strip() if isinstance(start, str) else None


_BOUNDARY_LINE = re.compile(rb"^--([^\s]{1,200}?)(--)?[ \t]*\r?$", re.M)


def _split_without_boundary(
    root: email.message.Message, data: bytes, warnings: list[str], path: str | None
) -> list[email.message.Message]:
    """A multipart root whose Content-Type lost its boundary: take the first ``--xyz`` line as it."""
    body_start = re.search(rb"\r?\n\r?\n", data)
    body = data[body_start.end() :] if body_start else b""
    first = _BOUNDARY_LINE.search(body)
    if first is None:
        raise CaptureError("the MHTML file has no MIME boundary, so its parts cannot be found", path)
    boundary = first.group(1)
    delimiter = re.compile(rb"(?:\A|\r?\n)--" + re.escape(boundary) + rb"(?:--)?[ \t]*(?:\r?\n|\Z)")
    chunks = [c for c in delimiter.split(body)[1:] if c.strip()]
    if len(chunks) > MAX_PARTS:
        raise CaptureError(f"the MHTML file has {len(chunks):,} parts, more than a saved page can have", path)
    warnings.append("the MHTML file declares no MIME boundary; parts were split at the first boundary line")
    import email
    import email.policy

    return [email.message_from_bytes(c, policy=email.policy.compat32) for c in chunks]


_B64_LINE = re.compile(rb"[A-Za-z0-9+/]*={0,2}")
_NOT_B64 = re.compile(rb"[^A-Za-z0-9+/]")


def _decode_base64_lines(raw: str) -> tuple[bytes, bool]:
    """Base64 decoded line by line, so a damaged line loses only itself, not the rest's alignment."""
    data = raw.encode("ascii", "replace")
    compact = re.sub(rb"\s+", b"", data)
    if _B64_LINE.fullmatch(compact) and len(compact) % 4 == 0:
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


def _unfold(value: str | None) -> str:
    """A header value without its line folding (long URLs are folded over several lines)."""
    return re.sub(r"\r?\n[ \t]*", "", str(value or "")).strip()


def _http_url(value: str | None) -> str | None:
    value = _unfold(value)
    return value if re.match(r"https?://", value, re.I) else None


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    import email.utils

    try:
        return email.utils.parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
