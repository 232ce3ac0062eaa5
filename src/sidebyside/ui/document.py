"""Article -> QTextDocument, built block by block (capture HTML never reaches Qt).

`PositionMap` converts between Article.text offsets and document positions. Each Article block
is laid out as one or more QTextBlocks ("segments"): the "\\n\\n" between article blocks
becomes one block separator, and offsets are turned into UTF-16 positions by the single helper
in offsets.py.

Long texts must not freeze the window: Qt lays out a paragraph in one go, and lays out a
document paragraph by paragraph as it is shown, so a block of a million characters (a page of
quote marks without a line break) is cut into segments of a few thousand characters at spaces,
and beyond ``UiSettings.painted_chars`` (settings.py) the text is not laid out at all (a line at the end
says so; the comparison still covers the whole text).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right

from sidebyside.extract.language import primary_subtag
from sidebyside.model import Article
from sidebyside.settings import DEFAULT, UiSettings
from sidebyside.ui.offsets import Utf16Index
from sidebyside.ui.qt import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
    Qt,
)
from sidebyside.wording import count

RTL_LANGUAGES = frozenset({"ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"})
CAPTIONS_ANCHOR = "sidebyside:captions"




def is_rtl(text: str, language: str | None = None) -> bool:
    """Right-to-left by the text's first strong character; the language tag only breaks ties."""
    for ch in text[:2000]:
        bidi = unicodedata.bidirectional(ch)
        if bidi == "L":
            return False
        if bidi in ("R", "AL"):
            return True
    return primary_subtag(language) in RTL_LANGUAGES


class PositionMap:
    """Text offsets <-> document positions through the segments laid out."""

    def __init__(self, article: Article, segments: list[tuple[int, int, int]], painted_end: int | None = None):
        self.article = article
        self.index = Utf16Index(article.text)
        self._segments = segments  # (text start, text end, document position), in order
        self._starts = [s[0] for s in segments]
        self._doc_starts = [s[2] for s in segments]
        self.painted_end = len(article.text) if painted_end is None else painted_end

    def to_doc(self, offset: int) -> int:
        """Document position of an Article.text offset (offsets between blocks snap to a block end)."""
        if not self._segments:
            return 0
        i = max(0, bisect_right(self._starts, offset) - 1)
        start, end, doc = self._segments[i]
        offset = max(start, min(offset, end))
        return doc + self.index.to_utf16(offset) - self.index.to_utf16(start)

    def to_text(self, position: int) -> int:
        """Article.text offset of a document position (positions past the body clamp to its end)."""
        if not self._segments:
            return 0
        i = max(0, bisect_right(self._doc_starts, position) - 1)
        start, end, doc = self._segments[i]
        u16 = self.index.to_utf16(start) + position - doc
        return max(start, min(self.index.from_utf16(u16), end))

    @property
    def body_end(self) -> int:
        """Document position just after the last body segment (captions follow)."""
        if not self._segments:
            return 0
        return self.to_doc(self._segments[-1][1])


