"""A distinctive term's row says how often the other article writes it: "2×, never in B" for a word
B never uses, "5×, 2× in B" for one it uses less ("more than B" said both alike)."""

from __future__ import annotations

from sidebyside.ui.sidepanel import how_distinctive, word_uses


def test_a_word_the_other_never_writes_says_never():
    assert how_distinctive(1.2, 2, "B", 0) == "2×, never in B"


def test_a_word_the_other_writes_less_gives_both_counts():
    assert how_distinctive(1.8, 9, "B", 2) == "9×, 2× in B"


def test_without_the_other_count_the_score_in_words_stays():
    """Negative: callers with no other text keep the old wording."""
    assert how_distinctive(3.5, 4, "A") == "4×, far more than A"
    assert how_distinctive(1.1, 4, "A") == "4×, more than A"


def test_uses_are_whole_words_any_case():
    text = "The ankle. An ANKLE injury; rankle, ankles and ankle-deep.".casefold()
    assert word_uses(text, "ankle") == 3  # "ankle", "ANKLE", the "ankle" of "ankle-deep"
    assert word_uses(text, "jewelry store") == 0
    assert word_uses("two jewelry stores, one jewelry store".casefold(), "Jewelry Store") == 1
