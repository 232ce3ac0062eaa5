"""A teaching cue: the same words credited to different speakers by the two outlets."""

from __future__ import annotations

from sidebyside.compare import compare
from sidebyside.compare.attribution import same_speaker, speaker_contrast
from sidebyside.model import comparison_to_json

from .helpers import article

QUOTE = '"We will not give up the crossing, whatever it costs us,"'


def _shared(a_credit: str, b_credit: str):
    a = article("Talks stalled on Monday.", f"{QUOTE} {a_credit}.")
    b = article("Talks stalled on Monday.", f"{QUOTE} {b_credit}.")
    (pair,) = compare(a, b).shared_quotes
    return pair


def test_two_named_speakers_for_the_same_words_are_flagged():
    pair = _shared("Defence Minister Karim Haddad said", "army spokesman Yusuf Darwish said")
    assert (pair.speaker_a, pair.speaker_b) == ("Karim Haddad", "Yusuf Darwish")
    assert pair.speaker_contrast == "different"


def test_a_named_speaker_against_an_unnamed_source_is_flagged():
    pair = _shared("Defence Minister Karim Haddad said", "a senior official said")
    assert pair.speaker_contrast == "named/unnamed"


def test_the_same_speaker_in_another_spelling_or_by_surname_is_no_contrast():
    assert _shared("Karim Haddad said", "Karim Hadad said").speaker_contrast is None
    assert _shared("Defence Minister Karim Haddad said", "Haddad said").speaker_contrast is None


def test_no_credit_in_one_article_is_no_contrast():
    a = article(f"{QUOTE} Karim Haddad said.")
    b = article("The crossing was shut.", f"{QUOTE} was painted on the wall.")
    (pair,) = compare(a, b).shared_quotes
    assert (pair.speaker_a, pair.speaker_b, pair.speaker_contrast) == ("Karim Haddad", None, None)


def test_two_people_with_one_surname_are_different_speakers():
    assert not same_speaker("John Smith", "Jane Smith")
    assert speaker_contrast("John Smith", "Jane Smith") == "different"
    assert same_speaker("Smith", "Jane Smith") and same_speaker("the Kremlin", "Kremlin")


def test_the_cue_is_in_the_json():
    a = article("Talks stalled.", f"{QUOTE} Karim Haddad said.")
    b = article("Talks stalled.", f"{QUOTE} Yusuf Darwish said.")
    data = comparison_to_json(compare(a, b))
    (pair,) = data["shared_quotes"]
    assert pair["speaker_a"] == "Karim Haddad" and pair["speaker_b"] == "Yusuf Darwish"
    assert pair["speaker_contrast"] == "different"
    assert data["warnings"] == []


def test_one_of_two_speakers_named_together_is_no_contrast():
    assert speaker_contrast("Craig Zadan and Neil Meron", "Zadan") is None
    assert speaker_contrast("Laurence Mark and Bill Condon", "Bill Condon") is None
    assert speaker_contrast("Laurence Mark and Bill Condon", "Craig Zadan") == "different"


def test_a_name_spelt_with_or_without_a_space_is_the_same_speaker():
    assert same_speaker("Vincent DelGiudice", "Vincent Del Giudice")
    assert speaker_contrast("Judge Vincent DelGiudice", "Vincent Del Giudice") is None


def test_only_an_unnamed_source_against_a_name_is_flagged():
    """An anonymous source is a teaching point; "her rep" or "the doctor" is someone the other
    outlet names, introduced before in the article that calls them so."""
    assert speaker_contrast("Jack Ketsoyan", "a source close to the actress") == "named/unnamed"
    assert speaker_contrast("Jack Ketsoyan", "two people familiar with the matter") == "named/unnamed"
    assert speaker_contrast("officials", "Karim Haddad") == "named/unnamed"
    assert speaker_contrast("Jack Ketsoyan", "her rep") is None
    assert speaker_contrast("the doctor", "Ema Suryani") is None


def test_no_speaker_on_one_side_is_never_a_contrast():
    for named in ("Karim Haddad", "a senior official", "her rep"):
        assert speaker_contrast(named, None) is None
        assert speaker_contrast(None, named) is None
        assert speaker_contrast(named, "") is None


def test_a_speaker_found_through_a_pronoun_makes_no_contrast():
    """'he said' resolved to the wrong person would tell the reader two outlets disagree when they
    do not: the cue needs the name (or the unnamed source) written at the quote in both."""
    a = article("Talks stalled on Monday.", f"{QUOTE} Defence Minister Karim Haddad said.")
    b = article("Army spokesman Yusuf Darwish spoke to reporters on Monday.", f"{QUOTE} he said.")
    (pair,) = compare(a, b).shared_quotes
    assert pair.speaker_b == "Yusuf Darwish"
    assert pair.speaker_contrast is None
