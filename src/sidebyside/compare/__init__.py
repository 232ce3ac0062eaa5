"""Two Articles → Comparison (pure Python, no Qt).

Each article's text model (compare.articletext: tokens, sentences, quoted parts) is built once
and read by every stage: quotes and their speakers per article; then, over shared word clusters
and indexes, shared and related quotes, shared passages (near-identical sentence runs) and
aligned sentences (same fact, other words); then framing (compare.framing), which reads the
quotes found here.
"""

from __future__ import annotations

from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.discrepancy import with_discrepancies
from sidebyside.compare.framing import analyse_framing
from sidebyside.compare.matching import (
    Tokenized,
    WordClusters,
    align_sentences,
    idf_of,
    informativeness,
    match_passages,
)
from sidebyside.compare.quote_matching import match_quotes
from sidebyside.compare.attribution import Attribution
from sidebyside.compare.termdata import lexicon, pinned_lexicon
from sidebyside.compare.text import HONORIFICS, TIME_WORDS
from sidebyside.model import Article, Block, Comparison, Quote
from sidebyside.settings import DEFAULT


def text_quotes(at: ArticleText) -> tuple[Quote, ...]:
    """Every quoted part of an article's text with its kind, links and speaker."""
    return quotes_of(at, Attribution(at))


def quotes_of(at: ArticleText, attribution: Attribution) -> tuple[Quote, ...]:
    text = at.text
    speakers = [(s.name if s is not None else None, span) for s, span in zip(attribution.speakers, attribution.speaker_spans)]
    for index, credit in at.credits.items():
        speakers[index] = credit
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
        for m, (speaker, span) in zip(at.quotes, speakers)
    )


def article_quotes(text: str, blocks: tuple[Block, ...] = ()) -> tuple[Quote, ...]:
    """Every quoted part of text with its kind, links and speaker; blocks: the article's blocks,
    whose unmarked block quotations are quotes too."""
    return text_quotes(ArticleText(text, blocks))


def compare(a: Article, b: Article) -> Comparison:
    with pinned_lexicon():
        return _compare(a, b)


def _compare(a: Article, b: Article) -> Comparison:
    at_a, at_b = ArticleText.of(a), ArticleText.of(b)
    quotes = (text_quotes(at_a), text_quotes(at_b))

    sentences_a = [(s.start, s.end) for s in at_a.sentences]
    sentences_b = [(s.start, s.end) for s in at_b.sentences]
    tok_a = Tokenized(at_a.text, [(t.start, t.end, t.norm) for t in at_a.tokens])
    tok_b = Tokenized(at_b.text, [(t.start, t.end, t.norm) for t in at_b.tokens])
    clusters = WordClusters(tok_a.words() | tok_b.words())
    titles = frozenset(w for w in tok_a.words() | tok_b.words() if w in HONORIFICS)
    units_a = tok_a.units(sentences_a, clusters, titles)
    units_b = tok_b.units(sentences_b, clusters, titles)
    idf = idf_of(units_a + units_b)
    anchors = tok_a.capitalised(sentences_a) | tok_b.capitalised(sentences_b)
    numbers = {clusters[w] for w in anchors if w.isdigit()}
    names = frozenset(clusters[w] for w in anchors if not w.isdigit() and w not in TIME_WORDS)

    shared_quotes, related_quotes = match_quotes(tok_a, quotes[0], tok_b, quotes[1], idf, clusters)
    passages, in_passage_a, in_passage_b = match_passages(units_a, units_b)
    lexical = DEFAULT.compare.lexical
    info = informativeness(clusters, lexicon(), lexical.align_info_floor, lexical.align_info_ceiling)
    aligned = align_sentences(units_a, units_b, idf, in_passage_a, in_passage_b, numbers, names, info, lexical)
    if lexical.discrepancies:
        aligned = with_discrepancies(aligned, at_a.text, at_b.text, clusters)
        passages = with_discrepancies(passages, at_a.text, at_b.text, clusters)

    framing = analyse_framing(a, b, quotes, texts=(at_a, at_b))
    return Comparison(
        articles=(a, b),
        quotes=quotes,
        shared_quotes=tuple(shared_quotes),
        related_quotes=tuple(related_quotes),
        shared_passages=tuple(passages),
        aligned_sentences=tuple(aligned),
        framing=framing,
    )
