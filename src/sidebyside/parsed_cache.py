"""Parsed data kept between starts.

The first comparison of a start reads some large shipped lists into dicts (WordNet's nouns, the
English word frequencies, the loaded-word scores): tens of milliseconds of parsing, the same
result at every start. The desktop app keeps that result in a per-user cache (marshal: plain
data only, read back at C speed), keyed by the very bytes of the files it was parsed from and
of the module that parses them, so a changed list or parser is never read stale. The command
line and the tests always parse. Like the cache of dataclasses' code (code_cache), a file is
used only when it and its folder are the user's alone, and its checksum is checked; the loaded
structure's shape is checked by the caller's test before use. A missing, damaged or unwritable
cache costs only the parsing.
"""

from __future__ import annotations

import marshal
import pathlib
import sys
import zlib
from collections.abc import Callable
from typing import TypeVar

from sidebyside.resources import resource

T = TypeVar("T")

DATA_FORMAT = 1
DATA_MAGIC = b"SBSDATA\n"
_keep_parsed = False
_unsaved: list[tuple[pathlib.Path, str, bytes]] = []  # (file, list name, marshalled data)


def keep_parsed(keep: bool = True) -> None:
    """The desktop app's start: what ``parsed`` builds is kept between starts."""
    global _keep_parsed
    _keep_parsed = keep


def parsed(name: str, files: tuple[str, ...], parse: Callable[[], T], shape: Callable[[object], bool],
           text: str = "", code: tuple[str, ...] = ()) -> T:
    """``parse()``, the plain data (dicts, lists, tuples, sets of str, int, float) a loader
    builds from the shipped ``files`` (resource names), or from a ``text`` it was handed, read
    from the per-user cache when the app keeps parsed data and the cache holds it for these files
    (that text) and this parser as they are now: the module that defines ``parse``, and the
    modules named in ``code`` whose functions it calls. ``shape(data)`` tells whether what the
    cache gave is what ``parse`` returns."""
    if not _keep_parsed:
        return parse()
    try:
        path = _parsed_file(name, files, parse, text, code)
    except (OSError, RuntimeError, ValueError):
        return parse()
    data = _read_parsed(path)
    if data is not None and shape(data):
        return data  # type: ignore[return-value]
    data = parse()
    try:  # written when the app ends (save_parsed): a first start paints no later for it
        _unsaved.append((path, name, marshal.dumps(data)))
    except ValueError:  # not plain data: never cached
        pass
    return data


def save_parsed() -> None:
    """Write what this run parsed that the cache lacked."""
    while _unsaved:
        _write_parsed(*_unsaved.pop())


def _parsed_file(name: str, files: tuple[str, ...], parse: Callable, text: str, code: tuple[str, ...]) -> pathlib.Path:
    from sidebyside import __version__
    from sidebyside.usercache import cache_dir

    crc = zlib.crc32(f"{DATA_FORMAT} {sys.version} {sys.byteorder} {__version__}".encode())
    parts = [(f"module {module}{'.' + parse.__qualname__ if module == parse.__module__ else ''}",
              _source_of(getattr(sys.modules.get(module), "__file__", None)))
             for module in (parse.__module__, *code)]
    parts += [(f"file {file}", resource(file).read_bytes()) for file in files]
    parts.append(("text", text.encode("utf-8", "surrogatepass")))
    for label, data in parts:
        crc = zlib.crc32(data, zlib.crc32(f"\n{label}\t{len(data)}\n".encode(), crc))
    return cache_dir() / f"data-{name}-{crc:08x}.cache"


def _source_of(module_file: str | None) -> bytes:
    """The parser's source; a build without sources is keyed by the app's version alone."""
    if module_file and module_file.endswith(".py"):
        try:
            return pathlib.Path(module_file).read_bytes()
        except OSError:
            pass
    return b""


def _read_parsed(path: pathlib.Path) -> object | None:
    from sidebyside.code_cache import _only_mine
    from sidebyside.settings import DEFAULT
    from sidebyside.usercache import read_framed_or_none

    if not _only_mine(path):
        return None
    blob = read_framed_or_none(path, DATA_MAGIC, DATA_FORMAT, DEFAULT.user_files.max_cache_bytes)
    if blob is None:
        return None
    try:
        return marshal.loads(blob[1])
    except (EOFError, ValueError, TypeError):
        return None


def _write_parsed(path: pathlib.Path, name: str, packed: bytes) -> None:
    """Write atomically, for the user alone; this list's caches for other inputs go."""
    from sidebyside.usercache import write_framed

    try:
        write_framed(path, DATA_MAGIC, DATA_FORMAT, "", packed, (f"data-{name}-*.cache",))
        path.chmod(0o600)
    except (OSError, ValueError, RuntimeError):
        pass
