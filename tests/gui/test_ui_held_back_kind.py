"""A kind held back on a pair that does not seem to report one event (the notice above the
panes) is painted as soon as the reader steps through it, not only after the notice's button."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sidebyside.model import Relatedness


@pytest.fixture
def unrelated(window, comparison, qtbot):
    c = replace(comparison, relatedness=Relatedness("different events", 0.02, ("Putin",)))
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(c)
    return window


def test_a_held_back_kind_is_not_painted_until_asked(unrelated):
    assert "aligned_sentence" in unrelated.view.suppressed
    assert unrelated.view.notice.isVisibleTo(unrelated) and unrelated.view.notice_button.isVisibleTo(unrelated)
    assert "not shown" in unrelated.view.notice_text.text()
    assert not unrelated.pane(0).painted("aligned_sentence")
    assert "aligned_sentence" not in unrelated.link_map.visible


@pytest.mark.parametrize("switched_off_first", [False, True])
def test_stepping_to_a_held_back_kind_paints_it(unrelated, switched_off_first):
    act = unrelated.kind_actions["aligned_sentence"]
    if switched_off_first:
        act.setChecked(False)
        unrelated.toggles_changed()
    [choice] = [a for a in unrelated.go_kind_group.actions() if a.data() == "aligned_sentence"]
    choice.trigger()
    unrelated.next_action.trigger()
    assert act.isChecked()
    link = next(l for l in unrelated.view.highlights.links if l.kind == "aligned_sentence")
    assert link.a in unrelated.pane(0).painted("aligned_sentence")
    assert link.b in unrelated.pane(1).painted("aligned_sentence")
    assert "aligned_sentence" in unrelated.link_map.visible
    assert not unrelated.view.notice_button.isVisibleTo(unrelated)
    assert "not shown" not in unrelated.view.notice_text.text(), "the notice no longer says they are hidden"
    assert "coincidences" in unrelated.view.notice_text.text()


def test_shown_anyway_stays_shown_when_the_pair_is_painted_again(unrelated):
    unrelated.view.notice_button.click()
    assert not unrelated.view.suppressed
    unrelated.possible_action.trigger()  # repaints the pair
    assert not unrelated.view.suppressed
    assert "aligned_sentence" in unrelated.view.shown_kinds() and "aligned_sentence" in unrelated.link_map.visible
    unrelated.show_link(next(i for i, l in enumerate(unrelated.view.highlights.links) if l.kind == "aligned_sentence"))
    link = next(l for l in unrelated.view.highlights.links if l.kind == "aligned_sentence")
    assert link.a in unrelated.pane(0).painted("aligned_sentence")
