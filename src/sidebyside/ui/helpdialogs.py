"""Help > How to Read the Highlights and Help > Keyboard Shortcuts (our own text, never a capture's)."""

from __future__ import annotations

import html

from sidebyside.kinds import kinds
from sidebyside.ui import formats as fmt
from sidebyside.ui.qt import QColor, QKeySequence, QMessageBox, Qt

UNDERLINE_NAMES = {"none": "none (italic)", "single": "solid", "dash": "dashed", "dot": "dotted",
                   "dashdot": "dash-dot", "dashdotdot": "dash-dot-dot", "wave": "wavy", "spellcheck": "squiggle"}
KIND_MEANINGS = {
    "shared_quote": "the same quotation in both articles (near-exact ones show their differences)",
    "shared_passage": "wording both articles share, often from the same wire copy",
    "aligned_sentence": "the same fact told in other words",
    "label_contrast": "the same person, place or group named differently by each outlet",
    "loaded_term": "a contested or emotionally loaded word",
    "distinctive_term": "a word or phrase this outlet uses far more than the other",
    "quote": "a direct quotation (with its speaker in the Quotes tab)",
    "note": "your own note",
}


def show_legend(window) -> QMessageBox:
    rows = "".join(
        f"<tr><td><span style='background:{fmt.background(k, window._dark).name(QColor.NameFormat.HexArgb)};"
        f"border-bottom:2px solid {k.colour}'>&nbsp;{html.escape(k.label)}&nbsp;</span></td>"
        f"<td>{html.escape(UNDERLINE_NAMES[k.underline])}</td><td>{html.escape(KIND_MEANINGS[k.id])}</td></tr>"
        for k in kinds())
    text = ("<p>Each kind has its own colour (Okabe–Ito, safe for colour-blind readers) <i>and</i> its own "
            "underline, so no mark depends on colour alone. Toggle kinds on the legend toolbar.</p>"
            f"<table cellspacing=6><tr><th>Kind</th><th>Underline</th><th>Means</th></tr>{rows}</table>"
            "<p>Ribbons between the articles join matched passages; click one to show both ends. "
            "Click a highlight to select its counterpart in the other article.</p>")
    return _info(window, "How to read the highlights", text)

def show_shortcuts(window) -> QMessageBox:
    pairs = [(a.text().replace("&", ""), ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                                   for k in a.shortcuts()))
             for a in (window.open_action, window.reload_action, window.swap_action, window.find_action,
                       window.next_action, window.prev_action, window.zoom_in_action, window.zoom_out_action,
                       window.zoom_reset_action, window.sync_action, window.add_note_action, window.quit_action)]
    rows = "".join(f"<tr><td>{html.escape(n)}</td><td><b>{html.escape(k)}</b></td></tr>" for n, k in pairs if k)
    return _info(window, "Keyboard shortcuts", f"<table cellspacing=4>{rows}</table>")

def _info(window, title: str, rich_text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.NoIcon, title, rich_text, QMessageBox.StandardButton.Close, window)
    box.setTextFormat(Qt.TextFormat.RichText)  # our own text only; nothing from a capture
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
