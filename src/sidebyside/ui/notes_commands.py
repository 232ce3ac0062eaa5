"""Undoable note edits, one history per article: Undo only ever reaches the notes on screen.

Every change is written to the store at once, so an undo is itself a committed write and the
store never disagrees with the screen. The controller does the first write itself before
pushing the command (a store error then means no command at all). Errors from later undo/redo
writes go to ``on_error``.

Why one history per article: with a single stack, opening another pair and pressing Undo would
silently revert a note of an article no longer shown, and the next Undo could delete one unseen.
Here each article keeps its own stack; Undo takes the most recent change among the articles
shown, Redo the most recently undone, and the stacks of other articles wait until they are
shown again.
"""

from __future__ import annotations

from itertools import count
from typing import Callable, Iterable

from sidebyside.errors import NotesError
from sidebyside.model import Article
from sidebyside.notes.fingerprint import fingerprint
from sidebyside.notes.model import Note, canonical_path
from sidebyside.notes.store import NoteStore

Refresh = Callable[[], None]
OnError = Callable[[str], None]


def article_key(article: Article) -> str:
    """Which history an article's notes belong to: its file, or its text when it has none."""
    return canonical_path(article.source.path) or "text:" + fingerprint(article.text)


class NoteCommand:
    """One change to one note of one article (``key``)."""

    text = "Change Note"

    def __init__(self, key: str, store: NoteStore, note_id: str, refresh: Refresh, on_error: OnError):
        self.key, self.store, self.note_id = key, store, note_id
        self.refresh, self.on_error = refresh, on_error
        self.stamp = 0  # when it was last done (undo candidates) or undone (redo candidates)

    def _run(self, write: Callable[[], object]) -> None:
        try:
            write()
        except NotesError as exc:
            self.on_error(str(exc))
        self.refresh()

    def redo(self) -> None:
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError


class AddNote(NoteCommand):
    text = "Add Note"

    def __init__(self, key: str, store: NoteStore, note: Note, refresh: Refresh, on_error: OnError):
        super().__init__(key, store, note.id, refresh, on_error)

    def forward(self) -> None:
        self.store.restore(self.note_id)

    def backward(self) -> None:
        self.store.delete(self.note_id)


class EditNote(NoteCommand):
    text = "Edit Note"

    def __init__(self, key: str, store: NoteStore, before: Note, after: Note, refresh: Refresh, on_error: OnError):
        super().__init__(key, store, before.id, refresh, on_error)
        self.before = (before.body, list(before.tags), before.category)
        self.after = (after.body, list(after.tags), after.category)

    def _apply(self, values: tuple[str, list[str], str | None]) -> None:
        body, tags, category = values
        self.store.update(self.note_id, body=body, tags=tags, category=category)

    def forward(self) -> None:
        self._apply(self.after)

    def backward(self) -> None:
        self._apply(self.before)


class DeleteNote(NoteCommand):
    """Soft delete: undo restores the very same note (same id, same anchor)."""

    text = "Delete Note"

    def __init__(self, key: str, store: NoteStore, note: Note, refresh: Refresh, on_error: OnError):
        super().__init__(key, store, note.id, refresh, on_error)

    def forward(self) -> None:
        self.store.delete(self.note_id)

    def backward(self) -> None:
        self.store.restore(self.note_id)


class NoteHistory:
    """Undo stacks keyed by article; every question names the articles that are shown."""

    def __init__(self) -> None:
        self._stacks: dict[str, list[NoteCommand]] = {}
        self._done: dict[str, int] = {}  # per article: how many of its commands are done
        self._clock = count(1)

    def push(self, command: NoteCommand) -> None:
        """A change just made (already written): it drops that article's redo tail."""
        stack = self._stacks.setdefault(command.key, [])
        del stack[self._done.get(command.key, 0):]
        command.stamp = next(self._clock)
        stack.append(command)
        self._done[command.key] = len(stack)

    def next_undo(self, shown: Iterable[str]) -> NoteCommand | None:
        """The most recent change among the shown articles' notes."""
        candidates = [self._stacks[k][self._done[k] - 1] for k in set(shown) if self._done.get(k, 0) > 0]
        return max(candidates, key=lambda c: c.stamp, default=None)

    def next_redo(self, shown: Iterable[str]) -> NoteCommand | None:
        """The most recently undone change among the shown articles' notes."""
        candidates = [self._stacks[k][self._done[k]] for k in set(shown)
                      if self._done.get(k, 0) < len(self._stacks.get(k, ()))]
        return max(candidates, key=lambda c: c.stamp, default=None)

    def undo(self, shown: Iterable[str]) -> NoteCommand | None:
        command = self.next_undo(shown)
        if command is not None:
            self._done[command.key] -= 1
            command.stamp = next(self._clock)
            command.undo()
        return command

    def redo(self, shown: Iterable[str]) -> NoteCommand | None:
        command = self.next_redo(shown)
        if command is not None:
            self._done[command.key] += 1
            command.stamp = next(self._clock)
            command.redo()
        return command

    def waiting(self, shown: Iterable[str]) -> list[str]:
        """Articles not shown whose notes have changes Undo could still take back."""
        shown = set(shown)
        return [k for k, n in self._done.items() if n > 0 and k not in shown]


# The history of the notes listed under "Other articles" (their article is not shown): always in
# scope while the Notes tab lists them, so Undo takes back a deletion or a re-link made there.
ELSEWHERE_KEY = "elsewhere:"


class DeleteNotes(NoteCommand):
    """All the notes of an article that is not shown, deleted at once (soft): undo restores them."""

    def __init__(self, key: str, store: NoteStore, note_ids: list[str], refresh: Refresh, on_error: OnError):
        super().__init__(key, store, note_ids[0] if note_ids else "", refresh, on_error)
        self.note_ids = list(note_ids)
        self.text = "Delete Note" if len(self.note_ids) == 1 else f"Delete {len(self.note_ids)} Notes"

    def forward(self) -> None:
        self.store.delete_many(self.note_ids)

    def backward(self) -> None:
        self.store.restore_many(self.note_ids)


class RelinkNotes(NoteCommand):
    """Notes pointed at the file their article was moved to; undo points them back."""

    text = "Re-link Notes"

    def __init__(self, key: str, store: NoteStore, before: dict[str, str | None], path: str,
                 refresh: Refresh, on_error: OnError):
        super().__init__(key, store, next(iter(before), ""), refresh, on_error)
        self.before, self.path = dict(before), path

    def forward(self) -> None:
        self.store.relink(list(self.before), self.path)

    def backward(self) -> None:
        self.store.restore_paths(self.before)
