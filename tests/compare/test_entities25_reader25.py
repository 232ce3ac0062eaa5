"""Names and events the entity finder read where there were none, found on the pairs read in
the app (reader25.md): an event noun opening a compound ("riot police"), an event noun as a
state ("under attack"), a title's plural abbreviation ("Sens."), an outlet's one-word name that
is the surname of a person the article names ("Bloomberg" beside "Michael Bloomberg"), and a
team's last word alone ("Browns") beside its full name in the other article. Examples invented."""

from __future__ import annotations

import dataclasses

from sidebyside.compare.entities import find_entities
from sidebyside.compare.framing import analyse_framing
from sidebyside.compare.only_in import _team_short_forms

from .helpers import article


def found(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.kind, e.key) for e in find_entities(text)]


def only_in(text_a: str, text_b: str) -> tuple[set[str], set[str]]:
    a = dataclasses.replace(article(text_a), language="en")
    b = dataclasses.replace(article(text_b), language="en")
    result = analyse_framing(a, b).only_in
    return {o.entity for o in result[0]}, {o.entity for o in result[1]}


def test_an_event_noun_opening_a_compound_names_no_event():
    assert not [e for e in found("Dockers faced riot police outside the Varna terminal for hours.") if e[1] == "event"]
    assert not [e for e in found("Crews in strike gear gathered at the Varna gate.") if e[1] == "event"]


def test_the_event_noun_alone_or_plural_stays_an_event():
    assert ("riots", "event", "event:riots") in found("The riots spread to the Varna harbour after midnight.")
    assert [e for e in found("The riot lasted hours before the police came.") if e[1] == "event"]


def test_under_attack_is_a_state_no_event():
    assert not [e for e in found("Quillan was under near-constant attack last month.") if e[1] == "event"]
    assert not [e for e in found("The Varna depot came under attack on Sunday.") if e[1] == "event"]
    assert not [e for e in found("Rarely has wealth been under such fierce attack in Varna.") if e[1] == "event"]


def test_an_attack_told_stays_an_event():
    assert [e for e in found("The attack on the Varna depot killed two guards.") if e[1] == "event"]
    assert [e for e in found("Guards were killed under cover of night in an attack on the depot.") if e[1] == "event"]


def test_a_plural_title_abbreviation_is_no_name():
    names = [e[0] for e in found("Two rivals, Sens. Marta Quillan and Tobias Renk, have struggled.")]
    assert "Sens" not in names and "Marta Quillan" in names


def test_a_plural_word_that_is_no_title_stays():
    names = [e[0] for e in found("The Gators beat the Owls. Coach Ilse Marr praised them.")]
    assert "Gators" in names


def test_an_outlets_name_that_is_a_named_persons_surname_is_that_person():
    text = "Michael Bloomberg entered the race late. Quillan and Bloomberg are courting the same donors."
    mentions = [(e.text, e.kind, e.key) for e in find_entities(text) if e.text == "Bloomberg"]
    assert mentions == [("Bloomberg", "person", "michael bloomberg")]


def test_an_outlet_with_no_person_of_its_name_stays_the_outlet():
    mentions = [e for e in find_entities("Bloomberg reported that the Varna bank would close.") if e.text == "Bloomberg"]
    assert mentions and all(e.kind == "organisation" for e in mentions)


def test_a_teams_last_word_alone_is_its_short_form():
    a, b = only_in("The Browns lost on Sunday. The Browns kicker missed twice, Ilse Marr said.",
                   "The Cleveland Browns lost on Sunday. The Cleveland Browns kicker missed twice, Ilse Marr said. "
                   "Grades: PFF CLE Browns.")  # (a second name ending in "Browns", written once)
    assert "Cleveland Browns" not in b and "Browns" not in a


def test_a_teams_short_form_beats_a_surname_read_of_another_name():
    # "Tolle Quade Browns" stands in a credit line the finder may read as a person's name
    a, b = only_in("The Browns lost on Sunday. The Browns kicker missed twice, Ilse Marr said.",
                   "The Cleveland Browns lost on Sunday. The Cleveland Browns kicker missed twice, Ilse Marr said. "
                   "Grades by Tolle Quade Browns, November 2.")
    assert "Cleveland Browns" not in b and "Browns" not in a


def test_a_plural_surname_stays_apart_from_the_person():
    a, b = only_in("Tomas Brown and Ella Brown spoke. The Browns left Varna on Sunday.",
                   "Tomas Brown spoke in Varna on Sunday.")
    assert "Tomas Brown" not in a | b  # shared, not taken for "the Browns"
    ents_a = find_entities("The Browns left Varna on Sunday.")
    ents_b = find_entities("Tomas Brown spoke in Varna on Sunday.")
    assert _team_short_forms(ents_a, ents_b) == {}


def test_a_name_making_a_things_name_is_no_mention_of_its_bearer():
    names = [e[0] for e in found("Protesters in Varna were throwing Molotov cocktails and rocks.")]
    assert "Molotov" not in names and "Varna" in names
    assert "Achilles" not in [e[0] for e in found("Renk was lost to a season-ending Achilles' injury.")]


def test_the_bearer_named_stays():
    names = [e[0] for e in found("Foreign minister Vyacheslav Molotov signed the pact. Molotov said it would hold.")]
    assert names.count("Molotov") == 1 and "Vyacheslav Molotov" in names
