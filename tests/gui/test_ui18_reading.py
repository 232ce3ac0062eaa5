"""A media-literacy student's reading of the window on real pairs: what a label, a column or a box
said that a reader would take the wrong way."""

from __future__ import annotations

from dataclasses import replace

from gui_data import article_of

from sidebyside.compare.coverage import Coverage, Member, QuoteGroup


def _quote_rows(tree) -> list:
    top = tree.topLevelItem(0)
    return [top.child(i) for i in range(top.childCount())]


# ------------------------------------------------------------------ a speaker not found


def test_a_quote_whose_speaker_was_not_found_says_so_in_words(window, comparison, qtbot):
    """A dash in the Speaker column read as "no one said it" (an unattributed quote), and the
    Coverage tab's dash means "does not quote it": the panel says "not found", greyed."""
    missed = replace(comparison.quotes[0][0], speaker=None, speaker_span=None)
    quotes = ((missed, *comparison.quotes[0][1:]), comparison.quotes[1])
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(replace(comparison, quotes=quotes, shared_quotes=()))
    rows = _quote_rows(window.side.quotes_tree)
    row = next(r for r in rows if missed.text.startswith(r.text(0).rstrip("…")[:30]))
    assert row.text(1) == "not found"
    assert row.foreground(1).color() == window.side.quotes_tree.palette().placeholderText().color()
    named = next(r for r in rows if r is not row)  # a speaker found keeps the name, in the text's ink
    assert named.text(1) == comparison.quotes[0][1].speaker
    assert named.foreground(1).style() == named.foreground(1).style().NoBrush
    assert "not found" in window.side.quotes_tree.headerItem().toolTip(1), "the column's header says what it means"


def test_coverage_says_a_speaker_was_not_found_and_keeps_the_dash_for_not_quoted(qtbot):
    from sidebyside.ui.coverageview import ABSENT, CoverageView

    texts = ['"We will not move," a spokesman said.', '"We will not move," said Ana Ruiz.', "The port was shut."]
    articles = tuple(article_of([t]) for t in texts)
    found = QuoteGroup((Member(0, 1, 18, "We will not move,"), Member(1, 1, 18, "We will not move,")), True)
    said = QuoteGroup((Member(0, 1, 18, "We will not move,"), Member(1, 1, 18, "We will not move,", "Ana Ruiz")), True)
    view = CoverageView()
    qtbot.addWidget(view)
    view.set_coverage(Coverage(articles, quotes=(found, said)), ["A", "B", "C"])
    table = view.tables["quotes"]
    assert table.item(0, 1).text() == "not found"
    assert table.item(1, 1).text() == "Ana Ruiz"
    assert view.cell("quotes", 0, 2).text() == ABSENT, "the dash still says the third outlet does not quote it"


# ------------------------------------------------------------------ the details box and the tabs


def test_the_box_below_the_lists_explains_the_tab_in_front(shown, qtbot):
    """Ctrl+2 then Ctrl+3 left "How each names the same one" under the Notes tab: the box now
    explains the entry of the tab in front, or says how to choose one."""
    from sidebyside.ui.sidepanel import DETAILS_HINT

    side = shown.side
    shown.show_panel_tab(1)
    section = side.framing_tree.topLevelItem(0)
    side.framing_tree.setCurrentItem(section)
    assert "names the same one" in side.details.text()
    shown.show_panel_tab(2)  # Notes: no entry of its own chosen
    assert side.details.text() == DETAILS_HINT
    quote = side.quotes_tree.topLevelItem(0).child(0)
    side.quotes_tree.setCurrentItem(quote)
    shown.show_panel_tab(1)
    assert "names the same one" in side.details.text(), "back on Framing: its chosen entry again"
    shown.show_panel_tab(0)
    assert side.details.text().startswith("<b>Quote</b>"), "on Quotes: the quote chosen there"


