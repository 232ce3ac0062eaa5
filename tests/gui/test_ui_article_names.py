"""An article without an outlet is named by its file in the side panel and the ribbons' details,
as its pane header and the coverage columns name it, not as 'Article A'."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.ui.article_names import article_name
from sidebyside.ui.qt import Qt
from sidebyside.ui.sidepanel import DETAILS_ROLE


def test_an_article_without_outlet_is_named_by_its_file(comparison):
    a, b = comparison.articles
    nameless = replace(a, outlet=None, source=replace(a.source, path="/captures/1_10ecb.txt"))
    assert article_name(nameless, 0) == "1_10ecb.txt"
    assert article_name(b, 1) == b.outlet
    assert article_name(replace(nameless, source=replace(a.source, path=None)), 0) == "Article A"


def test_the_side_panel_names_a_nameless_article_by_its_file(window, comparison, qtbot):
    a, b = comparison.articles
    nameless = replace(a, outlet=None, source=replace(a.source, path="/captures/1_10ecb.txt"))
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(replace(comparison, articles=(nameless, b)))
    top = window.side.quotes_tree.topLevelItem(0).text(0)
    assert top.startswith("A: 1_10ecb.txt (") and "Article A" not in top
    loaded = window.side.framing_tree.findItems("Words that set A apart", Qt.MatchFlag.MatchStartsWith, 0)
    assert "1_10ecb.txt" in loaded[0].data(0, DETAILS_ROLE)
