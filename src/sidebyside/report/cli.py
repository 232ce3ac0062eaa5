"""`sidebyside report A B [C ...] -o OUT.html|OUT.pdf`: a pair's report, or a set's coverage report."""

from __future__ import annotations

import argparse
import sys

from sidebyside.errors import SideBySideError
from sidebyside.extract import extract_path
from sidebyside.report import PrintPdf, notes_for_articles, write_report


def run(args: argparse.Namespace, print_pdf: PrintPdf | None = None) -> int:
    if not args.output.lower().endswith((".html", ".htm", ".pdf")):
        sys.stderr.write("sidebyside: the report must be an .html or .pdf file\n")
        return 2
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
        sys.stderr.write(f"sidebyside: {exc}\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"sidebyside: cannot write {args.output}: {exc.strerror or exc}\n")
        return 2
    sys.stderr.write(f"wrote {path}\n")
    return 0
