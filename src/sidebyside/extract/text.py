"""Plain-text capture → Article (first slice: blank-line separated paragraphs)."""

from __future__ import annotations

from sidebyside.extract.assemble import assemble_blocks
from sidebyside.model import Article, Capture


def extract_text(capture: Capture) -> Article:
    chunks = [c.strip() for c in capture.content.split("\n\n")]
    pieces = [("paragraph", c) for c in chunks if len(c.split()) >= 12]
    text, blocks = assemble_blocks(pieces)
    return Article(source=capture.source, text=text, blocks=blocks)
