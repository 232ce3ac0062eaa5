"""The '▼ n' / '▲ n' markers between the articles: they say on hover what they count, and grow
with the font (a large font's digits are not clipped by a marker sized for a small one)."""

from __future__ import annotations

from sidebyside.ui.qt import QPointF


def _markers_after_scrolling_to_top(window, qtbot):
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    for pane in window.panes:
        pane.view.verticalScrollBar().setValue(0)
    window.link_map.repaint()
    return window.link_map._marker_tips


def test_a_marker_says_how_many_matches_lie_beyond_the_view(shown, qtbot):
    tips = _markers_after_scrolling_to_top(shown, qtbot)
    assert tips, "premise: at the top of a 1024x640 window some matches lie below"
    rect, tip = tips[-1]
    said = shown.link_map.tip_at(QPointF(rect.center()))
    assert said == tip and "below the view" in said and said.split()[0].isdigit()


def test_a_marker_is_as_tall_as_its_text(large_font, shown, qtbot):
    tips = _markers_after_scrolling_to_top(shown, qtbot)
    assert tips
    rect, _tip = tips[-1]
    assert rect.height() >= shown.link_map.fontMetrics().height()
