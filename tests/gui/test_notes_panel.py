"""The Notes tab: add (shortcut and dialog), edit, delete with undo, highlights, jumps, orphans."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sidebyside.model import Span
from sidebyside.notes.store import NoteStore
from sidebyside.ui.notes_panel import install_notes
from sidebyside.ui.qt import QApplication, QTimer, Qt


def span_of(article, needle: str) -> Span:
    # Local helper, so this file depends on the shared fixtures only.
    start = article.text.index(needle)
    return Span(start, start + len(needle))


@pytest.fixture
def notes(window, store, qtbot, comparison):
    controller = install_notes(window, store)
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(comparison)
    return controller


def _select(window, index, needle):
    pane = window.pane(index)
    span = span_of(pane.article, needle)
    pane.select_span(span.start, span.end, scroll=False)
    window._current_pane = index
    return span


def _answer(controller, body, tags=(), category=None):
    controller.ask = lambda quote, note: (body, list(tags), category)


def test_install_replaces_the_tab_and_enables_add(window, store):
    assert not window.add_note_action.isEnabled()
    controller = install_notes(window, store)
    assert window.side.notes_tab is controller.panel
    assert window.side.indexOf(controller.panel) >= 0
    assert window.add_note_action.isEnabled()
    assert controller.panel.hint.isVisibleTo(controller.panel)


def test_add_note_on_selection_lists_and_paints_it(window, notes, store):
    span = _select(window, 1, "Kremlin spokesperson Dmitry Peskov")
    _answer(notes, "Who is quoted, and how?", ["sources"], "question")
    window.add_note_action.trigger()
    [stored] = store.all_notes()
    assert (stored.start, stored.end, stored.body, stored.tags) == (span.start, span.end, "Who is quoted, and how?",
                                                                      ("sources",))
    items = notes.panel.note_items()
    assert len(items) == 1 and "Kremlin spokesperson" in items[0].text(0) and "Who is quoted" in items[0].text(0)
    painted = window.pane(1).highlights("note")
    assert [(h.start, h.end) for h in painted] == [(span.start, span.end)]
    assert window.pane(0).highlights("note") == []
    assert not notes.panel.hint.isVisibleTo(notes.panel)


def test_shortcut_adds_a_note(window, notes, store, qtbot):
    _select(window, 0, "Recep Tayyip Erdogan")
    _answer(notes, "by shortcut")
    window.pane(0).view.setFocus()
    qtbot.keyClick(window.pane(0).view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert [n.body for n in store.all_notes()] == ["by shortcut"]


def test_without_a_selection_nothing_is_added(window, notes, store):
    for i in (0, 1):
        cursor = window.pane(i).view.textCursor()
        cursor.clearSelection()
        window.pane(i).view.setTextCursor(cursor)
    _answer(notes, "never")
    window.add_note_action.trigger()
    assert store.all_notes() == []
    assert "Select the passage" in window.statusBar().currentMessage()


def test_cancelled_dialog_adds_nothing(window, notes, store):
    _select(window, 0, "Recep Tayyip Erdogan")
    notes.ask = lambda quote, note: None
    window.add_note_action.trigger()
    assert store.all_notes() == []


def test_the_real_dialog_collects_body_tags_and_category(window, notes, store, qtbot):
    _select(window, 1, "Syrian leader Bashar al-Assad")

    def fill():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.windowTitle() == "Add Note"
        dialog.body_edit.setPlainText("  Label choice  ")
        dialog.tags_edit.setText("labels, framing, labels")
        dialog.category_box.setCurrentIndex(dialog.category_box.findData("framing"))
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.add_note_action.trigger()
    [note] = store.all_notes()
    assert (note.body, note.tags, note.category) == ("Label choice", ("labels", "framing"), "framing")


def test_edit_then_undo_and_redo(window, notes, store):
    _select(window, 1, "Kremlin spokesperson Dmitry Peskov")
    _answer(notes, "first")
    window.add_note_action.trigger()
    [item] = notes.panel.note_items()
    notes.panel.tree.setCurrentItem(item)
    _answer(notes, "second", ["t"], "evidence")
    notes.panel.edit_action.trigger()
    [note] = store.all_notes()
    assert (note.body, note.tags, note.category) == ("second", ("t",), "evidence")
    assert "second" in notes.panel.note_items()[0].text(0)
    notes.undo_action.trigger()
    assert store.all_notes()[0].body == "first" and "first" in notes.panel.note_items()[0].text(0)
    notes.redo_action.trigger()
    assert store.all_notes()[0].body == "second"


def test_delete_with_undo_restores_the_same_note(window, notes, store, qtbot):
    span = _select(window, 0, "Recep Tayyip Erdogan")
    _answer(notes, "keep me")
    window.add_note_action.trigger()
    [note] = store.all_notes()
    notes.panel.tree.setCurrentItem(notes.panel.note_items()[0])
    notes.panel.delete_action.trigger()
    assert store.all_notes() == [] and notes.panel.note_items() == []
    assert window.pane(0).highlights("note") == []
    notes.undo_action.trigger()
    [back] = store.all_notes()
    assert back.id == note.id and [(h.start, h.end) for h in window.pane(0).highlights("note")] == [(span.start, span.end)]
    # Undoing the add removes it again; redo brings it back.
    notes.undo_action.trigger()
    assert store.all_notes() == []
    notes.redo_action.trigger()
    assert [n.id for n in store.all_notes()] == [note.id]


def test_clicking_an_entry_jumps_to_the_passage(window, notes, store, qtbot):
    a = window.pane(0).article
    span = span_of(a, "Nord Stream")
    store.add(a, span.start, span.end, body="far down")
    notes.refresh()
    pane = window.pane(0)
    pane.view.verticalScrollBar().setValue(0)
    pane.select_span(0, 1, scroll=False)
    window.side.setCurrentWidget(notes.panel)
    qtbot.waitUntil(lambda: notes.panel.tree.isVisible())
    [item] = notes.panel.note_items()
    notes.panel.tree.scrollToItem(item)
    rect = notes.panel.tree.visualItemRect(item)
    assert rect.isValid()
    qtbot.mouseClick(notes.panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.current_span() == (span.start, span.end)
    top, bottom = pane.span_y(span.start, span.end)
    assert bottom > 0 and top < pane.viewport_height()


def test_orphans_are_listed_with_their_quote_and_never_dropped(window, store, qtbot, comparison):
    a = comparison.articles[0]
    # A note made on an earlier version of article A (same file) whose passage is now gone.
    earlier = replace(a, text=a.text + "\n\nA paragraph the outlet later removed from the page entirely.")
    start = earlier.text.index("A paragraph the outlet")
    store.add(earlier, start, len(earlier.text), body="gone now")
    controller = install_notes(window, store)
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(comparison)
    [item] = controller.panel.note_items()
    assert item.text(0).startswith("⚠") and "A paragraph the outlet" in item.text(0)
    assert item.font(0).italic()
    assert window.pane(0).highlights("note") == []
    controller.jump(0, item.data(0, Qt.ItemDataRole.UserRole)[1])
    assert "no longer in the article" in window.statusBar().currentMessage()
    assert [n.body for n in store.all_notes()] == ["gone now"]


def test_notes_come_back_in_a_new_window(window, notes, store, qtbot, comparison):
    span = _select(window, 1, "Kremlin spokesperson Dmitry Peskov")
    _answer(notes, "persisted")
    window.add_note_action.trigger()
    from sidebyside.ui.window import MainWindow

    other = MainWindow()
    qtbot.addWidget(other)
    controller = install_notes(other, NoteStore(store.path))
    with qtbot.waitSignal(other.comparison_ready, timeout=5000):
        other.show_comparison(comparison)
    assert [(h.start, h.end) for h in other.pane(1).highlights("note")] == [(span.start, span.end)]
    assert "persisted" in controller.panel.note_items()[0].text(0)


def test_a_corrupt_store_is_reported_in_the_panel(window, tmp_path, monkeypatch):
    data = tmp_path / "broken"
    data.mkdir()
    (data / "notes.sqlite3").write_bytes(b"not a database at all" * 100)
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(data))
    controller = install_notes(window)
    assert controller.panel.warning.isVisibleTo(controller.panel)
    assert "damaged" in controller.panel.warning.text()
    assert window.add_note_action.isEnabled()  # a fresh store works
    assert list(data.glob("notes.sqlite3.corrupt-*"))


def test_ctrl_z_undoes_from_the_keyboard_and_edit_menu_has_undo(window, notes, store, qtbot):
    _select(window, 0, "Recep Tayyip Erdogan")
    _answer(notes, "undo me")
    window.add_note_action.trigger()
    assert len(store.all_notes()) == 1
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and window.add_note_action in a.menu().actions())
    assert notes.undo_action in edit_menu.actions() and notes.redo_action in edit_menu.actions()
    window.pane(0).view.setFocus()
    qtbot.keyClick(window.pane(0).view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.all_notes() == []
    assert window.pane(0).highlights("note") == []


def test_clicking_a_noted_passage_selects_its_note(window, notes, store, qtbot):
    a = window.pane(0).article
    outer = span_of(a, "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan")
    inner = span_of(a, "Recep Tayyip Erdogan")
    store.add(a, outer.start, outer.end, body="outer")
    store.add(a, inner.start, inner.end, body="inner")
    notes.refresh()
    window.pane(0).span_clicked.emit(0, inner.start + 2)
    pane, note = notes.panel.selected()
    assert (pane, note.body) == (0, "inner")
    assert "inner" in window.statusBar().currentMessage()
    window.pane(0).span_clicked.emit(0, outer.start + 1)
    assert notes.panel.selected()[1].body == "outer"


def test_export_and_import_from_the_panel(window, notes, store, tmp_path, qtbot, monkeypatch, comparison):
    from sidebyside.ui.qt import QFileDialog

    _select(window, 1, "Kremlin spokesperson Dmitry Peskov")
    _answer(notes, "exported", ["x"])
    window.add_note_action.trigger()
    target = tmp_path / "out.jsonld"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert notes.export_action.isEnabled()
    notes.export_action.trigger()
    assert '"TextQuoteSelector"' in target.read_text(encoding="utf-8")
    assert notes.export_notes(str(tmp_path / "out.md")) == str(tmp_path / "out.md")
    assert "> Kremlin spokesperson Dmitry Peskov" in (tmp_path / "out.md").read_text(encoding="utf-8")

    from sidebyside.ui.window import MainWindow

    other = MainWindow()
    qtbot.addWidget(other)
    fresh = NoteStore(tmp_path / "fresh")
    controller = install_notes(other, fresh)
    with qtbot.waitSignal(other.comparison_ready, timeout=5000):
        other.show_comparison(comparison)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    controller.import_action.trigger()
    assert [n.body for n in fresh.all_notes()] == ["exported"]
    assert "exported" in controller.panel.note_items()[0].text(0)
    assert other.pane(1).highlights("note")
    bad = tmp_path / "bad.jsonld"
    bad.write_text("{oops", encoding="utf-8")
    assert controller.import_notes(str(bad)) is None
    assert "Could not import" in controller.panel.warning.text()


def test_delete_key_in_the_list_deletes_the_selected_note(window, notes, store, qtbot):
    _select(window, 0, "Recep Tayyip Erdogan")
    _answer(notes, "press delete")
    window.add_note_action.trigger()
    window.side.setCurrentWidget(notes.panel)
    qtbot.waitUntil(notes.panel.tree.isVisible)
    notes.panel.tree.setCurrentItem(notes.panel.note_items()[0])
    notes.panel.tree.setFocus()
    qtbot.keyClick(notes.panel.tree, Qt.Key.Key_Delete)
    assert store.all_notes() == []
    assert [n.body for n in store.all_notes(include_deleted=True)] == ["press delete"]


def test_without_a_selection_the_match_arrived_at_is_noted(window, notes, store, comparison):
    for i in (0, 1):
        cursor = window.pane(i).view.textCursor()
        cursor.clearSelection()
        window.pane(i).view.setTextCursor(cursor)
    window.nav_kind.setCurrentIndex(window.nav_kind.findData("aligned_sentence"))
    window.next_action.trigger()
    window._current_pane = 1
    _answer(notes, "same fact, other figure?")
    window.add_note_action.trigger()
    [note] = store.all_notes()
    al = comparison.aligned_sentences[0]
    assert (note.start, note.end) == (al.b.start, al.b.end) and note.body == "same fact, other figure?"
