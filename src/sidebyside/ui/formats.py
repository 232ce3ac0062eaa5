"""Qt text formats for each highlight kind (colour plus a non-colour cue: underline style)."""

from __future__ import annotations

from sidebyside.kinds import Kind, kinds, palette
from sidebyside.ui.qt import QColor, QPainter, QPen, QPixmap, Qt, QTextCharFormat

UNDERLINES = {
    "none": QTextCharFormat.UnderlineStyle.NoUnderline,
    "single": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
    "dot": QTextCharFormat.UnderlineStyle.DotLine,
    "dashdot": QTextCharFormat.UnderlineStyle.DashDotLine,
    "dashdotdot": QTextCharFormat.UnderlineStyle.DashDotDotLine,
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "spellcheck": QTextCharFormat.UnderlineStyle.SpellCheckUnderline,
}
PEN_STYLES = {
    "none": Qt.PenStyle.NoPen,
    "single": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
    "dashdotdot": Qt.PenStyle.DashDotDotLine,
    "wave": Qt.PenStyle.SolidLine,
    "spellcheck": Qt.PenStyle.DotLine,
}


def background(kind: Kind, dark: bool) -> QColor:
    colour = QColor(kind.colour)
    colour.setAlpha(palette()["background_alpha"]["dark" if dark else "light"])
    return colour


def char_format(kind: Kind, dark: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(background(kind, dark))
    fmt.setUnderlineStyle(UNDERLINES[kind.underline])
    fmt.setUnderlineColor(QColor(kind.colour))
    if kind.italic:
        fmt.setFontItalic(True)
    if kind.id == "shared_quote":
        fmt.setFontWeight(600)  # a third cue for the kind students look for first
    return fmt


def formats(dark: bool) -> dict[str, QTextCharFormat]:
    return {k.id: char_format(k, dark) for k in kinds()}


def swatch(kind: Kind, dark: bool, size: int = 16) -> QPixmap:
    """Legend icon: the kind's tint with its underline pattern beneath."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.fillRect(1, 1, size - 2, size - 5, background(kind, dark))
    p.setPen(QPen(QColor(kind.colour), 1))
    p.drawRect(1, 1, size - 3, size - 6)
    pen = QPen(QColor(kind.colour), 2, PEN_STYLES[kind.underline])
    p.setPen(pen)
    if kind.underline != "none":
        p.drawLine(1, size - 2, size - 2, size - 2)
    p.end()
    return pix
