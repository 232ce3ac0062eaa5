"""Only-in lists and entity kinds a reader of real pairs found misleading: a region named whole,
an abbreviated place word, an area's noun after its name, a college's longer and shorter name."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities
from sidebyside.compare.only_in import match_entities


def kinds(text):
    return {e.text: (e.kind, e.key) for e in find_entities(text)}


def match(text_a, text_b):
    result = match_entities(find_entities(text_a), find_entities(text_b))
    return set(result.shared), [{o.entity: o.kind for o in side} for side in result.only_in]


def test_an_abbreviated_place_word_is_the_name_written_in_full():
    assert kinds("They reached Mt. Everest at dawn.")["Mt. Everest"] == ("place", "mount everest")
    assert kinds("He moved to St. Louis in May.")["St. Louis"][1] == "saint louis"
    assert kinds("Flights to Ft. Lauderdale resumed.")["Ft. Lauderdale"][0] == "place"
    shared, only = match("Two climbers died on Mt Everest.", "A helicopter flew to Mount Everest.")
    assert shared == {"Mount Everest"} and only == [{}, {}]
    # a full stop after a word that is no such abbreviation still ends the sentence
    assert "Smith Louis" not in kinds("They met Smith. Louis said so.")


def test_a_region_named_whole_is_not_its_demonym_country():
    found = kinds("The quake struck off British Columbia on Saturday.")
    assert found["British Columbia"][0] == "place"
    assert all(key != "united kingdom" for _, key in found.values())
    assert kinds("British officials said the quake was felt in London.")["British"][1] == "united kingdom"


def test_an_area_noun_or_a_compass_word_makes_a_name_a_place():
    assert kinds("Fighting spread to Pariang county on Monday.")["Pariang"][0] == "place"
    assert kinds("Refugees fled Unity state.")["Unity"][0] == "place"
    assert kinds("South Kordofan was calm, officials said.")["South Kordofan"][0] == "place"
    # negatives: a compass word before a common word, a person whose surname is a compass word
    assert kinds("The North Face store opened.").get("North Face", ("other",))[0] != "place"
    assert kinds("Kanye West said he would tour.")["Kanye West"][0] == "person"
    assert kinds("The Southern Baptist Convention met.")["Southern Baptist Convention"][0] != "place"


def test_a_college_named_longer_and_shorter_is_one_organisation():
    found = kinds("He studied at George Peabody College in Nashville.")
    assert found["George Peabody College"][0] == "organisation"
    shared, only = match("He studied at George Peabody College in Nashville.", "Peabody College students marched.")
    assert "George Peabody College" in shared and not only[1]
    # two colleges of one town are two
    shared, only = match("She taught at Boston College.", "He taught at Emerson College in Boston.")
    assert "Boston College" in only[0] and "Emerson College" in only[1]


def test_a_town_that_is_also_a_given_name_opens_a_persons_name():
    assert kinds("Paris Hilton was arrested in Las Vegas on Friday.")["Paris Hilton"][0] == "person"
    assert kinds("Actor Paris Kyriakides told reporters he would appeal.")["Paris Kyriakides"][0] == "person"
    shared, only = match("Paris Hilton was jailed on Friday.", "The hotel heiress left Paris on Friday.")
    assert "Paris" not in shared and "Paris" in only[1] and only[0].get("Paris Hilton") == "person"
    # negatives: the town alone, the town before a common word or a name head
    assert kinds("She flew to Paris on Monday.")["Paris"] == ("place", "paris")
    assert kinds("Paris Match reported it.")["Paris"][0] == "place"
    assert kinds("Georgia Tech won the game.")["Georgia"][0] == "place"
    assert kinds("The Jordan Valley is hot.")["Jordan Valley"][0] == "place"


def test_two_words_written_as_one_name_no_person():
    assert kinds("Larry Ellison spoke at Oracle OpenWorld in San Francisco.")["Oracle OpenWorld"][0] != "person"
    assert kinds("He bought a Sony PlayStation.")["Sony PlayStation"][0] != "person"
    # negatives: surnames with an inner capital
    for name in ("Douglas MacArthur", "Mitch McConnell", "Tom DeLay", "Leonardo DiCaprio", "Kevin VanDam"):
        assert kinds(f"{name} said he would run.")[name][0] == "person", name


def test_a_town_opening_an_organisations_name_is_no_mention_of_the_town():
    shared, only = match("The New York Daily News reported the shooting.", "The shooting in New York left two dead.")
    assert "New York" not in shared and "New York" in only[1] and "New York Daily News" in only[0]
    # a country opening an organisation's name is still the country: its navy, its army
    assert "United States" in match("The US Navy said the ship sank.", "The United States said the ship sank.")[0]
    assert kinds("Turkish Armed Forces said.")["Turkish"][1] == "turkey"


def test_a_storm_is_an_event_named_alike_in_the_singular_and_the_plural():
    found = kinds("The coast was hit by Hurricane Georges in 1998.")
    assert found["Hurricane Georges"][0] == "event"
    shared, only = match("She served the coast after Hurricane Katrina.", "She rebuilt after Hurricanes Katrina and Rita.")
    assert "Hurricane Katrina" in shared or "Hurricanes Katrina" in shared
    # negatives: an organisation whose name opens with the word, a saint is no place
    assert kinds("The Storm Prediction Center said.")["Storm Prediction Center"][0] == "organisation"
    assert kinds("She admired St. Katharine Drexel.")["St. Katharine Drexel"][0] != "place"


def test_a_monsignor_is_a_title_not_a_name():
    found = kinds("Reporters spoke with Msgr. Michael L. Farmer on Monday.")
    assert "Msgr" not in found and found["Michael L. Farmer"][0] == "person"


def test_an_adjective_after_in_is_no_place():
    found = kinds("The plan to break in Democratic headquarters was hatched in Key Biscayne.")
    assert found.get("Democratic", ("other",))[0] != "place"
    # negatives: a place after "in", and before its own place noun
    assert kinds("Shops reopened in Woodburn on Monday.")["Woodburn"][0] == "place"
    assert kinds("He stayed in Yida camp for a year.")["Yida"][0] == "place"


def test_a_state_before_an_adjective_is_the_state_not_a_persons_name():
    found = kinds("Obama named a rural Alabama Catholic doctor.")
    assert found["Alabama"] == ("place", "alabama") and "Alabama Catholic" not in found
    shared, only = match("Obama named a rural Alabama Catholic doctor.", "The doctor has worked in Alabama since 1990.")
    assert "Alabama" in shared and not any(kind == "person" for kind in only[0].values())
    # negative: a given name that is also a state still opens a person's name
    assert kinds("Virginia Woolf wrote the novel.")["Virginia Woolf"][0] == "person"


def test_every_member_state_is_a_country():
    found = kinds("Immigrants from Vietnam, Cambodia and Laos make up a third; Laotian officials agreed.")
    assert found["Laos"] == ("place", "laos") and found["Laotian"] == ("place", "laos")
    assert kinds("Ecuador and Honduras voted no.")["Honduras"][0] == "place"
    # a city sharing a capital's name is not that capital's country
    assert kinds("He flew to San Jose, California.")["San Jose"][1] == "san jose"


def test_a_coast_an_archdiocese_and_a_vicar_general():
    found = kinds("She worked on the Gulf Coast. Michael Farmer, Vicar General of the Archdiocese of Mobile, said so.")
    assert found["Gulf Coast"][0] == "place" and "Coast" not in found
    assert found["Archdiocese of Mobile"][0] == "organisation"
    assert "Vicar" not in found and found["Michael Farmer"][0] == "person"
    # a country's demonym before a place's head stays a mention of the country
    assert kinds("Iraqi Kurdistan Region officials said.")["Iraqi"][1] == "iraq"


def test_the_united_states_written_with_spaced_stops_or_opening_a_sentence():
    found = kinds("The U. S. Surgeon General and the U. N. agreed.")
    assert found["U. S"][1] == "united states" and found["U. N"][1] == "un"
    assert kinds("U.S. officials said so.")["U.S"][1] == "united states"
    shared, only = match("U. S. officials said so.", "The United States said so.")
    assert "United States" in shared or "U. S" in shared
    # negatives: initials of a person stay a person's, the pronoun "us" is no country
    assert "j r" not in {key for _, key in kinds("J. R. Ewing said so.").values()}
    assert not kinds("Us too, she said.")


def test_a_common_nouns_possessive_inside_an_organisations_name():
    found = kinds("The rebels, or Sudan People's Liberation Army, hail from the south.")
    assert found["Sudan People's Liberation Army"][0] == "organisation"
    assert "Sudan People" not in found and "Liberation Army" not in found
    # negative: a person's possessive before an organisation is no part of its name
    found = kinds("The inquiry by Obama's Justice Department began.")
    assert "Justice Department" in found and not any("Obama's" in text for text in found)
