"""A loaded word inside a quotation is painted apart from the outlet's own: its wave takes the
quote's grey, and its tooltip says whose word it is."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.kinds import kind
from sidebyside.model import LoadedTerm
from sidebyside.ui.qt import QColor, QTextCharFormat


def _underline_at(pane, start: int, end: int) -> QColor:
    doc_start = pane.positions.to_doc(start)
    colours = [sel.format.underlineColor() for sel in pane.view.extraSelections()
               if sel.cursor.selectionStart() == doc_start and sel.format.underlineStyle() != 0]
    assert len(colours) == 1, colours
    return colours[0]


def test_a_quoted_loaded_word_is_painted_in_the_quotes_grey(shown, qtbot, comparison):
    text = comparison.articles[0].text
    quote = comparison.quotes[0][0]
    inside = text.index(" ", quote.start) + 1
    word_end = text.index(" ", inside)
    own_start = text.index(" ", quote.end + 2) + 1
    own_end = text.index(" ", own_start)
    terms = (LoadedTerm(text[inside:word_end], "evaluative", inside, word_end, quoted=True),
             LoadedTerm(text[own_start:own_end], "evaluative", own_start, own_end))
    framing = replace(comparison.framing, loaded_terms=(terms, ()))
    with qtbot.waitSignal(shown.comparison_ready, timeout=5000):
        shown.show_comparison(replace(comparison, framing=framing))
    pane = shown.pane(0)
    quoted, own = _underline_at(pane, inside, word_end), _underline_at(pane, own_start, own_end)
    assert own.name().upper() == kind("loaded_term").ink_for(False).upper()
    assert quoted.name().upper() == kind("quote").ink_for(False).upper()


def test_a_possibly_loaded_word_is_dotted_where_a_listed_one_waves(shown, qtbot, comparison):
    """A word found only by its graded score keeps the loaded amber but is dotted, so the page
    never paints a suspicion as surely as a listed word."""
    text = comparison.articles[0].text
    first_end = text.index(" ")
    second_start = text.index(" ", first_end + 1) + 1
    second_end = text.index(" ", second_start)
    terms = (LoadedTerm(text[:first_end], "evaluative", 0, first_end),
             LoadedTerm(text[second_start:second_end], "evaluative", second_start, second_end, score=0.4))
    framing = replace(comparison.framing, loaded_terms=(terms, ()))
    shown.possible_action.setChecked(True)  # off at first (test_ui_possibly_loaded.py)
    with qtbot.waitSignal(shown.comparison_ready, timeout=5000):
        shown.show_comparison(replace(comparison, framing=framing))
    pane = shown.pane(0)

    def style_at(start):
        doc_start = pane.positions.to_doc(start)
        return [sel.format.underlineStyle() for sel in pane.view.extraSelections()
                if sel.cursor.selectionStart() == doc_start
                and sel.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline]

    assert style_at(0) == [QTextCharFormat.UnderlineStyle.WaveUnderline]
    assert style_at(second_start) == [QTextCharFormat.UnderlineStyle.DotLine]
