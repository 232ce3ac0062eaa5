"""Gatherings as events, and a named event told by its noun (naming/events.py,
event_classes.named_event_across). Hand-written text, with negatives."""

from __future__ import annotations

from .helpers import chain_of, naming_chains, naming_contrasts


def _chains(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in naming_chains(text)[2].refs:
        out.setdefault(r.chain, []).append(r.text)
    return out


def test_a_gathering_is_an_event_candidate():
    found = _chains("Thousands attended the concert on Friday. The charity gala raised money. The rally ended.")
    assert found["event:concert"] == ["the concert"]
    assert found["event:gala"] == ["The charity gala"]
    assert found["event:rally"] == ["The rally"]


def test_the_noun_of_a_named_event_joins_the_name():
    found = chain_of("The Brightwater Festival was cancelled on Friday. The festival will return next year.")
    assert "The festival" in found["Brightwater Festival"]
    found = chain_of("The Rome Summit opened on Friday. Leaders said the summit was a success.")
    assert "the summit" in found["Rome Summit"]


def test_the_noun_joins_no_name_when_two_end_in_it():
    found = _chains("The Cannes Film Festival and the Venice Film Festival opened. The festival was busy.")
    assert found["event:festival"] == ["The festival"]


def test_a_fire_service_is_not_the_fire():
    # "fire" is an event noun, but no head of event names: "Palmer Fire" is a fire service
    found = _chains("Crews from Palmer Fire fought a blaze on Tuesday. The fire was out by noon.")
    assert not any("The fire" in texts and "Palmer Fire" in texts for texts in found.values())


def test_a_named_event_and_its_noun_alone_across_are_one_referent():
    found = naming_contrasts("The Brightwater Festival was cancelled on Friday after storms. The festival will return.",
                             "Storms wrecked the festival on Friday. Organisers said the festival would return.")
    c = found["Brightwater Festival"]
    assert {m.text for m in c.b} == {"the festival"}


def test_the_noun_alone_does_not_join_across_when_both_name_one():
    found = naming_contrasts("The Brightwater Festival was cancelled on Friday. The festival will return.",
                             "The Lakeside Festival was cancelled on Friday. The festival was axed.")
    assert not any({m.text for m in c.a} >= {"Brightwater Festival"} and "Lakeside Festival" in {m.text for m in c.b}
                   for c in found.values())
