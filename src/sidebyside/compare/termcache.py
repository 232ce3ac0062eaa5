"""A per-user cache of what the term lists cost to build at every start: the merged background
frequency lists (resources/terms/background*.tsv) and the loaded-word matcher (loaded.json's
terms with their inflections, compare/loaded.py).

Parsing the ~40,000 background lines and folding the Arabic and Russian words is most of the first
comparison's set-up cost; loading the merged words and values back (one newline-joined UTF-8
string and an array of doubles after a fixed header) is several times faster. Inflecting the
~3,000 loaded terms into ~14,000 keyed forms costs ~30 ms; reading the keyed rows back about a
third of it.
A file is keyed on its inputs' bytes (CRC-32 and size of each), the Python version and a format
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
import sys
import zlib
from array import array
from pathlib import Path
from typing import Callable

from sidebyside import settings
from sidebyside.safeio import ReadRefused
from sidebyside.usercache import cache_dir, read_framed, write_framed

log = logging.getLogger(__name__)

FORMAT = 4
PREFIX = "background-"
TEXT_PREFIX = "text-"
SUFFIX = ".cache"
MAGIC = b"SBSBG\n"


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
    cached = _read_background(path, limits.max_cache_bytes)
    if cached is not None:
        return cached
    background = build(lists)
    _write_background(path, background)
    return background


def _key(lists: list[tuple[str, bytes]]) -> str:
    crc = zlib.crc32(f"{FORMAT} {sys.version_info[:2]} {sys.byteorder}".encode())
    for name, data in lists:
        crc = zlib.crc32(data, zlib.crc32(f"\n{name}\t{len(data)}\n".encode(), crc))
    total = sum(len(data) for _, data in lists)
    return f"{crc:08x}-{total:x}"


def cached_text(
    name: str, inputs: list[tuple[str, bytes]], build: Callable[[], str],
    limits: settings.UserFileSettings = settings.DEFAULT.user_files,
) -> str:
    """A text derived from these (name, bytes) inputs: from the cache when it holds this exact
    set of inputs, else ``build()``, which is then cached. The caller parses it and still checks
    its shape (a file that passes the checksum is ours unless crafted)."""
    try:
        path = cache_dir() / f"{TEXT_PREFIX}{name}-{_key(inputs)}{SUFFIX}"
    except (OSError, RuntimeError):
        return build()
    blob = _read(path, limits.max_cache_bytes)
    if blob is not None and not blob[1]:
        return blob[0]
    text = build()
    if text:
        _write(path, text, b"", f"{TEXT_PREFIX}{name}-")
    return text


def _read(path: Path, max_bytes: int) -> tuple[str, bytes] | None:
    """A cache file's text and packed bytes, or None when it is missing, damaged or not ours."""
    try:
        blob = read_framed(path, MAGIC, FORMAT, max_bytes)
    except ReadRefused as why:
        if str(why) != "no such file":  # a FIFO, a device, a giant: say so, then rebuild it
            log.warning("%s: %s cache not used: %s", path, "background" if path.name.startswith(PREFIX) else "term", why)
        return None
    if blob is None or not blob[0]:
        return None
    return blob


def _read_background(path: Path, max_bytes: int) -> dict[str, float] | None:
    blob = _read(path, max_bytes)
    if blob is None or len(blob[1]) % 8:
        return None
    words, packed = blob
    values = array("d")
    values.frombytes(packed)
    keys = words.split("\n")
    if len(keys) != len(values):
        return None
    return dict(zip(keys, values.tolist()))


def _write_background(path: Path, background: dict[str, float]) -> None:
    words = "\n".join(background)
    if words.count("\n") != len(background) - 1:
        return  # a key with a newline cannot round-trip: stay uncached
    _write(path, words, array("d", background.values()).tobytes(), PREFIX)


def _write(path: Path, text: str, packed: bytes, prefix: str) -> None:
    """Write atomically; drop this prefix's caches of other input versions."""
    try:
        write_framed(path, MAGIC, FORMAT, text, packed, (f"{prefix}*{SUFFIX}", f"{prefix}*.marshal"))
    except (OSError, ValueError):
        pass
