"""The publication's name in a text capture."""

from __future__ import annotations

import re

from sidebyside.extract import text_cues as cues
from sidebyside.extract.text_lines import BLANK, FURNITURE, PROMO, SHORT, Line


# "© 2024 Name", "Copyright © 2019 Name", "Copyright 2019 Name" (not "Copyright Policy")
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*)?(?:(?:©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?|copyright\s+\d{4}(?:\s*[-–]\s*\d{4})?)"
    r"\s*(?P<name>[^.|,]{2,60})",
    re.I,
)
_RESERVED = re.compile(r"^(?P<name>[^.|©]{2,60}?)[.,]?\s*all rights reserved", re.I)
_SUPPORT = re.compile(
    r"^(?:support|subscribe to|donate to|join)\s+(?P<name>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s*[!.]?$",
    re.I,
)
_NAMING_STARTS = ("support", "subscribe", "donate", "join", "©", "(c)", "copyright")
_NAMING_FIRST = frozenset("SsDdJj©(Cc")
_NAME_SHAPE = re.compile(r"^(?:The\s+)?[A-Z0-9][\w'’&.\-]*(?:\s+(?:[A-Z0-9&][\w'’&.\-]*|of|de|the|and)){0,5}$")


def find_outlet(lines: list[Line], first: int, end: int | None, authors: tuple[str, ...] = ()) -> str | None:
    """The publication's name: a short name line repeated before and after the article, or
    the name in a "Support X" appeal or a copyright line that the page mentions again.
    A name credited as the author is the outlet only when it also opens the page (a masthead)."""
    end = end if end is not None else len(lines) - 1
    top = [ln.text for ln in lines[:50] if ln.kind != BLANK][:3]  # a masthead opens the page
    people = set(authors) - set(top)
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    for ln in lines:
        if ln.words > 6 or ln.kind not in (SHORT, FURNITURE, PROMO) or ln.bullet or ln.text[-1] in ".!?":
            continue
        if not _NAME_SHAPE.match(ln.text):
            continue
        if cues.is_furniture(ln.text) or cues.is_promo_header(ln.text):
            continue
        if ln.index < first:
            before[ln.text] = before.get(ln.text, 0) + 1
        elif ln.index > end:
            after[ln.text] = after.get(ln.text, 0) + 1
    both = [(before[t] + after[t], t) for t in before if t in after and t.count(" ") >= 1]
    both = [(n, t) for n, t in both if n >= 3 and t not in people]  # thrice is a masthead, twice a button
    if both:
        return max(both)[1]
    named = []
    for ln in lines:
        if ln.weight > 200 or ln.kind == BLANK:
            continue
        text = ln.text
        if text[0] not in _NAMING_FIRST and "eserved" not in text and "ESERVED" not in text:
            continue
        low = ln.text.lower()
        if not (low.startswith(_NAMING_STARTS) or "all rights reserved" in low):
            continue
        for pattern in (_SUPPORT, _COPYRIGHT, _RESERVED):
            match = pattern.match(ln.text)
            if match:
                name = match.group("name").strip(" .,!-–|")
                name = re.sub(r"^\d{4}\s*", "", name).strip()
                if name and _NAME_SHAPE.match(name) and not cues.is_furniture(name):
                    named.append(name)
    if not named:
        return None
    named = list(dict.fromkeys(named))[:20]
    content = "\n".join(ln.text for ln in lines if ln.kind != BLANK)
    counted = [(content.count(name), -k, name) for k, name in enumerate(named)]
    best = max(counted)
    return best[2] if best[0] >= 2 else None
