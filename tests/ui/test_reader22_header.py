"""A capture named by its hash (64 letters) beside a byline: the byline stays, the hash is cut in
its middle. A 1366×768 reader saw "20 Nov 2019, 07:50 UTC · … · https://ww…-1322369
(dc7ccccc1…6.html.gz)": the outlet gone behind "…" for an address and a hash."""

from __future__ import annotations

DATE, OUTLET = "20 Nov 2019, 07:50 UTC", "Al-Bawaba"
NAME = "dc7ccccc1f34eb2928cb238739aaf18c712d59d8d34b41acfb29178aeba65356.html.gz"
URL = "https://www.albawaba.com/news/sweden-drops-its-investigation-into-rape-allegation-against-julian-assange-1322369"
LINE = f"{DATE} · {OUTLET} · {URL}  ({NAME})"


def test_the_byline_stays_beside_a_hash_cut_in_its_middle(date_line):
    label = date_line(LINE, f"{DATE} · {OUTLET} · {NAME[:12]}…{NAME[-12:]}")
    shown = label.text()
    assert shown.startswith(f"{DATE} · {OUTLET} · "), shown
    assert "https" not in shown and "…" in shown and shown.endswith(NAME[-6:]), shown
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.toolTip() == LINE


def test_with_no_room_for_a_readable_piece_of_the_name_the_byline_gives_way(date_line):
    """Negative: a line with room for the date and a few letters only keeps its old order."""
    label = date_line(LINE, f"{DATE} · … · {NAME[:9]}")
    shown = label.text()
    assert OUTLET not in shown and shown.startswith(f"{DATE} · … · "), shown
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
