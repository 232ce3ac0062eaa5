"""The window with captures whose names are not UTF-8 or hold a bidi override: they open, and
their names are shown with U+FFFD and the override escaped."""

from __future__ import annotations

import os
import shutil

from gui_data import SEED_A, SEED_B


def test_hostile_file_names_open_and_show_neutralised(window, qtbot, tmp_path):
    a = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    b = os.fsencode(tmp_path) + b"/report \xe2\x80\xaelmth.txt"  # U+202E: "txt.html" backwards
    shutil.copyfile(SEED_A, a)
    shutil.copyfile(SEED_B, b)
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        window.open_paths(os.fsdecode(a), os.fsdecode(b))
    pane_a, pane_b = window.pane(0), window.pane(1)
    assert pane_a.article is not None and pane_b.article is not None
    assert pane_a.source_label.text().endswith("caf\ufffd.txt")
    assert pane_b.source_label.text().endswith("report \\u202elmth.txt")
    assert "\u202e" not in pane_b.source_label.toolTip()
    assert "\u202e" not in window.windowTitle()
