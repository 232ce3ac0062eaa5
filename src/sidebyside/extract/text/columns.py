"""Table layouts printed side by side: set the columns one after the other.

A page laid out with a table (the 2008-era layout: the article in one cell, a menu or links in
the next) comes out of ``w3m -dump`` or ``lynx -dump`` with its columns side by side, so each
line holds a piece of the article and a piece of the sidebar. A run of lines that all leave one
column free (a space there, or nothing so far right), with text on both sides of it on several
lines and wrapped text filling one side, is such a layout: its left column is given first, then
its right one, each joined back where the tool wrapped it. A layout table w3m frames with box
borders (``<table border>``: "┌──┬──┐", "│ text │ text │") whose cells hold running text is set
out the same way, a cell's column after the other, borders dropped.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from sidebyside.extract.text.unwrap import unwrap
from sidebyside.extract.wide import is_wide_char, may_hold_wide
from sidebyside.settings import DEFAULT, TextSettings

_GAP = re.compile(r"\S(  +)(?=\S)")
MIN_BOTH = 3  # lines with text on both sides of the gutter
MIN_RUN = 4  # lines in the run
MAX_SCAN = 3000  # lines a run is followed for
MIN_COLUMN = 12  # a column narrower than this is an indent or a label, not a column
MIN_TEXT_COLUMN = 30  # the column of wrapped text is at least this wide...
# ...or this wide when its sentences run on from line to line in lower case (a 2008 page's
# article in a cell of 180 pixels wraps at some 26 columns; a data table's cells do not run on)
NARROW_TEXT_COLUMN = 20
PARAGRAPH = 150  # a cell this long with a sentence ending inside is a paragraph
MAX_DEPTH = 2  # a right column may itself hold two columns (three-column layouts)


def split_columns(content: str, depth: int = 0, outside: list[str] | None = None,
                  settings: TextSettings = DEFAULT.extract.text) -> str:
    """The text with each side-by-side run of columns set one column after the other; the lines
    outside those runs, as printed, are added to ``outside`` when given (they show the page's
    wrap width, the columns' joined paragraphs do not)."""
    framed = _unframed(content, settings)  # (a frame may sit in a column of a side-by-side layout: at any depth)
    if framed is not content and len(_GAP.findall(framed[:200_000])) < MIN_BOTH:
        if outside is not None:
            outside.extend(framed.split("\n"))
        return framed
    content = framed
    if depth > MAX_DEPTH or len(_GAP.findall(content[:200_000])) < MIN_BOTH:
        return content
    wide = may_hold_wide(content)
    # a column set apart is joined back at its own wrap width, however narrow
    column_text = dataclasses.replace(settings, unwrap_min_width=NARROW_TEXT_COLUMN)
    lines = [_by_columns(ln) for ln in content.split("\n")] if wide else content.split("\n")
    out: list[str] = []
    rejected: dict[int, int] = {}  # column -> end of a run already found wanting
    i, n = 0, len(lines)
    changed = False
    while i < n:
        run = _run_at(lines, i, rejected)
        if run is None:
            out.append(lines[i])
            if outside is not None:
                outside.append(lines[i].replace(_PAD, "") if wide else lines[i])
            i += 1
            continue
        column, end = run
        left = [ln[:column].rstrip() for ln in lines[i:end]]
        right = [ln[column:].rstrip() if len(ln) > column else "" for ln in lines[i:end]]
        # either side may hold two columns itself: set them apart before joining wrapped lines
        out.append(unwrap(split_columns("\n".join(_trimmed(left)).replace(_PAD, ""), depth + 1, settings=settings),
                          settings=column_text))
        out.append("")
        out.append(unwrap(split_columns("\n".join(_trimmed(right)).replace(_PAD, ""), depth + 1, settings=settings),
                          settings=column_text))
        out.append("")
        changed = True
        i = end
    if not changed:
        return content
    joined = "\n".join(out)
    return joined.replace(_PAD, "") if wide else joined


_FRAME_TOP = re.compile(r"^ *┌─[─┬]*┐ *$")
_FRAME_BOTTOM = re.compile(r"^ *└─[─┴]*┘ *$")
_FRAME_RULE = re.compile(r"^ *├─[─┼]*┤ *$")
MAX_FRAME = 3000  # lines a frame is followed for


def _unframed(content: str, settings: TextSettings) -> str:
    """The text with each box-framed layout table whose cells hold running text set out a
    column after the other (each joined back where the tool wrapped it within its cell); a
    frame of short cells (a data table) is left as printed."""
    if "┌" not in content:
        return content
    lines = content.split("\n")
    out: list[str] = []
    i, n = 0, len(lines)
    changed = False
    while i < n:
        if _FRAME_TOP.match(lines[i]):
            j = i + 1
            while j < n and j - i < MAX_FRAME and lines[j].lstrip()[:1] in ("│", "├"):
                j += 1
            columns = _frame_columns(lines[i : j + 1]) if j < n and _FRAME_BOTTOM.match(lines[j]) else None
            if columns is not None:
                for column in columns:
                    out.append(unwrap("\n".join(_trimmed(column)), settings=settings))
                    out.append("")
                changed = True
                i = j + 1
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out) if changed else content


def _frame_columns(frame: list[str]) -> list[list[str]] | None:
    """Each column's lines of a frame (its top line to its bottom line), when every row puts its
    borders under the top line's and a column holds wrapped running text; else None."""
    top = frame[0]
    edges = [k for k, ch in enumerate(top) if ch in "┌┬┐"]
    columns: list[list[str]] = [[] for _ in edges[1:]]
    for row in frame[1:-1]:
        if _FRAME_RULE.match(row):
            for column in columns:
                column.append("")
            continue
        if any(len(row) <= k or row[k] != "│" for k in edges):
            return None  # (a nested frame, a wide character, a row that breaks the grid)
        for column, lo, hi in zip(columns, edges, edges[1:]):
            column.append(row[lo + 1 : hi].rstrip())
    return columns if any(_wrapped_cells(column) or _paragraph_cells(column) for column in columns) else None


