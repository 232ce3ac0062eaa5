"""Matching across two articles: shared passages and aligned sentences (quotes: compare.quote_matching).

All candidate pairs come from inverted indexes (word clusters, shingles), never from comparing
every item of A with every item of B; the expensive comparisons run on candidates only.

What similarity means for each kind (all in [0, 1], 1 only for identical normalised words):
- shared passage: difflib ratio of the word sequences, averaged over the run by length.
- aligned sentence: cosine of IDF-weighted content-word vectors, capped at 0.99.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import accumulate, chain, compress, filterfalse, repeat
from operator import and_, attrgetter, itemgetter, mul, ne, truediv

from sidebyside.compare.alignment_checks import (
    attributions_only,
    dated_numbers,
    figures_with_units,
    rare_figure,
    tells_a_fact,
)
from sidebyside.compare.termdata import UNSEEN_ZIPF, Lexicon, lexicon
from sidebyside.compare.text import fold, is_content, one_letter_wildcards, stem_keys
from sidebyside.compare.tokens import inflections, match_words
from sidebyside.model import AlignedSentence, SharedPassage, Span
from sidebyside.resources import resource_json
from sidebyside.settings import DEFAULT, LexicalSettings


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


def family_word_forms(lex: Lexicon) -> tuple[tuple[str, str, str], ...]:
    """(folded form, family, variant) for every inflection of every one-word term of the
    contested-label families that do not name a person, in the families' order. Terms that need
    a nearby word ("presence" of troops) are left out. Read by the aligner (one key per family)
    and by the word choices (two variants of one family)."""
    forms = lex.derived.get("family_word_forms")
    if forms is None:
        forms = tuple(
            (fold(form), family.id, variant)
            for family in lex.label_families if family.scope != "person"
            for term, near, variant in family.terms if not near and " " not in term.strip()
            for form in inflections(fold(term))
        )
        lex.derived["family_word_forms"] = forms
    return forms


def label_family_keys(lex: Lexicon) -> dict[str, list[str]]:
    """Folded one-word label-family terms and their inflections -> a key per family: each outlet's
    contested word for one thing ("militants"/"fighters", "regime"/"government") counts as the
    same word when sentences are aligned."""
    keys = lex.derived.get("family_keys")
    if keys is None:
        keys = {}
        for form, family, _variant in family_word_forms(lex):
            keys.setdefault(form, []).append("~" + family)
        lex.derived["family_keys"] = keys
    return keys


@functools.lru_cache(maxsize=1)
def _number_word_values() -> dict[str, int]:
    """One-word number words from two up ("three": 3, "sixty": 60, "dozen": 12), from the
    quantities vocabulary the discrepancy cue reads; "one" is left out (a pronoun as often)."""
    data = resource_json("terms/quantities.json")
    return {fold(k): int(v) for k, v in data["number_words"].items() if " " not in k and v >= 2}


def number_key(word: str) -> list[str]:
    """A key shared by a number's digits and its word ("3" and "three", "60" and "sixty"): one
    outlet writes the number one way, the other the other."""
    if word.isdigit():
        return ["#" + str(int(word))] if len(word) <= 4 else []
    value = _number_word_values().get(word)
    return ["#" + str(value)] if value is not None else []


class WordClusters:
    """Folded words of both texts grouped so spelling and derivation variants share an id.
    Words meet through shared match keys (stems, one-letter wildcards, label families): linear,
    no word pairs."""

    def __init__(self, words: set[str]):
        parent: dict[str, str] = {}
        spelt_of: dict[str, str] = {}  # a spelling -> the first word spelt so
        lex = lexicon()
        family = label_family_keys(lex)
        synonyms = synonym_keys(lex)

        def find(w: str) -> str:
            while parent[w] != w:
                parent[w] = parent[parent[w]]
                w = parent[w]
            return w

        def join(w: str, other: str) -> None:
            ra, rb = find(w), find(other)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        owner: dict[str, str] = {}  # key -> the first word (in sorted order) that has it
        claim = owner.setdefault
        number_values = _number_word_values()
        ordered = sorted(words)
        parent.update(zip(ordered, ordered))
        # Words one letter apart (match_keys' wildcards) meet in a bucket: two such words agree
        # on their first three letters and either on the rest of their first half or on their
        # second half; each bucket's few words are compared, not every wildcard of every word built.
        # (most buckets hold one word: a bucket's first is kept alone, a list made at its second)
        first_in: dict[tuple[int, str, str], str] = {}
        buckets: dict[tuple[int, str, str], list[str]] = {}
        first_of = first_in.setdefault
        for w in ordered:
            keys, spelt = stem_keys(w)
            if spelt is not None:
                n = len(spelt)
                half = (n + 3) // 2
                key = (n, spelt[:3], spelt[half:])
                first = first_of(key, spelt)
                if first is not spelt:
                    buckets.setdefault(key, [first]).append(spelt)
                key = (n, spelt[:half], "")
                first = first_of(key, spelt)
                if first is not spelt:
                    buckets.setdefault(key, [first]).append(spelt)
                spelt_of.setdefault(spelt, w)
            # (the lists below hold few words: most words are in none of them)
            if w in synonyms:
                keys = keys + synonyms[w]
            if w in family:
                keys = keys + family[w]
            if w in number_values or w.isdigit():
                keys = keys + number_key(w)
            for key in keys:  # (a word has a key or two: most words, no key another word has)
                other = claim(key, w)
                if other != w:
                    join(w, other)
        for spelt_words in buckets.values():  # (each of two words or more)
            if len(spelt_words) > _BUCKET_COMPARED:  # (many words alike: their wildcards, linear)
                first_with: dict[str, str] = {}
                for spelt in spelt_words:
                    for key in one_letter_wildcards(spelt):
                        join(spelt_of[spelt], spelt_of[first_with.setdefault(key, spelt)])
                continue
            for k, spelt in enumerate(spelt_words):
                for other in spelt_words[k + 1 :]:
                    if sum(map(ne, spelt, other)) <= 1:
                        join(spelt_of[spelt], spelt_of[other])
        # Ids in the order of the roots' spelling, in one pass over the words in that order: a
        # root is the least word of its cluster (join keeps the lesser), so each word meets its
        # root, and the root its id, before or when it comes (most words are their own root).
        ids: dict[str, int] = {}
        roots = 0
        for w in ordered:
            up = parent[w]
            if up == w:
                ids[w] = roots
                roots += 1
            else:
                ids[w] = ids[find(up)]
        self.ids = ids

    def __getitem__(self, word: str) -> int:
        return self.ids[word]


_BUCKET_COMPARED = 24  # a bucket of more words than this joins them by their wildcards (WordClusters)


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


_WORD_OF = itemgetter(2)  # a match word's folded form
_START_OF = itemgetter(0)
_CONTENT = attrgetter("content")


class Tokenized:
    """A text's words, folded, found once; any span's words are a slice (bisect), not a rescan.
    Words inside [brackets] are left out: editors insert them into quotations."""

    def __init__(self, text: str, toks: list[tuple[int, int, str]] | None = None):
        """toks: (start, end, folded word) of every word, when the caller has them already."""
        self.text = text
        inserted = [m.span() for m in _BRACKETED.finditer(text)]
        toks = match_words(text) if toks is None else toks
        if inserted:
            # the words starting inside an insertion, found by bisection (no step a word)
            starts = list(map(_START_OF, toks))
            keep = bytearray(b"\x01") * len(toks)
            for lo, hi in inserted:
                first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
                keep[first:last] = bytes(last - first)
            toks = list(compress(toks, keep))
        self.toks = toks
        self.starts = [t[0] for t in toks]
        self._words: set[str] | None = None
        self._content: dict[str, bool] | None = None

    def words(self) -> set[str]:
        if self._words is None:
            self._words = set(map(_WORD_OF, self.toks))
        return self._words

    def _content_words(self) -> dict[str, bool]:
        """Each word: whether it can carry a fact (judged once; the sentences' and the quotes'
        units both read it). A number is a fact's anchor however short ("3 pirate ships" /
        "three skiffs")."""
        if self._content is None:
            self._content = {w: is_content(w) or w.isdigit() for w in self.words()}
        return self._content

    def units(
        self, spans: list[tuple[int, int]], clusters: WordClusters, titles: frozenset[str] = frozenset()
    ) -> list[_Unit]:
        """titles: words that are a title when a capitalised word follows ("President Putin"):
        those uses are recorded in each unit's ``titled``."""
        out = []
        id_of = clusters.ids
        content = self._content_words()
        starts, toks, text = self.starts, self.toks, self.text
        if titles:
            # the tokens of a title a capitalised word follows, picked out of the whole text at
            # once (the few title words at C speed); each span then takes those it holds
            titled_at = [k for k in compress(range(len(toks) - 1), map(titles.__contains__, map(_WORD_OF, toks)))
                         if text[toks[k + 1][0]].isupper()]
        for start, end in spans:
            lo = bisect.bisect_left(starts, start)
            hi = bisect.bisect_left(starts, end, lo)
            while hi > lo and toks[hi - 1][1] > end:
                hi -= 1
            words = list(map(_WORD_OF, toks[lo:hi]))
            ids = list(map(id_of.__getitem__, words))
            titled = ()
            if titles:
                first_titled = bisect.bisect_left(titled_at, lo)
                last_titled = bisect.bisect_left(titled_at, hi - 1, first_titled)
                if last_titled > first_titled:  # (most sentences write no title before a name)
                    titled = tuple(ids[k - lo] for k in titled_at[first_titled:last_titled])
            out.append(_Unit(start, end, words, ids, list(compress(ids, map(content.__getitem__, words))), titled))
        return out

    def capitalised(self, spans: list[tuple[int, int]]) -> set[str]:
        """Words written with a capital inside a sentence, and numbers: the anchors of facts."""
        starts, text = self.starts, self.text
        words = list(map(_WORD_OF, self.toks))
        # which tokens lie in a span, and which in one after its first word (marked span by
        # span); then each word's two facts are read and the words picked out, at C speed
        inside, inner = bytearray(len(words)), bytearray(len(words))
        for start, end in spans:
            lo = bisect.bisect_left(starts, start)
            hi = bisect.bisect_left(starts, end, lo)
            if hi > lo:
                inside[lo:hi] = b"\x01" * (hi - lo)
                inner[lo + 1 : hi] = b"\x01" * (hi - lo - 1)
        out = set(compress(words, map(and_, map(str.isdigit, words), inside)))
        out.update(compress(words, map(and_, map(str.isupper, map(text.__getitem__, starts)), inner)))
        return out


