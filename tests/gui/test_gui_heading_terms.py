"""A loaded word of the headline is marked in the pane header while loaded terms are shown."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.model import HeadingTerm
from sidebyside.ui.qt import Qt


def test_a_loaded_word_in_the_headline_is_marked_in_the_pane_header(shown, qtbot, comparison):
    a = comparison.articles[0]
    word = a.title.split()[0]
    mark = HeadingTerm("title", 0, len(word), word.casefold(), "loaded_term", "evaluative")
    framing = replace(comparison.framing, label_contrasts=(), heading_terms=((mark,), ()))
    with qtbot.waitSignal(shown.comparison_ready, timeout=5000):
        shown.show_comparison(replace(comparison, framing=framing))
    title = shown.pane(0).title_label
    assert title.textFormat() == Qt.TextFormat.RichText
    assert f">{word}</span>" in title.text() and "a word that judges" in title.toolTip()
    style = title.text().split("<span style='", 1)[1].split("'", 1)[0]
    assert "background" not in style and "text-decoration-color" in style, \
        "underlined in the loaded words' colour as in the text, not filled like a label contrast"
    shown.kind_actions["loaded_term"].trigger()  # hidden with the loaded terms of the text
    assert title.textFormat() == Qt.TextFormat.PlainText and title.text() == a.title
