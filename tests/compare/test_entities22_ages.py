"""Two descriptions that state one age but tell two genders ("a 12-year-old boy" / "a
12-year-old girl") are two children, never one referent; one gender on both sides still joins.
Hand-written texts."""

from __future__ import annotations

from sidebyside.compare.framing import article_views, referents

from .helpers import article


def _same_referent(text_a: str, text_b: str, label_a: str, label_b: str) -> bool:
    a, b = article(text_a), article(text_b)
    found = referents(a, b, article_views(a, b))
    keys = []
    for side, label in ((0, label_a), (1, label_b)):
        chain = next(r.chain for r in found.chains[side].refs if r.text == label)
        keys.append(found.maps[side].get(chain, chain))
    return keys[0] == keys[1]


def test_one_age_two_genders_are_two_children():
    assert not _same_referent(
        "A 12-year-old boy was hurt in the crash on Monday. He was later released.",
        "A 12-year-old girl was hurt on Monday. She is in a stable condition.",
        "A 12-year-old boy", "A 12-year-old girl")


def test_one_age_one_gender_is_one_child():
    assert _same_referent(
        "A 12-year-old boy was hurt in the crash on Monday. He was later released.",
        "A 12-year-old youngster was hurt on Monday. The boy is in a stable condition.",
        "A 12-year-old boy", "A 12-year-old youngster")
