"""A large desktop font on a small window: every control stays in reach (the toolbars shorten
their words or wrap instead of cutting controls off), and no long name makes the window wider
than the screen."""

from __future__ import annotations

from sidebyside.ui.menus import legend_actions
from sidebyside.ui.qt import QToolButton

SMALL = (1024, 640)


def _bars(window):
    return [bar for bar in (window.main_toolbar, window.legend_bar, window.legend_bar2) if bar.isVisible()]


def _assert_every_action_in_reach(window) -> None:
    for bar in _bars(window):
        bar.layout().activate()
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible(), f"{bar.windowTitle()}: actions in an overflow menu"
        for action in bar.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            widget = bar.widgetForAction(action)
            assert widget is not None and widget.isVisible(), f"{action.text()}: not shown"
            assert bar.rect().contains(widget.geometry()), f"{action.text()}: cut off"
    shown_kinds = {a for bar in _bars(window) for a in bar.actions()}
    assert set(legend_actions(window)) <= shown_kinds, "a highlight toggle is on no toolbar"
    for action in (window.next_action, window.prev_action, window.side_action, window.sync_action,
                   window.open_action, window.tour_button_action):
        assert window.main_toolbar.widgetForAction(action).isVisible()


def test_a_large_font_on_a_small_window_keeps_every_control_in_reach(large_font, shown, qtbot):
    shown.resize(*SMALL)
    qtbot.waitUntil(lambda: shown.width() == SMALL[0])
    qtbot.wait(10)  # the font change reaches the toolbars, then they are fitted
    _assert_every_action_in_reach(shown)
    assert shown.legend_bar2.isVisible(), "premise: at 20 points the legend does not fit one row of 1024 px"
    short_tip = shown.prev_action.toolTip()
    assert short_tip and shown.main_toolbar.widgetForAction(shown.prev_action).toolTip(), "a shortened control says what it is"


def test_the_full_words_come_back_when_there_is_room(large_font, shown, qtbot):
    shown.resize(*SMALL)
    qtbot.waitUntil(lambda: shown.width() == SMALL[0])
    qtbot.wait(10)
    shown.resize(2600, 900)
    qtbot.waitUntil(lambda: shown.width() == 2600)
    assert shown.prev_action.iconText() == "◂ Previous" and shown.next_action.iconText() == "Next ▸"
    assert not shown.legend_bar2.isVisible() and not shown.legend_bar2.actions()
    assert legend_actions(shown) == shown.legend_bar.actions()
    _assert_every_action_in_reach(shown)


def test_an_ordinary_font_keeps_the_full_words_at_1024(shown, qtbot):
    shown.resize(*SMALL)
    qtbot.waitUntil(lambda: shown.width() == SMALL[0])
    assert shown.prev_action.iconText() == "◂ Previous" and not shown.legend_bar2.isVisible()
    _assert_every_action_in_reach(shown)


def test_a_long_outlet_or_file_name_does_not_widen_the_window(large_font, window, qtbot, tmp_path):
    window.resize(*SMALL)
    qtbot.waitUntil(lambda: window.width() == SMALL[0])
    long_name = tmp_path / ("an-uncommonly-long-capture-file-name-of-a-regional-daily-" * 2 + ".txt")
    for pane in window.panes:
        pane.show_loading(str(long_name))  # the header shows the file's name while it is read
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= SMALL[0]
    assert window.width() == SMALL[0]
    outlet = window.pane(0).outlet_label
    assert outlet.text() != outlet.full_text() and outlet.text().endswith("…")
    assert outlet.toolTip() == outlet.full_text(), "the whole name is a hover away"


def test_help_above_a_list_folds_to_one_line_on_a_short_window(large_font, shown, qtbot):
    from sidebyside.ui.foldinghelp import FoldingHelp

    shown.side.setCurrentWidget(shown.side.quotes_tab)
    help_label = shown.side.quotes_tab.findChild(FoldingHelp)
    shown.resize(*SMALL)
    qtbot.waitUntil(lambda: shown.width() == SMALL[0])
    qtbot.waitUntil(lambda: help_label.folded)
    line = help_label.fontMetrics().lineSpacing()
    assert help_label.height() < 2 * line + 12, "one line, not a paragraph"
    assert help_label.text().endswith("…") and help_label.toolTip() == help_label.full_text()
    assert shown.side.quotes_tree.height() > help_label.height() * 2, "the list keeps the room"
    shown.resize(1900, 1600)
    qtbot.waitUntil(lambda: not help_label.folded)
    assert help_label.text() == help_label.full_text() and not help_label.toolTip()


def test_naming_labels_keep_some_letters_in_a_narrow_panel_under_a_large_font(large_font, shown, qtbot):
    shown.resize(*SMALL)
    qtbot.waitUntil(lambda: shown.width() == SMALL[0])
    if not shown.side_action.isChecked():  # folded for the articles' room: the reader opens it
        shown.side_action.trigger()
    tree = shown.side.framing_tree
    shown.side.setCurrentWidget(tree)
    qtbot.waitUntil(tree.isVisible)
    tree.fit_columns()  # as after a comparison is painted under this font
    label_row = tree.topLevelItem(0).child(0).child(0)
    assert label_row is not None and label_row.text(0), "premise: the naming table has a label row"
    text_left = tree.visualItemRect(label_row).left()
    letters = tree.fontMetrics().averageCharWidth() * 6
    assert tree.columnWidth(0) - text_left >= letters, "a label shows a few letters, not only its indentation"
    assert sum(tree.columnWidth(c) for c in range(tree.columnCount())) <= tree.viewport().width() + 1


def test_the_side_panel_tabs_are_all_in_view_under_a_large_font(large_font, shown, qtbot):
    shown.resize(*SMALL)
    qtbot.waitUntil(lambda: shown.width() == SMALL[0])
    if not shown.side_action.isChecked():  # folded for the articles' room: the reader opens it
        shown.side_action.trigger()
    bar = shown.side.tabs.tabBar()
    qtbot.waitUntil(bar.isVisible)
    for index in range(bar.count()):
        assert bar.rect().contains(bar.tabRect(index)), f"{bar.tabText(index)}: cut off"
        assert bar.tabToolTip(index).startswith(bar.tabText(index)), "the whole name a hover away"


def test_a_folded_header_keeps_words_of_the_headline_beside_a_long_outlet(large_font, shown, qtbot):
    shown.resize(*SMALL)
    qtbot.waitUntil(lambda: shown.width() == SMALL[0])
    shown.set_headers_expanded(False)
    header = shown.pane(0).header
    header.outlet_label.setText("Al Mayadeen English International Service")
    qtbot.waitUntil(lambda: header.compact_title.isVisible())
    qtbot.wait(20)
    letters = header.compact_title.fontMetrics().averageCharWidth() * 6
    assert header.compact_title.width() >= letters, "the headline shows some words, not a letter and a dot"
    assert header.outlet_label.width() <= header.width() // 3 + 1
    shown.set_headers_expanded(True)
    assert header.outlet_label.maximumWidth() > header.width()
