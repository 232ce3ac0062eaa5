"""Table layouts printed side by side: set the columns one after the other.

A page laid out with a table (the 2008-era layout: the article in one cell, a menu or links in
the next) comes out of ``w3m -dump`` or ``lynx -dump`` with its columns side by side, so each
line holds a piece of the article and a piece of the sidebar. A run of lines that all leave one
column free (a space there, or nothing so far right), with text on both sides of it on several
lines and wrapped text filling one side, is such a layout: its left column is given first, then
its right one, each joined back where the tool wrapped it.
"""

from __future__ import annotations

import re

from sidebyside.extract.text.unwrap import unwrap
from sidebyside.extract.text.wide import is_wide_char, may_hold_wide

_GAP = re.compile(r"\S(  +)(?=\S)")
MIN_BOTH = 3  # lines with text on both sides of the gutter
MIN_RUN = 4  # lines in the run
MAX_SCAN = 3000  # lines a run is followed for
MIN_COLUMN = 12  # a column narrower than this is an indent or a label, not a column
MIN_TEXT_COLUMN = 30  # the column of wrapped text is at least this wide
PARAGRAPH = 150  # a cell this long with a sentence ending inside is a paragraph
MAX_DEPTH = 2  # a right column may itself hold two columns (three-column layouts)


def split_columns(content: str, depth: int = 0, outside: list[str] | None = None) -> str:
    """The text with each side-by-side run of columns set one column after the other; the lines
    outside those runs, as printed, are added to ``outside`` when given (they show the page's
    wrap width, the columns' joined paragraphs do not)."""
    if depth > MAX_DEPTH or len(_GAP.findall(content[:200_000])) < MIN_BOTH:
        return content
    wide = may_hold_wide(content)
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
        out.append(unwrap(split_columns("\n".join(_trimmed(left)).replace(_PAD, ""), depth + 1)))
        out.append("")
        out.append(unwrap(split_columns("\n".join(_trimmed(right)).replace(_PAD, ""), depth + 1)))
        out.append("")
        changed = True
        i = end
    if not changed:
        return content
    joined = "\n".join(out)
    return joined.replace(_PAD, "") if wide else joined


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
    left = column >= MIN_TEXT_COLUMN and sum(1 for ln in run if len(ln[:column].rstrip()) >= 0.8 * column)
    right = width >= MIN_TEXT_COLUMN and sum(1 for ln in run if len(ln[column:].rstrip()) >= 0.8 * width)
    return max(left or 0, right or 0) >= MIN_BOTH or _paragraphs(run, column)


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
