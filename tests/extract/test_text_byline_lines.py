"""Bylines a text capture sets without the usual "By Jane Doe" line: a name written twice, a
name before the date and the story's sections, a name in capitals, a byline far above the
body; and the lines that stand there but credit no one."""

from __future__ import annotations

import pytest

from ferry_story import HEADLINE, PARAS
from sidebyside.extract.bylines import split_byline
from sidebyside.extract.text import extract_text
from sidebyside.extract.text.meta import is_meta, name_date_names
from sidebyside.extract.names import person_like, unrepeated
from sidebyside.model import Capture, Source



def _article(header: str, above: str = ""):
    text = "\n\n".join(x for x in (above, HEADLINE, header, *PARAS) if x)
    return extract_text(Capture(source=Source(path="ferry.txt", format="text"), content=text))


def _authors(header: str) -> tuple[str, ...]:
    return _article(header).authors


@pytest.mark.parametrize(
    "text, once",
    [
        ("Pamela WilsonPamela Wilson", "Pamela Wilson"),
        ("Aleš Vávra Aleš Vávra", "Aleš Vávra"),
        ("Pamela Wilson", "Pamela Wilson"),
        ("Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("New York New York", "New York"),  # only a repeat: whether it names someone is asked elsewhere
    ],
)
def test_a_name_written_twice_is_read_once(text, once):
    assert unrepeated(text) == once


@pytest.mark.parametrize(
    "header, authors",
    [
        ("Pamela WilsonPamela Wilson\nNov. 19, 2019 8:03 am ET", ("Pamela Wilson",)),
        ("Nov. 19, 2019 8:03 am ET\nPamela WilsonPamela Wilson", ("Pamela Wilson",)),
        ("By Pamela WilsonPamela Wilson\nNov. 19, 2019 8:03 am ET", ("Pamela Wilson",)),
    ],
)
def test_a_glued_repeat_credits_the_person_once(header, authors):
    assert _authors(header) == authors


@pytest.mark.parametrize(
    "line, names",
    [
        ("Pamela Wilson | November 19, 2019 | Politics, Elections", ["Pamela Wilson"]),
        ("Pamela Wilson - November 19, 2019 - Politics", ["Pamela Wilson"]),
        ("Pamela Wilson November 19, 2019 Politics, Local News", ["Pamela Wilson"]),  # a copy drops the bars
        ("Jane Doe Tuesday, March 3, 2021 at 4:00 pm", ["Jane Doe"]),
        ("Pamela Wilson on November 19, 2019 in Politics", ["Pamela Wilson"]),
        ("November 19, 2019 | Pamela Wilson | Politics, Elections", ["Pamela Wilson"]),
        ("PAMELA WILSON | November 19, 2019", ["PAMELA WILSON"]),
        # the date first, then words with no separator: a sentence, not a byline
        ("November 19, 2019 Pamela Wilson said the quay was safe", []),
        ("November 19, 2019 | Breaking News | Politics", []),
        # a comment count among the sections, sections joined by a lower-case word
        ("Maria Lindqvist 27/09/2018 2 comentários Educação, Brinquedos e Brincadeiras", ["Maria Lindqvist"]),
        ("Maria Lindqvist 27/09/2018 Comente! Educação, Brinquedos e", ["Maria Lindqvist"]),
        # the date first without a separator: a name before a list of sections, never one heading
        ("21/06/2014 Tony Carter All, Books, Kit Reviews, News", ["Tony Carter"]),
        ("November 19, 2019 Donald Trump Impeachment Inquiry", []),
        ("November 19, 2019 Donald Trump impeachment hearings, day two", []),
        # a section or a sentence before the date is no name
        ("Local News November 19, 2019", []),
        ("Breaking News | November 19, 2019 | Politics", []),
        ("Jane Doe said on March 3, 2021 that the quay was safe.", []),
        # counts after the date (a comment and a share count, a read time) are the cluster's; words
        # without numbers, a sentence, are not
        ("Pamela Wilson | November 19, 2019 | 4 comments and 12 shares", ["Pamela Wilson"]),
        ("Pamela Wilson | November 19, 2019 | the quay was closed for 3 days after the storm", []),
        ("Photo: Jane Doe | November 19, 2019", []),
    ],
)
def test_name_then_date_then_sections(line, names):
    assert name_date_names(line) == names


def test_a_name_date_sections_line_is_the_byline():
    article = _article("Pamela Wilson | November 19, 2019 | Politics, Elections")
    assert article.authors == ("Pamela Wilson",)
    assert article.published == "2019-11-19"
    assert article.title == HEADLINE
    assert is_meta("Pamela Wilson | November 19, 2019 | Politics, Elections")


@pytest.mark.parametrize(
    "name, english, person",
    [
        # on an English page a rare word tells a person, and a known given name does on any page
        ("JANIE HAR", True, True),
        ("MARY SMITH", True, True),
        ("FIND YOUR NEXT CAR", True, False),
        ("BREAKING NEWS", True, False),
        ("WATCH LIVE", True, False),
        # a given name that is also a word ("Will", "Hope") in a name's shape
        *((name, False, True) for name in ("Will Harris", "Max J. Fisher", "Faith Karimi", "Hope Hicks", "Rich Lowry",
                                           "April Glaser", "Miles O'Neil", "Grant Anne Wahl")),
        # ... but not before a common word, nor in capitals
        *((name, False, False) for name in ("Will Power", "Hope Street", "Max Savings Plus", "WILL HARRIS", "May Day",
                                            "Will Hope", "Art Gallery Tickets Online")),
        # given names from the census lists
        *((name, False, True) for name in ("Marcus De Guzman", "Chris Davies", "Tanisha Brown")),
        *((name, False, False) for name in ("Paris Match", "Local News")),
    ],
)
def test_person_like(name, english, person):
    """Whether a name-shaped line reads as a person's name (the text family's bylines)."""
    assert person_like(name, english=english) is person


@pytest.mark.parametrize(
    "header, authors",
    [
        # a name in capitals beside the date is the byline
        ("JANIE HAR\nNov. 19, 2019 8:03 am ET", ("Janie Har",)),
        ("Nov. 19, 2019 8:03 am ET\nJANIE HAR", ("Janie Har",)),
        ("JANIE HAR and OLGA R. RODRIGUEZ\nNov. 19, 2019 8:03 am ET", ("Janie Har", "Olga R. Rodriguez")),
        # buttons and sections in capitals stand there too, and credit no one
        ("FIND YOUR NEXT CAR\nNov. 19, 2019 8:03 am ET", ()),
        ("BREAKING NEWS\nNov. 19, 2019 8:03 am ET", ()),
        ("ASSOCIATED PRESS\nNov. 19, 2019 8:03 am ET", ()),
        # a heading opening with "By" and a photo credit are no byline
        ("By the numbers\nNov. 19, 2019 8:03 am ET", ()),
        ("Photo: Jane Doe/Reuters\nNov. 19, 2019 8:03 am ET", ()),
        ("Nov. 19, 2019 8:03 am ET\nPhotograph: Jane Doe for The Harbour Courier", ()),
    ],
)
def test_capitals_credit_only_a_name(header, authors):
    assert _authors(header) == authors


@pytest.mark.parametrize(
    "header, authors",
    [
        ("The Associated Press\nNov. 19, 2019 8:03 am ET", ()),
        ("By Associated Press\nNov. 19, 2019 8:03 am ET", ("Associated Press",)),
        ("By The Associated Press\nNov. 19, 2019 8:03 am ET", ("The Associated Press",)),
    ],
)
def test_an_outlet_is_credited_only_by_a_byline(header, authors):
    assert _authors(header) == authors


def _far(byline: str):
    """A byline under the headline, then a long gallery of image credits before the body."""
    gallery = "\n".join(f"Photo {k} of 70\nView the gallery" for k in range(1, 71))
    text = "\n\n".join([HEADLINE, byline, "Nov. 19, 2019 8:03 am ET", gallery, *PARAS])
    return extract_text(Capture(source=Source(path="far.txt", format="text"), content=text))


def test_a_byline_far_above_the_body_is_found_with_its_date():
    article = _far("By Maria Lindqvist")
    assert article.authors == ("Maria Lindqvist",)
    assert article.published == "2019-11-19T08:03-05:00"  # ET in November: standard time


def test_a_name_date_line_far_above_the_body_is_found():
    assert _far("Maria Lindqvist | Nov. 19, 2019 | Harbour, Local Politics").authors == ("Maria Lindqvist",)


def test_a_heading_far_above_the_body_credits_no_one():
    assert _far("By the numbers").authors == ()


def test_on_a_page_in_another_language_capitals_need_a_given_name():
    """The word frequencies are English: an Indonesian heading in capitals is no name."""
    paras = [
        "Pemerintah kota mengumumkan pada hari Selasa bahwa dermaga baru akan dibuka pada musim semi, setelah "
        "dua tahun tertunda karena badai, kekurangan baja dan perselisihan panjang dengan serikat pekerja.",
        "Para insinyur sudah memperingatkan sejak tahun lalu bahwa tiang kayu yang lama tidak dapat menahan berat "
        "derek kontainer modern, dan dewan kota memutuskan untuk menggantinya dengan dek beton.",
        "Para nelayan yang menambatkan perahu di sepanjang dinding timur menyambut baik berita itu, tetapi mereka "
        "mengatakan pekerjaan itu telah membuat mereka kehilangan satu musim tangkapan ikan.",
    ]
    text = "\n\n".join(["Dermaga baru dibuka musim semi", "Posted on Maret 30, 2015 by Admin",
                        "KOMENTAR PEMBACA", *paras])
    article = extract_text(Capture(source=Source(path="dermaga.txt", format="text"), content=text))
    assert article.authors == ()


@pytest.mark.parametrize(
    "byline, names",
    [
        # an outlet set after a name without a comma is a name of its own: the HTML family keeps
        # desks, the text family drops them beside a person (test_text_bylines.py)
        ("By Tom Davies Associated Press", ["Tom Davies", "Associated Press"]),
        ("Kevin Johnson and Kevin McCoy, USA TODAY", ["Kevin Johnson", "Kevin McCoy", "USA TODAY"]),
        ("By Jane Doe Staff Writer", ["Jane Doe"]),
        ("By Priya Natarajan, Middle East correspondent", ["Priya Natarajan"]),
        ("By Lucas Nolan22 Dec 2016", ["Lucas Nolan"]),
        ("By Jane Doe Tue 10 Mar 2026 08.30 GMT", ["Jane Doe"]),
        ("Eric SongBy Eric Song", ["Eric Song"]),
        ("Natasha Turak@NatashaTurak", ["Natasha Turak"]),
        ("Por Ana Gómez e Pedro Silva", ["Ana Gómez", "Pedro Silva"]),
        ("By Harbour Courier Editorial Staff", ["Harbour Courier"]),
        ("Coordenadoria de TI", ["Coordenadoria de TI"]),
        ("CC7567", []),  # a user name
    ],
)
def test_the_shared_byline_parser(byline, names):
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    "header, authors",
    [
        # an author box: the picture's text and the link, no date beside them
        ("Anna Menin\n\n•\n•\nShare\n\nAnna Menin\n\nShare", ("Anna Menin",)),
        ("Share\nTweet\nEmail\nPamela WilsonPamela Wilson\n\nPamela Wilson", ("Pamela Wilson",)),
        ("Share\nPamela WilsonPamela Wilson\nShare", ("Pamela Wilson",)),
        # a name of no known given name, or a menu item, written twice is no byline
        ("Firefox Developer Edition\n\nShare\n\nFirefox Developer Edition", ()),
        ("World News\n\nShare\n\nWorld News", ()),
        ("Harbour ViewHarbour View\nShare", ()),
    ],
)
def test_a_name_written_twice_is_an_author_box(header, authors):
    assert _authors(header) == authors


