"""The pronoun guard's rival (compare/attribution/english.py): a "he"/"she" that would pass over the
speaker of the quotation just before credits no one, unless the text tells that speaker is of the
other sex (a noun of one sex describing them: "spokeswoman", "his wife"). Hand-written text, every person and body invented, negatives
included."""

from __future__ import annotations

from speaker_lookup import speaker_of

RIVAL = ("Dorian Fenwick, an analyst with Greyline, says the flaw is serious.\n\n"
         "\"Every version is affected,\" said {rival}.\n\n"
         "\"Install the shim,\" he said.")


def test_he_skips_a_speaker_a_noun_tells_is_a_woman():
    # "spokeswoman" tells she: "he" goes back past her to the man named before
    assert speaker_of(RIVAL.format(rival="Tallow spokeswoman Robin Tolley"), "Install the shim") == "Dorian Fenwick"
    assert speaker_of(RIVAL.format(rival="Robin Tolley, a spokeswoman for Tallow"), "Install the shim") == "Dorian Fenwick"


def test_he_after_a_speaker_of_unknown_sex_or_a_man_is_that_speaker():
    # negatives: "spokesperson" tells no sex and "Robin" names men and women; "spokesman" tells he
    assert speaker_of(RIVAL.format(rival="Tallow spokesperson Robin Tolley"), "Install the shim") == "Robin Tolley"
    assert speaker_of(RIVAL.format(rival="Tallow spokesman Robin Tolley"), "Install the shim") == "Robin Tolley"
