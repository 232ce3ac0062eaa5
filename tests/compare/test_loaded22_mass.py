"""People told as a mass of water: a noun or verb of mass movement said of migrants is the
writer's metaphor ("a surge of migrants", "immigrants pouring into"); of goods, money, water or
anyone else it is plain."""

from __future__ import annotations

import dataclasses

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.settings import DEFAULT


def found(text, **changes):
    settings = dataclasses.replace(DEFAULT.compare.lexical, **changes)
    return [(text[h.start : h.end], h.category) for h in find_loaded_terms(text, quotes=article_quotes(text), settings=settings)
            if h.score is None]


def test_a_noun_of_mass_before_of_and_migrants_is_loaded():
    assert ("surge", "emotive") in found("The minister promised action after the surge of undocumented migrants last month.")
    assert ("influx", "emotive") in found("Towns struggled with the influx of refugees from the east.")
    assert ("inflow", "emotive") in found("The inflow of asylum-seeking migrants kept growing.")
    assert ("stream", "emotive") in found("Officials counted a steady stream of asylum seekers at the crossing.")


def test_a_noun_of_people_right_before_the_noun_of_mass_is_the_same_metaphor():
    assert ("surge", "emotive") in found("Officials blamed the migrant surge for the delays.")
    assert ("flows", "emotive") in found("Europe debated how to stop refugee flows across the sea.")


def test_a_verb_of_mass_with_migrants_for_its_subject_is_loaded():
    assert ("pouring", "emotive") in found("Critics pointed to immigrants pouring into the country every day.")
    assert ("amassing", "emotive") in found("Thousands of migrants were amassing on the border.")
    assert ("poured", "emotive") in found("Refugees who poured across the frontier slept in tents.")


def test_the_same_words_of_goods_water_money_or_other_people_are_plain():
    assert found("Retailers reported a surge in sales before the holiday.") == []
    assert found("The flow of oil through the pipeline stopped on Monday.") == []
    assert found("A wave of protests swept the capital.") == []
    assert found("Fans poured onto the pitch after the final whistle.") == []
    assert found("Job seekers surged into the hall when the doors opened.") == []
    assert found("Rain poured on the refugees' tents.") == []
    # the metaphor's words too far from the people, past the clause
    assert found("The surge of interest, officials said, came from refugees.") == []


def test_the_reach_to_the_people_is_a_setting():
    text = "The flow of poor rural young migrants slowed."
    assert ("flow", "emotive") in found(text, loaded_mass_reach=4)
    assert found(text, loaded_mass_reach=3) == []
