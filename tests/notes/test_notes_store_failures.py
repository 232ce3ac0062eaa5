"""The store when the machine is against it: a full disk, another program's lock. Each says so
in plain words; a sound store is never set aside as damaged; no note already stored is lost."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hang_guards import blocking_guard

from sidebyside.errors import NotesError
from sidebyside.model import Article, Source
from sidebyside.notes.store import NoteStore

TEXT = (Path(__file__).parents[1] / "data" / "notes" / "article_v1.txt").read_text(encoding="utf-8")
ARTICLE = Article(source=Source(path="/captures/harbour.txt", format="text"), text=TEXT)


def _files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_a_full_disk_says_disk_full_and_keeps_what_was_stored(tmp_path):
    store = NoteStore(tmp_path)
    first = store.add(ARTICLE, 4, 20, body="kept")
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages + 1}")  # SQLite's own "disk is full"
    with pytest.raises(NotesError) as err:
        for _ in range(100):
            store.add(ARTICLE, 4, 20, body="x" * 5000)
    message = str(err.value)
    assert "the disk is full" in message and "rollback" not in message
    assert "\n" not in message and str(store.path) in message
    assert first.id in {n.id for n in store.all_notes()}  # reads still work, nothing lost


def test_a_store_that_cannot_be_checked_for_lack_of_space_is_not_set_aside(tmp_path, monkeypatch):
    with NoteStore(tmp_path) as store:
        kept = store.add(ARTICLE, 4, 20, body="kept")

    def full(conn):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorname = "SQLITE_FULL"
        raise error

    monkeypatch.setattr(NoteStore, "_check", staticmethod(full))
    with pytest.raises(NotesError, match="the disk is full"):
        NoteStore(tmp_path)
    monkeypatch.undo()
    assert not any(".corrupt-" in name for name in _files(tmp_path))
    with NoteStore(tmp_path) as store:
        assert store.warnings == [] and [n.id for n in store.all_notes()] == [kept.id]


def test_a_locked_store_is_said_to_be_locked_at_once_and_not_set_aside(tmp_path):
    with NoteStore(tmp_path) as store:
        kept = store.add(ARTICLE, 4, 20, body="kept")
        path = store.path
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")  # another program keeps even readers out
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with blocking_guard("opening a locked store"), pytest.raises(NotesError) as err:
            NoteStore(tmp_path)
        assert "locked by another program" in str(err.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not any(".corrupt-" in name for name in _files(tmp_path))
    with NoteStore(tmp_path) as store:
        assert [n.id for n in store.all_notes()] == [kept.id]
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # a writer that does not let go
        try:
            with blocking_guard("writing to a locked store"), pytest.raises(NotesError) as err:
                store.add(ARTICLE, 4, 20, body="waits, then says so")
            assert "locked by another program" in str(err.value)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        store.add(ARTICLE, 4, 20, body="once the lock is gone")


def test_a_really_damaged_store_is_set_aside_with_a_warning(tmp_path):
    (tmp_path / "notes.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    with NoteStore(tmp_path) as store:
        assert len(store.warnings) == 1 and "was damaged" in store.warnings[0]
        assert store.all_notes() == []
    assert any(".corrupt-" in name for name in _files(tmp_path))


# A real full disk: a 256 KB tmpfs in a mount namespace of its own (root, or user namespaces).
FULL_DISK = textwrap.dedent("""
    import os, sys
    from sidebyside.errors import NotesError
    from sidebyside.model import Article, Source
    from sidebyside.notes.store import NoteStore
    disk = sys.argv[1]
    art = Article(source=Source(path="/c/x.txt", format="text"), text="The council voted to build a wall. " * 40)
    with NoteStore(disk) as store:
        ids = [store.add(art, 4, 20, body="kept").id for _ in range(3)]
    with open(os.path.join(disk, "filler"), "wb", buffering=0) as fh:   # fill the disk to the last block
        try:
            while True:
                fh.write(b"x" * 512)
        except OSError:
            pass
    try:
        NoteStore(disk)
        print("opened")
    except NotesError as exc:
        print("error:", exc)
    os.remove(os.path.join(disk, "filler"))
    with NoteStore(disk) as store:
        print("warnings:", store.warnings)
        print("kept:", sorted(n.id for n in store.all_notes()) == sorted(ids))
    print("files:", sorted(os.listdir(disk)))
""")


def test_on_a_real_full_disk_a_sound_store_stays_where_it_is(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    script = f"mount -t tmpfs -o size=256k tmpfs {disk} && exec {sys.executable} -c \"$0\" {disk}"
    for unshare in (["unshare", "-m"], ["unshare", "-rm"]):
        try:
            proc = subprocess.run([*unshare, "sh", "-c", script, FULL_DISK], capture_output=True, text=True,
                                  timeout=120)
        except FileNotFoundError:
            pytest.skip("needs unshare (util-linux) to mount a small disk")
        if "opened" in proc.stdout or "error:" in proc.stdout:
            break
    else:
        pytest.skip(f"cannot mount a small tmpfs here: {proc.stderr.strip()[-200:]}")
    assert proc.returncode == 0, proc.stderr
    lines = dict(line.split(": ", 1) for line in proc.stdout.splitlines() if ": " in line)
    assert "the disk is full" in lines.get("error", ""), proc.stdout
    assert lines["warnings"] == "[]" and lines["kept"] == "True"
    assert ".corrupt-" not in lines["files"]
