"""The per-user cache of dataclasses' generated code: a class built from it is the class
dataclasses builds, a damaged or foreign file costs only the time."""

from __future__ import annotations

import dataclasses
import marshal
import os

import pytest

from sidebyside import code_cache
from sidebyside.code_cache import CodeCache
from sidebyside.usercache import write_framed


def _define(cache: CodeCache, monkeypatch):
    """Two dataclasses defined with dataclasses' exec routed through the cache."""
    monkeypatch.setattr(dataclasses, "exec", cache.exec, raising=False)

    @dataclasses.dataclass(frozen=True)
    class Span:
        start: int
        end: int = 0
        tags: tuple[str, ...] = ()

    @dataclasses.dataclass(order=True)
    class Mark:
        kind: str
        spans: list = dataclasses.field(default_factory=list)

    monkeypatch.delattr(dataclasses, "exec")
    return Span, Mark


def _behaviour(Span, Mark) -> list:
    out = [Span(1, 4), Span(1, 4) == Span(1, 4), Span(1) == Span(2), hash(Span(1, 4, ("a",))) == hash(Span(1, 4, ("a",))),
           repr(Span(3, tags=("x",))), Mark("quote") < Mark("said"), repr(Mark("a", [1]))]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Span(1).start = 2
    with pytest.raises(TypeError):
        Span()
    return [repr(x) for x in out]


def test_classes_built_from_the_cache_are_the_ones_dataclasses_builds(tmp_path, monkeypatch):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    first = CodeCache()
    built = _define(first, monkeypatch)
    assert first.misses > 0
    code_cache._write(code_cache._file(), first.compiled)
    again = CodeCache(code_cache._read(code_cache._file(), 1 << 20))
    from_cache = _define(again, monkeypatch)
    assert again.misses == 0 and again.compiled.keys() == first.compiled.keys()
    assert _behaviour(*from_cache) == _behaviour(*built)
    plain = CodeCache()  # compiled afresh, as without any cache
    assert _behaviour(*from_cache) == _behaviour(*_define(plain, monkeypatch))


def test_code_that_is_no_source_text_passes_through():
    namespace: dict = {}
    CodeCache().exec(compile("x = 2", "<string>", "exec"), {}, namespace)
    assert namespace == {"x": 2}


def test_a_damaged_or_foreign_cache_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    first = CodeCache()
    _define(first, monkeypatch)
    code_cache._write(code_cache._file(), first.compiled)
    path = code_cache._file()
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF  # the checksum no longer holds
    path.write_bytes(bytes(data))
    assert code_cache._read(path, 1 << 20) == {}
    path.write_bytes(b"not a cache at all")
    assert code_cache._read(path, 1 << 20) == {}
    assert code_cache._read(tmp_path / "missing.cache", 1 << 20) == {}
    # well framed, but not source text and code: nothing of it is used
    write_framed(path, code_cache.MAGIC, code_cache.FORMAT, "", marshal.dumps((("x = 1", 1),)))
    assert code_cache._read(path, 1 << 20) == {}
    module_code = compile("x = 1", "elsewhere.py", "exec")
    write_framed(path, code_cache.MAGIC, code_cache.FORMAT, "", marshal.dumps((("x = 1", module_code),)))
    assert code_cache._read(path, 1 << 20) == {}
    assert code_cache._read(path, 10) == {}  # over the bound: not read



def test_the_command_line_never_installs_it(capsys):
    from seed_paths import SEED_FILES

    from sidebyside.cli import main

    assert main(["extract", str(next(iter(SEED_FILES.values())))]) == 0
    assert capsys.readouterr().out.startswith("{")
    assert "exec" not in vars(dataclasses)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX file ownership")
def test_a_file_others_may_write_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    first = CodeCache()
    _define(first, monkeypatch)
    code_cache._write(code_cache._file(), first.compiled)
    path = code_cache._file()
    path.parent.chmod(0o755)
    assert path.stat().st_mode & 0o777 == 0o600  # written for the user alone
    assert code_cache._read(path, 1 << 20).keys() == first.compiled.keys()
    path.chmod(0o664)  # the group may write it
    assert code_cache._read(path, 1 << 20) == {}
    path.chmod(0o600)
    path.parent.chmod(0o757)  # anyone may put a file of their own in its place
    assert code_cache._read(path, 1 << 20) == {}
    path.parent.chmod(0o755)
    link = path.with_name("code-link.cache")
    link.symlink_to(path)
    assert code_cache._read(link, 1 << 20) == {}  # a symlink could point at any file of the user's
    monkeypatch.setattr(os, "geteuid", lambda: os.stat(path).st_uid + 1)  # another user's file
    assert code_cache._read(path, 1 << 20) == {}
