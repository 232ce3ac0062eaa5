"""Dates, bylines and headlines of text captures in many languages (tests/data/text/tune4): the
month names of Czech, Slovak, Swedish, Danish, Norwegian, Romanian, Finnish and Greek, a dateline
that opens with its place and carries a later date's label, the Italian "Di X", a role after a
bar in other languages, a kicker over the headline and a breadcrumb of slashes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from sidebyside.extract.dates import find_date, find_dates
from sidebyside.extract.text import extract_text
from sidebyside.extract.byline_lines import byline_names
from sidebyside.extract.text.meta import is_date_line, is_meta
from sidebyside.model import Capture, Source

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from common import shingle_prf  # noqa: E402  (the benchmarks' own body score)


@pytest.mark.parametrize("text, iso", [
    ("6. března 2031 14:05", "2031-03-06T14:05"),  # Czech, genitive
    ("Aktualizováno 7. října 2031", "2031-10-07"),
    ("12. júla 2031", "2031-07-12"),  # Slovak
    ("Publicerad 3 augusti 2031 kl. 09.40", "2031-08-03T09:40"),  # Swedish
    ("4. marts 2031", "2031-03-04"),  # Danish
    ("Publisert 9. desember 2031", "2031-12-09"),  # Norwegian
    ("21 octombrie 2031", "2031-10-21"),  # Romanian
    ("15. helmikuuta 2031", "2031-02-15"),  # Finnish
    ("2 Σεπτεμβρίου 2031, 18:30", "2031-09-02T18:30"),  # Greek, genitive
])
def test_month_names_of_more_languages_make_dates(text, iso):
    assert find_date(text) == iso


def test_an_ordinary_word_among_the_new_names_makes_no_date_in_running_text():
    # Romanian "noi" is "we", "Augusta" a given name: in running text they date nothing
    assert find_dates("In 3 noi 2031 cases", "en", free_text=True) == []
    assert find_dates("Visit 4 Augusta 2031 events", "en", free_text=True) == []


@pytest.mark.parametrize("text, kind", [
    ("Uppdaterad 6 december 2031 kl. 15.48", "updated"),
    ("Güncelleme: 06 Aralık 2031 16:20", "updated"),
    ("Publikováno 6. prosince 2031", "published"),
])
def test_labels_of_more_languages_say_which_date_it_is(text, kind):
    assert find_dates(text)[0].label == kind


def test_a_dateline_opening_with_its_place_and_an_update_is_a_date_line():
    assert is_date_line("Burgos, 4 ene 2031 - 10:32 Actualizado 4 ene 2031 - 12:15 CET")
    # a sentence with a date in it is not
    assert not is_date_line("Der Markt öffnet am 4. Januar 2031 wieder in der alten Halle am Fluss")
    # a quoted post's attribution is not (its name and handle are more than a place)
    assert not is_date_line("— Jane Roe (@janeroe) November 1, 2031")


@pytest.mark.parametrize("line, names", [
    ("Di Giulia Ferrante", ["Giulia Ferrante"]),  # Italian "di", capitalised at the line's start
    ("Di Marco Rossi", ["Marco Rossi"]),
    ("Di Maio", []),  # a surname
    ("Di Maio Resigns", []),  # a headline
    ("Ayşe Yılmaz | Muhabir", ["Ayşe Yılmaz"]),  # Turkish role after a bar
    ("Jan Novák, redaktor", ["Jan Novák"]),
    ("Anna Kowalska | dziennikarka", ["Anna Kowalska"]),
])
def test_bylines_of_more_languages(line, names):
    assert byline_names(line) == names
    assert is_meta(line) == bool(names)


PARAS = [
    ("Der Gemeinderat hat am Dienstag beschlossen, die alte Mühle am Bach zu einem Jugendzentrum "
     "umzubauen, nachdem das Gebäude mehr als zehn Jahre leer gestanden hatte."),
    ("Die Kosten für den Umbau der Mühle werden auf rund 1,8 Millionen Euro geschätzt, die Hälfte "
     "soll aus einem Förderprogramm des Landes kommen."),
    ("Die Arbeiten an der Mühle sollen im Frühjahr beginnen, das Jugendzentrum im Herbst des "
     "folgenden Jahres eröffnen, teilte die Gemeinde mit."),
]


def _article(text: str):
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text))


def test_a_kicker_over_a_long_headline_is_not_the_headline():
    headline = "Gemeinderat beschließt Umbau der alten Mühle zum Jugendzentrum nach zehn Jahren Leerstand"
    text = "\n".join(["Lokalblatt Talgrund", "", "Dorfentwicklung im Tal", "", headline, "",
                      "4. März 2031, 10.15 Uhr", "Von Klara Wendt", "", "\n\n".join(PARAS)])
    assert _article(text).title == headline


def test_a_headline_over_its_standfirst_stays_the_headline():
    headline = "Alte Mühle wird Jugendzentrum"
    standfirst = "Nach zehn Jahren Leerstand soll das Gebäude am Bach umgebaut werden und im Herbst öffnen"
    text = "\n".join(["Lokalblatt Talgrund", "", headline, "", standfirst, "",
                      "4. März 2031, 10.15 Uhr", "Von Klara Wendt", "", "\n\n".join(PARAS)])
    assert _article(text).title == headline


def test_a_breadcrumb_of_slashes_is_no_headline():
    headline = "Gemeinderat beschließt Umbau der alten Mühle zum Jugendzentrum nach zehn Jahren Leerstand"
    text = "\n".join(["Lokalblatt Talgrund", "", "Start / Region / Talgrund", "", headline, "",
                      "Von Klara Wendt", "", "4. März 2031, 10.15 Uhr", "", "\n\n".join(PARAS)])
    assert _article(text).title == headline


TUNE4 = Path(__file__).parent.parent / "data" / "text" / "tune4"
GOLD = {k: v for k, v in json.loads((TUNE4 / "gold.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}


@pytest.mark.parametrize("name", sorted(GOLD))
def test_the_tune4_pages_give_the_article_and_its_header(name):
    """The tune set written for dates, bylines and headlines in ten languages (its misses were
    read): a guard against losing what was fixed."""
    path = TUNE4 / name
    article = extract_text(Capture(source=Source(path=str(path), format="text"), content=path.read_text(encoding="utf-8")))
    gold = GOLD[name]
    body = "\n".join(x for x in (article.lead, article.text) if x)
    assert shingle_prf(body, "\n".join(gold["body"]))[2] >= 0.95
    assert article.title == gold["title"]
    assert list(article.authors) == gold["authors"]
    assert (article.published or "")[:10] == gold["date"]


def test_a_headline_broken_at_a_dash_in_a_narrow_column_is_joined():
    from sidebyside.extract.text.unwrap import unwrap

    para = ("Trafikverket byter spår och växlar på sträckan mellan Märsta och Uppsala\n"
            "under tre veckor i januari, och under den tiden stängs banan helt för alla\n"
            "pendeltåg, medan fjärrtågen leds om via Sala och Västerås hela perioden.\n")
    head = "Pendeltåget mellan Märsta och Uppsala ställs in i tre veckor under januari"
    text = unwrap(f"{head}\n– spårbyte i Knivsta\n\n" + para * 4)
    assert f"{head} – spårbyte i Knivsta" in text.splitlines()
    # a speech dash opens with a capital: a paragraph of its own
    said = unwrap(para * 4 + "\n" + para.replace("Trafikverket", "– Vi", 1))
    assert any(line.startswith("– Vi byter") for line in said.splitlines())


@pytest.mark.parametrize("meta, authors, published", [
    (["Klara Wendt (dpa)", "04.03.2031, 10:15 Uhr"], ("Klara Wendt",), "2031-03-04T10:15"),  # a wire beside the name
    (["Klara Wendt avec AFP", "le 4 mars 2031 à 10h15"], ("Klara Wendt",), "2031-03-04T10:15"),
    (["Klara Wendt (Getty Images)", "04.03.2031"], (), "2031-03-04"),  # a photo library writes no story
    (["Por Klara Wendt, da Redação", "04/03/2031 às 10h15"], ("Klara Wendt",), "2031-03-04T10:15"),  # a desk
    # the publication date on a later line wins over an update's read first
    (["Von Klara Wendt", "Aktualisiert: 05.03.2031, 16:20 Uhr", "Erstellt: 04.03.2031, 10:15 Uhr"],
     ("Klara Wendt",), "2031-03-04T10:15"),
    (["Von Klara Wendt", "Aktualisiert: 05.03.2031, 16:20 Uhr"], ("Klara Wendt",), "2031-03-05T16:20"),
    (["Tomáš Novák", "4. 3. 2031 10:15"], ("Tomáš Novák",), "2031-03-04T10:15"),  # spaced dotted: no list item
])
def test_header_lines_of_more_languages(meta, authors, published):
    headline = "Gemeinderat beschließt Umbau der alten Mühle zum Jugendzentrum"
    article = _article("\n".join(["Lokalblatt Talgrund", "", headline, "", *meta, "", "\n\n".join(PARAS)]))
    assert article.title == headline
    assert article.authors == authors
    assert article.published == published


def test_a_time_after_a_bullet_is_the_dates():
    assert find_date("04.03.2031 • 10:15") == "2031-03-04T10:15"
    assert find_date("4 March 2031 • 4 min read") == "2031-03-04"  # a read time is no clock time


def test_a_kicker_sharing_the_bodys_words_over_a_long_headline_is_not_the_headline():
    headline = "Gemeinderat beschließt Umbau der alten Mühle zum Jugendzentrum nach zehn Jahren Leerstand"
    text = "\n".join(["Lokalblatt Talgrund", "", "Umbau der Mühle", "", headline, "",
                      "4. März 2031, 10.15 Uhr", "", "\n\n".join(PARAS)])
    assert _article(text).title == headline
