"""Fire said of a feeling: a verb of fuel or fire whose object is a feeling, a conflict or a
belief is the writer's metaphor of a cause ("fuel divisions", "fueling the belief that"); of
engines, fires and fuel itself, as a noun, or with its cause after "by", it is plain."""

from __future__ import annotations

import dataclasses

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.settings import DEFAULT


def found(text, **changes):
    settings = dataclasses.replace(DEFAULT.compare.lexical, **changes)
    return [(text[h.start : h.end], h.category) for h in find_loaded_terms(text, quotes=article_quotes(text), settings=settings)
            if h.score is None]


def test_a_verb_of_fuel_or_fire_on_a_feeling_or_a_conflict_is_loaded():
    assert ("fuel", "emotive") in found("The senator chose to fuel divisions within his own party.")
    assert ("fueling", "emotive") in found("The agency deleted the figures, fueling the belief that it hides the truth.")
    assert ("reignite", "emotive") in found("The ruling could reignite tensions between the two towns.")
    assert ("fuelled", "emotive") in found("His speeches fuelled resentment among farmers.")


def test_fuel_and_fire_of_engines_fires_and_nouns_are_plain():
    assert found("The plant is fueled by natural gas from the north.") == []
    assert found("Crews could not ignite the fuel in the cold.") == []
    assert found("Its fuel divisions reported higher sales this quarter.") == []
    assert found("Rising fuel prices hurt airlines.") == []


def test_a_cause_after_by_is_no_object():
    assert found("The protests were fueled by anger over the ruling.") == []


def test_an_object_outside_the_list_is_plain():
    assert found("Low rates fueled demand for new homes.") == []
