"""Starting on a real desktop: no display, missing system libraries, the xcb platform under Xvfb."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from gui_data import SEED_A, SEED_B

from sidebyside.ui import desktop
from sidebyside.ui.qt import QtCore, QtGui

RUN_TIMEOUT = 120  # wall seconds: a hang guard, the app answers in a few


def _env(tmp_path, **changes) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_QPA_PLATFORM_PLUGIN_PATH")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env.update(changes)
    return env


def _broken_xcb_plugin(tmp_path: Path) -> Path:
    """A copy of Qt's xcb plugin that needs a library no system has (one name changed in place,
    same length), beside a link to Qt's own libraries so only that one is missing."""
    qt_plugins = Path(QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.PluginsPath))
    original = qt_plugins / "platforms" / "libqxcb.so"
    if not original.is_file():
        pytest.skip("this Qt has no xcb platform plugin")
    data = original.read_bytes()
    assert b"libxcb-cursor.so.0\0" in data, "premise: the xcb plugin links libxcb-cursor.so.0"
    root = tmp_path / "qt"
    (root / "plugins" / "platforms").mkdir(parents=True)
    (root / "lib").symlink_to(QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.LibrariesPath))
    plugin = root / "plugins" / "platforms" / "libqxcb.so"
    plugin.write_bytes(data.replace(b"libxcb-cursor.so.0\0", b"libxcb-cursqq.so.0\0"))
    return plugin


def test_a_screenshot_without_a_display_renders_offscreen(tmp_path, qapp):
    out = tmp_path / "shot.png"
    proc = subprocess.run([sys.executable, "-m", "sidebyside", str(SEED_A), str(SEED_B), "--screenshot", str(out)],
                          capture_output=True, text=True, timeout=RUN_TIMEOUT, env=_env(tmp_path))
    assert proc.returncode == 0, proc.stderr[-1500:]
    assert QtGui.QImage(str(out)).width() >= 800


def test_the_window_without_a_display_says_so_in_one_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "sidebyside", str(SEED_A), str(SEED_B)],
                          capture_output=True, text=True, timeout=RUN_TIMEOUT, env=_env(tmp_path))
    assert proc.returncode == 1  # not -6 (SIGABRT)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "--screenshot" in lines[0], proc.stderr


def test_missing_xcb_libraries_are_named_in_one_line(tmp_path):
    plugin = _broken_xcb_plugin(tmp_path)
    assert desktop.missing_xcb_libraries(plugin=plugin) == ["libxcb-cursqq.so.0"]
    env = _env(tmp_path, DISPLAY=":97", QT_QPA_PLATFORM="xcb", QT_QPA_PLATFORM_PLUGIN_PATH=str(plugin.parent))
    proc = subprocess.run([sys.executable, "-m", "sidebyside", str(SEED_A), str(SEED_B)],
                          capture_output=True, text=True, timeout=RUN_TIMEOUT, env=env)
    assert proc.returncode == 1, proc.stderr[-1500:]
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "libxcb-cursqq.so.0" in lines[0] and "apt-get install" in lines[0], proc.stderr


def test_the_missing_libraries_message_names_debian_packages():
    line = desktop.missing_libraries_message(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"])
    assert "libxcb-cursor0, libxcb-icccm4, libxkbcommon-x11-0" in line
    assert "\n" not in line


def test_a_screenshot_falls_back_to_offscreen_when_xcb_cannot_load(tmp_path):
    plugin = _broken_xcb_plugin(tmp_path)
    env = _env(tmp_path, DISPLAY=":97", QT_QPA_PLATFORM_PLUGIN_PATH=str(plugin.parent))
    assert desktop.choose_platform(True, env) is None
    assert env["QT_QPA_PLATFORM"] == "offscreen"


@pytest.mark.needs_xvfb
@pytest.mark.needs_xcb
def test_on_a_real_x_server_the_xcb_platform_loads_and_paints(xvfb_display, tmp_path):
    """Qt's xcb platform under Xvfb, as a desktop runs the app: no library missing, nothing
    said on stderr, a window painted at the smallest supported size."""
    env = _env(tmp_path, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    assert desktop.choose_platform(False, dict(env)) is None
    out = tmp_path / "xcb.png"
    proc = subprocess.run([sys.executable, "-m", "sidebyside", str(SEED_A), str(SEED_B), "--screenshot", str(out),
                           "--size", "1024x700"], capture_output=True, text=True, timeout=RUN_TIMEOUT, env=env)
    assert proc.returncode == 0, proc.stderr[-1500:]
    assert proc.stderr.strip() == ""
    image = QtGui.QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)


def test_quitting_cancels_the_work_and_does_not_wait_on_a_stuck_read(window, qtbot, monkeypatch, tmp_path):
    """A capture stuck in one long step (the parser on a hostile page) cannot be interrupted:
    quitting cancels what can be cancelled, waits a little, then ends the process at once
    rather than hanging (the notes are committed as they are written)."""
    import threading

    import sidebyside.extract as extract
    from sidebyside.errors import CaptureError
    from sidebyside.ui.app import finish

    release = threading.Event()
    started = threading.Event()

    def stuck(path, *args, **kwargs):
        started.set()
        release.wait(60)
        raise CaptureError("released by the test", path)

    monkeypatch.setattr(extract, "extract_path", stuck)
    window.open_paths(str(tmp_path / "a.html"), str(tmp_path / "b.html"))
    assert started.wait(30), "premise: the read has begun"
    exits = []
    try:
        assert finish(window, 7, grace_ms=100, exit_now=exits.append) == 7
        assert exits == [7]
        assert all(job.work.cancelled for job in window._jobs)
    finally:
        release.set()
        qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
