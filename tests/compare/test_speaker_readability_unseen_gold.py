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


def test_each_quotation_sits_at_its_offsets_with_the_fields_the_benchmark_reads():
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


def test_the_read_and_measured_halves_split_by_their_hash():
    """benchmarks/speakers.py scores the halves by SHA-1 of 'readability-split:' + page (even: read);
    both halves hold pages, and pages of the same text never straddle them."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("speakers_bench", SPEAKERS.parents[1] / "speakers.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    halves: dict[str, list[str]] = {"read": [], "measure": []}
    by_text: dict[str, set[str]] = {}
    for art in UNSEEN["articles"]:
        half = bench.readability_half(art["id"])
        digest = int(hashlib.sha1(f"readability-split:{art['id']}".encode()).hexdigest(), 16)
        assert half == ("read" if digest % 2 == 0 else "measure"), art["id"]
        halves[half].append(art["id"])
        by_text.setdefault(art["text"], set()).add(half)
    assert len(halves["read"]) == 34 and len(halves["measure"]) == 30
    assert all(len(h) == 1 for h in by_text.values())
