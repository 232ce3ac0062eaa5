"""Which two articles of a set go side by side: two lists of the outlets, left and right."""

from __future__ import annotations

from sidebyside.ui.qt import QComboBox, QHBoxLayout, QLabel, QSignalBlocker, QToolButton, QWidget, Signal


class PairBar(QWidget):
    chosen = Signal(int, int)  # left, right (indexes into the open set)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pairBar")
        self.setAccessibleName("Choose the two articles side by side")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.left = QComboBox()
        self.left.setAccessibleName("Article on the left (A)")
        self.right = QComboBox()
        self.right.setAccessibleName("Article on the right (B)")
        self.swap = QToolButton(text="⇄")
        self.swap.setToolTip("Swap left and right")
        self.swap.setAccessibleName("Swap left and right")
        row.addWidget(QLabel("Side by side: A"))
        row.addWidget(self.left, 1)
        row.addWidget(self.swap)
        row.addWidget(QLabel("B"))
        row.addWidget(self.right, 1)
        self.left.currentIndexChanged.connect(lambda _i: self._changed(self.left))
        self.right.currentIndexChanged.connect(lambda _i: self._changed(self.right))
        self.swap.clicked.connect(lambda: self.chosen.emit(self.right.currentIndex(), self.left.currentIndex()))

    def set_outlets(self, names: list[str], pair: tuple[int, int] | None) -> None:
        for combo in (self.left, self.right):
            with QSignalBlocker(combo):
                combo.clear()
                for i, name in enumerate(names):
                    combo.addItem(name, i)
        if pair is not None:
            self.show_pair(pair)

    def show_pair(self, pair: tuple[int, int]) -> None:
        for combo, index in zip((self.left, self.right), pair):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(index)

    def _changed(self, moved: QComboBox) -> None:
        left, right = self.left.currentIndex(), self.right.currentIndex()
        if left < 0 or right < 0:
            return
        if left == right:  # the same outlet on both sides: the other side takes the next one
            other = self.right if moved is self.left else self.left
            with QSignalBlocker(other):
                other.setCurrentIndex((other.currentIndex() + 1) % other.count())
            left, right = self.left.currentIndex(), self.right.currentIndex()
        self.chosen.emit(left, right)
