"""The Qt-free session: what is open, comparisons per pair (lazy, cached), the coverage, view state."""

from __future__ import annotations

from pathlib import Path

import pytest

import sidebyside.compare as compare_module
from sidebyside.session import Session, mirrored

SETS = Path(__file__).resolve().parents[1] / "data" / "coverage"
FIRE = [str(SETS / "fire" / n) for n in ("valleyherald.txt", "capitalnews.txt", "ruralvoice.txt")]


class Recorder:
    def __init__(self, session: Session):
        self.seen = []
        for name in ("opened", "article", "pair", "comparison", "coverage", "visible_kinds", "failed"):
            getattr(session.events, name).connect(lambda *args, name=name: self.seen.append((name, args)))

    def names(self):
        return [name for name, _ in self.seen]


@pytest.fixture
def counted(monkeypatch):
    calls = []
    real = compare_module.compare

    def counting(a, b):
        calls.append((a.source.path, b.source.path))
        return real(a, b)

    monkeypatch.setattr(compare_module, "compare", counting)
    return calls


def test_a_pair_reads_both_and_compares_once(counted):
    session = Session()
    seen = Recorder(session)
    session.open(FIRE[:2])
    session.run_pending()
    assert session.pending() is None
    assert len(counted) == 1 and session.coverage is None  # two articles: no coverage
    assert seen.names()[0] == "opened" and seen.names().count("article") == 2
    assert seen.names()[-1] == "comparison"
    assert session.comparison().articles == tuple(session.articles)


def test_three_captures_compare_every_pair_once_and_group_them(counted):
    session = Session()
    seen = Recorder(session)
    session.open(FIRE)
    session.run_pending()
    assert sorted(tuple(sorted(p)) for p in counted) == sorted(
        tuple(sorted((FIRE[i], FIRE[j]))) for i, j in ((0, 1), (0, 2), (1, 2)))
    assert session.coverage is not None and session.coverage.quotes
    assert "coverage" in seen.names()
    # Another pair comes from the cache (mirrored when needed): no new comparison.
    session.choose_pair(2, 0)
    assert len(counted) == 3
    comparison = session.comparison()
    assert comparison.articles == (session.article(2), session.article(0))
    assert seen.seen[-1][0] == "comparison" and seen.seen[-1][1][0] == (2, 0)


def test_view_state_is_kept_per_pair_and_per_article():
    session = Session()
    session.open(FIRE)
    session.set_nav_position("shared_quote", 2)
    session.set_scroll(0, 120)
    session.set_scroll(1, 40)
    session.set_visible_kinds({"shared_quote", "note"})
    session.choose_pair(0, 2)
    assert session.nav_position("shared_quote") is None  # a new pair starts afresh
    session.set_nav_position("shared_quote", 0)
    session.choose_pair(0, 1)
    assert session.nav_position("shared_quote") == 2
    assert session.scroll(0) == 120 and session.scroll(1) == 40
    assert session.visible_kinds == {"shared_quote", "note"}


def test_results_of_a_replaced_set_are_dropped():
    session = Session()
    session.open(FIRE[:2])
    old = session.pending()
    session.open(FIRE[1:])
    old.run(lambda what, payload: session.deliver(old.generation, what, payload))
    assert all(a is None for a in session.articles)  # nothing of the old set got in
    session.run_pending()
    assert session.article(0).source.path == FIRE[1]


def test_a_bad_capture_fails_alone(tmp_path):
    bad = tmp_path / "empty.html"
    bad.write_bytes(b"")
    session = Session()
    session.open([str(bad), *FIRE])
    session.run_pending()
    assert session.article(0) is None and session.error(0)
    assert session.coverage is not None  # the three good ones are still grouped
    assert session.pending() is None  # and nothing is retried for ever


def test_a_failing_comparison_is_reported_once(monkeypatch):
    def broken(a, b):
        raise RuntimeError("engine bug")

    monkeypatch.setattr(compare_module, "compare", broken)
    session = Session()
    seen = Recorder(session)
    session.open(FIRE[:2])
    session.run_pending()
    assert [n for n in seen.names() if n == "failed"] == ["failed"]
    assert session.pending() is None


def test_mirrored_swaps_every_side():
    session = Session()
    session.open(FIRE[:2])
    session.run_pending()
    c = session.comparison()
    m = mirrored(c)
    assert m.articles == (c.articles[1], c.articles[0])
    assert [(q.a, q.b) for q in m.shared_quotes] == [(q.b, q.a) for q in c.shared_quotes]
    assert m.framing.sources == (c.framing.sources[1], c.framing.sources[0])
    assert mirrored(m) == c


def test_the_session_imports_no_qt():
    import subprocess
    import sys

    code = "import sys, sidebyside.session; print([m for m in sys.modules if m.startswith('PySide6')])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "[]", out.stderr
