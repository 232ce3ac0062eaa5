"""Kinds of names a reader tells at a glance: a work's or a game's name is no person's, a role
before a given name is a title, two titles in capitals joined by "and" are two works; with the
negatives each rule must leave alone."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities


def kinds(text: str) -> dict[str, str]:
    return {e.text: e.kind for e in find_entities(text)}


def test_a_game_quoted_alone_with_no_sign_of_a_person_is_no_person():
    found = kinds('"Before the game the whole team is playing Xbox and \'Mortal Kombat,\'" Frasor said.')
    assert found.get("Mortal Kombat") == "other"


def test_a_film_in_brackets_after_its_writer_is_no_person():
    found = kinds("Lionsgate has a script from Simon Beaufoy (Slumdog Millionaire) that Ross has yet to revise.")
    assert found.get("Slumdog Millionaire") == "other"


def test_a_quoted_name_that_speaks_stays_a_person():
    found = kinds("'Mortal Kombat' said he would not come back.\n\nKombat, 45, lives in Rome.")
    assert found.get("Mortal Kombat") == "person"


def test_a_rare_name_with_no_work_cue_stays_as_it_was():
    # no quotation marks, no brackets, no "the film": nothing says a work, so nothing changes
    found = kinds("The coach praised Keiwan Ratliff after the game in Nashville.")
    assert found.get("Keiwan Ratliff") == "person"


def test_a_role_of_common_words_before_a_given_name_is_a_title():
    found = kinds("FBI Special Agent John Broadway testified that the leader ordered it.")
    assert found.get("John Broadway") == "person"
    assert "Special Agent John Broadway" not in found
    found = kinds("He killed U.S. Customs Agent David Wilhelm in the courthouse.")
    assert found.get("David Wilhelm") == "person"


def test_agent_with_no_given_name_after_it_is_no_title():
    found = kinds("Veterans exposed to Agent Orange sued the makers of the herbicide.")
    assert found.get("Agent Orange") != "person"


def test_a_place_before_a_title_stays_a_place():
    found = kinds("The outpost of former VP candidate and Alaska Governor Sarah Palin caught fire.")
    assert found.get("Alaska") == "place"
    assert found.get("Sarah Palin") == "person"


def test_two_titles_in_capitals_joined_by_and_are_two_works():
    found = kinds("Weitz went on to produce AMERICAN PIE and IN GOOD COMPANY starring Topher Grace.")
    assert found.get("AMERICAN PIE") == "other"
    assert found.get("IN GOOD COMPANY") == "other"
    assert "AMERICAN" not in found  # the demonym opens a title, it names no country here


def test_known_names_in_capitals_stay_what_they_are():
    assert kinds("He flew to NEW YORK on Monday.").get("NEW YORK") == "place"
    found = kinds("Troops of the UNITED NATIONS and the AFRICAN UNION arrived.")
    assert found.get("UNITED NATIONS") == "organisation"
    assert found.get("AFRICAN UNION") == "organisation"


def test_a_weekday_opening_a_sentence_is_no_part_of_the_name_after_it():
    found = kinds("Tuesday Mozilla released a new version of its browser.")
    assert "Tuesday Mozilla" not in found
    assert "Mozilla" in found


def test_a_place_that_is_also_a_given_name_before_a_surname_the_text_shows_speaking_is_a_person():
    found = kinds("Georgia Brown won the primary on Tuesday.\n\nThe result surprised her rivals, and Brown said she would run again.")
    assert found.get("Georgia Brown") == "person"


def test_a_place_before_a_common_word_with_no_speaker_stays_a_place():
    found = kinds("Georgia Power raised its rates.\n\nThe utility, Georgia Power said, will invest.")
    assert found.get("Georgia") == "place"
    assert "Georgia Power" not in found or found["Georgia Power"] != "person"
    assert kinds("Georgia Brown won the primary on Tuesday.").get("Georgia") == "place"


def test_a_demonym_and_common_words_are_one_name_not_a_fragment():
    found = kinds("Indian Naval Services (INS) Mysore, the Indian Naval destroyer on patrol, rescued a ship.")
    assert "Indian Naval Services" in found
    assert "Naval Services" not in found and "Naval" not in found
    assert found.get("Indian") == "place"
    # a title after a demonym is the person's, no name of words
    found = kinds("Iraqi Prime Minister Nouri al-Maliki said on Sunday.")
    assert found.get("Nouri al-Maliki") == "person" and "Iraqi Prime Minister" not in found


def test_a_business_named_after_a_place_is_one_name_mid_sentence():
    assert kinds("Staff at Fiji Island Auto, across the street, were told to leave.").get("Fiji Island Auto") == "other"
    found = kinds("said Faud Ali, owner of Fiji Islands Auto Repair, a business on the same street.")
    assert found.get("Fiji Islands Auto Repair") == "other"
    assert "Fiji" not in found


def test_a_place_opening_a_title_case_headline_stays_a_place():
    assert kinds("Turkey Backs Rebel Groups\n\nThe army moved.").get("Turkey") == "place"
