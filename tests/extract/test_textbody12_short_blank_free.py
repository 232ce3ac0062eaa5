"""A short capture printed without blank lines (a dozen lines: a paste that dropped its empty
lines) has its blocks put back as a long one does: its paragraphs are not read as one list."""

from __future__ import annotations

import dataclasses

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

PAGE = [
    "Harbour News  World  Business  Sport  Culture  Weather  Letters",
    "Central library opens on Sunday afternoons again from May",
    "3 April 2025 18:40",
    "The central library will open on Sunday afternoons from the fourth of May, eight years after cuts closed it.",
    "It will open from one to five o'clock, paid for by a local trust for the first two years of the plan.",
    "Sunday opening was the wish readers named most often in last autumn's survey, the head librarian said.",
    "Related",
    "A new children's wing for the central library, work starts next spring",
    "Budget hearing on the library's hours draws two hundred people",
    "Summer reading scheme for children breaks its record again",
    "Tools to borrow at the library with your card from this week",
    "© Harbour News. All rights reserved.",
]


def extract(content: str, **changes):
    settings = dataclasses.replace(DEFAULT.extract.text, **changes)
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content), settings)


def test_a_short_capture_without_blank_lines_keeps_its_paragraphs():
    article = extract("\n".join(PAGE))
    for paragraph in PAGE[3:6]:
        assert paragraph in article.text
    assert "Tools to borrow" not in article.text


def test_a_capture_with_blank_lines_is_read_as_printed():
    article = extract("\n\n".join(PAGE))
    assert all(paragraph in article.text for paragraph in PAGE[3:6])
