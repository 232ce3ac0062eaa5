"""Undo reaches only the notes of the articles shown: never a note of an article no longer open."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sidebyside.ui.notes_panel import install_notes

FIRE = Path(__file__).parent.parent / "data" / "coverage" / "fire"
OPEN_TIMEOUT_MS = 60_000  # a hang guard: three small captures open in about a second


@pytest.fixture
def captures(tmp_path) -> list[str]:
    names = ["capitalnews.txt", "ruralvoice.txt", "valleyherald.txt"]
    for name in names:
        shutil.copy(FIRE / name, tmp_path / name)
    return [str(tmp_path / n) for n in names]


@pytest.fixture
def notes(window, store):
    return install_notes(window, store)


def _open(window, qtbot, *paths):
    with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
        window.open_paths(*paths)
    assert window.comparison is not None


def _note_on(window, notes, pane, body):
    article = window.pane(pane).article
    start = article.text.index("fire")
    window.pane(pane).select_span(start, start + 4, scroll=False)
    window._current_pane = pane
    notes.ask = lambda quote, note: (body, [], None)
    return notes.add_note()


def _edit(notes, pane, note, body):
    notes.ask = lambda quote, n: (body, [], None)
    notes.edit_note(pane, note)


def test_undo_never_touches_a_note_of_a_pair_no_longer_open(window, notes, store, qtbot, captures):
    capital, rural, valley = captures
    _open(window, qtbot, capital, rural)
    note = _note_on(window, notes, 0, "first words")
    _edit(notes, 0, store.get(note.id), "second words")
    assert notes.undo_action.isEnabled() and "Edit Note" in notes.undo_action.text()

    _open(window, qtbot, valley, rural)  # Capital News is no longer shown
    assert not notes.undo_action.isEnabled() and notes.undo_action.text() == "&Undo"
    assert "only the notes of the articles shown" in window.statusBar().currentMessage()
    notes.undo_action.trigger()  # e.g. Ctrl+Z: nothing happens to the unseen note
    notes.undo_action.trigger()
    assert store.get(note.id).body == "second words" and not store.get(note.id).deleted

    other = _note_on(window, notes, 0, "on the valley article")
    notes.undo_action.trigger()  # takes back only the note just added, on the article shown
    assert store.get(other.id).deleted and store.get(note.id).body == "second words"
    notes.undo_action.trigger()
    assert store.get(note.id).body == "second words"

    _open(window, qtbot, capital, rural)  # shown again: its changes can be undone again
    assert notes.undo_action.isEnabled() and "Edit Note" in notes.undo_action.text()
    notes.undo_action.trigger()
    assert store.get(note.id).body == "first words"
    notes.redo_action.trigger()
    assert store.get(note.id).body == "second words"


def test_in_a_set_undo_follows_the_pair_side_by_side(window, notes, store, qtbot, captures):
    capital, rural, valley = captures
    with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
        window.open_paths(capital, rural, valley)
    assert window.session.pair == (0, 1)
    note = _note_on(window, notes, 0, "on capital news")
    with qtbot.waitSignal(window.comparison_ready, timeout=OPEN_TIMEOUT_MS):
        window.session.choose_pair(2, 1)
    assert not notes.undo_action.isEnabled()
    notes.undo()
    assert not store.get(note.id).deleted
    with qtbot.waitSignal(window.comparison_ready, timeout=OPEN_TIMEOUT_MS):
        window.session.choose_pair(1, 0)  # Capital News on the right now: still shown
    assert notes.undo_action.isEnabled()
    notes.undo()
    assert store.get(note.id).deleted


def test_undo_takes_the_latest_change_of_either_article_shown(window, notes, store, qtbot, captures):
    capital, rural, _ = captures
    _open(window, qtbot, capital, rural)
    on_a = _note_on(window, notes, 0, "a")
    on_b = _note_on(window, notes, 1, "b")
    _edit(notes, 0, store.get(on_a.id), "a, edited")
    notes.undo()
    assert store.get(on_a.id).body == "a" and not store.get(on_b.id).deleted
    notes.undo()
    assert store.get(on_b.id).deleted and not store.get(on_a.id).deleted
    notes.redo()
    assert not store.get(on_b.id).deleted
    notes.redo()
    assert store.get(on_a.id).body == "a, edited"
