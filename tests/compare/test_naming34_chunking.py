"""The entity finder keeps "X Of Y" whole in a title-case headline when X is a head of
organisations' names ("Bank Of America"), never a title and a place ("King Of Spain")."""

from __future__ import annotations

from sidebyside.compare.entities import EntityFinder
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import tokenize


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.kind) for e in EntityFinder(lexicon()).find(text, tokenize(text), frozenset())]


def test_a_body_of_a_place_in_title_case_is_one_name():
    found = _names("Bank Of America Branch Robbed In Seattle")
    assert ("Bank Of America", "organisation") in found
    assert ("America", "place") not in found


def test_a_title_of_a_place_in_title_case_is_still_the_place():
    assert ("Spain", "place") in _names("King Of Spain Visits Paris")


def test_sentence_case_is_as_before():
    assert _names("He works at the Bank of England in London.") == [
        ("Bank of England", "organisation"), ("London", "place")]
