"""The notes store: one SQLite file in the user's data directory.

Durability: WAL journal with synchronous=FULL, so a note whose write returned survives a crash of
the process *and* of the machine; every write is its own ``BEGIN IMMEDIATE`` transaction, and a
short busy timeout lets a second app instance wait out the other's write (milliseconds) but says
at once when another program holds the store locked.

Only a store that is really damaged (not a database, or ``PRAGMA integrity_check`` reports
damage) is moved aside with a timestamp and replaced by a fresh one; the reason is kept in
``NoteStore.warnings`` for the UI and CLI to show. A store that cannot be checked because the
disk is full, it is locked, read-only or unreadable is left exactly as it is, and the error says
which of these it is (``describe_error``).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable, Sequence

from sidebyside.errors import NotesError
from sidebyside.model import Article
from sidebyside.notes.anchoring import TextQuote, anchor, describe
from sidebyside.notes.identity import (read_sketch, recognition, resemblance, same_title, shingles, sketch,
                                       stable_shingles)
from sidebyside.notes.model import ArticleRef, Note, article_ref, canonical_path, now_iso
from sidebyside.safeio import paused_gc
from sidebyside.settings import DEFAULT, NotesSettings

STORE_NAME = "notes.sqlite3"

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
    (
        # The sketch (identity.sketch) of each article notes were written on, by its fingerprint:
        # one row per article, not per note. Notes stored before it have none until their
        # article is next opened (NoteStore._upgrade).
        "CREATE TABLE sketches (fingerprint TEXT PRIMARY KEY, sketch TEXT NOT NULL) WITHOUT ROWID",
    ),
    (
        # The article's outlet when the note was written: with its headline and file it names the
        # article in the Notes tab once the file is gone.
        "ALTER TABLE notes ADD COLUMN outlet TEXT",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

_COLUMNS = (
    "id, fingerprint, url, path, title, exact, prefix, suffix, start, \"end\", body, tags, "
    "created, modified, category, colour, deleted, outlet"
)
_INSERT = f"INSERT INTO notes ({_COLUMNS}) VALUES ({', '.join('?' * 18)})"
_INSERT_SKETCH = "INSERT OR IGNORE INTO sketches (fingerprint, sketch) VALUES (?, ?)"
_REPLACE_SKETCH = "INSERT OR REPLACE INTO sketches (fingerprint, sketch) VALUES (?, ?)"
# A sketch goes with the last note on its article removed for good.
_DROP_UNUSED_SKETCHES = ("DELETE FROM sketches WHERE fingerprint NOT IN (SELECT fingerprint FROM notes)", ())
# Every note read with its article's sketch (NULL when there is none).
_SELECT = f"SELECT {_COLUMNS}, sketches.sketch FROM notes LEFT JOIN sketches USING (fingerprint)"


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
     category, colour, deleted, outlet, sketch) = row
    return Note(
        id=id_,
        article=ArticleRef(fp, url, path, title, sketch, outlet),
        quote=TextQuote(exact, prefix, suffix),
        position=(start, end),
        body=body,
        tags=tuple(json.loads(tags)) if tags != "[]" else (),
        created=created,
        modified=modified,
        category=category,
        colour=colour,
        start=start,
        end=end,
        anchor="exact",
        deleted=deleted,
    )


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back what is still open. After SQLITE_FULL SQLite has rolled back by itself, and a
    second ROLLBACK would replace the real error with "cannot rollback - no transaction is active"."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass


def is_damage(exc: sqlite3.Error) -> bool:
    """True only for errors that mean the file itself is damaged (or not a database at all)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name:
        return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def describe_error(exc: sqlite3.Error, where: Path) -> str:
    """What a user can do something about: disk full, locked, read-only, permissions; else SQLite's words."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    try:
        full = shutil.disk_usage(where.parent if where.suffix else where).free < 64 * 1024
    except OSError:
        full = False
    if name.startswith("SQLITE_FULL") or (full and name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN"))):
        return "the disk is full (free some space and try again; the notes already stored are unchanged)"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return ("the notes store is locked by another program (another SideBySide busy writing, a backup "
                "or a database browser); close it or try again")
    if name.startswith("SQLITE_READONLY"):
        return "the notes store is read-only (a read-only disk or file)"
    if name.startswith(("SQLITE_PERM", "SQLITE_AUTH", "SQLITE_CANTOPEN")):
        return f"cannot open the notes store (permission denied or the folder is gone: {text})"
    if name.startswith("SQLITE_IOERR"):
        return f"a disk error ({text})"
    return text


@dataclass(frozen=True)
class Claim:
    """What one shown article claims of the store: its keys, the stored articles its words
    recognise (fingerprint -> identity.recognition), the notes those give it, as stored, and
    for those whose notes keep their article's sketch, the share of that article's words this
    text holds (fingerprint -> identity.resemblance)."""

    ref: ArticleRef
    by_text: dict[str, tuple[float, float]]
    candidates: list[Note]
    resemblance: dict[str, float] = field(default_factory=dict)


def _held(claim: Claim, fp: str, least: float) -> tuple[float, float] | None:
    """How well the claim's words hold the notes of stored article ``fp``; None when they do not
    or when the article's sketch says this text is another article sharing some of its words."""
    score = claim.by_text.get(fp)
    if score is None:
        return None
    share = claim.resemblance.get(fp)
    if share is not None and share < least:
        return None
    return score


