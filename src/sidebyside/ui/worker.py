"""The session's pending work, run off the GUI thread (QThreadPool), reporting back by signals.

The work itself is plain Python (``sidebyside.session.Work``); this module only carries its
results across threads: each ``deliver`` call becomes a queued signal that the GUI thread hands
to ``Session.deliver``.
"""

from __future__ import annotations

import threading
import weakref

from sidebyside.highlights import Highlights, collect
from sidebyside.model import Comparison
from sidebyside.session import Work
from sidebyside.ui.qt import QObject, QRunnable, Signal

_highlights: dict[int, Highlights] = {}  # id(Comparison) -> its highlights, made off the GUI thread
_lock = threading.Lock()


def highlights_of(comparison: Comparison) -> Highlights:
    """What to paint for a comparison: made by the worker that compared it when there was one
    (a hostile page's hundreds of thousands of spans are sorted there, not on the GUI thread)."""
    with _lock:
        found = _highlights.get(id(comparison))
    return found if found is not None else collect(comparison)


def _precompute(comparison: Comparison) -> None:
    try:
        made = collect(comparison)
    except Exception:  # odd engine output: the GUI thread collects again and reports it
        return
    key = id(comparison)
    with _lock:
        _highlights[key] = made
    weakref.finalize(comparison, _forget, key)


def _forget(key: int) -> None:
    with _lock:
        _highlights.pop(key, None)


class WorkSignals(QObject):
    delivered = Signal(int, str, object)  # generation, what, payload (see Work.run)
    finished = Signal(object)  # the WorkJob


class WorkJob(QRunnable):
    def __init__(self, work: Work):
        super().__init__()
        self.work = work
        self.signals = WorkSignals()
        self.setAutoDelete(False)  # the window keeps it until `finished`, then lets it go

    def run(self) -> None:
        sig = self.signals

        def deliver(what: str, payload: tuple) -> None:
            if what == "comparison":
                _precompute(payload[1])
            sig.delivered.emit(self.work.generation, what, payload)

        try:
            self.work.run(deliver)
        finally:
            sig.finished.emit(self)

    def cancel(self) -> None:
        self.work.cancel()
