"""A note stays on the article it was written on: two outlets' copies of one wire story (the same
headline, a passage in common) open side by side read to the notes store as one article edited,
and each note then showed on both, once on the article never noted. An article that really is
an earlier one moved and edited still finds its notes."""

from __future__ import annotations

from gui_data import article_of, span_of

from sidebyside.model import Article, Comparison, Source
from sidebyside.ui.notes_panel import install_notes

HEADLINE = "Harbour board approves the new ferry terminal"
WIRE = ("The harbour board voted seven to two on Monday evening to approve the new ferry terminal, ending a "
        "planning dispute that had divided the town council for more than six years.")
A_TEXT = [WIRE, "The terminal will cost twelve million euros, the board's chair told reporters after the vote.",
          "Residents of the old quarter said they would take the decision to the regional court."]
B_TEXT = [WIRE, "Opponents said the traffic the terminal brings would ruin the streets of the old town.",
          "The ferry operator said it would add two crossings a day once the terminal opens in the spring."]


def _article(paragraphs, path) -> Article:
    a = article_of(paragraphs)
    return Article(source=Source(str(path), "text"), text=a.text, blocks=a.blocks, title=HEADLINE)


def _open(window, qtbot, a, b):
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(Comparison(articles=(a, b)))


def _noted(controller) -> dict[int, list[str]]:
    return {group.pane: [n.body for n in group.notes] for group in controller.groups}


def test_a_note_on_one_outlets_copy_is_not_shown_on_the_other(window, qtbot, store, tmp_path):
    a, b = _article(A_TEXT, tmp_path / "courier.txt"), _article(B_TEXT, tmp_path / "post.txt")
    controller = install_notes(window, store)
    _open(window, qtbot, a, b)
    span = span_of(a, WIRE[:60])
    store.add(a, span.start, span.end, body="Both print the wire's words: whose are they?")
    controller.refresh()
    assert _noted(controller) == {0: ["Both print the wire's words: whose are they?"], 1: []}
    assert not [h for h in window.pane(1)._highlights if h.kind == "note"], "nothing painted on B"
    assert [h for h in window.pane(0)._highlights if h.kind == "note"]


def test_a_copy_moved_and_edited_still_finds_the_notes_of_the_article_it_was(window, qtbot, store, tmp_path):
    """Negative: beside an unrelated article, an edited copy of a noted article (another file,
    its text changed) still shows the note, re-anchored."""
    a = _article(A_TEXT, tmp_path / "courier.txt")
    span = span_of(a, WIRE[:60])
    store.add(a, span.start, span.end, body="Whose words?")
    moved = _article([*A_TEXT[:2], "Residents said on Tuesday they would appeal to the regional court."],
                     tmp_path / "elsewhere" / "courier-updated.txt")
    other = Article(source=Source(str(tmp_path / "weather.txt"), "text"), title="Storm warning for the coast",
                    text="Forecasters warned of gales along the coast on Thursday night, with gusts of 90 km/h.")
    controller = install_notes(window, store)
    _open(window, qtbot, other, moved)
    assert _noted(controller) == {0: [], 1: ["Whose words?"]}


def test_a_note_chosen_in_the_list_is_read_whole_in_the_box_below(window, qtbot, store, tmp_path):
    """Its row shows the note's first words; the box below the lists shows all of it, escaped."""
    a, b = _article(A_TEXT, tmp_path / "courier.txt"), _article(B_TEXT, tmp_path / "post.txt")
    controller = install_notes(window, store)
    _open(window, qtbot, a, b)
    body = ("Both outlets print the wire's first paragraph word for word, yet only one credits the agency: "
            "ask the class which <one> a reader would take for the paper's own reporting.")
    span = span_of(b, "The ferry operator said")
    store.add(b, span.start, span.end, body=body, tags=("sourcing",))
    controller.refresh()
    item = controller.panel.note_items()[0]
    assert body not in item.text(0), "premise: the row shows only the note's first words"
    controller.panel.tree.setCurrentItem(item)
    controller.panel._emit(controller.panel.activated, item)
    shown = window.side.details.text()
    assert "ask the class which &lt;one&gt; a reader" in shown and "sourcing" in shown
    assert "B · " in shown and "The ferry operator said" in shown
    assert window.pane(1).current_span() == (span.start, span.end)
