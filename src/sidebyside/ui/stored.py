"""Values read back from QSettings: an INI file (Linux) returns every value as a string."""

from __future__ import annotations


def stored_bool(raw, default: bool) -> bool:
    """A switch as QSettings returns it ("true" / "false" from an INI file, 1 / 0 or a bool from
    other stores), or default when nothing was saved."""
    if raw is None:
        return default
    return str(raw).strip().lower() in ("true", "1")