# --------------------------------------------------------------------------- sentences


def match_passages(
    ua: list[_Unit], ub: list[_Unit], settings: LexicalSettings = DEFAULT.compare.lexical
) -> tuple[list[SharedPassage], set[int], set[int]]:
    """Near-identical sentences, merged into runs of consecutive sentences (wire copy). A
    sentence one outlet split in two (or two it joined) still matches, as a pair against one.
    Thresholds: settings.passage_* (similarity, shortest sentence, shingle length and posting cap)."""
    hits_a, hits_b = _shingle_hits(ua, ub, settings.passage_shingle, settings.passage_shingle_max_posting)
    candidates = _near_identical(ua, ub, hits_a, [(i, i) for i in range(len(ua))], settings)
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
    joined = _near_identical(ua, ub, hits_a, free_a, settings, skip=used_b)
    free_b = [(j, j + 1) for j in range(len(ub) - 1) if j not in used_b and j + 1 not in used_b]
    joined += [(r, a, b) for r, b, a in _near_identical(ub, ua, hits_b, free_b, settings, skip=used_a)]
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
    ua: list[_Unit], ub: list[_Unit], size: int, max_posting: int
) -> tuple[list[tuple[int, Counter[int]]], list[tuple[int, dict[int, int]]]]:
    """For each sentence of A, then of B: its number of shingles (runs of size words) and how
    many it shares with each sentence of the other article. Shingles in more than max_posting
    sentences carry little evidence, and scanning them would make the time grow with the square
    of the length: candidates come from the rarer ones only."""
    index: dict[tuple[int, ...], list[int]] = defaultdict(list)
    sizes_b = []
    for j, u in enumerate(ub):
        shingles = set(_shingles(u.ids, size))
        sizes_b.append(len(shingles))
        for sh in shingles:
            index[sh].append(j)
    hits_a = []
    counts_b: list[dict[int, int]] = [{} for _ in ub]  # (plain dicts: only their items are read)
    get = index.get
    for i, u in enumerate(ua):
        shingles = set(_shingles(u.ids, size))
        shared: list[int] = []  # the B sentences of each shared shingle, counted at once below
        for posting in filter(None, map(get, shingles)):  # (the shingles B has, looked up at C speed)
            if len(posting) <= max_posting:
                shared += posting
        counts: Counter[int] = Counter(shared)
        hits_a.append((len(shingles), counts))
        for j, n in counts.items():
            counts_b[j][i] = n
    return hits_a, list(zip(sizes_b, counts_b))


