"""A state's abbreviation after a name ("Rep. Jay Inslee, D-Wash., said") was listed among the
words that set an outlet apart ("Wash"): a full stop that ends no sentence marks an
abbreviation, never a word choice."""

from __future__ import annotations

from sidebyside.compare.distinctive import distinctive_terms

A = ("Rep. Jay Inslee, D-Wash., said the rule was wrong. Sen. Maria Cantwell, D-Wash., agreed with him. "
     "Officials in Olympia, Wash. on Monday said the rule was wrong. The tribes welcomed the ruling. ") * 2
B = "Officials said the rule was wrong. The tribes welcomed the ruling, officials said. " * 2


def _terms(a, b):
    return {t.term for t in distinctive_terms(a, b)[0]}


def test_an_abbreviation_before_a_comma_or_a_lower_case_word_is_no_term():
    assert "wash" not in _terms(A, B)
    assert "olympia" in _terms(A, B), "premise: a place the outlet names often is still a term"


def test_a_word_ending_its_sentences_is_still_a_term():
    """Negative: a full stop then a capital ends a sentence, as after "Moscow"."""
    a = "Crowds marched to the embassy. They blamed Moscow. Then they blamed Moscow. Later, Moscow. Next " * 3
    b = "Crowds marched to the embassy. They blamed the government. " * 3
    assert "moscow" in _terms(a, b)
