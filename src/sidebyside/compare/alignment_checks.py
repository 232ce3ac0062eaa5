"""Checks an aligned sentence pair must pass besides its model's probability (compare/matching.py).

Two sentences of one story share its names and its topic words ("Volker", "Ukraine", "call",
"inquiry") wherever they are; sentences telling one fact also share what that fact is about: a
word few sentences of either article use, or a figure. A pair that shares only the story's
actors, its dates and its recurring words tells two facts about them ("Morrison was the third
witness ... July 25 call" / "The envoy is likely to face questions about Trump's July 25 call").
"""

from __future__ import annotations

from collections.abc import Mapping, Set


def dated_numbers(ids: list[int], numbers: Set[int], times: Set[int]) -> set[int]:
    """The numbers of a sentence written next to a day or month name ("July 25", "25 July"):
    the days of dates, which place a fact as the month does and do not tell it."""
    if not times or numbers.isdisjoint(ids) or times.isdisjoint(ids):
        return set()
    last = len(ids) - 1
    return {c for k, c in enumerate(ids) if c in numbers
            and ((k > 0 and ids[k - 1] in times) or (k < last and ids[k + 1] in times))}


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
