"""The Framing list as a teacher scans it in a 1024-pixel window: a shared passage whose copies
state a number differently is listed with the same facts stated differently (not only drawn as a
ribbon), and an entry too long for the narrow column is read whole on a second line, not cut to
its first letters."""

from __future__ import annotations

from dataclasses import replace

from gui_data import article_of, span_of

from sidebyside.model import AlignedSentence, Comparison, Discrepancy, Mention, Relatedness, SharedPassage
from sidebyside.ui.qt import QTreeWidgetItem
from sidebyside.ui.sidepanel import DETAILS_ROLE, SPANS_ROLE, PanelTree, sentence_from, wrapped_lines

SMALL = (1024, 700)

COPY = ("The harbour board met on Monday evening. It approved the new ferry terminal after a long debate. "
        "The terminal will cost {cost} million euros and open in the spring.")
A_TEXT = ["Ferry terminal approved", "A short report of the vote, in the local paper's words.", COPY.format(cost=12)]
B_TEXT = ["Harbour vote", "A wire copy of the same meeting, printed by another paper.", COPY.format(cost=21)]


def _pair(discrepancy: bool = True, **changes) -> Comparison:
    """Two articles carrying one wire passage; with ``discrepancy`` the copies' costs are flagged."""
    a, b = article_of(A_TEXT), article_of(B_TEXT)
    pa, pb = span_of(a, A_TEXT[2]), span_of(b, B_TEXT[2])
    flags = ()
    if discrepancy:
        ca, cb = span_of(a, "12 million euros"), span_of(b, "21 million euros")
        flags = (Discrepancy("number", Mention(ca.start, ca.end, "12 million euros"),
                             Mention(cb.start, cb.end, "21 million euros")),)
    return Comparison(articles=(a, b), shared_passages=(SharedPassage(pa, pb, 0.97, flags),), **changes)


def _show(window, qtbot, comparison, size=SMALL):
    window.resize(*size)
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(comparison)
    qtbot.waitUntil(lambda: window.width() == size[0])
    return window.side


def _facts(side) -> QTreeWidgetItem:
    tree = side.framing_tree
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0).startswith("Same fact, other words"))


# ------------------------------------------------------------------ a shared passage, other numbers


def test_a_shared_passage_stating_a_number_differently_is_listed_with_the_same_facts(window, qtbot):
    comparison = _pair()
    side = _show(window, qtbot, comparison)
    section = _facts(side)
    assert section.text(0) == "Same fact, other words (1)" and section.childCount() == 1
    row = section.child(0)
    # the row opens on what differs, then the sentence it is in, not on the passage's first words
    assert row.text(0).startswith("≠ 12 million euros / 21 million euros: The terminal will cost 12")
    assert row.text(1) == "A · B" and row.text(2) == "same words"
    assert "Stated differently: number: A “12 million euros”, B “21 million euros”" in row.toolTip(0)
    details = row.data(0, DETAILS_ROLE)
    assert "Shared passage" in details and "Stated differently" in details and "Check that both" in details
    side.setCurrentWidget(side.framing_tree)
    side._activated(row)
    passage = comparison.shared_passages[0]
    assert window.pane(0).current_span() == (passage.a.start, passage.a.end)
    assert window.pane(1).current_span() == (passage.b.start, passage.b.end)
    assert side.currentIndex() == side.indexOf(side.framing_tab), "the reader stays in the Framing tab"


def test_the_flagged_passage_comes_before_the_facts_stated_alike(window, qtbot):
    plain = _pair()
    a, b = plain.articles
    fact = AlignedSentence(span_of(a, A_TEXT[1]), span_of(b, B_TEXT[1]), 0.4)
    side = _show(window, qtbot, replace(plain, aligned_sentences=(fact,)))
    section = _facts(side)
    assert section.text(0) == "Same fact, other words (2)"
    assert section.child(0).text(0).startswith("≠ ") and section.child(0).text(2) == "same words"
    assert not section.child(1).text(0).startswith("≠") and section.child(1).text(2) == "40% similar"


def test_a_shared_passage_stated_alike_is_not_listed_as_a_fact(window, qtbot):
    side = _show(window, qtbot, _pair(discrepancy=False))
    section = _facts(side)
    assert section.text(0) == "Same fact, other words (0)"
    assert section.childCount() == 1 and not section.child(0).data(0, SPANS_ROLE)  # the greyed "none found"


