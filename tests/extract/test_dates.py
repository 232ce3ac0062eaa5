"""Publication dates → ISO 8601 as precise as stated, time zones written ±HH:MM: one reader for
HTML pages and text captures."""

from __future__ import annotations

import lxml.html
import pytest

from sidebyside.extract.dates import (
    find_date,
    find_dates,
    label_opening,
    month_table,
    normalise_date,
    numeric_dates_day_first,
    page_locale,
    url_date,
)
from sidebyside.extract.html.metadata import extract_metadata
from sidebyside.extract.html.published import on_printed_day


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2015-07-10T09:53:00-04:00", "2015-07-10T09:53:00-04:00"),
        ("2019-01-03T07:00:02.000Z", "2019-01-03T07:00:02+00:00"),
        ("2021-11-01T10:52:50+0100", "2021-11-01T10:52:50+01:00"),
        ("2018-04-05T06:00", "2018-04-05T06:00"),
        ("2017-11-03 03:01:00.000000", "2017-11-03T03:01:00"),
        ("2024-06-25", "2024-06-25"),
        ("20150710", "2015-07-10"),
        ("2015-07-10T09:53:00 UTC", "2015-07-10T09:53:00+00:00"),
        ("1436536380", "2015-07-10T13:53:00+00:00"),
        ("Fri, 10 Jul 2015 09:53:00 GMT", "2015-07-10T09:53:00+00:00"),
    ],
)
def test_machine_readable_dates(raw, iso):
    assert normalise_date(raw) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Published March 7, 2023", "2023-03-07"),
        ("Updated: 7 March 2023, 14:05", "2023-03-07T14:05"),
        ("Sunday, Feb 1, 2015 11:57 AM UTC", "2015-02-01T11:57+00:00"),
        ("le 7 décembre 2017", "2017-12-07"),
        ("21. Dezember 2018", "2018-12-21"),
        ("7 gennaio 2024", "2024-01-07"),  # not July 1
        ("3 de mayo de 2022", "2022-05-03"),
        ("Tuesday 10 March 2026 08.30 GMT", "2026-03-10T08:30+00:00"),  # a dotted time
        ("Published 10:02 AM EST Nov 19, 2019", "2019-11-19T10:02-05:00"),  # the time before the date
        ("By Jane Doe on Monday, November 18th, 2019 at 11:08 a.m.", "2019-11-18T11:08"),
        ("11/19/19 06:56 AM EST", "2019-11-19T06:56-05:00"),  # a two-digit year beside a time
        ("Posted on Oktober 27, 2015 by Admin", "2015-10-27"),
        ("Von Jane Doe publiziert am 30. Juli 2018", "2018-07-30"),
        ("2023年1月16日", "2023-01-16"),
        ("기사입력 :[ 2018-08-25 15:24 ]", "2018-08-25T15:24"),
    ],
)
def test_visible_dates(text, iso):
    assert find_date(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Updated 10 March 2026 — first published 9 March 2026", "2026-03-09"),
        ("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019", "2019-11-18T16:07"),
        ("Nov 20 2019, 11:06am IST · Updated: Nov 21 2019, 15:24 IST", "2019-11-20T11:06+05:30"),
        ("Zuletzt aktualisiert 12. März 2024, veröffentlicht am 11. März 2024", "2024-03-11"),
        ("Mis à jour le 5 avril 2023", "2023-04-05"),  # an update's date alone is still a date
    ],
)
def test_the_publication_date_wins_over_an_update(text, iso):
    assert find_date(text) == iso


def test_labels_are_reported():
    dates = find_dates("Updated 10 March 2026 — first published 9 March 2026")
    assert [(d.iso, d.label) for d in dates] == [("2026-03-10", "updated"), ("2026-03-09", "published")]


@pytest.mark.parametrize("text, kind", [
    ("Published Tue, Nov 19 2019 7:05 AM EST", "published"),
    ("First  published 3 May 2021", "published"),
    ("Mis à jour le 3 mars 2021", "updated"),
    ("Опубликовано 10 марта 2026", "published"),
    ("Publishing giants merge", None),
    ("The story was updated on Monday", None),
])
def test_a_line_opening_with_a_dateline_label(text, kind):
    assert label_opening(text) == kind


