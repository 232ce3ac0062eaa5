"""The Note of CONTRACT.md and the reference to the article it is about."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any

from sidebyside.display import printable
from sidebyside.model import Article
from sidebyside.notes.anchoring import Anchor, TextQuote
from sidebyside.notes.fingerprint import fingerprint

# Categories the UI offers, each with its highlight colour; any other string is kept as given.
CATEGORIES = {
    "comment": "#f4d35e",
    "question": "#7fb7e6",
    "evidence": "#8fd694",
    "framing": "#f4978e",
    "todo": "#c8a2e8",
}


def now_iso() -> str:
    """Current UTC time, ISO 8601 with milliseconds (sortable as text)."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def canonical_path(path: str | os.PathLike[str] | None) -> str | None:
    """Absolute, symlink-free form so one file is one article whatever the working directory.
    Bytes of the name that are not UTF-8 become U+FFFD: the store holds text, and the same
    file always gives the same form, so it is still found by it."""
    if path is None or str(path) == "":
        return None
    return printable(os.path.realpath(os.fspath(path)))


@dataclass(frozen=True)
class ArticleRef:
    """Everything a note keeps of its article: any one of fingerprint, url or path finds it again;
    ``sketch`` (identity.sketch) weighs another text against it without its file. Notes stored
    before sketches have None until their article is opened again."""

    fingerprint: str
    url: str | None = None
    path: str | None = None
    title: str | None = None
    sketch: str | None = field(default=None, compare=False)
    # the article's outlet as it was read when the note was written: names the article in the
    # Notes tab once its file is gone (notes stored before it have None)
    outlet: str | None = field(default=None, compare=False)

    def finds(self, other: "ArticleRef | None") -> bool:
        """Whether ``other`` names this article by one of its keys: the same text (fingerprint),
        URL or file (``other`` as ``article_ref`` gives it: its path canonical). The test
        ``NoteStore.stored_for`` makes in SQL, for one note's article."""
        if other is None:
            return False
        return self.fingerprint == other.fingerprint or bool(other.url and self.url == other.url) \
            or bool(other.path and self.path == other.path)


def article_ref(article: Article, with_sketch: bool = False) -> ArticleRef:
    """The article's keys; with its sketch too when a note is written on it."""
    from sidebyside.notes.identity import sketch

    return ArticleRef(
        fingerprint=fingerprint(article.text),
        url=article.source.url or None,
        path=canonical_path(article.source.path),
        title=article.title,
        sketch=sketch(article.text) if with_sketch else None,
        outlet=article.outlet or None,
    )


@dataclass(frozen=True)
class Note:
    id: str
    article: ArticleRef
    quote: TextQuote  # as when the note was made
    position: tuple[int, int]  # TextPositionSelector as when the note was made
    body: str
    tags: tuple[str, ...]
    created: str
    modified: str
    category: str | None = None
    colour: str | None = None
    start: int | None = None  # where it is anchored now
    end: int | None = None
    anchor: str = "exact"
    deleted: str | None = None

    def anchored(self, where: Anchor) -> "Note":
        return replace(self, start=where.start, end=where.end, anchor=where.kind)

    @property
    def orphan(self) -> bool:
        return self.anchor == "orphan"

    def display_colour(self) -> str:
        return self.colour or CATEGORIES.get(self.category or "", CATEGORIES["comment"])


def note_to_json(note: Note) -> dict[str, Any]:
    """The Note shape of CONTRACT.md, plus category, colour and the original position."""
    return {
        "id": note.id,
        "article": {
            "fingerprint": note.article.fingerprint,
            "url": note.article.url,
            "path": note.article.path,
            "title": note.article.title,
            "outlet": note.article.outlet,
        },
        "quote": {"exact": note.quote.exact, "prefix": note.quote.prefix, "suffix": note.quote.suffix},
        "start": note.start,
        "end": note.end,
        "anchor": note.anchor,
        "body": note.body,
        "tags": list(note.tags),
        "created": note.created,
        "modified": note.modified,
        "category": note.category,
        "colour": note.colour,
        "position": {"start": note.position[0], "end": note.position[1]},
    }
