"""Under a large desktop font the pane headers grow with the text: the style sheet's type sizes
were set for an ordinary font and must not leave a 9-point outlet line beside 20-point prose."""

from __future__ import annotations

from sidebyside.ui.qt import QApplication, QLabel


def _header_sizes(window):
    header = window.pane(0)
    return {name: header.findChild(QLabel, name).font().pointSizeF() for name in ("outlet", "headline")}


def test_pane_headers_grow_with_a_large_desktop_font(shown, qtbot, large_font):
    sizes = _header_sizes(shown)
    reference = shown.side.settings.style_reference_pt
    scale = large_font.pointSizeF() / reference
    assert sizes["headline"] >= 13 * scale - 0.1
    assert sizes["outlet"] >= 9 * scale - 0.1 and sizes["outlet"] >= large_font.pointSizeF() * 0.8


def test_an_ordinary_font_keeps_the_sizes_as_written(shown):
    assert QApplication.instance().font().pointSizeF() <= shown.side.settings.style_reference_pt
    assert _header_sizes(shown) == {"outlet": 9.0, "headline": 13.0}
