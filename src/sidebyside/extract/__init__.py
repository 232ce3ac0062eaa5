"""Capture → Article: metadata, body blocks, captions and warnings."""

from __future__ import annotations

import os

from sidebyside.capture import load_capture
from sidebyside.model import Article, Capture


def extract(capture: Capture) -> Article:
    """Extract the article from a decoded capture (HTML, MHTML's HTML part, or text)."""
    if capture.source.format == "text":
        from sidebyside.extract.text import extract_text

        return extract_text(capture)
    from sidebyside.extract.html import extract_html

    return extract_html(capture)


def extract_path(path: str | os.PathLike[str], format: str | None = None) -> Article:
    return extract(load_capture(path, format=format))
