"""Loaded-language rules read from a word's company rather than from the word alone
(compare/loaded.py calls them; the words are data in resources/terms/loaded.json).

Figurative violence: a verb of killing or destroying is plain news when it acts on people or
things ("killed five co-workers", "destroying property") and the writer's charge when it acts on
an institution, a law, a right or an abstraction ("destroy ObamaCare", "killing the economy",
"an assault on the rule of law", "dismantling nationhood"). The verb (or its noun before "on" /
"of") is reported when one of ``violence_objects`` follows within a few words of the same clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress

from sidebyside.compare.termdata import Lexicon
from sidebyside.compare.tokens import TOKEN_NORM, Token, inflections

OBJECT_REACH = 4  # words after the verb (and its preposition) searched for the object: "destroy the American economy"
# Words between the verb and its object: a preposition of the noun ("assault on", "destruction of").
_PREPOSITIONS = frozenset("on upon of against".split())
# Words that end the object's noun phrase before an object was seen: "kill them with impunity".
_STOPS = frozenset(
    "to in at for with by from and or but nor that which who whom whose as than into while when if because "
    "him her them us me you it himself herself themselves itself".split()
)
_CLAUSE_BREAK = re.compile(r"[.!?;:,()\[\]\n—–]")


@dataclass(frozen=True)
class _Violence:
    verbs: dict[str, str]  # inflected form -> the listed base form
    objects: frozenset[str]  # folded object words and their plurals


def _violence(lex: Lexicon) -> _Violence:
    found = lex.derived.get("figurative_violence")
    if found is None:
        raw = lex.loaded_context
        verbs = {form: base.casefold() for base in raw.get("violence_verbs", ()) for form in inflections(base)}
        objects = frozenset(form for word in raw.get("violence_objects", ()) for form in inflections(word))
        found = _Violence(verbs, objects)
        lex.derived["figurative_violence"] = found
    return found


def figurative_violence(tokens: list[Token], taken: set[int], lex: Lexicon) -> list[tuple[int, int, str]]:
    """(token index, 1, base form) of each verb of violence whose object is an institution, a law,
    a right or an abstraction: "destroy ObamaCare", not "destroying property"."""
    rules = _violence(lex)
    if not rules.verbs:
        return []
    norms = list(map(TOKEN_NORM, tokens))
    if rules.verbs.keys().isdisjoint(norms):
        return []
    out = []
    end = len(tokens)
    for k in compress(range(end), map(rules.verbs.__contains__, norms)):
        if k in taken or tokens[k].cap and not tokens[k].initial:
            continue
        j = k + 1
        if j < end and norms[j] in _PREPOSITIONS and not _CLAUSE_BREAK.search(tokens[j].gap):
            j += 1
        for m in range(j, min(end, j + OBJECT_REACH)):
            if _CLAUSE_BREAK.search(tokens[m].gap) or norms[m] in _STOPS:
                break
            if norms[m] in rules.objects:
                out.append((k, 1, rules.verbs[norms[k]]))
                break
    return out
