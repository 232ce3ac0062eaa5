"""attribution.vocabulary.same_word: the one test of "another case or gender of the same word" that
the rules of other languages ask (a former office, a source body's noun, one noun in two cases); and
case_form, the stricter one the two readers of a noun near a name ask."""

from __future__ import annotations

import pytest

from sidebyside.compare.attribution.vocabulary import case_form, same_word


@pytest.mark.parametrize("word, form", [
    ("мэр", "мэр"), ("мэру", "мэр"), ("бывшему", "бывший"), ("ancienne", "ancien"), ("hasičů", "hasič"),
    ("ministra", "ministro"), ("вратаря", "вратарь"), ("alcaldesa", "alcalde"),
])
def test_forms_of_one_word(word, form):
    assert same_word(word, form)


@pytest.mark.parametrize("word, form", [
    ("мэрство", "мэр"),  # a short form with four letters more: another word
    ("mayor", "major"),  # another word sharing a start
    ("ministeriums", "minister"),  # a longer ending than a case's
    ("an", "ancien"),  # too short a part of the form
    ("m3r", "m"),  # (not letters)
])
def test_other_words(word, form):
    assert not same_word(word, form)


@pytest.mark.parametrize("word, form", [("вратаря", "вратарь"), ("ministra", "ministro"), ("sindaca", "sindaco")])
def test_case_forms_of_a_noun_near_a_name(word, form):
    assert case_form(word, form)


@pytest.mark.parametrize("word, form", [
    ("мэру", "мэр"),  # a short noun: read by same_word alone
    ("juezas", "juez"),  # a stem of four letters
    ("ministerium", "minister"),  # three letters more
])
def test_case_form_is_stricter_than_same_word(word, form):
    assert same_word(word, form) and not case_form(word, form)


def test_a_least_stem_keeps_a_short_noun_from_its_longer_look_alikes():
    # a body's noun: "суд" (court) in "сообщили в суде" is where it was said, no source
    assert same_word("суде", "суд") and not same_word("суде", "суд", least_stem=4)
    assert same_word("hasičů", "hasič", least_stem=4)
