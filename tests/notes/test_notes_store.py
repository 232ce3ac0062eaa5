"""The SQLite store: CRUD, lookup by fingerprint/url/path, soft delete, migrations, corrupt files."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from sidebyside.errors import NotesError
from sidebyside.model import Article, Source
from sidebyside.notes.store import MIGRATIONS, SCHEMA_VERSION, NoteStore, default_store_path

TEXT = (Path(__file__).parents[1] / "data" / "notes" / "article_v1.txt").read_text(encoding="utf-8")


def _article(text: str = TEXT, path: str | None = "/captures/harbour.txt", url: str | None = None) -> Article:
    return Article(source=Source(path=path, format="text", url=url), title="Harbour", text=text)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_add_then_read_back(tmp_path):
    store = NoteStore(tmp_path)
    article = _article()
    note = store.add(article, *_span(TEXT, "a new sea wall"), body="Which wall?", tags=["infra", "infra", " "],
                     category="question")
    assert note.tags == ("infra",)
    assert note.quote.exact == "a new sea wall"
    assert len(note.quote.prefix) == 32 and note.created.endswith("Z")
    again = NoteStore(tmp_path)  # a second instance sees the committed write
    [found] = again.notes_for(article)
    assert (found.id, found.body, found.category, found.anchor) == (note.id, "Which wall?", "question", "exact")
    assert (found.start, found.end) == _span(TEXT, "a new sea wall")


def test_default_location_is_the_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path / "data"))
    store = NoteStore()
    assert store.path == tmp_path / "data" / "notes.sqlite3" == default_store_path()
    assert store.path.exists()


def test_store_settings_are_durable(tmp_path):
    store = NoteStore(tmp_path)
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    # Waits out another instance's write (milliseconds), but says at once when the store stays locked.
    assert 1000 <= conn.execute("PRAGMA busy_timeout").fetchone()[0] <= 5000
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    indexed = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"notes_fingerprint", "notes_url", "notes_path"} <= indexed


def test_found_by_fingerprint_url_or_path(tmp_path):
    store = NoteStore(tmp_path)
    original = _article(url="https://example.org/harbour")
    note = store.add(original, *_span(TEXT, "the ferry terminal"), body="b")
    # Same text from another file and no URL: the fingerprint finds it.
    assert [n.id for n in store.notes_for(_article(path="/elsewhere/copy.txt"))] == [note.id]
    # Edited text at the same URL, another path.
    edited = TEXT.replace("The town council", "The council")
    assert [n.id for n in store.notes_for(_article(edited, path=None, url="https://example.org/harbour"))] == [note.id]
    # Edited text at the same path, no URL.
    assert [n.id for n in store.notes_for(_article(edited, url=None))] == [note.id]
    # Another article entirely.
    assert store.notes_for(_article("Unrelated text about trains.", path="/x.txt")) == []


def test_notes_for_reanchors_and_keeps_orphans(tmp_path):
    store = NoteStore(tmp_path)
    moved = store.add(_article(), *_span(TEXT, "rebuilding the market every spring"), body="moved")
    orphan = store.add(_article(), *_span(TEXT, "the regional court to review the decision"), body="orphan")
    edited = "Breaking: " + TEXT[: TEXT.index("A local fishing")]
    notes = store.notes_for(_article(edited))
    assert [n.body for n in notes] == ["moved", "orphan"]  # orphans listed last
    assert notes[0].anchor == "moved" and edited[notes[0].start : notes[0].end] == moved.quote.exact
    assert (notes[1].anchor, notes[1].start, notes[1].end) == ("orphan", None, None)
    assert notes[1].quote.exact == orphan.quote.exact


def test_update_delete_restore(tmp_path):
    store = NoteStore(tmp_path)
    note = store.add(_article(), *_span(TEXT, "the mayor"), body="first", tags=["a"])
    updated = store.update(note.id, body="second", tags=["b", "c"], category="evidence")
    assert (updated.body, updated.tags, updated.category) == ("second", ("b", "c"), "evidence")
    assert updated.modified >= note.modified and updated.created == note.created
    store.delete(note.id)
    assert store.notes_for(_article()) == [] and store.all_notes() == []
    assert [n.id for n in store.all_notes(include_deleted=True)] == [note.id]
    store.restore(note.id)
    assert [n.body for n in store.notes_for(_article())] == ["second"]
    with pytest.raises(NotesError):
        store.update("no-such-id", body="x")
    with pytest.raises(NotesError):
        store.delete("no-such-id")


def test_bad_span_is_a_notes_error(tmp_path):
    store = NoteStore(tmp_path)
    with pytest.raises(NotesError):
        store.add(_article(), 10, 5, body="")
    with pytest.raises(NotesError):
        store.add(_article(), 0, len(TEXT) + 1, body="")


def test_put_many_is_idempotent_and_keeps_the_newer_copy(tmp_path):
    store = NoteStore(tmp_path)
    note = store.add(_article(), *_span(TEXT, "twelve million euros"), body="cost")
    other = NoteStore(tmp_path / "other")
    assert other.put_many([note]) == (1, 0)
    assert other.put_many([note]) == (0, 0)
    assert other.put_many([replace(note, body="older", modified="2000-01-01T00:00:00.000Z")]) == (0, 0)
    assert other.put_many([replace(note, body="newer", modified="2999-01-01T00:00:00.000Z")]) == (0, 1)
    assert other.get(note.id).body == "newer"


def test_migrates_a_version_1_store_keeping_its_notes(tmp_path):
    path = tmp_path / "notes.sqlite3"
    conn = sqlite3.connect(path)
    for sql in MIGRATIONS[0]:
        conn.execute(sql)
    conn.execute(
        "INSERT INTO notes (id, fingerprint, path, exact, start, \"end\", body, created, modified) "
        "VALUES ('00000000-0000-4000-8000-000000000001', 'fp', '/captures/harbour.txt', 'the mayor', 0, 9, 'old', "
        "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    store = NoteStore(path)
    assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    [note] = store.all_notes()
    assert (note.body, note.category, note.deleted) == ("old", None, None)
    assert store.warnings == []


def test_a_store_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(NotesError, match="newer"):
        NoteStore(path)


def test_a_file_that_is_not_a_database_is_moved_aside(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is not an SQLite database, just some text " * 200)
    store = NoteStore(path)
    aside = list(tmp_path.glob("notes.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")
    assert len(store.warnings) == 1 and "damaged" in store.warnings[0] and aside[0].name in store.warnings[0]
    note = store.add(_article(), *_span(TEXT, "the mayor"), body="fresh")
    assert [n.id for n in NoteStore(path).all_notes()] == [note.id]
    assert store.integrity_ok()


def test_a_database_failing_integrity_check_is_moved_aside(tmp_path):
    path = tmp_path / "notes.sqlite3"
    store = NoteStore(path)
    for i in range(300):
        store.add(_article(), *_span(TEXT, "the mayor"), body=f"note {i} " + "x" * 200)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    # Scribble over the middle of the file: table and index pages no longer agree.
    for offset in range(3 * page, min(len(data), 12 * page), page):
        data[offset + 100 : offset + 400] = b"\xa5" * 300
    path.write_bytes(bytes(data))
    fresh = NoteStore(path)
    assert fresh.warnings and "damaged" in fresh.warnings[0]
    assert fresh.all_notes() == []
    assert list(tmp_path.glob("notes.sqlite3.corrupt-*"))


def test_purge_removes_only_deleted_notes(tmp_path):
    store = NoteStore(tmp_path)
    keep = store.add(_article(), *_span(TEXT, "the mayor"), body="keep")
    gone = store.add(_article(), *_span(TEXT, "the ferry terminal"), body="gone")
    store.delete(gone.id)
    assert store.purge_deleted(older_than_days=1) == 0  # deleted just now: still restorable
    assert store.purge_deleted() == 1
    assert [n.id for n in store.all_notes(include_deleted=True)] == [keep.id]


def test_a_truncated_database_is_moved_aside(tmp_path):
    path = tmp_path / "notes.sqlite3"
    store = NoteStore(path)
    for i in range(200):
        store.add(_article(), *_span(TEXT, "the mayor"), body=f"note {i} " + "y" * 300)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    fresh = NoteStore(path)
    assert fresh.warnings and "damaged" in fresh.warnings[0]
    assert fresh.all_notes() == [] and fresh.integrity_ok()


def test_an_empty_file_is_simply_a_new_store(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"")
    store = NoteStore(path)
    assert store.warnings == [] and store.all_notes() == []
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_notes_made_in_the_same_millisecond_come_back_in_writing_order(tmp_path, monkeypatch):
    from sidebyside.notes import store as store_module

    monkeypatch.setattr(store_module, "now_iso", lambda: "2026-01-01T00:00:00.000Z")
    text = " ".join(f"word{i}" for i in range(200))
    article = Article(Source(path=str(tmp_path / "a.txt"), format="text"), text=text)
    with NoteStore(tmp_path / "store") as store:
        bodies = [f"note {i}" for i in range(30)]
        for i, body in enumerate(bodies):
            start = text.index(f"word{i} ")
            store.add(article, start, start + len(f"word{i}"), body)
        assert [n.body for n in store.all_notes()] == bodies
