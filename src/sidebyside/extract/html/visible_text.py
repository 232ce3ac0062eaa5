"""The text a reader sees in one element, read safely (iteratively, and bounded for small parts)."""

from __future__ import annotations

import itertools
import re

from lxml import etree
from lxml.html import HtmlElement

MAX_SMALL_ELEMENT_NODES = 400
_COUNT_DESCENDANTS = etree.XPath("count(descendant::*)")
_TEXT_LENGTH = etree.XPath("string-length(.)")

_LINE_BREAKING = {"br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                  "header", "footer", "address", "blockquote", "dl", "dt", "dd", "table", "tr", "figure"}
# Tags a browser sets inside a line of text: no space at their edges unless the page has one
# ("Molly Woo<span>d</span>", "<b>B</b>y Jane Doe"), as the HTML inline elements that hold text.
INLINE_TAGS = frozenset({"a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
                         "font", "i", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike",
                         "strong", "sub", "sup", "time", "tt", "u", "var", "wbr"})
_INLINE_EDGE = object()  # an inline tag's edge: the texts on either side join as the page writes them
_OTHER_EDGE = object()  # any other tag's edge: a space between the texts


def short_text(element: HtmlElement, max_chars: int) -> str | None:
    """``visible_text`` when the element is small (at most ``max_chars`` of text and a few hundred
    descendants), else None; reading a whole page section only to reject it would be wasted."""
    # Both counts run in libxml2, so rejecting a big section costs little even on absurd nesting.
    if _COUNT_DESCENDANTS(element) > MAX_SMALL_ELEMENT_NODES or _TEXT_LENGTH(element) > 4 * max_chars:
        return None
    return visible_text(element, max_chars=max_chars)


def visible_text(element: HtmlElement, max_chars: int | None = None) -> str | None:
    """The element's text as a reader sees it: a space at the edge of a block or any other tag
    ("JILL LAWLESS<br>Associated Press" must not read "LAWLESSAssociated"), none at an inline
    tag's edge where the page has none ("Molly Woo<span>d</span>" is one word), a line break
    around block tags; no scripts or styles. Iterative, so absurdly deep markup cannot exhaust
    the stack. With ``max_chars``, None as soon as the text or the number of descendants shows
    the element is larger than that."""
    parts: list[str] = []
    joint: str | None = None  # what goes before the next text: the edges crossed since the last one
    size = 0
    nodes = 0
    # Work items: an element to open, a string to emit once its subtree is done, or a tag's edge.
    stack: list = [element]
    while stack:
        item = stack.pop()
        if item is _INLINE_EDGE or item is _OTHER_EDGE:
            joint = " " if item is _OTHER_EDGE else (joint or "")
            continue
        if max_chars is not None:
            nodes += 1
            size += len(item) if isinstance(item, str) else 0
            if size > 4 * max_chars or nodes > MAX_SMALL_ELEMENT_NODES:
                return None
        if isinstance(item, str):
            if parts:
                parts.append(" " if joint is None else joint)
            parts.append(item)
            joint = None
            continue
        if not isinstance(item.tag, str) or item.tag in ("script", "style", "noscript"):
            if item is not element and item.tail:
                # a comment is no edge a reader sees; a script's place is (as any other tag's)
                joint = " " if isinstance(item.tag, str) else joint or ""
                parts.extend((joint, item.tail) if parts else (item.tail,))
                joint = None
            continue
        inner = item is not element
        edge = _INLINE_EDGE if item.tag in INLINE_TAGS else _OTHER_EDGE
        breaks = inner and item.tag in _LINE_BREAKING
        closing = ("\n" if breaks else "") + (item.tail or "" if inner else "")
        if closing:
            stack.append(closing)
        if inner:
            stack.append(edge)
        stack.extend(reversed(list(item)))
        if item.text:
            stack.append(item.text)
        if breaks:
            stack.append("\n")
        if inner:
            stack.append(edge)
    text = re.sub(r"[^\S\n]+", " ", "".join(parts))  # keep line breaks: they separate byline parts
    text = re.sub(r" ?\n\s*", "\n", text).strip()
    if max_chars is not None and len(text) > max_chars:
        return None
    return text


def near_headline(tree) -> list:
    """The few elements after the first <h1> (and after its container): where pages put the
    standfirst, the byline and the date."""
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return []
    near = list(itertools.islice(h1.itersiblings(), 6))
    parent = h1.getparent()
    if parent is not None and parent.tag not in ("body", "html"):
        near += list(itertools.islice(parent.itersiblings(), 4))
    return [e for e in near if isinstance(e.tag, str)]


_MARKED_CACHE: dict[tuple[str, ...], re.Pattern] = {}


def elements_marked(tree: HtmlElement, words: tuple[str, ...]) -> list[HtmlElement]:
    """Elements whose class or id contains one of ``words`` (any case), in page order.

    One pass in Python with one compiled pattern: several times faster than an XPath of
    ``contains()`` tests, which libxml2 evaluates one by one on every element."""
    pattern = _MARKED_CACHE.get(words)
    if pattern is None:
        pattern = _MARKED_CACHE[words] = re.compile("|".join(map(re.escape, words)), re.IGNORECASE)
    search = pattern.search
    found = []
    for element in tree.iter():
        get = element.get
        value = get("class")
        if value and search(value):
            found.append(element)
            continue
        value = get("id")
        if value and search(value):
            found.append(element)
    return found


def text_starting_with(tree: HtmlElement, prefixes: tuple[str, ...]) -> list[HtmlElement]:
    """Elements holding a text node that starts (after spaces) with one of ``prefixes``, in
    page order (a tail's text belongs to its parent)."""
    owners = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        text = element.text
        if text and text.lstrip().startswith(prefixes):
            owners.append(element)
        tail = element.tail
        if tail and tail.lstrip().startswith(prefixes):
            parent = element.getparent()
            if parent is not None and (not owners or owners[-1] is not parent):
                owners.append(parent)
    return owners
