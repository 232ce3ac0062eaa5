"""Speed changes that must leave results as they were: each rewritten step gives what the
plain reading of it gives, on hand-written words and text (and cases where it must join nothing)."""

from __future__ import annotations

from sidebyside.compare import matching
from sidebyside.compare.matching import WordClusters
from sidebyside.compare.text import match_keys


def _plain_clusters(words: set[str]) -> dict[str, frozenset[str]]:
    """Each word's cluster by the plain reading: words sharing a match key, transitively."""
    groups = {w: {w} for w in words}
    by_key: dict[str, list[str]] = {}
    for w in sorted(words):
        for key in match_keys(w):
            by_key.setdefault(key, []).append(w)
    for members in by_key.values():
        merged = set().union(*(groups[m] for m in members))
        for m in merged:
            groups[m] = merged
    return {w: frozenset(g) for w, g in groups.items()}


def _assert_same_clusters(words: set[str]) -> None:
    clusters = WordClusters(words)
    reference = _plain_clusters(words)
    for a in words:
        for b in words:
            assert (clusters[a] == clusters[b]) == (b in reference[a]), (a, b)


def test_words_one_letter_apart_meet_in_either_half():
    # "normalization"/"normalisation": a letter of the first half; "organizer"/"organizes": of the second
    words = {"normalization", "normalisation", "organizer", "organizes", "organized", "defence", "defense",
             "kestrel", "kestrels", "quartz", "quarts", "cat", "cot", "abcdef", "abcxef", "abcdex", "abxdef"}
    _assert_same_clusters(words)
    clusters = WordClusters(words)
    assert clusters["normalization"] == clusters["normalisation"]
    assert clusters["abcdef"] == clusters["abcxef"] == clusters["abcdex"]
    assert clusters["abcdef"] != clusters["abxdef"]  # a letter of the first three: no wildcard
    assert clusters["cat"] != clusters["cot"]  # short words have none


def test_words_two_letters_apart_stay_apart():
    clusters = WordClusters({"marathon", "maritime", "planted", "plantar"})
    assert clusters["marathon"] != clusters["maritime"]
    assert clusters["planted"] != clusters["plantar"]  # two letters of the second half differ


def test_a_crowded_bucket_joins_the_same_words(monkeypatch):
    # many words alike (a hostile page): the crowded buckets take the wildcard way
    words = {f"karimo{x}{y}" for x in "abcdefg" for y in "hijklmn"} | {"karimoxyz", "tarimoah"}
    _assert_same_clusters(words)
    monkeypatch.setattr(matching, "_BUCKET_COMPARED", 1)
    _assert_same_clusters(words | {"organizer", "organizes", "kestrel", "kestrels"})


def test_paragraph_double_marks_from_one_pass_are_the_ones_searched_for():
    from sidebyside.compare.quotes import _DOUBLE_MARK, _first_two, _marks_of, paragraph_spans

    text = ('"We lost," the coach said.\n\nNo marks in this one.\n\n“One” and “two” and «three».\n\n'
            'A lone close here." \n\n"')
    doubles = [m.start() for m in _DOUBLE_MARK.finditer(text)]
    for lo, hi in paragraph_spans(text) + [(0, len(text)), (3, 40), (5, 5)]:
        assert _first_two(doubles, lo, hi) == _marks_of(text, lo, hi)
    assert _first_two(doubles, 28, 50) == (None, None)  # a paragraph without double marks
