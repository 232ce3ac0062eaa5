"""Schema.org JSON-LD in <script type="application/ld+json">: tolerant parsing and the article node.

Pages ship JSON-LD with trailing commas, raw control characters, HTML comments, several objects
in one script, @graph containers and @id references; all are accepted here. Nothing is fetched.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenews", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting",
    "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report",
    "satiricalarticle", "advertisercontentarticle", "posting", "discussionforumposting",
}
PAGE_TYPES = {"webpage", "itempage", "aboutpage", "collectionpage", "profilepage", "qapage"}
ORGANISATION_TYPES = {"organization", "newsmediaorganization", "corporation", "website"}

_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_WRAPPERS = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")


@dataclass
class JsonLdArticle:
    """The fields of the page's article node (and of its publisher), already flattened to text."""

    headline: str | None = None
    name: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    description: str | None = None
    keywords: list[str] = field(default_factory=list)
    source_organisation: str | None = None
    image_captions: list[str] = field(default_factory=list)
    url: str | None = None
    site_name: str | None = None  # a WebSite / Organization node's name when no publisher is given


def parse_scripts(tree: HtmlElement) -> list[Any]:
    """Every JSON value found in the page's JSON-LD scripts (malformed parts skipped)."""
    values: list[Any] = []
    for script in tree.iter("script"):
        kind = (script.get("type") or "").lower()
        if "ld+json" not in kind:
            continue
        values.extend(parse_jsonld_text(script.text or ""))
    return values


def parse_jsonld_text(text: str) -> list[Any]:
    """Parse one script's text, tolerating the usual breakage; returns the values that parsed."""
    text = _WRAPPERS.sub("", text.strip()).strip()
    if not text:
        return []
    for candidate in (text, _repair(text)):
        values = _decode_sequence(candidate)
        if values:
            return values
    return []


def _repair(text: str) -> str:
    text = _CONTROL.sub(" ", text)
    return _TRAILING_COMMA.sub(r"\1", text)


def _decode_sequence(text: str) -> list[Any]:
    """Decode one or more JSON values written back to back (optionally comma/semicolon-separated)."""
    decoder = json.JSONDecoder(strict=False)
    values: list[Any] = []
    index = 0
    while index < len(text):
        while index < len(text) and text[index] in " \t\r\n,;":
            index += 1
        if index >= len(text):
            break
        try:
            value, index = decoder.raw_decode(text, index)
        except (ValueError, RecursionError):  # RecursionError: absurdly nested arrays
            return values
        values.append(value)
    return values


def iter_nodes(values: list[Any]):
    """Every dict node, walking lists, @graph containers and nested objects (depth-first)."""
    stack = list(reversed(values))
    seen = 0
    while stack and seen < 10000:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            for key, child in item.items():
                if isinstance(child, (dict, list)) and key != "@context":
                    stack.append(child)


def types_of(node: dict) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def is_article(node: dict) -> bool:
    """Any schema.org article or posting type, including ones this list does not know yet."""
    return any(k in ARTICLE_TYPES or k.endswith(("article", "posting")) for k in types_of(node))


def find_article(tree: HtmlElement, reference_title: str | None = None,
                 canonical_url: str | None = None) -> JsonLdArticle | None:
    """The article described by the page's JSON-LD, or None when it describes none. When the
    page describes several (related stories, carousels), the one at the page's canonical URL or
    whose headline is the page's title wins."""
    values = parse_scripts(tree)
    if not values:
        return None
    nodes = list(iter_nodes(values))
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and len(n) > 1}
    resolve = _Resolver(by_id)

    article = _pick_article(nodes, resolve, reference_title, canonical_url)
    site = next((n for n in nodes if types_of(n) & ORGANISATION_TYPES and _text(n.get("name"))), None)
    if article is None:
        if site is None:
            return None
        return JsonLdArticle(site_name=_text(site.get("name")), language=_language(site.get("inLanguage")))
    return _read_article(article, resolve, site)


class _Resolver:
    """Replace {"@id": ...} references by the node they name, when the page defines it."""

    def __init__(self, by_id: dict[str, dict]):
        self.by_id = by_id

    def __call__(self, value: Any) -> Any:
        if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in self.by_id:
            return self.by_id[value["@id"]]
        return value


