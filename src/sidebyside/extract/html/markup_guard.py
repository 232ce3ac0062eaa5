"""Bound what the HTML parser is given, in one linear pass, before lxml sees it.

libxml2 checks each new attribute of an element against all the earlier ones (150,000 unique
attributes on one element keep it busy for minutes), and everything the extractor does after
parsing costs Python time per element. So, before parsing:

- attribute values longer than ``max_attribute_chars`` are emptied, and a start tag keeps its
  first ``max_attributes`` attributes (the rest are dropped);
- the page is cut at a tag's start once it passes ``max_chars`` characters or ``max_tags`` tags
  (a real article page has a few thousand; the article's text comes long before either limit).

Each cut is reported as a warning that says what was left out (worded in ``extract/warnings.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from sidebyside.extract import warnings as warn
from sidebyside.settings import DEFAULT, HtmlSettings

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
# One attribute inside a start tag: a name, then "=" and a quoted or bare value.
_ATTRIBUTE = r"""\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>`]+))?"""
# The rest of a start tag: quoted values may hold ">" and "<". Each step is one character or one
# quoted value, so the match is linear.
_TAG_END = re.compile(r"""(?:"[^"]*"|'[^']*'|[^'">])*>""")


@lru_cache(maxsize=8)
def _many_attributes(count: int) -> re.Pattern:
    # A start tag and its first ``count`` attributes. At an ordinary tag the engine reads its few
    # attributes and gives up: the whole search is linear in the page.
    return re.compile(r"<[A-Za-z][^\s/>]*(?:%s){%d}" % (_ATTRIBUTE, count))


@lru_cache(maxsize=8)
def _long_value(chars: int) -> re.Pattern:
    return re.compile(r"""=(\s*)(?:"[^"]{%d,}"|'[^']{%d,}')""" % (chars, chars))


@dataclass
class BoundedMarkup:
    content: str
    warnings: list[str] = field(default_factory=list)


def bound_markup(content: str, settings: HtmlSettings = DEFAULT.extract.html) -> BoundedMarkup:
    """The page as the parser may read it, and what was cut from it."""
    content = _XML_DECLARATION.sub("", content, count=1)  # lxml refuses str input with one
    out = BoundedMarkup(content)
    _empty_long_values(out, settings)
    _drop_excess_attributes(out, settings)
    if len(out.content) > settings.max_chars:
        cut = out.content.rfind("<", max(0, settings.max_chars - 65_536), settings.max_chars)
        out.content = out.content[: cut if cut > 0 else settings.max_chars]
        out.warnings.append(warn.large_page(settings.max_chars))
    if out.content.count("<") > settings.max_tags:
        position = -1
        for _ in range(settings.max_tags + 1):
            position = out.content.find("<", position + 1)
        out.content = out.content[:position]
        out.warnings.append(warn.many_tags(settings.max_tags))
    return out


def _empty_long_values(out: BoundedMarkup, settings: HtmlSettings) -> None:
    emptied = 0

    def empty(match: re.Match) -> str:
        nonlocal emptied
        emptied += 1
        return '=%s""' % match.group(1)

    out.content = _long_value(settings.max_attribute_chars).sub(empty, out.content)
    if emptied:
        out.warnings.append(warn.long_attribute_values(emptied, settings.max_attribute_chars))


def _drop_excess_attributes(out: BoundedMarkup, settings: HtmlSettings) -> None:
    content = out.content
    finder = _many_attributes(settings.max_attributes)
    pieces: list[str] = []
    done = dropped = 0
    match = finder.search(content)
    while match:
        end = _TAG_END.match(content, match.end())
        if end is None:  # an unclosed quote runs to the page's end: nothing after it is markup
            break
        pieces += [content[done: match.end()], ">"]
        done = end.end()
        dropped += 1
        match = finder.search(content, done)
    if not dropped:
        return
    out.content = "".join(pieces) + content[done:]
    out.warnings.append(warn.many_attributes(dropped, settings.max_attributes))
