"""A cancelled job whose run has ended no longer keeps the window busy, even while its
`finished` signal is not handled (queued behind a loaded machine's events, or lost): a
teardown or a quit waiting for ``busy`` after ``cancel_work`` must not hang on it. A job not
cancelled keeps the window busy until its end is handled: the status and the progress bar are
updated then."""

from __future__ import annotations

import threading

import pytest


class _Hold:
    """A reading the test holds: ``entered`` once a worker is inside it, ``release`` lets it go."""

    def __init__(self):
        self.entered, self.release = threading.Event(), threading.Event()

    def set(self):
        self.release.set()


@pytest.fixture
def held_read(monkeypatch):
    """Reading a capture waits until the test lets it go; it then fails (nothing to compare)."""
    hold = _Hold()

    def read(path):
        hold.entered.set()
        hold.release.wait(60)
        from sidebyside.errors import SideBySideError

        raise SideBySideError(path, "held by the test")

    monkeypatch.setattr("sidebyside.extract.extract_path", read)
    yield hold
    hold.set()


def _started_job_without_its_finish_handled(window, tmp_path):
    window.open_paths(str(tmp_path / "one.txt"), str(tmp_path / "two.txt"))
    [job] = window._jobs
    job.signals.finished.disconnect(window._on_job_finished)  # its end never reaches the window
    return job


def test_a_cancelled_job_that_ended_is_not_busy_before_its_finish_is_handled(window, qtbot, tmp_path, held_read):
    job = _started_job_without_its_finish_handled(window, tmp_path)
    assert window.busy
    # the job is inside its reading before it is cancelled (on a loaded machine its thread may not
    # have started yet, and a job cancelled before it runs ends at once)
    qtbot.waitUntil(held_read.entered.is_set, timeout=60000)
    window.cancel_work()
    assert window.busy  # still reading: cancelled, not yet stopped
    held_read.set()
    qtbot.waitUntil(lambda: job.ended, timeout=60000)
    assert job in window._jobs  # its finish was never handled
    assert not window.busy


def test_a_job_not_cancelled_stays_busy_until_its_finish_is_handled(window, qtbot, tmp_path, held_read):
    """Negative: an ended job's results may still be queued; the window is busy till it handles the end."""
    job = _started_job_without_its_finish_handled(window, tmp_path)
    held_read.set()
    qtbot.waitUntil(lambda: job.ended and window.session.error(1) is not None, timeout=60000)  # all it sent, handled
    assert window.busy
    window._on_job_finished(job)
    assert not window.busy
