"""PDF captures: a page printed from Chromium (committed fixtures, made by
tests/data/capture/pdf/make_pdfs.py) extracts to the Article of its page; scans and hostile PDFs
get a clear one-line message."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hang_guards import cpu_guard
from pdf_bytes import pdf_of_drawn_letters, pdf_of_empty_pages

from sidebyside.capture import capture_bytes, load_capture
from sidebyside.errors import CaptureError
from sidebyside.extract import extract, extract_path
from sidebyside.extract.pdf.paragraphs import dehyphenate, join_lines

PDFS = Path(__file__).parent.parent / "data" / "capture" / "pdf"
HEADLINE = "Port talks to resume after three-week strike"


@pytest.mark.parametrize("name", ["article-header.pdf", "article-plain.pdf"])
def test_a_printed_article_gives_its_headline_body_and_byline(name):
    article = extract_path(PDFS / name)
    assert article.source.format == "pdf"
    assert article.title == HEADLINE
    assert article.outlet == "The Meridian Courier"
    assert article.authors == ("Anna Keller",)
    assert article.published == "2026-03-10"
    paragraphs = article.paragraphs()
    assert paragraphs[0].startswith("The harbour authority in Port Meridian said on Tuesday")
    assert paragraphs[-1].endswith("passenger services would not be affected by the talks next week.")
    # Menus, related links, the footer and the caption stay out of the body.
    for furniture in ("World Business", "Related story", "All rights reserved", "Photo: Jonas Berg", "1/2"):
        assert furniture not in article.text
    assert any("Jonas Berg" in c for c in article.captions)


def test_paragraphs_run_on_across_columns_and_pages():
    text = extract_path(PDFS / "article-header.pdf").text
    # Each of these paragraphs is split by a column or page break in the print.
    assert "walked out on March 2 after the authority proposed longer shifts" in text
    assert "\n\nterminals" not in text


def test_the_running_header_and_footer_give_the_url_not_the_body():
    article = extract_path(PDFS / "article-header.pdf")
    assert article.source.url is not None and article.source.url.startswith("http://127.0.0.1:")
    assert article.source.url.endswith("/article.html")
    assert article.source.captured is not None
    assert "Port talks to resume after three-week strike | The Meridian Courier" not in article.text
    assert extract_path(PDFS / "article-plain.pdf").source.url is None


def test_the_print_with_and_without_header_gives_the_same_body():
    with_header = extract_path(PDFS / "article-header.pdf")
    without = extract_path(PDFS / "article-plain.pdf")
    assert with_header.text == without.text


def test_a_pdf_without_text_says_it_is_a_scan():
    with pytest.raises(CaptureError) as err:
        load_capture(PDFS / "scan.pdf")
    message = str(err.value)
    assert "scan.pdf" in message and "no text" in message and "OCR" in message
    assert "\n" not in message


def test_hyphens_that_ended_lines():
    assert join_lines(["a well-", "known place"]) == "a well-\u2060known place"
    assert dehyphenate(["a well-\u2060known place"]) == ["a well-known place"]
    # The document writes the word whole elsewhere: the hyphen only broke the line.
    assert dehyphenate(["the nego-\u2060tiations", "the negotiations went on"])[0] == "the negotiations"
    assert join_lines(["soft\u00ad", "hyphen"]) == "softhyphen"
    assert join_lines(["会谈将", "在下周恢复"]) == "会谈将在下周恢复"




def test_a_pdf_bomb_of_ten_thousand_pages_is_refused_before_reading_them():
    data = pdf_of_empty_pages(10_000)
    with cpu_guard("capture:pdf-10000-pages"), pytest.raises(CaptureError, match="10,000 pages") as err:
        capture_bytes(data, path="bomb.pdf")
    assert str(err.value).startswith("bomb.pdf: ")




def test_a_page_of_a_million_drawing_operations_is_refused_before_parsing():
    data = pdf_of_drawn_letters(1_200_000)  # 40 MB of operations in a 120 KB file
    assert len(data) < 200_000
    with cpu_guard("capture:pdf-content-bomb"), pytest.raises(CaptureError, match="PDF bomb"):
        capture_bytes(data, path="bomb.pdf")


def test_a_small_deflated_page_is_read():
    capture = capture_bytes(pdf_of_drawn_letters(40), path="small.pdf")
    assert capture.pages[0].lines and capture.pages[0].lines[0].text.startswith("x")


def test_empty_pages_are_a_pdf_without_text():
    with pytest.raises(CaptureError, match="no text"):
        capture_bytes(pdf_of_empty_pages(3), path="blank.pdf")


def test_a_truncated_pdf_is_a_clear_error():
    data = (PDFS / "article-plain.pdf").read_bytes()
    with pytest.raises(CaptureError) as err:
        capture_bytes(data[: len(data) // 3], path="cut.pdf")
    assert "PDF" in str(err.value) and "\n" not in str(err.value)


def test_format_override_reads_a_pdf():
    capture = capture_bytes((PDFS / "article-plain.pdf").read_bytes(), path="x.bin", format="pdf")
    assert extract(capture).title == HEADLINE


@pytest.mark.chromium
@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs the Debian package chromium")
def test_a_page_printed_now_by_chromium(tmp_path):
    """The same page printed by the installed Chromium (its fonts and layout may differ)."""
    html = PDFS / "article.html"
    out = tmp_path / "now.pdf"
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={tmp_path / 'profile'}",
         f"--print-to-pdf={out}", html.resolve().as_uri()],
        capture_output=True, timeout=120,
    )
    if not out.exists():
        pytest.skip("chromium did not print (no display or sandbox support here)")
    article = extract_path(out)
    assert article.title == HEADLINE
    assert "Karl Jensen, welcomed the announcement" in article.text
    assert "Related story" not in article.text


def test_a_right_to_left_page_reads_in_reading_order():
    """Arabic is drawn in visual order (and brackets mirrored); the text comes out as written."""
    import difflib

    from_html = extract_path(PDFS / "arabic.html")
    from_pdf = extract_path(PDFS / "arabic.pdf")
    assert from_pdf.title == from_html.title == "مقتل سائقين في هجوم على قافلة مساعدات قرب قصر النور"
    assert from_pdf.outlet == "الوادي نيوز"
    words_html, words_pdf = from_html.text.split(), from_pdf.text.split()
    assert difflib.SequenceMatcher(None, words_html, words_pdf, autojunk=False).ratio() > 0.95
    assert "«نحث" in from_pdf.text and "»نحث" not in from_pdf.text
