"""Tolerant JSON-LD: malformed scripts, @graph, arrays, @id references, nested objects."""

from __future__ import annotations

import lxml.html

from sidebyside.extract.html.jsonld import find_article, parse_jsonld_text


def _tree(*scripts: str):
    body = "".join(f'<script type="application/ld+json">{s}</script>' for s in scripts)
    return lxml.html.document_fromstring(f"<html><head>{body}</head><body><p>x</p></body></html>")


def test_trailing_commas_and_control_characters_are_tolerated():
    text = '{"@type": "NewsArticle", "headline": "Line\tone\x01", "author": [{"name": "A B"},],}'
    [value] = parse_jsonld_text(text)
    assert value["author"] == [{"name": "A B"}]


def test_several_objects_in_one_script_and_html_comment_wrappers():
    values = parse_jsonld_text('<!-- {"@type": "WebSite", "name": "S"} {"@type": "Article", "headline": "H"} -->')
    assert [v["@type"] for v in values] == ["WebSite", "Article"]


def test_cdata_wrapper():
    assert parse_jsonld_text('<![CDATA[ {"@type": "Article"} ]]>') == [{"@type": "Article"}]


def test_garbage_gives_nothing():
    assert parse_jsonld_text("{not json at all") == []
    assert find_article(_tree("{{{", "")) is None


def test_graph_with_id_references():
    article = find_article(_tree('''{"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "#site", "name": "Example Times", "inLanguage": "en-GB"},
        {"@type": "Person", "@id": "#jane", "name": "Jane Doe"},
        {"@type": "Organization", "@id": "#org", "name": "Example Times Ltd"},
        {"@type": ["NewsArticle"], "headline": "Big news", "author": {"@id": "#jane"},
         "publisher": {"@id": "#org"}, "datePublished": "2023-03-07T14:05:00+00:00",
         "dateModified": "2023-03-08", "keywords": "politics, economy",
         "sourceOrganization": {"@type": "Organization", "name": "Reuters"},
         "image": {"@type": "ImageObject", "url": "x.jpg", "caption": "A photo"}}]}'''))
    assert article.headline == "Big news"
    assert article.authors == ["Jane Doe"]
    assert article.publisher == "Example Times Ltd"
    assert article.published == "2023-03-07T14:05:00+00:00"
    assert article.modified == "2023-03-08"
    assert article.keywords == ["politics", "economy"]
    assert article.source_organisation == "Reuters"
    assert article.image_captions == ["A photo"]
    assert article.site_name == "Example Times"


def test_arrays_of_types_and_authors():
    article = find_article(_tree('[{"@type": "BreadcrumbList"}, {"@type": ["Article", "ReportageNewsArticle"],'
                                 ' "headline": "H", "author": [{"@type": "Person", "name": "A"}, "B C"]}]'))
    assert article.headline == "H"
    assert article.authors == ["A", "B C"]


def test_webpage_main_entity_article():
    article = find_article(_tree('{"@type": "WebPage", "name": "Page", "mainEntity": '
                                 '{"@type": "BlogPosting", "headline": "Post", "datePublished": "2020-01-02"}}'))
    assert article.headline == "Post"
    assert article.published == "2020-01-02"


def test_unknown_article_subtype_still_counts():
    article = find_article(_tree('{"@type": "AnalysisNewsArticle", "headline": "Why"}'))
    assert article.headline == "Why"


def test_the_pages_own_article_beats_related_ones():
    related = ('{"@type": "ItemList", "itemListElement": [{"@type": "NewsArticle", "headline": "Other story",'
               ' "url": "https://example.com/other", "author": {"name": "Kim Lee"}}]}')
    own = ('{"@type": "NewsArticle", "headline": "Council approves bridge", "url": "https://example.com/bridge",'
           ' "author": {"name": "Ann Poe"}}')
    tree = _tree(related, own)
    assert find_article(tree).headline == "Other story"  # nothing to tell them apart but order
    assert find_article(tree, canonical_url="https://www.example.com/bridge/?utm=x").headline == "Council approves bridge"
    assert find_article(tree, reference_title="Council approves bridge | Example").authors == ["Ann Poe"]
