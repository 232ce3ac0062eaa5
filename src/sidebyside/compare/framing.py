"""Framing analysis of two articles: label contrasts, distinctive and loaded terms, sources,
shared entities and what only one article names. Pure Python; linear passes over each text."""

from __future__ import annotations

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.attribution import Attribution
from sidebyside.compare.distinctive import distinctive_terms
from sidebyside.compare.entities import EntityFinder
from sidebyside.compare.label_families import family_contrasts
from sidebyside.compare.naming import ChainBuilder, label_contrasts, named_in_both, pair_maps, vocabulary
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.compare.only_in import match_entities
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import tokenize
from sidebyside.model import Article, Framing, Quote, SourceCitation
from sidebyside.settings import DEFAULT, NamingSettings


def analyse_framing(
    a: Article,
    b: Article,
    quotes: tuple[tuple[Quote, ...], tuple[Quote, ...]] = ((), ()),
    naming: NamingSettings = DEFAULT.compare.naming,
    texts: tuple[ArticleText, ArticleText] | None = None,
    sources: tuple[tuple[SourceCitation, ...], tuple[SourceCitation, ...]] | None = None,
) -> Framing:
    """How A and B frame their story, from each article's text and its direct quotations
    (quoted words are the speaker's: they feed the sources, not the label contrasts); texts:
    the articles' text models, and sources: whom each cites (compare.attribution), when the
    caller has them already."""
    lex = lexicon()
    finder = EntityFinder(lex)
    token_lists = [t.tokens for t in texts] if texts is not None else [tokenize(a.text), tokenize(b.text)]
    capitalised = [frozenset(t.norm for t in tokens if t.cap and not t.initial) for tokens in token_lists]
    views = [
        ArticleView(
            article.text,
            tokens,
            finder.find(article.text, tokens, capitalised[1 - side]),
            quoted=tuple(sorted((q.start, q.end) for q in quotes[side])),
        )
        for side, (article, tokens) in enumerate(zip((a, b), token_lists))
    ]
    view_a, view_b = views
    match = match_entities(view_a.entities, view_b.entities, (a.outlet, b.outlet), (a.text, b.text), naming)
    vocab = vocabulary()
    builder = ChainBuilder(lex, finder, vocab, naming)
    chains = tuple(
        builder.build(view, {"title": article.title or "", "lead": article.lead or ""}, capitalised[0] | capitalised[1])
        for view, article in zip(views, (a, b))
    )
    maps = pair_maps(chains, match.key_maps, vocab, finder.look.title_heads)
    contrasts = label_contrasts(chains, maps, lex, vocab.generic, naming, builder.title_words | frozenset(vocab.roles))
    both = named_in_both(chains, maps)
    only_in = tuple(
        tuple(o for o in side if not any((sp.start, sp.end) in both[i] for sp in o.spans))
        for i, side in enumerate(match.only_in)
    )
    shared = list(match.shared)
    for i, side in enumerate(match.only_in):
        for o in side:
            name = next((both[i][(sp.start, sp.end)] for sp in o.spans if (sp.start, sp.end) in both[i]), None)
            if name is not None and name not in shared:
                shared.append(name)
    contrasts += family_contrasts((view_a, view_b), lex, match.key_maps)
    contrasts.sort(key=lambda c: -c.telling)  # most telling first (stable: ties keep their order)
    if sources is None:
        models = texts if texts is not None else (ArticleText.of(a), ArticleText.of(b))
        sources = (Attribution(models[0]).sources(quotes[0]), Attribution(models[1]).sources(quotes[1]))
    return Framing(
        label_contrasts=tuple(contrasts),
        distinctive_terms=distinctive_terms(
            a.text, b.text, (view_a.tokens, view_b.tokens), (a.language, b.language)
        ),
        loaded_terms=tuple(
            find_loaded_terms(v.text, v.tokens, _multiword_names(v), quotes[side]) for side, v in enumerate(views)
        ),
        sources=sources,
        only_in=only_in,  # type: ignore[arg-type]
        shared_entities=tuple(shared),
    )


def _multiword_names(view: ArticleView) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in view.entities if e.via == "name" and " " in e.text and e.kind != "person"]
