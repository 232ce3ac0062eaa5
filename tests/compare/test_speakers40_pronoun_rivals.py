"""The pronoun guard's rival (compare/attribution/english.py): a "he"/"she" that would pass over the
speaker of the quotation just before credits no one, unless the text tells that speaker is of the
other sex (a noun of one sex describing them: "spokeswoman", "his wife"), or the verb says the one
who just spoke goes on ("He adds"). Hand-written text, every person and body invented, negatives
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


STRAY = ("Dorian Fenwick, an analyst with Greyline, says the flaw is serious.\n\n"
         "\"The bad news is that every version is affected,\" he says.\n\n"
         "\u201cIt's important to say that all versions are hit, Corwin Maddox, head of research at Tallow, says.\n\n"
         "\"In the meantime, install the shim.\u201d\n\n"
         "He {verb}, \u201cFor users who are not comfortable with the fix, another browser is the best option.\u201d")


def test_he_adds_goes_on_from_the_one_who_just_spoke():
    assert speaker_of(STRAY.format(verb="adds"), "For users who") == "Corwin Maddox"
    assert speaker_of(STRAY.format(verb="continued"), "For users who") == "Corwin Maddox"


def test_he_says_after_another_speaker_still_credits_no_one():
    # negative: "says" does not tell the speaker goes on; either man may be "he"
    assert speaker_of(STRAY.format(verb="says"), "For users who") is None
