"""The per-user cache of compiled patterns: what it gives back is what re compiles, a damaged
file or entry costs only the time, and patterns outside its reach take re's own path."""

from __future__ import annotations

import re

import pytest

from sidebyside import regex_cache
from sidebyside.regex_cache import RegexCache

PATTERNS = [
    (r"(?P<day>\d{1,2})\.\s*(?P<month>März|Mai|Juni)\s+(?P<year>(?:19|20)\d\d)", 0),
    (r"\b(?:said|told|according to)\b", re.IGNORECASE),
    (r"^\s*[•◦▪]\s+", re.MULTILINE),
    (r"(\w+)\s+\1", 0),
    (rb"[\x00-\x08\x0b\x0e-\x1f]", 0),
    ("Erdoğan|Ердоган|أردوغان", re.IGNORECASE | re.UNICODE),
]
TEXTS = ["am 10. März 2026 said the the minister", "He SAID so.\n• item\n  • other", "Ердоган and erdoğan",
         "plain"]


def _cache_from_disk(tmp_path, monkeypatch) -> RegexCache:
    """Compile the patterns through one cache, save it, and read it back as a new start does."""
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    first = RegexCache()
    for pattern, flags in PATTERNS:
        first.compile(pattern, flags)
    assert first.misses == len(PATTERNS)
    regex_cache._write(regex_cache._file(), first.compiled)
    return RegexCache(regex_cache._read(regex_cache._file(), 1 << 20))


def test_patterns_read_back_from_the_cache_are_the_ones_re_compiles(tmp_path, monkeypatch):
    again = _cache_from_disk(tmp_path, monkeypatch)
    for pattern, flags in PATTERNS:
        cached, fresh = again.compile(pattern, flags), re._compiler.compile(pattern, flags)
        assert cached == fresh  # same flags, same program
        assert cached.groupindex == fresh.groupindex and cached.groups == fresh.groups
        for text in TEXTS:
            subject = text.encode() if isinstance(pattern, bytes) else text
            assert [m.groupdict() or m.groups() or m.group() for m in cached.finditer(subject)] == \
                   [m.groupdict() or m.groups() or m.group() for m in fresh.finditer(subject)]
    assert again.misses == 0


def test_a_damaged_cache_file_is_ignored(tmp_path, monkeypatch):
    _cache_from_disk(tmp_path, monkeypatch)
    path = regex_cache._file()
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF  # a flipped byte in a program: the checksum no longer holds
    path.write_bytes(bytes(data))
    assert regex_cache._read(path, 1 << 20) == {}
    path.write_bytes(b"not a cache at all")
    assert regex_cache._read(path, 1 << 20) == {}
    assert regex_cache._read(tmp_path / "missing.cache", 1 << 20) == {}


def test_a_damaged_entry_is_compiled_anew():
    pattern = r"\bsaid\b"
    flags, code, groups, groupindex, indexgroup = regex_cache._program(pattern, 0)
    broken = RegexCache({regex_cache._key(pattern, 0): (flags, [999_999] + code[1:], groups, groupindex, indexgroup)})
    compiled = broken.compile(pattern, 0)
    assert compiled == re._compiler.compile(pattern, 0)
    assert compiled.search("she said so").group() == "said"
    assert broken.misses == 1


def test_errors_and_debug_patterns_take_re_s_own_path(capsys):
    cache = RegexCache()
    with pytest.raises(re.error):
        cache.compile("(unclosed", 0)
    compiled = cache.compile("a+", re.DEBUG)
    assert "MAX_REPEAT" in capsys.readouterr().out  # re's own compile prints the program
    assert compiled.match("aa").group() == "aa"
    assert cache.compiled == {} and cache.misses == 0


def test_patterns_compiled_after_start_up_are_not_kept():
    cache = RegexCache()
    cache.compile(r"\bsaid\b", 0)
    cache.recording = False  # what start_done() sets
    late = cache.compile(r"\bErdogan\b", 0)  # a name of an article opened later
    assert late.search("Erdogan met Assad").group() == "Erdogan"
    assert list(cache.compiled) == [regex_cache._key(r"\bsaid\b", 0)] and cache.misses == 1


def test_a_pattern_compiled_on_a_miss_is_the_one_re_compiles():
    cache = RegexCache()
    for pattern, flags in PATTERNS:
        assert cache.compile(pattern, flags) == re._compiler.compile(pattern, flags)
        assert cache.compile(pattern, flags).groupindex == re._compiler.compile(pattern, flags).groupindex
