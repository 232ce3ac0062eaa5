"""A country described with words of its own ("the gas-rich Central Asian nation") stands for
the one country named before it, whatever countries the article names further down; a region's
adjective ("Central Asian") tells no other place, as "the central town" does; the first word of a
compound ("gas-rich") is no verb."""

from __future__ import annotations

from .helpers import assert_apart, assert_joined, chain_of


def test_a_country_described_by_its_region_and_wealth_is_the_country_named_before():
    assert_joined(
        "Voters in Kyrgyzstan went to the polls in the gas-rich Central Asian nation on Sunday. "
        "Observers from Bulgaria and Russia watched the vote.",
        "the gas-rich Central Asian nation", "Kyrgyzstan",
    )


def test_a_country_named_only_after_the_description_is_not_the_one_meant():
    assert_apart(
        "Voters went to the polls in the gas-rich Central Asian nation on Sunday. "
        "Observers from Kyrgyzstan watched the vote.",
        "the gas-rich Central Asian nation", ("Kyrgyzstan",),
    )


def test_two_countries_named_before_leave_the_description_alone():
    assert_apart(
        "Leaders of Kyrgyzstan and Kazakhstan met on Sunday. Turnout in the gas-rich Central Asian nation was low.",
        "the gas-rich Central Asian nation", ("Kyrgyzstan", "Kazakhstan"),
    )


def test_a_central_town_is_still_another_place():
    text = "Voters in Fresno went to the polls on Sunday. The small {} town was calm."
    assert_joined(text.format("coastal"), "The small coastal town", "Fresno")
    assert_apart(text.format("central"), "The small central town", ("Fresno",))


def test_a_verb_ending_in_s_still_ends_a_description():
    assert "federal agencies" not in " ".join(chain_of("The act requires federal agencies to report on Monday."))
