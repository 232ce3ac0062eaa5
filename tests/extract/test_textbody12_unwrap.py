"""A dump wrapped at one width, with side-by-side columns in part of it: the columns' joined
paragraphs do not hide the width from the rest of the page, and a line wider than the width
(not wrapped by the tool) never takes the next line in."""

from __future__ import annotations

import textwrap

from sidebyside.extract.text import read_lines
from sidebyside.extract.text.unwrap import unwrap

PARAGRAPHS = [
    "The harbour board met again on Tuesday to weigh the dredging plan against the cost of new quays, "
    "and its members argued for most of the afternoon about who would pay for the work once it began.",
    "Fishermen who use the old slipway said the plan would close it for two seasons, which would leave "
    "the smaller boats to share the ferry berth with the freight barges that call three times a week.",
    "The council's engineer told the meeting that the silt had risen faster than any survey had foreseen "
    "and that the channel would be too shallow for the ferry at low tide within four or five years.",
    "A decision is expected in the spring, after a consultation that the board promised would reach "
    "every household on the two islands and not only the businesses that trade through the harbour.",
]


def wrapped(paragraphs: list[str], width: int) -> list[str]:
    out: list[str] = []
    for p in paragraphs:
        out += textwrap.wrap(p, width) + [""]
    return out


def test_the_wrap_width_is_read_from_the_text_as_printed():
    # two paragraphs already joined (a column set apart), then the page's wrapped ones
    joined = PARAGRAPHS[:2] * 4
    page = "\n".join([line for p in joined for line in (p, "")] + wrapped(PARAGRAPHS[2:] * 2, 72))
    printed = wrapped(PARAGRAPHS[2:] * 2, 72)  # (the lines outside the columns)
    lines = [x for x in unwrap(page, 0.0, printed).splitlines() if x]
    assert lines[-1] == PARAGRAPHS[3]
    assert lines[:8] == joined  # the joined paragraphs stay as they are


def test_a_column_joined_wider_than_the_page_width_takes_no_next_line():
    page = wrapped(PARAGRAPHS, 72)
    page[0:0] = [PARAGRAPHS[0] + " " + PARAGRAPHS[1], "Harbour notes"]
    lines = unwrap("\n".join(page), 0.0, page[2:]).splitlines()
    assert lines[1] == "Harbour notes"
    assert PARAGRAPHS[2] in lines  # (the wrapped paragraphs are still joined)


def test_a_long_page_with_columns_side_by_side_keeps_its_article_joined():
    # the article wrapped at 76 columns, then a long two-column layout (a column of wrapped text
    # beside a menu) whose joined paragraphs outnumber the article's lines filled to the width
    article = wrapped(PARAGRAPHS * 8, 76)
    side = wrapped([p.replace(" the ", " a ") + f" {k}." for k, p in enumerate(PARAGRAPHS * 15)], 44)
    menu = ["Home", "World", "Business", "Sport", "Weather", "Contact"] * 60
    layout = [left.ljust(48) + right for left, right in zip(side, menu)]
    texts = [line.text for line in read_lines("\n".join(["Harbour survey", "", *article, "", *layout]))]
    assert "Business" in texts  # (the menu is read apart)
    assert texts.count(PARAGRAPHS[3]) == 8
