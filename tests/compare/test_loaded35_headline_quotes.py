"""loaded35: scare quotes the quote finder misses in title-case headlines, and a quoted term a
question asks about. Hand-written with invented names, each with a negative."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.headings import heading_terms
from sidebyside.compare.loaded import SCARE_QUOTES, find_loaded_terms
from sidebyside.model import Article, Source

BODY = "The council met on Tuesday to vote on the city budget. Members will meet again next week."


def heading(title: str, body: str = BODY) -> dict[str, tuple[str, bool]]:
    a = Article(source=Source(None, "text"), title=title, text=body, language="en")
    return {a.title[h.start : h.end]: (h.category, h.quoted) for h in heading_terms(a) if h.score is None}


def scare(text: str) -> set[str]:
    return {h.term for h in find_loaded_terms(text, quotes=article_quotes(text), language="en") if h.category == SCARE_QUOTES}


def test_a_quoted_word_in_a_title_case_headline_without_a_speaker_is_a_scare_quote():
    assert heading("Council Approves 'Historic' Budget for Lakeview") == {"Historic": (SCARE_QUOTES, False)}
    # written in sentence case it was one already
    assert heading("Council approves 'historic' budget for Lakeview") == {"historic": (SCARE_QUOTES, False)}
    # without the quote marks the plain word is no scare quote
    assert heading("Council Approves Historic Budget for Lakeview") == {}


def test_a_quoted_word_after_a_verb_of_saying_in_a_title_case_headline_is_the_speakers():
    found = heading("Mayor Slams 'Reckless' Budget Plan")
    assert found["Reckless"] == ("evaluative", True)  # the mayor's word, not the outlet's
    assert found["Slams"] == ("attribution verb", False)  # the outlet's verb for it
    assert all(category != SCARE_QUOTES for category, _ in found.values())


def test_a_quoted_name_or_title_in_a_title_case_headline_is_no_scare_quote():
    body = "Fans of Harbourlight lined up on Friday. The new season of Harbourlight opens next week."
    assert heading("Streaming Service Renews 'Harbourlight' After Record Season", body) == {}
    # a quoted phrase before the noun it names is its label
    assert heading("Council Unveils 'Greener Homes' Scheme for Lakeview") == {}


def test_a_quoted_term_a_question_asks_about_is_a_mention():
    assert heading("What Is 'Quiet Quitting'? The Office Trend Explained") == {}
    assert heading("What is 'quiet quitting'? The office trend explained") == {}
    assert scare("So what's 'doomscrolling', and why do teenagers do it?") == set()
    # a quoted word elsewhere in a question still doubts it
    assert scare("Why did the board call the deal a success and hail its 'historic' terms?") == {"historic"}
