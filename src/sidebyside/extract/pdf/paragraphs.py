"""Lines of a printed page → paragraphs in reading order, with line-end hyphens undone.

A browser draws a page in document order, so the lines come in reading order; a paragraph ends
where the spacing opens, the type changes, the line moves to the side or back up, and goes on
across a page break when its last line runs to the margin.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from sidebyside.model import Page, TextLine
from sidebyside.settings import DEFAULT, PdfSettings

_SENTENCE_END = re.compile(r"[.!?:;\"”’»)\]…]$")
# Marks a hyphen that ended a line, until the document tells whether it is part of the word.
BROKEN = "\u2060"
_BROKEN_WORD = re.compile(r"(\w+)-\u2060(\w+)")
_WORD = re.compile(r"\w+(?:-\w+)*")


@dataclass
class Paragraph:
    lines: list[TextLine] = field(default_factory=list)
    page: int = 0
    text: str = ""

    @property
    def size(self) -> float:
        return statistics.median(line.size for line in self.lines)

    @property
    def link_share(self) -> float:
        chars = sum(len(line.text) for line in self.lines)
        return sum(len(line.text) for line in self.lines if line.link) / max(chars, 1)

    @property
    def bold(self) -> bool:
        return sum(line.bold for line in self.lines) * 2 > len(self.lines)


def paragraphs(
    pages: tuple[Page, ...] | list[Page], skip: set[tuple[int, int]], settings: PdfSettings = DEFAULT.extract.pdf
) -> list[Paragraph]:
    out: list[Paragraph] = []
    right_edge = _right_edge(pages, skip)
    pitches = _line_pitches(pages, skip)
    current: Paragraph | None = None
    previous: TextLine | None = None
    for p, page in enumerate(pages):
        for i, line in enumerate(page.lines):
            if (p, i) in skip:
                continue
            if current is not None and previous is not None and _continues(previous, line, current.page != p, right_edge, pitches, settings):
                current.lines.append(line)
            else:
                current = Paragraph(page=p)
                current.lines.append(line)
                out.append(current)
            previous = line
    for paragraph in out:
        paragraph.text = join_lines([line.text for line in paragraph.lines])
    return [p for p in out if p.text]


def _right_edge(pages, skip) -> dict[int, float]:
    """Where full lines end in each column (lines grouped by where they start): the 90th
    percentile of their right ends."""
    ends: dict[int, list[float]] = {}
    for p, page in enumerate(pages):
        for i, line in enumerate(page.lines):
            if (p, i) not in skip:
                ends.setdefault(_column(line), []).append(line.x1)
    return {key: sorted(v)[int(0.9 * (len(v) - 1))] for key, v in ends.items()}


def _line_pitches(pages, skip) -> dict[float, float]:
    """The usual distance from one line's top to the next's, per type size: the page's line
    spacing, which a paragraph break widens."""
    counts: dict[float, Counter[float]] = {}
    for p, page in enumerate(pages):
        previous = None
        for i, line in enumerate(page.lines):
            if (p, i) in skip:
                continue
            if previous is not None and previous.size == line.size and abs(_start(previous) - _start(line)) < 2:
                pitch = line.top - previous.top
                if 0 < pitch < 4 * (line.bottom - line.top):
                    counts.setdefault(line.size, Counter())[round(pitch * 2) / 2] += 1
            previous = line
    return {size: c.most_common(1)[0][0] for size, c in counts.items()}


def _column(line: TextLine) -> int:
    return round(line.x0 / 8)


def _continues(
    prev: TextLine,
    line: TextLine,
    new_page: bool,
    right_edge: dict[int, float],
    pitches: dict[float, float],
    settings: PdfSettings,
) -> bool:
    """Does ``line`` go on with the paragraph ``prev`` ended?"""
    size = min(prev.size, line.size)
    if abs(prev.size - line.size) > settings.size_tolerance * max(prev.size, line.size):
        return False
    if prev.bold != line.bold:
        return False
    height = min(prev.bottom - prev.top, line.bottom - line.top)
    if new_page or line.top < prev.top - height:
        # On the next page or at the head of the next column: the paragraph goes on when its
        # last line ran to the column's edge without a full stop.
        if _right_to_left(prev.text):
            return not _SENTENCE_END.search(prev.text)
        return _full(prev, line, right_edge, settings) and not _SENTENCE_END.search(prev.text)
    if line.text[:1].isupper() and not _right_to_left(prev.text) and not _full(prev, line, right_edge, settings):
        # The line stopped short though the next one's first word would have fitted, and the
        # next starts as a new block does: a byline, a dateline, a list of links.
        return False
    # Lines of a paragraph share the edge they start from: the left, or the right in Arabic
    # and Hebrew.
    if abs(_start(line) - _start(prev)) > settings.indent_sizes * size:
        return False
    pitch = line.top - prev.top
    usual = pitches.get(line.size) if prev.size == line.size else None
    if usual:
        if 0 < pitch <= usual * settings.paragraph_pitch + 0.5:
            return True
        # A sentence cut mid-way goes on, even across a wider gap (a <br>, an inline image).
        return pitch <= 2 * usual and not _SENTENCE_END.search(prev.text) and line.text[:1].islower()
    gap = line.top - prev.bottom
    return -0.3 * height <= gap <= settings.paragraph_gap * height


def _full(prev: TextLine, line: TextLine, right_edge: dict[int, float], settings: PdfSettings) -> bool:
    """Did ``prev`` run as far as it could: would the next line's first word have overflowed it?"""
    size = min(prev.size, line.size)
    edge = right_edge.get(_column(prev), prev.x1)
    next_word = len(line.text.split(" ", 1)[0]) + 1
    return prev.x1 + next_word * settings.char_width * size >= edge - settings.full_line_sizes * size


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph → its text: hyphenation undone, CJK lines joined without a space."""
    text = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not text:
            text = line
        elif text.endswith("\u00ad") and line[:1].isalpha():
            text = text[:-1] + line
        elif text.endswith(("-", "\u2010")) and len(text) >= 2 and text[-2].isalpha() and line[:1].isalpha():
            text = text[:-1] + "-" + BROKEN + line  # resolved once the whole document is known: see dehyphenate
        elif _is_cjk(text[-1]) and _is_cjk(line[0]):
            text = text + line
        else:
            text = text + " " + line
    return text.replace("\u00ad", "")


def _start(line: TextLine) -> float:
    """Where a line starts: its left end, or its right end in Arabic and Hebrew."""
    return line.x1 if _right_to_left(line.text) else line.x0


def _right_to_left(text: str) -> bool:
    letters = [c for c in text[:80] if c.isalpha()]
    return bool(letters) and sum(unicodedata.bidirectional(c) in ("R", "AL") for c in letters) * 2 > len(letters)


def _is_cjk(char: str) -> bool:
    name = unicodedata.name(char, "")
    return name.startswith(("CJK UNIFIED", "HIRAGANA", "KATAKANA", "CJK SYMBOL", "FULLWIDTH"))


def dehyphenate(texts: list[str]) -> list[str]:
    """Resolve the hyphens that ended lines: "exam-|ple" is "example" when the document writes
    it so elsewhere and never "exam-ple"; otherwise the hyphen stays ("well-|known")."""
    if not any(BROKEN in t for t in texts):
        return texts
    words: set[str] = set()
    for t in texts:
        words.update(w.lower() for w in _WORD.findall(t.replace(BROKEN, "")) if "-" not in w)
    hyphenated: set[str] = set()
    for t in texts:
        hyphenated.update(w.lower() for w in _WORD.findall(_BROKEN_WORD.sub("", t)) if "-" in w)

    def resolve(m: re.Match) -> str:
        joined = m.group(1) + m.group(2)
        keep = (m.group(1) + "-" + m.group(2)).lower() in hyphenated or joined.lower() not in words
        return m.group(1) + ("-" if keep else "") + m.group(2)

    return [_BROKEN_WORD.sub(resolve, t).replace(BROKEN, "") for t in texts]
