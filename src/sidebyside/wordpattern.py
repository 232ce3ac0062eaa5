"""A word list as a regular-expression alternation, the one way every vocabulary becomes a pattern.

Longest first, so "Sept" is tried before "Sep" and "published on" before "published"; words of
one length in code-point order, so a set gives the same pattern in every process (two literals of
one length match the same span or none: the order among them changes no match, but a pattern that
differed from start to start could never come from the per-user regex cache); each word escaped. ``spaced``: a space inside a phrase matches any run of white space ("Updated  on"), for
phrases read from running text; ``marks``: an Arabic word matches with or without the short-vowel
marks a page may set over its letters ("نُشر في" is the label "نشر في"). Qt-free and free of both families, so either may import it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable


# Every character a regular expression ignoring case equates with an ASCII letter: the letters
# themselves, then the four others ("İ", "ı", the long "ſ", the Kelvin sign). A pattern that opens
# with a class of a word's first letter lists its cases from here (an engine then skips at once to
# those letters); a text holding none of the four matches an ASCII word only where its letters are.
CASED_AS_ASCII = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u0130\u0131\u017f\u212a"
CASED_AS_ASCII_OTHERS = CASED_AS_ASCII[52:]


# The Arabic script's marks written over or under a letter (the short vowels, tanwin, shadda, sukun,
# the dagger alif): most text leaves them out, some sets a few ("نُشر"); a word means the same either way.
ARABIC_MARKS = "\u064b-\u065f\u0670"
_ARABIC_MARK = re.compile(f"[{ARABIC_MARKS}]")
_ARABIC_LETTER = re.compile(r"([\u0621-\u064a])")


def without_marks(text: str) -> str:
    """``text`` without the Arabic script's vowel marks (a key to look a matched word up by)."""
    return _ARABIC_MARK.sub("", text) if _ARABIC_MARK.search(text) else text


def alternation(words: Iterable[str], spaced: bool = False, marks: bool = False) -> str:
    escaped = (re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    if marks:
        escaped = (_ARABIC_LETTER.sub(rf"\1[{ARABIC_MARKS}]*", e) for e in escaped)
    return "|".join(e.replace(r"\ ", r"\s+") for e in escaped) if spaced else "|".join(escaped)


def _mark_ranges() -> str:
    """The combining marks of the Basic Multilingual Plane as a character class's ranges."""
    ranges: list[str] = []
    start = None
    for code in range(0x0300, 0x10000 + 1):
        is_mark = code < 0x10000 and unicodedata.category(chr(code)).startswith("M")
        if is_mark and start is None:
            start = code
        elif not is_mark and start is not None:
            ranges.append(f"\\u{start:04x}" + (f"-\\u{code - 1:04x}" if code - 1 > start else ""))
            start = None
    return "".join(ranges)


# The combining marks (a Devanagari, Bengali or Tamil vowel sign, a Thai tone mark): a regular
# expression's \w leaves them out, so "[^\W\d_]+" cuts "जनवरी" at its vowel signs into "जनवर" and
# finds no word of four letters in "मेट्रो". LETTER_RUN is a letter and the letters and marks after it:
# a word of any script, whole.
MARKS = _mark_ranges()
LETTER_RUN = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}])"
