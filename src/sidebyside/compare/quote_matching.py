"""Shared and related quotations: the same utterance quoted by both articles, or close in meaning.

Candidates come from an inverted index of the quotes' content-word clusters, never from
comparing every quote of A with every quote of B.

What similarity means (in [0, 1], 1 only for identical normalised words):
- shared quote: Dice over the aligned words of the two utterances, in the stretch both quote
  (a trimmed quote can score 0.99: the words it keeps are the same); exact = same words.
- related quote: share of the lighter quote's content words (weighted 1 + IDF) in the other.

A scare-quoted phrase of two or more words ("potential arson") is shared with a quotation of the
other article that holds its words in order: the phrase was taken from that statement. A name in
quotation marks ("New Moon") or a single word ("drive-by") is too weak a clue for that.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from diff_match_patch import diff_match_patch

from sidebyside.compare.attribution import speaker_contrast
from sidebyside.compare.budget import WorkBudget, unlimited
from sidebyside.compare.matching import Tokenized, WordClusters, _Unit
from sidebyside.compare.text import fold, is_content
from sidebyside.model import Diff, Quote, SharedQuote, Span
from sidebyside.settings import DEFAULT, AttributionSettings

# Work charged to the comparison's budget (compare.budget): per utterance indexed or looked up,
# and per word of a pair of candidate quotes compared.
_UTTERANCE_COST = 20
_WORD_COST = 2

_PIECES = re.compile(r"\w+|\W+")  # words and what separates them, for word-level diffs



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
    settings: AttributionSettings = DEFAULT.compare.attribution,
    budget: WorkBudget | None = None,
) -> tuple[list[SharedQuote], list[SharedQuote]]:
    """(shared, related): the same utterance quoted by both; close in meaning only. Each pair
    carries both quotes' speakers and whether the two outlets credit it differently.

    Utterances are compared whole, so a quote split by its attribution in one article matches
    the same words quoted in one piece in the other; each pair of parts that holds matched words
    is reported (a span is always one contiguous part), with the utterances' similarity."""
    budget = budget or unlimited()
    if not budget.spend(_UTTERANCE_COST * (len(quotes_a) + len(quotes_b)), "shared quotes"):
        return [], []
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
        if not budget.spend(_UTTERANCE_COST, "shared quotes"):
            break
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
            if len(posting) <= settings.quote_max_posting:
                counts.update(posting)
        for j in sorted(counts):
            if counts[j] < 2:
                continue  # one shared word is never the same utterance nor a related one
            v = ub[j]
            if not budget.spend(_WORD_COST * (len(u.unit.ids) + len(v.unit.ids)), "shared quotes"):
                break
            verdict = _compare_quotes(u.unit, v.unit, counts[j], idf, settings)
            if verdict is None:
                continue
            kind, similarity, exact, blocks = verdict
            for pa, pb in _part_pairs(u, v, blocks, kind, settings):
                qa, qb = quotes_a[u.parts[pa]], quotes_b[v.parts[pb]]
                part_exact = u.part_units[pa].words == v.part_units[pb].words
                pair = _pair(dmp, diff_cache, text_a, qa, text_b, qb, similarity, part_exact, kind == "shared")
                (shared if kind == "shared" else related).append(pair)
    paired = {(s.a.start, s.b.start) for s in shared}
    for ua_, ub_, qa_, qb_, text_f, flip in (
        (ua, ub, quotes_a, quotes_b, text_a, False),
        (ub, ua, quotes_b, quotes_a, text_b, True),
    ):
        phrases = [
            u
            for u in ua_
            if u.fragment
            and len(_WORD.findall(text_f, qa_[u.parts[0]].start, qa_[u.parts[0]].end)) >= settings.fragment_min_words
            and not _capitalised(text_f, qa_[u.parts[0]])
        ]
        for frag, other, part, similarity in _contained_fragments(phrases, ub_, settings, budget):
            qf, qo = qa_[frag.parts[0]], qb_[other.parts[part]]
            qa, qb = (qo, qf) if flip else (qf, qo)
            if (qa.start, qb.start) in paired:
                continue
            paired.add((qa.start, qb.start))
            shared.append(_pair(dmp, diff_cache, text_a, qa, text_b, qb, similarity, False, True))
    key = lambda s: (s.a.start, s.b.start, s.a.end, s.b.end)  # noqa: E731
    return sorted(shared, key=key), sorted(related, key=key)


