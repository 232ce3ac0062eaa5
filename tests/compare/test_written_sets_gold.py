"""The sets written for the project hold what their benchmarks read: every quotation of the blind
English speaker set sits at its offsets, and every label of the naming set's referents is found
in its own article, as `benchmarks/naming_written.py` looks for it (word-bounded, case kept).
A label that is in no article would count as a referent nothing can find."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .speaker_gold import assert_quotations_readable

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
NAMING = DATA / "naming_written"


def test_blind_english_speaker_set_is_readable():
    articles = json.loads((DATA / "speakers" / "written_english.json").read_text(encoding="utf-8"))["articles"]
    assert len({art["id"] for art in articles}) == len(articles)
    assert_quotations_readable(articles)


def _naming_sets() -> list[Path]:
    return [path for path in (NAMING / "gold.json", NAMING / "tune" / "gold.json") if path.exists()]


@pytest.mark.parametrize("gold", _naming_sets(), ids=lambda p: p.parent.name)
def test_every_naming_label_is_in_its_article(gold: Path):
    missing = []
    for pair in json.loads(gold.read_text(encoding="utf-8"))["pairs"]:
        texts = {side: (gold.parent / pair[side]).read_text(encoding="utf-8") for side in ("a", "b")}
        for referent in pair["referents"]:
            for side in ("a", "b"):
                for label in referent[side]:
                    if not re.search(r"(?<!\w)" + re.escape(label) + r"(?!\w)", texts[side]):
                        missing.append((pair["id"], side, label))
    assert not missing
