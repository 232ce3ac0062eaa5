"""Bylines of a text capture in the shapes news pages set them: plural roles, particles joined by
a hyphen, a byline broken before its last name, a signature with a role, a "Words:" label."""

from __future__ import annotations

import pytest

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

HEADLINE = "Council approves harbour plan after long debate"
BODY = [
    "The council voted on Tuesday to approve the new harbour plan after a long debate that lasted well into the night, officials said.",
    "Residents had argued for months that the plan would bring more traffic to the narrow streets of the old town and harm local shops.",
    "The mayor said the vote was a turning point for the city and promised that work on the first phase would begin next spring.",
    "Opponents said they would consider a legal challenge, and a group of shop owners began collecting signatures the same evening.",
]


def authors(under_headline: str = "", after_body: str = "") -> tuple[str, ...]:
    text = "\n\n".join(["Home  News  Sport", HEADLINE, *([under_headline] if under_headline else []), *BODY,
                        *([after_body] if after_body else []), "Share this article\nMore stories"]) + "\n"
    return tuple(extract_text(Capture(source=Source(path="page.txt", format="text"), content=text)).authors)


@pytest.mark.parametrize("byline, people", [
    ("By Jane Doe and John Roe, Staff Writers", ("Jane Doe", "John Roe")),
    ("By Mohamed el-Sayed", ("Mohamed el-Sayed",)),
    ("By Abd al-Rahman Hassan", ("Abd al-Rahman Hassan",)),
    ("By Jane Doe and\nJohn Roe", ("Jane Doe", "John Roe")),
    ("By Jane Doe\nand John Roe", ("Jane Doe", "John Roe")),
    ("By Jane Doe\nJohn Roe", ("Jane Doe", "John Roe")),
    ("By Jane Doe\nWashington Post", ("Jane Doe",)),  # the outlet on the next line is no writer
    ("Words: Jane Doe", ("Jane Doe",)),
])
def test_a_byline_under_the_headline(byline, people):
    assert authors(under_headline=byline) == people


def test_a_byline_broken_before_a_line_that_is_no_name_stays_whole():
    assert authors(under_headline="By Jane Doe and\nMarch 3, 2021") == ("Jane Doe",)


@pytest.mark.parametrize("signature, people", [
    ("-- Jane Doe, Staff Writer", ("Jane Doe",)),
    ("— Jane Doe", ("Jane Doe",)),
    ("— Jane Doe, Dover", ()),  # a place after the name: a reader's letter, not a byline
])
def test_a_signature_closing_the_story(signature, people):
    assert authors(after_body=signature) == people


@pytest.mark.parametrize("label", ["By", "Author:", "Text:", "Written by"])
def test_a_byline_label_alone_on_the_line_above_the_name(label):
    assert authors(under_headline=f"{label}\nJane Doe") == ("Jane Doe",)


@pytest.mark.parametrize("byline, people", [
    ("Von Anna Berger, Hamburg", ("Anna Berger",)),  # the place written from
    ("By Jane Doe, Reuters", ("Jane Doe",)),  # a desk beside the person
    ("Text: Anna Berger, Fotos: Max Weber", ("Anna Berger",)),  # the photographer is no author
    ("Jane Doe\nHarbour Courier\nMarch 3, 2021", ("Jane Doe",)),  # the outlet under the name
])
def test_no_one_but_the_author_is_credited(byline, people):
    assert authors(under_headline=byline) == people


def test_a_closing_byline_ends_with_its_sentence():
    closing = "This entry was posted in News on March 3, 2021 by Jane Doe. Bookmark the permalink."
    assert authors(after_body=closing) == ("Jane Doe",)


@pytest.mark.parametrize("byline, people", [
    ("March 3, 2021 by Jane Doe Leave a Comment", ("Jane Doe",)),  # 'Jane Doe Leave' before
    ("Jane Doe | @janedoe | March 3, 2021", ("Jane Doe",)),
    ("Guest post by Jane Doe", ("Jane Doe",)),
    ("Medically reviewed by John Roe, MD — Written by Jane Doe on March 3, 2021", ("Jane Doe",)),
    ("Jane Doe\nJohn Roe\nMarch 3, 2021", ("Jane Doe", "John Roe")),
    ("Local News\nJane Doe\nMarch 3, 2021", ("Jane Doe",)),  # a section's name above is no writer
])
def test_bylines_of_blogs_and_health_sites(byline, people):
    assert authors(under_headline=byline) == people
