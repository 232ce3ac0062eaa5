"""The window stays answerable while a big set is compared: the side panel's wrapped rows are
measured once per text and width and kept in the items (Qt lays the lists out without calling
into Python), and the work steps aside while the window paints the pair it shows."""

from __future__ import annotations

import threading
from pathlib import Path

from sidebyside.settings import DEFAULT
from sidebyside.ui import sidepanel
from sidebyside.ui.qt import Qt, QTreeWidgetItem
from sidebyside.ui.sidepanel import PanelTree, wrapped_lines
from sidebyside.ui.worker import WorkJob

LONG = "The occupation of the northern districts by the forces of the neighbouring state"
SHORT = "Ankara"


def _tree(qtbot, letters: int = 30):
    tree = PanelTree(DEFAULT.ui.last_column_share, DEFAULT.ui.entry_letters, 3)
    qtbot.addWidget(tree)
    tree.setColumnCount(2)
    section = QTreeWidgetItem(tree, ["Names", ""])
    long = QTreeWidgetItem(section, [LONG, "A"])
    short = QTreeWidgetItem(section, [SHORT, "B"])
    tree.expandAll()
    tree.resize(tree.fontMetrics().averageCharWidth() * letters + tree.indentation() * 2, 300)
    tree.show()
    qtbot.waitExposed(tree)
    tree.fit_columns()
    return tree, long, short


def _hint(item) -> int:
    hint = item.data(0, Qt.ItemDataRole.SizeHintRole)
    return hint.height() if hint is not None else -1


def test_a_long_entry_keeps_its_wrapped_height_in_its_item(qtbot):
    tree, long, short = _tree(qtbot)
    qtbot.waitUntil(lambda: _hint(long) > _hint(short) > 0)
    room = tree.text_room(long, 0)
    assert len(wrapped_lines(LONG, tree.font(), room)) >= 2, "premise: the entry wraps"
    assert tree.visualItemRect(long).height() == _hint(long)
    assert tree.visualItemRect(short).height() == _hint(short)  # a short entry: one line
    assert tree.visualItemRect(short).height() < 2 * tree.fontMetrics().lineSpacing()


def test_a_wider_list_puts_the_long_entry_back_on_one_line(qtbot):
    tree, long, short = _tree(qtbot)
    qtbot.waitUntil(lambda: _hint(long) > _hint(short) > 0)
    tree.resize(tree.width() + tree.fontMetrics().horizontalAdvance(LONG) * 2, tree.height())
    qtbot.waitUntil(lambda: _hint(long) == _hint(short))
    assert tree.visualItemRect(long).height() == tree.visualItemRect(short).height()


def test_a_width_met_before_is_not_measured_again(qtbot, monkeypatch):
    tree, long, short = _tree(qtbot)
    qtbot.waitUntil(lambda: _hint(long) > _hint(short) > 0)
    calls = []
    real = sidepanel.wrapped_lines
    monkeypatch.setattr(sidepanel, "wrapped_lines", lambda *a: calls.append(a) or real(*a))
    narrow, tall = tree.width(), _hint(long)
    tree.resize(narrow + tree.fontMetrics().horizontalAdvance(LONG) * 2, tree.height())
    qtbot.waitUntil(lambda: _hint(long) == _hint(short))
    tree.resize(narrow, tree.height())
    qtbot.waitUntil(lambda: _hint(long) == tall)
    assert calls == [], "the entry's wrapping at this width was known"
    # a width not met before is measured
    tree.resize(narrow - tree.fontMetrics().averageCharWidth() * 6, tree.height())
    qtbot.waitUntil(lambda: len(calls) >= 1)


def test_new_entries_of_a_refill_are_measured(qtbot):
    tree, long, _short = _tree(qtbot)
    qtbot.waitUntil(lambda: _hint(long) > 0)
    tree.clear()
    section = QTreeWidgetItem(tree, ["Names", ""])
    again = QTreeWidgetItem(section, [LONG + " and the hills beyond", "A"])
    tree.expandAll()
    tree.fit_columns()
    qtbot.waitUntil(lambda: _hint(again) > _hint(section) > 0)


