"""An article's extraction warnings take one line above its text, however narrow the pane; every
warning in full is a hover away."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.extract.warnings import LOW_CONFIDENCE, NO_DATE


def test_the_warning_banner_is_one_line_on_a_small_window(window, comparison, qtbot, large_font):
    a, b = comparison.articles
    warned = replace(b, warnings=(NO_DATE, LOW_CONFIDENCE))
    window.resize(1024, 640)
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(replace(comparison, articles=(a, warned)))
    qtbot.waitUntil(lambda: window.width() == 1024)
    banner = window.pane(1).banner
    qtbot.waitUntil(banner.isVisible)
    line = banner.fontMetrics().lineSpacing()
    assert banner.height() < 2 * line, f"{banner.height()} px: more than one line of {line} px"
    assert banner.text().startswith("⚠ Low confidence") or banner.text().endswith("…")
    tip = banner.toolTip()
    assert LOW_CONFIDENCE in tip and NO_DATE not in tip  # the missing date is said in the header
    assert not window.pane(0).banner.isVisible()