_WORD = re.compile(r"\w+(?:['’\-]\w+)*")  # a word as a reader counts it: "drive-by" is one
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _capitalised(text: str, q: Quote) -> bool:
    """Every word capitalised: a name or a title ("New Moon"), not a phrase someone said."""
    words = _LETTER_WORD.findall(text, q.start, q.end)
    return bool(words) and all(w[0].isupper() for w in words)


def _contained_fragments(
    mine: list[_Utterance], theirs: list[_Utterance], settings: AttributionSettings, budget: WorkBudget
) -> list[tuple[_Utterance, _Utterance, int, float]]:
    """Scare-quoted phrases (mine, fragments) of one article found inside a longer quotation of the other ("potential
    arson" / "We are treating it as suspicious and as potential arson"): (fragment, utterance,
    index of the part holding the words, similarity). Only phrases of two or more words with a
    content word, matched in order and contiguous (word for word when the phrase has a single
    content word: "steps up" is not in "step up its pressure"), or with one word slipped in when
    the phrase holds two content words ("undeserved attention" / "undeserved negative attention")."""
    postings: dict[int, set[int]] = defaultdict(set)
    for j, v in enumerate(theirs):
        for c in v.unit.content:
            postings[c].add(j)
    out = []
    for u in mine:
        ids, content = u.unit.ids, set(u.unit.content)
        if not content:
            continue
        max_gap = settings.fragment_max_gap if len(content) >= 2 else 0
        candidates = set.intersection(*(postings.get(c, set()) for c in content))
        for j in sorted(candidates):
            v = theirs[j]
            if not budget.spend(_WORD_COST * len(v.unit.ids), "shared quotes"):
                return out
            if v.fragment and v.unit.ids == ids:
                continue  # the same scare quote in both: paired one to one above
            found = _find_in_order(ids, v.unit.ids, max_gap)
            if found is None or (len(v.unit.ids) <= len(ids) and found[1] == 0):
                continue
            at, gap = found
            if len(content) < 2 and v.unit.words[at : at + len(ids)] != u.unit.words:
                continue  # one content word: the very same words ("steps up" is not in "step up its pressure")
            out.append((u, v, v.part_of[at], 0.99 if gap == 0 else round(2 * len(ids) / (2 * len(ids) + gap), 4)))
    return out


def _find_in_order(needle: list[int], hay: list[int], max_gap: int) -> tuple[int, int] | None:
    """(index in hay where needle's words begin, words slipped in between) for the first place
    that holds needle's words in order with at most max_gap others in between, else None."""
    n = len(needle)
    for i in range(len(hay) - n + 1):
        if hay[i] != needle[0]:
            continue
        k, gap, pos = 1, 0, i + 1
        while k < n and pos < len(hay):
            if hay[pos] == needle[k]:
                k += 1
            else:
                gap += 1
                if gap > max_gap:
                    break
            pos += 1
        if k == n:
            return i, gap
    return None


def _part_pairs(
    u: _Utterance, v: _Utterance, blocks: list, kind: str, settings: AttributionSettings
) -> list[tuple[int, int]]:
    """Which parts of two matched utterances hold the matched words (a related pair: the parts
    sharing the most content words)."""
    if len(u.parts) == 1 and len(v.parts) == 1:
        return [(0, 0)]
    if kind == "shared":
        counts: Counter[tuple[int, int]] = Counter()
        for blk in blocks:
            for k in range(blk.size):
                counts[(u.part_of[blk.a + k], v.part_of[blk.b + k])] += 1
        pairs = []
        for p, n in counts.items():
            shorter = min(len(u.part_units[p[0]].ids), len(v.part_units[p[1]].ids))
            if n >= min(3, shorter) and (n >= settings.part_pair_min_words or n >= settings.part_pair_min_share * shorter):
                pairs.append(p)
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
    return SharedQuote(
        Span(qa.start, qa.end),
        Span(qb.start, qb.end),
        round(similarity, 4),
        exact,
        diffs,
        speaker_a=qa.speaker,
        speaker_b=qb.speaker,
        speaker_contrast=speaker_contrast(qa.speaker, qb.speaker)
        if with_diffs and _named_where_credited(text_a, qa) and _named_where_credited(text_b, qb)
        else None,
    )


