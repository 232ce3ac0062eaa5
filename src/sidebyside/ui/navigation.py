"""Next/previous through the highlights of one kind, with the "n of N" counter.

Positions are kept in the session per pair, so going back to a pair goes on where it stopped.
"""

from __future__ import annotations

from sidebyside.kinds import LINK_KINDS, kind, kinds
from sidebyside.session import Session
from sidebyside.ui.pairview import PairView
from sidebyside.ui.qt import QColor, QComboBox, QLabel


class Navigator:
    def __init__(self, session: Session, view: PairView, nav_kind: QComboBox, counter: QLabel, current_pane):
        self.session = session
        self.view = view
        self.nav_kind = nav_kind
        self.counter = counter
        self._current_pane = current_pane  # () -> int

    def choose_first_kind(self) -> None:
        """Start navigation on the first kind that has something to step through."""
        for k in kinds():
            if self.targets(k.id):
                self.nav_kind.setCurrentIndex(self.nav_kind.findData(k.id))
                return

    def targets(self, kind_id: str) -> list[tuple[int, int, int | None]]:
        """(start, end, link) in the current pane for a kind, in reading order."""
        pane = self._current_pane()
        if kind_id in LINK_KINDS:
            return sorted((l.end(pane)[0], l.end(pane)[1], i)
                          for i, l in enumerate(self.view.highlights.links) if l.kind == kind_id)
        seen, items = set(), []
        for h in self.view.panes[pane].highlights(kind_id):
            if (h.start, h.end) not in seen:
                seen.add((h.start, h.end))
                items.append((h.start, h.end, None))
        return sorted(items)

    def step(self, step: int) -> None:
        kind_id = self.nav_kind.currentData()
        targets = self.targets(kind_id)
        if not targets:
            self.update_counter()
            return
        pos = self.session.nav_position(kind_id)
        pos = (0 if step > 0 else len(targets) - 1) if pos is None else (pos + step) % len(targets)
        self.session.set_nav_position(kind_id, pos)
        start, end, link = targets[pos]
        if link is not None:
            self.view.show_link(link)
        else:
            pane = self.view.panes[self._current_pane()]
            pane.select_span(start, end)
            pane.flash(start, end, QColor(kind(kind_id).colour))
        self.update_counter()

    def update_counter(self) -> None:
        kind_id = self.nav_kind.currentData()
        total = len(self.targets(kind_id)) if kind_id else 0
        pos = self.session.nav_position(kind_id) if kind_id else None
        self.counter.setText(f" {pos + 1} of {total}" if pos is not None and total else f" – of {total}")
