"""How the window names an article in its lists and messages: by its outlet; failing that, by
its file's stem, as the pane header and the coverage columns show it; 'Article A' only when it has
neither (a comparison built in memory)."""

from __future__ import annotations

from sidebyside.display import display_stem
from sidebyside.model import Article


def article_name(article: Article, index: int) -> str:
    if article.outlet:
        return article.outlet
    path = article.source.path if article.source else None
    return display_stem(path) or f"Article {'AB'[index]}"


def article_names(articles) -> list[str]:
    return [article_name(a, i) for i, a in enumerate(articles)]
