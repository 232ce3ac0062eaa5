"""Shared fixtures and the session's environment.

- Tests never depend on ../shared: what they need lives under tests/data.
- Qt sees only the test fonts (tests/data/fonts): text metrics are the same on every machine.
- Hypothesis draws the same examples on every run and machine (derandomized, no example
  database carried between runs) and has no per-example deadline: a property test fails for a
  reason that reproduces, never for the machine's speed or a previous run's luck.
  HYPOTHESIS_PROFILE=explore searches at random instead (as when hunting for new failures).
- Tests that need something of the machine (a program, root or not root, an X display) carry a
  marker registered in pyproject.toml (``--strict-markers``); where the thing is absent they are
  skipped with a reason, never failed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import hypothesis
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from font_setup import only_test_fonts  # noqa: E402
from seed_paths import SEED_EXPECTED, SEED_FILES  # noqa: E402,F401 (re-exported for fixtures)

only_test_fonts()

hypothesis.settings.register_profile(
    "repeatable", derandomize=True, database=None, deadline=None, print_blob=True,
    suppress_health_check=[hypothesis.HealthCheck.too_slow],
)
hypothesis.settings.register_profile("explore", deadline=None, suppress_health_check=[hypothesis.HealthCheck.too_slow])
hypothesis.settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(scope="session")
def seeds_expected() -> dict:
    return json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _isolated_notes_store(tmp_path_factory, monkeypatch):
    """No test ever touches the user's real notes store."""
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path_factory.mktemp("notes-store")))


@pytest.fixture
def store(tmp_path):
    """A fresh notes store in the test's folder, closed after it."""
    from sidebyside.notes.store import NoteStore

    s = NoteStore(tmp_path / "notes")
    yield s
    s.close()


# --------------------------------------------------------------------------- environment markers


def _has_program(*names: str) -> str | None:
    """None when one of the programs is on PATH, else why the test is skipped."""
    return None if any(shutil.which(n) for n in names) else f"needs {' or '.join(names)} on PATH"


# Qt's xcb platform plugin loads these beyond what offscreen needs (Debian: libxcb-cursor0,
# libxcb-icccm4, libxcb-keysyms1; the rest come with libxkbcommon-x11-0 and libxcb1).
XCB_LIBRARIES = ("xcb-cursor", "xcb-icccm", "xcb-keysyms", "xkbcommon-x11")


def _xcb_reason() -> str | None:
    import ctypes.util

    missing = [f"lib{name}" for name in XCB_LIBRARIES if ctypes.util.find_library(name) is None]
    return f"needs Qt's xcb platform libraries: {', '.join(missing)} missing" if missing else None


def _display_reason() -> str | None:
    display = os.environ.get("DISPLAY", "")
    if not display:
        return "needs an X display ($DISPLAY is not set)"
    number = display.rpartition(":")[2].split(".")[0]
    if display.startswith(":") and not Path(f"/tmp/.X11-unix/X{number}").exists():
        return f"needs an X display ($DISPLAY={display} has no server socket)"
    return None


# marker -> check returning None when the test can run, else the reason to skip it
ENVIRONMENT_MARKERS = {
    "needs_w3m": lambda: _has_program("w3m"),
    "needs_lynx": lambda: _has_program("lynx"),
    "needs_chromium": lambda: _has_program("chromium", "chromium-browser"),
    "needs_xvfb": lambda: _has_program("Xvfb"),
    "needs_display": _display_reason,
    "needs_xcb": _xcb_reason,
    "needs_root": lambda: None if os.geteuid() == 0 else "needs root",
    "needs_non_root": lambda: None if os.geteuid() != 0 else "needs a user other than root (root reads any file)",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    reasons: dict[str, str | None] = {}
    for item in items:
        for marker in item.iter_markers():
            if marker.name in ENVIRONMENT_MARKERS:
                if marker.name not in reasons:
                    reasons[marker.name] = ENVIRONMENT_MARKERS[marker.name]()
                if reasons[marker.name]:
                    item.add_marker(pytest.mark.skip(reason=reasons[marker.name]))


@pytest.fixture(scope="session")
def xvfb_display():
    """A private X server for the session (tests marked ``needs_xvfb``): its DISPLAY string."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        server.wait()
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)
