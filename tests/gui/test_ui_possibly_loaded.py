"""The "Possibly Loaded" switch (View ▸ Highlights and the legend): words found only by their
graded score are painted dotted, listed in the Framing tab, counted when stepping through and
exported in the report while it is on, and none of that while it is off; off at first, and the
choice is remembered."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sidebyside.model import HeadingTerm, LoadedTerm
from sidebyside.ui.possibly_loaded import possible_count, without_possible
from sidebyside.ui.report_export import export_report
from sidebyside.ui.sidepanel import SPANS_ROLE


def _word_after(text: str, start: int) -> tuple[int, int]:
    begin = text.index(" ", start) + 1
    return begin, text.index(" ", begin)


@pytest.fixture
def mixed(comparison):
    """The seed pair with one listed loaded word and one found only by its graded score in A,
    and a graded one in B's headline."""
    text = comparison.articles[0].text
    listed = _word_after(text, 0)
    graded = _word_after(text, 400)
    terms = (LoadedTerm(text[slice(*listed)], "evaluative", *listed),
             LoadedTerm(text[slice(*graded)], "evaluative", *graded, score=0.4))
    title_b = comparison.articles[1].title
    heading = HeadingTerm("title", 0, title_b.index(" "), title_b[: title_b.index(" ")], "loaded_term",
                          "evaluative", score=0.4)
    framing = replace(comparison.framing, loaded_terms=(terms, ()), heading_terms=((), (heading,)))
    return replace(comparison, framing=framing), listed, graded


def _show(window, qtbot, comparison):
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(comparison)


def _framing_loaded_spans(window) -> set[tuple[int, int, int]]:
    tree = window.side.framing_tree
    sec = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).text(0).startswith("Loaded words"))
    return {tuple(sec.child(i).data(0, SPANS_ROLE)[0]) for i in range(sec.childCount())
            if sec.child(i).data(0, SPANS_ROLE)}


def _framing_loaded_texts(window) -> list[str]:
    tree = window.side.framing_tree
    sec = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).text(0).startswith("Loaded words"))
    return [sec.child(i).text(0) for i in range(sec.childCount())]


def _loaded_targets(window) -> list[tuple[int, int]]:
    return [(s, e) for s, e, _ in window.navigator.targets("loaded_term")]


def test_the_filter_drops_only_graded_words_and_keeps_a_comparison_without_them(mixed, comparison):
    c, listed, graded = mixed
    assert possible_count(c) == 2
    lesser = without_possible(c)
    assert [(t.start, t.end) for t in lesser.framing.loaded_terms[0]] == [listed]
    assert lesser.framing.heading_terms == ((), ())
    assert lesser.articles == c.articles and lesser.shared_quotes == c.shared_quotes
    assert without_possible(comparison) is comparison, "nothing to drop: the same object"


def test_off_at_first_then_painted_listed_and_counted_when_switched_on(window, qtbot, mixed):
    c, listed, graded = mixed
    assert not window.possible_action.isChecked(), "off until the reader asks"
    _show(window, qtbot, c)
    pane = window.pane(0)
    assert {(h.start, h.end) for h in pane.highlights("loaded_term")} == {listed}
    assert _framing_loaded_spans(window) == {(0, *listed)}
    assert _loaded_targets(window) == [listed]
    assert "1 word only possibly loaded, not listed" in _framing_loaded_texts(window)[-1], \
        "the panel says where the others are"
    assert "1 loaded word (and 1 possibly loaded, not shown" in window.status_label.text()
    assert not [m for m in window.view.highlights.headings[1] if m[3] == "loaded_term"]

    window.possible_action.trigger()  # as the View menu or the legend does
    assert window.possible_action.isChecked()
    assert {(h.start, h.end) for h in pane.highlights("loaded_term")} == {listed, graded}
    assert [h.variant for h in pane.highlights("loaded_term") if (h.start, h.end) == graded] == ["possible"]
    assert graded in pane.painted("loaded_term")
    assert _framing_loaded_spans(window) == {(0, *listed), (0, *graded)}
    assert not any("not listed" in t for t in _framing_loaded_texts(window))
    assert _loaded_targets(window) == sorted([listed, graded])
    assert "2 loaded words" in window.status_label.text() and "possibly" not in window.status_label.text()
    heads = [m for m in window.view.highlights.headings[1] if m[3] == "loaded_term"]
    assert heads and "Possibly loaded" in heads[0][4], "a graded headline word says it is only possibly loaded"

    window.possible_action.trigger()
    assert graded not in pane.painted("loaded_term")
    assert _loaded_targets(window) == [listed]


def test_the_switch_sits_in_the_view_menu_and_the_legend(window):
    highlights_menu = next(a.menu() for a in window.view_menu.actions() if a.menu() and "Highlights" in a.text())
    assert window.possible_action in highlights_menu.actions()
    legend = window.legend_bar.actions() + window.legend_bar2.actions()
    assert window.possible_action in legend
    assert legend.index(window.possible_action) == legend.index(window.kind_actions["loaded_term"]) + 1


def test_the_choice_is_remembered_between_sessions(qtbot):
    from sidebyside.ui.window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.possible_action.trigger()
    first.save_state()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.possible_action.isChecked()
    second.possible_action.trigger()
    second.save_state()
    third = MainWindow()
    qtbot.addWidget(third)
    assert not third.possible_action.isChecked()


def test_the_exported_report_follows_the_switch(window, qtbot, mixed, tmp_path):
    c, listed, graded = mixed
    _show(window, qtbot, c)
    off = export_report(window, str(tmp_path / "off.html")).read_text(encoding="utf-8")
    window.possible_action.trigger()
    on = export_report(window, str(tmp_path / "on.html")).read_text(encoding="utf-8")
    assert "hl-possible" not in off.split("</style>", 1)[1]
    assert "hl-possible" in on.split("</style>", 1)[1]


def test_the_coverage_of_a_set_lists_possibly_loaded_words_only_when_switched_on(qtbot, comparison):
    from sidebyside.compare.coverage import Coverage, OutletWords
    from sidebyside.ui.coverageview import CoverageView

    a, b = comparison.articles
    listed = LoadedTerm("slammed", "attribution verb", 0, 5)
    graded = LoadedTerm("grim", "evaluative", 10, 14, score=0.4)
    coverage = Coverage(articles=(a, b), words=(OutletWords(0, (), (listed, graded)), OutletWords(1, (), ())))
    view = CoverageView()
    qtbot.addWidget(view)
    view.set_coverage(coverage, ["A", "B"])
    table = view.tables["words"]

    def cells() -> list[str]:
        return [table.item(r, 1).text() for r in range(table.rowCount()) if table.item(r, 1)]

    assert cells() == ["slammed (attribution verb)"]
    view.set_possible_shown(True)
    assert cells() == ["slammed (attribution verb)", "grim (evaluative, possibly)"]
