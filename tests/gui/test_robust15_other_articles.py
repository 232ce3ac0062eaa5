"""The Notes tab lists the notes no open article shows: those of an article whose file was
deleted or moved away (another outlet's copy of the story does not take them), under "Other
articles", by the article as stored. A moved copy picked by the reader is re-linked and opened
with its note; a different article is refused with the reason; the notes are exported or
deleted there, and Undo restores them."""

from __future__ import annotations

import json

import pytest
from flood_barrier_story import (
    COURIER,
    HEADLINE,
    NOTED,
    POST,
    noted_then_deleted,
    write_story,
)

from sidebyside.extract import extract_path
from sidebyside.ui.notes_panel import ARTICLE_ROLE, install_notes


@pytest.fixture
def files(store, tmp_path):
    """The Courier's article noted, then its file deleted; the Post's copy and a weather story on disk."""
    return noted_then_deleted(store, tmp_path)


def _open(window, qtbot, *paths):
    with qtbot.waitSignal(window.comparison_ready, timeout=60000):
        window.open_paths(*map(str, paths))


def _shown(controller) -> dict[int, list[str]]:
    return {group.pane: [n.body for n in group.notes] for group in controller.groups}


def _rows(controller) -> list[str]:
    return [item.text(0) for item in controller.panel.article_items()]


def test_the_tab_lists_the_note_whose_article_file_is_gone(window, qtbot, store, files):
    note, post, weather, _ = files
    controller = install_notes(window, store)
    _open(window, qtbot, post, weather)
    assert _shown(controller) == {0: [], 1: []}  # no article shows it
    [row] = _rows(controller)
    assert row.startswith("⚠ " + HEADLINE) and "(1 note)" in row and "courier.txt" in row and "file not found" in row
    [item] = controller.panel.article_items()
    assert item.isExpanded() and "Whose words?" in item.child(0).text(0)
    section = item.parent()
    assert section.isExpanded() and "1 not found" in section.text(0)
    assert "cannot be found" in window.statusBar().currentMessage()
    assert not controller.panel.hint.isVisible()


def test_a_note_shown_on_its_article_is_not_listed_again(window, qtbot, store, tmp_path):
    """Negative: the noted article open, its note is on its pane and nowhere else."""
    courier = write_story(tmp_path / "courier.txt", COURIER)
    article = extract_path(str(courier))
    at = article.text.index(NOTED)
    store.add(article, at, at + len(NOTED), body="Whose words?")
    post = write_story(tmp_path / "post.txt", POST)
    controller = install_notes(window, store)
    _open(window, qtbot, courier, post)
    assert _shown(controller) == {0: ["Whose words?"], 1: []}
    assert _rows(controller) == []


def test_relinking_to_the_moved_copy_opens_it_with_its_note(window, qtbot, store, files):
    note, post, weather, moved = files
    controller = install_notes(window, store)
    _open(window, qtbot, post, weather)
    [group] = controller.elsewhere
    controller.pick_file = lambda _article: str(moved)
    told = []
    controller.inform = lambda title, text: told.append(text)
    window.pane(1).setFocus()
    with qtbot.waitSignal(window.comparison_ready, timeout=60000):
        assert controller.relink(group)
    assert told == []
    assert store.get(note.id).article.path == str(moved)
    qtbot.waitUntil(lambda: "Whose words?" in sum(_shown(controller).values(), []), timeout=10000)
    pane = next(p for p, bodies in _shown(controller).items() if bodies)
    marks = [h for h in window.pane(pane)._highlights if h.kind == "note"]
    assert [window.pane(pane).article.text[m.start : m.end] for m in marks] == [NOTED]
    assert _rows(controller) == []
    # undo points the note back at its old file: listed apart again
    controller.undo()
    assert store.get(note.id).article.path != str(moved)


def test_relinking_to_another_outlets_copy_is_refused_with_the_reason(window, qtbot, store, files):
    note, post, weather, _ = files
    controller = install_notes(window, store)
    _open(window, qtbot, post, weather)
    [group] = controller.elsewhere
    told = []
    controller.inform = lambda title, text: told.append((title, text))
    with qtbot.waitSignal(controller.relinked, timeout=60000) as ended:
        assert controller.relink(group, str(post))  # read off the GUI thread
    assert ended.args == [False]
    [(title, text)] = told
    assert title == "Not the same article" and "“post.txt” is not the article" in text and "%" in text
    assert store.get(note.id).article.path == note.article.path
    assert len(_rows(controller)) == 1


