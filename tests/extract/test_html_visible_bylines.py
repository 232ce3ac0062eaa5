"""The byline a reader sees on a page without metadata: each form near the headline, and the
names that are no byline (a menu, a picture credit, a dateline's time, a biography)."""

from __future__ import annotations

import lxml.html
import pytest

from sidebyside.extract.html.metadata import extract_metadata


def authors(body: str, url: str | None = "https://www.lakeside-post.example/story") -> list[str]:
    page = f"<html><head><title>Ferry timetable changes</title></head><body>{body}</body></html>"
    return extract_metadata(lxml.html.document_fromstring(page), url).authors


STORY = "<p>The ferry will run every forty minutes from the first week of spring, the operator said.</p>"


@pytest.mark.parametrize("byline, name", [
    ('<p class="autore">Di Livia Carrano</p>', "Livia Carrano"),  # Italian, a capitalised "Di"
    ('<p class="signature">Par Odile Fermat avec AFP</p>', "Odile Fermat"),  # the wire beside the writer
    ('<p class="byline">Av Nils Berggren/TT</p>', "Nils Berggren"),  # a slash and the agency's initials
    ('<p class="autor">Text: Radka Dvořáková</p>', "Radka Dvořáková"),
    ('<p class="muhabir">Deniz Aksoy | Muhabir</p>', "Deniz Aksoy"),  # a name and its role
])
def test_other_languages_byline_elements(byline, name):
    assert authors(f"<article><h1>Ferry timetable changes</h1>{byline}{STORY}</article>") == [name]


@pytest.mark.parametrize("dateline, name", [
    ("<font size=1>Published: 02/04/2009 | By Owen Pritchard</font>", "Owen Pritchard"),
    ("<small>Von Hanna Quist | 02.04.2009</small>", "Hanna Quist"),
    ("<font size=1>02/04/2009 - di Sergio Valli</font>", "Sergio Valli"),
    ("<small>Gepubliceerd: 02/04/2009 | Door Joost Kamphuis</small>", "Joost Kamphuis"),
])
def test_a_byline_in_a_dateline_of_an_old_table_layout(dateline, name):
    page = (f"<table><tr><td><a href='/'>Home</a><br><a href='/news'>News</a></td>"
            f"<td>{dateline}<br><b>Ferry timetable changes</b>{STORY}</td></tr></table>")
    assert authors(page) == [name]


def test_a_name_over_the_date_under_the_headline():
    page = ('<article><h1>Ferry timetable changes</h1><div class="meta">Agnieszka Pawlak<br>'
            '14 March 2026, 09:12</div>' + STORY + "</article>")
    assert authors(page) == ["Agnieszka Pawlak"]


def test_a_line_under_the_headline_that_is_no_name_and_date_credits_no_one():
    page = ('<article><h1>Ferry timetable changes</h1><div class="meta">Harbour News<br>'
            'Spring Schedule Update</div>' + STORY + "</article>")
    assert authors(page) == []


def test_the_byline_ends_at_its_date_not_at_the_section_after_it():
    page = ('<article><h1>Ferry timetable changes</h1><div class="byline">By<br>'
            '<a href="/authors/mara-keel">Mara Keel</a><br>2026-03-14T09:12:00Z<br>Transport & Travel</div>'
            + STORY + "</article>")
    assert authors(page) == ["Mara Keel"]


def test_a_biography_in_the_author_box_is_no_second_name():
    page = ('<article><h1>Ferry timetable changes</h1><div class="author">Tobias Wren<br>'
            'Tobias Wren is a reporter for the Lakeside Post.</div>' + STORY + "</article>")
    assert authors(page) == ["Tobias Wren"]


def test_the_author_pages_link_is_one_name_and_other_links_no_names():
    page = ('<article><h1>Ferry timetable changes</h1><div class="author-box">'
            '<a href="/contributor/ida-holm">Ida Hol<span class="kern">m</span></a> '
            '<a href="/tags/ferries">Ferries</a> <a href="/tags/harbour">Harbour</a></div>' + STORY + "</article>")
    assert authors(page) == ["Ida Holm"]


def test_a_contributors_menu_is_no_byline():
    page = ('<div class="block block-menu-contributors"><a href="/opinion">Contributors</a>'
            '<a href="/apply">Become a contributor</a></div>'
            '<article><h1>Ferry timetable changes</h1><p>By Rhys Calder - 03/14/26 09:12 AM</p>' + STORY + "</article>")
    assert authors(page) == ["Rhys Calder"]


def test_a_picture_credit_and_a_datelines_time_are_no_byline():
    page = ('<article><h1>Ferry timetable changes</h1><div class="image-credit-author">© Pia Lund</div>'
            '<div class="dateline"><time>Today 09:12 AM</time></div><p>By Carys Bell</p>' + STORY + "</article>")
    assert authors(page) == ["Carys Bell"]


