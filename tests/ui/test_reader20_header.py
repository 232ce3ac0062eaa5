"""The compact header's date line keeps the byline and gives up the URL first: a reader of a
1366x768 screen saw "19 Nov 2019 · … · https://www…m-show.html (35b158918c.html)", the author
hidden behind "…" for an address the tooltip holds whole."""

from __future__ import annotations

DATE, AUTHOR, NAME = "19 Nov 2019, 11:51 UTC", "Troy L. Smith", "35b158918c.html"
URL = "https://www.cleveland.com/entertainment/2019/11/doobie-brothers-to-reunite-with-michael-mcdonald.html"
LINE = f"{DATE} · {AUTHOR} · {URL}  ({NAME})"


def test_the_byline_stays_and_the_url_gives_way(date_line):
    label = date_line(LINE, f"{DATE} · {AUTHOR} · https://www.clev…  ({NAME})")
    shown = label.text()
    assert shown.startswith(f"{DATE} · {AUTHOR} · "), shown
    assert shown.endswith(NAME) or shown.endswith(f"({NAME})"), shown
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.toolTip() == LINE, "the whole line, URL included, a hover away"


def test_with_no_room_for_the_file_name_beside_the_byline_the_byline_gives_way(date_line):
    label = date_line(LINE, f"{DATE} · … · {NAME[:9]}")
    shown = label.text()
    assert AUTHOR not in shown and shown.startswith(f"{DATE} · … · "), shown
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()


def test_a_line_ending_in_a_file_name_alone_keeps_its_old_order(date_line):
    """No URL to give up: the middle parts give way whole, as before."""
    line = f"{DATE} · {AUTHOR} · via Agencies · almayadeen-putin-erdogan-2023-01-16.txt"
    label = date_line(line, f"{DATE} · … · almayadeen-putin-erdogan-2023-01-16.txt")
    assert label.text() == f"{DATE} · … · almayadeen-putin-erdogan-2023-01-16.txt"
