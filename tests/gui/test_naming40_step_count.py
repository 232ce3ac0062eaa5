"""Step Through ▸ Label Contrast counts what the Framing tab and the status bar count: one stop
per referent whose labels differ, at its first label painted in the article being read, not one
per labelled span ("5 found" stood beside "2 label contrasts"). A later label of a referent,
chosen in the text, is that referent's stop."""

from __future__ import annotations

import pytest

from sidebyside.compare import compare
from sidebyside.model import Article, Source

_A = ("Mayor Ilse Brandt of Tolby opened the new bridge on Monday. The veteran mayor said the bridge cost three "
      "million. The embattled mayor thanked the builders.\n\nPolice chief Omar Reyes closed the road. The police "
      "chief said he had no choice. The chief called the march a riot.")
_B = ("Ilse Brandt opened the new bridge on Monday. Brandt said the bridge cost three million. Brandt thanked the "
      "builders.\n\nOmar Reyes closed the road. Reyes said he had no choice. Reyes called the march a protest.")


@pytest.fixture
def named(window, qtbot):
    pair = compare(*(Article(source=Source(path=None, format="text"), text=t) for t in (_A, _B)))
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(pair)
    window._set_current_pane(0)
    return window


def _choose(window, kind_id: str) -> None:
    [act] = [a for a in window.go_kind_group.actions() if a.data() == kind_id]
    act.trigger()


def test_the_step_count_is_the_count_of_label_contrasts(named):
    listed = len(named.side.telling_contrasts(named.comparison))
    spans = {(h.start, h.end) for h in named.pane(0).highlights("label_contrast")}
    assert len(spans) > listed == 2, "premise: a referent with several labels painted"
    _choose(named, "label_contrast")
    assert named.counter.text().strip() == "2 found in A"
    named.next_action.trigger()
    assert named.counter.text().strip() == "1 of 2 in A"
    named.next_action.trigger()
    assert named.counter.text().strip() == "2 of 2 in A"


def test_a_later_label_of_a_referent_is_its_stop(named):
    _choose(named, "label_contrast")
    later = _A.index("The embattled mayor")
    named.navigator.arrived("label_contrast", 0, later, None)
    assert named.counter.text().strip() == "1 of 2 in A"
