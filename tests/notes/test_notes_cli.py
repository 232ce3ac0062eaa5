"""`sidebyside notes add|list|export|import` end to end through the CLI entry point."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sidebyside.cli import main

DATA = Path(__file__).parents[1] / "data" / "notes"


@pytest.fixture()
def capture(tmp_path):
    path = tmp_path / "harbour.txt"
    shutil.copy(DATA / "article_v1.txt", path)
    return path


def _run(capsys, *argv) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_add_then_list(capsys, capture, tmp_path):
    store = str(tmp_path / "store")
    status, out, _ = _run(capsys, "notes", "add", str(capture), "--quote", "the northern\n  harbour",
                          "--body", "Where exactly?", "--tag", "place", "--tag", "geo", "--data-dir", store)
    assert status == 0
    note = json.loads(out)
    assert note["quote"]["exact"] == "the northern harbour"
    assert (note["anchor"], note["tags"], note["body"]) == ("exact", ["place", "geo"], "Where exactly?")
    assert set(note) >= {"id", "article", "quote", "start", "end", "anchor", "body", "tags", "created", "modified"}
    status, out, _ = _run(capsys, "notes", "list", str(capture), "--data-dir", store)
    assert status == 0
    [listed] = json.loads(out)
    assert listed["id"] == note["id"] and (listed["start"], listed["end"]) == (note["start"], note["end"])


def test_occurrence_picks_the_nth_match(capsys, capture, tmp_path):
    store = str(tmp_path / "store")
    text = capture.read_text(encoding="utf-8")
    _, first, _ = _run(capsys, "notes", "add", str(capture), "--quote", "harbour", "--body", "1", "--data-dir", store)
    _, second, _ = _run(capsys, "notes", "add", str(capture), "--quote", "harbour", "--occurrence", "2",
                        "--body", "2", "--data-dir", store)
    assert json.loads(second)["start"] > json.loads(first)["start"]
    status, _, err = _run(capsys, "notes", "add", str(capture), "--quote", "harbour", "--occurrence", "9",
                          "--body", "x", "--data-dir", store)
    assert status == 2 and "occurs 2 time(s)" in err and text.count("harbour") == 2


def test_a_quote_not_in_the_article_exits_2(capsys, capture, tmp_path):
    status, out, err = _run(capsys, "notes", "add", str(capture), "--quote", "no such words here", "--body", "x",
                            "--data-dir", str(tmp_path / "store"))
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "quote not found" in err


def test_list_reanchors_against_the_edited_capture(capsys, capture, tmp_path, monkeypatch):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path / "store"))  # the env variable alone picks the store
    for quote in ("rebuilding the market every spring", "hurt the tourist trade on which many small shops depend",
                  "ask the regional court to review the decision"):
        assert _run(capsys, "notes", "add", str(capture), "--quote", quote, "--body", quote[:10])[0] == 0
    text = capture.read_text(encoding="utf-8")
    text = text.replace("The town council voted", "On a stormy evening the town council finally voted")
    text = text.replace("many small shops", "many family shops")
    text = text[: text.index("A local fishing")]
    capture.write_text(text, encoding="utf-8")
    status, out, _ = _run(capsys, "notes", "list", str(capture))
    assert status == 0
    kinds = {n["quote"]["exact"][:10]: n["anchor"] for n in json.loads(out)}
    assert kinds == {"rebuilding": "moved", "hurt the t": "fuzzy", "ask the re": "orphan"}


def test_export_and_import_round_trip(capsys, capture, tmp_path):
    first, second = str(tmp_path / "one"), str(tmp_path / "two")
    _run(capsys, "notes", "add", str(capture), "--quote", "a new sea wall", "--body", "wall", "--tag", "t",
         "--data-dir", first)
    _run(capsys, "notes", "add", str(capture), "--quote", "the mayor", "--body", "who", "--data-dir", first)
    status, exported, _ = _run(capsys, "notes", "export", "--data-dir", first)
    assert status == 0 and json.loads(exported)["total"] == 2
    export_file = tmp_path / "notes.jsonld"
    export_file.write_text(exported, encoding="utf-8")
    status, out, _ = _run(capsys, "notes", "import", str(export_file), "--data-dir", second)
    assert status == 0 and json.loads(out)["added"] == 2
    status, out, _ = _run(capsys, "notes", "import", str(export_file), "--data-dir", second)
    assert json.loads(out) == {"imported": 2, "added": 0, "updated": 0, "unchanged": 2}
    lists = [json.loads(_run(capsys, "notes", "list", str(capture), "--data-dir", d)[1]) for d in (first, second)]
    assert lists[0] == lists[1] and len(lists[0]) == 2
    status, md, _ = _run(capsys, "notes", "export", "--format", "markdown", str(capture), "--data-dir", second)
    assert status == 0 and "> a new sea wall" in md and "tags: `t`" in md


def test_import_of_a_broken_file_exits_2(capsys, tmp_path):
    bad = tmp_path / "bad.jsonld"
    bad.write_text("{not json", encoding="utf-8")
    status, _, err = _run(capsys, "notes", "import", str(bad), "--data-dir", str(tmp_path / "s"))
    assert status == 2 and "not JSON" in err
    status, _, err = _run(capsys, "notes", "import", str(tmp_path / "missing.jsonld"), "--data-dir", str(tmp_path / "s"))
    assert status == 2 and "cannot read" in err


def test_a_corrupt_store_is_reported_and_replaced(capsys, capture, tmp_path):
    store_dir = tmp_path / "store"
    store_dir.mkdir()
    (store_dir / "notes.sqlite3").write_bytes(b"garbage" * 1000)
    status, out, err = _run(capsys, "notes", "list", str(capture), "--data-dir", str(store_dir))
    assert status == 0 and json.loads(out) == []
    assert "warning" in err and "damaged" in err
    assert list(store_dir.glob("notes.sqlite3.corrupt-*"))


def test_typed_straight_quotes_find_typographic_ones(tmp_path):
    from sidebyside.notes.cli import find_quote

    text = "He said: \u201cWe can\u2019t wait\u201d \u2014 a long\nwait, and \"we can't wait\" again."
    start, end = find_quote(text, "\"We can't wait\" - a long wait")
    assert text[start:end] == "\u201cWe can\u2019t wait\u201d \u2014 a long\nwait"
    start, end = find_quote(text, "\"we can't wait\"")  # an exact match wins over look-alikes
    assert text[start:end] == "\"we can't wait\""


def test_an_unreadable_capture_exits_2(capsys, tmp_path):
    status, out, err = _run(capsys, "notes", "list", str(tmp_path / "missing.html"), "--data-dir", str(tmp_path / "s"))
    assert status == 2 and out == "" and err.count("\n") == 1