def test_two_unrelated_stories_still_list_the_differing_figures_of_their_shared_words(window, qtbot):
    """Their "same facts" are held back as coincidences; a passage both print word for word is
    none, and the number its copies state differently is still there to check."""
    a, b = _pair().articles
    fact = AlignedSentence(span_of(a, A_TEXT[1]), span_of(b, B_TEXT[1]), 0.4)
    unrelated = _pair(aligned_sentences=(fact,), relatedness=Relatedness("different events", 0.02, (), ("en", "en")))
    section = _facts(_show(window, qtbot, unrelated))
    assert section.text(0) == "Same fact, other words (1)" and section.childCount() == 1
    assert section.child(0).text(0).startswith("≠ ") and section.child(0).text(2) == "same words"


def test_a_row_opens_on_the_sentence_of_the_difference():
    text = "He died. The coroner said so. He served 412 months in prison. The end."
    assert sentence_from(text, 0, len(text), text.index("412")) == "He served 412 months in prison. The end."
    assert sentence_from(text, 0, len(text), text.index("died")) == text  # the first sentence: the whole span
    assert sentence_from(text, 9, len(text), len(text) + 5) == text[9:]  # outside the span: the span


# ------------------------------------------------------------------ long entries wrap


def _narrow_tree(qtbot, lines: int = 3):
    """A naming table in a list about as narrow as a 1024-pixel window's side panel, in letters."""
    from sidebyside.settings import DEFAULT

    tree = PanelTree(DEFAULT.ui.last_column_share, DEFAULT.ui.entry_letters, lines)
    qtbot.addWidget(tree)
    tree.setColumnCount(3)
    section = QTreeWidgetItem(tree, ["How each names the same one", "", ""])
    section.setFirstColumnSpanned(True)
    referent = QTreeWidgetItem(section, ["Turkish forces", "A · B", "1× · 1×"])
    long = QTreeWidgetItem(referent, ["Turkish occupation of northern Syria", "A", "1× · description of the referent"])
    short = QTreeWidgetItem(referent, ["Ankara", "B", "1× · place for its people, its government, its army"])
    tree.expandAll()
    letter = tree.fontMetrics().averageCharWidth()
    tree.resize(tree.indentation() * 3 + letter * 44 + tree.frameWidth() * 2, 400)
    tree.show()
    qtbot.waitExposed(tree)
    tree.fit_columns()
    return tree, long, short


def test_a_label_too_long_for_a_narrow_column_is_read_whole_on_more_lines(qtbot):
    tree, long, short = _narrow_tree(qtbot)
    metrics = tree.fontMetrics()
    cell = tree.visualRect(tree.indexFromItem(long, 0))
    assert metrics.horizontalAdvance(long.text(0)) > cell.width(), "premise: the label is wider than its cell"
    qtbot.waitUntil(lambda: tree.visualItemRect(long).height() > tree.visualItemRect(short).height())
    room = tree.itemDelegateForIndex(tree.indexFromItem(long, 0)).text_room(tree.indexFromItem(long, 0))
    lines = wrapped_lines(long.text(0), tree.font(), room)
    assert 2 <= len(lines) <= 3, "premise: the label takes more than one line, no more than a list allows"
    assert tree.visualItemRect(long).height() >= sum(lines), "every line of the label has room"
    # the short label beside a long "How much" stays one line: only the entry wraps
    assert tree.visualItemRect(short).height() < 2 * metrics.lineSpacing()


def test_a_wider_list_puts_the_label_back_on_one_line(qtbot):
    tree, long, short = _narrow_tree(qtbot)
    qtbot.waitUntil(lambda: tree.visualItemRect(long).height() > tree.visualItemRect(short).height())
    tree.resize(tree.width() + tree.fontMetrics().horizontalAdvance(long.text(0)) * 2, tree.height())
    qtbot.waitUntil(lambda: tree.visualItemRect(long).height() == tree.visualItemRect(short).height())


def test_a_list_made_to_keep_one_line_never_wraps(qtbot):
    tree, long, short = _narrow_tree(qtbot, lines=1)
    qtbot.wait(10)
    assert tree.visualItemRect(long).height() == tree.visualItemRect(short).height()


