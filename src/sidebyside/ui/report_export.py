"""File ▸ Export Report…: write the comparison on screen, with the user's notes, as HTML or PDF."""

from __future__ import annotations

from pathlib import Path

from sidebyside.errors import SideBySideError
from sidebyside.report import notes_for_comparison, write_report
from sidebyside.ui.qt import QAction, QFileDialog, QMenu, QMessageBox, QSettings

FILTERS = "Web page, self-contained (*.html);;PDF document (*.pdf)"


def suggested_name(window) -> str:
    a, b = window.comparison.articles
    stem = "-vs-".join(
        "".join(c if c.isalnum() else "-" for c in (art.outlet or side).lower()).strip("-") or side
        for art, side in ((a, "a"), (b, "b"))
    )
    folder = QSettings().value("report/last_dir", str(Path.home()))
    return str(Path(folder) / f"sidebyside-{stem}.html")


def export_report(window, path: str) -> Path | None:
    """Write the report to ``path``; tell the user how it went. Returns the file written."""
    try:
        notes = notes_for_comparison(window.comparison)
        written = write_report(window.comparison, path, notes)
    except (SideBySideError, OSError, ValueError) as exc:
        QMessageBox.warning(window, "Export report", f"Could not write the report to {path}:\n{exc}")
        return None
    QSettings().setValue("report/last_dir", str(written.parent))
    window.statusBar().showMessage(f"Report written to {written}", 8000)
    return written


def ask_and_export(window) -> Path | None:
    if window.comparison is None:
        return None
    path, chosen = QFileDialog.getSaveFileName(window, "Export report", suggested_name(window), FILTERS)
    if not path:
        return None
    if not path.lower().endswith((".html", ".htm", ".pdf")):
        path += ".pdf" if "pdf" in chosen.lower() else ".html"
    return export_report(window, path)


def install_report_export(window) -> QAction:
    """Add the action to the File menu (before Quit), enabled once a comparison is painted."""
    action = QAction("Export &Report…", window)
    action.setShortcut("Ctrl+Shift+E")
    action.setStatusTip("Save both articles, their highlights, the framing tables and your notes as HTML or PDF")
    action.setEnabled(window.comparison is not None)
    action.triggered.connect(lambda: ask_and_export(window))
    window.comparison_ready.connect(lambda _c: action.setEnabled(True))
    menus = [o for o in window.quit_action.associatedObjects() if isinstance(o, QMenu)]
    if menus:
        menus[0].insertAction(window.quit_action, action)
        menus[0].insertSeparator(window.quit_action)
    window.addAction(action)  # the shortcut works wherever the focus is
    window.export_report_action = action
    return action
