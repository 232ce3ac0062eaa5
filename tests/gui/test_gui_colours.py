"""Colours a reader can trust: text readable on every fill (WCAG 4.5:1), lines and outlines
visible on the page (3:1), kinds told apart alone and where they overlap, in both themes."""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

import pytest
from gui_data import article_of

from sidebyside.highlights import Highlight
from sidebyside.kinds import kinds
from sidebyside.ui import formats as fmt
from sidebyside.ui.qt import QColor, QtGui
from sidebyside.ui.theme import build_palette, colours, stylesheet

THEMES = [False, True]  # light, dark


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(x) for x in colour.getRgbF()[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def lab(colour: QColor) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour, for colour differences."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(x) for x in colour.getRgbF()[:3])
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(a: QColor, b: QColor) -> float:
    return sum((p - q) ** 2 for p, q in zip(lab(a), lab(b))) ** 0.5


@pytest.mark.parametrize("dark", THEMES, ids=["light", "dark"])
def test_text_on_every_fill_reads_at_4_5_to_1(dark):
    c = colours(dark)
    text, page = QColor(c["text"]), QColor(c["base"])
    for k in kinds():
        if k.form == "fill":
            ratio = contrast(text, fmt.fill(k, dark, page))
            assert ratio >= 4.5, f"{k.label} ({'dark' if dark else 'light'}): text contrast {ratio:.2f}"


@pytest.mark.parametrize("dark", THEMES, ids=["light", "dark"])
def test_lines_and_outlines_are_visible_on_the_page_and_on_fills(dark):
    page = QColor(colours(dark)["base"])
    fills = [fmt.fill(k, dark, page) for k in kinds() if k.form == "fill"]
    for k in kinds():
        ink = fmt.ink(k, dark)
        assert contrast(ink, page) >= 3.0, f"{k.label}: {contrast(ink, page):.2f} against the page"
        if k.form != "fill":  # drawn over a match's fill when they nest
            worst = min(contrast(ink, f) for f in fills)
            assert worst >= 2.5, f"{k.label}: {worst:.2f} against a fill"
    differs = QColor(colours(dark)["differs"])
    assert min(contrast(differs, f) for f in [page, *fills]) >= 2.5


@pytest.mark.parametrize("dark", THEMES, ids=["light", "dark"])
def test_the_window_text_colours_read_at_4_5_to_1(dark):
    """Every text colour the stylesheet sets, against the background it sits on."""
    c = {k: QColor(v) for k, v in colours(dark).items() if isinstance(v, str)}
    pairs = {
        "outlet name on the header": ("accent", "alternate_base"),
        "headline": ("text", "alternate_base"),
        "date, authors and source": ("dim_text", "alternate_base"),
        "pane message": ("dim_text", "base"),
        "panel help": ("dim_text", "window"),
        "warnings bar": ("warning_text", "warning_bg"),
        "notice above the panes": ("notice_text", "notice_bg"),
        "body text": ("text", "base"),
        "window text": ("text", "window"),
        "selected text": ("highlighted_text", "highlight"),
        "links": ("link", "base"),
    }
    for what, (fg, bg) in pairs.items():
        ratio = contrast(c[fg], c[bg])
        assert ratio >= 4.5, f"{what} ({'dark' if dark else 'light'}): {ratio:.2f}"
    sheet = stylesheet(dark)
    assert "$" not in re.sub(r"/\*.*?\*/", "", sheet, flags=re.S), "every colour of the stylesheet is filled in"


def test_the_dark_warnings_bar_is_not_bright_yellow():
    bar = QColor(colours(True)["warning_bg"])
    assert bar.lightness() < 80 and contrast(bar, QColor(colours(True)["base"])) < 2.0


@pytest.mark.parametrize("dark", THEMES, ids=["light", "dark"])
def test_kinds_are_told_apart_alone(dark):
    """Fills differ in colour; every kind differs from the others in form or, in one form, in ink."""
    page = QColor(colours(dark)["base"])
    filled = [k for k in kinds() if k.form == "fill"]
    for a, b in combinations(filled, 2):
        assert delta_e(fmt.fill(a, dark, page), fmt.fill(b, dark, page)) >= 12, f"{a.label} / {b.label}"
    for a, b in combinations(kinds(), 2):
        if a.form == b.form:
            assert delta_e(fmt.ink(a, dark), fmt.ink(b, dark)) >= 20, f"{a.label} / {b.label}"


def _dominant_colour(image: QtGui.QImage, rect) -> QColor:
    counts = Counter(image.pixel(x, y) for x in range(rect.left(), rect.right())
                     for y in range(rect.top(), rect.bottom()))
    return QColor.fromRgb(counts.most_common(1)[0][0])


@pytest.mark.parametrize("dark", THEMES, ids=["light", "dark"])
def test_overlapping_matches_show_the_inner_one_not_a_mix(qtbot, qapp, dark):
    """A shared quote inside a shared passage: inside the quote, the quote's own fill (the legend's
    colour), not a blend of the two; outside it, the passage's."""
    from sidebyside.ui.pane import ArticlePane

    original = qapp.palette()
    qapp.setPalette(build_palette(dark))
    try:
        words = "the port is open and we will keep goods moving " * 6
        article = article_of([words.strip()])
        pane = ArticlePane(0)
        qtbot.addWidget(pane)
        pane.resize(700, 400)
        pane.show()
        qtbot.waitExposed(pane)
        page = pane.view.palette().base().color()
        pane.set_formats(fmt.formats(dark, page), dark)
        pane.set_article(article)
        quote = (40, 140)
        pane.set_highlights([Highlight("shared_passage", 0, len(article.text)), Highlight("shared_quote", *quote)],
                            {"shared_passage", "shared_quote"})
        pane.view.viewport().repaint()
        image = pane.view.viewport().grab().toImage()
        by_kind = {k.id: k for k in kinds()}
        inside = pane.view.cursorRect(pane.cursor_for(quote[0] + 20, quote[0] + 21))
        outside = pane.view.cursorRect(pane.cursor_for(quote[1] + 40, quote[1] + 41))
        for rect, kind_id in ((inside, "shared_quote"), (outside, "shared_passage")):
            box = rect.adjusted(0, 2, 30, -2)
            seen = _dominant_colour(image, box)
            expected = fmt.fill(by_kind[kind_id], dark, page)
            assert delta_e(seen, expected) < 3, f"{kind_id}: painted {seen.name()}, legend {expected.name()}"
    finally:
        qapp.setPalette(original)
