"""Article metadata from a parsed HTML page (JSON-LD, OpenGraph, <meta>, <time>, bylines).

First slice: <title> only. The interface (extract_metadata → Metadata) is what html.py uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.html import HtmlElement


@dataclass
class Metadata:
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601, as precise as the page says
    language: str | None = None
    lead: str | None = None
    tags: list[str] = field(default_factory=list)
    url: str | None = None  # canonical / og:url
    source_credit: str | None = None
    image_captions: list[str] = field(default_factory=list)


def extract_metadata(tree: HtmlElement, url: str | None = None) -> Metadata:
    """Read metadata before the body extractor prunes the tree (it must not mutate ``tree``)."""
    title = (tree.findtext(".//title") or "").strip() or None
    return Metadata(title=title, url=url)
