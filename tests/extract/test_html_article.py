"""The whole Article from an HTML capture: metadata fields, lead, warnings, hostile input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sidebyside.extract.html as html_extractor
from html_fixtures import PARAGRAPHS, extract, page, paras
from sidebyside.extract.html import LOW_CONFIDENCE, NO_DATE, NO_TITLE, PAYWALL
from sidebyside.extract.html.metadata import Metadata
from sidebyside.model import Article, Capture, Source


def _with_metadata(monkeypatch, **fields):
    """Pin what the metadata stage returns, so these tests check assembly only."""
    seen = {}

    def fake(tree, url=None, settings=None):
        # the body pass has not pruned anything yet: navigation is still in the tree
        seen["had_nav"] = tree.find(".//nav") is not None
        return Metadata(**fields)

    monkeypatch.setattr(html_extractor, "extract_metadata", fake)
    return seen


def test_metadata_fields_reach_the_article(monkeypatch):
    seen = _with_metadata(
        monkeypatch,
        title="Council approves harbour budget",
        outlet="Harbour Gazette",
        authors=["Jane Smith"],
        published="2024-03-05T10:00:00+00:00",
        language="en",
        tags=["budget", "harbour"],
        url="https://gazette.example/harbour",
        source_credit="AFP",
        image_captions=["The quay at dawn."],
    )
    article = extract(page(paras()), url=None)
    assert seen["had_nav"]
    assert article.title == "Council approves harbour budget"
    assert article.outlet == "Harbour Gazette"
    assert article.authors == ("Jane Smith",)
    assert article.published == "2024-03-05T10:00:00+00:00"
    assert article.language == "en"
    assert article.tags == ("budget", "harbour")
    assert article.source_credit == "AFP"
    assert article.source.url == "https://gazette.example/harbour"  # from Metadata.url
    assert article.captions == ("The quay at dawn.",)
    assert article.warnings == ()


def test_capture_url_wins_over_metadata_url(monkeypatch):
    _with_metadata(monkeypatch, title="T", published="2024-01-01", url="https://canonical.example/x")
    article = extract(page(paras()), url="https://captured.example/y")
    assert article.source.url == "https://captured.example/y"


def test_lead_that_opens_the_body_is_kept_once(monkeypatch):
    lead = "The harbour will be rebuilt over the next three years, the council decided."
    _with_metadata(monkeypatch, title="T", published="2024-01-01", lead=lead)
    article = extract(page(f'<p class="standfirst">{lead}</p>' + paras()))
    assert article.lead == lead
    assert lead not in article.text
    assert article.paragraphs() == PARAGRAPHS


def test_lead_not_in_the_body_is_kept_and_body_untouched(monkeypatch):
    lead = "A summary that only exists in the page's description tag."
    _with_metadata(monkeypatch, title="T", published="2024-01-01", lead=lead)
    article = extract(page(paras()))
    assert article.lead == lead
    assert article.paragraphs() == PARAGRAPHS


def test_warnings_for_missing_date_and_title(monkeypatch):
    _with_metadata(monkeypatch)
    html = "<html><body><main>" + paras() + "</main></body></html>"
    article = extract(html)
    assert NO_DATE in article.warnings
    assert NO_TITLE in article.warnings
    assert LOW_CONFIDENCE not in article.warnings


def test_h1_is_the_fallback_title(monkeypatch):
    _with_metadata(monkeypatch, published="2024-01-01")
    article = extract(page(paras(), title="Quay plan approved"))
    assert article.title == "Quay plan approved"
    assert NO_TITLE not in article.warnings


def test_home_page_gets_low_confidence(monkeypatch):
    _with_metadata(monkeypatch, title="Harbour Gazette", published="2024-01-01")
    teasers = "".join(
        f'<div class="card"><h3><a href="/s{i}">Story number {i} about the harbour</a></h3>'
        f"<p>Short teaser {i}.</p></div>"
        for i in range(20)
    )
    article = extract(page(teasers, title="Harbour Gazette"))
    assert LOW_CONFIDENCE in article.warnings


def test_short_page_gets_low_confidence(monkeypatch):
    _with_metadata(monkeypatch, title="T", published="2024-01-01")
    article = extract(page(paras(range(1))))
    assert LOW_CONFIDENCE in article.warnings


def test_page_without_body_is_an_empty_article_with_the_warning():
    article = extract("<html><head><title>Nothing here</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    assert isinstance(article, Article)
    assert article.text == "" and article.blocks == ()
    assert LOW_CONFIDENCE in article.warnings


GARBAGE = [
    "",
    "   \n\t ",
    "\x00\x01\x02 binary \xff\xfe",
    "<<<<>>>><><</p></div></body>",
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>xml declared</p></body></html>",
    "<html>" + "<div>" * 5000 + "deep text" + "</div>" * 5000 + "</html>",
    "<p>" + "word " * 200_000 + "</p>",
    "<table>" * 3000 + "cell",
    "<svg><script>alert(1)</script></svg><p onload='x'>tiny</p>",
]


@pytest.mark.parametrize("html", GARBAGE, ids=range(len(GARBAGE)))
def test_garbage_never_raises(html):
    article = extract(html)
    assert isinstance(article, Article)
    if len(article.text.split()) < 100:
        assert LOW_CONFIDENCE in article.warnings
    for block in article.blocks:
        assert 0 <= block.start < block.end <= len(article.text)


def test_deep_nesting_keeps_its_text():
    html = "<html><body>" + "<div>" * 400 + " ".join(PARAGRAPHS) + "</div>" * 400 + "</body></html>"
    article = extract(html)
    assert PARAGRAPHS[0] in article.text


def test_nothing_is_fetched_or_run(monkeypatch):
    html = page(
        '<script>document.write("<p>injected paragraph of text that should never appear</p>")</script>'
        + '<iframe src="https://evil.example/frame"></iframe>'
        + paras()
    )
    article = extract(html)
    assert "injected" not in article.text
    assert article.paragraphs() == PARAGRAPHS


def test_mhtml_capture_goes_through_the_same_path():
    capture = Capture(Source(path="p.mhtml", format="mhtml", url=None), page(paras()))
    assert html_extractor.extract_html(capture).paragraphs() == PARAGRAPHS


def test_visible_standfirst_above_the_body_is_the_lead(monkeypatch):
    standfirst = "Repairs to the quay will take three years and close the fish market next summer."
    _with_metadata(monkeypatch, title="T", published="2024-01-01", lead="Repairs to the quay will take three years...")
    article = extract(page(f'<p class="article-standfirst">{standfirst}</p><div class="story-body">' + paras() + "</div>"))
    assert article.lead == standfirst
    assert standfirst not in article.text
    assert article.paragraphs() == PARAGRAPHS


def test_stated_summary_is_kept_over_a_different_standfirst(monkeypatch):
    summary = "The council has agreed to rebuild the harbour."
    _with_metadata(monkeypatch, title="T", published="2024-01-01", lead=summary)
    html = page('<p class="dek">Three years of works will close the fish market next summer, traders fear.</p>'
                '<div class="story-body">' + paras() + "</div>")
    article = extract(html)
    assert article.lead == summary
    assert article.paragraphs() == PARAGRAPHS


def test_automatic_excerpt_of_the_first_paragraph_leaves_it_in_the_text(monkeypatch):
    excerpt = PARAGRAPHS[0][:80] + "..."
    _with_metadata(monkeypatch, title="T", published="2024-01-01", lead=excerpt)
    article = extract(page(paras()))
    assert article.lead == excerpt
    assert article.paragraphs() == PARAGRAPHS


TAGS = ["p", "div", "span", "a", "ul", "li", "h2", "figure", "figcaption", "br", "table", "tr", "td",
        "blockquote", "article", "nav", "em", "img", "script", "section"]


def test_control_characters_beside_dropped_furniture_give_an_article():
    """lxml parses a C0 control into the tree but refuses it when a dropped element's tail moves."""
    article = html_extractor.extract_html(Capture(Source(None, "html"), "<nav>menu</nav>\x1f<p>The talks went on\x01.</p>"))
    assert "\x1f" not in article.text and "\x01" not in article.text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from([f"<{t}>" for t in TAGS] + [f"</{t}>" for t in TAGS]
                    + ['<div class="share related">', '<p class="caption">', "<!--", "-->", "<![CDATA[", "&amp;", "&#0;"]),
    st.text(max_size=40),
), max_size=80))
def test_any_markup_soup_gives_an_article(parts):
    article = extract("".join(parts))
    assert isinstance(article, Article)
    for block in article.blocks:
        assert article.text[block.start : block.end] == article.text[block.start : block.end].strip()
        assert block.end <= len(article.text)


def test_paywall_prompt_gives_a_warning_and_stays_out_of_the_text():
    prompt = ('<div class="article-gate"><h3>Subscribe to keep reading</h3><p>This article is for '
              'subscribers only.</p></div>')
    article = extract(page(paras(range(2)) + prompt))
    assert PAYWALL in article.warnings
    assert "Subscribe" not in article.text


def test_empty_paywall_container_on_a_free_article_gives_no_warning():
    article = extract(page(paras() + '<div class="paywall-container"></div><div id="piano-meter"></div>'))
    assert PAYWALL not in article.warnings


def test_schema_flag_not_free_on_a_short_capture_gives_a_warning():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": false}</script>'
    assert PAYWALL in extract(page(paras(range(3)), head=head)).warnings
