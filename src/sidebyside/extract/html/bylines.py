"""Finding the visible byline in a page; its strings are read by extract/bylines.py, the parser
both families share."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from sidebyside.extract import cues
from sidebyside.wordpattern import alternation
from sidebyside.extract.bylines import MAX_BYLINE_CHARS, clean_authors, split_byline  # noqa: F401  (re-exported)
from sidebyside.extract.html.visible_text import elements_marked, short_text, text_starting_with

# --------------------------------------------------------------------------- in the page

# "credits" only as a whole class (Firefox Reader View's "credits reader-credits"), not "site-credits".
_BYLINE_CLASS = re.compile(
    r"byline|author(?!i[sz]ation)|writtenby|p-author|contributor|dateline|"
    r"(?:^|\s)(?:reader-|article-|story-|post-)?credits?(?:\s|$)",
    re.IGNORECASE,
)
_NOT_BYLINE_CLASS = re.compile(
    r"comment|avatar|(?:author|byline)[-_]?(?:bio|image|img|photo|pic|desc|about|social|follow)|"
    r"related|footer|share|sidebar|widget|more-from|(?:photo|image|img|media|picture)[-_]?credit",
    re.IGNORECASE,
)
_BYLINE_WORDS = ("byline", "author", "writtenby", "contributor", "dateline", "credit")
_BY_LINE_TAGS = {"p", "div", "span", "address", "h4", "h5", "h6", "li"}
_NOT_CONTAINERS = {"meta", "link", "script", "style", "img", "body", "html"}
# "By Jane Doe", "Von Anna Berger", "Posted by ...": a byline's opening words in any language (cues.json)
_BY_FIRST_WORDS = tuple(sorted({form for word in cues.BYLINE_FIRST_WORDS
                                for form in (word, word.capitalize(), word.upper())}))
_BY_TEXT = re.compile(rf"^\s*(?:{cues.BYLINE_QUALIFIERS}\s+)?{cues.BYLINE_OPENERS}[:\s]\s*\S", re.IGNORECASE)
# "Autor: Jan Nowak", "Автор: Иван Петров": a label of its own line (cues.json byline_label_lines)
_LABEL_LINE_WORDS = cues.BYLINE_LABEL_LINES
_LABEL_FIRST_WORDS = tuple(sorted({form for word in _LABEL_LINE_WORDS
                                   for form in (word, word.capitalize(), word.upper())}))
_LABEL_TEXT = re.compile(rf"^\s*(?:{alternation(_LABEL_LINE_WORDS)})\s*[:：]\s*\S", re.IGNORECASE)


def visible_authors(tree: HtmlElement) -> list[str]:
    """Names from the byline a reader sees: rel=author links, author/byline elements, "By X"."""
    for finder in (_microdata_authors, _byline_elements, _rel_author_links, _by_lines):
        names = clean_authors(finder(tree))
        if names:
            return names
    return []


def outside_noise(element: HtmlElement, strict: bool = True) -> bool:
    """Not inside comments, related-story lists or (when strict) page furniture. An <article>
    is the story itself: what wraps it (a layout's "sticky-sidebar" column) does not count."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        if ancestor.tag == "article":
            return True
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
        if re.search(r"comment|related|sidebar", marks, re.I):
            return False
        if strict and ancestor.tag in ("footer", "aside", "nav"):
            return False
    return True


def _microdata_authors(tree: HtmlElement) -> list[str]:
    values = []
    for element in tree.xpath("//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' author ')]"):
        if not outside_noise(element, strict=False):  # deliberate markup, even in an <aside>
            continue
        named = element.xpath(".//*[@itemprop='name']")
        text = named[0].get("content") or short_text(named[0], MAX_BYLINE_CHARS) if named else short_text(
            element, MAX_BYLINE_CHARS)
        if element.tag == "meta":
            text = element.get("content") or ""
        if text and len(text.strip()) <= MAX_BYLINE_CHARS:
            values.append(text)
    return values


def _rel_author_links(tree: HtmlElement) -> list[str]:
    links = tree.xpath("//a[contains(concat(' ', @rel, ' '), ' author ')]")
    texts = [short_text(a, MAX_BYLINE_CHARS) for a in links if outside_noise(a)]
    return [t for t in texts if t]


def _byline_elements(tree: HtmlElement) -> list[str]:
    """The first element whose class or id says byline/author and whose text is short."""
    for element in elements_marked(tree, _BYLINE_WORDS):
        if not isinstance(element.tag, str) or element.tag in _NOT_CONTAINERS:
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if not _BYLINE_CLASS.search(marks) or _NOT_BYLINE_CLASS.search(marks):
            continue
        text = short_text(element, MAX_BYLINE_CHARS)
        if not text or not outside_noise(element):
            continue
        links = [t for t in (short_text(a, MAX_BYLINE_CHARS) for a in element.iter("a")) if t]
        names = clean_authors(links) if links else []
        if names and not _BY_TEXT.match(text):
            return names
        if clean_authors([text]):
            return [text]
    return []


def _by_lines(tree: HtmlElement) -> list[str]:
    """A short block of text that starts with "By ", "Von ", "Par " (the classic printed byline),
    or with an author's label ("Autor: ", "Автор: ")."""
    for element in text_starting_with(tree, _BY_FIRST_WORDS + _LABEL_FIRST_WORDS):
        if element.tag in ("strong", "b", "em", "i", "small") and element.getparent() is not None:
            element = element.getparent()  # "<p><b>By</b> Jane Doe</p>"
        if element.tag not in _BY_LINE_TAGS:
            continue
        text = short_text(element, 80)
        if text and (_BY_TEXT.match(text) or _LABEL_TEXT.match(text)) and outside_noise(element):
            return [text]
    return []
