"""Side panel: Quotes, Framing and Notes tabs. Clicking an entry asks the window to jump to it."""

from __future__ import annotations

import html

from sidebyside.model import Comparison, Diff
from sidebyside.ui.qt import (
    QHeaderView,
    QLabel,
    Qt,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from sidebyside.wording import count

SPANS_ROLE = Qt.ItemDataRole.UserRole  # list of (pane, start, end) an entry jumps to


def _snippet(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _overlapping(pairs, start: int, end: int):
    """The counterpart of the shared quote covering most of [start, end), if it covers half."""
    best, best_overlap = None, 0
    for (s, e), partner in pairs:
        overlap = min(e, end) - max(s, start)
        if overlap > best_overlap:
            best, best_overlap = partner, overlap
    return best if best_overlap * 2 >= max(1, end - start) else None


def diff_html(diffs: tuple[Diff, ...]) -> str:
    """Character-level differences of a near-exact shared quote, as escaped rich text."""
    parts = []
    for d in diffs:
        t = html.escape(d.text)
        if d.op < 0:
            parts.append(f"<span style='background:#f7c6c6;color:#000;text-decoration:line-through'>{t}</span>")
        elif d.op > 0:
            parts.append(f"<span style='background:#c6e8c6;color:#000;text-decoration:underline'>{t}</span>")
        else:
            parts.append(t)
    return "".join(parts)


class SidePanel(QTabWidget):
    jump = Signal(list)  # [(pane, start, end), ...]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Side panel")
        self.setDocumentMode(True)
        self.quotes_tree = self._tree("Quotes of both articles", ["Quote", "Speaker"])
        self.details = QLabel()
        self.details.setObjectName("pairDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAccessibleName("Selected pair details")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setText("Click a highlighted quote or passage to see its counterpart here.")
        quotes = QWidget()
        ql = QVBoxLayout(quotes)
        ql.setContentsMargins(0, 0, 0, 0)
        ql.addWidget(self.quotes_tree, 1)
        ql.addWidget(self.details)
        self.framing_tree = self._tree("Framing of both articles", ["Entry", "Where"])
        self.notes_tab = QWidget()
        self.notes_tab.setObjectName("notesTab")
        self.notes_tab.setAccessibleName("Notes")
        QVBoxLayout(self.notes_tab).addWidget(QLabel("Notes will appear here."))
        self.addTab(quotes, "Quotes")
        self.addTab(self.framing_tree, "Framing")
        self.addTab(self.notes_tab, "Notes")

    def _tree(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setAccessibleName(name)
        tree.setHeaderLabels(headers)
        tree.setUniformRowHeights(True)
        tree.setWordWrap(False)
        tree.itemActivated.connect(self._activated)
        tree.itemClicked.connect(self._activated)
        return tree

    def _activated(self, item: QTreeWidgetItem, column: int = 0) -> None:
        spans = item.data(0, SPANS_ROLE)
        if spans:
            self.jump.emit(list(spans))

    def replace_notes_tab(self, widget: QWidget) -> None:
        """Put the notes engineer's panel in place of the placeholder tab."""
        index = self.indexOf(self.notes_tab)
        self.removeTab(index)
        self.notes_tab.deleteLater()
        self.notes_tab = widget
        self.insertTab(index, widget, "Notes")

    def show_details(self, rich_text: str) -> None:
        self.details.setText(rich_text)

    # ------------------------------------------------------------------ filling

    def clear(self) -> None:
        self.quotes_tree.clear()
        self.framing_tree.clear()

    def set_comparison(self, comparison: Comparison) -> None:
        self.clear()
        self._fill_quotes(comparison)
        self._fill_framing(comparison)

    def _item(self, parent, texts: list[str], spans: list[tuple[int, int, int]] | None = None, tip: str = ""):
        item = QTreeWidgetItem(parent, texts)
        if spans:
            item.setData(0, SPANS_ROLE, spans)
        item.setToolTip(0, html.escape(tip or texts[0]))
        return item

    def _fill_quotes(self, c: Comparison) -> None:
        # (span in this pane, counterpart in the other) per shared quote
        shared = {0: [((sq.a.start, sq.a.end), (1, sq.b.start, sq.b.end)) for sq in c.shared_quotes],
                  1: [((sq.b.start, sq.b.end), (0, sq.a.start, sq.a.end)) for sq in c.shared_quotes]}
        for pane in (0, 1):
            art = c.articles[pane]
            top = self._item(self.quotes_tree, [f"{'AB'[pane]}: {art.outlet or 'Article ' + 'AB'[pane]} "
                                                f"({count(len(c.quotes[pane]), 'quote')})", ""])
            for q in c.quotes[pane]:
                spans = [(pane, q.start, q.end)]
                label = _snippet(q.text)
                partner = _overlapping(shared[pane], q.start, q.end)
                if partner is not None:
                    spans.append(partner)
                    label = "⇄ " + label
                self._item(top, [label, q.speaker or "—"], spans, q.text)
            top.setExpanded(True)
            top.setFirstColumnSpanned(True)
        related = c.related_quotes
        if related:
            top = self._item(self.quotes_tree, [f"Related, not the same words ({len(related)})", ""])
            for rq in related:
                a_text = c.articles[0].text[rq.a.start : rq.a.end]
                b_text = c.articles[1].text[rq.b.start : rq.b.end]
                self._item(top, [f"≈ {_snippet(a_text, 40)} / {_snippet(b_text, 40)}", f"{rq.similarity:.0%}"],
                           [(0, rq.a.start, rq.a.end), (1, rq.b.start, rq.b.end)], f"A: {a_text}\nB: {b_text}")
            top.setExpanded(True)
            top.setFirstColumnSpanned(True)
        header = self.quotes_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def _fill_framing(self, c: Comparison) -> None:
        """Two columns fit the narrow panel: the entry, then which article and how much."""
        from sidebyside.highlights import term_spans

        f = c.framing
        tree = self.framing_tree
        texts = [a.text for a in c.articles]
        outlets = [a.outlet or f"Article {'AB'[i]}" for i, a in enumerate(c.articles)]
        side = [f"A · {outlets[0]}", f"B · {outlets[1]}"]

        sec = self._item(tree, [f"Labels for the same entity ({len(f.label_contrasts)})", ""])
        for lc in f.label_contrasts:
            spans = [(0, m.start, m.end) for m in lc.a[:1]] + [(1, m.start, m.end) for m in lc.b[:1]]
            entity = self._item(sec, [lc.entity, ""], spans, f"{lc.entity} ({lc.category})" if lc.category else "")
            for pane, mentions in ((0, lc.a), (1, lc.b)):
                labels = list(dict.fromkeys(m.text for m in mentions))
                first = [(pane, mentions[0].start, mentions[0].end)] if mentions else None
                label = self._item(entity, [f"{'AB'[pane]}: {', '.join(labels) or '(not named)'}", ""], first,
                                   f"{outlets[pane]}: {', '.join(labels) or '(not named)'}")
                label.setFirstColumnSpanned(True)
            entity.setExpanded(True)
        for pane in (0, 1):
            terms = f.distinctive_terms[pane]
            sec = self._item(tree, [f"Distinctive of {side[pane]} ({len(terms)})", ""])
            for t in terms:
                found = term_spans(texts[pane], t.term)[:1]
                self._item(sec, [t.term, f"{t.count}× · {t.score:.2f}"], [(pane, s, e) for s, e in found])
        loaded = f.loaded_terms
        sec = self._item(tree, [f"Loaded terms ({len(loaded[0]) + len(loaded[1])})", ""])
        for pane in (0, 1):
            for lt in loaded[pane]:
                self._item(sec, [lt.term, f"{'AB'[pane]} · {lt.category}"], [(pane, lt.start, lt.end)],
                           f"{lt.term} ({lt.category}) in {outlets[pane]}")
        for pane in (0, 1):
            sources = f.sources[pane]
            sec = self._item(tree, [f"Sources cited by {side[pane]} ({len(sources)})", ""])
            for src in sources:
                detail = f"{src.kind + ', ' if src.kind else ''}{len(src.spans)}×"
                self._item(sec, [src.name, detail], [(pane, sp.start, sp.end) for sp in src.spans[:1]])
        for pane in (0, 1):
            only = f.only_in[pane]
            sec = self._item(tree, [f"Only in {side[pane]} ({len(only)})", ""])
            for o in only:
                detail = f"{o.kind + ', ' if o.kind else ''}{len(o.spans)}×"
                self._item(sec, [o.entity, detail], [(pane, sp.start, sp.end) for sp in o.spans[:1]])
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            top.setFirstColumnSpanned(True)
            top.setExpanded(0 < top.childCount() <= 12 or i == 0)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 120)
