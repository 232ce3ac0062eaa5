"""The text benchmark's byline-by-names score compares the people credited, not the string."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from bench_text import byline_names_match, byline_people  # noqa: E402


def test_the_same_people_in_another_list_form_match():
    assert byline_names_match("Jane Doe, John Roe", "By Jane Doe and John Roe")
    assert byline_names_match("John Roe, Jane Doe", "Jane Doe & John Roe")
    assert byline_names_match("Ann Lee, Bo Kim, Cy Park", "Ann Lee (avec Bo Kim et Cy Park)")


def test_other_or_missing_people_do_not_match():
    assert not byline_names_match("Jane Doe", "By Jane Doe and John Roe")
    assert not byline_names_match("Jane Doe, John Roe, Ann Lee", "Jane Doe and John Roe")
    assert not byline_names_match(None, "Jane Doe")
    assert not byline_names_match("Jane Doe", None)


def test_people_are_normalised_like_the_strict_metric():
    assert byline_people("By  JANE DOE ;  John Roe") == {"jane doe", "john roe"}
