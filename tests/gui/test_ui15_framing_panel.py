"""The side panel as a teacher reads it in a small window: the details box shows a few lines
whole (no scrollbar), a long text scrolls there without taking the list's room; the Framing
list's "How much" column says how often on every row (the kind after it), a word or source used
several times is one row whose clicks visit each use, and a column cut short keeps its words
in a tooltip."""

from __future__ import annotations

import re
from dataclasses import replace

from gui_data import span_of

from sidebyside.model import LabelContrast, LabelCount, LoadedTerm, Mention, OnlyIn, SourceCitation
from sidebyside.ui.sidepanel import ALL_SPANS_ROLE, DETAILS_HINT, DETAILS_ROLE, SPANS_ROLE

SMALL = (1024, 700)
AMOUNT = re.compile(r"^(\d+×|\d+% similar$)")  # a count; for a same fact, how similar its two sentences are


def _show(window, qtbot, comparison, size=SMALL):
    """The window at ``size`` showing ``comparison``; its side panel."""
    window.resize(*size)
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(comparison)
    qtbot.waitUntil(lambda: window.width() == size[0])
    return window.side


def _box_shows_all(side) -> bool:
    box = side.details_box
    return box.verticalScrollBar().maximum() == 0 and side.details.height() <= box.viewport().height()


def _rows(tree):
    """Every selectable row under the sections (the greyed "nothing found" rows have nothing to say)."""
    found = []

    def walk(item):
        for i in range(item.childCount()):
            child = item.child(i)
            if child.flags() & child.flags().ItemIsSelectable:
                found.append(child)
            walk(child)

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    return found


def _section(tree, title: str):
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0).startswith(title))


# ------------------------------------------------------------------ the details box


def test_a_few_lines_of_details_show_whole_in_a_small_window(window, qtbot, comparison):
    side = _show(window, qtbot, comparison)
    qtbot.waitUntil(lambda: _box_shows_all(side))
    assert side.details.text() == DETAILS_HINT, "premise: the box starts with its hint"
    paragraphs = "".join(f"<p><b>{'AB'[i % 2]}:</b> a short line about entry {i}</p>" for i in range(4))
    side.show_details("<b>Something chosen</b> · one of its kind" + paragraphs)
    qtbot.waitUntil(lambda: _box_shows_all(side))
    assert side.split.sizes()[0] >= side.split.sizes()[1], "the list above keeps most of the panel"
    window.resize(1024, 560)  # a narrower, shorter window rewraps the text: the box follows
    qtbot.waitUntil(lambda: window.height() == 560)
    qtbot.waitUntil(lambda: _box_shows_all(side))


def test_a_long_text_scrolls_in_the_box_and_the_list_keeps_its_room(window, qtbot, comparison):
    side = _show(window, qtbot, comparison)
    side.show_details("<b>A long quotation</b>" + "".join(f"<p>Paragraph {i} of a very long quotation.</p>"
                                                          for i in range(60)))
    qtbot.waitUntil(lambda: side.details_box.verticalScrollBar().maximum() > 0)
    total = sum(side.split.sizes())
    assert side.split.sizes()[1] <= total * side.settings.details_share + 1
    assert side.split.sizes()[0] >= total * (1 - side.settings.details_share) - 1


def test_the_box_does_not_shrink_back_at_each_entry_and_keeps_a_dragged_height(window, qtbot, comparison):
    side = _show(window, qtbot, comparison)
    side.show_details("<b>Four lines</b>" + "<p>one</p><p>two</p><p>three</p>")
    qtbot.waitUntil(lambda: _box_shows_all(side))
    grown = side.split.sizes()[1]
    side.show_details("<b>One line</b>")
    assert side.split.sizes()[1] == grown, "stepping through entries must not make the list jump"
    total = sum(side.split.sizes())
    side.split.moveSplitter(int(total * 0.6), 1)  # the reader drags the box taller
    dragged = side.split.sizes()[1]
    assert dragged > grown
    side.show_details("<b>Another line</b>")
    assert side.split.sizes()[1] == dragged


# ------------------------------------------------------------------ the "How much" column


