"""The new formats are offered where a user picks a file: the CLI's --format and the Open dialog."""

from __future__ import annotations

import pytest

from sidebyside.cli import main
from sidebyside.model import FILE_PATTERNS, FORMATS


def test_cli_format_choices_are_the_capture_formats(capsys):
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    usage = capsys.readouterr().out
    for name in FORMATS:
        assert name in usage
    assert {"pdf", "warc", "wacz"} <= set(FORMATS)


def test_open_dialog_offers_every_capture_pattern(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    from sidebyside.ui import window as window_module
    from sidebyside.ui.qt import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))

    offered = []

    def fake_dialog(parent, caption, directory, filters):
        offered.append(filters)
        return [], ""

    monkeypatch.setattr(window_module.QFileDialog, "getOpenFileNames", staticmethod(fake_dialog))
    window = window_module.MainWindow(restore_state=False)
    qtbot.addWidget(window)
    window.open_dialog()
    assert offered, "the dialog was not opened"
    for pattern in FILE_PATTERNS:
        assert pattern in offered[0]
    for pattern in ("*.pdf", "*.warc.gz", "*.wacz"):
        assert pattern in FILE_PATTERNS
