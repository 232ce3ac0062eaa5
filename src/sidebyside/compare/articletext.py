"""One article's text model, built once per article in a comparison and read by every stage.

``ArticleText(text, blocks)`` holds what quotes, speakers, matching and framing all need:

- ``tokens``: word tokens (``compare.tokens.Token``: offsets, folded form, capital, sentence
  start, possessive, the gap before), found once;
- ``sentences`` and ``paragraphs``: spans, in order;
- ``quotes``: the quoted parts (``compare.quotes.QuoteMarks``), unmarked block quotations
  included, and ``credits``: the speaker a block quotation's dash line names;
- ``cap_runs``: runs of capitalised words that may be a name ("Joseph R. McCarthy",
  "Mr. Brown", "Bashar al-Assad"), as token index ranges.

Every offset is a Python string (code point) offset into the text (``Article.text``). Lookups
(``token_range``, ``sentence_at``, ``paragraph_at``, ``in_quote``) are binary searches; nothing
here rescans the text.
"""

from __future__ import annotations

import bisect
import functools
from itertools import compress
from typing import Iterable

from sidebyside.compare.block_quotes import add_block_quotes
from sidebyside.compare.quotes import QuoteMarks, find_quotes, paragraph_spans
from sidebyside.compare.text import NAME_ABBREVIATIONS, split_sentences
from sidebyside.compare.tokens import Token, token_column, tokenize
from sidebyside.model import Article, Block, Span
from sidebyside.name_lists import NAME_PARTICLES, given_names
from sidebyside.resources import title_abbreviations

# Abbreviations whose full stop does not end a name run ("Mr. Brown", "Sen. Joni Ernst").
# ("Dist. Atty. Steve Cooley": the shared table of abbreviated titles)
_RUN_ABBREVIATIONS = NAME_ABBREVIATIONS | frozenset(title_abbreviations())


class ArticleText:
    """Text, tokens, sentences, paragraphs, quoted parts and name runs of one article."""

    def __init__(self, text: str, blocks: Iterable[Block] = ()):
        self.text = text
        self.tokens: list[Token] = tokenize(text)
        self.token_starts: list[int] = token_column(self.tokens, "start")
        self.sentences: list[Span] = split_sentences(text)
        self.sentence_starts: list[int] = [s.start for s in self.sentences]
        self.paragraphs: list[tuple[int, int]] = paragraph_spans(text)
        self.paragraph_starts: list[int] = [p[0] for p in self.paragraphs]
        marks = find_quotes(text, self.paragraphs)
        self.quotes: list[QuoteMarks]
        self.credits: dict[int, tuple[str, Span]]  # quote index -> (name, span) from a dash credit line
        self.quotes, self.credits = add_block_quotes(text, marks, blocks)
        self._quoted = sorted((q.start, q.end) for q in self.quotes if q.nested_in is None)
        self._quoted_starts = [s for s, _ in self._quoted]

    @classmethod
    def of(cls, article: Article) -> ArticleText:
        return cls(article.text or "", article.blocks)

    # ------------------------------------------------------------------ lookups

    def token_range(self, start: int, end: int) -> range:
        """Indexes of the tokens that start inside text[start:end]."""
        lo = bisect.bisect_left(self.token_starts, start)
        return range(lo, bisect.bisect_left(self.token_starts, end, lo))

    def token_at(self, offset: int) -> int | None:
        """Index of the token covering offset, if any."""
        i = bisect.bisect_right(self.token_starts, offset) - 1
        return i if i >= 0 and offset < self.tokens[i].end else None

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding offset (or the last one starting before it); -1 if none."""
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph holding offset (or the last one starting before it); -1 if none."""
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def in_quote(self, start: int, end: int | None = None) -> bool:
        """Whether text[start:end] lies inside a direct quotation (the speaker's words)."""
        end = start + 1 if end is None else end
        i = bisect.bisect_right(self._quoted_starts, start) - 1
        return i >= 0 and self._quoted[i][0] <= start and end <= self._quoted[i][1]

    @property
    def quoted(self) -> list[tuple[int, int]]:
        """Sorted (start, end) of the outermost quoted parts."""
        return self._quoted

    # ------------------------------------------------------------------ derived, on first use

    @functools.cached_property
    def cap_runs(self) -> list[tuple[int, int]]:
        """Token index ranges [i, j) of capitalised words written together: joined by a space or
        a hyphen, a name particle inside ("Bashar al-Assad"), an initial or an abbreviated title
        with its full stop ("Joseph R. McCarthy", "Mr. Brown"). A possessive ends a run."""
        tokens, text = self.tokens, self.text
        runs: list[tuple[int, int]] = []
        n = len(tokens)
        end = 0  # the end of the last run
        # only a capitalised word opens a run: those tokens are picked out at C speed
        for i in compress(range(n), token_column(tokens, "cap")):
            if i < end:
                continue  # inside the last run
            j = i + 1
            while j < n:
                prev, tok = tokens[j - 1], tokens[j]
                if prev.possessive or not _joined(text, prev, tok):
                    break
                if tok.cap:
                    j += 1
                elif tok.gap == "-" and prev.cap and tok.norm.isalpha() and not _common_after_hyphen(tok.norm):
                    j += 1  # "Cheuk Hau-yip" (but not "Turkey-backed")
                elif tok.norm in NAME_PARTICLES and j + 1 < n and tokens[j + 1].cap and _joined(text, tok, tokens[j + 1]):
                    j += 2
                elif tok.norm in NAME_PARTICLES and j + 2 < n and tokens[j + 1].norm in NAME_PARTICLES and not tokens[j + 1].cap \
                        and tokens[j + 2].cap and _joined(text, tok, tokens[j + 1]) and _joined(text, tokens[j + 1], tokens[j + 2]) \
                        and (prev.norm in given_names() or prev.gap == "-" and j - 2 >= i and tokens[j - 2].cap):
                    # "Ursula von der Heyden", "Gert-Jan van den Broek" (after a given name, or a double one
                    # joined by a hyphen: not "Kassel von der Polizei")
                    j += 3
                else:
                    break
            runs.append((i, j))
            end = j
        return runs


# Lower-case words that follow a hyphen after a name without being part of it ("Turkey-backed").
_HYPHEN_WORDS = frozenset(
    """backed led based born made owned run funded controlled linked allied aligned bound style era
    free friendly occupied held ruled affiliated sponsored brokered inspired born raised area wide
    related designed built focused oriented centric minded like bred""".split()
)


_NUMBERS = frozenset("one two three four five six seven eight nine".split())


def _common_after_hyphen(word: str) -> bool:
    return word in _HYPHEN_WORDS or word in _NUMBERS or word.endswith(("ed", "ing", "ly", "ist", "ism", "ian", "ese"))


def _joined(text: str, prev: Token, tok: Token) -> bool:
    """Whether two tokens sit in one name: a space or hyphen between them, or the full stop of
    an initial or an abbreviated title ("R. ", "Mr. ")."""
    gap = tok.gap
    if gap in (" ", "-", "\u00a0"):
        return True
    if gap in (". ", ".\u00a0") and prev.cap:
        return len(prev.text) == 1 or prev.norm in _RUN_ABBREVIATIONS
    if gap == "." and prev.cap and len(prev.text) == 1 and len(tok.text) == 1 and tok.cap:
        return True  # initials written close: "H.R. Haldeman", "U.S."
    return False
