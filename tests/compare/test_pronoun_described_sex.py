"""A "he" or "she" after a quotation credits the person the sentence before describes ("one local
man") only when the noun is not of the other sex: the one check (_noun_of_other_sex) both readers
of that sentence ask, by its "-man"/"-woman" ending and by the kin nouns' sexes."""

from __future__ import annotations

import pytest

from speaker_lookup import speaker_of

DESCRIBED = ("The harbour was quiet on Monday. However, one local {noun} was sceptical of the claims. "
             "\"The boats will not come back,\" {pronoun} said.")
SPOKE = "The {noun} said the bridge would reopen in June. \"We have waited long enough,\" {pronoun} said."


@pytest.mark.parametrize("noun, pronoun", [("man", "he"), ("woman", "she"), ("father", "he"), ("mother", "she"),
                                           ("customer", "he"), ("customer", "she")])
def test_a_described_person_of_the_pronouns_sex_speaks(noun, pronoun):
    assert speaker_of(DESCRIBED.format(noun=noun, pronoun=pronoun), "The boats") == f"one local {noun}"


@pytest.mark.parametrize("noun, pronoun", [("man", "she"), ("woman", "he"), ("father", "she"), ("mother", "he")])
def test_a_described_person_of_the_other_sex_does_not(noun, pronoun):
    assert speaker_of(DESCRIBED.format(noun=noun, pronoun=pronoun), "The boats") is None


def test_a_description_that_spoke_before_speaks_again_only_with_its_sex():
    assert speaker_of(SPOKE.format(noun="chairwoman", pronoun="she"), "We have") == "The chairwoman"
    assert speaker_of(SPOKE.format(noun="chairwoman", pronoun="he"), "We have") is None
