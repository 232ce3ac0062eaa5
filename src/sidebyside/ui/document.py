"""Article -> QTextDocument, built block by block (capture HTML never reaches Qt).

`PositionMap` converts between Article.text offsets and document positions: the body is laid
out one QTextBlock per Article block, so the "\\n\\n" between blocks becomes one separator and
offsets are turned into UTF-16 positions by the single helper in offsets.py.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right

from sidebyside.model import Article
from sidebyside.ui.offsets import Utf16Index
from sidebyside.ui.qt import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat, Qt

RTL_LANGUAGES = frozenset({"ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"})


def is_rtl(text: str, language: str | None = None) -> bool:
    """Right-to-left by the text's first strong character; the language tag only breaks ties."""
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi == "L":
            return False
        if bidi in ("R", "AL"):
            return True
    return bool(language) and language.split("-")[0].lower() in RTL_LANGUAGES


class PositionMap:
    def __init__(self, article: Article, block_positions: list[int]):
        self.article = article
        self.index = Utf16Index(article.text)
        self._starts = [b.start for b in article.blocks]
        self._doc_starts = block_positions  # document position of each article block

    def to_doc(self, offset: int) -> int:
        """Document position of an Article.text offset (offsets between blocks snap to a block end)."""
        if not self._starts:
            return 0
        i = max(0, bisect_right(self._starts, offset) - 1)
        block = self.article.blocks[i]
        offset = max(block.start, min(offset, block.end))
        return self._doc_starts[i] + self.index.to_utf16(offset) - self.index.to_utf16(block.start)

    def to_text(self, position: int) -> int:
        """Article.text offset of a document position (positions past the body clamp to its end)."""
        if not self._starts:
            return 0
        i = max(0, bisect_right(self._doc_starts, position) - 1)
        block = self.article.blocks[i]
        u16 = self.index.to_utf16(block.start) + position - self._doc_starts[i]
        return max(block.start, min(self.index.from_utf16(u16), block.end))

    @property
    def body_end(self) -> int:
        """Document position just after the last body block (captions follow)."""
        if not self._starts:
            return 0
        return self.to_doc(self.article.blocks[-1].end)


def build_document(article: Article, base_font: QFont | None = None) -> tuple[QTextDocument, PositionMap]:
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    if base_font is not None:
        doc.setDefaultFont(base_font)
    doc.setDocumentMargin(14)
    rtl_article = is_rtl(article.text[:400], article.language)
    cursor = QTextCursor(doc)
    positions: list[int] = []
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
    quote = QTextCharFormat()
    quote.setFontItalic(True)
    for n, block in enumerate(article.blocks):
        text = article.block_text(block)
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(8)
        fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        rtl = is_rtl(text, article.language if rtl_article else None)
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        fmt.setAlignment(Qt.AlignmentFlag.AlignAbsolute | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft))
        char = rtl_body if rtl else body
        if block.kind == "heading":
            fmt.setTopMargin(10)
            fmt.setHeadingLevel(2)
            char = rtl_heading if rtl else heading
        elif block.kind == "blockquote":
            fmt.setLeftMargin(24)
            fmt.setRightMargin(24)
            char = QTextCharFormat(char)
            char.merge(quote)
        elif block.kind == "list_item":
            fmt.setLeftMargin(18)
            fmt.setIndent(1)
        if n:
            cursor.insertBlock(fmt, char)
        else:
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(char)
        positions.append(cursor.position())
        cursor.insertText(text, char)
    for caption in article.captions:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(6)
        fmt.setLeftMargin(16)
        fmt.setBackground(Qt.GlobalColor.transparent)
        char = QTextCharFormat()
        char.setFontItalic(True)
        char.setForeground(Qt.GlobalColor.gray)
        cursor.insertBlock(fmt, char)
        cursor.insertText("Caption: " + caption, char)
    return doc, PositionMap(article, positions)
