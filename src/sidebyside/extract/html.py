"""HTML capture → Article (first slice: title and <p> paragraphs)."""

from __future__ import annotations

import lxml.html

from sidebyside.errors import ExtractionError
from sidebyside.extract.assemble import assemble_blocks
from sidebyside.extract.metadata import extract_metadata
from sidebyside.model import Article, Capture


def extract_html(capture: Capture) -> Article:
    try:
        tree = lxml.html.document_fromstring(capture.content)
    except Exception as exc:  # lxml raises several types on garbage
        raise ExtractionError(f"cannot parse HTML ({exc})", capture.source.path) from None
    meta = extract_metadata(tree, capture.source.url)
    pieces = [("paragraph", p.text_content()) for p in tree.iter("p")]
    text, blocks = assemble_blocks(pieces)
    return Article(source=capture.source, title=meta.title, text=text, blocks=blocks)
