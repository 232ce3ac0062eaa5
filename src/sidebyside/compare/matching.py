"""Matching across two articles: shared and related quotes, shared passages, aligned sentences.

All candidate pairs come from inverted indexes (word clusters, shingles), never from comparing
every item of A with every item of B; the expensive comparisons run on candidates only.

What similarity means for each kind (all in [0, 1], 1 only for identical normalised words):
- shared quote: Dice over the aligned words of the two utterances, in the stretch both quote
  (a trimmed quote can score 0.99: the words it keeps are the same); exact = same words.
- related quote: share of the lighter quote's content words (weighted 1 + IDF) in the other.
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

from diff_match_patch import diff_match_patch

from sidebyside.compare.termdata import Lexicon, lexicon
from sidebyside.compare.text import SYNONYMS, fold, is_content, match_keys, tokens
from sidebyside.compare.tokens import inflections
from sidebyside.model import AlignedSentence, Diff, Quote, SharedPassage, SharedQuote, Span

# Thresholds, tuned on the hand-written pairs of tests/compare.
SHARED_QUOTE_COVERAGE = 0.8  # share of the shorter quote's words found in order in the other
SHARED_QUOTE_MIN_CONTENT = 3  # content words the matched part must hold (so no idiom matches)
OVERLAP_RUN_TOKENS = 6  # a partly overlapping quote: one unbroken run of this many words ...
OVERLAP_RUN_CONTENT = 4  # ... holding this many content words
OVERLAP_RUN_SHARE = 0.4  # ... and covering this share of the shorter quote,
OVERLAP_RUN_LONG = 12  # ... unless it is this long
RELATED_QUOTE_SCORE = 0.35  # IDF-weighted share of the shorter quote's content words
PASSAGE_SIMILARITY = 0.8
PASSAGE_MIN_TOKENS = 6
ALIGN_SIMILARITY = 0.3
ALIGN_MIN_SHARED = 2
ALIGN_NAME_BOOST = 1.25  # weight of names and numbers against other content words
SHINGLE = 3
_PIECES = re.compile(r"\w+|\W+")  # words and what separates them, for word-level diffs
# Index entries shared by this many items carry little evidence, and scanning them would make
# the time grow with the square of the length: candidates come from the rarer entries only.
QUOTE_MAX_POSTING = 24
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

    def __init__(self, text: str):
        self.text = text
        inserted = [m.span() for m in _BRACKETED.finditer(text)]
        toks = tokens(text)
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


# --------------------------------------------------------------------------- quotes


@dataclass
class _Utterance:
    """A quotation as said: its parts (indexes into the quotes), their words run together."""

    parts: list[int]
    unit: _Unit
    part_of: list[int]  # for each word of unit, the index (into parts) of the part holding it
    part_units: list[_Unit]
    fragment: bool


def _utterances(tok: Tokenized, quotes: tuple[Quote, ...], clusters: WordClusters) -> list[_Utterance]:
    units = tok.units([(q.start, q.end) for q in quotes], clusters)
    groups: dict[int, list[int]] = {}
    for i, q in enumerate(quotes):
        groups.setdefault(q.utterance if q.utterance is not None else i, []).append(i)
    out = []
    for first in sorted(groups):
        parts = groups[first]
        words, ids, content, part_of = [], [], [], []
        for k, i in enumerate(parts):
            words += units[i].words
            ids += units[i].ids
            content += units[i].content
            part_of += [k] * len(units[i].ids)
        unit = _Unit(quotes[parts[0]].start, quotes[parts[-1]].end, words, ids, content)
        out.append(_Utterance(parts, unit, part_of, [units[i] for i in parts], quotes[first].kind == "fragment"))
    return out


def match_quotes(
    ta: Tokenized,
    quotes_a: tuple[Quote, ...],
    tb: Tokenized,
    quotes_b: tuple[Quote, ...],
    idf: dict[int, float],
    clusters: WordClusters,
) -> tuple[list[SharedQuote], list[SharedQuote]]:
    """(shared, related): the same utterance quoted by both; close in meaning only.

    Utterances are compared whole, so a quote split by its attribution in one article matches
    the same words quoted in one piece in the other; each pair of parts that holds matched words
    is reported (a span is always one contiguous part), with the utterances' similarity."""
    text_a, text_b = ta.text, tb.text
    ua = _utterances(ta, quotes_a, clusters)
    ub = _utterances(tb, quotes_b, clusters)
    index: dict[int, set[int]] = defaultdict(set)
    fragments: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for j, u in enumerate(ub):
        if u.fragment:
            fragments[tuple(u.unit.ids)].append(j)
        else:
            for c in u.unit.content:
                index[c].add(j)
    shared: list[SharedQuote] = []
    related: list[SharedQuote] = []
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # no time limit: the same input must give the same diff on any machine
    diff_cache: dict[tuple[str, str], tuple[Diff, ...]] = {}
    fragment_seen: Counter[tuple[int, ...]] = Counter()
    for u in ua:
        if u.fragment:
            # Scare quotes: shared only when both outlets put marks round the same words; the
            # n-th use in A goes with the n-th in B (the last when B has fewer), not with all.
            key = tuple(u.unit.ids)
            same = fragments.get(key, ()) if u.unit.content else ()
            if same:
                j = same[min(fragment_seen[key], len(same) - 1)]
                fragment_seen[key] += 1
                exact = u.unit.words == ub[j].unit.words
                qa, qb = quotes_a[u.parts[0]], quotes_b[ub[j].parts[0]]
                shared.append(_pair(dmp, diff_cache, text_a, qa, text_b, qb, 1.0 if exact else 0.95, exact, True))
            continue
        counts: Counter[int] = Counter()
        for c in set(u.unit.content):
            posting = index.get(c, ())
            if len(posting) <= QUOTE_MAX_POSTING:
                counts.update(posting)
        for j in sorted(counts):
            if counts[j] < 2:
                continue  # one shared word is never the same utterance nor a related one
            v = ub[j]
            verdict = _compare_quotes(u.unit, v.unit, counts[j], idf)
            if verdict is None:
                continue
            kind, similarity, exact, blocks = verdict
            for pa, pb in _part_pairs(u, v, blocks, kind):
                qa, qb = quotes_a[u.parts[pa]], quotes_b[v.parts[pb]]
                part_exact = u.part_units[pa].words == v.part_units[pb].words
                pair = _pair(dmp, diff_cache, text_a, qa, text_b, qb, similarity, part_exact, kind == "shared")
                (shared if kind == "shared" else related).append(pair)
    key = lambda s: (s.a.start, s.b.start, s.a.end, s.b.end)  # noqa: E731
    return sorted(shared, key=key), sorted(related, key=key)


