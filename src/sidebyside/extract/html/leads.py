"""The standfirst: the article's own summary under the headline, never a site-wide blurb."""

from __future__ import annotations

import itertools
import re

from sidebyside.extract.html.boilerplate import STANDFIRST_HINT
from sidebyside.extract.html.jsonld import JsonLdArticle
from sidebyside.extract.sites import site_key
from sidebyside.extract.html.visible_text import near_headline, short_text

LEAD_KEYS = ("dc.description", "dcterms.description", "og:description", "description",
             "twitter:description", "sailthru.description")
_GENERIC_LEAD = re.compile(
    r"latest news|breaking news|news and|official (?:web)?site|welcome to|home ?page|"
    r"the best source|your source for|all the latest|^news,",
    re.IGNORECASE,
)


def find_lead(tree, metas, jsonld: JsonLdArticle, title: str | None, outlet: str | None) -> str | None:
    """The first description that is about this article (JSON-LD, Dublin Core, OpenGraph, <meta>,
    Twitter), else a standfirst element under the headline."""
    for candidate in (jsonld.description, *(metas.get(k, [None])[0] for k in LEAD_KEYS)):
        if candidate and not is_generic_lead(candidate, title, outlet):
            return candidate
    return _visible_standfirst(tree, title)


def is_generic_lead(text: str, title: str | None, outlet: str | None) -> bool:
    """A site-wide blurb ("The latest news from X") rather than this article's summary."""
    text_key = site_key(text)
    if len(text_key) < 12 or (outlet and text_key == site_key(outlet)):
        return True
    if title and site_key(title) == text_key:
        return True
    if not _GENERIC_LEAD.search(text):
        return False
    # A generic phrase is fine when the blurb is plainly about this headline.
    title_words = {w for w in re.findall(r"\w{5,}", (title or "").lower())}
    return len(title_words & set(re.findall(r"\w{5,}", text.lower()))) < 2


def _visible_standfirst(tree, title: str | None) -> str | None:
    """A standfirst element (class standfirst, dek, summary, ...) right under the headline."""
    for element in near_headline(tree):
        for candidate in itertools.islice(element.iter("p", "div", "h2", "span"), 30):
            marks = f"{candidate.get('class', '')} {candidate.get('id', '')}"
            if not STANDFIRST_HINT.search(marks) or re.search(r"comment|related|teaser-list|nav", marks, re.I):
                continue
            text = " ".join((short_text(candidate, 400) or "").split())
            if 40 <= len(text) and text != title:
                return text
    return None
