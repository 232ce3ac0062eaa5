"""Relatedness as reader29.md found it useless: titles ("Prime", "Minister", "President") and
abbreviated months ("Oct.", "Nov.") counted as names both articles share, tipping two stories
over "different events"; and a similarity of 0.0 where none was measured. Examples invented."""

from __future__ import annotations

from sidebyside.compare import compare
from sidebyside.compare.relatedness import DIFFERENT, SAME, relatedness

from .helpers import article

TARIFFS = [
    "Prime Minister Dana Pell said on Monday that tariffs on imported steel would rise by a quarter from "
    "January, and that the mills of the north would be protected.",
    "Secretary of Trade Ivo Brandt told the parliament the measure would cost consumers little, while "
    "President Ada Moss called it a shield for the country's workers.",
    "Economists warned that car makers would pass the higher price of steel on to buyers, and that exports "
    "of machinery could fall sharply next year.",
]
STORM = [
    "A storm flooded the harbour of the fishing town overnight, sinking three trawlers and cutting power to "
    "some four thousand homes along the coast.",
    "Prime Minister Tom Rell visited the harbour on Tuesday, and Secretary of the Interior Lia Sand promised "
    "emergency funds, while President Eva Tor sent the navy.",
    "Fishermen said the sea wall had cracked in two places last winter and that nobody had come to repair "
    "it before the storm arrived.",
]


def test_titles_are_no_shared_names():
    r = relatedness(article(*TARIFFS), article(*STORM))
    assert r.verdict == DIFFERENT
    assert not {"Prime", "Minister", "Secretary", "President"} & set(r.shared_names)


def test_a_name_both_stories_write_is_still_shared():
    storm = [*STORM[:2], "Ivo Brandt, the trade secretary, said the mills would help rebuild the harbour wall."]
    r = relatedness(article(*TARIFFS), article(*storm))
    assert "Brandt" in r.shared_names and "President" not in r.shared_names


def test_abbreviated_months_are_no_shared_names():
    a = article(
        "The council of Ridgeway voted on Nov. 19 to close the old bridge over the river, after a report "
        "published Oct. 25 found deep cracks in two of its stone piers.",
        "Repairs would cost more than a new bridge, the engineers said, and traffic will be sent through "
        "the valley road until the spring.",
        "Shop owners on the bridge street fear they will lose their customers during the long winter months.")
    b = article(
        "A fishing boat sank in heavy seas off the coast of Norway on Nov. 19, and two of its crew are still "
        "missing after a search through the night.",
        "The coast guard had warned of storms in the area on Oct. 25, and most of the fleet stayed in port "
        "for the week.",
        "Divers will try to reach the wreck once the weather clears, a spokesman for the harbour said.")
    r = relatedness(a, b)
    assert r.verdict == DIFFERENT and not {"Oct", "Nov"} & set(r.shared_names)


def test_a_similarity_not_measured_is_none_not_zero():
    # one sentence each, told twice by the wire: the passage says "same event", the words are too few
    line = "A onetime co-worker has been charged in the killings of three people at an ice-cream shop in 1967."
    c = compare(article(line), article(line.replace("onetime ", "")))
    assert c.relatedness.verdict == SAME and c.relatedness.similarity is None
    measured = relatedness(article(*TARIFFS), article(*STORM))
    assert measured.similarity is not None and measured.similarity >= 0.0
