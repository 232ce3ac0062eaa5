"""Arriving at a match, as in Meld: a current-match outline in the kind's colour (no selection
hiding the highlight), a brief flash, the counter and the side panel's box following the click,
both panes moving for a one-pane jump when synchronized, ribbons clipped at the view's edge, an
overview strip of the whole article, and the words a matched fact states differently."""

from __future__ import annotations

import re
from dataclasses import replace

from gui_data import span_of
from pane_actions import click_text, on_screen

from sidebyside.kinds import kind
from sidebyside.model import Discrepancy, Mention
from sidebyside.ui import formats as fmt
from sidebyside.ui.linkmap import OFF_EDGE
from sidebyside.ui.qt import QPoint, Qt

FLASH_TIMEOUT_MS = 5000  # the flash lasts 650 ms; a hang guard


def _current_overlay(pane):
    return [o for o in pane.view.overlays if o.form == "current"]


def test_arriving_outlines_the_match_in_its_colour_and_selects_nothing(shown, qtbot, comparison):
    al = comparison.aligned_sentences[0]
    shown.nav_kind.setCurrentIndex(shown.nav_kind.findData("aligned_sentence"))
    shown.next_action.trigger()
    for pane, span in ((shown.pane(0), al.a), (shown.pane(1), al.b)):
        assert pane.selection_span() is None  # a selection would paint over the highlight
        assert pane.current_span() == (span.start, span.end)
        [outline] = _current_overlay(pane)
        assert outline.colour == fmt.ink(kind("aligned_sentence"), shown._dark)
        assert pane.flashing
    qtbot.waitUntil(lambda: not shown.pane(0).flashing, timeout=FLASH_TIMEOUT_MS)
    assert _current_overlay(shown.pane(0)), "the outline stays after the flash"
    index = next(i for i, l in enumerate(shown.highlights.links) if l.kind == "aligned_sentence")
    assert shown.link_map.current == index


def test_the_counter_follows_a_click_in_the_text(shown, qtbot, comparison):
    text = comparison.articles[0].text
    hubs = [i for i in range(len(text)) if text.lower().startswith("gas hub", i)]
    assert len(hubs) >= 2, "premise: the seed article says 'gas hub' more than once"
    shown.kind_actions["distinctive_term"].trigger()  # off at first
    pane = shown.pane(0)
    pane.scroll_to_span(hubs[1], hubs[1] + 7)
    click_text(qtbot, pane, hubs[1] + 2)
    assert shown.nav_kind.currentData() == "distinctive_term"
    assert shown.counter.text().strip() == f"2 of {len(hubs)} in A"
    assert pane.current_span() == (hubs[1], hubs[1] + 7)
    shown.next_action.trigger()  # Next goes on from the click
    assert shown.counter.text().strip() == f"3 of {len(hubs)} in A" if len(hubs) > 2 else f"1 of {len(hubs)} in A"


def test_the_counter_follows_a_ribbon_click(shown, qtbot, comparison):
    shown.nav_kind.setCurrentIndex(shown.nav_kind.findData("aligned_sentence"))
    assert shown.counter.text().strip() == "1 found in A"
    index = next(i for i, l in enumerate(shown.highlights.links) if l.kind == "shared_quote")
    shown.link_map.link_clicked.emit(index)
    assert shown.nav_kind.currentData() == "shared_quote"
    assert shown.counter.text().strip() == "1 of 1 in A"
    assert "Differences" in shown.side.details.text()


def test_the_details_box_follows_the_entry_chosen_in_the_side_panel(shown, qtbot, comparison):
    tree = shown.side.framing_tree
    shown.side.setCurrentWidget(tree)
    item = tree.findItems("Nord Stream", Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly, 0)[0]
    tree.setCurrentItem(item)
    shown.side._activated(item)
    assert "Nord Stream" in shown.side.details.text() and "only by" in shown.side.details.text()
    section = item.parent()
    tree.setCurrentItem(section)
    assert "leaves out" in shown.side.details.text()
    assert tree.headerItem().text(1) == "In" and tree.headerItem().text(2) == "How much"
    assert "7×" not in "".join(tree.topLevelItem(i).child(j).text(2) for i in range(tree.topLevelItemCount())
                              for j in range(tree.topLevelItem(i).childCount()))


