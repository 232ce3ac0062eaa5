"""Toolbars that fit the window whatever the font: with a large desktop font on a small window
the main row shortens its words (arrows for Previous and Next, "?" for the tour, a narrower
list of kinds, no "Step through:" caption: each keeps its tooltip) and the highlight legend breaks into two rows, so no
control is cut off or hidden in an overflow menu. The words come back when there is room."""

from __future__ import annotations

from sidebyside.ui.menus import legend_actions
from sidebyside.ui.qt import QComboBox, QEvent
from sidebyside.ui.windowfit import WindowFitter

# (full, short) words of the main row's actions, by the window attribute that holds the action
SHORT_WORDS = {"prev_action": ("◂ Previous", "◂"), "next_action": ("Next ▸", "▸"),
               "tour_button_action": ("What Do the Colours Mean?", "?"),
               "sync_action": ("Sync Scroll", "Sync")}
SHORT_KIND_LETTERS = 9  # the list of kinds, short: "Shared pa…" (the open list shows every name whole)


class ToolbarFitter(WindowFitter):
    """Watches the window's width and font; picks for each row the fullest form that fits."""

    deferred_events = (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange, QEvent.Type.StyleChange)

    def __init__(self, window):
        super().__init__(window)
        self.short = False  # the main row in its short words
        self.split = False  # the legend on two rows
        self._widths: dict[tuple[str, bool], int] = {}  # (row, form) -> width it needs, for this font

    def before_deferred_fit(self, kind) -> None:
        self._widths.clear()  # every width was measured in the old font

    def fit(self) -> None:
        room = self.window.width()
        if self._needs("main", False) <= room:
            self._set_short(False)
        else:
            self._needs("main", True)
            self._set_short(True)
        self._set_split(self._needs("legend", False) > room)

    def _needs(self, row: str, form: bool) -> int:
        """The width the row needs in that form (measured once per font: put in that form, asked)."""
        key = (row, form)
        if key not in self._widths:
            if row == "main":
                self._set_short(form)
                bar = self.window.main_toolbar
            else:
                self._set_split(form)
                bar = self.window.legend_bar
            bar.layout().invalidate()
            self._widths[key] = bar.sizeHint().width()
        return self._widths[key]

    def _set_short(self, short: bool) -> None:
        if short == self.short:
            return
        self.short = short
        w = self.window
        for name, words in SHORT_WORDS.items():
            getattr(w, name).setIconText(words[short])
        w.step_label_action.setVisible(not short)
        policy = QComboBox.SizeAdjustPolicy
        w.nav_kind.setMinimumContentsLength(SHORT_KIND_LETTERS if short else 0)
        w.nav_kind.setSizeAdjustPolicy(policy.AdjustToMinimumContentsLengthWithIcon if short
                                       else policy.AdjustToContentsOnFirstShow)

    def _set_split(self, split: bool) -> None:
        if split == self.split:
            return
        self.split = split
        w = self.window
        actions = legend_actions(w)
        half = len(actions) // 2  # "Possibly", short, goes down with the loaded words it qualifies
        moved = actions[half:]
        source, target = (w.legend_bar, w.legend_bar2) if split else (w.legend_bar2, w.legend_bar)
        for act in moved:
            source.removeAction(act)
            target.addAction(act)
        w.legend_bar2.setVisible(split)
