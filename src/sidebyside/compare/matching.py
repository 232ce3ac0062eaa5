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
from sidebyside.compare.text import fold, is_content, match_keys, tokens
from sidebyside.compare.tokens import inflections
from sidebyside.model import AlignedSentence, SharedPassage, Span
from sidebyside.settings import DEFAULT, LexicalSettings

# Thresholds, tuned on the hand-written pairs of tests/compare.
PASSAGE_SIMILARITY = 0.8
PASSAGE_MIN_TOKENS = 6
SHINGLE = 3
# Index entries shared by this many items carry little evidence, and scanning them would make
# the time grow with the square of the length: candidates come from the rarer entries only.
SHINGLE_MAX_POSTING = 16


def synonym_keys(lex: Lexicon) -> dict[str, list[str]]:
    """Folded word -> a key per synonym group holding it (resources/terms/synonyms.json)."""
    keys = lex.derived.get("synonym_keys")
    if keys is None:
        keys = {}
        for group in lex.synonym_groups:
            for word in group:
                keys.setdefault(word, []).append("=" + group[0])
        lex.derived["synonym_keys"] = keys
    return keys


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
        lex = lexicon()
        family = label_family_keys(lex)
        synonyms = synonym_keys(lex)

        def find(w: str) -> str:
            while parent[w] != w:
                parent[w] = parent[parent[w]]
                w = parent[w]
            return w

        owner: dict[str, str] = {}
        for w in sorted(words):
            parent[w] = w
            for key in match_keys(w) + synonyms.get(w, []) + family.get(w, []):
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
    titled: tuple[int, ...] = ()  # cluster ids of titles written before a name ("President Putin")


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

    def units(
        self, spans: list[tuple[int, int]], clusters: WordClusters, titles: frozenset[str] = frozenset()
    ) -> list[_Unit]:
        """titles: words that are a title when a capitalised word follows ("President Putin"):
        those uses are recorded in each unit's ``titled``."""
        out = []
        id_of = clusters.ids
        content = {w: is_content(w) for w in self.words()}
        starts, toks, text = self.starts, self.toks, self.text
        for start, end in spans:
            lo = bisect.bisect_left(starts, start)
            hi = bisect.bisect_left(starts, end, lo)
            while hi > lo and toks[hi - 1][1] > end:
                hi -= 1
            words = [t[2] for t in toks[lo:hi]]
            ids = [id_of[w] for w in words]
            titled = ()
            if titles:
                titled = tuple(
                    ids[k - lo]
                    for k in range(lo, hi - 1)
                    if toks[k][2] in titles and text[toks[k + 1][0]].isupper()
                )
            out.append(_Unit(start, end, words, ids, [c for w, c in zip(words, ids) if content[w]], titled))
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
            other = ub[j].ids
            if 2 * min(len(ids), len(other)) < PASSAGE_SIMILARITY * (len(ids) + len(other)):
                continue  # lengths alone rule it out
            matcher = SequenceMatcher(None, ids, other, autojunk=False)
            if matcher.quick_ratio() < PASSAGE_SIMILARITY:
                continue  # the words in any order are not similar enough: skip the costly ratio
            ratio = matcher.ratio()
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


def informativeness(clusters: WordClusters, lex: Lexicon, floor: float, ceiling: float) -> dict[int, float]:
    """How much a word says, from how rare it is in English at large: ceiling minus its Zipf
    frequency ("militias" says more than "said"), at least floor. A cluster takes the value of
    its most common word."""
    out: dict[int, float] = {}
    for word, c in clusters.ids.items():
        value = max(floor, ceiling - lex.zipf(word))
        if value < out.get(c, ceiling):
            out[c] = value
    return out


def align_sentences(
    ua: list[_Unit],
    ub: list[_Unit],
    idf: dict[int, float],
    skip_a: set[int],
    skip_b: set[int],
    numbers: set[int],
    names: frozenset[int] = frozenset(),
    info: dict[int, float] | None = None,
    settings: LexicalSettings = DEFAULT.compare.lexical,
) -> list[AlignedSentence]:
    """Sentences reporting the same fact in other words.

    Each sentence is a vector of its content word clusters (stems, spellings, synonyms and
    each outlet's contested word for one thing count as one word), weighted by how rare the
    word is in the pair (IDF) and in English (informativeness), numbers weighing more; a title
    before a name ("President Putin") is left out, since one outlet writes it and the other not.
    Pairs are scored by cosine and taken best first, one-to-one. Sharing only names is not
    enough ("Iran and Saudi Arabia are rivals" / "Saudi Arabia and Iran restored ties"): a pair
    must also share align_min_told words that say what happened (or numbers). A sentence that holds two
    facts may be aligned a second time, to a sentence sharing none of the first pair's words.

    Candidates come from an inverted index with prefix filtering (rarest words first), so the
    time grows with the number of sentences, not its square."""
    info = info or {}
    threshold = settings.align_similarity
    # The score discounts words only one sentence has (delta < 1): a long sentence rich in
    # detail the other leaves out still matches on the fact both tell. It is at most the cosine
    # divided by delta squared, so candidates are gathered at that cosine.
    delta2 = settings.align_unshared_weight ** 2
    lowest = min(threshold, settings.align_second_floor if settings.align_second_fact else threshold)
    gather = lowest * delta2
    vec_a = [_vector(u, idf, numbers, info, settings) for u in ua]
    vec_b = [_vector(u, idf, numbers, info, settings) for u in ub]
    index: dict[int, list[int]] = defaultdict(list)
    max_b: dict[int, float] = {}
    for j, v in enumerate(vec_b):
        if j in skip_b:
            continue
        for c, x in v.items():
            index[c].append(j)
            if x > max_b.get(c, 0.0):
                max_b[c] = x
    candidates: list[tuple[float, int, int, frozenset[int]]] = []
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
            if rest[k] + skipped < gather / 2:
                # Probing on to half the threshold costs a few postings more but lets most
                # candidates (one shared rare word) be dropped below without a full cosine.
                bound = rest[k] + skipped
                break
            posting = index.get(c, ())
            x = v[c]
            if len(posting) > settings.align_max_posting:
                skipped += x * max_b.get(c, 0.0)
                continue
            for j in posting:
                partial[j] += x * vec_b[j][c]
        else:
            bound = skipped
        for j, dot in partial.items():
            if dot + bound < gather:
                continue
            w = vec_b[j]
            common = v.keys() & w.keys()
            if len(common) < settings.align_min_shared or len(common - names) < settings.align_min_told:
                continue
            score = _similarity(v, w, common, delta2)
            if score >= lowest:
                candidates.append((score, i, j, frozenset(common)))
    candidates.sort(key=lambda c: (-round(c[0], 9), c[1], c[2]))
    return _assign(candidates, vec_a, vec_b, ua, ub, names, settings)


