"""Web archives → the archived HTML of the article, its URL and capture time.

WARC (ISO 28500; ``.warc``, ``.warc.gz``) is read with warcio; a WACZ (Webrecorder's format,
``.wacz``) is a zip holding ``pages/pages.jsonl`` and ``archive/*.warc[.gz]``. The page is the one
the archive names (``pages.jsonl``'s first page, or a ``urn:pageinfo:`` record as ArchiveWeb.page
and Browsertrix write), following its redirects, else the largest HTML response. One pass notes
where each record is; only the page's record is read again and decoded. Nothing in the archive is
run or fetched: it is only read.

Every read is bounded (records, bytes of the page, inflation of zip members), so a hostile file
ends with a clear message instead of exhausting time or memory.
"""

from __future__ import annotations

import json
import struct
import zipfile
from dataclasses import dataclass
from typing import BinaryIO
from urllib.parse import urljoin, urlsplit, urlunsplit

from sidebyside.capture.archived import ArchivedPage
from sidebyside.errors import CaptureError
from sidebyside.settings import DEFAULT, CaptureSettings

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class _Record:
    """Where one response or resource record is, and what it says of itself."""

    uri: str
    offset: int
    length: int
    status: int | None  # None for a resource record (no HTTP headers)
    media_type: str
    location: str | None  # a redirect's target
    date: str | None
    kind: str


# --------------------------------------------------------------------------- sniffing


def is_gzipped_warc(head: bytes) -> bool:
    """A gzip file whose first member starts with a WARC record."""
    import zlib

    try:
        start = zlib.decompressobj(wbits=31).decompress(head, 16)
    except zlib.error:
        return False
    return start.startswith(b"WARC/")


def is_wacz(fh: BinaryIO) -> bool:
    """A zip laid out as the WACZ spec says (an archive/ folder of WARCs, or pages/pages.jsonl)."""
    try:
        fh.seek(0)
        if _zip_entries(fh) > DEFAULT.capture.max_zip_members:
            return False
        with zipfile.ZipFile(fh) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error):
        return False
    return any(_is_warc_member(n) for n in names) or "pages/pages.jsonl" in names


def _is_warc_member(name: str) -> bool:
    return name.startswith("archive/") and name.endswith((".warc", ".warc.gz"))


def _zip_entries(fh: BinaryIO) -> int:
    """The entry count the zip's end record states, read before zipfile parses every entry."""
    fh.seek(0, 2)
    size = fh.tell()
    fh.seek(max(0, size - 65_557))
    tail = fh.read()
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or end + 22 > len(tail):
        raise zipfile.BadZipFile("no end of central directory")
    entries = struct.unpack_from("<H", tail, end + 10)[0]
    if entries == 0xFFFF:  # zip64: the count is in the zip64 end record
        end64 = tail.rfind(b"PK\x06\x06", 0, end)
        if end64 >= 0 and end64 + 40 <= len(tail):
            entries = struct.unpack_from("<Q", tail, end64 + 32)[0]
    return entries


# --------------------------------------------------------------------------- WACZ


def read_wacz(fh: BinaryIO, path: str | None, settings: CaptureSettings = DEFAULT.capture) -> ArchivedPage:
    try:
        entries = _zip_entries(fh)
        if entries > settings.max_zip_members:
            raise CaptureError(f"the WACZ file has {entries:,} members, more than a web archive of a page has", path)
        fh.seek(0)
        with zipfile.ZipFile(fh) as zf:
            return _read_wacz(zf, path, settings)
    except CaptureError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, struct.error) as exc:
        raise CaptureError(f"the WACZ file is damaged and cannot be read ({_reason(exc)})", path) from None
    except NotImplementedError:  # a compression method zipfile lacks
        raise CaptureError("the WACZ file uses a zip compression that cannot be read", path) from None


def _read_wacz(zf: zipfile.ZipFile, path: str | None, settings: CaptureSettings) -> ArchivedPage:
    members = {info.filename: info for info in zf.infolist()}
    named = None
    if "pages/pages.jsonl" in members:
        named = _first_page(zf, members["pages/pages.jsonl"], path, settings)
    warcs = sorted(name for name in members if _is_warc_member(name))
    if not warcs:
        raise CaptureError("the WACZ file holds no WARC (no archive/*.warc)", path)
    found: list[tuple[str, _Record]] = []
    warnings: list[str] = []
    budget = settings.max_warc_records
    for name in warcs:
        _check_member(members[name], path, settings)
        with zf.open(members[name]) as member:
            records, cut = _scan(member, members[name].file_size, path, budget, settings)
        budget -= len(records)
        found += [(name, r) for r in records]
        if cut:
            warnings.append(f"the WACZ file's {name} is cut short or damaged after {len(records):,} records")
    record = _choose([r for _, r in found], named, path)
    member_name = next(name for name, r in found if r is record)
    with zf.open(members[member_name]) as member:
        page = _read_page(member, record, path, settings)
    page.warnings[:0] = warnings
    return page


