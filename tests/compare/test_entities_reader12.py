"""Entity kinds and only-in items a reader of real same-event pairs found wrong: a technical
abbreviation typed an organisation, a country inside a company's name listed as the country, a
region's compass adjective listed as a second region."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities
from sidebyside.compare.framing import analyse_framing
from sidebyside.compare.only_in import match_entities

from .helpers import article


def kinds(text):
    return {e.text: (e.kind, e.key) for e in find_entities(text)}


def match(text_a, text_b):
    result = match_entities(find_entities(text_a), find_entities(text_b))
    return set(result.shared), [{o.entity: o.kind for o in side} for side in result.only_in]


def test_an_abbreviation_naming_a_kind_of_thing_is_no_organisation():
    found = kinds("He plugged in a USB drive. The laptop has an HDD and the CPU upgrade helps. The DRM scheme failed.")
    assert found["USB"][0] == "other" and found["HDD"][0] == "other"
    assert found["CPU"][0] == "other" and found["DRM"][0] == "other"
    # negatives: a body's people after it, an abbreviation used as a name, one the text expands
    found = kinds("SPLA troops and an SPLA soldier crossed. The SPLM said. XYZ said on Monday it would sue.")
    assert found["SPLA"][0] == "organisation" and found["SPLM"][0] == "organisation"
    assert found["XYZ"][0] == "organisation"
    found = kinds("The Kurdistan Workers' Party (PKK) attacked. A PKK statement followed.")
    assert {kind for text, (kind, _) in found.items() if text.startswith("PKK")} == {"organisation"}


def test_a_country_opening_a_companys_name_is_no_mention_of_the_country():
    found = kinds("France Telecom said on Monday that profits rose.")
    assert found["France Telecom"][0] == "organisation" and "France" not in found
    shared, only = match("France Telecom cut jobs.", "The strike spread across France.")
    assert "France" not in shared and "France" in only[1]
    # negatives: a country's own body, a demonym before a body, still mention the country
    assert kinds("The US Navy said the ship sank.")["US"][1] == "united states"
    assert kinds("The Turkish Armed Forces moved.")["Turkish"][1] == "turkey"


def test_a_compass_adjective_and_its_compass_word_name_one_region():
    shared, only = match("Fighting in South Kordofan went on.", "Refugees fled Southern Kordofan on Monday.")
    assert shared == {"South Kordofan"} or shared == {"Southern Kordofan"}
    assert only == [{}, {}]
    # negatives: another compass word is another region; a compass word alone is no region's name
    shared, only = match("Fighting in North Kordofan went on.", "Refugees fled Southern Kordofan on Monday.")
    assert not shared and only[0] and only[1]


def test_a_rarer_word_opening_a_sentence_is_no_name():
    found = kinds("Undersea cables were cut on Friday. Severing a main cable could take weeks.")
    assert "Undersea" not in found and "Severing" not in found
    # negative: a name opening a sentence before a verb
    assert "Golding" in kinds("Golding said the cable was cut.")


def test_common_words_around_a_title_are_no_name():
    found = kinds("Heavyweight Champion, Wladimir Klitschko, beat former 2-Time Heavyweight Champion, Hasim Rahman.")
    assert set(found) == {"Wladimir Klitschko", "Hasim Rahman"}
    found = kinds("He was named Vice President of Worldwide Marketing at Apple.")
    assert "Worldwide Marketing" not in found
    # negatives: a body before the title, a country after its "of", are names
    assert kinds("He faces WBA Champion, Nikolay Valuev.")["WBA"][0] == "organisation"
    assert kinds("The President of Syria spoke on Monday.")["Syria"][0] == "place"


def test_a_subheading_in_capitals_is_no_organisation():
    found = kinds("Protesters marched on Monday.\nBLOW TO GOVERNMENT\nThe EU aid was meant to help.")
    assert "GOVERNMENT" not in found and found["EU"][0] == "organisation"
    # negative: a word in capitals inside a sentence is an abbreviation
    assert "AIDS" in kinds("Funds for AIDS research rose.")


def test_a_numeral_after_a_names_head_leaves_the_head_its_kind():
    assert kinds("She was a pinup in World War II.")["World War II"][0] == "event"
    # negative: a person's regnal numeral leaves the person a person
    assert kinds("Pope Benedict XVI met the Queen.")["Benedict XVI"][0] == "person"


def test_a_title_before_of_is_no_part_of_the_bodys_name():
    found = kinds("Michael Hutchins, executive director and CEO of The Wildlife Society, said.")
    assert found["Wildlife Society"] == ("organisation", "wildlife society")
    # negative: a title word that opens an institution's name stays in it
    assert kinds("The General Hospital opened on Monday.")["General Hospital"][0] == "organisation"


def test_a_product_named_with_a_noun_of_people_is_no_place():
    assert kinds("The flaw in Internet Explorer was patched.")["Internet Explorer"][0] == "other"
    # negative: a place whose name ends in such a noun but is no run of English words
    assert kinds("He lives in Notre Dame now.")["Notre Dame"][0] == "place"


def test_a_capital_inside_a_word_no_surname_has_makes_no_persons_name():
    assert kinds("Nvidia GeForce cards ship soon.")["Nvidia GeForce"][0] == "other"
    # negatives: surnames and given names written with a capital inside
    found = kinds("Joseph McCarthy and Tom DeLay met Leonardo DiCaprio, Mary MacArthur said.")
    assert {found[n][0] for n in ("Joseph McCarthy", "Tom DeLay", "Leonardo DiCaprio", "Mary MacArthur")} == {"person"}


def test_two_bodies_joined_by_and_are_two_names():
    found = kinds("Biologists in the Fish and Wildlife Service and National Marine Fisheries Service sign off.")
    assert {"Fish and Wildlife Service", "National Marine Fisheries Service"} <= set(found)
    # negative: "and" inside one body's name
    assert "Environment and Public Works Committee" in kinds("The Environment and Public Works Committee met.")


def test_areas_named_by_a_plural_noun_after_them_are_places():
    found = kinds("Parts of Alexandria and Suez governorates were hit.")
    assert found["Alexandria"][0] == "place" and found["Suez"][0] == "place"
    # negative: a plural noun of no area
    assert kinds("Parts of Alexandria and Suez residents were hit.").get("Suez", ("other",))[0] != "place"


def test_a_sum_in_a_currencys_short_form_is_no_name():
    assert kinds("He earns 900 (Dh4,275) a month after a 110 billion (Dh472.72bn) bailout.") == {}
    # negative: a model's letters and figures
    assert kinds("An Airbus A380 landed.")["Airbus A380"][0] == "other"


def test_a_region_after_a_place_and_a_comma_is_a_place():
    assert kinds("He was arrested, police in Palermo, Sicily, said on Wednesday.")["Sicily"][0] == "place"
    # negative: a person in apposition after a place
    assert kinds("Police in Palermo, Jones, a lawyer, said.")["Jones"][0] != "place"


def test_a_relatives_given_name_is_a_person():
    found = kinds("He died when his wife, Celeste, heard shots. Her son Jacob ran.")
    assert found["Celeste"][0] == "person" and found["Jacob"][0] == "person"
    # negative: after a noun of things
    assert kinds("He drove his car, Bessie, home.").get("Bessie", ("other",))[0] != "person"


def test_no_name_inside_a_phone_number_or_an_adjective_made_of_an_event():
    assert kinds("Call 877-LAPD-24-7 with tips.") == {}
    assert kinds("The assassination-style murder shocked the town.") == {}
    # negative: the event noun alone
    assert kinds("The assassination shocked the town.")["assassination"][0] == "event"


def test_a_plural_possessive_opening_a_buildings_name_keeps_it_whole():
    assert kinds("He worked at the Men's Central Jail.")["Men's Central Jail"][0] == "place"


def _contrast_labels(text_a, text_b):
    found = analyse_framing(article(text_a), article(text_b)).label_contrasts
    return {c.entity: ({m.text for m in c.a}, {m.text for m in c.b}) for c in found}


def test_a_city_with_its_state_or_as_a_dateline_is_no_team():
    team_b = "The Broncos beat the San Diego Chargers 20-13. The Chargers had rallied."
    game = "The Broncos beat the Chargers on Sunday. {} managed a field goal. The Chargers lost again."
    for text_a in ("SAN DIEGO (AP) - " + game.format("San Diego"), game.format("San Diego, Calif.,"),
                   game.format("San Diego, California,")):
        found = _contrast_labels(text_a, team_b)
        assert found["San Diego Chargers"][0] == {"Chargers"}
    # negative: the city named for its team, with no sign of the city
    found = _contrast_labels(game.format("San Diego"), team_b)
    assert "San Diego" in found["San Diego Chargers"][0]


def test_a_place_inside_a_longer_places_name_is_no_mention_of_it():
    found = kinds("Famine hit the Horn of Africa again.")
    assert found == {"Horn of Africa": ("place", "horn of africa")}
    shared, only = match("Famine hit the Horn of Africa again.", "Aid groups across Africa appealed for funds.")
    assert not shared and "Africa" in only[1]
    # negatives: a title before "of" leaves the place a place; so does a common noun
    assert kinds("The visit of the King of Spain ended.")["Spain"][0] == "place"
    assert kinds("He is a critic of Russia.")["Russia"][0] == "place"


def test_a_title_in_quotation_marks_is_one_name():
    found = kinds('She starred in "Bathing Beauty," "Take Me Out to the Ball Game" and "Million Dollar Mermaid."')
    assert set(found) == {"Bathing Beauty", "Take Me Out to the Ball Game", "Million Dollar Mermaid"}
    # negative: a quoted sentence keeps the names in it
    assert kinds('He said "the talks with Iran and Syria are over" on Monday.')["Syria"][0] == "place"


def test_a_country_also_given_to_people_after_a_given_name_is_a_surname():
    found = kinds("Antawn Jamison, Michael Jordan and Rashad McCants failed to pass him.")
    assert found["Michael Jordan"][0] == "person" and "Jordan" not in found
    # negatives: the country after "of", and a country no one is named after a given name
    assert kinds("King Abdullah of Jordan said so.")["Jordan"][0] == "place"
    assert kinds("He asked Michael Syria questions.").get("Syria", ("place",))[0] == "place"
