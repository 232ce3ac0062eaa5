"""The page's <meta> tags and microdata values, read once into a lookup table."""

from __future__ import annotations

import html
import re

from lxml import etree
from lxml.html import HtmlElement

from sidebyside.extract.html.visible_text import short_text

_READER_DOMAIN = etree.XPath("//a[contains(concat(' ', normalize-space(@class), ' '), ' reader-domain ')]/@href")
_DUBLIN_CORE = re.compile(r"^(dc|dcterms?)[:.]")  # DC.title, dc:title and dcterms:title alike


def read_meta_tags(tree: HtmlElement) -> dict[str, list[str]]:
    """Lower-cased <meta> keys (property, name, itemprop, http-equiv; space-separated lists split)
    → their non-empty contents, in page order. Microdata itemprops on other elements are added."""
    by_attr: dict[str, dict[str, list[str]]] = {a: {} for a in ("property", "name", "itemprop", "http-equiv")}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None or not content.strip():
            continue
        content = clean_text(content)
        for attr, found in by_attr.items():
            for key in (meta.get(attr) or "").lower().split():
                found.setdefault(dublin_core_key(key), []).append(content)
    # A key written both ways takes the RDFa ``property`` values (the standard form) only.
    metas: dict[str, list[str]] = {}
    for found in by_attr.values():
        for key, values in found.items():
            metas.setdefault(key, values)
    for element in tree.xpath("//*[@itemprop and not(self::meta)]"):
        value = element.get("datetime") or element.get("content")
        if value is None and element.tag not in ("a", "link", "img"):
            value = short_text(element, 300)
        value = clean_text(value or "")
        if value and len(value) < 300:
            for key in element.get("itemprop", "").lower().split():
                metas.setdefault("itemprop:" + key, []).append(value)
    return metas


def clean_text(text: str) -> str:
    """Collapse whitespace and undo double HTML escaping ("&amp;#8216;" shows as "&#8216;")."""
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


def dublin_core_key(key: str) -> str:
    """"dc:title", "DC.title" → "dc.title"; "dcterm:created" → "dcterms.created"."""
    match = _DUBLIN_CORE.match(key)
    if not match:
        return key
    return ("dc." if match.group(1) == "dc" else "dcterms.") + key[match.end():]


def first(metas: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        for value in metas.get(key, ()):
            if value:
                return value
    return None


def meta_values(metas, keys) -> list[str]:
    for key in keys:
        values = [v for v in metas.get(key, ()) if not v.startswith(("http://", "https://", "@"))]
        if values:
            return values
    return []


def canonical_url(tree: HtmlElement, metas: dict[str, list[str]]) -> str | None:
    """The page's own address: <link rel=canonical>, og:url, or a Reader View save's domain link."""
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            href = (link.get("href") or "").strip()
            if href.startswith(("http://", "https://")):
                return href
    og = first(metas, "og:url")
    if og and og.startswith(("http://", "https://")):
        return og
    # A page saved from Firefox's Reader View keeps the original address in its domain link.
    for href in _READER_DOMAIN(tree):
        if href.strip().startswith(("http://", "https://")):
            return href.strip()
    return None
