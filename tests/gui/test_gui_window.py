"""The main window's behaviour, driven as a user would (offscreen)."""

from __future__ import annotations

import shutil
import warnings

from gui_data import ARABIC, SEED_A, SEED_B, article_of
from pane_actions import click_text, on_screen

from sidebyside.ui.qt import QColor, QEvent, QPoint, QPointF, Qt, QtCore, QtGui



def _selections_of(pane, kind_id):
    """The spans of a kind painted now (by Qt's formats or by the overlay)."""
    return pane.painted(kind_id)


def _scroll_out_of_view(pane, span) -> None:
    """Scroll a pane so the span is off screen, above the view if the text below it is long
    enough, else below it; fail with the measurements when the pane shows all of its text."""
    bar = pane.view.verticalScrollBar()
    top, bottom = pane.span_y(*span)
    doc_top, doc_bottom = top + bar.value(), bottom + bar.value()
    height = pane.viewport_height()
    if doc_bottom + 1 <= bar.maximum():
        bar.setValue(int(doc_bottom) + 1)
    elif doc_top >= height + 1:
        bar.setValue(0)
    assert not on_screen(pane, span), (
        f"premise: the span must fit off screen (span at {doc_top:.0f}..{doc_bottom:.0f} px of a "
        f"{bar.maximum() + height} px text, {height} px view)")


def test_open_two_captures_off_thread(window, qtbot):
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        window.open_paths(str(SEED_A), str(SEED_B))
    a, b = window.current_articles()
    assert a is not None and b is not None
    assert window.pane(0).header.compact_title.full_text() == a.title
    assert window.pane(1).outlet_label.text() == (b.outlet or "Unknown outlet")
    assert window.comparison is not None and window.comparison.articles == (a, b)
    assert window.recent()[0] == (str(SEED_A), str(SEED_B))
    assert not window.progress.isVisible()


def test_bad_file_shows_message_in_its_pane_and_the_other_pane_works(window, qtbot, tmp_path):
    bad = tmp_path / "broken-capture.html"
    bad.write_bytes(b"")
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        window.open_paths(str(bad), str(SEED_B))
    pane_a, pane_b = window.pane(0), window.pane(1)
    assert pane_a.article is None
    assert pane_a.stack.currentWidget() is pane_a.message
    assert "broken-capture.html" in pane_a.message.text()
    assert len(pane_a.message.text().split("\n\n", 1)[1]) > 3  # the reason is given
    assert pane_b.article is not None and pane_b.view.isVisibleTo(pane_b)
    assert "broken-capture.html" in window.status_label.text()


def test_drop_a_file_onto_a_pane_opens_it_there(shown, qtbot, tmp_path):
    dropped = tmp_path / "other.txt"
    shutil.copy(SEED_A, dropped)
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(dropped))])
    viewport = shown.pane(1).view.viewport()
    with warnings.catch_warnings():  # the only constructor PySide6 offers is marked deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QtGui.QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QtCore.QCoreApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QtGui.QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(shown.load_finished, timeout=60000):
        QtCore.QCoreApplication.sendEvent(viewport, drop)
    assert shown.paths[1] == str(dropped)
    assert shown.pane(1).article.source.path == str(dropped)
    assert shown.pane(0).article is not None  # the other pane kept its article


def test_toggle_hides_and_shows_a_kind(shown):
    pane = shown.pane(0)
    assert len(_selections_of(pane, "shared_passage")) == 1
    assert len(_selections_of(pane, "label_contrast")) >= 1
    shown.kind_actions["shared_passage"].trigger()
    assert _selections_of(pane, "shared_passage") == []
    assert "shared_passage" not in shown.link_map.visible
    assert len(_selections_of(pane, "label_contrast")) >= 1
    shown.kind_actions["shared_passage"].trigger()
    assert len(_selections_of(pane, "shared_passage")) == 1
    # Quotes and distinctive terms start hidden: painted everywhere, they would drown the matches.
    assert _selections_of(pane, "quote") == [] and _selections_of(pane, "distinctive_term") == []
    shown.kind_actions["quote"].trigger()
    assert len(_selections_of(pane, "quote")) == 2
    shown.kind_actions["distinctive_term"].trigger()
    assert len(_selections_of(pane, "distinctive_term")) >= 2


