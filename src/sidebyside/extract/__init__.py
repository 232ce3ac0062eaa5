"""Capture → Article: metadata, body blocks, captions and warnings."""

from __future__ import annotations

import dataclasses
import importlib
import os

from sidebyside.capture import load_capture
from sidebyside.errors import ExtractionError
from sidebyside.model import Article, Capture
from sidebyside.settings import DEFAULT, Settings

# The family that reads each kind of content (Capture.media_type), imported when first needed.
# Each with the sections of ExtractSettings it reads, passed in that order (the PDF family hands
# the paragraphs it read to the text family, with the text family's own settings).
_EXTRACTORS = {
    "text/html": ("sidebyside.extract.html", "extract_html", ("html",)),
    "text/plain": ("sidebyside.extract.text", "extract_text", ("text",)),
    "application/pdf": ("sidebyside.extract.pdf", "extract_pdf", ("pdf", "text")),
}


def extract(capture: Capture, settings: Settings = DEFAULT) -> Article:
    """Extract the article from a decoded capture, with the family its content's media type needs.

    What capture had to repair (replaced bytes, removed NULs, a damaged archive) comes first in
    the article's warnings, so the CLI and the app show it with the extraction's own.
    """
    family = _EXTRACTORS.get(capture.media_type)
    if family is None:
        raise ExtractionError(f"no extractor reads {capture.media_type!r} content", capture.source.path)
    module, function, sections = family
    article = getattr(importlib.import_module(module), function)(
        capture, *(getattr(settings.extract, section) for section in sections))
    carried = tuple(w for w in capture.warnings if w not in article.warnings)
    if carried:
        article = dataclasses.replace(article, warnings=carried + article.warnings)
    return article


def extract_path(path: str | os.PathLike[str], format: str | None = None) -> Article:
    return extract(load_capture(path, format=format))
