"""File ▸ Open Recent: the last sets of captures opened, newest first."""

from __future__ import annotations

import os

from sidebyside.display import display_name
from sidebyside.ui.theme import settings

MAX_RECENT = 8


def remember(paths: list[str]) -> None:
    s = settings()
    entry = "\n".join(os.path.abspath(p) for p in paths)
    recent = [r for r in (s.value("recent", []) or []) if r != entry]
    s.setValue("recent", [entry, *recent][:MAX_RECENT])


def entries() -> list[tuple[str, ...]]:
    """Each recent set as a tuple of paths (two for a pair)."""
    found = settings().value("recent", []) or []
    if isinstance(found, str):
        found = [found]
    return [tuple(e.split("\n")) for e in found if "\n" in e]


def fill_menu(menu, open_paths) -> None:
    menu.clear()
    for paths in entries():
        names = [display_name(p) for p in paths]
        label = "  ⇄  ".join(names) if len(names) == 2 else f"{len(names)} captures: " + ", ".join(names)
        menu.addAction(label).triggered.connect(lambda _c=False, paths=paths: open_paths(*paths))
    if not menu.actions():
        menu.addAction("(none yet)").setEnabled(False)
