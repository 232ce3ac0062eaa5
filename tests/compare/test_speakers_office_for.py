"""An office named with what it is for ("The Regional Commissioner for Water Safety said") speaks
as that office: its complement alone ("Water Safety") is no one (reader29: a UN commissioner's
words credited to "Human Rights"). Examples invented."""

from __future__ import annotations

from .helpers import quote_speakers, sources_of


def test_an_office_for_a_field_speaks_whole():
    text = ('The Regional Commissioner for Water Safety said the plan did "not change the existing '
            'rules, nor their reading by the courts".')
    assert quote_speakers(text, "en") == ["the Regional Commissioner for Water Safety"]
    assert "Water Safety" not in sources_of(text)


def test_a_minister_for_a_field_named_after_it_is_the_person():
    """Negative: the person's name after the office is the speaker."""
    text = 'Minister for Health Ana Berg said the plan was "a disgrace".'
    assert quote_speakers(text, "en") == ["Ana Berg"]


def test_a_body_for_a_field_keeps_its_name():
    """Negative: a body whose name holds "for" ("The Office for Water Safety") is named whole, as before."""
    text = 'The Office for Water Safety said the plan was "a disgrace".'
    assert quote_speakers(text, "en") == ["The Office for Water Safety"]
