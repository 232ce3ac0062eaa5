"""Text-capture headers of kinds fresh pages showed: a partner's label and a market ticker over
the headline, a kicker over the headline, the writer's tagline "the author of <a book>" closing
the story, the story's byline and date in a side box past a list of other
stories (captures written for these tests, fictional outlets and people)."""

from __future__ import annotations

from sidebyside.extract.byline_lines import closing_names
from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

from dock_story import HEADLINE, PARAS


def _article(*header: str, paras: list[str] = PARAS, footer: tuple[str, ...] = ()):
    text = "\n\n".join((*header, *paras, *footer))
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text))


def test_a_partners_label_over_the_dateline_and_headline_is_not_the_headline():
    article = _article("Port News", "From our partners at Harbour Wire", "Business · Shipping",
                       "June 2, 2026 4:12 PM UTC", HEADLINE)
    assert article.title == HEADLINE


def test_a_market_ticker_is_not_the_headline():
    article = _article("Port News", "Brent $78.14 -0.3% · Gold $2,031 +0.4% · EUR/USD 1.0912",
                       "June 2, 2026 4:12 PM UTC", HEADLINE)
    assert article.title == HEADLINE


def test_a_headline_with_a_signed_figure_is_still_a_headline():
    headline = "Port shares fall -4% after dock workers walk out over automation plan"
    assert _article("Port News", headline, "By Sam Okafor", "June 2, 2026").title == headline


def test_a_short_kicker_over_a_long_line_over_the_date_is_still_no_headline():
    article = _article("Port News", "Port strike", HEADLINE + " as ships wait in the outer harbour",
                       "Tue 2 Jun 2026 08.00 BST")
    assert article.title == HEADLINE + " as ships wait in the outer harbour"


def test_the_author_of_a_book_closing_the_story_is_its_writer():
    assert closing_names("Jane Doe is a former harbour master and the author of The Outer Harbour.") == ["Jane Doe"]
    assert closing_names("Jane Doe is the author of “Tides”.") == ["Jane Doe"]


def test_the_author_of_a_letter_or_a_complaint_is_no_writer():
    assert closing_names("John Roe is the father of the author of the letter.") == []
    assert closing_names("Jane Doe is a nurse and the author of a complaint to the board.") == []


def test_the_byline_and_date_in_a_side_box_past_other_stories_are_the_storys():
    footer = ("Share this article:", "More from the port", "* Ferry fares rise in spring",
              "* New crane arrives from Rotterdam", "* Harbour festival dates set",
              "By Sam Okafor", "Published: Tue 2 Jun 2026, 09:14", "Most read")
    article = _article("Port News", HEADLINE, footer=footer)
    assert article.authors == ("Sam Okafor",)
    assert article.published.startswith("2026-06-02")


def test_a_byline_in_a_list_after_the_story_without_its_dated_line_credits_no_one():
    footer = ("Share this article:", "More from the port", "* Ferry fares rise in spring",
              "* New crane arrives from Rotterdam", "* Harbour festival dates set", "By Sam Okafor", "Most read")
    assert _article("Port News", HEADLINE, footer=footer).authors == ()
