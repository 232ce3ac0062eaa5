"""Unexpected exceptions in the GUI: a dialog with the details to copy; the app keeps running."""

from __future__ import annotations

import sys
import traceback

from sidebyside.ui.qt import QApplication, QMessageBox, Qt

_previous_hook = None
open_dialogs: list[QMessageBox] = []


def show_exception(exc_type, exc, tb) -> QMessageBox | None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    sys.stderr.write(details)
    if QApplication.instance() is None:
        return None
    box = QMessageBox(QMessageBox.Icon.Critical, "SideBySide — unexpected error",
                      f"Something went wrong: {exc_type.__name__}: {exc}\n\n"
                      "The window keeps working. The details below can be copied into a bug report.")
    box.setTextFormat(Qt.TextFormat.PlainText)  # an exception message may quote capture text
    box.setDetailedText(details)
    box.setAccessibleName("Unexpected error")
    box.setModal(False)
    box.finished.connect(lambda _r, b=box: open_dialogs.remove(b) if b in open_dialogs else None)
    open_dialogs.append(box)
    box.open()
    return box


def install_excepthook() -> None:
    global _previous_hook
    if sys.excepthook is not show_exception:
        _previous_hook = sys.excepthook
        sys.excepthook = show_exception
