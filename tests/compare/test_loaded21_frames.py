"""Loaded words read from their grammatical frame: a describing word plain of things judges when
said of people ("Biden is a weak figure", "one of the worst presidents"), and a capitalised word
opening a sentence is a name where the text writes it as one elsewhere ("Fury won")."""

from __future__ import annotations

import dataclasses

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.settings import DEFAULT


def words(text, names=None, **changes):
    settings = dataclasses.replace(DEFAULT.compare.lexical, **changes)
    found = find_loaded_terms(text, names=names, quotes=article_quotes(text), settings=settings)
    return [text[h.start : h.end] for h in found]


def terms(text):
    return [(h.term, h.category) for h in find_loaded_terms(text, quotes=article_quotes(text))]


def test_a_word_said_of_a_person_judges():
    assert terms("Voters now see that the senator is a weak figure, operating out of fear.") == [("weak", "evaluative")]
    assert words("Historians ranked him among the worst presidents of the century.") == ["worst"]
    assert words("Voters said that the mayor was weak and distracted.") == ["weak"]
    assert words("Critics say these officials are dirty.") == ["dirty"]


def test_a_name_as_subject_judges_where_the_text_writes_it_as_a_name():
    text = "Voters like Biden. Biden is weak, the ad says."
    assert words(text) == ["weak"]


def test_the_same_word_said_of_a_thing_describes():
    assert words("Demand was weak in the third quarter.") == []
    assert words("The worst storm in decades hit the coast on Monday.") == []
    assert words("Residents said the water is dirty after the flood.") == []
    assert words("The team had its worst season since 2009.") == []
    assert words("The signal from the probe remained weak.") == []
    assert words("The patient was weak from hunger when he was found.") == []
    assert words("Aid reached the worst-hit residents on Friday.") == []


def test_the_predicate_reach_is_a_setting():
    text = "Historians ranked him, and the mayor was one of the worst."
    assert words(text) == ["worst"]
    assert words(text, loaded_predicate_reach=2) == []


def test_a_word_opening_a_sentence_is_the_name_the_text_uses():
    text = "Tyson Fury beat Deontay Wilder in Las Vegas. Fury won by a knockout in the seventh round."
    names = [(0, len("Tyson Fury")), (text.index("Deontay"), text.index(" in Las"))]
    assert "Fury" not in words(text, names=names)
    assert words(text, names=names, loaded_opening_names=False).count("Fury") == 1


def test_a_loaded_word_opening_a_sentence_stays_loaded():
    assert words("Fury erupted in the city after the verdict.") == ["Fury", "erupted"]
    # the text writes it in lower case too: the word, not a name
    assert "Fury" in words("Fury spread through the crowd. The fury of the marchers grew.")
