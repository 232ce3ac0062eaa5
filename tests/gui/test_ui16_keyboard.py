"""The keyboard through the window: Tab goes round the window and back to the articles (it
stuck in the toolbar's list of kinds behind the hidden coverage tab bar), and each side-panel
tab is a key away from anywhere (Ctrl+1, 2, 3), its list taking the keys."""

from __future__ import annotations

from PySide6.QtTest import QTest

from sidebyside.ui.qt import QApplication, QComboBox, Qt


def _focused(window, qtbot, widget):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _step_list(window) -> QComboBox:
    return next(c for c in window.findChildren(QComboBox) if c.accessibleName() == "Kind to step through")


def test_tab_leaves_the_toolbars_list_of_kinds_and_comes_back_to_the_articles(shown, qtbot):
    combo = _step_list(shown)
    _focused(shown, qtbot, combo)
    reached = []
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[0] is not combo, "Tab moved on from the list of kinds"
    assert shown.pane(0).view in reached and shown.pane(1).view in reached


def test_a_set_of_three_keeps_its_coverage_tabs_in_reach_of_the_keyboard(shown):
    shown._show_set_controls(True)
    assert shown.stage.focusPolicy() == Qt.FocusPolicy.TabFocus
    shown._show_set_controls(False)
    assert shown.stage.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_ctrl_2_from_an_article_opens_the_framing_list_with_the_keyboard_in_it(shown, qtbot):
    side = shown.side
    _focused(shown, qtbot, shown.pane(0).view)
    assert side.currentIndex() != 1
    QTest.keyClick(shown.pane(0).view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert side.currentIndex() == side.indexOf(side.framing_tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is side.framing_tree)
    QTest.keyClick(side.framing_tree, Qt.Key.Key_Down)  # the arrows now walk the framing entries
    assert side.framing_tree.currentItem() is not None
    QTest.keyClick(side.framing_tree, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert side.currentIndex() == side.indexOf(side.quotes_tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is side.quotes_tree)


def test_ctrl_3_brings_back_a_hidden_panel_on_its_notes(shown, qtbot):
    side = shown.side
    _focused(shown, qtbot, shown.pane(1).view)
    shown.side_action.trigger()  # F9: the reader hid the panel
    assert not side.isVisible()
    QTest.keyClick(shown.pane(1).view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert side.isVisible() and shown.side_action.isChecked()
    assert side.currentIndex() == side.indexOf(side.notes_tab)
    qtbot.waitUntil(lambda: side.isAncestorOf(QApplication.focusWidget()))


def test_the_tab_keys_are_listed_with_the_other_shortcuts(shown, qtbot):
    box = shown.show_shortcuts()
    qtbot.addWidget(box)
    for words, key in (("Quotes Tab", "Ctrl+1"), ("Framing Tab", "Ctrl+2"), ("Notes Tab", "Ctrl+3")):
        assert words in box.text() and key in box.text()
    box.close()
