"""A text capture's header beside its navigation: "By Topic" facets are no byline, a byline with
a role and an outlet after the name credits the person, and a select-all copy's navigation
(no bullets, no blank lines, a breadcrumb glued to the headline) does not take the headline."""

from __future__ import annotations

import pytest

from sidebyside.extract.text import extract_text, read_lines
from sidebyside.extract.text.headline import _crumbs_before, _menu_repeat, _standfirst_over_byline
from sidebyside.settings import DEFAULT
from sidebyside.extract.byline_lines import byline_names, unglued
from sidebyside.model import Capture, Source

HEADLINE = "Council approves harbour plan after long debate"
BODY = [
    "The council voted on Tuesday to approve the new harbour plan after a long debate that lasted well into the night, officials said.",
    "Residents had argued for months that the plan would bring more traffic to the narrow streets of the old town and harm local shops.",
    "The mayor said the vote was a turning point for the city and promised that work on the first phase would begin next spring.",
    "Opponents said they would consider a legal challenge, and a group of shop owners began collecting signatures the same evening.",
]


def extract(head: str):
    text = head + "\n\n" + "\n\n".join(BODY) + "\n\nShare this article\nMore stories\n"
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text))


def test_by_facets_of_a_menu_credit_no_one():
    article = extract(f"Home\nNews\n\nBy Topic\nBy Region\nBy Date\n\n{HEADLINE}")
    assert article.authors == ()


def test_a_byline_under_by_facets_is_still_read():
    article = extract(f"By Topic\nBy Region\n\n{HEADLINE}\n\nBy Jane Doe")
    assert article.authors == ("Jane Doe",)


def test_two_bylines_of_full_names_are_no_menu():
    assert extract(f"{HEADLINE}\n\nBy Jane Doe\nBy John Roe").authors == ("Jane Doe", "John Roe")


@pytest.mark.parametrize("line, people", [
    ("Jane Doe, Senior Reporter, The Daily Planet", ["Jane Doe"]),
    ("Jane Doe – Senior Reporter – CNN", ["Jane Doe"]),
    ("Jane Doe, Senior Reporter", ["Jane Doe"]),
    ("Paris, France, Europe", []),  # no role: places, not a byline
    ("Jane Doe, reporter, who covered the story", []),  # a sentence goes on after the role
])
def test_a_name_its_role_and_its_outlet(line, people):
    assert byline_names(line) == people


def test_a_byline_with_role_and_outlet_under_the_headline():
    assert extract(f"{HEADLINE}\n\nJane Doe, Senior Reporter, The Daily Planet").authors == ("Jane Doe",)


def _lines(text: str):
    return read_lines(text)


def test_a_breadcrumb_glued_to_the_headline_is_no_candidate():
    lines = _lines(f"HomeNEWSCITY{HEADLINE}\n{HEADLINE}\nMarch 3, 2023\n")
    assert _crumbs_before(lines[0], lines[1])
    assert not _crumbs_before(lines[1], lines[2])


def test_a_line_ending_in_a_short_fragment_is_no_breadcrumb():
    lines = _lines("Council approves harbour plan after Long Debate\nLong Debate\n")  # a two-word tail, no headline of its own
    assert not _crumbs_before(lines[0], lines[1])


def test_a_link_repeated_in_a_copied_menu_earns_no_title_bonus():
    menu = "Advertising\nPlace an Ad\nClassifieds\nWhy The Courier?\nFind Jobs\nContact Us\n"
    lines = _lines(menu + menu + "\n" + HEADLINE + "\n\n" + HEADLINE + "\n")
    assert _menu_repeat(lines, 0, len(lines), "Why The Courier?")
    assert not _menu_repeat(lines, 0, len(lines), HEADLINE)  # a title over its headline


def test_a_headline_in_a_copy_without_blank_lines_beats_a_repeated_menu_link():
    menu = "Advertising\nPlace an Ad\nClassifieds\nWhy The Courier?\nFind Jobs\nContact Us\n"
    head = menu + menu + "Share\nFacebook\nTwitter\nEmail\nPrint\nCity Hall\n" + HEADLINE + "\nBy Jane Doe"
    assert extract(head).title == HEADLINE


