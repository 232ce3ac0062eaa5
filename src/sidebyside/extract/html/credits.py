"""Who the story is credited to besides its authors: a wire agency or a named source."""

from __future__ import annotations

import itertools
import re

from lxml import etree

from sidebyside.extract import cues
from sidebyside.extract.byline_lines import dateline_wire
from sidebyside.extract.html.jsonld import JsonLdArticle
from sidebyside.extract.html.visible_text import short_text

WIRE_AGENCIES = cues.WIRE_SERVICES  # the one list of wire services (cues.json wire_services)
_SOURCE_LABEL = re.compile(rf"^\s*{cues.SOURCE_LABELS}\s*:", re.IGNORECASE)  # the shared lexicon's labels
_SOURCE_LINE = re.compile(rf"^\s*{cues.SOURCE_LABELS}\s*:\s*(.{{2,60}}?)\s*\.?\s*$", re.IGNORECASE)
_LABELLED_TEXT = etree.XPath("//text()[contains(., ':')][not(parent::script or parent::style)]")
_CREDIT_TAGS = {"p", "span", "div", "small", "em", "cite", "strong", "b", "i", "figcaption"}


def source_credit(tree, jsonld: JsonLdArticle, authors: list[str]) -> str | None:
    """JSON-LD sourceOrganization, a wire-agency publisher, a "Source: X" line, an agency among
    the authors, or the agency of an opening dateline; None when the page credits nobody."""
    if jsonld.source_organisation:
        return jsonld.source_organisation
    if jsonld.publisher and jsonld.publisher.casefold() in WIRE_AGENCIES:
        return jsonld.publisher
    for text in _LABELLED_TEXT(tree):  # libxml2 narrows the page to the text nodes with a colon
        if not _SOURCE_LABEL.match(text):
            continue
        element = text.getparent()
        if element is not None and text.is_tail:
            element = element.getparent()
        # The label may sit in its own <strong>: "<p><strong>Source:</strong> Reuters</p>".
        for _ in range(2):
            if element is None or element.tag not in _CREDIT_TAGS:
                break
            match = _SOURCE_LINE.match(" ".join((short_text(element, 70) or "").split()))
            if match:
                return match.group(1)
            element = element.getparent()
    agency = next((a for a in authors if a.casefold() in WIRE_AGENCIES), None)
    return agency or dateline_agency(tree)


def dateline_agency(tree) -> str | None:
    """The wire agency of a dateline opening the story: "WASHINGTON (Reuters) - ...", "(AP) —"."""
    for paragraph in itertools.islice(tree.iter("p"), 12):
        text = " ".join((short_text(paragraph, 3000) or "")[:120].split())
        if wire := dateline_wire(text):
            return wire
    return None
