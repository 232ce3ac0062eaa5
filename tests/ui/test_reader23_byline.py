"""The header's date and authors line. A wire story whose byline is the agency said it twice
("The Associated Press · via The Associated Press", "AFP · via AFP"), and three authors in a
1366-pixel window were cut in the middle of a name ("Martin Un…singer, Damien Leloup, Morgane
Tual"): whole authors give way instead, the full list a hover away."""

from __future__ import annotations

from sidebyside.ui.pane import meta_line

DATE = "4 May 2015, 13:36 UTC+2"
AUTHORS = ["Martin Untersinger", "Damien Leloup", "Morgane Tual"]


def test_the_agency_is_said_once():
    assert meta_line(DATE, ["The Associated Press"], "The Associated Press") == f"{DATE} · The Associated Press"
    assert meta_line(DATE, ["AFP"], "afp") == f"{DATE} · AFP"


def test_an_agency_beside_other_authors_is_kept():
    """Negative: a reporter's byline and the agency it came through are two facts."""
    assert meta_line(DATE, ["Jane Roe"], "Reuters") == f"{DATE} · Jane Roe · via Reuters"
    assert meta_line(DATE, [], "Reuters") == f"{DATE} · via Reuters"
    assert meta_line(DATE, [], None) == DATE


def test_short_of_room_whole_authors_give_way(byline):
    line = meta_line(DATE, AUTHORS, None)
    label = byline(line, f"{DATE} · Martin Untersinger, Damien Leloup and 1 more")
    assert label.text() == f"{DATE} · Martin Untersinger, Damien Leloup and 1 more"
    assert label.toolTip() == line
    label = byline(line, f"{DATE} · Martin Untersinger and 2 more")
    assert label.text() == f"{DATE} · Martin Untersinger and 2 more"


def test_the_agency_gives_way_before_an_author(byline):
    line = meta_line(DATE, AUTHORS[:2], "AFP")
    label = byline(line, f"{DATE} · Martin Untersinger and 1 more")
    assert label.text() == f"{DATE} · Martin Untersinger and 1 more"


def test_a_line_that_fits_is_shown_whole_and_no_room_cuts_at_the_end(byline):
    """Negatives: room for all is all; room for the date alone cuts the line at its end, the
    date's start kept (never "4 May…Tual")."""
    line = meta_line(DATE, AUTHORS, None)
    assert byline(line, line).text() == line
    shown = byline(line, DATE).text()
    assert shown.startswith(DATE[:6]) and shown.endswith("…") and "Tual" not in shown, shown
