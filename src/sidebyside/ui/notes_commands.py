"""Undoable note edits (QUndoCommand). Every change is written to the store at once, so an undo is
itself a committed write and the store never disagrees with the screen.

The controller does the first write itself before pushing the command (a store error then means no
command at all); ``redo`` only writes again when it really is a redo. Errors from later undo/redo
writes go to ``on_error`` instead of being lost inside Qt's C++ call.
"""

from __future__ import annotations

from typing import Callable

from sidebyside.errors import NotesError
from sidebyside.notes.model import Note
from sidebyside.notes.store import NoteStore
from sidebyside.ui.qt import QtGui

Refresh = Callable[[], None]
OnError = Callable[[str], None]


class _NoteCommand(QtGui.QUndoCommand):
    def __init__(self, text: str, store: NoteStore, note_id: str, refresh: Refresh, on_error: OnError):
        super().__init__(text)
        self.store, self.note_id = store, note_id
        self.refresh, self.on_error = refresh, on_error
        self._first = True

    def _run(self, write: Callable[[], object]) -> None:
        try:
            write()
        except NotesError as exc:
            self.on_error(str(exc))
        self.refresh()

    def redo(self) -> None:
        if self._first:  # already written by the controller
            self._first = False
            self.refresh()
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError


class AddNote(_NoteCommand):
    def __init__(self, store: NoteStore, note: Note, refresh: Refresh, on_error: OnError):
        super().__init__("Add Note", store, note.id, refresh, on_error)

    def forward(self) -> None:
        self.store.restore(self.note_id)

    def backward(self) -> None:
        self.store.delete(self.note_id)


class EditNote(_NoteCommand):
    def __init__(self, store: NoteStore, before: Note, after: Note, refresh: Refresh, on_error: OnError):
        super().__init__("Edit Note", store, before.id, refresh, on_error)
        self.before = (before.body, list(before.tags), before.category)
        self.after = (after.body, list(after.tags), after.category)

    def _apply(self, values: tuple[str, list[str], str | None]) -> None:
        body, tags, category = values
        self.store.update(self.note_id, body=body, tags=tags, category=category)

    def forward(self) -> None:
        self._apply(self.after)

    def backward(self) -> None:
        self._apply(self.before)


class DeleteNote(_NoteCommand):
    """Soft delete: undo restores the very same note (same id, same anchor)."""

    def __init__(self, store: NoteStore, note: Note, refresh: Refresh, on_error: OnError):
        super().__init__("Delete Note", store, note.id, refresh, on_error)

    def forward(self) -> None:
        self.store.delete(self.note_id)

    def backward(self) -> None:
        self.store.restore(self.note_id)
