"""bytes → str: byte-order mark, declared charset, UTF-8, UTF-16/32 without BOM, then detection.

The fast path (valid UTF-8, or a declared charset that decodes strictly) never runs the
detector, so a large page decodes in milliseconds. Every fallback leaves a warning.
"""

from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass, field

from sidebyside.settings import DEFAULT, CaptureSettings

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
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
}

# Only the head of a page may declare its charset (HTML requires the first 1024 bytes; be lenient).
DECLARATION_BYTES = 8 * 1024
DETECTION_SAMPLE_BYTES = 128 * 1024

_META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9._:()-]{1,40})", re.I)
_XML_ENCODING = re.compile(rb"\A<\?xml[^>]*\bencoding\s*=\s*[\"']([A-Za-z0-9._:-]{1,40})", re.I)
_TAGS = re.compile(rb"<[^<>]{0,2000}>")
_ASCII = bytes(range(0x80))


@dataclass
class Decoded:
    text: str
    encoding: str  # a lower-case codec name Python accepts, e.g. "utf-8", "windows-1256"
    warnings: list[str] = field(default_factory=list)


# WHATWG labels Python does not know by that name.
_LABEL_ALIASES = {
    "windows-874": "cp874",
    "iso-8859-8-i": "iso8859-8",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-sjis": "cp932",
    "x-gbk": "gb18030",
    "x-euc-jp": "euc-jp",
    "x-cp1250": "cp1250",
    "x-cp1251": "cp1251",
    "x-cp1252": "cp1252",
    "x-cp1253": "cp1253",
    "x-cp1254": "cp1254",
    "x-cp1255": "cp1255",
    "x-cp1256": "cp1256",
    "x-cp1257": "cp1257",
    "x-cp1258": "cp1258",
}

# Every encoding a browser reads (WHATWG Encoding Standard) plus UTF-32. A page may not
# declare anything else: Python's other codecs (utf-7, unicode_escape, rot13, base64 ...)
# are not page encodings, and some would decode markup into something else entirely.
_PAGE_CODEC_LABELS = (
    "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
    "cp866", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7",
    "iso8859-8", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16",
    "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874", "cp1250", "cp1251", "cp1252",
    "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "gb18030", "big5hkscs",
    "euc-jp", "iso2022-jp", "cp932", "cp949",
)


@functools.cache
def _page_codecs() -> frozenset[str]:
    """Python's names of the page codecs; built on first use (each lookup imports a codec module)."""
    return frozenset(codecs.lookup(label).name for label in _PAGE_CODEC_LABELS)


def canonical_codec(label: str | None) -> str | None:
    """A declared label → the codec to use, as a readable lower-case name; None when unknown."""
    if not label or len(label) > 64:  # no encoding has a longer name
        return None
    label = label.strip().strip("\"'").lower()
    if label in ("x-user-defined", "replacement"):
        return None
    try:
        name = codecs.lookup(_LABEL_ALIASES.get(label, label)).name
    except LookupError:
        return None
    name = codecs.lookup(_WHATWG_SUPERSETS.get(name, name)).name
    return display_name(name) if name in _page_codecs() else None