def _near_identical(
    ua: list[_Unit],
    ub: list[_Unit],
    hits: list[tuple[int, dict[int, int]]],
    ranges: list[tuple[int, int]],
    settings: LexicalSettings,
    skip: set[int] = frozenset(),  # type: ignore[assignment]
) -> list[tuple[float, tuple[int, int], tuple[int, int]]]:
    """(ratio, a range, b range) for each range of A sentences (run together) nearly identical
    to one B sentence; candidates are the B sentences sharing enough word shingles."""
    min_tokens, similarity = settings.passage_min_tokens, settings.passage_similarity
    out = []
    for first, last in ranges:
        if first == last:  # one sentence: its own words and counts (read, never changed)
            ids = ua[first].ids
            if len(ids) < min_tokens:
                continue
            total, counts = hits[first]
        else:
            ids = None  # the sentences' words run together: built only for a candidate
            if sum(len(ua[k].ids) for k in range(first, last + 1)) < min_tokens:
                continue
            total = sum(hits[k][0] for k in range(first, last + 1))
            if sum(max(hits[k][1].values(), default=0) for k in range(first, last + 1)) < max(2, 0.4 * total):
                continue  # no B sentence can share enough: it shares at most each part's most with the run
            counts = Counter()
            for k in range(first, last + 1):
                counts.update(hits[k][1])
        enough = max(2, 0.4 * total)
        for j, n in sorted((j, n) for j, n in counts.items() if n >= enough):
            if j in skip or len(ub[j].ids) < min_tokens:
                continue
            if ids is None:
                ids = [c for k in range(first, last + 1) for c in ua[k].ids]
            other = ub[j].ids
            if 2 * min(len(ids), len(other)) < similarity * (len(ids) + len(other)):
                continue  # lengths alone rule it out
            matcher = SequenceMatcher(None, ids, other, autojunk=False)
            if matcher.quick_ratio() < similarity:
                continue  # the words in any order are not similar enough: skip the costly ratio
            ratio = matcher.ratio()
            if ratio >= similarity:
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