def test_ribbon_click_brings_both_ends_into_view(shown, qtbot, comparison):
    # A view shorter than the seed text (set here, not left to the fonts' line height), so one
    # end of the ribbon can be scrolled away.
    shown.resize(1300, 560)
    qtbot.waitUntil(lambda: shown.pane(1).viewport_height() < 400, timeout=5000)
    shown.sync_action.setChecked(False)
    sq = comparison.shared_quotes[0]
    pane_a, pane_b = shown.pane(0), shown.pane(1)
    pane_a.scroll_to_span(sq.a.start, sq.a.end)
    _scroll_out_of_view(pane_b, (sq.b.start, sq.b.end))
    assert on_screen(pane_a, (sq.a.start, sq.a.end)), "premise: the A end is on screen"
    link_map = shown.link_map
    link_map.repaint()
    index = next(i for i, l in enumerate(shown.highlights.links) if l.kind == "shared_quote")
    path = next(p for p, i in link_map._paths if i == index)  # drawn as a stub
    point = next(QPoint(x, y) for y in range(link_map.height()) for x in (4, 10)
                 if path.contains(QPointF(x, y)) and link_map.link_at(QPointF(x, y)) == index)
    qtbot.mouseClick(link_map, Qt.MouseButton.LeftButton, pos=point)
    assert on_screen(pane_a, (sq.a.start, sq.a.end)) and on_screen(pane_b, (sq.b.start, sq.b.end))
    assert pane_a.current_span() == (sq.a.start, sq.a.end)
    assert pane_b.current_span() == (sq.b.start, sq.b.end)


def test_click_quote_selects_counterpart_and_shows_differences(shown, qtbot, comparison):
    sq = comparison.shared_quotes[0]
    shown.pane(0).scroll_to_span(sq.a.start, sq.a.end)
    click_text(qtbot, shown.pane(0), sq.a.start + 5)
    assert shown.pane(1).current_span() == (sq.b.start, sq.b.end)
    assert on_screen(shown.pane(1), (sq.b.start, sq.b.end))
    assert shown.pane(1).flashing
    details = shown.side.details.text()
    assert "Differences" in details and "line-through" in details
    qtbot.waitUntil(lambda: not shown.pane(1).flashing, timeout=3000)


