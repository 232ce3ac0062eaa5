"""Shared fixtures. Tests never depend on ../shared: what they need lives under tests/data."""

from __future__ import annotations

import json
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from seed_paths import SEED_EXPECTED, SEED_FILES  # noqa: F401 (re-exported for fixtures)


@pytest.fixture(scope="session")
def seeds_expected() -> dict:
    return json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _isolated_notes_store(tmp_path_factory, monkeypatch):
    """No test ever touches the user's real notes store."""
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path_factory.mktemp("notes-store")))
