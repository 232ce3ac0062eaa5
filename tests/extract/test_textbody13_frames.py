"""A layout table w3m frames with box borders (``<table border>``): its cells' running text is
the article, set out a column after the other; a framed table of short cells stays as printed.

Captures written by hand for these tests (names, places and figures invented).
"""

from __future__ import annotations

import textwrap

from sidebyside.extract.text import extract_text
from sidebyside.extract.text.columns import split_columns
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

STORY = (
    "In March the harbour board of Vellmar voted to close the old ferry slip for repairs, and the "
    "crossing moved to a temporary pier two kilometres north of the town. "
    "Then in April the contractor found that the pilings were older than the records said, and the "
    "work that was planned for six weeks was stretched to the end of the summer. "
    "Residents who cross every morning said the detour adds half an hour to the trip, and the shop "
    "owners near the old slip said their trade had fallen by a third since the closure began."
)


def _framed(cells: list[str], width: int = 34, side: list[str] | None = None) -> str:
    """A w3m dump of a bordered two-cell table: ``cells`` wrapped at ``width`` in the left cell,
    ``side`` (a few short lines) in the right one."""
    left: list[str] = [""]
    for cell in cells:
        left += textwrap.wrap(cell, width) + [""]
    right = list(side or [])
    rows = max(len(left), len(right))
    left += [""] * (rows - len(left))
    right += [""] * (rows - len(right))
    top = "    ┌" + "─" * (width + 4) + "┬" + "─" * 20 + "┐"
    bottom = "    └" + "─" * (width + 4) + "┴" + "─" * 20 + "┘"
    body = [f"    │  {a:<{width + 2}}│  {b:<18}│" for a, b in zip(left, right)]
    return "\n".join([top, *body, bottom])


def test_a_framed_cell_of_running_text_reads_as_paragraphs():
    sentences = STORY.split(". ")
    dump = _framed([". ".join(sentences[:2]) + ".", ". ".join(sentences[2:])], side=["Harbour news", "Ferry times"])
    text = split_columns(dump)
    assert "│" not in text and "┌" not in text
    flat = " ".join(text.split())
    assert "the crossing moved to a temporary pier two kilometres north of the town" in flat
    assert "Harbour news" in text


def test_a_page_framed_in_a_border_table_keeps_its_article():
    page = "\n\n".join([
        "                         Ferry slip closed",
        _framed([STORY, STORY.replace("March", "May").replace("April", "June")]),
    ])
    article = extract_text(Capture(source=Source(path="capture.txt", format="text"), content=page), DEFAULT.extract.text)
    flat = " ".join(article.text.split())
    assert "the shop owners near the old slip said their trade had fallen by a third" in flat
    assert "│" not in article.text


def test_a_framed_table_of_short_cells_stays_as_printed():
    rows = ["Route", "Vellmar", "Osterby", "Kallin", "Dunmore", "Teplin"]
    times = ["Departs", "06:10", "07:25", "08:40", "09:55", "11:10"]
    top = "┌──────────────┬──────────────┐"
    bottom = "└──────────────┴──────────────┘"
    body = [f"│ {a:<13}│ {b:<13}│" for a, b in zip(rows, times)]
    dump = "\n".join([top, *body, bottom])
    assert split_columns(dump) == dump


# --------------------------------------------------------------------------- figures' captions shown twice

PARAGRAPH = ("The harbour board met on Monday to review the pier repairs, the ferry timetable and the budget "
             "for the coming year, and the members agreed to publish the engineers' report in full.")


def _body_of(content: str) -> str:
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content), DEFAULT.extract.text).text


def test_figures_captions_shown_twice_mid_article_do_not_end_it():
    before = "\n\n".join(f"{PARAGRAPH} Before {i}." for i in range(5))
    figures = "\n\n".join(f"  • Figure {n} shows the pier from the north: the cracks run along the pilings.\n\n"
                          f"Pier pilings seen from the {side}\nPier pilings seen from the {side}"
                          for n, side in ((1, "north"), (2, "south")))
    after = "\n\n".join(f"{PARAGRAPH} After {i}." for i in range(5))
    body = _body_of(f"Ferry pier repairs\n\n{before}\n\n{figures}\n\n{after}\n")
    assert "Before 0." in body and "After 4." in body


def test_teaser_cards_then_summaries_under_their_titles_still_end_the_article():
    body_text = "\n\n".join(f"{PARAGRAPH} Point {i}." for i in range(8))
    cards = "\n\n".join(f"Council {t} after the vote\nCouncil {t} after the vote"
                        for t in ("rejects a bridge", "opens a depot"))
    teasers = "\n\n".join(f"Harbour story number {n}\n\nTeaser {n}: {PARAGRAPH}" for n in range(5))
    body = _body_of(f"Ferry terminal approved\n\n{body_text}\n\n{cards}\n\n{teasers}\n")
    assert "Point 7." in body and "Teaser" not in body


def test_teaser_cards_then_the_next_story_under_its_byline_still_end_the_article():
    body_text = "\n\n".join(f"{PARAGRAPH} Point {i}." for i in range(6))
    cards = "\n\n".join(f"Council {t} after the vote\nCouncil {t} after the vote"
                        for t in ("rejects a bridge", "opens a depot", "moves a pier", "sells a boat"))
    following = "\n\n".join(["Bus depot to close in May", "By Ann Lee", "4 March 2024",
                              *(f"{PARAGRAPH} Next {i}." for i in range(5))])
    body = _body_of(f"Ferry terminal approved\n\n{body_text}\n\n{cards}\n\n{following}\n")
    assert "Point 5." in body and "Next 0." not in body
