"""`sidebyside report A B [C ...] -o OUT.html|OUT.pdf`: a pair's report, or a set's coverage report."""

from __future__ import annotations

import argparse
import os
import stat
import sys

from sidebyside.console import fail
from sidebyside.display import display_path
from sidebyside.errors import SideBySideError
from sidebyside.extract import extract_path
from sidebyside.report import PrintPdf, notes_for_articles, write_report


def output_problem(output: str, inputs: tuple[str, ...]) -> str | None:
    """Why the report must not be written to ``output``, or None. Checked before any work:
    never over a capture being compared (also through a symlink or a hard link), never into a
    FIFO or a device, which would block or write somewhere unexpected."""
    if not output.lower().endswith((".html", ".htm", ".pdf")):
        return "the report must be an .html or .pdf file"
    try:
        info = os.stat(output)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"{display_path(output)}: cannot write the report there ({exc.strerror or exc})"
    if stat.S_ISDIR(info.st_mode):
        return f"{display_path(output)}: is a directory, not a report file"
    if not stat.S_ISREG(info.st_mode):
        return f"{display_path(output)}: is not a regular file (a FIFO, socket or device); refusing to write to it"
    for source in inputs:
        try:
            same = os.path.samefile(output, source)
        except OSError:
            same = False
        if same:
            return f"{display_path(output)}: is the capture {display_path(source)} being compared; refusing to overwrite it"
    return None


def run(args: argparse.Namespace, print_pdf: PrintPdf | None = None) -> int:
    problem = output_problem(args.output, tuple(args.paths))
    if problem:
        return fail(problem)
    try:
        articles = [extract_path(path) for path in args.paths]
        if len(articles) == 2:
            from sidebyside.compare import compare

            subject = compare(*articles)
        else:
            from sidebyside.compare.coverage import cover

            subject = cover(articles)
        notes = notes_for_articles(articles)
        path = write_report(subject, args.output, notes, print_pdf=print_pdf,
                            full_paths=getattr(args, "full_paths", False))
    except SideBySideError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot write {display_path(args.output)}: {exc.strerror or exc}")
    sys.stderr.write(f"wrote {display_path(path)}\n")
    return 0
