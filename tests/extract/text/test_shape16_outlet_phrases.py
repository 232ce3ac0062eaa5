"""The outlet finder's phrases are data (resources/cues/outlet.json): every phrase listed there, as
a page writes it, names the outlet through both the pattern built from it and the cheap word check
built from the same list; a line with no listed phrase names no one."""

from __future__ import annotations

import json

import pytest

from sidebyside.extract.text import extract_text, outlet
from sidebyside.extract.text.lines import split_lines
from sidebyside.model import Capture, Source
from sidebyside.resources import read_resource_text

from dock_story import HEADLINE, PARAS

PHRASES = json.loads(read_resource_text("cues/outlet.json"))
CHROME = PHRASES["chrome"]
NAME = "Harbour Evening News"


def _outlet(*footer: str, top: tuple[str, ...] = ()) -> str | None:
    text = "\n\n".join((*top, HEADLINE, "By Sam Okafor", "2 June 2026", *PARAS, *footer))
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text)).outlet


def _cased(phrase: str) -> list[str]:
    return [phrase, phrase.title(), phrase.upper()]


def test_every_list_says_where_it_comes_from():
    assert "Written by hand" in PHRASES["about"]
    for key, value in PHRASES.items():
        if key != "about":
            assert value.get("note"), key


@pytest.mark.parametrize("phrase", [p for kind in ("homepage", "menu", "sitemap") for p in CHROME[kind]["after"]])
def test_each_phrase_after_the_name_with_a_follow_line_names_the_outlet(phrase):
    for written in _cased(phrase):
        assert _outlet(f"Follow {NAME}", f"{NAME} {written}") == NAME, written


@pytest.mark.parametrize("phrase", [*CHROME["follow"]["before"], *CHROME["more"]["before"]])
def test_each_phrase_before_the_name_with_a_homepage_line_names_the_outlet(phrase):
    for written in _cased(phrase):
        assert _outlet(f"{written} {NAME}", f"{NAME} homepage") == NAME, written


@pytest.mark.parametrize("opening", CHROME["newsletter"]["before"])
@pytest.mark.parametrize("word", CHROME["newsletter"]["after"])
def test_each_possessive_sign_up_names_the_outlet(opening, word):
    for written in _cased(opening):
        assert _outlet(f"{written} {NAME}'s daily {word}", "Privacy Policy") == NAME, written


@pytest.mark.parametrize("phrase", PHRASES["rights_reserved"]["words"])
def test_each_rights_reserved_phrase_makes_a_whole_notice(phrase):
    for written in _cased(phrase):
        assert _outlet(f"Copyright © 2026 {NAME}. {written}.") == NAME, written


@pytest.mark.parametrize("start", [*PHRASES["copyright"]["marks"], PHRASES["copyright"]["word"]])
def test_each_copyright_opening_gives_the_holder(start):
    for written in _cased(start):
        lines = [f"{written} 2026 {NAME}", f"{NAME}. {PHRASES['all_rights_reserved']['phrase'].upper()}"]
        assert outlet._named(_lines(lines))[0] == [NAME], written


@pytest.mark.parametrize("phrase", PHRASES["appeals"]["words"])
def test_each_appeal_gives_the_name_it_asks_for(phrase):
    for written in _cased(phrase):
        assert outlet._named(_lines([f"{written} {NAME}"]))[1] == [NAME], written


@pytest.mark.parametrize("word", PHRASES["logo"]["words"])
def test_each_logo_word_names_the_outlet_above_the_article(word):
    for written in _cased(word):
        # (in brackets: a bare "Name Logo" over a menu bar is read as a masthead, logo and all)
        assert _outlet(top=(f"[{NAME} {written}]", "Home | News | Sport")) == NAME, written


@pytest.mark.parametrize("footer", [
    (f"Follow {NAME}", f"{NAME} front door"),  # no listed phrase after the name: one phrase alone
    (f"Read {NAME}", f"{NAME} homepage"),  # no listed phrase before it
    (f"Sign up for {NAME}'s daily digest", "Privacy Policy"),  # a sign-up, but no newsletter
    (f"Copyright © 2026 {NAME}. Rights pending.",),  # a notice short of "all rights reserved"
])
def test_a_line_with_no_listed_phrase_names_no_outlet(footer):
    assert _outlet(*footer) is None


def test_the_word_checks_are_the_lists_words():
    assert set(outlet._CHROME_OPENINGS) == {"[", "sign", "subscribe", "get", "follow", "more"}
    assert outlet._CHROME_CLOSINGS == ("page", "menu", "map")  # "homepage" and "sitemap" hold one of them
    assert outlet._NAMING_FIRST == frozenset("SsDdJj©(Cc")


def _lines(texts: list[str]):
    return split_lines("\n\n".join(texts))
