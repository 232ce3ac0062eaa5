"""Recognising an article by its notes' words, when its fingerprint, URL and path all changed.

A text capture that was both moved and edited has a new path and a new fingerprint, and a text
capture has no URL: none of the keys a note keeps finds it. Its words still do. Each note keeps
its quote with 32 characters of context either side; the article is recognised when most of a
stored article's notes (a sample, the longest quotes first) have most of their word trigrams,
context included, in the text, and nearly all of them when the title differs as well (another
story may reuse a paragraph of wire copy that was noted on). Context matters: a note on a phrase
any article may use ("the government said") does not carry its neighbours into another article. Trigrams are hashed
once per text, so checking thousands of notes costs milliseconds; the notes of a recognised
article are then placed with the anchoring of anchoring.py, and the ones that cannot be placed
stay as orphans, never dropped.
"""

from __future__ import annotations

import re

from sidebyside.notes.anchoring import TextQuote
from sidebyside.notes.fingerprint import normalise
from sidebyside.settings import DEFAULT, NotesSettings

_WORD = re.compile(r"\w+")
N = 3


def _words(text: str) -> list[str]:
    return _WORD.findall(normalise(text).casefold())


def shingles(text: str) -> set[int]:
    """Hashed word trigrams of a text (hashes: only compared within one process)."""
    words = _words(text)
    return {hash(tuple(words[i : i + N])) for i in range(len(words) - N + 1)}


def found_share(quote: TextQuote, text_shingles: set[int], min_shingles: int) -> float | None:
    """Share of the note's trigrams (quote with its context) found in the text; None when the
    note has too few words to tell anything."""
    words = _words(f"{quote.prefix} {quote.exact} {quote.suffix}")
    grams = {hash(tuple(words[i : i + N])) for i in range(len(words) - N + 1)}
    if len(grams) < min_shingles:
        return None
    return len(grams & text_shingles) / len(grams)


def same_title(a: str | None, b: str | None) -> bool:
    return bool(a and b) and normalise(a).casefold() == normalise(b).casefold()


def recognition(samples: list[TextQuote], text_shingles: set[int], title_matches: bool,
                limits: NotesSettings = DEFAULT.notes) -> tuple[float, float] | None:
    """How well the text holds a stored article's sampled notes, when it is that article edited:
    (share of the notes found, mean share of their trigrams), or None when it is not. The pair
    ranks two texts that both pass (an edited copy of the article holds its notes' context, a
    copy of its story by another outlet rarely all of it)."""
    shares = [s for q in samples if (s := found_share(q, text_shingles, limits.min_note_shingles)) is not None]
    if not shares:
        return None
    found = sum(1 for s in shares if s >= limits.min_text_match)
    needed = limits.min_notes_found_same_title if title_matches else limits.min_notes_found_other_title
    if found < needed * len(shares):
        return None
    return found / len(shares), sum(shares) / len(shares)
