"""The headline a reader sees: the page's <h1> (or a block named "headline"/"entry-title") that
titles the article, not the site's name over every page nor a section label.

Older pages state no headline in their metadata, and their <title> is often another wording
written for search engines ("Delhi air pollution: The law that's helping ..." over the visible
"The law that's helping fuel Delhi's deadly air pollution"). The visible headline wins there
when it is plainly about the same story: it shares a content word with the <title>.
"""

from __future__ import annotations

import itertools
import re

from sidebyside.extract.html.bylines import outside_noise
from sidebyside.extract.html.titles import split_segments
from sidebyside.extract.sites import names_site, site_key
from sidebyside.extract.html.visible_text import elements_marked, short_text
from sidebyside.settings import DEFAULT, HtmlSettings

CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
# "titulo", "titre", "titel", "titolo": the word "title" in Portuguese/Spanish, French, German, Italian
_HEADLINE_MARK = re.compile(
    r"headline|(?:entry|post|article|story|content|page|single|news)[-_]{0,2}(?:title|hed)\b|\bhed\b|"
    r"\b(?:titulo|titular|titre|titel|titolo)\b",
    re.IGNORECASE,
)
_SECTION_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
_HEADLINE_TAGS = {"h1", "h2", "h3", "div", "span", "p", "header", "dl", "dt", "td", "strong", "b"}


def candidates(tree) -> list:
    """<h1>s first, then elements named like a headline, in page order (bounded)."""
    found = list(itertools.islice(tree.iter("h1"), 10))
    for element in elements_marked(tree, ("headline", "title", "hed", "titul", "titre", "titel", "titolo"))[:60]:
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if element.tag in _HEADLINE_TAGS and _HEADLINE_MARK.search(marks) and element not in found:
            found.append(element)
    return found


def visible_headline(tree, title: str | None, document_title: str, sites: list[str], hosts: list[str],
                     settings: HtmlSettings = DEFAULT.extract.html):
    """(element, text) of the visible headline that the headline found so far (``title``, from
    the metadata or the cleaned <title>) confirms, or None.

    A candidate is rejected when it names the site, is one of the <title>'s segments ("Headline
    | Site Name" with <h1>Site Name</h1>: the <title>'s own cleaning decides between those),
    sits in page furniture, or shares no content word with ``title``.
    """
    segments = [s for s in split_segments(document_title)[0] if s.strip()] if document_title else []
    main = title or ""
    site_words = {w.casefold() for s in sites for w in CONTENT_WORD.findall(s)}
    title_words = {w.casefold() for w in CONTENT_WORD.findall(main)} - site_words
    for element in candidates(tree):
        text = " ".join((short_text(element, settings.headline_max_chars) or "").split())
        key = site_key(text)
        if key and key == site_key(main) and outside_noise(element):
            return element, text  # the headline found so far, shown as such: "Mozilla" under "Mozilla - Wikipedia"
        if len(text.split()) < settings.headline_min_words or names_site(text, sites, hosts):
            continue
        if element.tag != "h1" and any(a.tag in _SECTION_HEADINGS for a in element.iterancestors()):
            continue  # a block named "headline" inside a section heading titles a section
        if len(segments) > 1 and key != site_key(main) and any(site_key(s) == key for s in segments):
            continue  # another segment of the <title>: the site's, section's or author's name
        words = {w.casefold() for w in CONTENT_WORD.findall(text)}
        shared = len(words & title_words)
        if element.tag != "h1":  # a block named "headline" must be plainly the <title>'s story
            if element.find(".//h1") is not None or shared < max(1, len(words) // 2):
                continue
        elif title_words and not shared:
            continue
        if outside_noise(element):
            return element, text
    return None
