"""The original URL and capture time a saved page states about itself."""

from __future__ import annotations

import pytest

from sidebyside.capture import capture_bytes
from sidebyside.capture.provenance import parse_js_date

BODY = "<body><article><p>Russian President Vladimir Putin hosted Syrian leader Bashar al-Assad.</p></article></body></html>"


def test_browser_saved_from_mark():
    url = "https://www.themoscowtimes.com/2023/03/15/putin-assad-a80500"
    page = f"<!DOCTYPE html>\n<!-- saved from url=({len(url):04d}){url} -->\n<html><head></head>{BODY}"
    assert capture_bytes(page.encode()).source.url == url


def test_singlefile_header_comment():
    page = (
        "<!DOCTYPE html> <html lang=\"en\"><!--\n Page saved with SingleFile \n"
        " url: https://english.almayadeen.net/news/politics/putin-erdogan \n"
        " saved date: Mon Jan 16 2023 18:42:07 GMT+0300 (Moscow Standard Time)\n-->"
        "<head><meta charset=\"utf-8\"><style>body{margin:0}</style>"
        "<link rel=\"canonical\" href=\"https://english.almayadeen.net/canonical\"></head>" + BODY
    )
    source = capture_bytes(page.encode()).source
    assert source.format == "html"
    assert source.url == "https://english.almayadeen.net/news/politics/putin-erdogan"
    assert source.captured == "2023-01-16T18:42:07+03:00"


def test_canonical_link_then_og_url():
    canonical = '<link rel="canonical" href="https://news.example/a?id=1&amp;p=2">'
    og = '<meta property="og:url" content="https://news.example/og">'
    both = capture_bytes(f"<html><head>{og}{canonical}</head>{BODY}".encode()).source
    assert both.url == "https://news.example/a?id=1&p=2"
    only_og = capture_bytes(f"<html><head>{og}</head>{BODY}".encode()).source
    assert only_og.url == "https://news.example/og"


def test_relative_canonical_resolves_against_the_saved_url():
    page = (
        "<!-- saved from url=(0027)https://news.example/world/ -->\n"
        '<html><head><link rel=canonical href="/world/story-1"></head>' + BODY
    )
    # The saved-from URL is the more specific statement of where the page came from.
    assert capture_bytes(page.encode()).source.url == "https://news.example/world/"
    bare = '<html><head><link rel=canonical href="/world/story-1"></head>' + BODY
    assert capture_bytes(bare.encode()).source.url is None


def test_save_page_we_meta_tags():
    page = (
        '<html><head><meta name="savepage-url" content="https://news.example/story">'
        '<meta name="savepage-date" content="Wed Mar 15 2023 09:30:00 GMT+0000 (Coordinated Universal Time)">'
        "</head>" + BODY
    )
    source = capture_bytes(page.encode()).source
    assert source.url == "https://news.example/story"
    assert source.captured == "2023-03-15T09:30:00+00:00"


def test_links_in_the_body_are_not_provenance():
    page = '<html><head></head><body><link rel="canonical" href="https://elsewhere.example/"><p>x</p></body></html>'
    assert capture_bytes(page.encode()).source.url is None


def test_non_http_urls_are_ignored():
    page = '<html><head><link rel="canonical" href="javascript:alert(1)"></head>' + BODY
    assert capture_bytes(page.encode()).source.url is None


def test_text_captures_state_no_url():
    text = b"Visit https://news.example/story for more.\n\nRussian President Vladimir Putin said.\n"
    assert capture_bytes(text).source.url is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mon Jan 16 2023 18:42:07 GMT+0300 (Moscow Standard Time)", "2023-01-16T18:42:07+03:00"),
        ("Tue Feb 07 2023 08:05:00 GMT-0500", "2023-02-07T08:05:00-05:00"),
        ("2023-03-15T09:30:00Z", "2023-03-15T09:30:00+00:00"),
        ("2023-03-15", "2023-03-15"),
        ("Feb 30 2023 10:00:00", None),
        ("yesterday", None),
    ],
)
def test_js_date_parsing(value, expected):
    assert parse_js_date(value) == expected
