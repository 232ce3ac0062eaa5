"""A country described by the part of the world it lies in ("the West African nation", "the
impoverished Caribbean nation") stands for the one country named before it, as "the gas-rich
Central Asian nation" does: the region's words tell where it is, not another country. Never with
two countries named before it, and "the western town" is still another place."""

from __future__ import annotations

from .helpers import assert_apart, assert_joined


def test_a_west_african_nation_is_the_country_named_before():
    assert_joined("Soldiers seized power in Guinea on Monday. The West African nation has had three coups since 2008.",
                  "The West African nation", "Guinea")


def test_a_caribbean_nation_is_the_country_named_before():
    assert_joined("Floods hit Haiti on Monday. The impoverished Caribbean nation asked for aid.",
                  "The impoverished Caribbean nation", "Haiti")


def test_two_countries_named_before_leave_the_region_description_alone():
    assert_apart("Troops from Guinea and Mali met on Monday. The West African nation has had three coups since 2008.",
                 "The West African nation", ("Guinea", "Mali"))


def test_a_western_town_is_still_another_place():
    assert_apart("Floods hit Tarrow on Monday. The small western town asked for aid.",
                 "The small western town", ("Tarrow",))
