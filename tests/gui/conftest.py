"""GUI test fixtures. Qt warnings fail the tests (the offscreen platform's own notices aside)."""

from __future__ import annotations

import os

import pytest
from font_setup import SYSTEM_FONTS_ENV, TEST_FONT_FAMILY, desktop_font
from gui_data import GUI_DATA, seed_comparison, span_of  # noqa: F401  (span_of: re-exported for older imports)

from sidebyside.model import Comparison

# The offscreen platform says these about top-level windows and tool tips; not problems of ours.
IGNORED_QT_MESSAGES = ["propagateSizeHints", "does not support raise"]


def pytest_collection_modifyitems(items):
    for item in items:
        if str(GUI_DATA.parent.parent / "gui") in str(item.fspath):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES))


@pytest.fixture(scope="session", autouse=True)
def _test_font(qapp):
    """Premise of every layout-dependent test: Qt draws with the test font (tests/conftest.py)."""
    if os.environ.get(SYSTEM_FONTS_ENV):
        return
    from sidebyside.ui.qt import QtGui

    families = QtGui.QFontDatabase.families()
    others = [f for f in families if f not in (TEST_FONT_FAMILY, "Monospace", "Sans Serif", "Serif")]  # aliases
    assert TEST_FONT_FAMILY in families and not others, (
        f"premise: Qt must see only the test font {TEST_FONT_FAMILY!r} (tests/data/fonts), "
        f"it sees {families[:8]}; is FONTCONFIG_FILE overridden after tests/conftest.py?")
    assert QtGui.QFontInfo(qapp.font()).family() == TEST_FONT_FAMILY


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp):
    """QSettings go to a temporary directory, never the user's."""
    from sidebyside.ui.qt import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setApplicationName("SideBySide-tests")
    yield


@pytest.fixture
def comparison() -> Comparison:
    return seed_comparison()


TEARDOWN_HANG_LIMIT_MS = 300_000


@pytest.fixture
def window(qtbot):
    from sidebyside.ui.window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    # No worker outlives the test: what still runs is cancelled and the shared thread pool drained,
    # so the next test's job never queues behind this one's (the pool has a thread per core).
    # The limits guard against a hang only: a cancelled job stops at its next step, and on a
    # machine shared by many loaded processes one step took over 60 s (seen twice at load ~30).
    w.cancel_work()
    if w.busy:
        try:
            qtbot.waitUntil(lambda: not w.busy, timeout=TEARDOWN_HANG_LIMIT_MS)
        except qtbot.TimeoutError:
            pytest.fail(f"teardown: the window still busy after {TEARDOWN_HANG_LIMIT_MS // 1000} s: {_work_state(w)}")
    from sidebyside.ui.qt import QThreadPool

    if not QThreadPool.globalInstance().waitForDone(TEARDOWN_HANG_LIMIT_MS):
        pytest.fail(f"teardown: a worker still runs after {TEARDOWN_HANG_LIMIT_MS // 1000} s: {_work_state(w)}")


def _work_state(w) -> str:
    """What keeps a window busy, for the message of a teardown that hung (seen three times in a full
    run under heavy load, never reproduced alone): each job's generation, flag and whether its run
    ended (a job stuck on its thread, or one whose end never reached the window), what the session
    still wants, and whether the pool's threads are all taken."""
    from sidebyside.ui.qt import QThreadPool

    jobs = [(job.work.generation, job.work.cancelled, job.ended, job.work.pairs) for job in w._jobs]
    pending = w.session.pending()
    wanted = None if pending is None else (pending.pairs, pending.coverage, pending.paths)
    pool = QThreadPool.globalInstance()
    return (f"session generation {w.session.generation}, jobs (generation, cancelled, run ended, pairs) {jobs}, "
            f"pending {wanted}, pool threads active {pool.activeThreadCount()} of {pool.maxThreadCount()}")


@pytest.fixture
def shown(window, comparison, qtbot):
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(comparison)
    return window


@pytest.fixture
def large_font(qapp):
    """A 20-point desktop font (a low-vision setting)."""
    with desktop_font(qapp, 20.0) as font:
        yield font
