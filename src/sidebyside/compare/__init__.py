"""Two Articles → Comparison (pure Python, no Qt).

Each article's text model (compare.articletext: tokens, sentences, quoted parts) is built once
and read by every stage: quotes and their speakers per article; then, over shared word clusters
and indexes, shared and related quotes, shared passages (near-identical sentence runs) and
aligned sentences (same fact, other words); then framing (compare.framing), which reads the
quotes found here.
"""

from __future__ import annotations

from sidebyside.compare.alignment_checks import quoted_words
from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.contrast_facts import facts_of_contrasts
from sidebyside.compare.discrepancy import StatedSentences, cluster_key, with_discrepancies
from sidebyside.compare.fact_kinds import FactKinds
from sidebyside.compare.distinctive import for_one_story
from sidebyside.compare.framing import analyse_framing
from sidebyside.compare.naming.contrasts import times_of_one_story
from sidebyside.compare.only_in import events_of_one_story
from sidebyside.compare.matching import (
    Tokenized,
    WordClusters,
    align_candidates,
    align_sentences,
    idf_of,
    informativeness,
    match_passages,
    sentence_counts,
)
from sidebyside.compare.quote_matching import match_quotes
from sidebyside.compare.attribution import Attribution
from sidebyside.compare.budget import WorkBudget
from sidebyside.compare.termdata import lexicon, pinned_lexicon
from sidebyside.compare.relatedness import DIFFERENT, UNCLEAR, relatedness
from sidebyside.compare.text import HONORIFICS, article_time_words
from sidebyside.compare.tokens import forget_token_lists, match_words
from sidebyside.model import Article, Block, Comparison, Framing, Quote
from sidebyside.safeio import paused_gc
from sidebyside.settings import DEFAULT, Settings


def text_quotes(at: ArticleText, language: str | None = None) -> tuple[Quote, ...]:
    """Every quoted part of an article's text with its kind, links and speaker; language: the
    article's (guessed from the text when None)."""
    return quotes_of(at, Attribution(at, language=language))


def quotes_of(at: ArticleText, attribution: Attribution) -> tuple[Quote, ...]:
    text = at.text
    speakers = [(s.name if s is not None else None, span, rule)
                for s, span, rule in zip(attribution.speakers, attribution.speaker_spans, attribution.speaker_rules)]
    for index, (name, span) in at.credits.items():
        speakers[index] = (name, span, "block-credit-line")
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
            speaker_rule=rule,
        )
        for m, (speaker, span, rule) in zip(at.quotes, speakers)
    )


def article_quotes(text: str, blocks: tuple[Block, ...] = (), language: str | None = None) -> tuple[Quote, ...]:
    """Every quoted part of text with its kind, links and speaker; blocks: the article's blocks,
    whose unmarked block quotations are quotes too; language: the article's (guessed when None)."""
    return text_quotes(ArticleText(text, blocks), language)


# Estimated work per token of the two articles, in the budget's units (about a microsecond of
# CPU on the project's machine class, benchmarks/hostile.py): the stages that take no budget of
# their own are let run only when their estimate fits in what is left.
_TEXT_COST = 5
_UNITS_COST = 4
_PASSAGES_COST = 3
_ALIGN_COST = 2
_FRAMING_COST = 16


def compare(a: Article, b: Article, settings: Settings = DEFAULT) -> Comparison:
    """The comparison of two articles; a comparison whose work exceeds the settings' budget stops
    the remaining stages and says so in its warnings (never a freeze).

    The cyclic garbage collector pauses meanwhile: the stages allocate hundreds of thousands
    of short-lived tokens, sets and tuples that reference counting frees, and its periodic
    rescans of them (a tenth of the time of a 10,000-word pair) find next to nothing to free
    (a few hundred objects, collected when it resumes)."""
    with pinned_lexicon(), paused_gc():
        try:
            return _compare(a, b, settings)
        finally:
            forget_token_lists()  # (before the collector resumes: no scan of tokens no one needs)


