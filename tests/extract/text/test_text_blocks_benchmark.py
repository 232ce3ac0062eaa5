"""The block-kinds benchmark's measure (benchmarks/text_blocks.py): each kind's share of an
article's characters, captions apart, and the distance of two mixes (half the sum of the share
differences). A lynx capture, every line three columns in, reads as paragraphs with its one
indented quotation a blockquote, as the same page's HTML does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from harbour_story import PARAS  # noqa: E402
from text_blocks import KINDS, distance, kind_chars, shares, text_reading  # noqa: E402

from sidebyside.model import Article, Block, Source  # noqa: E402


def test_shares_count_each_kinds_characters_with_captions_apart():
    art = Article(source=Source(path=None, format="text"), text="a" * 60 + "\n\n" + "b" * 20,
                  blocks=(Block("paragraph", 0, 60), Block("blockquote", 62, 82)), captions=("c" * 20,))
    mix = shares(kind_chars(art))
    assert mix["paragraph"] == pytest.approx(0.6) and mix["blockquote"] == pytest.approx(0.2)
    assert mix["caption"] == pytest.approx(0.2) and mix["heading"] == 0 and set(mix) == set(KINDS)


def test_the_distance_of_two_mixes():
    all_paragraph = dict.fromkeys(KINDS, 0.0) | {"paragraph": 1.0}
    all_quotation = dict.fromkeys(KINDS, 0.0) | {"blockquote": 1.0}
    half = dict.fromkeys(KINDS, 0.0) | {"paragraph": 0.5, "blockquote": 0.5}
    assert distance(all_paragraph, all_paragraph) == 0
    assert distance(all_paragraph, all_quotation) == 1
    assert distance(all_paragraph, half) == pytest.approx(0.5)


def test_a_lynx_capture_reads_as_paragraphs_with_its_quotation_apart():
    quote = "     “We cannot keep patching gears that were cast before the First World War,” the engineer said."
    lines = ["Harbour board closes the old swing bridge for a year", ""]
    for k, para in enumerate(PARAS):
        lines += ["   " + para, ""]
        if k == 1:
            lines += [quote, ""]
    mix = shares(kind_chars(text_reading("\n".join(lines), "p.txt")))
    assert mix["paragraph"] > 0.7
    assert 0 < mix["blockquote"] < 0.3
