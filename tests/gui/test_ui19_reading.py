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


def test_a_name_only_one_gives_is_shown_in_its_sentence(window, qtbot, comparison):
    """"Only in B: outbreak" told a student nothing; the box below says where the article uses it."""
    text = comparison.articles[0].text
    word = next(w for w in ("Erdogan", "Putin", "Turkey") if w in text)
    at = text.index(word)
    only = (OnlyIn(word, (Span(at, at + len(word)),), "person"),)
    framing = replace(comparison.framing, only_in=(only, ()))
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(replace(comparison, framing=framing))
    entry = _section(window.side.framing_tree, "Only in A").child(0)
    window.side.framing_tree.setCurrentItem(entry)
    window.side._activated(entry)
    said = window.side.details.text()
    assert f"<b>{word}</b>" in said and "Where:" in said
    # its own sentence only: not the one before it (a negative)
    before = text[:at].rstrip()
    previous_sentence = before[: before.rfind(".")].rsplit(".", 1)[-1].strip() if "." in before else ""
    if previous_sentence:
        assert previous_sentence[-20:] not in said


def test_the_sentence_of_a_use_ends_at_its_sentence_marks():
    from sidebyside.ui.sidepanel import in_its_sentence

    text = "Erdogan spoke. The explosion of the Nord Stream pipelines worried Europe. Then he left."
    at = text.index("explosion")
    assert in_its_sentence(text, at, at + 9) == "The <b>explosion</b> of the Nord Stream pipelines worried Europe."
    assert in_its_sentence(text, 0, 7) == "<b>Erdogan</b> spoke."
    long = "word " * 200 + "Kyiv is far"
    at = long.index("Kyiv")
    assert in_its_sentence(long, at, at + 4).startswith("…"), "a sentence cut short says so"


def test_a_proper_name_label_is_called_a_name_never_a_full_name():
    # the engine's "name" form is any proper name: "Obama" alone, or "Joe" of "Joe and Hunter Biden"
    from sidebyside.ui.sidepanel import FORM_WORDS
    assert FORM_WORDS["name"] == "name"
    assert all("full" not in words for words in FORM_WORDS.values())
