"""A word the other outlet spells another way is house style, not a distinctive word choice."""

from __future__ import annotations

from collections import Counter

from sidebyside.compare.distinctive import distinctive_terms, spelling_variants, spelt_otherwise

A = ("Protesters marched through the capital on Sunday. The protesters carried banners and the "
     "protesters sang. Police watched the protesters. Organisers said the protesters would return. "
     "A firebomb hit a bank; the firebomb was thrown by a masked man. Farmers joined the protesters.")
B = ("Protestors marched through the capital on Sunday. The protestors carried banners and the "
     "protestors sang. Police watched the protestors. Organizers said the protestors would return. "
     "A fire bomb hit a bank; the fire bomb was thrown by a masked man. Students joined the protestors.")


def _terms(side):
    return {t.term for t in side}


def test_the_same_word_spelt_two_ways_is_distinctive_of_neither_outlet():
    a, b = distinctive_terms(A, B)
    assert not {"protesters", "firebomb", "organisers"} & _terms(a)
    assert not {"protestors", "fire bomb", "organizers"} & _terms(b)


def test_british_and_american_endings_and_compounds_are_one_word():
    assert {"color", "honor"} <= spelling_variants("colour") | spelling_variants("honour")
    assert "organizers" in spelling_variants("organisers")
    assert "fire bomb" in spelling_variants("firebomb") and "firebomb" in spelling_variants("fire-bomb")
    assert "cancelled" in spelling_variants("canceled")


def test_words_that_only_look_alike_stay_apart():
    assert "miners" not in spelling_variants("minors")  # a short agent noun: two words
    assert "for" not in spelling_variants("four")
    assert "filed" not in spelling_variants("filled")
    assert not spelt_otherwise("minors", Counter({"miners": 3}))
    assert spelt_otherwise("protestors", Counter({"protesters": 1}))
