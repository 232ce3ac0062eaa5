"""What a text-dumping tool added to the page's text, taken back out before the lines are read.

``lynx -dump`` numbers every link in the text ("the [12]minister said") and lists the links'
addresses at the end under "References" ("Visible links:", "Hidden links:"); the list holds
no article text and its long URLs hide the wrap width. A dump that ends with such a list has
its link numbers removed too (without the list, "[12]" may be a citation, and is kept), and
the block lynx prints first for the page's ``<link>`` elements ("#[1]alternate [2]RSS [3]Deutsch
..."), which is no text of the page either. ``elinks -dump`` prints the same list ("Visible
links" without a colon) and its ``<link>`` elements as lines "Link: [1]preconnect" first;
``links2 -dump`` prints the latter without numbers ("Link: amphtml") and no list: those first
lines are taken out whether or not a list ends the dump.
"""

from __future__ import annotations

import re

# "References" then, a blank line on, the numbered addresses ("   1. https://...").
_REFERENCES = re.compile(r"^References[ \t]*\n(?:[ \t]*\n)+(?:[ \t]*(?:Visible|Hidden) links:?[ \t]*\n)?[ \t]*\d{1,6}\.[ \t]+\S",
                         re.M)
# the page's <link> elements, first in a lynx dump: "#" then numbered links, to a blank line
_LINK_HEADER = re.compile(r"\A(?:[ \t]*\n)*[ \t]*#\[\d{1,6}\][^\n]*\n(?:[ \t]*\S[^\n]*\n)*")
# the page's <link> elements as elinks and links2 print them first: "Link: [1]canonical",
# "Link: alternate en-US" (an address after "Link:" is a capture's own header, and is kept)
_LINK_LINES = re.compile(r"\A(?:[ \t]*\n)*(?:[ \t]*Link: (?!\S*://)[^\n]*\n)+")
_LINK_NUMBER = re.compile(r"\[\d{1,6}\]")
# lynx's marks for <ins>/<del> and unnamed form buttons: no text of the page
_TOOL_MARKS = re.compile(r"\[(?:INS|DEL): :(?:INS|DEL)\]|\[(?:INS|DEL): | :(?:INS|DEL)\]")


def strip_tool_artifacts(content: str) -> str:
    """The text without a lynx dump's link list and link numbers (other text unchanged)."""
    body, listed = without_link_list(content)
    return without_link_numbers(body) if listed else content


def without_link_list(content: str) -> tuple[str, bool]:
    """The text without a lynx dump's closing link list and opening block of the page's
    ``<link>`` elements, and whether it had the list."""
    head = _LINK_LINES.match(content)  # (anchored at the start: fails at once on other texts)
    if head:
        content = content[head.end():]
    start = content.rfind("\nReferences")
    if start < 0 or _REFERENCES.match(content, start + 1) is None:
        return content, False
    body = content[:start]
    header = _LINK_HEADER.match(body)
    return (body[header.end():] if header else body), True


def without_link_numbers(body: str) -> str:
    """A lynx dump's text without its link numbers and marks. They are taken out after its
    wrapped lines are joined: lynx wrapped the lines with them, so only then do the lines
    filled to the wrap width show it."""
    return _TOOL_MARKS.sub("", _LINK_NUMBER.sub("", body))



def with_blocks(text: str, few_blanks: float, min_lines: int, para_weight: int) -> str:
    """A capture printed without blank lines between its blocks (a copy some browsers give, a
    dump cleaned of its empty lines) has them put back: the body search reads a page as blocks
    set apart by blank lines, and without them a whole page is one block (a "list" its prose
    is demoted in, a table no row of which is set apart). With fewer than ``few_blanks`` blank
    lines per line of text, over ``min_lines`` lines of text or more, a blank line goes
    between two lines when either is paragraph-sized (``para_weight`` or heavier: a paragraph
    stands alone) or when one is a list item and the other not; short lines in a row (a menu,
    a list, a table's rows) stay together, as a tool prints them, and so do the long rows of a
    listing that each open alike, with a figure then the same separator ("Mon 24 June – Quiz
    night at the Anchor Inn, 8pm. Teams of up to six, ..."): a calendar's entries are one
    block, as the page printed them, not paragraphs of the article. Other texts are unchanged."""
    from sidebyside.extract.text.shape import BULLET, weight_of  # (one import for the few texts it applies to)

    if text.count("\n\n") >= few_blanks * text.count("\n"):
        return text  # the common case, told without splitting a capture that may be huge
    lines = text.splitlines()
    filled = sum(1 for x in lines if x.strip())
    if filled < min_lines or len(lines) - filled >= few_blanks * filled:
        return text
    out: list[str] = []
    prev: tuple[bool, bool] | None = None  # (paragraph-sized, list item) of the previous line of text
    heads: dict[int, str | None] = {}  # (the row openings, read only where a blank line may go)

    def head(k: int) -> str | None:
        if k not in heads:
            heads[k] = row_head(lines[k].strip()) if 0 <= k < len(lines) else None
        return heads[k]

    for i, raw in enumerate(lines):
        stripped = raw.strip()
        if not stripped:
            out.append(raw)
            prev = None
            continue
        first = stripped[0]  # (a list item opens with a bullet sign or a digit: BULLET is tried on those alone)
        shape = ((len(stripped) if stripped.isascii() else weight_of(stripped)) >= para_weight,
                 (first in _BULLET_FIRST or first.isdigit()) and BULLET.match(stripped) is not None)
        if prev is not None and (shape[0] or prev[0] or shape[1] != prev[1]) and not (
                head(i) is not None and (
                    (shape == prev and head(i) == head(i - 1))  # the next row of a listing
                    or (not prev[0] and head(i - 1) is None and head(i) == head(i + 1)))):  # under its title
            out.append("")
        out.append(raw)
        prev = shape
    return "\n".join(out)


# the characters BULLET (shape.py) opens with, besides digits
_BULLET_FIRST = frozenset("•◦▪▫●○■□‣⁃·*+-–")
# a listing row's opening: a few words with a figure, then a separator ("Mon 24 June – ")
_ROW_SEPARATORS = (" – ", " — ", " - ", " | ", " @ ")
_ROW_HEAD = re.compile(r"^[^.!?]{0,40}?\d[^.!?]{0,40}?( – | — | - | \| | @ )")


def row_head(text: str) -> str | None:
    """The separator after a listing row's opening with a figure, None for other lines."""
    if len(text) < 8 or not any(sep in text[:84] for sep in _ROW_SEPARATORS):
        return None
    match = _ROW_HEAD.match(text)
    return match.group(1) if match else None
