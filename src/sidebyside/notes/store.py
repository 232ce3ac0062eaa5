"""The notes store: one SQLite file in the user's data directory.

Durability: WAL journal with synchronous=FULL, so a note whose write returned survives a crash of
the process *and* of the machine; every write is its own ``BEGIN IMMEDIATE`` transaction, and a
busy timeout makes a second app instance wait for the lock instead of failing. A store file that
is not a database or fails ``PRAGMA integrity_check`` is moved aside with a timestamp and replaced
by a fresh one; the reason is kept in ``NoteStore.warnings`` for the UI and CLI to show.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable, Iterator

from sidebyside.errors import NotesError
from sidebyside.model import Article
from sidebyside.notes.anchoring import TextQuote, anchor, describe
from sidebyside.notes.model import ArticleRef, Note, article_ref, canonical_path, now_iso

STORE_NAME = "notes.sqlite3"
BUSY_TIMEOUT_S = 30.0

# Each step brings the schema from version i to i+1; applied in order in one transaction.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            url TEXT,
            path TEXT,
            title TEXT,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        )""",
        "CREATE INDEX notes_fingerprint ON notes(fingerprint)",
        "CREATE INDEX notes_url ON notes(url) WHERE url IS NOT NULL",
        "CREATE INDEX notes_path ON notes(path) WHERE path IS NOT NULL",
    ),
    (
        "ALTER TABLE notes ADD COLUMN category TEXT",
        "ALTER TABLE notes ADD COLUMN colour TEXT",
        "ALTER TABLE notes ADD COLUMN deleted TEXT",  # soft delete: undo restores it
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

_COLUMNS = (
    "id, fingerprint, url, path, title, exact, prefix, suffix, start, \"end\", body, tags, "
    "created, modified, category, colour, deleted"
)


def data_dir() -> Path:
    env = os.environ.get("SIDEBYSIDE_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("SideBySide", appauthor=False))


def default_store_path() -> Path:
    return data_dir() / STORE_NAME


def _row_to_note(row: sqlite3.Row | tuple) -> Note:
    (id_, fp, url, path, title, exact, prefix, suffix, start, end, body, tags, created, modified,
     category, colour, deleted) = row
    return Note(
        id=id_,
        article=ArticleRef(fp, url, path, title),
        quote=TextQuote(exact, prefix, suffix),
        position=(start, end),
        body=body,
        tags=tuple(json.loads(tags)),
        created=created,
        modified=modified,
        category=category,
        colour=colour,
        start=start,
        end=end,
        anchor="exact",
        deleted=deleted,
    )


def _clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for tag in tags:
        tag = str(tag).strip()
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


class NoteStore:
    """Notes on passages, kept in SQLite. Qt-free; the UI and the CLI share it.

    ``path`` is the database file or a directory to keep ``notes.sqlite3`` in (default: the data
    directory, ``$SIDEBYSIDE_DATA_DIR`` or the per-user one).
    """

    def __init__(self, path: str | os.PathLike[str] | None = None):
        target = Path(path) if path is not None else default_store_path()
        if target.is_dir():
            target = target / STORE_NAME
        self.path = target
        self.warnings: list[str] = []
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise NotesError(f"cannot create the notes directory: {exc.strerror or exc}", str(self.path.parent)) from None
        self._conn = self._open()

    # ------------------------------------------------------------------ opening

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        return conn

    def _open(self) -> sqlite3.Connection:
        try:
            conn = self._connect()
            problem = self._check(conn)
        except sqlite3.DatabaseError as exc:
            conn, problem = None, str(exc)
        except OSError as exc:
            raise NotesError(f"cannot open the notes store: {exc}", str(self.path)) from None
        if problem is not None:
            if conn is not None:
                conn.close()
            conn = self._replace_corrupt(problem)
        try:
            self._use_wal(conn)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            self._migrate(conn)
        except sqlite3.DatabaseError as exc:
            raise NotesError(f"cannot prepare the notes store: {exc}", str(self.path)) from None
        return conn

    @staticmethod
    def _use_wal(conn: sqlite3.Connection) -> None:
        """Switch to write-ahead logging. While another process is creating or converting the file
        SQLite answers "database is locked" at once, without the busy timeout: retry until it."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    @staticmethod
    def _check(conn: sqlite3.Connection) -> str | None:
        """None when the file is a sound database (or empty), else what is wrong."""
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            return "; ".join(str(r[0]) for r in rows[:3])
        return None

    def _replace_corrupt(self, problem: str) -> sqlite3.Connection:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        try:
            os.replace(self.path, aside)
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    os.replace(side, aside.with_name(aside.name + suffix))
        except OSError as exc:
            raise NotesError(f"the notes store is damaged ({problem}) and cannot be moved aside: {exc}",
                             str(self.path)) from None
        self.warnings.append(
            f"The notes store {self.path} was damaged ({problem}); it was moved to {aside.name} "
            "and a new, empty store was created."
        )
        return self._connect()

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another instance may have migrated while we waited for the lock.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise NotesError(
                    f"the notes store was written by a newer SideBySide (schema {version}, "
                    f"this version reads {SCHEMA_VERSION})", str(self.path))
            for steps in MIGRATIONS[version:]:
                for sql in steps:
                    conn.execute(sql)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> "NoteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writes

    def _write(self, sql: str, params: tuple | list) -> int:
        """One statement in its own committed transaction; returns the rows changed."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    changed = self._conn.execute(sql, params).rowcount
                    self._conn.execute("COMMIT")
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                raise NotesError(f"cannot write the note: {exc}", str(self.path)) from None
        return changed

    def add(
        self,
        article: Article,
        start: int,
        end: int,
        body: str,
        tags: Iterable[str] = (),
        category: str | None = None,
        colour: str | None = None,
    ) -> Note:
        """Attach a note to article.text[start:end]; the write is committed when this returns."""
        text = article.text
        if not (0 <= start < end <= len(text)):
            raise NotesError(f"passage {start}..{end} is not inside the article (0..{len(text)})")
        import uuid  # here: the app opens the store at start-up, and uuid imports platform

        stamp = now_iso()
        note = Note(
            id=str(uuid.uuid4()),
            article=article_ref(article),
            quote=describe(text, start, end),
            position=(start, end),
            body=body,
            tags=_clean_tags(tags),
            created=stamp,
            modified=stamp,
            category=category,
            colour=colour,
            start=start,
            end=end,
            anchor="exact",
        )
        self._write(f"INSERT INTO notes ({_COLUMNS}) VALUES ({', '.join('?' * 17)})", self._params(note))
        return note

    @staticmethod
    def _params(note: Note) -> tuple:
        a, q = note.article, note.quote
        return (note.id, a.fingerprint, a.url, a.path, a.title, q.exact, q.prefix, q.suffix,
                note.position[0], note.position[1], note.body, json.dumps(list(note.tags), ensure_ascii=False),
                note.created, note.modified, note.category, note.colour, note.deleted)

    _UNSET = object()

    def update(self, note_id: str, body: object = _UNSET, tags: object = _UNSET,
               category: object = _UNSET, colour: object = _UNSET) -> Note:
        """Change what is given; the passage and its anchor stay."""
        sets, params = [], []
        if body is not self._UNSET:
            sets.append("body = ?")
            params.append(str(body))
        if tags is not self._UNSET:
            sets.append("tags = ?")
            params.append(json.dumps(list(_clean_tags(tags)), ensure_ascii=False))  # type: ignore[arg-type]
        if category is not self._UNSET:
            sets.append("category = ?")
            params.append(category)
        if colour is not self._UNSET:
            sets.append("colour = ?")
            params.append(colour)
        sets.append("modified = ?")
        params.append(now_iso())
        if not self._write(f"UPDATE notes SET {', '.join(sets)} WHERE id = ?", [*params, note_id]):
            raise NotesError(f"no note with id {note_id}")
        return self.get(note_id)

    def delete(self, note_id: str) -> None:
        """Soft delete: hidden everywhere until ``restore`` (the UI's undo)."""
        if not self._write("UPDATE notes SET deleted = ? WHERE id = ?", (now_iso(), note_id)):
            raise NotesError(f"no note with id {note_id}")

    def restore(self, note_id: str) -> Note:
        if not self._write("UPDATE notes SET deleted = NULL WHERE id = ?", (note_id,)):
            raise NotesError(f"no note with id {note_id}")
        return self.get(note_id)

    def purge_deleted(self, older_than_days: float = 0.0) -> int:
        """Remove soft-deleted notes for good (those deleted more than ``older_than_days`` ago)."""
        cutoff = (datetime.now(timezone.utc) - timedelta(days=older_than_days)).isoformat(timespec="milliseconds")
        return self._write("DELETE FROM notes WHERE deleted IS NOT NULL AND deleted <= ?",
                           (cutoff.replace("+00:00", "Z"),))

    def put_many(self, notes: Iterable[Note]) -> tuple[int, int]:
        """Insert notes (an import) in one transaction, idempotent by id: a note already in the store
        is replaced only by a more recently modified copy. Returns (added, updated)."""
        added = updated = 0
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    for note in notes:
                        row = self._conn.execute("SELECT modified FROM notes WHERE id = ?", (note.id,)).fetchone()
                        if row is None:
                            self._conn.execute(
                                f"INSERT INTO notes ({_COLUMNS}) VALUES ({', '.join('?' * 17)})", self._params(note))
                            added += 1
                        elif note.modified > row[0]:
                            self._conn.execute("DELETE FROM notes WHERE id = ?", (note.id,))
                            self._conn.execute(
                                f"INSERT INTO notes ({_COLUMNS}) VALUES ({', '.join('?' * 17)})", self._params(note))
                            updated += 1
                    self._conn.execute("COMMIT")
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                raise NotesError(f"cannot import notes: {exc}", str(self.path)) from None
        return added, updated

    # ------------------------------------------------------------------ reads

    def _query(self, sql: str, params: tuple | list = ()) -> Iterator[Note]:
        with self._lock:
            try:
                rows = self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise NotesError(f"cannot read notes: {exc}", str(self.path)) from None
        return (_row_to_note(r) for r in rows)

    def get(self, note_id: str) -> Note:
        found = list(self._query(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,)))
        if not found:
            raise NotesError(f"no note with id {note_id}")
        return found[0]

    def all_notes(self, include_deleted: bool = False) -> list[Note]:
        where = "" if include_deleted else "WHERE deleted IS NULL"
        # rowid (insertion order) breaks ties: ids are random, and notes made in one millisecond
        # must still come back in the order they were written.
        return list(self._query(f"SELECT {_COLUMNS} FROM notes {where} ORDER BY created, rowid"))

    def stored_for(self, ref: ArticleRef) -> list[Note]:
        """Notes whose article has this fingerprint, URL or path (any of them), as stored."""
        clauses, params = ["fingerprint = ?"], [ref.fingerprint]
        if ref.url:
            clauses.append("url = ?")
            params.append(ref.url)
        if ref.path:
            clauses.append("path = ?")
            params.append(canonical_path(ref.path))
        sql = f"SELECT {_COLUMNS} FROM notes WHERE ({' OR '.join(clauses)}) AND deleted IS NULL ORDER BY start, created"
        return list(self._query(sql, params))

    def notes_for(self, article: Article) -> list[Note]:
        """The article's notes, each re-anchored against its text as it is now (orphans last)."""
        ref = article_ref(article)
        placed, orphans = [], []
        for note in self.stored_for(ref):
            where = anchor(article.text, note.quote, *note.position)
            (orphans if where.kind == "orphan" else placed).append(note.anchored(where))
        placed.sort(key=lambda n: (n.start, n.end, n.created))
        return placed + orphans

    def integrity_ok(self) -> bool:
        with self._lock:
            return self._check(self._conn) is None

