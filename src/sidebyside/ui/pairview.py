"""Two article panes with the link map between them: painting a Comparison, clicks that bring a
counterpart into view, and synchronized scrolling. Knows nothing of files or the session."""

from __future__ import annotations

import contextlib
import html

from sidebyside.highlights import Highlights, collect
from sidebyside.kinds import kind
from sidebyside.model import Comparison
from sidebyside.ui.linkmap import LinkMap
from sidebyside.ui.pane import ArticlePane
from sidebyside.ui.qt import QColor, QHBoxLayout, QWidget, Signal
from sidebyside.ui.scrollsync import map_position, monotonic_anchors
from sidebyside.ui.sidepanel import diff_html

JUMP_COLOUR = "#E69F00"


class PairView(QWidget):
    details = Signal(str, bool)  # rich text for the side panel; True: bring the Quotes tab forward
    pane_chosen = Signal(int)  # a click made this pane the current one

    def __init__(self, sync_enabled, parent=None):
        super().__init__(parent)
        self.setObjectName("panes")
        self._sync_enabled = sync_enabled  # () -> bool: the window's "Synchronized Scrolling"
        self.comparison: Comparison | None = None
        self.highlights = Highlights()
        self.visible: set[str] = set()
        self._syncing = False
        self._anchors: list[tuple[float, float]] | None = None
        self.panes = (ArticlePane(0), ArticlePane(1))
        self.link_map = LinkMap(*self.panes)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.panes[0], 1)
        row.addWidget(self.link_map)
        row.addWidget(self.panes[1], 1)
        for pane in self.panes:
            pane.span_clicked.connect(self._on_span_clicked)
            bar = pane.view.verticalScrollBar()
            bar.valueChanged.connect(lambda _v, p=pane.index: self._on_scrolled(p))
            bar.rangeChanged.connect(lambda *_: self.geometry_changed())
        self.link_map.link_clicked.connect(self.show_link)

    # ------------------------------------------------------------------ content

    def clear(self) -> None:
        self.comparison = None
        self.highlights = Highlights()
        self.link_map.set_links([], set())

    def paint(self, comparison: Comparison, visible: set[str]) -> None:
        """Show both articles (kept when they are the ones shown) with their highlights."""
        self.comparison = comparison
        for i, article in enumerate(comparison.articles):
            if self.panes[i].article is not article:
                self.panes[i].set_article(article)
        self.highlights = collect(comparison)
        self.visible = set(visible)
        for i, pane in enumerate(self.panes):
            pane.set_highlights(self.highlights.panes[i], self.visible)
        self.link_map.set_links(self.highlights.links, self.visible)
        self._anchors = None

    def set_visible_kinds(self, visible: set[str]) -> None:
        self.visible = set(visible)
        for pane in self.panes:
            pane.set_visible_kinds(self.visible)
        self.link_map.set_visible(self.visible)

    # ------------------------------------------------------------------ going to things

    def show_link(self, index: int) -> None:
        """Bring both ends of a link into view, select them and flash them (ribbon click, navigation)."""
        link = self.highlights.links[index]
        colour = QColor(kind(link.kind).colour)
        with self.sync_paused():
            for pane in self.panes:
                start, end = link.end(pane.index)
                pane.select_span(start, end)
                pane.flash(start, end, colour)
        self._show_link_details(link)
        self.link_map.update()

    def _show_link_details(self, link) -> None:
        texts = [self.comparison.articles[i].text for i in (0, 1)] if self.comparison else ["", ""]
        a = html.escape(texts[0][link.a[0]:link.a[1]])
        b = html.escape(texts[1][link.b[0]:link.b[1]])
        head = f"<b>{html.escape(kind(link.kind).label)}</b> — {link.similarity:.0%} similar"
        body = f"<p><b>A:</b> {a}</p><p><b>B:</b> {b}</p>"
        if link.kind == "shared_quote" and not link.exact and link.diffs:
            body += ("<p><b>Differences</b> (<s>only in A</s>, <u>only in B</u>):<br>"
                     f"{diff_html(link.diffs)}</p>")
        self.details.emit(head + body, True)

    def _on_span_clicked(self, pane: int, offset: int) -> None:
        """Select what the clicked highlight pairs with in the other pane: the narrowest
        highlight under the click wins, so a label inside a shared passage shows the label."""
        self.pane_chosen.emit(pane)
        hits = [h for h in self.highlights.at(pane, offset) if h.kind in self.visible]
        target = next((h for h in hits if h.link is not None or h.counterpart is not None), None)
        if target is None:
            if hits:
                self.details.emit(html.escape(hits[0].tip), False)
            return
        other = 1 - pane
        if target.link is not None:
            link = self.highlights.links[target.link]
            start, end = link.end(other)
            self._show_link_details(link)
        else:  # a label: show how the other outlet names the same entity
            start, end = target.counterpart
            self.details.emit(html.escape(target.tip), False)
        with self.sync_paused():
            self.panes[other].select_span(start, end)
            self.panes[other].flash(start, end, QColor(kind(target.kind).colour))

    def jump_to(self, spans: list, colour: str = JUMP_COLOUR) -> None:
        """Select and flash each (pane, start, end)."""
        with self.sync_paused():
            for pane_index, start, end in spans:
                pane = self.panes[pane_index]
                pane.select_span(start, end)
                pane.flash(start, end, QColor(colour))

    # ------------------------------------------------------------------ scrolling

    @contextlib.contextmanager
    def sync_paused(self):
        was, self._syncing = self._syncing, True
        try:
            yield
        finally:
            self._syncing = was
            self.link_map.update()

    def geometry_changed(self) -> None:
        self._anchors = None
        self.link_map.invalidate()

    def anchors(self) -> list[tuple[float, float]]:
        if self._anchors is None:
            geo = self.link_map.geometry_doc()
            pairs = [(g[0], g[2]) for g in geo] + [(g[1], g[3]) for g in geo]
            ends = [p.view.document().size().height() for p in self.panes]
            self._anchors = monotonic_anchors(pairs, *ends)
        return self._anchors

    def _on_scrolled(self, source: int) -> None:
        self.link_map.update()
        if self._syncing or not self._sync_enabled() or self.comparison is None:
            return
        src = self.panes[source].view.verticalScrollBar()
        dst = self.panes[1 - source].view.verticalScrollBar()
        # The reference line slides from the top of the view (at the start) to its bottom (at
        # the end), so the starts and the ends of both articles always meet.
        h_src = self.panes[source].viewport_height()
        h_dst = self.panes[1 - source].viewport_height()
        frac = src.value() / src.maximum() if src.maximum() else 0.0
        ref = src.value() + h_src * frac
        mapped = map_position(self.anchors(), ref, reverse=source == 1)
        value = mapped / (1 + h_dst / dst.maximum()) if dst.maximum() else 0
        with self.sync_paused():
            dst.setValue(int(round(max(0, min(dst.maximum(), value)))))

    def scroll_values(self) -> tuple[int, int]:
        return tuple(p.view.verticalScrollBar().value() for p in self.panes)

    def set_scroll_values(self, values: tuple[int | None, int | None]) -> None:
        """Put each pane back where it was (None: leave it), without syncing the other."""
        with self.sync_paused():
            for pane, value in zip(self.panes, values):
                if value is not None:
                    pane.view.verticalScrollBar().setValue(value)

    def zoom(self, steps: int) -> None:
        for pane in self.panes:
            pane.zoom(steps)
        self.geometry_changed()
