"""bytes → Capture: sniff the format, decode the charset, find the original URL.

Minimal first slice; see capture/ modules for the full implementation.
"""

from __future__ import annotations

import os

from sidebyside.errors import CaptureError
from sidebyside.model import Capture, Source

MAX_BYTES = 64 * 1024 * 1024


def load_capture(path: str | os.PathLike[str], format: str | None = None) -> Capture:
    """Read a capture file from disk."""
    path = os.fspath(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise CaptureError("is a directory, not a capture file", path) from None
    except FileNotFoundError:
        raise CaptureError("no such file", path) from None
    except OSError as exc:
        raise CaptureError(f"cannot read file ({exc.strerror or exc})", path) from None
    return capture_bytes(data, path=path, format=format)


def capture_bytes(data: bytes, path: str | None = None, format: str | None = None) -> Capture:
    if not data.strip():
        raise CaptureError("the file is empty", path)
    text = data.decode("utf-8", errors="replace")
    fmt = format or ("html" if "<html" in text[:4096].lower() else "text")
    return Capture(source=Source(path=path, format=fmt, encoding="utf-8"), content=text)