def test_a_highlight_explained_in_the_box_stays_when_the_tab_changes(shown, qtbot):
    """What the reader clicked in the text is true whatever the tab: switching to Notes to write
    a note on it keeps it in view."""
    side = shown.side
    shown.show_panel_tab(1)
    side.show_details("<b>Shared passage</b> — the words both carry")
    shown.show_panel_tab(2)
    assert "Shared passage" in side.details.text()
    shown.show_panel_tab(0)
    assert "Shared passage" in side.details.text()


# ------------------------------------------------------------------ "How much" whole


def test_how_much_wraps_rather_than_ending_in_an_ellipsis(shown, qtbot):
    """At 1366 px "1× · short name · also in B" was cut to "1× · short name · also …", the
    words that say why the row is greyed ("4×, far more th…" alike). The column wraps, as the
    entries do."""
    from sidebyside.ui.sidepanel import _all_items

    side, tree = shown.side, shown.side.framing_tree
    # 1366 wide; tall enough that the Framing list, which holds the word choices too, needs no
    # scrollbar (the widths measured are the list's own)
    shown.resize(1366, 900)
    shown.show_panel_tab(1)
    total = sum(shown.splitter.sizes())
    shown.splitter.setSizes([total - 250, 250])  # narrow: the rows' "4×, never in B" is short
    qtbot.waitUntil(lambda: side.width() <= 270)
    tree.expandAll()
    tree.measure_rows()
    metrics = tree.fontMetrics()
    rows = [r for r in _all_items(tree) if r.text(2)]
    long_rows = [r for r in rows if metrics.horizontalAdvance(r.text(2)) > tree.columnWidth(2) - 4]
    short_rows = [r for r in rows if r not in long_rows and metrics.horizontalAdvance(r.text(0)) < tree.columnWidth(0) / 2]
    assert long_rows and short_rows, "premise: some How much wider than its column, some short"
    one_line = max(r.sizeHint(2).height() for r in short_rows)
    for row in long_rows:
        assert row.sizeHint(2).height() > one_line, f"{row.text(2)!r} is cut, not wrapped"


# ------------------------------------------------------------------ the source line


URL = "https://www.example-news.org/news/impeachment-hearings-key-moments-from-the-testimony-of-two-witnesses/"
FILE = "cbs-hearings-2019-11-20.html.gz"


def _pane_with_url(window, comparison, url: str | None):
    from sidebyside.model import Source

    pane = window.pane(0)
    pane.set_article(replace(comparison.articles[0], source=Source(f"/tmp/{FILE}", "html", url=url)))
    return pane


def test_a_cut_source_line_keeps_the_file_name_whole_without_a_stray_parenthesis(window, comparison, qtbot):
    """Cut in its middle as one text, "URL  (file)" lost the "(" and showed "…7d03.html.gz)":
    a file name glued to the URL. The URL gives way; the file name stays whole, in its brackets."""
    pane = _pane_with_url(window, comparison, URL)
    label = pane.source_label
    label.resize(label.fontMetrics().horizontalAdvance(f"https://www.example-news.org/news/impea…  ({FILE})") + 30,
                 label.height())
    shown = label.text()
    assert shown.endswith(f"  ({FILE})"), shown
    assert "…" in shown and shown.startswith("https://")
    assert URL in label.toolTip() and FILE in label.toolTip(), "the URL whole a hover away, with the file"


def test_a_source_line_with_room_or_without_a_url_is_unchanged(window, comparison, qtbot):
    pane = _pane_with_url(window, comparison, URL)
    label = pane.source_label
    label.resize(label.fontMetrics().horizontalAdvance(label.full_text()) + 40, label.height())
    assert label.text() == f"{URL}  ({FILE})"
    pane = _pane_with_url(window, comparison, None)
    assert pane.source_label.full_text() == FILE and pane.source_label.toolTip() == f"/tmp/{FILE}"


