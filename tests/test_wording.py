"""Numbers and dates as a person reads them."""

from __future__ import annotations

import pytest

from sidebyside.wording import count, human_date


@pytest.mark.parametrize(
    "iso, shown",
    [
        ("2023-01-16T19:07", "16 Jan 2023, 19:07"),
        ("2026-03-10T08:30:00+00:00", "10 Mar 2026, 08:30 UTC"),
        ("2026-03-10T08:30:00Z", "10 Mar 2026, 08:30 UTC"),
        ("2026-03-10T11:05:00+03:00", "10 Mar 2026, 11:05 UTC+3"),
        ("2026-03-10T03:35:00-04:30", "10 Mar 2026, 03:35 UTC-4:30"),
        ("2023-03-05", "5 Mar 2023"),
        ("sometime in March", "sometime in March"),
        (None, ""),
    ],
)
def test_human_date(iso, shown):
    assert human_date(iso) == shown


def test_count_agrees_with_its_number():
    assert count(1, "shared quote") == "1 shared quote"
    assert count(0, "shared passage") == "0 shared passages"
    assert count(2, "label contrast") == "2 label contrasts"
    assert count(1, "quote") == "1 quote"
    assert count(3, "entry", "entries") == "3 entries"
