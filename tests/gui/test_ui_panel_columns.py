"""In a narrow side panel (a 1024×700 window) the entries keep most of each list's width: the
names, words and quotes are what a reader scans; the "How much" and "Speaker" columns give way."""

from __future__ import annotations


def test_entries_keep_the_width_of_a_narrow_side_panel(shown, qtbot):
    shown.resize(1024, 700)
    qtbot.waitUntil(lambda: shown.width() == 1024)
    side = shown.side
    for tree in (side.framing_tree, side.quotes_tree):
        side.setCurrentWidget(tree)
        qtbot.waitUntil(tree.isVisible)
        last = tree.columnCount() - 1
        width = tree.viewport().width()
        assert tree.columnWidth(0) >= tree.columnWidth(last), tree.accessibleName()
        assert tree.columnWidth(last) <= width * side.settings.last_column_share + 1
        assert sum(tree.columnWidth(c) for c in range(tree.columnCount())) <= width + 1


def test_a_wide_panel_gives_the_last_column_what_its_words_need(shown, qtbot):
    shown.resize(1800, 900)
    qtbot.waitUntil(lambda: shown.width() == 1800)
    tree = shown.side.framing_tree
    shown.side.setCurrentWidget(tree)
    qtbot.waitUntil(tree.isVisible)
    assert tree.columnWidth(2) >= min(tree.sizeHintForColumn(2), tree.viewport().width() * 0.4) - 1


def test_levels_are_indented_by_about_two_letters_of_the_lists_font(shown):
    tree = shown.side.framing_tree
    letters = tree.fontMetrics().averageCharWidth()
    assert tree.indentation() <= max(12, 3 * letters)
    font = tree.font()
    font.setPointSizeF(font.pointSizeF() * 3)
    tree.setFont(font)
    assert tree.indentation() > max(12, 3 * letters)  # grows with a larger font: the arrows stay clear



def test_a_label_two_levels_deep_keeps_a_dozen_letters_beside_a_wordy_last_column(qtbot):
    """The labels are what the naming table is for ("Turkish occup…", not "Turkish oc…"): in a
    narrow list the "How much" column ("1× · description") gives way before they do."""
    from sidebyside.settings import DEFAULT
    from sidebyside.ui.qt import QTreeWidgetItem
    from sidebyside.ui.sidepanel import PanelTree

    settings = DEFAULT.ui
    tree = PanelTree(settings.last_column_share, settings.entry_letters)
    qtbot.addWidget(tree)
    tree.setColumnCount(2)
    section = QTreeWidgetItem(tree, ["How each names the same one", ""])
    referent = QTreeWidgetItem(section, ["Turkish forces in Syria", "title or role"])
    label = QTreeWidgetItem(referent, ["Turkish occupation of northern Syria", "1× · description of the referent"])
    tree.expandAll()
    letter = tree.fontMetrics().averageCharWidth()
    tree.resize(tree.indentation() * 3 + letter * 22 + tree.frameWidth() * 2, 300)
    tree.show()
    qtbot.waitExposed(tree)
    tree.fit_columns()
    room = tree.columnWidth(0) - tree.visualItemRect(label).left()
    assert room >= letter * 12
    assert tree.columnWidth(0) + tree.columnWidth(1) <= tree.viewport().width() + 1
