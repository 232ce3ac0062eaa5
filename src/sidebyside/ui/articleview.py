"""The read-only article body: reports plain clicks, hover tips and dropped files to its pane."""

from __future__ import annotations

from sidebyside.ui.qt import QAction, QEvent, QTextEdit, Qt, QtWidgets, Signal


def local_files(mime) -> list[str]:
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []


class ArticleView(QTextEdit):
    """Read-only body; reports plain clicks, hover tips and dropped files to its pane."""

    clicked = Signal(int)  # document position
    files_dropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAcceptDrops(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.tooltip_for = None  # callable(doc_pos) -> str
        self.extra_menu_actions: list[QAction] = []

    def mouseReleaseEvent(self, event):
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked.emit(self.cursorForPosition(event.position().toPoint()).position())

    def viewportEvent(self, event):
        # Tool-tip events reach the viewport, which QAbstractScrollArea does not pass to event().
        if event.type() == QEvent.Type.ToolTip and self.tooltip_for is not None:
            tip = self.tooltip_for(self.cursorForPosition(event.pos()).position())
            if tip:
                QtWidgets.QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QtWidgets.QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event):
        menu = self.createStandardContextMenu(event.pos())
        if self.extra_menu_actions:
            menu.addSeparator()
            for action in self.extra_menu_actions:
                menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def dragEnterEvent(self, event):
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event):
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            event.ignore()
