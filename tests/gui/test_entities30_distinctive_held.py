"""A pair not judged one event lists no distinctive terms (compare.distinctive.for_one_story), and
the Framing tab says why instead of "No words set A apart"."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.model import Relatedness
from sidebyside.ui.sidepanel import EMPTY_TEXT


def _distinctive_rows(window) -> list[list[str]]:
    framing = window.side.framing_tree
    sections = [framing.topLevelItem(i) for i in range(framing.topLevelItemCount())]
    return [[s.child(k).text(0) for k in range(s.childCount())] for s in sections
            if s.text(0).startswith("Words that set")]


def test_a_pair_of_two_stories_says_why_no_words_are_listed(window, comparison, qtbot):
    unclear = replace(comparison, relatedness=Relatedness("unclear", 0.1),
                      framing=replace(comparison.framing, distinctive_terms=((), ())))
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(unclear)
    assert _distinctive_rows(window) == [[EMPTY_TEXT["distinctive_held"]]] * 2


def test_one_story_with_no_terms_says_none_found(window, comparison, qtbot):
    same = replace(comparison, relatedness=Relatedness("same event", 0.5),
                   framing=replace(comparison.framing, distinctive_terms=((), ())))
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(same)
    rows = _distinctive_rows(window)
    assert len(rows) == 2 and all(len(r) == 1 and r[0].startswith("No words set") for r in rows)
