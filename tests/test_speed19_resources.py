"""Shipped data: the package folder found without importlib.resources, and the per-user cache of
parsed lists (parsed_cache.parsed) that only the desktop app keeps."""

from __future__ import annotations

import importlib.resources
import os

import pytest

from sidebyside import parsed_cache, resources


@pytest.mark.parametrize("package", ["sidebyside.assets", "sidebyside.seeds", "sidebyside"])
def test_package_files_is_what_importlib_resources_gives(package):
    assert resources.package_files(package) == importlib.resources.files(package)
    assert resources.resource("terms").joinpath("background.tsv").is_file()


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """A fresh data folder with the app's keeping of parsed lists on."""
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    (tmp_path / "cache").mkdir(mode=0o700)
    parsed_cache.keep_parsed()
    yield tmp_path / "cache"
    parsed_cache.keep_parsed(False)
    parsed_cache._unsaved.clear()


def _counting(value):
    calls = []

    def parse():
        calls.append(1)
        return value

    return parse, calls


def test_not_kept_parses_every_time(tmp_path, monkeypatch):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    parse, calls = _counting({"a": 1.5})
    for _ in range(2):
        assert parsed_cache.parsed("test", ("terms/loaded_pos.tsv",), parse, lambda d: isinstance(d, dict)) == {"a": 1.5}
    parsed_cache.save_parsed()
    assert len(calls) == 2 and not (tmp_path / "cache").exists()


def test_kept_is_read_back_after_it_is_saved(kept):
    data = ({"word": ("thing", "act")}, {"word": (1, 2)}, frozenset({"x"}), [0.25, -0.0])
    parse, calls = _counting(data)
    assert parsed_cache.parsed("test", ("terms/loaded_pos.tsv",), parse, lambda d: isinstance(d, tuple)) == data
    assert not list(kept.glob("data-test-*.cache"))  # written when the app ends, not before its first paint
    parsed_cache.save_parsed()
    (written,) = kept.glob("data-test-*.cache")
    assert oct(written.stat().st_mode & 0o777) == oct(0o600)
    again = parsed_cache.parsed("test", ("terms/loaded_pos.tsv",), parse, lambda d: isinstance(d, tuple))
    assert again == data and list(again[0]) == ["word"] and len(calls) == 1


def test_wrong_shape_damage_or_other_writers_mean_parsing(kept):
    parse, calls = _counting({"a": 1})
    parsed_cache.parsed("test", ("terms/loaded_pos.tsv",), parse, lambda d: isinstance(d, dict))
    parsed_cache.save_parsed()
    (written,) = kept.glob("data-test-*.cache")
    # the shape test refuses what the cache holds: parsed again
    parsed_cache.parsed("test", ("terms/loaded_pos.tsv",), parse, lambda d: isinstance(d, list))
    assert len(calls) == 2
    parsed_cache._unsaved.clear()
    # a damaged file (its checksum fails): parsed again
    data = bytearray(written.read_bytes())
    data[-1] ^= 0xFF
    written.write_bytes(bytes(data))
    parsed_cache.parsed("test", ("terms/loaded_pos.tsv",), parse, lambda d: isinstance(d, dict))
    assert len(calls) == 3
    parsed_cache.save_parsed()
    assert parsed_cache.parsed("test", ("terms/loaded_pos.tsv",), parse, lambda d: isinstance(d, dict)) == {"a": 1}
    assert len(calls) == 3
    if hasattr(os, "geteuid"):  # a file others may write is never read
        written.chmod(0o666)
        parsed_cache.parsed("test", ("terms/loaded_pos.tsv",), parse, lambda d: isinstance(d, dict))
        assert len(calls) == 4


def test_another_input_is_another_cache(kept):
    parse, calls = _counting({"a": 1})
    parsed_cache.parsed("test", ("terms/loaded_pos.tsv",), parse, lambda d: isinstance(d, dict))
    parsed_cache.save_parsed()
    parsed_cache.parsed("test", ("terms/loaded_scores.tsv",), parse, lambda d: isinstance(d, dict))
    assert len(calls) == 2
    parsed_cache.save_parsed()
    assert len(list(kept.glob("data-test-*.cache"))) == 1  # the other input's file went


def test_the_shipped_lists_read_back_equal(kept):
    """The lists the app keeps are the same read from the cache as parsed."""
    from sidebyside.compare import loaded, nouns
    from sidebyside.compare.attribution import vocabulary
    from sidebyside.compare.entities import describing_words
    from sidebyside.word_frequencies import english_zipf

    loaders = (nouns.nouns, english_zipf, loaded._score_model, describing_words)
    speech = vocabulary._foreign_speech()
    rows = "a b\tthe a b\tevaluative\nc\tc\temotive"
    fresh_rows = loaded._parsed_rows(rows)._by_first
    fresh = []
    for loader in loaders:
        loader.cache_clear()
        fresh.append(loader())
        loader.cache_clear()
    parsed_cache.save_parsed()
    assert len(list(kept.glob("data-*.cache"))) == 6
    assert vocabulary._foreign_speech() == speech
    assert loaded._parsed_rows(rows)._by_first == fresh_rows == {
        "a": [(("a", "b"), ("the a b", "evaluative"))], "c": [(("c",), ("c", "emotive"))]}
    for loader, first in zip(loaders, fresh):
        again = loader()
        loader.cache_clear()
        assert again == first if isinstance(first, (dict, frozenset)) else vars(again) == vars(first)
