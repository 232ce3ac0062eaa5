"""Byline strings → people or desks: split, cleaned, deduplicated, never a URL."""

from __future__ import annotations

import lxml.html
import pytest

from sidebyside.extract.html.bylines import clean_authors, split_byline, visible_authors


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe, John Roe & Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
        ("Written by Jane Doe | March 3, 2023", ["Jane Doe"]),
        ("By JANE DOE\n March 11, 2015 3:46 PM", ["Jane Doe"]),
        ("Jane Doe, Staff Writer", ["Jane Doe"]),
        ("Reuters Staff", ["Reuters"]),
        ("By Brenda Goodman, MA\n WebMD Health News", ["Brenda Goodman"]),
        ("Jane Doe (jdoe@example.com) @janedoe", ["Jane Doe"]),
        ("Bradley M. Kuhn (http://ebb.org/bkuhn/)", ["Bradley M. Kuhn"]),
        ("Martin Untersinger (avec Damien Leloup et Morgane Tual)",
         ["Martin Untersinger", "Damien Leloup", "Morgane Tual"]),
        ("Par Sébastien Farcis", ["Sébastien Farcis"]),
        ("Written by Rob Ewaschuk\n Edited by Betsy Beyer", ["Rob Ewaschuk"]),
        ("Mac & i", ["Mac & i"]),
        ("Jong, Michiel de", ["Jong, Michiel de"]),
        ("Sunday, Feb 1, 2015 11:57 AM UTC", []),
        ("Last Updated: January 7, 2025", []),
        ("https://www.facebook.com/janedoe", []),
        ("blog.example.com", []),
        ("Follow Author", []),
    ],
)
def test_split_byline(byline, names):
    assert split_byline(byline) == names


def test_clean_authors_dedupes_case_insensitively_keeping_order():
    assert clean_authors(["Jane Doe", "JANE DOE and John Roe", "john roe"]) == ["Jane Doe", "John Roe"]


def _page(body: str):
    return lxml.html.document_fromstring(f"<html><body>{body}</body></html>")


def test_visible_byline_element_with_links():
    tree = _page('<article><h1>T</h1><div class="byline">By <a href="/a/jd">Jane Doe</a> and '
                 '<a href="/a/jr">John Roe</a></div><p>Text</p></article>')
    assert visible_authors(tree) == ["Jane Doe", "John Roe"]


def test_microdata_author_name_wins_over_the_surrounding_text():
    tree = _page('<aside><span itemprop="author" itemscope><span itemprop="name">Nicolas Perriault</span>'
                 ' — 2013-09-29</span></aside>')
    assert visible_authors(tree) == ["Nicolas Perriault"]


def test_rel_author_link():
    tree = _page('<p>Posted by <a rel="author" href="/u/ann">Ann Poe</a></p>')
    assert visible_authors(tree) == ["Ann Poe"]


def test_plain_by_line():
    tree = _page("<h1>Headline</h1><p>By Kim Lee</p><p>Body text that goes on.</p>")
    assert visible_authors(tree) == ["Kim Lee"]


def test_comment_authors_are_not_the_byline():
    tree = _page('<div class="comments"><span class="author">troll99</span>'
                 '<a rel="author" href="/u/x">Commenter Name</a></div><p>Text</p>')
    assert visible_authors(tree) == []


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Bruce Y. Lee", ["Bruce Y. Lee"]),
        ("By Louis Jacobson on November 18, 2019", ["Louis Jacobson"]),
        ("Jeff FoustMonday, November 18, 2019", ["Jeff Foust"]),
        ("Ilana Muhlstein, RDN", ["Ilana Muhlstein"]),
        ("Texto: María López y Juan Pérez", ["María López", "Juan Pérez"]),
    ],
)
def test_split_byline_edge_cases(byline, names):
    assert split_byline(byline) == names


def test_element_boundaries_separate_names_from_desks():
    tree = _page('<div class="byline">By JILL LAWLESS<br>Associated Press</div><p>Text</p>')
    assert visible_authors(tree) == ["Jill Lawless", "Associated Press"]


def test_authorization_widgets_are_not_bylines():
    tree = _page('<div class="authorization"><a href="/in">Sign In</a> <a href="/up">Sign Up</a></div>'
                 '<div class="author_fmt">By Brenda Goodman, MA</div>')
    assert visible_authors(tree) == ["Brenda Goodman"]


@pytest.mark.parametrize(("byline", "names"), [("بقلم: ليلى منصور", ["ليلى منصور"]),
                                               ("Автор: Анна Соколова", ["Анна Соколова"])])
def test_non_latin_byline_labels(byline, names):
    assert split_byline(byline) == names


def test_two_desks_after_a_comma_stay_two():
    assert split_byline("Reuters, AFP") == ["Reuters", "AFP"]


def test_by_in_bold_inside_the_byline_paragraph():
    tree = _page("<h1>Headline</h1><p><b>By</b> Kim Lee</p><p>Body text that goes on.</p>")
    assert visible_authors(tree) == ["Kim Lee"]


def test_capitals_become_title_case_only_for_plain_names():
    assert split_byline("By JOE HILDEBRAND") == ["Joe Hildebrand"]
    assert split_byline("Kevin Johnson and Kevin McCoy, USA TODAY") == ["Kevin Johnson", "Kevin McCoy", "USA TODAY"]