def _contrast(a, b):
    titled = span_of(a, "Russian President Vladimir Putin")
    short = span_of(a, "Putin", 2)
    leader = span_of(b, "the Russian leader")
    return LabelContrast(
        "Vladimir Putin", (Mention(titled.start, titled.end, "Russian President Vladimir Putin"),
                           Mention(short.start, short.end, "Putin")),
        (Mention(leader.start, leader.end, "the Russian leader"),), category="leader/president", kind="person",
        labels=((LabelCount("Russian President Vladimir Putin", 1, "title"), LabelCount("Putin", 1, "short")),
                (LabelCount("the Russian leader", 1, "description"), LabelCount("Vladimir Putin", 1, "name"))),
        headings=((), (Mention(0, 14, "Vladimir Putin", "title"),)))


def _framing(comparison):
    a, b = comparison.articles
    turkey = [span_of(a, "Turkey", n) for n in (1, 2, 3)]
    quoted = span_of(a, "terrorism")
    loaded = ((LoadedTerm("Turkey", "evaluative", turkey[0].start, turkey[0].end),
               LoadedTerm("Turkey", "evaluative", turkey[1].start, turkey[1].end),
               LoadedTerm("terrorism", "emotive", quoted.start, quoted.end, quoted=True)),
              (LoadedTerm("Turkey", "evaluative", *(lambda s: (s.start, s.end))(span_of(b, "Turkey"))),))
    sources = ((SourceCitation("the Kremlin", (span_of(a, "Kremlin"), span_of(a, "Kremlin", 2)), "institution"),),
               (SourceCitation("Dmitry Peskov", (span_of(b, "Peskov"),), None),))
    only = ((OnlyIn("Astana", (span_of(a, "Astana"),), "place"),), ())
    return replace(comparison.framing, label_contrasts=(_contrast(a, b),), loaded_terms=loaded, sources=sources,
                   only_in=only)


def test_every_framing_row_says_how_often_first(window, qtbot, comparison):
    side = _show(window, qtbot, replace(comparison, framing=_framing(comparison)))
    rows = _rows(side.framing_tree)
    assert rows, "premise: the framing list has entries"
    for row in rows:
        assert AMOUNT.match(row.text(2)), f"{row.text(0)!r}: 'How much' says {row.text(2)!r}, not an amount"
    referent = side.framing_tree.topLevelItem(0).child(0)
    assert referent.text(2) == "2× · 2×", "each outlet's uses, under 'A · B'"
    said = "contested words: leader / president"
    assert said not in referent.text(2) and said in referent.toolTip(0)
    assert said in referent.data(0, DETAILS_ROLE) and said in referent.toolTip(2)


def test_a_word_used_twice_is_one_row_visited_in_turn_and_the_speakers_word_stays_apart(window, qtbot, comparison):
    side = _show(window, qtbot, replace(comparison, framing=_framing(comparison)))
    section = _section(side.framing_tree, "Loaded words")
    rows = [(section.child(i).text(0), section.child(i).text(1), section.child(i).text(2))
            for i in range(section.childCount())]
    assert rows == [("Turkey", "A", "2× · evaluative"), ("Turkey", "B", "1× · evaluative"),
                    ("terrorism", "A", "1× · emotive, in a quote")]
    assert section.text(0) == "Loaded words (4)", "the section counts every use, as the status bar does"
    twice = section.child(0)
    places = twice.data(0, ALL_SPANS_ROLE)
    assert len(places) == 2
    side._activated(twice)
    assert window.pane(0).current_span() == tuple(places[0][1:])
    side._activated(twice)
    assert window.pane(0).current_span() == tuple(places[1][1:])
    assert section.child(1).data(0, ALL_SPANS_ROLE) is None, "used once: nothing to visit in turn"


