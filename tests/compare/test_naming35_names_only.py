"""Nouns WordNet knows only as names (nouns.tsv "n" lines, build_nouns.py): a lower-case word of
running text is never such a name's sense; a headline in capitals names what the body names,
whatever the case. Hand-written text with invented names."""

from __future__ import annotations

from sidebyside.compare.nouns import nouns

from .helpers import naming_chains


def _labels(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in naming_chains(text)[2].refs:
        out.setdefault(r.chain, set()).add(r.text)
    return out


def test_a_name_only_noun_is_no_common_noun():
    lex = nouns()
    assert "drew" in lex.names_only
    assert lex.common_lemma("drew") is None and not lex.is_common_noun("drew")
    # the plural of a common noun WordNet also lists as a name stays the common noun's
    assert lex.common_lemma("aides") == "aide" and lex.is_common_noun("aides")
    assert lex.common_lemma("doors") == "door" and "door" not in lex.names_only


def test_a_past_tense_that_is_a_name_is_no_person():
    found = _labels("The charity gala drew 300 guests to the Marlow Hotel. The event drew praise from Mayor Ann Pell.")
    assert not any(any(t.endswith("drew") for t in texts) for texts in found.values())
    assert any("The charity gala" in texts for texts in found.values())


def test_aides_are_still_people():
    found = _labels("Senator Ilse Varga resigned on Friday. Her aides said she was tired.")
    assert any("aides" in t for texts in found.values() for t in texts)


def _heading_refs(title: str, body: str) -> list[tuple[str, str]]:
    from sidebyside.compare.entities import EntityFinder
    from sidebyside.compare.framing import article_views
    from sidebyside.compare.naming import ChainBuilder, vocabulary
    from sidebyside.compare.termdata import lexicon
    from sidebyside.settings import DEFAULT

    from .helpers import article

    view = article_views(article(body), article(body))[0]
    builder = ChainBuilder(lexicon(), EntityFinder(lexicon()), vocabulary(), DEFAULT.compare.naming)
    chains = builder.build(view, {"title": title}, frozenset())
    return [(r.text, r.chain) for r in chains.refs if r.field == "title"]


def test_a_headline_in_capitals_keeps_a_name_whole():
    refs = _heading_refs("HALDWICK BANK OF MERRIVALE CUTS 500 JOBS",
                         "Haldwick Bank of Merrivale said on Monday it would cut 500 jobs.")
    assert ("HALDWICK BANK OF MERRIVALE", "haldwick bank of merrivale") in refs
    assert not any(text == "MERRIVALE" for text, _ in refs)  # (no cut name inside it)


def test_a_headline_in_capitals_names_only_what_the_body_names():
    refs = _heading_refs("HALDWICK BANK OF MERRIVALE CUTS 500 JOBS", "A regional lender said it would cut 500 jobs.")
    assert refs == []
