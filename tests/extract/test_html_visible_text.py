"""The text a reader sees in an element: inline tags join words as the page writes them, block
tags and <br> part them."""

from __future__ import annotations

import lxml.html

from sidebyside.extract.html.bylines import visible_authors
from sidebyside.extract.html.visible_text import short_text, visible_text


def _text(markup: str) -> str | None:
    return visible_text(lxml.html.fragment_fromstring(markup))


def test_an_inline_tag_inside_a_word_keeps_the_word_whole():
    assert _text("<div>Tessa Marlo<span>w</span></div>") == "Tessa Marlow"
    assert _text("<div>Re<b>port</b>ed by <i>Owen</i> Fitch</div>") == "Reported by Owen Fitch"
    assert _text("<div>H<sub>2</sub>O and m<sup>2</sup></div>") == "H2O and m2"
    assert _text("<div>Tessa<!-- a note -->Marlow</div>") == "TessaMarlow"  # a comment is no gap either


def test_the_spaces_the_page_writes_around_inline_tags_stay():
    assert _text("<div><b>By</b> Tessa Marlow</div>") == "By Tessa Marlow"
    assert _text("<div>Tessa <em>and</em> Owen</div>") == "Tessa and Owen"


def test_blocks_and_line_breaks_still_part_words():
    assert _text("<div><p>one</p><p>two</p></div>") == "one\ntwo"
    assert _text("<div>a<br>b</div>") == "a\nb"
    assert _text("<div>OWEN FITCH<br>Lakeside Wire</div>") == "OWEN FITCH\nLakeside Wire"
    assert _text("<div><span>Tessa</span><div>Marlow</div></div>") == "Tessa\nMarlow"


def test_other_tags_and_scripts_still_part_words():
    assert _text("<div>Tessa<img src='x.png'>Marlow</div>") == "Tessa Marlow"
    assert _text("<table><tr><td>one</td><td>two</td></tr></table>") == "one two"
    assert _text("<div>one<script>var x;</script>two</div>") == "one two"


def test_short_text_reads_the_same_way_and_still_bounds_the_size():
    assert short_text(lxml.html.fragment_fromstring("<p>Owen Fi<span>tch</span></p>"), 40) == "Owen Fitch"
    assert short_text(lxml.html.fragment_fromstring("<p>" + "word " * 50 + "</p>"), 40) is None


def test_a_byline_whose_name_is_split_by_a_span_reads_as_one_name():
    page = lxml.html.fromstring(
        "<html><body><article><h1>Harbour ferry returns</h1>"
        "<div class='byline'>By Tessa Marlo<span class='x'>w</span></div>"
        "<p>The ferry sailed again on Monday after repairs.</p></article></body></html>")
    assert visible_authors(page) == ["Tessa Marlow"]