def test_next_previous_with_counter(shown, qtbot, comparison):
    shown.nav_kind.setCurrentIndex(shown.nav_kind.findData("distinctive_term"))
    text = comparison.articles[0].text
    hubs = [i for i in range(len(text)) if text.lower().startswith("gas hub", i)]
    assert len(hubs) >= 2
    shown.pane(0).view.setFocus()
    qtbot.keyClick(shown.pane(0).view, Qt.Key.Key_F7)
    assert shown.counter.text().strip() == f"1 of {len(hubs)} in A"
    qtbot.keyClick(shown.pane(0).view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shown.counter.text().strip() == f"2 of {len(hubs)} in A"
    assert shown.pane(0).current_span() == (hubs[1], hubs[1] + 7)
    assert shown.pane(0).flashing
    qtbot.keyClick(shown.pane(0).view, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert shown.counter.text().strip() == f"1 of {len(hubs)} in A"
    assert shown.pane(0).current_span() == (hubs[0], hubs[0] + 7)


def test_next_on_a_link_kind_selects_both_ends(shown, comparison):
    shown.nav_kind.setCurrentIndex(shown.nav_kind.findData("aligned_sentence"))
    shown.next_action.trigger()
    al = comparison.aligned_sentences[0]
    assert shown.pane(0).current_span() == (al.a.start, al.a.end)
    assert shown.pane(1).current_span() == (al.b.start, al.b.end)
    assert shown.counter.text().strip() == "1 of 1 in A"


def test_framing_panel_entry_jumps_to_its_span(shown, qtbot, comparison):
    tree = shown.side.framing_tree
    shown.side.setCurrentWidget(tree)
    item = tree.findItems("Nord Stream", Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly, 0)[0]
    tree.scrollToItem(item)
    rect = tree.visualRect(tree.indexFromItem(item, 0))
    assert tree.viewport().rect().contains(rect.center())
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    span = comparison.framing.only_in[0][0].spans[0]
    assert shown.pane(0).current_span() == (span.start, span.end)
    assert on_screen(shown.pane(0), (span.start, span.end))


def test_quotes_panel_lists_quotes_with_speakers_and_links_shared_ones(shown, comparison):
    tree = shown.side.quotes_tree
    a_top = tree.topLevelItem(0)
    assert a_top.childCount() == len(comparison.quotes[0])
    first = a_top.child(0)
    assert first.text(1) == "the statement" and first.text(0).startswith("⇄")
    shown.side._activated(first)
    sq = comparison.shared_quotes[0]
    assert shown.pane(1).current_span() == (sq.b.start, sq.b.end)


def test_synchronized_scrolling_follows_anchors_and_can_be_unlocked(shown, qtbot):
    shown.resize(1300, 500)
    qtbot.waitUntil(lambda: shown.pane(1).view.verticalScrollBar().maximum() > 0)
    bar_a = shown.pane(0).view.verticalScrollBar()
    bar_b = shown.pane(1).view.verticalScrollBar()
    bar_a.setValue(bar_a.maximum())
    assert bar_b.value() == bar_b.maximum()
    bar_a.setValue(0)
    assert bar_b.value() == 0
    bar_a.setValue(bar_a.maximum() // 2)
    assert 0 < bar_b.value() < bar_b.maximum()
    shown.sync_action.trigger()
    before = bar_b.value()
    bar_a.setValue(bar_a.maximum())
    assert bar_b.value() == before


def test_zoom_and_find(shown, qtbot):
    pane = shown.pane(0)
    size = pane.view.font().pointSizeF()
    shown.zoom_in_action.trigger()
    assert pane.view.font().pointSizeF() > size
    shown.zoom_reset_action.trigger()
    assert pane.view.font().pointSizeF() == size
    pane.view.setFocus()
    shown.find_action.trigger()
    assert pane.find_bar.isVisible()
    qtbot.keyClicks(pane.find_edit, "Erdogan")
    count = pane.view.document().toPlainText().count("Erdogan")
    assert pane.find_count.text() == f"{count} found"
    assert pane.selection_span() is not None


def test_notes_hooks(shown, comparison):
    assert not shown.add_note_action.isEnabled()
    assert shown.add_note_action.shortcut().toString() == "Ctrl+Alt+N"
    assert shown.add_note_action in shown.pane(0).view.extra_menu_actions
    assert shown.side.indexOf(shown.notes_tab) >= 0
    pane = shown.pane(1)
    text = comparison.articles[1].text
    start = text.index("Saudi Arabia")
    pane.select_span(start, start + 12)
    assert pane.selection_span() == (start, start + 12)
    pane.set_note_spans([(start, start + 12, "my note")])
    assert len(_selections_of(pane, "note")) == 1
    assert "my note" in pane._tooltip(pane.positions.to_doc(start + 2))
    shown.show_comparison(comparison)  # a new comparison keeps the notes painted
    assert len(_selections_of(pane, "note")) == 1


def test_exception_dialog_keeps_the_app_running(window, qtbot):
    from sidebyside.ui.errors_dialog import open_dialogs, show_exception

    try:
        raise ValueError("boom in a slot")
    except ValueError as exc:
        box = show_exception(type(exc), exc, exc.__traceback__)
    assert box.isVisible()
    assert "boom in a slot" in box.text() and "Traceback" in box.detailedText()
    box.close()
    qtbot.waitUntil(lambda: box not in open_dialogs)
    assert window.isVisible()


def test_arabic_article_is_laid_out_right_to_left(window, qtbot, comparison):
    arabic = article_of([ARABIC], language="ar")
    pane = window.pane(0)
    pane.set_article(arabic)
    assert pane.view.document().firstBlock().blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert pane.header.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_window_state_is_remembered(qtbot):
    from sidebyside.ui.window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.sync_action.setChecked(False)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.size().width() == 700
    assert not second.sync_action.isChecked()


def test_highlights_follow_a_dark_palette(shown, qapp, qtbot):
    original = qapp.palette()
    dark = QtGui.QPalette(original)
    dark.setColor(QtGui.QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QtGui.QPalette.ColorRole.Base, QColor("#17181a"))
    dark.setColor(QtGui.QPalette.ColorRole.Text, QColor("#e8e8e8"))
    try:
        qapp.setPalette(dark)
        qtbot.waitUntil(lambda: shown._dark)
        fill = shown.pane(0)._formats["shared_quote"].background().color()
        assert fill.alpha() == 255 and fill.lightness() < 100  # an opaque dark tint on the dark page
    finally:
        qapp.setPalette(original)
    qtbot.waitUntil(lambda: not shown._dark)
    fill = shown.pane(0)._formats["shared_quote"].background().color()
    assert fill.alpha() == 255 and fill.lightness() > 180


def test_swap_reload_and_recent(window, qtbot):
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        window.open_paths(str(SEED_A), str(SEED_B))
    a, b = window.current_articles()
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        window.swap_action.trigger()
    assert window.current_articles() == (b, a)
    assert window.paths == [str(SEED_B), str(SEED_A)]
    assert window.comparison.articles == (b, a)
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        window.reload_action.trigger()
    assert window.pane(0).article.title == b.title
    # One entry per pair whatever the order, in the order last shown, named by outlet and headline.
    assert window.recent() == [(str(SEED_B), str(SEED_A))]
    window._fill_recent_menu()
    entries = [act.text() for act in window.recent_menu.actions()]
    assert entries == [f"{b.outlet} — {b.title}  ⇄  {a.outlet} — {a.title}".replace("&", "&&")]


def test_one_file_opens_into_the_focused_pane(shown, qtbot):
    shown.pane(1).view.setFocus()
    qtbot.waitUntil(lambda: shown.current_pane == 1)
    before = shown.pane(0).article
    with qtbot.waitSignal(shown.load_finished, timeout=60000):
        shown.open_files([str(SEED_A)])
    assert shown.pane(1).article.source.path == str(SEED_A)
    assert shown.pane(0).article is before


def test_controls_have_accessible_names(shown):
    from sidebyside.ui.qt import QWidget

    for widget in (shown.pane(0), shown.pane(1), shown.pane(0).view, shown.link_map, shown.side,
                   shown.nav_kind, shown.counter, shown.side.quotes_tree, shown.side.framing_tree):
        assert isinstance(widget, QWidget) and widget.accessibleName()


def test_odd_engine_output_paints_without_errors(shown, comparison, qtbot):
    """Spans past the end, reversed or empty, and an article with no body, never break the view."""
    from dataclasses import replace

    from sidebyside.model import AlignedSentence, Span

    a, b = comparison.articles
    empty = replace(b, text="", blocks=(), title=None, outlet=None)
    odd = replace(comparison, articles=(a, empty), quotes=(comparison.quotes[0], ()), shared_quotes=(),
                  shared_passages=(), framing=replace(comparison.framing, label_contrasts=()),
                  aligned_sentences=(AlignedSentence(Span(len(a.text) - 5, len(a.text) + 50), Span(3, 1), 0.5),
                                     AlignedSentence(Span(10, 10), Span(0, 0), 0.5)))
    with qtbot.waitSignal(shown.comparison_ready):
        shown.show_comparison(odd)
    shown.link_map.repaint()
    shown.nav_kind.setCurrentIndex(shown.nav_kind.findData("aligned_sentence"))
    shown.next_action.trigger()
    shown.next_action.trigger()
    assert shown.pane(1).title_label.text() == "(no headline found)"
    shown.pane(0).view.verticalScrollBar().setValue(100)


def test_hovering_a_highlight_explains_it(shown, qtbot, comparison):
    from sidebyside.ui.qt import QtWidgets

    pane = shown.pane(0)
    mention = comparison.framing.label_contrasts[0].a[0]
    pane.scroll_to_span(mention.start, mention.end)
    cursor = pane.view.textCursor()
    cursor.setPosition(pane.positions.to_doc(mention.start + 3))
    local = pane.view.cursorRect(cursor).center()
    viewport = pane.view.viewport()
    event = QtGui.QHelpEvent(QEvent.Type.ToolTip, local, viewport.mapToGlobal(local))
    QtCore.QCoreApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: "Syrian leader Bashar al-Assad" in QtWidgets.QToolTip.text())
    QtWidgets.QToolTip.hideText()


def test_click_a_label_shows_the_other_outlets_label(shown, qtbot, comparison):
    lc = comparison.framing.label_contrasts[0]
    mention_b = lc.b[0]
    shown.pane(1).scroll_to_span(mention_b.start, mention_b.end)
    click_text(qtbot, shown.pane(1), mention_b.start + 2)
    assert shown.pane(0).current_span() == (lc.a[0].start, lc.a[0].end)
    assert lc.entity in shown.side.details.text()


def test_file_open_with_two_files_compares_them(window, qtbot, monkeypatch):
    from sidebyside.ui import window as window_module

    monkeypatch.setattr(window_module.QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: ([str(SEED_B), str(SEED_A)], "")))
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        window.open_action.trigger()
    assert window.paths == [str(SEED_B), str(SEED_A)]
    assert window.comparison is not None


def test_go_menu_chooses_the_kind_to_step_through(shown):
    action = next(a for a in shown.go_kind_menu.actions() if a.data() == "label_contrast")
    action.trigger()
    assert shown.nav_kind.currentData() == "label_contrast"
    assert action.isChecked()
    shown.next_action.trigger()
    assert shown.counter.text().strip() == "1 of 1 in A"


def test_link_map_counts_links_beyond_the_view_and_goes_to_the_nearest(shown, qtbot, comparison):
    shown.sync_action.setChecked(False)
    for pane in shown.panes:
        pane.view.verticalScrollBar().setValue(pane.view.verticalScrollBar().maximum())
    link_map = shown.link_map
    link_map.repaint()
    assert link_map._markers, "links above the view are counted"
    rect, index = link_map._markers[0]
    qtbot.mouseClick(link_map, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    link = shown.highlights.links[index]
    assert shown.pane(0).current_span() == link.a
    assert on_screen(shown.pane(0), link.a) and on_screen(shown.pane(1), link.b)


def test_capture_text_is_never_read_as_markup(window, qtbot, tmp_path):
    bad = tmp_path / "<b>bold<b><img src='x.png'>.html"
    bad.write_bytes(b"")
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        window.open_paths(str(bad), str(SEED_B))
    from sidebyside.ui.qt import QLabel

    labels = [window.status_label, window.pane(0).message, window.pane(0).title_label, window.pane(0).source_label]
    for label in labels:
        assert isinstance(label, QLabel) and label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>bold<b>" in window.status_label.text()


def test_dropping_two_files_on_the_window_compares_them(window, qtbot):
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(SEED_B)), QtCore.QUrl.fromLocalFile(str(SEED_A))])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QtGui.QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QtCore.QCoreApplication.sendEvent(window, enter)  # Qt delivers a drop to the widget that took the enter
    assert enter.isAccepted()
    drop = QtGui.QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        QtCore.QCoreApplication.sendEvent(window, drop)
    assert window.paths == [str(SEED_B), str(SEED_A)]


