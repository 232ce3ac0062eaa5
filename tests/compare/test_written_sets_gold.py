"""The sets written for the project hold what their benchmarks read: every quotation of the blind
English speaker set sits at its offsets, and every label of the naming set's referents is found
in its own article as `benchmarks/naming_written.py` reads it: in the text extracted from the
page (`Article.text`, the headline apart, which that benchmark does not read), word-bounded, case
kept. A label that is in no such text would count as a referent nothing can find."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sidebyside.extract import extract_path

from .speaker_gold import assert_quotations_readable

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
NAMING = DATA / "naming_written"


def test_blind_english_speaker_set_is_readable():
    articles = json.loads((DATA / "speakers" / "written_english.json").read_text(encoding="utf-8"))["articles"]
    assert len({art["id"] for art in articles}) == len(articles)
    assert_quotations_readable(articles)


@pytest.mark.parametrize("name", ["written_english.json", "written_languages.json", "written_english_read.json"])
def test_every_written_speaker_article_has_its_own_id(name: str):
    """Ids name an article in a miss list and in the README; two articles of one id (a later
    batch reusing an earlier one's) could not be told apart."""
    articles = json.loads((DATA / "speakers" / name).read_text(encoding="utf-8"))["articles"]
    ids = [art["id"] for art in articles]
    assert sorted(i for i in set(ids) if ids.count(i) > 1) == []


def _naming_sets() -> list[Path]:
    return [path for path in (NAMING / "gold.json", NAMING / "tune" / "gold.json") if path.exists()]


# Labels of the older measured pairs that the benchmark cannot find, left in the gold as written
# (the gold is not changed after the engine ran on it): six sit only in a headline, which the
# extractor keeps apart from the text (a short closing line the text extractor left out is read since
# session 24: a capture of the article alone reads on to its end).
_NOT_IN_THE_EXTRACTED_TEXT = {
    "gold.json": {
        ("p08", "b", "toxic train wreck"),  # headline
        ("p09", "b", "Solberg's landslide"),  # headline
        ("p10", "b", "Wexford's billionaires"),  # headline
        ("p20", "b", "shotgun maniac"),  # headline
        ("p20", "b", "six-hour siege"),  # headline
        ("p21", "b", "Beached giant"),  # headline
    },
}


@pytest.mark.parametrize("gold", _naming_sets(), ids=lambda p: p.parent.name)
def test_every_naming_label_is_in_its_extracted_article(gold: Path):
    missing = set()
    for pair in json.loads(gold.read_text(encoding="utf-8"))["pairs"]:
        texts = {side: extract_path(gold.parent / pair[side]).text for side in ("a", "b")}
        for referent in pair["referents"]:
            for side in ("a", "b"):
                for label in referent[side]:
                    if not re.search(r"(?<!\w)" + re.escape(label) + r"(?!\w)", texts[side]):
                        missing.add((pair["id"], side, label))
    known = _NOT_IN_THE_EXTRACTED_TEXT.get(str(gold.relative_to(NAMING)), set())
    assert missing == known  # a new miss fails, and so does a known one found again (drop it from the list)
