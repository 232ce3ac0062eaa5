"""Matching across two articles: shared and related quotes, shared passages, aligned sentences.

All candidate pairs come from inverted indexes (word clusters, shingles), never from comparing
every item of A with every item of B; the expensive comparisons run on candidates only.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from diff_match_patch import diff_match_patch

from sidebyside.compare.text import is_content, tokens, words_match
from sidebyside.model import AlignedSentence, Diff, Quote, SharedPassage, SharedQuote, Span

# Thresholds, tuned on the hand-written pairs of tests/compare.
SHARED_QUOTE_COVERAGE = 0.8  # share of the shorter quote's words found in order in the other
SHARED_QUOTE_MIN_CONTENT = 3  # content words the matched part must hold (so no idiom matches)
OVERLAP_RUN_TOKENS = 6  # a partly overlapping quote: one unbroken run of this many words ...
OVERLAP_RUN_CONTENT = 4  # ... holding this many content words
RELATED_QUOTE_SCORE = 0.35  # IDF-weighted share of the shorter quote's content words
PASSAGE_SIMILARITY = 0.8
PASSAGE_MIN_TOKENS = 6
ALIGN_SIMILARITY = 0.25
ALIGN_MIN_SHARED = 2
SHINGLE = 3
MAX_POSTING = 200  # index entries this common carry no evidence and would cost n^2


class WordClusters:
    """Folded words of both texts grouped so spelling and derivation variants share an id."""

    def __init__(self, words: set[str]):
        self.ids: dict[str, int] = {}
        by_prefix: dict[str, list[str]] = defaultdict(list)
        for w in sorted(words):
            by_prefix[w[:4] if len(w) >= 4 and not w.isdigit() else w].append(w)
        next_id = 0
        for prefix in sorted(by_prefix):
            group = by_prefix[prefix]
            roots: list[tuple[str, int]] = []
            for w in group:
                found = None
                for root, rid in roots:
                    if words_match(root, w):
                        found = rid
                        break
                if found is None:
                    found = next_id
                    next_id += 1
                    roots.append((w, found))
                self.ids[w] = found

    def __getitem__(self, word: str) -> int:
        return self.ids[word]


@dataclass
class _Unit:
    """A quote or a sentence, tokenised for matching."""

    start: int
    end: int
    words: list[str]  # folded words, bracketed insertions dropped
    ids: list[int]  # cluster ids of words
    content: list[int]  # cluster ids of content words, in order


def _units(text: str, spans: list[tuple[int, int]], clusters_words: set[str]) -> list[list[tuple[int, int, str]]]:
    out = []
    for start, end in spans:
        toks = [t for t in tokens(text, start, end) if not _bracketed(text, start, t[0])]
        clusters_words.update(t[2] for t in toks)
        out.append(toks)
    return out


def _bracketed(text: str, start: int, at: int) -> bool:
    """Inside a [bracketed] editorial insertion within text[start:at]."""
    opening = text.rfind("[", start, at)
    return opening != -1 and text.find("]", opening, at) == -1


def _make_units(spans: list[tuple[int, int]], toks: list[list[tuple[int, int, str]]], clusters: WordClusters) -> list[_Unit]:
    units = []
    for (start, end), tk in zip(spans, toks):
        words = [t[2] for t in tk]
        ids = [clusters[w] for w in words]
        content = [clusters[w] for w in words if is_content(w)]
        units.append(_Unit(start, end, words, ids, content))
    return units


# --------------------------------------------------------------------------- quotes


def match_quotes(
    text_a: str, quotes_a: tuple[Quote, ...], text_b: str, quotes_b: tuple[Quote, ...], idf: dict[int, float], clusters: WordClusters
) -> tuple[list[SharedQuote], list[SharedQuote]]:
    """(shared, related): the same utterance quoted by both; close in meaning only."""
    ua = _make_units([(q.start, q.end) for q in quotes_a], [_quote_tokens(text_a, q) for q in quotes_a], clusters)
    ub = _make_units([(q.start, q.end) for q in quotes_b], [_quote_tokens(text_b, q) for q in quotes_b], clusters)
    index: dict[int, set[int]] = defaultdict(set)
    for j, u in enumerate(ub):
        for c in u.content:
            index[c].add(j)
    shared: list[SharedQuote] = []
    related: list[SharedQuote] = []
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0.2
    for i, u in enumerate(ua):
        counts: Counter[int] = Counter()
        for c in set(u.content):
            posting = index.get(c, ())
            if len(posting) <= MAX_POSTING:
                counts.update(posting)
        for j in sorted(counts):
            if not counts[j]:
                continue
            qa, qb = quotes_a[i], quotes_b[j]
            verdict = _compare_quotes(u, ub[j], qa.kind == "fragment", qb.kind == "fragment", idf)
            if verdict is None:
                continue
            kind, similarity, exact = verdict
            pair = SharedQuote(
                a=Span(qa.start, qa.end),
                b=Span(qb.start, qb.end),
                similarity=round(similarity, 4),
                exact=exact,
                diffs=_diffs(dmp, text_a[qa.start : qa.end], text_b[qb.start : qb.end]),
            )
            (shared if kind == "shared" else related).append(pair)
    key = lambda s: (s.a.start, s.b.start, s.a.end, s.b.end)  # noqa: E731
    return sorted(shared, key=key), sorted(related, key=key)


def _quote_tokens(text: str, q: Quote) -> list[tuple[int, int, str]]:
    return [t for t in tokens(text, q.start, q.end) if not _bracketed(text, q.start, t[0])]


def _compare_quotes(a: _Unit, b: _Unit, frag_a: bool, frag_b: bool, idf: dict[int, float]) -> tuple[str, float, bool] | None:
    if not a.ids or not b.ids:
        return None
    exact = a.words == b.words
    if frag_a or frag_b:
        # Scare quotes: shared only when both outlets put marks round the same words.
        if frag_a and frag_b and a.ids == b.ids and a.content:
            return ("shared", 1.0 if exact else 0.95, exact)
        return None
    blocks = [blk for blk in SequenceMatcher(None, a.ids, b.ids, autojunk=False).get_matching_blocks() if blk.size]
    matched = sum(blk.size for blk in blocks)
    shorter = min(len(a.ids), len(b.ids))
    matched_content = sum(1 for blk in blocks for k in range(blk.size) if is_content(a.words[blk.a + k]))
    longest = max(blocks, key=lambda blk: blk.size, default=None)
    longest_content = (
        sum(1 for k in range(longest.size) if is_content(a.words[longest.a + k])) if longest is not None else 0
    )
    trimmed = matched >= SHARED_QUOTE_COVERAGE * shorter and matched_content >= min(SHARED_QUOTE_MIN_CONTENT, len(set(a.content)), len(set(b.content))) and matched_content >= 2
    overlapping = longest is not None and longest.size >= OVERLAP_RUN_TOKENS and longest_content >= OVERLAP_RUN_CONTENT
    if exact or trimmed or overlapping:
        # Similarity of the words both quote: the aligned windows, not the trimmed-off rest.
        wa = blocks[-1].a + blocks[-1].size - blocks[0].a
        wb = blocks[-1].b + blocks[-1].size - blocks[0].b
        similarity = 1.0 if exact else min(0.99, 2 * matched / (wa + wb))
        return ("shared", similarity, exact)
    score = _related_score(a, b, idf)
    if score >= RELATED_QUOTE_SCORE and _related_evidence(a, b):
        return ("related", min(score, 0.99), False)
    return None


def _related_score(a: _Unit, b: _Unit, idf: dict[int, float]) -> float:
    """Share of the lighter quote's content words that the other one has, each weighted 1 + IDF
    (damped: a rare word counts more, a common one still counts)."""
    weight = lambda c: 1.0 + idf.get(c, 1.0)  # noqa: E731
    sa, sb = set(a.content), set(b.content)
    small, other = (sa, sb) if sum(map(weight, sa)) <= sum(map(weight, sb)) else (sb, sa)
    total = sum(map(weight, small))
    return sum(map(weight, small & other)) / total if total else 0.0


def _related_evidence(a: _Unit, b: _Unit) -> bool:
    """Three shared content words, or two adjacent ones in the same order ("Turkish-Syrian
    relations" / "Turkey-Syria relations") -- a single shared word is coincidence."""
    shared = set(a.content) & set(b.content)
    if len(shared) >= 3:
        return True
    pairs_a = set(zip(a.content, a.content[1:]))
    return any(p in pairs_a for p in zip(b.content, b.content[1:]))


def _diffs(dmp: diff_match_patch, a: str, b: str) -> tuple[Diff, ...]:
    diffs = dmp.diff_main(a, b)
    dmp.diff_cleanupSemantic(diffs)
    return tuple(Diff(op, text) for op, text in diffs)


# --------------------------------------------------------------------------- sentences


def match_passages(ua: list[_Unit], ub: list[_Unit]) -> tuple[list[SharedPassage], set[int], set[int]]:
    """Near-identical sentences, merged into runs of consecutive sentences (wire copy)."""
    index: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for j, u in enumerate(ub):
        for sh in set(_shingles(u.ids)):
            index[sh].append(j)
    candidates: list[tuple[float, int, int]] = []
    for i, u in enumerate(ua):
        if len(u.ids) < PASSAGE_MIN_TOKENS:
            continue
        counts: Counter[int] = Counter()
        shingles = set(_shingles(u.ids))
        for sh in shingles:
            posting = index.get(sh, ())
            if len(posting) <= MAX_POSTING:
                counts.update(posting)
        for j, n in counts.items():
            if n < max(2, 0.4 * len(shingles)) or len(ub[j].ids) < PASSAGE_MIN_TOKENS:
                continue
            ratio = SequenceMatcher(None, u.ids, ub[j].ids, autojunk=False).ratio()
            if ratio >= PASSAGE_SIMILARITY:
                candidates.append((ratio, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_a: dict[int, tuple[int, float]] = {}
    used_b: set[int] = set()
    for ratio, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a[i] = (j, ratio)
        used_b.add(j)
    passages: list[SharedPassage] = []
    run: list[tuple[int, int, float]] = []
    for i in sorted(used_a):
        j, ratio = used_a[i]
        if run and (i, j) != (run[-1][0] + 1, run[-1][1] + 1):
            passages.append(_passage(ua, ub, run))
            run = []
        run.append((i, j, ratio))
    if run:
        passages.append(_passage(ua, ub, run))
    passages.sort(key=lambda p: (p.a.start, p.b.start))
    return passages, set(used_a), used_b


def _passage(ua: list[_Unit], ub: list[_Unit], run: list[tuple[int, int, float]]) -> SharedPassage:
    weights = [len(ua[i].ids) + len(ub[j].ids) for i, j, _ in run]
    similarity = sum(w * r for w, (_, _, r) in zip(weights, run)) / sum(weights)
    first, last = run[0], run[-1]
    return SharedPassage(
        a=Span(ua[first[0]].start, ua[last[0]].end),
        b=Span(ub[first[1]].start, ub[last[1]].end),
        similarity=round(min(1.0, similarity), 4),
    )


def _shingles(ids: list[int]) -> list[tuple[int, ...]]:
    if len(ids) < SHINGLE:
        return [tuple(ids)] if ids else []
    return [tuple(ids[k : k + SHINGLE]) for k in range(len(ids) - SHINGLE + 1)]


def align_sentences(
    ua: list[_Unit], ub: list[_Unit], idf: dict[int, float], skip_a: set[int], skip_b: set[int], boost: set[int]
) -> list[AlignedSentence]:
    """Sentences reporting the same fact in other words: IDF-weighted cosine over content word
    clusters (names and numbers weigh more), one-to-one, best pair first."""
    vec_a = [_vector(u, idf, boost) for u in ua]
    vec_b = [_vector(u, idf, boost) for u in ub]
    index: dict[int, list[int]] = defaultdict(list)
    for j, v in enumerate(vec_b):
        if j not in skip_b:
            for c in v:
                index[c].append(j)
    limit = max(MAX_POSTING // 4, int(0.05 * len(ub)))
    candidates: list[tuple[float, int, int]] = []
    for i, v in enumerate(vec_a):
        if i in skip_a or not v:
            continue
        dots: dict[int, float] = defaultdict(float)
        shared: Counter[int] = Counter()
        for c, w in v.items():
            posting = index.get(c, ())
            if len(posting) > limit:
                continue
            for j in posting:
                dots[j] += w * vec_b[j][c]
                shared[j] += 1
        for j, dot in dots.items():
            if shared[j] < ALIGN_MIN_SHARED:
                continue
            score = dot  # vectors are unit length
            if score >= ALIGN_SIMILARITY:
                candidates.append((score, i, j))
    candidates.sort(key=lambda c: (-round(c[0], 9), c[1], c[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for score, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        out.append(AlignedSentence(Span(ua[i].start, ua[i].end), Span(ub[j].start, ub[j].end), round(min(1.0, score), 4)))
    out.sort(key=lambda s: (s.a.start, s.b.start))
    return out


def _vector(u: _Unit, idf: dict[int, float], boost: set[int]) -> dict[int, float]:
    counts = Counter(u.content)
    vec = {c: (1 + math.log(n)) * idf.get(c, 1.0) * (1.5 if c in boost else 1.0) for c, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {c: w / norm for c, w in vec.items()} if norm else {}


def idf_of(units: list[_Unit]) -> dict[int, float]:
    df: Counter[int] = Counter()
    for u in units:
        df.update(set(u.content))
    n = len(units) or 1
    return {c: math.log((n + 1) / (k + 0.5)) for c, k in df.items()}