def test_a_one_pane_jump_takes_the_other_pane_along_when_synchronized(shown, qtbot, comparison):
    shown.resize(1300, 500)
    qtbot.waitUntil(lambda: shown.pane(1).view.verticalScrollBar().maximum() > 0)
    bar_a, bar_b = (p.view.verticalScrollBar() for p in shown.panes)
    bar_a.setValue(0)
    assert bar_b.value() == 0
    text = comparison.articles[0].text
    far = span_of(comparison.articles[0], "Unprecedented damage was dealt")
    assert far.start > len(text) // 2, "premise: the target lies in the lower half of A"
    shown.jump_to([(0, far.start, far.end)], "only_in")
    assert on_screen(shown.pane(0), (far.start, far.end))
    assert bar_a.value() > 0 and bar_b.value() > 0
    shown.sync_action.setChecked(False)
    bar_a.setValue(0)
    bar_b.setValue(0)
    shown.jump_to([(0, far.start, far.end)], "only_in")
    assert bar_a.value() > 0 and bar_b.value() == 0


def test_a_ribbon_whose_end_is_off_screen_is_clipped_at_the_edge(shown, qtbot, comparison):
    shown.resize(1300, 500)
    qtbot.waitUntil(lambda: shown.pane(1).viewport_height() < 400, timeout=5000)
    shown.sync_action.setChecked(False)
    pane_a, pane_b = shown.panes
    sq = comparison.shared_quotes[0]
    pane_a.scroll_to_span(sq.a.start, sq.a.end)
    pane_b.view.verticalScrollBar().setValue(pane_b.view.verticalScrollBar().maximum())
    if on_screen(pane_b, (sq.b.start, sq.b.end)):
        pane_b.view.verticalScrollBar().setValue(0)
    assert not on_screen(pane_b, (sq.b.start, sq.b.end)), "premise: the B end is scrolled away"
    link_map = shown.link_map
    link_map.repaint()
    index = next(i for i, l in enumerate(shown.highlights.links) if l.kind == "shared_quote")
    path = next(p for p, i in link_map._paths if i == index)
    top = link_map.mapFromGlobal(pane_b.view.viewport().mapToGlobal(QPoint(0, 0))).y()
    bounds = path.boundingRect()
    # The off-screen end is drawn just past the edge, never thousands of pixels away (a spike).
    assert bounds.top() >= top - OFF_EDGE - 50 and bounds.bottom() <= top + pane_b.viewport_height() + OFF_EDGE + 50
    assert bounds.height() < pane_b.viewport_height() + 2 * OFF_EDGE + 100


def test_the_overview_strip_marks_the_whole_article_and_scrolls_there(shown, qtbot, comparison):
    shown.resize(1300, 500)
    pane = shown.pane(0)
    qtbot.waitUntil(lambda: pane.view.verticalScrollBar().maximum() > 0)
    strip = pane.overview
    marks = strip._fractions()
    assert len(marks) == len(comparison.shared_quotes) + len(comparison.shared_passages) + len(comparison.aligned_sentences)
    assert all(0 <= top <= bottom <= 1 for top, bottom, _c in marks)
    shown.kind_actions["aligned_sentence"].trigger()
    assert len(strip._fractions()) == len(marks) - len(comparison.aligned_sentences)
    shown.sync_action.setChecked(False)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(5, strip.height() - 3))
    bar = pane.view.verticalScrollBar()
    assert bar.value() == bar.maximum()