def test_zone_abbreviations_become_offsets():
    assert find_date("Nov 19, 2019 8:00 AM EST") == "2019-11-19T08:00-05:00"
    assert find_date("November 20, 2019 13:38 IST") == "2019-11-20T13:38+05:30"
    assert find_date("November 20, 2019 9:28 AM CST") == "2019-11-20T09:28"  # China's or Central: no offset guessed


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Nov. 19, 2019 8:03 am ET", "2019-11-19T08:03-05:00"),  # standard time in November
        ("July 4, 2021 10:00 PM PT", "2021-07-04T22:00-07:00"),  # daylight time in July
        ("March 10, 2024 1:30 am ET", "2024-03-10T01:30-05:00"),  # before the clocks go forward
        ("March 10, 2024 3:30 am ET", "2024-03-10T03:30-04:00"),  # after
        ("Nov. 3, 2024 1:30 am ET", "2024-11-03T01:30"),  # the hour the clocks go back reads both ways
        ("April 5, 2005 9:00 CT", "2005-04-05T09:00-05:00"),  # the rule before 2007: from April's first Sunday
        ("October 30, 2005 9:00 MT", "2005-10-30T09:00-07:00"),  # ... to October's last
        ("March 10, 2024 2:30 am ET", "2024-03-10T02:30"),  # an hour the clocks skip: no offset guessed
    ],
)
def test_us_zones_without_standard_or_daylight_take_the_days_offset(text, iso):
    assert find_date(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("10.03.2026 12:40 · Автор: Анна Соколова", "2026-03-10T12:40"),
        ("10 марта 2026 г., 14:05", "2026-03-10T14:05"),
        ("10 مارس 2026", "2026-03-10"),
        ("١٠ آذار ٢٠٢٦", "2026-03-10"),  # Levantine month name, Arabic-Indic digits
        ("15 جانفي 2024", "2024-01-15"),  # Maghreb month name
        ("21/12/2018", "2018-12-21"),  # a first part above 12 can only be the day
        ("11.15.2019 10:09 AM", "2019-11-15T10:09"),  # a second part above 12 can only be the day
        ("2018/12/21 10:00", "2018-12-21T10:00"),
    ],
)
def test_numeric_and_non_latin_visible_dates(text, iso):
    assert find_date(text) == iso


@pytest.mark.parametrize("junk", ["", None, "yesterday", "2015-13-45", "Page 3 of 12", "0000-00-00", "12345",
                                  "12 Shares", "31/02/2023", "© 2019 Example Media", "1 day ago"])
def test_no_date_is_invented(junk):
    assert normalise_date(junk) is None
    assert find_date(junk) is None


@pytest.mark.parametrize("text", ["Get set 4 2019 was the slogan", "They were out 3 2020 times", "Gen 2 2021 consoles",
                                  "3 years ago 2019 changed", "The Mars 2 2020 lander"])
def test_month_names_that_are_ordinary_words_make_no_date_in_running_text(text):
    assert find_date(text, "en", free_text=True) is None


def test_an_ordinary_word_is_a_month_on_a_page_of_its_language():
    assert find_date("sabato 3 set 2019", "it", free_text=True) == "2019-09-03"
    assert find_date("3 out 2019", "pt-BR", free_text=True) == "2019-10-03"
    assert find_date("3 set 2019", "en") == "2019-09-03"  # a date field: every name counts


def test_month_table_is_consistent():
    table = month_table()
    assert len({name for name in table.months}) == len(table.months)
    assert set(table.months.values()) == set(range(1, 13))
    for name in ("set", "out", "gen", "ago", "dez", "mars"):
        assert name in table.unsafe
    for name in ("january", "märz", "марта", "مارس", "sept", "nov"):
        assert name in table.months and name not in table.unsafe


@pytest.mark.parametrize(
    "locale, day_first",
    [("en-GB", True), ("en_AU", True), ("fr", True), ("ar", True), ("pt-br", True),
     ("en", False), ("en-US", False), (None, False)],
)
def test_numeric_dates_day_first_by_locale(locale, day_first):
    assert numeric_dates_day_first(locale) is day_first


def test_an_ambiguous_numeric_date_follows_the_locale():
    assert find_date("03/10/2026 08:30", "en-gb").startswith("2026-10-03T08:30")
    assert find_date("03/10/2026 08:30", "fr").startswith("2026-10-03T08:30")
    assert find_date("03/10/2026 08:30", "en-us").startswith("2026-03-10T08:30")
    assert find_date("03/10/2026 08:30").startswith("2026-03-10T08:30")
    assert find_date("25/03/2026", "en-us") == "2026-03-25"  # unambiguous either way