# ------------------------------------------------------------------ the work steps aside


class _Work:
    """Delivers one comparison of ``pair``, then notes that it went on."""

    generation = 1

    def __init__(self, pair, comparison):
        self.pair, self.comparison = pair, comparison
        self.went_on = threading.Event()
        self._cancelled = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        self._cancelled = True

    def run(self, deliver) -> None:
        deliver("comparison", (self.pair, self.comparison))
        self.went_on.set()


def _start(job: WorkJob) -> threading.Thread:
    thread = threading.Thread(target=job.run, daemon=True)
    thread.start()
    return thread


def test_the_work_waits_while_the_window_paints_the_pair_it_shows(qtbot, comparison):
    work = _Work((0, 1), comparison)
    job = WorkJob(work, shown=(0, 1))
    thread = _start(job)
    assert not work.went_on.wait(0.3), "the work goes on only once the pair is painted"
    job.painted()
    assert work.went_on.wait(5)
    thread.join(5)


def test_the_work_does_not_wait_for_a_pair_the_window_does_not_show(qtbot, comparison):
    work = _Work((1, 2), comparison)
    thread = _start(WorkJob(work, shown=(0, 1)))
    assert work.went_on.wait(5)
    thread.join(5)


def test_cancelling_releases_a_waiting_work(qtbot, comparison):
    work = _Work((1, 0), comparison)  # the shown pair either way round
    job = WorkJob(work, shown=(0, 1))
    thread = _start(job)
    assert not work.went_on.wait(0.2)
    job.cancel()
    assert work.went_on.wait(5)
    thread.join(5)


def test_the_window_lets_the_work_go_on_once_the_pair_is_shown(window, qtbot, tmp_path):
    """Three captures: the coverage comes although the work waited for the shown pair."""
    from pathlib import Path

    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("example-*.txt"))
    paths = []
    for n, seed in enumerate(seeds + seeds[:1]):
        path = tmp_path / f"outlet-{n}.txt"
        path.write_bytes(seed.read_bytes())
        paths.append(str(path))
    with qtbot.waitSignal(window.coverage_ready, timeout=60000):
        window.open_paths(*paths)
    assert window.comparison is not None


# ------------------------------------------------------------------ the notes list


def test_a_note_wider_than_the_panel_is_read_whole_on_more_lines(window, qtbot, tmp_path):
    from sidebyside.extract import extract_path
    from sidebyside.notes.store import NoteStore
    from sidebyside.ui.notes_panel import install_notes

    store = NoteStore(tmp_path / "notes.sqlite3")
    controller = install_notes(window, store)
    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("example-*.txt"))
    with qtbot.waitSignal(window.comparison_ready, timeout=60000):
        window.open_paths(*map(str, seeds))
    article = extract_path(str(seeds[0]))
    words = article.text.split()[:3]
    start = article.text.index(" ".join(words))
    body = "Whose words are these? The other outlet frames the walkout as the union's doing."
    short = "Check."
    store.add(article, start, start + len(" ".join(words)), body=body)
    store.add(article, start, start + len(" ".join(words)), body=short)
    controller.refresh()
    window.side.setCurrentWidget(window.side.notes_tab)
    tree = controller.panel.tree
    qtbot.waitUntil(tree.isVisible)

    def height(words: str) -> int:  # looked up each time: a refresh of the list makes new rows
        item = next(i for i in controller.panel.note_items() if i.data(0, Qt.ItemDataRole.UserRole)[1].body == words)
        assert words in item.text(0)
        return tree.visualItemRect(item).height()

    assert tree.fontMetrics().horizontalAdvance(body) > tree.viewport().width(), "premise: wider than the panel"
    line = tree.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: height(body) >= 3 * line)
    assert height(short) < 3 * line  # quote and words: two lines
    store.close()
