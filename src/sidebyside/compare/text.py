"""Text primitives shared by the comparison stages: sentences, words, normalisation.

Every function returns spans into the text it was given, never copies with lost offsets.
"""

from __future__ import annotations

import re
import unicodedata

from sidebyside.model import Span

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st gen col lt sgt capt cmdr adm gov sen rep pres rev hon
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft no vs etc inc ltd co corp dept
    u.s u.k u.n e.g i.e a.m p.m approx est fig vol""".split()
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+|$)|\n\s*\n")
_WORD = re.compile(r"\w+(?:['’\-]\w+)*", re.UNICODE)


def split_sentences(text: str) -> list[Span]:
    """Sentence spans (trimmed of surrounding whitespace), never crossing a blank line."""
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group().strip() and match.group()[0] == ".":
            before = text[start : match.start()].rsplit(None, 1)
            last_word = before[-1].lower().rstrip(".") if before else ""
            if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
                continue
            # "3.5" or "U.S.-backed": a dot followed directly by a non-space is not an end.
        nxt = text[end : end + 3].lstrip()
        if nxt and nxt[0].islower() and match.group().strip():
            continue  # "...", "said Dr. smith" -- a lower-case continuation is the same sentence
        _append_trimmed(text, start, end, spans)
        start = end
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    left = start + (len(piece) - len(piece.lstrip()))
    spans.append(Span(left, left + len(stripped)))


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word spans in text[start:end], with offsets into the whole text."""
    end = len(text) if end is None else end
    return [Span(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def fold(text: str) -> str:
    """Case-, accent- and quote-insensitive form for matching (length not preserved)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return text.casefold()
