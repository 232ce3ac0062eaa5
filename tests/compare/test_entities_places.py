"""Places and buildings the entity finder types: a town with its state, numbered streets,
buildings and sites by their head noun, a name after "the" that no person takes."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities
from sidebyside.compare.only_in import match_entities


def by_text(text):
    return {e.text: e for e in find_entities(text)}


def test_a_town_and_its_state_abbreviation_are_one_place():
    text = "LaRue died in a Biloxi, Miss., motel room. Flynn of Fort Smith, Ark. was shot."
    ents = by_text(text)
    assert ents["Biloxi, Miss"].kind == "place"
    assert ents["Biloxi, Miss"].key == "biloxi"  # the same place as a plain "Biloxi"
    assert ents["Fort Smith, Ark"].key == "fort smith"
    assert "Miss" not in ents and "Ark" not in ents  # never a name of their own
    for e in find_entities(text):
        assert text[e.start : e.end] == e.text


def test_a_state_abbreviation_is_a_state_only_after_a_town_and_a_comma():
    ents = find_entities("Miss. Smith said she would go. Mass. was held on Sunday in Boston, the city said.")
    assert all(e.key not in ("mississippi", "massachusetts") and "," not in e.text for e in ents)


def test_a_state_written_alone_is_a_place_but_a_given_name_stays_a_person():
    ents = by_text("Officials said Oregon has a new law. Virginia Smith lives in Portland.")
    assert ents["Oregon"].kind == "place"
    assert ents["Virginia Smith"].kind == "person"


def test_a_state_inside_a_longer_name_keeps_the_name_whole():
    ents = by_text("The Indianapolis Colts beat the Kansas City Chiefs 20-13.")
    assert "Kansas City Chiefs" in ents


def test_a_numbered_street_is_a_place():
    ents = by_text("She was hit at 97th Avenue and 117th Street in Richmond Hill.")
    assert ents["97th Avenue"].kind == "place"
    assert ents["117th Street"].kind == "place"
    assert "Street" not in ents and "Avenue" not in ents


def test_a_building_or_site_named_by_its_head_is_no_person():
    ents = by_text("A blaze destroyed the old Matanuska Maid Dairy warehouse. The Yida Refugee Camp in South Sudan was bombed.")
    assert ents["Matanuska Maid Dairy"].kind == "place"
    assert ents["Yida Refugee Camp"].kind == "place"
    # a surname that is also a building's word is still a person's
    assert by_text("Robert Plant and John Tower spoke.")["John Tower"].kind == "person"


def test_a_venue_named_after_its_owner_keeps_all_its_words():
    ents = by_text("Two women were killed at High's Ice Cream Shop in 1967.")
    assert ents["High's Ice Cream Shop"].kind == "place"
    assert "High" not in ents


def test_a_name_after_the_is_no_person():
    ents = by_text("Crowds walked down the Champs Elysees on Friday.")
    assert ents["Champs Elysees"].kind == "place"
    # but a name modifying a noun after "the" is still a person's ("the Hasim Rahman fight")
    assert by_text("Fans watched the Hasim Rahman fight.")["Hasim Rahman"].kind == "person"


def test_a_building_is_one_place_under_a_shorter_and_a_longer_name():
    a = find_entities("The game was played at Jacksonville Municipal Stadium on Thursday.")
    b = find_entities("Fans filled Municipal Stadium to see the Colts win.")
    match = match_entities(a, b, ("A", "B"), ("", ""))
    assert match.key_maps[1].get("municipal stadium") == "jacksonville municipal stadium"
    # a town's longer name is somewhere else: "Los Angeles County" is not "Los Angeles"
    a = find_entities("He lived in Los Angeles County for years.")
    b = find_entities("He lived in Los Angeles for years.")
    match = match_entities(a, b, ("A", "B"), ("", ""))
    assert "los angeles" not in match.key_maps[1] and "los angeles county" not in match.key_maps[0]


def test_a_weekday_after_a_name_dates_it_and_is_no_part_of_it():
    ents = by_text("A woman was struck outside the Bloomington Sam's Club Wednesday night, police said.")
    assert "Bloomington Sam's Club" in ents
    assert not any("Wednesday" in t for t in ents)


def test_a_town_is_no_shorter_name_of_a_building_named_after_it():
    a = find_entities("He was held at the Los Angeles County Jail for a week.")
    b = find_entities("Officers said Los Angeles police would not comment.")
    match = match_entities(a, b, ("A", "B"), ("", ""))
    assert "los angeles" not in match.key_maps[1]


def test_a_town_before_its_state_or_country_is_a_place_and_a_person_stays_one():
    ents = by_text("Felt died in Santa Rosa, California, on Thursday. Klitschko won in Mannheim, Germany.")
    assert ents["Santa Rosa"].kind == "place" and ents["California"].kind == "place"
    assert ents["Mannheim"].kind == "place"
    # a name before a state's possessive is someone of that state
    ents = by_text("Tyler Hansbrough scored. Hansbrough, North Carolina's new career scoring leader, spoke.")
    assert ents["Tyler Hansbrough"].kind == "person"
    assert all(e.kind != "place" for e in find_entities("Hansbrough, North Carolina's new scoring leader, spoke.")
               if e.text == "Hansbrough")


def test_a_time_zone_is_no_organisation_but_a_name_in_capitals_still_is():
    ents = by_text("The launch is set for 12:00 GMT on Friday. Trading resumed at 9 a.m. EDT, NATO said.")
    assert "GMT" not in ents and "EDT" not in ents
    assert ents["NATO"].kind == "organisation"
    match = match_entities(find_entities("The blast came at 14:00 GMT in Kabul."),
                           find_entities("The blast came at 2 p.m. in Kabul."))
    assert "Kabul" in match.shared and not match.only_in[0]


def test_a_name_ending_in_a_landform_word_is_a_place_not_a_person():
    # "Creek", "Falls", "Springs", "Beach", "Canyon" end place names (the gazetteer's name heads):
    # "plays at Walnut Creek" was read as a person called Walnut Creek
    ents = by_text("The band plays at Walnut Creek on Friday. Sioux Falls police and Long Beach fans cheered.")
    assert ents["Walnut Creek"].kind == "place"
    assert ents["Sioux Falls"].kind == "place"
    assert ents["Long Beach"].kind == "place"


def test_a_person_whose_name_holds_no_landform_word_stays_a_person():
    ents = by_text("Tom Walnut plays on Friday, said Anna Creekmore.")
    assert ents["Tom Walnut"].kind == "person"
    assert ents["Anna Creekmore"].kind == "person"
