"""Abortion told as killing: a verb of killing with a baby, a child or the unborn for its object,
in an article about abortion, is the writer's framing ("killing your baby", "advocates for
killing unwanted children"); in a story that never names abortion it is a crime told plainly."""

from __future__ import annotations

import dataclasses

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.settings import DEFAULT

ABORTION = "The state's new abortion law takes effect on Monday. "


def found(text, **changes):
    settings = dataclasses.replace(DEFAULT.compare.lexical, **changes)
    return [text[h.start : h.end] for h in find_loaded_terms(text, quotes=article_quotes(text), settings=settings)
            if h.score is None]


def test_killing_a_baby_or_the_unborn_in_an_abortion_story_is_loaded():
    assert "killing" in found(ABORTION + "No paid leave is worth killing your baby for.")
    assert "killing" in found(ABORTION + "The governor advocates for killing unwanted children after birth.")
    assert "killing" in found(ABORTION + "Activists vowed to end the killing of developing humans.")
    assert "murdered" in found(ABORTION + "They said doctors murdered the unborn.")


def test_the_same_words_in_a_story_that_never_names_abortion_are_a_crime_told_plainly():
    assert "killing" not in found("The gunman was charged with killing children at the school.")
    assert "killing" not in found("The raid ended with soldiers killing two children in the village.")


def test_in_an_abortion_story_other_objects_and_a_named_killer_are_plain():
    assert "killing" not in found(ABORTION + "Lawmakers were accused of killing time before the vote.")
    assert "killing" not in found(ABORTION + "The killing of the child by her father shocked the town.")


def test_the_cues_the_article_needs_are_a_setting():
    text = ABORTION + "No paid leave is worth killing your baby for."
    assert "killing" not in found(text, loaded_unborn_min_cues=2)
    assert "killing" in found(text + " Pregnancy is hard.", loaded_unborn_min_cues=2)
