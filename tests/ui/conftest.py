"""Fixtures of the ui tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def date_line(qtbot):
    """A header date line (``PartsLabel``) holding ``line``, shown just wide enough for
    ``width_for``: what a reader sees of the line on a narrow screen."""
    from sidebyside.ui.pane import PartsLabel

    def make(line: str, width_for: str) -> PartsLabel:
        label = PartsLabel()
        qtbot.addWidget(label)
        label.setText(line)
        label.resize(label.fontMetrics().horizontalAdvance(width_for) + 4, 30)
        label.show()
        qtbot.waitExposed(label)
        return label

    return make
