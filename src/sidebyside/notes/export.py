"""Notes out and back in: W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/) and Markdown.

Each note becomes an ``Annotation`` whose body is a commenting ``TextualBody`` (plus one tagging
``TextualBody`` per tag) and whose target names the article (``source``: its URL, else its file
URI) with a TextQuoteSelector and a TextPositionSelector. What the model has no term for (the
article's fingerprint, path, title and sketch, the note's category and colour) goes under the
``sidebyside:`` prefix declared in the context, so other annotation tools can ignore it: the
model lets a resource (here the target, which describes the article) carry further properties.
"""

from __future__ import annotations

import functools
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable, TextIO
from urllib.parse import unquote, urlparse

from sidebyside.display import display_path, one_line, printable
from sidebyside.errors import NotesError
from sidebyside.notes.anchoring import TextQuote
from sidebyside.notes.identity import valid_sketch
from sidebyside.notes.model import ArticleRef, Note, now_iso
from sidebyside.safeio import ReadRefused, parse_json, paused_gc, read_bounded
from sidebyside.settings import DEFAULT, NotesSettings

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
SBS = "sidebyside"
SBS_CONTEXT = {SBS: "urn:sidebyside:notes:"}


def _uri_of(ref: ArticleRef) -> str:
    if ref.url:
        return ref.url
    if ref.path and ref.path.startswith("/"):  # a path from another system has no file URI here
        return Path(ref.path).as_uri()
    return f"urn:sha256:{ref.fingerprint}"


