"""attribution.vocabulary.same_word: the one test of "another case or gender of the same word" that
the rules of other languages ask (a former office, a noun of one office near a name, a case form
near someone, a source body's noun)."""

from __future__ import annotations

import pytest

from sidebyside.compare.attribution.vocabulary import same_word


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
