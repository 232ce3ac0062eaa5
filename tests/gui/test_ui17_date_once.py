"""An undated article says so once, where a reader looks for the date: in the pane header's line
of date and authors, not again in the warnings bar."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.extract.warnings import LOW_CONFIDENCE, NO_DATE


def _show(window, qtbot, comparison, b):
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(replace(comparison, articles=(comparison.articles[0], b)))
    return window.pane(1)


def _everything_said(pane) -> str:
    header = pane.header
    return " | ".join(w.text() for w in (header.meta_label, header.meta_source, pane.banner))


def test_an_undated_article_says_so_once_in_its_header(window, qtbot, comparison):
    b = replace(comparison.articles[1], published=None, warnings=(NO_DATE,))
    pane = _show(window, qtbot, comparison, b)
    assert NO_DATE in pane.header.meta_label.text()
    assert not pane.banner.isVisible(), "nothing else to warn of: no bar"
    assert "date not stated" not in _everything_said(pane)


def test_an_undated_article_with_another_warning_keeps_that_warning_alone(window, qtbot, comparison):
    b = replace(comparison.articles[1], published=None, warnings=(NO_DATE, LOW_CONFIDENCE))
    pane = _show(window, qtbot, comparison, b)
    qtbot.waitUntil(pane.banner.isVisible)
    assert NO_DATE in pane.header.meta_label.text()
    assert "date" not in pane.banner.text().lower() and "date" not in pane.banner.toolTip().lower()
    assert LOW_CONFIDENCE in pane.banner.toolTip()


def test_a_dated_article_shows_its_date_and_no_missing_date(window, qtbot, comparison):
    b = replace(comparison.articles[1], published="2023-03-14", warnings=())
    pane = _show(window, qtbot, comparison, b)
    meta = pane.header.meta_label.text()
    assert "2023" in meta and NO_DATE not in meta
    assert not pane.banner.isVisible()