def test_by_inside_a_sentence_of_the_story_is_no_byline():
    page = ("<article><h1>Ferry timetable changes</h1>"
            "<p>The route was reopened in March - by Governor Hale, who spoke at the pier.</p>" + STORY + "</article>")
    assert authors(page) == []


def article_authors(body: str) -> list[str]:
    from sidebyside.extract.html import extract_html
    from sidebyside.model import Capture, Source

    page = f"<html><head><title>Ferry timetable changes</title></head><body>{body}</body></html>"
    capture = Capture(Source(path=None, format="html", url="https://www.lakeside-post.example/story"), page)
    return list(extract_html(capture).authors)


LONG_STORY = "".join(f"<p>{s}</p>" for s in (
    "The ferry operator said on Monday that boats would run every forty minutes from the first week of spring.",
    "Passengers on the northern route have complained for two years about waits of more than an hour.",
    "The harbour council approved the new timetable after a vote that split the board down the middle.",
))


def test_a_credit_closing_the_story_names_its_writer_when_no_byline_does():
    page = (f"<article><h1>Ferry timetable changes</h1>{LONG_STORY}"
            "<p>(Reporting by Mirela Oprea; Editing by Hal Brandt)</p></article>")
    assert article_authors(page) == ["Mirela Oprea"]


def test_a_byline_at_the_top_wins_over_the_closing_credit():
    page = (f"<article><h1>Ferry timetable changes</h1><p>By Tove Arnesen</p>{LONG_STORY}"
            "<p>(Reporting by Mirela Oprea; Editing by Hal Brandt)</p></article>")
    assert article_authors(page) == ["Tove Arnesen"]


def test_an_editing_credit_alone_names_no_writer():
    page = f"<article><h1>Ferry timetable changes</h1>{LONG_STORY}<p>(Editing by Hal Brandt)</p></article>"
    assert article_authors(page) == []


def test_a_long_closing_credit_names_the_reporters_not_those_added_or_the_editors():
    page = (f"<article><h1>Ferry timetable changes</h1>{LONG_STORY}"
            "<p>(Reporting by Mirela Oprea, Sunil Varma, with reporting by Ada Kwan and Piet Hols, "
            "editing by Hal Brandt.)</p></article>")
    assert article_authors(page) == ["Mirela Oprea", "Sunil Varma"]


def test_one_word_beside_a_full_name_is_the_outlet_or_the_place_not_a_second_writer():
    page = '<article><h1>Ferry timetable changes</h1><div class="byline">By Lena Fairhurst, OCEANWIRE</div>' + STORY
    assert authors(page + "</article>") == ["Lena Fairhurst"]
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry timetable changes", '
          '"author": [{"@type": "Person", "name": "Lena Fairhurst"}, {"@type": "Person", "name": "Regan"}]}</script>')
    assert authors(ld + "<article><h1>Ferry timetable changes</h1>" + STORY + "</article>") == [
        "Lena Fairhurst", "Regan"]  # a given name stays a person


def test_a_single_name_alone_is_still_the_writer():
    page = '<article><h1>Ferry timetable changes</h1><div class="byline">By Oceanwire</div>' + STORY
    assert authors(page + "</article>") == ["Oceanwire"]


@pytest.mark.parametrize("byline, name", [
    ("<p>KERRY MADDOCK<br>Chief Reporter</p>", "Kerry Maddock"),
    ("<p>Idris Fennell, Columnist</p>", "Idris Fennell"),
    ("<p>By KERRY MADDOCK Associated Press</p>", "Kerry Maddock"),
    ("<p><a href='/author/kerry-maddock'>Kerry Maddock</a></p>", "Kerry Maddock"),
    ("<p>Por Lucía Arrabal | Madrid</p>", "Lucía Arrabal"),
])
def test_bylines_a_reader_sees_under_the_headline(byline, name):
    assert authors(f"<article><h1>Ferry timetable changes</h1>{byline}{STORY}</article>") == [name]


@pytest.mark.parametrize("elsewhere", [
    "<div class='comments'><p>By Sam Lindgren | 14 March 2026</p></div>",
    "<div class='related'><p>By Oona Greaves | 14 March 2026</p></div>",
    "<footer><p>Published by Lakeside Media Ltd | 2026</p></footer>",
    "<div class='related'><a href='/author/oona-greaves'>Oona Greaves</a></div>",
    "<footer><a href='/author/oona-greaves'>Oona Greaves</a></footer>",
])
def test_names_in_comments_related_stories_or_the_footer_are_no_byline(elsewhere):
    assert authors(f"<article><h1>Ferry timetable changes</h1>{STORY}</article>{elsewhere}") == []


def test_a_caption_credit_and_a_place_over_the_date_are_no_byline():
    page = ("<article><h1>Ferry timetable changes</h1><div class='info'>New Hampton | 14 March 2026</div>"
            "<figure><img src='f.jpg'><figcaption>Photo by Jane Ortolan</figcaption></figure>" + STORY + "</article>")
    assert authors(page) == []
