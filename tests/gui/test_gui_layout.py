"""The window on a small screen and across starts: every action in reach at 1024×700, the side
panel and the headers fold away, the last set comes back, Open starts where it left off."""

from __future__ import annotations

import shutil

import pytest
from gui_data import SEED_A, SEED_B

from sidebyside.resources import EXAMPLES, example_paths, seed_pair_paths
from sidebyside.ui.qt import QFileDialog, QToolButton

OPEN_TIMEOUT_MS = 60_000  # a hang guard; two small captures open in about a second


def _toolbars(window):
    return [window.main_toolbar, window.legend_bar]


def test_at_1024_by_700_every_toolbar_action_is_in_reach(shown, qtbot):
    shown.resize(1024, 700)
    qtbot.waitUntil(lambda: shown.width() == 1024)
    for bar in _toolbars(shown):
        bar.layout().activate()
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible(), f"{bar.windowTitle()}: actions moved to an overflow menu"
        for action in bar.actions():
            if action.isSeparator():
                continue
            widget = bar.widgetForAction(action)
            assert widget is not None and widget.isVisible(), f"{action.text() or action}: not shown"
            assert bar.rect().contains(widget.geometry()), f"{action.text()}: cut off"
    for action in (shown.next_action, shown.prev_action, shown.side_action, shown.sync_action, shown.open_action):
        assert shown.main_toolbar.widgetForAction(action).isVisible()
    assert shown.counter.isVisible() and shown.nav_kind.isVisible()


def test_notes_export_and_import_are_in_the_file_menu(window):
    from sidebyside.ui.notes_panel import install_notes

    controller = install_notes(window)  # the store of the test's own data directory
    texts = [a.text().replace("&", "") for a in window.file_menu.actions()]
    assert "Export Notes…" in texts and "Import Notes…" in texts
    assert controller.export_action in window.file_menu.actions()


def test_the_side_panel_folds_away_and_comes_back(shown, qtbot):
    shown.resize(1024, 700)
    before = shown.panes[0].width()
    shown.side_action.trigger()  # F9
    assert not shown.side.isVisible()
    qtbot.waitUntil(lambda: shown.panes[0].width() > before + 100)
    shown.side_action.trigger()
    assert shown.side.isVisible() and shown.side.width() > 100


def test_pane_headers_fold_to_one_line(shown, qtbot):
    shown.resize(1024, 700)
    shown.set_headers_expanded(True)
    qtbot.waitUntil(lambda: shown.pane(0).title_label.isVisible())
    tall = shown.pane(0).header.sizeHint().height()
    text_height = shown.pane(0).viewport_height()
    shown.pane(0).header.toggle.click()  # either header's toggle folds both
    for pane in shown.panes:
        assert not pane.header.expanded and not pane.title_label.isVisible() and not pane.lead_label.isVisible()
        assert pane.header.compact_title.isVisible()
        assert pane.header.compact_title.full_text() == pane.article.title
    assert not shown.details_action.isChecked()
    assert shown.pane(0).header.sizeHint().height() < tall * 0.6
    qtbot.waitUntil(lambda: shown.pane(0).viewport_height() > text_height + 40)


def test_the_first_start_opens_the_example_pair_and_the_next_the_last_set(qtbot, tmp_path):
    from sidebyside.ui.window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.load_finished, timeout=OPEN_TIMEOUT_MS):
        first.open_startup()
    assert first.session.paths == list(seed_pair_paths())
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(SEED_A, a)
    shutil.copy(SEED_B, b)
    with qtbot.waitSignal(first.load_finished, timeout=OPEN_TIMEOUT_MS):
        first.open_paths(str(b), str(a))
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.load_finished, timeout=OPEN_TIMEOUT_MS):
        second.open_startup()
    assert second.session.paths == [str(b), str(a)]
    second.close()
    a.unlink()  # a set whose files are gone: the example pair again
    third = MainWindow()
    qtbot.addWidget(third)
    with qtbot.waitSignal(third.load_finished, timeout=OPEN_TIMEOUT_MS):
        third.open_startup()
    assert third.session.paths == list(seed_pair_paths())


def test_open_starts_in_the_folder_last_opened_from(window, qtbot, monkeypatch, tmp_path):
    folders = []

    def fake_dialog(parent, caption, folder, filters):
        folders.append(folder)
        return [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], ""

    for name in ("a.txt", "b.txt"):
        shutil.copy(SEED_A, tmp_path / name)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake_dialog)
    with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
        window.open_dialog()
    window.open_dialog()
    assert folders[1] == str(tmp_path)
    qtbot.waitUntil(lambda: not window.busy, timeout=OPEN_TIMEOUT_MS)


def test_recent_sets_are_one_entry_per_pair_whatever_the_order(window, qtbot, tmp_path):
    with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
        window.open_paths(str(SEED_A), str(SEED_B))
    with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
        window.open_paths(str(SEED_B), str(SEED_A))
    assert window.recent() == [(str(SEED_B), str(SEED_A))]
    window.fill_recent_menu()
    [entry] = [a.text() for a in window.recent_menu.actions()]
    assert "The Moscow Times" in entry and "Putin" in entry and ".txt" not in entry


def test_help_offers_the_examples_the_tour_and_about(window, qtbot):
    from sidebyside.ui.helpdialogs import tour_text

    window.fill_examples_menu(window.help_examples_menu)
    titles = [a.text() for a in window.help_examples_menu.actions()]
    assert titles == [title for title, _files in EXAMPLES]
    with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
        window.help_examples_menu.actions()[1].trigger()
    assert window.session.paths == list(example_paths(1))
    about = window.show_about()
    assert "SideBySide" in about.text() and "Qt" in about.text()
    about.close()
    tour = window.show_tour()
    text = tour_text(tour)
    assert "You are here" in text and "Ribbons" in text
    tour.close()


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_view_theme_switches_the_colours_and_is_remembered(window, qapp, qtbot, theme):
    from sidebyside.ui.theme import apply_theme, saved_theme

    try:
        window.theme_actions[theme].trigger()
        assert window._dark == (theme == "dark")
        assert saved_theme() == theme
        assert (qapp.palette().base().color().lightness() < 100) == (theme == "dark")
    finally:
        apply_theme("system")
