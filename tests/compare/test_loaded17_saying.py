"""Verbs of saying loaded only where they report what was said ("alleged that", "proclaiming to
the nation that", "“…,” he proclaimed"), not where the same word names an accusation or an act
("his alleged role", "are alleged to have", "proclaimed a state of emergency")."""

from __future__ import annotations

import pytest

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms


def verbs(text):
    found = find_loaded_terms(text, quotes=article_quotes(text))
    return [text[h.start : h.end] for h in found if h.category == "attribution verb"]


@pytest.mark.parametrize(
    "text, word",
    [
        ("The campaign went so far as to allege that voters were paid.", "allege"),
        ("The filings allege that the director grew careless with funds.", "allege"),
        ("Posters alleging that the council sold the park went up overnight.", "alleging"),
        ("The mayor went off-script, proclaiming to the crowd that the vote was rigged.", "proclaiming"),
        ("The senator proclaimed in a speech that the bill was dead.", "proclaimed"),
        ("“We have already won,” he proclaimed.", "proclaimed"),
        ("The minister proclaimed: “The crisis is over.”", "proclaimed"),
    ],
)
def test_a_verb_reporting_what_was_said_is_loaded(text, word):
    assert verbs(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "He was stopped for an alleged “vehicle code” violation.",
        "She faces trial over her alleged role in the leak.",
        "Two men are alleged to have set fire to the shop.",
        "Cases of alleged misconduct rose last year.",
        "The suit alleged fraud that cost investors millions.",
        "The governor proclaimed a state of emergency on Friday.",
        "The assembly proclaimed independence in 1918.",
    ],
)
def test_the_same_word_naming_an_accusation_or_an_act_is_not(text):
    assert verbs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors allege that the treasurer moved the funds abroad.",
        "The lawsuit filed on Monday alleges that the firm hid the defect.",
        "Police alleged in a statement that the driver had been drinking.",
    ],
)
def test_a_legal_party_alleging_uses_the_plain_word(text):
    assert verbs(text) == []


def test_a_legal_party_in_the_sentence_before_does_not_count():
    text = "The case went to the prosecutors. The group went on to allege that the vote was rigged."
    assert verbs(text) == ["allege"]