def test_the_side_panel_lists_wrap_their_entries_at_1024_pixels(window, qtbot):
    """In the window: a long label of the naming table and a long quotation take a second line."""
    from gui_data import seed_comparison

    from sidebyside.model import LabelContrast

    comparison = seed_comparison()
    a, b = comparison.articles
    short_a, long_b = span_of(a, "Bashar Al-Assad"), span_of(b, "Syrian leader Bashar al-Assad")
    contrast = LabelContrast("Bashar al-Assad", (Mention(short_a.start, short_a.end, "Bashar Al-Assad"),),
                             (Mention(long_b.start, long_b.end, "Syrian leader Bashar al-Assad"),))
    side = _show(window, qtbot, replace(comparison, framing=replace(comparison.framing, label_contrasts=(contrast,))))
    side.setCurrentWidget(side.framing_tree)
    tree = side.framing_tree
    qtbot.waitUntil(tree.isVisible)
    referent = tree.topLevelItem(0).child(0)
    rows = {referent.child(i).text(0): referent.child(i) for i in range(referent.childCount())}
    long, short = rows["Syrian leader Bashar al-Assad"], rows["Bashar Al-Assad"]
    if tree.fontMetrics().horizontalAdvance(long.text(0)) > tree.visualRect(tree.indexFromItem(long, 0)).width():
        qtbot.waitUntil(lambda: tree.visualItemRect(long).height() > tree.visualItemRect(short).height())
    side.setCurrentWidget(side.quotes_tree)
    quotes = side.quotes_tree
    qtbot.waitUntil(quotes.isVisible)
    quote = quotes.topLevelItem(0).child(0)
    assert quotes.fontMetrics().horizontalAdvance(quote.text(0)) > quotes.visualRect(quotes.indexFromItem(quote, 0)).width()
    qtbot.waitUntil(lambda: quotes.visualItemRect(quote).height() >= 2 * quotes.fontMetrics().lineSpacing())


def test_a_long_speaker_beside_a_short_quote_is_read_whole(window, qtbot):
    """The speaker is what a reader checks a quote against: "Syrian Foreign Minister Faisal
    Mekdad" on two lines, not cut to its first words; a short one keeps one line."""
    from gui_data import seed_comparison

    from sidebyside.model import Quote

    comparison = seed_comparison()
    a, b = comparison.articles
    short_a, short_b = span_of(a, "occupation"), span_of(b, "enemy")
    speaker = "Syrian Foreign Minister Faisal Mekdad of the Syrian Arab Republic"
    quotes = ((Quote(short_a.start, short_a.end, "occupation", speaker),),
              (Quote(short_b.start, short_b.end, "enemy", "Assad"),))
    side = _show(window, qtbot, replace(comparison, quotes=quotes, shared_quotes=(), related_quotes=()))
    side.setCurrentWidget(side.quotes_tree)
    tree = side.quotes_tree
    qtbot.waitUntil(tree.isVisible)
    long, short = tree.topLevelItem(0).child(0), tree.topLevelItem(1).child(0)
    assert tree.fontMetrics().horizontalAdvance(speaker) > tree.columnWidth(1), "premise: a narrow Speaker column"
    qtbot.waitUntil(lambda: tree.visualItemRect(long).height() >= 2 * tree.fontMetrics().lineSpacing())
    assert tree.visualItemRect(short).height() < 2 * tree.fontMetrics().lineSpacing()


def _many_facts(discrepancy: bool) -> Comparison:
    plain = _pair(discrepancy)
    a, b = plain.articles
    fact = AlignedSentence(span_of(a, A_TEXT[1]), span_of(b, B_TEXT[1]), 0.4)
    return replace(plain, aligned_sentences=(fact,) * 14)


def test_a_long_list_of_facts_opens_when_it_leads_with_a_difference(window, qtbot):
    """More than a dozen same facts fold their section, unless the first states a figure
    differently: that one is for the reader to check."""
    section = _facts(_show(window, qtbot, _many_facts(discrepancy=True)))
    assert section.childCount() == 15 and section.isExpanded()
    assert section.child(0).text(0).startswith("≠ ")


def test_a_long_list_of_facts_stated_alike_stays_folded(window, qtbot):
    section = _facts(_show(window, qtbot, _many_facts(discrepancy=False)))
    assert section.childCount() == 14 and not section.isExpanded()


def test_the_last_columns_title_is_whole_in_a_narrow_panel(window, qtbot):
    """"How much" over the counts, not "How mu": the entries, which wrap, give the room."""
    from gui_data import seed_comparison

    side = _show(window, qtbot, seed_comparison())
    for tree in (side.framing_tree, side.quotes_tree):
        side.setCurrentWidget(tree)
        qtbot.waitUntil(tree.isVisible)
        last = tree.columnCount() - 1
        title = tree.headerItem().text(last)
        assert tree.columnWidth(last) >= tree.header().fontMetrics().horizontalAdvance(title), title
        assert tree.columnWidth(0) >= tree.columnWidth(last)


def test_lines_are_counted_as_the_list_lays_them_out(qapp):
    font = qapp.font()
    text = "presence of Turkish troops in northern Syria"
    from sidebyside.ui.qt import QFontMetrics

    wide = QFontMetrics(font).horizontalAdvance(text)
    assert len(wrapped_lines(text, font, wide * 2)) == 1
    assert len(wrapped_lines(text, font, wide / 2)) >= 2
    assert len(wrapped_lines(text, font, wide / 4)) > len(wrapped_lines(text, font, wide / 2))
