"""The PDF report, printed through Qt: pages, page numbers and text in three scripts."""

from __future__ import annotations

import pytest

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("PySide6.QtGui")

import unicodedata  # noqa: E402

from sidebyside.report import write_report  # noqa: E402
from sidebyside.report.html import ReportNote  # noqa: E402


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_pdf_has_numbered_pages_and_the_report_text(comparison, tmp_path, qapp):
    out = write_report(comparison, tmp_path / "report.pdf",
                       [ReportNote(0, 0, 6, "Syrian", "a note on the first word", (), "exact")])
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
    reader = pypdf.PdfReader(str(write_report(comparison, tmp_path / "report.pdf")))
    text = "".join(page.extract_text() for page in reader.pages)
    assert not any("\ufb00" <= char <= "\ufb06" for char in text)  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ


def test_unknown_report_suffix_is_refused(comparison, tmp_path):
    with pytest.raises(ValueError):
        write_report(comparison, tmp_path / "report.docx")
