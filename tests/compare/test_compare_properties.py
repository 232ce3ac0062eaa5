"""Properties: arbitrary texts never raise, every span slices its article, output is deterministic."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sidebyside.compare import article_quotes, compare
from sidebyside.model import comparison_to_json

from .helpers import article

# Text rich in what the engine looks at: quote marks, apostrophes, brackets, sentence ends, breaks.
_PIECES = st.sampled_from(
    [
        '"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "[", "]", "...", "…", ". ", "? ", ", ",
        "\n\n", "\n", " ", "said", "he said", "the source said", "Putin", "Faisal Mekdad", "according to",
        "relations", "Turkey-Syria", "in one way or another", "'90s", "rock 'n' roll", "Erdogan's", "42",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)
_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans_inside(c) -> None:
    len_a, len_b = len(c.articles[0].text), len(c.articles[1].text)
    for side, length in ((0, len_a), (1, len_b)):
        text = c.articles[side].text
        for i, q in enumerate(c.quotes[side]):
            assert 0 <= q.start < q.end <= length
            assert text[q.start : q.end] == q.text
            if q.speaker_span is not None:
                assert 0 <= q.speaker_span.start < q.speaker_span.end <= length
            assert q.utterance is not None and q.utterance <= i
            assert q.nested_in is None or q.nested_in < i
    for pair in (*c.shared_quotes, *c.related_quotes, *c.shared_passages, *c.aligned_sentences):
        assert 0 <= pair.a.start < pair.a.end <= len_a
        assert 0 <= pair.b.start < pair.b.end <= len_b
        assert 0.0 <= pair.similarity <= 1.0


@_SETTINGS
@given(_TEXT, _TEXT)
def test_arbitrary_texts_never_raise_and_spans_slice(text_a, text_b):
    c = compare(article(text_a), article(text_b))
    _spans_inside(c)


@_SETTINGS
@given(_TEXT)
def test_an_article_against_itself(text):
    c = compare(article(text), article(text))
    _spans_inside(c)
    for sq in c.shared_quotes:
        a_text = c.articles[0].text[sq.a.start : sq.a.end]
        b_text = c.articles[1].text[sq.b.start : sq.b.end]
        assert "".join(d.text for d in sq.diffs if d.op <= 0) == a_text
        assert "".join(d.text for d in sq.diffs if d.op >= 0) == b_text


@settings(max_examples=25, deadline=None)
@given(_TEXT, _TEXT)
def test_deterministic(text_a, text_b):
    first = json.dumps(comparison_to_json(compare(article(text_a), article(text_b))))
    assert json.dumps(comparison_to_json(compare(article(text_a), article(text_b)))) == first


@settings(max_examples=60, deadline=None)
@given(_TEXT)
def test_quote_text_never_starts_or_ends_with_space(text):
    for q in article_quotes(text):
        assert q.text == q.text.strip()


def test_pathological_marks_neither_recurse_nor_explode():
    deep = "“‘" * 1500 + "x" + "’”" * 1500  # nesting deeper than the recursion limit
    unmatched = "“a 'b «c " * 800  # thousands of marks that never close
    for text in (deep, unmatched, "Abc " * 2000, "x" * 20000):
        c = compare(article(text), article(text[: len(text) // 2]))
        _spans_inside(c)


_WORDS = st.text(alphabet="aeinorstuyhl", min_size=1, max_size=14)


@settings(max_examples=300, deadline=None)
@given(_WORDS, _WORDS)
def test_word_clusters_meet_exactly_when_words_match(a, b):
    """The linear clustering (shared keys) and the pairwise rule say the same thing."""
    from sidebyside.compare.text import match_keys, words_match

    assert words_match(a, b) == (a == b or bool(set(match_keys(a)) & set(match_keys(b))))
