"""A head of government called "premier" speaks as a mayor or a president does (reader29). Its
"cheered on the 'historic' move" is a reaction whose marked word is the writer's scare quote
(test_fragment_after_reaction.py). Examples invented."""

from __future__ import annotations

from .helpers import quote_speakers


def test_a_premier_is_a_speaker_as_a_mayor_is():
    assert quote_speakers('"We will not wait," the premier said on Monday.', "en") == ["the premier"]
    text = "The island state's premier called the border closure \"historic\" on Tuesday."
    assert quote_speakers(text, "en") == ["The island state's premier"]


def test_a_word_marked_in_what_a_premier_cheers_is_the_writers():
    text = ("The country faced stiff criticism on Tuesday over its decision to close the border, "
            "while the island state's premier cheered on the \"historic\" move.")
    assert quote_speakers(text, "en") == [None]


def test_a_league_called_the_premier_one_does_not_speak():
    """Negative: "premier" as an adjective of a league is no person; the fans said it."""
    text = 'The premier league club, the Harbour Rovers, won again on Saturday, a "historic" run, fans said.'
    assert quote_speakers(text, "en") == ["fans"]
