"""States seen on real captures: a capture named by a long hash that fails to open, a pair with
no comparison, and the Loaded words list of an article whose first loaded words are quoted."""

from __future__ import annotations

import re
from dataclasses import replace

from gui_data import SEED_A

from sidebyside.model import LoadedTerm

OPEN_TIMEOUT_MS = 60_000  # a hang guard; a small capture opens in well under a second
HASH_NAME = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856" * 2 + ".txt"


def _open(window, qtbot, *paths):
    with qtbot.waitSignal(window.load_finished, timeout=OPEN_TIMEOUT_MS):
        window.open_paths(*map(str, paths))


def _words_fit(label) -> bool:
    room = label.contentsRect().width() - 2 * label.margin()
    return all(label.fontMetrics().horizontalAdvance(w) <= room for w in re.findall(r"\S+", label.text()))


def test_a_long_file_name_in_a_pane_message_is_cut_in_the_middle_not_clipped(window, qtbot, tmp_path):
    bad = tmp_path / HASH_NAME
    bad.write_bytes(b"")
    _open(window, qtbot, SEED_A, bad)
    message = window.pane(1).message
    assert message.isVisible()
    assert _words_fit(message)
    shown = message.text()
    assert HASH_NAME not in shown and "…" in shown
    assert HASH_NAME[:12] in shown  # the name's start
    assert HASH_NAME[-10:] in shown  # and its end, the extension with it
    assert HASH_NAME in message.full_text() and HASH_NAME in message.toolTip()


