"""The Framing tab read on real pairs: a source cited fifteen times sat below one cited once
(the lists followed the order of first mention, and a list cut short dropped the weightiest
entries); the "Only in" help spoke of people, places and groups while events are listed too."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.model import OnlyIn, SourceCitation, Span
from sidebyside.wording import most_often_first


def _section(tree, title: str):
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0).startswith(title))


def _names(section) -> list[str]:
    return [section.child(i).text(0) for i in range(section.childCount())]


def _spans(n: int, at: int = 0) -> tuple[Span, ...]:
    return tuple(Span(at + 10 * i, at + 10 * i + 4) for i in range(n))


def test_sources_and_names_only_one_gives_come_most_often_first(window, qtbot, comparison):
    sources = (SourceCitation("Tim Morrison", _spans(2), "person"), SourceCitation("Kurt Volker", _spans(5), "person"),
               SourceCitation("Politico", _spans(1), "media"), SourceCitation("Fiona Hill", _spans(2), "person"))
    only = (OnlyIn("Crimea", _spans(1), "place"), OnlyIn("NSC", _spans(4), "organisation"))
    framing = replace(comparison.framing, sources=(sources, ()), only_in=(only, ()))
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(replace(comparison, framing=framing))
    tree = window.side.framing_tree
    # ties keep the article's order (Morrison before Hill): a negative of the sort
    assert _names(_section(tree, "Sources cited by A")) == ["Kurt Volker", "Tim Morrison", "Fiona Hill", "Politico"]
    assert _names(_section(tree, "Only in A")) == ["NSC", "Crimea"]
    help_text = _section(tree, "Only in A").toolTip(0)
    assert "events" in help_text and "most often" in help_text


def test_the_order_is_one_for_the_app_and_the_report(comparison):
    from sidebyside.report.html import render_report

    sources = (SourceCitation("Cited Once", _spans(1), "person"), SourceCitation("Cited Thrice", _spans(3), "person"))
    framing = replace(comparison.framing, sources=(sources, ()))
    page = render_report(replace(comparison, framing=framing))
    assert page.index("Cited Thrice") < page.index("Cited Once")
    assert [s.name for s in most_often_first(sources)] == ["Cited Thrice", "Cited Once"]
