"""Two Articles → Comparison (pure Python, no Qt).

Each article's text model (compare.articletext: tokens, sentences, quoted parts) is built once
and read by every stage: quotes and their speakers per article; then, over shared word clusters
and indexes, shared and related quotes, shared passages (near-identical sentence runs) and
aligned sentences (same fact, other words); then framing (compare.framing), which reads the
quotes found here.
"""

from __future__ import annotations

from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.framing import analyse_framing
from sidebyside.compare.matching import (
    Tokenized,
    WordClusters,
    align_sentences,
    idf_of,
    match_passages,
)
from sidebyside.compare.quote_matching import match_quotes
from sidebyside.compare.relatedness import relatedness
from sidebyside.compare.speakers import attribute
from sidebyside.compare.text import HONORIFICS, TIME_WORDS
from sidebyside.model import Article, Block, Comparison, Quote


def text_quotes(at: ArticleText) -> tuple[Quote, ...]:
    """Every quoted part of an article's text with its kind, links and speaker."""
    text, marks = at.text, at.quotes
    speakers = attribute(text, marks)
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
        for m, (speaker, span) in zip(marks, speakers)
    )


def article_quotes(text: str, blocks: tuple[Block, ...] = ()) -> tuple[Quote, ...]:
    """Every quoted part of text with its kind, links and speaker; blocks: the article's blocks,
    whose unmarked block quotations are quotes too."""
    return text_quotes(ArticleText(text, blocks))


def compare(a: Article, b: Article) -> Comparison:
    at_a, at_b = ArticleText.of(a), ArticleText.of(b)
    quotes = (text_quotes(at_a), text_quotes(at_b))

    sentences_a = [(s.start, s.end) for s in at_a.sentences]
    sentences_b = [(s.start, s.end) for s in at_b.sentences]
    tok_a = Tokenized(at_a.text, [(t.start, t.end, t.norm) for t in at_a.tokens])
    tok_b = Tokenized(at_b.text, [(t.start, t.end, t.norm) for t in at_b.tokens])
    clusters = WordClusters(tok_a.words() | tok_b.words())
    units_a = tok_a.units(sentences_a, clusters)
    units_b = tok_b.units(sentences_b, clusters)
    idf = idf_of(units_a + units_b)
    anchors = tok_a.capitalised(sentences_a) | tok_b.capitalised(sentences_b)
    boost = {clusters[w] for w in anchors}
    names = frozenset(clusters[w] for w in anchors if not w.isdigit() and w not in TIME_WORDS)

    shared_quotes, related_quotes = match_quotes(tok_a, quotes[0], tok_b, quotes[1], idf, clusters)
    passages, in_passage_a, in_passage_b = match_passages(units_a, units_b)
    titles = frozenset(clusters[w] for w in tok_a.words() | tok_b.words() if w in HONORIFICS)
    aligned = align_sentences(units_a, units_b, idf, in_passage_a, in_passage_b, boost, names, titles)

    framing = analyse_framing(a, b, quotes, texts=(at_a, at_b))
    related = relatedness(a, b, (at_a, at_b), shared_quotes=sum(1 for q in shared_quotes if q.exact),
                          shared_passages=len(passages))
    return Comparison(
        articles=(a, b),
        quotes=quotes,
        shared_quotes=tuple(shared_quotes),
        related_quotes=tuple(related_quotes),
        shared_passages=tuple(passages),
        aligned_sentences=tuple(aligned),
        framing=framing,
        relatedness=related,
    )
