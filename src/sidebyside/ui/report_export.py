"""File ▸ Export Report…: the pair on screen, or the coverage of the whole set (three or more),
with the user's notes, as HTML or PDF (printed here, in the ui layer: the report core writes HTML)."""

from __future__ import annotations

from pathlib import Path

from sidebyside.errors import SideBySideError
from sidebyside.ui.qt import QAction, QFileDialog, QMenu, QMessageBox
from sidebyside.ui.theme import settings

FILTERS = "Web page, self-contained (*.html);;PDF document (*.pdf)"


def _slug(name: str | None, fallback: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in (name or fallback).lower()).strip("-") or fallback


def suggested_name(window, whole_set: bool = False) -> str:
    folder = settings().value("report/last_dir", str(Path.home()))
    if whole_set:
        stem = f"coverage-{window.session.count}-outlets"
    else:
        a, b = window.comparison.articles
        stem = "-vs-".join(_slug(art.outlet, side) for art, side in ((a, "a"), (b, "b")))
    return str(Path(folder) / f"sidebyside-{stem}.html")


def export_report(window, path: str, whole_set: bool = False, full_paths: bool = False) -> Path | None:
    """Write the report to ``path``; tell the user how it went. Returns the file written.
    ``whole_set``: the coverage of every open outlet instead of the pair side by side."""
    subject = window.session.coverage if whole_set else window.comparison
    if subject is None:
        return None
    # Imported here, not at start-up: the first paint never writes a report.
    from sidebyside.report import notes_for_articles, write_report
    from sidebyside.ui.pdf import write_pdf

    try:
        notes = notes_for_articles(subject.articles)
        written = write_report(subject, path, notes, print_pdf=write_pdf, full_paths=full_paths)
    except (SideBySideError, OSError, ValueError) as exc:
        QMessageBox.warning(window, "Export report", f"Could not write the report to {path}:\n{exc}")
        return None
    settings().setValue("report/last_dir", str(written.parent))
    window.statusBar().showMessage(f"Report written to {written}", 8000)
    return written


def ask_and_export(window, whole_set: bool = False) -> Path | None:
    if (window.session.coverage if whole_set else window.comparison) is None:
        return None
    path, chosen = QFileDialog.getSaveFileName(window, "Export report", suggested_name(window, whole_set), FILTERS)
    if not path:
        return None
    if not path.lower().endswith((".html", ".htm", ".pdf")):
        path += ".pdf" if "pdf" in chosen.lower() else ".html"
    return export_report(window, path, whole_set)


def install_report_export(window) -> QAction:
    """Add Export Report (the pair) and Export Coverage Report (the set) to the File menu,
    before Quit; each is enabled once there is something to export."""
    action = QAction("Export &Report…", window)
    action.setShortcut("Ctrl+Shift+E")
    action.setStatusTip("Save both articles, their highlights, the framing tables and your notes as HTML or PDF")
    action.setEnabled(window.comparison is not None)
    action.triggered.connect(lambda: ask_and_export(window))
    window.comparison_ready.connect(lambda _c: action.setEnabled(True))
    coverage = QAction("Export &Coverage Report…", window)
    coverage.setStatusTip("Save the quotes × outlets and facts × outlets tables, the naming table and your notes")
    coverage.setEnabled(window.session.coverage is not None)
    coverage.triggered.connect(lambda: ask_and_export(window, whole_set=True))
    window.coverage_ready.connect(lambda _c: coverage.setEnabled(True))
    window.session.events.opened.connect(lambda: coverage.setEnabled(False))
    menus = [o for o in window.quit_action.associatedObjects() if isinstance(o, QMenu)]
    if menus:
        menus[0].insertAction(window.quit_action, action)
        menus[0].insertAction(window.quit_action, coverage)
        menus[0].insertSeparator(window.quit_action)
    window.addAction(action)  # the shortcut works wherever the focus is
    window.export_report_action = action
    window.export_coverage_action = coverage
    return action
