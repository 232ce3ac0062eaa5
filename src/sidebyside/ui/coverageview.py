"""The coverage of three or more outlets: one column per outlet, one row per quote, fact, source,
named actor or word. A click on a cell opens that outlet beside another that carries the same
thing and brings both passages into view."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sidebyside.highlights import term_spans
from sidebyside.model import Span
from sidebyside.settings import DEFAULT, UiSettings
from sidebyside.ui.foldinghelp import FoldingHelp
from sidebyside.ui.qt import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPainter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from sidebyside.ui.sidepanel import SPEAKER_NOT_FOUND, as_written
from sidebyside.wording import NO_SPEAKER, clipped, count, loaded_how

if TYPE_CHECKING:  # a set of three or more: imported when one is opened
    from sidebyside.compare.coverage import Coverage, Member

JUMP_ROLE = Qt.ItemDataRole.UserRole  # ([(article, start, end), ...], focus article)
MARKS = {"trimmed": "✂ ", "altered": "✎ ", "full": ""}
ABSENT = "—"
CELL_CHARS = 140

HELP = {
    "quotes": "Each row is one quotation, each column one outlet. ✂ the outlet quotes fewer of the words, "
              "✎ it changes some, — it does not quote it. Click a cell to read it in the article.",
    "facts": "The same fact told in other words. Rows carried by only one or two outlets are what the "
             "others leave out. Click a cell to read it in the article.",
    "passages": "Passages copied nearly word for word (often agency copy). Click a cell to read it.",
    "sources": "Whom each outlet cites, and how often. Click a cell to see where.",
    "naming": "How each outlet names the same person, place or group, and how often it uses each name "
              "(2×, 3×…; no mark: once). Click a cell to see it in the text.",
    "words": "Words that set each outlet apart from the others (top), and loaded words each one uses (below). "
             "Each column is that outlet's own list.",
    "only": "People, places and groups that only one outlet names. Each column is that outlet's own list: "
            "the names in one row are not related.",
}


# What an empty section says, so that nothing found reads as an answer, not as a fault.
EMPTY = {
    "quotes": "No quotation is carried by two or more of these outlets.",
    "facts": "No fact is told by two or more of these outlets in sentences alike enough to match.",
    "passages": "No passage is copied nearly word for word between these outlets.",
    "sources": "No source is cited by two or more of these outlets.",
    "naming": "No person, place or group is named differently by these outlets.",
    "words": "No words set one of these outlets apart, and none is loaded.",
    "only": "Every person, place and group named here is named by two or more outlets.",
}


class CoverageTable(QTableWidget):
    """A coverage section; when it has no rows it says so in its middle."""

    def __init__(self, empty_text: str):
        super().__init__()
        self.empty_text = empty_text

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().paintEvent(event)
        if self.rowCount() == 0 and self.columnCount() > 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            box = self.viewport().rect().adjusted(12, 12, -12, -12)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                             | int(Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()


class CoverageView(QWidget):
    jump = Signal(list, int)  # [(article, start, end), ...], the outlet whose cell was clicked

    def __init__(self, parent=None, settings: UiSettings = DEFAULT.ui):
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("coverageView")
        self.setAccessibleName("Coverage of all outlets")
        self.coverage: Coverage | None = None
        self.outlets: list[str] = []
        self.possible = False  # list possibly loaded words too (the window's "Possibly Loaded" switch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel("Reading and comparing the captures…")
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setMargin(8)
        self.summary.setAccessibleName("Coverage summary")
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Coverage sections")
        layout.addWidget(self.tabs, 1)
        self.tables: dict[str, QTableWidget] = {}
        for key, title in (("quotes", "Quotes"), ("facts", "Facts"), ("passages", "Shared passages"),
                           ("sources", "Sources"), ("naming", "Naming"), ("words", "Words"),
                           ("only", "Named by one")):  # "Only one names" read as a kind of name
            page = QWidget()
            column = QVBoxLayout(page)
            column.setContentsMargins(4, 4, 4, 4)
            hint = FoldingHelp(HELP[key], settings=settings)
            hint.setObjectName("coverageHint")
            column.addWidget(hint)
            table = CoverageTable(EMPTY[key])
            table.setAccessibleName(f"Coverage: {title}")
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setWordWrap(True)
            table.setAlternatingRowColors(True)
            table.verticalHeader().setVisible(False)
            table.cellClicked.connect(lambda row, col, t=table: self._clicked(t, row, col))
            table.cellActivated.connect(lambda row, col, t=table: self._clicked(t, row, col))
            column.addWidget(table, 1)
            self.tables[key] = table
            self.tabs.addTab(page, title)

    # ------------------------------------------------------------------ filling

    def clear(self) -> None:
        self.coverage = None
        self.summary.setText("Reading and comparing the captures…")
        for table in self.tables.values():
            table.clear()
            table.setRowCount(0)
            table.setColumnCount(0)

    def set_coverage(self, coverage: Coverage, outlets: list[str]) -> None:
        self.coverage = coverage
        self.outlets = outlets
        present = [i for i, a in enumerate(coverage.articles) if a is not None]
        shared_by_all = sum(1 for g in coverage.quotes if len(g.members) == len(present))
        self.summary.setText(
            f"{count(len(present), 'outlet')}: {count(len(coverage.quotes), 'shared quotation')} "
            f"({shared_by_all} in every one), {count(len(coverage.facts), 'fact')} told by two or more, "
            f"{count(len(coverage.naming), 'actor')} named differently.")
        self._fill_quotes(coverage)
        self._fill_groups("facts", coverage.facts)
        self._fill_groups("passages", coverage.passages)
        self._fill_sources(coverage)
        self._fill_naming(coverage)
        self._fill_words(coverage)
        self._fill_only(coverage)
        for key, title in (("quotes", "Quotes"), ("facts", "Facts"), ("passages", "Shared passages"),
                           ("sources", "Sources"), ("naming", "Naming")):
            index = self.tabs.indexOf(self.tables[key].parentWidget())
            self.tabs.setTabText(index, f"{title} ({self.tables[key].rowCount()})")

    def _start(self, key: str, lead: list[str]) -> QTableWidget:
        table = self.tables[key]
        table.clear()
        table.setRowCount(0)
        table.setColumnCount(len(lead) + len(self.outlets))
        table.setHorizontalHeaderLabels(lead + self.outlets)
        header = table.horizontalHeader()
        for col in range(table.columnCount()):
            mode = QHeaderView.ResizeMode.ResizeToContents if col < len(lead) else QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(col, mode)
        return table

    def _row(self, table: QTableWidget, lead: list[str], cells: dict[int, tuple[str, str, list, int]],
             absent: str = ABSENT) -> None:
        """cells: column offset (outlet index) -> (text, tooltip, jump members, focus). ``absent``:
        what an outlet without a cell shows; "" in a table whose columns are each outlet's own
        list (its list ended: a dash there read as "this outlet does not name it")."""
        row = table.rowCount()
        table.insertRow(row)
        for col, text in enumerate(lead):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, col, item)
        for outlet in range(len(self.outlets)):
            text, tip, members, focus = cells.get(outlet, (absent, "", [], outlet))
            item = QTableWidgetItem(text)
            if members:
                item.setData(JUMP_ROLE, (members, focus))
            if tip:
                item.setToolTip(tip)
            if text == ABSENT:
                item.setForeground(Qt.GlobalColor.gray)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, len(lead) + outlet, item)

    def _finish(self, table: QTableWidget) -> None:
        """Rows as tall as their cells, up to a few lines (the whole cell is in its tooltip)."""
        table.resizeRowsToContents()
        tallest = table.fontMetrics().lineSpacing() * self.settings.cell_lines + 8
        for row in range(table.rowCount()):
            if table.rowHeight(row) > tallest:
                table.setRowHeight(row, tallest)

    def _fill_quotes(self, coverage: Coverage) -> None:
        table = self._start("quotes", ["Outlets", "Said by"])
        for group in coverage.quotes:
            # each quoted part, never the attribution between two parts ('"…," she said, "…"')
            spans = [(m.article, p.start, p.end) for m in group.members for p in _quoted_parts(m)]
            speakers = Counter(m.speaker for m in group.members if m.speaker)
            cells = {}
            for m in group.members:
                mark = MARKS.get(m.change or "full", "")
                tip = f"“{clipped(m.text, 600)}”\n— {m.speaker or NO_SPEAKER}"
                if m.change in ("trimmed", "altered"):
                    tip += f"\n({'fewer of the words' if m.change == 'trimmed' else 'words changed'})"
                cells[m.article] = (f"{mark}“{clipped(m.text, CELL_CHARS)}”", tip, spans, m.article)
            who = speakers.most_common(1)[0][0] if speakers else SPEAKER_NOT_FOUND  # "—" here: not quoted
            self._row(table, [f"{len(group.members)} of {len(self.outlets)}", who], cells)
        self._finish(table)

    def _fill_groups(self, key: str, groups) -> None:
        table = self._start(key, ["Outlets"])
        for group in groups:
            spans = [(m.article, m.start, m.end) for m in group.members]
            cells = {m.article: (clipped(m.text, CELL_CHARS), clipped(m.text, 600), spans, m.article) for m in group.members}
            self._row(table, [f"{len(group.members)} of {len(self.outlets)}"], cells)
        self._finish(table)

    def _fill_sources(self, coverage: Coverage) -> None:
        table = self._start("sources", ["Source", "Kind"])
        for group in coverage.sources:
            by_outlet: dict[int, list[Member]] = {}
            for m in group.members:
                by_outlet.setdefault(m.article, []).append(m)
            cells = {}
            for outlet, members in by_outlet.items():
                first = members[0]
                others = [(m.article, m.start, m.end) for m in group.members if m.article != outlet][:1]
                cells[outlet] = (f"cited {len(members)}×", f"{group.name} in {self.outlets[outlet]}: “{clipped(first.text, 300)}”",
                                 [(first.article, first.start, first.end)] + others, outlet)
            self._row(table, [group.name, group.kind or ""], cells)
        self._finish(table)

    def _fill_naming(self, coverage: Coverage) -> None:
        table = self._start("naming", ["Who or what"])
        for group in coverage.naming:
            by_outlet: dict[int, list[Member]] = {}
            for m in group.members:
                by_outlet.setdefault(m.article, []).append(m)
            firsts = [(ms[0].article, ms[0].start, ms[0].end) for ms in by_outlet.values()]
            cells = {}
            for outlet, members in by_outlet.items():
                labels = counted_labels(m.text for m in members)
                cells[outlet] = ("; ".join(labels), f"{self.outlets[outlet]}: " + "; ".join(labels), firsts, outlet)
            self._row(table, [group.entity], cells)
        self._finish(table)

    def set_possible_shown(self, shown: bool) -> None:
        """The window's "Possibly Loaded" switch: the loaded words of each outlet list the words
        found only by their graded score too, or not."""
        if bool(shown) != self.possible:
            self.possible = bool(shown)
            if self.coverage is not None:
                self._fill_words(self.coverage)

    def _fill_words(self, coverage: Coverage) -> None:
        table = self._start("words", ["Rank"])
        words = {w.article: w for w in coverage.words}
        texts = {i: a.text for i, a in enumerate(coverage.articles) if a is not None}
        depth = max((len(w.distinctive) for w in coverage.words), default=0)
        for rank in range(depth):
            cells = {}
            for outlet, w in words.items():
                if rank < len(w.distinctive):
                    t = w.distinctive[rank]
                    found = [(sp.start, sp.end) for sp in t.spans] or term_spans(texts[outlet], t.term)
                    # a name as the outlet writes it ("Reid"), not as the engine folds it ("reid")
                    shown = as_written(t.term, [texts[outlet][s:e] for s, e in found])
                    cells[outlet] = (shown, f"{shown}: {t.count}× in {self.outlets[outlet]}",
                                     [(outlet, s, e) for s, e in found[:1]], outlet)
            self._row(table, [f"distinctive {rank + 1}"], cells, absent="")
        # the outlet's own loaded words rank before the words inside its quotations (the speakers')
        loaded_rows: dict[int, list] = {
            o: sorted({lt.term.casefold(): lt for lt in w.loaded if self.possible or lt.score is None}.values(),
                      key=lambda lt: lt.quoted)
            for o, w in words.items()}
        for rank in range(max((len(v) for v in loaded_rows.values()), default=0)):
            cells = {}
            for outlet, terms in loaded_rows.items():
                if rank < len(terms):
                    lt = terms[rank]
                    how = loaded_how(lt.category, lt.score is not None, lt.quoted)
                    cells[outlet] = (f"{lt.term} ({how})", f"loaded: {lt.term} ({how})",
                                     [(outlet, lt.start, lt.end)], outlet)
            self._row(table, [f"loaded {rank + 1}"], cells, absent="")
        self._finish(table)

    def _fill_only(self, coverage: Coverage) -> None:
        table = self._start("only", ["#"])
        per: dict[int, list] = {}
        for o in coverage.only_in:
            per.setdefault(o.article, []).append(o)
        for rank in range(max((len(v) for v in per.values()), default=0)):
            cells = {}
            for outlet, items in per.items():
                if rank < len(items):
                    o = items[rank]
                    span = o.spans[0] if o.spans else None
                    members = [(outlet, span.start, span.end)] if span else []
                    cells[outlet] = (o.entity, f"{o.entity} ({o.kind or 'name'}), {len(o.spans)}×", members, outlet)
            self._row(table, [str(rank + 1)], cells, absent="")
        self._finish(table)

    # ------------------------------------------------------------------ clicks

    def _clicked(self, table: QTableWidget, row: int, col: int) -> None:
        item = table.item(row, col)
        data = item.data(JUMP_ROLE) if item is not None else None
        if data:
            members, focus = data
            self.jump.emit([tuple(m) for m in members], focus)

    def cell(self, key: str, row: int, outlet: int) -> QTableWidgetItem | None:
        """The cell of an outlet in a row of a section (tests and the screenshot)."""
        table = self.tables[key]
        lead = table.columnCount() - len(self.outlets)
        return table.item(row, lead + outlet)


def counted_labels(texts) -> list[str]:
    """Each label with how often the outlet uses it, the most used first (ties in reading order):
    "Woodward (9×)", "Bob Woodward (2×)"; a label used once has no count. A capital at the start
    of a sentence makes no other label ("The president" is "the president"); it is shown as the
    outlet writes it most often."""
    spellings: dict[str, Counter] = {}
    for text in texts:
        label = " ".join(text.split())
        spellings.setdefault(label.casefold(), Counter())[label] += 1
    uses = {key: sum(c.values()) for key, c in spellings.items()}
    order = sorted(uses, key=lambda key: -uses[key])  # a stable sort keeps reading order in ties
    shown = {key: spellings[key].most_common(1)[0][0] for key in order}
    return [shown[key] if uses[key] == 1 else f"{shown[key]} ({uses[key]}×)" for key in order]


def _quoted_parts(member: Member) -> tuple:
    """The quoted parts of a quote group member, in order (its whole span when it has none)."""
    return member.parts or (Span(member.start, member.end),)
