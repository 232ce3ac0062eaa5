"""Article -> QTextDocument: text positions, block kinds, right-to-left text."""

from gui_data import ARABIC, article_of

from sidebyside.ui.document import build_document, is_rtl
from sidebyside.ui.qt import QTextCursor, Qt

def _doc_text(doc, start, end) -> str:
    cursor = QTextCursor(doc)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")


def test_every_span_maps_to_the_same_text_even_after_emoji(qapp):
    article = article_of(["Crowds 😀 cheered 🇺🇦 loudly.", "Heading here", "Then the 𝒳 minister spoke."], kinds={1: "heading"})
    doc, positions = build_document(article)
    text = article.text
    for start, end in [(0, 6), (7, 8), (9, 15), (18, 24), (text.index("minister"), text.index("minister") + 8)]:
        assert _doc_text(doc, positions.to_doc(start), positions.to_doc(end)) == text[start:end]
    for offset in range(len(text)):
        if any(b.start <= offset <= b.end for b in article.blocks):
            assert positions.to_text(positions.to_doc(offset)) == offset
    assert doc.findBlockByNumber(1).blockFormat().headingLevel() == 2


def test_seed_article_positions(qapp, comparison):
    article = comparison.articles[0]
    doc, positions = build_document(article)
    for block in article.blocks:
        got = _doc_text(doc, positions.to_doc(block.start), positions.to_doc(block.end))
        assert got == article.block_text(block)
    assert "Caption: " in doc.toPlainText()  # captions kept, set apart after the body


def test_arabic_blocks_are_right_to_left(qapp):
    assert is_rtl(ARABIC) and not is_rtl("Putin " + ARABIC)
    article = article_of([ARABIC, "Reuters reported it first."], language="ar")
    doc, _ = build_document(article)
    assert doc.findBlockByNumber(0).blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert doc.findBlockByNumber(1).blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_headings_and_arabic_are_sized_relative_to_the_zoomable_font(qapp):
    from sidebyside.ui.qt import QTextFormat

    article = article_of(["A heading", "Body text.", ARABIC], language=None, kinds={0: "heading"})
    doc, _ = build_document(article)
    size = lambda n: doc.findBlockByNumber(n).begin().fragment().charFormat().intProperty(  # noqa: E731
        QTextFormat.Property.FontSizeAdjustment)
    assert size(0) == 1 and size(1) == 0 and size(2) == 1
