"""Build Articles from plain text for comparison tests."""

from __future__ import annotations

from sidebyside.model import Article, Source


def article(*paragraphs: str) -> Article:
    return Article(source=Source(path=None, format="text"), text="\n\n".join(paragraphs))


def naming_contrasts(text_a: str, text_b: str) -> dict:
    """The pair's label contrasts by referent (the framing analysis of two plain texts)."""
    from sidebyside.compare.framing import analyse_framing

    found = analyse_framing(article(text_a), article(text_b))
    return {c.entity: c for c in found.label_contrasts}


def labels(contrast, side: str) -> set[str]:
    """The texts of one side's mentions ("a" or "b")."""
    return {m.text for m in getattr(contrast, side)}


def all_labels(found: dict) -> set[str]:
    return {t for c in found.values() for side in ("a", "b") for t in labels(c, side)}


def speaker_of(text: str, words: str) -> str | None:
    """The speaker credited with the first quotation of the text holding ``words``."""
    from sidebyside.compare import article_quotes

    return next(q.speaker for q in article_quotes(text) if words in q.text)


def chain_of(text: str) -> dict[str, set[str]]:
    """Each mention's text -> the texts of every mention of its chain (one article's chains, as
    the naming builder makes them)."""
    from sidebyside.compare.entities import EntityFinder
    from sidebyside.compare.framing import article_views
    from sidebyside.compare.naming import ChainBuilder, vocabulary
    from sidebyside.compare.termdata import lexicon
    from sidebyside.settings import DEFAULT

    view = article_views(article(text), article(text))[0]
    chains = ChainBuilder(lexicon(), EntityFinder(lexicon()), vocabulary(), DEFAULT.compare.naming).build(
        view, {}, frozenset())
    by: dict[str, set[str]] = {}
    for r in chains.refs:
        by.setdefault(r.chain, set()).add(r.text)
    return {r.text: by[r.chain] for r in chains.refs}
