"""A sentence closed by an emoji after its stop ("... today! 🙂") still ends a sentence; a line
with an emoji and no stop before it does not."""

from __future__ import annotations

from sidebyside.extract.text.kinds import PROSE
from sidebyside.extract.text.rules import classify
from sidebyside.extract.line_shape import ends_sentence


def test_a_stop_before_a_closing_emoji_ends_the_sentence():
    assert ends_sentence("Book your seats for the harbour festival through the box office today! 🙂")
    assert ends_sentence("See you all at the lighthouse on Saturday. 🎉🎉")
    assert ends_sentence("Thanks to everyone who came along 👍🏽.")  # (the stop after the emoji, as before)


def test_an_emoji_without_a_stop_ends_no_sentence():
    assert not ends_sentence("Check out the photos below ⬇️")
    assert not ends_sentence("Try something new this weekend 😉")
    assert not ends_sentence("🙂")


def test_the_closing_line_of_a_post_reads_as_prose():
    line = "Book your seats for the harbour festival through the box office and come along this summer! 🙂"
    assert classify(line) == PROSE
    assert classify("Visit the harbour festival website for the full programme of concerts ⬇️") != PROSE
