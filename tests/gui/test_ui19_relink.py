"""Re-linking a note's moved article reads the picked file off the GUI thread, in the pool the
window loads with: the window stays live while a big file is read, and the reader is told the
same things as before (the file cannot be read, another article, the notes now follow it)."""

from __future__ import annotations

import threading

import pytest
from flood_barrier_story import noted_then_deleted

import sidebyside.extract
from sidebyside.ui.notes_panel import install_notes


@pytest.fixture
def moved(store, tmp_path):
    """The Courier's article noted, then moved (and edited); the Post's copy on disk."""
    _note, post, _weather, copy = noted_then_deleted(store, tmp_path)
    return post, copy


def _controller(window, qtbot, store, post):
    controller = install_notes(window, store)
    with qtbot.waitSignal(window.comparison_ready, timeout=60000):
        window.open_paths(str(post), str(post.with_name("weather.txt")))
    told = []
    controller.inform = lambda title, text: told.append((title, text))
    return controller, told


def test_the_moved_file_is_read_off_the_gui_thread_while_the_window_stays_live(window, qtbot, store, moved,
                                                                             monkeypatch):
    post, copy = moved
    controller, told = _controller(window, qtbot, store, post)
    release, readers = threading.Event(), []
    real = sidebyside.extract.extract_path

    def slow_read(path, *args, **kwargs):
        readers.append(threading.current_thread() is threading.main_thread())
        release.wait(10)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(sidebyside.extract, "extract_path", slow_read)
    [group] = controller.elsewhere
    assert controller.relink(group, str(copy)), "the read has started"
    qtbot.waitUntil(lambda: bool(readers), timeout=5000)
    assert readers == [False], "read by a worker, not the GUI thread"
    qtbot.wait(50)  # the GUI thread turns while the file is read
    assert "Reading" in window.statusBar().currentMessage() and "courier-updated.txt" in window.statusBar().currentMessage()
    # a second re-link while the first file is read is refused, saying why (negative)
    assert not controller.relink(group, str(copy))
    assert "Still reading" in window.statusBar().currentMessage()
    with qtbot.waitSignal(controller.relinked, timeout=60000) as ended:
        release.set()
    assert ended.args == [True] and told == []
    from sidebyside.ui.qt import QApplication

    assert QApplication.overrideCursor() is None, "the wait cursor ends with the read"
    assert [n.article.path for n in store.all_notes()] == [str(copy)]
    qtbot.waitUntil(lambda: not window.busy, timeout=60000)


def test_a_file_that_cannot_be_read_says_why_and_leaves_the_notes(window, qtbot, store, moved, tmp_path):
    post, _copy = moved
    controller, told = _controller(window, qtbot, store, post)
    before = [n.article.path for n in store.all_notes()]
    junk = tmp_path / "photo.png"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with qtbot.waitSignal(controller.relinked, timeout=60000) as ended:
        assert controller.relink(controller.elsewhere[0], str(junk))
    assert ended.args == [False]
    [(title, text)] = told
    assert title == "Cannot re-link the notes"
    assert text.startswith("“photo.png” cannot be read: ") and text.endswith("The notes were left as they were.")
    assert [n.article.path for n in store.all_notes()] == before
    controller.pick_file = lambda _article: None  # the dialog closed: nothing is read
    assert not controller.relink(controller.elsewhere[0])


def test_a_file_still_read_when_the_window_cancels_its_work_opens_nothing(window, qtbot, store, moved, monkeypatch):
    """Closing or quitting cancels the window's work; a re-linked file read after that must not
    open a pair (a new job nobody cancels, which the quit would wait for) nor move the notes."""
    post, copy = moved
    controller, told = _controller(window, qtbot, store, post)
    release, readers = threading.Event(), []
    real = sidebyside.extract.extract_path

    def slow_read(path, *args, **kwargs):
        readers.append(path)
        release.wait(10)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(sidebyside.extract, "extract_path", slow_read)
    before = [n.article.path for n in store.all_notes()]
    shown = list(window.paths)
    assert controller.relink(controller.elsewhere[0], str(copy))
    qtbot.waitUntil(lambda: bool(readers), timeout=5000)
    window.cancel_work()
    from sidebyside.ui.qt import QApplication, QThreadPool

    assert QApplication.overrideCursor() is None, "the wait cursor ends with the cancel"
    release.set()
    assert QThreadPool.globalInstance().waitForDone(60000)
    qtbot.wait(100)  # the read's result, queued to the GUI thread, is handled
    assert window.paths == shown and not window.busy, "no pair opened after the cancel"
    assert [n.article.path for n in store.all_notes()] == before and told == []
    # the window's next re-link is not refused as "still reading" (negative of a stale read)
    assert controller._relinking is None