def test_a_number_the_other_article_states_otherwise_is_marked(shown, qtbot, comparison):
    al = comparison.aligned_sentences[0]
    a_text, b_text = (a.text for a in comparison.articles)
    # Give the aligned pair a discrepancy on words of each sentence (offsets as the engine gives).
    a_word = (al.a.start, al.a.start + 7)
    b_word = (al.b.start, al.b.start + 5)
    disc = Discrepancy("number", Mention(*a_word, a_text[slice(*a_word)]), Mention(*b_word, b_text[slice(*b_word)]))
    changed = replace(comparison, aligned_sentences=(replace(al, discrepancies=(disc,)),))
    with qtbot.waitSignal(shown.comparison_ready, timeout=5000):
        shown.show_comparison(changed)
    marks = [o for o in shown.pane(0).view.overlays if o.form == "differs"]
    assert [(shown.pane(0).positions.to_text(o.start), shown.pane(0).positions.to_text(o.end)) for o in marks] == [a_word]
    assert "gives “" in shown.pane(0)._tooltip(shown.pane(0).positions.to_doc(a_word[0] + 1))
    index = next(i for i, l in enumerate(shown.highlights.links) if l.kind == "aligned_sentence")
    shown.show_link(index)
    assert "Stated differently" in shown.side.details.text()
    shown.kind_actions["aligned_sentence"].trigger()  # hidden with its match
    assert not [o for o in shown.pane(0).view.overlays if o.form == "differs"]


def test_a_label_in_the_headline_is_marked_in_the_pane_header(shown, qtbot, comparison):
    """A headline label the other outlet never uses is marked; one it uses ("Putin") is not."""
    from sidebyside.labelpaint import WordIndex

    a, b = comparison.articles
    other = WordIndex(b)
    word = next(w for w in re.findall(r"\w{4,}", a.title) if not other.has(w))
    start = a.title.index(word)
    shared = a.title.index("Putin")
    assert other.has("Putin")
    lc = comparison.framing.label_contrasts[0]
    headings = (Mention(start, start + len(word), word, field="title"), Mention(shared, shared + 5, "Putin", field="title"))
    changed = replace(comparison, framing=replace(comparison.framing, label_contrasts=(
        replace(lc, headings=(headings, ())),)))
    with qtbot.waitSignal(shown.comparison_ready, timeout=5000):
        shown.show_comparison(changed)
    title = shown.pane(0).title_label
    assert title.textFormat() == Qt.TextFormat.RichText
    assert f">{word}</span>" in title.text() and lc.entity in title.toolTip()
    assert ">Putin</span>" not in title.text()
    assert shown.pane(1).title_label.textFormat() == Qt.TextFormat.PlainText
    shown.kind_actions["label_contrast"].trigger()
    assert title.textFormat() == Qt.TextFormat.PlainText and title.text() == a.title


def test_a_quote_credited_to_different_speakers_says_so(shown, qtbot, comparison):
    sq = comparison.shared_quotes[0]
    changed = replace(comparison, shared_quotes=(replace(sq, speaker_a="Karim Haddad", speaker_b="a defence official",
                                                         speaker_contrast="named/unnamed"),))
    with qtbot.waitSignal(shown.comparison_ready, timeout=5000):
        shown.show_comparison(changed)
    index = next(i for i, l in enumerate(shown.highlights.links) if l.kind == "shared_quote")
    shown.show_link(index)
    details = shown.side.details.text()
    assert "Karim Haddad" in details and "a defence official" in details and "credit these words differently" in details
    assert "credited to Karim Haddad in A" in shown.pane(0)._tooltip(shown.pane(0).positions.to_doc(sq.a.start + 1))


def test_a_mirrored_comparison_swaps_the_speakers_too(comparison):
    from sidebyside.session import mirrored

    sq = replace(comparison.shared_quotes[0], speaker_a="X", speaker_b="Y", speaker_contrast="different")
    flipped = mirrored(replace(comparison, shared_quotes=(sq,)))
    assert (flipped.shared_quotes[0].speaker_a, flipped.shared_quotes[0].speaker_b) == ("Y", "X")
