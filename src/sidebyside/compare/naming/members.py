"""A body told by its members: "Local councillors said the field would stay shut" for "Darnley
District Council said", "jurors" for "the jury" (naming.json member_bodies: member noun -> the
noun of the body). A plural of a member noun, written with no count ("three councillors" are
some of them) and no possessor, rank or other name in it ("Labour councillors" are a party's),
joins the one chain the other article names or describes by the body's noun ("Darnley District
Council", "the council"), when its own article tells no such body."""

from __future__ import annotations

import functools
import re

from sidebyside.compare.distinctive import number_words
from sidebyside.compare.naming.chain_tools import _chain_kind, merge_chains
from sidebyside.compare.naming.chains import ArticleChains
from sidebyside.compare.termdata import naming_data

_NOT_NAMES = ("role:", "event:", "time:", "venue:")
# words that make a plural of members some of them, not the body: a count (the number words of
# the quantities vocabulary: "three", "dozens", "hundreds") or a share
_SHARES = frozenset("a an some many few most all both other others any no each".split())
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[\w'’]+")


@functools.cache
def member_bodies() -> dict[str, str]:
    """naming.json member_bodies: member noun (singular) -> the noun of its body."""
    return dict(naming_data().get("member_bodies", {}).get("members", {}))


def _member_chains(side: ArticleChains, members: dict[str, str], text: str) -> dict[str, str]:
    """The chains of descriptions of members told as a body -> the body's noun."""
    found = {}
    for c, info in side.described.items():
        body = members.get(info.head)
        if (body is None or not info.plural or not c.startswith("role:") or info.possessed or info.ranked
                or info.modifier or ":of-" in c or ":by:" in c):
            continue
        found[c] = body
    if not found:
        return found
    for r in side.refs:
        if r.chain in found and r.field == "text":
            # the words before the mention too: a bare plural's mention is its noun alone
            before = _WORD.findall(text[max(0, r.start - 40):r.start].casefold())[-3:]
            words = before[-1:] + r.text.casefold().split()[:-1]
            if (r.chain in side.counted or _DIGIT.search(r.text) or any(w in _SHARES or w in number_words() for w in words)
                    or before[-1:] == ["of"] or before[-2:] == ["of", "the"] or any(w.endswith(("'s", "’s")) for w in r.text.split())):
                found.pop(r.chain)  # "three councillors", "some of the councillors", "the council's members"
        elif r.chain in found:
            found.pop(r.chain)  # (a headline's mention: no words around it to read)
    return found


def _bodies(side: ArticleChains, noun: str) -> set[str]:
    """The chains an article names with the noun as a word of the name ("Darnley District
    Council") or describes by the noun alone ("the council", "the Texas jury")."""
    out = set()
    for c in side.names:
        if not c.startswith(_NOT_NAMES) and noun in c.split() and _chain_kind(side, c) in ("organisation", "other"):
            out.add(c)
    for c, info in side.described.items():
        if (info.head == noun and not info.plural and not info.possessed and not info.ranked and not info.modifier
                and c.startswith("role:") and ":of-" not in c):
            out.add(c)
    return out


def members_across(sides: tuple[ArticleChains, ArticleChains], texts: tuple[str, str]) -> None:
    """Each article's chain of members told as a body -> the one body of theirs the other
    article tells, when its own tells none. texts: the two bodies (Article.text)."""
    members = member_bodies()
    if not members:
        return
    told = [_member_chains(side, members, text) for side, text in zip(sides, texts)]
    if not any(told):
        return  # (most pairs)
    for index, side in enumerate(sides):
        mapping = {}
        for c, noun in told[index].items():
            info = side.described[c]
            own, theirs = _bodies(side, noun), _bodies(sides[1 - index], noun)
            if info.country is not None:
                # "Darnley councillors": only a body with the place in its name
                own = {b for b in own if info.country in b}
                theirs = {b for b in theirs if info.country in b}
            if not own and len(theirs) == 1:
                # (an article that tells the body itself too keeps its members apart: "the jury"
                # and "jurors" in one article are one naming both articles share)
                mapping[c] = next(iter(theirs))
        merge_chains(side, mapping)