def _compare(a: Article, b: Article, settings: Settings) -> Comparison:
    budget = WorkBudget(settings.compare.work_budget)
    at_a, at_b = ArticleText.of(a), ArticleText.of(b)
    tokens = len(at_a.tokens) + len(at_b.tokens)
    budget.spend(_TEXT_COST * tokens, "reading the articles")
    attribution = settings.compare.attribution
    att_a = Attribution(at_a, attribution, budget, language=a.language)
    att_b = Attribution(at_b, attribution, budget, language=b.language)
    quotes = (quotes_of(at_a, att_a), quotes_of(at_b, att_b))
    sources = (att_a.sources(quotes[0]), att_b.sources(quotes[1]))

    shared_quotes: list = []
    related_quotes: list = []
    passages: list = []
    aligned: list = []
    related = None
    if budget.spend(_UNITS_COST * tokens, "shared quotes and passages"):
        sentences_a = [(s.start, s.end) for s in at_a.sentences]
        sentences_b = [(s.start, s.end) for s in at_b.sentences]
        tok_a = Tokenized(at_a.text, match_words(at_a.text, at_a.tokens))
        tok_b = Tokenized(at_b.text, match_words(at_b.text, at_b.tokens))
        words = tok_a.words() | tok_b.words()  # (the pair's words, read thrice below)
        clusters = WordClusters(words)
        titles = frozenset(w for w in words if w in HONORIFICS)
        units_a = tok_a.units(sentences_a, clusters, titles)
        units_b = tok_b.units(sentences_b, clusters, titles)
        counts = (sentence_counts(units_a), sentence_counts(units_b))  # (the IDF's, and the alignment's)
        # (counts[0] + counts[1], the same items in the same order: a copy updated with the other,
        # without the sum's Python step and missing-key call for each word of A)
        both = counts[0].copy()
        both.update(counts[1])
        idf = idf_of(units_a + units_b, both)
        anchors = tok_a.capitalised(sentences_a) | tok_b.capitalised(sentences_b)
        numbers = {clusters[w] for w in anchors if w.isdigit()}
        dates = article_time_words(a.language) | article_time_words(b.language)
        names = frozenset(clusters[w] for w in anchors if not w.isdigit() and w not in dates)

        shared_quotes, related_quotes = match_quotes(
            tok_a, quotes[0], tok_b, quotes[1], idf, clusters, attribution, budget
        )
        lexical = settings.compare.lexical
        if budget.spend(_PASSAGES_COST * tokens, "shared passages"):
            passages, in_passage_a, in_passage_b = match_passages(units_a, units_b, lexical)
            related = relatedness(a, b, (at_a, at_b), shared_quotes=sum(1 for q in shared_quotes if q.exact),
                                  shared_passages=len(passages), settings=settings.compare.relatedness,
                                  lexical=lexical)
            # Sentences of two different stories that look alike do so by chance: no fact is shared.
            one_story = related.verdict != DIFFERENT or not lexical.align_needs_one_story
            # each sentence's numbers, dates and places, read once for the checks of kind and the discrepancies
            key_of = cluster_key(clusters)
            stated = (StatedSentences(at_a.text, key_of), StatedSentences(at_b.text, key_of))
            if one_story and budget.spend(_ALIGN_COST * tokens, "same fact, other words"):
                info = informativeness(clusters, lexicon(), lexical.align_info_floor, lexical.align_info_ceiling)
                times = frozenset(clusters[w] for w in words if w in dates)
                sides = ((tok_a, sentences_a, quotes[0]), (tok_b, sentences_b, quotes[1]))
                quoted = tuple(quoted_words(tok.starts, tok.toks, clusters.ids, sentences,
                                            [(q.start, q.end) for q in said if q.kind == "statement"])
                               for tok, sentences, said in sides)
                veto = FactKinds((at_a.text, at_b.text), (sentences_a, sentences_b), stated, related.verdict == UNCLEAR, lexical)
                candidates = align_candidates(units_a, units_b, idf, in_passage_a, in_passage_b, numbers, names, info, lexical,
                                              times, quoted, counts)
                aligned = align_sentences(candidates, units_a, units_b, lexical, veto)
            if lexical.discrepancies:
                published = (a.published, b.published)
                aligned = with_discrepancies(aligned, at_a.text, at_b.text, clusters, lexical, published, stated)
                passages = with_discrepancies(passages, at_a.text, at_b.text, clusters, lexical, published, stated)

    if budget.spend(_FRAMING_COST * tokens, "framing"):
        told_alike = tuple((m.a.start, m.a.end, m.b.start, m.b.end) for m in (*passages, *aligned))
        framing = analyse_framing(a, b, quotes, settings.compare.naming, texts=(at_a, at_b), sources=sources,
                                  aligned=told_alike, lexical=settings.compare.lexical,
                                  attribution=settings.compare.attribution,
                                  quoted_alike=tuple((q.a.start, q.a.end, q.b.start, q.b.end) for q in shared_quotes),
                                  attributions=(att_a, att_b))
        kinds = settings.compare.lexical.align_contrast_kinds
        if kinds and related is not None and related.verdict != DIFFERENT:
            extra = facts_of_contrasts(framing.label_contrasts, (at_a.sentences, at_b.sentences), aligned, kinds)
            if extra:
                aligned = sorted([*aligned, *extra], key=lambda s: (s.a.start, s.b.start))
    else:
        framing = Framing(sources=sources)
    if related is None:
        related = relatedness(a, b, (at_a, at_b), shared_quotes=sum(1 for q in shared_quotes if q.exact),
                              shared_passages=len(passages), settings=settings.compare.relatedness,
                              lexical=settings.compare.lexical)
    if related.verdict in (DIFFERENT, UNCLEAR):
        # no outlet's words against another story's, and no event of one story "left out" by the other
        framing = events_of_one_story(for_one_story(framing))
    if related.verdict == DIFFERENT:
        framing = times_of_one_story(framing)  # ("unclear" keeps them: short reports of one event often are)
    return Comparison(
        articles=(a, b),
        quotes=quotes,
        shared_quotes=tuple(shared_quotes),
        related_quotes=tuple(related_quotes),
        shared_passages=tuple(passages),
        aligned_sentences=tuple(aligned),
        framing=framing,
        relatedness=related,
        warnings=tuple(budget.warnings),
    )
