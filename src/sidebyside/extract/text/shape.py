"""A line's shape: its weight, whether it ends a sentence, whether it reads as running prose."""

from __future__ import annotations

import re

from sidebyside.extract.text.wide import count_wide, has_wide

# A list item's opening: a bullet sign or a number with its stop, then space ("• ", "2) ").
BULLET = re.compile(r"^(?:[•◦▪▫●○■□‣⁃·*+\-–]|\d{1,3}[.)])\s+")
SENTENCE_END = tuple('.!?…"”’»\')。！？」』')
INNER_SENTENCE = re.compile(r"[.!?。！？]\s|[。！？]")


def weight_of(text: str) -> int:
    """The length, a wide (CJK) character counted three times (it weighs about a word)."""
    if text.isascii():
        return len(text)
    return len(text) + 2 * count_wide(text)


def _pictograph(ch: str) -> bool:
    """An emoji or a pictograph, or the joiner and variation selector that build one."""
    return "\U0001f000" <= ch <= "\U0001faff" or "\u2600" <= ch <= "\u27bf" or ch in "\ufe0f\u200d\u2b06\u2b07\u2b50"


def ends_sentence(text: str) -> bool:
    """The line ends a sentence, before any emoji closing it ("... today! 🙂", "Check them out ⬇️"
    does not: no stop before the pictograph)."""
    if text.endswith(SENTENCE_END):
        return True
    if not text or text.isascii() or not _pictograph(text[-1]):
        return False
    end = len(text)
    while end and (_pictograph(text[end - 1]) or text[end - 1] == " "):
        end -= 1
    return text[:end].endswith(SENTENCE_END)


def is_wide(text: str) -> bool:
    return not text.isascii() and has_wide(text[:50])


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