@pytest.mark.parametrize("byline, people", [
    ("   By Jane Doe, John Roe, Mary\n   Major and Sam Poe", ("Jane Doe", "John Roe", "Mary Major", "Sam Poe")),
    ("   By Jane Doe and John\n   Roe", ("Jane Doe", "John Roe")),
])
def test_a_list_of_names_wrapped_inside_a_name(byline, people):
    assert extract(f"{HEADLINE}\n\n{byline}\n   March 3, 2023").authors == people


def test_a_byline_ending_in_a_desk_does_not_take_the_line_under_it():
    # "Reuters" is one word after a full name (a desk); "Updated …" under it is no last name
    assert extract(f"{HEADLINE}\n\n   By Jane Doe, Reuters\n   Updated March 3, 2023").authors == ("Jane Doe",)


def test_a_wrapped_name_joins_only_a_line_at_the_same_indent():
    # the line under it is set apart (another column, a heading): not the rest of the name
    article = extract(f"{HEADLINE}\n\n   By Jane Doe and John\nRoe Valley News\n")
    assert "John Roe" not in article.authors


SHORT_HEADLINE = "Nelson's late goal lifts Islanders"
DEK = "New York completes a frantic comeback to extend its unbeaten streak to fifteen games"


@pytest.mark.parametrize("block", ["Associated Press", "Tribune Wire Service"])
def test_a_standfirst_over_an_outlet_line_and_its_date_is_no_headline(block):
    head = f"Sections\n\n{SHORT_HEADLINE}\n\n{DEK}\n\n{block}\n\nPublished 11:26 pm, Tuesday, November 19, 2019"
    article = extract(head)
    assert article.title == SHORT_HEADLINE
    assert article.lead == DEK


def test_a_menu_word_between_a_title_and_the_byline_keeps_the_line_under_it_a_headline():
    # "Family", one word of a side menu, is no outlet's line: "What's on" is a section, not the headline
    head = "What's on\nFood & drink  Tall ships return to Port Ellis for the festival weekend\nFamily\nWords by Jonah Price | 20 June 2024"
    assert extract(head).title != "What's on"


def test_a_quoted_standfirst_over_a_section_and_a_glued_date_reads_as_a_standfirst():
    quote = ("“We have to make some hard choices,” the harbour master said in an email to staff on Monday "
             "about the plan and its costs")
    lines = read_lines(f"Harbour plan cuts to begin today\n\n{quote}\n\nCITY NEWS /\nNov.November 18, 2019 12:02 PM\n")
    headline, under = (ln for ln in lines if ln.text and ln.kind != "blank" and ln.index < 3)
    assert _standfirst_over_byline(lines, headline, under, len(lines), DEFAULT.extract.text)
    menu = read_lines(f"Harbour plan cuts to begin today\n\n{quote}\n\nCITY NEWS /\nNewsletters\n")
    headline, under = (ln for ln in menu if ln.kind != "blank" and ln.index < 3)
    assert not _standfirst_over_byline(menu, headline, under, len(menu), DEFAULT.extract.text)


@pytest.mark.parametrize("line", [
    "Jane DoeStaff Writer",  # a select-all copy glues the name and its role
    "Jane Doe – Staff Writer",
    "Jane Doe / Staff Writer",
    "By Jane DoeStaff WriterUpdated March 3, 2023",
])
def test_a_name_and_its_role_set_without_a_comma(line):
    assert extract(f"{HEADLINE}\n\n{line}").authors == ("Jane Doe",)


@pytest.mark.parametrize("text, unchanged", [
    ("By Eric McCoy and Jim MacDonald", True),  # capitals inside names stay
    ("By DeShawn Smith", True),
    ("Jane DoeStaff Writer", False),
])
def test_only_a_role_or_a_date_glued_to_a_name_is_parted(text, unchanged):
    assert (unglued(text) == text) is unchanged


def test_a_person_named_with_a_role_in_the_first_sentence_is_not_the_author():
    article = extract(f"{HEADLINE}\n\nMary Major, a staff writer at the council, said the vote was close and that the "
                      "harbour plan would be debated again next year")
    assert article.authors == ()