def _shingles(ids: list[int], size: int) -> list[tuple[int, ...]]:
    if len(ids) < size:
        return [tuple(ids)] if ids else []
    return list(zip(*(ids[k:] for k in range(size))))  # every run of size ids, in order


def informativeness(clusters: WordClusters, lex: Lexicon, floor: float, ceiling: float) -> dict[int, float]:
    """How much a word says, from how rare it is in English at large: ceiling minus its Zipf
    frequency ("militias" says more than "said"), at least floor. A cluster takes the value of
    its most common word."""
    out: dict[int, float] = {}
    zipf_of = lex.background.get  # lex.zipf's lookup, once per word of the pair
    for word, c in clusters.ids.items():
        value = ceiling - zipf_of(word, UNSEEN_ZIPF)
        if not value > floor:
            value = floor  # (max(floor, value) without the call, once per word of the pair)
        if value < out.get(c, ceiling):
            out[c] = value
    return out


# The signals of an aligned pair, in the order of LexicalSettings.align_weights (a logistic
# model: benchmarks/train_alignment.py fits it on the tune part of the aligned-facts gold).
ALIGN_FEATURES = (
    "bias",
    "similarity",  # cosine of the word-cluster vectors, unshared words discounted
    "told",  # log(1 + shared words that are not names: what happened, numbers)
    "names",  # log(1 + shared names)
    "numbers",  # log(1 + shared numbers)
    "best_for_a",  # 1 when no other sentence of B is closer to this sentence of A
    "best_for_b",  # 1 when no other sentence of A is closer to this sentence of B
    "margin_a",  # similarity minus the second best of the A sentence's candidates
    "margin_b",  # the same for the B sentence
    "position_gap",  # how far apart the two sentences sit, as shares of their articles
    "both_lead",  # both among the first two sentences of articles of five sentences or more
    "numbers_differ",  # both give numbers, none shared (a fact told with other figures)
    "length",  # log of the two sentences' content words
    "phrases",  # log(1 + shared pairs of words that are not names, in order, at most one word apart)
    "told_weight",  # how much the shared non-name words say (informativeness, summed)
    "names_differ",  # both name someone, nobody shared
    "rare_told",  # log(1 + shared non-name words in at most two sentences of each article)
    "rare_names",  # log(1 + shared names in at most two sentences of each article)
    "neighbours",  # similarity of the sentences before both, or after both (a run told alike)
    "figure_units",  # each other's closest, sharing a figure few sentences give, with its unit ("300 miles")
    # or with a name few sentences give ("Alex Stalock made 30 saves" / "Alex Stalock ... stopping 30 shots")
)


@dataclass
class AlignCandidate:
    """A sentence pair that may tell one fact, with its signals (ALIGN_FEATURES order)."""

    i: int
    j: int
    similarity: float
    features: tuple[float, ...]


# What a veto of align_sentences says of a pair (compare/fact_kinds.py decides)
ONE_FACT, TWO_FACTS, TWO_EVENTS = 0, 1, 2


