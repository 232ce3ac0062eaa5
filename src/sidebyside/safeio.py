"""Reading the user's own files (notes exports, term lists, caches) without being harmed by them.

A file name can lead to a FIFO (opening it waits for a writer forever), a device such as
/dev/zero (endless bytes), or a file far larger than its kind ever is; JSON can nest deeper than
Python's recursion allows. Here a file is opened without blocking, read only when it is a
regular file, and only up to a size cap; JSON is parsed without the non-standard NaN and
Infinity, and nesting that would overflow the stack is refused. Every refusal is a
:class:`ReadRefused` whose message says why in a few words, for the caller to turn into its own
error or warning.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import stat
from typing import Any, Iterator

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)


class ReadRefused(Exception):
    """The file was not read: ``str(err)`` says why in a phrase ("a FIFO, not a regular file",
    "not JSON (...)"); the caller adds the file name and what it was reading it for."""


def _mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB" if size >= 2**20 else f"{size:,} bytes"


def read_bounded(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; ReadRefused otherwise.

    O_NONBLOCK makes opening a FIFO return at once (it is then refused as not a regular file);
    the type and size are taken from the open file, so a swapped symlink cannot slip past.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise ReadRefused("no such file") from None
    except IsADirectoryError:
        raise ReadRefused("a directory") from None
    except PermissionError:
        raise ReadRefused("permission denied") from None
    except OSError as exc:
        raise ReadRefused(exc.strerror or str(exc)) from None
    except ValueError as exc:  # a NUL byte in the name
        raise ReadRefused(str(exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ReadRefused("a directory")
        if not stat.S_ISREG(info.st_mode):
            kind = "a FIFO" if stat.S_ISFIFO(info.st_mode) else "a device" if (
                stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode)) else "a socket or other special file"
            raise ReadRefused(f"{kind}, not a regular file")
        if info.st_size > max_bytes:
            raise ReadRefused(f"too large ({_mib(info.st_size)}; the limit is {_mib(max_bytes)})")
        chunks, total = [], 0
        while True:
            try:
                chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            except BlockingIOError:  # pragma: no cover - regular files never block
                continue
            except OSError as exc:
                raise ReadRefused(exc.strerror or str(exc)) from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:  # it grew while we read
                raise ReadRefused(f"too large (over {_mib(max_bytes)})")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def parse_json(data: bytes) -> Any:
    """Strict JSON from UTF-8 bytes (a BOM allowed); ReadRefused with a short reason otherwise.

    NaN and Infinity are refused (JSON does not have them); so is nesting deeper than Python's
    recursion limit, which the parser reports as a RecursionError: the result nests at most
    that deep, so code walking it cannot overflow either.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadRefused(f"not UTF-8 text (invalid byte at offset {exc.start:,})") from None
    try:
        with paused_gc():
            return json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise ReadRefused("JSON nested too deeply to be a file this program wrote") from None
    except ValueError as exc:  # JSONDecodeError is a ValueError
        raise ReadRefused(f"not JSON ({exc})") from None


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a big acyclic structure is built (a parsed file,
    100,000 notes): every few hundred allocations it would rescan everything built so far, which
    costs as much as the work itself. Cycles made meanwhile are collected when it resumes."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_json(path: str | os.PathLike[str], max_bytes: int) -> Any:
    """:func:`read_bounded` then :func:`parse_json`."""
    return parse_json(read_bounded(path, max_bytes))
