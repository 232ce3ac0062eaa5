"""The hand-labelled speaker set of Mozilla Readability's test pages stays sound: its pages come in
the hash order that chose them, each holds at least six double quotation marks, and each quotation
sits at its offsets with the fields benchmarks/speakers.py reads. Reads only files in the repository."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .speaker_gold import assert_quotations_readable

SPEAKERS = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "speakers"
UNSEEN = json.loads((SPEAKERS / "readability_unseen.json").read_text(encoding="utf-8"))


def _hash_key(page_name: str) -> str:
    return hashlib.sha1(f"readability-unseen:{page_name}".encode()).hexdigest()


def test_the_pages_are_in_hash_order_and_batches_of_twelve():
    names = [art["id"] for art in UNSEEN["articles"]]
    assert names and len(names) == len(set(names))
    assert names == sorted(names, key=_hash_key)
    assert [art["order"] for art in UNSEEN["articles"]] == list(range(len(names)))
    for art in UNSEEN["articles"]:
        assert art["batch"] == art["order"] // 12 + 1, art["id"]
        assert art["corpus"] == "readability", art["id"]
        # chosen for holding at least six double quotation marks
        assert sum(art["text"].count(mark) for mark in '"“”') >= 6, art["id"]


def test_each_quotation_sits_at_its_offsets():
    for art in UNSEEN["articles"]:
        for q in art["quotes"]:
            assert art["text"][q["start"] : q["end"]] == q["text"], (art["id"], q["start"])


def test_each_quotation_has_the_fields_the_benchmark_reads():
    assert_quotations_readable(UNSEEN["articles"])


def test_no_quotation_is_labelled_twice_or_cut_across():
    """Quotations may nest (a title in single marks inside a headline in double ones), never overlap."""
    for art in UNSEEN["articles"]:
        spans = [(q["start"], q["end"]) for q in art["quotes"]]
        assert len(spans) == len(set(spans)), art["id"]
        for i, (start, end) in enumerate(spans):
            for other_start, other_end in spans[i + 1 :]:
                if other_start >= end:
                    break
                assert other_end <= end, (art["id"], other_start)
