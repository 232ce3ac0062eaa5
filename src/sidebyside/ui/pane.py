"""One article pane: header, warnings banner, the read-only body, a find bar, an error page."""

from __future__ import annotations

import html
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from sidebyside.display import display_name, display_path, one_line
from sidebyside.highlights import Highlight
from sidebyside.model import Article
from sidebyside.ui.articleview import ArticleView, accept_file_drop
from sidebyside.ui.document import PositionMap, build_document, is_rtl
from sidebyside.ui.qt import (
    QAction,
    QKeySequence,
    QColor,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPointF,
    QSizePolicy,
    QStackedWidget,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextEdit,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Qt,
    Signal,
)
from sidebyside.wording import human_date

FLASH_MS = 700


class ElidedLabel(QLabel):
    """One line, elided in the middle when too narrow: a long URL or path must not widen the pane."""

    def __init__(self):
        super().__init__()
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(40, self.contentsRect().width())
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))


def _label(name: str, accessible: str, elided: bool = False) -> QLabel:
    label = ElidedLabel() if elided else QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # capture text is never interpreted as markup
    label.setWordWrap(not elided)
    if not elided:  # wrap, and never let one long word (a URL in a headline) widen the pane
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible)
    return label


@dataclass
class _KindSelections:
    """One kind's selections sorted by start, to pick those overlapping a range quickly."""

    starts: list[int]
    selections: list
    longest: int

    def between(self, lo: int, hi: int) -> list:
        first = bisect_left(self.starts, lo - self.longest)
        last = bisect_right(self.starts, hi)
        return [self.selections[i] for i in range(first, last)
                if self.selections[i].cursor.selectionEnd() >= lo]


