"""Fixtures of the ui tests."""

from __future__ import annotations

import pytest


def shown_narrow(qtbot, label, line: str, width_for: str):
    """``label`` holding ``line``, shown just wide enough for ``width_for``: what a reader sees of a
    header line on a narrow screen."""
    qtbot.addWidget(label)
    label.setText(line)
    label.resize(label.fontMetrics().horizontalAdvance(width_for) + 4, 30)
    label.show()
    qtbot.waitExposed(label)
    return label


@pytest.fixture
def date_line(qtbot):
    """A header date line (``PartsLabel``): ``date_line(line, width_for)``."""
    from sidebyside.ui.pane import PartsLabel

    return lambda line, width_for: shown_narrow(qtbot, PartsLabel(), line, width_for)


@pytest.fixture
def byline(qtbot):
    """A header byline (``BylineLabel``): ``byline(line, width_for)``."""
    from sidebyside.ui.pane import BylineLabel

    return lambda line, width_for: shown_narrow(qtbot, BylineLabel(), line, width_for)
