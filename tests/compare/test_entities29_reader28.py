"""Only-in as reader28.md found it wrong or useless: names given the wrong kind (a crime
syndicate and an armed group as people, a body's name cut to a place, a government as a place,
products as people), words that are no names ("TV", "Rebranded", "Semitism"). Examples invented
(the places are real, for the place finder); each with a negative."""

from __future__ import annotations

import dataclasses

from sidebyside.compare.entities import find_entities
from sidebyside.compare.framing import analyse_framing

from .helpers import article

NEUTRAL = "The council met on Monday.\n\nIt approved the budget, officials said."


def only_in(text_a: str, text_b: str = NEUTRAL) -> tuple[dict[str, str], dict[str, str]]:
    a = dataclasses.replace(article(text_a), language="en")
    b = dataclasses.replace(article(text_b), language="en")
    result = analyse_framing(a, b).only_in
    return {o.entity: o.kind for o in result[0]}, {o.entity: o.kind for o in result[1]}


def kinds(text: str) -> dict[str, str]:
    return {e.text: e.kind for e in find_entities(text)}


# ------------------------------------------------------------------ words that are no names

def test_tv_in_capitals_is_a_thing_no_body():
    a, _ = only_in("In their first TV debate of the election on Tuesday, the two leaders clashed live on TV.")
    assert "TV" not in a
    assert kinds("The DNA matched, police said.").get("DNA") != "organisation"


def test_an_abbreviation_of_a_body_stays_a_body():
    found = kinds("NATO met on Monday; the FBI and the UN sent envoys.")
    assert found["NATO"] == found["FBI"] == found["UN"] == "organisation"


def test_a_rare_past_participle_opening_a_sentence_is_no_name():
    a, _ = only_in("Rebranded to resemble a neutral fact-checking account, it posted a series of tweets during the debate.")
    assert "Rebranded" not in a
    assert "Unmasked" not in kinds("Unmasked by police, the man fled.")


def test_a_surname_in_ed_opening_a_sentence_stays_a_name():
    found = find_entities("Vance Sayed met them. Sayed to lead the talks.")
    assert [e.kind for e in found] == ["person", "person"]


def test_a_doctrine_after_a_hyphened_prefix_is_no_name():
    a, _ = only_in("Dan Rell is accused by critics of failing to clamp down on anti-Semitism within his party.")
    assert "Semitism" not in a and "Dan Rell" in a
    assert "Kremlin" in kinds("He holds pro-Kremlin views.")  # a name after a prefix stays


# ------------------------------------------------------------------ wrong kinds

def test_a_known_crime_syndicate_is_an_organisation():
    a, _ = only_in("The boss was caught on wiretaps discussing Cosa Nostra's new hierarchy.")
    assert a["Cosa Nostra"] == "organisation"


def test_a_name_known_as_takes_the_kind_of_the_noun_before():
    a, _ = only_in("The army has been training the rebel forces known as Liwa al Nasr, or LaN, to fight the militants.")
    assert a["Liwa al Nasr"] == "organisation"
    assert kinds("The singer known as Vell Dorin said he would tour.")["Vell Dorin"] == "person"


def test_a_name_known_as_after_a_name_is_one_thing():
    a, _ = only_in("The Orlo camp, also known as the Berm, lies in the desert.")
    assert len(a) == 1 and "Berm" not in a
    found = find_entities("Rell Holdings, also known as Orbit, said it would sell.")
    assert len({e.key for e in found}) == 1
    # two names with other words between them are two things
    found = find_entities("Ada Moss met the singer known as Vell Dorin.")
    assert len({e.key for e in found}) == 2


def test_a_bodys_name_with_in_is_whole_and_no_place():
    text = "Ada Moss, program administrator for the Families in Towns Project at Harlow University, said the camp was quiet."
    a, _ = only_in(text)
    assert a["Families in Towns Project"] == "organisation" and "Towns Project" not in a
    found = kinds("The Americans in Paris said they would stay.")
    assert found["Paris"] == "place"


def test_the_government_of_a_country_is_a_body():
    a, _ = only_in("The agency is working with the coalition as well as the Government of Jordan to reach the shelters.")
    assert a["Government of Jordan"] == "organisation"
    assert kinds("He toured the Horn of Africa.")["Horn of Africa"] == "place"


def test_products_and_models_are_no_people():
    text = "T-Mobile will sell the BlackBerry Curve 8900 next month, and the Curve 8900 supports Wi-Fi."
    assert all(e.kind != "person" for e in find_entities(text) if "Curve" in e.text)
    for text in ("Police found the car, a Delmont Arrow, abandoned.", "He drove a Delmont Arrow to work.",
                 "The car Delmont Arrow sold well.", "The company's Delmont Arrow model sold well."):
        assert kinds(text)["Delmont Arrow"] != "person", text


def test_people_after_a_role_or_named_again_stay_people():
    assert kinds("His lawyer John Smith said the deal was fair.")["John Smith"] == "person"
    found = find_entities("Lawrence Vell met them. Vell said no.")
    assert [e.kind for e in found] == ["person", "person"]
