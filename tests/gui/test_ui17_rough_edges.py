"""What a user trips on, found by using the app on real pairs and a coverage set."""

from __future__ import annotations

from pathlib import Path

from sidebyside.notes.store import NoteStore
from sidebyside.ui.notes_panel import install_notes

COAST = ("Velmora dam: evacuation ordered as engineers find new cracks\n\n"
         "More than 8,000 people living below the Velmora dam were told to leave their homes on Tuesday evening "
         "after inspectors discovered fresh cracks in the 68-year-old structure.\n\n"
         "The Red Cross said it had prepared beds for 3,000 evacuees in the provincial capital.\n")
LEDGER = ("Thousands flee as cracks spread through Velmora dam\n\n"
          "Authorities ordered the evacuation of more than 8,000 residents downstream of the Velmora dam on Tuesday "
          "after engineers found new cracks in its concrete wall.\n\n"
          "Buses ran from the lower villages through the night, the regional governor said.\n")


def _open(window, qtbot, tmp_path) -> tuple[Path, Path]:
    a, b = tmp_path / "coastline.txt", tmp_path / "ledger.txt"
    a.write_text(COAST, encoding="utf-8")
    b.write_text(LEDGER, encoding="utf-8")
    with qtbot.waitSignal(window.comparison_ready, timeout=60000):
        window.open_paths(str(a), str(b))
    return a, b


def test_the_notes_tab_names_an_article_as_the_pane_header_does(window, qtbot, tmp_path):
    """A capture that names no outlet: the header, the Quotes tab and the coverage say its file's
    name ('coastline'); the Notes tab said its headline."""
    controller = install_notes(window, NoteStore(tmp_path / "notes.sqlite3"))
    _open(window, qtbot, tmp_path)
    controller.refresh()
    heads = [g.heading for g in controller.groups]
    outlets = [window.pane(i).header.outlet_label.text().lower() for i in (0, 1)]
    assert heads == ["A · coastline", "B · ledger"], heads
    assert outlets == ["coastline", "ledger"], "premise: the header names them by their files"
    assert not any("Velmora" in h or "Thousands" in h for h in heads)


def test_an_article_with_an_outlet_is_named_by_it_in_the_notes_tab(window, qtbot, tmp_path):
    """Negative case: an outlet the capture names stays the article's name."""
    controller = install_notes(window, NoteStore(tmp_path / "notes.sqlite3"))
    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("example-*.txt"))
    with qtbot.waitSignal(window.comparison_ready, timeout=60000):
        window.open_paths(*map(str, seeds))
    controller.refresh()
    outlets = [window.pane(i).article.outlet for i in (0, 1)]
    assert all(outlets), "premise: the seeds name their outlets"
    assert [g.heading for g in controller.groups] == [f"A · {outlets[0]}", f"B · {outlets[1]}"]


# ------------------------------------------------------------------ the coverage in front

MERIDIA = ("Velmora dam cracks force thousands from their homes\n\n"
           "Engineers found new cracks in the Velmora dam on Tuesday and more than 8,000 people below it were "
           "ordered to leave their homes.\n\n"
           "The Red Cross said it had prepared beds for 3,000 evacuees in the provincial capital.\n")


def _open_three(window, qtbot, tmp_path) -> None:
    paths = []
    for name, text in (("coastline", COAST), ("ledger", LEDGER), ("meridia", MERIDIA)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    with qtbot.waitSignal(window.load_finished, timeout=60000):
        window.open_paths(*paths)
    qtbot.waitUntil(lambda: window.session.coverage is not None and not window.busy)


def test_the_status_bar_speaks_of_the_coverage_while_it_is_shown(window, qtbot, tmp_path):
    _open_three(window, qtbot, tmp_path)
    assert window.stage.currentWidget() is window.coverage_view, "premise: a set opens on its coverage"
    assert window.status_label.text() == window.coverage_view.summary.text()
    window.stage.setCurrentWidget(window.pair_page)  # the pair in front: the pair's summary
    assert window.status_label.text() == window._summary() != window.coverage_view.summary.text()


def test_next_and_a_side_panel_entry_bring_the_pair_forward(window, qtbot, tmp_path):
    _open_three(window, qtbot, tmp_path)
    assert window.stage.currentWidget() is window.coverage_view
    window.navigate(1)
    assert window.stage.currentWidget() is window.pair_page, "Next moved hidden panes"
    window.stage.setCurrentWidget(window.coverage_view)
    a = window.pane(0).article
    start = a.text.index("Red Cross")
    window.jump_to([(0, start, start + len("Red Cross"))])
    assert window.stage.currentWidget() is window.pair_page


def test_with_the_pair_in_front_next_keeps_it(window, qtbot, tmp_path):
    """Negative case: nothing changes tab when the pair is already shown."""
    _open_three(window, qtbot, tmp_path)
    window.stage.setCurrentWidget(window.pair_page)
    changed = []
    window.stage.currentChanged.connect(changed.append)
    window.navigate(1)
    assert window.stage.currentWidget() is window.pair_page and changed == []


def test_a_set_left_with_two_articles_says_why_it_has_no_coverage(window, qtbot, tmp_path):
    paths = []
    for name, text in (("coastline", COAST), ("blank", ""), ("ledger", LEDGER)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    window.open_paths(*paths)
    qtbot.waitUntil(lambda: not window.busy and window.comparison is not None, timeout=60000)
    said = window.coverage_view.summary.text()
    assert "blank.txt" in said and "three" in said and "Reading" not in said
    assert window.stage.currentWidget() is window.pair_page
    assert sorted(window.session.pair) == [0, 2], "the two that opened, side by side"


def test_a_set_that_keeps_three_articles_has_its_coverage(window, qtbot, tmp_path):
    """Negative case: one capture of four fails; the other three make the coverage, unexplained."""
    paths = []
    for name, text in (("coastline", COAST), ("blank", ""), ("ledger", LEDGER), ("meridia", MERIDIA)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    with qtbot.waitSignal(window.coverage_ready, timeout=60000):
        window.open_paths(*paths)
    qtbot.waitUntil(lambda: not window.busy, timeout=60000)
    assert "No coverage" not in window.coverage_view.summary.text()


def test_export_and_import_say_how_many_notes_in_words(window, qtbot, tmp_path):
    controller = install_notes(window, NoteStore(tmp_path / "notes.sqlite3"))
    _a, _b = _open(window, qtbot, tmp_path)
    article = window.pane(0).article
    start = article.text.index("Red Cross")
    controller.store.add(article, start, start + len("Red Cross"), body="who else says so?")
    out = tmp_path / "notes.jsonld"
    controller.export_notes(str(out))
    said = window.statusBar().currentMessage()
    assert said.startswith("Exported 1 note to ") and "notes.jsonld" in said and "(s)" not in said
    controller.import_notes(str(out))
    said = window.statusBar().currentMessage()
    assert said.startswith("Imported 0 new notes and 0 updated notes from ") and "(s)" not in said


def test_the_coverage_tab_of_what_one_outlet_alone_names_reads_as_words(window, qtbot, tmp_path):
    _open_three(window, qtbot, tmp_path)
    tabs = window.coverage_view.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Named by one" in titles and "Only one names" not in titles
