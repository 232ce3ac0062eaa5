"""Where the per-user caches live (term lists, compiled patterns): ``<data dir>/cache/`` when
``$SIDEBYSIDE_DATA_DIR`` is set, else platformdirs' per-user cache directory for "SideBySide".
Deleting it is always safe."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    env = os.environ.get("SIDEBYSIDE_DATA_DIR")
    if env:
        return Path(env) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("SideBySide"))
