"""The Framing tab's naming table: for each shared referent, each outlet's labels with their
counts, the labels only one outlet uses first; clicking a label goes to it in the text, and
clicking it again to its next use."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.model import LabelContrast, LabelCount, Mention
from sidebyside.ui.sidepanel import naming_rows


def _mention(article, text, after=0):
    start = article.text.index(text, after)
    return Mention(start, start + len(text), text)


def _contrast(a, b):
    """Putin, named with his title and by surname in A; by surname and as 'the Russian leader' in B."""
    titled = _mention(a, "Russian President Vladimir Putin")
    short = [_mention(a, "Putin", titled.end)]
    short.append(_mention(a, "Putin", short[0].end))
    leader = _mention(b, "the Russian leader")
    b_short = _mention(b, "Putin", b.text.index("Russian President Vladimir Putin") + 30)
    return LabelContrast(
        "Vladimir Putin", (titled, *short), (b_short, leader), kind="person",
        labels=((LabelCount("Putin", 2, "short"), LabelCount("Russian President Vladimir Putin", 1, "title")),
                (LabelCount("Putin", 1, "short"), LabelCount("the Russian leader", 1, "description"))))


def test_labels_only_one_side_uses_come_first_with_their_mentions(comparison):
    a, b = comparison.articles
    lc = _contrast(a, b)
    rows = naming_rows(lc.a, lc.labels[0], lambda label: label in {x.label for x in lc.labels[1]})
    assert [(r.label, r.count, r.shared) for r in rows] == [
        ("Russian President Vladimir Putin", 1, False), ("Putin", 2, True)]
    assert [m.text for m in rows[1].mentions] == ["Putin", "Putin"]


def test_without_engine_counts_labels_are_counted_from_the_mentions(comparison):
    a, b = comparison.articles
    lc = _contrast(a, b)
    rows = naming_rows(lc.a, (), lambda label: label in {m.text for m in lc.b})
    assert {(r.label, r.count, r.shared) for r in rows} == {
        ("Russian President Vladimir Putin", 1, False), ("Putin", 2, True)}


def _label_row(tree, label, side):
    section = tree.topLevelItem(0)
    for i in range(section.childCount()):
        entity = section.child(i)
        for j in range(entity.childCount()):
            row = entity.child(j)
            if row.text(0) == label and row.text(1) == side:
                return row
    raise AssertionError(f"no row {label!r} in {side}")


def test_the_naming_table_lists_each_label_with_its_count_and_clicking_it_visits_each_use(window, comparison, qtbot):
    a, b = comparison.articles
    lc = _contrast(a, b)
    framing = replace(comparison.framing, label_contrasts=(lc,))
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(replace(comparison, framing=framing))
    side = window.side
    side.setCurrentWidget(side.framing_tree)
    entity = side.framing_tree.topLevelItem(0).child(0)
    # B writes "Russian President Vladimir Putin" too, outside the chain: not a difference, as in the text
    assert [(entity.child(j).text(0), entity.child(j).text(1), "also in" in entity.child(j).text(2))
            for j in range(entity.childCount())] == [
        ("Putin", "A", True), ("Russian President Vladimir Putin", "A", True), ("the Russian leader", "B", False),
        ("Putin", "B", True)]
    putin = _label_row(side.framing_tree, "Putin", "A")
    assert putin.text(2).startswith("2×") and "also in B" in putin.text(2)
    grey = side.framing_tree.palette().placeholderText().color()
    leader_row = _label_row(side.framing_tree, "the Russian leader", "B")
    assert putin.foreground(0).color() == grey, "a label both use is not the difference: greyed"
    assert leader_row.foreground(0).color() != grey, "the telling label keeps the text's colour"
    side._activated(putin)
    assert window.pane(0).current_span() == (lc.a[1].start, lc.a[1].end)
    side._activated(putin)
    assert window.pane(0).current_span() == (lc.a[2].start, lc.a[2].end)
    side._activated(putin)
    assert window.pane(0).current_span() == (lc.a[1].start, lc.a[1].end)
    leader = _label_row(side.framing_tree, "the Russian leader", "B")
    side._activated(leader)
    assert window.pane(1).current_span() == (lc.b[1].start, lc.b[1].end)
    assert "Putin (2×)" in side.details.text() and "the Russian leader (1×)" in side.details.text()


def test_the_most_telling_referents_open_with_their_labels_in_view(window, comparison, qtbot):
    lc = _contrast(*comparison.articles)
    several = tuple(replace(lc, entity=f"{lc.entity} {i}") for i in range(5))
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(replace(comparison, framing=replace(comparison.framing, label_contrasts=several)))
    section = window.side.framing_tree.topLevelItem(0)
    opened = window.side.settings.naming_open
    assert section.childCount() == 5 > opened >= 1
    assert [section.child(i).isExpanded() for i in range(5)] == [i < opened for i in range(5)]
