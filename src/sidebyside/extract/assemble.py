"""Turn ordered (kind, text) blocks into the Article's text and offsets.

Both the HTML and the text-capture extractors end here, so the two produce the same shape.
"""

from __future__ import annotations

import re
import unicodedata

from sidebyside.model import Block

BLOCK_SEPARATOR = "\n\n"
_SPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalize_block_text(text: str) -> str:
    """NFC, collapse runs of spaces (newlines inside a block become spaces), strip."""
    if text.isascii() and "  " not in text and "\t" not in text and "\n" not in text and "\r" not in text:
        return text.strip()  # (most lines: nothing to compose or collapse, and a huge capture has many)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r", " ").replace("\n", " ")
    text = _SPACE_RUN.sub(" ", text)
    return text.strip()


def assemble_blocks(pieces: list[tuple[str, str]]) -> tuple[str, tuple[Block, ...]]:
    """Join non-empty blocks with a blank line; return the text and each block's span."""
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for kind, raw in pieces:
        text = normalize_block_text(raw)
        if not text:
            continue
        if parts:
            offset += len(BLOCK_SEPARATOR)
        blocks.append(Block(kind, offset, offset + len(text)))
        parts.append(text)
        offset += len(text)
    return BLOCK_SEPARATOR.join(parts), tuple(blocks)
