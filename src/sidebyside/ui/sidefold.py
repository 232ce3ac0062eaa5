"""The side panel folds away when the articles would be too narrow to read, and comes back when
the window grows: at 1024 pixels under a 16-point font the panel's 34 letters left each article
about 20 characters a line. Folded, it is one click away (Panel on the toolbar, F9), as when the
reader hides it; a reader who opens it again in a narrow window keeps it open."""

from __future__ import annotations

from sidebyside.settings import DEFAULT, UiSettings
from sidebyside.ui.qt import QEvent, QFontMetrics
from sidebyside.ui.windowfit import WindowFitter

# Running text, to measure what a character of the article's font takes on average (a font's
# "average character width" counts capitals and wide letters as often as e and t).
SAMPLE = ("Officials said on Tuesday that the talks would resume next week, although neither side "
          "expected an agreement before the end of the month.")
PANE_CHROME_PX = 40  # a pane's scrollbar, overview strip and text margins, until it has been laid out


def letter_px(metrics: QFontMetrics) -> float:
    return metrics.horizontalAdvance(SAMPLE) / len(SAMPLE)


class SideFolder(WindowFitter):
    """Watches the window's width, its font and the articles' zoom; folds and unfolds the panel."""

    deferred_events = (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange)

    def __init__(self, window, settings: UiSettings = DEFAULT.ui):
        super().__init__(window)
        self.settings = settings
        self.folded = False  # folded by this, not by the reader: it comes back with the room
        self.kept_open = False  # the reader opened it while the window was narrow

    def text_width(self) -> float:
        """How wide each article's text would be with the panel shown, in pixels."""
        w = self.window
        total = w.splitter.width()
        side = w.side_width_wanted(total)
        pane = w.panes[0]
        chrome = pane.width() - pane.view.viewport().width()
        if not pane.isVisible() or not 0 < chrome < pane.width():  # not laid out yet
            chrome = PANE_CHROME_PX
        return (total - side - w.splitter.handleWidth() - w.link_map.width()) / 2 - chrome

    def readable_px(self) -> float:
        return self.settings.readable_letters * letter_px(self.window.panes[0].view.fontMetrics())

    def too_narrow(self) -> bool:
        return self.text_width() < self.readable_px()

    def fit(self) -> None:
        w = self.window
        if w.splitter.width() <= 0 or not w.isVisible():
            return
        narrow = self.too_narrow()
        if narrow and w.side_action.isChecked() and not self.kept_open:
            self.folded = True
            w.show_side_panel(False)
            w.statusBar().showMessage("The side panel is folded to leave the articles room to read: "
                                      "Panel (F9) shows it", 8000)
        elif not narrow:
            self.kept_open = False
            if self.folded:
                self.folded = False
                w.show_side_panel(True)

    def reader_chose(self, shown: bool) -> None:
        """The reader showed or hid the panel (F9, Panel, View ▸ Side Panel): theirs from now on."""
        self.folded = False
        self.kept_open = bool(shown) and self.window.isVisible() and self.too_narrow()

    @property
    def shown_by_choice(self) -> bool:
        """What to remember for the next start: folded for room, the panel is still the reader's choice."""
        return self.window.side_action.isChecked() or self.folded


__all__ = ["SideFolder", "letter_px"]
