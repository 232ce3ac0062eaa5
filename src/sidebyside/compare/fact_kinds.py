"""Checks of kind on a sentence pair the alignment is about to take as one fact (compare/matching.py).

Two sentences can share many words and still tell two facts, by their kind rather than their words:
- two events of one kind (two cable cuts three years apart): when the relatedness verdict is
  "unclear", two sentences that name weekdays, or years, and share none date two events, unless
  they are alike enough to be one statement told with another day (the discrepancy cue's case:
  "a fire ripped through their church on Friday" / "... destroyed their church on Saturday");
- the story's event and its history: a lead ("About 2,000 residents were evacuated after the
  river burst its banks") is not one fact with a sentence of an earlier time ("Locals say the
  river has burst its banks twice in a generation", "In 1953 the river flooded the town").

The dates are the discrepancy cue's statements (compare/discrepancy.StatedSentences), read once
per sentence for both stages. Vocabulary: resources/terms/alignment.json, and the discrepancy
cue's words opening a sentence on an earlier time (resources/terms/quantities.json).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from sidebyside.calendar_words import months
from sidebyside.compare.discrepancy import StatedSentences, opens_on_an_earlier_time
from sidebyside.compare.matching import ONE_FACT, TWO_EVENTS, TWO_FACTS
from sidebyside.resources import resource_json
from sidebyside.settings import DEFAULT, LexicalSettings
from sidebyside.wordpattern import alternation


_REPETITION_REACH = 6  # words from "twice" to the span it counts over ("twice in a generation")


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a repetition over a span of time, or a phrase of history; a past time opening a sentence)."""
    data = resource_json("terms/alignment.json")
    repeated = alternation(data["repeated"], spaced=True)
    spans = alternation(data["spans"], spaced=True)
    history = re.compile(
        rf"\b(?:(?:{repeated})\b(?:\W+\w+){{0,{_REPETITION_REACH}}}?\W+(?:{spans})\b"
        rf"|(?:{alternation(data['alone'], spaced=True)})\b)", re.IGNORECASE)
    month_names = alternation(months(abbreviations=False), spaced=True)
    opening = re.compile(rf"[\W_]*(?:back\s+)?in\s+(?:early\s+|late\s+|mid-?)?(?:1[5-9]\d\d|20\d\d|(?:{month_names})\b)",
                         re.IGNORECASE)
    return history, opening


def of_an_earlier_time(sentence: str) -> bool:
    """Whether a sentence tells the history of the story's subject rather than its event: it
    opens on an earlier time ("In 1953,", "In February,", "Earlier,", "Last year"), or counts
    how often a thing has happened over a span ("twice in a generation", "has frequently failed
    since late 2007"). An earlier time said in passing ("which launched earlier this month",
    "earned the honour last season") leaves the sentence the event's."""
    history, opening = _patterns()
    return bool(opens_on_an_earlier_time(sentence) or opening.match(sentence) or history.search(sentence))


def _days(stated: list, kind: str) -> dict[object, object]:
    """The weekdays (or years) a sentence states, each with what it dates (the discrepancy cue's
    reading: "said" in "the board said Friday", "cut" in "a cable cut on Tuesday")."""
    return {x.value: x.thing[1] for x in stated if x.kind == "date" and x.thing is not None and x.thing[0] == kind}


def days_clash(stated_a: list, stated_b: list) -> bool:
    """Whether two sentences both name weekdays, or both years, share none, and date no same
    word with them ("the board said Friday" / "a cable cut on Tuesday", "in 2008" / "since
    2011"). One word dated with two days ("a fire ripped through their church on Friday" /
    "... destroyed their church on Saturday") is one fact told with another day: the discrepancy
    cue flags it."""
    for kind in ("weekday", "year"):
        days_a, days_b = _days(stated_a, kind), _days(stated_b, kind)
        if days_a and days_b and days_a.keys().isdisjoint(days_b.keys()):
            dated_a, dated_b = set(days_a.values()) - {None}, set(days_b.values()) - {None}
            if dated_a.isdisjoint(dated_b):
                return True
    return False


class FactKinds:
    """The veto of the alignment (matching.align_sentences): called with a candidate pair's two
    sentence indexes, its probability and its similarity, it says ONE_FACT (no objection), TWO_FACTS (the two
    sentences tell two facts by their kind: the pair is not taken, each may take another
    partner) or TWO_EVENTS (their dates tell two events of one kind: nor does either sentence
    take a less probable partner, which would tell the other article's event less well still)."""

    def __init__(
        self,
        texts: tuple[str, str],
        sentences: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]],
        stated: tuple[StatedSentences, StatedSentences],
        unclear: bool,
        settings: LexicalSettings = DEFAULT.compare.lexical,
    ):
        self._texts, self._sentences, self._stated = texts, sentences, stated
        self._unclear, self._settings = unclear, settings
        self._earlier: tuple[dict[int, bool], dict[int, bool]] = ({}, {})

    def _of_an_earlier_time(self, side: int, k: int) -> bool:
        known = self._earlier[side]
        if k not in known:
            start, end = self._sentences[side][k]
            known[k] = of_an_earlier_time(self._texts[side][start:end])
        return known[k]

    def __call__(self, i: int, j: int, probability: float, similarity: float) -> int:
        settings = self._settings
        if self._unclear and similarity < settings.align_unclear_clash_similarity and days_clash(
                self._stated[0](*self._sentences[0][i]), self._stated[1](*self._sentences[1][j])):
            return TWO_EVENTS  # "said Friday" / "cut on Tuesday" in two stories that may be two events
        lead = settings.align_lead_sentences
        if lead:
            for (x, side_x), (y, side_y) in (((i, 0), (j, 1)), ((j, 1), (i, 0))):
                if x < lead <= y and not self._of_an_earlier_time(side_x, x) and self._of_an_earlier_time(side_y, y):
                    return TWO_FACTS  # the event's lead against its subject's history
        return ONE_FACT
