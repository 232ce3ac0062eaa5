"""Bad files chosen in the Open dialog: an empty file, binary data, a page in Windows-1252. Each
gets a one-line message naming the file in its pane and the status bar; the window keeps
running, the other article stays, and the notes already made are kept."""

from __future__ import annotations

import pytest
from gui_data import SEED_A, SEED_B

from sidebyside.extract import extract_path
from sidebyside.notes.store import NoteStore
from sidebyside.ui import window as window_module
from sidebyside.ui.notes_panel import install_notes

OPEN_TIMEOUT_MS = 60_000  # a hang guard; a small capture opens in well under a second

BAD = {
    "empty.txt": (b"", "empty"),
    "noise.txt": (bytes(range(256)) * 40, "binary"),
}


def _choose(monkeypatch, *paths):
    monkeypatch.setattr(window_module.QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: ([str(p) for p in paths], "")))


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_file_opened_into_a_pane_is_named_and_the_rest_kept(window, qtbot, tmp_path, monkeypatch, name):
    store = NoteStore(tmp_path / "notes")
    article = extract_path(str(SEED_A))
    start = article.text.index("Nord Stream")
    note = store.add(article, start, start + len("Nord Stream"), body="the pipelines")
    install_notes(window, store)
    with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
        window.open_paths(str(SEED_A), str(SEED_B))
    data, words = BAD[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    window.pane(1).view.setFocus()
    window._set_current_pane(1)
    _choose(monkeypatch, bad)
    with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
        window.open_action.trigger()
    status = window.status_label.text()
    assert f"Could not open {name}" in status and words in status and "\n" not in status
    assert name in window.pane(1).message.text() and window.pane(1).message.isVisible()
    assert window.pane(0).article is not None and "Nord Stream" in window.pane(0).article.text
    assert window.isVisible()
    assert [n.id for n in store.all_notes()] == [note.id] and store.get(note.id).body == "the pipelines"
    _choose(monkeypatch, SEED_B)
    with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
        window.open_action.trigger()
    assert window.comparison is not None  # the app goes on as before
    store.close()


def test_a_page_in_windows_1252_opens_with_its_characters(window, qtbot, tmp_path, monkeypatch):
    page = tmp_path / "cafe.txt"
    page.write_bytes("Café owner Müller said “we are closed” on Monday.\n\n"
                     "The strike, he said, would end “soon”.\n".encode("cp1252"))
    _choose(monkeypatch, page, SEED_B)
    with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
        window.open_action.trigger()
    assert "Café owner Müller said “we are closed”" in window.pane(0).article.text
    assert window.comparison is not None
