"""`sidebyside A B --screenshot OUT.png` paints the comparison headless and exits 0."""

import os
import subprocess
import sys

from gui_data import SEED_A, SEED_B

from sidebyside.ui.qt import QtGui


def test_screenshot_of_a_pair(tmp_path, qapp):
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run(
        [sys.executable, "-m", "sidebyside", str(SEED_A), str(SEED_B), "--screenshot", str(out)],
        capture_output=True, text=True, timeout=120, env=env,
    )
    assert result.returncode == 0, result.stderr
    # Qt warnings fail here too (the offscreen platform's own notice aside).
    noise = [line for line in result.stderr.splitlines() if line.strip() and "propagateSizeHints" not in line]
    assert noise == []
    image = QtGui.QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    # Not a blank canvas: the article text paints many distinct colours.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20


def test_screenshot_with_a_bad_file_still_exits(tmp_path, qapp):
    bad = tmp_path / "empty.html"
    bad.write_bytes(b"")
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run(
        [sys.executable, "-m", "sidebyside", str(bad), str(SEED_B),
         "--screenshot", str(out)], capture_output=True, text=True, timeout=120, env=env,
    )
    assert result.returncode == 1  # nothing to compare, but the window (with its message) is saved
    assert out.exists()
