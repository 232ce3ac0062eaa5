"""Re-anchoring a note's passage in an article's text, as the W3C Web Annotation model does it.

A note remembers a TextQuoteSelector (the exact words plus 32 characters of context each side)
and a TextPositionSelector (start/end). When the article is opened again the passage is looked
for in four steps, cheapest first:

1. ``exact``  — the quote is still at start/end with its context;
2. ``moved``  — the quote occurs elsewhere: the occurrence whose context best matches, nearest wins
   (when even that one has lost its context, a fuzzy match near the old place may beat it);
3. ``fuzzy``  — the words changed a little: seeds (exact pieces of the quote, found with str.find)
   vote for where the passage starts, each candidate is aligned with diff-match-patch and scored on
   quote similarity, context similarity and distance; the best one above a threshold wins;
4. ``orphan`` — nowhere good enough: no position, the note keeps its quote.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sidebyside.settings import DEFAULT, AnchoringSettings

if TYPE_CHECKING:
    from diff_match_patch import diff_match_patch

CONTEXT_CHARS = 32
KINDS = ("exact", "moved", "fuzzy", "orphan")

# Bounds on the work (the weights and thresholds are settings.AnchoringSettings)
MAX_SEED_HITS = 64  # a seed found more often than this says nothing about where the passage is
MAX_CANDIDATES = 3
MAX_OCCURRENCES = 2000



@functools.cache
def _differ() -> diff_match_patch:
    """The differ, made on first use: only re-anchoring a passage that moved or changed needs it,
    and the app imports this module at start-up."""
    from diff_match_patch import diff_match_patch

    differ = diff_match_patch()
    differ.Diff_Timeout = 0.05  # bounded work per candidate; the windows are small
    return differ


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


def anchor(text: str, quote: TextQuote, start: int | None = None, end: int | None = None,
           settings: AnchoringSettings = DEFAULT.notes.anchoring) -> Anchor:
    """Place ``quote`` in ``text``; start/end are where it was when the note was made."""
    exact = quote.exact
    if not exact:
        return Anchor(None, None, "orphan")
    in_place = start is not None and end is not None and 0 <= start <= end <= len(text) and text[start:end] == exact
    # A short quote can land at its old offsets by chance after an edit; its context tells.
    if in_place and _context_match(text, quote, start, end) >= settings.weak_context:
        return Anchor(start, end, "exact", 1.0)
    expected = start if start is not None else 0
    moved = _best_occurrence(text, quote, expected, settings)
    if moved is not None and in_place and moved.start == start:
        return Anchor(start, end, "exact", 1.0)
    if moved is not None:
        if _context_match(text, quote, moved.start, moved.end) >= settings.weak_context:
            return moved
        # The words recur elsewhere but without their context: the passage itself may still be
        # near its old place with a word changed. Both are scored alike; the better one wins.
        fuzzy = _fuzzy(text, quote, expected, settings)
        as_fuzzy = (settings.quote_weight
                    + settings.context_weight * _context_similarity(text, quote, moved.start, moved.end)
                    + settings.position_weight * _position_score(text, moved.start, expected))
        if fuzzy is not None and (fuzzy.start, fuzzy.end) != (moved.start, moved.end) and fuzzy.score > as_fuzzy:
            return fuzzy
        return moved
    fuzzy = _fuzzy(text, quote, expected, settings)
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


def _best_occurrence(text: str, quote: TextQuote, expected: int, settings: AnchoringSettings) -> Anchor | None:
    exact = quote.exact
    best: tuple[float, int] | None = None
    pos = text.find(exact)
    seen = 0
    while pos != -1 and seen < MAX_OCCURRENCES:
        score = (settings.moved_context_weight * _context_match(text, quote, pos, pos + len(exact))
                 + settings.moved_position_weight * _position_score(text, pos, expected))
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


@dataclass(frozen=True)
class _Hit:
    seed: int  # index of the piece in the quote
    offset: int  # where the piece is in the quote
    length: int
    pos: int  # where the piece was found in the text

    @property
    def estimate(self) -> int:
        return self.pos - self.offset


def _candidate_chains(text: str, exact: str, expected: int, min_seed_coverage: float) -> list[list[_Hit]]:
    """Groups of seed hits that agree on where the passage starts, best supported first
    (ties: nearest the old place); each group is reduced to a chain in quote order."""
    seeds = _seeds(exact)
    hits: list[_Hit] = []
    for index, (offset, piece) in enumerate(seeds):
        found = []
        pos = text.find(piece)
        while pos != -1 and len(found) <= MAX_SEED_HITS:
            found.append(_Hit(index, offset, len(piece), pos))
            pos = text.find(piece, pos + 1)
        if len(found) <= MAX_SEED_HITS:
            hits.extend(found)
    if not hits:
        return []
    hits.sort(key=lambda h: h.estimate)
    tolerance = max(8, len(exact) // 5)
    clusters: list[list[_Hit]] = [[hits[0]]]
    for hit in hits[1:]:
        if hit.estimate - clusters[-1][-1].estimate <= tolerance:
            clusters[-1].append(hit)
        else:
            clusters.append([hit])
    ranked = []
    for cluster in clusters:
        chain = _chain(cluster)
        # A passage that still reads mostly the same keeps most of its pieces intact; this cheap
        # test spares aligning the many chance hits of a passage that is gone.
        if sum(h.length for h in chain) >= min_seed_coverage * len(exact):
            ranked.append((-len(chain), abs(chain[0].estimate - expected), chain[0].pos, chain))
    ranked.sort(key=lambda r: r[:3])
    if not ranked:
        return []
    best_support = -ranked[0][0]
    return [r[3] for r in ranked[:MAX_CANDIDATES] if -r[0] * 2 >= best_support]


def _chain(cluster: list[_Hit]) -> list[_Hit]:
    """One hit per seed (nearest the cluster's median start), in quote order, never overlapping."""
    estimates = sorted(h.estimate for h in cluster)
    median = estimates[len(estimates) // 2]
    best: dict[int, _Hit] = {}
    for hit in cluster:
        if hit.seed not in best or abs(hit.estimate - median) < abs(best[hit.seed].estimate - median):
            best[hit.seed] = hit
    chain: list[_Hit] = []
    for hit in sorted(best.values(), key=lambda h: h.seed):
        if not chain or hit.pos >= chain[-1].pos + chain[-1].length:
            chain.append(hit)
    return chain


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


def _solid_equalities(a: str, b: str) -> list[tuple[int, int, int]]:
    """Equal runs (offset in a, offset in b, length) of a diff of a against b, chance matches left out."""
    diffs = _differ().diff_main(a, b, False)
    solid = min(4, len(a))
    runs, i1, i2 = [], 0, 0
    for op, chunk in diffs:
        if op == 0 and len(chunk) >= solid:
            runs.append((i1, i2, len(chunk)))
        if op != 1:
            i1 += len(chunk)
        if op != -1:
            i2 += len(chunk)
    return runs


def _head_start(head: str, region: str) -> int:
    """Where in ``region`` (which ends where ``head`` should end) the head starts."""
    runs = _solid_equalities(head, region)
    if not runs:
        return max(0, len(region) - len(head))
    i1, i2, _ = runs[0]
    return max(0, i2 - i1)  # an edited edge is assumed to keep its length; snapping fixes the rest


def _tail_end(tail: str, region: str) -> int:
    """Where in ``region`` (which starts where ``tail`` should start) the tail ends."""
    runs = _solid_equalities(tail, region)
    if not runs:
        return min(len(region), len(tail))
    i1, i2, n = runs[-1]
    return min(len(region), i2 + n + (len(tail) - i1 - n))


def _place(text: str, exact: str, chain: list[_Hit]) -> tuple[int, int]:
    """The passage's span from a chain of exact seed hits; only the edges need aligning."""
    first, last = chain[0], chain[-1]
    if first.offset == 0:
        start = first.pos
    else:
        head = exact[: first.offset]
        rs = max(0, first.pos - len(head) - max(4, len(head) // 2))
        start = rs + _head_start(head, text[rs : first.pos])
    tail_from = last.pos + last.length
    tail = exact[last.offset + last.length :]
    if not tail:
        end = tail_from
    else:
        region = text[tail_from : tail_from + len(tail) + max(4, len(tail) // 2)]
        end = tail_from + _tail_end(tail, region)
    return start, end


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    differ = _differ()
    diffs = differ.diff_main(a, b, False)
    return 1.0 - differ.diff_levenshtein(diffs) / max(len(a), len(b))


def _context_similarity(text: str, quote: TextQuote, start: int, end: int) -> float:
    parts = []
    if quote.prefix:
        parts.append(_similarity(text[max(0, start - len(quote.prefix)) : start], quote.prefix))
    if quote.suffix:
        parts.append(_similarity(text[end : end + len(quote.suffix)], quote.suffix))
    return sum(parts) / len(parts) if parts else 1.0


def _fuzzy(text: str, quote: TextQuote, expected: int, settings: AnchoringSettings) -> Anchor | None:
    exact = quote.exact
    starts_word = _is_word_char(exact[0]) and not (quote.prefix and _is_word_char(quote.prefix[-1]))
    ends_word = _is_word_char(exact[-1]) and not (quote.suffix and _is_word_char(quote.suffix[0]))
    short = len(exact) < settings.short_quote_chars
    best: Anchor | None = None
    for chain in _candidate_chains(text, exact, expected, settings.min_seed_coverage):
        start, end = _place(text, exact, chain)
        if starts_word:
            start = _snap(text, start, at_start=True)
        if ends_word:
            end = _snap(text, end, at_start=False)
        if end <= start:
            continue
        # Cheap bound first: the length difference alone is a lower bound on the edit distance.
        if 1.0 - abs((end - start) - len(exact)) / max(len(exact), end - start) < settings.min_quote_similarity:
            continue
        quote_sim = _similarity(exact, text[start:end])
        if quote_sim < (settings.min_short_quote_similarity if short else settings.min_quote_similarity):
            continue
        context_sim = _context_similarity(text, quote, start, end)
        if short and context_sim < settings.min_short_context_similarity:
            continue
        score = (settings.quote_weight * quote_sim + settings.context_weight * context_sim
                 + settings.position_weight * _position_score(text, start, expected))
        if score >= settings.min_score and (best is None or score > best.score):
            best = Anchor(start, end, "fuzzy", round(score, 4))
            if quote_sim == 1.0:
                break
    return best
