"""The venue of a story across a pair: where it happened, told by its kind in one article and
by name or by another description in the other ("a Somerset supermarket" / "a Waitrose
supermarket in Wellington", "a Staunton ice cream store" / "High's Ice Cream Shop", "a refugee
camp in South Sudan" / "the Yida Refugee Camp").

Each article's mentions of a venue kind (naming's venue nouns: hotel, store, bank, school,
camp, ...) are its descriptions with that head noun and its names that end in it. When each
article has exactly one referent of that kind, and at least one side only describes it, the
two are one venue. Two venues of one kind in an article (a store here, another there) join
nothing: the reader could not tell which is meant.
"""

from __future__ import annotations

import functools

from sidebyside.compare.entities import name_key, region_keys
from sidebyside.compare.naming import _VENUES, _VENUE_PARTS, ArticleChains, Ref
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.text import POSSESSIVE_DETERMINERS

_NAMED_FORMS = frozenset(("name", "short", "alias"))
_VENUE_KINDS = frozenset(("place", "organisation", "other"))
_DEFINITE = frozenset(("the", "this", "that"))


def venue_maps(sides: tuple[ArticleChains, ArticleChains], maps: tuple[dict[str, str], dict[str, str]]) -> None:
    """Join, in ``maps``, the one venue of a kind each article tells of (see the module docstring)."""
    venues = [_venues(sides[side], maps[side]) for side in (0, 1)]
    keys = [{maps[side].get(r.chain, r.chain) for r in sides[side].refs} for side in (0, 1)]
    for kind in sorted(venues[0].keys() & venues[1].keys()):
        found = (venues[0][kind], venues[1][kind])
        if not all(f.one_venue(sides[side]) for side, f in enumerate(found)):
            continue
        if found[0].named and found[1].named:
            continue  # two names (or one): a name is the article's to give, or already one
        shared = [k for k in found[0].keys if k in found[1].keys]
        if any(k in keys[1 - side] and k not in shared for side in (0, 1) for k in found[side].keys):
            continue  # a key already stands for something else in the other article
        if _places_differ(sides, found, keys):
            continue
        target = _target(found, shared)
        for side in (0, 1):
            mine = set(found[side].keys)
            for chain in {r.chain for r in sides[side].refs}:
                if maps[side].get(chain, chain) in mine:
                    maps[side][chain] = target


def _target(found: tuple["_Venues", "_Venues"], shared: list[str]) -> str:
    """The one key for all: the named venue's, else a venue told with its place ("venue:camp:
    yida", which keeps "a camp in South Sudan" / "the camp at Yida" a contrast to show), else
    the key both articles share, else side 0's first."""
    for f in found:
        if f.named:
            return f.named[0]
    for f in found:
        placed = [k for k in f.keys if k.startswith("venue:")]
        if placed:
            return placed[0]
    return shared[0] if shared else found[0].keys[0]


class _Venues:
    """An article's mentions of one venue kind: their pair keys in text order, those it names,
    whether one is anchored (named, placed "a hotel in Biloxi", or definite "the store"), and
    the places its descriptions put venues in."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.named: list[str] = []
        self.anchored = False
        self.places: set[str] = set()
        self.introduced: set[str] = set()  # places of indefinite mentions: "a Staunton store"
        self.indefinite: set[str] = set()  # keys with an indefinite mention: "a school", "a UN school"

    def add(self, key: str, named: bool, anchored: bool, place: str | None, indefinite: bool) -> None:
        if key not in self.keys:
            self.keys.append(key)
        if named and key not in self.named:
            self.named.append(key)
        self.anchored = self.anchored or anchored
        if indefinite:
            self.indefinite.add(key)
        if place:
            self.places.add(place)
            if indefinite:
                self.introduced.add(place)

    def one_venue(self, chains: ArticleChains) -> bool:
        """Whether the article tells of one venue of the kind: one name and no description it
        left apart from it ("West Coast Bank" ... "an Oregon bank" it never calls "the bank"), or
        descriptions only, in one place at most and introduced once ("an Oregon bank", "a Texas
        bank", or "a UN school" and "a school": two), with one that is more than "a hospital"."""
        if self.named:
            return len(self.keys) == 1
        places = {p for p in self.places if chains.kinds.get(p, {}).get("place")}
        return self.anchored and len(places) <= 1 and len(self.introduced) <= 1 and len(self.indefinite) <= 1


def _venues(chains: ArticleChains, own_map: dict[str, str]) -> dict[str, _Venues]:
    """Venue kind -> the article's mentions of that kind."""
    out: dict[str, _Venues] = {}
    for r in chains.refs:
        if r.field != "text":
            continue
        kind, named = _venue_kind(r, chains)
        if kind is None:
            continue
        place = r.chain.split(":", 2)[2] if r.chain.startswith("venue:") and r.chain.count(":") >= 2 else None
        first = r.text.split(" ", 1)[0].casefold()
        out.setdefault(kind, _Venues()).add(own_map.get(r.chain, r.chain), named, named or first in _DEFINITE or place is not None,
                                            place, first in ("a", "an"))
    return out


def _venue_kind(r: Ref, chains: ArticleChains) -> tuple[str | None, bool]:
    """(venue kind, named) of a mention: a description of a venue ("a hotel in Biloxi", "the
    store", "a motel room"), or a name ending in a venue noun ("High's Ice Cream Shop")."""
    if r.chain.startswith("venue:"):
        return r.chain.split(":", 2)[1], False
    if r.form == "description" and r.head and r.chain in chains.described:
        info = chains.described[r.chain]
        if info.plural or info.possessed or r.text.split(" ", 1)[0].casefold() in POSSESSIVE_DETERMINERS:
            return None, False  # "stores", "his church": no one venue, or someone's own
        head = r.head.rsplit(" ", 1)[-1]
        if head in _VENUE_PARTS:
            return None, False
        return _VENUES.get(head), False
    if r.form in _NAMED_FORMS and r.entity is not None and r.kind in _VENUE_KINDS and " " in r.entity.key:
        return _VENUES.get(r.entity.key.rsplit(" ", 1)[-1]), True
    return None, False


def _places_differ(sides: tuple[ArticleChains, ArticleChains], found: tuple[_Venues, _Venues],
                   keys: list[set[str]]) -> bool:
    """"a hotel in Biloxi" / "a hotel in Washington" where the first article also names
    Washington as a place (or the second Biloxi): two venues in two places, not one. A
    country, state or province is no such place: it holds the towns."""
    wide = _wide_places()
    for side in (0, 1):
        for place in found[1 - side].places - found[side].places - wide:
            if place in keys[side] and sides[side].kinds.get(place, {}).get("place"):
                return True
    return False


@functools.lru_cache(maxsize=1)
def _wide_places() -> frozenset[str]:
    """Name keys of countries, states and provinces: "a camp in South Sudan" and "the camp at
    Yida, South Sudan" may be one camp, told at two scales."""
    return frozenset(name_key(c) for c in lexicon().countries.values()) | region_keys()