def _pieces(text: str, start: int, end: int, size: int) -> list[tuple[int, int]]:
    """[start, end) cut into pieces of about ``size`` characters, at a space when there is one."""
    pieces = []
    while end - start > size:
        cut = text.rfind(" ", start + size // 2, start + size)
        cut = cut + 1 if cut > start else start + size
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _bulleted(cursor: QTextCursor, bullets):
    """The cursor's block made an item of the run of list items (a new run when None), with a
    bullet drawn beside it: indented without one, a page's list read like quoted text. The
    bullet is drawn, not written, so the document's text and its positions are unchanged."""
    if bullets is None:
        style = QTextListFormat()
        style.setStyle(QTextListFormat.Style.ListDisc)
        style.setIndent(1)
        return cursor.createList(style)
    bullets.add(cursor.block())
    return bullets


def build_document(article: Article, base_font: QFont | None = None, all_captions: bool = False,
                   dark: bool = False, settings: UiSettings = DEFAULT.ui) -> tuple[QTextDocument, PositionMap]:
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    if base_font is not None:
        doc.setDefaultFont(base_font)
    doc.setDocumentMargin(14)
    rtl_article = is_rtl(article.text[:400], article.language)
    cursor = QTextCursor(doc)
    segments: list[tuple[int, int, int]] = []
    # Sizes are relative to the document's font (FontSizeAdjustment), so zooming scales them too.
    # Arabic script reads small beside Latin text at the same point size: one step larger.
    body = QTextCharFormat()
    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    heading.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
    rtl_body = QTextCharFormat()
    rtl_body.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
    rtl_heading = QTextCharFormat(heading)
    rtl_heading.setProperty(QTextFormat.Property.FontSizeAdjustment, 2)
    text = article.text
    painted_end = len(text)
    first = True
    bullets = None  # the run of list items being laid out: each gets a bullet, as in the page
    for block in article.blocks:
        if block.start >= settings.painted_chars:
            painted_end = block.start
            break
        end = min(block.end, settings.painted_chars)
        if end < block.end:
            painted_end = end
        sample = text[block.start : min(end, block.start + 400)]
        rtl = is_rtl(sample, article.language if rtl_article else None)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        fmt.setAlignment(Qt.AlignmentFlag.AlignAbsolute | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft))
        char = rtl_body if rtl else body
        top = 0
        if block.kind == "heading":
            top = 10
            fmt.setHeadingLevel(2)
            char = rtl_heading if rtl else heading
        elif block.kind == "blockquote":
            fmt.setLeftMargin(24)
            fmt.setRightMargin(24)
            if not rtl:  # italics garble Arabic and Hebrew script (and many fonts lack them)
                char = QTextCharFormat(char)
                char.setFontItalic(True)
        elif block.kind == "list_item":
            fmt.setLeftMargin(4)  # (the bullet's list indents it: see _bulleted)
        pieces = _pieces(text, block.start, end, settings.segment_chars)
        for n, (a, b) in enumerate(pieces):
            piece = QTextBlockFormat(fmt)
            piece.setTopMargin(top if n == 0 else 0)
            piece.setBottomMargin(8 if n == len(pieces) - 1 else 0)
            if n > 0 and block.kind == "list_item":
                piece.setIndent(1)  # a long item's next pieces under its first, past the bullet
            if first:
                cursor.setBlockFormat(piece)
                cursor.setBlockCharFormat(char)
                first = False
            else:
                cursor.insertBlock(piece, char)
            segments.append((a, b, cursor.position()))
            cursor.insertText(text[a:b], char)
            if n == 0:
                bullets = _bulleted(cursor, bullets) if block.kind == "list_item" else None
        if end < block.end:
            break
    if painted_end < len(text):
        note = QTextCharFormat()
        note.setFontWeight(QFont.Weight.Bold)
        cursor.insertBlock(QTextBlockFormat(), note)
        cursor.insertText(f"[The text goes on for {len(text) - painted_end:,} more characters, not shown: "
                          f"only the first {painted_end:,} are laid out, so the window stays responsive. "
                          "The comparison and the report cover the whole text.]", note)
    _add_captions(cursor, article, all_captions, dark, settings)
    return doc, PositionMap(article, segments, painted_end)


def _add_captions(cursor: QTextCursor, article: Article, all_captions: bool, dark: bool,
                  settings: UiSettings) -> None:
    """Captions after the body, apart from it. A long run of them (a photo gallery's) is folded
    to the first few and a link that shows the rest."""
    from sidebyside.ui.theme import colours

    theme = colours(dark)
    captions = list(article.captions)
    folded = len(captions) > settings.caption_run and not all_captions
    shown = captions[: settings.captions_folded] if folded else captions
    rtl = is_rtl(" ".join(captions[:3]), article.language)
    for caption in shown:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(6)
        fmt.setLeftMargin(16)
        char = QTextCharFormat()
        char.setFontItalic(not rtl)
        char.setForeground(QColor(theme["dim_text"]))
        cursor.insertBlock(fmt, char)
        cursor.insertText("Caption: " + caption, char)
    if len(captions) > settings.caption_run:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(6)
        fmt.setLeftMargin(16)
        link = QTextCharFormat()
        link.setAnchor(True)
        link.setAnchorHref(CAPTIONS_ANCHOR)
        link.setFontUnderline(True)
        link.setForeground(QColor(theme["link"]))
        cursor.insertBlock(fmt, link)
        more = len(captions) - len(shown)
        cursor.insertText(f"▸ {count(more, 'more caption')} (a photo gallery?) — show them" if folded
                          else "▴ Fold the captions", link)
