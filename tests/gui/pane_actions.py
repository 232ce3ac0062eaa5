"""What GUI tests do to and ask of an article pane: click a character, see whether a span shows."""

from __future__ import annotations

from sidebyside.ui.qt import QPoint, Qt


def click_text(qtbot, pane, offset: int) -> None:
    """Click the body of a pane on the character at a text offset."""
    cursor = pane.view.textCursor()
    cursor.setPosition(pane.positions.to_doc(offset))
    rect = pane.view.cursorRect(cursor)
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(3, 0))


def on_screen(pane, span) -> bool:
    """Whether any line of the span (text offsets) is inside the pane's viewport."""
    top, bottom = pane.span_y(*span)
    return bottom > 0 and top < pane.viewport_height()
