"""The coverage of three or more articles, grouped from their pairwise comparisons.

Pairwise comparison stays the unit: this module reads only ``Comparison`` objects (their shared
quotes, passages, aligned sentences and framing) and groups what several pairs found into
cross-outlet groups: one utterance quoted by several outlets (with who trimmed or altered it),
one fact told by several, one wire passage, how each outlet names one actor, whom each cites,
what only one names, and each outlet's distinctive and loaded words.

Grouping is a union of pairwise matches, strongest first, that never joins two different
passages of one article: a group holds at most one place per article, so a chain of loose
matches (A~B, B~C) cannot pull unrelated sentences into one group.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Iterable, Mapping, Sequence

from sidebyside.settings import DEFAULT, CoverageSettings
from sidebyside.model import Article, Comparison, DistinctiveTerm, LoadedTerm, Span, article_to_json, to_jsonable

COVERAGE_SCHEMA = "sidebyside.coverage/1"
Pair = tuple[int, int]


@dataclass(frozen=True)
class Member:
    """One article's part of a group: where it is and what it says there."""

    article: int
    start: int
    end: int
    text: str
    speaker: str | None = None  # quotes: who the article says spoke
    change: str | None = None  # quotes: "full", "trimmed" (fewer of the same words) or "altered"
    parts: tuple[Span, ...] = ()  # quotes: each quoted part of the utterance, without the attribution between


@dataclass(frozen=True)
class QuoteGroup:
    members: tuple[Member, ...]
    exact: bool  # every outlet quotes the same words


@dataclass(frozen=True)
class Group:
    members: tuple[Member, ...]


@dataclass(frozen=True)
class NamingGroup:
    entity: str
    members: tuple[Member, ...]  # every article's mentions of the referent


@dataclass(frozen=True)
class SourceGroup:
    name: str
    members: tuple[Member, ...]
    kind: str | None = None


@dataclass(frozen=True)
class OnlyInOne:
    entity: str
    article: int
    spans: tuple[Span, ...]
    kind: str | None = None


@dataclass(frozen=True)
class OutletWords:
    article: int
    distinctive: tuple[DistinctiveTerm, ...]
    loaded: tuple[LoadedTerm, ...]


@dataclass(frozen=True)
class Coverage:
    articles: tuple[Article | None, ...]
    quotes: tuple[QuoteGroup, ...] = ()
    passages: tuple[Group, ...] = ()
    facts: tuple[Group, ...] = ()
    naming: tuple[NamingGroup, ...] = ()
    sources: tuple[SourceGroup, ...] = ()
    only_in: tuple[OnlyInOne, ...] = ()
    words: tuple[OutletWords, ...] = ()

    def outlets_of(self, members: Iterable[Member]) -> list[int]:
        return sorted({m.article for m in members})


# --------------------------------------------------------------------------- grouping


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


