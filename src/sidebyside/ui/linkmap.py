"""The strip between the panes: ribbons linking matched passages (after Meld's link map).

Each ribbon joins a passage of A to its counterpart in B, in the kind's fill with its ink on
the edges; the match last arrived at is drawn on top with a strong outline. A ribbon whose end
is off screen bends toward the edge that end lies beyond and is clipped there, the whole strip
being clipped to the band between the two text views, so nothing spikes or blobs at the edge.
Links wholly above or below the view are counted (▲ n / ▼ n); a click goes to the nearest.

Ribbon geometry is cached in document coordinates and only shifted by each pane's scroll
position at paint time, so scrolling stays cheap on long articles.
"""

from __future__ import annotations

from sidebyside.highlights import Link, likeness
from sidebyside.kinds import kind
from sidebyside.settings import DEFAULT
from sidebyside.ui import formats as fmt
from sidebyside.ui.qt import (
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QPoint,
    QPointF,
    QPolygonF,
    QRectF,
    QSize,
    Qt,
    QtWidgets,
    QWidget,
    Signal,
)

ORDER = ("aligned_sentence", "shared_passage", "shared_quote")  # paint order: quotes on top
OFF_EDGE = 28.0  # how far beyond the view edge an off-screen end is drawn (then clipped)
MIN_END = 6.0  # the thinnest a ribbon end is drawn, so a one-line match is still a band


