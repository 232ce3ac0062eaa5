"""Captures no rule was tuned on (tests/data/text/unseen, written for the project: fictional
outlets and people, in the forms a user pastes and in eight languages): the headline, the
byline, the publication day and the body a reader would mark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

UNSEEN = Path(__file__).parent.parent / "data" / "text" / "unseen"
GOLD = {k: v for k, v in json.loads((UNSEEN / "gold.json").read_text(encoding="utf-8")).items()
        if not k.startswith("_")}


@pytest.fixture(scope="module", params=sorted(GOLD))
def case(request):
    path = UNSEEN / request.param
    article = extract_text(Capture(source=Source(path=str(path), format="text"),
                                   content=path.read_text(encoding="utf-8")))
    return request.param, article, GOLD[request.param], path.read_text(encoding="utf-8")


def test_byline_and_day(case):
    _, article, gold, _ = case
    assert list(article.authors) == gold["authors"]
    assert (article.published or "")[:10] == gold["date"]


def test_headline(case):
    _, article, gold, _ = case
    assert article.title == gold["title"]


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_body_holds_the_article_and_nothing_around_it(case):
    _, article, gold, text = case
    body = _norm(" ".join(x for x in (article.lead, article.text) if x))
    assert _norm(gold["body_from"]) in body
    assert _norm(gold["body_to"]) in body
    for line in (ln.strip() for ln in text.splitlines()):
        if line and any(line.startswith(x) for x in gold["not_body"]):
            assert _norm(line) not in body, line
    # nothing from before the headline (menus) or after the body (links, footer)
    assert "©" not in body
    assert _norm(gold["title"]) not in _norm(article.text)