def test_a_source_cited_twice_says_so_and_each_citation_is_visited(window, qtbot, comparison):
    side = _show(window, qtbot, replace(comparison, framing=_framing(comparison)))
    kremlin = _section(side.framing_tree, "Sources cited by A").child(0)
    assert kremlin.text(2) == "2× · institution"
    peskov = _section(side.framing_tree, "Sources cited by B").child(0)
    assert peskov.text(2) == "1×", "no kind known: the amount alone, no dangling separator"
    astana = _section(side.framing_tree, "Only in A").child(0)
    assert astana.text(2) == "1× · place"
    side._activated(kremlin)
    first = window.pane(0).current_span()
    side._activated(kremlin)
    assert window.pane(0).current_span() != first
    assert "2 times" in side.details.text() and "institution" in side.details.text()


def test_a_label_only_in_a_headline_says_where_it_is(window, qtbot, comparison):
    side = _show(window, qtbot, replace(comparison, framing=_framing(comparison)))
    referent = side.framing_tree.topLevelItem(0).child(0)
    rows = {(referent.child(j).text(0), referent.child(j).text(1)): referent.child(j)
            for j in range(referent.childCount())}
    headline_only = rows[("Vladimir Putin", "B")]
    assert headline_only.data(0, SPANS_ROLE) is None and "in the headline" in headline_only.text(2)
    in_text = rows[("the Russian leader", "B")]
    assert in_text.data(0, SPANS_ROLE) and "headline" not in in_text.text(2)


def test_every_column_cut_short_keeps_its_words_in_a_tooltip(window, qtbot, comparison):
    side = _show(window, qtbot, replace(comparison, framing=_framing(comparison)))
    for tree in (side.framing_tree, side.quotes_tree):
        for row in _rows(tree):
            for column in range(1, tree.columnCount()):
                if row.text(column):
                    assert row.toolTip(column), f"{row.text(0)!r}: column {column} has no tooltip"
    quote = next(r for r in _rows(side.quotes_tree) if r.text(1) not in ("", "—", "not found", "in quote marks"))
    assert quote.toolTip(1) == quote.text(1), "the speaker's name whole, not the quotation again"


# ------------------------------------------------------------------ who said a shared quote


def test_a_shared_quote_without_a_found_speaker_is_not_said_to_name_no_one(window, qtbot, comparison):
    sq = replace(comparison.shared_quotes[0], speaker_a="Vladimir Putin", speaker_b=None)
    side = _show(window, qtbot, replace(comparison, shared_quotes=(sq,)), size=(1300, 800))
    index = next(i for i, link in enumerate(window.view.highlights.links) if link.kind == "shared_quote")
    window.link_map.link_clicked.emit(index)
    said = side.details.text()
    assert "Vladimir Putin" in said and "speaker not found" in said, "what the app did not find, said as such"
    assert "no one named" not in said, "the article may name someone the app missed"


def test_related_quotes_give_their_speakers_under_speaker_and_their_likeness_in_words(window, qtbot, comparison):
    from sidebyside.model import SharedQuote, Span

    qa = next(q for q in comparison.quotes[0] if q.speaker)
    qb = next(q for q in comparison.quotes[1] if q.speaker)
    found = SharedQuote(Span(qa.start, qa.end), Span(qb.start, qb.end), 0.39, False)
    given = SharedQuote(Span(qa.start, qa.end), Span(qb.start, qb.end), 0.41, False, speaker_b="Someone Else")
    side = _show(window, qtbot, replace(comparison, related_quotes=(found, given)))
    section = _section(side.quotes_tree, "Related")
    first, second = section.child(0), section.child(1)
    assert first.text(1) == f"{qa.speaker} / {qb.speaker}", "each quotation's speaker, as the Quotes list gives it"
    assert "%" not in first.text(1) and "39% alike" in first.toolTip(0)
    assert second.text(1) == f"{qa.speaker} / Someone Else", "the speaker the match credits comes first"


# ------------------------------------------------------------------ the reader's place


