"""Pages that test the window: two unrelated stories, two languages, a photo gallery's captions,
right-to-left script, a paragraph of a million quote marks, a file name that is not UTF-8."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from gui_data import SEED_A, SEED_B, article_of

from sidebyside.model import Article, Block, Comparison, Relatedness, Source
from sidebyside.settings import DEFAULT
from sidebyside.ui.document import CAPTIONS_ANCHOR, build_document
from sidebyside.display import display_name, display_path

E2E = Path(__file__).resolve().parents[1] / "data" / "e2e"
OPEN_TIMEOUT_MS = 120_000  # a hang guard


def test_unrelated_articles_get_a_notice_and_no_same_fact_links(shown, qtbot, comparison):
    unrelated = replace(comparison, relatedness=Relatedness("different events", 0.01, ("Moscow",), ("en", "en")))
    with qtbot.waitSignal(shown.comparison_ready, timeout=5000):
        shown.show_comparison(unrelated)
    al = comparison.aligned_sentences[0]
    shown.sync_action.setChecked(False)
    shown.pane(0).scroll_to_span(al.a.start, al.a.end)  # painted() looks near the view
    notice = shown.view.notice
    assert notice.isVisible() and "do not seem to report the same event" in shown.view.notice_text.text()
    assert "aligned_sentence" in shown.visible_kinds()  # the user's toggle is untouched…
    assert shown.pane(0).painted("aligned_sentence") == []  # …but the pair's chance links are not drawn
    assert all(shown.highlights.links[i].kind != "aligned_sentence" for _p, i in shown.link_map._paths)
    shown.view.notice_button.click()
    assert shown.pane(0).painted("aligned_sentence")
    related = replace(comparison, relatedness=Relatedness("same event", 0.6, (), ("en", "en")))
    with qtbot.waitSignal(shown.comparison_ready, timeout=5000):
        shown.show_comparison(related)
    assert not notice.isVisible()


def test_two_languages_are_named_in_the_notice(window, qtbot):
    with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
        window.open_paths(str(E2E / "wadi-convoy.ar.html"), str(E2E / "harbor-convoy.html"))
    assert window.comparison.relatedness.verdict == "different languages"
    text = window.view.notice_text.text()
    assert window.view.notice.isVisible() and "Arabic" in text and "English" in text


def test_a_gallery_of_captions_is_folded_and_unfolds_on_a_click(window, qtbot):
    captions = tuple(f"Picture {n}: a harbour at dawn, photographed by a reader" for n in range(50))
    article = replace(article_of(["The strike began on Tuesday.", "Ships waited outside."]), captions=captions)
    pane = window.pane(0)
    pane.set_article(article)
    text = pane.view.document().toPlainText()
    assert text.count("Caption:") == DEFAULT.ui.captions_folded and "47 more captions" in text
    pane._on_anchor(CAPTIONS_ANCHOR)
    assert pane.view.document().toPlainText().count("Caption:") == 50
    few = replace(article, captions=captions[:2])
    pane.set_article(few)
    assert pane.view.document().toPlainText().count("Caption:") == 2


def test_right_to_left_text_is_never_italic(window, qtbot):
    from gui_data import ARABIC

    article = replace(article_of([ARABIC, ARABIC], language="ar", kinds={1: "blockquote"}),
                      lead=ARABIC[:60], captions=(ARABIC[:40],))
    doc, _positions = build_document(article)
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            assert not it.fragment().charFormat().fontItalic(), f"italic: {it.fragment().text()[:30]}"
            it += 1
        block = block.next()
    pane = window.pane(0)
    pane.set_article(article)
    assert pane.lead_label.property("rtl") is True
    assert not pane.lead_label.font().italic()
    latin = article_of(["A quoted paragraph."], kinds={0: "blockquote"})
    doc, _ = build_document(latin)
    assert doc.begin().begin().fragment().charFormat().fontItalic()  # left-to-right quotes stay italic


def test_a_paragraph_of_a_million_quote_marks_is_laid_out_in_pieces(window, qtbot):
    """Qt lays out one paragraph at once: a million characters in one block would hold the GUI
    thread for minutes. Pieces stay small, offsets still map both ways, and text beyond the
    painted limit is said to be there."""
    body = "\u201cword " * 200_000  # a million characters, not one line break
    article = Article(source=Source("quotes.txt", "text"), text=body, blocks=(Block("paragraph", 0, len(body)),))
    doc, positions = build_document(article)
    longest = max(len(doc.findBlockByNumber(i).text()) for i in range(doc.blockCount()))
    assert longest <= DEFAULT.ui.segment_chars and doc.blockCount() >= len(body) // DEFAULT.ui.segment_chars
    for offset in (0, 1, 4000, 4001, 123_457, len(body) - 1):
        assert positions.to_text(positions.to_doc(offset)) == offset
    huge = "x " * (DEFAULT.ui.painted_chars)
    article = Article(source=Source("huge.txt", "text"), text=huge, blocks=(Block("paragraph", 0, len(huge)),))
    doc, positions = build_document(article)
    assert positions.painted_end <= DEFAULT.ui.painted_chars < len(huge)
    assert "more characters, not shown" in doc.lastBlock().text()
    pane = window.pane(0)
    pane.set_article(article)  # a hang here fails the suite's timeout, not a time budget
    assert pane.truncated


def test_a_file_name_that_is_not_utf8_shows_and_opens(window, qtbot, tmp_path):
    if os.name != "posix":
        pytest.skip("file names of arbitrary bytes are a POSIX thing")
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9-report.txt")
    try:
        with open(raw, "wb") as fh:
            fh.write(SEED_A.read_bytes())
    except OSError as exc:
        pytest.skip(f"this file system refuses such names: {exc}")
    name = os.fsdecode(raw)
    assert display_name(name) == "caf\ufffd-report.txt" and "\ufffd" in display_path(name)
    with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
        window.open_paths(name, str(SEED_B))
    assert window.pane(0).article is not None
    assert window.pane(0).source_label.full_text() == "caf\ufffd-report.txt"
    assert "\ufffd" in window.windowTitle() or window.pane(0).article.outlet
    assert window.recent()[0][0] == name  # kept as bytes, opened again as it was
    window.fill_recent_menu()
    assert window.recent_menu.actions()[0].text()


def test_a_right_to_left_override_in_a_file_name_is_not_shown_raw():
    assert "\u202e" not in display_name("/tmp/report\u202etxt.exe")


def test_a_page_of_many_thousand_quotes_is_painted_and_listed_in_part(shown, qtbot):
    """Fifty thousand shared quotes (a page of quote marks compared with itself): the panes paint
    the first ones of each kind, the panel lists the first ones and says how many more there are."""
    from sidebyside.model import Quote, SharedQuote, Span

    body = '"word ' * 50_000
    article = Article(source=Source("q.txt", "text"), text=body, blocks=(Block("paragraph", 0, len(body)),))
    quotes = tuple(Quote(6 * i + 1, 6 * i + 5, "word") for i in range(50_000))
    shared = tuple(SharedQuote(Span(q.start, q.end), Span(q.start, q.end), 1.0, True) for q in quotes)
    big = Comparison(articles=(article, article), quotes=(quotes, quotes), shared_quotes=shared)
    with qtbot.waitSignal(shown.comparison_ready, timeout=OPEN_TIMEOUT_MS):
        shown.show_comparison(big)
    cap, listed = DEFAULT.ui.painted_per_kind, DEFAULT.ui.listed_per_section
    group = shown.pane(0)._by_kind["shared_quote"]
    assert len(group.starts) == cap and shown.pane(0).unpainted["shared_quote"] == 50_000 - cap
    assert sum(len(v) for v in shown.link_map._by_kind.values()) == cap
    top = shown.side.quotes_tree.topLevelItem(0)
    assert top.childCount() == listed + 1
    assert "49,000 more" in top.child(listed).text(0)
    bar = shown.pane(0).view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # scrolling deep into it still works
    shown.link_map.repaint()
