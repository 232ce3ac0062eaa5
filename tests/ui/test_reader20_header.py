"""The compact header's date line keeps the byline and gives up the URL first: a reader of a
1366x768 screen saw "19 Nov 2019 · … · https://www…m-show.html (35b158918c.html)", the author
hidden behind "…" for an address the tooltip holds whole."""

from __future__ import annotations

DATE, AUTHOR, NAME = "19 Nov 2019, 11:51 UTC", "Troy L. Smith", "35b158918c.html"
URL = "https://www.cleveland.com/entertainment/2019/11/doobie-brothers-to-reunite-with-michael-mcdonald.html"
LINE = f"{DATE} · {AUTHOR} · {URL}  ({NAME})"


def _label(qtbot, width_for: str):
    from sidebyside.ui.pane import PartsLabel

    label = PartsLabel()
    qtbot.addWidget(label)
    label.setText(LINE)
    label.resize(label.fontMetrics().horizontalAdvance(width_for) + 4, 30)
    label.show()
    qtbot.waitExposed(label)
    return label


def test_the_byline_stays_and_the_url_gives_way(qtbot):
    label = _label(qtbot, f"{DATE} · {AUTHOR} · https://www.clev…  ({NAME})")
    shown = label.text()
    assert shown.startswith(f"{DATE} · {AUTHOR} · "), shown
    assert shown.endswith(NAME) or shown.endswith(f"({NAME})"), shown
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.toolTip() == LINE, "the whole line, URL included, a hover away"


def test_with_no_room_for_the_file_name_beside_the_byline_the_byline_gives_way(qtbot):
    label = _label(qtbot, f"{DATE} · … · {NAME[:9]}")
    shown = label.text()
    assert AUTHOR not in shown and shown.startswith(f"{DATE} · … · "), shown
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()


def test_a_line_ending_in_a_file_name_alone_keeps_its_old_order(qtbot):
    """No URL to give up: the middle parts give way whole, as before."""
    from sidebyside.ui.pane import PartsLabel

    label = PartsLabel()
    qtbot.addWidget(label)
    line = f"{DATE} · {AUTHOR} · via Agencies · almayadeen-putin-erdogan-2023-01-16.txt"
    label.setText(line)
    label.resize(label.fontMetrics().horizontalAdvance(f"{DATE} · … · almayadeen-putin-erdogan-2023-01-16.txt") + 4, 30)
    label.show()
    qtbot.waitExposed(label)
    assert label.text() == f"{DATE} · … · almayadeen-putin-erdogan-2023-01-16.txt"
