"""Capture → Article: metadata, body blocks, captions and warnings."""

from __future__ import annotations

import dataclasses
import importlib
import os

from sidebyside.capture import load_capture
from sidebyside.model import Article, Capture


# The family that reads each kind of content, imported when first needed.
_EXTRACTORS = {
    "text/html": ("sidebyside.extract.html", "extract_html"),
    "text/plain": ("sidebyside.extract.text", "extract_text"),
    "application/pdf": ("sidebyside.extract.pdf", "extract_pdf"),
}


def extract(capture: Capture) -> Article:
    """Extract the article from a decoded capture (HTML, MHTML's HTML part, or text).

    What capture had to repair (replaced bytes, removed NULs, a damaged archive) comes first in
    the article's warnings, so the CLI and the app show it with the extraction's own.
    """
    module, function = _EXTRACTORS[capture.media_type]
    article = getattr(importlib.import_module(module), function)(capture)
    carried = tuple(w for w in capture.warnings if w not in article.warnings)
    if carried:
        article = dataclasses.replace(article, warnings=carried + article.warnings)
    return article


def extract_path(path: str | os.PathLike[str], format: str | None = None) -> Article:
    return extract(load_capture(path, format=format))
