"""The two seed captures extract exactly as tests/data/seeds_expected.json states."""

from __future__ import annotations

import pytest

from seed_paths import SEED_FILES
from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

SEED_IDS = sorted(SEED_FILES)


def _extract(seed_id: str):
    path = SEED_FILES[seed_id]
    content = path.read_text(encoding="utf-8")
    return extract_text(Capture(source=Source(path=str(path), format="text"), content=content))


@pytest.fixture(scope="module")
def articles():
    return {seed_id: _extract(seed_id) for seed_id in SEED_IDS}


@pytest.fixture(params=SEED_IDS)
def case(request, articles, seeds_expected):
    return articles[request.param], seeds_expected["articles"][request.param]


def test_outlet(case):
    article, expected = case
    assert article.outlet == expected["outlet"]


def test_title(case):
    article, expected = case
    assert article.title == expected["title"]


def test_authors(case):
    article, expected = case
    assert list(article.authors) == expected["authors"]


def test_published(case):
    article, expected = case
    assert article.published == expected["published"]
    if expected["published"] is None:
        assert "no publication date found" in article.warnings


def test_lead(case):
    article, expected = case
    assert article.lead == expected["lead"]
    if article.lead:
        assert article.lead not in article.text


def test_source_credit(case):
    article, expected = case
    assert article.source_credit == expected.get("source_credit")


def test_first_and_last_paragraph(case):
    article, expected = case
    paragraphs = article.paragraphs()
    assert paragraphs[0].startswith(expected["first_paragraph_starts"])
    assert paragraphs[-1].endswith(expected["last_paragraph_ends"])


def test_paragraph_count(case):
    article, expected = case
    assert len(article.paragraphs()) == expected["body_paragraphs"]


def test_headings(case):
    article, expected = case
    assert article.headings() == expected["headings"]


def test_tags(case):
    article, expected = case
    assert list(article.tags) == expected.get("tags", [])


def test_body_excludes_boilerplate(case):
    article, expected = case
    for phrase in expected["body_must_not_contain"]:
        assert phrase not in article.text, phrase


def test_captions(case):
    article, expected = case
    if "caption_contains" in expected:
        assert any(expected["caption_contains"] in c for c in article.captions)
    if "photo_credit" in expected:
        assert expected["photo_credit"] in article.captions
    for caption in article.captions:
        assert caption not in article.text


def test_offsets_cover_the_text(case):
    article, _ = case
    rebuilt = "\n\n".join(article.block_text(b) for b in article.blocks)
    assert rebuilt == article.text
    assert article.language == "en"
    assert "low confidence: the page may not be an article" not in article.warnings
