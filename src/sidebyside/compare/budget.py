"""An overall allowance of work for one comparison, so a hostile page ends in a warning, never a freeze.

Stages charge what they do (tokens read, clauses resolved, candidate pairs compared) to one
``WorkBudget``; a stage whose charge is refused stops where it is, keeps what it found, and the
comparison carries a warning naming the stage. The allowance is a settings value
(``CompareSettings.work_budget``), far above what any real pair of articles costs.
"""

from __future__ import annotations

import contextlib
import contextvars
from typing import Callable, Iterator

# The cancel check of the work running in this thread (``cancellable``): a context variable, so
# each worker thread has its own and callers that replace ``compare`` keep its signature.
_CANCEL_CHECK: contextvars.ContextVar[Callable[[], bool] | None] = contextvars.ContextVar("cancel_check", default=None)


class Cancelled(Exception):
    """The comparison was cancelled (``cancellable``'s check said so): its result is not wanted."""


@contextlib.contextmanager
def cancellable(check: Callable[[], bool]) -> Iterator[None]:
    """Comparisons started inside stop at their next charge once check() is true, raising
    ``Cancelled``: a cancelled job frees its worker thread at its next step, not after the pair."""
    token = _CANCEL_CHECK.set(check)
    try:
        yield
    finally:
        _CANCEL_CHECK.reset(token)


class WorkBudget:
    def __init__(self, limit: int):
        self.left = limit
        self.warnings: list[str] = []
        self._stopped: set[str] = set()
        self._cancelled = _CANCEL_CHECK.get()

    def spend(self, units: int, stage: str) -> bool:
        """Charge units of work to stage; False (and a warning, once per stage) when the
        allowance is used up: the stage must stop. Raises ``Cancelled`` once the work is
        cancelled (``cancellable``)."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled(stage)
        if units <= self.left:
            self.left -= units
            return True
        self.left = 0
        if stage not in self._stopped:
            self._stopped.add(stage)
            self.warnings.append(f"{stage} stopped early: the articles are too large or too unusual to compare in full")
        return False

    @property
    def exhausted(self) -> bool:
        return self.left <= 0


def unlimited() -> WorkBudget:
    """A budget that never runs out (single-article helpers, tests of one stage)."""
    return WorkBudget(1 << 62)
