"""A side-panel section with nothing in it says so in a row of its own ("No label contrasts
found"), a row that goes nowhere; a section with entries has no such row."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.ui.qt import Qt
from sidebyside.ui.sidepanel import EMPTY_TEXT, SPANS_ROLE


def _children(item):
    return [item.child(i) for i in range(item.childCount())]


def test_empty_sections_say_nothing_was_found(window, comparison, qtbot):
    a, _ = comparison.articles
    bare = replace(comparison, framing=replace(comparison.framing, label_contrasts=(), loaded_terms=((), ())),
                   quotes=(comparison.quotes[0], ()), shared_quotes=())
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(bare)
    framing = window.side.framing_tree
    labels = framing.topLevelItem(0)
    assert labels.isExpanded()
    [row] = _children(labels)
    assert row.text(0).startswith("No label contrasts found")
    assert row.data(0, SPANS_ROLE) is None and not row.flags() & Qt.ItemFlag.ItemIsSelectable
    loaded = next(framing.topLevelItem(i) for i in range(framing.topLevelItemCount())
                  if framing.topLevelItem(i).text(0).startswith("Loaded words"))
    assert [r.text(0) for r in _children(loaded)] == ["No loaded words found in either article."]
    quotes = window.side.quotes_tree
    assert [r.text(0) for r in _children(quotes.topLevelItem(1))] == ["No quotations found in this article."]
    assert all("No quotations" not in r.text(0) for r in _children(quotes.topLevelItem(0)))
    before = window.pane(0).current_span()
    window.side._activated(row)
    assert window.pane(0).current_span() == before


def test_sections_with_entries_have_no_empty_row(shown):
    said = {text.format(side=side) for text in EMPTY_TEXT.values() for side in ("", "A", "B")}
    framing = shown.side.framing_tree
    for i in range(framing.topLevelItemCount()):
        section = framing.topLevelItem(i)
        if not section.text(0).endswith("(0)"):
            assert not any(r.text(0) in said or r.text(0).startswith(("No ", "Nothing ")) for r in _children(section))
