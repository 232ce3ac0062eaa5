"""A wrapped capture whose blank lines were dropped: a heading under a paragraph is not joined
to it (hand-written text of one invented story)."""

from __future__ import annotations

from sidebyside.extract.text.unwrap import unwrap

PARAGRAPH = [
    "The river council approved a new footbridge on Monday after two years of debate",
    "over its cost, which rose by a third since the first design was shown to the",
    "residents of both banks at a meeting in the old school hall on Water Street.",
]
NEXT = [
    "Engineers said the bridge would carry cyclists and walkers across the widest",
    "part of the river, and that work could begin in the spring if the contract is",
    "signed in time for the builders to order the steel before the end of winter.",
]


def _capture(middle: list[str]) -> str:
    return "\n".join((PARAGRAPH + middle + NEXT) * 4) + "\n"


def test_a_heading_after_a_sentence_stays_its_own_line_without_blank_lines() -> None:
    lines = unwrap(_capture(["Work to start in spring"]), few_blanks=0.05).splitlines()
    assert "Work to start in spring" in lines
    assert any(x.startswith("The river council") and x.endswith("Water Street.") for x in lines)


def test_with_blank_lines_or_without_the_setting_the_join_is_unchanged() -> None:
    text = _capture(["Work to start in spring"])
    assert unwrap(text) == unwrap(text, few_blanks=0.0)
    spaced = "\n\n".join(["\n".join(PARAGRAPH), "Work to start in spring", "\n".join(NEXT)] * 8) + "\n"
    assert unwrap(spaced, few_blanks=0.05) == unwrap(spaced)


def test_a_wrapped_line_that_ends_no_sentence_is_still_joined() -> None:
    # the headline's second half, a short line in capitals, follows a line that ends no sentence
    broken = ["Council Approves New Footbridge Over The River After Two Years Of Debate On",
              "Its Rising Cost"]
    lines = unwrap(_capture(broken), few_blanks=0.05).splitlines()
    assert "Its Rising Cost" not in lines
    assert any(x.endswith("Debate On Its Rising Cost") for x in lines)
