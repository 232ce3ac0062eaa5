"""The Notes tab and its wiring into the main window.

``install_notes(window, store=None)`` is the one call the app makes: it puts a NotesPanel in the
side panel's Notes tab, enables the window's Add Note action (Ctrl+Alt+N, also in each pane's
context menu), adds Undo/Redo for note edits (scoped to the articles shown), Export/Import Notes
(File menu and the panel), and repaints the notes of both articles whenever a
comparison is painted. Notes are re-anchored by the core store each time an article is shown;
notes whose passage is gone are listed as orphans with their quote, never dropped.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Callable

from sidebyside.display import display_name, display_path
from sidebyside.errors import NotesError
from sidebyside.notes.elsewhere import FOUND, MISSING, ArticleNotes, group_keys, judge
from sidebyside.notes.export import read_export, to_jsonld, to_markdown
from sidebyside.notes.model import Note
from sidebyside.notes.store import NoteStore
from sidebyside.ui.article_names import article_name
from sidebyside.ui.notes_commands import (ELSEWHERE_KEY, AddNote, DeleteNote, DeleteNotes, EditNote, NoteHistory,
                                          RelinkNotes, article_key)
from sidebyside.ui.notes_dialog import NoteDialog, swatch
from sidebyside.ui.sidepanel import PanelTree
from sidebyside.ui.worker import ReadJob
from sidebyside.wording import clipped, count
from sidebyside.ui.qt import (
    QAction,
    QApplication,
    QEvent,
    QFileDialog,
    QFont,
    QKeySequence,
    QLabel,
    QMenu,
    QMessageBox,
    QObject,
    QThreadPool,
    QToolBar,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Qt,
    QtGui,
    Signal,
)

NOTE_ROLE = Qt.ItemDataRole.UserRole  # (pane index, Note) of a note row
ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1  # the ArticleNotes of a row under "Other articles"
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2  # True on the "Other articles" heading
FILLED_ROLE = Qt.ItemDataRole.UserRole + 3  # an article row whose note rows are made
# Note rows made at once under "Other articles" (those of articles whose file is gone, first);
# the others are made when their article's row is opened: a store of 10,000 notes would
# otherwise be laid out again after every edit.
ELSEWHERE_ROWS = 200
ELSEWHERE = -1  # the "pane" of a note whose article is not shown
ANCHOR_MARKS = {"exact": "", "moved": "", "fuzzy": "≈ ", "orphan": "⚠ "}
NOTE_LINES = 6  # a note's row: its quote and its words, wrapped; the whole note in its tooltip
HINT = "No notes yet. Select a passage in either article and press Ctrl+Alt+N (or right-click → Add Note)."
# How an article not shown stands, as its row in "Other articles" says it.
STATE_WORDS = {FOUND: "not open", MISSING: "file not found (deleted or moved)", "no-file": "no file stored"}
ARTICLE_TIP = ("Notes written on an article that is not shown. Double-click to open it (or, when its file was "
               "moved, to pick the file it is in now); right-click to re-link, open, export or delete them.")


def article_heading(group: ArticleNotes) -> str:
    """Two lines: the headline as stored with the number of notes; where it was read and how it stands."""
    mark = "⚠ " if not group.found else ""
    title = clipped(group.title or "Untitled article", 70)
    where = " · ".join(x for x in (group.site, display_name(group.path) if group.path else None) if x)
    return (f"{mark}{title} ({count(len(group.ids), 'note')})\n"
            f"{where + ' — ' if where else ''}{STATE_WORDS.get(group.state, group.state)}")


def note_details(note: Note, where: str) -> str:
    """A note as the side panel's box shows it: the passage, the note, its tags, category and
    whether its passage moved or is gone (escaped rich text: the note is the reader's own text)."""
    parts = [f"<b>Note</b> on {html.escape(where)}"
             + (f" · {html.escape(note.category)}" if note.category else ""),
             f"<p>“{html.escape(note.quote.exact)}”</p>",
             "<p>" + (html.escape(note.body).replace("\n", "<br>") if note.body else "<i>(no text)</i>") + "</p>"]
    if note.tags:
        parts.append("<p>Tags: " + html.escape(", ".join(note.tags)) + "</p>")
    if note.anchor == "orphan":
        parts.append("<p>This passage is no longer in the article; the note keeps its quote.</p>")
    elif note.anchor == "fuzzy":
        parts.append("<p>The passage changed a little since the note was made.</p>")
    return "".join(parts)


def article_details(article: ArticleNotes) -> str:
    """An article not shown as the side panel's box tells it: where it was read, how it stands and
    what can be done with its notes (escaped rich text: the headline comes from a capture)."""
    head = html.escape(article.title or "Untitled article")
    parts = [f"<b>{head}</b>" + (f" · {html.escape(article.site)}" if article.site else "")]
    if article.path:
        parts.append(f"<p>Read from {html.escape(display_path(article.path))}</p>")
    elif article.url:
        parts.append(f"<p>{html.escape(article.url)}</p>")
    notes = count(len(article.ids), "note")
    if article.found:
        parts.append(f"<p>Not open. Double-click its row to open it in the focused pane with its {notes}.</p>")
    else:
        gone = "This file is no longer there (deleted or moved)" if article.state == MISSING \
            else "No file was stored for this article"
        parts.append(f"<p>⚠ {gone}: no article shows its {notes}. Re-link them to the file where the article "
                     "is now (double-click, or right-click ▸ Re-link to File…): they follow that file only when "
                     "it is the same article, perhaps edited, never another outlet's copy of the story.</p>")
    parts.append("<p>The notes are kept in the store and in exports until you delete them "
                 "(right-click ▸ Delete These Notes; Undo restores them).</p>")
    return "".join(parts)


@dataclass(frozen=True)
class NoteGroup:
    pane: int
    heading: str
    notes: list[Note]


class NotesPanel(QWidget):
    """The list of both articles' notes. It only shows and asks; the controller does the work."""

    activated = Signal(int, object)  # pane index, Note: jump to it
    edit_requested = Signal(int, object)
    delete_requested = Signal(int, object)
    open_article_requested = Signal(object)  # ArticleNotes: open its file
    relink_requested = Signal(object)  # ArticleNotes: pick the file it was moved to
    export_article_requested = Signal(object)
    delete_article_requested = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.setAccessibleName("Notes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Two rows of tools when one does not fit the panel's width (a 1024-pixel window, a large
        # font): every tool in sight, none hidden behind an overflow arrow.
        self.toolbar = QToolBar("Notes")
        self.toolbar2 = QToolBar("More notes tools")
        for bar in (self.toolbar, self.toolbar2):
            bar.setAccessibleName(bar.windowTitle())
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            layout.addWidget(bar)
        self.toolbar2.hide()
        self._tools: tuple[list[QAction], list[QAction]] = ([], [])
        self._tools_split: bool | None = None
        self._one_row_width: int | None = None  # what the tools need on one row, in this font
        self.warning = QLabel()
        self.warning.setObjectName("notesWarning")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName("Notes store warning")
        self.warning.hide()
        layout.addWidget(self.warning)
        self.hint = QLabel(HINT)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName("Notes hint")
        layout.addWidget(self.hint)
        # a note's words wrap to the panel's width, a few lines at most (cut at the panel's edge,
        # "Whose initiative? The Moscow Times frames it as Mos…" lost the note's point)
        self.tree = PanelTree(1.0, lines=NOTE_LINES, wrapped=frozenset({0}), columns=1)
        self.tree.setColumnCount(1)
        self.tree.setAccessibleName("Notes of both articles")
        self.tree.setHeaderHidden(True)  # one column: the side panel is narrow
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemClicked.connect(lambda item, _col: self._emit(self.activated, item))
        self.tree.itemActivated.connect(lambda item, _col: self._emit(self.activated, item))
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.itemExpanded.connect(self._fill_article)
        layout.addWidget(self.tree, 1)

        self.edit_action = QAction("&Edit", self)
        self.edit_action.setToolTip("Edit the selected note")
        self.edit_action.triggered.connect(lambda: self._emit(self.edit_requested, self.tree.currentItem()))
        self.delete_action = QAction("&Delete", self)
        self.delete_action.setToolTip("Delete the selected note (undo restores it)")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self._delete_current)
        self.addAction(self.delete_action)
        # what a row of "Other articles" offers (its context menu; a double-click opens or re-links)
        self.open_article_action = QAction("&Open Article", self)
        self.open_article_action.setToolTip("Open the article these notes were written on")
        self.open_article_action.triggered.connect(lambda: self._emit_article(self.open_article_requested))
        self.relink_action = QAction("&Re-link to File…", self)
        self.relink_action.setToolTip("Pick the file the article was moved to: its notes follow it")
        self.relink_action.triggered.connect(lambda: self._emit_article(self.relink_requested))
        self.export_article_action = QAction("E&xport These Notes…", self)
        self.export_article_action.setToolTip("Save this article's notes as Web Annotations or Markdown")
        self.export_article_action.triggered.connect(lambda: self._emit_article(self.export_article_requested))
        self.delete_article_action = QAction("&Delete These Notes", self)
        self.delete_article_action.setToolTip("Delete all this article's notes (undo restores them)")
        self.delete_article_action.triggered.connect(lambda: self._emit_article(self.delete_article_requested))
        self.tree.currentItemChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    # ------------------------------------------------------------------ tools

    def set_tools(self, first: list[QAction], second: list[QAction]) -> None:
        """The tools: ``second`` follows ``first`` on one row, or goes to a row of its own when
        one row would not fit. An action with a menu opens it at a click."""
        self._tools = (list(first), list(second))
        self._tools_split = None
        self._one_row_width = None
        self._tool_words = self._words()
        for action in first + second:
            action.changed.connect(self._tools_changed)
        self._fit_tools()

    def _words(self) -> tuple[str, ...]:
        return tuple(a.iconText() for group in self._tools for a in group)

    def _tools_changed(self) -> None:
        """"Undo" becomes "Undo Add Note": one row may no longer hold the tools."""
        words = self._words()
        if words != self._tool_words:
            self._tool_words = words
            self._one_row_width = None
            self._fit_tools()

    def tools_split(self) -> bool:
        return bool(self._tools_split)

    def _arrange_tools(self, split: bool) -> None:
        if split == self._tools_split:
            return
        self._tools_split = split
        for bar in (self.toolbar, self.toolbar2):
            bar.clear()
        first, second = self._tools
        for action in first:
            self.toolbar.addAction(action)
        target = self.toolbar2 if split else self.toolbar
        if second and not split:
            self.toolbar.addSeparator()
        for action in second:
            target.addAction(action)
            if action.menu() is not None:
                button = target.widgetForAction(action)
                if isinstance(button, QToolButton):
                    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                    button.setAccessibleName(action.toolTip())
        self.toolbar2.setVisible(split)

    def _fit_tools(self) -> None:
        if not any(self._tools):
            return
        if self._one_row_width is None:
            self._arrange_tools(False)
            self.toolbar.layout().invalidate()
            self._one_row_width = self.toolbar.sizeHint().width()
        self._arrange_tools(self._one_row_width > self.width())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_tools()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._one_row_width = None  # measured in the old font
            self._fit_tools()

    # ------------------------------------------------------------------ content

    def set_notes(self, groups: list[NoteGroup], elsewhere: list[ArticleNotes] = ()) -> None:
        """The shown articles' notes, then under "Other articles" the notes of articles not shown,
        one row per article (as stored: headline, site, file), those whose file is gone first."""
        current = self.selected()
        current_id = current[1].id if current else None
        current_article = self.selected_article()
        self.tree.clear()
        total = 0
        for group in groups:
            head = QTreeWidgetItem([f"{group.heading} ({count(len(group.notes), 'note')})"])
            self._bold(head)
            self.tree.addTopLevelItem(head)
            for note in group.notes:
                item = self._item(group.pane, note)
                head.addChild(item)
                if note.id == current_id:
                    self.tree.setCurrentItem(item)
            head.setExpanded(True)
            total += len(group.notes)
        if elsewhere:
            total += self._add_elsewhere(list(elsewhere), current_id, current_article)
        self.hint.setVisible(total == 0)
        self.tree.refilled()
        self._update_actions()

    def _add_elsewhere(self, articles: list[ArticleNotes], current_id: str | None,
                       current_article: ArticleNotes | None) -> int:
        gone = sum(1 for a in articles if not a.found)
        notes = sum(len(a.ids) for a in articles)
        words = f"Other articles ({count(len(articles), 'article')}, {count(notes, 'note')}"
        words += f"; {gone} not found)" if gone else ")"
        section = QTreeWidgetItem([words])
        section.setData(0, SECTION_ROLE, True)
        section.setToolTip(0, "Notes on articles that are not shown: the notes are kept. " + ARTICLE_TIP)
        self._bold(section)
        self.tree.addTopLevelItem(section)
        budget = ELSEWHERE_ROWS
        for article in articles:
            row = QTreeWidgetItem([article_heading(article)])
            row.setData(0, ARTICLE_ROLE, article)
            where = display_path(article.path) if article.path else (article.url or "no file stored")
            row.setToolTip(0, f"{article.title or 'Untitled article'}\n{where}\n\n{ARTICLE_TIP}")
            if not article.found:
                row.setForeground(0, QtGui.QBrush(QtGui.QColor("#8a6d3b")))
            section.addChild(row)
            selected = current_id is not None and current_id in article.ids
            # the notes no article can show, in sight (as many as fit the budget); the rest on opening
            if selected or (not article.found and len(article.ids) <= budget):
                budget -= len(article.ids)
                self._fill_article(row, current_id)
                row.setExpanded(True)
            else:
                row.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            if current_article is not None and current_id is None and current_article.fingerprint == article.fingerprint:
                self.tree.setCurrentItem(row)
        section.setExpanded(bool(gone) or len(articles) <= 3)
        return notes

    def _fill_article(self, row: QTreeWidgetItem, current_id: str | None = None) -> None:
        """Make the note rows of an article not shown (at once, or when its row is opened)."""
        article = row.data(0, ARTICLE_ROLE)
        if article is None or row.data(0, FILLED_ROLE):
            return
        row.setData(0, FILLED_ROLE, True)
        for note in article.notes:
            item = self._item(ELSEWHERE, note)
            row.addChild(item)
            if note.id == current_id:
                self.tree.setCurrentItem(item)
        self.tree.refilled()

    @staticmethod
    def _bold(item: QTreeWidgetItem) -> None:
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)

    def _item(self, pane: int, note: Note) -> QTreeWidgetItem:
        mark = ANCHOR_MARKS.get(note.anchor, "")
        lines = [f"{mark}“{clipped(note.quote.exact, 90)}”", clipped(note.body or "(no text)", 160)]
        if note.tags:
            lines[-1] += "  · " + ", ".join(f"#{t}" for t in note.tags)
        item = QTreeWidgetItem(["\n".join(lines)])
        item.setData(0, NOTE_ROLE, (pane, note))
        item.setIcon(0, swatch(note.display_colour()))
        tip = [f"“{clipped(note.quote.exact, 300)}”", "", note.body or "(no text)"]
        if note.tags:
            tip.append("Tags: " + ", ".join(note.tags))
        if note.category:
            tip.append("Category: " + note.category)
        if note.anchor == "orphan":
            tip.append("This passage is no longer in the article; the note keeps its quote.")
            font = QFont(item.font(0))
            font.setItalic(True)
            item.setFont(0, font)
            item.setForeground(0, QtGui.QBrush(QtGui.QColor("#8a6d3b")))
        elif note.anchor == "fuzzy":
            tip.append("The passage changed a little since the note was made.")
        item.setToolTip(0, "\n".join(tip))
        return item

    def note_items(self) -> list[QTreeWidgetItem]:
        """The rows of the shown articles' notes."""
        items = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if not head.data(0, SECTION_ROLE):
                items += [head.child(j) for j in range(head.childCount())]
        return items

    def article_items(self) -> list[QTreeWidgetItem]:
        """The rows of "Other articles", one per article not shown."""
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head.data(0, SECTION_ROLE):
                return [head.child(j) for j in range(head.childCount())]
        return []

    def selected_article(self) -> ArticleNotes | None:
        """The article not shown whose row, or one of whose notes, is selected."""
        item = self.tree.currentItem()
        while item is not None:
            article = item.data(0, ARTICLE_ROLE)
            if article is not None:
                return article
            item = item.parent()
        return None

    def selected(self) -> tuple[int, Note] | None:
        item = self.tree.currentItem()
        data = item.data(0, NOTE_ROLE) if item is not None else None
        return tuple(data) if data else None  # type: ignore[return-value]

    def select_note(self, pane: int, note_id: str) -> bool:
        others = [row.child(j) for row in self.article_items() for j in range(row.childCount())]
        for item in self.note_items() + others:
            p, note = item.data(0, NOTE_ROLE)
            if p == pane and note.id == note_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return True
        return False

    def show_warning(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    # ------------------------------------------------------------------ internals

    def _emit(self, signal, item: QTreeWidgetItem | None) -> None:
        data = item.data(0, NOTE_ROLE) if item is not None else None
        if data:
            pane, note = data
            signal.emit(pane, note)

    def _emit_article(self, signal) -> None:
        article = self.selected_article()
        if article is not None:
            signal.emit(article)

    def _delete_current(self) -> None:
        """Delete the selected note; on an article's row under "Other articles", all its notes."""
        item = self.tree.currentItem()
        if item is not None and item.data(0, ARTICLE_ROLE) is not None:
            self.delete_article_requested.emit(item.data(0, ARTICLE_ROLE))
        else:
            self._emit(self.delete_requested, item)

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        article = item.data(0, ARTICLE_ROLE)
        if article is not None:
            (self.open_article_requested if article.found else self.relink_requested).emit(article)
        else:
            self._emit(self.edit_requested, item)

    def _update_actions(self) -> None:
        has = self.selected() is not None
        article = self.selected_article()
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has or article is not None)
        for action in (self.relink_action, self.export_article_action, self.delete_article_action):
            action.setEnabled(article is not None)
        self.open_article_action.setEnabled(article is not None and article.found)

    def _context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        if item.data(0, ARTICLE_ROLE) is not None:
            self.tree.setCurrentItem(item)
            article = item.data(0, ARTICLE_ROLE)
            first = (self.open_article_action, self.relink_action) if article.found \
                else (self.relink_action, self.open_article_action)
            for action in (*first, self.export_article_action, self.delete_article_action):
                menu.addAction(action)
        elif item.data(0, NOTE_ROLE):
            self.tree.setCurrentItem(item)
            menu.addAction(self.edit_action)
            menu.addAction(self.delete_action)
            if self.selected_article() is not None:
                menu.addSeparator()
                menu.addAction(self.relink_action)
        else:
            return
        menu.popup(self.tree.viewport().mapToGlobal(pos))


