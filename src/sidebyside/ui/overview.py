"""The overview strip beside a pane's scrollbar (after Meld's chunk map): where the matches lie in
the whole article, and which part of it the view shows. A click or a drag scrolls there."""

from __future__ import annotations

from sidebyside.ui.qt import QColor, QPainter, QRectF, Qt, QWidget

WIDTH = 12
LAID_OUT_CHARS = 200_000  # longer texts are mapped by character position (see _fractions)


class OverviewStrip(QWidget):
    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane
        self._marks: list[tuple[int, int, QColor]] = []  # document positions
        self._cache: tuple[float, list[tuple[float, float, QColor]]] | None = None
        self.setFixedWidth(WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(f"Overview of article {'AB'[pane.index]}: where the matches are")
        self.setToolTip("Where the matches are in the whole article; click to go there")

    def set_marks(self, marks: list[tuple[int, int, QColor]]) -> None:
        self._marks = marks
        self._cache = None
        self.update()

    def _fractions(self) -> list[tuple[float, float, QColor]]:
        """Each mark's top and bottom as fractions of the text's height (cached per height).

        A long text is placed by character position instead of laid out: Qt lays out a long
        document as it is shown, and asking where its last paragraph lies would lay it all
        out at once (a second or more for a million characters)."""
        doc = self.pane.view.document()
        # A text shorter than the view maps onto the strip as it lies in the view.
        height = self.pane.document_height()
        if self._cache is not None and self._cache[0] == height:
            return self._cache[1]
        out = []
        if height > 0 and doc.characterCount() > LAID_OUT_CHARS:
            chars = float(doc.characterCount())
            out = [(start / chars, max(end, start + 1) / chars, colour) for start, end, colour in self._marks]
        elif height > 0:
            layout = doc.documentLayout()
            for start, end, colour in self._marks:
                top = layout.blockBoundingRect(doc.findBlock(start)).top()
                bottom = layout.blockBoundingRect(doc.findBlock(max(start, end - 1))).bottom()
                out.append((min(1.0, top / height), min(1.0, max(bottom, top + 1) / height), colour))
        self._cache = (height, out)
        return out

    def paintEvent(self, event):
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.alternateBase())
        h = float(self.height())
        for top, bottom, colour in self._fractions():
            y = top * h
            painter.fillRect(QRectF(2, y, WIDTH - 4, max(2.0, (bottom - top) * h)), colour)
        bar = self.pane.view.verticalScrollBar()
        total = bar.maximum() + self.pane.viewport_height()
        if total > 0 and bar.maximum() > 0:
            shown = QRectF(0.5, h * bar.value() / total, WIDTH - 1, max(6.0, h * self.pane.viewport_height() / total))
            edge = QColor(palette.text().color())
            edge.setAlpha(150)
            painter.setPen(edge)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(shown)
        painter.end()

    def _scroll_to(self, y: float) -> None:
        bar = self.pane.view.verticalScrollBar()
        total = bar.maximum() + self.pane.viewport_height()
        value = y / max(1.0, float(self.height())) * total - self.pane.viewport_height() / 2
        bar.setValue(int(max(0, min(bar.maximum(), value))))

    def mousePressEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self._scroll_to(event.position().y())

    def mouseMoveEvent(self, event):
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._scroll_to(event.position().y())