class _Grouper:
    """Union-find over (article, span) nodes that keeps at most one place per article per group."""

    def __init__(self) -> None:
        self.parent: dict[tuple[int, int, int], tuple[int, int, int]] = {}
        self.places: dict[tuple[int, int, int], dict[int, list[tuple[int, int]]]] = {}

    def node(self, article: int, start: int, end: int) -> tuple[int, int, int]:
        key = (article, start, end)
        if key not in self.parent:
            self.parent[key] = key
            self.places[key] = {article: [(start, end)]}
        return key

    def find(self, key):
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a, b) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        pa, pb = self.places[ra], self.places[rb]
        for article in pa.keys() & pb.keys():
            if not all(_overlap(x, y) > 0 for x in pa[article] for y in pb[article]):
                return False  # two different places of one article: not the same utterance or fact
        self._join(ra, rb)
        return True

    def join_parts(self, a, b) -> None:
        """One place of one article although apart: two parts of one statement."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._join(ra, rb)

    def _join(self, ra, rb) -> None:
        pa, pb = self.places[ra], self.places[rb]
        self.parent[rb] = ra
        for article, spans in pb.items():
            pa.setdefault(article, []).extend(spans)
        del self.places[rb]

    def groups(self) -> list[dict[int, list[tuple[int, int]]]]:
        return [places for places in self.places.values() if len(places) >= 2]


def _pairs(comparisons: Mapping[Pair, Comparison]) -> list[tuple[int, int, Comparison]]:
    """Each unordered pair once, as (i, j, comparison of i then j)."""
    seen, out = set(), []
    for (i, j), comparison in sorted(comparisons.items()):
        key = (min(i, j), max(i, j))
        if key in seen:
            continue
        seen.add(key)
        out.append((i, j, comparison))
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _change(words: list[str], longest: list[str]) -> str:
    if words == longest:
        return "full"
    if len(words) < len(longest) and set(words) <= set(longest):
        return "trimmed"
    return "altered"


# --------------------------------------------------------------------------- quotes


def _utterances(quotes, text: str, gap: int) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """Per quote: (the span of its statement's first part, the spans of all its parts).

    The parts of one statement are one place: those the quote finder links (``utterance``), and
    quotes that follow each other in one paragraph with the same speaker (or none found) and
    only an attribution between them ('"…," the governor said. "…"')."""
    first_of: list[int] = []
    for k, q in enumerate(quotes):
        first = q.utterance if q.utterance is not None and 0 <= q.utterance < k + 1 else k
        first_of.append(first_of[first] if first < k else k)
    order = sorted(range(len(quotes)), key=lambda k: quotes[k].start)
    for x, y in zip(order, order[1:]):
        qx, qy = quotes[x], quotes[y]
        if first_of[y] == first_of[x] or qx.nested_in is not None or qy.nested_in is not None:
            continue
        between = text[qx.end:qy.start]
        same_voice = qx.speaker is None or qy.speaker is None or qx.speaker == qy.speaker
        if 0 <= len(between) <= gap and "\n" not in between and same_voice:
            old, new = first_of[y], first_of[x]
            first_of = [new if f == old else f for f in first_of]
    parts: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for k, q in enumerate(quotes):
        parts[first_of[k]].append((q.start, q.end))
    return [((quotes[f].start, quotes[f].end), parts[f]) for f in first_of]


def _utterance_at(quotes, utterances, span) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """The utterance of the quote that overlaps a matched span most (the span itself if none)."""
    best, best_overlap = None, 0
    for k, q in enumerate(quotes):
        overlap = _overlap((q.start, q.end), (span.start, span.end))
        if overlap > best_overlap:
            best, best_overlap = k, overlap
    if best is None:
        return (span.start, span.end), [(span.start, span.end)]
    return utterances[best]


_WORD_SPANS = re.compile(r"\w+")


def _shared_stretch(text: str, own: Span, other_text: str, other: Span) -> tuple[int, int]:
    """The stretch of the quote at ``own`` that the matched quote at ``other`` says too: from
    the first to the last word of their common runs (of two words or more; the longest run when
    none is), so that a quote two places of another article share is seen in two stretches.
    The whole quote when they have no word in common."""
    words = [(m.start(), m.end(), m.group().casefold()) for m in _WORD_SPANS.finditer(text, own.start, own.end)]
    theirs = [w.casefold() for w in _WORD_SPANS.findall(other_text, other.start, other.end)]
    blocks = [b for b in SequenceMatcher(None, [w[2] for w in words], theirs, autojunk=False).get_matching_blocks() if b.size]
    if not blocks:
        return own.start, own.end
    runs = [b for b in blocks if b.size >= 2] or [max(blocks, key=lambda b: b.size)]
    return words[runs[0].a][0], words[runs[-1].a + runs[-1].size - 1][1]


def _parts_quoted_whole(matched) -> list[tuple[tuple[int, int, int], tuple[int, int, int]]]:
    """Places of one article that are parts of one statement because another outlet quotes them
    as one: its single quote shares one stretch of its words with each of them, the stretches
    apart and in the same order ('"It's official: … / I'd like to thank …"' in one outlet, two
    quotes in another; or '"… stay in jail, which is what he has to look forward to …"' in one,
    '"… stay in jail," said X. / "Which is what he has to look forward to …"' in another, where
    the part after the attribution shares only its own stretch of the one quote). Without this
    the statement splits into two groups, each missing a part.
    Two quotes that share overlapping words of one quote (a phrase and the statement it was taken
    from) stay apart."""
    joined = []
    for (_node, _other), found in matched.items():
        by_place: dict[tuple[int, int, int], tuple[int, int]] = {}
        for own, place in found:  # all of the quote's words that this place shares
            start, end = by_place.get(place, own)
            by_place[place] = (min(start, own[0]), max(end, own[1]))
        if len(by_place) < 2:
            continue
        ordered = sorted(by_place.items(), key=lambda item: item[1])
        apart = all(x[1][1] <= y[1][0] for x, y in zip(ordered, ordered[1:]))
        in_order = all(x[0][1:] < y[0][1:] and x[0][2] <= y[0][1] for x, y in zip(ordered, ordered[1:]))
        if apart and in_order:
            joined.extend((ordered[0][0], place) for place, _own in ordered[1:])
    return joined


def _quote_groups(articles, pairs, statement_gap: int) -> tuple[QuoteGroup, ...]:
    grouper = _Grouper()
    edges = []
    parts: dict[tuple[int, int, int], set[tuple[int, int]]] = defaultdict(set)
    speakers: dict[tuple[int, int, int], list[str]] = defaultdict(list)
    matched: dict[tuple[tuple[int, int, int], int], list] = defaultdict(list)
    for i, j, c in pairs:
        utterances = (_utterances(c.quotes[0], articles[i].text, statement_gap),
                      _utterances(c.quotes[1], articles[j].text, statement_gap))
        for side, index in ((0, i), (1, j)):
            for q, (first, _spans) in zip(c.quotes[side], utterances[side]):
                if q.speaker:
                    speakers[(index, *first)].append(q.speaker)
        for sq in c.shared_quotes:
            ends = []
            for side, index, span in ((0, i, sq.a), (1, j, sq.b)):
                first, spans = _utterance_at(c.quotes[side], utterances[side], span)
                key = grouper.node(index, *first)
                grouper.places[grouper.find(key)]  # exists
                parts[key].update(spans)
                ends.append(key)
            # strongest first: the same words, and as much of both quotes (a phrase taken from a
            # statement joins it only after the longer quotes of that statement have)
            lengths = sorted(len(_words(c.articles[side].text[sp.start : sp.end])) for side, sp in ((0, sq.a), (1, sq.b)))
            edges.append((sq.similarity * (lengths[0] / lengths[1]) ** 0.5 if lengths[1] else 0.0, *ends))
            texts = (c.articles[0].text, c.articles[1].text)
            matched[(ends[0], j)].append((_shared_stretch(texts[0], sq.a, texts[1], sq.b), ends[1]))
            matched[(ends[1], i)].append((_shared_stretch(texts[1], sq.b, texts[0], sq.a), ends[0]))
    for a, b in _parts_quoted_whole(matched):
        grouper.join_parts(a, b)
    for _, a, b in sorted(edges, key=lambda e: -e[0]):
        grouper.union(a, b)
    out = []
    for root in list(grouper.places):
        nodes = [k for k in grouper.parent if grouper.find(k) == root]
        by_article: dict[int, list] = defaultdict(list)
        for key in nodes:
            by_article[key[0]].append(key)
        if len(by_article) < 2:
            continue
        members = []
        for article, keys in sorted(by_article.items()):
            spans = sorted(set().union(*(parts[k] for k in keys)))
            text = articles[article].text
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            said = [sp for k in keys for sp in speakers.get(k, ())]
            speaker = max(set(said), key=said.count) if said else None
            members.append((article, start, end, " … ".join(text[s:e] for s, e in spans), speaker,
                            tuple(Span(s, e) for s, e in spans)))
        word_lists = [_words(m[3]) for m in members]
        longest = max(word_lists, key=len)
        built = tuple(Member(a, s, e, t, sp, _change(w, longest), parts)
                      for (a, s, e, t, sp, parts), w in zip(members, word_lists))
        exact = all(w == word_lists[0] for w in word_lists)
        out.append(QuoteGroup(built, exact))
    out.sort(key=lambda g: (-len(g.members), g.members[0].article, g.members[0].start))
    return tuple(out)


# --------------------------------------------------------------------------- facts and passages


def _span_groups(articles, pairs, attribute: str) -> tuple[Group, ...]:
    grouper = _Grouper()
    edges = []
    for i, j, c in pairs:
        for match in getattr(c, attribute):
            edges.append((match.similarity, grouper.node(i, match.a.start, match.a.end),
                          grouper.node(j, match.b.start, match.b.end)))
    by_article: dict[int, list] = defaultdict(list)
    for key in grouper.parent:
        by_article[key[0]].append(key)
    for keys in by_article.values():  # the same sentence or passage found by several pairs
        keys.sort(key=lambda k: (k[1], k[2]))
        for x, y in zip(keys, keys[1:]):
            shorter = min(x[2] - x[1], y[2] - y[1])
            if _overlap(x[1:], y[1:]) * 2 > shorter:
                grouper.union(x, y)
    for _, a, b in sorted(edges, key=lambda e: -e[0]):
        grouper.union(a, b)
    out = []
    for places in grouper.groups():
        members = []
        for article, spans in sorted(places.items()):
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            members.append(Member(article, start, end, articles[article].text[start:end]))
        out.append(Group(tuple(members)))
    out.sort(key=lambda g: (-len(g.members), g.members[0].article, g.members[0].start))
    return tuple(out)


# --------------------------------------------------------------------------- framing


def _entity_key(name: str) -> str:
    return " ".join(_words(name))


def _naming(articles, pairs) -> tuple[NamingGroup, ...]:
    """Every article's mentions of each referent that some pair names differently."""
    parent: dict[str, str] = {}

    def find(k):
        while parent.setdefault(k, k) != k:
            k = parent[k]
        return k

    names: dict[str, str] = {}
    mentions: dict[str, set[tuple[int, int, int, str]]] = defaultdict(set)
    owner: dict[tuple[int, int, int], str] = {}
    for i, j, c in pairs:
        for lc in c.framing.label_contrasts:
            key = _entity_key(lc.entity)
            if not key:
                continue
            names.setdefault(key, lc.entity)
            find(key)
            for index, ms in ((i, lc.a), (j, lc.b)):
                for m in ms:
                    mentions[key].add((index, m.start, m.end, m.text))
                    other = owner.setdefault((index, m.start, m.end), key)
                    if find(other) != find(key):  # one mention, two names: one referent
                        parent[find(key)] = find(other)
    merged: dict[str, set] = defaultdict(set)
    entity_of: dict[str, str] = {}
    for key, found in mentions.items():
        root = find(key)
        merged[root] |= found
        entity_of.setdefault(root, names[root] if root in names else names[key])
    out = []
    for root, found in merged.items():
        members = tuple(Member(a, s, e, t) for a, s, e, t in sorted(found))
        if len({m.article for m in members}) >= 2:
            out.append(NamingGroup(entity_of[root], members))
    out.sort(key=lambda g: (-len({m.article for m in g.members}), -len(g.members), g.entity.casefold()))
    return tuple(out)


def _sources(articles, pairs) -> tuple[SourceGroup, ...]:
    """Who each outlet cites: one row per source, with each citing article's places."""
    rows: dict[str, dict[int, set[tuple[int, int]]]] = defaultdict(lambda: defaultdict(set))
    names: dict[str, str] = {}
    kinds: dict[str, str | None] = {}
    for i, j, c in pairs:
        for index, cited in ((i, c.framing.sources[0]), (j, c.framing.sources[1])):
            for src in cited:
                key = _entity_key(src.name)
                if not key:
                    continue
                names.setdefault(key, src.name)
                kinds.setdefault(key, src.kind)
                for sp in src.spans:
                    rows[key][index].add((sp.start, sp.end))
    out = []
    for key, places in rows.items():
        members = tuple(Member(a, s, e, articles[a].text[s:e])
                        for a in sorted(places) for s, e in sorted(places[a]))
        out.append(SourceGroup(names[key], members, kinds[key]))
    out.sort(key=lambda g: (-len({m.article for m in g.members}), g.name.casefold()))
    return tuple(out)


def _only_in(articles, pairs) -> tuple[OnlyInOne, ...]:
    """Entities one article names and no other: only-in for that article against every other."""
    per_article: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for i, j, c in pairs:
        for index, items in ((i, c.framing.only_in[0]), (j, c.framing.only_in[1])):
            per_article[index].append({_entity_key(o.entity): o for o in items})
    present = [k for k, a in enumerate(articles) if a is not None]
    out = []
    for index in present:
        found = per_article.get(index, [])
        if len(found) < len(present) - 1 or not found:
            continue
        common = set(found[0])
        for other in found[1:]:
            common &= set(other)
        for key in sorted(common):
            first = found[0][key]
            out.append(OnlyInOne(first.entity, index, first.spans, first.kind))
    return tuple(out)


def _words_per_outlet(articles, pairs, limit: int) -> tuple[OutletWords, ...]:
    """Each outlet's distinctive words (those distinctive against most of the others, by mean
    score) and its loaded terms."""
    scores: dict[int, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    spelled: dict[int, dict[str, str]] = defaultdict(dict)
    loaded: dict[int, dict[tuple[int, int], LoadedTerm]] = defaultdict(dict)
    rivals: dict[int, int] = defaultdict(int)
    for i, j, c in pairs:
        for side, index in ((0, i), (1, j)):
            rivals[index] += 1
            for t in c.framing.distinctive_terms[side]:
                key = t.term.casefold()
                scores[index][key].append(t.score)
                counts[index][key] = max(counts[index].get(key, 0), t.count)
                spelled[index].setdefault(key, t.term)
            for lt in c.framing.loaded_terms[side]:
                loaded[index].setdefault((lt.start, lt.end), lt)
    out = []
    for index in sorted(rivals):
        ranked = []
        for key, values in scores[index].items():
            if len(values) * 2 < rivals[index]:
                continue  # distinctive against only a few of the others
            ranked.append(DistinctiveTerm(spelled[index][key], round(sum(values) / rivals[index], 3),
                                          counts[index][key]))
        ranked.sort(key=lambda t: (-t.score, t.term))
        terms = tuple(sorted(loaded[index].values(), key=lambda t: t.start))
        out.append(OutletWords(index, tuple(ranked[:limit]), terms))
    return tuple(out)


# --------------------------------------------------------------------------- entry points


def build_coverage(articles: Sequence[Article | None], comparisons: Mapping[Pair, Comparison],
                   settings: CoverageSettings = DEFAULT.compare.coverage) -> Coverage:
    """Group the pairwise ``comparisons`` (keyed by (i, j), comparing article i then j) of
    ``articles`` into the coverage of the set. Missing articles (None) take no part."""
    pairs = [(i, j, c) for i, j, c in _pairs(comparisons)
             if articles[i] is not None and articles[j] is not None]
    return Coverage(
        articles=tuple(articles),
        quotes=_quote_groups(articles, pairs, settings.statement_gap),
        passages=_span_groups(articles, pairs, "shared_passages"),
        facts=_span_groups(articles, pairs, "aligned_sentences"),
        naming=_naming(articles, pairs),
        sources=_sources(articles, pairs),
        only_in=_only_in(articles, pairs),
        words=_words_per_outlet(articles, pairs, settings.words_per_outlet),
    )


def cover(articles: Sequence[Article], compare=None,
          settings: CoverageSettings = DEFAULT.compare.coverage) -> Coverage:
    """Compare every pair of ``articles`` and group the results (the command line's path)."""
    if compare is None:
        from sidebyside.compare import compare
    comparisons = {(i, j): compare(articles[i], articles[j])
                   for i in range(len(articles)) for j in range(i + 1, len(articles))}
    return build_coverage(articles, comparisons, settings)


def coverage_to_json(coverage: Coverage) -> dict[str, Any]:
    data = to_jsonable(coverage)
    data["articles"] = [article_to_json(a) if a is not None else None for a in coverage.articles]
    return {"schema": COVERAGE_SCHEMA, **data}