def align_sentences(
    candidates: list[AlignCandidate],
    ua: list[_Unit],
    ub: list[_Unit],
    settings: LexicalSettings = DEFAULT.compare.lexical,
    veto: Callable[[int, int, float, float], int] | None = None,
) -> list[AlignedSentence]:
    """Sentences reporting the same fact in other words, chosen among the candidate pairs
    align_candidates found between the sentences ``ua`` and ``ub``.

    Each sentence is a vector of its content word clusters (stems, spellings, synonyms and
    each outlet's contested word for one thing count as one word), weighted by how rare the
    word is in the pair (IDF) and in English (informativeness), numbers weighing more; a title
    before a name ("President Putin") is left out, since one outlet writes it and the other not.
    Candidate pairs come from an inverted index with prefix filtering (rarest words first), so
    the time grows with the number of sentences, not its square. Each candidate gets a
    probability of telling one fact from its signals (ALIGN_FEATURES: the two similarities,
    what the sentences share — names alone say little ("Iran and Saudi Arabia are rivals" /
    "Saudi Arabia and Iran restored ties"), rare shared words much —, whether each is the
    other's closest sentence, where they sit). Pairs are taken most probable first; a sentence
    may be aligned to align_max_per_sentence sentences (one outlet writes in one sentence
    what the other tells in two), each partner after the first only when its probability
    reaches align_second_probability. veto: called with a pair about to be taken (its two
    sentence indexes, its probability and its similarity), says what the two tell by their kind
    (compare/fact_kinds.py): ONE_FACT, taken; TWO_FACTS, the pair is left and its sentences
    stay free for other partners; TWO_EVENTS, neither sentence takes another partner."""
    weights = settings.align_weights
    scored = []
    floor = settings.align_min_probability_long if long_story(ua, ub, settings) else settings.align_min_probability
    for cand in candidates:
        z = sum(map(mul, weights, cand.features))  # (the products summed in order, at C speed)
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        if p >= floor:
            scored.append((p, cand))
    scored.sort(key=lambda t: (-round(t[0], 9), t[1].i, t[1].j))
    used_a: Counter[int] = Counter()
    used_b: Counter[int] = Counter()
    out = []
    limit = settings.align_max_per_sentence
    for p, cand in scored:
        if used_a[cand.i] >= limit or used_b[cand.j] >= limit:
            continue
        if (used_a[cand.i] or used_b[cand.j]) and p < settings.align_second_probability:
            continue  # a sentence's second partner is more often a look-alike than its fact's other half
        if veto is not None:
            objection = veto(cand.i, cand.j, p, cand.similarity)
            if objection != ONE_FACT:
                if objection == TWO_EVENTS:  # neither sentence takes a weaker partner
                    used_a[cand.i] = used_b[cand.j] = limit
                continue
        used_a[cand.i] += 1
        used_b[cand.j] += 1
        out.append(
            AlignedSentence(
                Span(ua[cand.i].start, ua[cand.i].end),
                Span(ub[cand.j].start, ub[cand.j].end),
                round(min(0.99, cand.similarity), 4),  # 1 is kept for identical text
            )
        )
    out.sort(key=lambda s: (s.a.start, s.b.start))
    return out


def long_story(ua: list[_Unit], ub: list[_Unit], settings: LexicalSettings) -> bool:
    """Whether both articles have at least align_long_story sentences: there chance look-alikes
    grow with the pairs of sentences while the facts told in both grow with the shorter article."""
    return 0 < settings.align_long_story <= min(len(ua), len(ub))