def test_synchronized_scrolling_lines_up_matched_passages(shown, qtbot, comparison):
    """With A's reference line on a matched passage, B's reference line is on its counterpart."""
    shown.resize(1300, 500)
    qtbot.waitUntil(lambda: shown.pane(1).view.verticalScrollBar().maximum() > 0)
    pane_a, pane_b = shown.pane(0), shown.pane(1)
    bar_a, bar_b = pane_a.view.verticalScrollBar(), pane_b.view.verticalScrollBar()
    h_a, h_b = pane_a.viewport_height(), pane_b.viewport_height()
    sq = comparison.shared_quotes[0]
    top_a, top_b = pane_a.doc_y(sq.a.start), pane_b.doc_y(sq.b.start)
    # The reference line sits at value + height * value / maximum (top of view at the start,
    # bottom at the end); put it on the quote in A.
    value_a = round(top_a / (1 + h_a / bar_a.maximum()))
    bar_a.setValue(value_a)
    ref_b = bar_b.value() + h_b * bar_b.value() / bar_b.maximum()
    step_b = 1 + h_b / bar_b.maximum()  # B's bar takes whole values: its reference line moves by steps this long
    assert abs(ref_b - top_b) <= 3 + step_b


def test_help_explains_every_kind_and_lists_shortcuts(window):
    from sidebyside.kinds import kinds

    from sidebyside.ui.helpdialogs import tour_text

    legend = window.show_legend()
    for k in kinds():
        assert k.label in tour_text(legend)
    legend.close()
    keys = window.show_shortcuts()
    assert "F7" in keys.text() and "Ctrl+Alt+N" in keys.text()
    keys.close()


