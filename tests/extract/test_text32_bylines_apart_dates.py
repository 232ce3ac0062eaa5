"""Bylines standing apart from the headline and dates in each language's formats, for both
families: a signature under the story's last sentence, an author's label in more languages, a
reporter named in a first paragraph's reporting formula, an agency's name as no person, a
photographer's link in a byline element; a weekday that settles a date reading both ways, Solar
Hijri dates, a date line long enough to read as prose, a date after the story with its update."""

from __future__ import annotations

from datetime import date

import lxml.html
import pytest

from ferry_story import HEADLINE, PARAS
from sidebyside.extract.bylines import is_outlet_name
from sidebyside.extract.byline_lines import reporter_formula_names, signature_names
from sidebyside.extract.dates import find_date, solar_hijri_to_gregorian
from sidebyside.extract.html import extract_html
from sidebyside.extract.html.metadata import extract_metadata
from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source


def _text(header: str = "", below: str = "", above: str = "", paras: list[str] = PARAS):
    text = "\n\n".join(x for x in (above, HEADLINE, header, *paras, below) if x)
    return extract_text(Capture(source=Source(path="ferry.txt", format="text"), content=text))


# ----------------------------------------------------------------------------- dates


@pytest.mark.parametrize("text, day", [
    ("Thứ bảy, 5/12/2026, 08:30 (GMT+7)", "2026-12-05T08:30"),  # Saturday: the 5th of December
    ("Saturday, 5/12/2026", "2026-12-05"),  # on a page of no known locale, month first otherwise
    ("Sat 5/12/2026", "2026-12-05"),
    ("Tuesday, 5/12/2026", "2026-05-12"),  # Tuesday: the 12th of May
    ("5/12/2026", "2026-05-12"),  # no weekday: the locale's rule
    ("Monday, 5/12/2026", "2026-05-12"),  # a weekday neither reading has: the locale's rule
    ("Saturday, 5.12.2026", "2026-12-05"),  # dotted: day first anyway
])
def test_a_weekday_before_a_date_that_reads_both_ways_settles_it(text, day):
    assert find_date(text) == day


def test_the_weekday_settles_the_date_against_the_locale_too():
    assert find_date("Tuesday, 5/12/2026", "fr") == "2026-05-12"
    assert find_date("Saturday, 5/12/2026", "en-us") == "2026-12-05"


@pytest.mark.parametrize("year, day", [
    (1399, date(2020, 3, 20)), (1400, date(2021, 3, 21)), (1403, date(2024, 3, 20)),
    (1404, date(2025, 3, 21)), (1405, date(2026, 3, 21)),
])
def test_nowruz_the_first_day_of_the_solar_hijri_year(year, day):
    assert solar_hijri_to_gregorian(year, 1, 1) == day


def test_solar_hijri_months_and_leap_years():
    assert solar_hijri_to_gregorian(1405, 9, 15) == date(2026, 12, 6)  # 15 Azar
    assert solar_hijri_to_gregorian(1403, 12, 30) == date(2025, 3, 20)  # 1403 is a leap year
    with pytest.raises(ValueError):
        solar_hijri_to_gregorian(1404, 12, 30)  # 1404 is not
    with pytest.raises(ValueError):
        solar_hijri_to_gregorian(1405, 7, 31)  # Mehr has 30 days


@pytest.mark.parametrize("text, day", [
    ("تاریخ انتشار: یکشنبه ۱۵ آذر ۱۴۰۵ - ۰۹:۴۵", "2026-12-06T09:45"),  # Persian digits
    ("۲ فروردین ۱۴۰۵", "2026-03-22"),
    ("15 آذر 1405", "2026-12-06"),
    ("۱۰ حمل ۱۴۰۵", "2026-03-30"),  # the Afghan name of the first month
    ("مهر", None), ("آذر ۱۴۰۵", None),  # a month's name alone, a month without its day
    ("15 آذر 2026", None),  # no Solar Hijri year
])
def test_solar_hijri_dates_are_read_as_gregorian_days(text, day):
    assert find_date(text) == day


def test_a_japanese_time_after_the_date():
    assert find_date("2026年12月6日 5時00分") == "2026-12-06T05:00"


def test_a_date_line_that_reads_as_prose_under_the_headline_gives_the_date():
    header = ("Agencia Informativa del Sur y Noticias del Valle Puerto Morelos, Quintana Roo "
              "viernes 4 de diciembre de 2026 · 18:10 hrs.\nCompartir en Facebook Compartir en X Enviar por WhatsApp\n\n[muelle]\n"
              "El muelle nuevo, este jueves. Foto: AIS")
    assert _text(header).published == "2026-12-04T18:10"


def test_a_standfirst_ending_on_a_day_gives_no_date():
    header = ("The harbour board said the landing stage, closed since the storms of the winter, "
              "will open to passengers again on 4 December 2026.\nShare Facebook X WhatsApp")
    assert _text(header).published is None


def test_a_labelled_publication_date_on_a_line_joined_to_the_next():
    header = "Published: 4 December 2026, 18:10 Harbours » Islands Ferry timetable and the board's decision on fees"
    assert _text(header).published == "2026-12-04T18:10"