class LinkMap(QWidget):
    link_clicked = Signal(int)  # index into the links

    def __init__(self, pane_a, pane_b, parent=None):
        super().__init__(parent)
        self.panes = (pane_a, pane_b)
        self.links: list[Link] = []
        self._by_kind: dict[str, list[int]] = {}  # link indices per kind, in paint order
        self.visible: set[str] = set()
        self.current: int | None = None  # the link last arrived at: drawn emphasised
        self.dark = False
        self._geometry: list[tuple[float, float, float, float]] | None = None
        self._paths: list[tuple[QPainterPath, int]] = []
        self._markers: list[tuple[QRectF, int]] = []  # "more above/below" labels and their nearest link
        self._marker_tips: list[tuple[QRectF, str]] = []  # and what each says on hover
        self.setMinimumWidth(64)
        self.setMaximumWidth(140)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName("Link map between the articles")
        self.setAccessibleDescription("Ribbons join passages the two articles share; click one to show both ends.")
        self.setToolTip("")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(96, 400)

    def set_links(self, links: list[Link], visible: set[str], cap: int = DEFAULT.ui.painted_per_kind) -> None:
        """The links to draw: of each kind, the first ``cap`` (a hostile page may have tens of
        thousands; the panes paint as many)."""
        self.links = links
        self._by_kind = {k: [i for i, link in enumerate(links) if link.kind == k][:cap] for k in ORDER}
        self.visible = set(visible)
        self.current = None
        self.invalidate()

    def set_visible(self, visible: set[str]) -> None:
        self.visible = set(visible)
        self.update()

    def set_current(self, index: int | None) -> None:
        self.current = index
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
            drawn = {i for indices in self._by_kind.values() for i in indices}
            self._geometry = [
                (a.doc_y(l.a[0]), a.doc_y(max(l.a[0], l.a[1] - 1), True),
                 b.doc_y(l.b[0]), b.doc_y(max(l.b[0], l.b[1] - 1), True)) if i in drawn else (0.0, 0.0, 0.0, 0.0)
                for i, l in enumerate(self.links)
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
        self._marker_tips = []
        geometry = self.geometry_doc()
        if not geometry:
            painter.end()
            return
        (ya, ha, sa), (yb, hb, sb) = self._pane_frame(self.panes[0]), self._pane_frame(self.panes[1])
        w = float(self.width())
        band = QPolygonF([QPointF(0, ya), QPointF(w, yb), QPointF(w, yb + hb), QPointF(0, ya + ha)])
        band_path = QPainterPath()
        band_path.addPolygon(band)
        painter.fillPath(band_path, self.palette().base())
        painter.setClipPath(band_path)
        above: list[tuple[float, int]] = []  # (distance from the view, link) for links wholly off screen
        below: list[tuple[float, int]] = []
        current_path = None
        for kind_id in ORDER:
            if kind_id not in self.visible:
                continue
            k = kind(kind_id)
            edge = fmt.ink(k, self.dark)
            edge.setAlpha(200)
            painter.setPen(QPen(edge, 1))
            painter.setBrush(fmt.fill(k, self.dark, self.palette().base().color()))
            for i in self._by_kind.get(kind_id, ()):
                at, ab, bt, bb = geometry[i]
                a = (ya + at - sa, ya + ab - sa)
                b = (yb + bt - sb, yb + bb - sb)
                a_off = _offscreen(a, ya, ha)
                b_off = _offscreen(b, yb, hb)
                if a_off and a_off == b_off:
                    (above if a_off < 0 else below).append(((ya - a[1]) if a_off < 0 else (a[0] - ya - ha), i))
                    continue
                path = _ribbon(_clamped(a, a_off, ya, ha), _clamped(b, b_off, yb, hb), w)
                painter.drawPath(path)
                self._paths.append((path, i))
                if i == self.current:
                    current_path = (path, k)
        self._draw_differs(painter, geometry, ya, sa, yb, sb, w)
        if current_path is not None:
            path, k = current_path
            painter.setPen(QPen(fmt.ink(k, self.dark), 2.5))
            painter.setBrush(QColor(k.colour))
            painter.drawPath(path)
        painter.setClipping(False)
        self._draw_more_markers(painter, above, below, min(ya, yb), max(ya + ha, yb + hb))
        painter.end()

    def _draw_differs(self, painter, geometry, ya, sa, yb, sb, w: float) -> None:
        """'≠' in the middle of a ribbon whose two ends state a number, date or place differently,
        or credit a shared quote to different speakers."""
        from sidebyside.ui.theme import colours

        colour = QColor(colours(self.dark)["differs"])
        painter.setPen(colour)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        for path, i in self._paths:
            if self.links[i].discrepancies or self.links[i].speaker_contrast:
                at, ab, bt, bb = geometry[i]
                y = ((ya + at - sa) + (ya + ab - sa) + (yb + bt - sb) + (yb + bb - sb)) / 4
                disc = QRectF(w / 2 - 9, y - 9, 18, 18)
                painter.setBrush(self.palette().base())
                painter.drawEllipse(disc)
                painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, "≠")

    def _draw_more_markers(self, painter, above, below, top: float, bottom: float) -> None:
        """'▲ n' / '▼ n' where matched passages lie beyond the view; a click goes to the nearest."""
        self._markers = []
        self._marker_tips = []
        painter.setPen(self.palette().text().color())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        metrics = painter.fontMetrics()
        height = metrics.height() + 2  # the marker grows with the font: a large one is not clipped
        for items, y, arrow, where in ((above, top + 2, "▲", "above"), (below, bottom - height - 2, "▼", "below")):
            if not items:
                continue
            text = f"{arrow} {len(items)}"
            rect = QRectF(0, y, self.width(), height)
            wide = metrics.horizontalAdvance(text) + 8
            label = QRectF(rect.center().x() - wide / 2, y, wide, height)
            painter.fillRect(label, self.palette().window())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            nearest = min(items)[1]
            self._markers.append((rect, nearest))
            self._marker_tips.append((rect, f"{len(items)} more {'match' if len(items) == 1 else 'matches'} "
                                            f"{where} the view; click to go to the nearest"))

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

    def tip_at(self, point: QPointF) -> str:
        """What hovering there says: a count marker, or the ribbon under the pointer."""
        for rect, tip in self._marker_tips:
            if rect.contains(point):
                return tip
        index = self.link_at(point)
        if index is None:
            return ""
        link = self.links[index]
        return f"{kind(link.kind).label} — {likeness(link.similarity, link.anchor)}; click to show both"

    def event(self, event):
        if event.type() == event.Type.ToolTip:
            tip = self.tip_at(QPointF(event.pos()))
            if tip:
                QtWidgets.QToolTip.showText(event.globalPos(), tip, self)
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


def _clamped(span: tuple[float, float], off: int, top: float, height: float) -> tuple[float, float]:
    """An end as drawn: itself when visible; beyond the edge it lies past, at a fixed distance
    (so the ribbon leans toward it instead of becoming a near-vertical spike), at least
    MIN_END tall."""
    size = max(MIN_END, min(span[1] - span[0], 40.0))
    if off < 0:
        return (top - OFF_EDGE - size, top - OFF_EDGE)
    if off > 0:
        return (top + height + OFF_EDGE, top + height + OFF_EDGE + size)
    if span[1] - span[0] < MIN_END:
        mid = (span[0] + span[1]) / 2
        return (mid - MIN_END / 2, mid + MIN_END / 2)
    return span


def _ribbon(a: tuple[float, float], b: tuple[float, float], w: float) -> QPainterPath:
    path = QPainterPath(QPointF(0, a[0]))
    path.cubicTo(QPointF(w / 2, a[0]), QPointF(w / 2, b[0]), QPointF(w, b[0]))
    path.lineTo(QPointF(w, b[1]))
    path.cubicTo(QPointF(w / 2, b[1]), QPointF(w / 2, a[1]), QPointF(0, a[1]))
    path.closeSubpath()
    return path
