"""Candidate mentions (naming/descriptions.py): a plural noun of people opening a sentence is
a candidate as it is inside one; a plural of a role noun is no second bearer of it. Hand-written
text, with negatives."""

from __future__ import annotations

from .helpers import chain_of, naming_chains


def _texts(text: str) -> set[str]:
    return {r.text for r in naming_chains(text)[2].refs}


def test_a_plural_of_people_opening_a_sentence_is_a_candidate():
    assert "Officials" in _texts("Officials said no one was hurt in the fire on Monday.")
    assert "Detectives" in _texts("Detectives believe the fire was set on purpose.")


def test_a_name_opening_a_sentence_is_no_description():
    # "Democrats": written with a capital inside a sentence too, so a name
    refs = naming_chains("Democrats said the vote was close. The Democrats won the seat.")[2].refs
    assert not any(r.chain.startswith("role:") for r in refs if r.text == "Democrats")


def test_others_of_a_role_leave_the_one_introduced_then_named():
    found = chain_of("A sheriff's deputy was shot on Friday, police said. Deputies cordoned off the streets. "
                     "Deputy Jerry Ortiz had gone to the home to speak to a woman.")
    assert "Deputy Jerry Ortiz" in found["A sheriff's deputy"]
    assert "Deputy Jerry Ortiz" not in found["Deputies"]


def test_a_subject_before_a_present_verb_and_its_object_is_a_candidate():
    assert "The bridge" in _texts("The bridge links Hartwell with the suburb of Dunmore.")
    assert "The suspect" in _texts("The suspect faces 20 years in prison.")
    assert "The mayor" in _texts("The mayor calls it a disaster.")


def test_a_noun_of_people_before_a_name_is_no_verb():
    # "the bank robbers Smith and Jones": "robbers" is no verb of "the bank"
    assert "The bank" not in _texts("The bank robbers Smith and Jones fled.")
