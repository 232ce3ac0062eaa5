"""A word choice is a word against a word: the second half of a hyphen compound ("Hollinsby-based
maker") against a word of its own ("Hollinsby pie maker") is the diff splitting a compound, no
choice ("based" / "pie", read on a written tune pair); a real choice in the same sentence stays."""

from __future__ import annotations

from sidebyside.compare import compare
from sidebyside.extract import extract_path

STORY = """{headline}

The {maker} of pork pies was {verb} to a Dutch food group on Monday, the company said.

The family firm employs 240 people at its bakery on the edge of the town.

Workers were told of the sale at a meeting on Monday morning.
"""


def _choices(tmp_path, b_maker: str, b_verb: str) -> list[tuple[str, str]]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(STORY.format(headline="Pie maker sold to Dutch group", maker="Hollinsby-based maker", verb="sold"),
                 encoding="utf-8")
    b.write_text(STORY.format(headline="Dutch giant buys pie firm", maker=b_maker, verb=b_verb), encoding="utf-8")
    framing = compare(extract_path(str(a)), extract_path(str(b))).framing
    return [(w.a.text, w.b.text) for w in framing.word_choices]


def test_half_a_compound_against_a_word_is_no_choice(tmp_path):
    assert _choices(tmp_path, "Hollinsby pie maker", "sold") == []


def test_a_real_choice_beside_it_stays(tmp_path):
    assert _choices(tmp_path, "Hollinsby pie maker", "snapped up") == [("sold", "snapped up")]
