"""Three or more captures in the window: the coverage view, its cells, and switching the pair."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gui_data import SEED_A, SEED_B

from sidebyside.ui.qt import QPoint, Qt

SETS = Path(__file__).resolve().parents[1] / "data" / "coverage"
STRIKE = [SETS / "strike" / n for n in ("harbourtimes.txt", "dailyexpressen.txt", "wirenews.txt")]


@pytest.fixture
def three(window, qtbot, tmp_path, monkeypatch):
    """The strike set opened with File ▸ Open, three files chosen at once."""
    from sidebyside.ui import window as window_module

    paths = []
    for p in STRIKE:
        shutil.copy(p, tmp_path / p.name)
        paths.append(str(tmp_path / p.name))
    monkeypatch.setattr(window_module.QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: (paths, "")))
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        window.open_action.trigger()
    assert window.session.coverage is not None
    return window, paths


def _visible(pane, span) -> bool:
    top, bottom = pane.span_y(*span)
    return bottom > 0 and top < pane.viewport_height()


def test_three_files_open_on_the_coverage_view(three):
    window, paths = three
    assert window.session.count == 3
    assert window.stage.currentWidget() is window.coverage_view
    assert window.stage.tabBar().isVisible() and not window.pair_bar.isHidden()
    view = window.coverage_view
    table = view.tables["quotes"]
    assert table.columnCount() == 2 + 3  # Outlets, Said by, one column per outlet
    assert [table.horizontalHeaderItem(2 + i).text() for i in range(3)] == window.session.outlet_names()
    costa = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "Maria Costa")
    assert table.item(costa, 0).text() == "3 of 3"
    falk = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "Ingrid Falk")
    assert view.cell("quotes", falk, 1).text().startswith("✂")  # the Daily Expressen trimmed it
    assert window.pane(0).article.source.path == paths[0]  # the first two are side by side behind it


def test_a_coverage_cell_jumps_to_the_passage_in_both_outlets(three, qtbot):
    window, paths = three
    view = window.coverage_view
    table = view.tables["quotes"]
    falk = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "Ingrid Falk")
    item = view.cell("quotes", falk, 2)  # the wire's version
    rect = table.visualItemRect(item)
    with qtbot.waitSignal(window.comparison_ready, timeout=30000, raising=False):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.pane(0).current_span() is not None, timeout=30000)
    assert window.stage.currentWidget() is window.pair_page
    left, right = window.session.pair
    assert left == 2  # the clicked outlet on the left, beside another that quotes it
    members, _focus = item.data(Qt.ItemDataRole.UserRole)
    for side, index in ((0, left), (1, right)):
        start, end = next((s, e) for a, s, e in members if a == index)
        assert window.pane(side).current_span() == (start, end)
        assert _visible(window.pane(side), (start, end))
    text = window.pane(0).article.text
    assert "stands still" in text[slice(*window.pane(0).current_span())]


def test_a_split_quotation_jumps_to_its_quoted_words_not_the_attribution(three, qtbot):
    """'"We are not against technology," … Maria Costa told reporters. "We are against …"': the
    cell's jump marks the quoted parts, never the attribution between them."""
    window, paths = three
    view = window.coverage_view
    table = view.tables["quotes"]
    costa = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "Maria Costa")
    item = view.cell("quotes", costa, 2)  # the wire splits the quotation around its attribution
    members, _focus = item.data(Qt.ItemDataRole.UserRole)
    wire = [(s, e) for a, s, e in members if a == 2]
    assert len(wire) == 2
    rect = table.visualItemRect(item)
    with qtbot.waitSignal(window.comparison_ready, timeout=30000, raising=False):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.pane(0).current_span() is not None, timeout=30000)
    assert window.session.pair[0] == 2
    text = window.pane(0).article.text
    assert all("told reporters" not in text[s:e] for s, e in wire)
    assert "told reporters" in text[wire[0][1] : wire[1][0]]
    start, end = window.pane(0).current_span()
    assert any(s <= start and end <= e for s, e in wire)
    assert "told reporters" not in window.pane(0).article.text[start:end]