def test_switching_possibly_loaded_keeps_the_readers_place_in_the_lists(window, qtbot, comparison):
    side = _show(window, qtbot, replace(comparison, framing=_framing(comparison)))
    tree = side.framing_tree
    side.setCurrentWidget(tree)
    tree.setFocus()
    sources = _section(tree, "Sources cited by A")
    sources.setExpanded(False)  # the reader folded a section...
    naming = tree.topLevelItem(0)
    chosen = naming.child(0).child(1)
    tree.setCurrentItem(chosen)  # ...and chose an entry
    side._activated(chosen)
    details, words = side.details.text(), (chosen.text(0), chosen.text(1))
    window.possible_action.trigger()  # the lists are filled again
    assert not _section(tree, "Sources cited by A").isExpanded()
    current = tree.currentItem()
    assert current is not None and (current.text(0), current.text(1)) == words
    assert side.details.text() == details
    window.possible_action.trigger()


def test_another_pair_starts_the_lists_afresh(window, qtbot, comparison):
    side = _show(window, qtbot, replace(comparison, framing=_framing(comparison)))
    tree = side.framing_tree
    _section(tree, "Sources cited by A").setExpanded(False)
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    a, b = comparison.articles
    other = replace(comparison, articles=(b, a), framing=_framing(comparison))
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(other)
    assert tree.currentItem() is None and side.details.text() == DETAILS_HINT


# ------------------------------------------------------------------ same fact, other words


def _facts(comparison):
    from sidebyside.model import AlignedSentence, Discrepancy

    a, b = comparison.articles
    plain = comparison.aligned_sentences[0]
    said_a, said_b = span_of(a, "Turkey"), span_of(b, "Turkey")
    later = AlignedSentence(span_of(a, "Putin and Erdogan underlined"), span_of(b, "Analysts say Moscow"), 0.48,
                            (Discrepancy("place", Mention(said_a.start, said_a.end, "Turkey"),
                                         Mention(said_b.start, said_b.end, "Turkey")),))
    return replace(comparison, aligned_sentences=(plain, later))


def test_the_same_facts_are_listed_with_those_stated_differently_first(window, qtbot, comparison):
    side = _show(window, qtbot, _facts(comparison))
    side.setCurrentWidget(side.framing_tree)
    section = _section(side.framing_tree, "Same fact, other words")
    assert section.text(0) == "Same fact, other words (2)" and section.childCount() == 2
    first, second = section.child(0), section.child(1)
    assert first.text(0).startswith("≠ ") and not second.text(0).startswith("≠")
    assert first.text(1) == "A · B" and first.text(2) == "48% similar"
    assert "Stated differently: place" in first.toolTip(0)
    side._activated(first)
    later = _facts(comparison).aligned_sentences[1]
    assert window.pane(0).current_span() == (later.a.start, later.a.end)
    assert window.pane(1).current_span() == (later.b.start, later.b.end)
    assert "Stated differently" in side.details.text()
    assert side.currentIndex() == side.indexOf(side.framing_tab), "the reader stays in the Framing tab"


def test_two_unrelated_stories_list_no_same_fact_and_say_why(window, qtbot, comparison):
    from sidebyside.model import Relatedness

    unrelated = replace(_facts(comparison), relatedness=Relatedness("different events", 0.01, (), ("en", "en")))
    side = _show(window, qtbot, unrelated)
    section = _section(side.framing_tree, "Same fact, other words")
    assert section.childCount() == 1 and not section.child(0).data(0, SPANS_ROLE)
    assert "do not seem to report the same event" in section.child(0).text(0)


def test_no_same_fact_found_says_so(window, qtbot, comparison):
    side = _show(window, qtbot, replace(comparison, aligned_sentences=()))
    section = _section(side.framing_tree, "Same fact, other words")
    assert section.text(0) == "Same fact, other words (0)"
    assert section.childCount() == 1 and "No fact found" in section.child(0).text(0)


def test_a_contrast_says_how_the_labels_differ_in_words_a_family_of_contested_words_as_such():
    from sidebyside.ui.sidepanel import _difference

    assert _difference("occupation/presence") == "contested words: occupation / presence"
    assert "title" not in _difference("killed/martyred/died"), "a family of words is no difference of title"
    assert _difference("metonymy") == "one names a place for its people or government"
    assert _difference("title") != _difference("short form")
    assert _difference("a new kind") == "they differ in a new kind", "an unknown kind is still said"
    assert _difference(None) == ""