def test_a_byline_item_beside_its_date_item():
    header = "  • Tanza Loudenback, The Harbour Courier\n  • 13.11.2019, 23:06\n  • facebook\n  • email"
    assert _authors(header) == ("Tanza Loudenback",)
    # a list of names is a menu, not a byline
    assert _authors("  • Maria Lindqvist\n  • Tomas Reyes\n  • Elena Marsh\n\nNov. 19, 2019 8:03 am ET") == ()


def test_a_by_line_above_a_later_date_is_the_byline():
    """The cluster nearest the body is a date alone; the "By" line above it still credits."""
    video = "\n".join(["UP NEXT", "Link", "Embed", "Copy", "Close", "Replay", "More videos (1 of 9)"] * 2)
    header = "\n\n".join(["By Maria Lindqvist", "Published Nov 18, 2019 at 4:07 PM", video,
                          "(Published Monday, Nov. 18, 2019)"])
    assert _authors(header) == ("Maria Lindqvist",)


@pytest.mark.parametrize("header", ["Menu Footer Widget\n\nJune 19, 2019", "June 19, 2019\nShare Print Email"])
def test_a_line_of_page_furniture_names_no_one(header):
    assert _authors(header) == ()


MORE_PARAS = [
    "Ferry tickets for the first week of May went on sale on Wednesday morning and the first two sailings "
    "were sold out within the hour, the operator said, adding that extra crossings would be added in June.",
    "The operator also said the new timetable would keep the late evening crossing that islanders had asked "
    "for, so that students and hospital staff working on the mainland could travel home after their shifts.",
    "Fishermen said they hoped the new wall would also shelter their moorings in winter, when the swell from "
    "the west has in past years broken several boats loose and thrown them against the rocks of the point.",
]


