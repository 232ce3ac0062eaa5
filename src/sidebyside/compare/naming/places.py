"""Chain rules for places: a venue told by its kind and then by its name, a place written in a
description, a country a mention belongs to."""

from __future__ import annotations

import re
from collections import Counter

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.entities import name_key
from sidebyside.compare.naming.chain_tools import _chain_kind, _person_like, numbered_products
from sidebyside.compare.naming.chains import ArticleChains, Ref
from sidebyside.compare.naming.words import _VENUES

_OWNER = re.compile(r"['’]s\b")


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
        return mapping

    def _business_told_by_kind(self, view: ArticleView, out: ArticleChains) -> dict[str, str]:
        """"Microsoft ... the company", "Apple launched ... the company's largest laptop": a
        chain of definite descriptions of a business left of its own (no join by its noun or the
        organisation the article keeps naming) -> the one business the article names before it.
        Only when one organisation is named before its first mention (else one name of no known
        kind, when no organisation is named at all), none of them a news outlet, an institution
        ("the Justice Department") or a government seat, and no purchase or merger is told (then
        "the company" may be either side)."""
        leftover = {c: info for c, info in out.described.items()
                    if info.head in self.vocab.business_anaphors and not (info.plural or info.possessed or info.country
                                                                or info.modifier or info.ranked)}
        if not leftover or any(w in self.vocab.deal_words for w in view.text.casefold().split()):
            return {}
        first: dict[str, int] = {}
        for r in out.refs:
            if r.field == "text":
                first.setdefault(r.chain, r.start)
        for e in view.entities:  # (a name inside another's title counts: "Apple CEO Steve Jobs")
            if e.key in out.names and e.start < first.get(e.key, len(view.text)):
                first[e.key] = e.start
        for key, at in out.in_titles.items():  # (a title's word that is no entity of its own)
            if key in out.names and at < first.get(key, len(view.text)):
                first[key] = at
        media = {name_key(m) for m in self.lex.media}
        words_of_names = {w for k in out.names if " " in k for w in k.split()}
        counts = Counter(r.chain for r in out.refs if r.field == "text")
        products = numbered_products(view, out.refs)  # "IE 8 ... IE 9": a product, no business
        mapping = {}
        for c, info in leftover.items():
            mentions = [r for r in out.refs if r.chain == c and r.field == "text"]
            if not mentions or not all(r.text.split()[0].casefold() == "the" and not _OWNER.search(r.text) for r in mentions):
                continue  # "a company", "that firm": another one, or one told elsewhere; "the
                # 27-year-old's firm": no description of a business
            before = {k for k, at in first.items() if at < first[c] and k in out.names
                      and not k.startswith(("role:", "venue:", "time:")) and k not in media
                      and k not in self.vocab.seats and k not in self.country_keys
                      and k.rsplit(" ", 1)[-1] not in self.vocab.public_body_heads | self.vocab.outlet_heads}
            found = [k for k in before if _chain_kind(out, k) == "organisation"]
            if not found:
                # else a name of no known kind the article keeps naming ("Apple" seven times), never
                # a place, a person or a word of a longer name ("LaCalamita", "Web" of "Web browser")
                found = [k for k in before if _chain_kind(out, k) == "other" and k not in out.located
                         and k not in self.known_places and not _person_like(out, k) and k not in words_of_names
                         and counts[k] >= 2 and k not in products]
            if len(found) == 1:
                mapping[c] = found[0]
        return mapping

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
