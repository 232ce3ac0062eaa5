"""Re-anchoring a note's passage in an article's text, as the W3C Web Annotation model does it.

A note remembers a TextQuoteSelector (the exact words plus 32 characters of context each side)
and a TextPositionSelector (start/end). When the article is opened again the passage is looked
for in four steps, cheapest first:

1. ``exact``  — the quote is still at start/end;
2. ``moved``  — the quote occurs elsewhere: the occurrence whose context best matches, nearest wins;
3. ``fuzzy``  — the words changed a little: seeds (exact pieces of the quote, found with str.find)
   vote for where the passage starts, each candidate is aligned with diff-match-patch and scored on
   quote similarity, context similarity and distance; the best one above a threshold wins;
4. ``orphan`` — nowhere good enough: no position, the note keeps its quote.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

CONTEXT_CHARS = 32
KINDS = ("exact", "moved", "fuzzy", "orphan")

# Fuzzy acceptance: the passage must still read mostly the same, and the weighted score
# (quote 0.7, context 0.2, position 0.1) must clear the bar.
MIN_QUOTE_SIMILARITY = 0.7
MIN_SCORE = 0.72
# Short quotes match by chance: ask more of them and of their context.
SHORT_QUOTE = 12
MIN_SHORT_QUOTE_SIMILARITY = 0.8
MIN_SHORT_CONTEXT_SIMILARITY = 0.5

MAX_SEED_HITS = 64  # a seed found more often than this says nothing about where the passage is
MAX_CANDIDATES = 4
MAX_OCCURRENCES = 2000

_dmp = diff_match_patch()
_dmp.Diff_Timeout = 0.05  # bounded work per candidate; the windows are small


@dataclass(frozen=True)
class TextQuote:
    """W3C TextQuoteSelector: the exact words with up to 32 characters either side."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Anchor:
    """Where a passage is now: kind is one of KINDS; start/end are None for an orphan."""

    start: int | None
    end: int | None
    kind: str
    score: float = 0.0


