"""One cue lexicon (resources/cues/cues.json) read by both extractor families."""

from __future__ import annotations

import json

import lxml.html

from sidebyside.extract import cues
from sidebyside.extract.html import bylines
from sidebyside.extract.html import boilerplate
from sidebyside.extract.text.kinds import APPEAL
from sidebyside.extract.text.rules import classify
from sidebyside.resources import read_resource_text


def test_every_list_says_how_it_is_matched_and_is_lower_case():
    lexicon = json.loads(read_resource_text("cues/cues.json"))
    for key, entry in lexicon.items():
        if key == "about":
            continue
        assert entry["note"], key
        assert all(word == word.lower() for word in entry["words"]), key


def test_support_our_journalism_is_an_appeal_in_both_families():
    line = "Support our journalism"
    assert classify(line) == APPEAL
    assert boilerplate.APPEAL.search(line)


def test_byline_words_are_the_same_for_both_families():
    for line, name in [("Von Anna Schmidt", "Anna Schmidt"), ("Автор Иван Петров", "Иван Петров"),
                       ("بقلم ليلى منصور", "ليلى منصور"), ("Texte : Marie Dupont", "Marie Dupont")]:
        assert bylines.split_byline(line) == [name], line
        assert cues.BYLINE.match(line) or cues.AUTHOR_LABEL.match(line), line


def test_a_surname_that_begins_like_a_byline_word_is_kept_whole():
    assert bylines.split_byline("Luigi Di Maio") == ["Luigi Di Maio"]
    assert not cues.BYLINE.match("Di Maio said the talks would go on")


def test_html_byline_found_with_a_shared_label():
    tree = lxml.html.document_fromstring("<html><body><p class='byline'>Autorin: Eva Braun-Mohr</p></body></html>")
    assert bylines.visible_authors(tree) == ["Eva Braun-Mohr"]


def test_a_qualified_byline_reads_the_same_in_both_families():
    from sidebyside.extract.byline_lines import byline_names

    for line in ("Posted by Jane Doe", "Reporting by Tom Ellis", "Written by Ann Lee"):
        assert byline_names(line) == bylines.split_byline(line) == [line.split(" by ")[1]]
