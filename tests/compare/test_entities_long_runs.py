"""A run of capitalised words longer than any name is read in windows, so a page of capitals is
read in time linear in its length; real title-case headlines are read whole as before."""

from __future__ import annotations

import dataclasses

from sidebyside.compare.entities import EntityFinder, find_entities
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import tokenize
from sidebyside.settings import DEFAULT


def test_a_title_case_headline_of_seventeen_words_is_read_as_before():
    text = ("Suspected Key Mafia Boss Vying For Top Cosa Nostra Slot Found Hanging Dead In Palermo Jail Cell. "
            "Police in Palermo said on Monday the man was found in his cell.")
    found = {e.text: e.kind for e in find_entities(text)}
    assert found.get("Palermo") == "place"


def test_no_name_spans_more_than_one_window_of_a_page_of_capitals():
    words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"]
    text = " ".join(words[k % len(words)] for k in range(400))
    settings = dataclasses.replace(DEFAULT.compare.naming, capitalised_run_tokens=10)
    found = EntityFinder(lexicon(), settings).find(text, tokenize(text))
    assert found  # the words are still read as names
    assert max(len(e.text.split()) for e in found) <= 10


def test_a_window_wider_than_the_run_changes_nothing():
    text = "Syrian President Bashar al-Assad met Russian President Vladimir Putin in Moscow on Wednesday."
    narrow = dataclasses.replace(DEFAULT.compare.naming, capitalised_run_tokens=8)
    expected = [(e.text, e.kind) for e in find_entities(text)]
    got = [(e.text, e.kind) for e in EntityFinder(lexicon(), narrow).find(text, tokenize(text))]
    assert got == expected
