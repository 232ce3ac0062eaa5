"""The hand-labelled ECB+ speaker tune set stays sound: each labelled text belongs to a pair of the
'tune' set of read_pairs/ecbplus.json, sits in the half its id's hash gives, and each quotation has
the fields and offsets benchmarks/speakers.py --ecbplus reads. Reads only files in the repository."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from .speaker_gold import assert_quotations_readable

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
TUNE = json.loads((DATA / "speakers" / "ecbplus_tune.json").read_text(encoding="utf-8"))
TUNE = {**TUNE, "articles": [art for art in TUNE["articles"] if art["set"] == "tune"]}  # tune_c: test_speakers21_tune_c_gold
READ_PAIRS = json.loads((DATA / "read_pairs" / "ecbplus.json").read_text(encoding="utf-8"))
HELD_BACK = json.loads((DATA / "speakers" / "ecbplus_held_back.json").read_text(encoding="utf-8"))


def test_each_tune_text_is_in_a_tune_pair_and_in_no_other_set():
    tune_docs = {doc for pair in READ_PAIRS["tune"] for doc in (pair["a"], pair["b"])}
    ids = Counter(art["id"] for art in TUNE["articles"])
    assert [doc for doc, n in ids.items() if n > 1] == []
    assert set(ids) == tune_docs
    assert not set(ids) & {art["id"] for art in HELD_BACK["articles"]}


def test_each_text_sits_in_the_half_its_hash_gives():
    for art in TUNE["articles"]:
        even = int(hashlib.sha1(f"reader8-tune-half:{art['id']}".encode()).hexdigest(), 16) % 2 == 0
        assert art["half"] == ("a" if even else "b"), art["id"]
        assert art["set"] == "tune"


def test_each_tune_quotation_has_the_fields_the_benchmark_reads():
    assert_quotations_readable(TUNE["articles"])
