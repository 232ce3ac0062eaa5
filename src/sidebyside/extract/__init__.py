"""Capture → Article: metadata, body blocks, captions and warnings."""

from __future__ import annotations

import dataclasses
import os

from sidebyside.capture import load_capture
from sidebyside.model import Article, Capture


def extract(capture: Capture) -> Article:
    """Extract the article from a decoded capture (HTML, MHTML's HTML part, or text).

    What capture had to repair (replaced bytes, removed NULs, a damaged archive) comes first in
    the article's warnings, so the CLI and the app show it with the extraction's own.
    """
    if capture.source.format == "text":
        from sidebyside.extract.text import extract_text

        article = extract_text(capture)
    else:
        from sidebyside.extract.html import extract_html

        article = extract_html(capture)
    carried = tuple(w for w in capture.warnings if w not in article.warnings)
    if carried:
        article = dataclasses.replace(article, warnings=carried + article.warnings)
    return article


def extract_path(path: str | os.PathLike[str], format: str | None = None) -> Article:
    return extract(load_capture(path, format=format))
