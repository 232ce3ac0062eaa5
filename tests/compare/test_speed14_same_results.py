"""Speed changes that must leave results as they were: each rewritten step gives what the
plain reading of it gives, on hand-written text (and a case where it must find nothing)."""

from __future__ import annotations

import re
from collections import Counter

from sidebyside.compare.entities import EntityFinder
from sidebyside.compare.matching import WordClusters, _Unit, _vector
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import _INVISIBLE, _TOKEN, tokenize
from sidebyside.settings import DEFAULT

from .helpers import plain_clusters

# the token pattern as it was written before its quantifiers were made possessive
_GREEDY_PART = rf"[^\W_]+(?:[{_INVISIBLE}]+[^\W_]+)*"
_GREEDY_TOKEN = re.compile(rf"{_GREEDY_PART}(?:['’]{_GREEDY_PART})*")


def test_token_pattern_matches_what_the_greedy_one_does():
    text = ("Turkey's N'Djamena don't fir\u00ading dogs' O’Brien’s rock'n'roll it'' ’tis "
            "a\u200b b \u00ad x_y 3'4 l'État naïve — 'quoted' end'")
    assert _TOKEN.findall(text) == _GREEDY_TOKEN.findall(text)
    assert [m.span() for m in _TOKEN.finditer(text)] == [m.span() for m in _GREEDY_TOKEN.finditer(text)]


def test_token_pattern_finds_no_word_in_marks_alone():
    assert _TOKEN.findall(" ' ’ \u00ad _ -- ") == []


def test_token_ending_at_is_the_token_that_ends_there():
    text = "Laci Peterson vanished from her home. Peterson was found guilty."
    finder = EntityFinder(lexicon())
    finder.find(text, tokenize(text))
    for k, tok in enumerate(finder.tokens):
        assert finder._token_ending_at(tok.end) == k
    ends = {t.end for t in finder.tokens}
    for offset in range(len(text) + 1):
        if offset not in ends:
            assert finder._token_ending_at(offset) is None  # a space, a mark, inside a word


def test_word_clusters_join_variants_and_number_ids_by_first_word():
    words = {"colour", "color", "colours", "organise", "organize", "organised", "minister", "ministers",
             "protest", "protests", "harbor", "harbour", "quay", "apple"}
    clusters = WordClusters(words)
    reference = plain_clusters(words)
    for a in words:
        for b in words:
            assert (clusters[a] == clusters[b]) == (b in reference[a])
    # ids count the clusters in the order of their first word
    firsts = sorted({min(group) for group in reference.values()})
    assert [clusters[w] for w in firsts] == list(range(len(firsts)))


def test_word_clusters_keep_unrelated_words_apart():
    clusters = WordClusters({"quay", "apple", "minister"})
    assert len({clusters["quay"], clusters["apple"], clusters["minister"]}) == 3


def _vector_by_counter(u: _Unit, idf, numbers, info, settings) -> dict[int, float]:
    """_vector as written with a Counter."""
    import math

    counts = Counter(u.content)
    for c in u.titled:
        counts[c] -= 1
    vec = {c: (1 + math.log(n)) * idf.get(c, 1.0) * info.get(c, 1.0) * (settings.align_number_boost if c in numbers else 1.0)
           for c, n in counts.items() if n > 0}
    norm = math.sqrt(sum(x * x for x in vec.values()))
    return {c: x / norm for c, x in vec.items()} if norm else {}


def test_sentence_vector_counts_words_and_leaves_titles_out():
    settings = DEFAULT.compare.lexical
    idf, info, numbers = {1: 2.0, 2: 0.5, 3: 1.5}, {2: 3.0}, {3}
    titled = _Unit(0, 10, [], [], content=[4, 1, 2, 1, 3, 2, 1], titled=(4, 2))
    assert _vector(titled, idf, numbers, info, settings) == _vector_by_counter(titled, idf, numbers, info, settings)
    assert list(_vector(titled, idf, numbers, info, settings)) == [1, 2, 3]  # the title's word is left out
    only_title = _Unit(0, 10, [], [], content=[4], titled=(4, 5))
    assert _vector(only_title, idf, numbers, info, settings) == {}
