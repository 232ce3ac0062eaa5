"""Publication dates → ISO 8601 as precise as stated, time zones written ±HH:MM."""

from __future__ import annotations

import pytest

from sidebyside.extract.dates import normalise_date, parse_visible_date


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
        ("Updated: 7 March 2023, 14:05", "2023-03-07T14:05:00"),
        ("Sunday, Feb 1, 2015 11:57 AM UTC", "2015-02-01T11:57:00+00:00"),
        ("le 7 décembre 2017", "2017-12-07"),
        ("21. Dezember 2018", "2018-12-21"),
    ],
)
def test_visible_dates(text, iso):
    assert parse_visible_date(text) == iso


@pytest.mark.parametrize("junk", ["", None, "yesterday", "2015-13-45", "Page 3 of 12", "0000-00-00", "12345"])
def test_no_date_is_invented(junk):
    assert normalise_date(junk) is None


def test_zone_abbreviations_become_offsets():
    assert parse_visible_date("Nov 19, 2019 8:00 AM EST") == "2019-11-19T08:00:00-05:00"
    assert parse_visible_date("November 20, 2019 13:38 IST") == "2019-11-20T13:38:00+05:30"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("10.03.2026 12:40 · Автор: Анна Соколова", "2026-03-10T12:40:00"),
        ("10 марта 2026 г., 14:05", "2026-03-10T14:05:00"),
        ("10 مارس 2026", "2026-03-10"),
        ("١٠ آذار ٢٠٢٦", "2026-03-10"),  # Levantine month name, Arabic-Indic digits
        ("21/12/2018", "2018-12-21"),  # a first part above 12 can only be the day
        ("03/10/2026", "2026-03-10"),  # otherwise slashes read month-first
        ("2018/12/21 10:00", "2018-12-21T10:00:00"),
    ],
)
def test_numeric_and_non_latin_visible_dates(text, iso):
    assert parse_visible_date(text) == iso


@pytest.mark.parametrize(
    "locale, day_first",
    [("en-GB", True), ("en_AU", True), ("fr", True), ("ar", True), ("en", False), ("en-US", False), (None, False)],
)
def test_numeric_dates_day_first_by_locale(locale, day_first):
    from sidebyside.extract.dates import numeric_dates_day_first

    assert numeric_dates_day_first(locale) is day_first


def test_an_ambiguous_numeric_date_follows_the_locale():
    assert parse_visible_date("10/03/2026 08:30", day_first=True).startswith("2026-03-10T08:30")
    assert parse_visible_date("10/03/2026 08:30").startswith("2026-10-03T08:30")
    assert parse_visible_date("25/03/2026", day_first=False) == "2026-03-25"  # unambiguous either way


def test_a_british_page_reads_its_visible_date_day_first():
    import lxml.html

    from sidebyside.extract.html.metadata import extract_metadata

    page = '<html lang="en-GB"><body><h1>Convoy struck</h1><p class="date">10/03/2026 08:30</p></body></html>'
    assert extract_metadata(lxml.html.document_fromstring(page)).published.startswith("2026-03-10T08:30")
