"""The speaker dev set (benchmarks/data/speakers/gold.json) holds what benchmarks/speakers.py reads."""

from __future__ import annotations

import json
from pathlib import Path

from .speaker_gold import assert_quotations_readable

GOLD = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "speakers" / "gold.json"


def test_each_quotation_sits_at_its_offsets_with_the_fields_the_benchmark_reads():
    articles = json.loads(GOLD.read_text(encoding="utf-8"))["articles"]
    assert len({art["id"] for art in articles}) == len(articles) >= 64
    assert_quotations_readable(articles)
