"""Literal senses in their domain: a listed word with a literal sense in sports, weather and
fire, combat or poisoning is no judgement in an article about that domain (a domain cue found
once per article from its cue words), and stays loaded elsewhere; metaphors of force and
evaluative idioms as data."""

from __future__ import annotations

import dataclasses

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.settings import DEFAULT


def words(text, **changes):
    settings = dataclasses.replace(DEFAULT.compare.lexical, **changes)
    return [text[h.start : h.end] for h in find_loaded_terms(text, quotes=article_quotes(text), settings=settings)]


SPORTS = ("The champion won by knockout in the sixth round of the heavyweight bout, a crushing finish. "
          "His coach said the rematch would come next season, after the tournament.")
POLITICS = "The senator's speech was a knockout blow to the bill, a crushing defeat, and she pulled no punches."


def test_sports_words_are_literal_in_a_sports_article():
    assert words(SPORTS) == []


def test_the_same_words_are_loaded_in_a_political_article():
    assert words(POLITICS) == ["knockout", "crushing", "pulled no punches"]


def test_one_cue_word_makes_no_domain():
    text = "After a season of votes, the senator's speech was a knockout blow to the bill."
    assert words(text) == ["knockout"]


def test_the_number_of_cue_words_is_a_setting():
    assert words(SPORTS, loaded_domain_min_cues=50) == ["knockout", "crushing"]


def test_a_fire_rages_in_a_wildfire_story():
    text = ("The fire raged through the hills overnight. Firefighters fought the blaze across 5,000 acres "
            "as winds picked up, and the inferno reached the valley.")
    assert words(text) == []


def test_force_metaphors_are_loaded_outside_their_domain():
    text = "Student debt has exploded. Protests erupted into violence while the pandemic rages."
    assert words(text) == ["exploded", "erupted", "rages"]


def test_toxic_and_poison_are_literal_in_a_story_about_poisoning():
    text = ("Doctors said the toxic fumes came from pesticide stored in the shed; the family was hospitalized "
            "with symptoms of poisoning, and the poisoned dog recovered.")
    assert words(text) == []
    assert words("Cable news is poison, and the debate has turned toxic.") == ["poison", "toxic"]


def test_a_bomb_exploding_and_windows_smashed_are_told_literally():
    text = "A bomb exploded near the market. Riot police were seen smashing windows. See the exploded drawings."
    assert words(text) == []
    assert words("They are smashing Western civilisation.") == ["smashing"]


def test_evaluative_idioms_are_listed_whole():
    text = ("She could not let it pass without taking a shot at the team name. Put your money where your "
            "mouth is, said the stuffed shirt.")
    assert words(text) == ["taking a shot at", "Put your money where your mouth is", "stuffed shirt"]


def test_a_shot_at_goal_is_literal_in_a_match_report():
    text = "The striker took a shot at goal before halftime; the coach said the league season is long."
    assert words(text) == []
