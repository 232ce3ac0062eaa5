"""Outlines and lines over the text, which Qt's character formats cannot draw: boxes around
word-level kinds (nested inside a match's fill, never mixed with it), the note marker, the
double line under a number, date or place the other article states otherwise, and the current
match's outline (its arrival flash is a background, under the text: ui/pane.py).

Spans are document positions; rectangles are in document coordinates, one per line a span
covers, so a span broken over lines gets one box per line piece (as a highlighter would).
"""

from __future__ import annotations

from dataclasses import dataclass

from sidebyside.ui.qt import QColor, QPainter, QPainterPath, QPen, QPointF, QRectF, Qt, QTextDocument


@dataclass(frozen=True)
class Overlay:
    start: int  # document positions
    end: int
    form: str  # box, dotbox, marker, differs, current
    colour: QColor


def span_rects(doc: QTextDocument, start: int, end: int) -> list[QRectF]:
    """One rectangle per line piece of [start, end), in document coordinates."""
    rects: list[QRectF] = []
    if end <= start:
        return rects
    layout_of = doc.documentLayout()
    block = doc.findBlock(start)
    while block.isValid() and block.position() < end:
        layout = block.layout()
        origin = layout_of.blockBoundingRect(block).topLeft()
        lo = max(start, block.position()) - block.position()
        hi = min(end, block.position() + block.length() - 1) - block.position()
        if layout is not None and hi > lo:
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                a, b = line.textStart(), line.textStart() + line.textLength()
                if b <= lo or a >= hi:
                    continue
                x1, _ = line.cursorToX(max(a, lo))
                x2, _ = line.cursorToX(min(b, hi))
                left, right = min(x1, x2), max(x1, x2)
                if right - left < 1:
                    continue
                rects.append(QRectF(origin.x() + left, origin.y() + line.y(), right - left, line.height()))
        block = block.next()
    return rects


def paint_overlays(painter: QPainter, doc: QTextDocument, items: list[Overlay], offset: QPointF,
                   clip: QRectF) -> None:
    """Draw ``items`` shifted by ``offset`` (document to viewport), those touching ``clip``."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for item in sorted(items, key=lambda o: ORDER.get(o.form, 9)):
        rects = [r.translated(offset) for r in span_rects(doc, item.start, item.end)]
        if item.form == "current":
            _draw_current(painter, item, rects, clip)
            continue
        for rect in rects:
            if rect.intersects(clip):
                _draw(painter, item, rect)


def _draw_current(painter: QPainter, item: Overlay, rects: list[QRectF], clip: QRectF) -> None:
    """One outline around all the span's line pieces, and a bar in the margin beside it, so the
    match arrived at stands out in its own colour (a text selection would hide the fill)."""
    if not rects or not any(r.intersects(clip) for r in rects):
        return
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for rect in rects:
        piece = QPainterPath()
        piece.addRoundedRect(rect.adjusted(-3, -1, 3, 1), 4, 4)
        path = path.united(piece)
    painter.setPen(QPen(item.colour, 2.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path.simplified())
    top, bottom = min(r.top() for r in rects), max(r.bottom() for r in rects)
    painter.fillRect(QRectF(2, top, 4, bottom - top), item.colour)


ORDER = {"marker": 1, "differs": 2, "dotbox": 3, "box": 4, "current": 5}


def _draw(painter: QPainter, item: Overlay, rect: QRectF) -> None:
    if item.form == "marker":
        bar = QRectF(rect.left(), rect.bottom() - 4, rect.width(), 3)
        painter.fillRect(bar, item.colour)
    elif item.form == "differs":  # a double line under words the other article states otherwise
        for y in (rect.bottom() - 4.5, rect.bottom() - 1.5):
            painter.fillRect(QRectF(rect.left(), y, rect.width(), 1.2), item.colour)
    elif item.form in ("box", "dotbox"):
        pen = QPen(item.colour, 1.2 if item.form == "box" else 1.5,
                   Qt.PenStyle.SolidLine if item.form == "box" else Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0.5, 1.5, -0.5, -1.0), 3, 3)
