"""A describing word no list or grade calls loaded stays unmarked beside a loaded one it is
coordinated with ("reckless and expensive"): on the lexical-bias tune part such partners were
annotated 2 times in 11 (compare/loaded.py, before _coordinated_shown)."""

from __future__ import annotations

from sidebyside.compare.loaded import find_loaded_terms


def reported(text):
    return {text[h.start : h.end]: h for h in find_loaded_terms(text)}


def test_an_unlisted_partner_after_and_is_not_marked():
    found = reported("Critics called the Korvel plan reckless and expensive.")
    assert found["reckless"].score is None
    assert "expensive" not in found


def test_an_unlisted_partner_after_a_comma_is_not_marked():
    found = reported("Mayor Delvin Orr gave a rambling, lengthy speech to the farmers.")
    assert found["rambling"].score is None
    assert "lengthy" not in found


def test_a_graded_partner_stays_only_possibly_loaded():
    found = reported("The council passed an extreme and costly measure on Tuesday.")
    assert found["extreme"].score is None
    assert found["costly"].score is not None
