"""Wide (CJK) characters, which take two display columns and weigh like a word.

The character class costs ~2 ms to compile (re expands its 40,000 code points), so it is
compiled only for text that can hold such a character: most text has none at or above U+2E80,
and below that only the Hangul Jamo block (U+1100-U+11FF) is wide.
"""

from __future__ import annotations

import functools
import re

_RANGES = "\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"


@functools.cache
def _may_be_wide() -> re.Pattern[str]:
    """A character of the Hangul Jamo block or at or above U+2E80 (the class's blocks, and the
    surrogates and planes past them), as the characters outside (a class up to U+10FFFF costs
    ~20 ms to compile, its complement ~1 ms): one search in C, where max() of the text made a
    string of each of its characters."""
    return re.compile("[^\x00-\u10ff\u1200-\u2e7f]")


@functools.cache
def _wide() -> re.Pattern[str]:
    return re.compile(f"[{_RANGES}]")


def may_hold_wide(text: str) -> bool:
    """False only when text has no wide character (cheap: one search of a two-range class)."""
    return not text.isascii() and _may_be_wide().search(text) is not None


def count_wide(text: str) -> int:
    return len(_wide().findall(text)) if may_hold_wide(text) else 0


def has_wide(text: str) -> bool:
    return may_hold_wide(text) and _wide().search(text) is not None


def is_wide_char(char: str) -> bool:
    return may_hold_wide(char) and _wide().match(char) is not None
