"""The worker's cache of highlights made off the GUI thread (ui/worker.py): a comparison freed while
its thread holds the cache's lock runs its finalizer (_forget) on that thread at once; the lock must
let it in, or the thread waits on itself for good (hang28's noticed deadlock)."""

from __future__ import annotations

import threading
import weakref

from sidebyside.ui import worker

HANG_LIMIT_S = 10.0  # a hang guard: the call returns at once


class _Held:
    """Stands for a comparison the cache holds, whose finalizer forgets another entry."""


def test_a_finalizer_run_while_the_cache_lock_is_held_returns():
    returned = threading.Event()

    def drop_inside_the_lock():
        held = _Held()
        weakref.finalize(held, worker._forget, -101, -102)
        with worker._lock:
            del held  # freed here: its finalizer takes the lock this thread holds
        returned.set()

    thread = threading.Thread(target=drop_inside_the_lock, daemon=True)
    thread.start()
    assert returned.wait(HANG_LIMIT_S)


def test_forgetting_drops_the_entries_of_that_comparison_only():
    with worker._lock:
        worker._highlights.update({-201: "made", -202: "lesser made", -203: "other"})
        worker._shown[-201] = "lesser"
    try:
        worker._forget(-201, -202)
        assert -201 not in worker._highlights and -202 not in worker._highlights and -201 not in worker._shown
        assert worker._highlights[-203] == "other"
    finally:
        worker._highlights.pop(-203, None)
