"""A line's shape both families read: whether it is written in a wide script (CJK), whether it
ends a sentence."""

from __future__ import annotations

from sidebyside.extract.wide import has_wide

SENTENCE_END = tuple('.!?…"”’»\')。！？」』')


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
    """Written in a wide script (CJK) within its first 50 characters."""
    return not text.isascii() and has_wide(text[:50])
