"""Captures of pages written for the project after the rules of tests/data/text/unseen, dumped by
w3m, lynx and elinks (tests/data/text/unseen2/build.sh) in six languages, one laid out in tables:
measured only (benchmarks/bench_text.py --unseen --unseen-dir tests/data/text/unseen2). These tests
guard the body against falling apart; the headline, byline and date figures are the benchmark's."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from common import shingle_prf  # noqa: E402  (the benchmarks' own body score)

UNSEEN2 = Path(__file__).parent.parent / "data" / "text" / "unseen2"
GOLD = {k: v for k, v in json.loads((UNSEEN2 / "gold.json").read_text(encoding="utf-8")).items()
        if not k.startswith("_")}


@pytest.mark.parametrize("name", sorted(GOLD))
def test_the_body_is_the_article_without_the_page_around_it(name):
    path = UNSEEN2 / name
    article = extract_text(Capture(source=Source(path=str(path), format="text"),
                                   content=path.read_text(encoding="utf-8")))
    body = "\n".join(x for x in (article.lead, article.text) if x)
    assert shingle_prf(body, "\n".join(GOLD[name]["body"]))[2] >= 0.85
    assert "©" not in body  # the footer
    assert GOLD[name]["body"][-1].split()[-1] in body  # the article's last word: never cut short