def _wrapped_cells(column: list[str]) -> bool:
    """A column whose text runs on from line to line (a lower-case word carrying on a line that
    ends no sentence) on several lines: an article's cell, not a data table's."""
    cells = [c.strip() for c in column]
    return sum(1 for a, b in zip(cells, cells[1:])
               if a and b and _continues(b[0]) and a[-1] not in ".!?:;") >= MIN_BOTH


def _paragraph_cells(column: list[str]) -> bool:
    """A column holding several whole paragraphs, a line each (a dump too wide to wrap them)."""
    return sum(1 for c in column if len(c.strip()) >= PARAGRAPH and _SENTENCES.search(c)) >= MIN_BOTH


_PAD = "\x00"  # follows a wide character while columns are counted, so one character is one column


def _by_columns(line: str) -> str:
    """The line with each wide (CJK) character followed by a pad: a character per display column."""
    if line.isascii() or not may_hold_wide(line):
        return line
    return "".join(ch + _PAD if is_wide_char(ch) else ch for ch in line)


def _run_at(lines: list[str], i: int, rejected: dict[int, int]) -> tuple[int, int] | None:
    """(column, end) of a side-by-side run starting at line ``i``, or None."""
    best = None
    for match in _GAP.finditer(lines[i]):
        column = match.end(1)
        if column < MIN_COLUMN or rejected.get(column, -1) > i:
            continue
        both = cells = 0
        end = i
        limit = min(len(lines), i + MAX_SCAN)
        while end < limit:
            line = lines[end]
            if len(line) > column and line[column - 1] != " ":
                break  # text runs across the gutter: the run ends
            if len(line) > column and line[:column].strip() and line[column - 2 : column] == "  " and line[column:].strip():
                both += 1
                cells += len(_GAP.findall(line)) >= 2
            end += 1
        # most lines cut in three cells or more: a data table, whose rows are read as they are,
        # unless a side holds running text wrapped onto the next line (a three-column layout)
        if (both >= MIN_BOTH and end - i >= MIN_RUN and _wrapped_column(lines[i:end], column)
                and (cells * 2 < both or _running_text(lines[i:end], column))):
            if best is None or both > best[2]:
                best = (column, end, both)
        else:
            rejected[column] = end
    return (best[0], best[1]) if best else None


def _wrapped_column(run: list[str], column: int) -> bool:
    """One side holds text wrapped at its edge on several lines (an article or a menu of
    sentences) or, in a dump too wide to wrap, whole paragraphs: not the short cells of a data
    table."""
    width = max(len(ln.rstrip()) for ln in run) - column
    left = _filled_side([ln[:column] for ln in run], column)
    right = _filled_side([ln[column:] for ln in run], width)
    return max(left, right) >= MIN_BOTH or _paragraphs(run, column)


def _filled_side(side: list[str], width: int) -> int:
    """How many of a side's lines fill it (four fifths of its width or more): a column of
    ``MIN_TEXT_COLUMN`` or more, or a narrower one whose sentences run on (``_runs_on``)."""
    if width < NARROW_TEXT_COLUMN or width < MIN_TEXT_COLUMN and not _runs_on(side):
        return 0
    return sum(1 for x in side if len(x.rstrip()) >= 0.8 * width)


def _runs_on(side: list[str]) -> bool:
    """A narrow side's first cells carry a sentence on to the next line in lower case on several
    lines: wrapped text, not a data table's short cells."""
    cells = [_CELL_GAP.split(x.strip(), 1)[0] for x in side]
    return sum(1 for a, b in itertools.pairwise(cells) if a and b and _continues(b[0]) and a[-1] not in ".!?:;") >= MIN_BOTH


_CELL_GAP = re.compile(r"\s{2,}")
_SENTENCES = re.compile(r"[.!?。！？]\s+\S")


def _first_cells(run: list[str], column: int) -> tuple[list[str], list[str]]:
    """Each line's first cell left of the column and right of it."""
    return ([_CELL_GAP.split(ln[:column].strip(), 1)[0] for ln in run],
            [_CELL_GAP.split(ln[column:].strip(), 1)[0] for ln in run])


def _continues(first: str) -> bool:
    """A line's first character carries on a sentence: a lower-case letter, or a letter of a
    script without case (Korean, Japanese, Chinese, Arabic...)."""
    return first.islower() or (first.isalpha() and not first.isupper() and first.lower() == first.upper())


def _paragraphs(run: list[str], column: int) -> bool:
    """A side holds several whole paragraphs, a cell each (a dump too wide to wrap them)."""
    return any(sum(1 for cell in side if len(cell) >= PARAGRAPH and _SENTENCES.search(cell)) >= MIN_BOTH
               for side in _first_cells(run, column))


def _running_text(run: list[str], column: int) -> bool:
    """A side's first cell continues on the next line with a lower-case word on several lines
    (wrapped sentences), or holds whole paragraphs: a data table's rows do neither."""
    for cells in _first_cells(run, column):
        wrapped = sum(1 for a, b in zip(cells, cells[1:])
                      if a and b and _continues(b[0]) and a[-1] not in ".!?:;")
        if wrapped >= MIN_BOTH:
            return True
    return _paragraphs(run, column)


def _trimmed(lines: list[str]) -> list[str]:
    """The column's lines with the indent they all share taken off."""
    indents = [len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()]
    cut = min(indents, default=0)
    return [ln[cut:] for ln in lines]
