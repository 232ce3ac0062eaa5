"""A discrepancy is flagged only when the two sentences state the same quantity of the same thing:
a range holds the values inside it, a count of one group is not paired with another group's,
two parties' figures are two facts, and a date of a name dates no act."""

from __future__ import annotations

import pytest

from .test_discrepancy import flags


def test_the_brief_cases_one_fact_told_two_ways_or_in_two_formats():
    assert flags(
        "Police said 3,000 people were evacuated from the valley town of Harran after the dam burst.",
        "Police said 3000 people were evacuated from the valley town of Harran after the dam burst.",
    ) == []
    assert flags(
        "More than 200 people were evacuated from the valley town of Harran after the dam burst.",
        "The dam burst forced 214 people to be evacuated from the valley town of Harran.",
    ) == []
    assert flags(
        "The gunman killed 5 people at the market in Harran on Monday, police said.",
        "The gunman killed 7 people at the market in Harran on Monday, police said.",
    ) == [("number", "5", "7")]


@pytest.mark.parametrize(
    "a_text",
    [
        "Between 200 and 300 people were evacuated from the valley town of Harran after the dam burst.",
        "Some 200 to 300 people were evacuated from the valley town of Harran after the dam burst.",
    ],
)
def test_a_point_inside_a_range_agrees_with_it(a_text):
    assert flags(a_text, "The dam burst forced 250 people to be evacuated from the valley town of Harran.") == []


def test_a_point_outside_a_range_is_flagged_with_the_whole_range():
    assert flags(
        "Between 200 and 300 people were evacuated from the valley town of Harran after the dam burst.",
        "The dam burst forced 450 people to be evacuated from the valley town of Harran.",
    ) == [("number", "Between 200 and 300", "450")]


def test_two_or_three_is_a_range_and_and_without_between_is_none():
    assert flags(
        "Two or three people were injured when the roof of the market collapsed in Harran.",
        "The roof of the market collapsed in Harran, and 3 people were injured.",
    ) == []
    # no range: "5 and 7" without "between" are two counts (the first counts nothing said)
    assert flags(
        "The storm destroyed 5 and damaged 7 houses in the valley town of Harran on Monday.",
        "The storm damaged 9 houses in the valley town of Harran on Monday.",
    ) == [("number", "7", "9")]


def test_a_count_of_one_group_is_paired_with_the_same_groups_count():
    # "killed 5" is the other's "killed 7", not the 2 the police shot
    assert flags(
        "The gunman killed 5 people in Harran, and police shot 2 people at the market.",
        "The gunman killed 7 people in Harran, police said.",
    ) == [("number", "5", "7")]


def test_two_values_of_one_thing_that_no_clause_tells_apart_are_not_paired():
    # a figure for each of two cards against one figure: which card is the other's?
    assert flags(
        "Jobs said that with the first card you get five hours of battery life and four hours with the second card.",
        "The new laptop has a faster card, a bigger disk and 7 hours of battery life.",
    ) == []


def test_two_parties_figures_are_two_facts():
    assert flags(
        "We hear that the Red Sox offered Mark Teixeira an eight-year deal worth $200 million.",
        "The Sox have the high offer, and the Orioles have only offered Teixeira a seven-year deal, sources said.",
    ) == []
    # the same party on both sides: one offer told two ways
    assert flags(
        "We hear that the Red Sox offered Mark Teixeira an eight-year deal worth $200 million.",
        "Sources said the Red Sox have offered Teixeira a seven-year deal worth $200 million.",
    ) == [("number", "eight", "seven")]


def test_a_weekday_after_a_name_dates_no_act():
    # "presented at the Brooklyn Supreme Court on Thursday" / "went on trial Wednesday": two acts
    assert flags(
        "The video was presented at the Brooklyn Supreme Court on Thursday during the trial of two men.",
        "Two men went on trial Wednesday at the Brooklyn Supreme Court over the shooting.",
    ) == []
    assert flags(
        "The two men went on trial on Thursday in Brooklyn for the killing of a mother.",
        "The two men went on trial on Wednesday in Brooklyn for the killing of a mother.",
    ) == [("date", "Thursday", "Wednesday")]


def test_a_number_before_a_compound_counts_the_compounds_thing():
    # "one rocket propelled grenade launcher" counts launchers, not the "two rockets" of the other
    assert flags(
        "The navy seized one rocket propelled grenade launcher from the pirates off the coast.",
        "The navy seized a rocket-propelled grenade launcher with two rockets from the pirates off the coast.",
    ) == []
    # the same compound after both numbers: one thing counted two ways
    assert flags(
        "The navy seized one rocket-propelled grenade launcher from the pirates off the coast.",
        "The navy seized two rocket-propelled grenade launchers from the pirates off the coast.",
    ) == [("number", "one", "two")]


def test_a_sentence_of_an_earlier_time_is_not_compared_with_one_of_now():
    # "Earlier," / "last year": an earlier incident or a count since revised, not the other's fact
    assert flags(
        "Earlier, the company said it would cut 500 jobs at its plant in Harran.",
        "The company said it would cut 450 jobs at its plant in Harran.",
    ) == []
    assert flags(
        "The striker missed four games last season after surgery on his left knee.",
        "The striker missed two games after surgery on his left knee.",
    ) == []
    assert flags(
        "The company said it would cut 500 jobs at its plant in Harran.",
        "The company said it would cut 450 jobs at its plant in Harran.",
    ) == [("number", "500", "450")]
    # "originally from" inside a sentence says where someone comes from, no earlier time
    assert flags(
        "The climber, originally from Essex, fell 600 metres from the ridge near Harran.",
        "The climber fell 900 metres from the ridge near Harran.",
    ) == [("number", "600", "900")]


def test_a_date_dating_a_word_past_a_name_keeps_the_name():
    # "province of Aceh on Tuesday" / "West Papua province Wednesday": two provinces, two quakes
    assert flags(
        "A strong earthquake rattled the West Papua province Wednesday, the survey said.",
        "A strong earthquake rattled the province of Aceh on Tuesday, the survey said.",
    ) == []
    assert flags(
        "A strong earthquake rattled the province of Aceh on Wednesday, the survey said.",
        "A strong earthquake rattled the province of Aceh on Tuesday, the survey said.",
    ) == [("date", "Wednesday", "Tuesday")]


def test_a_date_after_the_same_name_on_both_sides_is_compared():
    # nothing but a name before both dates: the names are what is dated, the same place
    assert flags(
        "The navy patrolling the Gulf of Aden on Thursday thwarted an attack by pirates on merchant ships.",
        "A warship foiled a pirate attack on merchant ships in the Gulf of Aden on Friday.",
    ) == [("date", "Thursday", "Friday")]