def test_the_compact_line_keeps_the_date_and_the_file_in_its_brackets(window, comparison, qtbot):
    from sidebyside.ui.pane import PartsLabel

    name = "7a664e40d256470fdb12d10c3f8d1c6db0581e9b080c71765e55f273a3ac7d03.html.gz"
    label = PartsLabel()
    qtbot.addWidget(label)
    label.setText(f"20 Nov 2019 · Lisa Mascaro, Mary Clare Jalonick · {URL}  ({name})")
    label.resize(label.fontMetrics().horizontalAdvance(f"20 Nov 2019 · … · {URL[:30]}…  ({name[:20]})"), 20)
    shown = label.text()
    # the byline stays, the URL gives way, the hash keeps both its ends (tests/ui/test_reader22_header.py)
    assert shown.startswith("20 Nov 2019 · Lisa Mascaro, Mary Clare Jalonick · "), shown
    assert "https" not in shown and shown.endswith(name[-8:]) and name[:8] in shown, shown


# ------------------------------------------------------------------ one article open


STORY = ("Harbour workers walk out\n\nBy Ana Ruiz\n\n"
         "Dock workers at the port of Veldt stopped work on Monday over a plan to automate the cranes.\n\n"
         "\"We are not against machines. We are against losing our jobs,\" said union leader Tomas Brenn.\n\n"
         "The port authority said talks would resume on Thursday and that no one would lose their job.\n")


def test_one_article_open_says_what_to_do_rather_than_still_extracting(window, qtbot, tmp_path):
    """One capture open and none beside it: the status bar kept "Extracting a.txt…" (as if work
    were going on) and the lists stood empty (as if still loading)."""
    from sidebyside.ui.window import ONE_ARTICLE_PANEL, ONE_ARTICLE_STATUS

    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    with qtbot.waitSignal(window.load_finished, timeout=30000):
        window.open_into_pane(0, str(path))
    qtbot.waitUntil(lambda: window.pane(0).article is not None)
    assert window.status_label.text() == ONE_ARTICLE_STATUS
    assert window.side.quotes_tree.topLevelItem(0).text(0) == ONE_ARTICLE_PANEL


def test_two_articles_open_say_what_was_found(window, qtbot, tmp_path):
    from sidebyside.ui.window import ONE_ARTICLE_STATUS

    paths = []
    for name, text in (("a.txt", STORY), ("b.txt", STORY.replace("Monday", "Tuesday"))):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    with qtbot.waitSignal(window.load_finished, timeout=30000):
        window.open_paths(*paths)
    assert window.comparison is not None
    assert window.status_label.text() != ONE_ARTICLE_STATUS and "shared" in window.status_label.text()


# ------------------------------------------------------------------ keys


def test_every_menu_key_is_in_the_keyboard_shortcuts_and_quit_has_one(window, qtbot):
    """The list was written by hand and left out Coverage of All Outlets (Ctrl+Shift+C) and the
    notes' Undo and Redo; Quit had no key where the platform gives it none."""
    from sidebyside.ui.helpdialogs import menu_shortcuts

    assert not window.quit_action.shortcut().isEmpty()
    groups = dict(menu_shortcuts(window))
    listed = {name for rows in groups.values() for name, _key in rows}
    for menu in window.menuBar().actions():
        for act in menu.menu().actions():
            if act.menu() is None and not act.isSeparator() and not act.shortcut().isEmpty():
                assert act.text().replace("&", "") in listed
    assert ("Coverage of All Outlets", "Ctrl+Shift+C") in groups["View"]
    assert "About SideBySide" not in listed, "an entry without a key is not listed"
    box = window.show_shortcuts()
    qtbot.addWidget(box)
    assert "Ctrl+Shift+C" in box.text() and "Quit" in box.text() and "Quotes Tab" in box.text()
    box.close()


# ------------------------------------------------------------------ tooltips that say more


def test_the_in_column_names_the_article_on_hover(shown):
    """Hovering "A" said "A": it now says which article that is."""
    from sidebyside.ui.article_names import article_names
    from sidebyside.ui.sidepanel import _all_items

    names = article_names(shown.comparison.articles)
    rows = [r for r in _all_items(shown.side.framing_tree) if r.text(1) in ("A", "B", "A · B")]
    assert rows
    for row in rows:
        tip = row.toolTip(1)
        assert tip != row.text(1)
        for letter, name in zip("AB", names):
            if letter in row.text(1):
                assert name in tip, (row.text(0), tip)
    speakers = [r for r in _all_items(shown.side.quotes_tree) if r.parent() is not None and r.text(1)]
    assert all(r.toolTip(1) == r.text(1) for r in speakers if r.text(1) not in ("not found", "in quote marks")), \
        "a speaker's column keeps the name itself"


