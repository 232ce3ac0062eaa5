"""Stepping through one kind of highlight: Next lands on something the reader can see, and a kind
with nothing in the article says so in the status bar and disables Next and Previous."""

from __future__ import annotations


from sidebyside.ui.notes_panel import install_notes


def _choose(window, kind_id: str) -> None:
    """As a reader does: Go ▸ Step Through ▸ the kind."""
    [act] = [a for a in window.go_kind_group.actions() if a.data() == kind_id]
    act.trigger()
    assert window.nav_kind.currentData() == kind_id


def test_stepping_through_a_hidden_kind_switches_it_on(shown, qtbot):
    distinctive = shown.kind_actions["distinctive_term"]
    distinctive.setChecked(False)
    shown.toggles_changed()
    assert "distinctive_term" not in shown.view.shown_kinds()
    assert shown.navigator.targets("distinctive_term"), "premise: the seed pair has distinctive words"
    _choose(shown, "distinctive_term")
    assert distinctive.isChecked() and "distinctive_term" in shown.view.shown_kinds()
    assert "distinctive word" in shown.statusBar().currentMessage()
    shown.next_action.trigger()
    pane = shown.pane(shown.current_pane)
    painted = {(h.start, h.end) for h in pane.highlights("distinctive_term")}
    assert painted, "the distinctive words are painted once shown"
    assert shown.counter.text().strip().startswith("1 of")


def test_next_on_a_kind_switched_off_after_choosing_it_shows_it_again(shown):
    _choose(shown, "distinctive_term")
    shown.kind_actions["distinctive_term"].setChecked(False)
    shown.toggles_changed()
    shown.next_action.trigger()
    assert shown.kind_actions["distinctive_term"].isChecked()
    assert shown.counter.text().strip().startswith("1 of")


def test_no_notes_says_so_and_disables_next(window, store, comparison, qtbot):
    install_notes(window, store)
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(comparison)
    assert window.next_action.isEnabled(), "premise: the first kind has something to step through"
    _choose(window, "note")
    assert not window.next_action.isEnabled() and not window.prev_action.isEnabled()
    message = window.statusBar().currentMessage()
    assert "No notes in article A" in message and "Add Note" in message
    # A first note enables them again.
    pane = window.pane(0)
    start = pane.article.text.index("Putin")
    pane.select_span(start, start + 5, scroll=False)
    window.notes.ask = lambda quote, note: ("Why him first?", [], None)
    window.add_note_action.trigger()
    assert window.next_action.isEnabled() and window.prev_action.isEnabled()
    assert window.counter.text().strip() == "1 found in A"
