"""Measures a story turns on, as referents (ECB+ annotates them as its own entities):
- an earthquake's magnitude ("a magnitude of 4.4", "the 4.4-magnitude temblor", "rated the quake
  as 4.4 in magnitude"), one referent per value: two outlets giving the same value name the same
  measure, and the words around the number are how each one writes it; a revised value ("first
  rated 4.4, later 4.2") is another one;
- the value of a thing ("watches worth £1.7m" / "watches valued at over $2.6 million"), one
  referent per thing valued: each outlet gives it in its own currency. A sum alone is left out:
  one story gives many sums (the loot, a reward, earlier heists), and only the thing each is the
  value of tells which sum in one article is which in the other.
"""

from __future__ import annotations

import re

from sidebyside.compare.entities import CLOSED_CLASS
from sidebyside.compare.naming.chains import ArticleChains, Ref
from sidebyside.compare.nouns import nouns
from sidebyside.compare.text import casefolded
from sidebyside.compare.tokens import singular

# the value: one digit (two for the rare scale above 9), a point and one or two decimals; ECB+-like
# captures write "4. 6" with a space after the point
_VALUE = r"(?<![\d.])(?P<value>\d{1,2}(?:\.\s?\d{1,2})?)"
_MAGNITUDE = re.compile(
    r"\b(?:"
    rf"magnitude(?:\s+of)?\s+{_VALUE}(?!\d|[.,]\d)"  # "a magnitude of 4.4", "magnitude 7.1"
    rf"|{_VALUE.replace('value', 'before')}(?:-|\s+)magnitude"  # "the 4.4-magnitude temblor", "a 6.2 magnitude quake"
    rf"|{_VALUE.replace('value', 'rated')}\s+in\s+magnitude"  # "rated the quake as 4.4 in magnitude"
    rf"|{_VALUE.replace('value', 'scale')}\s+on\s+the\s+Richter\s+scale"  # "measured 5.9 on the Richter scale"
    r")",
    re.IGNORECASE,
)
_MAX_MAGNITUDE = 10.0  # (no scale in news goes past it: a larger number is a count, not a magnitude)


def magnitude_refs(text: str, out: ArticleChains) -> None:
    """Adds each magnitude the body gives as a mention of the chain of its value."""
    folded = casefolded(text)
    if "magnitude" not in folded and "richter" not in folded:
        return  # (every form names one of them; the pattern tries each word boundary of a long text)
    for m in _MAGNITUDE.finditer(text):
        raw = next(v for v in m.groups() if v is not None)
        value = raw.replace(" ", "")
        try:
            number = float(value)
        except ValueError:
            continue
        if not 0 < number <= _MAX_MAGNITUDE:
            continue
        out.refs.append(Ref("text", m.start(), m.end(), m.group(0), "amount", f"amount:magnitude {number:g}", "thing"))


# A sum of money: a currency sign or code before the number, or a currency's name after it;
# "£1.7m", "$2. 6 million" (ECB+-like captures put a space after the point), "2 million euros"
_NUMBER = r"\d+(?:[.,]\s?\d+)*"
_SCALE = r"(?:[\s-]?(?:million|billion|trillion|bn|m|k)\b)?"
_MONEY = (rf"(?:(?:US|A|C|NZ|HK)?[$£€]\s?{_NUMBER}{_SCALE}"
          rf"|{_NUMBER}{_SCALE}\s(?:euros?|pounds?|dollars?)\b)")
# the thing a sum is the value of: "watches worth £1.7m", "jewelry valued at over $2.6 million",
# "watches estimated to be worth 2 million euros"; and a converted sum in brackets after it
_VALUED = re.compile(
    r"\b(?P<head>[A-Za-z]+)\s+(?:(?:is|are|was|were)\s+)?"
    r"(?:worth|valued\s+at|estimated\s+(?:to\s+be\s+worth|at))\s+"
    r"(?:(?:about|around|nearly|almost|over|more\s+than|some|an\s+estimated|at\s+least)\s+)?"
    rf"(?P<sum>{_MONEY})(?:\s+\((?P<converted>{_MONEY})\))?",
)


def money_refs(text: str, out: ArticleChains) -> None:
    """Adds each sum the body gives as the value of a thing ("watches worth £1.7m") as a mention
    of the chain of that thing's value, keyed by the thing's noun: two outlets giving the value
    of the watches name one referent, in their own currencies ("£1.7m" / "$2.6 million"). A noun
    valued at two sums in one article is left out (which is which cannot be told), and so is a
    word before "worth" that is no noun ("it is worth", "well worth")."""
    by_head: dict[str, list[tuple[list[tuple[int, int]], set[str]]]] = {}
    if "worth" not in text and "valued" not in text and "estimated" not in text:
        return  # (the pattern needs one of them, as written; it would try every word of the text)
    for m in _VALUED.finditer(text):
        word = m.group("head").casefold()
        # a noun the lexicon knows, or a plural of a noun it leaves out ("watches")
        head = nouns().lemma(word) or (singular(word) if word.endswith("s") and singular(word) != word else None)
        if head is None or word in CLOSED_CLASS:
            continue
        spans = [(m.start("sum"), m.end("sum"))]
        if m.group("converted"):
            spans.append((m.start("converted"), m.end("converted")))
        by_head.setdefault(head, []).append((spans, {_folded_sum(text[s:e]) for s, e in spans}))
    for head, found in by_head.items():
        sums = found[0][1]
        if not all(told & sums for _, told in found):
            # two sums for one noun ("$2.6 million", later "2 million euros ($2.6 million)" is one):
            # two things, or a discrepancy to read, never one label
            continue
        for spans, _ in found:
            for s, e in spans:
                out.refs.append(Ref("text", s, e, text[s:e], "amount", f"amount:value of {head}", "thing"))


def _folded_sum(written: str) -> str:
    return re.sub(r"\s", "", written).casefold()
