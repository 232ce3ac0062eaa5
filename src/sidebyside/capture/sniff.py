"""Tell what a file is from its first bytes: a container we read (PDF, WARC, WACZ, web archive,
MHTML), another binary format, HTML or plain text.

Content decides; the file name only breaks ties for a short fragment of markup.
"""

from __future__ import annotations

import re

# (signature, what the file looks like). Only signatures that plain text cannot start with:
# each holds a byte that is never text, or a word no page starts with (file(1)'s magic list).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document or EPUB)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xce\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "a Java class file or Mach-O executable"),
    (b"\x00asm", "a WebAssembly module"),
    (b"BZh91AY&SY", "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"\x28\xb5\x2f\xfd", "a zstd-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"OTTO\x00", "an OpenType font"),
    (b"ID3\x02", "an MP3 audio file"),
    (b"ID3\x03", "an MP3 audio file"),
    (b"ID3\x04", "an MP3 audio file"),
    (b"OggS\x00", "an Ogg audio or video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"\x1aE\xdf\xa3", "a Matroska or WebM video"),
)

# Signatures plain text could start with by chance ("MZ", "BM"): they only name a file that
# the share of control characters already shows to be binary.
_WEAK_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "a Windows executable"),
    (b"BM", "a BMP image"),
    (b"\x00\x01\x00\x00", "a TrueType font"),
    (b"\x00\x00\x01\x00", "an icon file"),
)

# How a refused file is described: we read saved web pages and text captures.
NOT_A_CAPTURE = "not a web page or text capture"


def container(head: bytes) -> str | None:
    """The container a file's first bytes announce: "pdf", "warc", "gzip", "zip", "webarchive",
    "mhtml"; None for a page on its own (HTML or text) or an unknown binary.

    "gzip" and "zip" are only candidates (a WARC, a WACZ): their readers look inside.
    """
    if b"%PDF-" in head[:1024]:  # PDF readers accept junk before the header, so do we
        return "pdf"
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"bplist00"):
        return "webarchive"
    if looks_like_mhtml(head):
        return "mhtml"
    return None


# Control bytes that never occur in text (tab, newlines, form feed and ESC excluded).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])

SAMPLE_BYTES = 64 * 1024


def _signature(data: bytes, table: tuple[tuple[bytes, str], ...]) -> str | None:
    """The kind of the first signature of the table the data starts with."""
    return next((kind for magic, kind in table if data.startswith(magic)), None)


def magic_kind(data: bytes) -> str | None:
    """What a binary file looks like by its signature ("a PDF document"), else None."""
    kind = _signature(data, _MAGIC)
    if kind:
        return kind
    if data[:4] == b"RIFF":
        riff = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}
        if data[8:12] in riff:
            return riff[data[8:12]]
    if data[4:8] == b"ftyp":
        return "a HEIF image" if data[8:12] in (b"heic", b"heix", b"mif1", b"avif") else "an MP4 or QuickTime video"
    return None


def binary_kind(data: bytes) -> str:
    """What a file already judged binary looks like: a weak signature's name, else "binary data"."""
    kind = magic_kind(data) or _signature(data, _WEAK_MAGIC)
    if kind:
        return kind
    if data[257:262] == b"ustar":
        return "a tar archive"
    return "binary data"


def is_mostly_replaced(text: str) -> bool:
    """Decoded text that is mostly U+FFFD: bytes that no encoding we read makes text of."""
    sample = text[:SAMPLE_BYTES]
    replaced = sample.count("\ufffd")
    return replaced >= 16 and replaced > 0.10 * len(sample)


def count_control_bytes(data: bytes) -> int:
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def is_control_heavy(sample: bytes | str) -> bool:
    """Too many control characters (NUL and the like) for text: binary data.

    A handful of stray NULs in a page is tolerated (the caller removes them); apply to
    decoded text, or to bytes of an ASCII-compatible encoding.
    """
    if not sample:
        return False
    if isinstance(sample, str):
        controls = len(_CONTROL_CHARS.findall(sample))
    else:
        controls = count_control_bytes(sample)
    ratio = controls / len(sample)
    return ratio > 0.30 or (controls >= 4 and ratio > 0.02)


