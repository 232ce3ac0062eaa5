"""The side panel's width: under a large font it takes a larger share of a small window, so its
tabs and labels show words; an ordinary font keeps the usual share; a width the reader drags to
is kept when the window is resized, and remembered."""

from __future__ import annotations

from sidebyside.settings import DEFAULT
from sidebyside.ui.qt import QtCore, Qt
from sidebyside.ui.window import MainWindow, side_panel_width

SMALL = (1024, 640)


def _resize(window, qtbot, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])


def test_the_rule_widens_the_panel_for_large_letters_up_to_a_ceiling():
    assert side_panel_width(1024, 7) == int(DEFAULT.ui.side_panel_share * 1024)
    assert side_panel_width(1024, 11) == DEFAULT.ui.side_panel_letters * 11 > side_panel_width(1024, 7)
    assert side_panel_width(1024, 30) == int(DEFAULT.ui.side_panel_max_share * 1024)


def test_a_large_font_gives_the_panel_room_for_its_tab_names(large_font, shown, qtbot):
    _resize(shown, qtbot, SMALL)
    _open_if_folded(shown, qtbot)
    width = shown.splitter.sizes()[1]
    assert width >= 0.35 * SMALL[0], f"side panel {width} px of {SMALL[0]}"
    tabs = shown.side.tabs.tabBar()
    for i in range(tabs.count()):
        assert "…" not in tabs.tabText(i)
        assert tabs.tabRect(i).width() >= tabs.fontMetrics().horizontalAdvance(tabs.tabText(i)), tabs.tabText(i)
    assert shown.splitter.sizes()[0] >= 0.55 * SMALL[0], "the articles keep most of the window"


def test_an_ordinary_font_keeps_the_usual_share(shown, qtbot):
    _resize(shown, qtbot, SMALL)
    share = shown.splitter.sizes()[1] / sum(shown.splitter.sizes())
    assert abs(share - shown.side.settings.side_panel_share) < 0.02


def _open_if_folded(window, qtbot) -> None:
    """A large font on a small window folds the panel (test_ui_side_fold.py): the reader opens it."""
    if not window.side_action.isChecked():
        window.side_action.trigger()
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] > 0)


def test_a_dragged_width_is_kept_and_remembered(large_font, shown, qtbot):
    _resize(shown, qtbot, SMALL)
    _open_if_folded(shown, qtbot)
    handle = shown.splitter.handle(1)
    centre = handle.rect().center()
    before = shown.splitter.sizes()[1]
    left = Qt.MouseButton.LeftButton
    qtbot.mousePress(handle, left, pos=centre)
    qtbot.mouseMove(handle, centre - QtCore.QPoint(100, 0))
    qtbot.mouseRelease(handle, left, pos=centre - QtCore.QPoint(100, 0))
    dragged = shown.splitter.sizes()[1]
    assert dragged >= before + 50, "premise: the drag widened the panel"
    _resize(shown, qtbot, (1300, 800))
    _resize(shown, qtbot, SMALL)
    assert abs(shown.splitter.sizes()[1] - dragged) <= 2, "a resize must not undo the reader's width"
    shown.save_state()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    _resize(again, qtbot, SMALL)
    _open_if_folded(again, qtbot)
    assert abs(again.splitter.sizes()[1] - dragged) <= 2

