"""The header of text captures written for the project in forms and languages the header rules
were not tuned on (tests/data/text/unseen-meta: fictional outlets and people): the headline,
the byline and the publication day, and neither the byline nor the dateline left in the body."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

FOLDER = Path(__file__).parent.parent / "data" / "text" / "unseen-meta"
GOLD = {k: v for k, v in json.loads((FOLDER / "gold.json").read_text(encoding="utf-8")).items()
        if not k.startswith("_")}
# A standfirst only two words longer than the headline above it, under a dateline: read as the
# headline. Known, not yet read right.
HEADLINE_MISSED = {"en-copy-glued.txt"}


@pytest.fixture(scope="module", params=sorted(GOLD))
def case(request):
    text = (FOLDER / request.param).read_text(encoding="utf-8")
    article = extract_text(Capture(source=Source(path=request.param, format="text"), content=text))
    return request.param, article, GOLD[request.param]


def test_headline(case, request):
    name, article, gold = case
    if name in HEADLINE_MISSED:
        request.applymarker(pytest.mark.xfail(strict=True, reason="standfirst read as the headline"))
    assert article.title == gold["title"]


def test_authors_and_day(case):
    _, article, gold = case
    assert list(article.authors) == gold["authors"]
    assert (article.published or "")[:10] == gold["date"]


def test_byline_and_dateline_stay_out_of_the_body(case):
    _, article, gold = case
    body = " ".join(x for x in (article.lead, article.text) if x)
    for author in gold["authors"]:
        assert author not in body
