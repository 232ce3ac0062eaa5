"""A definite description that refers back to a name of its own article, as a reader resolves it:
"Kestrel Motors Corp. ... the Ohio-based company", "Varnu province ... the quake-hit region",
"Actress Liora Danvers ... the Oscar-winning actress". The description's head noun says the kind
of referent (a business or a team, a place of some kind, a person by a role the name was given);
it stands for the one name of that kind written in its sentence before it or in the sentences
just before (settings.resolution_sentences). Never when two names of that kind are written there
(the reader cannot tell which), nor for a description that tells another one ("another company",
"the neighbouring town", "its parent company"), someone's ("his firm"), one of several ("a
firm", "the firms") or one a name or nationality in it tells apart ("the Dutch giant" may be
another Dutch company; a name written as a compound adjective, "Ohio-based", tells where it is)."""

from __future__ import annotations

import bisect
import functools
import re

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.naming.business_across import _ANOTHER, _OWNED
from sidebyside.compare.naming.chain_tools import _chain_kind, _person_like
from sidebyside.compare.naming.chains import ArticleChains, Ref
from sidebyside.compare.naming.descriptions import _TEAM_NOUNS, _written_as_acronym
from sidebyside.compare.termdata import naming_data


class ResolvedDescriptions:
    """ChainBuilder's rule for descriptions resolved to the one compatible name before them (a
    mixin: it reads the builder's vocab, nouns, settings and known places)."""

    def _resolved_descriptions(self, view: ArticleView, out: ArticleChains) -> dict[str, str]:
        if not self.settings.resolve_descriptions:
            return {}
        # (place_anaphora reads this package: imported on use)
        from sidebyside.compare.place_anaphora import _ANAPHORS

        wanted: dict[str, str] = {}  # description chain -> "business", "person" or the kind of place it can be
        for c, info in out.described.items():
            if c in self._nationality_chains:
                wanted[c] = "national"  # "the Briton": the one person of that nationality just named
                continue
            if (not c.startswith("role:") or "@" in c or _OWNED in c or c.endswith(_ANOTHER) or info.plural
                    or info.possessed or info.ranked or info.bare):
                continue
            if (info.head in self.vocab.business_anaphors or info.head in self.vocab.org_anaphors) \
                    and info.head not in self.vocab.works:  # ("the franchise" may be a film series)
                wanted[c] = "business"
            elif info.head in _ANAPHORS and _ANAPHORS[info.head] != "country" and info.head not in _VAGUE_PLACES \
                    and not (info.country or info.modifier):
                wanted[c] = _ANAPHORS[info.head]
            elif info.modifier and not info.country and (self.head_of(info.head) or ("",))[0] == "person":
                wanted[c] = "person"  # "the Oscar-winning actress": the actress named (see below)
            elif (self.settings.resolve_by_domain and not (info.modifier or info.country)
                    and info.head in _domain_members()):
                wanted[c] = "domain"  # "the embattled lawmaker": the one legislator named (see below)
        if not wanted:
            return {}  # (most articles)
        other_words = _other_place_words()
        first: dict[str, object] = {}  # description chain -> its first body mention
        ok = dict.fromkeys(wanted, True)
        text = view.text
        for r in out.refs:
            if r.chain not in wanted or r.field != "text":
                continue
            words = r.core.casefold().split()
            first.setdefault(r.chain, r)
            info = out.described[r.chain]
            if (words[0] != "the" or r.tail or other_words.intersection(words)
                    or any(w.endswith(("'s", "’s")) for w in words[:-1])
                    or (wanted[r.chain] not in ("business", "person", "national", "domain") and len(words) < 3)):
                # "a firm", "the firm's rival", "the neighbouring town" are another one; "the
                # town" alone is place_anaphora's
                ok[r.chain] = False
            elif (info.modifier or info.country) and wanted[r.chain] != "national" \
                    and not _compound_modifier(text, r.start, r.end):
                # a name or place in it tells it apart ("the Obama team", "the Dutch giant"),
                # unless written as a compound adjective ("the Oscar-winning actress", "the
                # Ohio-based company": where it is based, what it won)
                ok[r.chain] = False
        starts = [s.start for s in view.sentence_spans()]
        named = self._named_before(view, out)
        mapping: dict[str, str] = {}
        for c, want in wanted.items():
            r = first.get(c)
            if r is None or not ok[c]:
                continue
            at = bisect.bisect_right(starts, r.start) - 1
            since = starts[max(0, at - self.settings.resolution_sentences)] if at >= 0 else 0
            window = [(chain, kind) for start, chain, kind in named if since <= start < r.start]
            found = {chain for chain, kind in window if _fits(want, kind)}
            if want == "business" and any(kind == "unknown" and chain not in found for chain, kind in window):
                continue  # a name of no known kind there may be the business meant ("the Sixers")
            if want == "person":
                # a person only by a role the name is given ("Actress Liora Danvers")
                head = out.described[c].head
                found = {chain for chain in found if head in _role_heads(out, chain)}
            if want == "national":
                found = self._of_nationality(out, found, out.described[c].country)
            if want == "domain":
                found = _sole_of_domain(out, c, r)
            if want == "business" and out.described[c].head in _TEAM_NOUNS:
                # a league or a governing body goes by its letters, a team by its name: "the
                # NCAA ... the football team" is a team of theirs, not them (as the walk's "the team")
                found = {chain for chain in found if not _written_as_acronym(out, chain)}
            if len(found) == 1:
                mapping[c] = found.pop()
        return mapping

    def _of_nationality(self, out: ArticleChains, people: set[str], country: str | None) -> set[str]:
        """Of the people named just before "the Briton", those the article gives that nationality
        ("British player Tamsin Rourke"); when it gives none of them one, all of them (one alone
        is then the one meant; a reader cannot tell two apart)."""
        told = {p for p in people if out.countries.get(p)}
        if not told:
            return people
        return {p for p in told if country in out.countries[p]}

    def _named_before(self, view: ArticleView, out: ArticleChains) -> list[tuple[int, str, str]]:
        """(start, chain, kind) of each name in the body: "business" for an organisation that "the
        company" may stand for, "unknown" for a name of no known kind, "person", or the kind of
        place (place_anaphora's) for a place."""
        from sidebyside.compare.place_anaphora import _WIDE_AFTER, _place_kind

        found = []
        for r in out.refs:
            if (r.field != "text" or r.entity is None or r.form not in ("name", "short", "title", "alias")
                    or r.chain.startswith(("role:", "venue:", "time:")) or view.text[r.end:r.end + 1] == "-"):
                continue  # ("the Oscar-winning actress": a name inside a modifier refers to nothing here)
            kind = _chain_kind(out, r.chain)
            if kind == "person":
                found.append((r.start, r.chain, "person"))
            elif kind == "place":
                if r.chain in self.country_keys:
                    continue
                found.append((r.start, r.chain, "state" if _WIDE_AFTER.match(view.text, r.end)
                              else _place_kind(r.entity.key, r.chain, self.country_keys)))
            elif kind == "organisation" and self._may_be_told_by_kind(r.chain) and r.chain not in self.known_places:
                found.append((r.start, r.chain, "business"))
            elif kind == "other" and not _person_like(out, r.chain) and r.chain not in self.known_places:
                # a name of no known kind may be a person's, a product's or a place's ("Comfort
                # 200"), never the one a description is resolved to; but it may be the business
                # meant ("the Sixers"), so none is resolved past it
                found.append((r.start, r.chain, "unknown"))
        return found