def test_highlight_toggles_and_zoom_are_remembered(qtbot):
    from sidebyside.ui.window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.kind_actions["distinctive_term"].setChecked(False)
    first.kind_actions["quote"].setChecked(True)
    first.zoom(2)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert not second.kind_actions["distinctive_term"].isChecked()
    assert second.kind_actions["quote"].isChecked()
    assert second.kind_actions["shared_quote"].isChecked()
    assert second.pane(0).zoom_steps == 2 and second.pane(1).zoom_steps == 2


def test_window_stays_responsive_while_comparing(window, qtbot, monkeypatch):
    """The comparison runs on a worker thread: the GUI keeps handling events meanwhile."""
    import threading

    import sidebyside.compare as compare_module

    release = threading.Event()
    real_compare = compare_module.compare

    def slow_compare(a, b):
        release.wait(10)
        return real_compare(a, b)

    monkeypatch.setattr(compare_module, "compare", slow_compare)
    window.open_paths(str(SEED_A), str(SEED_B))
    qtbot.waitUntil(lambda: window.status_label.text() == "Comparing…", timeout=60000)
    assert window.progress.isVisible() and window.busy
    ticks = []
    from sidebyside.ui.qt import QTimer

    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # the event loop runs during the comparison
    assert window.pane(0).article is not None  # each article is shown as soon as it is extracted
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        release.set()
    assert window.comparison is not None and not window.progress.isVisible()