def align_candidates(
    ua: list[_Unit],
    ub: list[_Unit],
    idf: dict[int, float],
    skip_a: set[int],
    skip_b: set[int],
    numbers: set[int],
    names: frozenset[int] = frozenset(),
    info: dict[int, float] | None = None,
    settings: LexicalSettings = DEFAULT.compare.lexical,
    times: frozenset[int] = frozenset(),
    quoted: tuple[dict[int, set[int]], dict[int, set[int]]] | None = None,
    counts: tuple[Counter[int], Counter[int]] | None = None,
) -> list[AlignCandidate]:
    """Sentence pairs whose vectors reach align_candidate_similarity, with their signals.
    times: the clusters of day and month names, which like names place a fact but do not tell
    it: a pair sharing names and a date only is no candidate ("Putin hosted Assad on Wednesday"
    / "Putin spoke to Erdogan on Wednesday"); a shared date still counts among its signals. A pair
    that is not each sentence's closest and shares no figure nor a word few sentences use is no
    candidate either (alignment_checks.tells_a_fact: the story's recurring words only).
    quoted: for each article, the word ids each sentence quotes (sentences without a quotation
    left out): two sentences quoting someone that share words outside the quotations only share
    an attribution (alignment_checks.attributions_only). counts: sentence_counts of ua and of ub,
    when the caller has them (the IDF is made of them)."""
    info = info or {}
    quoted_a, quoted_b = quoted or ({}, {})
    delta2 = settings.align_unshared_weight ** 2
    once: dict[int, float] = {}  # a word's weight in a sentence that uses it once, shared by all (_vector)
    vec_a = [_vector(u, idf, numbers, info, settings, once) for u in ua]
    vec_b = [_vector(u, idf, numbers, info, settings, once) for u in ub]
    floor = settings.align_candidate_similarity
    found: list[tuple[int, int, float]] = []
    min_shared = settings.align_min_shared
    probe = _probe(vec_a, vec_b, skip_a, skip_b, floor * delta2, settings.align_max_posting,
                   settings.align_probed_per_sentence)
    for i, j in probe:
        v, w = vec_a[i], vec_b[j]
        if len(w) < len(v):
            v, w = w, v
        shared = list(filter(w.__contains__, v))  # in v's order: the sums below add up the same way
        if len(shared) < min_shared:
            continue
        score = _similarity(v, w, shared, delta2)
        if score >= floor:
            found.append((i, j, score))
    best_a: dict[int, list[float]] = defaultdict(list)
    best_b: dict[int, list[float]] = defaultdict(list)
    for i, j, score in found:
        best_a[i].append(score)
        best_b[j].append(score)
    for scores in (*best_a.values(), *best_b.values()):
        scores.sort(reverse=True)
    # Each sentence keeps its closest candidates only: the time stays linear in the length
    # when many sentences share words (a pair further down is never the fact of either).
    keep = settings.align_candidates_per_sentence
    found = [(i, j, sc) for i, j, sc in found
             if sc >= best_a[i][min(keep, len(best_a[i])) - 1] or sc >= best_b[j][min(keep, len(best_b[j])) - 1]]
    df_a, df_b = counts or (sentence_counts(ua), sentence_counts(ub))
    last_a, last_b = max(len(ua) - 1, 1), max(len(ub) - 1, 1)
    near = {(i, j): score for i, j, score in found}
    # In articles of a few sentences every pair leads, every word is rare and every candidate
    # is the closest: those signals say nothing there, so a pair needs more shared words.
    long_enough = min(len(ua), len(ub)) >= settings.align_long_article
    min_told = settings.align_min_told if long_enough else settings.align_min_told_short
    # what depends on one sentence alone, read once for each sentence of a candidate pair:
    # (its phrases, whether it names someone, whether it gives a number, the days of its dates)
    seen_a: dict[int, tuple[set[tuple[int, int]], bool, bool, set[int]]] = {}
    seen_b: dict[int, tuple[set[tuple[int, int]], bool, bool, set[int]]] = {}
    # the words in at most two sentences of each article
    rare = {c for c, k in df_a.items() if k <= 2 and df_b.get(c, 3) <= 2}
    topic_sentences, topic_info = settings.align_fact_word_sentences, settings.align_fact_word_info
    # In long articles of one story, each other's closest sentences may still share only the
    # story's names and recurring words: the check holds for every pair there.
    check_closest = long_story(ua, ub, settings) and settings.align_fact_word_long
    if check_closest:
        topic_info = max(topic_info, settings.align_fact_word_info_long)
    attributions = settings.align_quotes_share_words and quoted_a and quoted_b
    rare_names_tell = settings.align_fact_rare_names_long if check_closest else 0
    figure_most = settings.align_figure_unit_sentences
    figure_units = _FigureUnits(ua, ub, numbers, times, figure_most)
    named_figures = settings.align_figure_with_rare_name and figure_most > 0
    out = []
    info_of = info.get
    for i, j, score in found:
        v, w = vec_a[i], vec_b[j]
        common = v.keys() & w.keys()
        told = common - names
        if len(told - times) < min_told:
            continue  # names (and dates) alone, or with one word, do not make one fact
        shared_names = common & names
        if attributions and attributions_only(told, shared_names, quoted_a.get(i), quoted_b.get(j)):
            continue  # one person quoted twice, the quotations sharing nothing: two statements
        side_a = seen_a.get(i)
        if side_a is None:
            side_a = seen_a[i] = (_phrases(ua[i].content, names), not names.isdisjoint(v), not numbers.isdisjoint(v),
                                  dated_numbers(ua[i].ids, numbers, times))
        side_b = seen_b.get(j)
        if side_b is None:
            side_b = seen_b[j] = (_phrases(ub[j].content, names), not names.isdisjoint(w), not numbers.isdisjoint(w),
                                  dated_numbers(ub[j].ids, numbers, times))
        phrases_a, has_names_a, nums_a, dated_a = side_a
        phrases_b, has_names_b, nums_b, dated_b = side_b
        shared_numbers = len(common & numbers)
        ra, rb = best_a[i], best_b[j]
        best_for_a, best_for_b = score >= ra[0] - 1e-12, score >= rb[0] - 1e-12
        if topic_sentences and (check_closest or not (best_for_a and best_for_b)) and not tells_a_fact(
                told, times, numbers, dated_a & dated_b, df_a, df_b, info, topic_sentences, topic_info) and not (
                rare_names_tell and best_for_a and best_for_b and len(shared_names & rare) >= rare_names_tell):
            # each sentence has a closer partner (or both articles are long), and the two share
            # only the story's names, dates and recurring words: two facts about one story
            continue
        out.append(
            AlignCandidate(
                i,
                j,
                score,
                (
                    1.0,
                    score,
                    math.log1p(len(told)),
                    math.log1p(len(shared_names)),
                    math.log1p(shared_numbers),
                    float(best_for_a),
                    float(best_for_b),
                    score - (ra[1] if len(ra) > 1 else 0.0),
                    score - (rb[1] if len(rb) > 1 else 0.0),
                    abs(i / last_a - j / last_b),
                    float(i < 2 and j < 2 and long_enough),
                    float(nums_a and nums_b and not shared_numbers),
                    math.log(len(ua[i].content) + len(ub[j].content) + 1) / 4,
                    math.log1p(len(phrases_a & phrases_b)),
                    sum(map(info_of, told, repeat(1.0))) / 10,
                    float(has_names_a and has_names_b and not shared_names),
                    math.log1p(len(told & rare)),
                    math.log1p(len(shared_names & rare)),
                    max(near.get((i - 1, j - 1), 0.0), near.get((i + 1, j + 1), 0.0)),
                    float(shared_numbers > 0 and best_for_a and best_for_b and (figure_units.rare(i, j) or (
                        named_figures and not shared_names.isdisjoint(rare)
                        and rare_figure((common & numbers) - dated_a - dated_b, df_a, df_b, figure_most)))),
                ),
            )
        )
    return out


