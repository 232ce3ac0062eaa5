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

from sidebyside.display import display_path
from sidebyside.errors import NotesError
from sidebyside.notes.export import read_export, to_jsonld, to_markdown
from sidebyside.notes.model import Note
from sidebyside.notes.store import NoteStore
from sidebyside.ui.article_names import article_name
from sidebyside.ui.notes_commands import AddNote, DeleteNote, EditNote, NoteHistory, article_key
from sidebyside.ui.notes_dialog import NoteDialog, swatch
from sidebyside.ui.sidepanel import PanelTree
from sidebyside.wording import clipped, count
from sidebyside.ui.qt import (
    QAction,
    QEvent,
    QFileDialog,
    QFont,
    QKeySequence,
    QLabel,
    QMenu,
    QObject,
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
ANCHOR_MARKS = {"exact": "", "moved": "", "fuzzy": "≈ ", "orphan": "⚠ "}
NOTE_LINES = 6  # a note's row: its quote and its words, wrapped; the whole note in its tooltip
HINT = "No notes yet. Select a passage in either article and press Ctrl+Alt+N (or right-click → Add Note)."


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
        self.tree.itemDoubleClicked.connect(lambda item, _col: self._emit(self.edit_requested, item))
        layout.addWidget(self.tree, 1)

        self.edit_action = QAction("&Edit", self)
        self.edit_action.setToolTip("Edit the selected note")
        self.edit_action.triggered.connect(lambda: self._emit(self.edit_requested, self.tree.currentItem()))
        self.delete_action = QAction("&Delete", self)
        self.delete_action.setToolTip("Delete the selected note (undo restores it)")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(lambda: self._emit(self.delete_requested, self.tree.currentItem()))
        self.addAction(self.delete_action)
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

    def set_notes(self, groups: list[NoteGroup]) -> None:
        current = self.selected()
        current_id = current[1].id if current else None
        self.tree.clear()
        total = 0
        for group in groups:
            head = QTreeWidgetItem([f"{group.heading} ({count(len(group.notes), 'note')})"])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.tree.addTopLevelItem(head)
            for note in group.notes:
                item = self._item(group.pane, note)
                head.addChild(item)
                if note.id == current_id:
                    self.tree.setCurrentItem(item)
            head.setExpanded(True)
            total += len(group.notes)
        self.hint.setVisible(total == 0)
        self.tree.refilled()
        self._update_actions()

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
        items = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            items += [head.child(j) for j in range(head.childCount())]
        return items

    def selected(self) -> tuple[int, Note] | None:
        item = self.tree.currentItem()
        data = item.data(0, NOTE_ROLE) if item is not None else None
        return tuple(data) if data else None  # type: ignore[return-value]

    def select_note(self, pane: int, note_id: str) -> bool:
        for item in self.note_items():
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

    def _update_actions(self) -> None:
        has = self.selected() is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    def _context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        if item is None or not item.data(0, NOTE_ROLE):
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addAction(self.delete_action)
        menu.popup(self.tree.viewport().mapToGlobal(pos))


# --------------------------------------------------------------------------- controller

Ask = Callable[[str, Note | None], "tuple[str, list[str], str | None] | None"]


class NotesController(QObject):
    """Connects the panel, the panes and the store; every edit is recorded in a NoteHistory (one
    undo stack per article), so Undo and Redo only reach the notes of the articles shown."""

    def __init__(self, window, store: NoteStore | None, panel: NotesPanel, error: str | None = None):
        super().__init__(window)
        self.window = window
        self.store = store
        self.panel = panel
        self.groups: list[NoteGroup] = []
        self.history = NoteHistory()
        self._shown_keys: frozenset[str] = frozenset()
        self.ask: Ask = self._ask_with_dialog  # tests replace this to skip the modal dialog

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
        window.comparison_ready.connect(lambda _comparison: self.refresh())
        for index in (0, 1):
            window.pane(index).span_clicked.connect(self._on_span_clicked)
        window.load_finished.connect(self.refresh)
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
        self.refresh()

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
        return frozenset(article_key(self.window.pane(i).article) for i in (0, 1)
                         if self.window.pane(i).article is not None)

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
        article = self.window.pane(pane).article
        return self._article_name(article_key(article)) if article is not None else "another article"

    def _article_name(self, key: str) -> str:
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

    def refresh(self) -> None:
        """Re-anchor and repaint both articles' notes (after loads and after every edit), each note
        on the one article it belongs to (the core's rule, ``NoteStore.notes_shown``, which the
        report and ``notes list --beside`` share)."""
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
        self.panel.set_notes(groups)
        self.window.navigator.update_counter()  # a first note enables Next when stepping through notes

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


    # ------------------------------------------------------------------ export / import

    def export_notes(self, path: str | None = None) -> str | None:
        """Write every note to ``path`` (asked for when None); Markdown when it ends in .md."""
        if self.store is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window, "Export notes", "notes.jsonld",
                "Web Annotations (*.jsonld *.json);;Markdown (*.md)")
            if not path:
                return None
        try:
            notes = self.store.all_notes()
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
