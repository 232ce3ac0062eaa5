"""The tour under a large font: no wider or taller than the screen, and no explanation cut off
(it scrolls rather than squeezing its rows)."""

from __future__ import annotations

from sidebyside.ui.qt import QLabel


def _meanings(dialog):
    return [label for label in dialog.findChildren(QLabel) if label.wordWrap() and label.isVisible()]


def test_the_tour_under_a_large_font_cuts_no_explanation_off(large_font, window, qtbot):
    dialog = window.show_tour()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    room = window.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    labels = _meanings(dialog)
    assert len(labels) >= 8, "premise: the kinds' explanations are wrapped labels"
    for label in labels:
        assert label.height() >= label.heightForWidth(label.width()) - 1, f"cut off: {label.text()[:40]!r}"
    dialog.close()


def test_the_tour_samples_keep_their_phrase_on_one_line(large_font, window, qtbot):
    dialog = window.show_tour()
    qtbot.addWidget(dialog)
    samples = [label for label in dialog.findChildren(QLabel) if not label.pixmap().isNull()]
    assert samples
    line = dialog.fontMetrics().lineSpacing()
    for sample in samples:
        assert sample.pixmap().height() < 2 * line, "a sample phrase wrapped to two lines"
    dialog.close()
