"""The text dev set's derived forms: the copy wrapped at 72 columns, a capture without its blank
lines, a reader-mode copy (hand-written page)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from build_text_devset import BASE_FORMS, FORMS, default_forms, derive, reader_copy  # noqa: E402

LONG = ("The river council approved a new footbridge on Monday after two years of debate over its cost, "
        "which rose by a third since the first design was shown.")


def test_wrap72_fills_lines_to_72_columns_and_keeps_blank_lines() -> None:
    out = derive("wrap72", f"{LONG}\n\nShort line\n")
    lines = out.splitlines()
    assert max(len(x) for x in lines) <= 72 and len(lines) >= 4
    assert "" in lines and " ".join(x for x in lines if x and x != "Short line") == LONG


def test_noblank_drops_only_the_empty_lines() -> None:
    assert derive("noblank", "a\n\n  \nb\nc\n\n") == "a\nb\nc\n"


def test_reader_copy_glues_headings_and_rows_sets_paragraphs_apart() -> None:
    page = {"gold": {"title": "Footbridge approved", "body": "\n".join(
        [LONG, "What happens next", LONG, "June 9 – Opening walk", "June 10 – Bridge fair", LONG])}}
    out = reader_copy(page)
    assert out.startswith("Footbridge approved\n\n")
    assert "What happens next\n" + LONG in out  # a heading glued to its paragraph
    assert "June 9 – Opening walk\nJune 10 – Bridge fair" in out  # short rows in a row together
    assert out.count("\n\n") == 4


def test_default_forms_hold_the_six_first_and_only_known_forms() -> None:
    forms = default_forms()
    assert forms[: len(BASE_FORMS)] == BASE_FORMS and set(forms) <= set(FORMS)