def to_annotation(note: Note) -> dict[str, Any]:
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "value": note.body, "purpose": "commenting", "format": "text/plain"}
    ]
    body += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in note.tags]
    start, end = note.position
    annotation: dict[str, Any] = {
        "id": f"urn:uuid:{note.id}",
        "type": "Annotation",
        "motivation": "commenting",
        "created": note.created,
        "modified": note.modified,
        "body": body,
        "target": {
            "source": _uri_of(note.article),
            "selector": [
                {"type": "TextQuoteSelector", "exact": note.quote.exact,
                 "prefix": note.quote.prefix, "suffix": note.quote.suffix},
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
            f"{SBS}:fingerprint": note.article.fingerprint,
            f"{SBS}:path": note.article.path,
            f"{SBS}:title": note.article.title,
        },
    }
    if note.article.sketch:
        annotation["target"][f"{SBS}:sketch"] = note.article.sketch
    if note.article.outlet:
        annotation["target"][f"{SBS}:outlet"] = note.article.outlet
    if note.category:
        annotation[f"{SBS}:category"] = note.category
    if note.colour:
        annotation[f"{SBS}:colour"] = note.colour
    return annotation


def to_jsonld(notes: Iterable[Note]) -> dict[str, Any]:
    """An AnnotationCollection with every note on its one page."""
    items = [to_annotation(n) for n in notes]
    return {
        "@context": [ANNO_CONTEXT, SBS_CONTEXT],
        "type": "AnnotationCollection",
        "label": "SideBySide notes",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def write_jsonld(notes: list[Note], out: TextIO) -> None:
    """``to_jsonld(notes)`` written one annotation at a time, each on a line of its own, so a
    store of 100,000 notes is never held as one document or one string (and the C encoder,
    which indenting would bypass, writes each line)."""
    head = to_jsonld([])
    head["total"] = len(notes)
    text = json.dumps(head, ensure_ascii=False, indent=2)
    before, after = text.split('"items": []')
    out.write(before + '"items": [')
    for i, note in enumerate(notes):
        item = json.dumps(to_annotation(note), ensure_ascii=False)
        out.write(("," if i else "") + "\n      " + printable(item))
    out.write(("\n    ]" if notes else "]") + after + "\n")


# --------------------------------------------------------------------------- import
#
# An import is all or nothing: the first annotation that cannot be a note stops it with a
# NotesError saying which one and why (the caller adds the file name), and nothing is stored.
# Types are checked where the model leaves no choice (a quote is text, a position a whole
# number); where exports differ in good faith (a body as text, object or list) any form is read.
# A file path from another system (C:\\..., or relative) is dropped with a warning: the note is
# still found by its fingerprint, URL or text.

_SURROGATES = re.compile("[\ud800-\udfff]")
_HEX64 = re.compile("[0-9a-f]{64}")
_WINDOWS_PATH = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")
_UUID = re.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _annotations(data: Any) -> list[dict[str, Any]]:
    """Accept a collection (embedded first page), a page, a list, or one annotation.
    Pages chained by ``next`` are followed without recursion (a chain can be long)."""
    if isinstance(data, list):
        return [a for a in data if isinstance(a, dict)]
    if not isinstance(data, dict):
        raise NotesError("not a Web Annotation document (expected a JSON object or array)")
    kind = data.get("type")
    if kind == "AnnotationCollection":
        first = data.get("first")
        if isinstance(first, list):
            return [a for a in first if isinstance(a, dict)]
        data = first if isinstance(first, dict) else {"type": "AnnotationPage", "items": []}
        kind = data.get("type", "AnnotationPage")
    if kind == "AnnotationPage":
        found: list[dict[str, Any]] = []
        page: Any = data
        while isinstance(page, dict):
            items = page.get("items") or []
            if not isinstance(items, list):
                raise NotesError("an AnnotationPage's items are not a list")
            found += [a for a in items if isinstance(a, dict)]
            page = page.get("next")
        return found
    if kind == "Annotation":
        return [data]
    raise NotesError(f"not a Web Annotation document (type {one_line(repr(kind))[:80]})")


def _text(value: Any, what: str, optional: bool = True) -> str | None:
    """A string field: None when absent and optional; NotesError for any other type or for a lone
    surrogate (not a character: no file, database or screen can hold it)."""
    if type(value) is str and value.isascii():  # the common case, checked first: imports can be big
        return value
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise NotesError(f"{what} is {type(value).__name__}, not text")
    if not value.isascii() and _SURROGATES.search(value):
        raise NotesError(f"{what} holds an invalid character (a lone UTF-16 surrogate)")
    return value


def _position(value: Any, what: str, limits: NotesSettings) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= limits.max_position:
        raise NotesError(f"{what} is {one_line(repr(value))[:40]}, not a position in an article")
    return value


@functools.lru_cache(maxsize=4096)  # an export's notes share few distinct times
def _is_iso_time(text: str) -> bool:
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _time(value: Any, what: str) -> str | None:
    text = _text(value, what)
    if text is not None and not _is_iso_time(text):
        raise NotesError(f"{what} is {one_line(repr(text))[:60]}, not an ISO 8601 date and time")
    return text


def _local_path(value: Any, warnings: list[str] | None) -> str | None:
    """An absolute path on this system, or None (with a warning when one was given)."""
    path = _text(value, "sidebyside:path")
    if not path:
        return None
    if path.startswith("/") and not _WINDOWS_PATH.match(path):
        return path
    if warnings is not None:
        kind = "a path from another system" if _WINDOWS_PATH.match(path) else "a relative path"
        warnings.append(f"a note's article has {kind} ({display_path(path)}); it is kept without it "
                        "and found by its fingerprint, URL or text")
    return None


def _note_id(raw: Any) -> str:
    import uuid  # here: the app imports this module at start-up, and uuid imports platform

    text = _text(raw, "id") or ""
    if text.startswith("urn:uuid:"):
        text = text[len("urn:uuid:"):]
    if _UUID.fullmatch(text):  # ours, as exported: already canonical
        return text
    try:
        return str(uuid.UUID(text))
    except ValueError:
        # A foreign annotation id (e.g. an https URL): derive a stable UUID so re-import is idempotent.
        return str(uuid.uuid5(uuid.NAMESPACE_URL, text))


def _path_from_source(source: str | None) -> str | None:
    if source and source.startswith("file:"):
        return unquote(urlparse(source).path)
    return None


def from_annotation(data: Any, limits: NotesSettings = DEFAULT.notes, warnings: list[str] | None = None) -> Note:
    """One Annotation back into a Note (anchored as exported); NotesError when it cannot be."""
    if not isinstance(data, dict):
        raise NotesError("an annotation is not a JSON object")
    target = data.get("target")
    if isinstance(target, list):
        target = next((t for t in target if isinstance(t, dict)), None)
    if not isinstance(target, dict):
        raise NotesError("annotation without a target object")
    selectors = target.get("selector") or []
    if isinstance(selectors, dict):
        selectors = [selectors]
    if not isinstance(selectors, list):
        raise NotesError("the target's selector is neither an object nor a list")
    quote = position = None
    for sel in selectors:
        if not isinstance(sel, dict):
            continue
        if sel.get("type") == "TextQuoteSelector":
            exact = _text(sel.get("exact"), "the quote")
            if exact:
                quote = TextQuote(exact, _text(sel.get("prefix"), "the quote's prefix") or "",
                                  _text(sel.get("suffix"), "the quote's suffix") or "")
        elif sel.get("type") == "TextPositionSelector" and ("start" in sel or "end" in sel):
            start = _position(sel.get("start"), "the start position", limits)
            end = _position(sel.get("end"), "the end position", limits)
            if end < start:
                raise NotesError(f"the passage ends ({end}) before it starts ({start})")
            position = (start, end)
    if quote is None:
        raise NotesError("annotation without a TextQuoteSelector")
    source = target.get("source") if isinstance(target.get("source"), str) else None
    source = _text(source, "the target's source")
    path = _local_path(target.get(f"{SBS}:path"), warnings) if target.get(f"{SBS}:path") is not None else (
        _local_path(_path_from_source(source), warnings))
    url = source if source and not source.startswith(("file:", "urn:")) else None
    fingerprint = _text(target.get(f"{SBS}:fingerprint"), "sidebyside:fingerprint")
    if not fingerprint and source and source.startswith("urn:sha256:"):
        fingerprint = source[len("urn:sha256:"):]
    if fingerprint and not _HEX64.fullmatch(fingerprint):
        fingerprint = None  # not one of ours: the note is found by URL, path or text instead
    bodies = data.get("body") or []
    if isinstance(bodies, (dict, str)):
        bodies = [bodies]
    if not isinstance(bodies, list):
        raise NotesError(f"the body is {type(bodies).__name__}, not text, an object or a list")
    comments, tags = [], []
    for body in bodies:
        if isinstance(body, str):
            comments.append(_text(body, "the body"))
        elif isinstance(body, dict) and body.get("value") is not None:
            value = _text(body.get("value"), "a body's value")
            (tags if body.get("purpose") == "tagging" else comments).append(value)
    created = _time(data.get("created"), "created") or _time(data.get("modified"), "modified") or now_iso()
    modified = _time(data.get("modified"), "modified") or created
    if position is None:
        position = (0, 0)  # unknown: re-anchoring finds it by its quote
    return Note(
        id=_note_id(data.get("id")),
        article=ArticleRef(fingerprint or "", url, path, _text(target.get(f"{SBS}:title"), "sidebyside:title"),
                           # not one of ours: the note goes by its words alone, as one stored before sketches
                           valid_sketch(_text(target.get(f"{SBS}:sketch"), "sidebyside:sketch")),
                           _text(target.get(f"{SBS}:outlet"), "sidebyside:outlet")),
        quote=quote,
        position=position,
        body="\n\n".join(comments),
        tags=tuple(dict.fromkeys(t for t in tags if t)) if tags else (),
        created=created,
        modified=modified,
        category=_text(data.get(f"{SBS}:category"), "sidebyside:category"),
        colour=_colour(data.get(f"{SBS}:colour")),
        start=position[0],
        end=position[1],
        anchor="exact",
    )


_COLOUR = re.compile(r"#[0-9A-Fa-f]{3}(?:[0-9A-Fa-f]{3}(?:[0-9A-Fa-f]{2})?)?|[A-Za-z]{1,24}")


def _colour(value: Any) -> str | None:
    colour = _text(value, "sidebyside:colour")
    if colour is not None and not _COLOUR.fullmatch(colour):
        raise NotesError(f"sidebyside:colour is {one_line(repr(colour))[:40]}, not a colour")
    return colour


def from_jsonld(data: Any, limits: NotesSettings = DEFAULT.notes, warnings: list[str] | None = None) -> list[Note]:
    """Every annotation of a document as a Note; NotesError naming the first one that is not one."""
    items = _annotations(data)
    if len(items) > limits.max_import_annotations:
        raise NotesError(f"{len(items):,} annotations; at most {limits.max_import_annotations:,} are read at once")
    notes = []
    for number, item in enumerate(items, 1):
        try:
            notes.append(from_annotation(item, limits, warnings))
        except NotesError as exc:
            raise NotesError(f"annotation {number:,}: {exc.reason}") from None
    return notes


def read_export(path: str, limits: NotesSettings = DEFAULT.notes, warnings: list[str] | None = None) -> list[Note]:
    """The notes of a JSON-LD export file, read bounded (never a FIFO, a device or a giant)."""
    try:
        data = read_bounded(path, limits.max_import_bytes)
    except ReadRefused as why:
        raise NotesError(f"cannot read: {why}", path) from None
    try:
        data = parse_json(data)
        with paused_gc():
            return from_jsonld(data, limits, warnings)
    except ReadRefused as why:
        raise NotesError(str(why), path) from None
    except NotesError as exc:
        raise NotesError(exc.reason, path) from None


# --------------------------------------------------------------------------- markdown
#
# Markdown passes raw HTML through and makes links of [text](url) and <url>, so text from a note
# or an imported article (a body, a title, a tag) could put <script>, <img onerror=...> or a
# javascript: link into whatever renders the export. Every such text is escaped: < > [ ] and the
# backslash get a backslash (CommonMark shows them as themselves), line breaks inside a one-line
# field become spaces; file names, tags and fingerprints go in code spans fenced by more
# backticks than they hold; only http(s) URLs become links.

_MD_ESCAPE = re.compile(r"([\\<>\[\]`])")
_MD_HEADING = re.compile(r"^( {0,3})#", re.MULTILINE)
_SAFE_URL = re.compile(r"https?://[^\s<>]+\Z", re.IGNORECASE)


def md_text(text: str) -> str:
    """Text that any Markdown renderer shows as text: no HTML, no links, no images, and no line
    that starts a heading (a body's "## ..." must not pose as another article's section)."""
    return _MD_HEADING.sub(r"\1\\#", _MD_ESCAPE.sub(r"\\\1", printable(text)))


def md_line(text: str) -> str:
    """:func:`md_text` on one line (a heading or a list item must not be broken by a newline)."""
    return md_text(" ".join(text.split()))


def md_code(text: str) -> str:
    """A code span holding ``text`` verbatim, whatever backticks it contains."""
    text = " ".join(printable(text).split())
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def md_url(url: str) -> str:
    """An autolink for an http(s) URL; anything else (javascript:, data:...) as a code span."""
    return f"<{url}>" if _SAFE_URL.match(url) else md_code(url)


def _quote_block(text: str) -> str:
    return "\n".join("> " + md_text(line) if line else ">" for line in text.splitlines() or [""])


def _heading(ref: ArticleRef) -> str:
    if ref.title:
        return md_line(ref.title)
    if ref.url:
        return md_line(ref.url)
    if ref.path:
        return md_line(ref.path.replace("\\", "/").rsplit("/", 1)[-1])
    return "Untitled article"


def to_markdown(notes: Iterable[Note]) -> str:
    """Notes grouped by article (title, then where it came from), in reading order."""
    groups: dict[str, list[Note]] = {}
    for note in notes:
        groups.setdefault(note.article.fingerprint, []).append(note)
    out = ["# Notes", ""]
    for group in groups.values():
        ref = group[0].article
        out.append(f"## {_heading(ref)}")
        out.append("")
        if ref.url:
            out.append(f"- URL: {md_url(ref.url)}")
        if ref.path:
            out.append(f"- File: {md_code(ref.path)}")
        out.append(f"- Fingerprint: {md_code(ref.fingerprint[:16])}")
        out.append("")
        group.sort(key=lambda n: (n.start is None, n.start if n.start is not None else 0, n.created))
        for note in group:
            out.append(_quote_block(note.quote.exact))
            out.append("")
            if note.body:
                out.append(md_text(note.body))
                out.append("")
            meta = [f"*{md_line(note.created)}*"]
            if note.anchor != "exact":
                meta.append(f"anchor: {note.anchor}")
            if note.category:
                meta.append(f"category: {md_line(note.category)}")
            if note.tags:
                meta.append("tags: " + ", ".join(md_code(t) for t in note.tags))
            out.append(" · ".join(meta))
            out.append("")
    return "\n".join(out).rstrip() + "\n"
