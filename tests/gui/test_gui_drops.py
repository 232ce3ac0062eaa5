"""Dropped files are taken as a copy or a link, never as a move (which could delete the capture)."""

from __future__ import annotations

import shutil
import warnings

import pytest
from gui_data import SEED_A

from sidebyside.ui.qt import QPoint, QPointF, Qt, QtCore, QtGui

Action = Qt.DropAction


def _mime(path) -> QtCore.QMimeData:
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(path))])
    return mime


# Shift held: Qt proposes a move whenever one is possible (as a file manager may on its own).
MOVE_KEY = Qt.KeyboardModifier.ShiftModifier


def _enter(mime, actions) -> QtGui.QDragEnterEvent:
    with warnings.catch_warnings():  # the only constructor PySide6 offers is marked deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        return QtGui.QDragEnterEvent(QPoint(20, 20), actions, mime, Qt.MouseButton.LeftButton, MOVE_KEY)


def _drop(mime, actions) -> QtGui.QDropEvent:
    return QtGui.QDropEvent(QPointF(20, 20), actions, mime, Qt.MouseButton.LeftButton, MOVE_KEY)


def _outcome(event) -> tuple[bool, Qt.DropAction]:
    return bool(event.isAccepted()), Action(event.dropAction())


def _targets(window):
    return {"window": window, "pane view": window.pane(1).view.viewport(), "pane header": window.pane(1).header}


@pytest.mark.parametrize("where", ["window", "pane view", "pane header"])
def test_a_drag_offering_copy_or_move_is_taken_as_a_copy(shown, where, tmp_path):
    dropped = tmp_path / "other.txt"
    shutil.copy(SEED_A, dropped)
    target = _targets(shown)[where]
    mime = _mime(dropped)  # kept alive: the event holds a pointer to it
    event = _enter(mime, Action.CopyAction | Action.MoveAction)
    assert Action(event.proposedAction()) == Action.MoveAction, "premise: the drag proposes a move"
    QtCore.QCoreApplication.sendEvent(target, event)
    assert _outcome(event) == (True, Action.CopyAction)


@pytest.mark.parametrize("where", ["window", "pane view", "pane header"])
def test_a_drag_offering_only_a_move_is_refused(shown, where, tmp_path, qtbot):
    dropped = tmp_path / "other.txt"
    shutil.copy(SEED_A, dropped)
    target = _targets(shown)[where]
    mime = _mime(dropped)
    enter = _enter(mime, Action.MoveAction)
    QtCore.QCoreApplication.sendEvent(target, enter)
    assert not _outcome(enter)[0]
    before = list(shown.session.paths)
    drop = _drop(mime, Action.MoveAction)
    QtCore.QCoreApplication.sendEvent(target, drop)
    assert not _outcome(drop)[0]
    assert shown.session.paths == before and dropped.exists()


def test_a_link_drop_opens_the_file(shown, qtbot, tmp_path):
    dropped = tmp_path / "other.txt"
    shutil.copy(SEED_A, dropped)
    viewport = shown.pane(1).view.viewport()
    mime = _mime(dropped)
    enter = _enter(mime, Action.LinkAction | Action.MoveAction)
    QtCore.QCoreApplication.sendEvent(viewport, enter)
    assert _outcome(enter) == (True, Action.LinkAction)
    drop = _drop(mime, Action.LinkAction | Action.MoveAction)
    with qtbot.waitSignal(shown.load_finished, timeout=60000):
        QtCore.QCoreApplication.sendEvent(viewport, drop)
    assert _outcome(drop) == (True, Action.LinkAction)
    assert shown.paths[1] == str(dropped)