def display_name(codec: str) -> str:
    """Python's codec name in the form people know it: cp1256 → windows-1256, koi8_r → koi8-r."""
    name = codecs.lookup(codec).name
    if re.fullmatch(r"cp125[0-8]", name):
        return "windows-" + name[2:]
    if name.startswith("iso8859-"):
        return "iso-8859-" + name[len("iso8859-") :]
    return name.replace("_", "-")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML head or XML declaration names (raw label), if any."""
    head = data[:DECLARATION_BYTES]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def decode(data: bytes, declared: str | None = None, settings: CaptureSettings = DEFAULT.capture) -> Decoded:
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
    if label:
        label = shorten(label, settings.max_label_chars)  # quoted in warnings: a hostile one can be huge
    if label and codec is None:
        warnings.append(f"unknown charset {label!r} declared; guessed the encoding instead")
    if codec and codec.startswith(("utf-16", "utf-32")):
        codec = "utf-8"  # a declaration readable as ASCII cannot be in UTF-16 (the WHATWG rule)

    utf8 = _try_utf8(data)
    if codec and codec != "utf-8":
        # Valid UTF-8 with non-ASCII in it is UTF-8 whatever the page says (pages re-saved as
        # UTF-8 keep their old declaration): legacy text does not form valid UTF-8 by chance.
        if utf8 is not None and not utf8.isascii():
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
    return _detect(data, warnings, settings)


def shorten(label: str, limit: int) -> str:
    """A label as quoted in a message: at most ``limit`` characters, cut with an ellipsis."""
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: max(limit - 1, 1)] + "…"


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


# The legacy encodings browsers still read (the WHATWG Encoding Standard, minus the rarest):
# a saved page is in one of these, so DOS and Mac code pages never win a guess.
WEB_ENCODINGS = (
    "utf_8", "cp1252", "cp1250", "iso8859_2", "cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866",
    "cp1253", "iso8859_7", "cp1254", "cp1255", "iso8859_8", "cp1256", "iso8859_6", "cp1257",
    "iso8859_13", "cp1258", "cp874", "iso8859_15", "gb18030", "big5", "cp932", "euc_jp",
    "iso2022_jp", "cp949", "utf_16_le", "utf_16_be",
)

# When the detector finds several codecs equally plausible, the one more common on the web wins.
_WEB_PRIOR = ("windows-1252", "windows-1251", "windows-1256", "windows-1250", "koi8-r", "gb18030", "cp932", "big5")
_CHAOS_TIE = 0.02
_C1_CONTROLS = re.compile("[\x80-\x9f]")


def _detect(data: bytes, warnings: list[str], settings: CaptureSettings = DEFAULT.capture) -> Decoded:
    """charset-normalizer on a sample of the page's words (scripts, styles and tags stripped)."""
    sample = _words_sample(data)
    codec = _best_codec(sample)
    if codec is None or codec in _CYRILLIC_CODE_PAGES:
        mac, other = mac_cyrillic_evidence(sample, codec or "windows-1251")
        if mac >= settings.mac_cyrillic_min_words and mac >= settings.mac_cyrillic_margin * other:
            codec = "mac-cyrillic"
    if codec is None:
        warnings.append("could not tell the character encoding; decoded as UTF-8 with replacements")
        return _decode_or_replace(data, "utf-8", warnings)
    if codec.startswith(("utf-16", "utf-32")) and b"\x00" not in sample:
        # The detector's UTF-16 guess for NUL-free bytes is almost always wrong for web pages.
        codec = "utf-8"
    return _decode_or_replace(data, codec, warnings)


def _best_codec(sample: bytes) -> str | None:
    """The least chaotic reading; among near-ties the most coherent (language-like), then the commonest.

    charset-normalizer's own ``best()`` breaks such ties by its internal order, which reads
    French in windows-1252 as windows-1250.
    """
    # Imported here: only undeclared non-UTF-8 bytes need the detector, and importing it costs
    # more than decoding a whole UTF-8 page.
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample, cp_isolation=list(WEB_ENCODINGS)))
    if not matches:
        return None
    # C1 controls (U+0080-U+009F) in the reading mean windows-125x punctuation read as ISO-8859.
    clean = [m for m in matches if not _C1_CONTROLS.search(str(m))]
    matches = clean or matches
    least = min(m.chaos for m in matches)
    pool = [m for m in matches if m.chaos <= least + _CHAOS_TIE]

    def rank(match) -> tuple[float, int]:
        name = display_name(match.encoding)
        prior = _WEB_PRIOR.index(name) if name in _WEB_PRIOR else len(_WEB_PRIOR)
        return (-round(match.coherence, 2), prior)

    return display_name(min(pool, key=rank).encoding)


_NON_ASCII_RUN = re.compile(rb"[^\x00-\x7f]+")

