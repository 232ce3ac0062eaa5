"""The user's own term lists and background cache, made hostile: a FIFO, a link to /dev/zero,
JSON nested 100,000 deep, a crafted cache. Each is skipped with a warning naming the file; the
comparison goes on with the shipped lists, at once."""

from __future__ import annotations

import logging
import os

import pytest
from hang_guards import blocking_guard

from sidebyside.compare import termcache, termdata


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    termdata._build.cache_clear()
    yield tmp_path
    termdata._build.cache_clear()


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: os.mkfifo(p), "a FIFO, not a regular file"),
        (lambda p: os.symlink("/dev/zero", p), "a device, not a regular file"),
        (lambda p: p.write_text('{"loaded_terms": ' + "[" * 100_000 + "]" * 100_000 + "}"), "nested too deeply"),
        (lambda p: p.write_bytes(b'{"loaded_terms": {"emotive": ["caf\xe9"]}}'), "not UTF-8 text"),
    ],
    ids=["fifo", "dev-zero", "deep", "latin-1"],
)
def test_a_hostile_term_file_is_skipped_with_a_warning(data_dir, caplog, make, says):
    (data_dir / "terms").mkdir()
    make(data_dir / "terms" / "mine.json")
    (data_dir / "terms" / "good.json").write_text('{"loaded_terms": {"emotive": ["bloodbath"]}}')
    with caplog.at_level(logging.WARNING), blocking_guard("reading user term files"):
        lex = termdata.lexicon()
    assert "bloodbath" in lex.loaded_terms["emotive"]  # the good file still counts
    [warning] = lex.warnings
    assert warning.startswith(str(data_dir / "terms" / "mine.json")) and says in warning
    assert "\n" not in warning


@pytest.mark.parametrize("make", ["fifo", "dev-zero", "crafted"])
def test_a_hostile_cache_file_is_ignored_and_the_lists_parsed(data_dir, caplog, make):
    termdata.lexicon()  # writes the cache
    [path] = (data_dir / "cache").glob(f"background-*{termcache.SUFFIX}")
    path.unlink()
    if make == "fifo":
        os.mkfifo(path)
    elif make == "dev-zero":
        path.symlink_to("/dev/zero")
    else:  # the old marshal format with a list claiming two billion items: no allocation now
        path.write_bytes(b"[" + (2**31 - 1).to_bytes(4, "little"))
    termdata._build.cache_clear()
    with caplog.at_level(logging.WARNING), blocking_guard("reading the background cache"):
        lex = termdata.lexicon()
    assert lex.zipf("the") > 7 and len(lex.background) > 30_000
    if make != "crafted":
        assert any("background cache not used" in r.getMessage() for r in caplog.records)
