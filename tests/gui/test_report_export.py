"""File ▸ Export Report… writes the comparison on screen, with the user's notes."""

from __future__ import annotations

from sidebyside.notes.store import NoteStore
from sidebyside.ui.qt import QMenu
from sidebyside.ui.report_export import export_report, install_report_export


def _file_menu_texts(window) -> list[str]:
    menu = next(o for o in window.quit_action.associatedObjects() if isinstance(o, QMenu))
    return [a.text() for a in menu.actions()]


def test_action_sits_in_the_file_menu_and_waits_for_a_comparison(window, comparison, qtbot):
    action = install_report_export(window)
    assert "Export &Report…" in _file_menu_texts(window)
    assert not action.isEnabled()
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(comparison)
    assert action.isEnabled()


def test_exports_html_and_pdf_with_notes(shown, tmp_path):
    a = shown.comparison.articles[0]
    start = a.text.index("Faisal Mekdad")
    with NoteStore() as store:
        store.add(a, start, start + len("Faisal Mekdad"), "first named source", tags=("sources",))
    html = export_report(shown, str(tmp_path / "report.html"))
    text = html.read_text(encoding="utf-8")
    assert "first named source" in text and a.title in text
    pdf = export_report(shown, str(tmp_path / "report.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    assert "report.pdf" in shown.statusBar().currentMessage()


def test_unwritable_destination_is_reported_not_raised(shown, tmp_path, monkeypatch):
    shown_messages = []
    monkeypatch.setattr(
        "sidebyside.ui.report_export.QMessageBox.warning",
        lambda parent, title, text: shown_messages.append(text),
    )
    assert export_report(shown, str(tmp_path / "missing-dir" / "report.html")) is None
    assert shown_messages and "missing-dir" in shown_messages[0]
