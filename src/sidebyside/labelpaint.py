"""Which labels of a label contrast to paint: those the other outlet never uses.

A label both outlets use ("Syria" in both, beside one "Damascus") says nothing about either,
and painting every mention floods the text. "Uses" means in the other outlet's chain for the
referent, or anywhere in its text, headline or standfirst: the naming engine may leave a mention
unlinked (a bare surname it could not attach), and a reader sees the word there all the same.
Pure Python (no Qt): the text highlights and the pane headers both ask here.
"""

from __future__ import annotations

import re
from collections import defaultdict

from sidebyside.model import Article, Comparison, LabelContrast, Mention
from sidebyside.resources import resource_json

_WORD = re.compile(r"\w+(?:['’]\w+)*")
# determiners: "its chief executive" and "the chief executive" are the same label (the text
# model's word groups, read from its list: this module sits below compare/)
_WORDS = resource_json("terms/text_words.json")
_DETERMINERS = frozenset((*_WORDS["articles"], *_WORDS["possessive_determiners"], "this", "that"))


def label_words(label: str) -> list[str]:
    """A label's words as a reader compares them: a leading determiner does not make another label."""
    words = _WORD.findall(label)
    if len(words) > 1 and words[0].casefold() in _DETERMINERS:
        words = words[1:]
    return words


class WordIndex:
    """An article's words (text, headline, standfirst), to ask whether a label occurs in it."""

    def __init__(self, article: Article):
        text = "\n".join(part for part in (article.title, article.lead, article.text) if part)
        self.words = _WORD.findall(text)
        self.folded = [w.casefold() for w in self.words]
        self.at: dict[str, list[int]] = defaultdict(list)
        for i, word in enumerate(self.folded):
            self.at[word].append(i)

    def has(self, label: str) -> bool:
        """Whether the label's words stand here in a row. Case is ignored, except that a one-word
        name must be capitalised here too ("Felt" the surname is not "felt" the verb)."""
        words = label_words(label)
        if not words:
            return False
        folded = [w.casefold() for w in words]
        name = len(words) == 1 and words[0][:1].isupper()
        for i in self.at.get(folded[0], ()):
            if self.folded[i:i + len(folded)] == folded and (not name or self.words[i][:1].isupper()):
                return True
        return False


def differing(contrast: LabelContrast, pane: int, mentions: tuple[Mention, ...],
              other: WordIndex) -> list[Mention]:
    """The mentions (of pane's side) whose label the other outlet never uses."""
    theirs = contrast.b if pane == 0 else contrast.a
    their_heads = contrast.headings[1 - pane]
    used = {tuple(w.casefold() for w in label_words(m.text)) for m in (*theirs, *their_heads)}
    return [m for m in mentions
            if tuple(w.casefold() for w in label_words(m.text)) not in used and not other.has(m.text)]


def word_indexes(comparison: Comparison) -> tuple[WordIndex, WordIndex]:
    return WordIndex(comparison.articles[0]), WordIndex(comparison.articles[1])


def side_labels(contrast: LabelContrast, pane: int) -> list[str]:
    """The labels one side gives the referent: the engine's counts, else its mentions as written."""
    counted = contrast.labels[pane]
    if counted:
        return [lab.label for lab in counted]
    return list(dict.fromkeys(m.text for m in (contrast.a if pane == 0 else contrast.b)))


def telling(contrast: LabelContrast, indexes: tuple[WordIndex, WordIndex]) -> bool:
    """Whether one outlet gives the referent a label the other never uses. A contrast whose every
    label both use ("Angela Merkel" / "German Chancellor Angela Merkel" beside "The German
    Chancellor, Angela Merkel") is no naming difference: nothing of it is painted, and the window
    and the report leave it out of their lists and counts alike."""
    return any(differing(contrast, pane, (Mention(0, len(label), label),), indexes[1 - pane])
               for pane in (0, 1) for label in side_labels(contrast, pane))


def telling_contrasts(comparison: Comparison, indexes: tuple[WordIndex, WordIndex] | None = None) -> list[LabelContrast]:
    """The comparison's label contrasts that are naming differences (``telling``)."""
    if not comparison.framing.label_contrasts:
        return []
    indexes = indexes or word_indexes(comparison)
    return [lc for lc in comparison.framing.label_contrasts if telling(lc, indexes)]

