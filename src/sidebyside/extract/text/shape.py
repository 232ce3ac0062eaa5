"""A line's shape: its weight, whether it reads as running prose (whether it ends a sentence or
is in a wide script: ``extract.line_shape``, which both families read)."""

from __future__ import annotations

import re

from sidebyside.extract.wide import count_wide

# A list item's opening: a bullet sign or a number with its stop, then space ("• ", "2) ").
BULLET = re.compile(r"^(?:[•◦▪▫●○■□‣⁃·*+\-–]|\d{1,3}[.)])\s+")
INNER_SENTENCE = re.compile(r"[.!?。！？]\s|[。！？]")


def weight_of(text: str) -> int:
    """The length, a wide (CJK) character counted three times (it weighs about a word)."""
    if text.isascii():
        return len(text)
    return len(text) + 2 * count_wide(text)


def mostly_lowercase(text: str) -> bool:
    """Running prose: most words start lower-case, yet the line starts like a sentence and has
    commas or function words, unlike a tag cloud (all lower-case) or a Title Case headline."""
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    return words[0][:1].isupper() and 0.5 <= lower / len(words) < 0.95


def by_first_char(prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Prefixes grouped by their first character, so a line is tested against a handful."""
    table: dict[str, list[str]] = {}
    for prefix in prefixes:
        table.setdefault(prefix[0], []).append(prefix)
    return {k: tuple(v) for k, v in table.items()}


def starts_with_any(low: str, table: dict[str, tuple[str, ...]]) -> bool:
    group = table.get(low[:1])
    return group is not None and low.startswith(group)
