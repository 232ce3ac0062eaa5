"""Pane headers where room is short: at a 16-point font in a 1024x700 window the headline, date
line, standfirst and file name took about half the window's height. Compact, the header keeps the
headline on two lines, folds the standfirst behind its toggle and puts date and file name on one
line; in full again when the window grows. An ordinary font on a large screen keeps it in full."""

from __future__ import annotations

import html

import pytest
from font_setup import desktop_font

from sidebyside.ui.pane import first_lines
from sidebyside.ui.qt import QApplication, QFont, QFontMetrics, Qt


@pytest.fixture
def font_16(qapp):
    with desktop_font(qapp, 16.0) as font:
        yield font


def _resize(window, qtbot, width, height):
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    qtbot.wait(20)  # font and style changes are fitted after the event loop turns


def _share(pane) -> float:
    return pane.header.height() / pane.height()


def test_a_16_point_font_in_a_small_window_gets_compact_headers(font_16, shown, qtbot):
    shown.set_headers_expanded(True)
    _resize(shown, qtbot, 1024, 700)
    for i in (0, 1):
        pane = shown.pane(i)
        header = pane.header
        full = header.full_height()
        assert full > 0.25 * pane.height(), "premise: in full the header would take over a quarter of the pane"
        assert header.compact
        assert not pane.lead_label.isVisible() and not pane.source_label.isVisible()
        assert header.short_title.isVisible() and header.meta_source.isVisible()
        assert header.short_title.text().count("<br>") <= 1, "the headline takes at most two lines"
        assert header.short_title.sizeHint().height() <= 2.5 * header.short_title.fontMetrics().lineSpacing()
        assert _share(pane) < 0.34 and header.height() < 0.7 * full
        if header.short_title.text().endswith("…"):
            assert html.escape(pane.article.title) in header.short_title.toolTip(), "the whole headline is a hover away"
        assert pane.source_label.full_text().split()[-1].strip("()") in header.meta_source.full_text()


def test_the_toggle_unfolds_the_standfirst_and_folds_it_again(font_16, shown, qtbot):
    shown.set_headers_expanded(True)
    _resize(shown, qtbot, 1024, 700)
    pane = shown.pane(0)
    assert pane.article.lead, "premise: article A has a standfirst"
    assert pane.header.compact and not pane.lead_label.isVisible()
    qtbot.mouseClick(pane.header.toggle, Qt.MouseButton.LeftButton)
    assert pane.lead_label.isVisible() and pane.title_label.isVisible() and pane.header.expanded
    assert shown.details_action.isChecked()
    qtbot.mouseClick(pane.header.toggle, Qt.MouseButton.LeftButton)
    assert pane.header.compact and not pane.lead_label.isVisible()


def test_the_full_header_comes_back_when_the_window_grows(font_16, shown, qtbot):
    shown.set_headers_expanded(True)
    _resize(shown, qtbot, 1024, 700)
    assert shown.pane(0).header.compact
    _resize(shown, qtbot, 1900, 1600)
    for i in (0, 1):
        pane = shown.pane(i)
        assert not pane.header.compact
        assert pane.lead_label.isVisible() == bool(pane.article.lead)
        assert pane.title_label.isVisible() and pane.source_label.isVisible()
        assert not pane.header.short_title.isVisible()


def test_an_ordinary_font_on_a_large_screen_keeps_the_full_header(shown, qtbot):
    assert QApplication.instance().font().pointSizeF() <= shown.side.settings.style_reference_pt
    shown.set_headers_expanded(True)
    _resize(shown, qtbot, 1920, 1080)
    for i in (0, 1):
        pane = shown.pane(i)
        assert not pane.header.compact and pane.header.full_height() <= 0.25 * pane.height()
        assert pane.lead_label.isVisible() == bool(pane.article.lead)
        assert pane.title_label.isVisible() and pane.meta_label.isVisible()
        assert not pane.header.short_title.isVisible() and not pane.header.meta_source.isVisible()


def test_first_lines_breaks_at_spaces_and_elides_the_last_line():
    metrics = QFontMetrics(QFont())
    text = "Putin Eyes Rapprochement Between Syria and Turkey at Assad Meeting in Moscow This Week"
    width = metrics.horizontalAdvance("Putin Eyes Rapprochement Between")
    lines, cut = first_lines(text, metrics, width, 2)
    assert len(lines) == 2 and cut and lines[0][0] == 0 and lines[1][0] > lines[0][1]
    assert text[slice(*lines[0])] == "Putin Eyes Rapprochement Between"
    assert metrics.horizontalAdvance(text[slice(*lines[1])] + "…") <= width
    assert first_lines("Short", metrics, width, 2) == ([(0, 5)], False)
    assert first_lines("", metrics, width, 2) == ([], False)


def test_the_short_headline_keeps_its_marks(font_16, shown, qtbot):
    """A loaded word or a label contrast marked in the headline stays marked on its two lines."""
    shown.set_headers_expanded(True)
    _resize(shown, qtbot, 1024, 700)
    header = shown.pane(0).header
    header.set_marks([("title", 0, 5, "loaded_term", "a loaded word")], dark=False)
    assert header.compact and "<span" in header.short_title.text()
    assert "a loaded word" in header.short_title.toolTip()


def test_possibly_shows_the_loaded_word_swatch_dotted_and_the_legend_keeps_one_row(shown, qtbot):
    """The "Possibly" toggle shows what it switches: the loaded word's ink as a dotted line."""
    icon = shown.possible_action.icon()
    assert not icon.isNull()
    possible = icon.pixmap(16, 16).toImage()
    loaded = shown.kind_actions["loaded_term"].icon().pixmap(16, 16).toImage()
    inks = {possible.pixelColor(x, y).name() for x in range(16) for y in range(16) if possible.pixelColor(x, y).alpha() > 200}
    loaded_inks = {loaded.pixelColor(x, y).name() for x in range(16) for y in range(16) if loaded.pixelColor(x, y).alpha() > 200}
    assert inks & loaded_inks, "the loaded word's colour"
    assert possible != loaded, "drawn dotted, not waved"
    _resize(shown, qtbot, 1024, 640)
    assert not shown.legend_bar2.isVisible(), "one legend row at 1024 px under an ordinary font"
    assert shown.legend_bar.sizeHint().width() <= 1024