def _part_pairs(u: _Utterance, v: _Utterance, blocks: list, kind: str) -> list[tuple[int, int]]:
    """Which parts of two matched utterances hold the matched words (a related pair: the parts
    sharing the most content words)."""
    if len(u.parts) == 1 and len(v.parts) == 1:
        return [(0, 0)]
    if kind == "shared":
        counts: Counter[tuple[int, int]] = Counter()
        for blk in blocks:
            for k in range(blk.size):
                counts[(u.part_of[blk.a + k], v.part_of[blk.b + k])] += 1
        pairs = [
            p
            for p, n in counts.items()
            if n >= min(3, len(u.part_units[p[0]].ids), len(v.part_units[p[1]].ids))
        ]
        return sorted(pairs) or [max(counts, key=lambda p: (counts[p], -p[0], -p[1]))]
    best = max(
        ((pa, pb) for pa in range(len(u.parts)) for pb in range(len(v.parts))),
        key=lambda p: (len(set(u.part_units[p[0]].content) & set(v.part_units[p[1]].content)), -p[0], -p[1]),
    )
    return [best]


def _pair(
    dmp: diff_match_patch,
    cache: dict[tuple[str, str], tuple[Diff, ...]],
    text_a: str,
    qa: Quote,
    text_b: str,
    qb: Quote,
    similarity: float,
    exact: bool,
    with_diffs: bool,
) -> SharedQuote:
    """Diffs only for shared quotes: related ones differ by design, and diffing them is costly."""
    diffs: tuple[Diff, ...] = ()
    if with_diffs:
        key = (text_a[qa.start : qa.end], text_b[qb.start : qb.end])
        if key not in cache:
            cache[key] = _diffs(dmp, *key)
        diffs = cache[key]
    return SharedQuote(Span(qa.start, qa.end), Span(qb.start, qb.end), round(similarity, 4), exact, diffs)