def _closing(*tail: str) -> tuple[str, ...]:
    """A story longer than the header's look at the body's first lines, then ``tail``."""
    text = "\n\n".join([HEADLINE, "Nov. 19, 2019", "Harbour news", *PARAS, *MORE_PARAS, *tail])
    return extract_text(Capture(source=Source(path="wire.txt", format="text"), content=text)).authors


@pytest.mark.parametrize(
    "tail, authors",
    [
        # a wire story's credit closes it
        (("(Reporting by Maria Lindqvist in Oslo; Editing by Tomas Reyes)", "© Harbour Wire"), ("Maria Lindqvist",)),
        (("Reporting by Maria Lindqvist; Editing by Tomas Reyes",), ("Maria Lindqvist",)),
        # a teaser's byline under a heading after the story is another story's
        (("Related stories", "Storm closes the northern ferry route", "By Elena Marsh"), ()),
        # a photo credit or an editor alone credits no writer
        (("(Photos by Maria Lindqvist)",), ()),
        (("(Editing by Tomas Reyes)",), ()),
    ],
)
def test_a_credit_closing_the_story(tail, authors):
    assert _closing(*tail) == authors


@pytest.mark.parametrize(
    "header, authors",
    [
        # a name alone right under the headline, no date beside it
        ("JANIE HAR", ("Janie Har",)),
        ("JANIE HAR\nAssociated Press", ("Janie Har",)),
        ("Maria Lindqvist", ("Maria Lindqvist",)),
        # a kicker, a section or a button there is no one
        ("FIND YOUR NEXT CAR", ()),
        ("BREAKING NEWS", ()),
        ("Harbour View", ()),
        ("By the numbers", ()),
    ],
)
def test_a_name_under_the_headline(header, authors):
    assert _authors(header) == authors


@pytest.mark.parametrize("line, names, english", [
    ("Originally published March 3, 2021 | Jane Doe", ["Jane Doe"], True),
    ("Mis en ligne le 3 mars 2021 | Jeanne Dupont", ["Jeanne Dupont"], False),
])
def test_every_dateline_label_of_the_date_table_names_no_one(line, names, english):
    """The words before a date come from the one label list (resources/dates/labels.tsv)."""
    assert name_date_names(line, english) == names


@pytest.mark.parametrize("byline, names", [
    ("Jeanne Dupont Mis à jour le 3 mars", ["Jeanne Dupont"]),
    ("Jane Doe Last modified Tuesday", ["Jane Doe"]),
])
def test_a_byline_ends_where_a_dateline_label_starts(byline, names):
    assert split_byline(byline) == names


def test_a_plural_role_ends_the_names_but_a_name_of_its_own_stays():
    """"Staff Writers" after several names is their role; "Contributors to Wikimedia projects"
    is the whole credit (a wiki's), kept as the HTML family reads it."""
    assert split_byline("By Jane Doe and John Roe, Staff Writers") == ["Jane Doe", "John Roe"]
    assert split_byline("Contributors to Wikimedia projects") == ["Contributors to Wikimedia projects"]
