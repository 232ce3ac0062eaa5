"""Loaded words read whose words a speaker is reported to say from the attribution engine's
clauses (compare/attribution/reported.py), not from a reader of their own (loaded31)."""

from __future__ import annotations

import dataclasses

from sidebyside.compare import article_quotes
from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.attribution import Attribution
from sidebyside.compare.attribution.reported import reported_words
from sidebyside.compare.loaded import find_loaded_terms, speakers_reported_words
from sidebyside.settings import DEFAULT


def reported(text: str) -> list[str]:
    """The words the engine reads a clause to report (which the loaded words count the outlet's)."""
    att = Attribution(ArticleText(text))
    bases = frozenset("say tell add argue".split())
    return [text[s:e] for s, e in reported_words(att, bases, DEFAULT.compare.lexical.loaded_reported_reach)]


def found(text: str, **kw) -> dict[str, bool]:
    return {text[h.start : h.end]: h.quoted for h in find_loaded_terms(text, quotes=article_quotes(text), **kw)}


def test_the_engine_tells_the_words_a_clause_reports():
    assert reported("Orla Venn said the levy was unfair to farmers.") == ["the levy was unfair to farmers"]
    assert reported("Orla Venn said that the levy was unfair.") == ["that the levy was unfair"]
    assert reported("The levy is unfair, Orla Venn said on Friday.") == ["The levy is unfair"]
    assert reported("The levy is unfair, said Orla Venn, who farms near Tarsk.") == ["The levy is unfair"]
    assert reported("According to Orla Venn, the levy is unfair.") == ["the levy is unfair"]


def test_no_reported_words_where_no_one_is_reported():
    assert reported("The council announced a sweeping levy.") == []  # the verb's object, no clause
    assert reported("I said the levy was unfair.") == []  # the writer's own words
    assert reported("The levy was passed in May.") == []
    # the verb reports the clause after it, not the words before the comma
    assert reported("The levy passed, Orla Venn says the fight is over.") == ["the fight is over"]
    # the writer goes on after "while": the rest is no one else's
    assert reported("Orla Venn said the levy was unfair while farmers marched.") == ["the levy was unfair"]
    # a headline's closing speaker is read by compare/headings.py, which asks the body
    assert reported("Levy a disgrace, says Orla Venn") == []


def test_a_comparison_passes_the_engines_reading_and_none_reads_it_here():
    text = "Orla Venn said the levy was a disgrace. The reckless levy passed."
    assert found(text) == {"disgrace": False, "reckless": False}  # a reported clause: the outlet's paraphrase
    assert found("Orla Venn called the levy a disgrace.") == {"disgrace": True}  # the label of a verb of naming
    assert found(text, reported=[]) == {"disgrace": False, "reckless": False}  # told: no one's words
    start = text.index("The reckless")
    assert found(text, reported=[(start, len(text))]) == {"disgrace": False, "reckless": True}


def test_reach_zero_turns_the_reading_off():
    settings = dataclasses.replace(DEFAULT.compare.lexical, loaded_reported_reach=0)
    assert found("Orla Venn called the levy a disgrace.", settings=settings) == {"disgrace": False}
    att = Attribution(ArticleText("Orla Venn called the levy a disgrace."))
    assert speakers_reported_words(att, settings) == []
