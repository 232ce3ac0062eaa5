"""A cancelled comparison stops at its next step: the job's thread is free at once rather than
after the whole pair (the budget's charges check the flag; the core stays Qt-free)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sidebyside.compare import compare
from sidebyside.compare.budget import Cancelled, WorkBudget, cancellable
from sidebyside.extract import extract_path
from sidebyside.session import Work

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PAIR = (SEEDS / "example-harbour-courier-dock-strike.txt", SEEDS / "example-coastal-post-dock-strike.txt")


def test_a_charge_after_cancelling_raises():
    with cancellable(lambda: True):
        budget = WorkBudget(100)
    with pytest.raises(Cancelled):
        budget.spend(1, "reading the articles")


def test_a_budget_outside_a_cancellable_run_or_not_cancelled_never_raises():
    assert WorkBudget(100).spend(1, "stage")
    with cancellable(lambda: False):
        budget = WorkBudget(100)
    assert budget.spend(1, "stage") and not budget.spend(1000, "stage")  # refused, not raised


def test_compare_stops_once_the_check_turns_true_midway():
    a, b = (extract_path(str(p)) for p in PAIR)
    calls = []

    def check() -> bool:
        calls.append(1)
        return len(calls) > 2  # cancelled after the comparison's first steps

    with cancellable(check), pytest.raises(Cancelled):
        compare(a, b)
    assert len(calls) == 3, "no step runs after the one that saw the flag"
    assert compare(a, b).framing is not None, "negative: outside it compares in full"


def _work() -> Work:
    articles = [extract_path(str(p)) for p in PAIR]
    return Work(generation=1, paths=tuple(str(p) for p in PAIR), articles=articles, pairs=[(0, 1)],
                coverage=False, done={})


def test_a_work_cancelled_while_comparing_returns_without_a_result_or_a_failure():
    work = _work()
    seen = []

    def deliver(what: str, payload: tuple) -> None:
        seen.append(what)
        if what == "progress" and payload[0].startswith("Comparing"):
            work.cancel()  # as the window does when a new pair is opened meanwhile

    work.run(deliver)
    assert "comparison" not in seen and "failed" not in seen and not work.done


def test_a_work_not_cancelled_delivers_its_comparison():
    work = _work()
    seen = []
    work.run(lambda what, payload: seen.append(what))
    assert "comparison" in seen and (0, 1) in work.done
