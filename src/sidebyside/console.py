"""What the command line writes: JSON on stdout, one-line messages on stderr (CONTRACT.md).

Every subcommand (cli.py, notes/cli.py, report/cli.py) writes through these, so a file name
with bytes that are not UTF-8, a newline or a bidi control never breaks the output.
"""

from __future__ import annotations

import json
import sys
from typing import Iterable

from sidebyside.display import one_line, printable


def print_json(data: object, indent: int | None = 2) -> None:
    """JSON on stdout. A file name with bytes that are not UTF-8 (held as lone surrogates) is
    printed with U+FFFD in their place: stdout and JSON readers take only valid UTF-8."""
    sys.stdout.write(printable(json.dumps(data, ensure_ascii=False, indent=indent)) + "\n")


def print_json_array(items: Iterable[object]) -> None:
    """A JSON array on stdout, one item per line, written as it is made: 100,000 notes are never
    one string, and each line goes through the C encoder (indenting would bypass it)."""
    out = sys.stdout
    out.write("[")
    count = 0
    for item in items:
        out.write(("," if count else "") + "\n  " + printable(json.dumps(item, ensure_ascii=False)))
        count += 1
    out.write("\n]\n" if count else "]\n")


def fail(message: str, status: int = 2) -> int:
    """The one-line message of CONTRACT.md on stderr; returns the exit status."""
    sys.stderr.write(f"sidebyside: {one_line(message)}\n")
    return status


def warn(message: str) -> None:
    sys.stderr.write(f"sidebyside: warning: {one_line(message)}\n")
