"""The bundled examples (Help ▸ Examples): the written pair shows every kind of highlight, so a
new user sees each feature at work; both open in the window."""

from __future__ import annotations

from sidebyside.compare import compare
from sidebyside.extract import extract_path
from sidebyside.resources import EXAMPLES, example_paths

OPEN_TIMEOUT_MS = 60_000  # a hang guard


def test_the_written_example_shows_every_kind_of_highlight():
    a, b = (extract_path(p) for p in example_paths(1))
    assert (a.outlet, b.outlet) == ("The Harbour Courier", "The Coastal Post")
    c = compare(a, b)
    f = c.framing
    assert any(q.exact for q in c.shared_quotes) and any(not q.exact for q in c.shared_quotes), \
        "an exact shared quote and a trimmed one"
    assert c.shared_passages, "the wire passage both carry"
    assert c.aligned_sentences, "the same facts in other words"
    assert any(al.discrepancies for al in c.aligned_sentences), "a number that differs"
    assert f.label_contrasts, "labels"
    assert f.loaded_terms[0] or f.loaded_terms[1], "loaded words"
    assert f.distinctive_terms[0] and f.distinctive_terms[1], "words that set each apart"
    names = [{s.name for s in f.sources[i]} for i in (0, 1)]
    assert names[0] - names[1] and names[1] - names[0], "each cites sources the other does not"
    assert c.relatedness.verdict == "same event"


def test_every_example_opens_in_the_window(window, qtbot):
    for index in range(len(EXAMPLES)):
        with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
            window.open_example(index)
        assert window.comparison is not None
        assert all(p.article is not None for p in window.panes)
        assert not window.view.notice.isVisible() or window.comparison.relatedness.verdict != "different events"
