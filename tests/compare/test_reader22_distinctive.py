"""Distinctive terms a reader found useless on real pairs: a word both articles use, listed for the
longer one's count alone; a bigram spelt the other way by the other outlet; a word the other writes
in another form. Each with a negative: the rule leaves a real difference alone."""

from __future__ import annotations

from collections import Counter

from sidebyside.compare.distinctive import distinctive_terms, other_form, spelt_otherwise

FILLER = "The council met on the morning and the members spoke at length about roads. "


def _terms(a: str, b: str, side: int = 0) -> set[str]:
    return {t.term for t in distinctive_terms(a, b)[side]}


def test_a_word_both_use_at_the_same_rate_is_not_distinctive_of_the_longer_one():
    # the plague at the same rate in both: four times in the long text, once in the short one
    short = "The plague reached the valley. " + FILLER
    long = ("The plague reached the valley. " + FILLER) * 4
    assert not any("plague" in term for term in _terms(long, short))


def test_a_word_used_far_more_often_by_one_article_is_still_distinctive():
    """Negative: the same lengths, but the short text names the outbreak once in a long text's
    words and the long one at every turn."""
    short = "The illness reached the valley. " + FILLER * 4
    long = ("The plague reached the valley and the plague spread. " + FILLER) * 4
    assert "plague" in _terms(long, short)


def test_a_word_only_one_article_uses_keeps_its_place_whatever_the_lengths():
    long = ("The quarterback hurt his ankle. " + FILLER) * 3
    short = "The quarterback sat out. " + FILLER
    assert "ankle" in _terms(long, short)


def test_a_bigram_the_other_outlet_spells_its_own_way_is_house_style():
    a = "Thieves robbed a jewellery store. The jewellery store was closed. " + FILLER
    b = "Thieves robbed a jewelry store. The jewelry store was closed. " + FILLER
    assert "jewellery store" not in _terms(a, b)
    assert spelt_otherwise("jewellery store", Counter({"jewelry store": 1}))
    assert not spelt_otherwise("jewellery store", Counter({"jewelry": 1, "store": 1})), "negative: not the phrase"


def test_another_form_of_the_word_is_the_same_word():
    assert other_form("charges", Counter({"charged": 2}))
    assert other_form("bid", Counter({"bidding": 1}))
    assert other_form("practicing", Counter({"practices": 1}))
    # negatives: another word, and a bigram (compared as written)
    assert not other_form("charges", Counter({"chart": 2}))
    assert not other_form("shooting", Counter({"shot": 1}))
    assert not other_form("death penalty", Counter({"death penalties": 1}))
