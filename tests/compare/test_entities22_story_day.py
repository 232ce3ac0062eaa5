"""A day in a clause of a planned or expected event ("due to open on Friday", "will appear in
court on Monday") is not the story's day: the next day the article gives is. Hand-written texts,
with a negative (a day the story reports stays its day)."""

from __future__ import annotations

from sidebyside.compare.framing import article_views, referents
from sidebyside.compare.naming.chain_tools import planned_day

from .helpers import article


def _key(found, side: int, label: str) -> str:
    chain = next(r.chain for r in found.chains[side].refs if r.text == label)
    return found.maps[side].get(chain, chain)


def test_a_planned_day_is_no_story_day():
    a = article("The Brightwater Festival, which was due to open on Friday, has been cancelled after storms "
                "flattened its stage, the organisers said on Tuesday.")
    b = article("The festival was axed last night after gales wrecked the stage.")
    found = referents(a, b, article_views(a, b))
    assert _key(found, 0, "Friday") != _key(found, 1, "last night")
    assert _key(found, 0, "Tuesday") == _key(found, 1, "last night")


def test_a_reported_day_stays_the_story_day():
    a = article("The festival was cancelled on Friday after storms flattened its stage, the organisers said.")
    b = article("The festival was axed last night after gales wrecked the stage.")
    found = referents(a, b, article_views(a, b))
    assert _key(found, 0, "Friday") == _key(found, 1, "last night")


def test_cues_of_a_plan_before_the_day():
    text = "He will appear in court on Monday"
    assert planned_day(text, text.index("Monday"))
    text = "Police said on Monday"
    assert not planned_day(text, text.index("Monday"))
    text = "Police said they will look again, on Monday"  # the clause ended before the day
    assert not planned_day(text, text.index("Monday"))
    text = "Microsoft was to release an emergency patch yesterday"  # a plan told of a past day
    assert not planned_day(text, text.index("yesterday"))
