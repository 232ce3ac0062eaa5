"""The shareable report: a self-contained HTML file, or a PDF of the same content.

The report is rendered here as HTML and never touches Qt: a PDF is printed by the caller
(the app or the command line, which own Qt), passed in as ``print_pdf(html, output, title)``.
A pair gives the comparison report; a set of three or more, the coverage report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from sidebyside.compare.coverage import Coverage
from sidebyside.model import Article, Comparison
from sidebyside.report.coverage_html import render_coverage_report
from sidebyside.report.html import ReportNote, notes_from_json, render_report
from sidebyside.settings import DEFAULT, ReportSettings

__all__ = ["ReportNote", "notes_for_articles", "notes_for_comparison", "render_coverage_report",
           "render_report", "write_report"]

PrintPdf = Callable[[str, "str | Path", str], int]


def notes_for_articles(articles: Sequence[Article | None]) -> list[ReportNote]:
    """The user's notes on each article (side = its index), re-anchored against its current text,
    each on the one article of the set it belongs to (``NoteStore.notes_shown``, as in the app)."""
    from sidebyside.notes.model import note_to_json
    from sidebyside.notes.store import NoteStore

    with NoteStore() as store:
        return [
            note
            for side, notes in enumerate(store.notes_shown(articles))
            for note in notes_from_json(side, (note_to_json(n) for n in notes))
        ]


def notes_for_comparison(comparison: Comparison) -> list[ReportNote]:
    return notes_for_articles(comparison.articles)


def write_report(subject: Comparison | Coverage, output: str | Path, notes: Sequence[ReportNote] = (),
                 print_pdf: PrintPdf | None = None, full_paths: bool = False,
                 settings: ReportSettings = DEFAULT.report) -> Path:
    """Write OUT.html (self-contained) or OUT.pdf (through ``print_pdf``) for a pair or a set."""
    output = Path(output)
    suffix = output.suffix.lower()
    if suffix not in (".html", ".htm", ".pdf"):
        raise ValueError(f"unknown report format {output.suffix!r}: use .html or .pdf")
    flavour = "qt" if suffix == ".pdf" else "browser"
    if isinstance(subject, Coverage):
        html = render_coverage_report(subject, notes, flavour=flavour, full_paths=full_paths)
        title = "SideBySide coverage report"
    else:
        cap = settings.pdf_words_per_article if flavour == "qt" else None
        html = render_report(subject, notes, flavour=flavour, full_paths=full_paths, word_cap=cap)
        title = "SideBySide report"
    if flavour == "browser":
        output.write_text(html, encoding="utf-8")
    else:
        if print_pdf is None:
            raise ValueError("a PDF report is printed by the app or the command line (it needs Qt); "
                             "write .html here")
        print_pdf(html, output, title)
    return output
