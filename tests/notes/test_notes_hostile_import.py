"""`notes import` of exports that are malformed, huge or not files at all: a one-line message
naming the file and saying what is wrong, reading bounded, and nothing half-imported."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hang_guards import blocking_guard, cpu_guard
from hostile_corpus import NOTES, build_notes

from sidebyside.cli import main
from sidebyside.notes.store import NoteStore

# file -> what the message must say
REFUSED = {
    "wrong-types.jsonld": "annotation 2: the body is int, not text, an object or a list",
    "deep-nesting.jsonld": "JSON nested too deeply",
    "position-infinity.jsonld": "Infinity is not a JSON number",
    "position-1e30.jsonld": "annotation 1: the start position is 1000000000000000000000000000000, not a position",
    "position-float-1e30.jsonld": "annotation 1: the start position is 1e+30, not a position",
    "lone-surrogate.jsonld": "annotation 1: the quote holds an invalid character (a lone UTF-16 surrogate)",
    "number-path.jsonld": "annotation 1: sidebyside:path is int, not text",
}


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> dict[str, Path]:
    return build_notes(tmp_path_factory.mktemp("exports"), [n for n in NOTES if n != "annotations-100k.jsonld"])


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _store_ids(store: Path) -> set[str]:
    with NoteStore(store) as s:
        return {n.id for n in s.all_notes(include_deleted=True)}


@pytest.mark.parametrize("name", list(REFUSED))
def test_a_malformed_export_is_refused_whole_with_one_line(capsys, exports, tmp_path, name):
    store = tmp_path / "store"
    status, out, err = _run(capsys, "notes", "import", str(exports[name]), "--data-dir", str(store))
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"sidebyside: {exports[name]}: ")
    assert REFUSED[name] in err
    assert _store_ids(store) == set()  # nothing half-imported (the good annotations before it neither)


@pytest.mark.parametrize("make", ["fifo", "dev-zero", "dev-urandom"])
def test_a_fifo_or_a_device_is_refused_at_once(capsys, tmp_path, make):
    path = tmp_path / "notes.jsonld"
    if make == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/" + make.split("-")[1])
    with blocking_guard("notes import of a FIFO or device"):
        status, _, err = _run(capsys, "notes", "import", str(path), "--data-dir", str(tmp_path / "s"))
    assert status == 2 and "not a regular file" in err and str(path) in err


def test_a_file_over_the_size_cap_is_refused_unread(capsys, tmp_path):
    from sidebyside.settings import DEFAULT

    path = tmp_path / "huge.jsonld"
    with open(path, "wb") as fh:
        fh.truncate(DEFAULT.notes.max_import_bytes + 1)  # sparse: no disk used
    status, _, err = _run(capsys, "notes", "import", str(path), "--data-dir", str(tmp_path / "s"))
    assert status == 2 and "too large" in err


@pytest.mark.parametrize("name", ["windows-path.jsonld", "relative-path.jsonld"])
def test_a_path_from_another_system_is_dropped_with_a_warning_and_export_works(capsys, exports, tmp_path, name):
    store = str(tmp_path / "store")
    status, out, err = _run(capsys, "notes", "import", str(exports[name]), "--data-dir", store)
    assert status == 0 and json.loads(out)["added"] == 1
    assert err.count("\n") == 1 and "warning" in err and "kept without it" in err
    for fmt in ("jsonld", "markdown"):
        status, out, _ = _run(capsys, "notes", "export", "--format", fmt, "--data-dir", store)
        assert status == 0 and "Vladimir Putin" in out


def test_export_survives_a_bad_path_already_in_the_store(capsys, tmp_path):
    """A store filled by an older version may hold a Windows or relative path: export never breaks,
    and `notes delete` removes the note."""
    from sidebyside.notes.anchoring import TextQuote
    from sidebyside.notes.model import ArticleRef, Note

    store_dir = tmp_path / "store"
    store_dir.mkdir()
    with NoteStore(store_dir) as store:
        bad = Note(id="00000000-0000-4000-8000-000000000001", article=ArticleRef("0" * 64, None, "C:\\Users\\me\\page.html"),
                   quote=TextQuote("Putin"), position=(0, 5), body="b", tags=(), created="2024-01-01T00:00:00.000Z",
                   modified="2024-01-01T00:00:00.000Z")
        rel = Note(**{**bad.__dict__, "id": "00000000-0000-4000-8000-000000000002",
                      "article": ArticleRef("1" * 64, None, "captures/page.html")})
        store.put_many([bad, rel])
    for fmt in ("jsonld", "markdown"):
        status, out, err = _run(capsys, "notes", "export", "--format", fmt, "--data-dir", str(store_dir))
        assert status == 0, err
    assert "urn:sha256:" + "0" * 64 in _run(capsys, "notes", "export", "--data-dir", str(store_dir))[1]
    status, out, _ = _run(capsys, "notes", "delete", "urn:uuid:" + bad.id, rel.id, "--data-dir", str(store_dir))
    assert status == 0 and json.loads(out) == {"deleted": 2}
    assert _store_ids(store_dir) == set()


def test_a_good_export_imports_and_reimports_idempotently(capsys, exports, tmp_path):
    store = str(tmp_path / "store")
    status, out, _ = _run(capsys, "notes", "import", str(exports["good-3.jsonld"]), "--data-dir", store)
    assert status == 0 and json.loads(out) == {"imported": 3, "added": 3, "updated": 0, "unchanged": 0}
    status, out, _ = _run(capsys, "notes", "import", str(exports["good-3.jsonld"]), "--data-dir", store)
    assert json.loads(out) == {"imported": 3, "added": 0, "updated": 0, "unchanged": 3}


def test_a_hundred_thousand_annotations_import_and_export(capsys, tmp_path):
    """A hang guard only; benchmarks/big_inputs.py measures it (notes import/export:annotations-100k)."""
    [path] = build_notes(tmp_path, ["annotations-100k.jsonld"]).values()
    store = str(tmp_path / "store")
    with cpu_guard("notes import:annotations-100k.jsonld"):
        status, out, _ = _run(capsys, "notes", "import", str(path), "--data-dir", store)
    assert status == 0 and json.loads(out)["added"] == 100_000
    with cpu_guard("notes export:annotations-100k.jsonld"):
        status, out, _ = _run(capsys, "notes", "export", "--data-dir", store)
    assert status == 0 and json.loads(out)["total"] == 100_000
