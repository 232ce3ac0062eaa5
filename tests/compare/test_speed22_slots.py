"""slot_maps over a chain named again and again: it joins, and stays apart, as one named once
does (each mention's kind is read in each aligned step). Hand-written pairs."""

from __future__ import annotations

from sidebyside.compare import compare

from .helpers import article


def _contrasts(text_a: str, text_b: str) -> list[tuple[set[str], set[str]]]:
    found = compare(article(text_a), article(text_b)).framing.label_contrasts
    return [({m.text for m in c.a}, {m.text for m in c.b}) for c in found]


def _joined(text_a: str, text_b: str, label_a: str, label_b: str) -> bool:
    return any(label_a in a and label_b in b for a, b in _contrasts(text_a, text_b))


CRASH_B = ("The motorist was killed on Sunday after the car struck a tree on Route 9 outside Springfield. "
           "Police closed the road for three hours while they investigated the crash.")


def test_a_description_named_again_still_joins_by_its_slot():
    a = ("A man was killed on Sunday when his car hit a tree on Route 9 near Springfield, police said. "
         "The man was 34. The man had left work an hour earlier. The crash closed the road for three hours.")
    assert _joined(a, CRASH_B, "A man", "The motorist")


def test_two_victims_named_again_stay_apart():
    a = ("A man and a woman were killed on Sunday when their car hit a tree on Route 9 near Springfield. "
         "The man was 34 and the woman was 31. The man had been driving.")
    assert not _joined(a, CRASH_B, "The man", "The motorist")
    assert not _joined(a, CRASH_B, "the woman", "The motorist")
