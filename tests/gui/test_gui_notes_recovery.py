"""The window finds the notes of a text capture that was moved and edited since they were made."""

from __future__ import annotations

import shutil

from gui_data import SEED_A, SEED_B

from sidebyside.extract import extract_path
from sidebyside.notes.store import NoteStore
from sidebyside.ui.notes_panel import install_notes

PASSAGES = ["Recep Tayyip Erdogan", "gas hub", "Nord Stream"]


def test_a_moved_and_edited_capture_opens_with_its_notes(window, qtbot, tmp_path):
    first = tmp_path / "then" / "story.txt"
    first.parent.mkdir()
    shutil.copy(SEED_A, first)
    store = NoteStore(tmp_path / "notes")
    article = extract_path(str(first))
    ids = set()
    for passage in PASSAGES:
        start = article.text.index(passage)
        ids.add(store.add(article, start, start + len(passage), body=f"about {passage}").id)
    moved = tmp_path / "now" / "renamed.txt"
    moved.parent.mkdir()
    edited = first.read_text(encoding="utf-8").replace("the Kremlin", "the Russian presidency")
    moved.write_text(edited, encoding="utf-8")
    first.unlink()
    assert extract_path(str(moved)).text != article.text  # premise: the body itself changed

    controller = install_notes(window, store)
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        window.open_paths(str(moved), str(SEED_B))
    qtbot.waitUntil(lambda: bool(controller.groups and controller.groups[0].notes), timeout=10000)
    shown = controller.groups[0].notes
    assert {n.id for n in shown} == ids
    pane = window.pane(0)
    for note in shown:
        assert note.anchor != "orphan" and pane.article.text[note.start : note.end] == note.quote.exact
    store.close()
