"""Real pages from the article extraction benchmark (MIT, tests/data/html/LICENSE-aeb) with
their labelled bodies: each must keep a minimum body F1 (word 4-gram shingles, as the
benchmark scores it). The predicted body is the lead (when it was the body's first block)
followed by the text, as in benchmarks/extraction.py."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from sidebyside.extract.html import LOW_CONFIDENCE, extract_html_detail
from sidebyside.model import Capture, Source

DATA = Path(__file__).resolve().parent.parent / "data" / "html"
TRUTH = json.loads((DATA / "truth.json").read_text(encoding="utf-8"))


def shingle_f1(pred: str, truth: str, n: int = 4) -> float:
    def shingles(text: str) -> Counter:
        words = text.lower().split()
        if len(words) < n:
            return Counter([tuple(words)]) if words else Counter()
        return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))

    p, t = shingles(pred), shingles(truth)
    tp = sum((p & t).values())
    if not tp:
        return 0.0
    precision, recall = tp / sum(p.values()), tp / sum(t.values())
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_real_page_body(name):
    entry = TRUTH[name]
    html = gzip.decompress((DATA / f"{name}.html.gz").read_bytes()).decode("utf-8")
    detail = extract_html_detail(Capture(Source(path=f"{name}.html", format="html", url=entry["url"]), html))
    article = detail.article
    predicted = (article.lead + "\n\n" + article.text) if detail.lead_in_body else article.text
    f1 = shingle_f1(predicted, entry["body"])
    assert f1 >= entry["min_f1"], f"{name}: body F1 {f1:.3f} < {entry['min_f1']}"
    if len(entry["body"].split()) >= 150:  # a short news item is rightly flagged as short
        assert LOW_CONFIDENCE not in article.warnings
    assert article.title
    for block in article.blocks:
        assert article.text[block.start : block.end].strip() == article.text[block.start : block.end]
