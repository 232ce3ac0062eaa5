"""A per-user cache of the merged background frequency lists (resources/terms/background*.tsv).

Parsing the ~40,000 lines and folding the Arabic and Russian words is most of the first
comparison's set-up cost; loading the merged words and values back (one newline-joined UTF-8
string and an array of doubles after a fixed header) is several times faster.
The file is keyed on the lists' bytes (CRC-32 and size of each), the Python version and a format
number, so an upgrade or an edited list never reads a stale cache. A missing, damaged or
unwritable cache is ignored: the lists are parsed as before. The file is the user's to break, so
it is read bounded (safeio: a regular file, at most a size cap, never a blocking open) and its
header's lengths are checked against its size before anything is allocated (the format used to
be marshal, which a crafted file can make allocate without limit). Only shipped lists are
cached; user term files (JSON in ``<data dir>/terms/``) are read on every start.

Location: ``<data dir>/cache/`` when ``$SIDEBYSIDE_DATA_DIR`` is set, else platformdirs' per-user
cache directory for "SideBySide". Deleting it is always safe.
"""

from __future__ import annotations

import logging
import os
import struct
import sys
import zlib
from array import array
from pathlib import Path
from typing import Callable

from sidebyside import settings
from sidebyside.safeio import ReadRefused, read_bounded

log = logging.getLogger(__name__)

FORMAT = 4
PREFIX = "background-"
SUFFIX = ".cache"
MAGIC = b"SBSBG\n"
_HEADER = struct.Struct("<IIQQ")  # format, checksum, bytes of words, bytes of values


def cache_dir() -> Path:
    env = os.environ.get("SIDEBYSIDE_DATA_DIR")
    if env:
        return Path(env) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("SideBySide"))


def cached_background(
    lists: list[tuple[str, bytes]], build: Callable[[list[tuple[str, bytes]]], dict[str, float]],
    limits: settings.UserFileSettings = settings.DEFAULT.user_files,
) -> dict[str, float]:
    """The merged background dict for these (file name, bytes) lists: from the cache when it
    holds this exact set of lists, else ``build(lists)``, which is then cached."""
    try:
        path = cache_dir() / f"{PREFIX}{_key(lists)}{SUFFIX}"
    except (OSError, RuntimeError):  # e.g. no home directory to put a cache in: just build
        return build(lists)
    cached = _read(path, limits.max_cache_bytes)
    if cached is not None:
        return cached
    background = build(lists)
    _write(path, background)
    return background


def _key(lists: list[tuple[str, bytes]]) -> str:
    crc = zlib.crc32(f"{FORMAT} {sys.version_info[:2]} {sys.byteorder}".encode())
    for name, data in lists:
        crc = zlib.crc32(data, zlib.crc32(f"\n{name}\t{len(data)}\n".encode(), crc))
    total = sum(len(data) for _, data in lists)
    return f"{crc:08x}-{total:x}"


def _checksum(words: str, packed: bytes) -> int:
    return zlib.crc32(packed, zlib.crc32(words.encode("utf-8", "surrogatepass")))


def _read(path: Path, max_bytes: int) -> dict[str, float] | None:
    try:
        data = read_bounded(path, max_bytes)
    except ReadRefused as why:
        if str(why) != "no such file":  # a FIFO, a device, a giant: say so, then rebuild it
            log.warning("%s: background cache not used: %s", path, why)
        return None
    # A damaged file can hold anything: check the header, the lengths and the checksum.
    head = len(MAGIC) + _HEADER.size
    if len(data) < head or not data.startswith(MAGIC):
        return None
    fmt, checksum, n_words, n_values = _HEADER.unpack_from(data, len(MAGIC))
    if fmt != FORMAT or n_words + n_values != len(data) - head or n_values % 8:
        return None
    try:
        words = data[head : head + n_words].decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return None
    packed = data[head + n_words :]
    if not words or checksum != _checksum(words, packed):
        return None
    values = array("d")
    values.frombytes(packed)
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
    encoded = words.encode("utf-8", "surrogatepass")
    data = MAGIC + _HEADER.pack(FORMAT, _checksum(words, packed), len(encoded), len(packed)) + encoded + packed
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
        for old in (*path.parent.glob(f"{PREFIX}*{SUFFIX}"), *path.parent.glob(f"{PREFIX}*.marshal")):
            if old.name != path.name:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
