"""Build Articles from plain text for comparison tests."""

from __future__ import annotations

from sidebyside.model import Article, Source


def article(*paragraphs: str) -> Article:
    return Article(source=Source(path=None, format="text"), text="\n\n".join(paragraphs))
