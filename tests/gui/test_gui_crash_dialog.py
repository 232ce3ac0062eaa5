"""An exception raised in a Qt slot reaches the installed hook: a dialog, and the app goes on."""

from __future__ import annotations

import sys

import pytest

from sidebyside.ui import errors_dialog
from sidebyside.ui.qt import QTimer


@pytest.mark.qt_no_exception_capture  # let the exception reach sys.excepthook, as in the real app
def test_an_exception_in_a_slot_opens_the_dialog_and_the_window_keeps_working(window, qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors_dialog.install_excepthook()

    def broken_slot():
        raise RuntimeError("a slot failed on odd input")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(errors_dialog.open_dialogs), timeout=5000)
    box = errors_dialog.open_dialogs[-1]
    assert "a slot failed on odd input" in box.text()
    assert "broken_slot" in box.detailedText()
    box.close()
    qtbot.waitUntil(lambda: box not in errors_dialog.open_dialogs)
    # Still usable afterwards: a toggle and a zoom step go through.
    window.zoom(1)
    window.sync_action.trigger()
    assert window.isVisible()
