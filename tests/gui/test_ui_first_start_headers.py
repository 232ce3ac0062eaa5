"""The first start (no saved window state) shows the pane headers in full at any window size:
where room is short a header turns compact by itself, and its headline is still whole when it
fits in the header's share of the pane; a short window no longer starts with one-line headers."""

from __future__ import annotations

import html

import pytest

from sidebyside.ui.stored import stored_bool


def _first_start(qtbot, comparison, size):
    from sidebyside.ui.window import MainWindow

    window = MainWindow()  # restores the (empty) saved state: the first start
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(comparison)
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() == size[1])
    qtbot.wait(20)  # the headers are fitted once the event loop turns
    return window


def _headline_whole(header) -> bool:
    if header.title_label.isVisible():
        return True
    shown = header.short_title.text()
    return header.short_title.isVisible() and not shown.endswith("…")


@pytest.mark.parametrize("size", [(800, 600), (1024, 700)])
def test_a_first_start_in_a_small_window_shows_the_headlines_whole(qtbot, comparison, size):
    window = _first_start(qtbot, comparison, size)
    assert window.details_action.isChecked()
    headers = [window.pane(i).header for i in (0, 1)]
    assert all(h.expanded for h in headers), "not the one-line header"
    # fitted as the resize and font events arrive: wait for the layout to settle, not a fixed time
    qtbot.waitUntil(lambda: all(_headline_whole(h) and not h.compact_title.isVisible() for h in headers), timeout=3000)
    for i, header in enumerate(headers):
        assert header.height() <= 0.34 * window.pane(i).height(), "the text keeps most of the pane"


def test_a_headline_that_does_not_fit_is_cut_with_the_whole_of_it_a_hover_away(qtbot, comparison):
    window = _first_start(qtbot, comparison, (640, 480))
    header = window.pane(0).header
    assert header.expanded and header.compact
    assert header.short_title.text().count("<br>") <= 1, "a quarter of a short pane holds two lines"
    if header.short_title.text().endswith("…"):
        assert html.escape(window.pane(0).article.title) in header.short_title.toolTip()


def test_a_saved_choice_of_one_line_headers_is_kept(qtbot, comparison):
    from sidebyside.ui.window import settings

    settings().setValue("view/details", False)
    window = _first_start(qtbot, comparison, (1300, 800))
    assert not window.details_action.isChecked()
    assert window.pane(0).header.compact_title.isVisible()


def test_stored_switches_read_as_every_settings_store_writes_them():
    assert stored_bool("true", False) and stored_bool("True", False) and stored_bool(True, False)
    assert stored_bool("1", False) and stored_bool(1, False)
    assert not stored_bool("false", True) and not stored_bool("0", True) and not stored_bool(False, True)
    assert stored_bool(None, True) and not stored_bool(None, False)  # nothing saved: the default
