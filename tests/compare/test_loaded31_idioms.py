"""One proverb or idiom is one loaded item, not a row per listed word inside it
(benchmarks/data/read_pairs/reader27.md, "Loaded words": "hell hath no fury like a teenaged
fangirl scorned" gave "hell" and "fury" as two rows)."""

from __future__ import annotations

from sidebyside.compare.loaded import find_loaded_terms


def items(text: str) -> list[tuple[str, str]]:
    return [(text[h.start : h.end], h.category) for h in find_loaded_terms(text)]


def test_a_proverb_with_two_listed_words_is_one_item():
    text = "Lind recruited fans to join her cause, because hell hath no fury like a fan scorned."
    assert items(text) == [("hell hath no fury", "emotive")]
    assert items("Hell has no fury like a voter scorned.") == [("Hell has no fury", "emotive")]
    assert items("Desperate times call for desperate measures.") == [
        ("Desperate times call for desperate measures", "evaluative")]


def test_an_idiom_is_one_item_in_each_of_its_verbs_forms():
    for verb in ("wreak", "wreaks", "wreaked", "wreaking", "wrought"):
        text = f"Tarsk rioters {verb} havoc on the market square."
        assert [words for words, _ in items(text) if "havoc" in words] == [f"{verb} havoc"], text


def test_the_listed_words_alone_stay_items_of_their_own():
    assert items("The fury of the crowd grew by the hour.") == [("fury", "emotive")]
    assert items("Life in the camp was hell, Orla Venn wrote.") == [("hell", "emotive")]
    assert items("The fans were desperate for tickets.") == []  # a state, no judgement
