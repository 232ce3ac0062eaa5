"""Checks an aligned sentence pair must pass besides its model's probability (compare/matching.py).

Two sentences of one story share its names and its topic words ("Volker", "Ukraine", "call",
"inquiry") wherever they are; sentences telling one fact also share what that fact is about: a
word few sentences of either article use, or a figure. A pair that shares only the story's
actors, its dates and its recurring words tells two facts about them ("Morrison was the third
witness ... July 25 call" / "The envoy is likely to face questions about Trump's July 25 call").
Two sentences quoting one person may share only the attribution: two statements of that person.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence, Set

from sidebyside.compare.text import fold
from sidebyside.resources import resource_json


def dated_numbers(ids: list[int], numbers: Set[int], times: Set[int]) -> set[int]:
    """The numbers of a sentence written next to a day or month name ("July 25", "25 July"):
    the days of dates, which place a fact as the month does and do not tell it."""
    if not times or numbers.isdisjoint(ids) or times.isdisjoint(ids):
        return set()
    last = len(ids) - 1
    return {c for k, c in enumerate(ids) if c in numbers
            and ((k > 0 and ids[k - 1] in times) or (k < last and ids[k + 1] in times))}


def figures_with_units(ids: Sequence[int], words: Sequence[str], numbers: Set[int], dated: Set[int],
                       content: Callable[[str], bool]) -> set[tuple[int, int]]:
    """A sentence's figures with the word written after each, when that word can carry a fact
    ("300 miles", "60 mph", "30 saves"): two sentences giving one figure in one unit state one
    quantity, stronger evidence of one fact than a figure alone (a "2" or a "10" recurs in any
    story). Days of dates (dated) are left out, and so is a figure followed by another."""
    if numbers.isdisjoint(ids):
        return set()
    after, before = _age_words()
    out = set()
    for k in range(len(ids) - 1):
        c = ids[k]
        if c in numbers and c not in dated and ids[k + 1] not in numbers and content(words[k + 1]):
            if (k > 0 and words[k - 1] in before) or any(tuple(words[k + 1 : k + 1 + len(a)]) == a for a in after):
                continue  # an age ("a 66-year-old woman") describes a person, as a name does
            out.add((c, ids[k + 1]))
    return out


@functools.lru_cache(maxsize=1)
def _age_words() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The words of an age after its figure ("year old") and before it ("aged"), folded, from
    the quantities vocabulary the discrepancy cue reads (resources/terms/quantities.json)."""
    data = resource_json("terms/quantities.json")
    after = tuple({tuple(fold(w) for w in re.split(r"[\s-]+", a) if w) for a in data["age_words"]})
    return after, frozenset(fold(w) for w in data["age_words_before"])


def rare_figure(figures: Set[int], df_a: Mapping[int, int], df_b: Mapping[int, int], most: int) -> bool:
    """Whether one of the figures two sentences share is given by at most `most` sentences of
    each article (df_a, df_b: the sentences giving each word): a figure said again and again
    ("the 16-inch MacBook", a score) is the story's topic, one said once or twice a fact."""
    return any(df_a.get(c, 0) <= most and df_b.get(c, 0) <= most for c in figures)


def tells_a_fact(
    told: Set[int],
    times: Set[int],
    numbers: Set[int],
    dated: Set[int],
    df_a: Mapping[int, int],
    df_b: Mapping[int, int],
    info: Mapping[int, float],
    max_sentences: int,
    min_info: float,
) -> bool:
    """Whether the shared words that are not names (told) hold one that says what happened: a
    figure that is not a date's day, or a word in at most max_sentences sentences of each
    article (not the story's topic) saying at least min_info (not "said", "think", "needed")."""
    for c in told:
        if c in times or c in dated:
            continue
        if c in numbers:
            return True
        if df_a.get(c, 0) <= max_sentences and df_b.get(c, 0) <= max_sentences and info.get(c, 1.0) >= min_info:
            return True
    return False


def quoted_words(
    starts: Sequence[int],
    toks: Sequence[tuple[int, int, str]],
    id_of: Mapping[str, int],
    units: Sequence[tuple[int, int]],
    spans: Iterable[tuple[int, int]],
) -> dict[int, set[int]]:
    """For each sentence (units: its start and end) holding a quotation (spans: the quoted
    words' start and end), the word ids quoted in it. starts and toks: each word's start, and its
    (start, end, folded form), in text order; id_of: a folded word's id. Only the quoted words
    are visited (bisection finds them), not the whole text."""
    out: dict[int, set[int]] = {}
    unit_starts = [s for s, _e in units]
    after_last = len(unit_starts) - 1
    for lo, hi in spans:
        k, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        # a quotation's words a sentence at a time: the words from k on that start before the
        # next sentence are the sentence's (u: the last starting at or before word k), those
        # before its end quoted in it (two bisections a sentence, not one a word)
        while k < last:
            u = bisect.bisect_right(unit_starts, starts[k]) - 1
            following = unit_starts[u + 1] if u < after_last else None
            stop = last if following is None else bisect.bisect_left(starts, following, k, last)
            if u >= 0:
                inside = bisect.bisect_left(starts, units[u][1], k, stop)
                if inside > k:
                    out.setdefault(u, set()).update(id_of[toks[x][2]] for x in range(k, inside))
            k = stop
    return out


def attributions_only(
    told: Set[int], shared_names: Set[int], quoted_a: Set[int] | None, quoted_b: Set[int] | None
) -> bool:
    """Whether two sentences that both quote someone they both name share words outside their
    quotations only: the speaker's name and title ("..., Steve Clarke, deputy associate
    administrator, said"), two statements of one person, not one fact. A shared word quoted on
    either side is what was said; without a shared name the words outside the quotations may
    tell the fact themselves ("the producer ... has selected" / "their choice of Jackman")."""
    if not quoted_a or not quoted_b or not told or not shared_names:
        return False
    return quoted_a.isdisjoint(told) and quoted_b.isdisjoint(told)
