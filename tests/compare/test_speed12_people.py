"""A name repeated in full many times, then a shorter form of it: the shorter form is still the
person named in full (the scan of the names before it is skipped only when no longer name with
that last word was given); a different person's shorter name stays theirs."""

from __future__ import annotations

from .helpers import quote_speakers


def test_a_shorter_form_after_a_full_name_repeated_often_is_the_full_name():
    repeated = "".join(f'"Point {n} stands," Herman Van Rompuy said.\n\n' for n in range(20))
    text = 'Herman Van Rompuy spoke first.\n\n' + repeated + 'Van Rompuy insisted the problems had "nothing to do with Greece."'
    assert set(quote_speakers(text)) == {"Herman Van Rompuy"}


def test_a_two_word_name_repeated_is_its_own_person():
    text = ('"We are ready," Maria Lopez said.\n\n"We are still ready," Maria Lopez said.\n\n'
            'Later, Anna Lopez spoke.\n\n"Nothing has changed," Anna Lopez said.')
    assert quote_speakers(text) == ["Maria Lopez", "Maria Lopez", "Anna Lopez"]
