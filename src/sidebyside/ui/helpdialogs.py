"""Help ▸ Tour (what each colour means, on one screen), Keyboard Shortcuts and About. Our own
text only, never a capture's."""

from __future__ import annotations

import html
import os
import sys

from sidebyside import __version__
from sidebyside.kinds import Kind, kinds
from sidebyside.ui import formats as fmt
from sidebyside.ui.qt import (
    QColor,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QKeySequence,
    QLabel,
    QMessageBox,
    QPainter,
    QPixmap,
    QPointF,
    QRectF,
    QScrollArea,
    Qt,
    QtGui,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QVBoxLayout,
    QWidget,
)
from sidebyside.ui.kind_meanings import KIND_MEANINGS
from sidebyside.ui.spanpaint import Overlay, paint_overlays
from sidebyside.ui.theme import colours

SAMPLES = {
    "shared_quote": "“We will not go back”", "shared_passage": "crews worked through the night",
    "aligned_sentence": "more than 300 workers", "label_contrast": "strikers", "loaded_term": "chaos",
    "distinctive_term": "picket line", "quote": "“a fair deal”", "note": "check this figure",
}


SAMPLE_WIDTH = 230  # pixels; wider under a large font, so each sample phrase stays on one line


def sample_pixmap(kind: Kind, dark: bool, text: str, width: int = SAMPLE_WIDTH) -> QPixmap:
    """A phrase painted as the panes paint this kind (the same formats and overlays)."""
    doc = QTextDocument()
    doc.setDocumentMargin(4)
    cursor = QTextCursor(doc)
    char = fmt.char_format(kind, dark) or QTextCharFormat()
    plain = QTextCharFormat()
    cursor.insertText(text, char)
    cursor.insertText(" ", plain)
    doc.setTextWidth(width)
    size = doc.size().toSize()
    pix = QPixmap(width, size.height() + 2)
    pix.fill(fmt.page_colour(dark))
    painter = QPainter(pix)
    ctx = QtGui.QAbstractTextDocumentLayout.PaintContext()
    palette = ctx.palette
    palette.setColor(QtGui.QPalette.ColorRole.Text, QColor(colours(dark)["text"]))
    ctx.palette = palette
    doc.documentLayout().draw(painter, ctx)
    if kind.form in fmt.OVERLAY_FORMS:
        paint_overlays(painter, doc, [Overlay(0, len(text), kind.form, fmt.ink(kind, dark))], QPointF(0, 0),
                       QRectF(pix.rect()))
    painter.end()
    return pix


def _current_pixmap(dark: bool, width: int = 230) -> QPixmap:
    k = next(k for k in kinds() if k.id == "shared_quote")
    pix = sample_pixmap(k, dark, SAMPLES["shared_quote"], width)
    doc = QTextDocument()
    doc.setDocumentMargin(4)
    doc.setPlainText(SAMPLES["shared_quote"] + " ")
    painter = QPainter(pix)
    paint_overlays(painter, doc, [Overlay(0, len(SAMPLES["shared_quote"]), "current", fmt.ink(k, dark))],
                   QPointF(0, 0), QRectF(pix.rect()))
    painter.end()
    return pix


