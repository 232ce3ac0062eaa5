"""What a loaded word's tooltip tells a reader: a word from the hand-written lists is a loaded
term; one found only by its score is marked as possibly loaded, to be judged in context."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.compare import compare
from sidebyside.highlights import collect
from sidebyside.model import Article, Source


def _article(text):
    return Article(title="", text=text, source=Source(path="a.txt", format="text"))


def test_a_scored_word_is_possibly_loaded_and_a_listed_one_is_a_loaded_term():
    result = compare(_article("The minister slammed the plan on Monday. The council met."),
                     _article("The minister criticised the plan on Monday. The council met."))
    listed = [t for t in result.framing.loaded_terms[0] if t.term.startswith("slam")]
    assert listed and listed[0].score is None
    scored = replace(listed[0], score=0.4)
    framing = replace(result.framing, loaded_terms=((scored,), ()))
    tips = {h.tip for h in collect(replace(result, framing=framing)).panes[0] if h.kind == "loaded_term"}
    assert any(t.startswith("Possibly loaded") and "check its sense" in t for t in tips)
    plain = {h.tip for h in collect(result).panes[0] if h.kind == "loaded_term"}
    assert any(t.startswith("Loaded term") for t in plain)


def test_a_scored_word_is_painted_apart_from_a_listed_one():
    """A word found only by its graded score is loaded far less often than a listed one: it is
    painted as the "possible" variant, while a listed word and a quoted one keep theirs."""
    result = compare(_article("The minister slammed the plan on Monday. The council met."),
                     _article("The minister criticised the plan on Monday. The council met."))
    listed = [t for t in result.framing.loaded_terms[0] if t.term.startswith("slam")][0]
    cases = {"": listed, "possible": replace(listed, score=0.4),
             "quoted": replace(listed, score=0.4, quoted=True)}
    for expected, term in cases.items():
        framing = replace(result.framing, loaded_terms=((term,), ()))
        variants = [h.variant for h in collect(replace(result, framing=framing)).panes[0] if h.kind == "loaded_term"]
        assert variants == [expected], (expected, variants)


def test_the_comparison_passes_its_own_loaded_word_settings():
    """Settings given to compare() reach the loaded words: a bar no graded score reaches leaves
    only the listed words, where the default settings also report graded ones."""
    from sidebyside.settings import DEFAULT

    a = _article("The minister slammed the plan. Critics called the deal a shameful, reckless and "
                 "disastrous gamble that will haunt the region for years.")
    b = _article("The minister criticised the plan. Critics said the deal was a gamble.")
    default = compare(a, b).framing.loaded_terms[0]
    assert any(t.score is not None for t in default) and any(t.score is None for t in default)
    strict = replace(DEFAULT, compare=replace(DEFAULT.compare, lexical=replace(
        DEFAULT.compare.lexical, loaded_min_probability=1.0)))
    listed_only = compare(a, b, strict).framing.loaded_terms[0]
    assert listed_only and all(t.score is None for t in listed_only)