def test_tab_from_the_lists_reaches_the_explanation_not_an_empty_stop(shown, qtbot):
    """Tab from the quotes list stopped on the details box's frame, where nothing showed the
    focus; it now lands on the explanation's text, which the keys can select."""
    from PySide6.QtTest import QTest

    from sidebyside.ui.qt import QApplication, Qt

    side = shown.side
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    shown.show_panel_tab(0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is side.quotes_tree)
    QTest.keyClick(side.quotes_tree, Qt.Key.Key_Tab)
    reached = QApplication.focusWidget()
    assert reached is side.details, type(reached).__name__
    assert side.details.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


# ------------------------------------------------------------------ no outlet found


def test_a_file_name_standing_in_for_the_outlet_is_not_dressed_as_one(window, comparison):
    """With no outlet in the capture the header showed its file's stem in the outlet's capitals
    ("22_1ECBPLUS"), read as an outlet's name: now as written, and the tooltip says why."""
    from sidebyside.model import Source
    from sidebyside.ui.pane import OUTLET_NOT_FOUND
    from sidebyside.ui.qt import QFont

    pane = window.pane(0)
    pane.set_article(replace(comparison.articles[0], outlet=None, source=Source("/tmp/22_1ecbplus.txt", "text")))
    label = pane.header.outlet_label
    assert label.full_text() == "22_1ecbplus"
    assert label.font().capitalization() != QFont.Capitalization.AllUppercase
    assert label.toolTip() == OUTLET_NOT_FOUND
    pane.set_article(comparison.articles[0])  # an outlet the capture names: in capitals, no such tip
    assert label.full_text() == comparison.articles[0].outlet
    assert label.font().capitalization() == QFont.Capitalization.AllUppercase
    assert label.toolTip() != OUTLET_NOT_FOUND


def test_a_hash_named_capture_leaves_the_url_half_the_line(window, comparison, qtbot):
    from sidebyside.model import Source

    pane = window.pane(0)
    name = "7a664e40d256470fdb12d10c3f8d1c6db0581e9b080c71765e55f273a3ac7d03.html.gz"
    pane.set_article(replace(comparison.articles[0], source=Source(f"/tmp/{name}", "html", url=URL)))
    label = pane.source_label
    label.resize(label.fontMetrics().horizontalAdvance(name) + 40, label.height())
    shown = label.text()
    url_part, _, name_part = shown.partition("  (")
    assert name_part.endswith(")") and "…" in name_part and name_part.startswith(name[:4])
    assert label.fontMetrics().horizontalAdvance(url_part) >= label.contentsRect().width() // 3, shown


def test_a_list_per_outlet_leaves_blank_where_its_list_ends(qtbot):
    """"Named by one" sets each outlet's own list side by side: the dash under a list that ended
    read as "this outlet does not name row 4's name", the Quotes table's meaning of it."""
    from sidebyside.compare.coverage import OnlyInOne
    from sidebyside.model import Span
    from sidebyside.ui.coverageview import ABSENT, HELP, CoverageView

    texts = ["Ana Ruiz spoke in Veldt and Morra.", "Tomas Brenn spoke.", "The port was shut."]
    articles = tuple(article_of([t]) for t in texts)
    only = (OnlyInOne("Veldt", 0, (Span(18, 23),), "place"), OnlyInOne("Morra", 0, (Span(28, 33),), "place"),
            OnlyInOne("Tomas Brenn", 1, (Span(0, 11),), "person"))
    quoted = QuoteGroup((Member(0, 0, 8, "Ana Ruiz"), Member(1, 0, 5, "Tomas")), False)
    view = CoverageView()
    qtbot.addWidget(view)
    view.set_coverage(Coverage(articles, quotes=(quoted,), only_in=only), ["A", "B", "C"])
    assert [view.cell("only", 0, o).text() for o in range(3)] == ["Veldt", "Tomas Brenn", ""]
    assert view.cell("only", 1, 1).text() == "", "B's list has ended: blank, not a dash"
    assert "not related" in HELP["only"]
    assert view.cell("quotes", 0, 2).text() == ABSENT, "a quotation an outlet does not carry keeps its dash"


