"""Which two articles of a set go side by side: two lists of the outlets, left and right. One
bar sits above the panes; a stacked one heads the side panel, whose Quotes and Framing are
those of the same pair."""

from __future__ import annotations

from sidebyside.settings import DEFAULT, UiSettings
from sidebyside.ui.qt import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSignalBlocker,
    Qt,
    QToolButton,
    QWidget,
    Signal,
)


class PairBar(QWidget):
    chosen = Signal(int, int)  # left, right (indexes into the open set)

    def __init__(self, parent=None, caption: str = "", stacked: bool = False, settings: UiSettings = DEFAULT.ui):
        super().__init__(parent)
        self.setObjectName("pairBar")
        self.setAccessibleName("Choose the two articles side by side")
        self.left = QComboBox()
        self.left.setAccessibleName("Article on the left (A)")
        self.right = QComboBox()
        self.right.setAccessibleName("Article on the right (B)")
        for combo in (self.left, self.right):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(settings.pair_name_letters)
        self.swap = QToolButton(text="⇄")
        self.swap.setToolTip("Swap left and right")
        self.swap.setAccessibleName("Swap left and right")
        self.caption = QLabel(caption, objectName="pairCaption")
        self.caption.setWordWrap(True)
        if stacked:  # a narrow panel: the caption above, A and B one under the other
            grid = QGridLayout(self)
            grid.setContentsMargins(8, 4, 8, 4)
            grid.setVerticalSpacing(2)
            grid.addWidget(self.caption, 0, 0, 1, 3)
            grid.addWidget(QLabel("A"), 1, 0)
            grid.addWidget(self.left, 1, 1)
            grid.addWidget(QLabel("B"), 2, 0)
            grid.addWidget(self.right, 2, 1)
            grid.addWidget(self.swap, 1, 2, 2, 1)
            grid.setColumnStretch(1, 1)
        else:
            row = QHBoxLayout(self)
            row.setContentsMargins(8, 4, 8, 4)
            self.caption.setText(f"{caption or 'Side by side:'} A")
            self.caption.setWordWrap(False)
            row.addWidget(self.caption)
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
                    combo.setItemData(i, name, Qt.ItemDataRole.ToolTipRole)
        if pair is not None:
            self.show_pair(pair)

    def show_pair(self, pair: tuple[int, int]) -> None:
        for combo, index in zip((self.left, self.right), pair):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(index)
            combo.setToolTip(combo.currentText())  # the whole name when the list is too narrow for it

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
