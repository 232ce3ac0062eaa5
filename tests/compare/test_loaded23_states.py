"""An intensifier grading how someone feels about something is told, not the writer's stress
("he's extremely proud of his team"); words of disagreement among others are plain news words
("a contentious vote", "a controversial law"); "unchecked" in a story of illness is a disease left
untreated."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms


def shown(text):
    return [text[h.start : h.end] for h in find_loaded_terms(text, quotes=article_quotes(text)) if h.score is None]


def test_an_intensifier_of_someones_feeling_about_something_is_told():
    assert shown("Cook said he's extremely proud of his company's trajectory.") == []
    assert shown("The parents were extremely proud of their son.") == []


def test_an_intensifier_of_a_judging_word_still_inflates():
    assert "extremely distressing" in shown("It was an extremely distressing time for the family.")
    assert shown("The plan is extremely costly for taxpayers.") != []


def test_words_of_disagreement_are_plain():
    assert shown("The contentious vote passed narrowly on Tuesday.") == []
    assert shown("The controversial law takes effect next month.") == []


ILLNESS = (
    "Doctors treat the infection with antibiotics. If the inflammation continues unchecked, "
    "patients can lose lung function."
)


def test_unchecked_in_a_story_of_illness_is_untreated():
    assert "unchecked" not in shown(ILLNESS)


def test_unchecked_elsewhere_inflates():
    assert "unchecked" in shown("Critics warned of unchecked power in the hands of the governor.")