# --------------------------------------------------------------------------- controller

Ask = Callable[[str, Note | None], "tuple[str, list[str], str | None] | None"]
PickFile = Callable[[ArticleNotes], "str | None"]
Inform = Callable[[str, str], None]


class NotesController(QObject):
    """Connects the panel, the panes and the store; every edit is recorded in a NoteHistory (one
    undo stack per article), so Undo and Redo only reach the notes of the articles shown."""

    relinked = Signal(bool)  # a re-link ended: True when the notes now follow the picked file

    def __init__(self, window, store: NoteStore | None, panel: NotesPanel, error: str | None = None):
        super().__init__(window)
        self.window = window
        self.store = store
        self.panel = panel
        self.groups: list[NoteGroup] = []
        self.elsewhere: list[ArticleNotes] = []  # the notes of articles not shown, by article
        self._every_note: tuple[tuple[int, int], list[tuple]] | None = None  # (store's change stamp, note keys)
        self._missing_told: set[str] = set()  # articles whose missing file the status bar has named
        self.history = NoteHistory()
        self._shown_keys: frozenset[str] = frozenset()
        self.ask: Ask = self._ask_with_dialog  # tests replace this to skip the modal dialog
        self.pick_file: PickFile = self._pick_with_dialog  # (and these two)
        self.inform: Inform = self._inform_with_box
        self._relinking: tuple[ReadJob, ArticleNotes, str] | None = None  # a re-link's file being read
        # A window closing or quitting cancels its work; a re-linked file still being read then
        # must not open a pair (a new job nobody cancels, which a quit would wait for).
        window.work_cancelled.connect(self._forget_relink)

        self.undo_action = QAction("&Undo", self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(lambda: self.undo())
        self.redo_action = QAction("&Redo", self)
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.redo_action.triggered.connect(lambda: self.redo())
        add = window.add_note_action
        for action in (self.undo_action, self.redo_action):
            window.addAction(action)
        self._add_to_edit_menu(add, [self.undo_action, self.redo_action])
        self.export_action = QAction("E&xport Notes…", self)
        self.export_action.setToolTip("Save all notes as W3C Web Annotations (JSON-LD) or Markdown")
        self.export_action.triggered.connect(lambda: self.export_notes())  # not the 'checked' flag
        self.import_action = QAction("&Import Notes…", self)
        self.import_action.setToolTip("Add notes from a JSON-LD export (notes already here are kept)")
        self.import_action.triggered.connect(lambda: self.import_notes())
        more = QMenu(panel)
        for action in (self.export_action, self.import_action):
            action.setEnabled(store is not None)
            action.setStatusTip(action.toolTip())
            more.addAction(action)
        self.more_action = QAction("Export", self)
        self.more_action.setToolTip("Export or import notes (also in the File menu)")
        self.more_action.setMenu(more)
        panel.set_tools([add, panel.edit_action, panel.delete_action],
                        [self.undo_action, self.redo_action, self.more_action])
        self._add_to_file_menu([self.export_action, self.import_action])

        panel.activated.connect(self.jump)
        panel.edit_requested.connect(self.edit_note)
        panel.delete_requested.connect(self.delete_note)
        panel.open_article_requested.connect(self.open_article)
        panel.relink_requested.connect(lambda article: self.relink(article))
        panel.export_article_requested.connect(lambda article: self.export_notes(notes=list(article.notes)))
        panel.delete_article_requested.connect(self.delete_article_notes)
        panel.tree.currentItemChanged.connect(lambda *_: self._show_article())
        window.comparison_ready.connect(lambda _comparison: self.refresh())
        for index in (0, 1):
            window.pane(index).span_clicked.connect(self._on_span_clicked)
        window.load_finished.connect(lambda: self.refresh())
        window.session.events.opened.connect(self._shown_changed)
        window.session.events.pair.connect(lambda _pair: self._shown_changed())
        window.session.events.article.connect(lambda _index: self._shown_changed())

        warnings = list(store.warnings) if store is not None else []
        if error:
            warnings.append(error)
        self._warnings = warnings
        panel.show_warning("\n".join(warnings))
        if store is not None:
            add.triggered.connect(self.add_note)
            add.setEnabled(True)
        for warning in warnings:
            window.statusBar().showMessage(warning, 15000)
        self._update_undo_actions()
        self.refresh(others=False)  # nothing is shown yet: the other articles' notes come with the first pair

    def _add_to_edit_menu(self, anchor: QAction, actions: list[QAction]) -> None:
        """Put Undo/Redo at the top of the menu that holds Add Note (the window's Edit menu)."""
        for top in self.window.menuBar().actions():
            menu = top.menu()
            if menu is not None and anchor in menu.actions():
                first = menu.actions()[0]
                for action in actions:
                    menu.insertAction(first, action)
                menu.insertSeparator(first)
                return

    def _add_to_file_menu(self, actions: list[QAction]) -> None:
        """Export and Import Notes in the File menu too, just before Quit."""
        quit_action = getattr(self.window, "quit_action", None)
        menus = [o for o in quit_action.associatedObjects() if isinstance(o, QMenu)] if quit_action else []
        if menus:
            for action in actions:
                menus[0].insertAction(quit_action, action)
            menus[0].insertSeparator(quit_action)

    # ------------------------------------------------------------------ undo, scoped to what is shown

    def shown_keys(self) -> frozenset[str]:
        """The histories Undo reaches: the shown articles', and that of "Other articles" (listed
        in the tab whatever is shown)."""
        keys = {article_key(self.window.pane(i).article) for i in (0, 1) if self.window.pane(i).article is not None}
        if self.store is not None:
            keys.add(ELSEWHERE_KEY)
        return frozenset(keys)

    def _push(self, command) -> None:
        """Record a change already written to the store, and show it."""
        self.history.push(command)
        self.refresh()
        self._update_undo_actions()

    def undo(self) -> None:
        if self.history.undo(self.shown_keys()) is None:
            self.window.statusBar().showMessage("Nothing to undo in the notes of the articles shown.", 6000)
        self._update_undo_actions()

    def redo(self) -> None:
        self.history.redo(self.shown_keys())
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        shown = self.shown_keys()
        for action, command, verb in ((self.undo_action, self.history.next_undo(shown), "Undo"),
                                      (self.redo_action, self.history.next_redo(shown), "Redo")):
            action.setEnabled(command is not None)
            action.setText(f"&{verb} {command.text}" if command else f"&{verb}")
            where = self._article_name(command.key) if command else ""
            tip = (f"{verb} the last note change on {where}" if command
                   else f"Nothing to {verb.lower()} in the notes of the articles shown")
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def _article_name_of(self, pane: int) -> str:
        if pane == ELSEWHERE:
            return "an article not shown"
        article = self.window.pane(pane).article
        return self._article_name(article_key(article)) if article is not None else "another article"

    def _article_name(self, key: str) -> str:
        if key == ELSEWHERE_KEY:
            return "the notes of other articles"
        for i in (0, 1):
            article = self.window.pane(i).article
            if article is not None and article_key(article) == key:
                return f"{'AB'[i]} · {article.outlet or article.title or 'this article'}"
        return "another article"

    def _shown_changed(self) -> None:
        """Other articles on screen: Undo now reaches only theirs; say so when older changes wait."""
        shown = self.shown_keys()
        if shown == self._shown_keys:
            return
        self._shown_keys = shown
        self._update_undo_actions()
        if shown and self.history.waiting(shown):
            self.window.statusBar().showMessage(
                "Undo now covers only the notes of the articles shown; earlier note changes on other "
                "articles are kept, and can be undone when those articles are shown again.", 12000)

    # ------------------------------------------------------------------ showing

    def _report(self, message: str) -> None:
        self.panel.show_warning("\n".join([*self._warnings, message]))
        self.window.statusBar().showMessage(message, 15000)

    def refresh(self, others: bool = True) -> None:
        """Re-anchor and repaint both articles' notes (after loads and after every edit), each note
        on the one article it belongs to (the core's rule, ``NoteStore.notes_shown``, which the
        report and ``notes list --beside`` share); with ``others``, list the notes no shown
        article holds under "Other articles"."""
        groups = []
        articles = [self.window.pane(i).article for i in (0, 1)]
        shown: list[list[Note]] = [[], []]
        if self.store is not None:
            try:
                shown = self.store.notes_shown(articles)
            except NotesError as exc:
                self._report(str(exc))
        for index in (0, 1):
            pane = self.window.pane(index)
            article = pane.article
            notes = shown[index] if article is not None else []
            pane.set_note_spans([(n.start, n.end, self._tooltip(n)) for n in notes if n.start is not None])
            if article is not None:
                # named as the pane header, the other tabs and the coverage name it (not by its headline)
                name = article_name(article, index)
                groups.append(NoteGroup(index, f"{'AB'[index]} · {clipped(name, 40)}", notes))
        self.groups = groups
        self.elsewhere = self._elsewhere([n.id for notes in shown for n in notes]) if others else []
        self.panel.set_notes(groups, self.elsewhere)
        self._tell_missing()
        self.window.navigator.update_counter()  # a first note enables Next when stepping through notes

    def _elsewhere(self, shown_ids: list[str]) -> list[ArticleNotes]:
        """The notes no shown article holds, by the article they were written on: those whose
        article is closed, and those whose file was deleted or moved away, which no article
        shows by itself (another outlet's copy of the story does not take them)."""
        if self.store is None:
            return []
        try:
            stamp = self.store.change_stamp()
            if self._every_note is None or self._every_note[0] != stamp:
                self._every_note = (stamp, self.store.note_keys())
            return group_keys(self._every_note[1], leave_out=shown_ids, load=self._load_notes)
        except NotesError as exc:
            self._report(str(exc))
            return []

    def _load_notes(self, ids: list[str]) -> list[Note]:
        """An article's notes when its rows are made, it is re-linked or exported."""
        try:
            return self.store.notes_by_id(ids) if self.store is not None else []
        except NotesError as exc:
            self._report(str(exc))
            return []

    def _tell_missing(self) -> None:
        """Say once in the status bar when an article whose file cannot be found has notes."""
        gone = [a for a in self.elsewhere if a.state == MISSING and a.fingerprint not in self._missing_told]
        if not gone or not self.window.isVisible() or all(self.window.pane(i).article is None for i in (0, 1)):
            return  # said once articles are painted (a message before the window shows leaves the status text on)
        self._missing_told.update(a.fingerprint for a in gone)
        notes = sum(len(a.ids) for a in gone)
        what = f"“{clipped(gone[0].title or display_name(gone[0].path), 40)}”" if len(gone) == 1 \
            else count(len(gone), "article")
        self.window.statusBar().showMessage(
            f"{count(notes, 'note')} on {what} whose file cannot be found: listed in the Notes tab under "
            "Other articles, where they can be re-linked to the moved file.", 15000)

    @staticmethod
    def _tooltip(note: Note) -> str:
        head = f"Note ({note.category})" if note.category else "Note"
        return f"{head}: {clipped(note.body or '(no text)', 200)}"

    def _on_span_clicked(self, pane: int, offset: int) -> None:
        """A click on a noted passage selects its note in the list and says it in the status bar."""
        for group in self.groups:
            if group.pane != pane:
                continue
            hits = [n for n in group.notes if n.start is not None and n.start <= offset < n.end]
            if hits:
                note = min(hits, key=lambda n: n.end - n.start)  # the innermost of nested notes
                self.panel.select_note(pane, note.id)
                self.window.statusBar().showMessage(self._tooltip(note), 10000)

    def jump(self, pane: int, note: Note) -> None:
        # the note whole in the box below the lists: its row shows its first words only
        if pane == ELSEWHERE:
            article = next((a for a in self.elsewhere if note.id in a.ids), None)
            where = f"“{article.title}”" if article and article.title else "an article not shown"
            self.window.side.show_details(note_details(note, where))
            state = "its file cannot be found: re-link it to the moved file (right-click)" \
                if article is not None and not article.found else "open it to see the passage (double-click its row)"
            self.window.statusBar().showMessage(f"This note's article is not shown; {state}.", 8000)
            return
        self.window.side.show_details(note_details(note, self._article_name_of(pane)))
        if note.start is None or note.end is None:
            self.window.statusBar().showMessage(
                "This note's passage is no longer in the article; its quote is kept in the list.", 8000)
            return
        self.window.jump_to([(pane, note.start, note.end)])

    # ------------------------------------------------------------------ editing

    def _ask_with_dialog(self, quote: str, note: Note | None):
        if note is None:
            dialog = NoteDialog(quote, parent=self.window)
        else:
            dialog = NoteDialog(quote, note.body, note.tags, note.category, title="Edit Note", parent=self.window)
        if dialog.exec() != NoteDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def _selected_passage(self) -> tuple[int, int, int] | None:
        """The text selected (the focused pane first), else the match last arrived at."""
        order = [self.window.current_pane, 1 - self.window.current_pane]
        for getter in ("selection_span", "current_span"):
            for index in order:
                pane = self.window.pane(index)
                span = getattr(pane, getter)() if pane.article is not None else None
                if span is not None:
                    return index, span[0], span[1]
        return None

    def add_note(self) -> Note | None:
        if self.store is None:
            return None
        found = self._selected_passage()
        if found is None:
            self.window.statusBar().showMessage(
                "Select the passage to note (or go to a highlight) first, then press Ctrl+Alt+N.", 8000)
            return None
        index, start, end = found
        article = self.window.pane(index).article
        answer = self.ask(article.text[start:end], None)
        if answer is None:
            return None
        body, tags, category = answer
        try:
            note = self.store.add(article, start, end, body=body, tags=tags, category=category)
        except NotesError as exc:
            self._report(str(exc))
            return None
        self._push(AddNote(article_key(article), self.store, note, self.refresh, self._report))
        return note

    def _key_of(self, pane: int) -> str:
        if pane == ELSEWHERE:
            return ELSEWHERE_KEY
        article = self.window.pane(pane).article
        return article_key(article) if article is not None else f"pane:{pane}"

    def edit_note(self, pane: int, note: Note) -> None:
        if self.store is None:
            return
        answer = self.ask(note.quote.exact, note)
        if answer is None:
            return
        body, tags, category = answer
        try:
            after = self.store.update(note.id, body=body, tags=tags, category=category)
        except NotesError as exc:
            self._report(str(exc))
            return
        self._push(EditNote(self._key_of(pane), self.store, note, after, self.refresh, self._report))

    def delete_note(self, pane: int, note: Note) -> None:
        if self.store is None:
            return
        try:
            self.store.delete(note.id)
        except NotesError as exc:
            self._report(str(exc))
            return
        self._push(DeleteNote(self._key_of(pane), self.store, note, self.refresh, self._report))


    # ------------------------------------------------------------------ articles not shown

    def _show_article(self) -> None:
        item = self.panel.tree.currentItem()
        article = item.data(0, ARTICLE_ROLE) if item is not None else None
        if article is not None:
            self.window.side.show_details(article_details(article))

    def _target_pane(self) -> int:
        return self.window.current_pane

    def open_article(self, article: ArticleNotes) -> None:
        """Open the file of an article not shown, in the focused pane: its notes show on it."""
        if article.path and article.found:
            self.window.open_into_pane(self._target_pane(), article.path)
        else:
            self.relink(article)

    def delete_article_notes(self, article: ArticleNotes) -> None:
        """Delete every note of an article not shown (soft, in one write): Undo restores them."""
        if self.store is None or not article.ids:
            return
        try:
            self.store.delete_many(article.ids)
        except NotesError as exc:
            self._report(str(exc))
            return
        self._push(DeleteNotes(ELSEWHERE_KEY, self.store, article.ids, self.refresh, self._report))
        name = clipped(article.title or display_name(article.path) or "an article", 50)
        self.window.statusBar().showMessage(
            f"Deleted {count(len(article.ids), 'note')} on “{name}” (Edit ▸ Undo restores them).", 10000)

    def relink(self, article: ArticleNotes, path: str | None = None) -> bool:
        """Point an article's notes at the file it was moved to (asked for when ``path`` is None)
        and open it: only when that file is the same article, moved and perhaps edited, which the
        sketch the notes keep tells (``elsewhere.judge``); another article, another outlet's
        copy of the story included, is refused and the reader told why. Undo points them back.

        The file is read off the GUI thread (``ReadJob``, in the pool the window loads with):
        returns whether it is being read; ``relinked`` says how the re-link ended."""
        if self.store is None or not article.ids:
            return False
        if self._relinking is not None:
            self.window.statusBar().showMessage(
                f"Still reading “{display_name(self._relinking[2])}”: re-link again once it is read.", 10000)
            return False
        if path is None:
            path = self.pick_file(article)
            if not path:
                return False
        job = ReadJob(path)
        self._relinking = (job, article, path)
        job.signals.done.connect(self._relink_read)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.window.statusBar().showMessage(f"Reading “{display_name(path)}”…")
        QThreadPool.globalInstance().start(job)
        return True

    def _forget_relink(self) -> None:
        """The window's work was cancelled: the file being read is let go, the notes unchanged."""
        if self._relinking is None:
            return
        self._relinking = None
        QApplication.restoreOverrideCursor()

    def _relink_read(self, picked, reason: str) -> None:
        """The re-link, once the picked file is read (on the GUI thread)."""
        if self._relinking is None:
            return
        _job, article, path = self._relinking
        self._relinking = None
        QApplication.restoreOverrideCursor()
        self.window.statusBar().clearMessage()
        self.relinked.emit(self._relink_to(article, path, picked, reason))

    def _relink_to(self, article: ArticleNotes, path: str, picked, reason: str) -> bool:
        name = f"“{display_name(path)}”"
        if picked is None:
            self.inform("Cannot re-link the notes", f"{name} cannot be read: {reason}. "
                        "The notes were left as they were.")
            return False
        verdict = judge(article.notes, picked, self.store.settings)
        if not verdict.same:
            self.inform("Not the same article", verdict.explain(name))
            self.window.statusBar().showMessage(f"Not re-linked: {name} is another article.", 10000)
            return False
        try:
            before = self.store.relink(article.ids, path)
        except NotesError as exc:
            self._report(str(exc))
            return False
        self._push(RelinkNotes(ELSEWHERE_KEY, self.store, before, path, self.refresh, self._report))
        self.window.statusBar().showMessage(
            f"{verdict.explain(name)} Its {count(len(article.ids), 'note')} now follow this file.", 15000)
        self.window.open_into_pane(self._target_pane(), path)
        return True

    def _pick_with_dialog(self, article: ArticleNotes) -> str | None:
        import os

        from sidebyside.model import FILE_PATTERNS

        folder = os.path.dirname(article.path) if article.path else ""
        title = clipped(article.title or "the article", 50)
        path, _ = QFileDialog.getOpenFileName(
            self.window, f"Where is “{title}” now?", folder if os.path.isdir(folder) else "",
            f"Captures ({' '.join(FILE_PATTERNS)});;All files (*)")
        return path or None

    def _inform_with_box(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    # ------------------------------------------------------------------ export / import

    def export_notes(self, path: str | None = None, notes: list[Note] | None = None) -> str | None:
        """Write every note (or ``notes``) to ``path`` (asked for when None); Markdown when it ends in .md."""
        if self.store is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window, "Export notes", "notes.jsonld",
                "Web Annotations (*.jsonld *.json);;Markdown (*.md)")
            if not path:
                return None
        try:
            notes = self.store.all_notes() if notes is None else notes
            if path.lower().endswith((".md", ".markdown")):
                content = to_markdown(notes)
            else:
                content = json.dumps(to_jsonld(notes), ensure_ascii=False, indent=2) + "\n"
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(content)
        except (OSError, NotesError) as exc:
            self._report(f"Could not export notes to {path}: {getattr(exc, 'strerror', None) or exc}")
            return None
        self.window.statusBar().showMessage(f"Exported {count(len(notes), 'note')} to {display_path(path)}", 10000)
        return path

    def import_notes(self, path: str | None = None) -> tuple[int, int] | None:
        """Add the notes of a JSON-LD export; ones already here (same id) are kept unless newer."""
        if self.store is None:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, "Import notes", "",
                                                  "Web Annotations (*.jsonld *.json);;All files (*)")
            if not path:
                return None
        try:
            result = self.store.put_many(read_export(path))  # bounded: never a FIFO, a device or a giant
        except NotesError as exc:
            self._report(f"Could not import: {exc}")
            return None
        self.refresh()
        added, updated = result
        self.window.statusBar().showMessage(
            f"Imported {count(added, 'new note')} and {count(updated, 'updated note')} from {display_path(path)}", 10000)
        return result


def install_notes(window, store: NoteStore | None = None) -> NotesController:
    """Give ``window`` its notes: the Notes tab, Add Note, highlights, undo. Never raises for a bad
    store: the panel then says what is wrong and adding stays disabled."""
    error = None
    if store is None:
        try:
            store = NoteStore()
        except NotesError as exc:
            store, error = None, f"Notes are unavailable: {exc}"
    panel = NotesPanel()
    window.side.replace_notes_tab(panel)
    controller = NotesController(window, store, panel, error)
    window.notes = controller  # keeps it alive with the window; tests reach it here
    return controller
