"""Fixtures the notes tests share."""

from __future__ import annotations

import pytest

from sidebyside.notes.store import NoteStore


@pytest.fixture
def store(tmp_path):
    s = NoteStore(tmp_path / "store.sqlite3")
    yield s
    s.close()
