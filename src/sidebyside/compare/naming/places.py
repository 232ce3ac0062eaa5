"""Chain rules for places: a venue told by its kind and then by its name, a place written in a
description, a country a mention belongs to. (A business told by its kind, "the company", is
descriptions.py's: one rule for every organisation anaphor.)"""

from __future__ import annotations

import re

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.entities import region_adjective
from sidebyside.compare.naming.chain_tools import _chain_kind
from sidebyside.compare.naming.chains import ArticleChains, Ref
from sidebyside.compare.naming.descriptions import OWNED
from sidebyside.compare.naming.words import _VENUES
from sidebyside.compare.termdata import Lexicon, naming_data

_AFTER_PLACE = re.compile(r"\s+(?:of|where)\b")  # "the small town of Gadera": told by what follows


class PlaceRules:
    """ChainBuilder's rules for places and venues (a mixin: it reads the builder's lex, vocab and settings)."""

    def _venues_named(self, out: ArticleChains) -> dict[str, str]:
        """A venue told by its kind and place ("an Oregon bank", "a hotel in Biloxi") -> the one
        place or organisation the article names and also calls by that noun ("West Coast Bank ...
        the bank"), when the article tells no other venue of that kind. Its place must be a place,
        or a word of that name ("a Waitrose store" is Waitrose's, never another chain's)."""
        venues: dict[str, set[str]] = {}
        for r in out.refs:
            if r.chain.startswith("venue:"):
                venues.setdefault(r.chain.split(":")[1], set()).add(r.chain)
        if not venues:
            return {}
        named: dict[str, set[str]] = {}
        for c, roles in out.roles.items():
            if c.startswith(("venue:", "role:", "time:")) or c in out.described or c not in out.names:
                continue
            if _chain_kind(out, c) not in ("organisation", "place", "other"):
                continue
            for role in roles:
                venue = _VENUES.get(role.rsplit(" ", 1)[-1])
                if venue is not None:
                    named.setdefault(venue, set()).add(c)
        mapping = {}
        for venue, chains in venues.items():
            targets = named.get(venue, set())
            if len(chains) != 1 or len(targets) != 1:
                continue
            chain, target = next(iter(chains)), next(iter(targets))
            place = chain.split(":", 2)[2]
            if (place in self.known_places or place in self.vocab.regions or _chain_kind(out, place) == "place"
                    or set(place.split()) <= set(target.split())):
                mapping[chain] = target
        if self.settings.venue_told_by_kind:
            mapping.update(self._venue_told_by_kind(out, venues, mapping))
        return mapping

    def _venue_told_by_kind(self, out: ArticleChains, venues: dict[str, set[str]], mapping: dict[str, str]) -> dict[str, str]:
        """A venue told with its place ("the federal prison in Springfield, Mo.") and then by its
        noun alone ("died in prison", "the prison") -> one chain, when the article tells one venue
        of that kind: the noun has nothing else to stand for. Never a plural, someone's ("his
        hotel"), a venue with another place or name in it, nor one introduced by "a" (another one)."""
        joined: dict[str, str] = {}
        firsts: dict[str, set[str]] = {}
        for r in out.refs:
            if r.chain in out.described:
                firsts.setdefault(r.chain, set()).add(r.text.split(" ", 1)[0].casefold())
        for c, info in out.described.items():
            venue = _VENUES.get(info.role)
            chains = venues.get(venue or "", set())
            if (len(chains) != 1 or not c.startswith("role:") or OWNED in c or info.plural or info.country
                    or info.modifier or info.possessed or info.ranked or firsts.get(c, set()) & {"a", "an"}):
                continue
            chain = next(iter(chains))
            joined[c] = mapping.get(chain, chain)
        return joined

    def _venue_place(self, view: ArticleView, k: int, idx: int, modifier_place: str | None) -> tuple[str | None, int]:
        """The place a venue description names: a place before the noun ("the Biloxi hotel"), or
        a place after it ("a hotel in Biloxi", "a store at Sam's Club in Bloomington" takes the
        first). Returns (place key, last token of the description)."""
        tokens = view.tokens
        if modifier_place is not None:
            return modifier_place, idx
        p = idx + 1
        if p + 1 < len(tokens) and tokens[p].norm in ("in", "at", "near", "outside") and tokens[p].gap == " " and tokens[p + 1].gap == " ":
            ent = view.entity_at_token.get(p + 1)
            if ent is not None and ent.kind in ("place", "other") and ent.start == tokens[p + 1].start and ent.via == "name":
                return ent.key, view.token_at_end.get(ent.end, p + 1)
        return None, idx

    def _country_of(self, view: ArticleView, ref: Ref) -> str | None:
        """The nationality or country written in a mention's title ("Syrian President ...")."""
        i = view.token_at_start.get(ref.start)
        if i is None or ref.entity is None:
            return None
        for m in range(i, view.token_at_start.get(ref.entity.start, i)):
            ent = view.entity_at_token.get(m)
            if ent is not None and ent.kind in ("place", "group"):
                return ent.key
        return None

    def _place_described(self, view: ArticleView, out: ArticleChains) -> dict[str, str]:
        """"Haiti ... the island nation", "Tarrow ... the small coastal town": a chain of
        definite descriptions of a place with words of their own (naming.json described_places)
        -> the one place of its noun's kind the article names before it (see the about there)."""
        from sidebyside.compare.place_anaphora import _place_kind  # (place_anaphora reads this package)

        data = naming_data().get("described_places", {})
        heads, others = data.get("heads", {}), frozenset(data.get("other_place_words", ()))
        regions = _region_words(data)
        wanted = {c: heads[info.head] for c, info in out.described.items()
                  if info.head in heads and c.startswith("role:") and not (
                      info.plural or info.possessed or info.ranked or OWNED in c
                      or (info.modifier and not set(info.modifier.split()) <= regions)  # ("the Caribbean nation")
                      or (info.country and info.country in self.country_keys))}
        if not wanted:
            return {}  # (most articles)
        text = view.text
        first: dict[str, int] = {}
        ok = dict.fromkeys(wanted, True)
        worded: set[str] = set()  # chains with a description of words of its own
        for r in out.refs:
            if r.chain not in wanted or r.field != "text":
                continue
            words = r.text.casefold().split()
            first.setdefault(r.chain, r.start)
            if words[0] == "the" and len(words) == 2 and not _AFTER_PLACE.match(text, r.end):
                continue  # "the country" after "the Central Asian country": the noun alone goes with it
            worded.add(r.chain)
            if (words[0] != "the" or len(words) < 3 or others & _telling_words(r.text, self.lex, data)
                    or _AFTER_PLACE.match(text, r.end)):
                ok[r.chain] = False  # "a town", "the neighbouring country", "the town of X"
        for c in ok:
            ok[c] = ok[c] and c in worded  # ("the town" alone is place_anaphora's)
        named: dict[str, dict[str, int]] = {}  # kind -> place chain -> its first start
        for r in out.refs:
            if r.kind == "place" and r.entity is not None and r.form in ("name", "short") and r.field == "text" \
                    and not r.chain.startswith("venue:"):
                kind = _place_kind(r.entity.key, r.chain, self.country_keys)
                kind = {"place": "town"}.get(kind, kind)
                named.setdefault(kind, {}).setdefault(r.chain, r.start)
        mapping = {}
        for c, kind in wanted.items():
            within = out.described[c].country  # ("the small Surrey town": Surrey is where it is, not it)
            # (a place of that kind named only after it is none the reader can take it back to)
            places = [p for p, at in named.get(kind, {}).items() if p != within and at < first.get(c, -1)]
            if ok[c] and len(places) == 1:
                mapping[c] = places[0]
        return mapping


def _telling_words(text: str, lex: Lexicon, data: dict) -> set[str]:
    """A description's folded words, without the opener of a region's adjective: "the Central
    Asian nation", "the West African nation" tell no "central" or "west" place of a country, as
    "the central town" does."""
    words = text.split()
    adjectives = frozenset(data.get("region_adjectives", ()))
    openers = frozenset(data.get("region_openers", ()))
    return {w.casefold() for n, w in enumerate(words)
            if not (n + 1 < len(words) and (region_adjective(w, words[n + 1], lex) or (
                w.casefold() in openers and words[n + 1].casefold() in adjectives)))}


def _region_words(data: dict) -> frozenset[str]:
    """The folded words that tell in which part of the world a country lies (naming.json)."""
    return frozenset(data.get("region_openers", ())) | frozenset(data.get("region_adjectives", ()))