def test_a_country_code_host_gives_an_english_page_its_region():
    assert page_locale("en", "www.example.co.uk") == "en-gb"
    assert page_locale("en", "www.example.com") == "en"
    assert page_locale("en-US", "www.example.co.uk") == "en-us"  # a stated region stays
    assert page_locale(None, "www.example.co.uk") is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.com/2019/11/18/some-story/", "2019-11-18"),
        ("https://www.example.com/commentisfree/2019/nov/18/some-view", "2019-11-18"),
        ("https://example.com/story/2019-11-19/slug", "2019-11-19"),
        ("https://example.com/news/story-20191118.html", "2019-11-18"),
        ("https://example.com/2019/13/45/x", None),
        ("https://example.com/products/12345678", None),
        (None, None),
    ],
)
def test_url_dates(url, day):
    assert url_date(url) == day


def test_a_utc_timestamp_gives_way_to_the_day_the_page_prints():
    assert on_printed_day("2019-11-20T01:50:59+00:00", "2019-11-19") == "2019-11-19"
    assert on_printed_day("2019-11-20T01:50:59+00:00", "2019-11-19T17:50-08:00") == "2019-11-19T17:50-08:00"
    assert on_printed_day("2019-11-20T01:50:59-05:00", "2019-11-19") == "2019-11-20T01:50:59-05:00"  # stated locally
    assert on_printed_day("2019-11-20T18:50:59+00:00", "2019-11-19") == "2019-11-20T18:50:59+00:00"  # too far
    assert on_printed_day("2019-11-20", "2019-11-19") == "2019-11-20"  # a day stated outright


def _published(page: str, url: str | None = None) -> str | None:
    return extract_metadata(lxml.html.document_fromstring(page), url).published


def test_a_british_page_reads_its_visible_date_day_first():
    page = '<html lang="en-GB"><body><h1>Convoy struck</h1><p class="date">10/03/2026 08:30</p></body></html>'
    assert _published(page).startswith("2026-03-10T08:30")


def test_the_dateline_nearest_the_headline_wins_over_a_teaser_date():
    page = ('<html lang="en"><body><div class="top"><span class="date">January 2, 2020</span></div>'
            '<article><h1>Bridge reopens after two years</h1><p class="byline">By Jane Doe</p>'
            '<p class="dateline">Published March 7, 2023</p><p>The bridge reopened on Tuesday.</p></article>'
            '</body></html>')
    assert _published(page) == "2023-03-07"


def test_a_sentence_mentioning_a_date_is_no_dateline():
    page = ('<html lang="en"><body><h1>Bridge reopens after two years</h1>'
            '<p>The bridge, closed on March 7, 2021 after the flood, reopened to traffic on Tuesday.</p>'
            '</body></html>')
    assert _published(page) is None


def test_the_url_dates_a_page_that_prints_no_date():
    page = "<html><body><h1>Bridge reopens</h1><p>The bridge reopened.</p></body></html>"
    assert _published(page, "https://news.example.com/2023/03/07/bridge-reopens/") == "2023-03-07"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("By Elena Marsh14 Nov 2025", "2025-11-14"),  # a date glued to the byline's last word
        ("Пётр Иванов12 марта 2026", "2026-03-12"),
        ("By Sam OkaforJune 2, 2026", "2026-06-02"),  # a month first, glued after a lower-case letter
        ("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago", "2019-11-20T04:29"),  # year glued to the time
        ("20 Nov 20194:29", "2019-11-20T04:29"),
        ("On Tue, 16/08/2011-13:42", "2011-08-16T13:42"),  # a time glued by a hyphen (reader32)
        ("16.08.2011-13:42:05", "2011-08-16T13:42:05"),
    ],
)
def test_dates_glued_to_the_words_around_them(text, iso):
    assert find_date(text, locale="en-GB") == iso


@pytest.mark.parametrize("text", ["16/08/2011-12", "Ref. 12-03-2011-4", "16/08/2011-1342"])
def test_a_fourth_number_after_a_numeric_date_makes_no_date(text):
    assert find_date(text, locale="en-GB") is None


@pytest.mark.parametrize("text", ["A4 May 2020", "COVID19 March 2020", "MP3 Nov 2021", "Nov 20 20191"])
def test_a_number_glued_to_a_code_makes_no_day(text):
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Article posted on 08. 07. 2012", "2012-07-08"),  # dotted and spaced: day first
        ("10. 3. 2026", "2026-03-10"),
        ("Aktualisiert: 11. März 2026 · Erstellt: 10. März 2026", "2026-03-10"),
        ("Modifié le 06/03/2026 · Publié le 05/03/2026", "2026-03-05"),
    ],
)
def test_spaced_dotted_dates_and_more_dateline_labels(text, iso):
    assert find_date(text, "fr" if "Publié" in text else None) == iso
