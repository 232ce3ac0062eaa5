"""Distinctive terms a reader found useless on real pairs: a bigram the other outlet spells its own
way ("jewellery store" / "jewelry store"); a distance, a measure like a number. Each with a negative."""

from __future__ import annotations

from collections import Counter

from sidebyside.compare.distinctive import distinctive_terms, spelt_otherwise

FILLER = "The council met on the morning and the members spoke at length about roads. "


def _terms(a: str, b: str, side: int = 0) -> set[str]:
    return {t.term for t in distinctive_terms(a, b)[side]}


def test_a_bigram_the_other_outlet_spells_its_own_way_is_house_style():
    a = "Thieves robbed a jewellery store. The jewellery store was closed. " + FILLER
    b = "Thieves robbed a jewelry store. The jewelry store was closed. " + FILLER
    assert "jewellery store" not in _terms(a, b)
    assert spelt_otherwise("jewellery store", Counter({"jewelry store": 1}))
    assert not spelt_otherwise("jewellery store", Counter({"jewelry": 1, "store": 1})), "negative: not the phrase"


def test_a_distance_is_a_measure_not_a_word_choice():
    a = "The convoy drove 40 miles. Another 20 miles later it stopped. " + FILLER
    b = "The convoy drove on. Later it stopped. " + FILLER
    assert "miles" not in _terms(a, b)
    assert "convoy" not in _terms(a, b), "negative: a word both use is no term either"
