"""A word or three in quote marks that no one is said to have said is listed as such in the
Quotes tab ('in quote marks'), not as a speaker the engine missed ("not found")."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.model import Quote


def test_a_scare_quote_says_what_it_is_and_a_missed_speaker_says_not_found(window, comparison, qtbot):
    a, b = comparison.articles
    start = a.text.index("occupation")
    scare = Quote(start, start + len("occupation"), "occupation", kind="fragment")
    unknown = replace(comparison.quotes[0][0], speaker=None, speaker_span=None)
    quotes = (tuple(sorted((unknown, scare, *comparison.quotes[0][1:]), key=lambda q: q.start)), comparison.quotes[1])
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(replace(comparison, quotes=quotes, shared_quotes=()))
    top = window.side.quotes_tree.topLevelItem(0)
    rows = {top.child(i).text(0): top.child(i) for i in range(top.childCount())}
    assert rows["occupation"].text(1) == "in quote marks"
    assert "keeps its distance" in rows["occupation"].toolTip(1)
    window.side._activated(rows["occupation"])
    assert "no one is said to have said" in window.side.details.text()
    missed = next(r for t, r in rows.items() if unknown.text.startswith(t.rstrip("…")))
    assert missed.text(1) == "not found" and "speaker not found" in missed.toolTip(1)
