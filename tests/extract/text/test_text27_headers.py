"""Text-capture headers (tune6's kinds and last release's leftovers): a clock time told in a
headline, a headline in capitals wrapped over two lines, a live blog's writers with notes in
brackets, a byline of rarer given names where the byline block stands, the day an opening
dateline states under an "Updated" line, the paper's name over its owner's bar (captures
written for these tests, fictional outlets and people)."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

from dock_story import HEADLINE, PARAS


def _article(*header: str, paras: list[str] = PARAS, footer: tuple[str, ...] = ()):
    text = "\n\n".join((*header, *paras, *footer))
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text))


def test_a_clock_time_the_headline_tells_keeps_it_a_headline():
    headline = "Dock workers to walk out at 6:00 on Monday over automation plan"
    assert _article("Port News", headline, "By Sam Okafor", "June 2, 2026").title == headline


def test_a_line_that_is_only_a_timestamp_is_no_headline():
    article = _article("Port News", HEADLINE, "By Sam Okafor", "Updated at 14:05 on Tuesday")
    assert article.title == HEADLINE


def test_a_capitals_headline_wrapped_after_a_closed_class_word_is_joined():
    first, second = "DOCK WORKERS WALK OUT OVER AUTOMATION PLAN AS SHIPS WAIT IN", "THE OUTER HARBOUR"
    article = _article("Port News", f"{first}\n{second}", "By Sam Okafor", "June 2, 2026")
    assert article.title == f"{first} {second}"


def test_a_kicker_in_capitals_over_a_capitals_headline_is_not_joined():
    headline = "DOCK WORKERS WALK OUT OVER AUTOMATION PLAN"
    article = _article("Port News", f"STRIKE ACTION\n{headline}", "By Sam Okafor", "June 2, 2026")
    assert article.title == headline


def test_a_desks_credit_under_the_headline_is_no_headline_and_a_caption_below_it_neither():
    article = _article("Port News", HEADLINE, "Port News wire services", "Published 11:11 PM EST Jun 2, 2026",
                       "[photo-2041]", "Crane drivers at the north gate", "Jane Roe, Associated Press")
    assert article.title == HEADLINE


def test_a_headline_opening_with_a_desks_words_stays_a_headline():
    headline = "Staff and agencies clash over the port automation plan"
    assert _article("Port News", headline, "By Sam Okafor", "June 2, 2026").title == headline


def test_an_images_title_between_it_and_its_caption_is_no_headline():
    # (its words all come back in the story: only its place, between the image and the caption, tells)
    headline = "Harbour standstill as dock fight escalates"
    caption = "Dock workers stopped work\nCranes stood idle at the north terminal on Monday morning as the strike began. (credit: Jane Roe)"
    article = _article("Port News", "[crane-photo]", caption, headline, "by Sam Okafor", "Monday, June 2, 2026")
    assert article.title == headline
