"""GUI test fixtures: real seed articles (frozen in tests/data/gui) and Comparisons built on them.

The Comparisons are built here with real offsets into the real texts, so the GUI is tested
whatever the compare engine returns today. Qt warnings fail the tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from diff_match_patch import diff_match_patch

from sidebyside.model import (
    AlignedSentence,
    Article,
    Comparison,
    Diff,
    DistinctiveTerm,
    Framing,
    LabelContrast,
    LoadedTerm,
    Mention,
    OnlyIn,
    Quote,
    SharedPassage,
    SharedQuote,
    SourceCitation,
    Span,
    article_from_json,
)

GUI_DATA = Path(__file__).parent.parent / "data" / "gui"
# The offscreen platform says these about top-level windows and tool tips; not problems of ours.
IGNORED_QT_MESSAGES = ["propagateSizeHints", "does not support raise"]


def pytest_collection_modifyitems(items):
    for item in items:
        if str(GUI_DATA.parent.parent / "gui") in str(item.fspath):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES))


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp):
    """QSettings go to a temporary directory, never the user's."""
    from sidebyside.ui.qt import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setApplicationName("SideBySide-tests")
    yield


def seed_articles() -> tuple[Article, Article]:
    data = json.loads((GUI_DATA / "seed_articles.json").read_text(encoding="utf-8"))
    a, b = (article_from_json(d) for d in data["articles"])
    return a, b


def span_of(article: Article, needle: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = article.text.index(needle, start + 1)
    return Span(start, start + len(needle))


def diffs(a: str, b: str) -> tuple[Diff, ...]:
    dmp = diff_match_patch()
    d = dmp.diff_main(a, b)
    dmp.diff_cleanupSemantic(d)
    return tuple(Diff(op, text) for op, text in d)


def seed_comparison() -> Comparison:
    """The seed pair with hand-placed matches: real texts, real offsets."""
    a, b = seed_articles()
    qa = span_of(a, "Issues of normalization of Turkish-Syrian relations were discussed")
    qb = span_of(b, "Turkey-Syria relations will certainly be touched upon in one way or another.")
    quote_a2 = span_of(a, "A ground operation is possible any time, depending on the level of threats we receive,")
    quote_b2 = span_of(b, "We are in constant contact and our relations are developing,")
    pa = span_of(a, "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan discussed the rapprochement")
    pb = span_of(b, "Russian President Vladimir Putin hosted Syrian leader Bashar al-Assad for talks")
    al_a = span_of(a, "Turkish Energy Minister Fatih Donmez announced earlier in the month")
    al_b = span_of(b, "After the quake, Putin offered Russian aid to Turkey and Syria.")
    assad_a = span_of(a, "Bashar Al-Assad")
    assad_b = span_of(b, "Bashar al-Assad")
    leader_b = span_of(b, "Syrian leader")
    occupation = span_of(a, "occupation", 1)
    kremlin_b = span_of(b, "Kremlin", 1)
    text_a = a.text[qa.start : qa.end]
    text_b = b.text[qb.start : qb.end]
    return Comparison(
        articles=(a, b),
        quotes=(
            (Quote(qa.start, qa.end, text_a, "the statement"), Quote(quote_a2.start, quote_a2.end, a.text[quote_a2.start:quote_a2.end], "the official")),
            (Quote(qb.start, qb.end, text_b, "Dmitry Peskov"), Quote(quote_b2.start, quote_b2.end, b.text[quote_b2.start:quote_b2.end], "Vladimir Putin")),
        ),
        shared_quotes=(SharedQuote(qa, qb, 0.62, False, diffs(text_a, text_b)),),
        shared_passages=(SharedPassage(pa, pb, 0.71),),
        aligned_sentences=(AlignedSentence(al_a, al_b, 0.55),),
        framing=Framing(
            label_contrasts=(LabelContrast("Bashar al-Assad", (Mention(assad_a.start, assad_a.end, "Syrian President Bashar Al-Assad"),),
                                           (Mention(leader_b.start, assad_b.end, "Syrian leader Bashar al-Assad"),)),),
            distinctive_terms=((DistinctiveTerm("gas hub", 3.1, 4),), (DistinctiveTerm("earthquake", 2.2, 1),)),
            loaded_terms=((LoadedTerm("occupation", "conflict", occupation.start, occupation.end),), ()),
            sources=((SourceCitation("Faisal Mekdad", (span_of(a, "Faisal Mekdad"),), "person"),),
                     (SourceCitation("Kremlin", (kremlin_b,), "institution"),)),
            only_in=((OnlyIn("Nord Stream", (span_of(a, "Nord Stream"),), "organisation"),),
                     (OnlyIn("Saudi Arabia", (span_of(b, "Saudi Arabia"),), "place"),)),
        ),
    )


@pytest.fixture
def comparison() -> Comparison:
    return seed_comparison()


@pytest.fixture
def window(qtbot):
    from sidebyside.ui.window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    # Let a running load finish so no worker outlives the test.
    if w.busy:
        qtbot.waitUntil(lambda: not w.busy, timeout=20000)


@pytest.fixture
def shown(window, comparison, qtbot):
    with qtbot.waitSignal(window.comparison_ready, timeout=5000):
        window.show_comparison(comparison)
    return window
