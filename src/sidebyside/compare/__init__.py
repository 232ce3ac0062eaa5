"""Two Articles → Comparison (pure Python, no Qt)."""

from __future__ import annotations

from sidebyside.model import Article, Comparison


def compare(a: Article, b: Article) -> Comparison:
    return Comparison(articles=(a, b))
