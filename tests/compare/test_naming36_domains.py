"""A broad description of a person ("the embattled lawmaker", "the star") resolved to the one
person named before it whose role is of its domain ("Senator Alma Rusk"), as a reader joins them
(naming/resolved.py, naming.json's person_domains); and the joins by age and by a role said of the
name the walk already makes. Hand-written text with invented names, with negatives (two people of
one domain or one age, a role said of someone else, another person named between, a quotation)."""

from __future__ import annotations

import dataclasses

from sidebyside.settings import DEFAULT

from .helpers import naming_chains


def _chain_of(text: str, label: str, settings=None) -> set[str]:
    """The texts of every mention in the chain that holds ``label``."""
    refs = naming_chains(text, settings)[2].refs
    chain = next(r.chain for r in refs if r.text == label)
    return {r.text for r in refs if r.chain == chain}


def test_a_lawmaker_is_the_one_senator_named():
    text = ("Senator Alma Rusk voted against the farm bill on Tuesday. "
            "The embattled lawmaker said she would not resign.")
    assert _chain_of(text, "The embattled lawmaker") >= {"Senator Alma Rusk", "The embattled lawmaker"}


def test_a_celebrity_is_the_one_actor_named():
    text = ("Actor Dario Venn opened the Lakeford film festival on Friday. "
            "The celebrity told reporters he had missed the town.")
    assert "Actor Dario Venn" in _chain_of(text, "The celebrity")


def test_two_senators_compete_and_nothing_is_joined():
    text = ("Senator Alma Rusk and Senator Hal Pember voted against the farm bill on Tuesday. "
            "The embattled lawmaker said she would not resign.")
    assert _chain_of(text, "The embattled lawmaker") == {"The embattled lawmaker"}


def test_another_person_named_between_blocks_the_join():
    text = ("Senator Alma Rusk voted against the farm bill on Tuesday. Farmer Jonah Tilley welcomed the vote. "
            "The embattled lawmaker said she would not resign.")
    assert _chain_of(text, "The embattled lawmaker") == {"The embattled lawmaker"}


def test_a_person_named_in_a_quotation_between_blocks_the_join():
    text = ("Senator Alma Rusk voted against the farm bill on Tuesday. "
            "\"Jonah Tilley asked me to,\" she said. The embattled lawmaker would not resign.")
    assert "Senator Alma Rusk" not in _chain_of(text, "The embattled lawmaker")


def test_a_role_of_another_domain_is_not_joined():
    text = ("Actress Alma Rusk opened the Lakeford film festival on Friday. "
            "The embattled lawmaker told reporters she had missed the town.")
    assert "Actress Alma Rusk" not in _chain_of(text, "The embattled lawmaker")


def test_an_unnamed_senator_competes():
    text = ("Senator Alma Rusk voted against the farm bill on Tuesday, as did a senator from Velden. "
            "The embattled lawmaker said she would not resign.")
    assert "Senator Alma Rusk" not in _chain_of(text, "The embattled lawmaker")


def test_a_name_given_no_role_is_not_joined_by_domain():
    text = ("Alma Rusk voted against the farm bill on Tuesday. "
            "The embattled lawmaker said she would not resign.")
    assert _chain_of(text, "The embattled lawmaker") == {"The embattled lawmaker"}


def test_the_domain_rule_can_be_switched_off():
    text = ("Senator Alma Rusk voted against the farm bill on Tuesday. "
            "The embattled lawmaker said she would not resign.")
    off = dataclasses.replace(DEFAULT.compare.naming, resolve_by_domain=False)
    assert _chain_of(text, "The embattled lawmaker", off) == {"The embattled lawmaker"}


def test_an_age_given_with_the_name_joins_the_bare_age():
    text = ("Liora Danvers, 32, donated $1 million to the relief effort on Tuesday. "
            "The 32-year-old said she was heartbroken.")
    assert "Liora Danvers" in _chain_of(text, "The 32-year-old")


def test_two_people_of_one_age_leave_the_bare_age_alone():
    text = ("Liora Danvers, 32, and Pim Osk, 32, donated $1 million to the relief effort on Tuesday. "
            "The 32-year-old said she was heartbroken.")
    chain = _chain_of(text, "The 32-year-old")
    assert "Liora Danvers" not in chain and "Pim Osk" not in chain


def test_a_role_in_apposition_joins_the_role():
    text = ("Liora Danvers, a singer, donated $1 million to the relief effort on Tuesday. "
            "The singer said she was heartbroken.")
    assert "Liora Danvers" in _chain_of(text, "The singer")


def test_a_role_said_of_someone_else_is_not_joined():
    text = ("Liora Danvers donated $1 million to the relief effort on Tuesday with Pim Osk, a singer. "
            "The singer said she was heartbroken.")
    assert "Liora Danvers" not in _chain_of(text, "The singer")
