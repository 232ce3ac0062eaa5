"""``sidebyside notes list PATH`` lists the notes written on that article (CONTRACT.md): a note
written on another article that PATH's words recognise (another outlet's copy of the same wire
story) is not listed while that article is still in its file; its own notes, and the notes of an
earlier version of it that is gone, are."""

from __future__ import annotations

import json
from pathlib import Path

from sidebyside.cli import main

TITLE = "Council backs the river crossing after a long night"
SHARED = ("The council voted nine to four shortly before midnight to back the new river crossing, closing a "
          "dispute over its cost that had run through three budget rounds and two public inquiries.")
FIRST = [SHARED, "The bridge will open to cyclists first, the mayor said as the chamber emptied.",
         "Shopkeepers on the east bank had campaigned for the crossing since the old ferry stopped."]
SECOND = [SHARED, "Critics of the plan warned that the cost would rise again before the first pile is driven.",
          "A cycling group said the bridge would cut the trip to the station by half."]


def _write(path: Path, paragraphs: list[str]) -> Path:
    path.write_text("\n\n".join([TITLE, *paragraphs]) + "\n", encoding="utf-8")
    return path


def _cli(capsys, *argv) -> str:
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


def _bodies(capsys, store: Path, path: Path, *extra: str) -> list[str]:
    return [n["body"] for n in json.loads(_cli(capsys, "notes", "list", str(path), "--data-dir", str(store), *extra))]


def _setup(tmp_path, capsys):
    a = _write(tmp_path / "gazette.txt", FIRST)
    b = _write(tmp_path / "herald.txt", SECOND)
    store = tmp_path / "notes"
    _cli(capsys, "notes", "add", str(a), "--quote", "closing a dispute over its cost", "--body", "on A",
         "--data-dir", str(store))
    return a, b, store


def test_a_note_written_on_a_is_not_listed_on_b(tmp_path, capsys):
    a, b, store = _setup(tmp_path, capsys)
    assert _bodies(capsys, store, a) == ["on A"]
    assert _bodies(capsys, store, b) == []
    export = _cli(capsys, "notes", "export", "--format", "markdown", str(b), "--data-dir", str(store))
    assert "on A" not in export


def test_b_lists_its_own_notes_beside_a_note_on_a(tmp_path, capsys):
    a, b, store = _setup(tmp_path, capsys)
    _cli(capsys, "notes", "add", str(b), "--quote", "the cost would rise again", "--body", "on B",
         "--data-dir", str(store))
    assert _bodies(capsys, store, b) == ["on B"]
    assert _bodies(capsys, store, a) == ["on A"]


def test_the_notes_of_an_article_moved_and_edited_are_still_found(tmp_path, capsys):
    """Negative case: the noted article is gone; the copy its words recognise takes its note."""
    a, _b, store = _setup(tmp_path, capsys)
    edited = _write(tmp_path / "moved.txt", [SHARED.replace("nine to four", "nine votes to four"), *FIRST[1:]])
    a.unlink()
    assert _bodies(capsys, store, edited) == ["on A"]


def test_a_note_file_that_is_no_longer_a_capture_leaves_the_note_where_found(tmp_path, capsys):
    """The file the note was written on now holds nothing readable: no error, and the note is
    weighed as when the file is gone, by the sketch of its article it keeps: the other outlet's
    copy holds too little of that article to be it, and does not take the note."""
    a, b, store = _setup(tmp_path, capsys)
    a.write_bytes(b"")
    assert _bodies(capsys, store, b) == []


def test_a_quote_not_found_names_the_file_it_was_looked_for_in(tmp_path, capsys):
    a = _write(tmp_path / "gazette.txt", FIRST)
    status = main(["notes", "add", str(a), "--quote", "a sentence it never printed", "--body", "x",
                   "--data-dir", str(tmp_path / "notes")])
    _out, err = capsys.readouterr()
    assert status == 2 and err.count("\n") == 1
    assert "gazette.txt" in err and "quote not found" in err


def test_a_quote_found_adds_the_note_without_a_message(tmp_path, capsys):
    a = _write(tmp_path / "gazette.txt", FIRST)
    status = main(["notes", "add", str(a), "--quote", "the mayor said", "--body", "x",
                   "--data-dir", str(tmp_path / "notes")])
    out, err = capsys.readouterr()
    assert status == 0 and err == "" and json.loads(out)["body"] == "x"
