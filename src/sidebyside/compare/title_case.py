"""Title case: the one test of words written as a title, and the one list of its small words.

A headline, a subheading, a slogan or a work's title capitalises every word but the small ones
("Video Shows Dramatic Rescue of Kidnapped Girl"): there a capital is no sign of a name, and a
quotation written so is no one's speech. The readers differ only in what they hand the test (a
window of a line, a line's long tokens, a quotation's tokens) and in how many words and what share
of them must be capitalised. The small words are data (resources/terms/title_case.json, with their
source): one list all readers take, and two extra sets some readers take as they always did.
"""

from __future__ import annotations

from collections.abc import Iterable

from sidebyside.resources import resource_json

_DATA = resource_json("terms/title_case.json")
SMALL_WORDS = frozenset(_DATA["small_words"])  # "a", "of", "with": left in lower case by every style
VERSUS = frozenset(_DATA["versus"])  # "v", "vs": read by the attribution vocabulary
HEADLINE_WORDS = frozenset(_DATA["headline_words"])  # "over", "up", "via", "vs": read by the only-in test
NO_SMALL_WORDS: frozenset[str] = frozenset()  # a reader that counts long words only leaves none out


def title_cased(words: Iterable[tuple[str, bool]], least: int, share: float = 1.0,
                small: frozenset[str] = SMALL_WORDS) -> bool:
    """Whether words read as title case: of the words title case capitalises (each given as its
    form to look up in ``small`` and whether it is capitalised; the small ones are left out), at
    least ``least``, and at least ``share`` of them capitalised. With a share of 1 the first word
    in lower case settles it (prose has one early), so the rest is never read."""
    counted = capitalised = 0
    for word, capital in words:
        if word in small:
            continue
        counted += 1
        if capital:
            capitalised += 1
        elif share >= 1:
            return False
    return counted >= least and capitalised >= share * counted


def capitalised_throughout(words: Iterable[str], small: frozenset[str] = SMALL_WORDS) -> bool:
    """``title_cased(words, 0)`` for words given as they are written: whether every word but the
    small ones opens with a capital. The first word in lower case settles it, so a reader may hand
    a lazy iterator (``map(re.Match.group, pattern.finditer(text, lo, hi))``) and prose is read no
    further than its first word or two; no tuple is built per word."""
    for word in words:
        if not word[0].isupper() and word not in small:
            return False
    return True
