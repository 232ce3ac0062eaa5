"""The command line of CONTRACT.md.

``sidebyside [A B]`` starts the desktop app; the subcommands drive the core without a display.
Subcommand handlers import their stage lazily so ``extract`` never pays for Qt and a missing
optional piece cannot break the others.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from sidebyside import __version__
from sidebyside.console import fail, print_json
from sidebyside.display import one_line
from sidebyside.errors import SideBySideError

SUBCOMMANDS = ("extract", "compare", "report", "notes")


class OneLineErrorParser(argparse.ArgumentParser):
    """Bad usage exits 2 with one line on stderr (the contract); --help still shows the usage."""

    def error(self, message: str):  # argparse's signature; never returns
        self.exit(2, f"{self.prog}: {one_line(message)} (see '{self.prog} --help')\n")


def _add_data_dir(parser: argparse.ArgumentParser) -> None:
    """--data-dir on a command and its subcommands alike.

    SUPPRESS: the attribute exists only when the option is given, so a subcommand's default
    cannot overwrite what was given before it ("notes --data-dir D add ..."). Without it the
    store falls back to SIDEBYSIDE_DATA_DIR, then the per-user directory.
    """
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="notes store directory (default: the per-user data directory; env SIDEBYSIDE_DATA_DIR)",
    )


USAGE = """
  sidebyside                         open the desktop app (the last pair; the example pair at first)
  sidebyside A B [C ...]             open captures: two side by side, three or more with their coverage
  sidebyside A B --screenshot OUT.png [--size WxH] [--theme light|dark]
                                     render the window to a PNG and exit (no display needed)
  sidebyside extract PATH [PATH ...] [--format FORMAT]
  sidebyside compare A B [C ...]
  sidebyside report A B [C ...] -o OUT.html|OUT.pdf [--full-paths]
  sidebyside notes {add,list,export,import,delete} ...   (notes list --missing: notes whose article's file is gone)
  sidebyside --version"""


def build_parser() -> argparse.ArgumentParser:
    # here, not at the top: the app's start defines the model's dataclasses after code_cache.install
    from sidebyside.model import FORMATS

    parser = OneLineErrorParser(prog="sidebyside", usage=USAGE, description="Compare how two outlets cover one story.",
                                epilog="Run 'sidebyside COMMAND --help' for a command's options, "
                                       "'sidebyside --screenshot --help' for the window's.")
    parser.add_argument("--version", action="version", version=f"sidebyside {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=OneLineErrorParser, prog="sidebyside")

    p = sub.add_parser("extract", help="print the article extracted from a capture as JSON")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", choices=FORMATS, help="override format sniffing")
    _add_data_dir(p)

    p = sub.add_parser("compare", help="print the comparison of two captures (the coverage of three or more) as JSON")
    p.add_argument("paths", nargs="+", metavar="A B [C ...]")
    _add_data_dir(p)

    p = sub.add_parser("report", help="write the comparison report (HTML or PDF); three or more captures: the coverage report")
    p.add_argument("paths", nargs="+", metavar="A B [C ...]")
    p.add_argument("-o", "--output", required=True, metavar="OUT.html|OUT.pdf")
    p.add_argument("--full-paths", action="store_true", help="show the captures' full local paths")
    _add_data_dir(p)

    p = sub.add_parser("notes", help="add, list, export and import notes")
    _add_data_dir(p)
    notes_sub = p.add_subparsers(
        dest="notes_command", metavar="{add,list,export,import,delete}", required=True, parser_class=OneLineErrorParser
    )
    n = notes_sub.add_parser("add", help="attach a note to a passage")
    n.add_argument("path", metavar="PATH")
    n.add_argument("--quote", required=True)
    n.add_argument("--occurrence", type=int, default=1)
    n.add_argument("--body", required=True)
    n.add_argument("--tag", action="append", default=[], dest="tags")
    _add_data_dir(n)
    n = notes_sub.add_parser("list", help="list an article's notes, re-anchored (--missing: the notes whose article's file is gone)")
    n.add_argument("path", nargs="?", metavar="PATH")
    n.add_argument("--missing", action="store_true",
                   help="instead of PATH's notes: the notes of every article whose file was deleted or moved "
                        "away (no article shows them until it is opened again or they are re-linked)")
    n.add_argument("--beside", action="append", default=[], metavar="OTHER",
                   help="an article shown with it: notes that belong to OTHER are left out (repeatable)")
    _add_data_dir(n)
    n = notes_sub.add_parser("export", help="export notes as W3C Web Annotation JSON-LD or Markdown")
    n.add_argument("path", nargs="?", metavar="PATH")
    n.add_argument("--beside", action="append", default=[], metavar="OTHER",
                   help="with PATH: an article shown with it, whose notes are left out (repeatable)")
    n.add_argument("--format", choices=("jsonld", "markdown"), default="jsonld")
    n.add_argument("--missing", action="store_true",
                   help="only the notes of articles whose file was deleted or moved away (as notes list --missing)")
    _add_data_dir(n)
    n = notes_sub.add_parser("import", help="import notes from a JSON-LD export")
    n.add_argument("file", metavar="FILE.jsonld")
    _add_data_dir(n)
    n = notes_sub.add_parser("delete", help="delete notes for good, by id (as export and list print them)")
    n.add_argument("ids", nargs="+", metavar="ID")
    _add_data_dir(n)
    return parser


def _window_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or not (320 <= int(width) <= 8192 and 240 <= int(height) <= 8192):
        raise argparse.ArgumentTypeError(f"not a window size: {text!r} (e.g. 1024x700)")
    return int(width), int(height)


def build_gui_parser() -> argparse.ArgumentParser:
    parser = OneLineErrorParser(prog="sidebyside", description="Compare how two outlets cover one story.")
    parser.add_argument("--version", action="version", version=f"sidebyside {__version__}")
    parser.add_argument("captures", nargs="*", metavar="CAPTURE",
                        help="two captures side by side, or three or more for their coverage (default: the seed pair)")
    parser.add_argument("--screenshot", metavar="OUT.png", help="save the painted window as PNG and exit")
    parser.add_argument("--size", metavar="WxH", type=_window_size, help="window size, e.g. 1024x700 (screenshots)")
    parser.add_argument("--theme", choices=("system", "light", "dark"), help="colour scheme (default: the desktop's)")
    _add_data_dir(parser)
    return parser


# --------------------------------------------------------------------------- commands


def cmd_extract(args: argparse.Namespace) -> int:
    from sidebyside.extract import extract_path
    from sidebyside.model import article_to_json

    if len(args.paths) == 1:
        try:
            article = extract_path(args.paths[0], format=args.format)
        except SideBySideError as exc:
            return fail(str(exc))
        print_json(article_to_json(article))
        return 0

    status = 0
    for path in args.paths:
        try:
            line = article_to_json(extract_path(path, format=args.format))
        except SideBySideError as exc:
            line = {"source": {"path": path}, "error": one_line(exc.reason)}
            status = 1
        print_json(line, indent=None)
        sys.stdout.flush()
    return status


def cmd_compare(args: argparse.Namespace) -> int:
    from sidebyside.compare import compare
    from sidebyside.extract import extract_path
    from sidebyside.model import comparison_to_json

    if len(args.paths) < 2:
        return fail("compare needs two captures (three or more for the coverage of a set)")
    try:
        articles = [extract_path(path) for path in args.paths]
    except SideBySideError as exc:
        return fail(str(exc))
    if len(articles) == 2:
        print_json(comparison_to_json(compare(*articles)))
        return 0
    from sidebyside.compare.coverage import cover, coverage_to_json

    print_json(coverage_to_json(cover(articles)))
    return 0


def _print_pdf(html: str, output: str, title: str) -> int:
    """The PDF is printed by Qt, which lives in the ui layer: the report core only writes HTML."""
    from sidebyside.ui.pdf import write_pdf

    return write_pdf(html, output, title)


def cmd_report(args: argparse.Namespace) -> int:
    from sidebyside.report.cli import run

    if len(args.paths) < 2:
        return fail("report needs two captures (three or more for the coverage report)")
    return run(args, print_pdf=_print_pdf)


def cmd_notes(args: argparse.Namespace) -> int:
    from sidebyside.notes.cli import run

    return run(args)


def run_gui(argv: Sequence[str]) -> int:
    # No arguments (the app's usual start) has nothing to parse: building the parser alone is
    # some 4 ms of every start; its defaults are these.
    args = build_gui_parser().parse_args(argv) if argv else argparse.Namespace(
        captures=[], screenshot=None, size=None, theme=None)
    if len(args.captures) == 1:
        return fail("give two or more captures to compare, or none to open the bundled example pair")
    if getattr(args, "data_dir", None):
        os.environ["SIDEBYSIDE_DATA_DIR"] = args.data_dir
    from sidebyside import code_cache

    code_cache.install()  # before the modules whose dataclasses it keeps between starts
    from sidebyside.ui.app import main as gui_main

    status = gui_main(args.captures, screenshot=args.screenshot, size=args.size, theme=args.theme)
    code_cache.save()  # the code this run compiled that the cache lacked, for the next start
    return status


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help"):
        return run_gui(argv)
    args = build_parser().parse_args(argv)
    if getattr(args, "data_dir", None):
        os.environ["SIDEBYSIDE_DATA_DIR"] = args.data_dir
    handler = {"extract": cmd_extract, "compare": cmd_compare, "report": cmd_report, "notes": cmd_notes}
    try:
        return handler[args.command](args)
    except SideBySideError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
