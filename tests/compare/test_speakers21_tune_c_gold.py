"""The second ECB+ speaker tune set ('tune_c') stays sound: its texts are those of the 'tune_c' pairs of
read_pairs/ecbplus.json, each pair of one sub-topic and of the odd half of the pair hash, no text in
another labelled set, and each quotation has the fields and offsets benchmarks/speakers.py reads.
Reads only files in the repository."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

from .speaker_gold import assert_quotations_readable

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
TUNE = json.loads((DATA / "speakers" / "ecbplus_tune.json").read_text(encoding="utf-8"))
READ_PAIRS = json.loads((DATA / "read_pairs" / "ecbplus.json").read_text(encoding="utf-8"))
HELD_BACK = json.loads((DATA / "speakers" / "ecbplus_held_back.json").read_text(encoding="utf-8"))
TUNE_C = [art for art in TUNE["articles"] if art["set"] == "tune_c"]


def test_tune_c_texts_are_those_of_its_pairs_and_of_no_other_set():
    docs = {doc for pair in READ_PAIRS["tune_c"] for doc in (pair["a"], pair["b"])}
    ids = Counter(art["id"] for art in TUNE_C)
    assert len(READ_PAIRS["tune_c"]) == 10 and len(docs) == 20
    assert [doc for doc, n in ids.items() if n > 1] == []
    assert set(ids) == docs
    others = {art["id"] for art in HELD_BACK["articles"]} | {art["id"] for art in TUNE["articles"] if art["set"] != "tune_c"}
    assert not set(ids) & others
    listed = {doc for key, pairs in READ_PAIRS.items() if key not in ("about", "how_chosen", "tune_c")
              for pair in pairs for doc in (pair["a"], pair["b"])}
    assert not docs & listed


def test_tune_c_pairs_are_same_subtopic_and_of_the_odd_hash_half():
    subtopics = set()
    for pair in READ_PAIRS["tune_c"]:
        a, b = pair["a"], pair["b"]
        assert a < b
        assert int(hashlib.sha1(f"{a}|{b}".encode()).hexdigest(), 16) % 2 == 1
        sub = {re.fullmatch(r"(\d+)_\d+(ecb(?:plus)?)", doc).groups() for doc in (a, b)}
        assert len(sub) == 1
        subtopics |= sub
    assert len(subtopics) == 10  # one pair per sub-topic


def test_tune_c_quotations_have_the_fields_the_benchmark_reads():
    assert_quotations_readable(TUNE_C)
    assert sum(1 for art in TUNE_C for q in art["quotes"] if q["speaker"] and not q["implied"]) == 139
