"""The per-user cache of the background frequency lists: same lexicon with or without it,
never trusted when damaged or stale, never needed (an unwritable cache dir only costs time)."""

from __future__ import annotations

import json
import logging
import os
import marshal
import zlib

import pytest

from sidebyside.compare import loaded, termcache, termdata


def _checksum(text: str, packed: bytes) -> int:
    """The cache files' checksum: CRC-32 of the UTF-8 text and the packed bytes."""
    return zlib.crc32(text.encode("utf-8") + packed)


LISTS = [
    ("background.ar.tsv", "# header\nفي\t7.54\nأن\t6.90\nان\t6.10\n".encode()),
    ("background.tsv", "# header\nthe\t7.73\nThe\t5.00\nkiev\t3.20\n".encode()),
]


def _built(lists):
    return termdata._merged_background(lists)


def _cache_files(tmp_path):
    return sorted((tmp_path / "cache").glob(f"background-*{termcache.SUFFIX}"))


def test_a_cached_background_is_the_parsed_one(tmp_path, monkeypatch):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    parsed = _built(LISTS)
    assert parsed == {"في": 7.54, "ان": 6.90, "the": 7.73, "The": 5.0, "kiev": 3.2}  # folded, the higher wins
    first = termcache.cached_background(LISTS, _built)
    assert first == parsed and len(_cache_files(tmp_path)) == 1

    def must_not_build(lists):
        raise AssertionError("the cache was not used")

    assert termcache.cached_background(LISTS, must_not_build) == parsed


def test_the_shipped_lexicon_is_the_same_with_a_warm_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    termdata._build.cache_clear()
    cold = termdata.lexicon().background
    assert _cache_files(tmp_path)
    termdata._build.cache_clear()
    warm = termdata.lexicon().background
    assert warm == cold and len(warm) > 30_000
    assert warm["the"] > 7 and termdata.lexicon().is_common("the")


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not marshal at all",
        marshal.dumps([1, 2, 3]),
        marshal.dumps((termcache.FORMAT, _checksum("a\nb", b"\x00" * 8), "a\nb", b"\x00" * 8)),
        marshal.dumps((termcache.FORMAT, _checksum("a", b"\x00" * 5), "a", b"\x00" * 5)),
        marshal.dumps((termcache.FORMAT + 99, _checksum("a", b"\x00" * 8), "a", b"\x00" * 8)),
        marshal.dumps((termcache.FORMAT, 0, "the", b"\x00" * 8)),  # a flipped bit: wrong checksum
        marshal.dumps((termcache.FORMAT, 7, 7, b"\x00" * 8)),
    ],
    ids=["empty", "garbage", "a list", "two words one value", "half a double", "other format",
         "bad checksum", "wrong types"],
)
def test_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch, damage):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    termcache.cached_background(LISTS, _built)
    (path,) = _cache_files(tmp_path)
    path.write_bytes(damage)
    assert termcache.cached_background(LISTS, _built) == _built(LISTS)
    assert termcache.cached_background(LISTS, lambda lists: {}) == _built(LISTS)  # rewritten whole


def test_edited_lists_never_read_a_stale_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    termcache.cached_background(LISTS, _built)
    edited = [LISTS[0], ("background.tsv", LISTS[1][1].replace(b"3.20", b"3.30"))]
    assert termcache.cached_background(edited, _built)["kiev"] == 3.3
    assert len(_cache_files(tmp_path)) == 1  # the stale one is dropped


def test_an_unwritable_cache_dir_only_costs_time(tmp_path, monkeypatch):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    (tmp_path / "cache").write_text("a file where the directory should be")
    assert termcache.cached_background(LISTS, _built) == _built(LISTS)
    assert termcache.cached_background(LISTS, _built) == _built(LISTS)


def test_user_term_files_are_read_every_time_beside_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    termdata.lexicon()  # warms the cache
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "mine.json").write_text(json.dumps({"loaded_terms": {"emotive": ["bloodbath"]}}))
    lex = termdata.lexicon()
    assert "bloodbath" in lex.loaded_terms["emotive"]
    assert lex.background and lex.zipf("the") > 7


# The loaded-word matcher (compare/loaded.py) is cached beside the background lists.

TEXT = "The minister slammed the so-called reform, a blatantly reckless plan, critics claimed."


def _matcher_files(tmp_path):
    return sorted((tmp_path / "cache").glob(f"{termcache.TEXT_PREFIX}loaded-matcher-*{termcache.SUFFIX}"))


def _fresh_matcher():
    termdata._build.cache_clear()
    return loaded._matcher(termdata.lexicon())


def _phrases(matcher):
    return {(first, key, payload) for first, entries in matcher.grouped().items() for key, payload in entries}


def test_a_cached_loaded_matcher_is_the_built_one(tmp_path, monkeypatch):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    cold = _fresh_matcher()
    assert len(_matcher_files(tmp_path)) == 1
    hits = [(h.term, h.category) for h in loaded.find_loaded_terms(TEXT)]
    monkeypatch.setattr(loaded, "_built_matcher", lambda *args: pytest.fail("the cache was not used"))
    warm = _fresh_matcher()
    assert warm is not cold and _phrases(warm) == _phrases(cold) and len(_phrases(warm)) > 10_000
    for entries in warm.grouped().values():  # longest phrase first, as the matcher looks them up
        assert [len(key) for key, _ in entries] == sorted((len(key) for key, _ in entries), reverse=True)
    assert [(h.term, h.category) for h in loaded.find_loaded_terms(TEXT)] == hits
    assert ("slammed", "attribution verb") in [(TEXT[h.start:h.end], h.category) for h in loaded.find_loaded_terms(TEXT)]


@pytest.mark.parametrize("damage", ["two\tfields", "", "a\tb\tc\td"], ids=["two fields", "empty", "four fields"])
def test_a_loaded_matcher_cache_of_the_wrong_shape_is_rebuilt(tmp_path, monkeypatch, damage):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    cold = _fresh_matcher()
    (path,) = _matcher_files(tmp_path)
    # a well-formed file with the right checksum whose rows are not three fields (or none)
    termcache._write(path, damage, b"", "nothing-to-drop-")
    assert _phrases(_fresh_matcher()) == _phrases(cold)


def test_a_user_term_changes_the_cached_matcher(tmp_path, monkeypatch):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    _fresh_matcher()
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "mine.json").write_text(json.dumps({"loaded_terms": {"emotive": ["splorched"]}}))
    matcher = _fresh_matcher()
    assert (("splorcheds",), ("splorched", "emotive")) in matcher.grouped()["splorcheds"]
    assert len(_matcher_files(tmp_path)) == 1  # the other terms' cache is dropped
    (tmp_path / "terms" / "mine.json").unlink()
    assert "splorcheds" not in _fresh_matcher().grouped()


def test_a_term_that_cannot_round_trip_is_matched_uncached(tmp_path, monkeypatch):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "mine.json").write_text(json.dumps({"loaded_terms": {"emotive": ["blood\tbath"]}}))
    matcher = _fresh_matcher()
    assert not _matcher_files(tmp_path)
    assert "slammed" in matcher.grouped()


def test_a_fifo_in_place_of_the_matcher_cache_is_skipped_with_a_warning(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    cold = _fresh_matcher()
    (path,) = _matcher_files(tmp_path)
    path.unlink()
    os.mkfifo(path)
    with caplog.at_level(logging.WARNING):
        assert _phrases(_fresh_matcher()) == _phrases(cold)
    assert any("term cache not used" in r.getMessage() for r in caplog.records)
