"""An article without an outlet (an ECB+ text) is named by its file's stem in the side panel, the
ribbons' details, its pane header and the pair lists: not as 'Article A', not as 'Unknown outlet'
beside a file name."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.ui.article_names import article_name
from sidebyside.ui.qt import Qt
from sidebyside.ui.sidepanel import DETAILS_ROLE


def test_an_article_without_outlet_is_named_by_its_file(comparison):
    a, b = comparison.articles
    nameless = replace(a, outlet=None, source=replace(a.source, path="/captures/1_10ecb.txt"))
    assert article_name(nameless, 0) == "1_10ecb"
    assert article_name(b, 1) == b.outlet
    assert article_name(replace(nameless, source=replace(a.source, path=None)), 0) == "Article A"


def test_the_side_panel_names_a_nameless_article_by_its_file(window, comparison, qtbot):
    a, b = comparison.articles
    nameless = replace(a, outlet=None, source=replace(a.source, path="/captures/1_10ecb.txt"))
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(replace(comparison, articles=(nameless, b)))
    top = window.side.quotes_tree.topLevelItem(0).text(0)
    assert top.startswith("A: 1_10ecb (") and "Article A" not in top
    loaded = window.side.framing_tree.findItems("Words that set A apart", Qt.MatchFlag.MatchStartsWith, 0)
    assert "1_10ecb" in loaded[0].data(0, DETAILS_ROLE)
    header = window.pane(0).outlet_label.text()
    assert "1_10ecb" in header and "unknown" not in header.lower() and ".txt" not in header


def test_the_pair_lists_name_outlet_less_captures_by_their_stem(window, qtbot, tmp_path):
    text = "A fire broke out in the old mill on Tuesday, officials said. Nobody was hurt.\n\n" * 3
    paths = []
    for name in ("10_1ecbplus.txt", "10_13ecbplus.txt", "10_15ecbplus.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        window.open_paths(*paths)
    shown = [window.pair_bar.left.itemText(i) for i in range(window.pair_bar.left.count())]
    assert shown == ["10_1ecbplus", "10_13ecbplus", "10_15ecbplus"]
    assert window.pane(0).outlet_label.text() == "10_1ecbplus"
