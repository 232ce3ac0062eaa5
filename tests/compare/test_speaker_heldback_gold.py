"""The hand-labelled ECB+ speaker sets stay sound: each labelled text belongs to a pair listed once in
read_pairs/ecbplus.json under its set, and each quotation has the fields and offsets the benchmark reads.

The texts themselves live in the shared data, so the quoted words are checked against their offsets
(length) here and against the texts by benchmarks/speakers.py --ecbplus.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .speaker_gold import assert_quotations_readable

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
GOLD = json.loads((DATA / "speakers" / "ecbplus_held_back.json").read_text(encoding="utf-8"))
READ_PAIRS = json.loads((DATA / "read_pairs" / "ecbplus.json").read_text(encoding="utf-8"))
SETS = {name: pairs for name, pairs in READ_PAIRS.items() if isinstance(pairs, list)}
# a held-back set later read to write rules keeps its pairs' name in read_pairs/ecbplus.json
PAIRS_OF_SET = {"read_5": "held_back_5", "read_6": "held_back_6", "read_16": "held_back_16"}


def test_no_document_is_listed_twice_across_read_pairs():
    counts = Counter(doc for pairs in SETS.values() for pair in pairs for doc in (pair["a"], pair["b"]))
    assert [doc for doc, n in counts.items() if n > 1] == []


def test_each_labelled_text_belongs_to_a_pair_of_its_set():
    ids = Counter(art["id"] for art in GOLD["articles"])
    assert [doc for doc, n in ids.items() if n > 1] == []
    for art in GOLD["articles"]:
        part = art.get("set", "held_back")
        assert part != "read", art["id"]
        docs = {doc for pair in SETS[PAIRS_OF_SET.get(part, part)] for doc in (pair["a"], pair["b"])}
        assert art["id"] in docs, (art["id"], part)


def test_each_quotation_has_the_fields_the_benchmark_reads():
    assert_quotations_readable(GOLD["articles"])
