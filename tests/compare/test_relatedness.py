"""Whether two articles report the same event (compare/relatedness.py), on written sets and the
end-to-end corpus: three reports of one fire, a dam and a fire, a budget vote and a convoy, the
same convoy told in Arabic and in English."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from sidebyside.compare import compare
from sidebyside.compare.relatedness import DIFFERENT, LANGUAGES, SAME, UNCLEAR, relatedness
from sidebyside.extract import extract_path
from sidebyside.model import Article, Source

DATA = Path(__file__).resolve().parents[1] / "data"
FIRE = sorted((DATA / "coverage" / "fire").glob("*.txt"))
DAM = sorted((DATA / "coverage" / "dam").glob("*.txt"))
E2E = DATA / "e2e"


@pytest.fixture(scope="module")
def read():
    cache = {}

    def article(path: Path) -> Article:
        if path not in cache:
            cache[path] = extract_path(str(path))
        return cache[path]

    return article


def test_reports_of_one_fire_are_the_same_event(read):
    for a, b in combinations(FIRE, 2):
        r = relatedness(read(a), read(b))
        assert r.verdict == SAME, (a.name, b.name, r)
        assert r.languages == ("en", "en")


def test_a_dam_and_a_fire_are_different_events(read):
    for a in DAM:
        for b in FIRE:
            r = relatedness(read(a), read(b))
            assert r.verdict == DIFFERENT, (a.name, b.name, r)


def test_the_comparison_carries_the_verdict(read):
    c = compare(read(DAM[0]), read(FIRE[0]))
    assert c.relatedness is not None and c.relatedness.verdict == DIFFERENT
    # Two political stories that share only the words of politics ("minister", "government"):
    # never called the same event (the verdict may stay unclear: no notice then).
    budget = compare(read(E2E / "edge" / "unrelated-budget-story.txt"), read(E2E / "harbor-convoy.html"))
    assert budget.relatedness.verdict in (DIFFERENT, UNCLEAR)
    same = compare(read(E2E / "harbor-convoy.html"), read(E2E / "meridian-convoy.html"))
    assert same.relatedness.verdict == SAME
    assert any(name in same.relatedness.shared_names for name in ("Qasr", "Nour"))


def test_two_languages_get_their_own_verdict(read):
    r = relatedness(read(E2E / "wadi-convoy.ar.html"), read(E2E / "harbor-convoy.html"))
    assert r.verdict == LANGUAGES and r.languages == ("ar", "en")


def test_a_text_too_short_to_judge_is_unclear():
    short = Article(source=Source("a.txt", "text"), text="Officials met on Monday.", language="en")
    long = Article(source=Source("b.txt", "text"), text=" ".join(f"word{i}" for i in range(300)), language="en")
    assert relatedness(short, long).verdict == UNCLEAR
    empty = Article(source=Source("c.txt", "text"), text="", language=None)
    assert relatedness(empty, empty).verdict == UNCLEAR
