"""Kinds of names and only-in joins a reader of real pairs found wrong: a company's name inside a
longer product name, a saint and a saint's town, a company whose name opens with a place, a unit
after a figure, a region of a known place. Each with a negative."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities
from sidebyside.compare.only_in import match_entities


def kinds(text):
    return {e.text: e.kind for e in find_entities(text)}


def only_in(text_a, text_b):
    result = match_entities(find_entities(text_a), find_entities(text_b))
    return [{o.entity for o in side} for side in result.only_in]


def test_a_name_inside_a_longer_product_name_is_not_that_product():
    result = match_entities(
        find_entities("Researchers found a flaw affecting Intel HD Graphics drivers, which ship in most laptops."),
        find_entities("On Tuesday, Intel released a fix for the flaw, and Intel urged users to update."),
    )
    assert result.key_maps[1].get("intel") is None  # B's company is no short form of A's product
    assert "Intel HD Graphics" in {o.entity for o in result.only_in[0]}


def test_a_known_given_name_still_names_the_person_named_in_full():
    only = only_in(
        "Marta Lindquist testified on Monday about the crash.",
        "On Monday, Marta wept as she testified about the crash.",
    )
    assert only == [set(), set()]


def test_a_word_in_capitals_makes_a_name_no_persons():
    assert kinds("The flaw affects Intel HD Graphics chips.")["Intel HD Graphics"] != "person"
    # negative: a generation's mark and initials stay in a person's name
    assert kinds("Barack Obama said so on Monday.")["Barack Obama"] == "person"
    assert kinds("James W. McCord Jr. said he was paid.")["James W. McCord Jr"] == "person"


def test_a_company_whose_name_opens_with_a_state_is_no_person():
    assert kinds("Texas Instruments said it would cut 1,000 jobs.")["Texas Instruments"] == "organisation"
    found = kinds("The team is based in Houston. Houston Rockets center Yao Ming scored 30.")
    assert found["Houston Rockets"] == "organisation"
    # negatives: a place that is also a given name opens a person's name
    assert kinds("Paris Hilton said she was sorry.")["Paris Hilton"] == "person"
    assert kinds("Georgia Smith said she was sorry.")["Georgia Smith"] == "person"


def test_a_saint_named_in_full_is_a_person_and_a_saints_town_a_place():
    assert kinds("Pope Benedict canonized St. Katharine Drexel in 2000.")["St. Katharine Drexel"] == "person"
    assert kinds("The Cardinals won. St. Louis celebrated all night.")["St. Louis"] == "place"
    # negative: a saint's day is no town
    assert kinds("The St. Patrick's Day parade was cancelled.").get("St. Patrick") != "place"


def test_a_unit_after_a_figure_is_no_name():
    found = kinds("It has a 2.93 GHz processor and 1066 MHz memory.")
    assert "GHz" not in found and "MHz" not in found
    # negative: an acronym after a figure is still a name ("5 NATO members")
    assert kinds("Troops of 5 NATO members arrived.")["NATO"] == "organisation"


def test_a_code_with_a_figure_is_no_organisation():
    assert kinds("It supports 8GB of DDR3 memory.")["DDR3"] == "other"
    assert kinds("The FBI said it was investigating.")["FBI"] == "organisation"


def test_a_region_of_a_known_place_is_one_place():
    found = kinds("Cables linking Europe and South Asia were cut. Fires spread across Southern California.")
    assert found["South Asia"] == "place" and "Asia" not in found
    assert found["Southern California"] == "place"
    # negative: a compass word before a name that is no known place is left to the other rules
    assert kinds("She bought a North Face jacket.").get("North Face") != "place"


def test_a_place_off_a_coast_is_a_place():
    assert kinds("Three cables were cut off the coast of Sicily on Friday.")["Sicily"] == "place"
    # negative: "of" after a noun of no place names no place
    assert kinds("He is a critic of Morsi.").get("Morsi") != "place"


def test_a_short_name_of_a_region_is_a_naming_difference_not_an_omission():
    only = only_in("Outages hit the Mideast and India on Friday.", "Outages hit the Middle East and India on Friday.")
    assert only == [set(), set()]


def test_an_expo_is_an_event():
    assert kinds("It may be Apple's last Macworld Expo appearance.")["Macworld Expo"] == "event"


def test_a_saint_prefix_before_one_word_is_a_town_and_a_plural_makes_a_team():
    assert kinds("She moved to San Francisco with her husband.")["San Francisco"] == "place"
    assert kinds("Fans of the St. Louis Cardinals cheered.")["St. Louis Cardinals"] == "organisation"
    # negative: a longer name after "San" is left to the other rules, never a town
    assert kinds("The San Diego Chargers lost again.")["San Diego Chargers"] != "place"


def test_the_plural_of_an_abbreviation_is_no_name():
    found = kinds("Users of iChat IMs and owners of SUVs complained.")
    assert "IMs" not in found and "SUVs" not in found
    assert kinds("Users of iChat and the FBI complained.")["FBI"] == "organisation"


def test_a_given_name_of_either_sex_opens_a_persons_name():
    assert kinds("He has held a title since beating Chris Byrd for the IBF version.")["Chris Byrd"] == "person"
    # negative: a given name that is also a place the text names stays the place's
    assert kinds("The team is based in Houston. It beat the Houston Rockets.")["Houston Rockets"] != "person"


def test_a_name_without_its_head_is_the_same_only_in_item():
    only = only_in(
        "It may be Apple's last Macworld Expo appearance. The first announcement at Macworld today was a laptop.",
        "Apple unveiled a laptop on Tuesday.",
    )
    assert only[0] == {"Macworld Expo"}
    # negative: a longer name whose last word is no head keeps its first word apart
    only = only_in(
        "The flaw affects Intel HD Graphics drivers. On Tuesday, Intel said it would fix it.",
        "Apple unveiled a laptop on Tuesday.",
    )
    assert only[0] == {"Intel HD Graphics", "Intel"}


def test_a_given_name_before_common_nouns_is_no_persons_name():
    assert kinds("Apple introduced a new Mac Box Set on Tuesday.")["Mac Box Set"] != "person"


def test_a_town_is_not_folded_into_an_organisation_named_after_it():
    only = only_in(
        "Students marched in Boston on Friday. Boston University closed its gates.",
        "Apple unveiled a laptop on Tuesday.",
    )
    assert {"Boston", "Boston University"} <= only[0]


def test_a_surname_names_the_one_person_named_in_full_with_it():
    from sidebyside.compare.entities import surname_index

    index = surname_index(["katherine gomes", "gary gomes", "bashar al assad", "assad", "mark felt"])
    assert index["felt"] == "mark felt" and index["assad"] == "bashar al assad"
    assert index["gomes"] is None  # two people of one surname: neither
