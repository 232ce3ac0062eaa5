"""The markup the hand-written speaker tune sets are written in, read once for all of them.

A quotation's words are written ``{{LABEL|words}}`` inside the page's own quotation marks; LABEL
is the speaker as the article states it (``Name/Other name`` adds the names the article also
uses, ``accept``), ``-`` when nobody is said to speak the words, ``~description:head,head`` for an
unnamed source, and a leading ``!`` marks an implied quotation. The blind written sets list their
quotations beside the text instead (``placed_quotes``).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

_MARK = re.compile(r"\{\{([^|{}]*)\|([^{}]*)\}\}")


def label(text: str) -> dict:
    """The gold fields a LABEL stands for."""
    implied = text.startswith("!")
    text = text.lstrip("!")
    out: dict = {"speaker": None, "implied": implied}
    if text == "-":
        return out
    if text.startswith("~"):
        description, heads = text[1:].split(":")
        out["speaker"] = description
        out["unnamed"] = heads.split(",")
        return out
    names = text.split("/")
    out["speaker"] = names[0]
    if names[1:]:
        out["accept"] = names[1:]
    return out


def build_article(ident: str, language: str, batch: str, marked: str, order: int) -> dict:
    """One article of a set: its text without the markup, each quotation at its offsets."""
    text, quotes, length, pos = [], [], 0, 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        text.append(before)
        length += len(before)
        words = m.group(2)
        quotes.append({"start": length, "end": length + len(words), "text": words, **label(m.group(1))})
        text.append(words)
        length += len(words)
        pos = m.end()
    text.append(marked[pos:])
    whole = "".join(text)
    assert "{{" not in whole and "}}" not in whole, ident
    for q in quotes:
        assert whole[q["start"] : q["end"]] == q["text"]
    return {"id": ident, "language": language, "batch": batch, "order": order, "text": whole, "quotes": quotes}


def placed_quotes(ident: str, text: str, labelled: list[tuple[str, str | None, dict]]) -> list[dict]:
    """The blind written sets' quotations (written_languages.py, written_english.py), given as
    (quoted words, speaker, extra gold fields) in reading order, at their offsets in the text; a
    named speaker of two words or more is also accepted by the last of them (a CJK name is one
    word: nothing to add; an unnamed source keeps its own heads)."""
    quotes, pos = [], 0
    for words, speaker, extra in labelled:
        start = text.find(words, pos)
        if start < 0:
            raise SystemExit(f"{ident}: not found {words!r}")
        quote = {"start": start, "end": start + len(words), "text": words, "speaker": speaker, "implied": False}
        if speaker and len(speaker.split()) >= 2 and not extra.get("unnamed"):
            quote["accept"] = [speaker.split()[-1]]
        quote.update(extra)
        quotes.append(quote)
        pos = start + len(words)
    return quotes


def write_set(out: Path, articles: list[dict], about: str) -> None:
    """Write the set; ``about`` may name ``{digest}``, a hash of the articles' content."""
    digest = hashlib.sha1(json.dumps(articles, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:12]
    doc = {"about": about.format(digest=digest), "articles": articles}
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    stated = sum(1 for a in articles for q in a["quotes"] if q["speaker"] and not q["implied"])
    unstated = sum(1 for a in articles for q in a["quotes"] if not q["speaker"])
    print(f"{len(articles)} articles, {stated} stated quotations, {unstated} nobody speaks -> {out}")
