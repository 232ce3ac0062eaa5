"""Kinds of names and names cut or glued, found on the pairs read in the app (reader26.md): a
sports statistic's verb and a heart attack read as events, a hospital named after a person read
as the person, a league's rounds and divisions and a college named after a state read as places,
an award read as a body, a rank without full stops glued to a name, a body's name cut before a
known body's, a title read as a body's organ; and, in the only-in list, the outlet a dateline
names and a body's short form. Examples invented."""

from __future__ import annotations


from sidebyside.compare.entities import find_entities
from sidebyside.compare.only_in import dateline_sources

from .helpers import only_in_kinds as only_in


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.kind) for e in find_entities(text)]


def kinds_of(text: str, name: str) -> set[str]:
    return {e.kind for e in find_entities(text) if e.text == name}


# ------------------------------------------------------------------ events


def test_a_shooting_percentage_is_no_event():
    assert not [e for e in found("In 90 games he averaged 12 points while shooting 51 percent from the field.") if e[1] == "event"]
    assert not [e for e in found("Police said he fled after bombing the Varna bridge.") if e[1] == "event"]


def test_a_shooting_told_stays_an_event():
    assert ("shooting", "event") in found("The shooting killed three people in Varna.")
    assert ("shooting", "event") in found("A shooting 3 miles away left two dead.")


def test_a_heart_attack_is_no_event():
    assert not [e for e in found("He had a moderate risk of a heart attack, doctors said.") if e[1] == "event"]
    assert not [e for e in found("The airline started a price war in Varna.") if e[1] == "event"]


def test_an_attack_beside_a_heart_attack_stays_an_event():
    assert [e for e in found("He died of a heart attack a week after the attack on the depot.") if e[1] == "event"] == [("attack", "event")]


def test_an_event_verb_ending_its_clause_after_to_is_no_event():
    assert not [e for e in found("It was an opening for the moderates Orr and Pike to attack. Then they met.") if e[1] == "event"]
    assert not [e for e in found("Dockers voted to strike, officials said.") if e[1] == "event"]


def test_a_noun_that_is_no_verb_after_to_stays_an_event():
    assert ("war", "event") in found("They went to war. Then it ended.")


# ------------------------------------------------------------------ kinds


def test_a_hospital_named_after_a_person_is_no_person():
    assert kinds_of("Tom Rell made an unscheduled trip to Walter Reed hospital on Saturday.", "Walter Reed") == {"organisation"}
    assert kinds_of("He landed at John Wayne international airport.", "John Wayne") == {"place"}


def test_a_person_before_other_nouns_stays_a_person():
    assert kinds_of("Walter Reed said he would go to the hospital.", "Walter Reed") == {"person"}
    assert kinds_of("Tom Rell's hospital bill was paid.", "Tom Rell") == {"person"}


def test_a_leagues_rounds_and_divisions_are_no_places():
    text = "Under Brown, Pike helped guide the Owls to a spot in the NBA Finals, and his squad tied for second in the Pacific Division."
    assert kinds_of(text, "NBA Finals") == {"event"}
    assert kinds_of(text, "Pacific Division") == {"organisation"}


def test_a_college_named_after_a_state_is_no_place():
    assert kinds_of("He was a three-time team MVP at Elm State.", "Elm State") == {"organisation"}
    assert kinds_of("The 1978 product of West Elm State joined the Owls.", "West Elm State") == {"organisation"}


def test_a_state_named_so_stays_a_place():
    assert kinds_of("Troops moved into Rakhine State on Monday.", "Rakhine State") == {"place"}
    assert kinds_of("Clashes broke out at Rakhine State border posts.", "Rakhine State") == {"place"}


def test_an_award_is_no_body():
    assert kinds_of("He was a three-time team MVP at Elm State.", "MVP") == {"other"}
    assert kinds_of("He was a four-year starter and three-time team MVP in college.", "MVP") == {"other"}


def test_a_body_before_a_noun_or_after_a_verb_stays_a_body():
    assert kinds_of("Pike logged an impressive 15-year NBA career.", "NBA") == {"organisation"}
    assert kinds_of("The NBA said the game would go on.", "NBA") == {"organisation"}


# ------------------------------------------------------------------ names cut or glued


def test_a_rank_without_full_stops_is_no_part_of_the_name():
    assert ("Aron Vesk", "person") in found("Lawmakers grilled Lt Col Aron Vesk, a specialist.")
    assert ("Ilse Marr", "person") in found("Cmdr Ilse Marr spoke on Monday.")


def test_a_generation_is_no_rank():
    assert ("Gen Z", "other") in found("Gen Z voters backed Rell.")


def test_a_bodys_name_is_not_cut_before_a_known_body():
    names = found("He is a specialist on the National Security Council (NSC), officials said.")
    assert ("National Security Council", "organisation") in names and ("Security Council", "organisation") not in names
    assert ("National Security Council", "organisation") in found("National Security Council officials met.")


def test_the_known_body_alone_stays_itself():
    assert ("Security Council", "organisation") in found("The Security Council met on Monday.")
    assert ("UN Security Council", "organisation") in found("The UN Security Council met on Monday.")


def test_a_title_after_a_body_is_no_organ_of_it():
    names = found("White House Press Secretary Lina Farr spoke later.")
    assert ("White House", "organisation") in names and ("Lina Farr", "person") in names
    assert not [n for n in names if n[0] == "White House Press"]


def test_an_organ_named_in_full_stays_one_name():
    assert ("White House Press Office", "organisation") in found("The White House Press Office said no.")


# ------------------------------------------------------------------ only-in


def test_the_outlet_a_dateline_names_is_no_omission():
    a, b = only_in("(NNN)Tom Rell made an unscheduled trip on Saturday. Aides told NNN that he was well.",
                   "Tom Rell made a trip on Saturday, the White House said.")
    assert "NNN" not in a


def test_a_body_named_in_the_story_stays_an_omission():
    a, b = only_in("Tom Rell made an unscheduled trip on Saturday. Aides told NNN that he was well.",
                   "Tom Rell made a trip on Saturday, the White House said.")
    assert "NNN" in a


def test_datelines_name_their_sources():
    assert dateline_sources("WASHINGTON (AP) — New uncertainty hangs over the race.") == {"ap"}
    assert dateline_sources("Varna, Nov 20 (PTI) The White House said.") == {"pti"}
    assert dateline_sources("Ilse Marr (R) said no.\n\nHe said (quietly) that it was over.") == set()


def test_a_bodys_short_form_folds_into_its_full_name():
    a, _ = only_in("The House Select Committee on Trade met. Tim Orr testified before the powerful House Committee.",
                   "Tim Orr testified on Monday.")
    assert "House Select Committee on Trade" in a and "House Committee" not in a


def test_a_body_without_the_first_word_is_another_body():
    a, _ = only_in("The National Grain Council met. The Grain Council of Varna met too.",
                   "Tim Orr testified on Monday.")
    assert "National Grain Council" in a and "Grain Council of Varna" in a
