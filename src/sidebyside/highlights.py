"""What to paint, from a Comparison: spans per pane by kind, and the links between panes.

Pure Python (no Qt): the app paints it and the report prints it, so both show the same thing.
Neither analyses text itself; the only searching done here is locating the engine's distinctive
terms, which come without offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sidebyside.compare.loaded import category_help
from sidebyside.labelpaint import differing, word_indexes
from sidebyside.model import Comparison, Diff
from sidebyside.wording import NO_SPEAKER


DISTINCTIVE_PAINTED = 8


@dataclass(frozen=True)
class Link:
    """A matched pair: a span of A and a span of B."""

    kind: str
    a: tuple[int, int]
    b: tuple[int, int]
    similarity: float
    exact: bool = False
    diffs: tuple[Diff, ...] = ()
    discrepancies: tuple = ()  # model.Discrepancy: numbers, dates or places the two ends state differently
    speakers: tuple[str | None, str | None] = (None, None)  # a shared quote's speaker in each article
    speaker_contrast: str | None = None  # SharedQuote.speaker_contrast: the two credit it differently
    anchor: tuple[str, str] | None = None  # AlignedSentence.anchor: the referent named two ways

    def end(self, pane: int) -> tuple[int, int]:
        return self.a if pane == 0 else self.b


@dataclass(frozen=True)
class Highlight:
    kind: str
    start: int
    end: int
    tip: str = ""
    link: int | None = None  # index into Highlights.links
    counterpart: tuple[int, int] | None = None  # a related span in the other pane (label contrasts)
    variant: str = ""  # "quoted": a loaded word inside a quotation (the speaker's word); "possible": a
    # loaded word found by its graded score, not a list (check its sense); both painted apart


@dataclass
class Highlights:
    panes: tuple[list[Highlight], list[Highlight]] = field(default_factory=lambda: ([], []))
    links: list[Link] = field(default_factory=list)
    # label contrasts, loaded and distinctive terms in each headline and standfirst: (field, start,
    # end, kind, tip), offsets into Article.title / .lead as field says
    headings: tuple[list[tuple[str, int, int, str, str]], list[tuple[str, int, int, str, str]]] = field(
        default_factory=lambda: ([], []))

    def of_kind(self, pane: int, kind: str) -> list[Highlight]:
        return [h for h in self.panes[pane] if h.kind == kind]

    def at(self, pane: int, offset: int) -> list[Highlight]:
        """Highlights covering a text offset, narrowest first."""
        hits = [h for h in self.panes[pane] if h.start <= offset < h.end]
        return sorted(hits, key=lambda h: h.end - h.start)


def _pct(similarity: float) -> str:
    return f"{similarity:.0%}"


def likeness(similarity: float, anchor: tuple[str, str] | None = None) -> str:
    """How two matched sentences are alike, for a reader: "62% similar", or, for a fact found by
    the referent both name, how each names it (their words may have little else in common)."""
    if anchor:
        return f"both about one thing, named “{anchor[0]}” / “{anchor[1]}”"
    return f"{similarity:.0%} similar"


def _differing(discrepancies) -> str:
    """ — the same fact with other numbers: 'About 2,500' / '3,000'"""
    if not discrepancies:
        return ""
    kinds = {"number": "numbers", "date": "dates", "place": "places"}
    parts = [f"{kinds.get(d.kind, d.kind)} differ: “{d.a.text}” / “{d.b.text}”" for d in discrepancies]
    return " — " + "; ".join(parts)


def term_spans(text: str, term: str) -> list[tuple[int, int]]:
    """Whole-word, case-insensitive occurrences of a term (the engine gives terms without spans)."""
    if not term.strip():
        return []
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in term.split()) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]


def _loaded_tip(category: str, quoted: bool, scored: bool = False) -> str:
    """'Loaded term (evaluative: a word that judges ...)', and whose word it is when quoted. A word
    found by its score rather than a list is loaded less often (about one in six on pages
    judged by a reader): its tip says so and asks the reader to judge its sense."""
    meaning = category_help(category)
    whose = " — the quoted speaker's word, not the outlet's" if quoted else ""
    if scored:
        return (f"Possibly loaded ({category}{': ' + meaning if meaning else ''}){whose}; found by how often "
                "such words judge, not from a list: check its sense here")
    return f"Loaded term ({category}{': ' + meaning if meaning else ''}){whose}"


def collect(comparison: Comparison) -> Highlights:
    out = Highlights()

    def add_link(kind: str, a, b, similarity: float, tip: str, exact=False, diffs=(), discrepancies=(),
                 speakers=(None, None), speaker_contrast=None, anchor=None) -> None:
        index = len(out.links)
        out.links.append(Link(kind, (a.start, a.end), (b.start, b.end), similarity, exact, tuple(diffs),
                              tuple(discrepancies), tuple(speakers), speaker_contrast, anchor))
        out.panes[0].append(Highlight(kind, a.start, a.end, tip, index))
        out.panes[1].append(Highlight(kind, b.start, b.end, tip, index))

    for sq in comparison.shared_quotes:
        tip = "Shared quote (exact)" if sq.exact else f"Shared quote, near-exact ({_pct(sq.similarity)})"
        if sq.speaker_contrast:
            tip += f" — credited to {sq.speaker_a or NO_SPEAKER} in A, {sq.speaker_b or NO_SPEAKER} in B"
        add_link("shared_quote", sq.a, sq.b, sq.similarity, tip, sq.exact, sq.diffs,
                 speakers=(sq.speaker_a, sq.speaker_b), speaker_contrast=sq.speaker_contrast)
    for sp in comparison.shared_passages:
        tip = f"Shared passage ({_pct(sp.similarity)} similar){_differing(sp.discrepancies)}"
        add_link("shared_passage", sp.a, sp.b, sp.similarity, tip, discrepancies=sp.discrepancies)
    for al in comparison.aligned_sentences:
        tip = f"Aligned sentence ({likeness(al.similarity, al.anchor)}){_differing(al.discrepancies)}"
        add_link("aligned_sentence", al.a, al.b, al.similarity, tip, discrepancies=al.discrepancies, anchor=al.anchor)

    framing = comparison.framing
    indexes = None
    for lc in framing.label_contrasts:
        other = {0: ", ".join(sorted({m.text for m in lc.b})), 1: ", ".join(sorted({m.text for m in lc.a}))}
        # Only the labels the other outlet never uses are painted (labelpaint.py); the Framing
        # tab still lists every mention.
        indexes = indexes or word_indexes(comparison)
        own = {pane: differing(lc, pane, mentions, indexes[1 - pane]) for pane, mentions in ((0, lc.a), (1, lc.b))}
        firsts = {pane: (own[pane] or list((lc.a, lc.b)[pane]) or [None])[0] for pane in (0, 1)}
        for pane in (0, 1):
            there = firsts[1 - pane]
            for m in own[pane]:
                tip = f"Label for {lc.entity}; the other outlet says: {other[pane] or '(not named)'}"
                out.panes[pane].append(Highlight("label_contrast", m.start, m.end, tip,
                                                 counterpart=(there.start, there.end) if there else None))
            theirs = ", ".join(dict.fromkeys(m.text for m in (lc.b, lc.a)[pane])) or "(not named)"
            for m in differing(lc, pane, lc.headings[pane], indexes[1 - pane]):
                if m.field in ("title", "lead"):
                    out.headings[pane].append((m.field, m.start, m.end, "label_contrast",
                                               f"Label for {lc.entity}; the other outlet says: {theirs}"))
    for pane in (0, 1):
        text = comparison.articles[pane].text
        for lt in framing.loaded_terms[pane]:
            tip = _loaded_tip(lt.category, lt.quoted, scored=lt.score is not None)
            # a word found by its graded score is loaded far less often than a listed one: it is
            # painted apart ("possible"), so the page never states what the app only suspects
            variant = "quoted" if lt.quoted else ("possible" if lt.score is not None else "")
            out.panes[pane].append(Highlight("loaded_term", lt.start, lt.end, tip, variant=variant))
        # Only the strongest terms are painted (the Framing tab lists them all): a page
        # speckled with two dozen terms hides the spans that matter.
        strongest = sorted(framing.distinctive_terms[pane], key=lambda t: -t.score)[:DISTINCTIVE_PAINTED]
        for dt in strongest:
            for start, end in [(s.start, s.end) for s in dt.spans] or term_spans(text, dt.term):
                tip = f"Distinctive of this outlet: “{dt.term}” (score {dt.score:.2f})"
                out.panes[pane].append(Highlight("distinctive_term", start, end, tip))
        for ht in framing.heading_terms[pane]:
            if ht.kind == "loaded_term":
                tip = _loaded_tip(ht.category or "", ht.quoted, scored=ht.score is not None)
            else:
                tip = f"Distinctive of this outlet: “{ht.term}”"
            out.headings[pane].append((ht.field, ht.start, ht.end, ht.kind, tip))
        for q in comparison.quotes[pane]:
            tip = f"Quote — {q.speaker}" if q.speaker else f"Quote ({NO_SPEAKER})"
            out.panes[pane].append(Highlight("quote", q.start, q.end, tip))
    for pane in (0, 1):
        out.panes[pane].sort(key=lambda h: (h.start, -h.end))
    return out
