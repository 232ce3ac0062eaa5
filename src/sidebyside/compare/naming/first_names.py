"""Across the pair: a first name written alone ("Tom, who has stage and TV credits") is the one
person either article names in full with that first name ("Tom Rell").

A feature or a tabloid calls its subject by the first name where the other outlet writes the
surname; the entity finder leaves a capitalised word opening a sentence out (it may be sentence
case) and keys a first name mid-sentence as a name of its own, so neither joins the full name
and the person reads as "only in A". The join needs the pair: the other article's full name is
often the only one. It is made when the word is a known given name, the two articles together
name exactly one person with that first name in full, the word is never written in lower case
(a "Will" that is a verb) and it stands alone (no capitalised word beside it: "Tom Hanks" is
another person).
"""

from __future__ import annotations

from collections import Counter
from itertools import compress

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.entities import is_full_name
from sidebyside.compare.naming.chain_tools import _chain_kind, merge_chains
from sidebyside.compare.naming.chains import ArticleChains, Ref
from sidebyside.compare.tokens import token_norms, words_in_lower_case
from sidebyside.resources import gendered_given_names


def join_first_names(chains: tuple[ArticleChains, ArticleChains], views: tuple[ArticleView, ArticleView]) -> None:
    """Give each first name written alone the chain of the one full name with that first name."""
    owners = _full_names_by_first(chains)
    if not owners:
        return  # (most pairs: no first name of a full name anywhere, or two people share it)
    lower = words_in_lower_case(views[0].tokens) | words_in_lower_case(views[1].tokens)
    for side in (0, 1):
        own, view = chains[side], views[side]
        # a one-word chain that is such a first name ("Matt said"): the full name's chain
        merge_chains(own, {c: owners[c] for c in list(own.kinds)
                           if c in owners and c not in lower and _chain_kind(own, c) in ("person", "other")})
        added = _lone_first_names(view, owners, lower)
        if added:
            own.refs.extend(added)
            for ref in added:
                own.kinds.setdefault(ref.chain, Counter())[ref.kind] += 1


def _full_names_by_first(chains: tuple[ArticleChains, ArticleChains]) -> dict[str, str]:
    """Known given name -> the one person's full-name chain key the pair writes with it."""
    found: dict[str, set[str]] = {}
    names = gendered_given_names()
    for side in chains:
        for c in side.names:
            if is_full_name(c) and _chain_kind(side, c) == "person":
                first = c.split(" ", 1)[0]
                if first in names:
                    found.setdefault(first, set()).add(c)
    return {first: next(iter(keys)) for first, keys in found.items() if len(keys) == 1}


def _lone_first_names(view: ArticleView, owners: dict[str, str], lower: frozenset[str]) -> list[Ref]:
    """Mentions of the tokens that are such a first name, alone, outside names and quotations."""
    out = []
    tokens = view.tokens
    # (the tokens of those first names picked out at C speed: most tokens are none)
    for i in compress(range(len(tokens)), map(owners.__contains__, token_norms(tokens))):
        tok = tokens[i]
        key = owners[tok.norm]
        if not tok.cap or tok.norm in lower or i in view.entity_at_token:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].cap and tokens[i + 1].gap == " " and not tok.possessive:
            continue  # "Tom Hanks": another person's full name
        if i > 0 and tokens[i - 1].cap and tokens[i - 1].gap.strip() == "" and not tok.initial and tok.gap == " ":
            continue  # inside a run of capitals
        if view.in_quote(tok.start, tok.end):
            continue  # a speaker's words: no label of the outlet's
        out.append(Ref("text", tok.start, tok.end, tok.text, "short", key, "person"))
    return out