def _check_member(info: zipfile.ZipInfo, path: str | None, settings: CaptureSettings) -> None:
    """Refuse a member that would inflate past the limits: a zip bomb, not an archive."""
    if info.file_size > settings.max_member_bytes:
        raise CaptureError(
            f"the WACZ file's {info.filename[:80]} would inflate to {info.file_size / 2**20:,.0f} MiB, "
            f"more than the {settings.max_member_bytes // 2**20:,} MiB a web archive is read to",
            path,
        )
    if info.compress_type != zipfile.ZIP_STORED and info.file_size > settings.max_member_ratio * max(info.compress_size, 1):
        ratio = info.file_size // max(info.compress_size, 1)
        raise CaptureError(
            f"the WACZ file's {info.filename[:80]} inflates {ratio:,} times (a zip bomb, not a web archive)", path
        )


def _first_page(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: str | None, settings: CaptureSettings
) -> str | None:
    """The URL of the first page pages.jsonl lists (its first line is a format header)."""
    _check_member(info, path, settings)
    with zf.open(info) as fh:
        for _ in range(1000):
            line = fh.readline(1_000_000)  # bounded: a line is one page's entry
            if not line:
                break
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if isinstance(entry, dict) and isinstance(entry.get("url"), str) and "format" not in entry:
                return entry["url"]
    return None


# --------------------------------------------------------------------------- WARC


def read_warc(fh: BinaryIO, path: str | None, settings: CaptureSettings = DEFAULT.capture) -> ArchivedPage:
    fh.seek(0, 2)
    size = fh.tell()
    fh.seek(0)
    records, cut = _scan(fh, size, path, settings.max_warc_records, settings)
    record = _choose(records, None, path)
    fh.seek(0)
    page = _read_page(fh, record, path, settings)
    if cut:
        page.warnings.insert(0, f"the WARC file is cut short or damaged after {len(records):,} records")
    return page


def _scan(
    fh: BinaryIO, size: int, path: str | None, budget: int, settings: CaptureSettings
) -> tuple[list[_Record], bool]:
    """Every response and resource record (where it is, not its payload); and whether the file
    ended before its last record did (a truncated gzip member, a cut-off download)."""
    from warcio.archiveiterator import ArchiveIterator

    records: list[_Record] = []
    seen = 0
    cut = False
    end = 0
    try:
        iterator = _bounded(ArchiveIterator(fh), settings)
        for record in iterator:
            seen += 1
            if seen > budget:
                raise CaptureError(
                    f"the web archive has more than {settings.max_warc_records:,} records; "
                    "open a smaller archive of the page",
                    path,
                )
            entry = _entry(record)
            offset, length = iterator.get_record_offset(), iterator.get_record_length()
            end = offset + length
            if record.raw_stream.limit > 0:
                cut = True  # the record's block ends before its stated length
            if entry is not None:
                entry.offset, entry.length = offset, length
                records.append(entry)
    except CaptureError:
        raise
    except Exception as exc:  # warcio raises many kinds of error on malformed records
        if not records:
            raise CaptureError(f"the web archive is damaged and cannot be read ({_reason(exc)})", path) from None
        cut = True
    if seen == 0:
        raise CaptureError("the web archive holds no readable WARC record (damaged or cut short)", path)
    if size - end > 4:  # more than the blank lines after the last record: a cut-off member
        cut = True
    return records, cut


def _bounded(iterator, settings: CaptureSettings):
    """Make the iterator's reader refuse header lines longer than ``settings.max_warc_line_bytes``.

    warcio reads a line by joining buffers until a newline comes: a gigabyte without one takes
    quadratic time and all the memory. Its reader is made once per iterator, so it is wrapped here.
    """
    reader = iterator.reader
    original = reader.readline
    limit = settings.max_warc_line_bytes

    def readline(length=None):
        line = original(limit if length is None else min(length, limit))
        if len(line) >= limit and not line.endswith(b"\n"):
            raise ValueError(f"a header line is longer than {limit // 1024} KB")
        return line

    reader.readline = readline
    return iterator


