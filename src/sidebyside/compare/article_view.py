"""One article's text, tokens and entities, indexed for the framing stages.

Label contrasts only use words outside direct quotations: quoted words are the speaker's
choice, not the outlet's."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from sidebyside.compare.entities import Entity
from sidebyside.compare.text import split_sentences
from sidebyside.compare.tokens import Token, token_column
from sidebyside.model import Span


@dataclass
class ArticleView:
    """One article's text, tokens and entities, indexed for the framing stages."""

    text: str
    tokens: list[Token]
    entities: list[Entity]
    token_at_start: dict[int, int] = field(default_factory=dict)
    token_at_end: dict[int, int] = field(default_factory=dict)
    entity_at_token: dict[int, Entity] = field(default_factory=dict)  # token index -> mention covering it
    quoted: tuple[tuple[int, int], ...] = ()  # sorted spans of direct quotations
    keys_at_token: dict[int, set[str]] = field(default_factory=dict)  # every entity key covering a token
    sentences: list[Span] | None = None  # the text's sentence spans (the article's text model has them)

    def __post_init__(self) -> None:
        indexes = range(len(self.tokens))  # (both maps built at C speed: they cover every token)
        self.token_at_start = dict(zip(token_column(self.tokens, "start"), indexes))
        self.token_at_end = dict(zip(token_column(self.tokens, "end"), indexes))
        for e in self.entities:
            i = self.token_at_start.get(e.start)
            j = self.token_at_end.get(e.end)
            if i is None or j is None:
                continue
            for k in range(i, j + 1):
                self.keys_at_token.setdefault(k, set()).add(e.key)
                current = self.entity_at_token.get(k)
                if current is None or (current.end - current.start) < (e.end - e.start):
                    self.entity_at_token[k] = e

    def sentence_spans(self) -> list[Span]:
        """The text's sentences, split once: several naming stages read them."""
        if self.sentences is None:
            self.sentences = split_sentences(self.text)
        return self.sentences

    def in_quote(self, start: int, end: int) -> bool:
        """Whether text[start:end] lies inside a direct quotation (the speaker's words)."""
        idx = bisect.bisect_right(self.quoted, (start, _MAX)) - 1
        return idx >= 0 and self.quoted[idx][0] <= start and end <= self.quoted[idx][1]


_MAX = 1 << 62
