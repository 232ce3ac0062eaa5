"""Real pages: w3m dumps of five AEB pages (tests/data/text/aeb) against their labelled bodies.

The predicted body is the lead followed by Article.text, as benchmarks/bench_text.py scores it;
the metric is the AEB one (word 4-gram shingles, lower-cased, whitespace split).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hang_guards import cpu_guard

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

AEB = Path(__file__).parent.parent / "data" / "text" / "aeb"
TRUTH = json.loads((AEB / "truth.json").read_text(encoding="utf-8"))
MIN_F1 = 0.85


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = text.lower().split()
    return {tuple(words[i : i + n]) for i in range(max(len(words) - n + 1, 0))}


def f1(predicted: str, truth: str) -> float:
    p, t = shingles(predicted), shingles(truth)
    common = len(p & t)
    if not p or not t or not common:
        return 0.0
    precision, recall = common / len(p), common / len(t)
    return 2 * precision * recall / (precision + recall)


def extract_page(page: str, suffix: str = ""):
    content = gzip.decompress((AEB / f"{page}{suffix}.txt.gz").read_bytes()).decode("utf-8")
    return extract_text(Capture(source=Source(path=f"{page}.txt", format="text"), content=content))


@pytest.mark.parametrize("page", sorted(TRUTH))
def test_body_matches_the_label(page):
    article = extract_page(page)
    predicted = "\n\n".join(x for x in (article.lead, article.text) if x)
    score = f1(predicted, TRUTH[page]["articleBody"])
    assert score >= MIN_F1, f"{page} ({TRUTH[page]['url']}): F1 {score:.3f}"
    assert "\n\n".join(article.block_text(b) for b in article.blocks) == article.text


@pytest.mark.parametrize("page", ["7a457a4f71", "0ec95c7261"])
def test_default_80_column_dump_is_unwrapped(page):
    """`w3m -dump` at its default width wraps paragraphs (Korean inside words); they are joined."""
    article = extract_page(page, ".cols80")
    predicted = "\n\n".join(x for x in (article.lead, article.text) if x)
    score = f1(predicted, TRUTH[page]["articleBody"])
    assert score >= MIN_F1, f"{page} at 80 columns: F1 {score:.3f}"
    wide = extract_page(page)
    assert len(article.paragraphs()) == len(wide.paragraphs())


def test_comment_section_stays_out():
    article = extract_page("8e3efab59f")
    assert " says:" not in article.text
    assert "dumpster fire" not in article.text  # a reader's comment


def test_language_of_non_english_pages():
    assert extract_page("0ec95c7261").language == "ko"
    assert extract_page("c82b3d1d54").language == "ru"
    assert extract_page("57b4dafd18").language == "de"


def test_large_capture_finishes():
    """200,000 distinct lines (a seed-like page repeated with numbered lines), under a hang guard
    (benchmarks/big_inputs.py measures the speed: extract:text-200k-lines)."""
    base = gzip.decompress((AEB / "7a457a4f71.txt.gz").read_bytes()).decode("utf-8").splitlines()
    lines, k = [], 0
    while len(lines) < 200_000:
        for line in base:
            lines.append(f"{line} {k}" if line.strip() else line)
            k += 1
    content = "\n".join(lines[:200_000])
    with cpu_guard("extract:text-200k-lines"):
        article = extract_text(Capture(source=Source(path="big.txt", format="text"), content=content))
    assert article.text
