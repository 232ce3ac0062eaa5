"""The alignment model's training script (benchmarks/train_alignment.py) scores what the app
decodes: a long story's pairs at align_min_probability_long, the short and the long pairs apart,
and the unrelated pairs (every aligned pair there wrong) counted on their own."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from train_alignment import at_floors, by_set, floor_of  # noqa: E402

from sidebyside.settings import DEFAULT  # noqa: E402

LEXICAL = replace(DEFAULT.compare.lexical, align_min_probability=0.4, align_min_probability_long=0.5,
                  align_max_per_sentence=2, align_second_probability=0.8)


def _doc(ident, group, long, facts, positive=()):
    return {"id": ident, "set": group, "long": long, "facts": facts, "positive": set(positive),
            "skip": (set(), set())}


def test_a_long_story_needs_the_long_floor_and_a_short_one_the_other():
    assert floor_of(_doc("p1", "short", False, []), LEXICAL) == 0.4
    assert floor_of(_doc("aeb1", "long", True, []), LEXICAL) == 0.5


def test_a_pair_between_the_two_floors_is_aligned_in_a_short_story_only():
    short = _doc("p1", "short", False, [([0], [0])], {(0, 0)})
    long = _doc("aeb1", "long", True, [([0], [0])], {(0, 0)})
    scored = {"p1": [(0.45, 0, 0)], "aeb1": [(0.45, 0, 0)]}
    got = at_floors([short, long], scored, LEXICAL)
    assert got["by_set"]["short"] == {"recall": 1.0, "precision": 1.0, "aligned_pairs": 1}
    assert got["by_set"]["long"]["recall"] == 0.0 and got["by_set"]["long"]["aligned_pairs"] == 0
    assert got["recall"] == 0.5 and got["aligned_in_unrelated_pairs"] == 0


def test_unrelated_pairs_count_apart_and_stay_out_of_each_set():
    short = _doc("p1", "short", False, [([0], [1])], {(0, 1)})
    unrelated = _doc("p1+p2", "short", False, [])
    chosen = {"p1": {(0, 1)}, "p1+p2": {(2, 3)}}
    assert by_set([short, unrelated], chosen) == {"short": {"recall": 1.0, "precision": 1.0, "aligned_pairs": 1}}
    got = at_floors([short, unrelated], {"p1": [(0.9, 0, 1)], "p1+p2": [(0.9, 2, 3)]}, LEXICAL)
    assert got["aligned_in_unrelated_pairs"] == 1
    assert got["precision"] == 0.5  # the wrong pair of the unrelated stories counts in the whole


def test_a_wrong_pair_lowers_the_precision_of_its_own_set_only():
    short = _doc("p1", "short", False, [([0], [0])], {(0, 0)})
    long = _doc("aeb1", "long", True, [([0], [0])], {(0, 0)})
    scored = {"p1": [(0.9, 0, 0)], "aeb1": [(0.9, 0, 0), (0.9, 1, 1)]}
    got = at_floors([short, long], scored, LEXICAL)
    assert got["by_set"]["short"]["precision"] == 1.0
    assert got["by_set"]["long"]["precision"] == 0.5
