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

People as a mass of water: a noun of water or mass movement ("surge", "influx", "flow") is plain
of goods, money or water ("a surge in sales", "the flow of oil") and the writer's metaphor when
it is said of migrants: before "of" and, within ``loaded_mass_reach`` words, a noun of
``mass_people`` ("a surge of illegal migrants", "the flow of refugees"), or right after one ("the
migrant surge"); a verb of ``mass_verbs`` with such a noun for its subject right before it
("immigrants pouring into", "migrants amassing on").

Fire said of a feeling: a verb of fuel or fire ("fuel", "ignite") is plain of engines and fires
("fueled by natural gas", "ignite the fuel") and the writer's metaphor of a cause when a noun of
``fire_objects`` — a feeling, a conflict, a belief — is its object within a few words of the same
clause ("fuel divisions", "fueling the belief that", "reignite tensions"); after a determiner it is
the noun ("its fuel division"), and a cause after "by" is no object ("fueled by anger").

Judgements of people: a describing word of ``person_judgements`` ("weak", "worst") is plain of a
thing ("weak demand", "the worst storm") and the writer's judgement said of people: before a noun
of persons ("the worst presidents") or after a linking verb whose subject is one ("Biden is a
weak figure").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Container
from dataclasses import dataclass
from itertools import compress

from sidebyside.compare.termdata import Lexicon
from sidebyside.compare.tokens import Token, inflections, singular, token_norms
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
# Words before a noun: "its fuel division", "the fuel".
_DETERMINERS = frozenset("a an the this that these its his her their our my your".split())
_CLAUSE_BREAK = re.compile(r"[.!?;:,()\[\]\n—–]")
_SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass(frozen=True)
class _Violence:
    verbs: dict[str, str]  # inflected form -> the listed base form
    objects: frozenset[str]  # folded object words and their plurals
    accusations: frozenset[str]  # "accused (X) of": what follows is someone's charge, reported
    vehicles: dict[str, str]  # a simile's noun and its plural -> the listed form
    words: frozenset[str]  # the verbs' and the nouns' forms: the candidate words of a text
    of_persons: dict[str, str]  # describing words that judge only when said of people -> listed form
    mass_nouns: dict[str, str] = dataclasses.field(default_factory=dict)  # "surges" -> "surge"
    mass_verbs: dict[str, str] = dataclasses.field(default_factory=dict)  # "pouring" -> "pour"
    mass_people: frozenset[str] = frozenset()  # "migrants", "refugee", "seekers" (after "asylum")
    unborn_verbs: dict[str, str] = dataclasses.field(default_factory=dict)  # "killing" -> "kill"
    unborn_objects: frozenset[str] = frozenset()  # "baby", "babies", "unborn"
    unborn_cues: frozenset[str] = frozenset()  # words of an article about abortion
    fire_verbs: dict[str, str] = dataclasses.field(default_factory=dict)  # "fueling" -> "fuel"
    fire_objects: frozenset[str] = frozenset()  # "divisions", "anger", "belief"


def _violence(lex: Lexicon) -> _Violence:
    found = lex.derived.get("figurative_violence")
    if found is None:
        raw = lex.loaded_context
        verbs = {form: base.casefold() for base in raw.get("violence_verbs", ()) for form in inflections(base)}
        objects = frozenset(form for word in raw.get("violence_objects", ()) for form in inflections(word))
        vehicles = {form: word.casefold() for word in raw.get("simile_vehicles", ()) for form in inflections(word)}
        accusations = frozenset(w.casefold() for w in raw.get("accusation_words", ()))
        of_persons = {w.casefold(): w.casefold() for w in raw.get("person_judgements", ())}
        mass_nouns = {form: w.casefold() for w in raw.get("mass_nouns", ()) for form in inflections(w)}
        mass_verbs = {form: w.casefold() for w in raw.get("mass_verbs", ()) for form in inflections(w)}
        # of a listed phrase ("asylum seeker") its last word: _mass_person checks the word before
        mass_people = frozenset(form for w in raw.get("mass_people", ()) for form in inflections(w.casefold().split()[-1]))
        unborn_verbs = {form: w.casefold() for w in raw.get("unborn_verbs", ()) for form in inflections(w)}
        unborn_objects = frozenset(form for w in raw.get("unborn_objects", ()) for form in inflections(w.casefold()))
        unborn_cues = frozenset(w.casefold() for w in raw.get("unborn_cues", ()))
        fire_verbs = {form: w.casefold() for w in raw.get("fire_verbs", ()) for form in inflections(w)}
        fire_objects = frozenset(w.casefold() for w in raw.get("fire_objects", ()))
        words = frozenset(verbs) | frozenset(vehicles) | frozenset(of_persons) | frozenset(mass_nouns) | frozenset(mass_verbs) \
            | frozenset(unborn_verbs) | frozenset(fire_verbs)
        found = _Violence(verbs, objects, accusations, vehicles, words, of_persons, mass_nouns, mass_verbs, mass_people,
                          unborn_verbs, unborn_objects, unborn_cues, fire_verbs, fire_objects)
        lex.derived["figurative_violence"] = found
    return found


def company_hits(tokens: list[Token], taken: set[int], lex: Lexicon,
                 settings: LexicalSettings, names: Container[str]) -> list[tuple[int, int, str, str]]:
    """(token index, 1, listed form, category) of each loaded word found by its company: a verb
    of violence acting on an institution or a right, a noun of vermin or disease in a simile, a
    describing word said of people. One pass picks out the few candidate words at C speed; only
    those are read in Python. names: the capitalised words that are names in this text
    (loaded.NameWords), for a sentence's first word as a subject ("Biden is weak")."""
    rules = _violence(lex)
    out = []
    about_abortion: list[bool] = []  # found on the first ask: only a verb of killing before a baby asks
    for k in compress(range(len(tokens)), map(rules.words.__contains__, token_norms(tokens))):
        if k in taken or tokens[k].cap and not tokens[k].initial:
            continue
        word = tokens[k].norm
        if (
            word in rules.verbs and _acts_on_an_institution(tokens, k, rules.objects, settings.loaded_object_reach)
            and not _charged_with(tokens, k, rules.accusations, settings.loaded_accusation_reach)
        ):
            out.append((k, 1, rules.verbs[word], "emotive"))
        elif word in rules.vehicles and _likened(tokens, k, settings.loaded_simile_reach):
            out.append((k, 1, rules.vehicles[word], "emotive"))
        elif word in rules.of_persons and _said_of_someone(tokens, k, _persons(lex), settings.loaded_predicate_reach, names):
            out.append((k, 1, rules.of_persons[word], "evaluative"))
        elif word in rules.mass_nouns and _mass_of_people(tokens, k, rules.mass_people, settings.loaded_mass_reach):
            out.append((k, 1, rules.mass_nouns[word], "emotive"))
        elif word in rules.mass_verbs and _people_pouring(tokens, k, rules.mass_people):
            out.append((k, 1, rules.mass_verbs[word], "emotive"))
        elif word in rules.unborn_verbs and _kills(tokens, k, rules.unborn_objects, settings.loaded_unborn_reach):
            if not about_abortion:
                words = set(token_norms(tokens))
                about_abortion.append(len(rules.unborn_cues & words) >= settings.loaded_unborn_min_cues)
            if about_abortion[0]:
                out.append((k, 1, rules.unborn_verbs[word], "emotive"))
        elif (
            word in rules.fire_verbs and not (k > 0 and tokens[k - 1].norm in _DETERMINERS)
            and _acts_on_an_institution(tokens, k, rules.fire_objects, settings.loaded_object_reach)
        ):
            out.append((k, 1, rules.fire_verbs[word], "emotive"))
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


def _mass_person(tokens: list[Token], m: int, people: frozenset[str]) -> bool:
    """Whether tokens[m] is a noun of mass_people ("migrants", "refugee"); "seekers" only of
    asylum ("asylum seekers", "asylum-seekers"; not "job seekers")."""
    tok = tokens[m]
    if tok.cap and not tok.initial or tok.norm not in people:
        return False
    return not tok.norm.startswith("seeker") or (m > 0 and tokens[m - 1].norm == "asylum")


def _mass_of_people(tokens: list[Token], k: int, people: frozenset[str], reach: int) -> bool:
    """Whether the noun of mass at k is said of migrants: "of" right after it and a noun of
    people within ``reach`` words in its clause ("a surge of illegal migrants", "the inflow of
    asylum-seeking migrants"), or one right before it ("the migrant surge", "refugee flows");
    not "a surge in sales", "the flow of oil", "a wave of protests"."""
    if k > 0 and tokens[k].gap == " " and _mass_person(tokens, k - 1, people):
        return True
    j = k + 1
    if j >= len(tokens) or tokens[j].norm != "of" or _CLAUSE_BREAK.search(tokens[j].gap):
        return False
    for m in range(j + 1, min(len(tokens), j + 1 + reach)):
        if _CLAUSE_BREAK.search(tokens[m].gap) or tokens[m].norm in _STOPS:
            return False
        if _mass_person(tokens, m, people):
            return True
    return False


# Words between a subject and its verb of mass: "migrants are pouring", "refugees who poured".
_MASS_BETWEEN = frozenset("are were is was have has had been keep kept continue continued who that which".split())


def _people_pouring(tokens: list[Token], k: int, people: frozenset[str]) -> bool:
    """Whether the verb of mass at k has a noun of people for its subject just before it,
    past at most two auxiliaries or a relative pronoun ("immigrants pouring into", "migrants
    who poured across", "thousands of migrants amassing on"); not "rain poured", "fans poured
    onto the pitch", nor the verb's base form after a plural ("refugees surge" is rare; "the
    surge" is the noun)."""
    j = k - 1
    while j >= 0 and k - j <= 2 and tokens[j].norm in _MASS_BETWEEN and not _CLAUSE_BREAK.search(tokens[j + 1].gap):
        j -= 1
    if j < 0 or _CLAUSE_BREAK.search(tokens[j + 1].gap):
        return False
    return _mass_person(tokens, j, people)


def _kills(tokens: list[Token], k: int, objects: frozenset[str], reach: int) -> bool:
    """Whether the verb of killing at k (or its noun before "of") has one of objects for its
    object, past at most ``reach`` words of its clause ("killing your baby", "killing unwanted
    children", "the killing of developing humans"); not "killing time", "killed by the baby's
    father" (a stop word ends the object's phrase), nor a crime whose killer is named after the
    object ("the killing of the child by her father")."""
    j = k + 1
    if j < len(tokens) and tokens[j].norm == "of" and not _CLAUSE_BREAK.search(tokens[j].gap):
        j += 1
    for m in range(j, min(len(tokens), j + reach + 1)):
        tok = tokens[m]
        if _CLAUSE_BREAK.search(tok.gap) or tok.norm in _STOPS or tok.cap:
            return False
        if tok.norm in objects:
            # "the killing of the child by her father": a crime with its killer named, told plainly
            return not (m + 1 < len(tokens) and tokens[m + 1].norm == "by" and not _CLAUSE_BREAK.search(tokens[m + 1].gap))
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


# Linking verbs that say a describing word of their subject: "Biden is a weak figure".
_LINKING = frozenset(
    "is are was were be been being seem seems seemed remain remains remained become becomes became".split()
)
# Subjects that are people: "they are dirty", "he was weak".
_PERSON_PRONOUNS = frozenset("he she they who".split())
# Words after a describing word that make it a state of the body or a plight: "weak from hunger",
# "weak after surgery", "weak with fever".
_STATE_CAUSES = frozenset("from after with".split())
# Words between the linking verb and the describing word: "is a weak", "was among the worst",
# "is one of the worst", "are not decent".
_BEFORE_PREDICATE = frozenset("a an the so too very not also one of among considered".split())


def _persons(lex: Lexicon) -> frozenset[str]:
    """The nouns of persons and groups the attribution engine knows (officials, voters, mayor)."""
    from sidebyside.compare.attribution.vocabulary import attribution_vocabulary

    return attribution_vocabulary(lex).person_nouns


def _said_of_someone(tokens: list[Token], k: int, persons: frozenset[str], reach: int, names: Container[str]) -> bool:
    """Whether the describing word at k is said of people: before a noun of persons within two
    words ("the worst presidents", "worst debate moderator", "not decent people"), or after a
    linking verb whose subject is a person's name, a pronoun of persons or a noun of persons
    ("Biden is a weak figure", "immigrants are dirty"; a sentence's first word only where the
    text writes it as a name: not "Demand was weak"). Said of a thing it describes ("weak
    demand", "the worst storm", "dirty water")."""
    end = len(tokens)
    if k + 1 < end and (tokens[k + 1].gap == "-" or tokens[k + 1].norm in _STATE_CAUSES):
        return False  # "the worst-hit residents", "weak from hunger": a compound, a body's state
    for m in range(k + 1, min(end, k + 3)):
        if _CLAUSE_BREAK.search(tokens[m].gap) or tokens[m].norm in _STOPS:
            break
        if _person_noun(tokens[m], persons):
            return True
    j = k - 1
    while j >= 0 and k - j <= reach and tokens[j].norm in _BEFORE_PREDICATE and not _CLAUSE_BREAK.search(tokens[j + 1].gap):
        j -= 1
    if j < 1 or tokens[j].norm not in _LINKING or _CLAUSE_BREAK.search(tokens[j + 1].gap + tokens[j].gap):
        return False
    subject = tokens[j - 1]
    return (
        _person_noun(subject, persons) or subject.norm in _PERSON_PRONOUNS
        or subject.cap and not subject.initial and not subject.text.isupper()
        or subject.cap and subject.initial and subject.norm in names
    )


def _person_noun(tok: Token, persons: frozenset[str]) -> bool:
    return not tok.cap and (tok.norm in persons or singular(tok.norm) in persons)
