"""The window, given a file that is not a capture (an image or executable renamed .html/.txt),
names the file and what it looks like, and keeps running."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "gui"))

from gui_data import SEED_A, SEED_B  # noqa: E402

OPEN_TIMEOUT_MS = 60_000  # a hang guard
TEARDOWN_HANG_LIMIT_MS = 300_000  # a hang guard, as the GUI tests' window fixture has


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    from sidebyside.ui.qt import QSettings
    from sidebyside.ui.window import MainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    # as tests/gui/conftest.py's window: what still runs is cancelled and the pool drained, so no
    # job outlives the test; the limits guard against a hang only (one step of work took over 60 s
    # on a machine at load ~30)
    w.cancel_work()
    if w.busy:
        qtbot.waitUntil(lambda: not w.busy, timeout=TEARDOWN_HANG_LIMIT_MS)
    from sidebyside.ui.qt import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(TEARDOWN_HANG_LIMIT_MS), "teardown: the thread pool did not drain"


BINARY = {
    "photo.html": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(400), "looks like a PNG image"),
    "tool.txt": (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(range(256)) * 8, "looks like a Windows executable"),
    "noise.txt": (bytes(0x80 + i * 37 % 0x80 for i in range(4000)), "looks like binary data"),
}


@pytest.mark.parametrize("name", sorted(BINARY))
def test_binary_file_is_named_in_the_window_which_keeps_running(window, qtbot, tmp_path, name):
    data, words = BINARY[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
        window.open_paths(str(SEED_A), str(bad))
    message = window.pane(1).message.text()
    assert name in message and words in message and "not a web page or text capture" in message
    assert window.pane(1).message.isVisible()
    assert window.pane(1).article is None  # never shown as an article with no headline
    assert name in window.status_label.text()
    assert window.pane(0).article is not None and window.isVisible()
    with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
        window.open_paths(str(SEED_A), str(SEED_B))
    assert window.comparison is not None  # the app goes on as before
