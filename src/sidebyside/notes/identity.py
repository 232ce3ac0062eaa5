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

import base64
import binascii
import re
import zlib

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


# --------------------------------------------------------------------------- article sketches
#
# A note keeps a sketch of the article it was written on: the ``SKETCH_SIZE`` smallest stable
# hashes of its word trigrams (a bottom-k sample of them). Weighing another text against the
# note's article then needs only that text: the share of the sample found in its trigrams
# estimates the share of the noted article's words the text still holds (``resemblance``), high
# for the article moved and edited, low for another outlet's copy of a passage or two of it.

SKETCH_SIZE = 64
_MIX = 0x9E3779B1  # odd: a permutation of 32-bit values, so the bottom-k is not crc32's order


def stable_shingles(text: str) -> set[int]:
    """Word trigrams hashed the same way in every process and on every machine (sketches are
    stored, exported and imported)."""
    words = _words(text)
    return {(zlib.crc32("\x1f".join(words[i : i + N]).encode("utf-8")) * _MIX) & 0xFFFFFFFF
            for i in range(len(words) - N + 1)}


def sketch(text: str, size: int = SKETCH_SIZE) -> str | None:
    """The compact sketch a note keeps of its article (base64 of big-endian 32-bit hashes);
    None for a text too short to have trigrams."""
    grams = sorted(stable_shingles(text))[:size]
    if not grams:
        return None
    return base64.b64encode(b"".join(g.to_bytes(4, "big") for g in grams)).decode("ascii")


def read_sketch(value: str | None, size: int = SKETCH_SIZE) -> tuple[int, ...] | None:
    """The hashes of a stored or imported sketch; None when it is missing or not one."""
    if not value or len(value) > 4 * ((4 * size + 2) // 3):
        return None
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
    if not raw or len(raw) % 4:
        return None
    return tuple(int.from_bytes(raw[i : i + 4], "big") for i in range(0, len(raw), 4))


def valid_sketch(value: str | None) -> str | None:
    return value if read_sketch(value) is not None else None


def resemblance(hashes: tuple[int, ...], text_stable_shingles: set[int]) -> float:
    """Share of a noted article's sketch found in a text: about the share of that article's
    word trigrams the text holds."""
    return sum(1 for h in hashes if h in text_stable_shingles) / len(hashes) if hashes else 0.0


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
