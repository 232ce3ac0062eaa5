"""A country's name, then capitalised words ending in a state body's head ("US Geological
Survey", "U.S. Senate"), is one organisation's name, as "US Navy" is; its letters open its
initials ("USGS"). A title after a country ("U.S. President ...") and a demonym ("British
Government") are read as before."""

from __future__ import annotations

from sidebyside.compare.entities import EntityFinder
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import tokenize

from .helpers import contrast_with, labels, naming_contrasts


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.kind) for e in EntityFinder(lexicon()).find(text, tokenize(text), frozenset())]


def test_a_country_then_a_state_body_is_one_name():
    found = _names("A small quake shook Marrowdale, according to the US Geological Survey.")
    assert ("US Geological Survey", "organisation") in found
    assert ("Geological Survey", "other") not in found and ("Geological Survey", "organisation") not in found
    dotted = _names("The U.S. Senate met on Tuesday in Marrowdale.")
    assert ("U.S. Senate", "organisation") in dotted


def test_a_title_after_a_country_stays_a_title():
    found = _names("U.S. President Tom Ardley visited Marrowdale on Friday.")
    assert not any(text.startswith("U.S. President") and kind == "organisation" for text, kind in found)


def test_a_demonym_before_a_state_body_is_read_as_before():
    found = _names("Officials of the British Government visited Marrowdale.")
    assert ("British Government", "organisation") not in found


def test_the_initials_of_the_body_join_its_name_across_the_pair():
    found = naming_contrasts(
        "A magnitude 3.9 quake shook Marrowdale on Sunday morning, according to the U.S. Geological "
        "Survey. The USGS said the quake was shallow.",
        "A quake rattled Marrowdale on Sunday, the US Geological Survey said. No damage was reported.",
    )
    contrast = contrast_with(found, "USGS", "a")
    assert contrast is not None
    assert labels(contrast, "a") == {"U.S. Geological Survey", "USGS"}
    assert labels(contrast, "b") == {"US Geological Survey"}


def test_two_bodies_with_one_set_of_initials_give_the_letters_to_neither():
    # "U.S. Geological Survey" and "U.S. Grain Service" both spell "USGS": the reader cannot
    # tell which the letters stand for, so they join neither
    found = naming_contrasts(
        "The U.S. Geological Survey and the U.S. Grain Service met in Marrowdale. The USGS said little.",
        "The US Geological Survey met officials in Marrowdale on Monday to talk about the quake.",
    )
    assert not any("USGS" in labels(c, "a") and len(labels(c, "a")) > 1 for c in found.values())
