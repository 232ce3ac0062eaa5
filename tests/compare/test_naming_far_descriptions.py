"""Joins within one article that must not reach far or read a light verb as an event
(naming/descriptions.py, naming/people.py). Found reading a real court story: its deputy's mother,
the one woman it names, took "the woman" whose door the gunman hid behind, and "The gang member
took off running" joined her because she "took out a button". Hand-written text, with positives."""

from __future__ import annotations

from .helpers import chain_of

_FILLER = ("The jury heard from eleven witnesses over three weeks of testimony in the county court. "
           "Prosecutors showed the jurors a map of the apartment complex and the route of the chase. "
           "The defence called no witnesses and rested its case on the second morning of the week. ")


def test_the_woman_near_the_one_woman_named_is_her():
    found = chain_of("Rosa Quell was hurt in the crash on Monday. She said the woman had been driving "
                     "too fast, and the woman was later taken to hospital.")
    assert "Rosa Quell" in found["the woman"]


def test_the_woman_far_from_every_mention_of_the_one_woman_named_is_someone_else():
    text = ("Rosa Quell sat in the front row every day, and she wept.\n\n"
            + _FILLER * 3
            + "\n\nThe gunman hid behind the woman's front door while the deputy spoke to her.")
    found = chain_of(text)
    assert "Rosa Quell" not in found["the woman"]


def test_a_light_verb_tells_no_event_of_two_mentions():
    found = chain_of("The gang member took off running with the deputy behind him.\n\n"
                     "Outside the courtroom, Rosa Quell took out a button with a picture of her son.")
    assert "Rosa Quell" not in found["The gang member"]


def test_an_event_verb_still_joins_a_description_and_a_name():
    found = chain_of("A suspected Mafia boss hanged himself in his cell in Palermo on Tuesday. "
                     "Gaetano Lo Presti, 52, hanged himself hours after his arrest.")
    assert "Gaetano Lo Presti" in found["A suspected Mafia boss"]
