"""Print the report's HTML to PDF with Qt (no browser engine), with page numbers.

The report core renders HTML only; this is the one place that prints it, for the app and for
the command line (``write_report(..., print_pdf=write_pdf)``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

MARGIN_MM = 16.0
FOOTER_PT = 9


def _ensure_app() -> None:
    if QGuiApplication.instance() is None:
        # The CLI has no window: render offscreen unless a platform was chosen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_app.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]


def keep_headings_with_text(document: QTextDocument, page_height: float, passes: int = 4) -> int:
    """Start a new page before any heading that would end a page with the text it heads on
    the next one (Qt has no keep-with-next). Returns how many headings were moved."""
    layout = document.documentLayout()
    moved = 0
    for _ in range(passes):
        changed = False
        block = document.begin()
        while block.isValid():
            nxt = block.next()
            fmt = block.blockFormat()
            if (fmt.headingLevel() > 0 and nxt.isValid() and block.textList() is None
                    and not (fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)):
                top = layout.blockBoundingRect(block).top()
                next_bottom = layout.blockBoundingRect(nxt).top() + min(
                    layout.blockBoundingRect(nxt).height(), 40.0)
                same_frame = QTextCursor(block).currentFrame() == QTextCursor(nxt).currentFrame()
                if same_frame and int(top // page_height) != int(next_bottom // page_height):
                    cursor = QTextCursor(block)
                    new = QTextBlockFormat(fmt)
                    new.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    cursor.setBlockFormat(new)
                    moved += 1
                    changed = True
            block = nxt
        if not changed:
            break
    return moved


def write_pdf(html: str, output: str | Path, title: str = "SideBySide report") -> int:
    """Lay the HTML out on A4 pages and draw "page n of N" under each; returns the page count."""
    _ensure_app()
    writer = QPdfWriter(str(output))
    writer.setTitle(title)
    writer.setCreator("SideBySide")
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM + 6), QPageLayout.Unit.Millimeter)
    )
    dpi = writer.resolution()
    page_rect = writer.pageLayout().paintRectPixels(dpi)

    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont("Noto Sans")
    font.setPointSizeF(10)
    # No ligature glyphs: a reader copying or searching "fighters" must not get "ﬁghters".
    for feature in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(feature), 0)
    document.setDefaultFont(font)
    # Point sizes in the HTML are scaled by the device; lay out at the writer's resolution.
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(html)
    document.setPageSize(QSizeF(page_rect.width(), page_rect.height()))
    keep_headings_with_text(document, page_rect.height())
    pages = max(1, document.pageCount())

    painter = QPainter(writer)
    footer_font = QFont(font)
    footer_font.setPointSizeF(FOOTER_PT)
    footer_height = page_rect.height() * 0.04
    for page in range(pages):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, -page * page_rect.height())
        clip = QRectF(0, page * page_rect.height(), page_rect.width(), page_rect.height())
        painter.setClipRect(clip)
        document.drawContents(painter, clip)
        painter.restore()
        painter.setFont(footer_font)
        painter.setPen(Qt.GlobalColor.darkGray)
        painter.drawText(
            QRectF(0, page_rect.height() + footer_height * 0.2, page_rect.width(), footer_height),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            f"{title} — page {page + 1} of {pages}",
        )
    painter.end()
    return pages
