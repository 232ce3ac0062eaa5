"""The format comes from the content; the extension only breaks ties for a bare fragment."""

from __future__ import annotations

from pathlib import Path

import pytest

from sidebyside.capture import capture_bytes, load_capture
from sidebyside.errors import CaptureError

W3M_DUMP = (
    "Al Mayadeen English\n\n  • News\n  • Politics\n\nPutin and Erdogan discuss Syria\n\n"
    "Russian President Vladimir Putin said on Monday that talks with his Turkish counterpart were\n"
    "constructive, and that both countries would keep working together on energy.\n"
)


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html><html><body><p>Hi there</p></body></html>",
        "\n\n  <html lang='en'><head><title>T</title></head><body>x</body></html>",
        "<!-- saved from url=(0019)https://example.com -->\n<html><body>x</body></html>",
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"></html>',
        "<meta charset=utf-8><title>No html element</title><p>Body text",
        "Some junk before the markup\n<div><p>One</p><p>Two</p><p>Three</p><ul><li>a</li><li>b</li></ul></div>",
    ],
)
def test_html_is_recognised_whatever_the_file_is_called(page, tmp_path):
    path = tmp_path / "capture.txt"
    path.write_text(page, encoding="utf-8")
    assert load_capture(path).source.format == "html"


def test_text_named_html_is_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(W3M_DUMP, encoding="utf-8")
    capture = load_capture(path)
    assert capture.source.format == "text"
    assert capture.content == W3M_DUMP


def test_text_that_mentions_a_tag_stays_text():
    text = "In HTML the <p> element marks a paragraph; write <br> for a line break.\n" * 3
    assert capture_bytes(text.encode(), path="notes.txt").source.format == "text"


def test_a_markup_fragment_counts_as_html_only_when_named_so():
    fragment = b"<p>One short paragraph.</p>"
    assert capture_bytes(fragment, path="fragment.html").source.format == "html"
    assert capture_bytes(fragment, path="fragment.txt").source.format == "text"


def test_mhtml_is_recognised_by_its_headers(builders):
    data = builders.mhtml([builders.part(b"<html><body><p>Hi</p></body></html>")])
    assert capture_bytes(data, path="page.html").source.format == "mhtml"
    assert capture_bytes(data, path="page.txt").source.format == "mhtml"


def test_text_that_starts_like_a_header_is_not_mhtml():
    text = b"Subject: the talks in Moscow\nThe Kremlin said the talks went well.\n"
    assert capture_bytes(text).source.format == "text"


def test_format_argument_overrides_sniffing():
    page = b"<html><body><p>Hi</p></body></html>"
    forced = capture_bytes(page, format="text")
    assert forced.source.format == "text"
    assert forced.content == page.decode()
    assert capture_bytes(W3M_DUMP.encode(), format="html").source.format == "html"


def test_forcing_mhtml_on_a_non_mime_file_is_a_clear_error():
    with pytest.raises(CaptureError, match="not an MHTML file"):
        capture_bytes(b"<html><body>hi</body></html>", path="p.html", format="mhtml")


def test_unknown_format_is_refused():
    with pytest.raises(CaptureError, match="unknown format"):
        capture_bytes(b"hello", format="docx")


def test_seed_text_captures_are_text():
    seeds = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))
    assert seeds
    for seed in seeds:
        capture = load_capture(seed)
        assert capture.source.format == "text"
        assert capture.source.encoding == "utf-8"
        assert capture.warnings == ()
        assert capture.content == seed.read_text(encoding="utf-8")


def test_text_about_html_that_names_the_html_element_stays_text():
    prose = (
        "How newsrooms build pages\n\nEvery page starts with an <html> element holding a <head> and a "
        "<body>; the article text lives inside the body.\n\n"
    ) + ("The editors said the redesign would ship next month, after testing with readers.\n\n" * 40)
    assert capture_bytes(prose.encode(), path="dump.txt").source.format == "text"


def test_html_after_leading_junk_is_html():
    page = (
        "Warning: session_start(): headers already sent in /var/www/index.php on line 3\n"
        "<html><head><title>T</title></head><body><p>x</p></body></html>"
    )
    assert capture_bytes(page.encode(), path="page.txt").source.format == "html"
