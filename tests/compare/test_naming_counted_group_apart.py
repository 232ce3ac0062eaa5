"""A counted group ("the two leaders": the two just named) is a closed set; a bare plural that
counts nothing ("Arab leaders") is an open one. The two are not one referent, however alike their
noun, and the naming table must not show one as the other's label (the seed pair's "the two
leaders", Erdogan and Putin, against another outlet's "Arab leaders")."""

from __future__ import annotations

from .helpers import contrast_with, naming_contrasts

COUNTED = ("President Anna Kovac met Prime Minister Boris Lind in Vienna on Monday.\n\n"
           "The two leaders agreed to open a new border crossing next year.")


def test_a_counted_group_is_not_an_open_group_of_the_same_noun():
    other = ("Anna Kovac said she would meet Viktor Sarn, the president of Ostland, next month.\n\n"
             "Sarn has been receiving calls and aid from Western leaders since the floods.")
    found = naming_contrasts(COUNTED, other)
    assert contrast_with(found, "The two leaders") is None
    assert contrast_with(found, "Western leaders") is None


def test_a_counted_group_still_joins_a_group_the_other_outlet_does_not_leave_open():
    other = ("Anna Kovac and Boris Lind held talks in Vienna on Monday.\n\n"
             "Both leaders agreed to open a new crossing next year, officials said.")
    contrast = contrast_with(naming_contrasts(COUNTED, other), "The two leaders", "a")
    assert contrast is not None
    assert all(m.text.lower().endswith("leaders") for m in contrast.b)
