"""A quotation whose speaker the app did not find reads the same in every place: the pane's
tooltip, a shared quote's tooltip, the report (two wordings, "no speaker found" and "speaker not
found", read as two different findings)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from sidebyside import wording
from sidebyside.compare import compare
from sidebyside.extract import extract_path
from sidebyside.highlights import collect

A = """Harbour Courier

Dock strike ends after talks

"We will go back on Monday," said Ana Ruiz, who leads the dockers' union.

"The port lost two weeks of trade," the newspaper wrote in its own words later.
"""
B = """Coastal Post

Dockers return to work

"We will go back on Monday," Ruiz told reporters on Friday.

"Nobody wins a strike like this," one docker added.
"""


@pytest.fixture(scope="module")
def comparison(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pair")
    (folder / "courier.txt").write_text(A, encoding="utf-8")
    (folder / "post.txt").write_text(B, encoding="utf-8")
    return compare(extract_path(folder / "courier.txt"), extract_path(folder / "post.txt"))


def test_one_wording_for_a_speaker_not_found():
    assert wording.NO_SPEAKER == "speaker not found"
    assert wording.NO_SPEAKER.endswith(wording.NO_SPEAKER_CELL), "the column's cell says the same under 'Speaker'"


def test_the_sources_say_it_in_one_place():
    """No module but wording.py spells the words out."""
    root = Path(wording.__file__).parent
    spelled = [str(p.relative_to(root)) for p in root.rglob("*.py") if p.name != "wording.py"
               and any(w in p.read_text(encoding="utf-8") for w in ("no speaker found", "speaker not found"))]
    assert spelled == []


def test_a_quote_tooltip_and_a_shared_quote_tooltip_read_alike(comparison):
    quotes = tuple(tuple(replace(q, speaker=None, speaker_span=None) for q in side) for side in comparison.quotes)
    shared = tuple(replace(sq, speaker_a="Ana Ruiz", speaker_b=None, speaker_contrast="named in one only")
                   for sq in comparison.shared_quotes)
    assert shared, "premise: the two share a quotation"
    made = collect(replace(comparison, quotes=quotes, shared_quotes=shared))
    tips = [h.tip for pane in made.panes for h in pane if h.kind in ("quote", "shared_quote")]
    assert any(t == f"Quote ({wording.NO_SPEAKER})" for t in tips)
    assert any(f"Ana Ruiz in A, {wording.NO_SPEAKER} in B" in t for t in tips)
    assert not any("no speaker found" in t for t in tips)


def test_a_found_speaker_is_named_not_said_missing(comparison):
    """Negative: a quotation with its speaker says the name."""
    made = collect(comparison)
    tips = [h.tip for h in made.panes[0] if h.kind == "quote"]
    assert any("Ana Ruiz" in t for t in tips) and not any(wording.NO_SPEAKER in t for t in tips if "Ana Ruiz" in t)