def test_find_next_and_escape(shown, qtbot):
    pane = shown.pane(0)
    pane.view.setFocus()
    shown.find_action.trigger()
    qtbot.keyClicks(pane.find_edit, "Turkish")
    first = pane.selection_span()
    qtbot.keyClick(pane.find_edit, Qt.Key.Key_Return)
    second = pane.selection_span()
    assert first != second and first is not None and second is not None
    text = shown.comparison.articles[0].text
    assert text[second[0]:second[1]] == "Turkish"
    qtbot.keyClick(pane.find_edit, Qt.Key.Key_Escape)
    assert not pane.find_bar.isVisible()


def test_long_urls_and_words_do_not_widen_a_pane(window, comparison):
    from dataclasses import replace

    from sidebyside.model import Source

    long_url = "https://example.org/" + "x" * 400 + ".html"
    article = replace(comparison.articles[0], source=Source("/tmp/a.html", "html", url=long_url),
                      title="Headline-with-" + "y" * 200)
    pane = window.pane(0)
    pane.set_article(article)
    assert pane.minimumSizeHint().width() < 400
    assert pane.source_label.full_text().startswith(long_url)
    assert "…" in pane.source_label.text()


def test_zoom_carries_over_to_a_newly_opened_article_once(window, comparison):
    pane = window.pane(0)
    base = pane.view.font().pointSizeF()
    window.zoom(2)
    zoomed = pane.view.font().pointSizeF()
    window.show_comparison(comparison)
    assert pane.view.font().pointSizeF() == zoomed
    assert pane.view.document().defaultFont().pointSizeF() == zoomed
    window.zoom(0)
    assert pane.view.font().pointSizeF() == base
