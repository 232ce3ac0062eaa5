"""WordClusters' ids numbered in one pass over the words, and idf_of computing each document
count's value once: the same ids and values as the plain definitions. Hand-written words."""

from __future__ import annotations

import math
from collections import Counter

from sidebyside.compare.matching import WordClusters, _Unit, idf_of


def _plain_ids(clusters: WordClusters) -> dict[str, int]:
    """Each cluster numbered by the place of its least word among all the clusters' least words."""
    members: dict[int, list[str]] = {}
    for word, c in clusters.ids.items():
        members.setdefault(c, []).append(word)
    least = sorted(min(words) for words in members.values())
    return {w: least.index(min(members[c])) for w, c in clusters.ids.items()}


def test_cluster_ids_follow_the_least_word_of_each_cluster():
    # clusters whose least word comes after other words of other clusters ("zebras" / "zebra";
    # "colour" joins "color", "colors"), and words alone
    words = {"zebras", "zebra", "apple", "colour", "color", "colors", "3", "three", "mango", "abcdef", "abcxef"}
    clusters = WordClusters(words)
    assert clusters.ids == _plain_ids(clusters)
    assert list(clusters.ids) == sorted(words)  # the words in order of spelling
    assert clusters["3"] == 0 and clusters["three"] == 0  # "3" is the least word of all
    assert clusters["zebra"] == clusters["zebras"] == max(clusters.ids.values())
    assert clusters["apple"] != clusters["mango"]  # (words alone keep ids of their own)


def test_idf_is_the_plain_formula():
    units = [
        _Unit(0, 1, [], [], [1, 2, 2, 3]),
        _Unit(2, 3, [], [], [2, 3]),
        _Unit(4, 5, [], [], [3, 4]),
    ]
    df = Counter(c for u in units for c in set(u.content))
    expected = {c: math.log((len(units) + 1) / (k + 0.5)) for c, k in df.items()}
    assert idf_of(units) == expected
    assert list(idf_of(units)) == list(expected)  # same order of clusters too
    assert idf_of(units)[3] < idf_of(units)[2] < idf_of(units)[1]  # the commoner, the lower
    assert idf_of([]) == {}
