"""Byline shapes of blogs and magazines in a text capture: a label naming a contributor, the
story's sections between "Posted in" and "by"."""

from __future__ import annotations

import pytest

from sidebyside.extract.bylines import split_byline
from sidebyside.extract.byline_lines import byline_names
from sidebyside.extract.text.meta import is_meta


@pytest.mark.parametrize(
    "line, names",
    [
        ("Contributor: Jane Doe", ["Jane Doe"]),
        ("Contributors: Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("Autrice: Maria Rossi", ["Maria Rossi"]),
        ("Verfasserin: Anna Berger", ["Anna Berger"]),
        ("Posted in News by Jane Doe", ["Jane Doe"]),
        ("Posted in Politics, Local News by Jane Doe on March 3, 2021", ["Jane Doe"]),
        ("Published under Arts & Culture by John Roe", ["John Roe"]),
    ],
)
def test_blog_and_magazine_bylines(line, names):
    assert byline_names(line) == names
    assert is_meta(line)


@pytest.mark.parametrize(
    "line",
    [
        "Posted in news by the way",  # no section, no name: a sentence
        "Posted in News by admin",  # a user name in lower case credits no one
        "Story: Bridge Closes Forever",  # "Story:" opens a headline as often as a credit
        "Posted in the spring by ferry",
    ],
)
def test_lines_that_only_look_like_them_credit_no_one(line):
    assert byline_names(line) == []


def test_the_html_family_reads_the_same_labels():
    assert split_byline("Contributor: Jane Doe") == ["Jane Doe"]


@pytest.mark.parametrize(
    "line",
    [
        "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019",  # an embedded post's signature: a quoted person
        "Photo: Jane Doe",  # the photographer
        "Photo by Jane Doe",
    ],
)
def test_a_quoted_poster_or_a_photographer_is_no_byline(line):
    assert byline_names(line) == [] and not is_meta(line)