def test_no_two_entries_of_a_menu_share_their_letter(window, tmp_path):
    """Alt+F, R moved between Open Recent and Reload instead of choosing one; Alt+V, T between
    Side Panel Tab and Theme."""
    import re

    from sidebyside.notes.store import NoteStore
    from sidebyside.ui.notes_panel import install_notes

    store = NoteStore(tmp_path / "notes")
    install_notes(window, store)  # its entries too (Export Notes, Undo, Redo)

    def letters(menu) -> None:
        seen: dict[str, str] = {}
        for act in menu.actions():
            mark = re.search(r"&(\w)", act.text())
            if mark:
                key = mark.group(1).lower()
                assert key not in seen, f"{menu.title()}: {seen.get(key)!r} and {act.text()!r} share {key!r}"
                seen[key] = act.text()
            if act.menu() is not None:
                letters(act.menu())

    letters(window.menuBar())
    store.close()


# ------------------------------------------------------------------ a naming difference that is none


def _merkel_pair():
    from sidebyside.model import Comparison, Framing, LabelContrast, LabelCount, Mention

    a = article_of(["The German Chancellor, Angela Merkel, said the crisis was grave.",
                    "Angela Merkel spoke in Berlin."])
    b = article_of(["German Chancellor Angela Merkel said the crisis was grave.",
                    "The premier Tomas Brenn spoke in Veldt."])
    merkel_a = a.text.index("Angela Merkel")
    merkel_b = b.text.index("German Chancellor Angela Merkel")
    same = LabelContrast("Angela Merkel", (Mention(merkel_a, merkel_a + 13, "Angela Merkel"),),
                         (Mention(merkel_b, merkel_b + 31, "German Chancellor Angela Merkel"),), kind="person",
                         labels=((LabelCount("Angela Merkel", 2, "name"),),
                                 (LabelCount("German Chancellor Angela Merkel", 1, "title"),)))
    premier = b.text.index("The premier")
    brenn_a = a.text.index("Angela")  # a hand-made referent named by a label only B uses
    other = LabelContrast("Tomas Brenn", (Mention(brenn_a, brenn_a + 6, "Angela"),),
                          (Mention(premier, premier + 11, "The premier"),), kind="person")
    return Comparison(articles=(a, b), quotes=((), ()), shared_quotes=(), shared_passages=(), aligned_sentences=(),
                      framing=Framing(label_contrasts=(same, other)))


def test_a_contrast_whose_every_label_both_outlets_use_is_not_listed_or_counted(window, qtbot):
    """"Angela Merkel" / "German Chancellor Angela Merkel" beside "The German Chancellor, Angela
    Merkel": both greyed "also in" the other, nothing painted in the text, yet listed and counted
    as a naming difference. A contrast with a label one outlet alone uses stays."""
    comparison = _merkel_pair()
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(comparison)
    section = window.side.framing_tree.topLevelItem(0)
    listed = [section.child(i).text(0) for i in range(section.childCount())]
    assert listed == ["Tomas Brenn"] and section.text(0).endswith("(1)")
    assert "1 label contrast" in window.status_label.text()


def test_a_legend_toggle_says_what_its_kind_means_on_hover(window):
    """"Show or hide the label contrast highlights" said the button's words again: the tooltip
    now says what a label contrast is (the tour's words), then what the click does."""
    from sidebyside.kinds import kinds
    from sidebyside.ui.kind_meanings import KIND_MEANINGS

    for k in kinds():
        tip = window.kind_actions[k.id].toolTip()
        assert KIND_MEANINGS[k.id] in tip and "show or hide" in tip
    assert "named differently" in window.kind_actions["label_contrast"].toolTip()
