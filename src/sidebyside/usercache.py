"""Where the per-user caches live (term lists, compiled patterns): ``<data dir>/cache/`` when
``$SIDEBYSIDE_DATA_DIR`` is set, else platformdirs' per-user cache directory for "SideBySide".
Deleting it is always safe. Every cache file has one layout (``read_framed`` / ``write_framed``)."""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

from sidebyside.safeio import ReadRefused, read_bounded


def cache_dir() -> Path:
    env = os.environ.get("SIDEBYSIDE_DATA_DIR")
    if env:
        return Path(env) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("SideBySide"))


def interpreter_file(name: str, build: str) -> Path:
    """The cache file of one kind whose contents only this interpreter build can use (compiled
    regex programs, compiled code): ``<name>-<checksum of build>.cache``; the files of other
    builds match ``<name>-*.cache`` and go when this one is written."""
    return cache_dir() / f"{name}-{zlib.crc32(build.encode()):08x}.cache"


class CompiledCache:
    """A per-user cache of compiled things as one process holds it: the entries its file gave
    (``known``), those this run used or compiled (``compiled``: what is saved, so the file holds
    what a run needs and nothing older) and how many were missing (nothing is written when none)."""

    def __init__(self, entries: dict | None = None):
        self.known: dict = entries or {}
        self.compiled: dict = {}
        self.misses = 0

    def save(self, path_of: Callable[[], Path], write: Callable[[Path, dict], None]) -> None:
        """Write this run's entries when some were missing; a cache that cannot be written costs
        only the time it would have saved."""
        if not self.misses:
            return
        try:
            write(path_of(), self.compiled)
        except (OSError, RuntimeError, ValueError):
            pass
        self.misses = 0


# A cache file: a magic line, then format, checksum, bytes of text and bytes of packed values,
# then the text (UTF-8) and the packed values. One layout for every cache here.
_HEADER = struct.Struct("<IIQQ")


def read_framed(path: Path, magic: bytes, fmt: int, max_bytes: int) -> tuple[str, bytes] | None:
    """A cache file's text and packed bytes, or None when it is damaged or not this format. The
    file is the user's to break, so it is read bounded and its header's lengths and checksum are
    checked before anything is built from it. Raises ReadRefused when it cannot be read (missing,
    not a regular file, too big)."""
    data = read_bounded(path, max_bytes)
    head = len(magic) + _HEADER.size
    if len(data) < head or not data.startswith(magic):
        return None
    found_fmt, checksum, n_text, n_packed = _HEADER.unpack_from(data, len(magic))
    if found_fmt != fmt or n_text + n_packed != len(data) - head or zlib.crc32(data[head:]) != checksum:
        return None
    try:
        text = data[head : head + n_text].decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return None
    return text, data[head + n_text :]


def read_framed_or_none(path: Path, magic: bytes, fmt: int, max_bytes: int) -> tuple[str, bytes] | None:
    """read_framed, with a file that cannot be read (missing, not a regular file, too big) None
    like a damaged one: for the caches that rebuild whatever they do not find, saying nothing."""
    try:
        return read_framed(path, magic, fmt, max_bytes)
    except ReadRefused:
        return None


def write_framed(path: Path, magic: bytes, fmt: int, text: str, packed: bytes, stale: tuple[str, ...] = ()) -> None:
    """Write atomically (a reader never sees half a file), then remove the files of the folder
    matching a stale pattern (the same cache for other inputs or another interpreter)."""
    encoded = text.encode("utf-8", "surrogatepass")
    payload = encoded + packed
    data = magic + _HEADER.pack(fmt, zlib.crc32(payload), len(encoded), len(packed)) + payload
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
        for pattern in stale:
            for old in path.parent.glob(pattern):
                if old.name != path.name:
                    old.unlink(missing_ok=True)
    finally:
        temporary.unlink(missing_ok=True)
