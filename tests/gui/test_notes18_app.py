"""In the app, as in ``notes list``: a note written on one outlet's copy of a wire story is not
shown on another outlet's copy when that copy is open beside a third article (the noted article
not open), while the noted article moved and edited shows it. The note's article is weighed by
the sketch the note keeps, without reading its file."""

from __future__ import annotations

import pytest
from flood_barrier_story import COURIER, HEADLINE, NOTED, POST, WEATHER
from gui_data import article_of, span_of

from sidebyside.model import Article, Comparison, Source
from sidebyside.ui.notes_panel import install_notes


def _article(paragraphs, path, title=HEADLINE) -> Article:
    a = article_of(paragraphs)
    return Article(source=Source(str(path), "text"), text=a.text, blocks=a.blocks, title=title)


def _open(window, qtbot, a, b):
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(Comparison(articles=(a, b)))


def _noted(controller) -> dict[int, list[str]]:
    return {group.pane: [n.body for n in group.notes] for group in controller.groups}


def _painted(window, index) -> list:
    return [h for h in window.pane(index)._highlights if h.kind == "note"]


@pytest.fixture
def noted(store, tmp_path):
    courier = _article(COURIER, tmp_path / "courier.txt")
    span = span_of(courier, NOTED)
    store.add(courier, span.start, span.end, body="Whose words?")
    weather = _article(WEATHER, tmp_path / "weather.txt", title="Storm warning for the coast")
    return courier, weather


def test_the_other_outlets_copy_beside_a_third_article_shows_no_note(window, qtbot, store, noted, tmp_path):
    courier, weather = noted
    post = _article(POST, tmp_path / "post.txt")
    controller = install_notes(window, store)
    _open(window, qtbot, post, weather)
    assert _noted(controller) == {0: [], 1: []}
    assert not _painted(window, 0) and not _painted(window, 1)
    assert [n.body for n in store.all_notes()] == ["Whose words?"]  # kept in the store
    _open(window, qtbot, courier, post)  # and shown on its own article
    assert _noted(controller) == {0: ["Whose words?"], 1: []}


def test_the_noted_article_moved_and_edited_beside_a_third_article_shows_it(window, qtbot, store, noted, tmp_path):
    """Negative: the same article moved to another file and edited is still the article."""
    weather = noted[1]
    moved = _article([*COURIER[:4], "Fishermen said on Wednesday they would ask for a second channel."],
                     tmp_path / "elsewhere" / "courier-updated.txt")
    controller = install_notes(window, store)
    _open(window, qtbot, weather, moved)
    assert _noted(controller) == {0: [], 1: ["Whose words?"]}
    [mark] = _painted(window, 1)
    assert moved.text[mark.start : mark.end] == NOTED
