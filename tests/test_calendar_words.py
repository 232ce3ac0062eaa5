"""The one calendar vocabulary: the extractors' date reader and the comparison read one table."""

from __future__ import annotations

from collections import Counter

from sidebyside import calendar_words
from sidebyside.compare import discrepancy, entities, text, times
from sidebyside.extract import dates

ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december")


def test_the_comparison_reads_the_english_names_of_the_one_table():
    assert calendar_words.weekdays() == ENGLISH_WEEKDAYS
    assert tuple(calendar_words.months(abbreviations=False)) == ENGLISH_MONTHS
    assert text.TIME_WORDS == frozenset(ENGLISH_WEEKDAYS + ENGLISH_MONTHS)
    assert discrepancy.WEEKDAYS == ENGLISH_WEEKDAYS and set(discrepancy.MONTHS) == set(ENGLISH_MONTHS)
    assert times.time_vocabulary().months["sept"] == 9 and times.time_vocabulary().months["dec"] == 12
    assert {"tues", "thurs", "sat", "jan", "may"} <= entities._CALENDAR
    assert "lundi" not in entities._CALENDAR and "mai" not in entities._CALENDAR


def test_a_known_language_adds_its_safe_names_and_english_stays_as_it_was():
    assert calendar_words.time_words("en") == calendar_words.time_words() == text.TIME_WORDS
    french = calendar_words.time_words("fr")
    assert {"lundi", "jeudi", "janvier", "décembre"} <= french
    assert text.TIME_WORDS <= french
    assert "mars" not in french  # also an ordinary word ("Mars", the planet)
    assert "mardi" not in french  # also a surname
    assert "montag" in calendar_words.time_words("de") and "montag" not in french


def test_every_month_and_weekday_has_a_full_name_in_every_language():
    months = calendar_words.month_rows()
    languages = {r.language for r in months}
    full = Counter((r.language, r.number) for r in months if r.full)
    assert all(full[(language, n)] for language in languages for n in range(1, 13))
    assert all(len(calendar_words.weekdays(language)) == 7 for language in {r.language for r in calendar_words.weekday_rows()})
    assert calendar_words.months("ru", abbreviations=False)["март"] == 3  # "марта" is its genitive, not its long form
    assert "янв" not in calendar_words.months("ru", abbreviations=False)


def test_the_date_reader_uses_the_same_table():
    assert dates.month_table() is calendar_words.month_table()
    assert dates.weekday_names("full") is calendar_words.weekday_names("full")
    assert dates.month_table().months["janvier"] == 1 and dates.month_table().months["jan"] == 1
