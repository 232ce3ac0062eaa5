"""Speakers (issue 12, session 22): causes seen in several sets. Each with a case it must leave
alone. Every person, place and event invented."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in article_quotes(text)]


# "X said she ..." is evidence of X's sex only when "she" can only be X


def test_said_she_with_him_after_is_not_evidence_of_the_speakers_sex():
    text = ('Brannoc Hardy, 71, said she taught him to read in the back room of the shop. Hardy still lives two '
            'streets away. "Nobody else had the patience," he said.')
    assert _speakers(text) == ["Brannoc Hardy"]


def test_said_she_alone_still_tells_the_speakers_sex():
    text = ('Brannoc Hardy, 71, said she was the first to arrive at the flooded hall that night. Hardy still lives two '
            'streets away. "The water came up past the benches," she said.')
    assert _speakers(text) == ["Brannoc Hardy"]


def test_said_she_alone_keeps_a_he_from_the_speaker():
    text = ('Brannoc Hardy, 71, said she was the first to arrive at the flooded hall that night. Hardy still lives two '
            'streets away. "The water came up past the benches," he said.')
    assert _speakers(text) == [None]
