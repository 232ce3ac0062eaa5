"""A text capture's header: a section's name over the date credits no one; a headline glued to
the site's name, a section or a breadcrumb is read without them."""

from __future__ import annotations

import dataclasses

import pytest

from ferry_story import HEADLINE, PARAS_LOCAL_POLITICS
from sidebyside.extract.text import extract_text
from sidebyside.extract.text.headline import find_headline, glued_title
from sidebyside.extract.text.kinds import FURNITURE, SHORT
from sidebyside.extract.text.lines import Line, split_lines
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

PARAS = PARAS_LOCAL_POLITICS
PARAS_PT = [
    "A balsa da ilha voltará a circular a partir de primeiro de maio, disse a administração do porto na terça-feira, "
    "depois de um inverno em que as tempestades abriram um buraco de quarenta metros no velho paredão.",
    "Os empreiteiros trabalharam durante fevereiro para cravar novas estacas de aço atrás da brecha, e os "
    "mergulhadores terminaram de fixar os últimos blocos de concreto na semana passada.",
    "Os comerciantes do cais disseram que os meses sem visitantes foram os mais difíceis de que se lembram, e "
    "vários pediram que a política local do porto reduzisse as taxas de atracação dos pequenos barcos.",
]


def _article(header: str, headline: str = HEADLINE, paras: list[str] = PARAS):
    text = "\n\n".join(("Home | News | Sport | Culture", headline, header, *paras))
    return extract_text(Capture(source=Source(path="ferry.txt", format="text"), content=text))


@pytest.mark.parametrize("header", ["Local Politics\nMarch 3, 2021", "Harbour News\nMarch 3, 2021"])
def test_a_section_name_over_the_date_credits_no_one(header):
    article = _article(header)
    assert article.authors == ()
    assert article.published == "2021-03-03"


@pytest.mark.parametrize(
    "header, names",
    [
        ("Jane Doe\nMarch 3, 2021", ("Jane Doe",)),  # a known given name
        ("Thandiwe Okonkwo\nMarch 3, 2021", ("Thandiwe Okonkwo",)),  # rare words: a name
    ],
)
def test_a_name_over_the_date_still_credits_its_writer(header, names):
    assert _article(header).authors == names


def test_other_languages_a_section_in_the_pages_own_plain_words_credits_no_one():
    # the page writes "política local" in lower case: no one's name
    article = _article("Política Local\n3 de março de 2021", "Balsa volta a circular depois da obra no paredão", PARAS_PT)
    assert article.authors == ()
    # a name it never writes in lower case is kept, though no given name list knows it
    article = _article("Tiago Zecchin\n3 de março de 2021", "Balsa volta a circular depois da obra no paredão", PARAS_PT)
    assert article.authors == ("Tiago Zecchin",)


@pytest.mark.parametrize(
    "line",
    [
        f"{HEADLINE} | The Harbour Courier",
        f"Opinion | {HEADLINE}",
        f"Home › News › {HEADLINE}",
        f"Home » Island » {HEADLINE}",
    ],
)
def test_a_headline_glued_to_the_site_or_a_breadcrumb(line):
    article = _article("March 3, 2021", headline=line)
    assert article.title == HEADLINE


def _line(text: str, kind: str = SHORT) -> Line:
    return Line(index=0, text=text, indent=0, bullet=False, kind=kind, weight=len(text), words=len(text.split()))


@pytest.mark.parametrize(
    "text, title",
    [
        ("Bridge closes for a year of repairs | Harbour Courier", "Bridge closes for a year of repairs"),
        ("Home › News › Bridge closes for a year of repairs", "Bridge closes for a year of repairs"),
        ("Bridge closes for a year of repairs    harbourcourier.com", "Bridge closes for a year of repairs"),
        # a menu's row of short items: no headline among them
        ("News | Sport | Culture | Weather", "News | Sport | Culture | Weather"),
        # two long parts: no one of them is the title alone
        ("Bridge closes for repairs | Ferry to run more often", "Bridge closes for repairs | Ferry to run more often"),
        # a breadcrumb's headline is its last part, where the crumbs lead
        ("Bridge closes for a year of repairs › News › Home", "Bridge closes for a year of repairs › News › Home"),
        # a dash is part of many headlines: kept
        ("Atkins diet - lose ten kilos in two weeks", "Atkins diet - lose ten kilos in two weeks"),
    ],
)
def test_glued_title_parts(text, title):
    kind = FURNITURE if "›" in text else SHORT
    assert glued_title(_line(text, kind)).text == title


def test_a_breadcrumb_read_as_a_menu_becomes_a_headline_candidate():
    line = glued_title(_line("Home › News › Bridge closes for a year of repairs", FURNITURE))
    assert line.kind == SHORT and line.words == 7


