"""Notes whose article is not shown, or whose file is gone, and re-linking them to a moved file.

Since notes keep a sketch of their article, another outlet's copy of the story no longer takes
the note of an article whose file was deleted or moved away: the note stays in the store and in
exports, but no article shows it. This module groups such notes by the article they were written
on (as stored: headline, outlet, path, URL), says whether that article's file can still be found, and
judges whether a file the reader picks is that article (moved, perhaps edited) before the notes
are pointed at it. Qt-free: the Notes tab and ``notes list --missing`` share it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence
from urllib.parse import urlparse

from sidebyside.model import Article
from sidebyside.notes.anchoring import TextQuote
from sidebyside.notes.identity import (read_sketch, recognition, resemblance, same_title, shingles,
                                       stable_shingles)
from sidebyside.notes.model import Note, article_ref
from sidebyside.settings import DEFAULT, NotesSettings

# Whether a note's article can be opened from its file (``file_state``).
FOUND = "found"  # the file at the stored path exists (its text may have changed: it still holds the notes)
MISSING = "missing"  # a path was stored and nothing is there now (deleted or moved away)
NO_FILE = "no-file"  # no path was stored (an import from another machine, a text never saved)


def file_state(path: str | None) -> str:
    """FOUND, MISSING or NO_FILE for a stored article path (a stat, no read)."""
    if not path:
        return NO_FILE
    try:
        return FOUND if os.path.isfile(path) else MISSING
    except (OSError, ValueError):  # a NUL in a path from an import
        return MISSING


Load = Callable[[list[str]], list[Note]]


@dataclass
class ArticleNotes:
    """The notes of one article (one fingerprint: the text they were written on), as stored.
    Listed from their keys alone (``group_keys``): the notes themselves are read when asked for."""

    fingerprint: str
    title: str | None
    path: str | None
    url: str | None
    ids: tuple[str, ...]
    state: str  # file_state of ``path``
    outlet: str | None = None  # as read when the notes were written (None for notes stored before it)
    load: Load | None = field(default=None, compare=False, repr=False)
    read: tuple[Note, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def notes(self) -> tuple[Note, ...]:
        if self.read is None:
            order = {note_id: i for i, note_id in enumerate(self.ids)}
            found = self.load(list(self.ids)) if self.load is not None else []
            self.read = tuple(sorted((n for n in found if n.id in order), key=lambda n: order[n.id]))
        return self.read

    @property
    def found(self) -> bool:
        return self.state == FOUND

    @property
    def site(self) -> str | None:
        """The outlet as stored, else the host of the article's URL."""
        if self.outlet:
            return self.outlet
        if not self.url:
            return None
        host = urlparse(self.url).hostname or ""
        return host.removeprefix("www.") or None


def group_by_article(notes: Iterable[Note], leave_out: Iterable[str] = ()) -> list[ArticleNotes]:
    """The notes, less those whose ids are in ``leave_out`` (the ones shown), one group per article
    they were written on. Articles whose file cannot be found come first (those are the notes no
    article shows by itself), then the others; within each, the most recently noted first."""
    notes = list(notes)
    groups = group_keys([(n.id, n.article.fingerprint, n.article.path, n.article.title, n.article.url,
                          n.article.outlet, n.modified, n.position[0]) for n in notes], leave_out)
    by_id = {n.id: n for n in notes}
    for group in groups:
        group.read = tuple(by_id[i] for i in group.ids)
    return groups


# (id, fingerprint, path, title, url, outlet, modified, start) of a note: NoteStore.note_keys
Keys = tuple[str, str, "str | None", "str | None", "str | None", "str | None", str, int]


def group_keys(rows: Iterable[Keys], leave_out: Iterable[str] = (), load: Load | None = None) -> list[ArticleNotes]:
    """``group_by_article`` from the notes' keys alone (a store of 10,000 notes lists them in
    milliseconds); each group reads its notes with ``load`` when they are asked for."""
    skip = set(leave_out)
    groups: dict[str, list[Keys]] = {}
    for row in rows:
        if row[0] not in skip:
            groups.setdefault(row[1], []).append(row)
    out = []
    for fp, members in groups.items():
        members.sort(key=lambda r: r[7])  # reading order
        # the keys of the latest note: a note re-linked or imported later knows the article best
        latest = max(members, key=lambda r: r[6])
        path, title, url, outlet = (latest[k] or next((r[k] for r in members if r[k]), None) for k in (2, 3, 4, 5))
        group = ArticleNotes(fp, title, path, url, tuple(r[0] for r in members), file_state(path), outlet, load)
        out.append((max(r[6] for r in members), group))
    out.sort(key=lambda pair: pair[0], reverse=True)  # ISO times sort as text: the latest first
    out.sort(key=lambda pair: pair[1].found)  # stable: the missing first
    return [group for _, group in out]


def missing(notes: Iterable[Note]) -> list[Note]:
    """The notes whose article's file cannot be found (gone, or no file stored)."""
    return [n for n in notes if file_state(n.article.path) != FOUND]


# --------------------------------------------------------------------------- re-linking


@dataclass(frozen=True)
class Verdict:
    """Whether a text is the article some notes were written on, and in words why."""

    same: bool
    share: float | None  # share of the noted article's words the text holds (its sketch); None without one
    how: str  # "text" (the very text), "sketch" or "notes" (the notes' own words, for notes without sketch)

    def explain(self, name: str) -> str:
        """One sentence for the reader, ``name`` the picked file as shown to them."""
        if self.how == "text":
            return f"{name} holds the very text these notes were written on."
        if self.same:
            held = f"it holds {self.share:.0%} of the noted article's words" if self.share is not None \
                else "it holds the passages these notes were written on"
            return f"{name} is the article these notes were written on ({held})."
        if self.share is not None:
            return (f"{name} is not the article these notes were written on: it holds only {self.share:.0%} of "
                    "that article's words (another article, or another outlet's copy of the story). "
                    "The notes were left as they were.")
        return (f"{name} is not the article these notes were written on: most of the noted passages are not "
                "in it. The notes were left as they were.")


def judge(notes: Sequence[Note], article: Article, settings: NotesSettings = DEFAULT.notes) -> Verdict:
    """Is ``article`` the one ``notes`` were written on, moved and perhaps edited? By the sketch the
    notes keep of their article when they have one (most of its words: the same rule as
    ``store.belongs_to``), else by the notes' own passages with their context (identity.recognition),
    which another outlet's copy of a wire story rarely holds whole."""
    ref = article_ref(article)
    if any(n.article.fingerprint == ref.fingerprint for n in notes):
        return Verdict(True, 1.0, "text")
    sketches = {n.article.fingerprint: h for n in notes if (h := read_sketch(n.article.sketch))}
    if sketches:
        grams = stable_shingles(article.text)
        share = max(resemblance(h, grams) for h in sketches.values())
        return Verdict(share >= settings.min_same_article, share, "sketch")
    longest = sorted(notes, key=lambda n: -len(n.quote.exact))[: settings.sample_notes_per_article]
    samples = [TextQuote(n.quote.exact, n.quote.prefix, n.quote.suffix) for n in longest]
    titled = any(same_title(n.article.title, article.title) for n in notes)
    score = recognition(samples, shingles(article.text), titled, settings)
    return Verdict(score is not None, None, "notes")
