"""Crash and concurrency: no note whose write returned is ever lost."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

from sidebyside.notes.store import NoteStore

# The child writes notes one by one and prints each id only after add() returned. It waits for
# the other writer's transaction as long as a loaded machine needs: what is tested is that no
# acknowledged note is lost, not how soon the app's default wait gives up (test_notes_store.py).
WRITER = textwrap.dedent(
    """
    import sys
    from sidebyside.model import Article, Source
    from sidebyside.notes.store import NoteStore
    from sidebyside.settings import NotesSettings

    store_path, label, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    text = "The council voted to build a new sea wall along the northern harbour. " * 40
    article = Article(source=Source(path="/captures/" + label + ".txt", format="text"), text=text)
    store = NoteStore(store_path, settings=NotesSettings(busy_timeout_s=60.0))
    print("ready", flush=True)
    sys.stdin.readline()  # start together with the other writer
    for i in range(count):
        start = (i * 7) % (len(text) - 40)
        note = store.add(article, start, start + 30, body=label + " " + str(i), tags=[label])
        print(note.id, flush=True)
    """
)


def _spawn(store_path, label, count):
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(store_path), label, str(count)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _integrity(path) -> list:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def test_sigkill_mid_write_loses_no_acknowledged_note(tmp_path):
    path = tmp_path / "notes.sqlite3"
    child = _spawn(path, "killed", 100_000)
    assert child.stdout.readline().strip() == "ready"
    child.stdin.write("go\n")
    child.stdin.flush()
    printed = []
    try:
        while len(printed) < 150:
            line = child.stdout.readline()
            assert line, child.stderr.read()
            printed.append(line.strip())
        os.kill(child.pid, signal.SIGKILL)
        # Anything it printed before dying was also acknowledged by the store.
        printed += [line.strip() for line in child.stdout.read().splitlines() if line.strip()]
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=10)
        for stream in (child.stdin, child.stdout, child.stderr):
            stream.close()
    assert child.returncode == -signal.SIGKILL
    assert _integrity(path) == [("ok",)]
    store = NoteStore(path)
    assert store.warnings == []
    stored = {n.id for n in store.all_notes()}
    assert set(printed) <= stored
    assert len(printed) >= 150


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "notes.sqlite3"
    children = [_spawn(path, label, 200) for label in ("first", "second")]
    for child in children:  # both have the store open before either writes
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
    outputs = []
    for child in children:
        child.stdin.write("go\n")
        child.stdin.flush()
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        outputs.append(out.splitlines())
    assert [len(o) for o in outputs] == [200, 200]
    assert _integrity(path) == [("ok",)]
    notes = NoteStore(path).all_notes()
    assert {n.id for n in notes} == set(outputs[0]) | set(outputs[1])
    for label in ("first", "second"):
        assert sorted(int(n.body.split()[1]) for n in notes if n.tags == (label,)) == list(range(200))
    # The writes really interleaved: each writer's first note is older than the other's last.
    spans = {label: sorted(n.created for n in notes if n.tags == (label,)) for label in ("first", "second")}
    assert spans["first"][0] <= spans["second"][-1] and spans["second"][0] <= spans["first"][-1]
