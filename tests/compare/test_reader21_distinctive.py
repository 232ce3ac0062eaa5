"""Distinctive terms read on a real same-story pair: a code of capitals that opens each line of
a listing before a name ("TE Jimmy Graham") is no word choice; the same letters in prose are."""

from __future__ import annotations

from sidebyside.compare.distinctive import distinctive_terms

A = ("The team placed its leading running back on injured reserve on Wednesday. "
     "The coach said the team still has two backs and a strong passing game for the playoffs.")
ROSTER = ("The team placed its leading running back on injured reserve on Wednesday.\n\n"
          "The rest of the injury report is as follows:\n\n"
          "TE Jimmy Garland (ankle)\n\nTE Ross Whitcombe (groin)\n\nLB Danny Clerkin (hamstring)\n\n"
          "TE Davey Thornton (knee)\n\nLB Marcus Pell (knee)")
PROSE = ("The team placed its leading running back on injured reserve on Wednesday, the NFL said.\n\n"
         "The NFL fined the team, and NFL officials met the coach.\n\n"
         "NFL rules bar the move, said the coach, who will appeal to the NFL.")


def _terms(a: str, b: str) -> set[str]:
    return {t.term for t in distinctive_terms(a, b)[1]}


def test_a_listing_lines_code_before_a_name_is_no_term():
    terms = _terms(A, ROSTER)
    assert not {"te", "lb"} & terms, terms


def test_the_same_kind_of_capitals_in_prose_stays_a_term():
    terms = _terms(A, PROSE)
    assert "nfl" in terms, terms
