"""The adjective of a listed judging adverb, built by rule (compare/loaded_family.py): off by
default (it mostly describes), and when switched on found through the listed word's rules."""

from __future__ import annotations

import dataclasses

from sidebyside.compare.loaded import _score_model, find_loaded_terms
from sidebyside.compare.loaded_family import adjective_candidates, family_forms
from sidebyside.compare.termdata import lexicon
from sidebyside.settings import DEFAULT, LexicalSettings

ON = dataclasses.replace(DEFAULT.compare.lexical, loaded_adverb_family=True, scare_quotes=False)


def _words(text: str, settings: LexicalSettings) -> list[str]:
    return [text[t.start : t.end] for t in find_loaded_terms(text, settings=settings, scored=False)]


def test_adjective_candidates_follow_english_spelling():
    assert adjective_candidates("predictably") == ("predictab", "predictable")  # WordNet picks the word
    assert adjective_candidates("clumsily") == ("clumsy",)
    assert adjective_candidates("ironically")[0] == "ironic"
    assert adjective_candidates("bitterly")[0] == "bitter"
    assert adjective_candidates("only") == ()  # too short to be an "-ly" adverb of an adjective
    assert adjective_candidates("early") == ()


def test_forms_are_real_adjectives_no_list_holds():
    lex = lexicon()
    forms = family_forms(lex, _score_model().describing, 0.5)
    listed = {t.casefold() for terms in lex.loaded_terms.values() for t in terms}
    assert forms.get("predictable", ("",))[0] == "predictably"
    assert not set(forms) & listed
    assert "predictabl" not in forms and "total" not in forms  # not a word; an intensifier's adjective


def test_off_by_default_and_found_when_switched_on():
    text = "The president answered in his usual and predictable way."
    assert "predictable" not in _words(text, DEFAULT.compare.lexical)
    assert "predictable" in _words(text, ON)


def test_switched_on_it_keeps_the_listed_words_context_rules():
    # a plain news term holds it: no word of it is loaded
    assert _words("He pleaded guilty in court on Monday.", ON) == []
    # the adverb itself is still found once, not twice
    assert _words("He answered predictably.", ON) == ["predictably"]
