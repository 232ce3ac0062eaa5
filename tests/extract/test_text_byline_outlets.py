"""Bylines of a text capture without "By": a name beside the outlet it writes for, two names beside
their date, and an author box after the story (a lone label over the name, the name over its
role); menus and photo credits that share those shapes credit no one."""

from __future__ import annotations

import pytest

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

HEADLINE = "City approves plan to keep cars out of old town"
BODY = [
    "The city council approved the new traffic plan last night after a long debate with residents of the old "
    "town and the shopkeepers who had asked for more time.",
    "Under the plan, cars will be kept out of the centre on weekends from next spring, and buses will run every "
    "ten minutes instead of every twenty.",
    "Shopkeepers said they feared losing customers, while residents welcomed quieter streets and cleaner air "
    "after years of complaints.",
    "The mayor said the council would review the plan after a year and publish figures on traffic, air quality "
    "and trade in the centre.",
    "Opposition members voted against the plan, saying it had been rushed through without a proper study of its "
    "costs for small businesses.",
]


def authors(under_headline: str = "", after_body: str = "") -> tuple[str, ...]:
    text = "\n\n".join(["Home  News  Sport  Weather", HEADLINE, *([under_headline] if under_headline else []), *BODY,
                        *([after_body] if after_body else []), "About us  Contact  Privacy policy"]) + "\n"
    return tuple(extract_text(Capture(source=Source(path="page.txt", format="text"), content=text)).authors)


@pytest.mark.parametrize("byline, people", [
    ("Jane Doe — The Harbour Courier\nMarch 3, 2026", ("Jane Doe",)),
    ("Jane Doe - The Harbour Courier", ("Jane Doe",)),
    ("Jane Doe | CNN", ("Jane Doe",)),
    ("Jane Doe | The Harbour Courier | March 3, 2026", ("Jane Doe",)),
    ("Jane Doe and John Roe | March 3, 2026", ("Jane Doe", "John Roe")),
    ("Jane Doe · Follow\nPublished in The Startup · 5 min read · Mar 3, 2026", ("Jane Doe",)),  # a follow button
])
def test_a_name_beside_its_outlet_or_date_credits_the_person(byline, people):
    assert authors(under_headline=byline) == people


@pytest.mark.parametrize("line", [
    "Paid Program | The Harbour Courier",  # a section beside the outlet: no given name
    "Selling Old Town - The Harbour Courier",
    "John Roe | AFP",  # a photograph's credit: a picture agency is no outlet the writer writes for
    "Local News | Subscribe",  # a section and a button
    "Share This | Tweet",
])
def test_a_line_that_only_looks_like_a_name_beside_an_outlet_credits_no_one(line):
    assert authors(under_headline=line) == ()


@pytest.mark.parametrize("box", [
    "Written by\nJane Doe",
    "Jane Doe\nStaff Writer",
    "Jane Doe\nCity Hall Reporter\nJane covers the council and the mayor's office.",
    "ABOUT THE AUTHOR\nJane Doe has covered the council for the Courier since 2019.",
])
def test_an_author_box_after_the_story_credits_the_writer(box):
    assert authors(under_headline="March 3, 2026", after_body=box) == ("Jane Doe",)



def test_an_author_box_in_german_credits_the_writer():
    assert authors(under_headline="3. März 2026",
                   after_body="Über den Autor\nAnna Berger ist Redakteurin im Ressort Politik.") == ("Anna Berger",)


@pytest.mark.parametrize("closing, people", [
    ("This article was written by Jane Doe.", ("Jane Doe",)),
    ("This story was reported by Jane Doe and John Roe.", ("Jane Doe", "John Roe")),
    ("This article was produced by The Harbour Trust.", ()),  # an organisation, no writer
])
def test_a_closing_line_saying_who_wrote_the_story(closing, people):
    assert authors(under_headline="March 3, 2026", after_body=closing) == people
