"""Two article panes with the link map between them: painting a Comparison, arriving at a match
(click, ribbon, next/previous, side panel), synchronized scrolling, and the notice above the
panes when the two articles do not seem to cover the same event. Knows nothing of files or the
session."""

from __future__ import annotations

import contextlib
import html

from sidebyside.highlights import Highlights, likeness
from sidebyside.kinds import kind
from sidebyside.model import Comparison
from sidebyside.ui.article_names import article_names
from sidebyside.ui.linkmap import LinkMap
from sidebyside.ui.pane import ArticlePane
from sidebyside.ui.qt import QFrame, QHBoxLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget, Signal
from sidebyside.ui.relatedness_notice import notice_for, suppressed_kinds
from sidebyside.ui.scrollsync import map_position, monotonic_anchors
from sidebyside.ui.sidepanel import CHECK_DIFFERENCE, NO_SPEAKER, diff_html
from sidebyside.ui.worker import highlights_of


class PairView(QWidget):
    details = Signal(str, bool)  # rich text for the side panel; True: bring the Quotes tab forward
    pane_chosen = Signal(int)  # a click made this pane the current one
    arrived = Signal(str, int, int, object)  # kind, pane, start, link index or None: a match was chosen

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
        self.suppressed: frozenset[str] = frozenset()  # kinds not painted for this pair (see notice)
        self._shown_anyway: tuple | None = None  # the articles whose held-back kinds the reader asked for
        self.notice = QFrame(objectName="relatednessNotice")
        self.notice.setAccessibleName("Do these articles cover the same event?")
        self.notice_text = QLabel()
        self.notice_text.setWordWrap(True)
        self.notice_text.setTextFormat(Qt.TextFormat.PlainText)  # it names outlets: never markup
        self.notice_button = QPushButton("Show them anyway")
        self.notice_button.setToolTip("Paint the \"same fact\" links of this pair too")
        self.notice_button.clicked.connect(self.show_suppressed)
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(12, 6, 12, 6)
        notice_row.addWidget(self.notice_text, 1)
        notice_row.addWidget(self.notice_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.notice.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.panes[0], 1)
        row.addWidget(self.link_map)
        row.addWidget(self.panes[1], 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notice)
        column.addLayout(row, 1)
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
        self.notice.hide()

    def paint(self, comparison: Comparison, visible: set[str]) -> None:
        """Show both articles (kept when they are the ones shown) with their highlights."""
        self.comparison = comparison
        for i, article in enumerate(comparison.articles):
            if self.panes[i].article is not article:
                self.panes[i].set_article(article)
        self.highlights = highlights_of(comparison)
        self.visible = set(visible)
        asked = self._shown_anyway == tuple(comparison.articles)
        self.suppressed = frozenset() if asked else suppressed_kinds(comparison)
        shown = self.shown_kinds()
        for i, pane in enumerate(self.panes):
            pane.set_highlights(self.highlights.panes[i], shown)
        self.link_map.set_links(self.highlights.links, shown)
        for i, pane in enumerate(self.panes):
            pane.set_discrepancies(self._discrepancy_spans(i))
            pane.set_heading_marks([m for m in self.highlights.headings[i] if m[3] in shown])
        self._anchors = None
        self._show_notice()

    def _show_notice(self) -> None:
        text, severity = notice_for(self.comparison, held_back=bool(self.suppressed))
        self.notice_text.setText(text)
        self.notice_button.setVisible(bool(self.suppressed))
        self.notice.setProperty("severity", severity)
        for w in (self.notice, self.notice_text):
            w.style().unpolish(w)
            w.style().polish(w)
        self.notice.setVisible(bool(text))

    def _discrepancy_spans(self, pane: int) -> list[tuple[int, int, str, str]]:
        spans = []
        for link in self.highlights.links:
            for d in link.discrepancies:
                mine, theirs = (d.a, d.b) if pane == 0 else (d.b, d.a)
                if mine.field == "text":
                    tip = f"The other article gives “{theirs.text}” here ({d.kind}): check both count the same thing"
                    spans.append((mine.start, mine.end, tip,
                                  link.kind))
        return spans

    def shown_kinds(self) -> set[str]:
        """The kinds painted: those the user shows, less any suppressed for this pair."""
        return self.visible - self.suppressed

    def show_suppressed(self) -> None:
        """Paint the kinds held back for this pair (the notice's button, or stepping to one)."""
        self.suppressed = frozenset()
        if self.comparison is not None:
            self._shown_anyway = tuple(self.comparison.articles)
            self._show_notice()
        self.set_visible_kinds(self.visible)

    def set_visible_kinds(self, visible: set[str]) -> None:
        self.visible = set(visible)
        shown = self.shown_kinds()
        for pane in self.panes:
            pane.set_visible_kinds(shown)
            if self.comparison is not None:
                pane.set_heading_marks([m for m in self.highlights.headings[pane.index] if m[3] in shown])
        self.link_map.set_visible(shown)

    def set_dark(self, dark: bool) -> None:
        self.link_map.dark = dark
        self.link_map.update()

    # ------------------------------------------------------------------ arriving at a match

    def show_link(self, index: int) -> None:
        """Bring both ends of a link into view, outline and flash them (ribbon click, navigation)."""
        link = self.highlights.links[index]
        with self.sync_paused():
            for pane in self.panes:
                start, end = link.end(pane.index)
                pane.go_to(start, end, link.kind)
        self.link_map.set_current(index)
        self._show_link_details(link)
        self.arrived.emit(link.kind, 0, link.a[0], index)

    def _show_link_details(self, link) -> None:
        texts = [self.comparison.articles[i].text for i in (0, 1)] if self.comparison else ["", ""]
        outlets = article_names(self.comparison.articles) \
            if self.comparison else ["A", "B"]
        a = html.escape(texts[0][link.a[0]:link.a[1]])
        b = html.escape(texts[1][link.b[0]:link.b[1]])
        k = kind(link.kind)
        head = (f"<b style='color:{k.ink_for(self.link_map.dark)}'>{html.escape(k.label)}</b> — "
                f"{html.escape(likeness(link.similarity, link.anchor))}")
        body = (f"<p><b>A · {html.escape(outlets[0])}:</b> {a}</p>"
                f"<p><b>B · {html.escape(outlets[1])}:</b> {b}</p>")
        if link.speakers != (None, None):
            said = [html.escape(s) if s else f"<i>{NO_SPEAKER}</i>" for s in link.speakers]
            body += f"<p><b>Credited to:</b> A {said[0]} · B {said[1]}</p>"
        if link.speaker_contrast:
            body += ("<p><b>The two outlets credit these words differently</b>"
                     f" ({html.escape(link.speaker_contrast)}): check who really said them.</p>")
        if link.discrepancies:
            rows = "".join(f"<li>{html.escape(d.kind)}: A “{html.escape(d.a.text)}”, B “{html.escape(d.b.text)}”</li>"
                           for d in link.discrepancies)
            body += (f"<p><b>Stated differently</b> (double underline in the text):</p><ul>{rows}</ul>"
                     f"<p>{html.escape(CHECK_DIFFERENCE)}</p>")
        if link.kind == "shared_quote" and not link.exact and link.diffs:
            body += ("<p><b>Differences</b> (<s>only in A</s>, <u>only in B</u>):<br>"
                     f"{diff_html(link.diffs)}</p>")
        # the Quotes tab lists shared quotes: it comes forward for one; a same fact or a passage
        # chosen in the Framing tab leaves the reader where they are
        self.details.emit(head + body, link.kind == "shared_quote")

    def _on_span_clicked(self, pane: int, offset: int) -> None:
        """A click on a highlight: its counterpart in the other pane comes into view, both are
        outlined as the current match. The narrowest highlight under the click wins, so a label
        inside a shared passage shows the label."""
        self.pane_chosen.emit(pane)
        shown = self.shown_kinds()
        hits = [h for h in self.highlights.at(pane, offset) if h.kind in shown]
        if not hits:
            return
        target = next((h for h in hits if h.link is not None or h.counterpart is not None), hits[0])
        if target.link is not None:
            link = self.highlights.links[target.link]
            other = 1 - pane
            start, end = link.end(other)
            with self.sync_paused():
                self.panes[pane].go_to(*link.end(pane), link.kind, scroll=False)
                self.panes[other].go_to(start, end, link.kind)
            self.link_map.set_current(target.link)
            self._show_link_details(link)
            self.arrived.emit(link.kind, 0, link.a[0], target.link)
            return
        self.link_map.set_current(None)
        self.panes[pane].go_to(target.start, target.end, target.kind, scroll=False)
        if target.counterpart is not None:  # a label: the other outlet's name for the same one
            with self.sync_paused():
                self.panes[1 - pane].go_to(*target.counterpart, target.kind)
        self.details.emit(f"<b>{html.escape(kind(target.kind).label)}</b><br>{html.escape(target.tip)}", False)
        self.arrived.emit(target.kind, pane, target.start, None)

    def jump_to(self, spans: list, kind_id: str | None = None) -> None:
        """Go to each (pane, start, end) (the side panel, notes, the coverage). Spans in both
        panes are each brought into view; a span in one pane only moves that pane, and with
        synchronized scrolling on, the other pane follows it. Several spans in one pane are the
        parts of one quotation: the pane goes to the first."""
        if not spans:
            return
        link = self._link_of(spans)
        if link is not None:
            self.show_link(link)
            return
        one_pane = len({s[0] for s in spans}) == 1
        self.link_map.set_current(None)
        first_of_pane = {}
        for pane_index, start, end in spans:
            first_of_pane.setdefault(pane_index, (start, end))
        with (contextlib.nullcontext() if one_pane else self.sync_paused()):
            for pane_index, (start, end) in first_of_pane.items():
                self.panes[pane_index].go_to(start, end, kind_id)
        first = spans[0]
        if kind_id:
            self.arrived.emit(kind_id, first[0], first[1], None)

    def _link_of(self, spans: list) -> int | None:
        """The link whose two ends are among these spans, one in each pane; else a shared quote
        whose ends lie inside them (the matched words of a quoted part), if any."""
        ends = {(p, s, e) for p, s, e in spans}
        if {p for p, _s, _e in ends} != {0, 1}:
            return None
        for i, link in enumerate(self.highlights.links):
            if (0, *link.a) in ends and (1, *link.b) in ends:
                return i

        def inside(pane: int, span: tuple[int, int]) -> bool:
            return any(p == pane and s <= span[0] and span[1] <= e for p, s, e in ends)

        for i, link in enumerate(self.highlights.links):
            if link.kind == "shared_quote" and inside(0, link.a) and inside(1, link.b):
                return i
        return None

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
            ends = [p.document_height() for p in self.panes]
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
