"""A helper that keeps something fitted to the window: refitted at once when the window is
resized, and once the event loop turns after a font change (which reaches each widget in turn,
so measuring at the first notice would read some widgets in the old font)."""

from __future__ import annotations

from sidebyside.ui.qt import QEvent, QObject, QTimer


class WindowFitter(QObject):
    """Subclasses say what fitting is (``fit``) and which events call for a deferred refit."""

    deferred_events: tuple[QEvent.Type, ...] = (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._pending = False
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self.fit()
        elif kind in self.deferred_events:
            self.before_deferred_fit(kind)
            self.fit_soon()
        return False

    def before_deferred_fit(self, kind: QEvent.Type) -> None:
        """What a font or style change makes stale (measurements taken in the old font)."""

    def fit_soon(self) -> None:
        """Refit once the event loop turns (several calls before then make one refit)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._fit_now)

    def _fit_now(self) -> None:
        self._pending = False
        self.fit()

    def fit(self) -> None:
        raise NotImplementedError


__all__ = ["WindowFitter"]
