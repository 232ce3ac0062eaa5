"""Text-capture headers (tune5's kinds): a headline in capitals keeps its words; the names of a
byline set without "By" between the standfirst and the body credit the writers."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("headline", [
    "Hospital staff walk out over pay as talks collapse",  # a role's word inside a headline
    "Editor of the Valley Post resigns after complaint",
    "Council posted record deficit, auditors say",  # a dateline's label word, no date after it
    "Updated guidance on flu vaccines for children",
])
def test_a_headline_holding_a_role_or_a_label_word_is_still_a_headline(headline):
    assert _article("The Harbour Courier", headline, "By Sam Okafor", "2 June 2026").title == headline


@pytest.mark.parametrize("credit", [
    "Jane Miller, Staff Writer", "Jane Miller | Reporter", "Jane Miller, Staff Writer, The Harbour Courier",
    "Updated: 2 June 2026", "Posted by Jane Miller",
])
def test_a_credit_or_a_dateline_under_the_headline_is_no_headline(credit):
    headline = "Dock workers walk out over automation plan"
    assert _article("The Harbour Courier", headline, credit, "2 June 2026").title == headline
    assert _article("The Harbour Courier", credit, "2 June 2026").title != credit


def test_a_menu_row_set_apart_by_wide_gaps_is_no_headline():
    assert _article("News   Sport   Business   Weather", "By Sam Okafor", "2 June 2026").title is None


def test_a_headline_over_its_standfirst_on_a_page_without_byline_or_date():
    headline = "Dock workers walk out over automation plan"
    assert _article("The Harbour Courier\nNews\nSport\nBusiness\n" + headline + "\n" + STANDFIRST).title == headline


def test_a_section_label_over_a_line_right_above_the_body_is_no_headline():
    assert _article("The Harbour Courier\nNews\nSport\nBusiness\nLocal News\n" + STANDFIRST).title != "Local News"


def test_an_images_alt_text_over_the_caption_it_opens_is_no_headline():
    headline = "Dock workers walk out over automation plan"
    header = (f"The Harbour Courier\n\n{headline}\n\nCranes at the container terminal\n"
              "Cranes at the container terminal on Monday. Jane Miller/Harbour Courier")
    assert _article(header, "By Sam Okafor", "June 2, 2026").title == headline
