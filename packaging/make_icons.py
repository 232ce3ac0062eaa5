"""Render the app icon (two facing pages joined by a ribbon) to PNG/ICO/ICNS.

Run once when the design changes; the outputs are committed in resources/icons/.
Needs Pillow only for the .ico/.icns containers (a development-time tool, not a dependency).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
BLUE, ORANGE, INK = QColor("#0072B2"), QColor("#E69F00"), QColor("#1d2733")


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INK)
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    for x, colour in ((30, BLUE), (142, ORANGE)):
        p.setBrush(QColor("#fbfbf8"))
        p.drawRoundedRect(QRectF(x, 40, 84, 176), 10, 10)
        p.setBrush(colour)
        for i, y in enumerate(range(62, 200, 22)):
            width = 60 if i % 3 != 2 else 40
            p.drawRoundedRect(QRectF(x + 12, y, width, 9), 4, 4)
    ribbon = QPainterPath(QPointF(106, 88))
    ribbon.cubicTo(QPointF(128, 88), QPointF(128, 150), QPointF(154, 150))
    ribbon.lineTo(QPointF(154, 172))
    ribbon.cubicTo(QPointF(128, 172), QPointF(128, 110), QPointF(106, 110))
    ribbon.closeSubpath()
    p.setPen(QPen(QColor(255, 255, 255, 200), 2))
    p.setBrush(QColor(0, 158, 115, 230))
    p.drawPath(ribbon)
    p.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv)
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256, 512):
        render(size).save(str(ICON_DIR / f"sidebyside-{size}.png"))
    try:
        from PIL import Image
    except ImportError:
        print("Pillow not installed: skipped .ico/.icns")
        return 0
    big = Image.open(ICON_DIR / "sidebyside-512.png")
    big.save(ICON_DIR / "sidebyside.ico", sizes=[(s, s) for s in (16, 32, 48, 64, 128, 256)])
    big.save(ICON_DIR / "sidebyside.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
