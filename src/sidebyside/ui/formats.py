"""How each highlight kind is painted (resources/ui/palette.json): a colour and a form.

Fills are opaque, pre-blended with the page: where two matches overlap, the inner one shows
whole, never a mix of both that the legend does not have. Word-level kinds are outlines or
lines drawn over any fill (ui/spanpaint.py), so they nest inside a match and stay readable.
"""

from __future__ import annotations

from sidebyside.kinds import Kind, kind, kinds, palette
from sidebyside.ui.qt import QColor, QPainter, QPen, QPixmap, Qt, QTextCharFormat

TEXT_FORMS = {  # forms Qt's own character formats draw (the others: ui/spanpaint.py)
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "dashline": QTextCharFormat.UnderlineStyle.DashUnderline,
}
OVERLAY_FORMS = ("box", "dotbox", "marker")
PEN_STYLES = {"box": Qt.PenStyle.SolidLine, "dotbox": Qt.PenStyle.DotLine, "marker": Qt.PenStyle.SolidLine,
              "wave": Qt.PenStyle.SolidLine, "dashline": Qt.PenStyle.DashLine}


def page_colour(dark: bool) -> QColor:
    from sidebyside.ui.theme import colours

    return QColor(colours(dark)["base"])


def blend(colour: QColor, base: QColor, alpha: float) -> QColor:
    """The opaque colour a translucent ``colour`` makes over ``base``."""
    return QColor.fromRgbF(*(alpha * c + (1 - alpha) * b for c, b in zip(colour.getRgbF()[:3], base.getRgbF()[:3])))


def fill(kind: Kind, dark: bool, base: QColor | None = None) -> QColor:
    """A fill kind's tint, opaque over the page."""
    alpha = palette()["fill_alpha"]["dark" if dark else "light"]
    return blend(QColor(kind.colour), base or page_colour(dark), alpha)


def ink(kind: Kind, dark: bool) -> QColor:
    return QColor(kind.ink_for(dark))


def background(kind: Kind, dark: bool) -> QColor:
    """The kind's swatch colour: its fill, or a light tint of its ink."""
    if kind.form == "fill":
        return fill(kind, dark)
    return blend(ink(kind, dark), page_colour(dark), 0.18)


def char_format(kind: Kind, dark: bool, base: QColor | None = None) -> QTextCharFormat | None:
    """The format Qt draws for a kind, or None when the overlay draws it."""
    fmt = QTextCharFormat()
    if kind.form == "fill":
        fmt.setBackground(fill(kind, dark, base))
    elif kind.form in TEXT_FORMS:
        fmt.setUnderlineStyle(TEXT_FORMS[kind.form])
        fmt.setUnderlineColor(ink(kind, dark))
    else:
        return None
    return fmt


# A variant of a kind, keyed "kind:variant": a loaded word inside a quotation is the speaker's, not
# the outlet's, so its wave takes the quote's grey instead of the loaded word's amber; a word found
# only by its graded score ("possibly loaded", loaded about one time in six on pages a reader
# judged) keeps the amber but is dotted, not waved, so it never looks as sure as a listed word.
VARIANTS = {  # (kind, variant) -> (the kind whose ink it takes or None, its underline or None)
    ("loaded_term", "quoted"): ("quote", None),
    ("loaded_term", "possible"): (None, QTextCharFormat.UnderlineStyle.DotLine),
}


def formats(dark: bool, base: QColor | None = None) -> dict[str, QTextCharFormat]:
    out = {k.id: f for k in kinds() if (f := char_format(k, dark, base)) is not None}
    for (kind_id, variant), (ink_kind, style) in VARIANTS.items():
        if kind_id in out:
            f = QTextCharFormat(out[kind_id])
            if ink_kind is not None:
                f.setUnderlineColor(ink(kind(ink_kind), dark))
            if style is not None:
                f.setUnderlineStyle(style)
            out[f"{kind_id}:{variant}"] = f
    return out


SWATCH_PX = 16  # a legend swatch's side


def swatch(kind: Kind, dark: bool, size: int = SWATCH_PX, dotted: bool = False) -> QPixmap:
    """Legend icon: the kind as it is painted in the text; dotted, a line kind's "possibly" variant
    (its ink, a dotted underline, as VARIANTS paints it)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = ink(kind, dark)
    if kind.form == "fill":
        p.fillRect(1, 2, size - 2, size - 4, fill(kind, dark))
        p.setPen(QPen(colour, 1))
        p.drawRect(1, 2, size - 3, size - 5)
    elif kind.form in ("box", "dotbox"):
        p.setPen(QPen(colour, 1.6, PEN_STYLES[kind.form]))
        p.drawRoundedRect(2, 3, size - 4, size - 6, 3, 3)
    elif kind.form == "marker":
        p.fillRect(1, size - 6, size - 2, 4, colour)
    else:
        pen = QPen(colour, 1.6, Qt.PenStyle.DotLine if dotted else PEN_STYLES[kind.form])
        p.setPen(pen)
        if kind.form == "wave" and not dotted:
            y, x, up = size - 4, 1.0, True
            while x < size - 2:
                p.drawLine(int(x), y + (1 if up else -1), int(x + 2), y + (-1 if up else 1))
                x, up = x + 2, not up
        else:
            p.drawLine(1, size - 4, size - 2, size - 4)
    p.end()
    return pix
