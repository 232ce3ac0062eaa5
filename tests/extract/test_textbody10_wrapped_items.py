"""A list copied one item a line and then hard-wrapped (an e-mail, an editor's fill at 60
columns): a line that opens as the item above it opened ("Fixed: ...", "Tue 25 June – ...")
is the next item, not that item's wrapped end (hand-written text)."""

from __future__ import annotations

import textwrap

from sidebyside.extract.text.unwrap import unwrap

PROSE = ("The river council approved a new footbridge on Monday after two years of debate over its cost, "
         "which rose by a third since the first design was shown to the residents of both banks. ")
ITEMS = [
    "New: the footbridge will carry cyclists and walkers both",
    "Fixed: the lighting plan now covers the eastern ramp too",
    "Improved: the ramps are less steep than in the first plan",
    "Changed: the opening moved from April to the end of May",
]
ROWS = [
    "Mon 24 June – Guided walk over the new footbridge, 10am.",
    "Tue 25 June – Talk on the history of the river, 6pm sharp",
    "Wed 26 June – Children's lantern parade on the bridge, 8pm",
]


def _wrapped(lines: list[str]) -> str:
    paragraphs = [textwrap.fill(PROSE * 3, 60)] * 3
    return "\n\n".join(paragraphs + ["\n".join(lines)] + paragraphs) + "\n"


def test_items_that_open_alike_stay_apart_under_a_wrap_width() -> None:
    for lines in (ITEMS, ROWS):
        out = unwrap(_wrapped(lines)).splitlines()
        assert all(item in out for item in lines), lines


def test_wrapped_prose_is_still_joined() -> None:
    out = unwrap(_wrapped(ITEMS)).splitlines()
    assert " ".join((PROSE * 3).split()) in out


def test_a_line_that_opens_otherwise_is_joined_as_before() -> None:
    # "the footbridge ..." opens like no item: the line above it was wrapped
    broken = ["New: the footbridge will carry cyclists and walkers across",
              "the widest part of the river from next spring on"]
    out = unwrap(_wrapped(broken)).splitlines()
    assert " ".join(broken) in out
