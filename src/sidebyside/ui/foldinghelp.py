"""A line of help above a list that gives way to the list: in full while it takes little of the
page's height, folded to one elided line (the whole text in its tooltip) when the page is short
(a small window, a large font), so the list it explains keeps room for its rows."""

from __future__ import annotations

from sidebyside.settings import DEFAULT, UiSettings
from sidebyside.ui.qt import QEvent, QLabel, QRect, QSizePolicy, Qt


class FoldingHelp(QLabel):
    def __init__(self, text: str, parent=None, settings: UiSettings = DEFAULT.ui):
        super().__init__(parent)
        self._full = text
        self.share = settings.help_share
        self.folded = False
        self._page = None
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        super().setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self._full = text
        self._fold()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        page = self.parentWidget()
        if page is not None and page is not self._page:
            self._page = page
            page.installEventFilter(self)
        self._fold()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fold()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self._page and event.type() == QEvent.Type.Resize:
            self._fold()
        return False

    def _full_height(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 2 * self.margin())
        box = self.fontMetrics().boundingRect(QRect(0, 0, inner, 1 << 20), Qt.TextFlag.TextWordWrap, self._full)
        return box.height() + margins.top() + margins.bottom() + 2 * self.margin()

    def _fold(self) -> None:
        page = self.parentWidget()
        width = self.width()
        fold = page is not None and page.height() > 0 and self._full_height(width) > page.height() * self.share
        self.folded = fold
        if fold:
            self.setWordWrap(False)
            inner = max(40, self.contentsRect().width())
            super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, inner))
            self.setToolTip(self._full)
        else:
            self.setWordWrap(True)
            super().setText(self._full)
            self.setToolTip("")
