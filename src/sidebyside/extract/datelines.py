"""A wire dateline opening a paragraph: the one reader of its parts ("WASHINGTON (AP) — ",
"ALVIK, June 2 (WNA) - ", "PORTLAND, Ore., March 3 — ", "Lemgo (dpa) - "), which the comparison
asks where it needs them: the place it names (entities: a place, not a body), what it tells between
the place and the dash (times: the day the story was filed, not the day it tells of) and where the
story's first words start (attribution: the sentence's own opening); and the one reader of the
source a dateline credits in brackets, with or without a dash after it ("(CNN)President ...",
"New Delhi, Nov 16 (PTI) President ..."), which the extractor's wire credit and the comparison's
outlets a text names itself ask. Both forms are written with the same parts."""

from __future__ import annotations

import re
from typing import NamedTuple

# A place in capitals ("GAZA CITY", "ST. LOUIS"), or in capitalised words when a source in brackets
# follows ("Lemgo (dpa)", "New Delhi, Nov 16 (PTI)"); then, after a comma, what the dateline tells
# (a state, a weekday, a date: no bracket, no dash, a short run); then perhaps the source in
# brackets (an agency, an outlet, which may write itself in lower case: "dpa"); then a dash and a
# space before the story's first words.
_PLACE = r"(?:(?P<capitals>[A-Z][A-Z.'’ -]*[A-Z.])|(?P<words>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}))"
_TOLD = r"(?:, (?P<told>[^\n()—–-]{1,30}?))?"
_SOURCE = r"\((?P<source>[A-Za-z][\w&./-]*(?:[ \t][A-Z][\w&./-]*){0,3})\)"
_DASH = r"[-–—]+"
_DATELINE = re.compile(rf"{_PLACE}{_TOLD}[ \t]*(?:{_SOURCE}[ \t]*)?{_DASH}[ \t\u00a0]")
# A source in brackets opening the line, after a place (and what it tells) or alone, a dash after
# it or none, before the story's first word ("(CNN)President", "Varna, Nov 20 (PTI) The")
_SOURCED = re.compile(rf"[ \t]*(?:{_PLACE}{_TOLD}[ \t]+)?{_SOURCE}[ \t]*(?:{_DASH}[ \t]*)?(?=[A-Z“\"])")


class Dateline(NamedTuple):
    """A dateline's parts as offsets into the text it was read from; ``told`` and ``source`` are
    (start, start) where the dateline has none."""

    place: tuple[int, int]  # "ALVIK"
    told: tuple[int, int]  # "June 2"
    source: tuple[int, int]  # "WNA", inside the brackets
    end: int  # the story's first character


def read_dateline(text: str, at: int) -> Dateline | None:
    """The dateline opening ``text`` at offset ``at`` (a paragraph's or a sentence's first
    character), or None: its place in capitals, or in capitalised words with a source in brackets
    after it (a place so written and a dash alone is no dateline: "Kassel - Zum Tod von ...")."""
    match = _DATELINE.match(text, at)
    if match is None or match.group("capitals") is None and match.group("source") is None:
        return None
    place = match.span("capitals") if match.group("capitals") is not None else match.span("words")
    told = match.span("told") if match.group("told") is not None else (place[1], place[1])
    source = match.span("source") if match.group("source") is not None else (told[1], told[1])
    return Dateline(place, told, source, match.end())


def dateline_source(text: str, at: int = 0) -> str | None:
    """The outlet or agency a dateline opening the line at ``at`` credits in brackets before the
    story's first words, with or without a dash after it: "WASHINGTON (Reuters) - ...", "New Delhi,
    Nov 16 (PTI) President ...", "(CNN)President ..."; None for any other opening ("Ilse Marr (R)
    said no.")."""
    match = _SOURCED.match(text, at)
    return match.group("source") if match else None
