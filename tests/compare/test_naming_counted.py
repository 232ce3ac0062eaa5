"""Counted groups of people (compare/naming/counted.py) on hand-written pairs, negatives included:
two reports of one event that count the same people name them each their own way."""

from __future__ import annotations

import dataclasses

from sidebyside.compare.framing import analyse_framing
from sidebyside.settings import DEFAULT

from .helpers import article


def contrasts(a, b, naming=DEFAULT.compare.naming):
    f = analyse_framing(a, b, naming=naming)
    return [(sorted({m.text for m in c.a}), sorted({m.text for m in c.b})) for c in f.label_contrasts]


def test_two_groups_of_one_number_killed_alike_are_one_group():
    a = article("A gunwoman opened fire at the plant on Thursday, killing two women and wounding a man.")
    b = article("A disgruntled employee opened fire at the factory on Thursday, killing two workers.")
    # (the count is not part of a bare plural's mention: "women" / "workers")
    assert (["women"], ["workers"]) in contrasts(a, b)


def test_a_large_count_joins_without_a_shared_verb():
    a = article("Riots left 40 people dead in the capital on Tuesday, the UN said.")
    b = article("The shelling on Tuesday killed 40 residents in the capital, the UN said.")
    assert (["40 people"], ["residents"]) in contrasts(a, b)


def test_a_small_count_needs_the_same_event_verb():
    # two men arrested and two workers wounded are two groups
    a = article("Police arrested two men near the plant on Thursday.")
    b = article("The blast at the plant wounded two workers on Thursday.")
    assert contrasts(a, b) == []


def test_groups_of_other_numbers_or_genders_stay_apart():
    a = article("A gunman opened fire at the office, killing two women.")
    assert contrasts(a, article("A gunman opened fire at the office, killing two men.")) == []
    assert contrasts(a, article("A gunman opened fire at the office, killing three workers.")) == []


def test_ages_years_and_money_are_no_counts():
    a = article("A 40-year-old man opened fire in 2008, police said.", "In 2008 people voted for change.")
    b = article("A 40-year-old driver opened fire in 2008, police said.", "In 2008 voters chose change.")
    found = contrasts(a, b)
    assert not any("40" in label for side in found for labels in side for label in labels if "year" not in label)
    assert not any("2008 people" in label for side in found for labels in side for label in labels)


def test_a_count_deep_in_the_article_pairs_nothing():
    opening = ["The plant reopened on Friday.", "Workers returned.", "Managers spoke.", "Unions met."]
    a = article(*opening, "Earlier, 23 armed men had attacked the plant.")
    b = article(*opening, "Earlier, 23 armed raiders had attacked the plant.")
    assert not any("23" in t for side in contrasts(a, b) for labels in side for t in labels)


def test_the_rule_can_be_turned_off():
    a = article("Riots left 40 people dead in the capital on Tuesday, the UN said.")
    b = article("The shelling on Tuesday killed 40 residents in the capital, the UN said.")
    off = dataclasses.replace(DEFAULT.compare.naming, counted_groups=False)
    assert (["40 people"], ["residents"]) not in contrasts(a, b, off)
