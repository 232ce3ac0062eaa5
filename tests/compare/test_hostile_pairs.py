"""Pages built to hurt the comparison (walls of quote marks, of "said" clauses, of capitalised
words) compare in bounded time; past the work budget the stages left stop with a warning."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hang_guards import cpu_guard
from sidebyside.compare import compare
from sidebyside.model import Article, Source
from sidebyside.settings import CompareSettings, Settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hostile_corpus import PAIR_TEXTS  # noqa: E402


def _article(text: str) -> Article:
    return Article(source=Source(path=None, format="text"), text=text)


@pytest.mark.parametrize("name", ["quote-word-100k", "nested-openers-100k", "million-guillemets", "capitalised-200k", "said-30k"])
def test_a_hostile_page_against_its_copy_does_not_hang(name):
    paragraphs = PAIR_TEXTS[name]()
    a = _article("\n\n".join(paragraphs))
    b = _article("\n\n".join(paragraphs[:-1] + ["The last paragraph differs."]))
    with cpu_guard(f"compare:{name}"):
        result = compare(a, b)
    for side in (0, 1):
        text = result.articles[side].text
        assert all(0 <= q.start < q.end <= len(text) for q in result.quotes[side])


def test_said_clauses_all_get_their_speaker_before_the_budget_stops_later_stages():
    paragraphs = PAIR_TEXTS["said-30k"]()[:30]  # 3,000 clauses: well inside the budget
    result = compare(_article("\n\n".join(paragraphs)), _article("\n\n".join(paragraphs)))
    assert result.warnings == ()
    assert len(result.quotes[0]) == 3000 and all(q.speaker for q in result.quotes[0])


def test_over_the_work_budget_the_comparison_stops_with_a_warning_and_keeps_what_it_found():
    text = " ".join(f'"We will stay in district {i} for as long as it takes," the minister said.' for i in range(40))
    tiny = Settings(compare=CompareSettings(work_budget=2_000))
    result = compare(_article(text), _article(text), tiny)
    assert result.warnings and all("stopped early" in w for w in result.warnings)
    assert result.quotes[0]  # the text model always runs: the quotes are there
    assert result.shared_passages == () and result.framing.label_contrasts == ()
    assert compare(_article(text), _article(text)).warnings == ()
