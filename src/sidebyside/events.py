"""A tiny observer: plain-Python events that a view subscribes to (no Qt).

napari's model emits events its Qt views connect to; this is the same idea in a dozen lines.
Callbacks run in the thread that emits, in the order they were connected.
"""

from __future__ import annotations

from typing import Any, Callable


class Event:
    """One kind of event: connect callbacks, emit arguments to all of them."""

    def __init__(self, name: str):
        self.name = name
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> Callable[..., Any]:
        if callback not in self._callbacks:
            self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[..., Any]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        for callback in list(self._callbacks):
            callback(*args)

    def __repr__(self) -> str:
        return f"<Event {self.name}: {len(self._callbacks)} callback(s)>"