class _FigureUnits:
    """Which figures with their unit ("300 miles") two sentences share that few sentences of
    each article give: one figure in one unit said again and again by a product review
    ("16-inch MacBook") is its topic, not a fact. Each sentence's figures are read, and counted
    over both articles, at the first pair that asks (most pairs share no number)."""

    def __init__(self, ua: list[_Unit], ub: list[_Unit], numbers: set[int], times: frozenset[int], most: int):
        self._sides, self._numbers, self._times, self._most = (ua, ub), numbers, times, most
        self._found: tuple[list[set[tuple[int, int]]], list[set[tuple[int, int]]]] | None = None
        self._counts: tuple[Counter, Counter] = (Counter(), Counter())

    def rare(self, i: int, j: int) -> bool:
        """Whether sentence i of A and j of B share a figure with its unit that at most `most`
        sentences of each article give."""
        if self._most <= 0:
            return False
        if self._found is None:
            numbers, times = self._numbers, self._times
            self._found = tuple(
                [figures_with_units(u.ids, u.words, numbers, dated_numbers(u.ids, numbers, times), is_content)
                 for u in units]
                for units in self._sides)
            self._counts = tuple(Counter(chain.from_iterable(found)) for found in self._found)
        (found_a, found_b), (count_a, count_b) = self._found, self._counts
        return any(count_a[k] <= self._most and count_b[k] <= self._most for k in found_a[i] & found_b[j])


def _probe(
    vec_a: list[dict[int, float]],
    vec_b: list[dict[int, float]],
    skip_a: set[int],
    skip_b: set[int],
    gather: float,
    max_posting: int,
    per_sentence: int,
) -> list[tuple[int, int]]:
    """Pairs whose dot product may reach gather, at most per_sentence for each sentence of A
    (the largest dot products found while probing), from an inverted index of B's words probed
    with A's rarest words first (prefix filtering): no pair of sentences without a shared word
    is ever looked at, and words in more than max_posting sentences are not probed."""
    index: dict[int, list[int]] = defaultdict(list)
    max_b: dict[int, float] = {}
    for j, v in enumerate(vec_b):
        if j in skip_b:
            continue
        for c, x in v.items():
            index[c].append(j)
            if x > max_b.get(c, 0.0):
                max_b[c] = x
    out = []
    # each word's posting length (0: not in B), read once, for every word of A
    postings = dict.fromkeys(chain.from_iterable(vec_a), 0)
    postings.update((c, len(js)) for c, js in index.items())
    by_postings = postings.__getitem__
    max_of = max_b.get
    for i, v in enumerate(vec_a):
        if i in skip_a or not v:
            continue
        # rarest first, ties by word: sorted by word, then (a stable sort) by posting length
        order = sorted(sorted(v), key=by_postings)
        # rest[k]: the best case of the words from the k-th on (summed from the last, at C speed)
        rest = list(accumulate(reversed(list(map(mul, map(v.__getitem__, order), map(max_of, order, repeat(0.0))))),
                               initial=0.0))
        rest.reverse()
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
            if len(posting) > max_posting:
                skipped += x * max_b.get(c, 0.0)
                continue
            for j in posting:
                partial[j] += x * vec_b[j][c]
        else:
            bound = skipped
        # closest first, ties by sentence: (-dot, j) pairs sorted as they compare (no key function)
        reach = sorted([(-dot, j) for j, dot in partial.items() if dot + bound >= gather])
        out.extend((i, j) for j in sorted(j for _dot, j in reach[:per_sentence]))  # the closest so far
    return out