def _entry(record) -> _Record | None:
    kind = record.rec_type
    if kind not in ("response", "resource", "metadata"):
        return None
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    date = record.rec_headers.get_header("WARC-Date")
    if kind == "metadata" or uri.startswith("urn:pageinfo:"):
        if uri.startswith("urn:pageinfo:"):
            return _Record(uri, 0, 0, None, "pageinfo", None, date, kind)
        return None
    http = record.http_headers if kind == "response" else None
    if http is not None:
        status = _status(http.get_statuscode())
        content_type = http.get_header("Content-Type") or ""
        location = http.get_header("Location")
    else:
        status = None
        content_type = record.rec_headers.get_header("Content-Type") or ""
        location = None
    media = content_type.split(";", 1)[0].strip().lower()
    return _Record(uri, 0, 0, status, media, location, date, kind)


def _status(code: str | None) -> int | None:
    try:
        return int(code) if code else None
    except ValueError:
        return None


def _choose(records: list[_Record], named: str | None, path: str | None) -> _Record:
    """The named page (through its redirects), else the largest HTML response."""
    pageinfo = [r for r in records if r.media_type == "pageinfo"]
    if named is None and pageinfo:
        named = pageinfo[0].uri.removeprefix("urn:pageinfo:")
    by_url: dict[str, _Record] = {}
    for r in records:
        if r.media_type != "pageinfo":
            by_url.setdefault(_normal(r.uri), r)
    url = named
    for _ in range(10):  # redirects
        if not url:
            break
        record = by_url.get(_normal(url))
        if record is None:
            break
        if record.status is not None and 300 <= record.status < 400 and record.location:
            url = urljoin(record.uri, record.location)
            continue
        if record.media_type in _HTML_TYPES and (record.status is None or record.status < 300):
            return record
        break
    pages = [r for r in records if r.media_type in _HTML_TYPES and (r.status is None or 200 <= r.status < 300)]
    if not pages:
        raise CaptureError("the web archive holds no HTML page", path)
    return max(pages, key=lambda r: r.length)


def _normal(url: str) -> str:
    """A URL as pages are matched: no fragment, lower-case scheme and host, no empty path."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def _read_page(fh: BinaryIO, record: _Record, path: str | None, settings: CaptureSettings) -> ArchivedPage:
    """Read the chosen record again and decode its payload (chunking and compression undone)."""
    from warcio.archiveiterator import ArchiveIterator

    fh.seek(record.offset)
    warnings: list[str] = []
    try:
        item = next(iter(_bounded(ArchiveIterator(fh), settings)))
        payload = item.content_stream().read(settings.max_record_bytes + 1)
        truncated = item.raw_stream.limit > 0
        content_type = (
            item.http_headers.get_header("Content-Type") if item.http_headers is not None
            else item.rec_headers.get_header("Content-Type")
        ) or ""
    except (StopIteration, OSError, EOFError, ValueError, LookupError) as exc:
        raise CaptureError(f"the archived page cannot be read ({_reason(exc)})", path) from None
    except Exception as exc:  # decompressors (gzip, brotli) raise their own errors on damaged data
        raise CaptureError(f"the archived page cannot be read ({_reason(exc)})", path) from None
    if len(payload) > settings.max_record_bytes:
        raise CaptureError(
            f"the archived page is over {settings.max_record_bytes // 2**20} MiB, too large to be an article", path
        )
    if truncated:
        warnings.append("the archive is cut short inside the page; the end of the page is lost")
    from sidebyside.capture.mhtml import parameter

    return ArchivedPage(
        payload=payload,
        charset=parameter(content_type, "charset"),
        url=record.uri if record.uri.lower().startswith(("http://", "https://")) else None,
        captured=_iso(record.date),
        warnings=warnings,
    )


def _iso(value: str | None) -> str | None:
    """WARC-Date (W3C date-time, UTC) → ISO 8601 with an explicit offset."""
    if not value:
        return None
    from datetime import datetime

    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).isoformat()
    except ValueError:
        return None


def _reason(exc: BaseException) -> str:
    """What went wrong, in a few words: a parser's own message, never an internal one."""
    if isinstance(exc, (AttributeError, TypeError, KeyError, IndexError)):
        return "malformed record"
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:120]
