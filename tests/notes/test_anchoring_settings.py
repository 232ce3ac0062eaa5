"""The anchoring's weights and thresholds are settings passed in, not module constants."""

from __future__ import annotations

import dataclasses

from sidebyside.notes.anchoring import anchor, describe
from sidebyside.settings import DEFAULT

TEXT = ("The council met on Tuesday evening. After a long debate the members voted to keep the "
        "old library open for another year, and the mayor thanked the volunteers who run it.")
EDITED = TEXT.replace("voted to keep the old library open", "voted to keep the town's old library open")


def _noted():
    start = TEXT.index("voted to keep")
    end = TEXT.index(" for another year")
    return describe(TEXT, start, end), start, end


def test_a_lightly_edited_passage_is_found_with_the_default_weights():
    quote, start, end = _noted()
    where = anchor(EDITED, quote, start, end)
    assert where.kind == "fuzzy"
    assert EDITED[where.start:where.end].startswith("voted to keep the town's old library")


def test_a_stricter_bar_passed_in_leaves_the_same_note_an_orphan():
    quote, start, end = _noted()
    strict = dataclasses.replace(DEFAULT.notes.anchoring, min_score=0.99)
    assert anchor(EDITED, quote, start, end, settings=strict).kind == "orphan"
    # the unedited passage is still found in place whatever the bar
    assert anchor(TEXT, quote, start, end, settings=strict).kind == "exact"