def test_a_short_file_name_in_a_pane_message_stays_whole(window, qtbot, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    _open(window, qtbot, SEED_A, bad)
    message = window.pane(1).message
    assert "empty.txt" in message.text() and "…" not in message.text()
    assert message.toolTip() == "" and _words_fit(message)


def test_the_side_panel_says_why_it_is_empty_when_a_capture_fails(window, qtbot, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    _open(window, qtbot, SEED_A, bad)
    assert window.comparison is None
    for tree in (window.side.quotes_tree, window.side.framing_tree):
        assert tree.topLevelItemCount() == 1
        assert "article B could not be opened" in tree.topLevelItem(0).text(0)
    assert "article B could not be opened" in window.side.details.text()


def test_both_captures_failing_are_both_named(window, qtbot, tmp_path):
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_bytes(b"")
    _open(window, qtbot, tmp_path / "one.txt", tmp_path / "two.txt")
    assert "articles A and B could not be opened" in window.side.quotes_tree.topLevelItem(0).text(0)


def test_a_pair_that_opens_has_no_such_row(window, qtbot):
    from gui_data import SEED_B

    _open(window, qtbot, SEED_A, SEED_B)
    assert window.comparison is not None
    rows = [window.side.quotes_tree.topLevelItem(i).text(0) for i in range(window.side.quotes_tree.topLevelItemCount())]
    assert rows and not any("could not be opened" in r for r in rows)


def _loaded_rows(window) -> list[tuple[str, str]]:
    tree = window.side.framing_tree
    section = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                   if tree.topLevelItem(i).text(0).startswith("Loaded words"))
    return [(section.child(i).text(0), section.child(i).text(1)) for i in range(section.childCount())]


def _terms(text: str, words: list[str], quoted: set[str]) -> tuple[LoadedTerm, ...]:
    found = []
    for w in words:
        start = text.index(w)
        found.append(LoadedTerm(w, "evaluative", start, start + len(w), quoted=w in quoted))
    return tuple(sorted(found, key=lambda t: t.start))


def test_the_outlets_own_loaded_words_come_before_quoted_ones(shown, qtbot, comparison):
    a, b = (art.text for art in comparison.articles)
    a_words, b_words = ["normalization", "Damascus", "Moscow"], ["Kremlin", "Assad"]
    loaded = (_terms(a, a_words, quoted={"normalization", "Damascus"}), _terms(b, b_words, quoted={"Assad"}))
    framing = replace(comparison.framing, loaded_terms=loaded)
    with qtbot.waitSignal(shown.comparison_ready, timeout=5000):
        shown.show_comparison(replace(comparison, framing=framing))
    rows = _loaded_rows(shown)
    own = [(t.term, "AB"[p]) for p in (0, 1) for t in loaded[p] if not t.quoted]
    quoted = [(t.term, "AB"[p]) for p in (0, 1) for t in loaded[p] if t.quoted]
    assert rows[: len(own)] == own  # the outlets' own words first, A's then B's
    assert rows[len(own): len(own) + len(quoted)] == quoted  # the speakers' words after


def test_with_no_quoted_words_the_order_is_each_articles_own(shown, qtbot, comparison):
    a, b = (art.text for art in comparison.articles)
    loaded = (_terms(a, ["Damascus", "Moscow"], quoted=set()), _terms(b, ["Kremlin"], quoted=set()))
    framing = replace(comparison.framing, loaded_terms=loaded)
    with qtbot.waitSignal(shown.comparison_ready, timeout=5000):
        shown.show_comparison(replace(comparison, framing=framing))
    assert _loaded_rows(shown)[:3] == [(t.term, "AB"[p]) for p in (0, 1) for t in loaded[p]]


def _three(window, qtbot):
    from pathlib import Path

    sets = Path(__file__).resolve().parents[1] / "data" / "coverage" / "strike"
    _open(window, qtbot, *(sets / n for n in ("harbourtimes.txt", "dailyexpressen.txt", "wirenews.txt")))
    assert window.session.coverage is not None
    return window.coverage_view, window.session.coverage


def _words_column(view, outlet: int) -> list[str]:
    table = view.tables["words"]
    return [view.cell("words", row, outlet).text() for row in range(table.rowCount())]


def test_coverage_words_show_a_name_as_written_and_own_loaded_words_first(window, qtbot):
    from sidebyside.compare.coverage import OutletWords
    from sidebyside.model import DistinctiveTerm, Span

    view, coverage = _three(window, qtbot)
    text = coverage.articles[0].text
    name = re.search(r"\b[A-Z][a-z]{3,}\b", text).group()  # every use found below has its capital
    spans = tuple(Span(m.start(), m.end()) for m in re.finditer(rf"\b{name}\b", text))
    common = re.search(r"\b(the|and|of)\b", text)
    lowered = DistinctiveTerm(name.lower(), 3.0, len(spans), spans)
    plain = DistinctiveTerm(common.group(), 2.0, 1, (Span(common.start(), common.end()),))
    words = re.findall(r"\b[a-z]{5,}\b", text)
    quoted_word, own_word = words[0], words[1]
    loaded = _terms(text, [quoted_word, own_word], quoted={quoted_word})
    view._fill_words(replace(coverage, words=(OutletWords(0, (lowered, plain), loaded),)))
    column = _words_column(view, 0)
    assert column[0] == name  # a capitalized name as the outlet writes it
    assert column[1] == common.group()  # a plain word as it is
    assert column[2].startswith(own_word + " (") and "in a quote" not in column[2]
    assert column[3].startswith(quoted_word + " (") and "in a quote" in column[3]


DATE, FILE = "16 Jan 2023, 19:07", "almayadeen-putin-erdogan-2023-01-16.txt"
META_LINE = f"{DATE} · Al Mayadeen English · via Agencies · {FILE}"


def _parts_label(qtbot, width_for: str, extra: int = 12):
    from sidebyside.ui.pane import PartsLabel

    label = PartsLabel()
    qtbot.addWidget(label)
    label.setText(META_LINE)
    label.resize(label.fontMetrics().horizontalAdvance(width_for) + extra, 30)
    label.show()
    qtbot.waitExposed(label)
    return label


def test_a_short_date_line_drops_its_middle_parts_whole(qtbot):
    """Short of room, the authors and agency give way to "…"; date and file name stay whole
    (not "Al Ma…tin-erdogan", two fields run into one odd word)."""
    label = _parts_label(qtbot, f"{DATE} · … · {FILE}")
    assert label.text() == f"{DATE} · … · {FILE}"
    assert label.toolTip() == META_LINE


def test_a_date_line_with_room_is_whole(qtbot):
    label = _parts_label(qtbot, META_LINE, extra=40)
    assert label.text() == META_LINE and label.toolTip() == ""


def test_a_date_line_short_of_room_for_the_file_name_cuts_it_in_its_middle(qtbot):
    label = _parts_label(qtbot, f"{DATE} · … · {FILE[:16]}")
    shown = label.text()
    assert shown.startswith(f"{DATE} · … · ") and shown.endswith(FILE[-6:]) and shown.count("…") == 2
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()


def test_a_date_line_with_room_for_little_more_than_the_date_is_cut_to_fit(qtbot):
    label = _parts_label(qtbot, DATE)
    assert "…" in label.text()
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


def test_the_compact_headers_date_line_is_a_parts_line(window):
    from sidebyside.ui.pane import PartsLabel

    assert isinstance(window.pane(0).header.meta_source, PartsLabel)


def test_a_page_with_no_article_text_says_so_in_its_pane(window, qtbot, tmp_path):
    page = tmp_path / "front.html"
    page.write_text("<html><head><title>News, sport and opinion</title></head><body><nav><ul>"
                    + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(12))
                    + "</ul></nav></body></html>", encoding="utf-8")
    _open(window, qtbot, SEED_A, page)
    pane = window.pane(1)
    assert pane.article is not None and not pane.article.text.strip(), "premise: nothing extracted"
    assert pane.stack.currentWidget() is pane.message and pane.message.isVisible()
    assert "No article text found in front.html" in pane.message.text()


def test_an_article_with_text_shows_its_text_not_a_message(window, qtbot):
    from gui_data import SEED_B

    _open(window, qtbot, SEED_A, SEED_B)
    for i in (0, 1):
        assert window.pane(i).stack.currentWidget() is not window.pane(i).message