def _fits(wanted: str, kind: str) -> bool:
    if wanted == "domain":
        return True  # (chosen from the whole article before it: _sole_of_domain)
    if wanted in ("business", "person"):
        return kind == wanted
    if wanted == "national":
        return kind == "person"
    if wanted == "any":
        return kind in ("place", "state")
    if wanted == "town":
        return kind == "place"
    return wanted == kind


_VAGUE_PLACES = frozenset({"area"})  # "the hip area", "the parking area": seldom a place named


def _compound_modifier(text: str, start: int, end: int) -> bool:
    """Whether the description's capitalised words are each written as the first part of a
    hyphenated adjective ("the Oscar-winning actress", "the Ohio-based company")."""
    at = text.find(" ", start, end)  # (past the determiner: "The" opening a sentence)
    if at < 0:
        return False
    caps = list(_CAPITALISED.finditer(text, at, end))
    return bool(caps) and all(text[m.end():m.end() + 1] == "-" for m in caps)


_CAPITALISED = re.compile(r"\b[A-Z][\w.'’]*")


@functools.cache
def _other_place_words() -> frozenset[str]:
    """Words that make a description another one than the one named ("the neighbouring town",
    "a rival firm", "the combined company"): naming.json's described_places and
    another_organisation_modifiers lists."""
    data = naming_data()
    return (frozenset(data.get("described_places", {}).get("other_place_words", ()))
            | frozenset(data["another_organisation_modifiers"]["words"]))


def _role_heads(out: ArticleChains, chain: str) -> set[str]:
    """The head nouns of the roles a chain's person was given ("senator" of "state senator")."""
    return {role.rsplit(" ", 1)[-1] for role in out.roles.get(chain, ())}


@functools.cache
def _domain_members() -> dict[str, frozenset[str]]:
    """Each broad person noun ("lawmaker", "star") -> the role nouns that put a named person in
    its domain ("senator", "singer"): naming.json's person_domains."""
    found: dict[str, set[str]] = {}
    for domain in naming_data().get("person_domains", {}).get("domains", {}).values():
        for broad in domain["broad"]:
            found.setdefault(broad, set()).update(domain["members"])
    return {broad: frozenset(members) for broad, members in found.items()}


def _sole_of_domain(out: ArticleChains, chain: str, first: Ref) -> set[str]:
    """The named person a broad description ("the embattled lawmaker", "the star") stands for,
    as a reader resolves it when nothing ties the noun to a name: the one person named before it
    in the article whose role puts them in its domain ("Senator Alma Rusk"), when no other person
    is named (or described by a role of that domain) between. Nothing when the noun itself was
    given to anyone (the walk joins that bearer, or two compete), or when any other competes."""
    head = out.described[chain].head
    members = _domain_members()[head]
    if any(head in _role_heads(out, c) for c in out.roles if c != chain):
        return set()  # "Lawmaker X" ... "the lawmaker": the bearer's (the walk's), never by domain
    in_domain: set[str] = set()
    last_person = None
    for r in sorted((r for r in out.refs if r.field == "text" and r.start < first.start), key=lambda r: r.start):
        if r.chain == chain or r.form == "time":
            continue
        person = _chain_kind(out, r.chain) == "person" or _person_like(out, r.chain)
        if not person:
            continue
        roles = set(out.roles.get(r.chain, ())) | _role_heads(out, r.chain)
        if roles & members:
            if r.chain.startswith("role:"):
                return set()  # "a senator" unnamed: the reader cannot tell which one is meant
            in_domain.add(r.chain)
        last_person = r.chain
    if len(in_domain) != 1 or last_person not in in_domain:
        return set()
    return in_domain
