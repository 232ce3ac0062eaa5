"""extract_metadata never raises, whatever the page: deep nesting, broken JSON-LD, odd attributes."""

from __future__ import annotations

import lxml.html
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sidebyside.extract.html.metadata import Metadata, extract_metadata

TOKENS = list('<>/="\' {}[],:;&#abyBY-|@\n') + [
    "<meta ", "<script type=application/ld+json>", "content=", "property=og:title", "<div class=byline>",
    "<time datetime=", "2020-01-02", "</script>", '"@type"', '"NewsArticle"', '"author"', "By Ann Poe",
]
HUGE = lxml.html.HTMLParser(huge_tree=True, recover=True)


def run(page: str, url: str | None = None) -> Metadata:
    return extract_metadata(lxml.html.document_fromstring(page, parser=HUGE), url)


def test_deeply_nested_markup_and_json():
    depth = 5000
    page = ('<html><head><script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 +
            '</script></head><body>' + '<div class="byline">' * depth + "By Ann Poe" + "</div>" * depth +
            "</body></html>")
    m = run(page)
    assert m.title is None


def test_odd_values_everywhere():
    page = ('<html lang="!!"><head><meta property="og:title"><meta name="author" content="   ">'
            '<meta property="article:published_time" content="yesterday"><!-- a comment --><?pi x?>'
            '<script type="application/ld+json">{"@type": 5, "headline": {"@value": 12}, "author": [null, 3,'
            ' {"@id": "#missing"}], "datePublished": ["2020-02-30", "2020-02-03"], "publisher": [],'
            ' "keywords": {"a": 1}, "image": "x.jpg", "inLanguage": {"name": "English"}}</script>'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": ["A", "B"],'
            ' "author": {"@type": "Person", "name": ["Jo Ko"]}}</script>'
            '<link rel="canonical" href="javascript:alert(1)"></head>'
            '<body><time datetime="not a date">Tuesday</time><a rel="author" href="/x"></a></body></html>')
    m = run(page, url="not a url")
    assert m.title == "A"
    assert m.authors == ["Jo Ko"]
    assert m.published is None
    assert m.language is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), max_size=60).map("".join))
def test_arbitrary_markup_never_raises(fragment):
    try:
        tree = lxml.html.document_fromstring("<html><head>" + fragment + "</head><body><p>x</p></body></html>")
    except Exception:  # lxml refusing the page is the parser's business, not the metadata's
        return
    result = extract_metadata(tree, None)
    assert isinstance(result, Metadata)
    assert all(isinstance(a, str) and a for a in result.authors)
