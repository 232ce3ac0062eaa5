"""The venue of a story across a pair (compare/venues.py): told by its kind in one article and
by name or another description in the other. Negatives: two venues of a kind in one article,
a bare "a hospital", two names, two towns."""

from __future__ import annotations

from .helpers import contrast_with, labels
from .helpers import naming_contrasts as contrasts

SHOP_B = "Two women were killed at High's Ice Cream Shop in 1967. Police reopened the case this year."


def test_a_venue_told_by_its_kind_is_the_one_the_other_article_names():
    found = contrasts("Smith is accused of killing two women at a Staunton ice cream store in 1967.", SHOP_B)
    c = contrast_with(found, "a Staunton ice cream store")
    assert c is not None and labels(c, "b") == {"High's Ice Cream Shop"}


def test_two_descriptions_of_one_venue_across_the_pair():
    found = contrasts(
        "A man denied arson after a fire at a Somerset supermarket. The shop was closed on Monday.",
        "Police are investigating a fire at a Waitrose supermarket in Wellington. The supermarket was shut.",
    )
    c = contrast_with(found, "a Somerset supermarket")
    assert c is not None and {"a Waitrose supermarket", "The supermarket"} <= labels(c, "b")
    assert "The shop" in labels(c, "a")


def test_an_unanchored_venue_joins_nothing():
    # "a hospital" with no place and no "the": which hospital, if one is meant at all?
    found = contrasts("She was treated in a mental hospital in her thirties.",
                      "She died at Kaiser Hospital on Thursday, her agent said.")
    assert contrast_with(found, "a mental hospital") is None


def test_two_venues_of_a_kind_in_one_article_join_nothing():
    found = contrasts(
        "Smith robbed a Staunton ice cream store in 1967 and a Richmond ice cream store in 1968.",
        SHOP_B,
    )
    assert contrast_with(found, "a Staunton ice cream store") is None
    assert contrast_with(found, "a Richmond ice cream store") is None


def test_a_venue_in_another_town_the_other_article_names_is_another_venue():
    found = contrasts(
        "LaRue died at a hotel in Biloxi on Saturday.",
        "LaRue, who had lived in Biloxi for years, was found dead at a hotel in Jackson.",
    )
    assert contrast_with(found, "a hotel in Biloxi") is None


def test_two_named_venues_are_left_to_their_names():
    found = contrasts("The fire destroyed Wasilla Bible Church on Friday.",
                      "The fire destroyed Palmer Community Church on Friday.")
    assert contrast_with(found, "Wasilla Bible Church") is None


def test_two_venues_introduced_without_places_join_nothing():
    found = contrasts(
        "Shells hit a UN school on Tuesday. Earlier, an air strike hit a school run by the agency.",
        "Israeli shells struck the Fakhora school in Jabaliya, killing 40.",
    )
    assert all({"a UN school", "a school"}.isdisjoint(labels(c, "a")) for c in found.values())


def test_a_venue_told_with_its_place_keeps_the_contrast_of_places():
    found = contrasts(
        "Sudan bombed a refugee camp in South Sudan on Thursday. The camp holds 20,000 people.",
        "Bombs fell on the camp at Yida on Thursday. The camp is run by a charity.",
    )
    c = contrast_with(found, "a refugee camp in South Sudan")
    assert c is not None and "the camp at Yida" in labels(c, "b")
