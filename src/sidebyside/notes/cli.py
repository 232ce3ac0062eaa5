"""``sidebyside notes add|list|export|import`` (CONTRACT.md). Errors are NotesError: exit 2."""

from __future__ import annotations

import argparse
import json
import re
import sys

from sidebyside.errors import NotesError
from sidebyside.model import Article
from sidebyside.notes.export import from_jsonld, to_jsonld, to_markdown
from sidebyside.notes.model import note_to_json
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
        raise NotesError(f"quote not found in the article: {quote!r}")
    if occurrence > len(matches):
        raise NotesError(f"the quote occurs {len(matches)} time(s) in the article, not {occurrence}: {quote!r}")
    match = matches[occurrence - 1]
    return match.start(), match.end()


def _article(path: str) -> Article:
    from sidebyside.extract import extract_path

    return extract_path(path)


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _warn(store: NoteStore) -> None:
    for warning in store.warnings:
        sys.stderr.write(f"sidebyside: warning: {warning}\n")


def run(args: argparse.Namespace) -> int:
    store = NoteStore()
    _warn(store)
    try:
        return _COMMANDS[args.notes_command](store, args)
    finally:
        store.close()


def _add(store: NoteStore, args: argparse.Namespace) -> int:
    article = _article(args.path)
    start, end = find_quote(article.text, args.quote, args.occurrence)
    note = store.add(article, start, end, body=args.body, tags=args.tags or ())
    _print_json(note_to_json(note))
    return 0


def _list(store: NoteStore, args: argparse.Namespace) -> int:
    article = _article(args.path)
    _print_json([note_to_json(n) for n in store.notes_for(article)])
    return 0


def _export(store: NoteStore, args: argparse.Namespace) -> int:
    notes = store.notes_for(_article(args.path)) if args.path else store.all_notes()
    if args.format == "markdown":
        sys.stdout.write(to_markdown(notes))
    else:
        _print_json(to_jsonld(notes))
    return 0


def _import(store: NoteStore, args: argparse.Namespace) -> int:
    try:
        with open(args.file, encoding="utf-8") as fh:
            data = json.load(fh)
    except OSError as exc:
        raise NotesError(f"cannot read: {exc.strerror or exc}", args.file) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise NotesError(f"not JSON: {exc}", args.file) from None
    try:
        notes = from_jsonld(data)
    except NotesError as exc:
        raise NotesError(exc.reason, args.file) from None
    added, updated = store.put_many(notes)
    _print_json({"imported": len(notes), "added": added, "updated": updated,
                 "unchanged": len(notes) - added - updated})
    return 0


_COMMANDS = {"add": _add, "list": _list, "export": _export, "import": _import}