def _named_where_credited(text: str, q: Quote) -> bool:
    """The words that credit the quote name its speaker ("said Dirk Kempthorne", "a source told"),
    rather than a pronoun or a description resolved to them ("he said"): a teaching cue says that
    two outlets credit the words differently, and must not rest on a guess of who "he" is."""
    if not q.speaker or q.speaker_span is None:
        return False
    credit = fold(text[q.speaker_span.start : q.speaker_span.end])
    last = fold(q.speaker.split()[-1]) if q.speaker.split() else ""
    return bool(last) and last in credit


def _compare_quotes(
    a: _Unit, b: _Unit, shared_content: int, idf: dict[int, float], settings: AttributionSettings
) -> tuple[str, float, bool, list] | None:
    if not a.ids or not b.ids:
        return None
    exact = a.words == b.words
    fewest = min(len(set(a.content)), len(set(b.content)))
    if not exact and shared_content < 0.5 * fewest and shared_content < settings.overlap_run_content:
        return _related(a, b, idf, settings)  # too few words in common to be the same utterance
    blocks = [blk for blk in SequenceMatcher(None, a.ids, b.ids, autojunk=False).get_matching_blocks() if blk.size]
    matched = sum(blk.size for blk in blocks)
    shorter = min(len(a.ids), len(b.ids))
    matched_content = sum(1 for blk in blocks for k in range(blk.size) if is_content(a.words[blk.a + k]))
    longest = max(blocks, key=lambda blk: blk.size, default=None)
    longest_content = (
        sum(1 for k in range(longest.size) if is_content(a.words[longest.a + k])) if longest is not None else 0
    )
    needed_content = max(2, min(settings.shared_quote_min_content, len(set(a.content)), len(set(b.content))))
    trimmed = matched >= settings.shared_quote_coverage * shorter and matched_content >= needed_content
    overlapping = (
        longest is not None
        and longest.size >= settings.overlap_run_tokens
        and longest_content >= settings.overlap_run_content
        # a long name ("the Russian Ministry of Foreign Affairs") is no shared utterance
        and (longest.size >= settings.overlap_run_long or longest.size >= settings.overlap_run_share * shorter)
    )
    if exact or trimmed or overlapping:
        # Similarity of the words both quote: the aligned windows, not the trimmed-off rest.
        wa = blocks[-1].a + blocks[-1].size - blocks[0].a
        wb = blocks[-1].b + blocks[-1].size - blocks[0].b
        similarity = 1.0 if exact else min(0.99, 2 * matched / (wa + wb))
        return ("shared", similarity, exact, blocks)
    return _related(a, b, idf, settings)


def _related(a: _Unit, b: _Unit, idf: dict[int, float], settings: AttributionSettings) -> tuple[str, float, bool, list] | None:
    score = _related_score(a, b, idf)
    if score >= settings.related_quote_score and _related_evidence(a, b):
        return ("related", min(score, 0.99), False, [])
    return None


def _related_score(a: _Unit, b: _Unit, idf: dict[int, float]) -> float:
    """Share of the lighter quote's content words that the other one has, each weighted 1 + IDF
    (damped: a rare word counts more, a common one still counts)."""
    weight = lambda c: 1.0 + idf.get(c, 1.0)  # noqa: E731
    sa, sb = set(a.content), set(b.content)
    wa, wb = sum(map(weight, sa)), sum(map(weight, sb))
    small, other, total = (sa, sb, wa) if wa <= wb else (sb, sa, wb)  # (the lighter's weight, summed once)
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
