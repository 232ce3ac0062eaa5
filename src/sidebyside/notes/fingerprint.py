"""An article's identity independent of whitespace and Unicode composition."""

from __future__ import annotations

import hashlib
import unicodedata


def normalise(text: str) -> str:
    """NFC with every run of whitespace collapsed to one space, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def fingerprint(text: str) -> str:
    """sha256 (hex) of the normalised text: the same article re-extracted keeps its fingerprint."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()
