"""Text bylines that carry more than the names: an outlet after a comma that the page names
elsewhere, an author box's link glued after the name, a closing credit with a role and an
e-mail address, a "Published <date> Name@handle" line; and the given names that tell a person."""

from __future__ import annotations

import pytest

from ferry_story import HEADLINE, PARAS
from sidebyside.extract.text import extract_text
from sidebyside.extract.byline_lines import role_credit
from sidebyside.extract.text.header import without_author_link
from sidebyside.extract.text.meta import name_date_names
from sidebyside.model import Capture, Source



def _authors(header: str, above: str = "", below: str = "") -> tuple[str, ...]:
    text = "\n\n".join(x for x in (above, HEADLINE, header, *PARAS, below) if x)
    return extract_text(Capture(source=Source(path="ferry.txt", format="text"), content=text)).authors


@pytest.mark.parametrize(
    "header, above, authors",
    [
        # the outlet after the comma is the page's masthead or its "Follow" link
        ("By Helen Quigley, Harbour Courier\nNov. 19, 2019", "Harbour Courier\n\nNews  Sport  Weather", ("Helen Quigley",)),
        ("By Helen Quigley, HC Business\nNov. 19, 2019", "Follow HC Business", ("Helen Quigley",)),
        # a name in capitals and its outlet, over the date
        ("HELEN QUIGLEY, FERRYWATCH\n19 NOV 2019", "Ferrywatch\n\nNews  Sport  Weather", ("Helen Quigley",)),
        # a second person is no outlet, though the page names her again (her author box)
        ("By Helen Quigley, Mary Smith\nNov. 19, 2019", "Mary Smith\n\nNews  Sport  Weather", ("Helen Quigley", "Mary Smith")),
    ],
)
def test_an_outlet_the_page_names_elsewhere_is_cut_from_the_byline(header, above, authors):
    assert _authors(header, above) == authors


def test_an_outlet_written_only_in_the_byline_is_left_to_the_byline_rules():
    assert "Helen Quigley" in _authors("By Helen Quigley, Ferrywatch\nNov. 19, 2019")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Marcus De GuzmanView More Articles", "Marcus De Guzman"),
        ("Helen Quigley Full Bio", "Helen Quigley"),
        ("Helen QuigleyFollow", "Helen Quigley"),
        ("Marcus De Guzman", "Marcus De Guzman"),
        ("View More Articles", "View More Articles"),  # a link alone names no one, and keeps its text
        ("Marcus De GuzmanView Gallery", "Marcus De GuzmanView Gallery"),
    ],
)
def test_an_author_box_link_after_a_name_is_cut(text, name):
    assert without_author_link(text) == name


def test_a_name_with_its_author_link_under_the_headline_credits_the_person():
    assert _authors("[marcus-deg]\n\nMarcus De GuzmanView More Articles") == ("Marcus De Guzman",)
    assert _authors("[harbour]\n\nHarbour ViewView More Articles") == ()


@pytest.mark.parametrize(
    "line, names",
    [
        ("정덕현 칼럼니스트 thekian1@example.kr", ["정덕현"]),
        ("칼럼니스트 박생강 writer9@example.com", ["박생강"]),
        ("Columnist Helen Quigley hquigley@example.com", ["Helen Quigley"]),
        ("Contact the newsroom at news@example.com", []),
        ("Helen Quigley, Columnist", []),  # no e-mail: the byline rules read that one
        ("Write to the editor at letters@example.com", []),
    ],
)
def test_a_closing_credit_with_a_role_and_an_e_mail_names_the_writer(line, names):
    assert role_credit(line) == names


def test_the_closing_role_credit_is_the_byline_when_none_stands_above():
    assert _authors("", below="Columnist Helen Quigley hquigley@example.com") == ("Helen Quigley",)


@pytest.mark.parametrize(
    "line, names",
    [
        ("Published Tue, Nov 19 2019 7:05 AM EST Keris Lahiff@kerisalison", ["Keris Lahiff"]),
        ("Updated: March 3, 2021 | Helen Quigley | Politics", ["Helen Quigley"]),
        ("Published Nov 19, 2019 Impeachment Inquiry", []),  # a heading after the date
        ("Published Nov 19, 2019", []),
    ],
)
def test_a_published_label_before_the_date_is_no_name(line, names):
    assert name_date_names(line) == names


def test_a_name_beside_a_published_dateline_credits_the_person():
    header = "Published Tue, Nov 19 2019 7:05 AM EST Updated Tue, Nov 19 2019 7:16 AM EST\nKeris Lahiff@kerisalison"
    assert _authors(header) == ("Keris Lahiff",)


def _opening_authors(under_standfirst: str) -> tuple[str, ...]:
    """A standfirst long enough to be read as the body's first paragraph, then ``under_standfirst``."""
    standfirst = ("This year the port board surveyed every island household about the ferry, and the answers "
                  "changed how the board will spend the money it has set aside for the harbour.")
    text = "\n\n".join([HEADLINE, standfirst, "[ferry-survey-image]", under_standfirst, *PARAS])
    return extract_text(Capture(source=Source(path="ferry.txt", format="text"), content=text)).authors


@pytest.mark.parametrize(
    "line, authors",
    [
        ("hquigley-headshot Helen Quigley", ("Helen Quigley",)),
        ("Helen Quigley", ("Helen Quigley",)),
        ("Harbour View", ()),  # a subheading, no person
        ("Quayside Traders", ()),
    ],
)
def test_a_name_under_a_standfirst_read_as_the_body_credits_the_person(line, authors):
    assert _opening_authors(line) == authors


