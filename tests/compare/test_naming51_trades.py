"""A trade's noun before a business's name at a sentence's start ("Drugmaker Verenta
Pharmaceuticals", "Builders Bracewell": naming.json trade_descriptors) is no part of the name, and
a business's name ending in a word of its trade is shortened to its first word ("Verenta" /
"Verenta Pharmaceuticals": business_name_heads). Hand-written text, with negatives."""

from __future__ import annotations

from .helpers import contrast_with, labels, naming_chains, naming_contrasts


def _chains(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in naming_chains(text)[2].refs:
        out.setdefault(r.chain, []).append(r.text)
    return out


def _kinds(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in naming_chains(text)[2].refs:
        out.setdefault(r.chain, set()).add(r.kind)
    return out


def test_a_trade_noun_opening_a_sentence_is_no_part_of_the_name():
    found = _chains("Drugmaker Verenta Pharmaceuticals raised the price on Monday. Verenta said costs rose.")
    assert found["verenta pharmaceuticals"] == ["Verenta Pharmaceuticals", "Verenta"]
    assert not any("drugmaker" in k for k in found)


def test_a_trade_noun_after_a_dateline_dash_is_no_part_of_the_name():
    found = _chains("LONDON, March 4 - Drugmaker Verenta Pharmaceuticals raised the price. Verenta shares fell.")
    assert "verenta pharmaceuticals" in found
    assert not any("drugmaker" in k for k in found)


def test_the_short_forms_of_a_cut_name_follow_it_and_are_a_business():
    found = _chains("Lender Barclays and insurer Aviva followed. Barclays said so.")
    assert found["barclays"] == ["Barclays", "Barclays"]
    assert _kinds("Lender Barclays and insurer Aviva followed. Barclays said so.")["barclays"] == {"organisation"}


def test_a_name_a_trade_noun_opens_and_never_written_apart_stays_whole():
    # "Developer" may begin a name: only the rest written with a capital elsewhere says it does not
    found = _chains("Developer Homes England won the contract. It starts in May.")
    assert "developer homes england" in found


def test_a_noun_outside_the_trade_list_stays_in_the_name():
    # organisation nouns begin names often ("Bank Leumi", "Police Scotland"): no trade descriptor
    found = _chains("Police Scotland said the road was shut. Scotland had snow.")
    assert "police scotland" in found


def test_a_business_is_shortened_to_its_name_first_word_across_the_pair():
    found = naming_contrasts(
        "The main contractor, Bracewell Construction, said costs rose on Monday.",
        "Builders Bracewell blamed soaring steel costs on Monday.")
    c = contrast_with(found, "Bracewell", "b")
    assert c is not None and "Bracewell Construction" in " ".join(labels(c, "a"))


def test_a_first_word_that_is_a_common_word_or_a_given_name_is_not_the_business():
    found = _chains("General Motors cut jobs. General Smith said so.")
    assert "general" not in found.get("general motors", [])
    found = _chains("Arthur Holdings sold the site. Arthur said he was sorry.")
    assert "Arthur" not in found.get("arthur holdings", [])
    found = _chains("Bracewell Construction said so. Bracewell agreed.")
    assert found["bracewell construction"] == ["Bracewell Construction", "Bracewell"]


def test_a_club_or_body_named_after_its_town_is_not_the_town():
    # "Athletic", "Council" tell no business's trade: the town's name alone is the town
    found = _chains("Harbourton Athletic will move to a new ground. Harbourton voted for it.")
    assert "Harbourton" not in found.get("harbourton athletic", [])


def test_a_first_word_that_is_a_named_person_surname_is_the_person():
    # "Kessler" after "Mark Kessler" is the man, never Kessler Holdings
    found = _chains("Mark Kessler founded Kessler Holdings in 1990. Kessler said he was proud.")
    assert "Kessler" not in found.get("kessler holdings", [])

