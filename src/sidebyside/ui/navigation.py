"""Next/previous through the highlights of one kind, with the "n of N" counter.

Positions are kept in the session per pair, so going back to a pair goes on where it stopped.
Arriving at a match any other way (a click in the text, a ribbon, the side panel) moves the
position there too, so the counter always says where the reader is and Next goes on from it.
With nothing of the kind in the article, Next and Previous are disabled and the status bar says so
when the reader chooses that kind: a counter reading "none" is not where a reader looks.
"""

from __future__ import annotations

from sidebyside.kinds import LINK_KINDS, kind, kinds
from sidebyside.session import Session
from sidebyside.ui.pairview import PairView
from sidebyside.ui.qt import QComboBox, QLabel


class Navigator:
    def __init__(self, session: Session, view: PairView, nav_kind: QComboBox, counter: QLabel, current_pane,
                 step_actions: tuple = ()):
        self.session = session
        self.view = view
        self.nav_kind = nav_kind
        self.counter = counter
        self.step_actions = step_actions  # Next and Previous: enabled only with something to step to
        self._current_pane = current_pane  # () -> int
        view.arrived.connect(self.arrived)

    def choose_first_kind(self) -> None:
        """Start navigation on the first kind that has something to step through."""
        shown = self.view.shown_kinds()
        for k in kinds():
            if k.id in shown and self.targets(k.id):
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
        if kind_id == "label_contrast":
            # one stop per referent, as the Framing tab and the status bar count label contrasts
            # (a referent's labels are several spans: counted one by one, "5 found" stood beside
            # "2 label contrasts"): its first label painted in this article
            group = self._contrast_of_span(pane)
            firsts: dict[int, tuple[int, int, None]] = {}
            for item in sorted(items):
                firsts.setdefault(group.get(item[:2], -1 - len(firsts)), item)
            items = list(firsts.values())
        return sorted(items)

    def _contrast_of_span(self, pane: int) -> dict[tuple[int, int], int]:
        """(start, end) of each label of a label contrast in a pane -> the contrast's index."""
        comparison = self.view.comparison
        if comparison is None:
            return {}
        return {(m.start, m.end): n for n, lc in enumerate(comparison.framing.label_contrasts)
                for m in (lc.a, lc.b)[pane] if m.field == "text"}

    def _target_index(self, kind_id: str, targets: list, start: int) -> int | None:
        """The index of the target at a span starting at ``start``: for label contrasts, the stop
        of the referent whose label it is."""
        found = next((i for i, t in enumerate(targets) if t[0] == start), None)
        if found is not None or kind_id != "label_contrast":
            return found
        group = self._contrast_of_span(self._current_pane())
        mine = next((n for (s, _e), n in group.items() if s == start), None)
        if mine is None:
            return None
        return next((i for i, t in enumerate(targets) if group.get(t[:2]) == mine), None)

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
            self.view.link_map.set_current(None)
            self.view.panes[self._current_pane()].go_to(start, end, kind_id)
        self.update_counter()

    def arrived(self, kind_id: str, pane: int, start: int, link: int | None) -> None:
        """A match was chosen elsewhere: step through its kind from there."""
        index = self.nav_kind.findData(kind_id)
        if index < 0:
            return
        if self.nav_kind.currentIndex() != index:
            self.nav_kind.setCurrentIndex(index)
        targets = self.targets(kind_id)
        if link is not None:
            found = next((i for i, t in enumerate(targets) if t[2] == link), None)
        elif pane == self._current_pane():
            found = self._target_index(kind_id, targets, start)
        else:
            found = None
        if found is not None:
            self.session.set_nav_position(kind_id, found)
        self.update_counter()

    def nothing_to_step(self) -> str:
        """What the status bar says when the chosen kind has nothing in the current article."""
        kind_id = self.nav_kind.currentData()
        if not kind_id or self.targets(kind_id):
            return ""
        article = "AB"[self._current_pane()]
        label = kind(kind_id).label.lower()
        if kind_id == "note":
            return (f"No notes in article {article} to step through: select some text and choose "
                    "Add Note (Ctrl+Alt+N)")
        return f"No {label} highlights in article {article} to step through"

    def update_counter(self) -> None:
        kind_id = self.nav_kind.currentData()
        total = len(self.targets(kind_id)) if kind_id else 0
        for act in self.step_actions:
            act.setEnabled(bool(total))
        pos = self.session.nav_position(kind_id) if kind_id else None
        # The steps go through one article; the status bar counts both ("1 found" stood beside "2
        # loaded words", the other in B): the counter names its article.
        article = "AB"[self._current_pane()]
        if not total:
            self.counter.setText(f" none in {article}")
        elif pos is not None and pos < total:
            self.counter.setText(f" {pos + 1} of {total} in {article}")
        else:
            self.counter.setText(f" {total} found in {article}")  # as a find bar says before the first step
        self.counter.setToolTip(f"Which one of this kind you are at in article {article}; Next (F7) and Previous "
                                "(Shift+F7) step through them (click in the other article to step through its own)")
