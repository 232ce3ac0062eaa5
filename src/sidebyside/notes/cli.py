"""``sidebyside notes add|list|export|import|delete`` (CONTRACT.md). Errors are NotesError: exit 2."""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import replace

from sidebyside.console import print_json, print_json_array, warn
from sidebyside.display import one_line
from sidebyside.errors import NotesError, SideBySideError
from sidebyside.model import Article
from sidebyside.notes.elsewhere import file_state, missing
from sidebyside.notes.export import read_export, to_markdown, write_jsonld
from sidebyside.notes.model import Note, article_ref, canonical_path, note_to_json
from sidebyside.notes.store import NoteStore


# Characters a keyboard types one way and typesetting another.
_LOOKALIKES = ("'‘’ʼ′", '"“”„«»', "-‐‑‒–—−")


def _loose(word: str) -> str:
    parts = []
    for ch in word:
        family = next((f for f in _LOOKALIKES if ch in f), None)
        parts.append("[" + re.escape(family) + "]" if family else re.escape(ch))
    return "".join(parts)


def find_quote(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Span of the Nth occurrence of ``quote``; whitespace in the quote matches any whitespace run,
    since a quote typed on a command line rarely keeps the article's line breaks, and when that finds
    nothing, straight quotes and hyphens also match their typographic forms."""
    if occurrence < 1:
        raise NotesError("--occurrence counts from 1")
    words = quote.split()
    if not words:
        raise NotesError("the quote is empty")
    matches = list(re.finditer(r"\s+".join(re.escape(w) for w in words), text))
    if not matches:  # typed straight quotes or hyphens where the article has typographic ones
        matches = list(re.finditer(r"\s+".join(_loose(w) for w in words), text))
    if not matches:
        raise NotesError(f"quote not found in the article: {one_line(repr(quote))}")
    if occurrence > len(matches):
        raise NotesError(f"the quote occurs {len(matches)} time(s) in the article, not {occurrence}: "
                         f"{one_line(repr(quote))}")
    match = matches[occurrence - 1]
    return match.start(), match.end()


def _article(path: str) -> Article:
    from sidebyside.extract import extract_path

    return extract_path(path)


def run(args: argparse.Namespace) -> int:
    store = NoteStore()
    for warning in store.warnings:  # e.g. a damaged store was moved aside: say so every time it happens
        warn(warning)
    try:
        return _COMMANDS[args.notes_command](store, args)
    finally:
        store.close()


def _add(store: NoteStore, args: argparse.Namespace) -> int:
    article = _article(args.path)
    try:
        start, end = find_quote(article.text, args.quote, args.occurrence)
    except NotesError as exc:  # named with its file: which article the quote was looked for in
        raise NotesError(exc.reason, args.path) from None
    note = store.add(article, start, end, body=args.body, tags=args.tags or ())
    print_json(note_to_json(note))
    return 0


def _notes(store: NoteStore, args: argparse.Namespace) -> list[Note]:
    """PATH's notes: those that belong to it (``belongs_to``, the rule of the app's Notes tab and
    of the report) among the articles named with --beside and the articles, still in their files,
    that the other notes its words find were written on. Another outlet's copy of a wire story
    reads to the store as the noted article edited; while the noted article is there to hold its
    note, the note is not listed on the copy. A note whose article is gone (moved and edited)
    stays PATH's."""
    article = _article(args.path)
    beside = [_article(path) for path in getattr(args, "beside", None) or ()]
    beside += _written_on(store, article, beside)
    return store.notes_for(article, beside=beside)


def _written_on(store: NoteStore, article: Article, named: list[Article]) -> list[Article]:
    """The articles, other than ``article`` and those ``named``, that notes found by its words
    were written on and that their files still hold (read again: the rule weighs them). Only
    for notes stored before sketches: a note keeping its article's sketch is weighed by it,
    without the file, as the app and the report weigh it."""
    own = article_ref(article)
    known = {own.path, *(canonical_path(a.source.path) for a in named)}
    found = []
    for note in store.notes_for(article, beside=named):
        path = note.article.path
        if note.article.finds(own) or note.article.sketch or not path or path in known:
            continue
        known.add(path)
        if not os.path.isfile(path):
            continue
        try:
            found.append(_article(path))
        except SideBySideError:  # no longer a readable capture: the note stays where it was found
            continue
    return found


def _listed(note: Note) -> dict:
    """A Note as CONTRACT.md gives it, plus ``article.file``: whether the file the article was read
    from is still there ("found", "missing", or "no-file" when none was stored)."""
    data = note_to_json(note)
    data["article"]["file"] = file_state(note.article.path)
    return data


def _list(store: NoteStore, args: argparse.Namespace) -> int:
    if getattr(args, "missing", False):
        if args.path or args.beside:
            raise NotesError("--missing lists the notes of every article whose file is gone: give no PATH or --beside")
        # No article to place them in: unplaced (start and end null), as the app lists them.
        print_json_array(_listed(replace(n, start=None, end=None, anchor="orphan"))
                         for n in missing(store.all_notes()))
        return 0
    if not args.path:
        raise NotesError("give the PATH of the article whose notes to list (or --missing for the notes "
                         "whose article's file is gone)")
    print_json_array(_listed(n) for n in _notes(store, args))
    return 0


def _export(store: NoteStore, args: argparse.Namespace) -> int:
    if getattr(args, "beside", None) and not args.path:
        raise NotesError("--beside needs the PATH of the article whose notes to export")
    if getattr(args, "missing", False):
        if args.path:
            raise NotesError("--missing exports the notes of every article whose file is gone: give no PATH")
        notes = missing(store.all_notes())
    else:
        notes = _notes(store, args) if args.path else store.all_notes()
    if args.format == "markdown":
        sys.stdout.write(to_markdown(notes))
    else:
        write_jsonld(notes, sys.stdout)
    return 0


def _import(store: NoteStore, args: argparse.Namespace) -> int:
    """All or nothing: a file that is not an export, or holds one annotation that cannot be a
    note, imports nothing and says which annotation and why."""
    warnings: list[str] = []
    notes = read_export(args.file, store.settings, warnings)
    added, updated = store.put_many(notes)
    for warning in dict.fromkeys(warnings):
        warn(f"{args.file}: {warning}")
    print_json({"imported": len(notes), "added": added, "updated": updated,
                "unchanged": len(notes) - added - updated})
    return 0


def _delete(store: NoteStore, args: argparse.Namespace) -> int:
    """Remove notes for good: the way out for a note that should never have been imported."""
    ids = [i.removeprefix("urn:uuid:") for i in args.ids]
    removed = store.remove(ids)
    if removed < len(set(ids)):
        missing = sorted(set(ids) - {n.id for n in store.all_notes(include_deleted=True)})
        if missing:
            warn(f"no note with id {', '.join(missing[:5])}")
    print_json({"deleted": removed})
    return 0


_COMMANDS = {"add": _add, "list": _list, "export": _export, "import": _import, "delete": _delete}
