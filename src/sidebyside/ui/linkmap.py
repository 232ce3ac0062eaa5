"""The strip between the panes: curved ribbons linking matched passages (after Meld's link map).

Ribbon geometry is cached in document coordinates and only shifted by each pane's scroll
position at paint time, so scrolling stays cheap on long articles.
"""

from __future__ import annotations

from sidebyside.highlights import Link
from sidebyside.kinds import kind
from sidebyside.ui.qt import QColor, QPainter, QPainterPath, QPen, QPoint, QPointF, QRectF, QWidget, Qt, QtWidgets, Signal

STUB = 0.3  # share of the strip's width a stub (one end off screen) spans
ORDER = ("aligned_sentence", "shared_passage", "shared_quote")  # paint order: quotes on top


class LinkMap(QWidget):
    link_clicked = Signal(int)  # index into the links

    def __init__(self, pane_a, pane_b, parent=None):
        super().__init__(parent)
        self.panes = (pane_a, pane_b)
        self.links: list[Link] = []
        self._by_kind: dict[str, list[int]] = {}  # link indices per kind, in paint order
        self.visible: set[str] = set()
        self._geometry: list[tuple[float, float, float, float]] | None = None
        self._paths: list[tuple[QPainterPath, int]] = []
        self._markers: list[tuple[QRectF, int]] = []  # "more above/below" labels and their nearest link
        self.setMinimumWidth(56)
        self.setMaximumWidth(90)
        self.setMouseTracking(True)
        self.setAccessibleName("Link map between the articles")
        self.setAccessibleDescription("Ribbons join passages the two articles share; click one to show both ends.")
        self.setToolTip("")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_links(self, links: list[Link], visible: set[str]) -> None:
        self.links = links
        self._by_kind = {k: [i for i, link in enumerate(links) if link.kind == k] for k in ORDER}
        self.visible = set(visible)
        self.invalidate()

    def set_visible(self, visible: set[str]) -> None:
        self.visible = set(visible)
        self.update()

    def invalidate(self) -> None:
        self._geometry = None
        self.update()

    def geometry_doc(self) -> list[tuple[float, float, float, float]]:
        """Per link: top and bottom in pane A, top and bottom in pane B (document coordinates)."""
        if self._geometry is None:
            a, b = self.panes
            if a.positions is None or b.positions is None:
                return []
            self._geometry = [
                (a.doc_y(l.a[0]), a.doc_y(max(l.a[0], l.a[1] - 1), True),
                 b.doc_y(l.b[0]), b.doc_y(max(l.b[0], l.b[1] - 1), True))
                for l in self.links
            ]
        return self._geometry

    def _pane_frame(self, pane) -> tuple[float, float, float]:
        """Top of the pane's viewport in this widget's coordinates, its height, its scroll value."""
        viewport = pane.view.viewport()
        top = self.mapFromGlobal(viewport.mapToGlobal(QPoint(0, 0))).y()
        return float(top), float(viewport.height()), float(pane.view.verticalScrollBar().value())

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        self._paths = []
        self._markers = []
        geometry = self.geometry_doc()
        if not geometry:
            painter.end()
            return
        (ya, ha, sa), (yb, hb, sb) = self._pane_frame(self.panes[0]), self._pane_frame(self.panes[1])
        painter.setClipRect(0, int(min(ya, yb)), self.width(), self.height())
        w = float(self.width())
        above: list[tuple[float, int]] = []  # (distance from the view, link) for links wholly off screen
        below: list[tuple[float, int]] = []
        for kind_id in ORDER:
            if kind_id not in self.visible:
                continue
            colour = QColor(kind(kind_id).colour)
            fill = QColor(colour)
            fill.setAlpha(110)
            edge = QColor(colour)
            edge.setAlpha(220)
            painter.setPen(QPen(edge, 1))
            painter.setBrush(fill)
            for i in self._by_kind.get(kind_id, ()):
                at, ab, bt, bb = geometry[i]
                a = (ya + at - sa, ya + ab - sa)
                b = (yb + bt - sb, yb + bb - sb)
                a_off = _offscreen(a, ya, ha)
                b_off = _offscreen(b, yb, hb)
                if a_off and b_off:
                    if a_off == b_off:
                        if a_off < 0:
                            above.append((ya - a[1], i))
                        else:
                            below.append((a[0] - ya - ha, i))
                        continue
                    path = _ribbon(a, b, w)  # crosses the whole view: draw it whole
                elif a_off:
                    path = _stub(b, yb if a_off < 0 else yb + hb, w, from_right=True)
                elif b_off:
                    path = _stub(a, ya if b_off < 0 else ya + ha, w, from_right=False)
                else:
                    path = _ribbon(a, b, w)
                painter.drawPath(path)
                self._paths.append((path, i))
        self._draw_more_markers(painter, above, below, min(ya, yb), max(ya + ha, yb + hb))
        painter.end()

    def _draw_more_markers(self, painter, above, below, top: float, bottom: float) -> None:
        """'▲ n' / '▼ n' where matched passages lie beyond the view; a click goes to the nearest."""
        self._markers = []
        painter.setPen(self.palette().windowText().color())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for items, y, arrow in ((above, top + 2, "▲"), (below, bottom - 18, "▼")):
            if not items:
                continue
            rect = QRectF(0, y, self.width(), 16)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{arrow} {len(items)}")
            nearest = min(items)[1]
            self._markers.append((rect, nearest))

    def link_at(self, point: QPointF) -> int | None:
        for rect, index in self._markers:
            if rect.contains(point):
                return index
        for path, index in reversed(self._paths):
            if path.contains(point):
                return index
        return None

    def mousePressEvent(self, event):
        index = self.link_at(event.position())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.link_clicked.emit(index)
            event.accept()
        else:
            super().mousePressEvent(event)

    def event(self, event):
        if event.type() == event.Type.ToolTip:
            index = self.link_at(QPointF(event.pos()))
            if index is not None:
                link = self.links[index]
                QtWidgets.QToolTip.showText(
                    event.globalPos(), f"{kind(link.kind).label} — {link.similarity:.0%} similar; click to show both", self
                )
            else:
                QtWidgets.QToolTip.hideText()
            return True
        return super().event(event)


