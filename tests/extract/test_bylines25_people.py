"""An HTML page's authors are the persons it credits: outlets, agencies, desks and user names
are no authors; a byline label in another language is read. Names and outlets are invented."""

from __future__ import annotations

import lxml.html
import pytest

from sidebyside.extract.bylines import is_person, split_byline
from sidebyside.extract.html.bylines import visible_authors
from sidebyside.extract.html.metadata import extract_metadata

PROSE = "<p>" + "The council met on Tuesday to weigh the plan for the harbour. " * 8 + "</p>"


def meta(head: str, body: str = PROSE, url: str | None = None):
    page = f"<html><head>{head}<title>Harbour plan wins approval</title></head><body>{body}</body></html>"
    return extract_metadata(lxml.html.document_fromstring(page), url)


def byline(line: str) -> list[str]:
    page = f"<html><body><article><h1>Harbour plan wins approval</h1>{line}{PROSE}</article></body></html>"
    return visible_authors(lxml.html.document_fromstring(page))


# --------------------------------------------------------------------------- persons only


@pytest.mark.parametrize("credit", ["Reuters", "Associated Press", "Harbour Courier", "Editorial", "Redaktion",
                                    "HCN", "jdoe_77", "marlo"])
def test_a_credit_that_names_no_person_is_no_author(credit):
    m = meta(f'<meta name="author" content="{credit}"><meta property="og:site_name" content="Harbour Courier">',
             url="https://www.harbourcourier.example/news/1")
    assert m.authors == []


def test_an_agency_alone_stays_the_source_credit():
    m = meta('<meta name="author" content="Reuters">')
    assert (m.authors, m.source_credit) == ([], "Reuters")


def test_metadata_naming_only_the_outlet_gives_way_to_the_visible_byline():
    m = meta('<meta name="author" content="Harbour Courier"><meta property="og:site_name" content="Harbour Courier">',
             body='<article><p class="byline">By Marta Ilves and Tomas Reigo</p>' + PROSE + "</article>")
    assert m.authors == ["Marta Ilves", "Tomas Reigo"]


def test_an_outlet_beside_persons_is_dropped_and_the_persons_stay():
    m = meta('<meta name="author" content="Marta Ilves, Valley News, Tomas Reigo">')
    assert m.authors == ["Marta Ilves", "Tomas Reigo"]


@pytest.mark.parametrize("name, person", [
    *((name, True) for name in ("Marta Ilves", "Ana de la Cruz", "Pietro della Valle", "J. R. Okafor", "이서연",
                                "Ильва Марте")),
    # outlets, desks and user names are not
    *((name, False) for name in ("The Harbour Courier", "Harbour Courier", "HCN", "Valley News",
                                 "Northern fisheries ministries", "marlo", "jdoe_77", "Staff")),
])
def test_is_person(name, person):
    assert is_person(name, ["Harbour Courier"], ["harbourcourier"]) is person


# --------------------------------------------------------------------------- byline strings


def test_a_name_then_its_outlet_after_a_full_stop_are_two_credits():
    assert split_byline("Marta Ilves. Harbour Courier") == ["Marta Ilves", "Harbour Courier"]
    # a title's or an initial's full stop ends nothing
    assert split_byline("By Mrs. Marta Ilves") == ["Mrs. Marta Ilves"]
    assert split_byline("By J. R. Okafor") == ["J. R. Okafor"]


def test_a_dangling_word_on_its_own_line_is_no_name():
    assert split_byline("By\nMarta Ilves\n,\nTomas Reigo\non Monday, March 3rd, 2025") == ["Marta Ilves",
                                                                                          "Tomas Reigo"]
    assert split_byline("By Le Van Thanh") == ["Le Van Thanh"]  # a name opening with such a word stays


# --------------------------------------------------------------------------- labels in other languages


@pytest.mark.parametrize("line, names", [
    ("<p>Von Marta Ilves</p>", ["Marta Ilves"]),
    ("<p>Par Marta Ilves</p>", ["Marta Ilves"]),
    ("<p>Por Marta Ilves</p>", ["Marta Ilves"]),
    ("<p>di Marta Ilves</p>", ["Marta Ilves"]),
    ("<p>Av Marta Ilves</p>", ["Marta Ilves"]),
    ("<p>Autor: Marta Ilves</p>", ["Marta Ilves"]),
    ("<p><strong>Autorin:</strong> Marta Ilves</p>", ["Marta Ilves"]),
    ("<p>Автор: Марта Ильвес</p>", ["Марта Ильвес"]),
])
def test_a_byline_label_in_another_language_is_read(line, names):
    assert byline(line) == names


@pytest.mark.parametrize("line", ["<p>Autorität: Marta Ilves</p>", "<p>Text: Marta Ilves</p>",
                                  "<p>Reporter: Is that true?</p>", "<p>Autor des Buches ist Marta Ilves</p>"])
def test_a_line_that_only_looks_like_a_label_credits_no_one(line):
    assert byline(line) == []
