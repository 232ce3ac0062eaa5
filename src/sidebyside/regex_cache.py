"""A per-user cache of compiled regular expressions, for the desktop app's start.

The app compiles some 300 patterns before it paints its first pair (the extractors' and the
comparison's word lists as alternations, dates in many languages); Python's ``re`` parses and
compiles each in pure Python, some 0.1 s of CPU at every start, and keeps the result only for
the process. What ``re`` hands the regex engine (``_sre.compile``: the pattern's flags, its
program as a list of integers, its groups) is plain data: this cache keeps it between starts,
so a pattern seen before goes straight to the engine.

``install()`` routes ``re``'s compile step through the cache for this process (the app calls
it first thing; the command line and the tests never do), ``start_done()`` ends what is kept
(start-up's patterns, not those of every article opened later), ``save()`` writes them. The file is keyed on the Python build and the engine's version (``_sre.MAGIC``), so
another interpreter never reads it. It is the user's to break, so it is read bounded (safeio),
its checksum and lengths are checked before use, and the engine itself validates every program
it is given (a damaged one raises, and that pattern is compiled as usual). A missing, damaged
or unwritable cache costs nothing but the time. Patterns in DEBUG or LOCALE mode, or anything
but a str or bytes pattern, always take ``re``'s own path.
"""

from __future__ import annotations

import json
import re
import sys
from array import array
from pathlib import Path
from sidebyside.settings import DEFAULT, UserFileSettings
from sidebyside.usercache import CompiledCache, interpreter_file, read_framed_or_none, write_framed

try:  # the compile step's internals, as in CPython 3.11 and later; without them, no cache
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _SUPPORTED = callable(getattr(_compiler, "_code", None)) and callable(getattr(_sre, "compile", None))
except ImportError:
    _SUPPORTED = False

FORMAT = 1
MAGIC = b"SBSRE\n"
_UNCACHED_FLAGS = re.DEBUG | re.LOCALE


def _file() -> Path:
    build = f"{sys.implementation.name}-{sys.version}-{_sre.MAGIC}-{_sre.CODESIZE}-{sys.byteorder}"
    return interpreter_file("regex", build)


class RegexCache(CompiledCache):
    """The programs of the patterns compiled before, and those compiled in this run."""

    def __init__(self, entries: dict[str, tuple] | None = None):
        super().__init__(entries)
        # Only start-up's patterns are kept: later ones (a term or a name of an article opened
        # since) would make the file, and this process, grow with every comparison.
        self.recording = True
        self._original = _compiler.compile

    def compile(self, pattern, flags: int = 0):
        """``re._compiler.compile``, from the cache when it holds the pattern."""
        if flags & _UNCACHED_FLAGS or not isinstance(pattern, (str, bytes)):
            return self._original(pattern, flags)
        key = _key(pattern, flags)
        entry = self.known.get(key)
        if entry is not None:
            final_flags, code, groups, groupindex, indexgroup = entry
            try:
                compiled = _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
            except (RuntimeError, TypeError, ValueError, OverflowError):
                self.known.pop(key, None)  # a damaged entry: compile it anew below
            else:
                if self.recording:
                    self.compiled[key] = entry
                return compiled
        if not self.recording:
            return self._original(pattern, flags)
        # re's own steps (its parser raises its errors and warnings), the program kept on the way
        entry = _program(pattern, flags)
        compiled = _sre.compile(pattern, *entry)
        self.compiled[key] = entry
        self.misses += 1
        return compiled


def _key(pattern: str | bytes, flags: int) -> str:
    if isinstance(pattern, bytes):
        return f"b{flags}:{pattern.decode('latin-1')}"
    return f"s{flags}:{pattern}"


def _program(pattern: str | bytes, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands the engine for this pattern."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


_installed: RegexCache | None = None


def install(limits: UserFileSettings = DEFAULT.user_files) -> RegexCache | None:
    """Route this process's regex compiling through the cache (once); None when there is no
    place for a cache (no home directory)."""
    global _installed
    if _installed is None and _SUPPORTED:
        try:
            path = _file()
        except (OSError, RuntimeError):
            return None
        _installed = RegexCache(_read(path, limits.max_cache_bytes))
        _compiler.compile = _installed.compile
    return _installed


def start_done() -> None:
    """Start-up is over (the first pair painted, or loading ended): patterns compiled from now
    on are not kept."""
    if _installed is not None:
        _installed.recording = False


def save() -> None:
    """Write this start's patterns when some were not in the cache (the patterns of the start
    before that this one never compiled are dropped: the file holds what a start needs)."""
    if _installed is not None:
        _installed.save(_file, _write)


def _read(path: Path, max_bytes: int) -> dict[str, tuple]:
    blob = read_framed_or_none(path, MAGIC, FORMAT, max_bytes)
    if blob is None:
        return {}
    text, packed = blob
    programs = array("I")
    if programs.itemsize != 4 or len(packed) % 4:
        return {}
    programs.frombytes(packed)
    try:
        rows = json.loads(text)
        entries = {}
        for key, final_flags, start, length, groups, groupindex, indexgroup in rows:
            if not (0 <= start <= start + length <= len(programs)):
                return {}
            entries[key] = (final_flags, programs[start : start + length].tolist(), groups, dict(groupindex),
                            tuple(indexgroup))
    except (ValueError, TypeError, AttributeError):
        return {}
    return entries


def _write(path: Path, entries: dict[str, tuple]) -> None:
    """Write atomically (a reader never sees half a file); another interpreter's file goes."""
    programs = array("I")
    rows = []
    for key, (final_flags, code, groups, groupindex, indexgroup) in entries.items():
        rows.append((key, final_flags, len(programs), len(code), groups, groupindex, indexgroup))
        programs.extend(code)
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    write_framed(path, MAGIC, FORMAT, text, programs.tobytes(), ("regex-*.cache",))