def _similarity(v: dict[int, float], w: dict[int, float], common: set[int], delta2: float) -> float:
    """Cosine of two unit vectors with the words only one of them has weighed delta (delta2 is
    its square); 1 when delta is 1 and the vectors are equal."""
    dot = sum(v[c] * w[c] for c in common)
    shared_v = sum(v[c] * v[c] for c in common)
    shared_w = sum(w[c] * w[c] for c in common)
    norm2 = (shared_v + delta2 * (1.0 - shared_v)) * (shared_w + delta2 * (1.0 - shared_w))
    return dot / math.sqrt(norm2) if norm2 > 0 else 0.0


def _assign(
    candidates: list[tuple[float, int, int, frozenset[int]]],
    vec_a: list[dict[int, float]],
    vec_b: list[dict[int, float]],
    ua: list[_Unit],
    ub: list[_Unit],
    names: frozenset[int],
    settings: LexicalSettings,
) -> list[AlignedSentence]:
    """Best pair first, each sentence once. Then a sentence already aligned may be aligned a
    second time when the rest of it (its words less those its first pair shares) tells a fact
    of a sentence still free: the pair is scored again on that rest, must share enough words
    of it, and must reach align_second_similarity."""
    threshold = settings.align_similarity
    delta2 = settings.align_unshared_weight ** 2
    taken_a: dict[int, frozenset[int]] = {}
    taken_b: dict[int, frozenset[int]] = {}
    chosen: list[tuple[float, int, int]] = []
    for score, i, j, common in candidates:
        if score >= threshold and i not in taken_a and j not in taken_b:
            taken_a[i] = common
            taken_b[j] = common
            chosen.append((score, i, j))
    if settings.align_second_fact:
        seconds: list[tuple[float, int, int, frozenset[int]]] = []
        for _score, i, j, common in candidates:
            if (i in taken_a) == (j in taken_b):
                continue  # both free (below the threshold) or both taken
            first = taken_a[i] if i in taken_a else taken_b[j]
            rest = common - first
            if len(rest) < settings.align_min_shared or len(rest - names) < settings.align_min_told:
                continue
            v, w = vec_a[i], vec_b[j]
            if i in taken_a:
                v = _unit({c: x for c, x in v.items() if c not in first})
            else:
                w = _unit({c: x for c, x in w.items() if c not in first})
            score = _similarity(v, w, rest, delta2)
            if score >= settings.align_second_similarity:
                seconds.append((score, i, j, rest))
        seconds.sort(key=lambda c: (-round(c[0], 9), c[1], c[2]))
        again_a: set[int] = set()
        again_b: set[int] = set()
        for score, i, j, _rest in seconds:
            if i in taken_a and j not in taken_b and i not in again_a:
                again_a.add(i)
            elif j in taken_b and i not in taken_a and j not in again_b:
                again_b.add(j)
            else:
                continue
            taken_a.setdefault(i, frozenset())
            taken_b.setdefault(j, frozenset())
            chosen.append((score, i, j))
    out = [
        AlignedSentence(Span(ua[i].start, ua[i].end), Span(ub[j].start, ub[j].end), round(min(0.99, score), 4))
        for score, i, j in chosen  # 1 is kept for identical text
    ]
    out.sort(key=lambda s: (s.a.start, s.b.start))
    return out


def _unit(vec: dict[int, float]) -> dict[int, float]:
    norm = math.sqrt(sum(x * x for x in vec.values()))
    return {c: x / norm for c, x in vec.items()} if norm else {}


def _vector(
    u: _Unit, idf: dict[int, float], numbers: set[int], info: dict[int, float], settings: LexicalSettings
) -> dict[int, float]:
    """Unit-length weighted vector of a sentence's content words, titles before names left out."""
    counts = Counter(u.content)
    for c in u.titled:
        counts[c] -= 1
    vec = {
        c: (1 + math.log(n)) * idf.get(c, 1.0) * info.get(c, 1.0) * (settings.align_number_boost if c in numbers else 1.0)
        for c, n in counts.items()
        if n > 0
    }
    return _unit(vec)


def idf_of(units: list[_Unit]) -> dict[int, float]:
    df: Counter[int] = Counter()
    for u in units:
        df.update(set(u.content))
    n = len(units) or 1
    return {c: math.log((n + 1) / (k + 0.5)) for c, k in df.items()}

