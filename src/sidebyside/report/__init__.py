"""The shareable comparison report: a self-contained HTML file, or a PDF of the same content."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from sidebyside.model import Comparison
from sidebyside.report.html import ReportNote, notes_from_json, render_report

__all__ = ["ReportNote", "notes_for_comparison", "render_report", "write_report"]


def notes_for_comparison(comparison: Comparison) -> list[ReportNote]:
    """The user's notes on both articles, re-anchored against their current text."""
    from sidebyside.notes.model import note_to_json
    from sidebyside.notes.store import NoteStore

    with NoteStore() as store:
        return [
            note
            for side, article in enumerate(comparison.articles)
            for note in notes_from_json(side, (note_to_json(n) for n in store.notes_for(article)))
        ]


def write_report(comparison: Comparison, output: str | Path, notes: Sequence[ReportNote] = ()) -> Path:
    """Write OUT.html (self-contained) or OUT.pdf (printed through Qt, so it needs Qt at run time)."""
    output = Path(output)
    suffix = output.suffix.lower()
    if suffix in (".html", ".htm"):
        output.write_text(render_report(comparison, notes, flavour="browser"), encoding="utf-8")
    elif suffix == ".pdf":
        from sidebyside.ui.pdf import write_pdf  # Qt lives in the ui package only

        write_pdf(render_report(comparison, notes, flavour="qt"), output)
    else:
        raise ValueError(f"unknown report format {output.suffix!r}: use .html or .pdf")
    return output
