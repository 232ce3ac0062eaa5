"""The text benchmark says where the body F1 lost to 1.0 comes from: collapsed pages or the many
nearly right, and whether kept furniture (precision) or lost article lines (recall)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from bench_text import loss_bands  # noqa: E402


def test_the_bands_share_the_gap_and_tell_precision_from_recall():
    # (f1, precision, recall, set, id, warned)
    rows = [(0.2, 0.9, 0.1, "s", "a", True), (0.8, 0.7, 0.9, "s", "b", False), (1.0, 1.0, 1.0, "s", "c", False)]
    loss = loss_bands(rows)
    assert loss["gap"] == pytest.approx((0.8 + 0.2) / 3, abs=1e-4)
    assert sum(loss[b]["gap_points"] for b in ("collapsed", "middle", "near")) == pytest.approx(loss["gap"], abs=1e-3)
    assert loss["collapsed"]["pages"] == 1 and loss["collapsed"]["recall_loss"] == pytest.approx(0.9)
    assert loss["middle"]["precision_loss"] == pytest.approx(0.3)
    assert loss["near"]["pages"] == 1 and loss["near"]["gap_points"] == 0


def test_no_pages_no_bands():
    assert loss_bands([]) == {}
