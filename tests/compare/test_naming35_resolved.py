"""A definite description resolved to the one name of its kind just before it (naming/resolved.py):
"the quake-hit region", "the Oscar-winning actress", "the Ohio-based manufacturer". Hand-written
text with invented names, with negatives (two names compete, another one is told, no role given)."""

from __future__ import annotations

import dataclasses

from sidebyside.settings import DEFAULT

from .helpers import naming_chains


def _chain_of(text: str, label: str, settings=None) -> set[str]:
    """The texts of every mention in the chain that holds ``label``."""
    refs = naming_chains(text, settings)[2].refs
    chain = next(r.chain for r in refs if r.text == label)
    return {r.text for r in refs if r.chain == chain}


def test_a_described_region_is_the_province_just_named():
    text = ("A strong earthquake struck Varnu province on Tuesday, killing 40 people. "
            "Rescue teams reached the quake-hit region by nightfall.")
    assert _chain_of(text, "the quake-hit region") >= {"Varnu", "the quake-hit region"}


def test_two_places_that_fit_compete_and_nothing_is_joined():
    text = ("A strong earthquake struck Varnu province and Kelsa province on Tuesday. "
            "Rescue teams reached the quake-hit region by nightfall.")
    assert _chain_of(text, "the quake-hit region") == {"the quake-hit region"}


def test_another_place_is_never_the_one_named():
    text = ("A strong earthquake struck Varnu province on Tuesday. "
            "Rescue teams crossed from the neighbouring region by nightfall.")
    assert _chain_of(text, "the neighbouring region") == {"the neighbouring region"}


def test_a_place_named_long_before_is_not_resolved():
    text = ("A strong earthquake struck Varnu province on Tuesday. Schools were closed. Power failed. "
            "Roads were cut by landslides. Rescue teams reached the quake-hit region by nightfall.")
    assert _chain_of(text, "the quake-hit region") == {"the quake-hit region"}


def test_a_person_described_by_a_role_she_was_given():
    text = ("Actress Liora Danvers donated $1 million to the relief effort. "
            "The Oscar-winning actress said she was heartbroken.")
    assert _chain_of(text, "The Oscar-winning actress") >= {"Actress Liora Danvers", "The Oscar-winning actress"}


def test_a_person_never_given_the_role_is_not_resolved():
    text = ("Liora Danvers donated $1 million to the relief effort. "
            "The Oscar-winning actress said she was heartbroken.")
    assert "Liora Danvers" not in _chain_of(text, "The Oscar-winning actress")


def test_a_name_set_apart_in_the_description_is_not_a_compound():
    # "the Oscar actress" is no compound adjective: the name tells her apart from the one named
    text = ("Actress Liora Danvers donated $1 million to the relief effort. "
            "The Oscar actress said she was heartbroken.")
    assert "Actress Liora Danvers" not in _chain_of(text, "The Oscar actress")


def test_the_rule_can_be_switched_off():
    text = ("A strong earthquake struck Varnu province on Tuesday, killing 40 people. "
            "Rescue teams reached the quake-hit region by nightfall.")
    off = dataclasses.replace(DEFAULT.compare.naming, resolve_descriptions=False)
    assert _chain_of(text, "the quake-hit region", off) == {"the quake-hit region"}


def test_a_business_described_where_it_is_based():
    text = ("Kestrel Motors Corp. recalled 9,000 cars on Monday. "
            "The Ohio-based company said no one had been hurt.")
    assert _chain_of(text, "The Ohio-based company") >= {"Kestrel Motors Corp", "The Ohio-based company"}


def test_two_businesses_compete_and_nothing_is_joined():
    text = ("Kestrel Motors Corp. and Darrow Steel Inc. recalled 9,000 cars on Monday. "
            "The Ohio-based company said no one had been hurt.")
    assert _chain_of(text, "The Ohio-based company") == {"The Ohio-based company"}


def test_a_lower_case_determiner_before_a_compound_modifier():
    text = ("Kestrel Motors Corp. recalled 9,000 cars on Monday, and the Ohio-based company said no one had been hurt.")
    assert _chain_of(text, "the Ohio-based company") >= {"Kestrel Motors Corp", "the Ohio-based company"}


def test_a_nationality_noun_is_the_one_person_just_named():
    text = "Kurt Vasser won the final on Sunday. The Spaniard said he would rest."
    assert _chain_of(text, "The Spaniard") >= {"Kurt Vasser", "The Spaniard"}


def test_a_nationality_noun_is_the_person_given_that_nationality():
    text = "British player Ola Brandt lost to Kurt Vasser on Sunday. The Briton said he was tired."
    assert "British player Ola Brandt" in _chain_of(text, "The Briton")


def test_a_nationality_noun_after_two_people_of_no_told_nationality_is_no_one():
    text = "Rafael Marno beat Tamsin Rourke in Lisbon. The 24-year-old Briton said she was thrilled."
    assert _chain_of(text, "The 24-year-old Briton") == {"The 24-year-old Briton"}


def test_a_nationality_before_a_noun_or_in_a_compound_is_an_adjective():
    refs = naming_chains("Kurt Vasser and the Swiss team celebrated. The Ukrainian-born champion waved.")[2].refs
    assert not any(r.text in ("the Swiss", "The Ukrainian") for r in refs)


def test_a_name_of_no_known_kind_before_it_blocks_a_business_description():
    # "Zephyrs" (no known kind) may be the company meant: the description is left unresolved
    text = ("Kestrel Motors Corp. and Zephyrs recalled 9,000 cars on Monday. "
            "The Ohio-based company said no one had been hurt.")
    assert _chain_of(text, "The Ohio-based company") == {"The Ohio-based company"}
