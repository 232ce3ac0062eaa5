"""A weekday between a date and its time keeps the time ("6 Aralık 2026 Pazar 14:05"; issue 13)."""

from __future__ import annotations

import pytest

from sidebyside.extract.dates import find_date


@pytest.mark.parametrize("text, iso", [
    ("6 Aralık 2026 Pazar 14:05", "2026-12-06T14:05"),
    ("6. Dezember 2026, Sonntag, 14:05", "2026-12-06T14:05"),
    ("December 6, 2026 Sunday 2:05 pm", "2026-12-06T14:05"),
    ("6 décembre 2026 dimanche à 14h05", "2026-12-06T14:05"),
    ("6 Aralık 2026 14:05", "2026-12-06T14:05"),
])
def test_a_weekday_between_the_date_and_its_time_keeps_the_time(text, iso):
    assert find_date(text) == iso


@pytest.mark.parametrize("text, iso", [
    ("6 Aralık 2026 Pazar 14 kişi", "2026-12-06"),  # a number after the weekday, no time
    ("6 December 2026 Harbour 14:05", "2026-12-06"),  # a word that is no weekday
])
def test_no_time_is_taken_past_what_is_no_weekday_or_no_time(text, iso):
    assert find_date(text) == iso

