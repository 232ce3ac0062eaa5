"""Lines that credit a person, read alike by both families (issue 13): an interview's credit
("Propos recueillis par"), a label in Hindi ("रिपोर्ट:"), an author box's journalist and
photographer ("Jane Doe Journalist" / "Ola Berg Fotograf": the photographer wrote nothing), a
name and the place after a spaced slash ("Elif Demir / Trabzon"), a name, its role and an e-mail
address under a story's HTML. Invented names and stories."""

from __future__ import annotations

import lxml.html
import pytest

from fixtext21_story import HEADLINE, PARAS, article
from sidebyside.extract.bylines import split_byline, without_slash_place
from sidebyside.extract.byline_lines import byline_names, name_space_role
from sidebyside.extract.html import extract_html_detail
from sidebyside.extract.html.bylines import email_credit, visible_authors
from sidebyside.extract.text.meta import is_meta, name_date_names
from sidebyside.model import Capture, Source


def _html(body: str) -> str:
    return f"<html><body><main><article><h1>{HEADLINE}</h1>{body}" + "".join(
        f"<p>{p}</p>" for p in PARAS) + "</article></main></body></html>"


def _html_article(page: str):
    return extract_html_detail(Capture(Source(path=None, format="html"), page)).article


# ------------------------------------------------------------------ an interview's credit

@pytest.mark.parametrize("line, name", [
    ("Propos recueillis par Claire Fontaine", "Claire Fontaine"),
    ("Entretien réalisé par Claire Fontaine", "Claire Fontaine"),
    ("Interview réalisée par Claire Fontaine", "Claire Fontaine"),
    ("As told to Jane Whitcombe", "Jane Whitcombe"),
])
def test_an_interviews_credit_names_its_writer_in_both_families(line, name):
    assert byline_names(line) == split_byline(line) == [name]
    assert article(f"{line}\n6. Dezember 2026, 14:05").authors == (name,)
    tree = lxml.html.document_fromstring(_html(f"<p>{line}</p>"))
    assert visible_authors(tree) == [name]


def test_an_interview_credit_without_a_name_credits_no_one():
    assert byline_names("Propos recueillis par notre rédaction locale") == []
    assert byline_names("Les propos recueillis par la commission ont été publiés") == []


# ------------------------------------------------------------------ a credit label in Hindi

def test_a_hindi_report_label_credits_the_reporter_not_the_place():
    line = "रिपोर्ट: सुनीता वर्मा, रामनगर · प्रकाशित: 5 दिसंबर 2026, 08:10 AM IST"
    assert byline_names(line) == ["सुनीता वर्मा"]
    assert is_meta(line)
    tree = lxml.html.document_fromstring(_html('<div class="meta"><span>रिपोर्ट: सुनीता वर्मा, रामनगर</span></div>'))
    assert visible_authors(tree) == ["सुनीता वर्मा"]


def test_a_hindi_word_that_is_no_label_credits_no_one():
    assert byline_names("रिपोर्ट के मुताबिक शहर में बारिश हुई") == []


# ------------------------------------------------------------------ an author box's photographer

def test_an_author_boxs_photographer_is_no_author():
    assert split_byline("Ola Berg Fotograf") == []
    assert split_byline("Jane Doe Photographer") == []
    assert byline_names("Ola Berg Fotograf") == []
    # the journalist over the photographer: the journalist alone
    assert byline_names("Ingrid Nyland Journalist") == ["Ingrid Nyland"]
    assert article("Ingrid Nyland Journalist\nOla Berg Fotograf\n6. Dezember 2026, 14:05").authors == ("Ingrid Nyland",)
    box = ('<div class="authors"><div class="author"><a href="/ingrid-nyland">Ingrid Nyland</a> <span>Journalist</span></div>'
           '<div class="author"><a href="/ola-berg">Ola Berg</a> <span>Fotograf</span></div></div>')
    assert visible_authors(lxml.html.document_fromstring(_html(box))) == ["Ingrid Nyland"]


def test_a_name_and_role_line_needs_a_known_given_name_and_a_short_line():
    assert name_space_role("Local News Editor") == []  # a desk, no person
    assert name_space_role("Jane Doe Staff Writer") == ["Jane Doe"]
    assert name_space_role("The storm that hit the harbour town overnight reporter") == []
    # two writers credited by the author box, no photographer: both
    box = ('<div class="authors"><div class="author"><a href="/a">Ingrid Nyland</a> <span>Journalist</span></div>'
           '<div class="author"><a href="/b">Per Olsen</a> <span>Journalist</span></div></div>')
    assert visible_authors(lxml.html.document_fromstring(_html(box))) == ["Ingrid Nyland", "Per Olsen"]


# ------------------------------------------------------------------ a place after a spaced slash

def test_a_name_then_a_spaced_slash_and_a_place_credits_the_name():
    assert without_slash_place("Elif Demir / Trabzon") == "Elif Demir"
    assert split_byline("Elif Demir / Trabzon") == ["Elif Demir"]
    assert name_date_names("Elif Demir / Trabzon 04.12.2026 10:35 | Son Güncelleme: 04.12.2026 13:20", False) == ["Elif Demir"]
    tree = lxml.html.document_fromstring(_html('<div class="meta"><span class="author">Elif Demir / Trabzon</span></div>'))
    assert visible_authors(tree) == ["Elif Demir"]


def test_two_words_after_the_slash_are_left_alone():
    assert without_slash_place("Jane Doe / John Roe") == "Jane Doe / John Roe"
    assert without_slash_place("Trabzon") == "Trabzon"
    assert without_slash_place("Elif Demir/Trabzon") == "Elif Demir/Trabzon"  # unspaced: not this shape


# ------------------------------------------------------------------ a name with an e-mail under the story

def test_a_reporters_name_role_and_email_under_the_html_story_credit_the_reporter():
    page = _html("") .replace("</article>", '<p class="reporter">김하늘 기자 haneul@example.kr</p></article>')
    assert email_credit(lxml.html.document_fromstring(page)) == ["김하늘"]
    assert _html_article(page).authors == ("김하늘",)


def test_an_email_outside_the_story_or_without_a_role_credits_no_one():
    footer = _html("") + '<footer><p>Jane Doe, editor, jane@example.com</p></footer>'
    assert email_credit(lxml.html.document_fromstring(footer)) == []
    no_role = _html("").replace("</article>", "<p>Tipps an redaktion@example.de</p></article>")
    assert email_credit(lxml.html.document_fromstring(no_role)) == []
    outside = "<html><body><div><p>김하늘 기자 haneul@example.kr</p></div></body></html>"
    assert email_credit(lxml.html.document_fromstring(outside)) == []
