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

import itertools
import re

from sidebyside.settings import DEFAULT, TextSettings

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


# A Markdown dump (html2text, pandoc -t markdown, an editor's "copy as Markdown") writes each link
# as "[text](address)" and each image as "![alt](address)": a line of prose then holds more
# address than words, and a menu's items read as long lines. Told by this many links or more.
MARKDOWN_MIN_LINKS = 5
# (an address may hold one level of brackets, "javascript:void(0)"; a title may run over lines)
_MD_ADDRESS = r"<?(?:[^()\s<>]|\([^()\s]*\))*(?:-\n(?:[^()\s<>]|\([^()\s]*\))+)*>?(?:\s+\"[^\"]{0,2000}\")?"
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]\(" + _MD_ADDRESS + r"\)")
# a link's text (on one or more lines) and its address, which a wrapper may have broken after a
# hyphen ("/myles-" on one line, "garrett)" on the next) and a title may follow
_MD_LINK = re.compile(r"\[([^\[\]]{0,400})\]\(" + _MD_ADDRESS + r"\)")
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])[_*](?=\S)([^_*\n]{1,200}?)(?<=\S)[_*](?![\w*])")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_MD_HEADING = re.compile(r"^([ \t]*)#{1,6}[ \t]+", re.M)
# a line that opens a Markdown block of its own: a heading, a list item, a quote, a table row, an
# indented (code or continuation) line
_MD_BLOCK_START = re.compile(r"[ \t]*(?:#{1,6}[ \t]|[*+-][ \t]|\d{1,3}[.)][ \t]|>|\|)|[ \t]{4}")


# a link's address left open at a line's end: a wrapper broke it (html2text breaks after a hyphen)
_MD_OPEN_ADDRESS = re.compile(r"\]\([^()\s]*$", re.M)


def _inside_link(line: str) -> str | None:
    """"address" when the line ends inside a link's address, "text" inside its text or title."""
    opened = line.rfind("](")
    if opened >= 0 and line.find(")", opened) < 0:
        return "address" if " " not in line[opened:].rstrip() else "text"
    bracket = line.rfind("[")
    return "text" if bracket >= 0 and line.find("]", bracket) < 0 else None


def from_markdown(content: str, settings: TextSettings = DEFAULT.extract.text) -> str:
    """A Markdown dump as the text it shows: links as their text, images left out, emphasis marks
    and heading marks dropped, escapes undone. In a ``wrapped`` one (html2text wraps at 78
    columns, counting the links' addresses) the lines of a paragraph are joined first, as
    Markdown reads them (a line break inside a paragraph is a space): once the addresses are
    gone its lines are of any length, and no wrap width would show. A dump is wrapped when two
    addresses or more are broken at a line's end, or when its lines pile up under a wrap width.
    Other texts are unchanged."""
    if content.count("](") < MARKDOWN_MIN_LINKS:
        return content
    from sidebyside.extract.text.unwrap import wrap_width  # (imported for the few texts it applies to)

    open_addresses = itertools.islice(_MD_OPEN_ADDRESS.finditer(content), 2)
    if sum(1 for _ in open_addresses) >= 2 or wrap_width(content.splitlines(), settings=settings) is not None:
        out: list[str] = []
        for line in content.split("\n"):
            prev = out[-1] if out else ""
            inside = _inside_link(prev)
            if prev.strip() and line.strip() and (inside or (
                    not _MD_BLOCK_START.match(line) and not _MD_HEADING.match(prev))):
                # (a heading's link the wrapper broke goes on; an address broken after its
                # hyphen is joined without a space)
                out[-1] = prev.rstrip() + ("" if inside == "address" and prev.endswith("-") else " ") + line.strip()
            else:
                out.append(line)
        content = "\n".join(out)
    content = _MD_IMAGE.sub("", content)
    content = _MD_LINK.sub(lambda m: " ".join(m.group(1).split()), content)
    content = _MD_HEADING.sub(r"\1", content)
    content = _MD_EMPHASIS.sub(lambda m: m.group(1) or "", content)
    return _MD_ESCAPE.sub(r"\1", content)
