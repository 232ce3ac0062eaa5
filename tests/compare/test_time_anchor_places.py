"""The time expressions' anchors are looked for only where the folded text writes an anchor word
after a character (times._anchors): the same places as the anchor pattern's scan of the whole
text, in hand-written texts, a seeded scramble of their words, and texts the fold does not keep
one character a character or holding a character that matches an ASCII letter without being one
(scanned whole)."""

from __future__ import annotations

import random

import pytest

from sidebyside.compare import times

TEXT = (
    "On Monday, the minister said that last Tuesday the talks, held on 12 March 2011, failed. "
    "Mayor Smith met Marching bands on Mondays; the dismayed decision of December, Decembers; "
    "TODAY, tonight's vote, _Today, 9may, May5, Sept. 11, sept 12, SEP 13 and mid-May (April). "
    "Yesterday evening before noon; Before; beforehand; the night, nightly, tomorrow; Jul./Jun./Aug. "
    "«Friday», “Saturday”, 'Sunday' and Wednesday—Thursday, février and März and mayo."
)


def _scanned(text: str) -> list[tuple[int, int]]:
    """The anchors as the pattern's scan of every character finds them."""
    out = []
    first = times._anchor().match(text)
    if first is not None:
        out.append(first.span())
    return out + [(m.start() + 1, m.end()) for m in times._anchor_after_gap().finditer(text)]


def _scrambles(text: str, n: int) -> list[str]:
    words = text.split(" ")
    rng = random.Random(12)
    out = []
    for _ in range(n):
        rng.shuffle(words)
        out.append(" ".join(words))
    return out


def test_same_places_as_the_whole_scan():
    for text in [TEXT, *_scrambles(TEXT, 50)]:
        assert list(times._anchors(text)) == _scanned(text)


def test_the_places_are_found():
    found = [TEXT[s:e] for s, e in times._anchors(TEXT)]
    assert found[:3] == ["Monday", "Tuesday", "March"]
    assert "TODAY" in found and "Yesterday" in found and "Before" in found
    assert "dismayed" not in " ".join(found) and "Marching" not in found  # inside or opening longer words: none
    assert "Today" not in found  # "_Today": the underscore is a word's character, no gap


@pytest.mark.parametrize("odd", ["\u017f", "\u212a", "\u0130", "\u0131", "\u00df"])
def test_texts_read_otherwise_by_the_fold_are_scanned_whole(odd):
    # "ſunday" is Sunday to the pattern, which ignores case as the fold does not; "ß" folds to two letters
    for text in [f"{odd} {TEXT} \u017funday, {odd}unday", *_scrambles(f"{odd}x \u017funday {TEXT}", 10)]:
        assert list(times._anchors(text)) == _scanned(text)
    assert (1, 7) in list(times._anchors(" \u017funday " + odd))


def test_no_anchor_words_means_the_whole_scan(monkeypatch):
    monkeypatch.setattr(times, "_anchor_words", lambda: frozenset())
    assert list(times._anchors(TEXT)) == _scanned(TEXT)
