"""The keyboard's place when the side panel goes away: in the article being read, never in the
toolbar's list of kinds (whose value the arrow keys would then change unseen)."""

from __future__ import annotations

from sidebyside.ui.qt import QApplication


def _focused(window, qtbot, widget):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_hiding_the_panel_with_the_keyboard_in_it_puts_the_keyboard_in_the_article(shown, qtbot):
    shown._set_current_pane(1)
    _focused(shown, qtbot, shown.side.framing_tree)
    shown.side_action.trigger()  # the Panel button, F9
    assert not shown.side.isVisible()
    assert QApplication.focusWidget() is shown.pane(1).view
    shown.side_action.trigger()
    assert shown.side.isVisible() and QApplication.focusWidget() is shown.pane(1).view


def test_hiding_the_panel_leaves_the_keyboard_where_it_was_outside_it(shown, qtbot):
    _focused(shown, qtbot, shown.pane(0).view)
    shown._set_current_pane(1)
    shown.side_action.trigger()
    assert QApplication.focusWidget() is shown.pane(0).view, "the panel had nothing to give back"
    shown.side_action.trigger()
