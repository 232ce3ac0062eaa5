"""A word list as a regular-expression alternation, the one way every vocabulary becomes a pattern.

Longest first, so "Sept" is tried before "Sep" and "published on" before "published"; each word
escaped. ``spaced``: a space inside a phrase matches any run of white space ("Updated  on"), for
phrases read from running text. Qt-free and free of both families, so either may import it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str], spaced: bool = False) -> str:
    escaped = (re.escape(w) for w in sorted(words, key=len, reverse=True))
    return "|".join(e.replace(r"\ ", r"\s+") for e in escaped) if spaced else "|".join(escaped)
