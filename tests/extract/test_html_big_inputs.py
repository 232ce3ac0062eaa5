"""Huge and hostile HTML pages are bounded before lxml parses them: each extracts (or is cut,
with a warning that says so) within a hang guard 10x its figure in benchmarks/big_html.py."""

from __future__ import annotations

import pytest
from big_html_pages import CASES, PARAGRAPH
from hang_guards import cpu_guard

from sidebyside.capture import capture_bytes
from sidebyside.extract import extract
from sidebyside.extract.html.markup_guard import bound_markup
from sidebyside.settings import HtmlSettings


def _extract(name: str):
    data = CASES[name]().encode("utf-8")
    with cpu_guard(f"extract:html-{name}"):
        return extract(capture_bytes(data, path=f"{name}.html"))


@pytest.mark.parametrize("name", ["tiny-p-600k", "links-250k"])
def test_a_page_of_very_many_tags_is_read_up_to_a_bound(name):
    article = _extract(name)
    assert any("very many tags" in w for w in article.warnings)


@pytest.mark.parametrize("name, says", [
    ("attributes-150k", "very many attributes"),
    ("attribute-value-20m", "longer than"),
    ("tag-name-5m", None),
])
def test_the_article_after_a_monstrous_tag_is_kept(name, says):
    article = _extract(name)
    assert PARAGRAPH in article.text
    assert article.title == "Putin hosts Assad in Moscow"
    if says:
        assert any(says in w for w in article.warnings)


def test_an_ordinary_page_is_left_as_it_is():
    page = "<?xml version='1.0'?><html><body><p class='a' id=\"b\" data-x='1 > 0'>Text.</p></body></html>"
    bounded = bound_markup(page)
    assert bounded.content == page[len("<?xml version='1.0'?>"):]
    assert bounded.warnings == []


def test_a_long_tag_keeps_its_first_attributes_and_quoted_angle_brackets():
    settings = HtmlSettings(max_attributes=3)
    tag = '<div id="x" data-a="a > b < c" class=\'k\' ' + " ".join(f"z{i}=1" for i in range(200)) + ">"
    bounded = bound_markup(f"<html><body>{tag}<p>After.</p></body></html>", settings)
    assert bounded.content == '<html><body><div id="x" data-a="a > b < c" class=\'k\'><p>After.</p></body></html>'
    assert bounded.warnings == ["1 tag(s) with very many attributes: only the first 3 of each were read"]


def test_a_page_is_cut_at_a_tag_start():
    settings = HtmlSettings(max_chars=60, max_tags=1_000)
    page = "<html><body>" + "<p>word word</p>" * 10 + "</body></html>"
    bounded = bound_markup(page, settings)
    assert len(bounded.content) <= 60 and page.startswith(bounded.content) and page[len(bounded.content)] == "<"
    assert bounded.warnings == ["a very large page: only its first 60 characters were read"]
    settings = HtmlSettings(max_tags=5)
    bounded = bound_markup("<html><body>" + "<p>w</p>" * 10 + "</body></html>", settings)
    assert bounded.content == "<html><body><p>w</p><p>w"
    assert bounded.warnings == ["a page of very many tags: only its first 5 were read"]
