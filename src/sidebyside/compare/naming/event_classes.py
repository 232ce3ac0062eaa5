"""The story's event named by two nouns of one class ("the grounding" / "the accident", "the
theft" / "the heist", "the takeover" / "the deal"): events.py gives each description the key of
its noun's group, so two articles that pick nouns of different groups never meet. Here they
take one key when the event is anchored alike in both: each article tells that class by one
event chain only (two crashes told: the reader cannot tell which is the other's), any place
written in the description is the same on both sides, and the two articles' story days are one
day (times.link_times). Classes: naming.json event_noun_classes."""

from __future__ import annotations

import functools
import re

from sidebyside.compare.naming.chain_tools import _chain_kind, merge_chains
from sidebyside.compare.naming.chains import ArticleChains
from sidebyside.compare.termdata import naming_data
from sidebyside.compare.times import link_times

_EVENT = "event:"


@functools.cache
def event_classes() -> dict[str, int]:
    """Event key (a group's first noun) -> its class's number."""
    groups = naming_data().get("event_noun_classes", {}).get("groups", ())
    return {key: n for n, group in enumerate(groups) for key in group}


def _class_chains(side: ArticleChains, classes: dict[str, int]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for r in side.refs:
        if r.chain.startswith(_EVENT) and r.field == "text":
            n = classes.get(r.chain.split(":", 2)[1])
            if n is not None:
                out.setdefault(n, set()).add(r.chain)
    return out


def _same_day(sides: tuple[ArticleChains, ArticleChains]) -> bool:
    """Whether both articles date their story to one day (each one's first day near its top,
    paired across)."""
    a, b = sides
    if a.story_day is None or b.story_day is None:
        return False
    linked = link_times((a.times, b.times), (a.story_day, b.story_day), bool(a.story_words & b.story_words))
    key = linked[0].get(a.story_day)
    return key is not None and linked[1].get(b.story_day) == key


def event_class_across(sides: tuple[ArticleChains, ArticleChains]) -> None:
    """The one event chain of a class in each article, of different nouns, takes the first
    article's key on the second side (see the module docstring for when)."""
    classes = event_classes()
    if not classes:
        return
    found = [_class_chains(side, classes) for side in sides]
    shared = found[0].keys() & found[1].keys()
    if not shared or not _same_day(sides):
        return  # (most pairs)
    mapping = {}
    for n in shared:
        ours, theirs = found[0][n], found[1][n]
        if len(ours) != 1 or len(theirs) != 1:
            continue
        a, b = next(iter(ours)), next(iter(theirs))
        key_a, _, place_a = a[len(_EVENT):].partition(":")
        key_b, _, place_b = b[len(_EVENT):].partition(":")
        if key_a == key_b or (place_a and place_b and place_a != place_b):
            continue  # one noun's group: paired by its key already; two places: two events
        mapping[b] = a
    merge_chains(sides[1], mapping)


def named_event_across(sides: tuple[ArticleChains, ArticleChains]) -> None:
    """An event one article names ("The Brightwater Festival", which its "the festival" joined:
    events.py gives the name the role "event:<key>") and the other tells by the noun alone ("the
    festival"), naming no event of that noun -> one key: the plain chain takes the name's, as
    body_across does for "police" and the Staunton Police Department."""
    named_by: list[dict[str, list[str]]] = []
    for side in sides:
        named: dict[str, list[str]] = {}
        for c, roles in side.roles.items():
            for role in roles:
                if role.startswith(_EVENT) and c in side.names and _chain_kind(side, c) != "person":
                    named.setdefault(role[len(_EVENT):], []).append(c)
        named_by.append(named)
    if not any(named_by):
        return  # (most pairs)
    for index, side in enumerate(sides):
        named, theirs = named_by[index], named_by[1 - index]
        if not theirs:
            continue
        plain = {r.chain[len(_EVENT):] for r in side.refs if r.chain.startswith(_EVENT) and r.chain.count(":") == 1}
        mapping = {}
        for key in plain:
            found = theirs.get(key, ())
            if not named.get(key) and len(found) == 1:
                mapping[f"{_EVENT}{key}"] = found[0]
        merge_chains(side, mapping)


# A measure written as one hyphenated modifier ("the 190-metre vessel", "a 14th-century crown"):
# a number (or ordinal) and its unit. Ages and spans of time ("the 27-year-old", "a 12-day
# strike") are left out: ages belong to people (counted and people rules), spans to events.
_MEASURE = re.compile(r"(?<![\w.,-])(\d[\d,.]*(?:st|nd|rd|th)?)-([a-z]+)(?![\w-]*-old)")
_NOT_MEASURE_UNITS = frozenset("year month week day hour minute second point percent per strong man member".split())


def _measures(side: ArticleChains) -> dict[str, set[str]]:
    """Measure ("190-metre") -> the chains of descriptions whose mentions write it."""
    out: dict[str, set[str]] = {}
    for r in side.refs:
        if r.form != "description" or r.field != "text" or "-" not in r.text:
            continue
        for m in _MEASURE.finditer(r.core.casefold()):
            if m.group(2) not in _NOT_MEASURE_UNITS:
                out.setdefault(f"{m.group(1).replace(',', '')}-{m.group(2)}", set()).add(r.chain)
    return out


def measured_thing_across(sides: tuple[ArticleChains, ArticleChains]) -> None:
    """"the 190-metre vessel" / "the 190-metre giant", "the 14th-century crown" / "the
    14th-century treasure": a thing each article describes by one measure, written in one chain
    of descriptions only on each side and in no other: one thing, the second article's chain
    taking the first's key. People are left out (their ages and counts are other rules')."""
    if not any("-" in r.text for side in sides for r in side.refs if r.form == "description"):
        return  # (most pairs)
    found = [_measures(side) for side in sides]
    mapping = {}
    taken: set[str] = set()
    for measure, chains in found[1].items():
        theirs = found[0].get(measure, set())
        if len(chains) != 1 or len(theirs) != 1:
            continue
        b, a = next(iter(chains)), next(iter(theirs))
        if a == b or b in taken or not (a.startswith("role:") and b.startswith("role:")):
            continue
        if _chain_kind(sides[0], a) == "person" or _chain_kind(sides[1], b) == "person":
            continue
        mapping[b] = a
        taken.add(b)
    merge_chains(sides[1], mapping)