# Mac-Cyrillic and windows-1251 share the lower-case letters а-ю and differ in the rest: the
# capitals (Mac 0x80-0x9F, where windows-1251 has Serbian letters and punctuation; windows-1251
# 0xC0-0xDF, where Mac has symbols and punctuation), я, ё and Ё. A word of high bytes reads as
# Russian (letters of its alphabet, cased as words are) in the one it was written in, as
# "Њосква" or "провЮл" in the other; the detector, which does not weigh Mac-Cyrillic, says
# windows-1251 (or another Cyrillic code page when a Mac capital has no windows-1251 character).
_CYRILLIC_CODE_PAGES = frozenset({"windows-1251", "koi8-r", "koi8-u", "iso-8859-5", "cp866"})
_HIGH_WORD = re.compile(rb"(?<![A-Za-z0-9])[\x80-\xff]{2,}(?![A-Za-z0-9])")
_RUSSIAN_LETTERS = re.compile("[А-Яа-яЁё]+")


def _russian_word(word: str) -> bool:
    """Letters of the Russian alphabet, all lower case, all capitals or capitalised; punctuation
    around the word is left aside."""
    start, end = 0, len(word)
    while start < end and not word[start].isalpha():
        start += 1
    while end > start and not word[end - 1].isalpha():
        end -= 1
    core = word[start:end]
    if len(core) < 2 or not _RUSSIAN_LETTERS.fullmatch(core):
        return False
    return core.islower() or core.isupper() or (core[0].isupper() and core[1:].islower())


def mac_cyrillic_evidence(sample: bytes, codec: str = "windows-1251") -> tuple[int, int]:
    """(words that read as Russian in Mac-Cyrillic only, words that do in ``codec`` only): the
    detector's Cyrillic code page is weighed against Mac-Cyrillic on the letters they read apart
    (a DOS cp866 text shares Mac's capitals, not its lower case)."""
    mac = other = 0
    for match in _HIGH_WORD.finditer(sample):
        word = match.group()
        in_mac = _russian_word(word.decode("mac-cyrillic"))
        in_other = _russian_word(word.decode(codec, "replace"))
        mac += in_mac and not in_other
        other += in_other and not in_mac
    return mac, other


def _words_sample(data: bytes) -> bytes:
    """Up to DETECTION_SAMPLE_BYTES of the page's words around its non-ASCII bytes.

    Markup and scripts say nothing of the charset, and a page's first non-ASCII letters may
    come after a long ASCII head, so the sample is gathered from where the evidence is.
    """
    words = _TAGS.sub(b" ", _strip_scripts(data[:DETECTION_SAMPLE_BYTES]))
    if len(words.translate(None, _ASCII)) >= 64 or len(data) <= DETECTION_SAMPLE_BYTES:
        return words if len(words.translate(None, _ASCII)) >= 16 else data[:DETECTION_SAMPLE_BYTES]
    pieces, size, last_end = [], 0, 0
    for run in _NON_ASCII_RUN.finditer(data):
        start, end = max(run.start() - 60, last_end), min(run.end() + 60, len(data))
        if start >= end:
            continue
        pieces.append(data[start:end])
        size += end - start
        last_end = end
        if size >= DETECTION_SAMPLE_BYTES // 2:
            break
    return _TAGS.sub(b" ", b" ".join(pieces)) if pieces else data[:DETECTION_SAMPLE_BYTES]


def _strip_scripts(sample: bytes) -> bytes:
    """Drop <script> and <style> contents (linear time, even with unclosed elements)."""
    lower = sample.lower()
    out, pos = [], 0
    while True:
        starts = [i for i in (lower.find(b"<script", pos), lower.find(b"<style", pos)) if i >= 0]
        if not starts:
            out.append(sample[pos:])
            break
        start = min(starts)
        out.append(sample[pos:start])
        closing = b"</script" if lower.startswith(b"<script", start) else b"</style"
        end = lower.find(closing, start)
        if end < 0:
            break
        pos = end + len(closing)
    return b" ".join(out)
