"""Two Articles → Comparison (pure Python, no Qt).

Stages: quotes and their speakers per article; then, over shared word clusters and indexes,
shared and related quotes, shared passages (near-identical sentence runs) and aligned sentences
(same fact, other words); then framing (compare.framing, when present).
"""

from __future__ import annotations

from sidebyside.compare.matching import (
    WordClusters,
    _make_units,
    _units,
    align_sentences,
    idf_of,
    match_passages,
    match_quotes,
)
from sidebyside.compare.quotes import find_quotes
from sidebyside.compare.speakers import attribute
from sidebyside.compare.text import split_sentences
from sidebyside.model import Article, Comparison, Framing, Quote

try:  # framing is built alongside; compare works without it until it lands
    from sidebyside.compare.framing import analyse_framing
except ImportError:  # pragma: no cover - depends on the state of the tree
    analyse_framing = None


def article_quotes(text: str) -> tuple[Quote, ...]:
    """Every quoted part of text with its kind, links and speaker."""
    marks = find_quotes(text)
    speakers = attribute(text, marks)
    return tuple(
        Quote(
            start=m.start,
            end=m.end,
            text=text[m.start : m.end],
            speaker=speaker,
            speaker_span=span,
            kind=m.kind,
            utterance=m.utterance,
            nested_in=m.nested_in,
        )
        for m, (speaker, span) in zip(marks, speakers)
    )


def compare(a: Article, b: Article) -> Comparison:
    text_a, text_b = a.text or "", b.text or ""
    quotes = (article_quotes(text_a), article_quotes(text_b))

    sentences_a = [(s.start, s.end) for s in split_sentences(text_a)]
    sentences_b = [(s.start, s.end) for s in split_sentences(text_b)]
    words: set[str] = set()
    toks_a = _units(text_a, sentences_a, words)
    toks_b = _units(text_b, sentences_b, words)
    _units(text_a, [(q.start, q.end) for q in quotes[0]], words)
    _units(text_b, [(q.start, q.end) for q in quotes[1]], words)
    clusters = WordClusters(words)
    units_a = _make_units(sentences_a, toks_a, clusters)
    units_b = _make_units(sentences_b, toks_b, clusters)
    idf = idf_of(units_a + units_b)
    boost = _names_and_numbers(text_a, toks_a, clusters) | _names_and_numbers(text_b, toks_b, clusters)

    shared_quotes, related_quotes = match_quotes(text_a, quotes[0], text_b, quotes[1], idf, clusters)
    passages, in_passage_a, in_passage_b = match_passages(units_a, units_b)
    aligned = align_sentences(units_a, units_b, idf, in_passage_a, in_passage_b, boost)

    framing = analyse_framing(a, b, quotes) if analyse_framing is not None else Framing()
    return Comparison(
        articles=(a, b),
        quotes=quotes,
        shared_quotes=tuple(shared_quotes),
        related_quotes=tuple(related_quotes),
        shared_passages=tuple(passages),
        aligned_sentences=tuple(aligned),
        framing=framing,
    )


def _names_and_numbers(text: str, sentences: list[list[tuple[int, int, str]]], clusters: WordClusters) -> set[int]:
    """Clusters of capitalised words (not sentence-initial) and numbers: the facts' anchors."""
    out: set[int] = set()
    for toks in sentences:
        for k, (start, _end, word) in enumerate(toks):
            if word.isdigit() or (k > 0 and text[start].isupper()):
                out.add(clusters[word])
    return out
