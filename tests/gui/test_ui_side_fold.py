"""The side panel folds away when the articles would be too narrow to read (a large font on a
small window), comes back when the window grows, and otherwise leaves the reader's choice alone."""

from __future__ import annotations

from sidebyside.ui.sidefold import letter_px

SMALL = (1024, 640)
WIDE = (2400, 900)


def _resize(window, qtbot, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    qtbot.wait(20)  # a fold asked for after the layout settles


def _letters_a_line(window) -> float:
    view = window.panes[0].view
    return view.viewport().width() / letter_px(view.fontMetrics())


def test_a_large_font_on_a_small_window_folds_the_panel_and_the_text_gets_its_room(large_font, shown, qtbot):
    _resize(shown, qtbot, SMALL)
    qtbot.waitUntil(lambda: not shown.side.isVisible())
    assert not shown.side_action.isChecked(), "the Panel toggle says it is folded, one click from coming back"
    with_panel = shown.side_folder.text_width()  # what each article would keep beside the panel
    assert with_panel < shown.side_folder.readable_px(), "premise: too narrow to read beside the panel"
    qtbot.waitUntil(lambda: shown.panes[0].view.viewport().width() > with_panel + 150)
    assert "folded" in shown.statusBar().currentMessage()
    _resize(shown, qtbot, WIDE)
    qtbot.waitUntil(lambda: shown.side.isVisible())
    assert shown.side_action.isChecked() and shown.splitter.sizes()[1] > 100
    assert _letters_a_line(shown) >= shown.side.settings.readable_letters


def test_an_ordinary_font_at_1024_keeps_the_panel(shown, qtbot):
    _resize(shown, qtbot, SMALL)
    assert shown.side.isVisible() and shown.side_action.isChecked()
    assert _letters_a_line(shown) >= shown.side.settings.readable_letters


def test_opened_again_by_the_reader_it_stays_open_in_the_narrow_window(large_font, shown, qtbot):
    _resize(shown, qtbot, SMALL)
    qtbot.waitUntil(lambda: not shown.side.isVisible())
    shown.side_action.trigger()  # F9
    assert shown.side.isVisible()
    _resize(shown, qtbot, (1000, 640))
    assert shown.side.isVisible(), "the reader's choice, not folded again at the next resize"
    _resize(shown, qtbot, WIDE)
    _resize(shown, qtbot, SMALL)
    qtbot.waitUntil(lambda: not shown.side.isVisible())  # narrow again later: folded again


def test_hidden_by_the_reader_it_does_not_come_back_with_the_room(large_font, shown, qtbot):
    _resize(shown, qtbot, SMALL)
    qtbot.waitUntil(lambda: not shown.side.isVisible())
    shown.side_action.trigger()  # open
    shown.side_action.trigger()  # and hide: the reader's choice
    _resize(shown, qtbot, WIDE)
    assert not shown.side.isVisible()


def test_a_folded_panel_is_remembered_as_shown(large_font, shown, qtbot):
    from sidebyside.ui.theme import settings

    _resize(shown, qtbot, SMALL)
    qtbot.waitUntil(lambda: not shown.side.isVisible())
    shown.save_state()
    assert str(settings().value("view/side_panel")).lower() == "true", "folded for room, not hidden by choice"


def test_zooming_the_text_in_folds_it(shown, qtbot):
    _resize(shown, qtbot, SMALL)
    assert shown.side.isVisible()
    shown.zoom(6)
    qtbot.waitUntil(lambda: not shown.side.isVisible())
    shown.zoom(0)
    qtbot.waitUntil(lambda: shown.side.isVisible())
