"""Shared fixtures. Tests never depend on ../shared: what they need lives under tests/data."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TESTS_DIR = Path(__file__).parent
DATA_DIR = TESTS_DIR / "data"
REPO_DIR = TESTS_DIR.parent
SEEDS_DIR = REPO_DIR / "seeds"

# expected.json names the seeds by their original capture ids.
SEED_FILES = {
    "000_a3fc94989bcf1aa3.txt": SEEDS_DIR / "almayadeen-putin-erdogan-2023-01-16.txt",
    "003_4bdb4dddb84b4767.txt": SEEDS_DIR / "moscowtimes-putin-assad-2023-03.txt",
}


@pytest.fixture(scope="session")
def seeds_expected() -> dict:
    return json.loads((DATA_DIR / "seeds_expected.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _isolated_notes_store(tmp_path_factory, monkeypatch):
    """No test ever touches the user's real notes store."""
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path_factory.mktemp("notes-store")))
