"""Notes out and back in: W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/) and Markdown.

Each note becomes an ``Annotation`` whose body is a commenting ``TextualBody`` (plus one tagging
``TextualBody`` per tag) and whose target names the article (``source``: its URL, else its file
URI) with a TextQuoteSelector and a TextPositionSelector. What the model has no term for (the
article's fingerprint, path and title, the note's category and colour) goes under the
``sidebyside:`` prefix declared in the context, so other annotation tools can ignore it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable
from urllib.parse import unquote, urlparse

from sidebyside.errors import NotesError
from sidebyside.notes.anchoring import TextQuote
from sidebyside.notes.model import ArticleRef, Note, now_iso

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
SBS = "sidebyside"
SBS_CONTEXT = {SBS: "urn:sidebyside:notes:"}


def _uri_of(ref: ArticleRef) -> str:
    if ref.url:
        return ref.url
    if ref.path:
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


# --------------------------------------------------------------------------- import


def _annotations(data: Any) -> list[dict[str, Any]]:
    """Accept a collection (embedded first page), a page, a list, or one annotation."""
    if isinstance(data, list):
        return [a for a in data if isinstance(a, dict)]
    if not isinstance(data, dict):
        raise NotesError("not a Web Annotation document (expected a JSON object or array)")
    kind = data.get("type")
    if kind == "AnnotationCollection":
        first = data.get("first")
        return _annotations(first) if isinstance(first, (dict, list)) else []
    if kind == "AnnotationPage":
        items = data.get("items") or []
        pages = [a for a in items if isinstance(a, dict)]
        nxt = data.get("next")
        return pages + (_annotations(nxt) if isinstance(nxt, dict) else [])
    if kind == "Annotation":
        return [data]
    raise NotesError(f"not a Web Annotation document (type {kind!r})")


def _note_id(raw: Any) -> str:
    import uuid  # here: the app imports this module at start-up, and uuid imports platform

    text = str(raw or "")
    for prefix in ("urn:uuid:",):
        if text.startswith(prefix):
            text = text[len(prefix):]
    try:
        return str(uuid.UUID(text))
    except ValueError:
        # A foreign annotation id (e.g. an https URL): derive a stable UUID so re-import is idempotent.
        return str(uuid.uuid5(uuid.NAMESPACE_URL, text))


def _path_from_source(source: str | None) -> str | None:
    if source and source.startswith("file:"):
        return unquote(urlparse(source).path)
    return None


def from_annotation(data: dict[str, Any]) -> Note:
    """One Annotation back into a Note (anchored as exported); NotesError when it cannot be."""
    target = data.get("target")
    if isinstance(target, list):
        target = next((t for t in target if isinstance(t, dict)), None)
    if not isinstance(target, dict):
        raise NotesError("annotation without a target object")
    selectors = target.get("selector") or []
    if isinstance(selectors, dict):
        selectors = [selectors]
    quote = position = None
    for sel in selectors:
        if not isinstance(sel, dict):
            continue
        if sel.get("type") == "TextQuoteSelector" and isinstance(sel.get("exact"), str):
            quote = TextQuote(sel["exact"], str(sel.get("prefix") or ""), str(sel.get("suffix") or ""))
        elif sel.get("type") == "TextPositionSelector":
            try:
                position = (int(sel["start"]), int(sel["end"]))
            except (KeyError, TypeError, ValueError):
                position = None
    if quote is None or not quote.exact:
        raise NotesError("annotation without a TextQuoteSelector")
    source = target.get("source") if isinstance(target.get("source"), str) else None
    path = target.get(f"{SBS}:path") or _path_from_source(source)
    url = source if source and not source.startswith(("file:", "urn:")) else None
    fingerprint = target.get(f"{SBS}:fingerprint")
    if not fingerprint and source and source.startswith("urn:sha256:"):
        fingerprint = source[len("urn:sha256:"):]
    bodies = data.get("body") or []
    if isinstance(bodies, (dict, str)):
        bodies = [bodies]
    comments, tags = [], []
    for body in bodies:
        if isinstance(body, str):
            comments.append(body)
        elif isinstance(body, dict) and isinstance(body.get("value"), str):
            (tags if body.get("purpose") == "tagging" else comments).append(body["value"])
    created = str(data.get("created") or data.get("modified") or now_iso())
    modified = str(data.get("modified") or created)
    if position is None:
        position = (0, 0)  # unknown: re-anchoring finds it by its quote
    return Note(
        id=_note_id(data.get("id")),
        article=ArticleRef(str(fingerprint or ""), url, path, target.get(f"{SBS}:title")),
        quote=quote,
        position=position,
        body="\n\n".join(comments),
        tags=tuple(dict.fromkeys(t for t in tags if t)),
        created=created,
        modified=modified,
        category=data.get(f"{SBS}:category"),
        colour=data.get(f"{SBS}:colour"),
        start=position[0],
        end=position[1],
        anchor="exact",
    )


def from_jsonld(data: Any) -> list[Note]:
    return [from_annotation(a) for a in _annotations(data)]


# --------------------------------------------------------------------------- markdown


def _quote_block(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.splitlines() or [""])


def to_markdown(notes: Iterable[Note]) -> str:
    """Notes grouped by article (title, then where it came from), in reading order."""
    groups: dict[str, list[Note]] = {}
    for note in notes:
        groups.setdefault(note.article.fingerprint, []).append(note)
    out = ["# Notes", ""]
    for group in groups.values():
        ref = group[0].article
        out.append(f"## {ref.title or ref.url or (Path(ref.path).name if ref.path else 'Untitled article')}")
        out.append("")
        if ref.url:
            out.append(f"- URL: <{ref.url}>")
        if ref.path:
            out.append(f"- File: `{ref.path}`")
        out.append(f"- Fingerprint: `{ref.fingerprint[:16]}`")
        out.append("")
        group.sort(key=lambda n: (n.start is None, n.start if n.start is not None else 0, n.created))
        for note in group:
            out.append(_quote_block(note.quote.exact))
            out.append("")
            if note.body:
                out.append(note.body)
                out.append("")
            meta = [f"*{note.created}*"]
            if note.anchor != "exact":
                meta.append(f"anchor: {note.anchor}")
            if note.category:
                meta.append(f"category: {note.category}")
            if note.tags:
                meta.append("tags: " + ", ".join(f"`{t}`" for t in note.tags))
            out.append(" · ".join(meta))
            out.append("")
    return "\n".join(out).rstrip() + "\n"
