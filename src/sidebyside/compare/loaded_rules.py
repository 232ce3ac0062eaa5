"""Loaded-language rules read from a word's company rather than from the word alone
(compare/loaded.py calls them; the words are data in resources/terms/loaded.json).

Figurative violence: a verb of killing or destroying is plain news when it acts on people or
things ("killed five co-workers", "destroying property") and the writer's charge when it acts on
an institution, a law, a right or an abstraction ("destroy ObamaCare", "killing the economy",
"an assault on the rule of law", "dismantling nationhood"). The verb (or its noun before "on" /
"of") is reported when one of ``violence_objects`` follows within a few words of the same clause.

Dehumanising similes: a person or a group likened to vermin or a disease ("spread like a malignant
cancer", "Like malaria-carrying mosquitoes, ...", "herded like cattle"). The noun of
``simile_vehicles`` is reported when "like" stands at most ``loaded_simile_reach`` words before it in the
same clause; the noun alone ("cancer", "mosquitoes") is plain news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress

from sidebyside.compare.termdata import Lexicon
from sidebyside.compare.tokens import TOKEN_NORM, Token, inflections
from sidebyside.settings import LexicalSettings

# Words between the verb and its object: a preposition of the noun ("assault on", "destruction of").
_PREPOSITIONS = frozenset("on upon of against".split())
# Words that end the object's noun phrase before an object was seen: "kill them with impunity".
_STOPS = frozenset(
    "to in at for with by from and or but nor that which who whom whose as than into while when if because "
    "him her them us me you it himself herself themselves itself".split()
)
# Words before "like" that make it the verb: "would like more cattle", "I do not like snakes".
_LIKE_VERB_BEFORE = frozenset(
    "i you we they he she who would could should might may will must can do does did not n't never don't doesn't "
    "didn't won't wouldn't to really also just 'd".split()
)
_CLAUSE_BREAK = re.compile(r"[.!?;:,()\[\]\n—–]")
_SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass(frozen=True)
class _Violence:
    verbs: dict[str, str]  # inflected form -> the listed base form
    objects: frozenset[str]  # folded object words and their plurals
    accusations: frozenset[str]  # "accused (X) of": what follows is someone's charge, reported
    vehicles: dict[str, str]  # a simile's noun and its plural -> the listed form
    words: frozenset[str]  # the verbs' and the nouns' forms: the candidate words of a text


def _violence(lex: Lexicon) -> _Violence:
    found = lex.derived.get("figurative_violence")
    if found is None:
        raw = lex.loaded_context
        verbs = {form: base.casefold() for base in raw.get("violence_verbs", ()) for form in inflections(base)}
        objects = frozenset(form for word in raw.get("violence_objects", ()) for form in inflections(word))
        vehicles = {form: word.casefold() for word in raw.get("simile_vehicles", ()) for form in inflections(word)}
        accusations = frozenset(w.casefold() for w in raw.get("accusation_words", ()))
        found = _Violence(verbs, objects, accusations, vehicles, frozenset(verbs) | frozenset(vehicles))
        lex.derived["figurative_violence"] = found
    return found


def company_hits(tokens: list[Token], taken: set[int], lex: Lexicon,
                 settings: LexicalSettings) -> list[tuple[int, int, str]]:
    """(token index, 1, listed form) of each loaded word found by its company: a verb of violence
    acting on an institution or a right, a noun of vermin or disease in a simile. One pass picks
    out the few candidate words at C speed; only those are read in Python."""
    rules = _violence(lex)
    out = []
    for k in compress(range(len(tokens)), map(rules.words.__contains__, map(TOKEN_NORM, tokens))):
        if k in taken or tokens[k].cap and not tokens[k].initial:
            continue
        word = tokens[k].norm
        if (
            word in rules.verbs and _acts_on_an_institution(tokens, k, rules.objects, settings.loaded_object_reach)
            and not _charged_with(tokens, k, rules.accusations, settings.loaded_accusation_reach)
        ):
            out.append((k, 1, rules.verbs[word]))
        elif word in rules.vehicles and _likened(tokens, k, settings.loaded_simile_reach):
            out.append((k, 1, rules.vehicles[word]))
    return out


def _acts_on_an_institution(tokens: list[Token], k: int, objects: frozenset[str], reach: int) -> bool:
    """Whether one of the objects follows the verb at k in its clause, within ``reach`` words
    (after its preposition): "destroy ObamaCare", "an assault on the rule of law"; not "destroying
    property", "kill them with impunity"."""
    end = len(tokens)
    j = k + 1
    if j < end and tokens[j].norm in _PREPOSITIONS and not _CLAUSE_BREAK.search(tokens[j].gap):
        j += 1
    for m in range(j, min(end, j + reach)):
        if _CLAUSE_BREAK.search(tokens[m].gap) or tokens[m].norm in _STOPS:
            return False
        if tokens[m].norm in objects:
            return True
    return False


def _charged_with(tokens: list[Token], k: int, accusations: frozenset[str], reach: int) -> bool:
    """Whether the verb at k is what someone is accused of, "accused ... of" within ``reach`` words
    before it ("accused Republicans of trying to kill Obamacare"): the accusers' charge, which the
    writer reports, not the writer's word."""
    seen_of = False
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if _SENTENCE_END.search(tokens[j + 1].gap):
            return False
        if tokens[j].norm == "of":
            seen_of = True
        elif seen_of and tokens[j].norm in accusations:
            return True
    return False


def _likened(tokens: list[Token], k: int, reach: int) -> bool:
    """Whether "like" stands at most ``reach`` words before the noun at k, in its clause, and
    reads as a simile there: "like a malignant cancer"; not "illnesses like cancer"."""
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if _CLAUSE_BREAK.search(tokens[j + 1].gap):
            return False
        if tokens[j].norm == "like":
            return _simile(tokens, j)
        if tokens[j].norm in _STOPS:
            return False
    return False


def _simile(tokens: list[Token], j: int) -> bool:
    """Whether "like" at j likens someone to what follows. "Would like", "do not like": the verb.
    Without an article "like" is often "such as" ("pests like rats", "illnesses like cancer"), so a
    bare noun is a simile only where "like" opens the clause ("Like rats, they ...") or follows a
    verb's participle ("treated like animals", "breeding like rats")."""
    opens = j == 0 or bool(_CLAUSE_BREAK.search(tokens[j].gap))
    if not opens and tokens[j - 1].norm in _LIKE_VERB_BEFORE:
        return False
    if tokens[j + 1].norm in ("a", "an"):
        return True
    return opens or tokens[j - 1].norm.endswith(("ed", "ing"))
