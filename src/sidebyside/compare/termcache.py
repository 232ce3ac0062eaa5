"""A per-user cache of the merged background frequency lists (resources/terms/background*.tsv).

Parsing the ~40,000 lines and folding the Arabic and Russian words is most of the first
comparison's set-up cost; loading the merged words and values back (one newline-joined string and
an array of doubles, with :mod:`marshal`) is several times faster.
The file is keyed on the lists' bytes (CRC-32 and size of each), the Python version and a format
number, so an upgrade or an edited list never reads a stale cache. A missing, damaged or
unwritable cache is ignored: the lists are parsed as before. Only shipped lists are cached; user
term files (JSON in ``<data dir>/terms/``) are read on every start.

Location: ``<data dir>/cache/`` when ``$SIDEBYSIDE_DATA_DIR`` is set, else platformdirs' per-user
cache directory for "SideBySide". Deleting it is always safe.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from array import array
from pathlib import Path
from typing import Callable

FORMAT = 3
PREFIX = "background-"
SUFFIX = ".marshal"


def cache_dir() -> Path:
    env = os.environ.get("SIDEBYSIDE_DATA_DIR")
    if env:
        return Path(env) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("SideBySide"))


def cached_background(
    lists: list[tuple[str, bytes]], build: Callable[[list[tuple[str, bytes]]], dict[str, float]]
) -> dict[str, float]:
    """The merged background dict for these (file name, bytes) lists: from the cache when it
    holds this exact set of lists, else ``build(lists)``, which is then cached."""
    try:
        path = cache_dir() / f"{PREFIX}{_key(lists)}{SUFFIX}"
    except (OSError, RuntimeError):  # e.g. no home directory to put a cache in: just build
        return build(lists)
    cached = _read(path)
    if cached is not None:
        return cached
    background = build(lists)
    _write(path, background)
    return background


def _key(lists: list[tuple[str, bytes]]) -> str:
    crc = zlib.crc32(f"{FORMAT} {sys.version_info[:2]} {marshal.version} {sys.byteorder}".encode())
    for name, data in lists:
        crc = zlib.crc32(data, zlib.crc32(f"\n{name}\t{len(data)}\n".encode(), crc))
    total = sum(len(data) for _, data in lists)
    return f"{crc:08x}-{total:x}"


def _checksum(words: str, packed: bytes) -> int:
    return zlib.crc32(packed, zlib.crc32(words.encode("utf-8", "surrogatepass")))


def _read(path: Path) -> dict[str, float] | None:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    # A damaged file can still unmarshal to something: check the shape and the checksum.
    if type(data) is not tuple or len(data) != 4 or data[0] != FORMAT:
        return None
    _format, checksum, words, packed = data
    if type(words) is not str or type(packed) is not bytes or not words:
        return None
    if checksum != _checksum(words, packed):
        return None
    values = array("d")
    try:
        values.frombytes(packed)
    except ValueError:  # not a whole number of doubles
        return None
    keys = words.split("\n")
    if len(keys) != len(values):
        return None
    return dict(zip(keys, values.tolist()))


def _write(path: Path, background: dict[str, float]) -> None:
    """Write atomically (a reader never sees half a file); drop caches of other list versions."""
    words = "\n".join(background)
    if words.count("\n") != len(background) - 1:
        return  # a key with a newline cannot round-trip: stay uncached
    packed = array("d", background.values()).tobytes()
    data = marshal.dumps((FORMAT, _checksum(words, packed), words, packed))
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
        for old in path.parent.glob(f"{PREFIX}*{SUFFIX}"):
            if old.name != path.name:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
