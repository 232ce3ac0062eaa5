"""The smoke test's font check tells real text from tofu boxes and blank windows."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("smoke_test", ROOT / "packaging" / "smoke_test.py")
smoke_test = importlib.util.module_from_spec(spec)
spec.loader.exec_module(smoke_test)

QtGui = pytest.importorskip("PySide6.QtGui")
QtCore = pytest.importorskip("PySide6.QtCore")

SAMPLE = (
    "Russian President Vladimir Putin hosted Syrian leader Bashar al-Assad for talks on Wednesday "
    "as the Kremlin sought to mend ties between Damascus and Ankara."
)


@pytest.fixture(autouse=True)
def _app(qapp):
    """pytest-qt's QApplication, never a plain QGuiApplication of our own: a widget test later in
    the same process cannot create its window under a QGuiApplication (it aborted in
    MainWindow.__init__ when this file ran before the first GUI test)."""
    return qapp


def _render(tmp_path: Path, painter_fn) -> Path:
    image = QtGui.QImage(500, 200, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    painter.setPen(QtGui.QColor("black"))
    painter_fn(painter)
    painter.end()
    path = tmp_path / "render.png"
    image.save(str(path))
    return path


def test_real_text_has_many_distinct_glyph_shapes(tmp_path):
    def draw(p):
        font = p.font()
        font.setPixelSize(15)
        p.setFont(font)
        p.drawText(QtCore.QRect(5, 5, 490, 190), QtCore.Qt.TextFlag.TextWordWrap, SAMPLE * 2)

    distinct, _ = smoke_test.glyph_shape_census(_render(tmp_path, draw))
    assert distinct >= smoke_test.MIN_DISTINCT_GLYPH_SHAPES


def test_tofu_boxes_are_detected(tmp_path):
    def draw(p):
        for row in range(8):
            for col in range(50):
                p.drawRect(5 + col * 9, 5 + row * 22, 6, 12)

    distinct, components = smoke_test.glyph_shape_census(_render(tmp_path, draw))
    assert components > 300
    assert distinct < smoke_test.MIN_DISTINCT_GLYPH_SHAPES


def test_blank_window_is_detected(tmp_path):
    distinct, _ = smoke_test.glyph_shape_census(_render(tmp_path, lambda p: None))
    assert distinct < smoke_test.MIN_DISTINCT_GLYPH_SHAPES