def _offscreen(span: tuple[float, float], top: float, height: float) -> int:
    """-1 above the viewport, 1 below, 0 (partly) visible."""
    if span[1] < top:
        return -1
    if span[0] > top + height:
        return 1
    return 0


def _ribbon(a: tuple[float, float], b: tuple[float, float], w: float) -> QPainterPath:
    path = QPainterPath(QPointF(0, a[0]))
    path.cubicTo(QPointF(w / 2, a[0]), QPointF(w / 2, b[0]), QPointF(w, b[0]))
    path.lineTo(QPointF(w, b[1]))
    path.cubicTo(QPointF(w / 2, b[1]), QPointF(w / 2, a[1]), QPointF(0, a[1]))
    path.closeSubpath()
    return path


def _stub(span: tuple[float, float], edge_y: float, w: float, from_right: bool) -> QPainterPath:
    """A short ribbon from the visible end, bending toward the edge where the other end is,
    ending in a blunt tip a few pixels wide so even a one-line span leaves a visible mark."""
    x0, x1 = (w, w * (1 - STUB)) if from_right else (0.0, w * STUB)
    xm = (x0 + x1) / 2
    tip = edge_y + (8 if edge_y <= span[0] else -8)
    path = QPainterPath(QPointF(x0, span[0]))
    path.cubicTo(QPointF(xm, span[0]), QPointF(xm, tip - 3), QPointF(x1, tip - 3))
    path.lineTo(QPointF(x1, tip + 3))
    path.cubicTo(QPointF(xm, tip + 3), QPointF(xm, span[1]), QPointF(x0, span[1]))
    path.closeSubpath()
    return path
