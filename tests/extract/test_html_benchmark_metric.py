"""The benchmark's scorer (benchmarks/common.py) follows the AEB metric: word 4-gram shingles,
lower-cased and split on whitespace, counted with multiplicity; an empty prediction scores 0."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from common import shingle_prf, summarize  # noqa: E402


def test_identical_texts_score_one_whatever_the_case_and_spacing():
    assert shingle_prf("The  Quay was\nrebuilt last year", "the quay was rebuilt last year") == (1.0, 1.0, 1.0)


def test_extra_text_lowers_precision_only():
    truth = "one two three four five"
    p, r, f1 = shingle_prf(truth + " six seven", truth)
    assert r == 1.0 and p == pytest.approx(2 / 4) and f1 == pytest.approx(2 * 0.5 / 1.5)


def test_empty_prediction_scores_zero():
    assert shingle_prf("", "some true body text here") == (0.0, 0.0, 0.0)


def test_short_texts_are_one_shingle():
    assert shingle_prf("abc def", "abc def") == (1.0, 1.0, 1.0)
    assert shingle_prf("abc", "abc def")[2] == 0.0


def test_summary_averages_per_page_scores():
    out = summarize([(1.0, 0.5, 2 / 3), (0.5, 1.0, 2 / 3)], [0.010, 0.030])
    assert out["pages"] == 2 and out["precision"] == 0.75 and out["f1"] == pytest.approx(0.6667, abs=1e-4)
    assert out["median_ms"] == 20.0