def test_relinking_to_a_file_that_is_no_capture_says_so(window, qtbot, store, files, tmp_path):
    _note, post, weather, _ = files
    controller = install_notes(window, store)
    _open(window, qtbot, post, weather)
    told = []
    controller.inform = lambda title, text: told.append(text)
    junk = tmp_path / "image.png"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with qtbot.waitSignal(controller.relinked, timeout=60000) as ended:
        assert controller.relink(controller.elsewhere[0], str(junk))
    assert ended.args == [False]
    assert told and "cannot be read" in told[0] and "PNG" in told[0]


def test_delete_the_articles_notes_then_undo(window, qtbot, store, files):
    note, post, weather, _ = files
    controller = install_notes(window, store)
    _open(window, qtbot, post, weather)
    [item] = controller.panel.article_items()
    controller.panel.tree.setCurrentItem(item)
    assert controller.panel.delete_action.isEnabled()
    controller.panel.delete_action.trigger()
    assert store.all_notes() == [] and _rows(controller) == []
    assert controller.undo_action.isEnabled() and "Delete" in controller.undo_action.text()
    controller.undo()
    assert [n.id for n in store.all_notes()] == [note.id] and len(_rows(controller)) == 1


def test_export_the_articles_notes(window, qtbot, store, files, tmp_path):
    note, post, weather, _ = files
    other = extract_path(str(weather))
    store.add(other, 0, 10, body="not this one")
    controller = install_notes(window, store)
    _open(window, qtbot, post, weather)
    [group] = controller.elsewhere
    out = tmp_path / "gone.jsonld"
    assert controller.export_notes(str(out), notes=list(group.notes)) == str(out)
    items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    assert [i["id"] for i in items] == [f"urn:uuid:{note.id}"]
    row = controller.panel.article_items()[0]
    assert row.data(0, ARTICLE_ROLE).ids == (note.id,)


def test_a_closed_article_is_listed_as_not_open_and_opens_with_its_note(window, qtbot, store, files, tmp_path):
    """Negative of 'file not found': the article's file is there, only not open."""
    _note, post, weather, _ = files
    other = write_story(tmp_path / "harbour.txt", ["The harbour master said the quay would reopen on Friday after repairs."],
                   title="Quay to reopen")
    article = extract_path(str(other))
    store.add(article, 0, 15, body="when exactly?")
    controller = install_notes(window, store)
    _open(window, qtbot, post, weather)
    rows = controller.panel.article_items()
    assert len(rows) == 2 and rows[0].text(0).startswith("⚠ ")  # the missing file first
    closed = rows[1]
    assert closed.text(0).startswith("Quay to reopen (1 note)") and "not open" in closed.text(0)
    assert closed.childCount() == 0 and not closed.isExpanded()  # its note rows are made on opening it
    closed.setExpanded(True)
    assert closed.childCount() == 1 and "when exactly?" in closed.child(0).text(0)
    window.pane(1).setFocus()
    with qtbot.waitSignal(window.comparison_ready, timeout=60000):
        controller.open_article(closed.data(0, ARTICLE_ROLE))
    qtbot.waitUntil(lambda: "when exactly?" in sum(_shown(controller).values(), []), timeout=10000)
    assert [r.data(0, ARTICLE_ROLE).title for r in controller.panel.article_items()] == [HEADLINE]


def test_double_clicking_a_missing_articles_row_asks_where_it_is_now(window, qtbot, store, files):
    note, post, weather, _ = files
    controller = install_notes(window, store)
    _open(window, qtbot, post, weather)
    asked = []
    controller.pick_file = lambda article: asked.append(article.title)  # the reader cancels
    [row] = controller.panel.article_items()
    controller.panel.tree.itemDoubleClicked.emit(row, 0)
    assert asked == [HEADLINE]
    assert store.get(note.id).article.path == note.article.path
