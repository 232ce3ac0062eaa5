"""The hand-labelled unseen AEB speaker set stays sound: its pages are AEB pages that the dev set
(gold.json) does not hold, in the hash order that chose them, each quotation at its offsets with
the fields benchmarks/speakers.py reads. Reads only files in the repository."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .speaker_gold import assert_quotations_readable

SPEAKERS = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "speakers"
UNSEEN = json.loads((SPEAKERS / "aeb_unseen.json").read_text(encoding="utf-8"))
DEV = json.loads((SPEAKERS / "gold.json").read_text(encoding="utf-8"))


def _hash_key(page_id: str) -> str:
    return hashlib.sha1(f"aeb-unseen:{page_id}".encode()).hexdigest()


def test_the_pages_are_new_and_in_hash_order():
    ids = [art["id"] for art in UNSEEN["articles"]]
    assert len(ids) == len(set(ids))
    assert not set(ids) & {art["id"] for art in DEV["articles"]}
    assert ids == sorted(ids, key=_hash_key)
    assert [art["order"] for art in UNSEEN["articles"]] == list(range(len(ids)))
    for art in UNSEEN["articles"]:
        # labelled in batches of 12 pages, the last taking the 13th
        assert art["batch"] == min(art["order"] // 12 + 1, 3), art["id"]
        assert art["corpus"] == "aeb" and art["url"].startswith("http"), art["id"]
        # chosen for holding at least six double quotation marks
        assert sum(art["text"].count(mark) for mark in '"“”') >= 6, art["id"]


def test_each_quotation_sits_at_its_offsets_with_the_fields_the_benchmark_reads():
    assert_quotations_readable(UNSEEN["articles"])
