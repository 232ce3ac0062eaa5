"""Capture → Article: metadata, body blocks, captions and warnings."""

from __future__ import annotations

import dataclasses
import importlib
import os

from sidebyside.capture import load_capture
from sidebyside.errors import ExtractionError
from sidebyside.model import Article, Capture

# The media type of each capture format's content (MHTML and web archives hand over their HTML).
CONTENT_TYPES = {"html": "text/html", "mhtml": "text/html", "webarchive": "text/html", "text": "text/plain"}
# The extractor family for each media type, imported on first use (module:function).
FAMILIES = {
    "text/html": "sidebyside.extract.html:extract_html",
    "text/plain": "sidebyside.extract.text:extract_text",
}


def content_type(capture: Capture) -> str | None:
    """The media type of the capture's content, from its format."""
    return CONTENT_TYPES.get(capture.source.format)


def extract(capture: Capture) -> Article:
    """Extract the article from a decoded capture, with the family its content's media type needs.

    What capture had to repair (replaced bytes, removed NULs, a damaged archive) comes first in
    the article's warnings, so the CLI and the app show it with the extraction's own.
    """
    family = FAMILIES.get(content_type(capture) or "")
    if family is None:
        raise ExtractionError(f"no extractor reads {capture.source.format!r} captures", capture.source.path)
    module, function = family.split(":")
    article = getattr(importlib.import_module(module), function)(capture)
    carried = tuple(w for w in capture.warnings if w not in article.warnings)
    if carried:
        article = dataclasses.replace(article, warnings=carried + article.warnings)
    return article


def extract_path(path: str | os.PathLike[str], format: str | None = None) -> Article:
    return extract(load_capture(path, format=format))
