"""The reader's place. The keyboard, when the side panel goes away: in the article being read,
never in the toolbar's list of kinds (whose value the arrow keys would then change unseen). An
entry chosen in one article: that article is the one being read, so stepping goes on from it."""

from __future__ import annotations

from sidebyside.ui.qt import QApplication
from sidebyside.ui.sidepanel import SPANS_ROLE


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


def _label_targets(window):
    return [(s, e) for s, e, _link in window.navigator.targets("label_contrast")]


def test_an_entry_chosen_in_one_article_is_where_stepping_goes_on(shown, qtbot):
    shown._set_current_pane(1)
    tree = shown.side.framing_tree
    entity = tree.topLevelItem(0).child(0)
    row_a = next(entity.child(j) for j in range(entity.childCount()) if entity.child(j).text(1) == "A")
    shown.side._activated(row_a)
    pane, start, end = row_a.data(0, SPANS_ROLE)[0]
    assert pane == 0 and shown.current_pane == 0, "the entry's article is the one being read"
    assert (start, end) in _label_targets(shown)
    assert shown.counter.text().strip().startswith(f"{_label_targets(shown).index((start, end)) + 1} of ")


def test_an_entry_in_both_articles_leaves_the_article_being_read(shown, qtbot):
    shown._set_current_pane(1)
    shown.jump_to([(0, 0, 5), (1, 0, 5)], "")
    assert shown.current_pane == 1