def belongs_to(note: Note, own: Claim, others: Sequence[Claim],
               min_same_article: float = DEFAULT.notes.min_same_article) -> bool:
    """The one rule for which of the articles shown together a note of ``own`` belongs to (the
    Notes tab, the report and ``notes list --beside`` all ask it). A note stored for this article
    (its text, URL or file) is its own, whatever else is shown; one stored for another article
    shown is that one's; one that this article's words found (an earlier version of it, moved
    and edited) is its own unless another article shown holds the note's article better (the
    edited copy keeps the notes' context, another outlet's copy of the story rarely all of it).
    A note both hold equally well is left on both: which one it is cannot be told.

    Whether its own article is shown or not, a note that keeps its article's sketch goes by its
    words only to a text that holds most of that article's words (``min_same_article``): the
    article moved and edited, not another outlet's copy of the story, which the note's article,
    even closed, holds better. Notes stored without a sketch go by the words alone (the CLI then
    weighs their article from its file)."""
    if note.article.finds(own.ref):
        return True
    if any(note.article.finds(other.ref) for other in others):
        return False
    fp = note.article.fingerprint
    if fp not in own.by_text:  # found by a key the SQL query compares as this article's: never dropped
        return True
    mine = _held(own, fp, min_same_article)
    if mine is None:
        return False
    return all((_held(other, fp, min_same_article) or (0.0, 0.0)) <= mine for other in others)


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

    def __init__(self, path: str | os.PathLike[str] | None = None, settings: NotesSettings = DEFAULT.notes):
        self.settings = settings
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
        timeout = self.settings.busy_timeout_s
        conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        return conn

    def _open(self) -> sqlite3.Connection:
        conn = None
        try:
            conn = self._connect()
            problem = self._check(conn)
        except sqlite3.Error as exc:
            if not is_damage(exc):  # full, locked, read-only...: the store may be perfectly sound
                if conn is not None:
                    conn.close()
                raise NotesError(f"cannot open the notes store: {describe_error(exc, self.path)}",
                                 str(self.path)) from None
            problem = str(exc)
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
        except sqlite3.Error as exc:
            conn.close()
            raise NotesError(f"cannot prepare the notes store: {describe_error(exc, self.path)}",
                             str(self.path)) from None
        return conn

    def _use_wal(self, conn: sqlite3.Connection) -> None:
        """Switch to write-ahead logging. While another process is creating or converting the file
        SQLite answers "database is locked" at once, without the busy timeout: retry until it."""
        deadline = time.monotonic() + self.settings.busy_timeout_s
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
            _rollback(conn)
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
        return self._write_all([(sql, params)])[0]

    def _write_all(self, steps: list[tuple[str, tuple | list]]) -> list[int]:
        """Statements in one committed transaction; returns the rows each one changed."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    changed = [self._conn.execute(sql, params).rowcount for sql, params in steps]
                    self._conn.execute("COMMIT")
                except BaseException:
                    _rollback(self._conn)
                    raise
            except sqlite3.Error as exc:
                raise NotesError(f"cannot save the note: {describe_error(exc, self.path)}", str(self.path)) from None
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
            article=article_ref(article, with_sketch=True),
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
        steps = [(_INSERT, self._params(note))]
        if note.article.sketch:  # made from the text itself: it replaces one an import brought
            steps.insert(0, (_REPLACE_SKETCH, (note.article.fingerprint, note.article.sketch)))
        self._write_all(steps)
        return note

    @staticmethod
    def _params(note: Note) -> tuple:
        a, q = note.article, note.quote
        return (note.id, a.fingerprint, a.url, a.path, a.title, q.exact, q.prefix, q.suffix,
                note.position[0], note.position[1], note.body,
                json.dumps(list(note.tags), ensure_ascii=False) if note.tags else "[]",
                note.created, note.modified, note.category, note.colour, note.deleted, a.outlet)

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

    def _each_chunk(self, sql: str, ids: list[str], before: tuple = ()) -> int:
        """``sql`` ending in ``id IN ({})`` run over ``ids`` in chunks, all in one transaction."""
        steps = [(sql.format(", ".join("?" * len(ids[i : i + 500]))), [*before, *ids[i : i + 500]])
                 for i in range(0, len(ids), 500)]
        return sum(self._write_all(steps)) if steps else 0

    def delete_many(self, note_ids: Iterable[str]) -> int:
        """Soft delete several notes at once (all the notes of an article gone): one undo restores
        them (``restore_many``). Returns how many were deleted."""
        return self._each_chunk("UPDATE notes SET deleted = ? WHERE deleted IS NULL AND id IN ({})",
                                list(dict.fromkeys(note_ids)), (now_iso(),))

    def restore_many(self, note_ids: Iterable[str]) -> int:
        return self._each_chunk("UPDATE notes SET deleted = NULL WHERE id IN ({})", list(dict.fromkeys(note_ids)))

    def relink(self, note_ids: Iterable[str], path: str | None) -> dict[str, str | None]:
        """Point notes at the file their article now lives in (moved by the reader): their
        article's stored path becomes ``path`` (canonical), so opening that file shows them. The
        text they were written on (fingerprint, sketch, quotes) is kept: they are re-anchored
        against the file's text as any note is. Returns each note's previous path, for undo
        (``restore_paths``). Whether the file is that article is the caller's question
        (elsewhere.judge)."""
        ids = list(dict.fromkeys(note_ids))
        before = {n.id: n.article.path for n in self.notes_by_id(ids)}
        self._each_chunk("UPDATE notes SET path = ? WHERE id IN ({})", list(before), (canonical_path(path),))
        return before

    def restore_paths(self, paths: dict[str, str | None]) -> None:
        """Undo of ``relink``: each note's article path as it was, in one transaction."""
        self._write_all([("UPDATE notes SET path = ? WHERE id = ?", (p, i)) for i, p in paths.items()])

    def notes_by_id(self, ids: list[str]) -> list[Note]:
        """The notes with these ids (deleted ones too), as stored."""
        notes: list[Note] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            notes += self._query(f"{_SELECT} WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
        return notes

    def purge_deleted(self, older_than_days: float = 0.0) -> int:
        """Remove soft-deleted notes for good (those deleted more than ``older_than_days`` ago)."""
        cutoff = (datetime.now(timezone.utc) - timedelta(days=older_than_days)).isoformat(timespec="milliseconds")
        return self._write_all([("DELETE FROM notes WHERE deleted IS NOT NULL AND deleted <= ?",
                                 (cutoff.replace("+00:00", "Z"),)), _DROP_UNUSED_SKETCHES])[0]

    def put_many(self, notes: Iterable[Note]) -> tuple[int, int]:
        """Insert notes (an import) in one transaction, idempotent by id: a note already in the store
        is replaced only by a more recently modified copy. All or nothing. Returns (added, updated)."""
        latest: dict[str, Note] = {}
        for note in notes:  # one file may hold a note twice: the newer copy counts
            if note.id not in latest or note.modified > latest[note.id].modified:
                latest[note.id] = note
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    stored: dict[str, str] = {}
                    ids = list(latest)
                    for i in range(0, len(ids), 500):
                        chunk = ids[i : i + 500]
                        stored.update(self._conn.execute(
                            f"SELECT id, modified FROM notes WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
                    new = [n for n in latest.values() if n.id not in stored]
                    newer = [n for n in latest.values() if n.id in stored and n.modified > stored[n.id]]
                    self._conn.executemany("DELETE FROM notes WHERE id = ?", [(n.id,) for n in newer])
                    self._conn.executemany(_INSERT, [self._params(n) for n in (*new, *newer)])
                    self._conn.executemany(_INSERT_SKETCH, list({
                        n.article.fingerprint: (n.article.fingerprint, n.article.sketch)
                        for n in (*new, *newer) if n.article.sketch and n.article.fingerprint}.values()))
                    self._conn.execute("COMMIT")
                except BaseException:
                    _rollback(self._conn)
                    raise
            except sqlite3.Error as exc:
                raise NotesError(f"cannot import notes: {describe_error(exc, self.path)}", str(self.path)) from None
        return len(new), len(newer)

    def remove(self, note_ids: Iterable[str]) -> int:
        """Delete notes for good (what ``notes delete`` does for a note that should not be there)."""
        ids = list(dict.fromkeys(note_ids))
        removed = 0
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            removed += self._write_all([(f"DELETE FROM notes WHERE id IN ({', '.join('?' * len(chunk))})", chunk),
                                        _DROP_UNUSED_SKETCHES])[0]
        return removed

    # ------------------------------------------------------------------ reads

    def _rows(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise NotesError(f"cannot read notes: {describe_error(exc, self.path)}", str(self.path)) from None

    def _query(self, sql: str, params: tuple | list = ()) -> list[Note]:
        rows = self._rows(sql, params)
        with paused_gc():  # thousands of small objects at once: see safeio.paused_gc
            return [_row_to_note(r) for r in rows]

    def change_stamp(self) -> tuple[int, int]:
        """A value that changes whenever the store does: this connection's writes (total_changes)
        and other connections' commits (PRAGMA data_version). Lets a reader keep what it read
        until then (the Notes tab's list of every note)."""
        with self._lock:
            try:
                return self._conn.total_changes, self._conn.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error as exc:
                raise NotesError(f"cannot read notes: {describe_error(exc, self.path)}", str(self.path)) from None

    def get(self, note_id: str) -> Note:
        found = list(self._query(f"{_SELECT} WHERE id = ?", (note_id,)))
        if not found:
            raise NotesError(f"no note with id {note_id}")
        return found[0]

    def all_notes(self, include_deleted: bool = False) -> list[Note]:
        where = "" if include_deleted else "WHERE deleted IS NULL"
        # rowid (insertion order) breaks ties: ids are random, and notes made in one millisecond
        # must still come back in the order they were written.
        return list(self._query(f"{_SELECT} {where} ORDER BY created, notes.rowid"))

    def note_keys(self) -> list[tuple]:
        """(id, fingerprint, path, title, url, outlet, modified, start) of every note not deleted:
        what lists the notes by article (elsewhere.group_keys) without building 10,000 notes."""
        return self._rows('SELECT id, fingerprint, path, title, url, outlet, modified, start FROM notes '
                          "WHERE deleted IS NULL ORDER BY created, rowid")

    def stored_for(self, ref: ArticleRef) -> list[Note]:
        """Notes whose article has this fingerprint, URL or path (any of them), as stored."""
        clauses, params = ["fingerprint = ?"], [ref.fingerprint]
        if ref.url:
            clauses.append("url = ?")
            params.append(ref.url)
        if ref.path:
            clauses.append("path = ?")
            params.append(canonical_path(ref.path))
        sql = f"{_SELECT} WHERE ({' OR '.join(clauses)}) AND deleted IS NULL ORDER BY start, created"
        return list(self._query(sql, params))

    def _recognised(self, article: Article, ref: ArticleRef) -> dict[str, tuple[float, float]]:
        """Fingerprint -> how well this text holds that stored article's notes (identity.recognition),
        for each stored article other than this one's keys that this text is, edited, though its
        fingerprint, URL and path all differ (a text capture moved and edited): see identity.py."""
        text_shingles = shingles(article.text)
        if not text_shingles:
            return {}
        limits = self.settings
        keys, params = ["fingerprint != ?"], [ref.fingerprint]
        if ref.url:
            keys.append("(url IS NULL OR url != ?)")
            params.append(ref.url)
        if ref.path:
            keys.append("(path IS NULL OR path != ?)")
            params.append(canonical_path(ref.path))
        # The longest quotes of each stored article tell the most; a sample keeps this fast.
        rows = self._rows(
            "SELECT fingerprint, title, exact, prefix, suffix FROM (SELECT fingerprint, title, exact, prefix, "
            "suffix, row_number() OVER (PARTITION BY fingerprint ORDER BY length(exact) DESC, rowid) AS n "
            f"FROM notes WHERE deleted IS NULL AND {' AND '.join(keys)}) WHERE n <= ?",
            [*params, limits.sample_notes_per_article])
        samples: dict[str, list[TextQuote]] = {}
        titles: dict[str, str | None] = {}
        for fp, title, exact, prefix, suffix in rows:
            samples.setdefault(fp, []).append(TextQuote(exact, prefix, suffix))
            titles[fp] = titles.get(fp) or title
        found = {}
        for fp, quotes in samples.items():
            score = recognition(quotes, text_shingles, same_title(titles[fp], article.title), limits)
            if score is not None:
                found[fp] = score
        return found

    def _notes_of(self, fingerprints: list[str]) -> list[Note]:
        notes: list[Note] = []
        for i in range(0, len(fingerprints), 500):
            chunk = fingerprints[i : i + 500]
            notes += self._query(f"{_SELECT} WHERE deleted IS NULL AND fingerprint IN "
                                 f"({', '.join('?' * len(chunk))}) ORDER BY start, created", chunk)
        return notes

    def notes_for(self, article: Article, beside: Sequence[Article | None] = ()) -> list[Note]:
        """The article's notes, each re-anchored against its text as it is now (orphans last):
        those stored under its fingerprint, URL or path, and those of an earlier version of it
        that its words recognise (``_recognised``). With ``beside``, the articles shown with
        it: only the notes that belong to it among them (``notes_shown``)."""
        return self.notes_shown([article, *beside])[0]

    def notes_shown(self, articles: Sequence[Article | None]) -> list[list[Note]]:
        """Each article's notes when these articles are shown together (a pair side by side, a
        report, a set): every note on the one article it belongs to (``belongs_to``), re-anchored
        against its text; ``[]`` for None. Two outlets' copies of one wire story (the same
        headline, a passage in common) read to the store as one article edited: without this,
        a note written on one showed on both."""
        claims = [None if a is None else self._claim(a) for a in articles]
        shown: list[list[Note]] = []
        for i, (article, claim) in enumerate(zip(articles, claims)):
            if article is None or claim is None:
                shown.append([])
                continue
            others = [c for j, c in enumerate(claims) if j != i and c is not None]
            least = self.settings.min_same_article
            shown.append(self._anchored(article, [n for n in claim.candidates
                                                  if belongs_to(n, claim, others, least)]))
        return shown

    def _claim(self, article: Article) -> "Claim":
        ref = article_ref(article)
        stored = self.stored_for(ref)
        self._upgrade(article, ref, stored)
        by_text = self._recognised(article, ref)
        known = {n.id for n in stored}
        stored += [n for n in self._notes_of(list(by_text)) if n.id not in known]
        return Claim(ref, by_text, stored, self._resemblance(article, by_text, stored))

    @staticmethod
    def _resemblance(article: Article, by_text: dict[str, tuple[float, float]], notes: list[Note]) -> dict[str, float]:
        """Fingerprint -> share of that stored article's words this text holds, for each article
        its words recognise whose notes keep its sketch (the text's trigrams hashed once)."""
        sketches: dict[str, tuple[int, ...]] = {}
        for note in notes:
            fp = note.article.fingerprint
            if fp in by_text and fp not in sketches and note.article.sketch:
                hashes = read_sketch(note.article.sketch)
                if hashes:
                    sketches[fp] = hashes
        if not sketches:
            return {}
        grams = stable_shingles(article.text)
        return {fp: resemblance(hashes, grams) for fp, hashes in sketches.items()}

    def _upgrade(self, article: Article, ref: ArticleRef, stored: list[Note]) -> None:
        """Give notes stored before sketches the sketch of their article, now that it is open with
        the very text they were written on (its fingerprint). Best effort: a store that cannot be
        written (read-only, locked) keeps them as they are, and they go by their words alone."""
        if not any(n.article.sketch is None and n.article.fingerprint == ref.fingerprint for n in stored):
            return
        value = sketch(article.text)
        if value is None:
            return
        try:
            self._write(_INSERT_SKETCH, (ref.fingerprint, value))
        except NotesError:
            pass

    def _anchored(self, article: Article, stored: list[Note]) -> list[Note]:
        placed, orphans = [], []
        with paused_gc():  # thousands of notes re-anchored: see safeio.paused_gc
            for note in stored:
                where = anchor(article.text, note.quote, *note.position, settings=self.settings.anchoring)
                (orphans if where.kind == "orphan" else placed).append(note.anchored(where))
        placed.sort(key=lambda n: (n.start, n.end, n.created))
        return placed + orphans

    def integrity_ok(self) -> bool:
        with self._lock:
            return self._check(self._conn) is None