def show_tour(window) -> QDialog:
    """One screen: each kind as it is painted, what it means, and how to move between matches."""
    dark = window._dark
    dialog = QDialog(window)
    dialog.setWindowTitle("What the colours mean")
    dialog.setAccessibleName("Tour of the highlights")
    layout = QVBoxLayout(dialog)
    # The tour scrolls when the screen is short or the font large: every row keeps the height its
    # words need instead of being squeezed until they are cut off.
    page = QWidget(objectName="tourPage")
    scroll = QScrollArea(objectName="tourScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content = QVBoxLayout(page)
    content.setContentsMargins(0, 0, 0, 0)
    sample_width = max(SAMPLE_WIDTH, max(dialog.fontMetrics().horizontalAdvance(t) for t in SAMPLES.values()) + 16)
    intro = QLabel("SideBySide marks what two articles share and where they differ. Each kind has its own "
                   "colour <i>and</i> its own shape (a fill, a box, a line), so none depends on colour alone. "
                   "Switch kinds on and off in the row of buttons above the articles.")
    intro.setWordWrap(True)
    content.addWidget(intro)
    grid = QGridLayout()
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(4)
    row = 0
    sections = (("What both articles share: filled, with a ribbon between the articles", ("shared_quote", "shared_passage", "aligned_sentence")),
                ("How each one tells it: outlined or underlined, in one article", ("label_contrast", "loaded_term", "distinctive_term", "quote", "note")))
    dialog.kind_labels = {}
    for title, ids in sections:
        head = QLabel(f"<b>{html.escape(title)}</b>")
        grid.addWidget(head, row, 0, 1, 3)
        row += 1
        for kind_id in ids:
            k = next(k for k in kinds() if k.id == kind_id)
            sample = QLabel()
            sample.setPixmap(sample_pixmap(k, dark, SAMPLES[kind_id], sample_width))
            name = QLabel(f"<b>{html.escape(k.label)}</b>")
            meaning = QLabel(html.escape(KIND_MEANINGS[kind_id]))
            meaning.setTextFormat(Qt.TextFormat.RichText)
            meaning.setWordWrap(True)
            grid.addWidget(sample, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(meaning, row, 2)
            dialog.kind_labels[kind_id] = name
            row += 1
    head = QLabel("<b>Finding your way</b>")
    grid.addWidget(head, row, 0, 1, 3)
    row += 1
    current = QLabel()
    current.setPixmap(_current_pixmap(dark, sample_width))
    grid.addWidget(current, row, 0)
    grid.addWidget(QLabel("<b>You are here</b>"), row, 1)
    here = QLabel("The match you arrived at is outlined in its colour, with a bar in the margin, in both "
                  "articles. The counter (“2 of 5”) says which one it is; Next (F7) and Previous (Shift+F7) "
                  "step through the kind chosen beside them (choosing a hidden kind shows it; with none "
                  "in the article they are greyed out and the status bar says so).")
    here.setWordWrap(True)
    grid.addWidget(here, row, 2)
    row += 1
    tips = QLabel("<b>Ribbons</b> between the articles join the two ends of a match: click one to bring both "
                  "into view (▲ 3 and ▼ 2 count the matches above and below). <b>The strip beside each "
                  "scrollbar</b> shows where the matches are in the whole article: click it to go there. "
                  "<b>A notice above the articles</b> says when two articles do not seem to report the same "
                  "event, or are in two languages.")
    tips.setWordWrap(True)
    grid.addWidget(tips, row, 0, 1, 3)
    grid.setColumnStretch(2, 1)
    content.addLayout(grid)
    content.addStretch(1)
    scroll.setWidget(page)
    layout.addWidget(scroll, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    example = buttons.addButton("Open the Example With Every Kind", QDialogButtonBox.ButtonRole.ActionRole)
    example.clicked.connect(lambda: (window.open_example(1), dialog.close()))
    buttons.rejected.connect(dialog.close)
    layout.addWidget(buttons)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(*_tour_size(window, dialog))
    dialog.setModal(False)
    dialog.show()
    return dialog


def _tour_size(window, dialog) -> tuple[int, int]:
    """820 x 600 under an ordinary font, more under a large one; never more than the screen."""
    letters = dialog.fontMetrics().averageCharWidth()
    width, height = max(820, letters * 110), max(600, dialog.fontMetrics().lineSpacing() * 34)
    screen = window.screen() if window is not None else None
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    return width, height


def tour_text(dialog: QDialog) -> str:
    """All the text of the tour (tests read it)."""
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def menu_shortcuts(window) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every menu entry that has a key, menu by menu in the menus' order: read off the menus, so
    an action added later (Coverage, the notes' Undo and Redo, Quit) is never left out of the list
    as it was from a list written by hand."""
    groups, seen = [], set()

    def walk(menu, rows) -> None:
        for act in menu.actions():
            if act.menu() is not None:
                walk(act.menu(), rows)
                continue
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts()
                             if not k.isEmpty())
            if act.isSeparator() or not keys or id(act) in seen:
                continue
            seen.add(id(act))
            rows.append((act.text().replace("&", ""), keys))

    for top in window.menuBar().actions():
        rows: list[tuple[str, str]] = []
        if top.menu() is not None:
            walk(top.menu(), rows)
        if rows:
            groups.append((top.text().replace("&", ""), rows))
    return groups


def show_shortcuts(window) -> QMessageBox:
    rows = "".join(f"<tr><td colspan=2><b>{html.escape(menu)}</b></td></tr>"
                   + "".join(f"<tr><td>&nbsp;&nbsp;{html.escape(n)}</td><td><b>{html.escape(k)}</b></td></tr>"
                             for n, k in entries)
                   for menu, entries in menu_shortcuts(window))
    return _info(window, "Keyboard shortcuts", f"<table cellspacing=4>{rows}</table>")


def show_about(window) -> QMessageBox:
    from sidebyside.ui.qt import QtCore as core
    from sidebyside.ui.theme import settings

    try:
        from sidebyside.notes.store import default_store_path

        store = str(default_store_path())
    except Exception:  # the store's place is a detail here, never a reason to fail
        store = "(unknown)"
    text = (f"<h3>SideBySide {html.escape(__version__)}</h3>"
            "<p>Compare how two outlets cover the same story: the quotes and passages they share, the same "
            "facts in other words, and how each one names, weighs and sources it.</p>"
            "<p>Everything stays on this computer: captures are read, never run or fetched, and notes are "
            "kept in a local store.</p>"
            f"<p>Notes: {html.escape(store)}<br>Settings: {html.escape(settings().fileName())}</p>"
            f"<p>Python {html.escape(sys.version.split()[0])} · Qt {html.escape(core.qVersion())} · "
            f"{html.escape(os.environ.get('QT_QPA_PLATFORM') or 'desktop')} platform<br>"
            "MIT licence. Highlight colours: the Okabe–Ito palette.</p>")
    return _info(window, "About SideBySide", text)


def _info(window, title: str, rich_text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.NoIcon, title, rich_text, QMessageBox.StandardButton.Close, window)
    box.setTextFormat(Qt.TextFormat.RichText)  # our own text only; nothing from a capture
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
