"""The test session's fonts: Qt sees only tests/data/fonts, so text metrics (and every GUI test
that depends on them) are the same on every machine whatever fonts it has installed.

A module of its own (not conftest.py) so the GUI tests' conftest can import the family name.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from seed_paths import DATA_DIR

FONTS_DIR = DATA_DIR / "fonts"
TEST_FONT_FAMILY = "DejaVu Sans"
# Set to look at the tests with the machine's own fonts instead.
SYSTEM_FONTS_ENV = "SIDEBYSIDE_TEST_SYSTEM_FONTS"


def only_test_fonts() -> None:
    """Point fontconfig (Qt's font source on Linux) at tests/data/fonts alone, for this process
    and every child it starts. Call before any Qt library reads its configuration."""
    if os.environ.get(SYSTEM_FONTS_ENV):
        return
    home = Path(tempfile.mkdtemp(prefix="sbs-test-fonts-"))
    (home / "fonts.conf").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{FONTS_DIR}</dir>\n  <cachedir>{home / 'cache'}</cachedir>\n"
        # Rendered as a stock Debian desktop renders: greyscale antialiasing, slight hinting.
        '  <match target="font"><edit name="antialias" mode="assign"><bool>true</bool></edit>\n'
        '    <edit name="hinting" mode="assign"><bool>true</bool></edit>\n'
        '    <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>\n'
        '    <edit name="rgba" mode="assign"><const>none</const></edit></match>\n'
        "  <config><rescan><int>0</int></rescan></config>\n</fontconfig>\n",
        encoding="utf-8",
    )
    os.environ["FONTCONFIG_FILE"] = str(home / "fonts.conf")
    os.environ.pop("FONTCONFIG_PATH", None)


@contextmanager
def desktop_font(qapp, points: float):
    """The application font at this size, and the style sheet built for it, for the block."""
    from sidebyside.ui.theme import is_dark, set_app_stylesheet

    ordinary = qapp.font()
    large = qapp.font()
    large.setPointSizeF(points)
    qapp.setFont(large)
    set_app_stylesheet(qapp, is_dark())
    try:
        yield large
    finally:
        qapp.setFont(ordinary)
        set_app_stylesheet(qapp, is_dark())
