"""Finding the visible byline in a page; its strings are read by extract/bylines.py, the parser
both families share."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from sidebyside.extract import cues
from sidebyside.extract.dates import find_date
from sidebyside.wordpattern import alternation
from sidebyside.extract.bylines import OTHER_ROLE, PHOTOGRAPHER_AFTER, ROLE, MAX_BYLINE_CHARS, clean_authors, split_byline  # noqa: F401  (re-exported)
from sidebyside.extract.html.visible_text import elements_marked, near_headline, short_text, text_starting_with
from sidebyside.extract.byline_lines import (
    byline_names, closing_names, name_shaped, first_opening_names, role_credit, signature_names, without_wire,
)
from sidebyside.extract.line_shape import ends_sentence
from sidebyside.extract.names import person_like, unrepeated

# --------------------------------------------------------------------------- in the page

# "credits" only as a whole class (Firefox Reader View's "credits reader-credits"), not "site-credits".
# Other languages' byline classes ("signature", "autore", "muhabir"): cues.json byline_classes.
_BYLINE_CLASS = re.compile(
    r"byline|author(?!i[sz]ation)|writtenby|p-author|contributor|dateline|"
    rf"(?:{alternation(cues.BYLINE_CLASS_WORDS)})(?!i[sz])|"
    r"(?:^|\s)(?:reader-|article-|story-|post-)?credits?(?:\s|$)",
    re.IGNORECASE,
)
_NOT_BYLINE_CLASS = re.compile(
    r"comment|avatar|(?:author|byline)[-_]?(?:bio|image|img|photo|pic|desc|about|social|follow)|"
    r"related|footer|share|sidebar|widget|more-from|(?:photo|image|img|media|picture)[-_]?credit",
    re.IGNORECASE,
)
_BYLINE_WORDS = ("byline", "author", "writtenby", "contributor", "dateline", "credit", *cues.BYLINE_CLASS_WORDS)
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


# A sentence in a byline element: the author's short biography ("Jane Doe is a reporter for ...").
_SENTENCE = re.compile(r"^\S+(?:\s+\S+){4,}[.!?]$")
# "Published: 14/03/2008 | By Tom Whitaker", "18/05/2009 - di Marco Rossetti": a byline after a
# separator in a short line of the dateline
_SEPARATED_BYLINE = re.compile(rf"(?:^|[|·•]|\s[-–—])\s*(?:{cues.BYLINE_QUALIFIERS}\s+)?{cues.BYLINE_OPENERS}\s+\w",
                               re.IGNORECASE)
_SEGMENTS = re.compile(r"\s*(?:\n|[|·•]|\s[-–—]\s)\s*")
# A link to the author's page: "/author/jane-doe", "/autor/...", "/people/...".
# Only a writer's page: "/people/", "/profiles/" are often the pages of the people a story is about.
_WRITER_PAGE = re.compile(r"/(?:authors?|autor(?:en|es|i)?|auteurs?|autore|journalists?|reporters?|writers?|"
                          r"columnists?|contributors?)/[^/?#]", re.IGNORECASE)
_AUTHOR_PAGE = re.compile(r"/(?:authors?|autor(?:en|es|i)?|auteurs?|autore|journalists?|people|profiles?|staff|"
                          r"reporters?|writers?|columnists?|contributors?)/[^/?#]", re.IGNORECASE)


def visible_authors(tree: HtmlElement) -> list[str]:
    """Names from the byline a reader sees: rel=author links, author/byline elements, "By X",
    a byline after the date ("14/03/2008 | By X"), a name over the date or its role, a name
    linked to the writer's page."""
    for finder in (_microdata_authors, _byline_elements, _rel_author_links, _by_lines, _separated_bylines,
                   _name_over_date, _author_page_links):
        names = clean_authors([unrepeated(without_wire(n)) for n in clean_authors(finder(tree))])
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
        if not text or text.lstrip().startswith("©") or not outside_noise(element) or _in_menu(element):
            continue  # "© Jane Doe": a picture's credit
        if _only_time(element, text):
            continue  # a dateline's <time>: "Today 12:01 AM"
        text = _byline_text(text)
        author_pages = [a for a in element.iter("a") if _AUTHOR_PAGE.search(a.get("href", ""))
                        or "author" in (a.get("rel") or "").split()]
        links = [t for t in (short_text(a, MAX_BYLINE_CHARS) for a in author_pages if not _photographer_link(a)) if t] or [
            t for t in (short_text(a, MAX_BYLINE_CHARS) for a in element.iter("a") if not _photographer_link(a)) if t]
        if links:  # "Text: <a>Jana Dvořáková</a>, foto: <a>Petr Malý</a>": not who took the pictures
            links = [t for t in (short_text(a, MAX_BYLINE_CHARS) for a in (author_pages or list(element.iter("a")))
                                 if not _photographer_link(a) and not _other_work_link(a)) if t]
        names = clean_authors(links) if links else []
        if names and (author_pages or not _BY_TEXT.match(text)):
            return names
        if clean_authors([text]):
            return [text]
    return []


