"""Closed-class word sets read as data (issue 12, Design): the object pronouns whom a speech verb
in another sense told its words (resources/attribution/closed_class.json) and the determiners a
word choice is trimmed of (resources/terms/word_choices.json). Invented texts, with negatives."""

from __future__ import annotations

from sidebyside.compare.attribution.sources import _AUDIENCE_PRONOUNS
from sidebyside.compare.word_choices import _TRAILING_DETERMINERS

from .helpers import sources_of
from .test_word_choices import FILLER, _choices


def test_the_sets_are_read_from_the_shipped_data():
    assert _AUDIENCE_PRONOUNS == {"me", "him", "her", "us", "them", "you"}
    assert {"the", "a", "an", "their"} <= _TRAILING_DETERMINERS
    assert not _TRAILING_DETERMINERS & {"bridge", "said", "of"}


def test_responding_to_a_person_pronoun_is_speech():
    assert "Kastner" in sources_of("Kastner responded to them after the match.")


def test_responding_to_a_thing_is_not():
    assert "Kastner" not in sources_of("Kastner responded to it after the match.")


def test_a_word_choice_ends_before_its_determiner():
    a = "The mayor, Ilse Varga, claimed the old bridge was safe for lorries. " + FILLER
    b = "The mayor, Ilse Varga, said its old bridge was safe for lorries. " + FILLER
    assert _choices(a, b)[1] == [("claimed", "said", "reporting verb")]


def test_a_determiner_alone_is_no_word_choice():
    a = "The mayor, Ilse Varga, said the old bridge was safe for lorries. " + FILLER
    b = "The mayor, Ilse Varga, said its old bridge was safe for lorries. " + FILLER
    assert _choices(a, b)[1] == []
