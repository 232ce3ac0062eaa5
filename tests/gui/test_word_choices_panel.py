"""The Framing tab's word choices: "A writes … where B writes …", most telling first; clicking one
goes to both places."""

from __future__ import annotations

from dataclasses import replace

from gui_data import span_of

from sidebyside.model import Mention, WordChoice
from sidebyside.ui.sidepanel import SPANS_ROLE


def _mention(article, needle: str) -> Mention:
    span = span_of(article, needle)
    return Mention(span.start, span.end, needle)


def _section(tree, title: str):
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0).startswith(title))


def test_a_word_choice_row_goes_to_both_places(window, qtbot, comparison):
    a, b = comparison.articles
    choice = WordChoice(_mention(a, "discussed"), _mention(b, "hosted"),
                        (span_of(a, "discussed"), span_of(b, "hosted")), "synonym", None, 1.0, 2)
    shown = replace(comparison, framing=replace(comparison.framing, word_choices=(choice,)))
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(shown)
    tree = window.side.framing_tree
    section = _section(tree, "Word choices (1)")
    row = section.child(0)
    assert row.text(0) == "“discussed” / “hosted”"
    assert row.text(2).startswith("2×")  # how much first, as every row of the list
    assert row.data(0, SPANS_ROLE) == [(0, choice.a.start, choice.a.end), (1, choice.b.start, choice.b.end)]
    window.side.setCurrentWidget(tree)
    tree.setCurrentItem(row)
    window.side._activated(row)
    qtbot.waitUntil(lambda: window.pane(1).current_span() is not None)
    assert window.pane(0).current_span() == (choice.a.start, choice.a.end)
    assert window.pane(1).current_span() == (choice.b.start, choice.b.end)
    assert "A writes “discussed” where B writes “hosted”" in window.side.details.text()


def test_no_word_choice_says_so(window, qtbot, comparison):
    shown = replace(comparison, framing=replace(comparison.framing, word_choices=()))
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(shown)
    section = _section(window.side.framing_tree, "Word choices (0)")
    assert section.childCount() == 1 and section.child(0).text(0).startswith("No word choices found")
