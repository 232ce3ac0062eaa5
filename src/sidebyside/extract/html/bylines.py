"""Author names: cleaning and splitting byline strings, and finding the visible byline in a page.

A byline string such as "By Jane Doe and John Roe, Staff Writers | March 3, 2023" becomes
["Jane Doe", "John Roe"]: the "By", roles, dates, e-mail addresses, social handles and URLs go.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from sidebyside.extract import cues
from sidebyside.extract.html.visible_text import elements_marked, short_text, text_starting_with

MAX_NAME_WORDS = 6
MAX_BYLINE_CHARS = 150

_PREFIX = re.compile(
    r"^\s*(?:" + cues.BYLINE_QUALIFIERS + r"\s+)?"
    + cues.BYLINE_OPENERS + r"\s*[:\-–—]?\s+",  # the byline words both families read
    re.IGNORECASE,
)
_LABEL = re.compile(r"^\s*" + cues.BYLINE_LABELS + r"\s*[:：]\s*", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.])@\w+")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# Where a date, time or "Updated" starts, the names have ended.
_DATE_START = re.compile(
    rf"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    rf"(?:{_MONTH})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{_MONTH})\b|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}|"
    r"\d{1,2}:\d{2}|(?:last\s+)?updated\b|published\b|posted\b|\d{4}\b)",
    re.IGNORECASE,
)
_SEGMENT_SPLIT = re.compile(r"\s*(?:\n|\||•|·|\s[—–-]\s)\s*")
# "and" in any case; other languages' conjunctions in lower case only ("Bruce Y. Lee" is one name).
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\b[Aa][Nn][Dd]\b|\bund\b|\bet\b|\by\b)\s*")
_ROLE = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|contributor|columnist|producer|photographer|"
    r"journalist|analyst|bureau|chief|contributing|senior|deputy|intern|staff\s+writer|"
    r"special\s+to|for\s+the|health\s+news|news\s+service)\b",
    re.IGNORECASE,
)
_DEGREE = re.compile(
    r"^(?:ma|ms|msc|bsc|ba|phd|ph\.d|md|m\.d|mba|mph|rn|rdn|rd|np|jd|do|dds|dvm|esq|cfa)\.?$", re.IGNORECASE
)
_WITH_BRACKET = re.compile(r"\(\s*(?:with|avec|con|mit|com|met)\s+([^()]+)\)", re.IGNORECASE)
_HANDLE_BRACKET = re.compile(r"\(\s*@?[a-z0-9_.-]+\s*\)")  # lower-case: "(jdoe)", not "(R.J.)"
_LONE_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f'.-]+")
_OTHER_ROLE = re.compile(
    r"^\s*(?:edited|photos?|photographs?|photography|illustrations?|illustrated|graphics|video|"
    r"design(?:ed)?|translated|translation|fact-checked|produced)\b(?:\s+by\b)?",
    re.IGNORECASE,
)
_INVERTED_NAME = re.compile(r"[A-Za-z\u00c0-\u024f'-]+,\s*[^,&;]+")  # "Jong, Michiel de"
_OTHER_ROLE_INSIDE = re.compile(
    r"\b(?:edited|photos?|photographs?|illustrations?|graphics|video|designed|translated|produced)\s+by\b",
    re.IGNORECASE,
)
_GLUED_DAY = re.compile(r"(?<=[a-z])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")  # "Jeff FoustMonday"
_DANGLING = re.compile(r"\s+(?:on|at|le|el|am|il|em|op|the)\s*$", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,}$", re.IGNORECASE)
_STAFF_SUFFIX = re.compile(r"\s+staff$", re.IGNORECASE)
_MEDIA_WORDS = {"news", "today", "press", "post", "times", "daily", "herald", "tribune", "agency", "radio",
                "wire", "journal", "network", "media", "service", "desk"}
_NOT_NAMES = {
    "follow", "follow author", "share", "comments", "comment", "more", "view all posts",
    "about the author", "author", "authors", "by", "admin", "contact", "email", "twitter",
    "facebook", "read more", "see all", "profile", "bio", "avatar", "unknown", "anonymous",
}


def clean_authors(values: list[str]) -> list[str]:
    """Split, clean and deduplicate several byline strings (case-insensitively, first kept)."""
    names: list[str] = []
    seen: set[str] = set()
    for value in values:
        for name in split_byline(value):
            key = name.casefold()
            if key not in seen:
                seen.add(key)
                names.append(name)
    return names


def split_byline(text: str | None) -> list[str]:
    """The people or desks a byline string names, cleaned, in order."""
    if not text or _URL.fullmatch(text.strip()):
        return []
    text = _EMAIL.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _EMPTY_BRACKETS.sub(" ", text)
    text = _WITH_BRACKET.sub(r", \1", text)  # "A (avec B et C)" → "A, B et C"
    text = _HANDLE_BRACKET.sub(" ", text)  # "Name (nickname)" → "Name"
    names: list[str] = []
    for segment in _SEGMENT_SPLIT.split(text):
        if _OTHER_ROLE.match(segment):
            continue
        segment = _strip_prefixes(segment)
        ends = (_DATE_START.search(segment), _OTHER_ROLE_INSIDE.search(segment), _GLUED_DAY.search(segment))
        for end in ends:
            if end:
                segment = segment[: end.start()]
        segment = _DANGLING.sub("", segment)  # "Jane Doe on" once "on March 3" is cut
        pieces = [p.strip() for p in _NAME_SPLIT.split(segment) if p.strip()]
        if len(pieces) > 1 and (_has_fragment(pieces) or _is_inverted_name(segment, pieces)):
            pieces = [segment]
        for piece in pieces:
            name = clean_name(piece)
            if name:
                names.append(name)
    return names


def _has_fragment(pieces: list[str]) -> bool:
    """"Mac & i": a one- or two-letter piece (not a degree) is part of a name, not a person."""
    return any(_LONE_LATIN_WORD.fullmatch(p) and len(p) <= 2 and not _DEGREE.match(p) for p in pieces)


def _is_inverted_name(segment: str, pieces: list[str]) -> bool:
    """"Jong, Michiel de": surname, comma, given names (two words at least, so that
    "Reuters, AFP" stays two desks)."""
    return (len(pieces) == 2 and bool(_INVERTED_NAME.fullmatch(segment.strip()))
            and len(pieces[1].split()) >= 2 and not _DEGREE.match(pieces[1]))


def _strip_prefixes(text: str) -> str:
    text = " ".join(text.split())
    for _ in range(2):
        text = _LABEL.sub("", _PREFIX.sub("", text))
    return text


def clean_name(text: str) -> str | None:
    """One name, or None when the text is a role, a date, a link label or otherwise no name."""
    text = _strip_prefixes(text).strip(" \t,.;:-–—|()[]\"'／/")
    if not text or _ROLE.search(text) or _DEGREE.match(text) or _DOMAIN.match(text):
        return None
    text = _STAFF_SUFFIX.sub("", text).strip()
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS or text.casefold() in _NOT_NAMES:
        return None
    if not any(ch.isalpha() for ch in text) or sum(ch.isdigit() for ch in text) > 0:
        return None
    # "JOE HILDEBRAND" → "Joe Hildebrand"; "USA TODAY", "BBC NEWS" keep their acronyms.
    if (text.isupper() and text.isascii() and len(words) >= 2 and all(len(w) > 2 for w in words)
            and not _MEDIA_WORDS & {w.casefold() for w in words}):
        text = text.title()
    return text


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
_BY_TEXT = re.compile(r"^\s*by\s+\S", re.IGNORECASE)


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
    """A short block of text that starts with "By " (the classic printed byline)."""
    for element in text_starting_with(tree, ("By", "by", "BY")):
        if element.tag in ("strong", "b", "em", "i", "small") and element.getparent() is not None:
            element = element.getparent()  # "<p><b>By</b> Jane Doe</p>"
        if element.tag not in _BY_LINE_TAGS:
            continue
        text = short_text(element, 80)
        if text and _BY_TEXT.match(text) and outside_noise(element):
            return [text]
    return []