_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_CONTROL_BYTE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def binary_tail(data: bytes, block: int = 256, share: float = 0.03, min_bytes: int = 64,
                text_share: float = 0.002) -> int | None:
    """Where binary data appended to a text begins (a zip glued to a capture), or None.

    Walks back from the end over blocks dense in control bytes (compressed or random bytes hold
    about 11%, text none), then finds the first control byte of that run, moved back onto a
    file signature that starts just before it ("PK\\x03\\x04": its first letters are printable).
    Only a tail no longer than the text before it, whose text holds at most ``text_share`` of
    control bytes: a file mostly binary stays binary, and a text with controls all through is
    not cut. Apply to bytes of an ASCII-compatible encoding (not UTF-16/32)."""
    n = len(data)
    if n < 2 * min_bytes or count_control_bytes(data[-block:]) < share * min(block, n):
        return None
    start = n
    while start > n // 2:
        lo = max(0, start - block)
        if count_control_bytes(data[lo:start]) < share * (start - lo):
            break
        start = lo
    lo = max(0, start - block)
    cut = None
    for match in _CONTROL_BYTE.finditer(data, lo, min(n, start + block)):
        p = match.start()
        if count_control_bytes(data[p : p + 256]) >= max(2, share * min(256, n - p)):
            cut = p
            break
    if cut is None:
        return None
    for magic, _kind in _MAGIC:
        at = data.rfind(magic, max(0, cut - len(magic)), cut + len(magic))
        if 0 <= at <= cut:
            cut = at
    try:  # a UTF-8 text: the binary's first bytes before its first control byte go with it
        data[:cut].decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= cut - 16:
            cut = exc.start
    text, tail = data[:cut], data[cut:]
    if len(tail) < min_bytes or len(tail) > len(text) or not text.strip():
        return None
    if count_control_bytes(text) > text_share * len(text) or count_control_bytes(tail) < share * len(tail):
        return None
    return cut


# Text formats that are not pages: an image drawn in SVG, data in JSON (a notes export opened
# as a capture). Checked on the decoded text of a file whose format was not stated.
_SVG_START = re.compile(
    r"\A\ufeff?(?>\s+|<!--(?:(?!-->).){0,10000}-->|<\?xml[^<>]{0,1000}>|<!doctype\s+svg[^<>]{0,1000}>)*+<svg\b",
    re.I | re.S,
)


def text_kind(text: str) -> str | None:
    """What a text file that is not a page looks like ("an SVG image", "a JSON file"), else None."""
    if _SVG_START.match(text[:SAMPLE_BYTES]):
        return "an SVG image"
    body = text.lstrip("\ufeff \t\r\n")
    if body[:1] in ("{", "["):  # prose starting "[Updated]" fails to parse at once
        import json

        try:
            value = json.loads(body)
        except (ValueError, RecursionError):
            return None
        if isinstance(value, (dict, list)) and value:
            return "a JSON file"
    return None


# --------------------------------------------------------------------------- MHTML

_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[^\r\n]*$|^[ \t][^\r\n]*$")
_MULTIPART = re.compile(rb"^content-type:\s*multipart/", re.I | re.M)
_MIME_VERSION = re.compile(rb"^mime-version:", re.I | re.M)


def looks_like_mhtml(data: bytes) -> bool:
    """A MIME message: a block of RFC 822 header lines, with MIME-Version or a multipart type."""
    head = data[:SAMPLE_BYTES].lstrip(b"\xef\xbb\xbf\r\n\t ")
    end = re.search(rb"\r?\n\r?\n", head)
    block = head[: end.start()] if end else head
    lines = block.splitlines()
    if end is None and len(head) >= SAMPLE_BYTES - 4:
        lines = lines[:-1]  # the sample may end inside a header line
    if not lines or not all(_HEADER_LINE.match(line) for line in lines):
        return False
    return bool(_MULTIPART.search(block) or _MIME_VERSION.search(block))


# --------------------------------------------------------------------------- HTML or text

# Atomic groups: a run of comments must not be re-split on failure (that is exponential).
_HTML_START = re.compile(
    r"\A(?>\s+|<!--(?:(?!-->).){0,10000}-->|<\?xml[^<>]{0,1000}>)*+"
    r"<(?:!doctype\s+html|html|head|body|meta|title|base|link)\b",
    re.I | re.S,
)
_HTML_ANYWHERE = re.compile(r"<(?:!doctype\s+html|html|head|body)\b[^>]*>", re.I)
_TAG = re.compile(
    r"</?(?:p|div|span|a|br|hr|li|ul|ol|h[1-6]|table|tr|td|th|article|section|header|footer|nav|main"
    r"|meta|link|script|style|img|figure|figcaption|blockquote|em|strong|b|i|time|form|input|button)"
    r"(?:\s[^<>]*)?/?>",
    re.I,
)
_ANY_TAG = re.compile(r"</?[A-Za-z][^<>]{0,1000}>")
_HTML_NAMES = (".html", ".htm", ".xhtml", ".shtml")


def looks_like_html(text: str, path: str | None = None) -> bool:
    """HTML when it starts like a document, or when markup makes up a real share of it.

    Text that merely mentions "<html>" or a "<p>" here and there stays text; a file named
    .html holding a few tags (a fragment) is HTML.
    """
    head = text[:SAMPLE_BYTES]
    if _HTML_START.match(head):
        return True
    known = sum(1 for _ in zip(range(8), _TAG.finditer(head)))
    if known >= 8:
        return True
    tags = [m.end() - m.start() for m in _ANY_TAG.finditer(head)]
    if _HTML_ANYWHERE.search(head) and (len(tags) >= 8 or sum(tags) >= 0.05 * len(head.strip())):
        return True
    return bool(known and path and path.lower().endswith(_HTML_NAMES))
