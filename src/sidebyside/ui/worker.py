"""The session's pending work, run off the GUI thread (QThreadPool), reporting back by signals.

The work itself is plain Python (``sidebyside.session.Work``); this module only carries its
results across threads: each ``deliver`` call becomes a queued signal that the GUI thread hands
to ``Session.deliver``.
"""

from __future__ import annotations

from sidebyside.session import Work
from sidebyside.ui.qt import QObject, QRunnable, Signal


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
        try:
            self.work.run(lambda what, payload: sig.delivered.emit(self.work.generation, what, payload))
        finally:
            sig.finished.emit(self)

    def cancel(self) -> None:
        self.work.cancel()