def test_switching_the_pair_keeps_notes_scroll_and_highlight_choices(three, qtbot, tmp_path):
    from sidebyside.notes.store import NoteStore
    from sidebyside.ui.notes_panel import install_notes

    window, paths = three
    store = NoteStore(tmp_path / "notes")
    notes = install_notes(window, store)
    window.stage.setCurrentWidget(window.pair_page)
    window.resize(1300, 500)
    a = window.pane(0).article
    start = a.text.index("Transport minister Ingrid Falk")
    store.add(a, start, start + 30, body="minister's words")
    notes.refresh()
    assert window.pane(0).highlights("note")
    window.kind_actions["shared_passage"].setChecked(False)
    window.toggles_changed()
    window.kind_actions["quote"].setChecked(True)
    window.toggles_changed()
    bar = window.pane(0).view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    window.sync_action.setChecked(False)
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    assert kept > 0

    with qtbot.waitSignal(window.comparison_ready, timeout=30000):
        window.pair_bar.right.setCurrentIndex(2)  # harbourtimes ⇄ wirenews
    assert window.session.pair == (0, 2)
    assert window.pane(1).article.source.path == paths[2]
    with qtbot.waitSignal(window.comparison_ready, timeout=30000):
        window.pair_bar.left.setCurrentIndex(1)  # dailyexpressen ⇄ wirenews
    assert window.pane(0).article.source.path == paths[1]
    assert not window.pane(0).highlights("note")
    with qtbot.waitSignal(window.comparison_ready, timeout=30000):
        window.pair_bar.left.setCurrentIndex(0)  # back to harbourtimes ⇄ wirenews
    assert window.pane(0).article.source.path == paths[0]
    assert [(h.start, h.end) for h in window.pane(0).highlights("note")] == [(start, start + 30)]
    assert window.pane(0).view.verticalScrollBar().value() == kept
    assert not window.kind_actions["shared_passage"].isChecked() and window.kind_actions["quote"].isChecked()
    assert "shared_passage" not in window.link_map.visible and "quote" in window.view.visible


def test_dropping_three_files_opens_the_set(window, qtbot):
    import warnings

    from sidebyside.ui.qt import QPointF, QtCore, QtGui

    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(p)) for p in STRIKE])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QtGui.QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QtCore.QCoreApplication.sendEvent(window, enter)
    drop = QtGui.QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.coverage_ready, timeout=60000):
        QtCore.QCoreApplication.sendEvent(window, drop)
    assert window.session.paths == [str(p) for p in STRIKE]


def test_the_seed_pair_alone_shows_the_two_pane_view(window, qtbot):
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        window.open_paths(str(SEED_A), str(SEED_B))
    assert window.stage.currentWidget() is window.pair_page
    assert not window.stage.tabBar().isVisible() and window.pair_bar.isHidden()
    assert not window.coverage_action.isEnabled() and window.session.coverage is None
    assert window.windowTitle().count("⇄") == 1 and "(of" not in window.windowTitle()


def test_the_window_stays_responsive_while_a_set_is_compared(window, qtbot, monkeypatch):
    """Progress counts the pairs; the event loop turns while they are compared."""
    import threading

    import sidebyside.compare as compare_module

    release = threading.Event()
    real = compare_module.compare

    def slow(a, b):
        release.wait(10)
        return real(a, b)

    monkeypatch.setattr(compare_module, "compare", slow)
    window.open_paths(*[str(p) for p in STRIKE])
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Comparing 1 of 3"), timeout=60000)
    assert window.progress.isVisible() and window.progress.maximum() == 3
    ticks = []
    from sidebyside.ui.qt import QTimer

    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        release.set()
    assert window.session.coverage is not None and not window.progress.isVisible()


def test_export_the_coverage_report(three, tmp_path):
    from sidebyside.ui.report_export import export_report

    window, _ = three
    out = export_report(window, str(tmp_path / "set.html"), whole_set=True)
    html = out.read_text(encoding="utf-8")
    assert "Quotes × outlets" in html and "Maria Costa" in html
    pdf = export_report(window, str(tmp_path / "set.pdf"), whole_set=True)
    assert pdf.read_bytes().startswith(b"%PDF")
