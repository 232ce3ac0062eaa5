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


def sources_of(text: str) -> dict[str, str]:
    """The sources the framing analysis finds in one plain text, name -> kind."""
    from sidebyside.compare.framing import analyse_framing

    found = analyse_framing(article(text), article("Nothing."), ((), ())).sources[0]
    return {s.name: s.kind for s in found}


def loaded_of(text: str) -> list[str]:
    """The loaded terms found in one plain text, in text order."""
    from sidebyside.compare.loaded import find_loaded_terms

    return [t.term for t in find_loaded_terms(text)]


def labels(contrast, side: str) -> set[str]:
    """The texts of one side's mentions ("a" or "b")."""
    return {m.text for m in getattr(contrast, side)}


def contrast_with(found: dict, label: str, side: str | None = None):
    """The contrast of ``naming_contrasts`` that shows ``label`` on ``side`` ("a" or "b"; either
    when None), or None."""
    sides = ("a", "b") if side is None else (side,)
    return next((c for c in found.values() if any(label in labels(c, s) for s in sides)), None)


def all_labels(found: dict) -> set[str]:
    return {t for c in found.values() for side in ("a", "b") for t in labels(c, side)}


def compared_labels(text_a: str, text_b: str) -> list[set[str]]:
    """Each label contrast's mention texts, both sides together, as the whole comparison of two
    plain texts gives them."""
    from sidebyside.compare import compare

    return [labels(c, "a") | labels(c, "b") for c in compare(article(text_a), article(text_b)).framing.label_contrasts]


def quote_speakers(text: str, language: str | None = None) -> list[str | None]:
    """The speaker of each quotation of one plain text, in text order (``language``: its tag,
    when the test declares one)."""
    from sidebyside.compare import article_quotes

    return [q.speaker for q in article_quotes(text, language=language)]


def speaker_of(text: str, words: str) -> str | None:
    """The speaker credited with the first quotation of the text holding ``words``."""
    from sidebyside.compare import article_quotes

    return next(q.speaker for q in article_quotes(text) if words in q.text)


def naming_chains(text: str, settings=None):
    """(builder, view, chains): one article's view (the text set beside itself), the naming
    builder (``settings``: the naming settings, DEFAULT's when None) and the chains it makes."""
    from sidebyside.compare.entities import EntityFinder
    from sidebyside.compare.framing import article_views
    from sidebyside.compare.naming import ChainBuilder, vocabulary
    from sidebyside.compare.termdata import lexicon
    from sidebyside.settings import DEFAULT

    view = article_views(article(text), article(text))[0]
    builder = ChainBuilder(lexicon(), EntityFinder(lexicon()), vocabulary(), settings or DEFAULT.compare.naming)
    return builder, view, builder.build(view, {}, frozenset())


def chain_of(text: str) -> dict[str, set[str]]:
    """Each mention's text -> the texts of every mention of its chain (one article's chains, as
    the naming builder makes them)."""
    chains = naming_chains(text)[2]
    by: dict[str, set[str]] = {}
    for r in chains.refs:
        by.setdefault(r.chain, set()).add(r.text)
    return {r.text: by[r.chain] for r in chains.refs}


def assert_joined(text: str, mention: str, joined: str, apart: tuple[str, ...] = ()) -> None:
    """``mention`` is in the chain of the mention ``joined`` and in none of ``apart``'s."""
    found = chain_of(text)
    assert mention in found[joined]
    for name in apart:
        assert mention not in found[name], name


def assert_apart(text: str, mention: str, names: tuple[str, ...]) -> None:
    """``mention`` is in the chain of none of ``names``."""
    found = chain_of(text)
    for name in names:
        assert mention not in found[name], name


def plain_clusters(words: set[str]) -> dict[str, frozenset[str]]:
    """Each word's cluster by the plain reading of matching.WordClusters (what its faster
    lookups must give): words sharing a match key, transitively."""
    from sidebyside.compare.text import match_keys

    groups = {w: {w} for w in words}
    by_key: dict[str, list[str]] = {}
    for w in sorted(words):
        for key in match_keys(w):
            by_key.setdefault(key, []).append(w)
    for members in by_key.values():
        merged = set().union(*(groups[m] for m in members))
        for m in merged:
            groups[m] = merged
    return {w: frozenset(g) for w, g in groups.items()}


def sentence_units(sentences_a: list[str], sentences_b: list[str]):
    """The word clusters of two texts of the given sentences, and each side's alignment units
    (one per sentence), as matching builds them."""
    from sidebyside.compare.matching import Tokenized, WordClusters

    sides = []
    for sentences in (sentences_a, sentences_b):
        text, spans = "", []
        for sentence in sentences:
            spans.append((len(text), len(text) + len(sentence)))
            text += sentence + " "
        sides.append((Tokenized(text), spans))
    clusters = WordClusters(sides[0][0].words() | sides[1][0].words())
    ua, ub = (tok.units(spans, clusters) for tok, spans in sides)
    return clusters, ua, ub


def only_in_names(text_a: str, text_b: str) -> tuple[set[str], set[str]]:
    """The names only one text gives, each side's, as the only-in matcher finds them."""
    from sidebyside.compare.entities import find_entities
    from sidebyside.compare.only_in import match_entities

    match = match_entities(find_entities(text_a), find_entities(text_b), texts=(text_a, text_b))
    return tuple({o.entity for o in side} for side in match.only_in)


NEUTRAL_STORY = "The council met on Monday.\n\nIt approved the budget, officials said."


def only_in_kinds(text_a: str, text_b: str = NEUTRAL_STORY) -> tuple[dict[str, str], dict[str, str]]:
    """Each side's only-in names with their kinds, as the framing analysis lists them (English)."""
    import dataclasses

    from sidebyside.compare.framing import analyse_framing

    a = dataclasses.replace(article(text_a), language="en")
    b = dataclasses.replace(article(text_b), language="en")
    result = analyse_framing(a, b).only_in
    return {o.entity: o.kind for o in result[0]}, {o.entity: o.kind for o in result[1]}


# One impeachment story told twice: every sentence shares the story's names and "the call"; only
# some pairs tell one fact (the alignment checks of align19 and align20 read it).
CALL_STORY_A = [
    "Volker testified about the call on Tuesday.",
    "Morrison listened to the call with Zelensky.",
    "Volker said the call worried aides.",
    "The committee released the call transcript.",
    "Morrison left the council in October.",
]
CALL_STORY_B = [
    "Sondland will face questions about the call with Zelensky.",
    "Morrison listened to the July call with Zelensky from the situation room.",
    "The call alarmed several aides, Volker said.",
    "Lawmakers read the call transcript released by the committee.",
    "Sondland is a wealthy hotelier.",
]
