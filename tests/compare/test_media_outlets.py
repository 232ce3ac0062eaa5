"""Outlets the entity finder knows by name: a national newspaper or broadcaster whose name holds
a place ("USA Today", "Times of India", "South China Morning Post") is the outlet, not the place."""

from __future__ import annotations

from sidebyside.compare.entities import EntityFinder
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import tokenize


def _found(text):
    return [(e.text, e.kind, e.via) for e in EntityFinder(lexicon()).find(text, tokenize(text))]


def test_an_outlet_named_after_a_country_is_the_outlet_not_the_place():
    found = _found("The senator told USA Today on Monday that the bill would pass.")
    assert ("USA Today", "organisation", "media") in found
    assert not any(kind == "place" for _, kind, _ in found)


def test_an_outlet_holding_a_city_s_name_is_the_outlet():
    found = _found("The figures were first reported by the South China Morning Post and the Los Angeles Times.")
    outlets = {t for t, kind, via in found if via == "media"}
    assert {"South China Morning Post", "Los Angeles Times"} <= outlets
    assert not any(kind == "place" for _, kind, _ in found)


def test_the_place_alone_stays_a_place():
    found = _found("Exports from the USA rose, and Los Angeles saw the largest share.")
    assert ("USA", "place") in {(t, k) for t, k, _ in found}
    assert not any(via == "media" for _, _, via in found)
