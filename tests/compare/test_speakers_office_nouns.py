"""An office named without its holder's name ("the sheriff said", "the commissioner said") is an
unnamed speaker like "the judge" or "the mayor"; with the holder named before, it is that person,
and the office's own body ("the sheriff's office") stays the body."""

from __future__ import annotations

from .helpers import quote_speakers


def test_an_office_without_its_holder_named_is_an_unnamed_speaker():
    for office in ("sheriff", "commissioner", "superintendent", "chancellor", "bishop"):
        text = f'Deputies searched the area on Monday. "We will find him," the {office} said.'
        assert quote_speakers(text) == [f"the {office}"], office


def test_an_office_whose_holder_is_named_is_that_person():
    text = ('Sheriff Lee Baca met Commissioner Ann Cole on Monday. Deputies searched the area. '
            '"We will find him," the commissioner said.')
    assert quote_speakers(text) == ["Ann Cole"]


def test_the_office_of_a_sheriff_is_the_body_not_the_sheriff():
    text = 'Deputies searched the area on Monday. "We will find him," the sheriff\'s office said.'
    assert quote_speakers(text) == ["the sheriff's office"]
