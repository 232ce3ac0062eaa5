"""Across the pair: a name whose first word the entity finder left out, given back its word when
the other article writes the whole name or its initials.

A name that opens a sentence with a common word and a small word ("Research in Motion today
announced ...") is read as its last word ("Motion"): a capitalised first word of a sentence may be
sentence case, and "in" ends a run of capitals. The article alone cannot tell "Research in Motion"
from "Officials in Tolby"; the other article can, when it writes "Research in Motion" inside a
sentence or the initials "RIM", and neither article writes the last word alone. Then the
mention takes the whole name, and its chain the whole name's key, which pairing joins as it
joins any name to its initials.
"""

from __future__ import annotations

from collections import Counter

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.entities import name_key
from sidebyside.compare.naming.chain_tools import _chain_keys, merge_chains
from sidebyside.compare.naming.chains import ArticleChains
from sidebyside.settings import DEFAULT, NamingSettings

# Small words inside a name that end a run of capitals ("Research in Motion", "Bank of Tolby")
_LINKS = frozenset({"in", "of", "for", "and", "&", "on", "de"})


def restore_cut_names(chains: tuple[ArticleChains, ArticleChains], views: tuple[ArticleView, ArticleView],
                      naming: NamingSettings = DEFAULT.compare.naming) -> None:
    """Give a one-word name opening a sentence after a capitalised first word and small words
    its whole span and key, when the other article writes that whole name or its initials."""
    cut = [[(ref, start) for ref in chains[side].refs
            if ref.field == "text" and ref.form == "name" and " " not in ref.chain
            and (start := _dropped_start(views[side], ref.start, naming.cut_name_max_links)) is not None] for side in (0, 1)]
    if not cut[0] and not cut[1]:
        return  # (most pairs)
    evidence = [_names_and_initials(chains[side]) for side in (0, 1)]
    others = [frozenset(_chain_keys(chains[side])) for side in (0, 1)]
    written = [Counter(r.chain for r in chains[side].refs if r.field == "text") for side in (0, 1)]
    for side in (0, 1):
        names, initials = evidence[1 - side]
        mapping: dict[str, str] = {}
        for ref, start in cut[side]:
            if ref.chain in mapping or ref.chain in others[1 - side] or written[side][ref.chain] > 1:
                # a name either article writes on its own is a name of its own ("Officials in
                # Norland said ... Norland asked")
                continue
            whole = views[side].text[start:ref.end]
            key = name_key(whole)
            if key in names or (len(key.split()) >= 3 and "".join(w[0] for w in key.split()) in initials):
                mapping[ref.chain] = key
                ref.start, ref.text = start, whole
                if ref.entity is not None:
                    chains[side].names.setdefault(ref.chain, []).append(whole)
        merge_chains(chains[side], mapping)


def _names_and_initials(chains: ArticleChains) -> tuple[frozenset[str], frozenset[str]]:
    """An article's chain keys of names of several words, and its acronyms (one word in capitals)."""
    keys = [k for k in _chain_keys(chains) if not k.startswith(("role:", "venue:", "time:"))]
    acronyms = {r.chain for r in chains.refs if r.field == "text" and " " not in r.chain
                and 2 <= len(r.text) <= 6 and r.text.isupper()}
    return frozenset(k for k in keys if " " in k), frozenset(acronyms)


def _dropped_start(view: ArticleView, start: int, max_links: int) -> int | None:
    """Where a name starting at ``start`` would start with the word it lost: a capitalised word
    opening a sentence, no name of its own, then at most ``max_links`` small words ("Research in")."""
    text = view.text
    if start < 4 or text[start - 1] != " " or text[text.rfind(" ", 0, start - 1) + 1:start - 1] not in _LINKS:
        return None  # (most names: no small word right before them, read without the tokens)
    i = view.token_at_start.get(start)
    if i is None or i < 2:
        return None
    tokens = view.tokens
    k = i - 1
    while k > 0 and i - k <= max_links and not tokens[k].cap and tokens[k].norm in _LINKS and tokens[k + 1].gap == " ":
        k -= 1
    first = tokens[k]
    if k == i - 1 or not first.cap or not first.initial or first.possessive or tokens[k + 1].gap != " " \
            or k in view.entity_at_token or tokens[k + 1].cap:
        return None
    return first.start