@pytest.mark.parametrize(
    "footer, authors",
    [
        ("© Helen Quigley 2016-2020", ("Helen Quigley",)),
        ("Copyright © 2021 Helen Quigley. All rights reserved.", ("Helen Quigley",)),
        ("© 2021 Harbour Courier Media Group", ()),
        ("© 2021 Helen Quigley News", ()),  # a publication named for its founder
    ],
)
def test_a_personal_sites_copyright_credits_its_author_when_nothing_else_does(footer, authors):
    assert _authors("", below=f"Share this story\n\n{footer}") == authors


def test_a_byline_above_outranks_the_copyright_holder():
    assert _authors("By Mary Smith", below="© Helen Quigley 2016-2020") == ("Mary Smith",)


def test_a_caption_naming_the_person_the_story_is_about_credits_no_one():
    standfirst = ("Photos released online this week show the harbour master, Helen Quigley, opening the "
                  "rebuilt wall to the island's boats for the first time since the winter storms.")
    text = "\n\n".join([HEADLINE, standfirst, "[quigley1]", "Helen Quigley", *PARAS])
    assert extract_text(Capture(source=Source(path="ferry.txt", format="text"), content=text)).authors == ()


@pytest.mark.parametrize(
    "line, names",
    [
        ("— Helen Quigley", ["Helen Quigley"]),
        ("-- Helen Quigley", ["Helen Quigley"]),
        ("Helen Quigley is a staff writer at the Harbour Courier.", ["Helen Quigley"]),
        ("Helen Quigley is the author of three books about the harbour.", ["Helen Quigley"]),
        ("Helen Quigley covers the harbour for the Courier. Follow her @hquigley.", ["Helen Quigley"]),
        ("Contact Helen Quigley at hquigley@example.com.", ["Helen Quigley"]),
        ("— The Editors", []),
        ("Helen Quigley is a resident of Dover.", []),  # no role: a person the story quotes
        ("Contact Helen Quigley at the town hall.", []),  # no address or number
        ("Contact the newsroom at news@example.com.", []),
        ("— Helen Quigley, Dover", []),
    ],
)
def test_a_closing_signature_tagline_or_contact_line_names_the_writer(line, names):
    from sidebyside.extract.byline_lines import closing_names

    assert closing_names(line) == names


@pytest.mark.parametrize(
    "below, authors",
    [
        ("— Helen Quigley", ("Helen Quigley",)),
        ("About the author\n\nHelen Quigley is a reporter based in Dover.", ("Helen Quigley",)),
        ("Helen Quigley is a resident of Dover.", ()),
    ],
)
def test_the_closing_line_credits_the_writer_when_nothing_above_does(below, authors):
    assert _authors("", below=below) == authors
    assert _authors("By Mary Smith", below=below) == ("Mary Smith",)


def test_a_review_by_line_is_a_byline():
    assert _authors("Review by Helen Quigley\nNov. 19, 2019") == ("Helen Quigley",)


@pytest.mark.parametrize(
    "header, authors",
    [
        ("By Helen Quigley for the Harbour Courier", ("Helen Quigley",)),
        ("By Helen Quigley For The Courier", ("Helen Quigley",)),
        ("By Helen Quigley and Mary Smith for the Courier", ("Helen Quigley", "Mary Smith")),
        ("Helen Quigley (@hquigley)\nNov. 19, 2019", ("Helen Quigley",)),
    ],
)
def test_a_publication_after_for_and_a_handle_in_brackets_are_no_names(header, authors):
    assert _authors(header) == authors


def test_a_menus_last_item_beside_the_date_credits_no_one():
    menu = "Specials\nInsight\nPoint Blank\nSunday Spotlight\n\nWednesday 20 Nov 2019"
    assert _authors("", above=menu) == ()
    # a share bar's buttons above a name are no menu
    assert _authors("Pin\nTweet\nShare\nHelen Quigley\n\nNov. 19, 2019") == ("Helen Quigley",)


@pytest.mark.parametrize(
    "header, authors",
    [
        ("Publié le 3 mars 2021 par Jeanne Dupont", ("Jeanne Dupont",)),
        ("Escrito por Juana Pérez", ("Juana Pérez",)),
        ("Geschrieben von Jana Müller", ("Jana Müller",)),
        ("Scritto da Mario Rossi", ("Mario Rossi",)),
        ("作者：王小明", ("王小明",)),
        ("文／王小明", ("王小明",)),
        ("Publié le 3 mars 2021", ()),
        ("Tempo di lettura: 3 minuti", ()),
    ],
)
def test_bylines_in_other_languages_with_their_labels(header, authors):
    assert _authors(header) == authors


@pytest.mark.parametrize(
    "header, authors",
    [
        ("Helen Quigley, Harbour Courier\nNov. 19, 2019", ("Helen Quigley",)),
        ("By Helen Quigley and Mary Smith, Dover Observer", ("Helen Quigley", "Mary Smith")),
        ("By Harbour Courier", ("Harbour Courier",)),  # an outlet alone is who the page credits
    ],
)
def test_a_newspapers_name_beside_a_person_is_no_author(header, authors):
    assert _authors(header) == authors
