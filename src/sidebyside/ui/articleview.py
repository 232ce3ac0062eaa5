"""The read-only article body: reports plain clicks, hover tips and dropped files to its pane."""

from __future__ import annotations

from sidebyside.ui.qt import QAction, QEvent, QPainter, QPointF, QRectF, QTextEdit, Qt, QtWidgets, Signal
from sidebyside.ui.spanpaint import Overlay, paint_overlays

SAFE_DROPS = (Qt.DropAction.CopyAction, Qt.DropAction.LinkAction)


def local_files(mime) -> list[str]:
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []


def accept_file_drop(event) -> list[str]:
    """The local files of a drag or drop, accepted as a copy or a link, never as a move: a file
    manager that honours a move would delete the user's capture once it is "moved" here.
    Returns [] (and ignores the event) when there are no files or only a move is offered."""
    files = local_files(event.mimeData())
    if files:
        if event.proposedAction() in SAFE_DROPS:
            event.acceptProposedAction()
            return files
        for safe in SAFE_DROPS:
            if event.possibleActions() & safe:
                event.setDropAction(safe)
                event.accept()
                return files
    event.ignore()
    return []


class FileDropTarget:
    """A widget that takes files dropped on it (accept_file_drop: as a copy or a link, never as a
    move) and hands them to its ``take_dropped_files``; set before the Qt class among the bases."""

    def dragEnterEvent(self, event):
        accept_file_drop(event)

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event):
        files = accept_file_drop(event)
        if files:
            self.take_dropped_files(files)

    def take_dropped_files(self, files: list[str]) -> None:
        raise NotImplementedError


class ArticleView(FileDropTarget, QTextEdit):
    """Read-only body; reports plain clicks, hover tips and dropped files to its pane, and
    paints the pane's overlays (outlines, markers, the current match) over the text."""

    clicked = Signal(int)  # document position
    anchor_clicked = Signal(str)  # our own links in the document ("show all captions")
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
        self.overlays: list[Overlay] = []

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.overlays:
            return
        painter = QPainter(self.viewport())
        offset = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        paint_overlays(painter, self.document(), self.overlays, offset, QRectF(event.rect()))
        painter.end()

    def mouseReleaseEvent(self, event):
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            href = self.anchorAt(event.position().toPoint())
            if href:
                self.anchor_clicked.emit(href)
                return
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

    def take_dropped_files(self, files: list[str]) -> None:
        self.files_dropped.emit(files)
