"""PDF → the text lines of each page with their positions, type sizes and weights.

A browser's "Save as PDF" / "Print to PDF" of an article is the commonest PDF a reader keeps.
pypdfium2 (PDFium, the engine Chromium prints and reads PDFs with) gives each character with its
box and font; characters are gathered into lines here, in the order the PDF draws them (a
browser draws a page in document order). What the lines mean — headline, body, running header
and footer — is the extractor's business (``sidebyside.extract.pdf``).

Nothing in the PDF runs: PDFium is used without a form environment, so no JavaScript or action
is ever executed, and links are only read as rectangles. Bounds: pages (a 10,000-page "PDF
bomb" is refused before any page is read) and characters read.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from datetime import datetime, timedelta, timezone
from typing import BinaryIO

from sidebyside.errors import CaptureError
from sidebyside.model import Capture, Page, Source, TextLine
from sidebyside.settings import DEFAULT, CaptureSettings

# PDFium is not thread-safe, and the app may open two captures at once.
_PDFIUM = threading.Lock()

NO_TEXT = (
    "the PDF holds no text, only images (a scan?): SideBySide reads a PDF's text, "
    "so run text recognition (OCR) on it first"
)
_BOLD_WEIGHT = 600
# A gap wider than this many type sizes between two characters of one line splits it (two
# columns or a table's cells drawn in one run).
_GAP_SIZES = 4.0
# In a right-to-left line, glyphs this many type sizes apart have a space between them.
_SPACE_WIDTH = 0.3
# Paired punctuation that right-to-left text draws mirrored.
_MIRRORED = dict(zip("()[]{}«»‹›<>", ")(][}{»«›‹><"))


def read_pdf(fh: BinaryIO, path: str | None, settings: CaptureSettings = DEFAULT.capture) -> Capture:
    data = fh.read(settings.max_pdf_bytes + 1)
    if len(data) > settings.max_pdf_bytes:
        raise CaptureError(f"the PDF is larger than {settings.max_pdf_bytes // 2**20} MiB", path)
    with _PDFIUM:
        return _read(data, path, settings)


def _read(data: bytes, path: str | None, settings: CaptureSettings) -> Capture:
    import pypdfium2 as pdfium

    _refuse_content_bombs(data, path, settings)
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise CaptureError("the PDF is protected by a password", path) from None
        raise CaptureError("looks like a PDF document, but it is damaged and cannot be read", path) from None
    try:
        count = len(doc)
        if count == 0:
            raise CaptureError("the PDF has no pages", path)
        if count > settings.max_pdf_pages:
            raise CaptureError(
                f"the PDF has {count:,} pages, more than a printed article has (the limit is "
                f"{settings.max_pdf_pages:,})",
                path,
            )
        meta = _metadata(doc)
        pages: list[Page] = []
        warnings: list[str] = []
        chars = 0
        for index in range(count):
            page, read = _page(doc, index, settings.max_pdf_chars - chars)
            pages.append(page)
            chars += read
            if chars >= settings.max_pdf_chars:
                warnings.append(
                    f"the PDF holds more text than an article; read its first {index + 1} of {count} pages"
                )
                break
    finally:
        doc.close()
    if not any(page.lines for page in pages):
        raise CaptureError(NO_TEXT, path)
    content = "\f".join("\n".join(line.text for line in page.lines) for page in pages)
    source = Source(path=path, format="pdf", url=None, encoding="utf-8", captured=_pdf_date(meta.get("CreationDate")))
    return Capture(
        source=source, content=content, warnings=tuple(warnings), pages=tuple(pages),
        title=(meta.get("Title") or "").strip() or None,
    )


_STREAM = re.compile(rb"\bstream(?:\r\n|\n|\r)")
_DICT_START = re.compile(rb"\bobj\b")


def _refuse_content_bombs(data: bytes, path: str | None, settings: CaptureSettings) -> None:
    """Refuse a PDF whose compressed page contents inflate past ``settings.max_pdf_content_bytes``.

    PDFium parses a page's whole content stream to read its text: a 100 KB file can hold a page
    of a million drawing operations (seconds, gigabytes). Images are not inflated to read text,
    so their streams are skipped; the rest are inflated here, piecewise and bounded, first.
    """
    import zlib

    budget = settings.max_pdf_content_bytes
    pos = 0
    while budget >= 0:
        m = _STREAM.search(data, pos)
        if m is None:
            return
        pos = m.end()
        head_start = max(0, m.start() - 1024)
        starts = [x.end() for x in _DICT_START.finditer(data, head_start, m.start())]
        head = data[starts[-1] if starts else head_start : m.start()]
        if b"FlateDecode" not in head or b"/Image" in head:
            continue
        inflater = zlib.decompressobj()
        chunk = 1 << 16
        try:
            while not inflater.eof and pos < len(data) and budget >= 0:
                piece = data[pos : pos + chunk]
                pos += len(piece)
                budget -= len(inflater.decompress(piece, budget + 1))
                while inflater.unconsumed_tail and budget >= 0:
                    budget -= len(inflater.decompress(inflater.unconsumed_tail, budget + 1))
        except zlib.error:
            continue  # a damaged stream: PDFium decides what to make of it
        pos -= len(inflater.unused_data)
    raise CaptureError(
        f"the PDF's page contents inflate to more than {settings.max_pdf_content_bytes // 2**20} MiB, "
        "far more than a printed article's (a PDF bomb?)",
        path,
    )


def _metadata(doc) -> dict[str, str]:
    try:
        return {k: v for k, v in doc.get_metadata_dict().items() if isinstance(v, str)}
    except Exception:  # damaged metadata is no reason to lose the text
        return {}


def _page(doc, index: int, budget: int) -> tuple[Page, int]:
    """One page's lines, reading at most ``budget`` characters; and how many it read."""
    import pypdfium2.raw as raw

    page = doc[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            count = min(raw.FPDFText_CountChars(textpage), max(budget, 0))
            lines = _lines(raw, textpage, count, height)
        finally:
            textpage.close()
        links = _link_rects(raw, page, height)
    finally:
        page.close()
    if links:
        lines = [_with_link(line, links) for line in lines]
    return Page(width=float(width), height=float(height), lines=tuple(lines)), count


def _lines(raw, textpage, count: int, height: float) -> list[TextLine]:
    """Characters → lines: a new line where the baseline moves or a wide gap opens.

    A character's type size as printed is its font size times the scale of its text matrix (the
    nominal size ignores the page's scaling, and glyph boxes vary from script to script); a line
    reaches from 0.8 of its size above its baseline to 0.2 below, across its glyphs' boxes.
    """
    import ctypes

    rect = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    x, y = ctypes.c_double(), ctypes.c_double()
    lines: list[TextLine] = []
    chars: list[str] = []
    char_boxes: list[tuple[float, float] | None] = []  # each character's left and right (None: a space)
    boxes: list[tuple[float, float, float, float]] = []
    sizes: Counter[float] = Counter()
    bold = 0
    baseline = 0.0

    def close() -> None:
        nonlocal bold
        text = " ".join("".join(chars).split())
        if text and _mostly_right_to_left(text):
            text = _logical_order(chars, char_boxes, sizes.most_common(1)[0][0])
        if text and boxes:
            lines.append(
                TextLine(
                    text=text,
                    x0=min(b[0] for b in boxes),
                    top=height - max(b[3] for b in boxes),
                    x1=max(b[1] for b in boxes),
                    bottom=height - min(b[2] for b in boxes),
                    size=sizes.most_common(1)[0][0],
                    bold=bold * 2 > len(boxes),
                )
            )
        chars.clear()
        char_boxes.clear()
        boxes.clear()
        sizes.clear()
        bold = 0

    for i in range(count):
        code = raw.FPDFText_GetUnicode(textpage, i)
        if code in (0x0A, 0x0D):
            # PDFium's own line break: the baselines decide where lines end; one it puts within
            # a line (between two runs of right-to-left text) separates two words.
            if chars and chars[-1] != " ":
                chars.append(" ")
                char_boxes.append(None)
            continue
        if code in (0x02, 0xFFFE):  # PDFium's mark for a hyphen that ended a line (real or not)
            code = 0x2D
        try:
            char = chr(code)
        except ValueError:
            continue
        if char.isspace() or code < 0x20:
            if chars and chars[-1] != " ":
                chars.append(" ")
                char_boxes.append(None)
            continue
        if not raw.FPDFText_GetLooseCharBox(textpage, i, ctypes.byref(rect)):
            if chars:  # no box of its own (some CJK and symbol glyphs): it goes with its line
                chars.append(char)
                char_boxes.append(None)
            continue
        raw.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(x), ctypes.byref(y))
        raw.FPDFText_GetMatrix(textpage, i, ctypes.byref(matrix))
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
        size = round(raw.FPDFText_GetFontSize(textpage, i) * scale, 1)
        b = (rect.left, rect.right, y.value - 0.2 * size, y.value + 0.8 * size)
        if boxes and (abs(y.value - baseline) > 0.4 * max(size, 1.0) or _far_apart(boxes[-1], b, size, char)):
            close()
        elif boxes and chars[-1] != " " and b[0] - boxes[-1][1] > _SPACE_WIDTH * size and not _is_right_to_left(char):
            chars.append(" ")  # runs set apart without a space character (inline links, buttons)
            char_boxes.append(None)
        baseline = y.value
        chars.append(char)
        char_boxes.append((b[0], b[1]))
        boxes.append(b)
        sizes[size] += 1
        if raw.FPDFText_GetFontWeight(textpage, i) >= _BOLD_WEIGHT:
            bold += 1
    close()
    return lines


