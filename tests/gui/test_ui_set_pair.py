"""In a set of three or more outlets the side panel says which pair its Quotes and Framing
compare, and lets the reader pick another; the coverage's naming table counts each label."""

from __future__ import annotations

from test_gui_coverage import three  # noqa: F401  (the strike set opened in the window)

from sidebyside.ui.coverageview import counted_labels


def _top_texts(tree) -> list[str]:
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_the_side_panel_names_the_pair_it_compares_and_switches_it(three, qtbot):  # noqa: F811
    window, _paths = three
    names = window.session.outlet_names()
    bar = window.side.pair_bar
    assert bar.isVisible(), "a set of three: the side panel says which pair its lists are of"
    assert (bar.left.currentText(), bar.right.currentText()) == (names[0], names[1])
    assert names[0] in _top_texts(window.side.quotes_tree)[0]
    with qtbot.waitSignal(window.comparison_ready, timeout=60000):
        bar.right.setCurrentIndex(2)  # the reader picks the third outlet for B
    assert window.session.pair == (0, 2)
    assert names[2] in _top_texts(window.side.quotes_tree)[1], "the Quotes tab now lists the chosen pair"
    assert window.pair_bar.right.currentText() == names[2], "the bar above the panes follows"
    assert bar.right.toolTip() == names[2]
    window.stage.setCurrentWidget(window.pair_page)
    assert bar.isHidden() and window.pair_bar.isVisible(), "beside the articles, the bar above them names the pair"
    window.stage.setCurrentWidget(window.coverage_view)
    assert bar.isVisible()


def test_choosing_the_pair_above_the_panes_updates_the_side_panel(three, qtbot):  # noqa: F811
    window, _paths = three
    names = window.session.outlet_names()
    with qtbot.waitSignal(window.comparison_ready, timeout=60000):
        window.pair_bar.left.setCurrentIndex(2)
    assert window.side.pair_bar.left.currentText() == names[2]


def test_a_pair_alone_has_no_pair_chooser_in_the_side_panel(shown):
    assert shown.side.pair_bar.isHidden()


def test_naming_counts_each_label_most_used_first():
    texts = ["Woodward", "Bob Woodward", "Woodward", "the  reporter", "Woodward", "Bob Woodward"]
    assert counted_labels(texts) == ["Woodward (3×)", "Bob Woodward (2×)", "the reporter"]
    assert counted_labels(["Gray", "L. Patrick Gray"]) == ["Gray", "L. Patrick Gray"]  # ties: reading order
    assert counted_labels(["Nixon", "the president", "The president", "the president"]) == [
        "the president (3×)", "Nixon"]  # a sentence's capital is the same label


def test_the_coverage_naming_table_shows_the_counts(three):  # noqa: F811
    window, _paths = three
    view = window.coverage_view
    coverage = window.session.coverage
    assert coverage.naming, "premise: the strike set names an actor differently"
    table = view.tables["naming"]
    for row, group in enumerate(coverage.naming):
        for outlet in range(len(view.outlets)):
            texts = [m.text for m in group.members if m.article == outlet]
            if texts:
                assert view.cell("naming", row, outlet).text() == "; ".join(counted_labels(texts))
    assert table.rowCount() == len(coverage.naming)
    # every label used twice: each cell counts it
    from dataclasses import replace

    twice = replace(coverage, naming=tuple(replace(g, members=tuple(g.members) * 2) for g in coverage.naming))
    view.set_coverage(twice, view.outlets)
    first = next(m for m in coverage.naming[0].members)
    assert f"{' '.join(first.text.split())} (2×)" in view.cell("naming", 0, first.article).text()


def test_a_long_cell_does_not_make_a_coverage_row_fill_the_window(three, qtbot):  # noqa: F811
    window, _paths = three
    window.resize(700, 600)
    qtbot.waitUntil(lambda: window.width() <= 760)
    view = window.coverage_view
    view.set_coverage(window.session.coverage, view.outlets)  # rows measured at this width
    table = view.tables["facts"]
    cap = table.fontMetrics().lineSpacing() * view.settings.cell_lines + 8
    heights = [table.rowHeight(r) for r in range(table.rowCount())]
    assert heights and max(heights) <= cap
    assert cap in heights, "premise: at this width some fact wraps to more lines than a row shows"
    assert all(view.cell("facts", 0, o) is None or view.cell("facts", 0, o).toolTip() or
               view.cell("facts", 0, o).text() == "—" for o in range(len(view.outlets))), "the whole cell a hover away"


def test_after_a_coverage_cell_the_keyboard_is_in_the_outlets_text(three, qtbot):  # noqa: F811
    from sidebyside.ui.qt import QApplication, Qt

    window, _paths = three
    view = window.coverage_view
    table = view.tables["quotes"]
    table.setFocus()
    item = next(view.cell("quotes", 0, o) for o in range(3) if view.cell("quotes", 0, o).text() != "—")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(item).center())
    assert window.stage.currentWidget() is window.pair_page
    focused = QApplication.focusWidget()
    assert focused is not None and focused.isVisible()
    assert focused is window.pane(0).view or window.pane(0).view.isAncestorOf(focused)
    qtbot.waitUntil(lambda: not window.busy, timeout=60000)


def test_icon_buttons_say_what_they_do(shown):
    from sidebyside.ui.qt import QToolButton

    shown.pane(0).open_find()
    buttons = [b for b in shown.findChildren(QToolButton) if b.isVisible() and len(b.text().strip()) <= 2]
    assert shown.pane(0).find_close in buttons, "premise: the find bar's ✕ is shown"
    for button in buttons:
        if not button.objectName().startswith("qt_"):
            assert button.toolTip() or (button.defaultAction() and button.defaultAction().toolTip()), \
                f"{button.accessibleName() or button.text()!r} has no tooltip"


def test_an_empty_coverage_section_says_nothing_was_found(three, qtbot):  # noqa: F811
    from dataclasses import replace

    window, _paths = three
    view = window.coverage_view
    view.set_coverage(replace(window.session.coverage, passages=()), view.outlets)
    table = view.tables["passages"]
    view.tabs.setCurrentWidget(table.parentWidget())
    qtbot.waitUntil(table.isVisible)
    assert table.rowCount() == 0 and table.empty_text
    image = table.viewport().grab().toImage()
    base = table.palette().base().color().rgb()
    inked = sum(1 for x in range(0, image.width(), 2) for y in range(0, min(image.height(), 80), 2)
                if image.pixel(x, y) != base)
    assert inked > 20, "the empty section shows its sentence"