def _phrases(ids: list[int], names: frozenset[int]) -> set[tuple[int, int]]:
    """Ordered pairs of content words next to each other or one word apart, names left out
    (a shared "Vladimir Putin" is a shared name, not a shared phrase)."""
    ids = list(filterfalse(names.__contains__, ids))
    return set(zip(ids, ids[1:])).union(zip(ids, ids[2:]))


def _similarity(v: dict[int, float], w: dict[int, float], common: Iterable[int], delta2: float) -> float:
    """Cosine of two unit vectors with the words only one of them has weighed delta (delta2 is
    its square); 1 when delta is 1 and the vectors are equal."""
    dot = shared_v = shared_w = 0.0
    for c in common:
        x, y = v[c], w[c]
        dot += x * y
        shared_v += x * x
        shared_w += y * y
    norm2 = (shared_v + delta2 * (1.0 - shared_v)) * (shared_w + delta2 * (1.0 - shared_w))
    return dot / math.sqrt(norm2) if norm2 > 0 else 0.0


def _unit(vec: dict[int, float]) -> dict[int, float]:
    values = list(vec.values())
    norm = math.sqrt(sum(map(mul, values, values)))  # (x * x summed in order, at C speed)
    return {c: x / norm for c, x in vec.items()} if norm else {}


def _vector(
    u: _Unit, idf: dict[int, float], numbers: set[int], info: dict[int, float], settings: LexicalSettings,
    once: dict[int, float] | None = None,
) -> dict[int, float]:
    """Unit-length weighted vector of a sentence's content words, titles before names left out.
    once: the weights of words used once in their sentence (most), filled here, for the
    sentences of one pair: each such word's weight is then computed once, not once a sentence."""
    boost, log, idf_of_c, info_of_c = settings.align_number_boost, math.log, idf.get, info.get  # (looked up once)
    if once is None:
        once = {}
    content = u.content
    if not u.titled and len(set(content)) == len(content):
        # (most sentences: each word once and no title, so every weight is a once weight; the
        # same vector as below, in the same order, built at C speed but for the new words)
        for c in filterfalse(once.__contains__, content):
            once[c] = idf_of_c(c, 1.0) * info_of_c(c, 1.0) * (boost if c in numbers else 1.0)
        weights = list(map(once.__getitem__, content))
        norm = math.sqrt(sum(map(mul, weights, weights)))
        return dict(zip(content, map(truediv, weights, repeat(norm)))) if norm else {}
    counts: dict[int, int] = {}
    for c in content:  # (a Counter's generic update costs more than this on a sentence's words)
        counts[c] = counts.get(c, 0) + 1
    for c in u.titled:
        counts[c] = counts.get(c, 0) - 1
    known = once.get
    vec = {}
    for c, n in counts.items():
        if n == 1:
            x = known(c)
            if x is None:  # (the same product as below: 1 + log(1) is 1.0)
                x = once[c] = (1 + log(n)) * idf_of_c(c, 1.0) * info_of_c(c, 1.0) * (boost if c in numbers else 1.0)
            vec[c] = x
        elif n > 0:
            vec[c] = (1 + log(n)) * idf_of_c(c, 1.0) * info_of_c(c, 1.0) * (boost if c in numbers else 1.0)
    return _unit(vec)


def sentence_counts(units: list[_Unit]) -> Counter[int]:
    """How many of the units use each content word cluster (its document frequency)."""
    return Counter(chain.from_iterable(map(set, map(_CONTENT, units))))


def idf_of(units: list[_Unit], df: Counter[int] | None = None) -> dict[int, float]:
    """df: sentence_counts(units), when the caller has it (the two articles' counts added)."""
    if df is None:
        df = sentence_counts(units)
    n = len(units) or 1
    # (a few distinct counts among thousands of words: each count's value computed once)
    value = {k: math.log((n + 1) / (k + 0.5)) for k in set(df.values())}
    return dict(zip(df, map(value.__getitem__, df.values())))

