"""One list of street words (resources/terms/entities.json street_words, with the short forms of
street_abbreviations) for both rules that read a street: a name an ordinal opens, and a street
after "on" closing a business's name."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities
from sidebyside.compare.entities_cuts import STREET_ABBREVIATIONS, STREET_WORDS


def _kinds(text: str) -> dict[str, str]:
    return {e.text: e.kind for e in find_entities(text)}


def test_every_short_form_is_a_street_word_written_in_full_too():
    assert set(STREET_ABBREVIATIONS.values()) <= STREET_WORDS
    assert set(STREET_ABBREVIATIONS) <= STREET_WORDS


def test_a_numbered_street_written_short_is_one_place():
    found = _kinds("Crowds gathered on 42nd Street and at 7th Ave, then walked down 8th St. to 4th Highway.")
    assert found["42nd Street"] == "place"
    assert found["7th Ave"] == "place" and "Ave" not in found
    assert found["8th St"] == "place" and "St" not in found
    assert found["4th Highway"] == "place"


def test_a_saint_after_an_ordinal_is_no_street():
    found = _kinds("The 19th St. Patrick's Day parade passed the harbour on Monday.")
    assert "19th St" not in found
    assert "St. Patrick's Day" in found


def test_a_business_on_a_drive_or_a_place_is_apart_from_its_street():
    found = _kinds("Halden Bank on Rodeo Drive closed. Voss Group on Market Place said it would stay.")
    assert found.get("Halden Bank") == "organisation" and found.get("Rodeo Drive") == "place"
    assert found.get("Voss Group") == "organisation" and found.get("Market Place") == "place"
    # no street word last: the name keeps its "on"
    assert "Committee on Foreign Relations" in _kinds("The Senate Committee on Foreign Relations met.")
