"""A head of government called "premier" speaks as a mayor or a president does (reader29: "the
Jewish state's premier cheered on the 'historic' move" left the word with no speaker). Examples
invented."""

from __future__ import annotations

from .helpers import quote_speakers


def test_a_premier_is_a_speaker_as_a_mayor_is():
    text = ("The country faced stiff criticism on Tuesday over its decision to close the border, "
            "while the island state's premier cheered on the \"historic\" move.")
    assert quote_speakers(text, "en") == ["the island state's premier"]
    assert quote_speakers('"We will not wait," the premier said on Monday.', "en") == ["the premier"]


def test_a_league_called_the_premier_one_does_not_speak():
    """Negative: "premier" as an adjective of a league is no person; the fans said it."""
    text = 'The premier league club, the Harbour Rovers, won again on Saturday, a "historic" run, fans said.'
    assert quote_speakers(text, "en") == ["fans"]
