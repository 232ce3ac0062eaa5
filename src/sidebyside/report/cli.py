"""`sidebyside report A B -o OUT.html|OUT.pdf`."""

from __future__ import annotations

import argparse
import sys

from sidebyside.compare import compare
from sidebyside.errors import SideBySideError
from sidebyside.extract import extract_path
from sidebyside.report import notes_for_comparison, write_report


def run(args: argparse.Namespace) -> int:
    if not args.output.lower().endswith((".html", ".htm", ".pdf")):
        sys.stderr.write("sidebyside: the report must be an .html or .pdf file\n")
        return 2
    try:
        comparison = compare(extract_path(args.a), extract_path(args.b))
        notes = notes_for_comparison(comparison)
        path = write_report(comparison, args.output, notes)
    except SideBySideError as exc:
        sys.stderr.write(f"sidebyside: {exc}\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"sidebyside: cannot write {args.output}: {exc.strerror or exc}\n")
        return 2
    sys.stderr.write(f"wrote {path}\n")
    return 0
