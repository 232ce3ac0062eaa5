"""A work's or product's name and its class noun: "the film New Moon", "BBC sci-fi series Doctor
Who", "its new smartphone BlackBerry Storm" introduce a name with the class of thing it is, and a
model year a vehicle's ("a 2007 Toyota Camry"); a later "the film", "the show", "the car" (every
mention definite but an "a vehicle" that opens the chain) stands for it when it is the one thing of
a related class (nouns.tsv senses: "film" / "movie", "car" / "vehicle") the pair names so. Then
the description joins that name's referent in either article, so "the film" on one side and "New
Moon" on the other make a contrast. Never with two things of the class named ("the film Red Sky"
and "the film Blue Tide": the reader cannot tell which), never a person, a place or a body ("the
company Apple" is a group's noun), never in an article that names another thing of its own.
"""

from __future__ import annotations

import functools

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.naming.chain_tools import _chain_kind
from sidebyside.compare.naming.chains import ArticleChains
from sidebyside.compare.naming.events import _YEAR
from sidebyside.compare.naming.words import _RANKING
from sidebyside.compare.nouns import NounLexicon
from sidebyside.compare.termdata import naming_data
from sidebyside.settings import DEFAULT, NamingSettings

_NOT_THINGS = ("person", "place", "time", "event", "organisation")
_PREFIXED = ("role:", "venue:", "time:", "event:")
# WordNet kinds of a class noun a work or product is named with ("film", "series": communication;
# "smartphone", "car": artifact)
_CLASS_KINDS = ("artifact", "communication")
_DEFINITE = frozenset({"the", "this"})


def classed_name_maps(views: tuple[ArticleView, ArticleView], sides: tuple[ArticleChains, ArticleChains],
                      maps: tuple[dict[str, str], dict[str, str]], nouns: NounLexicon,
                      settings: NamingSettings = DEFAULT.compare.naming) -> None:
    """Map each plain definite description of a class noun to the referent of the one name the
    pair introduces with a related class noun (maps: each article's chain -> pair key). A
    description both articles share ("the vessel" / "the stricken vessel") moves on both sides."""
    if not settings.classed_names:
        return
    classed = [_classed_names(views[side], sides[side], nouns) for side in (0, 1)]
    if not classed[0] and not classed[1]:
        return  # (most pairs)
    moved: dict[str, str] = {}  # pair key of a description -> pair key of the name it stands for
    for side in (0, 1):
        things: set[str] | None = None  # (read at the first description that finds one referent)
        for chain, head in _plain_descriptions(sides[side], nouns).items():
            if chain in maps[side]:
                continue  # (joined already: never another join's)
            referents = {maps[s].get(name, name) for s in (0, 1) for name, classes in classed[s].items()
                         if any(nouns.related(head, c) for c in classes)}
            if len(referents) != 1:
                continue
            if things is None:
                things = {maps[side].get(c, c) for c in _thing_names(sides[side])}
            if not things or referents <= things:
                # (an article that names other things than the one the other names may mean
                # its own: "INS Tabar, a frigate" there, "MV Gibe" and "the ship" here)
                moved[chain] = next(iter(referents))
    if not moved:
        return
    for side in (0, 1):
        for chain in {r.chain for r in sides[side].refs}:
            key = maps[side].get(chain, chain)
            if key in moved:  # (and "the car" the pair joined to this "the vehicle" before)
                maps[side][chain] = moved[key]


def _thing_names(chains: ArticleChains) -> set[str]:
    """The chains of an article's names of things or works (no person, place or body)."""
    named = {r.chain for r in chains.refs if r.field == "text" and r.form == "name" and not r.chain.startswith(_PREFIXED)}
    return {chain for chain in named if _chain_kind(chains, chain) not in _NOT_THINGS}  # (each chain's kind read once)