def _photographer_link(link: HtmlElement) -> bool:
    """The link names an author box's photographer: its element reads as the name and a
    photographer's noun ("<a>Ola Haugen</a> <span>Fotograf</span>"), who took the pictures."""
    parent = link.getparent()
    text = short_text(parent, MAX_BYLINE_CHARS) if parent is not None else None
    return bool(text) and PHOTOGRAPHER_AFTER.match(" ".join(text.split())) is not None


def _other_work_link(link: HtmlElement) -> bool:
    """The link follows a label crediting other work than the writing ("foto:", "Photos by",
    "Edited by": bylines.OTHER_ROLE), written right before it in the byline."""
    before = link.getprevious()
    text = (before.tail if before is not None else link.getparent().text if link.getparent() is not None else None) or ""
    text = " ".join(text.split()).strip(" ,;|·•–—-")
    return bool(text) and len(text.split()) <= 3 and OTHER_ROLE.match(text) is not None


_MENU_CLASS = re.compile(r"(?:^|[\s_-])menu", re.IGNORECASE)


def _in_menu(element: HtmlElement) -> bool:
    """The site's navigation: a block or a list marked "menu" ("Contributors / Become a
    contributor"), or inside a <nav> (a page wrapper's "menu-open" class aside)."""
    if _MENU_CLASS.search(element.get("class", "") or ""):
        return True
    return any(a.tag == "nav" or a.tag in ("ul", "ol", "li") and _MENU_CLASS.search(a.get("class", "") or "")
               for a in element.iterancestors())


def _only_time(element: HtmlElement, text: str) -> bool:
    """All the element's text is a <time>'s: a date, not a name."""
    times = " ".join(" ".join(t.text_content().split()) for t in element.iter("time"))
    return bool(times) and " ".join(text.split()) == times


def _byline_text(text: str) -> str:
    """A byline element's lines up to its date (the section named after it is no name), without
    the author's biography; a line the text family reads as a byline ("Di Giulia Ferrante",
    "Av Erik Lindqvist/TT") as the names it credits."""
    kept = []
    for line in text.split("\n"):
        if _SENTENCE.match(line.strip()):
            continue
        kept.append(", ".join(byline_names(line)) or line)
        if find_date(line):
            break
    return "\n".join(kept)


def _separated_bylines(tree: HtmlElement) -> list[str]:
    """A short line of the dateline holding the byline after a separator or before one, read as
    the text family reads a byline line: "Published: 14/03/2008 | By Tom Whitaker", "Von Peter
    Hauser | 14.11.2007"."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _NOT_CONTAINERS:
            continue
        for node_text, owner in ((element.text, element), (element.tail, element.getparent())):
            if not node_text or owner is None or len(node_text) > 120 or not _SEPARATED_BYLINE.search(node_text):
                continue
            text = short_text(owner, 120)
            if not text or not _SEGMENTS.search(text) or not outside_noise(owner):
                continue
            for line in text.split("\n"):
                names = byline_names(line)
                if names:
                    return names
    return []


def _name_over_date(tree: HtmlElement) -> list[str]:
    """Just under the headline, a name on a line of its own followed only by the date or the
    writer's role: "Jane Doe / 3 March 2026, 09:12", "Jane Doe | Reporter", "Jane Doe, Columnist"."""
    for element in near_headline(tree):
        if not outside_noise(element) or _in_menu(element):
            continue
        text = short_text(element, 80)
        if not text:
            continue
        first, *rest = [s for s in _SEGMENTS.split(text) if s] or [""]
        if not all(find_date(s) or ROLE.search(s) for s in rest):
            continue
        if ROLE.search(first):
            names = byline_names(first)  # "Jane Doe, Columnist": the text family's name and role
        else:
            names = [first] if rest and name_shaped(first) and not _BY_TEXT.match(first) else []
        # a given name or a rare word first: "New Delhi, News Bureau", "New Hampton | March 3" are places
        if names and all(person_like(n.split()[0]) for n in names):
            return names
    return []


