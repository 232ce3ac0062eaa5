"""A place told by a description with words of its own ("the island nation") is the one place
of its kind the article names before it (naming/places.py, naming.json described_places).
Hand-written text, with negatives."""

from __future__ import annotations

from .helpers import chain_of


def test_the_island_nation_is_the_one_country_named():
    found = chain_of("A strong earthquake hit Haiti on Tuesday. The island nation was struggling.")
    assert "The island nation" in found["Haiti"]


def test_a_neighbouring_country_is_another():
    found = chain_of("A quake hit Haiti on Tuesday. The neighbouring island nation sent aid.")
    assert "The neighbouring island nation" not in found["Haiti"]


def test_no_join_when_two_countries_are_named():
    found = chain_of("A quake hit Haiti on Tuesday. Cuba sent aid. The island nation was struggling.")
    assert "The island nation" not in found["Haiti"] and "The island nation" not in found["Cuba"]


def test_a_town_of_a_name_and_an_indefinite_one_join_nothing():
    found = chain_of("A quake hit Haiti on Tuesday. A small island nation sent aid.")
    assert "A small island nation" not in found["Haiti"]
