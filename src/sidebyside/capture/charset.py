"""bytes → str: byte-order mark, declared charset, UTF-8, UTF-16/32 without BOM, then detection.

The fast path (valid UTF-8, or a declared charset that decodes strictly) never runs the
detector, so a large page decodes in milliseconds. Every fallback leaves a warning.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels a page may declare whose real meaning (per the WHATWG Encoding Standard) is a superset.
_WHATWG_SUPERSETS = {
    "iso8859-1": "windows-1252",
    "ascii": "windows-1252",
    "iso8859-9": "windows-1254",
    "iso8859-11": "windows-874",
    "tis-620": "windows-874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
}

# Only the head of a page may declare its charset (HTML requires the first 1024 bytes; be lenient).
DECLARATION_BYTES = 8 * 1024
DETECTION_SAMPLE_BYTES = 128 * 1024

_META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9._:()-]+)", re.I)
_XML_ENCODING = re.compile(rb"\A<\?xml[^>]*\bencoding\s*=\s*[\"']([A-Za-z0-9._:-]+)", re.I)
_TAGS = re.compile(rb"<[^<>]{0,2000}>")
_ASCII = bytes(range(0x80))


@dataclass
class Decoded:
    text: str
    encoding: str  # a lower-case codec name Python accepts, e.g. "utf-8", "windows-1256"
    warnings: list[str] = field(default_factory=list)


def canonical_codec(label: str | None) -> str | None:
    """A declared label → the codec to use, as a readable lower-case name; None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in ("x-user-defined", "replacement"):
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = _WHATWG_SUPERSETS.get(name, name)
    return display_name(name)


def display_name(codec: str) -> str:
    """Python's codec name in the form people know it: cp1256 → windows-1256, koi8_r → koi8-r."""
    name = codecs.lookup(codec).name
    if re.fullmatch(r"cp125[0-8]", name):
        return "windows-" + name[2:]
    if name == "cp874":
        return "windows-874"
    if name.startswith("iso8859-"):
        return "iso-8859-" + name[len("iso8859-") :]
    return name.replace("_", "-")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML head or XML declaration names (raw label), if any."""
    head = data[:DECLARATION_BYTES]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a page. ``declared`` is a charset stated outside the bytes (a MIME part header)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_or_replace(data[len(bom) :], codec, [])
    wide = _utf16_or_32_without_bom(data)
    if wide:
        return _decode_or_replace(data, wide, [])

    warnings: list[str] = []
    label = declared or declared_charset(data)
    codec = canonical_codec(label)
    if label and codec is None:
        warnings.append(f"unknown charset {label!r} declared; guessed the encoding instead")
    if codec and codec.startswith(("utf-16", "utf-32")):
        codec = "utf-8"  # a declaration readable as ASCII cannot be in UTF-16 (the WHATWG rule)

    utf8 = _try_utf8(data)
    if codec and codec != "utf-8":
        # Valid UTF-8 with non-ASCII in it is UTF-8 whatever the page says: legacy single-byte
        # text does not form valid multi-byte sequences throughout by chance.
        if utf8 is not None and not utf8.isascii() and _is_single_byte(codec):
            warnings.append(f"the page declares {label!r} but its bytes are UTF-8; decoded as UTF-8")
            return Decoded(utf8, "utf-8", warnings)
        try:
            return Decoded(data.decode(codec), codec, warnings)
        except UnicodeDecodeError:
            warnings.append(f"the page declares {label!r} but does not decode as it; guessed the encoding")
    if utf8 is not None:
        return Decoded(utf8, "utf-8", warnings)
    valid, invalid = _utf8_census(data)
    if (valid and invalid <= valid) or (codec == "utf-8" and invalid * 1000 <= len(data)):
        return _decode_or_replace(data, "utf-8", warnings)
    if codec == "utf-8":
        warnings.append(f"the page declares {label!r} but does not decode as it; guessed the encoding")
    return _detect(data, warnings)


def is_wide_unicode(data: bytes) -> bool:
    """UTF-16 or UTF-32, with or without a BOM: its NUL bytes are text, not a sign of binary."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
        return True
    return _utf16_or_32_without_bom(data) is not None


def _try_utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _is_single_byte(codec: str) -> bool:
    return len("\u00e9\u0436".encode(codec, "replace")) <= 2


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_VALID_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _utf8_census(data: bytes) -> tuple[int, int]:
    """(valid non-ASCII characters, invalid bytes) when a sample is read as UTF-8."""
    text = data[: 4 * DETECTION_SAMPLE_BYTES].decode("utf-8", "surrogateescape")
    return len(_VALID_NON_ASCII.findall(text)), len(_ESCAPED_BYTE.findall(text))


# High bytes of UTF-16 units in the commonest scripts (Latin-1, Greek … Thai); never 8-bit text.
_WIDE_HIGH_BYTES = frozenset(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0C, 0x0D))


def _utf16_or_32_without_bom(data: bytes) -> str | None:
    """UTF-16/32 text without a BOM, told by its high bytes.

    Text in one script keeps the high byte of each UTF-16 unit within a couple of values
    below 0x30 (0x00 for ASCII markup, 0x04 Cyrillic, 0x06 Arabic, 0x20 punctuation);
    no 8-bit text puts space and punctuation at every other byte.
    """
    sample = data[:4096]
    n = len(sample) - len(sample) % 4
    if n < 8:
        return None
    sample = sample[:n]
    if sample.count(0) >= n // 2:
        quarter = n // 4
        nul = [sample[i::4].count(0) for i in range(4)]
        # Code points below U+10000 leave the top two bytes of every unit zero.
        if min(nul[2], nul[3]) > 0.9 * quarter and nul[0] < 0.2 * quarter:
            return "utf-32-le"
        if min(nul[0], nul[1]) > 0.9 * quarter and nul[3] < 0.2 * quarter:
            return "utf-32-be"
    for codec, high, low in (("utf-16-le", sample[1::2], sample[0::2]), ("utf-16-be", sample[0::2], sample[1::2])):
        counts = sorted(((high.count(b), b) for b in set(high) if b < 0x30), reverse=True)[:2]
        if (
            counts
            and counts[0][1] in _WIDE_HIGH_BYTES
            and sum(c for c, _ in counts) >= 0.9 * len(high)
            and low.count(0) < 0.1 * len(low)
        ):
            return codec
    return None


def _decode_or_replace(data: bytes, codec: str, warnings: list[str]) -> Decoded:
    try:
        return Decoded(data.decode(codec), display_name(codec), warnings)
    except UnicodeDecodeError:
        text = data.decode(codec, "replace")
        bad = text.count("\ufffd")
        warnings.append(f"{bad} invalid byte sequence(s) for {display_name(codec)} replaced with U+FFFD")
        return Decoded(text, display_name(codec), warnings)


def _detect(data: bytes, warnings: list[str]) -> Decoded:
    """charset-normalizer on a sample (tags stripped, so markup does not drown the language)."""
    sample = data[:DETECTION_SAMPLE_BYTES]
    stripped = _TAGS.sub(b" ", sample)
    if len(stripped.translate(None, _ASCII)) >= 16:
        sample = stripped
    best = from_bytes(sample).best()
    if best is None:
        warnings.append("could not tell the character encoding; decoded as UTF-8 with replacements")
        return _decode_or_replace(data, "utf-8", warnings)
    codec = display_name(best.encoding)
    if codec.startswith(("utf-16", "utf-32")) and b"\x00" not in sample:
        # The detector's UTF-16 guess for NUL-free bytes is almost always wrong for web pages.
        codec = "utf-8"
    return _decode_or_replace(data, codec, warnings)
