"""Notes on passages: a local SQLite store, W3C Web Annotation anchoring, export and import.

The UI and the CLI use :class:`NoteStore`; nothing here imports Qt.
"""

from __future__ import annotations

from sidebyside.notes.anchoring import Anchor, TextQuote, anchor, describe
from sidebyside.notes.fingerprint import fingerprint, normalise
from sidebyside.notes.model import ArticleRef, Note, article_ref
from sidebyside.notes.store import NoteStore, default_store_path

__all__ = [
    "Anchor",
    "ArticleRef",
    "Note",
    "NoteStore",
    "TextQuote",
    "anchor",
    "article_ref",
    "default_store_path",
    "describe",
    "fingerprint",
    "normalise",
]