def _classed_names(view: ArticleView, chains: ArticleChains, nouns: NounLexicon) -> dict[str, set[str]]:
    """Name chain -> the class nouns written right before one of its names ("series Doctor Who",
    "the film New Moon"; a model year's, naming.json model_year_classes: "a 2013 Toyota
    Camry"), of things or works, never of people, places or bodies. (A class noun after a name
    is most often a body's branch or another thing: "the Waitrose store", "a QWERTY device".)"""
    out: dict[str, set[str]] = {}
    tokens = view.tokens
    for ref in chains.refs:
        if ref.field != "text" or ref.form != "name" or ref.chain.startswith(_PREFIXED):
            continue
        first = view.token_at_start.get(ref.start)
        if first is None or first == 0 or tokens[first].gap != " " or tokens[first - 1].cap:
            continue  # (a capitalised word before the name is neither a class noun nor a year)
        model_year = tokens[first - 1].text[:1].isdigit() and _after_model_year(tokens, first)
        if not model_year and not _is_class_noun(tokens[first - 1], nouns):
            continue  # (most names: no class noun before them; asked first, as the cheapest test)
        if _chain_kind(chains, ref.chain) in _NOT_THINGS:
            continue
        following = view.token_at_start.get(ref.end + 1)
        if following is not None and tokens[following].gap == " " and not tokens[following].cap \
                and nouns.is_common_noun(tokens[following].norm):
            continue  # the name is a modifier ("the office Christmas party", "a Los Angeles hospital")
        out.setdefault(ref.chain, set()).update(_model_year_classes() if model_year else (tokens[first - 1].norm,))
    return out


def _after_model_year(tokens, first: int) -> bool:
    """Whether the name at token ``first`` follows "a" or "an", a year and at most two lower-case
    words ("a 2013 Toyota Camry", "a grey 2013 Camry"): a model year, a made vehicle's."""
    if first < 2 or not _YEAR.fullmatch(tokens[first - 1].text):
        return False
    k = first - 2
    while k >= 0 and first - 2 - k < 2 and tokens[k].norm not in ("a", "an") and not tokens[k].cap \
            and tokens[k].text.isalpha() and tokens[k + 1].gap == " ":
        k -= 1
    return k >= 0 and tokens[k].norm in ("a", "an") and tokens[k + 1].gap == " "


@functools.lru_cache(maxsize=1)
def _model_year_classes() -> frozenset[str]:
    return frozenset(naming_data()["model_year_classes"]["nouns"])


def _is_class_noun(tok, nouns: NounLexicon) -> bool:
    """Whether the word is a lower-case noun of a thing or a work ("film", "smartphone")."""
    if tok.cap or tok.possessive:
        return False
    kinds = nouns.kinds.get(tok.norm)
    return bool(kinds) and kinds[0] in _CLASS_KINDS


def _plain_descriptions(chains: ArticleChains, nouns: NounLexicon) -> dict[str, str]:
    """Chain of descriptions -> its head noun, when every mention is a plain definite one of the
    same noun ("the film", "this device"), the first one maybe indefinite ("a vehicle ... the
    vehicle"): no modifier that names it apart ("a live BBC One
    show"), no year or rank that tells another of its class ("the 1991 movie", "the second film")."""
    heads: dict[str, set[str]] = {}
    broken: set[str] = set()
    definite: set[str] = set()  # (a chain of "a movie" alone introduces one, and refers to none)
    # (the descriptions picked out first, then put in text order: the same order, a shorter sort)
    for ref in sorted((r for r in chains.refs if r.field == "text" and r.chain.startswith("role:")), key=lambda r: r.start):
        if ref.chain in broken:
            continue  # (left out whatever its other mentions say)
        if ref.form != "description" or ref.chain.count(":") != 1 or ref.head is None:
            broken.add(ref.chain)
            continue
        words = ref.text.lower().split()
        opening = words[0] if words else ""
        if not (opening in _DEFINITE or (opening in ("a", "an") and ref.chain not in heads)) \
                or any(_YEAR.fullmatch(w) or w in _RANKING for w in words) \
                or any(w.isalpha() and nouns.is_common_noun(w) for w in ref.core.lower().split()[1:-1]):
            # (a noun before the head makes another class: "the merchant vessel", "a police cruiser")
            broken.add(ref.chain)
            continue
        heads.setdefault(ref.chain, set()).add(ref.head)
        if opening in _DEFINITE:
            definite.add(ref.chain)
    return {chain: next(iter(h)) for chain, h in heads.items()
            if chain not in broken and chain in definite and len(h) == 1}
