"""The session's pending work, run off the GUI thread (QThreadPool), reporting back by signals.

The work itself is plain Python (``sidebyside.session.Work``); this module only carries its
results across threads: each ``deliver`` call becomes a queued signal that the GUI thread hands
to ``Session.deliver``.
"""

from __future__ import annotations

import threading
import traceback
import weakref

from sidebyside.errors import SideBySideError
from sidebyside.highlights import Highlights, collect
from sidebyside.model import Comparison
from sidebyside.session import Work
from sidebyside.ui.possibly_loaded import as_shown, without_possible
from sidebyside.ui.qt import QObject, QRunnable, Signal

_highlights: dict[int, Highlights] = {}  # id(Comparison) -> its highlights, made off the GUI thread
_shown: dict[int, Comparison] = {}  # id(Comparison) -> the same less its possibly loaded words
# re-entrant: a comparison freed while this thread holds the lock (a dict value replaced inside it)
# runs its finalizer, _forget, on the same thread at once
_lock = threading.RLock()


def shown_comparison(comparison: Comparison, possible: bool) -> Comparison:
    """The comparison as the window shows it (ui/possibly_loaded.py): the copy made off the GUI
    thread when there is one, so its highlights are found made too."""
    if possible:
        return comparison
    with _lock:
        found = _shown.get(id(comparison))
    return found if found is not None else as_shown(comparison, possible)


def highlights_of(comparison: Comparison) -> Highlights:
    """What to paint for a comparison: made by the worker that compared it when there was one
    (a hostile page's hundreds of thousands of spans are sorted there, not on the GUI thread)."""
    with _lock:
        found = _highlights.get(id(comparison))
    return found if found is not None else collect(comparison)


def _precompute(comparison: Comparison) -> None:
    try:
        made = collect(comparison)
        lesser = without_possible(comparison)
        made_lesser = collect(lesser) if lesser is not comparison else None
    except Exception:  # odd engine output: the GUI thread collects again and reports it
        return
    key = id(comparison)
    with _lock:
        _highlights[key] = made
        if made_lesser is not None:
            _shown[key] = lesser
            _highlights[id(lesser)] = made_lesser
    weakref.finalize(comparison, _forget, key, id(lesser))


def _forget(key: int, lesser: int) -> None:
    with _lock:
        dropped = _highlights.pop(key, None), _highlights.pop(lesser, None), _shown.pop(key, None)
    del dropped  # freed outside the lock: what they hold may have finalizers of its own


class WorkSignals(QObject):
    delivered = Signal(int, str, object)  # generation, what, payload (see Work.run)
    finished = Signal(object)  # the WorkJob


STEP_ASIDE_S = 1.0  # the longest the work waits for the window to show a result (a safety net)


class WorkJob(QRunnable):
    """``shown``: the pair the window paints as soon as its comparison comes. The work
    steps aside (waits) while the window paints those: both threads share one interpreter lock,
    so work going on beside the painting took every other turn from it and made the window's
    longest pause several times the painting's own time (the next comparisons wait some
    milliseconds instead)."""

    def __init__(self, work: Work, shown: tuple[int, int] | None = None):
        super().__init__()
        self.work = work
        self.shown = shown
        self.signals = WorkSignals()
        self._painted = threading.Event()
        self._ended = threading.Event()
        self.setAutoDelete(False)  # the window keeps it until `finished`, then lets it go

    @property
    def ended(self) -> bool:
        """Its run is over (set on the worker thread before `finished` is sent): what runs no
        more is not work in progress, whenever the queued `finished` reaches the window."""
        return self._ended.is_set()

    def painted(self) -> None:
        """The window has shown what came last (called on the GUI thread): the work goes on."""
        self._painted.set()

    def is_shown(self, what: str, payload: tuple) -> bool:
        if self.shown is None:
            return False
        # the comparison only: its painting (both panes' highlights, the side panel's lists) is
        # the long one; an article's text is set while the next one is read (a quicker start)
        return what == "comparison" and payload[0] in (self.shown, self.shown[::-1])

    def run(self) -> None:
        sig = self.signals

        def deliver(what: str, payload: tuple) -> None:
            if what == "comparison":
                _precompute(payload[1])
            wait = self.is_shown(what, payload)
            if wait:
                self._painted.clear()
            sig.delivered.emit(self.work.generation, what, payload)
            if wait and not self.work.cancelled:
                self._painted.wait(STEP_ASIDE_S)

        try:
            self.work.run(deliver)
        finally:
            self._ended.set()
            sig.finished.emit(self)

    def cancel(self) -> None:
        self.work.cancel()
        self._painted.set()


_reading: set = set()  # the ReadJobs not yet done


class ReadSignals(QObject):
    done = Signal(object, str)  # the Article read, or None and the reason it could not be


class ReadJob(QRunnable):
    """One file read off the GUI thread, in the pool the window loads with: a re-linked note's
    file may be a big page or sit on a slow disk, and the window stays live while it is read.
    The reason a file cannot be read is the loading's own (``SideBySideError.reason``; an engine
    bug an "internal error", as ``Work.run`` says it)."""

    def __init__(self, path: str):
        super().__init__()
        self.path = path
        self.signals = ReadSignals()
        self.setAutoDelete(False)
        _reading.add(self)  # kept until read, whatever the caller keeps (a window closed meanwhile)

    def run(self) -> None:
        from sidebyside.extract import extract_path  # looked up at run time: tests replace it

        try:
            article, reason = extract_path(self.path), ""
        except SideBySideError as exc:
            article, reason = None, str(getattr(exc, "reason", exc))
        except Exception as exc:  # an engine bug must not leave the reader waiting
            article, reason = None, f"internal error: {exc!r}"
            traceback.print_exc()
        try:
            self.signals.done.emit(article, reason)
        except RuntimeError:  # the app is quitting: no one is left to tell
            pass
        finally:
            _reading.discard(self)
