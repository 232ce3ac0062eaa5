"""A per-user cache of the code ``dataclasses`` generates, for the desktop app's start.

Every dataclass gets its ``__init__``, ``__eq__``, ``__setattr__``… as Python source that
``dataclasses`` compiles with ``exec`` when the class is defined: the app defines some ninety
before its first paint, and compiling their four hundred functions is some 40 ms of every start
(Python's bytecode cache keeps the modules, never this generated code). The source is plain
text and its compiled code marshals like a module's: this cache keeps the code between starts,
keyed by the very source, so a class seen before is built from it. What runs is what ``exec``
of that source would have run (the same code object, compiled the same way); only the compiling
is skipped.

``install()`` routes ``dataclasses``' ``exec`` through the cache for this process (the app calls
it first thing; the command line and the tests never do), ``save()`` writes the code compiled in
this run when some was missing. Only dataclass definitions pass here, a fixed set for a given
version of the app, so the file cannot grow with use. The file is keyed on the Python build
(another interpreter never reads it), read bounded, its checksum checked, and every entry's
types checked before use; a missing, damaged or unwritable cache costs nothing but the time.
Unlike a regex program, which the engine validates, code runs as it is: a file is used only when
it and its folder are this user's and no one else may write to them (a data folder shared with
others, --data-dir, cannot slip code into the app).
"""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import os
import stat
import sys
from pathlib import Path
from types import CodeType

from sidebyside.settings import DEFAULT, UserFileSettings
from sidebyside.usercache import CompiledCache, interpreter_file, read_framed_or_none, write_framed

FORMAT = 1
MAGIC = b"SBSCODE\n"
_FILENAME = "<string>"  # what exec names the code it compiles from a string


def _file() -> Path:
    build = f"{sys.implementation.name}-{sys.version}-{sys.implementation.cache_tag}-{sys.byteorder}"
    return interpreter_file("code", build)


class CodeCache(CompiledCache):
    """The code of the sources compiled before, and of those compiled in this run."""

    def exec(self, source, globals=None, locals=None, /):
        """``exec`` as ``dataclasses`` calls it, the code from the cache when it holds the source."""
        if not isinstance(source, str):
            return builtins.exec(source, globals, locals)  # noqa: S102  (what dataclasses asked for)
        code = self.known.get(source)
        if code is None:
            # as exec compiles a string: named "<string>", and no __future__ flag is inherited
            # (dataclasses' module sets none)
            code = compile(source, _FILENAME, "exec", dont_inherit=True)
            self.misses += 1
        self.compiled[source] = code
        return builtins.exec(code, globals, locals)  # noqa: S102  (the code of its source, as exec compiles it)


_installed: CodeCache | None = None


def install(limits: UserFileSettings = DEFAULT.user_files) -> CodeCache | None:
    """Route the compiling of dataclasses' generated code through the cache (once); None when
    there is no place for a cache (no home directory) or dataclasses calls exec no more."""
    global _installed
    if _installed is None and getattr(dataclasses, "_create_fn", None) is not None:
        try:
            path = _file()
        except (OSError, RuntimeError):
            return None
        _installed = CodeCache(_read(path, limits.max_cache_bytes))
        # dataclasses looks exec up among its module's globals before the builtins
        dataclasses.exec = _installed.exec  # type: ignore[attr-defined]
    return _installed


def save() -> None:
    """Write this run's code when some was not in the cache (the code of classes this run never
    defined is dropped: the file holds what a run needs)."""
    if _installed is not None:
        _installed.save(_file, _write)


def _only_mine(path: Path) -> bool:
    """The file (no symlink) and its folder belong to this user, and no one else may write them:
    the file is written for the user alone; the folder may be writable by the user's own group
    (a umask of 002), never by others."""
    if not hasattr(os, "geteuid"):
        return True
    uid = os.geteuid()
    try:
        file, folder = os.lstat(path), os.stat(path.parent)
    except OSError:
        return False
    if not stat.S_ISREG(file.st_mode) or file.st_uid != uid or file.st_mode & 0o022:
        return False
    if folder.st_uid != uid or folder.st_mode & 0o002:
        return False
    return not (folder.st_mode & 0o020 and folder.st_gid != os.getegid())


def _read(path: Path, max_bytes: int) -> dict[str, CodeType]:
    if not _only_mine(path):
        return {}
    blob = read_framed_or_none(path, MAGIC, FORMAT, max_bytes)
    if blob is None:
        return {}
    _text, packed = blob
    try:
        rows = marshal.loads(packed)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(rows, tuple):
        return {}
    entries = {}
    for row in rows:
        if not (isinstance(row, tuple) and len(row) == 2 and isinstance(row[0], str) and isinstance(row[1], CodeType)):
            return {}
        if row[1].co_filename != _FILENAME:
            return {}
        entries[row[0]] = row[1]
    return entries


def _write(path: Path, entries: dict[str, CodeType]) -> None:
    """Write atomically (a reader never sees half a file); another interpreter's file goes."""
    packed = marshal.dumps(tuple(entries.items()))
    write_framed(path, MAGIC, FORMAT, "", packed, ("code-*.cache",))
    path.chmod(0o600)  # the user's alone: _only_mine
