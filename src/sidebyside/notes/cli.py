"""``sidebyside notes add|list|export|import|delete`` (CONTRACT.md). Errors are NotesError: exit 2."""

from __future__ import annotations

import argparse
import re
import sys

from sidebyside.console import print_json, print_json_array, warn
from sidebyside.display import one_line
from sidebyside.errors import NotesError
from sidebyside.model import Article
from sidebyside.notes.export import read_export, to_markdown, write_jsonld
from sidebyside.notes.model import Note, note_to_json
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
    start, end = find_quote(article.text, args.quote, args.occurrence)
    note = store.add(article, start, end, body=args.body, tags=args.tags or ())
    print_json(note_to_json(note))
    return 0


def _notes(store: NoteStore, args: argparse.Namespace) -> list[Note]:
    """PATH's notes; with --beside, only those that belong to it among the articles named
    (the rule of the app's Notes tab and of the report: ``NoteStore.notes_shown``)."""
    article = _article(args.path)
    beside = [_article(path) for path in getattr(args, "beside", None) or ()]
    return store.notes_for(article, beside=beside)


def _list(store: NoteStore, args: argparse.Namespace) -> int:
    print_json_array(note_to_json(n) for n in _notes(store, args))
    return 0


def _export(store: NoteStore, args: argparse.Namespace) -> int:
    if getattr(args, "beside", None) and not args.path:
        raise NotesError("--beside needs the PATH of the article whose notes to export")
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
