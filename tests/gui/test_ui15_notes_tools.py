"""The Notes tab's tools in a narrow side panel: a second row rather than an overflow arrow that
hides Undo, Redo and Export; one row where there is room."""

from __future__ import annotations

from sidebyside.notes.store import NoteStore
from sidebyside.ui.notes_panel import install_notes
from sidebyside.ui.qt import QToolButton


def _open(window, qtbot, comparison, tmp_path, width):
    controller = install_notes(window, NoteStore(tmp_path / "notes"))
    window.resize(width, 700)
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(comparison)
    window.side.setCurrentWidget(controller.panel)
    qtbot.waitUntil(lambda: window.width() == width and controller.panel.isVisible())
    return controller


def _every_tool_in_sight(panel) -> bool:
    for bar in (panel.toolbar, panel.toolbar2):
        if not bar.isVisible():
            continue
        bar.layout().activate()
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None and extension.isVisible():
            return False
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if action.isSeparator():
                continue
            if widget is None or not widget.isVisible() or not bar.rect().contains(widget.geometry()):
                return False
    return True


def test_a_narrow_panel_puts_the_notes_tools_on_two_rows_all_in_sight(window, qtbot, comparison, tmp_path):
    controller = _open(window, qtbot, comparison, tmp_path, 1024)
    panel = controller.panel
    qtbot.waitUntil(lambda: _every_tool_in_sight(panel))
    assert panel.tools_split() and panel.toolbar2.isVisible(), "premise: one row does not fit a 1024-pixel window"
    shown = set(panel.toolbar.actions()) | set(panel.toolbar2.actions())
    for action in (window.add_note_action, controller.undo_action, controller.redo_action, controller.more_action):
        assert action in shown
    button = panel.toolbar2.widgetForAction(controller.more_action)
    assert button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup, "Export opens its menu at a click"


def test_a_wide_panel_keeps_the_notes_tools_on_one_row(window, qtbot, comparison, tmp_path):
    controller = _open(window, qtbot, comparison, tmp_path, 1024)
    window.resize(1920, 1000)
    panel = controller.panel
    qtbot.waitUntil(lambda: not panel.tools_split())
    assert not panel.toolbar2.isVisible() and _every_tool_in_sight(panel)
    assert controller.more_action in panel.toolbar.actions()
