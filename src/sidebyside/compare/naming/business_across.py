"""The one business of a pair, named in one article and told only by a business noun in the
other ("the grid operator Norvale Energy Networks ... the company" / "The power firm"): the
nouns by which an article calls a business (naming.json business_anaphors: company, firm,
maker, manufacturer ...) are one kind here, whichever of them each outlet picks, so the
description joins the named business when each article tells one business only.

When: the describing article tells one business, by one chain of definite descriptions with a
business noun (no "a firm": maybe another one; none owned, plural, ranked, another's, or with a
name in it), and names no organisation the other article does not name too; the other article
names one chain the article itself calls by a business noun, and describes no other business;
a place written in the description ("the Ohio firm") is one the named business is given."""

from __future__ import annotations

from sidebyside.compare.naming.chain_tools import _chain_kind, merge_chains
from sidebyside.compare.naming.chains import ArticleChains
from sidebyside.compare.naming.words import NamingVocabulary, vocabulary
from sidebyside.resources import gendered_given_names

_NOT_NAMES = ("role:", "venue:", "time:", "event:", "count:")
_OWNED = ":of-"
_ANOTHER = ":another"


def _business_descriptions(side: ArticleChains, nouns: frozenset[str]) -> list[str] | None:
    """The chains of descriptions by a business noun, or None when one of them may be another
    business than the one told (indefinite, owned, plural, ranked, another's, with a name)."""
    out = []
    for c, info in side.described.items():
        if info.head not in nouns:
            continue
        if (c.endswith(_ANOTHER) or _OWNED in c or info.plural or info.possessed or info.ranked
                or info.modifier or info.bare):
            return None
        out.append(c)
    if out:
        firsts = {r.chain: r for r in reversed(side.refs) if r.chain in out and r.field == "text"}
        if any(r.text.split(" ", 1)[0].casefold() != "the" for r in firsts.values()):
            return None  # "a building firm": a business introduced, maybe not the one named there
    return out


def _named_businesses(side: ArticleChains, nouns: frozenset[str]) -> list[str]:
    """Named chains the article itself calls by a business noun ("Norvale ... the company")."""
    return [c for c, roles in side.roles.items()
            if c in side.names and not c.startswith(_NOT_NAMES) and _chain_kind(side, c) != "person"
            and any(r.rsplit(" ", 1)[-1] in nouns for r in roles)]


def _maybe_businesses(side: ArticleChains, vocab: NamingVocabulary) -> set[str]:
    """Named chains that may be a business: an organisation's or a name of no known kind, not a
    public body's ("the Consumer Safety Commission"), and a "person" the finder guessed from
    a verb alone ("Pellow Grid Services said"): no given name first, no title or role written."""
    titled = {r.chain for r in side.refs if r.form in ("title", "role")}
    out = set()
    for c in side.names:
        if c.startswith(_NOT_NAMES) or c.rsplit(" ", 1)[-1] in vocab.public_body_heads:
            continue
        kind = _chain_kind(side, c)
        if kind in ("organisation", "other") or (
                kind == "person" and c not in titled and c.split(" ", 1)[0] not in gendered_given_names()):
            out.add(c)
    return out


def business_across(sides: tuple[ArticleChains, ArticleChains]) -> None:
    vocab = vocabulary()
    nouns = vocab.business_anaphors
    if not any(info.head in nouns for side in sides for info in side.described.values()):
        return  # (most pairs)
    for index, side in enumerate(sides):
        other = sides[1 - index]
        described = _business_descriptions(side, nouns)
        if not described or len(described) != 1 or _named_businesses(side, nouns):
            continue
        named = _named_businesses(other, nouns)
        theirs = _business_descriptions(other, nouns)
        if len(named) != 1 or theirs is None or theirs:
            continue  # none or two named there, or one told there by its noun alone: maybe another
        target = named[0]
        # ("Norvale" of "Norvale Energy Networks": a short form left a chain of its own, no other)
        others = {c for c in _maybe_businesses(other, vocab) - {target} if not target.startswith(c + " ")}
        if others or _maybe_businesses(side, vocab) - set(other.names):
            continue  # another name there, or one here alone, that may be a business: maybe the one described
        country = side.described[described[0]].country
        if country and country not in other.countries.get(target, ()):
            continue
        merge_chains(side, {described[0]: target})