def describe(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> TextQuote:
    """The quote selector for text[start:end]."""
    return TextQuote(text[start:end], text[max(0, start - context) : start], text[end : end + context])


def anchor(text: str, quote: TextQuote, start: int | None = None, end: int | None = None) -> Anchor:
    """Place ``quote`` in ``text``; start/end are where it was when the note was made."""
    exact = quote.exact
    if not exact:
        return Anchor(None, None, "orphan")
    if start is not None and end is not None and 0 <= start <= end <= len(text) and text[start:end] == exact:
        return Anchor(start, end, "exact", 1.0)
    expected = start if start is not None else 0
    moved = _best_occurrence(text, quote, expected)
    if moved is not None:
        return moved
    fuzzy = _fuzzy(text, quote, expected)
    if fuzzy is not None:
        return fuzzy
    return Anchor(None, None, "orphan")


# --------------------------------------------------------------------------- exact elsewhere


def _common_suffix(a: str, b: str) -> int:
    return len(os.path.commonprefix([a[::-1], b[::-1]]))


def _common_prefix(a: str, b: str) -> int:
    return len(os.path.commonprefix([a, b]))


def _context_match(text: str, quote: TextQuote, start: int, end: int) -> float:
    """Share of the remembered prefix/suffix that still touches the passage, character for character."""
    parts = []
    if quote.prefix:
        parts.append(_common_suffix(text[max(0, start - len(quote.prefix)) : start], quote.prefix) / len(quote.prefix))
    if quote.suffix:
        parts.append(_common_prefix(text[end : end + len(quote.suffix)], quote.suffix) / len(quote.suffix))
    return sum(parts) / len(parts) if parts else 1.0


def _position_score(text: str, start: int, expected: int) -> float:
    return 1.0 - min(1.0, abs(start - expected) / max(1, len(text)))


def _best_occurrence(text: str, quote: TextQuote, expected: int) -> Anchor | None:
    exact = quote.exact
    best: tuple[float, int] | None = None
    pos = text.find(exact)
    seen = 0
    while pos != -1 and seen < MAX_OCCURRENCES:
        score = 0.8 * _context_match(text, quote, pos, pos + len(exact)) + 0.2 * _position_score(text, pos, expected)
        if best is None or score > best[0]:
            best = (score, pos)
        seen += 1
        pos = text.find(exact, pos + 1)
    if best is None:
        return None
    return Anchor(best[1], best[1] + len(exact), "moved", round(best[0], 4))


# --------------------------------------------------------------------------- fuzzy


def _seeds(exact: str) -> list[tuple[int, str]]:
    """Consecutive pieces of the quote (offset, piece); an edit spoils only the pieces it touches."""
    size = max(3, min(24, len(exact) // 4))
    pieces = [(off, exact[off : off + size]) for off in range(0, len(exact), size)]
    if len(pieces) > 1 and len(pieces[-1][1]) < 3:
        off, last = pieces.pop()
        pieces[-1] = (pieces[-1][0], pieces[-1][1] + last)
    return pieces


def _candidate_starts(text: str, exact: str, expected: int) -> list[int]:
    """Where seeds say the passage starts, best supported first (ties: nearest the old place)."""
    votes: list[tuple[int, int]] = []  # (estimated start, seed index)
    for index, (offset, piece) in enumerate(_seeds(exact)):
        hits = []
        pos = text.find(piece)
        while pos != -1 and len(hits) <= MAX_SEED_HITS:
            hits.append(pos - offset)
            pos = text.find(piece, pos + 1)
        if len(hits) <= MAX_SEED_HITS:
            votes.extend((h, index) for h in hits)
    if not votes:
        return []
    votes.sort()
    tolerance = max(8, len(exact) // 5)
    clusters: list[list[tuple[int, int]]] = [[votes[0]]]
    for vote in votes[1:]:
        if vote[0] - clusters[-1][-1][0] <= tolerance:
            clusters[-1].append(vote)
        else:
            clusters.append([vote])
    ranked = []
    for cluster in clusters:
        support = len({index for _, index in cluster})
        starts = sorted(s for s, _ in cluster)
        median = starts[len(starts) // 2]
        ranked.append((-support, abs(median - expected), median))
    ranked.sort()
    return [median for _, _, median in ranked[:MAX_CANDIDATES]]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _snap(text: str, pos: int, at_start: bool, reach: int = 6) -> int:
    """Move a boundary to the nearest word boundary within ``reach`` characters."""

    def is_boundary(p: int) -> bool:
        if p <= 0 or p >= len(text):
            return True
        if at_start:
            return _is_word_char(text[p]) and not _is_word_char(text[p - 1])
        return _is_word_char(text[p - 1]) and not _is_word_char(text[p])

    for delta in range(reach + 1):
        for p in (pos - delta, pos + delta) if delta else (pos,):
            if 0 <= p <= len(text) and is_boundary(p):
                return p
    return pos


def _align(text: str, exact: str, estimate: int) -> tuple[int, int] | None:
    """Align the quote with the text around ``estimate``; return the matching span."""
    slack = max(8, len(exact) // 4)
    ws = max(0, estimate - slack)
    we = min(len(text), estimate + len(exact) + slack)
    window = text[ws:we]
    raw = _dmp.diff_main(exact, window, False)
    cleaned = list(raw)
    _dmp.diff_cleanupSemantic(cleaned)
    # Semantic cleanup removes chance equalities but can swallow a short quote whole.
    return _span_from_diffs(exact, window, ws, cleaned) or _span_from_diffs(exact, window, ws, raw)


def _span_from_diffs(exact: str, window: str, ws: int, diffs: list[tuple[int, str]]) -> tuple[int, int] | None:
    i1 = i2 = 0
    first: tuple[int, int] | None = None
    last: tuple[int, int] | None = None
    solid = min(4, len(exact))  # shorter equalities at the edges are chance, not alignment
    for op, chunk in diffs:
        if op == 0 and len(chunk) >= solid:
            if first is None:
                first = (i1, i2)
            last = (i1 + len(chunk), i2 + len(chunk))
        if op != 1:
            i1 += len(chunk)
        if op != -1:
            i2 += len(chunk)
    if first is None or last is None:
        return None
    # Edited edges are assumed to keep their length; word snapping below fixes small differences.
    start = ws + max(0, first[1] - first[0])
    end = ws + min(len(window), last[1] + (len(exact) - last[0]))
    if end <= start:
        return None
    return start, end


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    diffs = _dmp.diff_main(a, b, False)
    return 1.0 - _dmp.diff_levenshtein(diffs) / max(len(a), len(b))


def _context_similarity(text: str, quote: TextQuote, start: int, end: int) -> float:
    parts = []
    if quote.prefix:
        parts.append(_similarity(text[max(0, start - len(quote.prefix)) : start], quote.prefix))
    if quote.suffix:
        parts.append(_similarity(text[end : end + len(quote.suffix)], quote.suffix))
    return sum(parts) / len(parts) if parts else 1.0


def _fuzzy(text: str, quote: TextQuote, expected: int) -> Anchor | None:
    exact = quote.exact
    starts_word = _is_word_char(exact[0]) and not (quote.prefix and _is_word_char(quote.prefix[-1]))
    ends_word = _is_word_char(exact[-1]) and not (quote.suffix and _is_word_char(quote.suffix[0]))
    best: Anchor | None = None
    for estimate in _candidate_starts(text, exact, expected):
        span = _align(text, exact, estimate)
        if span is None:
            continue
        start, end = span
        if starts_word:
            start = _snap(text, start, at_start=True)
        if ends_word:
            end = _snap(text, end, at_start=False)
        if end <= start:
            continue
        quote_sim = _similarity(exact, text[start:end])
        context_sim = _context_similarity(text, quote, start, end)
        score = 0.7 * quote_sim + 0.2 * context_sim + 0.1 * _position_score(text, start, expected)
        if len(exact) < SHORT_QUOTE:
            if quote_sim < MIN_SHORT_QUOTE_SIMILARITY or context_sim < MIN_SHORT_CONTEXT_SIMILARITY:
                continue
        elif quote_sim < MIN_QUOTE_SIMILARITY:
            continue
        if score >= MIN_SCORE and (best is None or score > best.score):
            best = Anchor(start, end, "fuzzy", round(score, 4))
    return best
