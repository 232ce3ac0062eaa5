"""Captures of eight pages written for the project on 2026-12-06 (tests/data/text/unseen4: six
languages, two scripts besides Latin, one laid out in tables), dumped by w3m, lynx and elinks: measured only
(benchmarks/bench_text.py --unseen --unseen-dir tests/data/text/unseen4). These tests check that the
set loads, that its gold is the text of its own pages, and that the extractor reads each capture
to a body near the gold; the figures are the benchmark's."""

from __future__ import annotations

import html
import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from common import shingle_prf  # the benchmarks' own body score

UNSEEN4 = Path(__file__).parent.parent / "data" / "text" / "unseen4"
GOLD = {k: v for k, v in json.loads((UNSEEN4 / "gold.json").read_text(encoding="utf-8")).items()
        if not k.startswith("_")}


def page_text(path: Path) -> str:
    """The words of an HTML page, its tags dropped and its entities read."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8"))).split())


def test_each_capture_is_made_by_build_sh_from_a_page_of_html():
    script = (UNSEEN4 / "build.sh").read_text(encoding="utf-8")
    made = re.findall(r"> (\S+\.txt)$", script, flags=re.MULTILINE)
    assert sorted(made) == sorted(GOLD) and len(made) == 16
    pages = set(re.findall(r"html/(\S+\.html)", script))
    assert len(pages) == 8 and all((UNSEEN4 / "html" / p).is_file() for p in pages)


@pytest.mark.parametrize("name", sorted(GOLD))
def test_the_gold_is_the_text_of_its_page(name):
    gold = GOLD[name]
    date.fromisoformat(gold["date"])
    assert gold["title"] and isinstance(gold["authors"], list) and len(gold["body"]) >= 5
    page = next(p for p in (UNSEEN4 / "html").glob("*.html") if gold["title"] in page_text(p))
    words = page_text(page)
    assert all(paragraph in words for paragraph in gold["body"])
    assert 200 <= sum(len(p.split()) for p in gold["body"]) <= 900
    capture = " ".join((UNSEEN4 / name).read_text(encoding="utf-8").split())
    assert gold["body"][-1].split()[-1] in capture  # the dump carries the article to its end


@pytest.mark.parametrize("name", sorted(GOLD))
def test_the_extractor_reads_a_body_near_the_gold(name):
    path = UNSEEN4 / name
    article = extract_text(Capture(source=Source(path=str(path), format="text"),
                                   content=path.read_text(encoding="utf-8")))
    body = "\n".join(x for x in (article.lead, article.text) if x)
    assert shingle_prf(body, "\n".join(GOLD[name]["body"]))[2] >= 0.5
