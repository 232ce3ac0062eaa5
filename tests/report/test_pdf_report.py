"""The PDF report, printed through Qt: pages, page numbers and text in three scripts."""

from __future__ import annotations

import pytest

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("PySide6.QtGui")

import unicodedata  # noqa: E402

from sidebyside.report import write_report  # noqa: E402
from sidebyside.report.html import ReportNote  # noqa: E402
from sidebyside.ui.pdf import write_pdf  # noqa: E402


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_pdf_has_numbered_pages_and_the_report_text(comparison, tmp_path, qapp):
    out = write_report(comparison, tmp_path / "report.pdf",
                       [ReportNote(0, 0, 6, "Syrian", "a note on the first word", (), "exact")], print_pdf=write_pdf)
    reader = pypdf.PdfReader(str(out))
    pages = len(reader.pages)
    assert pages >= 2
    # PDF text extraction splits words and keeps ligatures: compare without spaces, NFKC-folded.
    flat = squash("".join(page.extract_text() for page in reader.pages))
    assert squash(f"page 1 of {pages}") in flat and squash(f"page {pages} of {pages}") in flat
    for expected in ("Shared quotes", "Label contrasts", "a note on the first word",
                     "Syrian leader Bashar al-Assad", "Русский текст", "<script>"):
        assert squash(expected) in flat, expected


def test_pdf_text_has_no_ligature_glyphs(comparison, tmp_path, qapp):
    reader = pypdf.PdfReader(str(write_report(comparison, tmp_path / "report.pdf", print_pdf=write_pdf)))
    text = "".join(page.extract_text() for page in reader.pages)
    assert not any("\ufb00" <= char <= "\ufb06" for char in text)  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ


def test_unknown_report_suffix_is_refused(comparison, tmp_path):
    with pytest.raises(ValueError):
        write_report(comparison, tmp_path / "report.docx")


def test_the_report_core_prints_no_pdf_itself(comparison, tmp_path):
    """Qt lives in the ui layer: without a printer the core refuses a PDF and writes nothing."""
    with pytest.raises(ValueError, match="PDF"):
        write_report(comparison, tmp_path / "report.pdf")
    assert not (tmp_path / "report.pdf").exists()


def test_pdf_sets_the_articles_side_by_side_with_cues_that_need_no_colour(comparison, tmp_path, qapp):
    note = ReportNote(0, 0, 6, "Syrian", "a note on the first word", (), "exact")
    out = write_report(comparison, tmp_path / "report.pdf", [note], print_pdf=write_pdf)
    first = squash(pypdf.PdfReader(str(out)).pages[0].extract_text())
    # Both articles start on the first page, and the shared quote is marked [Q1 in both.
    assert squash("A: Outlet A") in first and squash("B: Outlet B") in first
    body = first.split(squash("A: Outlet A"), 1)[1]  # after the legend, which explains [Q1 too
    assert body.count(squash("[Q1")) == 2
    assert squash("[note 1]") in first  # the note's number in the text, as in the notes table
    # The capture's file name, never its full local path (the fixture has no URL-less path here,
    # so check the path part of the source is absent).
    assert squash("/captures/") not in first


def test_no_heading_ends_a_page(tmp_path, qapp):
    """Every heading is followed on its own page by the text it heads."""
    from sidebyside.ui.qt import QTextDocument
    from sidebyside.ui.pdf import keep_headings_with_text

    paragraph = "Words of a paragraph that fill a line or two of the page. " * 6
    html = "".join(f"<h2>Heading {i}</h2><p>{paragraph}</p>" for i in range(40))
    document = QTextDocument()
    document.setHtml(html)
    page = 700.0
    document.setPageSize(__import__("PySide6.QtCore", fromlist=["QSizeF"]).QSizeF(500, page))
    keep_headings_with_text(document, page)
    layout = document.documentLayout()
    block = document.begin()
    checked = 0
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            nxt = block.next()
            top = layout.blockBoundingRect(block).top()
            below = layout.blockBoundingRect(nxt).top() + 10
            assert int(top // page) == int(below // page), block.text()
            checked += 1
        block = block.next()
    assert checked == 40