def _pick_article(nodes: list[dict], resolve: _Resolver, reference_title: str | None,
                  canonical_url: str | None) -> dict | None:
    """The best article node: an article type with a headline first, else a page's main entity."""
    articles = [n for n in nodes if is_article(n)]
    titled = [n for n in articles if _text(n.get("headline")) or _text(n.get("name"))]
    if titled:
        # max() keeps the first of equals: document order decides when nothing else does.
        return max(titled, key=lambda n: _article_score(n, reference_title, canonical_url))
    for node in nodes:
        if types_of(node) & PAGE_TYPES:
            main = resolve(node.get("mainEntity") or node.get("mainEntityOfPage"))
            if isinstance(main, dict) and is_article(main):
                return main
    if articles:
        return articles[0]
    # A WebPage that carries article fields itself (headline and author or date).
    for node in nodes:
        if types_of(node) & PAGE_TYPES and _text(node.get("headline")) and (
            node.get("author") or node.get("datePublished")
        ):
            return node
    return None


def _article_score(node: dict, reference_title: str | None, canonical_url: str | None) -> int:
    score = 0
    if canonical_url:
        urls = {_url_key(_text(node.get("url"))), _url_key(_text(_id_of(node.get("mainEntityOfPage")))),
                _url_key(_text(node.get("@id")))}
        score += 3 if _url_key(canonical_url) in urls else 0
    if reference_title:
        wanted = set(re.findall(r"\w+", reference_title.casefold()))
        words = set(re.findall(r"\w+", (_text(node.get("headline")) or _text(node.get("name")) or "").casefold()))
        score += 2 if words and len(words & wanted) >= 0.6 * len(words) else 0
    if node.get("articleBody") or node.get("author") or node.get("datePublished"):
        score += 1
    return score


def _url_key(url: str | None) -> str | None:
    """"https://www.x.com/a/?utm=1#top" and "http://x.com/a" alike."""
    if not url:
        return None
    url = re.sub(r"^https?://(www\.)?", "", url.strip().lower())
    return re.split(r"[?#]", url)[0].rstrip("/") or None


def _read_article(node: dict, resolve: _Resolver, site: dict | None) -> JsonLdArticle:
    publisher = resolve(_first(node.get("publisher")))
    source = resolve(_first(node.get("sourceOrganization")))
    part_of = resolve(_first(node.get("isPartOf")))
    keywords = node.get("keywords")
    if isinstance(keywords, str):
        keywords = re.split(r"\s*[,;]\s*", keywords)
    return JsonLdArticle(
        headline=_text(node.get("headline")),
        name=_text(node.get("name")),
        authors=_names(node.get("author"), resolve) or _names(node.get("creator"), resolve),
        publisher=_name_of(publisher),
        published=_text(node.get("datePublished")) or _text(node.get("dateCreated")),
        modified=_text(node.get("dateModified")),
        language=_language(node.get("inLanguage")) or _language((part_of or {}).get("inLanguage")
                                                               if isinstance(part_of, dict) else None),
        description=_text(node.get("description")),
        keywords=[k for k in (_text(k) for k in (keywords if isinstance(keywords, list) else [])) if k],
        source_organisation=_name_of(source),
        image_captions=_captions(node.get("image"), resolve),
        url=_text(node.get("url")) or _text(_id_of(node.get("mainEntityOfPage"))),
        site_name=_text(site.get("name")) if site else None,
    )


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, (str, int, float))), None)
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    if "&" in value:  # entities escaped once more than JSON needs ("&#8217;", "&amp;")
        value = html.unescape(value)
    value = " ".join(value.split())
    return value or None


def _id_of(value: Any) -> Any:
    return value.get("@id") if isinstance(value, dict) else value


def _name_of(value: Any) -> str | None:
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, dict):
        return _text(value.get("name")) or _text(value.get("legalName"))
    return None


def _names(value: Any, resolve: _Resolver) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = _name_of(resolve(item))
        if name:
            names.append(name)
    return names


def _captions(value: Any, resolve: _Resolver) -> list[str]:
    items = value if isinstance(value, list) else [value]
    captions = []
    for item in items:
        item = resolve(item)
        if isinstance(item, dict):
            caption = _text(item.get("caption")) or _text(item.get("description"))
            if caption and caption not in captions:
                captions.append(caption)
    return captions


def _language(value: Any) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("alternateName")) or _text(value.get("name"))
    return _text(value)
