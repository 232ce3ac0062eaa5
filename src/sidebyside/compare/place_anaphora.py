"""A place named, then told by its kind: "Woodburn ... the town", "the Gulf of Aden ... the
region", "Greece ... the country". A definite description of a place with nothing of its own
("the area", not "the Gaza area", "their town" or "the northern town of Jabaliya") stands for the place of its kind the article
named last, a few sentences before it at most (entities.json's place_anaphors say which kind
each noun can stand for).
"""

from __future__ import annotations

import re

from sidebyside.compare.entities import entity_words, is_facility, region_keys
from sidebyside.compare.naming import ArticleChains, merge_chains
from sidebyside.compare.termdata import naming_data
from sidebyside.settings import DEFAULT, NamingSettings

_ANAPHORS: dict[str, str] = entity_words()["place_anaphors"]
_NAMED_FORMS = frozenset(("name", "short"))
_OF_NAME = re.compile(r"\s+(?:of|where)\b")  # "the town of Gadera", "the area of the slaying", "the area where he lived": told by what follows
_WIDE_AFTER = re.compile(r"\s+(?:district|county|province|region|state|regency)\b")  # "Central Aceh district"
_WIDE_HEADS = frozenset("county province district region state".split())
_STREET_HEADS = frozenset("street road avenue boulevard lane highway".split())  # a street is no town, no area
# the nouns that tell a place is a town ("a city of 160,000 people"): "the area" or "the region"
# after it is the land around it (where a quake struck, where aid goes), never the town itself
# a place written as the point another is located by: "near X", "off X", "20 km north of X"
_NEAR_BEFORE = re.compile(r"\b(?:near|off|outside|(?:north|south|east|west)(?:east|west)?(?:ern)? of)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_SETTLEMENTS = frozenset(noun for noun, kind in _ANAPHORS.items() if kind == "town")
# nouns of a river's, a lake's, a mountain's name ("the Tesk River", "Lake Orlo"): no town (naming.json)
_FEATURES = frozenset(naming_data()["natural_features"]["heads"])
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*|\s+(?:and|or)\s+)[A-Z]")  # "Paris, Lyon and Lille": a list, no "town, county"


def place_anaphora(chains: ArticleChains, text: str, country_keys: frozenset[str],
                   settings: NamingSettings = DEFAULT.compare.naming) -> None:
    """Join each such description's chain to the place it stands for (see the module docstring).
    text: the article's body, which the chains' offsets point into."""
    named: list[tuple[int, str, str]] = []  # (end, chain, kind of place) of the places named so far
    mapping: dict[str, str] = {}
    towns: set[str] = set()  # places an earlier "the city" / "the town" stood for
    landmarks: set[int] = set()  # ends of the places written as a point to locate by ("near Manokwari")
    refs = sorted((r for r in chains.refs if r.field == "text"), key=lambda r: r.start)
    for r in refs:
        if r.kind == "place" and r.entity is not None and r.form in _NAMED_FORMS and not r.chain.startswith("venue:"):
            kind = "state" if _WIDE_AFTER.match(text, r.end) else _place_kind(r.entity.key, r.chain, country_keys)
            if kind == "place" and named and _where_it_lies(text, named[-1], r):
                kind = "state"  # "in Wellington, Somerset": Somerset is where the town lies, wider than it
            named.append((r.end, r.chain, kind))
            if _NEAR_BEFORE.search(text, max(0, r.start - 24), r.start):
                landmarks.add(r.end)
            continue
        if r.chain in mapping or r.form != "description" or r.chain not in chains.described:
            continue
        info = chains.described[r.chain]
        wanted = _ANAPHORS.get(info.role)
        if wanted is None or info.plural or info.country or info.modifier or info.possessed:
            continue
        if not all(_bare(other.text) and not _OF_NAME.match(text, other.end) for other in refs if other.chain == r.chain):
            continue  # "a town" is a new one, "that area" may point anywhere, "the northern town"
            # or "the town of Gadera" / "the area of the slaying" is told of its own, and so is
            # "the contested region"
        for end, chain, kind in reversed(named):
            if r.start - end > settings.place_anaphora_reach or (kind == "street" and wanted == "any"):
                break  # (after a street, "the area" is around it: no place the article names)
            if _fits(wanted, kind):
                if wanted == "any" and (chain in towns or end in landmarks or _SETTLEMENTS & chains.roles.get(chain, set())):
                    break  # "Bandar Abbas, a city of 500,000 ... the region", "a quake off Manokwari
                    # ... the area": the land around the town, wider than it
                if kind != "country" or not _other_country_near(chains, named, chain, r.start, settings.place_anaphora_reach):
                    mapping[r.chain] = chain
                    if wanted == "town":
                        towns.add(chain)  # told as a town ("the city") from here on
                break
    merge_chains(chains, mapping)


def _where_it_lies(text: str, before: tuple[int, str, str], r) -> bool:
    """Whether a place named right after another and a comma ("Wellington, Somerset") tells
    where the first lies: the first is a town or smaller, this one no list's next item."""
    end, _chain, kind = before
    return kind in ("place", "street", "building") and text[end:r.start] == ", " and not _LIST_GOES_ON.match(text, r.end)


def _other_country_near(chains: ArticleChains, named: list[tuple[int, str, str]], chain: str, at: int, reach: int) -> bool:
    """Whether another country is named, or told by a nationality, within reach before at:
    "relayed to the Ukrainian that U.S. aid might be freed if the country would announce"
    may mean either, and a wrong country misleads more than none."""
    if any(kind == "country" and c != chain and 0 <= at - end <= reach for end, c, kind in named):
        return True
    return any(key != chain and 0 <= at - start <= reach for start, key in chains.demonyms)


def _bare(text: str) -> bool:
    """"the area", "the city": "the" and the noun alone."""
    words = text.casefold().split()
    return len(words) == 2 and words[0] == "the"


def _place_kind(key: str, chain: str, country_keys: frozenset[str]) -> str:
    if chain in country_keys or key in country_keys:
        return "country"
    if key in region_keys() or key.rsplit(" ", 1)[-1] in _WIDE_HEADS:
        return "state"  # "Oregon", "Los Angeles County": no town
    if is_facility(key):
        return "building"
    if key.rsplit(" ", 1)[-1] in _STREET_HEADS:
        return "street"  # "roads in the area" after "the store in High Street": the area is not the street
    if key.rsplit(" ", 1)[-1] in _FEATURES or key.split(" ", 1)[0] in ("lake", "mount"):
        return "feature"  # "the Tesk River ... the town": the town is another place
    return "place"  # a town, a district, a sea: the text does not tell which


def _fits(wanted: str, kind: str) -> bool:
    if wanted == "any":
        return kind in ("place", "state", "feature")  # a country is "the country", never "the area"
    if wanted == "town":
        return kind == "place"
    return wanted == kind
