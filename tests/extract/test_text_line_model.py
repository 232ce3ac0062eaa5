"""The learned line scorer of the text family (extract/text/features.py, model.py): its shipped
weights, its decoding, and the body it reads when a setting turns it on."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sidebyside.extract.text import extract_text, read_lines, rows_of, rule_body
from sidebyside.extract.text.features import FEATURES
from sidebyside.extract.text.model import LineModel, chosen_lines, load_model
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

FORMS = Path(__file__).parent.parent / "data" / "text" / "forms"


def test_shipped_weights_fit_the_features():
    model = load_model("body")
    assert len(model.weights) == len(FEATURES)
    assert 0 < model.run_threshold < 1 and 0 < model.keep_threshold < 1


def test_one_row_per_line_with_words_each_feature_in_unit_range():
    lines = read_lines((FORMS / "dump.de.txt").read_text(encoding="utf-8"))
    rows = rows_of(lines, *rule_body(lines))
    assert [i for i, _ in rows] == [ln.index for ln in lines if ln.text.strip()]
    for _, row in rows:
        assert len(row) == len(FEATURES)
        assert all(-1e-9 <= x <= 1 + 1e-9 for x in row)


def test_the_body_is_the_best_run_with_its_weak_lines_left_out():
    model = LineModel(weights=(), bias=0.0, run_threshold=0.3, keep_threshold=0.4)
    probs = [0.1, 0.9, 0.9, 0.2, 0.9, 0.05, 0.1, 0.95]
    rows = [(10 + k, []) for k in range(len(probs))]
    # the last line is likely body but stands alone past two unlikely lines: a footer teaser
    words = [10, 10, 10, 10, 10, 10, 10, 1]
    assert chosen_lines(rows, probs, words, model) == [11, 12, 14]


def test_nothing_chosen_when_no_line_looks_like_body():
    model = LineModel(weights=(), bias=0.0, run_threshold=0.5, keep_threshold=0.5)
    rows = [(k, []) for k in range(3)]
    assert chosen_lines(rows, [0.1, 0.2, 0.3], [5, 5, 5], model) == []


@pytest.mark.parametrize("name, first, last", [
    ("dump.de.txt", "Die Hafenbehörde hat am Dienstag", "Eine Bürgerinitiative"),
    ("copy.fr.txt", "L'autorité portuaire a approuvé mardi", "Un collectif d'habitants"),
])
def test_the_scorer_reads_the_article_and_leaves_the_page_around_it(name, first, last):
    settings = dataclasses.replace(DEFAULT.extract.text, line_model="body")
    path = FORMS / name
    article = extract_text(Capture(source=Source(path=str(path), format="text"),
                                   content=path.read_text(encoding="utf-8")), settings)
    assert article.text.startswith(first)
    assert article.text.split("\n\n")[-1].startswith(last)
    assert "©" not in article.text and "Facebook" not in article.text
