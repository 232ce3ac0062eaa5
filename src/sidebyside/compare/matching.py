"""Matching across two articles: shared passages and aligned sentences (quotes: compare.quote_matching).

All candidate pairs come from inverted indexes (word clusters, shingles), never from comparing
every item of A with every item of B; the expensive comparisons run on candidates only.

What similarity means for each kind (all in [0, 1], 1 only for identical normalised words):
- shared passage: difflib ratio of the word sequences, averaged over the run by length.
- aligned sentence: cosine of IDF-weighted content-word vectors, capped at 0.99.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

import re

from sidebyside.compare.termdata import Lexicon, lexicon
from sidebyside.compare.text import SYNONYMS, fold, is_content, match_keys, tokens
from sidebyside.compare.tokens import inflections
from sidebyside.model import AlignedSentence, SharedPassage, Span

# Thresholds, tuned on the hand-written pairs of tests/compare.
PASSAGE_SIMILARITY = 0.8
PASSAGE_MIN_TOKENS = 6
ALIGN_SIMILARITY = 0.3
ALIGN_MIN_SHARED = 2
ALIGN_NAME_BOOST = 1.25  # weight of names and numbers against other content words
SHINGLE = 3
# Index entries shared by this many items carry little evidence, and scanning them would make
# the time grow with the square of the length: candidates come from the rarer entries only.
SHINGLE_MAX_POSTING = 16
ALIGN_MAX_POSTING = 24


_SYNONYM_KEYS: dict[str, list[str]] = {w: [f"={group[0]}"] for group in SYNONYMS for w in group}


def label_family_keys(lex: Lexicon) -> dict[str, list[str]]:
    """Folded one-word label-family terms and their inflections -> a key per family: each outlet's
    contested word for one thing ("militants"/"fighters", "regime"/"government") counts as the
    same word when sentences are aligned. Terms that need a nearby word ("presence" of troops)
    are left out."""
    keys = lex.derived.get("family_keys")
    if keys is None:
        keys = {}
        for family in lex.label_families:
            if family.scope == "person":
                continue
            for term, near, _variant in family.terms:
                if near or " " in term.strip():
                    continue
                for form in inflections(fold(term)):
                    keys.setdefault(fold(form), []).append("~" + family.id)
        lex.derived["family_keys"] = keys
    return keys


class WordClusters:
    """Folded words of both texts grouped so spelling and derivation variants share an id.
    Words meet through shared match keys (stems, one-letter wildcards, label families): linear,
    no word pairs."""

    def __init__(self, words: set[str]):
        parent: dict[str, str] = {}
        family = label_family_keys(lexicon())

        def find(w: str) -> str:
            while parent[w] != w:
                parent[w] = parent[parent[w]]
                w = parent[w]
            return w

        owner: dict[str, str] = {}
        for w in sorted(words):
            parent[w] = w
            for key in match_keys(w) + _SYNONYM_KEYS.get(w, []) + family.get(w, []):
                other = owner.setdefault(key, w)
                if other != w:
                    ra, rb = find(w), find(other)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
        roots = sorted({find(w) for w in parent})
        root_id = {r: k for k, r in enumerate(roots)}
        self.ids: dict[str, int] = {w: root_id[find(w)] for w in parent}

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


_BRACKETED = re.compile(r"\[[^\[\]\n]*\]")  # [editorial insertions] inside quotations


class Tokenized:
    """A text's words, folded, found once; any span's words are a slice (bisect), not a rescan.
    Words inside [brackets] are left out: editors insert them into quotations."""

    def __init__(self, text: str, toks: list[tuple[int, int, str]] | None = None):
        """toks: (start, end, folded word) of every word, when the caller has them already."""
        self.text = text
        inserted = [m.span() for m in _BRACKETED.finditer(text)]
        toks = tokens(text) if toks is None else toks
        if inserted:
            k = 0
            kept = []
            for t in toks:
                while k < len(inserted) and inserted[k][1] <= t[0]:
                    k += 1
                if not (k < len(inserted) and inserted[k][0] <= t[0] < inserted[k][1]):
                    kept.append(t)
            toks = kept
        self.toks = toks
        self.starts = [t[0] for t in toks]
        self._words: set[str] | None = None

    def words(self) -> set[str]:
        if self._words is None:
            self._words = {t[2] for t in self.toks}
        return self._words

    def units(self, spans: list[tuple[int, int]], clusters: WordClusters) -> list[_Unit]:
        out = []
        id_of = clusters.ids
        content = {w: is_content(w) for w in self.words()}
        starts, toks = self.starts, self.toks
        for start, end in spans:
            lo = bisect.bisect_left(starts, start)
            hi = bisect.bisect_left(starts, end, lo)
            words = [t[2] for t in toks[lo:hi] if t[1] <= end]
            ids = [id_of[w] for w in words]
            out.append(_Unit(start, end, words, ids, [c for w, c in zip(words, ids) if content[w]]))
        return out

    def capitalised(self, spans: list[tuple[int, int]]) -> set[str]:
        """Words written with a capital inside a sentence, and numbers: the anchors of facts."""
        out = set()
        for start, end in spans:
            lo = bisect.bisect_left(self.starts, start)
            hi = bisect.bisect_left(self.starts, end, lo)
            for k in range(lo, hi):
                s, _, word = self.toks[k]
                if word.isdigit() or (k > lo and self.text[s].isupper()):
                    out.add(word)
        return out


# --------------------------------------------------------------------------- sentences


def match_passages(ua: list[_Unit], ub: list[_Unit]) -> tuple[list[SharedPassage], set[int], set[int]]:
    """Near-identical sentences, merged into runs of consecutive sentences (wire copy). A
    sentence one outlet split in two (or two it joined) still matches, as a pair against one."""
    hits_a, hits_b = _shingle_hits(ua, ub)
    candidates = _near_identical(ua, ub, hits_a, [(i, i) for i in range(len(ua))])
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    matches: list[tuple[int, int, int, int, float]] = []  # a first, a last, b first, b last, ratio
    used_a: set[int] = set()
    used_b: set[int] = set()
    for ratio, (i, _), (j, _) in candidates:
        if i not in used_a and j not in used_b:
            matches.append((i, i, j, j, ratio))
            used_a.add(i)
            used_b.add(j)
    # Then two consecutive unmatched sentences of one side against one of the other.
    free_a = [(i, i + 1) for i in range(len(ua) - 1) if i not in used_a and i + 1 not in used_a]
    joined = _near_identical(ua, ub, hits_a, free_a, skip=used_b)
    free_b = [(j, j + 1) for j in range(len(ub) - 1) if j not in used_b and j + 1 not in used_b]
    joined += [(r, a, b) for r, b, a in _near_identical(ub, ua, hits_b, free_b, skip=used_a)]
    joined.sort(key=lambda c: (-c[0], c[1], c[2]))
    for ratio, (i, i2), (j, j2) in joined:
        span_a, span_b = set(range(i, i2 + 1)), set(range(j, j2 + 1))
        if not (span_a & used_a or span_b & used_b):
            matches.append((i, i2, j, j2, ratio))
            used_a |= span_a
            used_b |= span_b
    matches.sort()
    passages: list[SharedPassage] = []
    run: list[tuple[int, int, int, int, float]] = []
    for m in matches:
        if run and (m[0], m[2]) != (run[-1][1] + 1, run[-1][3] + 1):
            passages.append(_passage(ua, ub, run))
            run = []
        run.append(m)
    if run:
        passages.append(_passage(ua, ub, run))
    passages.sort(key=lambda p: (p.a.start, p.b.start))
    return passages, used_a, used_b


def _shingle_hits(
    ua: list[_Unit], ub: list[_Unit]
) -> tuple[list[tuple[int, Counter[int]]], list[tuple[int, Counter[int]]]]:
    """For each sentence of A, then of B: its number of shingles and how many it shares with
    each sentence of the other article."""
    index: dict[tuple[int, ...], list[int]] = defaultdict(list)
    sizes_b = []
    for j, u in enumerate(ub):
        shingles = set(_shingles(u.ids))
        sizes_b.append(len(shingles))
        for sh in shingles:
            index[sh].append(j)
    hits_a = []
    counts_b: list[Counter[int]] = [Counter() for _ in ub]
    for i, u in enumerate(ua):
        counts: Counter[int] = Counter()
        shingles = set(_shingles(u.ids))
        for sh in shingles:
            posting = index.get(sh, ())
            if len(posting) <= SHINGLE_MAX_POSTING:
                counts.update(posting)
        hits_a.append((len(shingles), counts))
        for j, n in counts.items():
            counts_b[j][i] = n
    return hits_a, list(zip(sizes_b, counts_b))


def _near_identical(
    ua: list[_Unit],
    ub: list[_Unit],
    hits: list[tuple[int, Counter[int]]],
    ranges: list[tuple[int, int]],
    skip: set[int] = frozenset(),  # type: ignore[assignment]
) -> list[tuple[float, tuple[int, int], tuple[int, int]]]:
    """(ratio, a range, b range) for each range of A sentences (run together) nearly identical
    to one B sentence; candidates are the B sentences sharing enough word shingles."""
    out = []
    for first, last in ranges:
        ids = [c for k in range(first, last + 1) for c in ua[k].ids]
        if len(ids) < PASSAGE_MIN_TOKENS:
            continue
        total = sum(hits[k][0] for k in range(first, last + 1))
        counts: Counter[int] = Counter()
        for k in range(first, last + 1):
            counts.update(hits[k][1])
        for j, n in sorted(counts.items()):
            if j in skip or n < max(2, 0.4 * total) or len(ub[j].ids) < PASSAGE_MIN_TOKENS:
                continue
            ratio = SequenceMatcher(None, ids, ub[j].ids, autojunk=False).ratio()
            if ratio >= PASSAGE_SIMILARITY:
                out.append((ratio, (first, last), (j, j)))
    return out


def _passage(ua: list[_Unit], ub: list[_Unit], run: list[tuple[int, int, int, int, float]]) -> SharedPassage:
    weights = [
        sum(len(ua[k].ids) for k in range(i, i2 + 1)) + sum(len(ub[k].ids) for k in range(j, j2 + 1))
        for i, i2, j, j2, _ in run
    ]
    similarity = sum(w * m[4] for w, m in zip(weights, run)) / sum(weights)
    first, last = run[0], run[-1]
    return SharedPassage(
        a=Span(ua[first[0]].start, ua[last[1]].end),
        b=Span(ub[first[2]].start, ub[last[3]].end),
        similarity=round(min(1.0, similarity), 4),
    )


def _shingles(ids: list[int]) -> list[tuple[int, ...]]:
    if len(ids) < SHINGLE:
        return [tuple(ids)] if ids else []
    return [tuple(ids[k : k + SHINGLE]) for k in range(len(ids) - SHINGLE + 1)]


def align_sentences(
    ua: list[_Unit],
    ub: list[_Unit],
    idf: dict[int, float],
    skip_a: set[int],
    skip_b: set[int],
    boost: set[int],
    names: frozenset[int] = frozenset(),
    titles: frozenset[int] = frozenset(),
) -> list[AlignedSentence]:
    """Sentences reporting the same fact in other words: IDF-weighted cosine over content word
    clusters (names and numbers weigh more), one-to-one, best pair first. Sharing only names
    is not enough ("Iran and Saudi Arabia are rivals" / "Saudi Arabia and Iran restored ties"):
    a pair must also share a word that says what happened, or a number."""
    vec_a = [_vector(u, idf, boost, titles) for u in ua]
    vec_b = [_vector(u, idf, boost, titles) for u in ub]
    index: dict[int, list[int]] = defaultdict(list)
    for j, v in enumerate(vec_b):
        if j not in skip_b:
            for c in v:
                index[c].append(j)
    max_b: dict[int, float] = {}
    for j, w in enumerate(vec_b):
        if j not in skip_b:
            for c, x in w.items():
                if x > max_b.get(c, 0.0):
                    max_b[c] = x
    candidates: list[tuple[float, int, int]] = []
    for i, v in enumerate(vec_a):
        if i in skip_a or not v:
            continue
        # Candidates from the sentence's rarer words only (prefix filtering): probe words, rarest
        # first, until the words left could not reach the threshold even in a best case.
        order = sorted(v, key=lambda c: (len(index.get(c, ())), c))
        rest = [0.0] * (len(order) + 1)
        for k in range(len(order) - 1, -1, -1):
            rest[k] = rest[k + 1] + v[order[k]] * max_b.get(order[k], 0.0)
        partial: dict[int, float] = defaultdict(float)
        skipped = 0.0  # best case of words too common to probe
        bound = 0.0  # best case of the words not probed
        for k, c in enumerate(order):
            if rest[k] + skipped < ALIGN_SIMILARITY / 2:
                # Probing on to half the threshold costs a few postings more but lets most
                # candidates (one shared rare word) be dropped below without a full cosine.
                bound = rest[k] + skipped
                break
            posting = index.get(c, ())
            x = v[c]
            if len(posting) > ALIGN_MAX_POSTING:
                skipped += x * max_b.get(c, 0.0)
                continue
            for j in posting:
                partial[j] += x * vec_b[j][c]
        else:
            bound = skipped
        for j, dot in partial.items():
            if dot + bound < ALIGN_SIMILARITY:
                continue
            w = vec_b[j]
            common = v.keys() & w.keys()
            if len(common) < ALIGN_MIN_SHARED or common <= names:
                continue
            score = sum(v[c] * w[c] for c in common)  # vectors are unit length: cosine
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
        similarity = round(min(0.99, score), 4)  # 1 is kept for identical text
        out.append(AlignedSentence(Span(ua[i].start, ua[i].end), Span(ub[j].start, ub[j].end), similarity))
    out.sort(key=lambda s: (s.a.start, s.b.start))
    return out


def _vector(u: _Unit, idf: dict[int, float], boost: set[int], titles: frozenset[int]) -> dict[int, float]:
    """Unit-length IDF vector of a sentence's content words. Titles ("President", "Minister")
    are left out: one outlet writes "Russian President Vladimir Putin", the other "Putin"."""
    counts = Counter(c for c in u.content if c not in titles)
    vec = {c: (1 + math.log(n)) * idf.get(c, 1.0) * (ALIGN_NAME_BOOST if c in boost else 1.0) for c, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {c: w / norm for c, w in vec.items()} if norm else {}


def idf_of(units: list[_Unit]) -> dict[int, float]:
    df: Counter[int] = Counter()
    for u in units:
        df.update(set(u.content))
    n = len(units) or 1
    return {c: math.log((n + 1) / (k + 0.5)) for c, k in df.items()}

