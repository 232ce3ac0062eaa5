"""One answer to "is this capitalised word a name here?" (loaded.NameWords), asked by every rule
that needs it: a listed word anywhere, a word opening a sentence, the subject of a judging
sentence (loaded_rules.company_hits)."""

from __future__ import annotations

import dataclasses

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import NameWords, _TitleCaseLines, find_loaded_terms
from sidebyside.compare.tokens import tokenize
from sidebyside.settings import DEFAULT


def names_in(text, *words, after_capitals=True):
    tokens = tokenize(text)
    names = NameWords(tokens, _TitleCaseLines(tokens), [], after_capitals)
    return {w for w in words if w in names}


def words(text, **changes):
    settings = dataclasses.replace(DEFAULT.compare.lexical, **changes)
    return [text[h.start : h.end] for h in find_loaded_terms(text, quotes=article_quotes(text), settings=settings)]


def test_a_word_written_capitalised_inside_a_sentence_every_time_is_a_name():
    text = "Fans cheered as Greedy Williams won. Later Greedy said he was tired."
    assert names_in(text, "greedy", "williams") == {"greedy"}  # "williams" is written once


def test_a_word_also_written_in_lower_case_is_no_name():
    assert names_in("Voters like Biden. Biden is weak, and weak demand hurt him.", "biden", "weak") == {"biden"}


def test_a_title_case_headline_is_no_sign_of_a_name():
    text = "Bernie Sanders Is Crazy, But The Only Democrat Who Can Win\nCrazy ideas won the day."
    assert names_in(text, "crazy") == set()


def test_after_a_capitalised_word_counts_only_outside_a_title_case_line_and_when_switched_on():
    text = "Tyson Fury beat Deontay Wilder in Las Vegas. Fury won in the seventh round."
    assert names_in(text, "fury") == {"fury"}
    assert names_in(text, "fury", after_capitals=False) == set()


def test_the_subject_of_a_judging_sentence_is_a_name_by_the_same_answer():
    assert words("Voters like Biden. Biden is weak, the ad says.") == ["weak"]
    assert words("Demand was weak in the third quarter.") == []
    # written in lower case too: "Demand" opening the sentence is the noun, no name
    assert words("Demand is weak. Analysts said demand was falling.") == []


def test_the_category_help_reads_the_lexicons_own_parse_of_the_file():
    from sidebyside.compare.loaded import _category_help, category_help
    from sidebyside.compare.termdata import lexicon, shipped_terms

    lexicon()
    misses = shipped_terms.cache_info().misses
    _category_help.cache_clear()
    assert category_help("emotive")
    assert shipped_terms.cache_info().misses == misses  # loaded.json was not parsed again