def _scores(text: str, settings) -> dict[int, float]:
    lines = split_lines(text)
    trace: list = []
    find_headline(lines, 0, len(lines), len(lines), [], [], settings, trace=trace)
    return {ln.index: score for score, ln in trace}


@pytest.mark.parametrize(
    "text, line, bonus",
    [  # ``line``: the index of the line weighed
        (f"Home > News > 2015 > {HEADLINE}\n\n12 March 2015\n\n{HEADLINE}", 4, True),
        # a section's name of a few words: no title
        ("Home > News > Harbour Works\n\nHarbour Works", 2, False),
        # the breadcrumb under the line: its section, not its title
        (f"{HEADLINE}\n\nHome > News > {HEADLINE}", 0, False),
    ],
)
def test_a_breadcrumb_above_that_ends_in_a_line_weighs_for_it(text, line, bonus):
    settings = DEFAULT.extract.text
    without = dataclasses.replace(settings, headline_crumb_bonus=0.0)
    gain = _scores(text, settings)[line] - _scores(text, without)[line]
    assert gain == pytest.approx(settings.headline_crumb_bonus if bonus else 0.0)


def test_a_breadcrumb_that_ends_in_a_line_names_it_the_headline():
    # the menu's sub-items sit nearer the top; the breadcrumb's last part is the story's title
    menu = "Mac & i Apps\n    Mac & i für das iPhone\n    Mac & i für das iPad"
    crumb = f"Mac & i > News > 2015 > KW 15 > {HEADLINE}"
    text = "\n\n".join((menu, crumb, "« Vorige | Nächste »", "08.04.2015 12:46", HEADLINE, *PARAS))
    article = extract_text(Capture(source=Source(path="ferry.txt", format="text"), content=text))
    assert article.title == HEADLINE


def test_a_breadcrumb_that_ends_in_a_section_under_the_headline_is_no_title():
    # "BLOG > Weight Loss > Weight Loss Tips": a section's name of a few words, under the headline
    text = "\n\n".join(("Weight Loss Tips", HEADLINE, "BLOG > Weight Loss > Weight Loss Tips", *PARAS))
    article = extract_text(Capture(source=Source(path="ferry.txt", format="text"), content=text))
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "headline, footer, title",
    [
        # the site's name after a dash, as the page's copyright line states it
        (f"{HEADLINE} - The Harbour Courier", "© 2021 The Harbour Courier. All rights reserved.", HEADLINE),
        # a domain names the site too
        (f"{HEADLINE} – harbourcourier.com", "", HEADLINE),
        # a tail the page never states as its own name stays
        (f"{HEADLINE} - The Harbour Courier", "", f"{HEADLINE} - The Harbour Courier"),
        ("Atkins diet - lose ten kilos in two weeks", "© 2021 Harbour Diets. All rights reserved.",
         "Atkins diet - lose ten kilos in two weeks"),
    ],
)
def test_the_sites_name_after_a_dash_goes(headline, footer, title):
    text = "\n\n".join(x for x in ("Home | News | Sport | Culture", headline, "March 3, 2021", *PARAS, footer) if x)
    article = extract_text(Capture(source=Source(path="ferry.txt", format="text"), content=text))
    assert article.title == title


STANDFIRST = "This year the port board surveyed more than five hundred islanders about the ferry and the harbour works."


@pytest.mark.parametrize(
    "picture, names",
    [
        ("jdoe-headshot Jane Doe", ("Jane Doe",)),  # the author's portrait, named by its file
        ("harbour-wall-storm Jane Doe", ()),  # another picture's caption names no author
    ],
)
def test_an_authors_portrait_under_the_standfirst(picture, names):
    text = "\n\n".join(("Home | News | Sport | Culture", HEADLINE, "Published on: March 3, 2021", STANDFIRST,
                        "ferry-report-image\n" + picture + "\nharbour ferrynews", *PARAS))
    article = extract_text(Capture(source=Source(path="ferry.txt", format="text"), content=text))
    assert article.authors == names


@pytest.mark.parametrize(
    "text, lone",
    [
        ("jdoe-headshot Jane Doe", True),  # a caption line holding the author's portrait and name
        ("jane_doe-avatar Jane Doe", True),
        ("harbour-wall-storm Jane Doe", False),  # a picture's caption: the person it shows
        ("Jane Doe", False),
    ],
)
def test_a_caption_that_is_an_authors_portrait_holds_a_lone_name(text, lone):
    from sidebyside.extract.text.header import _lone_name
    from sidebyside.extract.text.kinds import CREDIT

    assert _lone_name([_line(text, CREDIT)], 0) is lone
