"""Given names of the world (resources/attribution/given_names_world.tsv, from Faker's first-name
lists of ~80 locales): read by the bylines and the attribution engine where a given name is asked
without its sex, never for a pronoun, nor by the entity finder; a common word or a place stays out. Invented people, firms and events."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from speaker_lookup import speaker_of

from sidebyside.compare.attribution.vocabulary import _first_names
from sidebyside.extract.names import menu_shaped, person_like
from sidebyside.name_lists import given_names, given_names_of_the_world, wide_given_names
from sidebyside.resources import census_given_names, world_given_names

BUILD = Path(__file__).resolve().parents[2] / "resources" / "attribution" / "build_given_names_world.py"


def _build_module():
    spec = importlib.util.spec_from_file_location("build_given_names_world", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_world_names_are_given_names_without_a_pronoun():
    for name in ("tomasz", "ewan", "lukasz", "łukasz"):
        assert name in given_names_of_the_world(), name
        assert name not in wide_given_names() and name not in given_names(), name  # not the entity finder's
        assert name not in census_given_names() and name not in _first_names(), name  # no he/she from it
    assert world_given_names()["tomasz"] == "male"


def test_words_and_places_stay_out():
    for word in ("paris", "will", "hope", "china", "india", "van", "de"):
        assert word not in world_given_names(), word
    assert "will" not in given_names_of_the_world() and "paris" not in given_names_of_the_world()


def test_a_byline_of_a_world_name_reads_as_a_person():
    assert person_like("EWAN TULLY")
    assert person_like("TOMASZ WILK")
    assert not person_like("FIND YOUR NEXT CAR")


def test_a_long_world_name_over_a_date_is_a_person_not_a_menu():
    assert not menu_shaped("Zdzisław Wojciech Kowal Brzęk")  # a given name leads: no site menu
    assert menu_shaped("Nachrichten Politik Sport Kultur Wetter")  # negative: a menu stays one
    assert menu_shaped("Paris Madrid Berlin Rome Lisbon")  # "Paris" is no given name here


def test_person_of_firm_with_a_world_given_name():
    text = ('Shares in Korvel Mining fell on Tuesday after the company cut its forecast. '
            '"The market had priced in a far better year," said Tomasz Wilk of Harlow Securities. '
            'The company declined to comment.')
    assert speaker_of(text, "The market") == "Tomasz Wilk"


def test_build_filters_words_places_and_nouns():
    build = _build_module()
    found = {"zdzisław": {"male"}, "kaja": {"female", "both"}, "oriel": {"male", "female"},
             "harbin": {"male"}, "valves": {"male"}, "hopewell": {"female"}, "rosa": {"female"}}
    kept, left = build.world_names(found, census={"rosa"}, zipf={"hopewell": 4.0}, place_words={"harbin"},
                                   nouns={"valve"}, word_zipf=3.6)
    assert kept == {"zdzisław": "male", "kaja": "female", "oriel": "both"}
    assert left == {"hopewell": "word 4.00", "harbin": "place", "valves": "noun"}  # "rosa": the census's
    assert build.unaccented("bärbel") == "barbel"