class ArticlePane(QWidget):
    """Shows one Article. Offsets in and out are Python str offsets into Article.text."""

    span_clicked = Signal(int, int)  # pane index, text offset
    files_dropped = Signal(int, list)  # pane index, paths

    def __init__(self, index: int, parent=None):
        super().__init__(parent)
        self.index = index
        self.article: Article | None = None
        self.positions: PositionMap | None = None
        self.path: str | None = None
        self._highlights: list[Highlight] = []
        self._by_kind: dict[str, list] = {}
        self._visible: set[str] = set()
        self._formats: dict[str, QTextCharFormat] = {}
        self._flash: list = []
        self._find_hits: list = []
        self._zoom = 0
        self._document: QTextDocument | None = None
        self._window: tuple[int, int] | None = None
        self.setObjectName(f"pane{index}")
        self.setAccessibleName(f"Article {'AB'[index]}")
        self.setAcceptDrops(True)

        self.header = QFrame(objectName="paneHeader")
        self.outlet_label = _label("outlet", "Outlet")
        self.title_label = _label("headline", "Headline")
        self.meta_label = _label("meta", "Date and authors")
        self.source_label = _label("source", "Capture file or URL", elided=True)
        self.lead_label = _label("lead", "Standfirst")
        hl = QVBoxLayout(self.header)
        hl.setContentsMargins(12, 8, 12, 8)
        hl.setSpacing(2)
        for w in (self.outlet_label, self.title_label, self.meta_label, self.lead_label, self.source_label):
            hl.addWidget(w)

        self.banner = _label("warningBanner", "Extraction warnings")
        self.banner.hide()

        self.view = ArticleView()
        self.view.setAccessibleName(f"Text of article {'AB'[index]}")
        self.view.clicked.connect(self._on_click)
        self.view.files_dropped.connect(lambda files: self.files_dropped.emit(self.index, files))
        self.view.tooltip_for = self._tooltip
        self.view.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self.view.verticalScrollBar().rangeChanged.connect(lambda *_: self._on_scroll())

        self.message = _label("paneMessage", f"Status of article {'AB'[index]}")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)

        self.find_bar = QWidget(objectName="findBar")
        fl = QHBoxLayout(self.find_bar)
        fl.setContentsMargins(6, 2, 6, 2)
        self.find_edit = QLineEdit(placeholderText="Find in this article")
        self.find_edit.setAccessibleName(f"Find in article {'AB'[index]}")
        self.find_edit.textChanged.connect(self._find_all)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_count = QLabel()
        close = QToolButton(text="✕", autoRaise=True)
        close.setAccessibleName("Close find bar")
        close.clicked.connect(self.close_find)
        fl.addWidget(self.find_edit, 1)
        fl.addWidget(self.find_count)
        fl.addWidget(close)
        self.find_bar.hide()
        for keys, slot in (([QKeySequence(Qt.Key.Key_Escape)], self.close_find),
                           (QKeySequence.keyBindings(QKeySequence.StandardKey.FindNext), self.find_next),
                           (QKeySequence.keyBindings(QKeySequence.StandardKey.FindPrevious),
                            lambda: self.find_next(backward=True))):
            action = QAction(self.find_bar)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.find_bar.addAction(action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.find_bar)
        self.show_message("No capture open.\nDrop a capture file here, or use File ▸ Open.")

    # ------------------------------------------------------------------ content

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.stack.setCurrentWidget(self.message)

    def show_loading(self, path: str) -> None:
        self.path = path
        self.article = None
        self.positions = None
        self._set_header_text(display_name(path), "Loading…", "", "", display_path(path))
        self.banner.hide()
        self.show_message(f"Reading {display_name(path)}…")

    def show_error(self, path: str, message: str) -> None:
        self.path = path
        self.article = None
        self.positions = None
        self._highlights = []
        self._set_header_text(display_name(path), "Could not open this capture", "", "", display_path(path))
        self.banner.hide()
        self.show_message(f"⚠ {display_name(path)}\n\n{one_line(message)}", error=True)

    def _set_header_text(self, outlet: str, title: str, meta: str, lead: str, source: str) -> None:
        for label, text in ((self.outlet_label, outlet), (self.title_label, title), (self.meta_label, meta),
                            (self.lead_label, lead), (self.source_label, source)):
            label.setText(text)
            label.setVisible(bool(text))

    def set_article(self, article: Article) -> None:
        self.article = article
        self.path = article.source.path
        meta = " · ".join(x for x in (human_date(article.published) or "date not stated",
                                      ", ".join(article.authors) if article.authors else "",
                                      f"via {article.source_credit}" if article.source_credit else "") if x)
        name = display_name(article.source.path)
        source = f"{article.source.url}  ({name})" if article.source.url and name else article.source.url or name
        self.source_label.setToolTip(display_path(article.source.path))
        self._set_header_text(article.outlet or "Unknown outlet", article.title or "(no headline found)",
                              meta, article.lead or "", source)
        rtl = is_rtl((article.title or "") + article.text[:200], article.language)
        self.header.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        if article.warnings:
            self.banner.setText("⚠ Extraction warnings: " + "; ".join(article.warnings))
            self.banner.show()
        else:
            self.banner.hide()
        font = self.view.font()
        doc, self.positions = build_document(article, font)
        doc.setParent(self.view)
        old = self._document  # ours to delete; Qt deletes the view's initial document itself
        self.view.setDocument(doc)
        self._document = doc
        if old is not None:
            old.deleteLater()
        self._highlights = []
        self._by_kind = {}
        self._flash = []
        self._find_hits = []
        self.view.setExtraSelections([])
        self.stack.setCurrentWidget(self.view)

    # ------------------------------------------------------------------ highlights

    def set_formats(self, formats: dict[str, QTextCharFormat]) -> None:
        self._formats = formats
        self._rebuild_selections(set(self._by_kind))

    def set_highlights(self, highlights: list[Highlight], visible: set[str]) -> None:
        notes = [h for h in self._highlights if h.kind == "note"]
        self._highlights = [h for h in highlights if h.kind != "note"] + notes
        self._visible = set(visible)
        self._rebuild_selections(None)

    def set_note_spans(self, spans: list[tuple[int, int, str]]) -> None:
        """Paint the notes' spans (NOTES HOOK): (start, end, tooltip) in Article.text offsets."""
        self._highlights = [h for h in self._highlights if h.kind != "note"]
        self._highlights += [Highlight("note", s, e, tip or "Note") for s, e, tip in spans]
        self._rebuild_selections({"note"})

    def set_visible_kinds(self, visible: set[str]) -> None:
        self._visible = set(visible)
        self._apply_selections()

    def _rebuild_selections(self, kinds: set[str] | None) -> None:
        """(Re)build the cached ExtraSelections of some kinds (all when None), then apply."""
        if self.positions is None:
            return
        if kinds is None:
            self._by_kind = {}
            kinds = {h.kind for h in self._highlights} | set(self._formats)
        built: dict[str, list] = {k: [] for k in kinds}
        doc = self.view.document()
        # Inside an edit block QTextCursor.setPosition skips laying out the line to find its
        # x position: building thousands of selections gets several times faster.
        batch = QTextCursor(doc)
        batch.beginEditBlock()
        try:
            for h in self._highlights:
                if h.kind not in kinds or h.kind not in self._formats:
                    continue
                start, end = self.positions.to_doc(h.start), self.positions.to_doc(h.end)
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(doc)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                sel.format = self._formats[h.kind]
                built[h.kind].append((start, end, sel))
        finally:
            batch.endEditBlock()
        for k, items in built.items():
            items.sort(key=lambda t: t[0])
            self._by_kind[k] = _KindSelections([t[0] for t in items], [t[2] for t in items],
                                               max((t[1] - t[0] for t in items), default=0))
        self._apply_selections()

    def _visible_range(self, margin_screens: float) -> tuple[int, int]:
        """Document positions from `margin_screens` viewports above the view to as many below."""
        layout = self.view.document().documentLayout()
        top = self.view.verticalScrollBar().value()
        height = self.viewport_height()
        fuzzy = Qt.HitTestAccuracy.FuzzyHit
        first = layout.hitTest(QPointF(0, max(0.0, top - margin_screens * height)), fuzzy)
        last = layout.hitTest(QPointF(self.view.viewport().width(), top + (1 + margin_screens) * height), fuzzy)
        return max(0, first), (last if last >= 0 else self.view.document().characterCount())

    def _apply_selections(self) -> None:
        """Hand Qt only the selections near the view: setExtraSelections and painting cost
        grow with the number of selections, so a long article would make every scroll and
        toggle slow. The window reaches one screen beyond each edge and is moved on scroll."""
        order = ("aligned_sentence", "shared_passage", "quote", "shared_quote", "label_contrast",
                 "distinctive_term", "loaded_term", "note")
        lo, hi = self._visible_range(1.0)
        self._window = (lo, hi)
        sels = []
        for k in order:
            group = self._by_kind.get(k)
            if k in self._visible and group is not None:
                sels.extend(group.between(lo, hi))
        self.view.setExtraSelections(sels + self._find_hits + self._flash)

    def _on_scroll(self, _value: int = 0) -> None:
        if self._window is None or not self._by_kind:
            return
        lo, hi = self._visible_range(0.0)
        if lo < self._window[0] or hi > self._window[1]:
            self._apply_selections()

    def highlights(self, kind: str | None = None) -> list[Highlight]:
        return [h for h in self._highlights if kind is None or h.kind == kind]

    def _tooltip(self, doc_pos: int) -> str:
        if self.positions is None:
            return ""
        offset = self.positions.to_text(doc_pos)
        tips = []
        for h in self._highlights:
            if h.kind in self._visible and h.start <= offset < h.end and h.tip and h.tip not in tips:
                tips.append(h.tip)
        return "<br>".join(html.escape(t) for t in tips)

    def _on_click(self, doc_pos: int) -> None:
        if self.positions is not None:
            self.span_clicked.emit(self.index, self.positions.to_text(doc_pos))

    # ------------------------------------------------------------------ geometry and selection

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.positions.to_doc(start))
        cursor.setPosition(self.positions.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def doc_y(self, offset: int, bottom: bool = False) -> float:
        """Vertical position (document coordinates) of the line holding a text offset."""
        if self.positions is None:
            return 0.0
        doc = self.view.document()
        pos = self.positions.to_doc(offset)
        block = doc.findBlock(pos)
        rect = doc.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return rect.bottom() if bottom else rect.top()
        line = layout.lineForTextPosition(min(pos - block.position(), max(0, block.length() - 1)))
        if not line.isValid():
            return rect.bottom() if bottom else rect.top()
        return rect.top() + line.y() + (line.height() if bottom else 0.0)

    def span_y(self, start: int, end: int) -> tuple[float, float]:
        """Top and bottom of a span, in viewport coordinates."""
        offset = self.view.verticalScrollBar().value()
        top = self.doc_y(start) - offset
        bottom = self.doc_y(max(start, end - 1), bottom=True) - offset
        return top, max(bottom, top + 2)

    def viewport_height(self) -> int:
        return self.view.viewport().height()

    def scroll_to_span(self, start: int, end: int) -> None:
        """Scroll so the span sits a third of the way down the view (NOTES HOOK)."""
        if self.positions is None:
            return
        bar = self.view.verticalScrollBar()
        top = self.doc_y(start)
        bottom = self.doc_y(max(start, end - 1), bottom=True)
        height = self.viewport_height()
        if bottom - top > height * 0.66:
            target = top - 20
        else:
            target = top - height / 3
        bar.setValue(int(max(bar.minimum(), min(bar.maximum(), target))))

    def select_span(self, start: int, end: int, scroll: bool = True) -> None:
        if self.positions is None:
            return
        self.view.setTextCursor(self.cursor_for(start, end))
        if scroll:
            self.scroll_to_span(start, end)

    def selection_span(self) -> tuple[int, int] | None:
        """The selected text as Article.text offsets, or None (NOTES HOOK)."""
        cursor = self.view.textCursor()
        if self.positions is None or not cursor.hasSelection():
            return None
        start = self.positions.to_text(cursor.selectionStart())
        end = self.positions.to_text(cursor.selectionEnd())
        return (start, end) if end > start else None

    def flash(self, start: int, end: int, colour: QColor) -> None:
        """A brief strong highlight on arrival, so the eye finds the target."""
        if self.positions is None:
            return
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self.cursor_for(start, end)
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        fmt.setForeground(QColor("white") if colour.lightness() < 140 else QColor("black"))
        sel.format = fmt
        self._flash = [sel]
        self._apply_selections()
        QTimer.singleShot(FLASH_MS, self, self._end_flash)

    def _end_flash(self) -> None:
        self._flash = []
        self._apply_selections()

    @property
    def flashing(self) -> bool:
        return bool(self._flash)

    # ------------------------------------------------------------------ zoom and find

    @property
    def zoom_steps(self) -> int:
        return self._zoom

    def zoom(self, steps: int) -> None:
        if steps == 0:
            self.view.zoomOut(self._zoom)
            self._zoom = 0
        else:
            self.view.zoomIn(steps)
            self._zoom += steps

    def open_find(self) -> None:
        if self.positions is None:
            return
        self.find_bar.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def close_find(self) -> None:
        self.find_bar.hide()
        self._find_hits = []
        self._apply_selections()
        self.view.setFocus()

    def _find_all(self, text: str) -> None:
        self._find_hits = []
        doc = self.view.document()
        if text:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#FFFF00"))
            fmt.setForeground(QColor("black"))
            cursor = doc.find(text, 0)
            while not cursor.isNull() and len(self._find_hits) < 5000:
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = fmt
                self._find_hits.append(sel)
                cursor = doc.find(text, cursor)
        self.find_count.setText(f"{len(self._find_hits)} found" if text else "")
        self._apply_selections()
        if self._find_hits:
            self.view.setTextCursor(QTextCursor(self._find_hits[0].cursor))
            self.view.ensureCursorVisible()

    def find_next(self, backward: bool = False) -> bool:
        text = self.find_edit.text()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.view.find(text, flags)
        if not found:  # wrap around
            cursor = self.view.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.view.setTextCursor(cursor)
            found = self.view.find(text, flags)
        return found

    # ------------------------------------------------------------------ drops on the header/error page

    def dragEnterEvent(self, event):
        accept_file_drop(event)

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event):
        files = accept_file_drop(event)
        if files:
            self.files_dropped.emit(self.index, files)
