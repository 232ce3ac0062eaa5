"""Day and month names date a fact rather than name a party to it, in the article's own language."""

from __future__ import annotations

from sidebyside.compare.text import TIME_WORDS, article_time_words


def test_a_known_language_adds_its_own_day_and_month_names():
    german = article_time_words("de-DE")
    assert {"montag", "januar", "dezember"} <= german
    assert TIME_WORDS <= german  # English stays: quotations and names of English origin


def test_english_or_an_unknown_language_reads_english_names_only():
    assert article_time_words("en-GB") == TIME_WORDS
    assert article_time_words(None) == TIME_WORDS
    assert "montag" not in article_time_words("en")
