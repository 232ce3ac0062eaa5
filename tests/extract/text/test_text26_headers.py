"""Text-capture headers (tune5's kinds): a headline in capitals keeps its words; the names of a
byline set without "By" between the standfirst and the body credit the writers."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

from dock_story import PARAS


def _article(*header: str):
    text = "\n\n".join((*header, *PARAS))
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text))


def test_a_headline_in_capitals_is_not_cut_after_a_word_that_names_a_button():
    # "CLOSE" is a verb here: in a line of capitals, no menu row is told by its capitals
    headline = "HARBOUR BOARD VOTES TO CLOSE OLD DOCK GATES AFTER SURVEY"
    assert _article("LOCAL NEWS", headline, "BY SAM OKAFOR | STAFF WRITER", "JUNE 2, 2026").title == headline


def test_a_menu_row_glued_before_a_mixed_case_headline_is_still_cut():
    line = "Sport Football Cricket Results Sign in Dock workers walk out over automation plan"
    assert _article(line, "By Sam Okafor", "2 June 2026").title == "Dock workers walk out over automation plan"


STANDFIRST = "The union says the plan was made without the people who drive the cranes every day"


def test_two_names_between_the_standfirst_and_the_body_are_the_byline():
    article = _article("Dock workers walk out over automation plan", STANDFIRST, "Jane Miller and David Clark")
    assert article.authors == ("Jane Miller", "David Clark")


def test_a_line_between_the_standfirst_and_the_body_that_names_no_person_credits_no_one():
    article = _article("Dock workers walk out over automation plan", STANDFIRST, "Harbour View Terminal")
    assert article.authors == ()
