"""Loaded and distinctive terms of an article's headline and standfirst, where the sharpest
framing sits ("militants" in a headline, a scare-quoted word in a standfirst). The same rules as
the body's (compare/loaded.py; distinctive terms are the article's own, found again in the
heading from its words); offsets are into Article.title or Article.lead."""

from __future__ import annotations

from sidebyside.compare.distinctive import term_occurrences
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.compare.tokens import tokenize
from sidebyside.model import Article, DistinctiveTerm, HeadingTerm
from sidebyside.settings import DEFAULT, LexicalSettings

FIELDS = ("title", "lead")


def heading_terms(
    article: Article,
    distinctive: tuple[DistinctiveTerm, ...] = (),
    settings: LexicalSettings = DEFAULT.compare.lexical,
) -> tuple[HeadingTerm, ...]:
    """The loaded terms of the headline and standfirst (quoted words marked as the speaker's),
    then the article's distinctive terms where they occur there, in field and text order."""
    from sidebyside.compare import article_quotes  # the package's quote finder (it imports this module's caller)

    out: list[HeadingTerm] = []
    for name in FIELDS:
        text = getattr(article, name) or ""
        if not text.strip():
            continue
        tokens = tokenize(text)
        found = [
            HeadingTerm(name, t.start, t.end, t.term, "loaded_term", t.category, t.quoted, t.score)
            for t in find_loaded_terms(text, tokens, quotes=article_quotes(text), settings=settings,
                                       language=article.language)
        ]
        taken = [(h.start, h.end) for h in found]
        spans = term_occurrences(tokens, {d.term for d in distinctive})
        for d in distinctive:
            for start, end in spans.get(d.term, ()):
                if not any(start < e and s < end for s, e in taken):
                    found.append(HeadingTerm(name, start, end, d.term, "distinctive_term", score=d.score))
        out += sorted(found, key=lambda h: (h.start, h.end))
    return tuple(out)