def _compare_quotes(a: _Unit, b: _Unit, shared_content: int, idf: dict[int, float]) -> tuple[str, float, bool, list] | None:
    if not a.ids or not b.ids:
        return None
    exact = a.words == b.words
    fewest = min(len(set(a.content)), len(set(b.content)))
    if not exact and shared_content < 0.5 * fewest and shared_content < OVERLAP_RUN_CONTENT:
        return _related(a, b, idf)  # too few words in common to be the same utterance
    blocks = [blk for blk in SequenceMatcher(None, a.ids, b.ids, autojunk=False).get_matching_blocks() if blk.size]
    matched = sum(blk.size for blk in blocks)
    shorter = min(len(a.ids), len(b.ids))
    matched_content = sum(1 for blk in blocks for k in range(blk.size) if is_content(a.words[blk.a + k]))
    longest = max(blocks, key=lambda blk: blk.size, default=None)
    longest_content = (
        sum(1 for k in range(longest.size) if is_content(a.words[longest.a + k])) if longest is not None else 0
    )
    needed_content = max(2, min(SHARED_QUOTE_MIN_CONTENT, len(set(a.content)), len(set(b.content))))
    trimmed = matched >= SHARED_QUOTE_COVERAGE * shorter and matched_content >= needed_content
    overlapping = (
        longest is not None
        and longest.size >= OVERLAP_RUN_TOKENS
        and longest_content >= OVERLAP_RUN_CONTENT
        # a long name ("the Russian Ministry of Foreign Affairs") is no shared utterance
        and (longest.size >= OVERLAP_RUN_LONG or longest.size >= OVERLAP_RUN_SHARE * shorter)
    )
    if exact or trimmed or overlapping:
        # Similarity of the words both quote: the aligned windows, not the trimmed-off rest.
        wa = blocks[-1].a + blocks[-1].size - blocks[0].a
        wb = blocks[-1].b + blocks[-1].size - blocks[0].b
        similarity = 1.0 if exact else min(0.99, 2 * matched / (wa + wb))
        return ("shared", similarity, exact, blocks)
    return _related(a, b, idf)


def _related(a: _Unit, b: _Unit, idf: dict[int, float]) -> tuple[str, float, bool, list] | None:
    score = _related_score(a, b, idf)
    if score >= RELATED_QUOTE_SCORE and _related_evidence(a, b):
        return ("related", min(score, 0.99), False, [])
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
    """Character-level differences, cleaned up for people. Diffed word by word first (each word
    coded as one character, as diff-match-patch's line mode does) so long quotes stay fast, then
    each short replaced stretch letter by letter ("Turk|ish|ey")."""
    if a == b:
        return (Diff(0, a),) if a else ()
    words: dict[str, str] = {}
    code = lambda t: "".join(words.setdefault(w, chr(0xE000 + len(words))) for w in _PIECES.findall(t))  # noqa: E731
    coded = dmp.diff_main(code(a), code(b), False)
    back = {c: w for w, c in words.items()}
    diffs: list[tuple[int, str]] = []
    pending: dict[int, str] = {-1: "", 1: ""}

    def flush() -> None:
        old, new = pending[-1], pending[1]
        if old and new and len(old) + len(new) <= 160:
            diffs.extend(dmp.diff_main(old, new, False))
        else:
            diffs.extend((op, t) for op, t in ((-1, old), (1, new)) if t)
        pending[-1] = pending[1] = ""

    for op, text in coded:
        decoded = "".join(back[c] for c in text)
        if op == 0:
            flush()
            diffs.append((0, decoded))
        else:
            pending[op] += decoded
    flush()
    dmp.diff_cleanupMerge(diffs)
    dmp.diff_cleanupSemantic(diffs)
    return tuple(Diff(op, text) for op, text in diffs if text)


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