def _far_apart(
    previous: tuple[float, float, float, float], box: tuple[float, float, float, float], size: float, char: str
) -> bool:
    """The next character lies far to the side of the last (another column, a table cell).

    Right-to-left text is drawn in runs in either direction, so a jump on the same baseline to
    an Arabic or Hebrew letter is the same line (its order is put right when the line closes).
    """
    if _is_right_to_left(char):
        return False
    gap = box[0] - previous[1]
    return gap > _GAP_SIZES * max(size, 1.0) or gap < -_GAP_SIZES * max(size, 1.0)


def _is_right_to_left(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _mostly_right_to_left(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(map(_is_right_to_left, letters)) * 2 > len(letters)


def _logical_order(chars: list[str], boxes: list[tuple[float, float] | None], size: float) -> str:
    """A right-to-left line in reading order: its glyphs by position from the right, with runs of
    left-to-right characters (digits, Latin words) kept in their own order.

    PDF text is drawn in visual order; Arabic and Hebrew are read from the right. PDFium's
    spaces do not sit where they are seen, but their number is right: they go into the widest
    gaps between the glyphs.
    """
    glyphs = sorted(((box, c) for c, box in zip(chars, boxes) if box is not None), key=lambda g: -(g[0][0] + g[0][1]))
    spaces = sum(1 for c in " ".join("".join(chars).split()) if c == " ")
    gap = [glyphs[k][0][0] - glyphs[k + 1][0][1] for k in range(len(glyphs) - 1)]
    widest = sorted(range(len(gap)), key=gap.__getitem__, reverse=True)
    # The spaces PDFium counted, and any gap as wide as a space (where two runs were joined).
    breaks = set(widest[:spaces]) | {k for k, g in enumerate(gap) if g > _SPACE_WIDTH * size}
    ordered: list[str] = []
    for k, (_, char) in enumerate(glyphs):
        ordered.append(char)
        if k in breaks:
            ordered.append(" ")
    out: list[str] = []
    run: list[str] = []
    for char in ordered:
        if unicodedata.bidirectional(char) in ("L", "EN", "AN") or (run and char in ".,:/-"):
            run.append(char)
            continue
        out.extend(reversed(run))
        run = []
        out.append(_MIRRORED.get(char, char))  # a bracket drawn mirrored is read the other way
    out.extend(reversed(run))
    return " ".join("".join(out).split())


def _link_rects(raw, page, height: float) -> list[tuple[float, float, float, float]]:
    """The rectangles of the page's link annotations (x0, top, x1, bottom); never followed."""
    import ctypes

    rects = []
    pos = ctypes.c_int(0)
    link = raw.FPDF_LINK()
    rect = raw.FS_RECTF()
    while len(rects) < 10_000 and raw.FPDFLink_Enumerate(page, ctypes.byref(pos), ctypes.byref(link)):
        if raw.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
            rects.append((rect.left, height - rect.top, rect.right, height - rect.bottom))
    return rects


def _with_link(line: TextLine, links: list[tuple[float, float, float, float]]) -> TextLine:
    """Mark a line most of whose width lies under link rectangles (menus, related links)."""
    covered = 0.0
    middle = (line.top + line.bottom) / 2
    for x0, top, x1, bottom in links:
        if top - 1 <= middle <= bottom + 1:
            covered += max(0.0, min(x1, line.x1) - max(x0, line.x0))
    width = line.x1 - line.x0
    if width > 0 and covered >= 0.6 * width:
        from dataclasses import replace

        return replace(line, link=True)
    return line


_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz])|([+-])(\d{2})'?(\d{2})?'?)?")


def _pdf_date(value: str | None) -> str | None:
    """A PDF date ("D:20261204142253+00'00'") → ISO 8601; None when absent or malformed."""
    m = _PDF_DATE.match((value or "").strip())
    if not m:
        return None
    year, month, day, hour, minute, second = (int(g) if g else d for g, d in zip(m.groups()[:6], (0, 1, 1, 0, 0, 0)))
    tz = None
    if m.group(7):
        tz = timezone.utc
    elif m.group(8):
        sign = 1 if m.group(8) == "+" else -1
        tz = timezone(sign * timedelta(hours=int(m.group(9)), minutes=int(m.group(10) or 0)))
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=tz).isoformat()
    except ValueError:
        return None