def _author_page_links(tree: HtmlElement) -> list[str]:
    """A name linked to the writer's page ("/author/jane-doe") in the story, not in a menu,
    a related list or the footer: the byline of a page that marks it no other way."""
    for link in tree.iter("a"):
        if not _WRITER_PAGE.search(link.get("href", "")):
            continue
        text = " ".join(link.text_content().split())
        if name_shaped(text) and outside_noise(link) and not _in_menu(link):
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
        if text and _BY_TEXT.match(text) and outside_noise(element):
            return [text]
        if text and _LABEL_TEXT.match(text) and outside_noise(element):
            # read as the text family reads the line: "रिपोर्ट: अनिल मिश्रा, सूरजपुर", "Autor: Jan
            # Nowak, Warszawa": one word after the name is the place written from, no second person
            return [", ".join(byline_names(text)) or text]
    return []


# ----------------------------------------------------------------------------- after the story


# Where a closing credit turns to other people than the writers: "; Editing by", ", with
# reporting by", ", additional reporting by", ", editing by"
_OTHER_CREDITS = re.compile(r"\s*(?:;|,?\s+(?:with|additional)\s+reporting\b|,\s*(?:editing|edited)\s+by\b)",
                            re.IGNORECASE)


def closing_credit(blocks: list[tuple[str, str]], last: int) -> list[str]:
    """The writers a credit closing the story names, read as the text family reads one:
    "(Reporting by Jane Doe; Editing by John Roe)", "Jane Doe is a staff writer at the Courier."
    Only the story's last ``last`` paragraphs."""
    if len(blocks) >= 2 and blocks[-1][0] == blocks[-2][0] == "paragraph" and ends_sentence(blocks[-2][1].strip()):
        # the story's last paragraph a name alone, right under its last sentence: "Thu Hà", "（中川結衣）"
        names = signature_names(" ".join(blocks[-1][1].split()))
        if names:
            return names
    paragraphs = [text for kind, text in blocks if kind == "paragraph"][-last:]
    for text in reversed(paragraphs):
        text = " ".join(text.split())
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1]
        text = _OTHER_CREDITS.split(text, maxsplit=1)[0]
        names = byline_names(text) or role_credit(text) or closing_names(text)
        if names:
            return names
    return []


_AT_TEXTS = etree.XPath("//article//text()[contains(., '@')] | //main//text()[contains(., '@')]")


def email_credit(tree: HtmlElement) -> list[str]:
    """The writer a short line of the story's <article> or <main> credits by a name, a role word
    and an e-mail address, as the text family reads such a line under a story ("김민준 기자
    minjun@example.kr", "Columnist Jane Doe jdoe@example.com": bylines_lines.role_credit); [] when
    none does (a contact address elsewhere on the page is not read)."""
    for found in _AT_TEXTS(tree):
        element = found.getparent()
        while element is not None and element.tag in ("a", "span", "em", "i", "b", "strong"):
            element = element.getparent()
        if element is None or element.tag not in _BY_LINE_TAGS:
            continue
        text = short_text(element, 100)
        if text and outside_noise(element):
            names = role_credit(" ".join(text.split()))
            if names:
                return names
    return []


def opening_credit(blocks: list[tuple[str, str]], first: int) -> list[str]:
    """The writers a credit in brackets opening one of the story's first ``first`` paragraphs
    names, read as the text family reads one ("本报讯（记者 林晓雯）昨日，…")."""
    return first_opening_names([text for kind, text in blocks if kind == "paragraph"][:first])