def test_a_date_after_the_story_with_its_update_in_brackets():
    below = "© RIPRODUZIONE RISERVATA\n\n4 dicembre 2026 (modifica il 5 dicembre 2026 | 20:14)\n\nLeggi anche"
    assert _text(below=below).published == "2026-12-04"


# ----------------------------------------------------------------------------- bylines (text)


@pytest.mark.parametrize("header, names", [
    ("Συντάκτης: Ελένη Μαυρίδου 05.12.2026 | 11:42", ("Ελένη Μαυρίδου",)),
    ("Tác giả: Minh Châu", ("Minh Châu",)),
    ("Yazar: Deniz Aksoy", ("Deniz Aksoy",)),
])
def test_author_labels_of_more_languages(header, names):
    assert _text(header).authors == names


def test_a_name_alone_under_the_last_sentence_signs_the_story():
    assert _text(below="Maria Lindqvist\n\nferry harbour island").authors == ("Maria Lindqvist",)


@pytest.mark.parametrize("below", [
    "Most Popular\n\nFerry fares to rise",  # a list's heading
    "Harbour News Agency",  # an outlet
    "Maria Lindqvist said the board would meet again in March.",  # a sentence, no name alone
])
def test_no_signature_where_no_name_stands_under_the_story(below):
    assert _text(below=below).authors == ()


def test_signature_names():
    assert signature_names("（中川結衣）") == ["中川結衣"]
    assert signature_names("Thu Hà") == ["Thu Hà"]
    assert signature_names("Jana Dvořáková") == ["Jana Dvořáková"]
    assert signature_names("Tỉnh lập thêm trạm bơm dã chiến") == []  # a subhead
    assert signature_names("Staff Reporter") == []
    assert signature_names("Noticias Continentales") == []


def test_a_reporter_named_in_a_first_paragraphs_reporting_formula():
    first = "به گزارش سارا کریمی، خبرنگار گروه اقتصادی، قیمت بلیت قطار از اول دی‌ماه افزایش می‌یابد."
    assert reporter_formula_names(first) == ["سارا کریمی"]
    # the formula before an agency's name, no reporter's noun: the agency, no person
    assert reporter_formula_names("به گزارش ایسنا، قیمت بلیت قطار از اول دی‌ماه افزایش می‌یابد.") == []
    assert _text(paras=[first, *PARAS]).authors == ("سارا کریمی",)


@pytest.mark.parametrize("name, outlet", [
    ("Agencia Informativa del Pacífico", True), ("Noticias Continentales", True), ("Agence France-Presse", True),
    ("Radio Nacional", True), ("Radomir Novak", False), ("Lucía Ferrández", False), ("Agencia", False),
])
def test_an_outlets_noun_opening_a_name(name, outlet):
    assert is_outlet_name(name) is outlet


# ----------------------------------------------------------------------------- bylines (HTML)

_STORY = "".join(f"<p>{p}</p>" for p in PARAS)


def _html_authors(body: str) -> list[str]:
    page = f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>{body}</article></body></html>"
    capture = Capture(Source(path=None, format="html", url="https://www.ferry-news.example/story"), page)
    return list(extract_html(capture).authors)


def test_html_a_name_alone_as_the_last_paragraph_signs_the_story():
    assert _html_authors(_STORY + "<p>Maria Lindqvist</p>") == ["Maria Lindqvist"]
    assert _html_authors(_STORY + "<p>（中川結衣）</p>") == ["中川結衣"]


def test_html_no_signature_from_a_name_under_a_heading():
    assert _html_authors(_STORY + "<h2>Who we spoke to</h2><p>Maria Lindqvist</p>") == []


def test_html_the_photographers_link_in_a_byline_element_is_no_author():
    byline = ('<div class="authors">Text: <a href="/autor/jana-novotna">Jana Novotná</a>, '
              'foto: <a href="/autor/petr-maly">Petr Malý</a></div>')
    page = f"<html><body><article><h1>{HEADLINE}</h1>{byline}{_STORY}</article></body></html>"
    assert extract_metadata(lxml.html.document_fromstring(page), None).authors == ["Jana Novotná"]


def test_html_agencies_as_the_byline_credit_no_person():
    byline = '<p class="byline">Agencia Informativa del Sur y Noticias del Valle</p>'
    assert _html_authors(byline + _STORY) == []


def test_html_a_bracketed_name_in_a_byline_element_loses_its_brackets():
    page = f"<html><body><article><h1>{HEADLINE}</h1>{_STORY}<p class=\"byline\">（北川真理子）</p></article></body></html>"
    assert extract_metadata(lxml.html.document_fromstring(page), None).authors == ["北川真理子"]


def test_the_date_ending_a_line_read_as_prose():
    from sidebyside.extract.text.header import _date_ending

    assert _date_ending("Agencia del Sur Puerto Morelos sábado 5 de diciembre de 2026 · 10:25 hrs.", None, 10) \
        == "2026-12-05T10:25"
    assert _date_ending("2026年12月6日 5時00分有料記事", None, 10) == "2026-12-06T05:00"
    assert _date_ending("The stage will open again on 4 December 2026.", None, 10) is None  # a sentence, no time
    assert _date_ending("On 4 December 2026 at 10:25 the stage opened to passengers.", None, 10) is None  # words after
