"""Which files of the data folders (resources/ -> sidebyside/assets) the frozen app never reads.

The app reads its data by name (sidebyside.resources.resource): term lists, JSON and TSV tables,
the style sheet and the PNG icons. Beside them resources/ holds what documents or rebuilds that
data and the other systems' icon formats; none of it is read at run time, so the bundle leaves it
out. The executable's own icon is taken from resources/ at build time, not from the bundle.
"""

from __future__ import annotations

from pathlib import PurePath

UNREAD_ASSET_NAMES = ("README.md",)  # where each entry came from: for maintainers, not the app
UNREAD_ASSET_SUFFIXES = (".icns", ".ico")  # macOS and Windows icon files: the window uses the PNGs


def is_unread_asset(dest: str) -> bool:
    """True for a bundled data file under sidebyside/assets that no code path of the app opens."""
    parts = PurePath(dest).parts
    if parts[:2] != ("sidebyside", "assets"):
        return False
    name = parts[-1]
    return (name in UNREAD_ASSET_NAMES or name.endswith(UNREAD_ASSET_SUFFIXES)
            # the scripts that rebuild a data file (terms/build_nouns.py ...), run by hand
            or (name.startswith("build_") and name.endswith(".py")))
