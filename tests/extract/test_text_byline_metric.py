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


def test_a_byline_is_in_the_capture_only_when_every_name_is_written_there():
    from bench_text import byline_in_capture

    text = "Headline\n\nBY JANE  DOE and john roe\n\nBody text."
    assert byline_in_capture(text, {"byline_people": ["Jane Doe", "John Roe"]})
    assert byline_in_capture(text, {"byline": "By Jane Doe and John Roe"})
    assert not byline_in_capture(text, {"byline_people": ["Jane Doe", "Ann Lee"]})
    assert not byline_in_capture(text, {"byline_people": []})


def test_the_aeb_byline_gold_states_its_rule_and_lists_names_per_page():
    import json

    from bench_text import AEB_BYLINES

    gold = json.loads(AEB_BYLINES.read_text(encoding="utf-8"))
    assert "byline" in gold.pop("_rule")
    assert len(gold) == 181
    assert all(len(key) == 64 and isinstance(names, list) for key, names in gold.items())
    names = [n for people in gold.values() for n in people]
    assert names and all(n == n.strip() and not n.lower().startswith("by ") for n in names)
    assert any(not people for people in gold.values())  # pages crediting no person are kept
