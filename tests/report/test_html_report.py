"""The HTML report: valid, self-contained, complete, and escaping all article text."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import pytest

from sidebyside.report.html import ReportNote, render_report

VOID = {"meta", "br", "hr", "img", "link", "input", "col", "wbr"}
OPTIONAL_CLOSE = {"p", "li", "tr", "td", "th"}


class TagBalance(HTMLParser):
    """Fails on mis-nested or unclosed elements: enough to call the report well-formed HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if "id" in dict(attrs):
            self.ids.append(dict(attrs)["id"])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> TagBalance:
    parser = TagBalance()
    parser.feed(html)
    parser.close()
    return parser


@pytest.mark.parametrize("flavour", ["browser", "qt"])
def test_report_is_well_formed_and_has_every_section(comparison, flavour):
    notes = [ReportNote(0, 0, 6, "Syrian", "loaded word?", ("framing",), "exact")]
    html = render_report(comparison, notes, flavour=flavour)
    parsed = parse(html)
    assert parsed.errors == [] and parsed.stack == []
    assert html.startswith("<!DOCTYPE html>")
    for section in ("articles", "shared-quotes", "quotes", "framing", "distinctive", "loaded", "sources",
                    "only-in", "notes"):
        assert section in parsed.ids
    text = "".join(parsed.text)
    assert "Outlet A" in text and "Outlet B" in text
    assert "Syrian leader Bashar al-Assad" in text  # label contrast table
    assert "loaded word?" in text and "framing" in text  # the note and its tag
    assert "Русский текст" in text and "العربية" in text


def test_report_is_self_contained(comparison):
    html = render_report(comparison)
    parsed = parse(html)
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, (tag, attrs)
        assert tag not in ("script", "link", "iframe", "img", "object", "embed")
        href = attrs.get("href", "")
        assert not href or href.startswith("#")
    assert "url(" not in html and "@import" not in html


def test_article_markup_is_escaped_as_text(comparison):
    html = render_report(comparison)
    assert "<script>" not in html and "<img" not in html and "<b>supplies" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "Headline &lt;A&gt; &amp; more" in html
    text = "".join(parse(html).text)
    assert "<script>alert('x')</script>" in text  # shown to the reader as text


def test_highlights_use_the_app_kinds_and_cover_the_right_words(comparison):
    html = render_report(comparison)
    marked = re.findall(r'<span class="([^"]+)">([^<]*)</span>', html)
    by_class = {}
    for classes, words in marked:
        for cls in classes.split():
            by_class.setdefault(cls, []).append(words)
    assert "Syrian President Bashar Al-Assad" in "".join(by_class["hl-label_contrast"])
    assert "claimed" in by_class["hl-loaded_term"]
    assert any("A ground operation" in w for w in by_class["hl-shared_quote"])
    assert "occupation" in by_class["hl-distinctive_term"]


def test_shared_quote_differences_are_shown(comparison):
    html = render_report(comparison)
    assert '<span class="ins">at </span>' in html
    assert "95%" in html


def test_orphan_notes_are_listed_with_their_quote(comparison):
    notes = [ReportNote(1, None, None, "a passage that is gone", "where did it go?", (), "orphan")]
    text = "".join(parse(render_report(comparison, notes)).text)
    assert "not found in the current text" in text and "a passage that is gone" in text
    assert "where did it go?" in text


def test_overlapping_highlights_nest_without_breaking_markup(comparison):
    notes = [ReportNote(0, 10, 40, "", "overlaps a label contrast", (), "exact")]
    parsed = parse(render_report(comparison, notes))
    assert parsed.errors == []


def test_article_blocks_carry_their_language_and_direction(comparison):
    import dataclasses

    a, b = comparison.articles
    arabic = dataclasses.replace(b, language="ar")
    html = render_report(dataclasses.replace(comparison, articles=(a, arabic)))
    assert '<section lang="ar">' in html and '<section lang="en">' in html
    body_paragraphs = sum(1 for art in comparison.articles for blk in art.blocks if blk.kind == "paragraph")
    assert html.count('<p dir="ltr">') + html.count('<p dir="rtl">') == body_paragraphs
    assert html.count('<p dir="rtl">') == 0  # every block of the fixture starts with a Latin or Cyrillic letter


def test_direction_follows_the_first_strong_character():
    from sidebyside.report.html import text_direction

    assert text_direction("قُتل سائقان وأصيب خمسة") == "rtl"
    assert text_direction("«قُتل» 2026") == "rtl"  # marks and digits are not strong
    assert text_direction("2026: Русский текст") == "ltr"
    assert text_direction("שלום עולם") == "rtl"
    assert text_direction("") == "ltr"


def test_tables_fill_the_page_width_in_both_flavours(comparison):
    for flavour in ("browser", "qt"):
        tables = [attrs for tag, attrs in parse(render_report(comparison, flavour=flavour)).tags if tag == "table"]
        assert tables and all(attrs.get("width") == "100%" for attrs in tables)


def test_a_possibly_loaded_word_is_marked_apart_and_listed_as_possibly(comparison):
    """A word found only by its graded score is painted dotted and listed "possibly", as in the
    app; a listed word keeps the plain mark. The report must not state what the app suspects."""
    b_loaded = comparison.framing.loaded_terms[1][0]
    graded = dataclasses.replace(b_loaded, score=0.4)
    framing = dataclasses.replace(comparison.framing, loaded_terms=(comparison.framing.loaded_terms[0], (graded,)))
    html = render_report(dataclasses.replace(comparison, framing=framing))
    assert re.search(r'<span class="[^"]*hl-loaded_term hl-possible[^"]*">claimed</span>', html)
    assert "hl-loaded_term.hl-possible { text-decoration-style: dotted; }" in html
    assert "attribution verb, possibly" in html
    listed = render_report(comparison)
    assert not re.search(r'class="[^"]*hl-possible', listed)
    assert "attribution verb, possibly" not in listed and "attribution verb" in listed


def test_an_article_without_an_outlet_is_named_by_its_file(comparison):
    """As the app names it ("10_1ecbplus"), never "Unknown outlet" when the file is known."""
    a, b = comparison.articles
    unnamed = dataclasses.replace(a, outlet=None, source=dataclasses.replace(a.source, path="/data/10_1ecbplus.txt"))
    html = render_report(dataclasses.replace(comparison, articles=(unnamed, b)))
    assert "<h2>A: 10_1ecbplus</h2>" in html and "Unknown outlet" not in html
