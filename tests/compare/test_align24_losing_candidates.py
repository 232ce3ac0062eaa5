"""The training script's reading of a tune fact that is a candidate but is not aligned
(benchmarks/train_alignment.why_it_loses): outranked by the pairs its sentences hold, or below
the floor, by how much and whether it is both its sentences' most probable candidate."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from train_alignment import decode, why_it_loses  # noqa: E402

FLOOR, SECOND, LIMIT = 0.49, 0.8, 2


def _loses(scored, fact, positive):
    chosen = decode([(p, i, j) for (i, j), p in scored.items()], FLOOR, LIMIT, SECOND)
    assert not fact & chosen  # (the fact is missed)
    return why_it_loses(fact, scored, chosen, positive, FLOOR, SECOND, LIMIT)


def test_a_fact_outranked_by_a_pair_outside_the_gold():
    # sentence 0 of A took B's sentence 1 (not a fact) first; its fact's pair (0, 0) is a second
    # partner below the bar
    scored = {(0, 1): 0.9, (0, 0): 0.7}
    got = _loses(scored, {(0, 0)}, positive={(0, 0)})
    assert got == "outranked by a pair outside the gold, below the second partner bar"


def test_a_fact_outranked_by_right_pairs_of_other_facts_only():
    scored = {(0, 1): 0.95, (0, 2): 0.9, (0, 0): 0.85}
    got = _loses(scored, {(0, 0)}, positive={(0, 0), (0, 1), (0, 2)})
    assert got == "outranked by a right pair of another fact, a sentence full"


def test_a_fact_below_the_floor_says_by_how_much_and_whether_it_is_a_mutual_best():
    # (1, 1) is the most probable candidate of both its sentences, 0.03 under the floor
    scored = {(0, 0): 0.9, (1, 1): 0.46, (1, 2): 0.2}
    assert _loses(scored, {(1, 1)}, positive={(0, 0), (1, 1)}) == "below the floor by < 0.05, a mutual best"
    # a sentence of it has a more probable candidate: no mutual best; far under the floor
    scored = {(0, 0): 0.9, (1, 1): 0.3, (2, 1): 0.35}
    assert _loses(scored, {(1, 1)}, positive={(0, 0), (1, 1)}) == "below the floor by >= 0.1"


def test_the_fact_is_read_from_its_most_probable_pair():
    # a fact told in two sentences of B: its best pair (2, 3) decides, not the weaker (2, 4)
    scored = {(2, 3): 0.42, (2, 4): 0.1, (5, 4): 0.3}
    assert _loses(scored, {(2, 3), (2, 4)}, positive={(2, 3), (2, 4)}) == "below the floor by 0.05 to 0.1, a mutual best"


def test_a_fact_no_filter_lets_through_says_whether_the_model_would_take_it():
    from train_alignment import let_through_verdict

    assert let_through_verdict(0.7, True, FLOOR) == "aligned"  # the filters keep it out
    assert let_through_verdict(0.7, False, FLOOR) == "outranked"
    assert let_through_verdict(0.3, False, FLOOR) == "below the floor"  # the model would not take it
