"""Appeals to the reader in a text capture, apart from story paragraphs that use the same words."""

from __future__ import annotations

import pytest

from sidebyside.extract import cues
from sidebyside.extract.text.kinds import APPEAL
from sidebyside.extract.text.rules import classify


@pytest.mark.parametrize(
    "paragraph",
    [
        # a story about others signing up: a call-to-action phrase, but no reader addressed
        "Engineers fixed the fault within hours, the chief executive said, as the company continued to sign up "
        "new customers throughout the week.",
        "Analysts are trying to work out how many streaming services households will sign up for before they "
        "start cancelling the ones they watch least, and which of the companies will be left standing.",
        # a deals or review paragraph that says "you" and "support" once among a hundred words
        "Holiday pricing on the latest smart thermostat is now live at several retailers for $199, a $50 drop "
        "from the usual price and the lowest we have tracked so far this year. It works with the major voice "
        "assistants, and the new model adds a room sensor and support for the newer heat pumps. You can set "
        "schedules from the app, and the energy reports arrive every month with tips on where the heating "
        "costs go, which is more than most of the rival thermostats in this price range offer at the moment.",
    ],
)
def test_story_paragraphs_with_appeal_words_are_not_appeals(paragraph):
    assert not cues.is_appeal(paragraph)
    assert classify(paragraph) != APPEAL


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sign up for our newsletter and get the day's top stories every morning.",
        # a call that opens a sentence, after a bio in the third person
        "Maria Lopez covers science and the environment for the paper. Follow her on Twitter for more of "
        "her reporting from the field.",
        # a narrative call in a short line is still a label ("Go to e-Edition Sign up for newsletters")
        "Go to e-Edition Sign up for newsletters Customer service",
        # a cookie notice names its cue words again and again
        "We use cookies and similar technologies to improve your experience on our site, to show you "
        "personalised content and targeted advertising, and to understand where our visitors come from. "
        "By continuing to browse, you agree to our use of cookies.",
    ],
)
def test_appeals_that_address_the_reader_stay_appeals(paragraph):
    assert cues.is_appeal(paragraph)

