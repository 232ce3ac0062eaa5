"""File ▸ Open Recent, the last set reopened at start, and the folder Open starts in.

Each recent set is one entry whatever the order its captures were shown in (a swapped pair is
the same pair), named by outlet and headline once its articles have been read. All of it lives
in the one settings file (theme.settings).
"""

from __future__ import annotations

import json
import os

from sidebyside.display import display_name
from sidebyside.ui.theme import settings

MAX_RECENT = 8
KEY = "recent/sets"
LAST = "session/last"


HEX = "hex:"  # a path whose bytes are not UTF-8, stored as the hex of its bytes


def _encode(path: str) -> str:
    """A path as text the settings file can hold, reversibly."""
    return HEX + os.fsencode(path).hex() if _has_surrogates(path) or path.startswith(HEX) else path


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def _decode(text: str) -> str:
    if text.startswith(HEX):
        try:
            return os.fsdecode(bytes.fromhex(text[len(HEX):]))
        except ValueError:
            return text
    return text


def _load() -> list[dict]:
    raw = settings().value(KEY, "")
    try:
        entries = json.loads(raw) if isinstance(raw, str) and raw else []
    except ValueError:
        return []
    return [e for e in entries if isinstance(e, dict) and isinstance(e.get("paths"), list)
            and len(e["paths"]) >= 2 and all(isinstance(p, str) for p in e["paths"])]


def remember(paths: list[str], names: list[str | None] | None = None) -> None:
    """A set just opened (or shown in another order, or read: ``names`` "Outlet — Headline").

    Only a changed value is written, through one settings object: each one that was changed
    writes the file when it goes (a locked, synced write of tens of milliseconds at start, where
    the set reopened is most often the one already stored)."""
    stored = [_encode(os.path.abspath(p)) for p in paths]
    known = _load()
    same = [e for e in known if sorted(e["paths"]) == sorted(stored)]
    old_names = dict(zip(same[0]["paths"], same[0].get("names") or [])) if same else {}
    labels = [(names[i] if names and i < len(names) and names[i] else old_names.get(p)) for i, p in enumerate(stored)]
    others = [e for e in known if sorted(e["paths"]) != sorted(stored)]
    store = settings()
    for key, value in ((KEY, [{"paths": stored, "names": labels}, *others][:MAX_RECENT]), (LAST, stored)):
        text = json.dumps(value, ensure_ascii=False)
        if store.value(key, "") != text:
            store.setValue(key, text)


def entries() -> list[tuple[str, ...]]:
    """Each recent set as a tuple of paths, newest first."""
    return [tuple(_decode(p) for p in e["paths"]) for e in _load()]


def labelled_entries() -> list[tuple[tuple[str, ...], list[str]]]:
    """Each recent set with a name per capture: outlet and headline, else the file name."""
    out = []
    for e in _load():
        paths = tuple(_decode(p) for p in e["paths"])
        names = e.get("names") or []
        out.append((paths, [(names[i] if i < len(names) and names[i] else display_name(p)) for i, p in enumerate(paths)]))
    return out


def last_set() -> list[str] | None:
    """The set open when the app last closed, if its captures are all still there."""
    raw = settings().value(LAST, "")
    try:
        paths = [_decode(p) for p in json.loads(raw)] if isinstance(raw, str) and raw else []
    except (ValueError, TypeError):
        return None
    if len(paths) >= 2 and all(isinstance(p, str) and os.path.isfile(p) for p in paths):
        return paths
    return None


def fill_menu(menu, open_paths) -> None:
    menu.clear()
    for paths, names in labelled_entries():
        if len(names) == 2:
            label = f"{names[0]}  ⇄  {names[1]}"
        else:
            label = f"{len(names)} outlets: " + ", ".join(n.split(" — ")[0] for n in names)
        act = menu.addAction(label.replace("&", "&&"))
        act.setToolTip("\n".join(display_name(p) for p in paths))
        act.triggered.connect(lambda _c=False, paths=paths: open_paths(*paths))
    if not menu.actions():
        menu.addAction("(none yet)").setEnabled(False)


def last_folder() -> str:
    folder = settings().value("open/last_dir", "")
    return folder if isinstance(folder, str) and os.path.isdir(folder) else os.path.expanduser("~")


def set_last_folder(path: str) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    if not _has_surrogates(folder):
        settings().setValue("open/last_dir", folder)
