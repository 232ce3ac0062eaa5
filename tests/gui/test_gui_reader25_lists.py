"""A page's list items get a bullet in the pane (reader25.md: a fan blog's notes between its
tables were list items, shown indented without one, and read like quoted text). The bullet is
drawn, not written: the document's text and every position stay as they were."""

from gui_data import article_of

from sidebyside.ui.document import build_document
from sidebyside.ui.qt import QTextCursor

PARAGRAPHS = ["Below, the snap counts of the Harbor Owls.", "Kell Armond played every snap.",
              "Denny Voss came back from injury.", "Linebackers", "Tarn Velick had two sacks."]
KINDS = {1: "list_item", 2: "list_item", 3: "heading", 4: "list_item"}


def _doc_text(doc, start, end) -> str:
    cursor = QTextCursor(doc)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")


def test_list_items_are_bulleted_one_list_per_run(qapp):
    doc, _ = build_document(article_of(PARAGRAPHS, kinds=KINDS))
    lists = [doc.findBlockByNumber(n).textList() for n in range(len(PARAGRAPHS))]
    assert lists[1] is not None and lists[2] is not None and lists[4] is not None
    assert lists[1] == lists[2], "consecutive items: one list"
    assert lists[4] != lists[1], "an item after a heading starts a list of its own"


def test_paragraphs_and_headings_get_no_bullet(qapp):
    doc, _ = build_document(article_of(PARAGRAPHS, kinds=KINDS))
    assert doc.findBlockByNumber(0).textList() is None
    assert doc.findBlockByNumber(3).textList() is None


def test_the_bullet_adds_no_character(qapp):
    article = article_of(PARAGRAPHS, kinds=KINDS)
    doc, positions = build_document(article)
    for block in article.blocks:
        assert _doc_text(doc, positions.to_doc(block.start), positions.to_doc(block.end)) == article.block_text(block)
    assert doc.toPlainText().startswith(PARAGRAPHS[0])
