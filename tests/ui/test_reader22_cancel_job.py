"""A comparison job cancelled while it compares gives its thread back to the pool: the work stops at
the comparison's next step rather than after the whole pair."""

from __future__ import annotations

import threading
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PAIR = (SEEDS / "example-harbour-courier-dock-strike.txt", SEEDS / "example-coastal-post-dock-strike.txt")


def _job(monkeypatch, started: threading.Event, stop: threading.Event):
    import sidebyside.compare as compare_module
    from sidebyside.compare.budget import WorkBudget
    from sidebyside.extract import extract_path
    from sidebyside.session import Work
    from sidebyside.ui.worker import WorkJob

    def endless(a, b):
        """A comparison that only a cancellation ends (or the test's own stop, as a safety net)."""
        budget = WorkBudget(1 << 60)
        started.set()
        while not stop.wait(0.001):
            budget.spend(1, "a long step")
        raise RuntimeError("not cancelled")

    monkeypatch.setattr(compare_module, "compare", endless)
    articles = [extract_path(str(p)) for p in PAIR]
    work = Work(generation=1, paths=tuple(str(p) for p in PAIR), articles=articles, pairs=[(0, 1)],
                coverage=False, done={})
    return WorkJob(work)


def test_a_job_cancelled_mid_comparison_frees_its_thread(qtbot, monkeypatch):
    from sidebyside.ui.qt import QThreadPool

    started, stop = threading.Event(), threading.Event()
    job = _job(monkeypatch, started, stop)
    delivered = []
    job.signals.delivered.connect(lambda generation, what, payload: delivered.append(what))
    pool = QThreadPool()
    pool.start(job)
    assert started.wait(30), "premise: the comparison is running"
    job.cancel()
    try:
        assert pool.waitForDone(30_000), "the cancelled job still holds its thread"
    finally:
        stop.set()
        pool.waitForDone()
    qtbot.wait(10)
    assert "comparison" not in delivered and "failed" not in delivered


def test_a_job_not_cancelled_keeps_comparing(qtbot, monkeypatch):
    """Negative: without a cancellation the step goes on (the test's stop ends it)."""
    from sidebyside.ui.qt import QThreadPool

    started, stop = threading.Event(), threading.Event()
    job = _job(monkeypatch, started, stop)
    pool = QThreadPool()
    pool.start(job)
    assert started.wait(30)
    assert not pool.waitForDone(300), "the job is still comparing"
    stop.set()
    assert pool.waitForDone(30_000)
