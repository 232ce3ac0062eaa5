"""A listed phrase with a possessive inside ("wolf in sheep's clothing", "at each other's
throats") matches, though the phrase matcher joins no word across a possessive."""

from __future__ import annotations

from sidebyside.compare.loaded import _possessive_phrase_hits, find_loaded_terms
from sidebyside.compare.tokens import tokenize


def spans(text):
    return [text[h.start : h.end] for h in find_loaded_terms(text)]


def test_a_listed_phrase_with_a_possessive_matches_with_either_apostrophe():
    assert spans("Critics call him a wolf in sheep's clothing.") == ["wolf in sheep's clothing"]
    assert spans("Critics call him a wolf in sheep’s clothing.") == ["wolf in sheep’s clothing"]
    assert spans("The two leaders were at each other's throats all week.") == ["at each other's throats"]


def test_the_possessive_alone_or_the_phrase_broken_is_no_hit():
    assert spans("The sheep's wool was thick this spring.") == []
    assert spans("They met each other's families. Throats were sore.") == []
    assert spans("Farmers were at each other's farms throats.") == []


def test_a_possessive_phrase_takes_the_place_of_the_shorter_hits_inside_it():
    tokens = tokenize("a fool's errand indeed")
    phrases = {"fool": [(("fool", "errand"), 0, ("fool's errand", "evaluative"))]}
    found = [(1, 1, ("fool", "evaluative"))]  # the word alone, as the phrase matcher finds it
    assert _possessive_phrase_hits(tokens, found, phrases) == [(1, 2, ("fool's errand", "evaluative"))]
    assert _possessive_phrase_hits(tokenize("a fool errand"), found, phrases) == found  # no possessive
