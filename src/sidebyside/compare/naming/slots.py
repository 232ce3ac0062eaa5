"""Event slots: two chains that hold the same slot of the same event verb in two aligned
sentences are one referent ("a man was killed" / "the motorist was killed")."""

from __future__ import annotations

import bisect
import re
from typing import Iterable

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.entities import CLOSED_CLASS
from sidebyside.compare.naming.chain_tools import (
    _chain_keys, _chain_kind, _described, _description_gender, _gender_clash,
)
from sidebyside.compare.naming.chains import ArticleChains, Ref
from sidebyside.compare.naming.words import _CONJUNCTIONS, _ORDINALS, NamingVocabulary, verb_stem
from sidebyside.compare.nouns import nouns
from sidebyside.compare.tokens import Token, singular
from sidebyside.resources import gendered_given_names
from sidebyside.settings import DEFAULT, NamingSettings


_verb_stem = verb_stem


def _verb_sense(tokens: list[Token], k: int, vocab: NamingVocabulary) -> str:
    """The sense of the event verb at token k: one key for the verbs and phrases of one sense
    ("committed suicide", "hanged himself"; "was slain", "was killed"), else the verb's stem."""
    word = tokens[k].norm
    for rest, sense in vocab.verb_phrases.get(word, ()):
        end = k + 1 + len(rest)
        if end <= len(tokens) and all(tokens[k + 1 + n].norm == w and tokens[k + 1 + n].gap == " "
                                      for n, w in enumerate(rest)):
            return sense
    stem = _verb_stem(word)
    return vocab.verb_senses.get(stem, stem)


def _verb_word(tok: Token, vocab: NamingVocabulary, after_auxiliary: bool = False) -> bool:
    """A word that reads as an event verb: lower-case, alphabetic, no function word, number or
    verb of saying (two sources "said" the same thing are two sources), and a verb's form: a
    past ("-ed", "struck"), or any form after an auxiliary or "to" ("was shot", "to stop"); never a noun
    or adjective after a name ("Navy warship", "notorious Gulf")."""
    word = tok.norm
    if (tok.cap or not word.isalpha() or len(word) < 3 or word in CLOSED_CLASS or word in vocab.slot_skip
            or word.endswith("ly")):
        return False  # ("was constantly harassed": an adverb, skipped to the verb)
    if word in vocab.agent_verbs or word in vocab.slot_not_verbs:
        return False
    return after_auxiliary or word.endswith("ed") or word in vocab.irregular_pasts


def _hometown_end(view: ArticleView, ref: Ref, j: int) -> int | None:
    """The token after "of <place>" written right after a person's name ("LaSalle of
    Bloomington was charged", "Jane Doe of Fort Smith, Ark., died"), or None."""
    tokens = view.tokens
    if ref.kind != "person" or j + 1 >= len(tokens) or tokens[j].norm != "of" or tokens[j].gap != " ":
        return None
    place = view.entity_at_token.get(j + 1)
    if place is None or place.kind not in ("place", "other") or place.via != "name" or tokens[j + 1].start != place.start:
        return None
    after = view.token_at_end.get(place.end)
    return after + 1 if after is not None else None


def _of_phrase_end(tokens: list[Token], j: int, vocab: NamingVocabulary, most: int = 4) -> int:
    """The token after a short "of" phrase at j that a verb follows ("of a Palermo neighborhood
    hanged"), or j: at most ``most`` words, no punctuation, no verb inside, and it ends on a word
    that is no determiner ("of the wounded men" is no phrase the rule reads)."""
    if j >= len(tokens) or tokens[j].norm != "of" or tokens[j].gap != " ":
        return j
    m = j + 1
    while m < len(tokens) and m - j <= most and tokens[m].gap == " ":
        tok = tokens[m]
        if tok.norm in vocab.slot_skip or _verb_word(tok, vocab):
            break
        if tok.norm in _CONJUNCTIONS or tok.norm in ("who", "that", "which") or tok.possessive:
            return j
        m += 1
    if m == j + 1 or m >= len(tokens) or tokens[m].gap != " " or tokens[m - 1].norm in CLOSED_CLASS:
        return j
    if tokens[m].norm in vocab.slot_skip or _verb_word(tokens[m], vocab):
        return m
    return j


def _slots(view: ArticleView, ref: Ref, vocab: NamingVocabulary, reach: int) -> list[tuple[str, str]]:
    """The event slots a mention holds in its sentence, as (role, verb stem): the "agent" of a
    verb it is the subject of ("hackers breached"), or that names it after "by" ("killed by a
    motorist"); the "patient" of a verb it is the object of ("killed a man") or the subject of
    in the passive ("a man was killed"). A verb joined by "and" gives the same role ("LaSalle
    struck and killed her")."""
    out: list[tuple[str, str]] = []
    tokens = view.tokens
    i, last = view.token_at_start.get(ref.start), view.token_at_end.get(ref.end)
    if i is None or last is None:
        return out  # a mention that does not end on a word's end ("U.S." with its stop)
    j = last + 1
    # a possessor holds no slot of the verb before or after its phrase ("unveiled the company's
    # new laptop", "Apple's engineers built"): the phrase's head does
    owner = tokens[last].possessive
    # one of a conjunction ("workers and civil servants took to the streets", "killed a man and
    # a woman") holds no slot alone; the object of a second verb does ("killed a woman and
    # wounded two men": "and" joins the verbs)
    if (i > 0 and tokens[i - 1].norm in _CONJUNCTIONS) or (
            i > 1 and tokens[i - 2].norm in _CONJUNCTIONS and not _verb_word(tokens[i - 1], vocab)) or (
            j < len(tokens) and tokens[j].norm in _CONJUNCTIONS):
        return out
    aged = (j + 1 < len(tokens) and tokens[j].gap.strip() == "," and tokens[j].norm.isdigit()
            and tokens[j + 1].gap.strip() == ",")  # "Gaetano Lo Presti, 52, hanged himself"
    if aged:
        j += 1
    hometown = _hometown_end(view, ref, j)  # "Anthony LaSalle of Bloomington was charged"
    if hometown is not None:
        j = hometown
    else:
        j = _of_phrase_end(tokens, j, vocab)  # "The alleged Mafia boss of a Palermo neighborhood hanged himself"
    # the noun of an "of" phrase is not the subject of the verb after the phrase ("the mayor of
    # Palermo was killed", "the boss of a Palermo neighborhood hanged himself")
    d = i - (i > 1 and tokens[i - 1].norm in ("the", "a", "an") and tokens[i].gap == " ")  # "of the Oregon State Police"
    if d == i and i > 1 and tokens[i].gap == " " and (tokens[i - 1].norm.isdigit() or tokens[i - 1].norm in vocab.slot_not_verbs):
        d -= 1  # "father to two boys died": a count opens the phrase
    # nor is any other preposition's ("father to two boys died", "a man from Dallas was charged")
    of_object = d > 0 and tokens[d - 1].norm in _PREPOSITIONS and tokens[d].gap == " "
    aside = False
    if not aged and hometown is None and not (i > 0 and tokens[i - 1].norm in _PREPOSITIONS):
        after = _aside_end(tokens, j)  # "The suspect, a 61-year-old man, entered"
        if after is not None:
            j, aside = after, True
    # a relative clause set off by a comma that runs to the sentence's end ("the death of their
    # boss, who was gunned down at the party.") tells what was done to its noun as well
    comma_who = (not aside and j < len(tokens) and tokens[j].norm == "who" and tokens[j].gap.strip() == ","
                 and not tokens[j].cap)
    if j < len(tokens) and not of_object and not owner and (aged or aside or comma_who or not tokens[j].gap.strip()):
        auxiliary = passive = False
        # a relative clause of its subject ("an employee who was fired") tells what it did or
        # what was done to it as well as a verb right after it does
        relative = comma_who or (tokens[j].norm == "who" and not tokens[j].gap.strip() and not tokens[j].cap)
        for k in range(j + relative, min(len(tokens), j + relative + reach + 1)):
            tok = tokens[k]
            if k > j and tok.gap.strip():
                break
            if _verb_word(tok, vocab, auxiliary):
                role = "patient" if (passive and not tok.norm.endswith("ing")) or (
                    not auxiliary and _reduced_passive(tokens, k, vocab)) else "agent"
                out.append((role, _verb_sense(tokens, k, vocab)))
                out.extend(slot for slot in _adjunct_slots(tokens, k, vocab) if slot not in out)
                if (k + 2 < len(tokens) and tokens[k + 1].norm == "and" and not tokens[k + 1].gap.strip()
                        and not tokens[k + 2].gap.strip() and _verb_word(tokens[k + 2], vocab, auxiliary)):
                    out.append((role, _verb_sense(tokens, k + 2, vocab)))
                break
            if tok.norm not in vocab.slot_skip and not (tok.norm.endswith("ly") and tok.norm.isalpha()):
                break
            auxiliary = auxiliary or tok.norm in vocab.auxiliaries
            passive = passive or tok.norm in vocab.passive_auxiliaries
    # a past participle before a description's noun ("a fired accountant", "the wounded men") says
    # what was done to it: the patient of that verb ("an employee who was fired")
    if ref.form == "description" and i < last:
        for k in range(i, last):
            tok = tokens[k]
            if k > i and tok.gap.strip() or tok.possessive:
                break
            if tok.norm in vocab.hedges:
                continue  # "the alleged gunman": how sure the writer is, nothing done to the gunman
            if tok.norm.endswith("ed") and _verb_word(tok, vocab) and ("patient", _verb_sense(tokens, k, vocab)) not in out:
                out.append(("patient", _verb_sense(tokens, k, vocab)))
    if ref.form == "description" and not owner:
        out.extend(slot for slot in _participant_slots(view, i, last, vocab) if slot not in out)
    if 1 < i < len(tokens) and tokens[i].start == ref.start and not tokens[i].gap.strip() and not owner:
        prev, before = tokens[i - 1], tokens[i - 2]
        after_auxiliary = before.norm in vocab.auxiliaries or before.norm == "to"
        if prev.norm in vocab.slot_prepositions and not prev.gap.strip():
            if _verb_word(before, vocab, i > 2 and tokens[i - 3].norm in vocab.auxiliaries):
                out.append(("agent", _verb_sense(tokens, i - 2, vocab)))
        elif _verb_word(prev, vocab, after_auxiliary) and prev.norm not in vocab.roles:
            out.append(("patient", _verb_sense(tokens, i - 1, vocab)))
    return out


# Words that open an apposition or a relative clause set off by commas after a subject ("Smith, a
# former employee,", "Smith, who had been fired,"): ordinary English grammar.
_ASIDE_OPENERS = frozenset({"a", "an", "the", "who", "whose", "his", "her", "their", "its"})
# A noun after one of these is a preposition's object, no subject ("in Boston, police said").
# ("after", "before", "since" open clauses too: "after hackers exploited a flaw")
_PREPOSITIONS = frozenset({"in", "at", "on", "from", "to", "with", "for", "of", "by", "near",
                           "into", "over", "under", "during", "about", "against", "between"})


def _aside_end(tokens: list[Token], j: int, most: int = 12) -> int | None:
    """The token after an apposition or relative clause set off by commas at j ("The suspect, a
    61-year-old man, entered", "Kirkpatrick, who had recently been fired, opened fire"): its
    subject's verb follows. None when j opens none, or it does not close within ``most`` words
    or closes on other punctuation (a list, a quotation, a sentence's end)."""
    if j >= len(tokens) or tokens[j].gap.strip() != "," or tokens[j].norm not in _ASIDE_OPENERS:
        return None
    for m in range(j + 1, min(len(tokens), j + most + 1)):
        gap = tokens[m].gap.strip()
        if not gap or gap == "-":
            continue
        return m if gap == "," and not tokens[m].cap and tokens[m].norm not in _CONJUNCTIONS else None
    return None


# Words that end the main verb's clause before an adjunct could open ("and police said").
_CLAUSE_BREAKS = frozenset({"and", "but", "or", "who", "which", "that", "because", "said", "says"})


def _adjunct_slots(tokens: list[Token], k: int, vocab: NamingVocabulary, most: int = 12) -> list[tuple[str, str]]:
    """The slot the main verb's subject holds in an adverbial clause of an -ing verb after it
    ("A man was charged Saturday after allegedly opening fire": the man opened fire; "died while
    trying to flee"), within ``most`` words of the verb's clause; never when the clause has a
    subject of its own ("after police found him")."""
    for m in range(k + 1, min(len(tokens), k + 1 + most)):
        tok = tokens[m]
        gap = tok.gap.strip()
        if gap and not (gap == "," and tok.norm in vocab.adjunct_connectives) and gap != "-":
            return []
        if tok.norm in _CLAUSE_BREAKS:
            return []
        if tok.norm in vocab.adjunct_connectives:
            n = m + 1
            while n < len(tokens) and not tokens[n].gap.strip() and (
                    tokens[n].norm in vocab.slot_skip or (tokens[n].norm.endswith("ly") and tokens[n].norm.isalpha())):
                n += 1  # "after allegedly opening fire"
            if (n < len(tokens) and not tokens[n].gap.strip() and not tokens[n].cap and tokens[n].norm.endswith("ing")
                    and tokens[n].norm.isalpha() and tokens[n].norm not in CLOSED_CLASS
                    and tokens[n].norm not in vocab.agent_verbs):
                return [("agent", _verb_sense(tokens, n, vocab))]
            return []
    return []


def _reduced_passive(tokens: list[Token], k: int, vocab: NamingVocabulary) -> bool:
    """Whether the past at k, written after its noun with no auxiliary, is the newspaper's
    reduced passive: a verb that takes an object followed by a preposition instead of one ("a
    woman charged with murder", "the man arrested in Boston"; never "the gunman fled in a car")."""
    if k + 1 >= len(tokens) or tokens[k + 1].gap != " " or tokens[k + 1].norm not in vocab.reduced_prepositions:
        return False
    return tokens[k].norm in vocab.passive_participles or tokens[k + 1].norm == "by"


def _participant_slots(view: ArticleView, i: int, last: int, vocab: NamingVocabulary) -> list[tuple[str, str]]:
    """The slot a description's head gives it in the event its noun names: "the shooting
    suspect", "the suspect in the shooting", "the suspect in Friday's robbery" did it (agent of
    "shot", "robbed"); "the crash victim", "the victim of the attack" had it done to them. Never
    of another event of the kind ("the suspect in a previous shooting", "the 2004 attack"), nor
    of a plural event ("the shootings")."""
    tokens = view.tokens
    head = tokens[last].norm
    role = vocab.participant_roles.get(head) or vocab.participant_roles.get(singular(head))
    if role is None:
        return []
    event = None
    if last > i and tokens[last].gap == " " and not tokens[last - 1].possessive and tokens[last - 1].norm in vocab.event_noun_verbs:
        event = tokens[last - 1].norm  # "the shooting suspect"
    else:
        k = last + 1
        if k + 1 < len(tokens) and tokens[k].norm in ("in", "of") and tokens[k].gap == " ":
            # "in the shooting", "of Friday's robbery": one determiner or possessor, then the noun
            m = k + 1
            if tokens[m].norm in ("the", "this", "that's") or tokens[m].possessive:
                m += 1
            if m < len(tokens) and m > k + 1 and tokens[m].gap == " ":
                event = tokens[m].norm
                nxt = tokens[m + 1] if m + 1 < len(tokens) else None
                if (nxt is not None and not nxt.gap.strip() and nxt.norm.isalpha() and nxt.norm not in CLOSED_CLASS
                        and nxt.norm not in vocab.slot_skip and not _verb_word(nxt, vocab)):
                    event = None  # "in the shooting range": the noun is a modifier
            if any(_another(t.norm, vocab) for t in tokens[k + 1:m]):
                event = None
    if event is not None and any(_another(t.norm, vocab) for t in tokens[i:last]):
        event = None  # "the previous day's shooting suspect"
    verb = vocab.event_noun_verbs.get(event) if event else None
    if verb is None:
        return []
    stem = _verb_stem(verb)
    return [(role, vocab.verb_senses.get(stem, stem))]


def _another(word: str, vocab: NamingVocabulary) -> bool:
    """A word that makes an event noun another event of its kind ("previous", "second", "2004")."""
    return word in vocab.other_instance or word in _ORDINALS or bool(_YEAR.fullmatch(word))


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def slot_maps(views: tuple[ArticleView, ArticleView], sides: tuple[ArticleChains, ArticleChains],
              maps: tuple[dict[str, str], dict[str, str]], aligned: Iterable[tuple[int, int, int, int]],
              vocab: NamingVocabulary, settings: NamingSettings = DEFAULT.compare.naming,
              whole: bool = False, _read: tuple[list[list[Ref]], list[list[str]]] | None = None) -> None:
    """Join, across the pair, two chains that hold the same slot of the same event verb in two
    sentences the pair aligns (compare/matching: the same fact told by both), when each is the
    only chain in that slot of its sentence: "a man was killed" / "the motorist was killed",
    "LaSalle struck and killed her" / "she was killed by a motorist",
    "hackers breached" / "attackers breached". At least one of the two is a description (two
    names are never made one by their slot: two people may die in one crash), the two are of
    one kind, the one joined across already (if any) is not the description, and nothing they
    say tells two referents apart
    (a gender, an age, a plural, a role the named one is given). A chain paired with two
    different chains is joined with none. ``aligned``: (a start, a end, b start, b end) of each
    aligned sentence pair.

    Then (settings.whole_article_slots) the same over each article's whole body, for the chains
    still apart: two reports of one event tell its participant by the same verb wherever they
    put it ("the gunman opened fire" / "Smith opened fire"), but only a slot that one chain alone
    holds in all of each article says who (two people arrested, or the attacker and the victim
    of one verb, hold two slots or share one and join nothing)."""
    if whole:
        aligned = [(0, len(views[0].text), 0, len(views[1].text))]
    # the two ledes tell the story's event, aligned or not ("A suspected Mafia leader committed
    # suicide overnight after being arrested ..." / "A mafioso committed suicide hours after his
    # arrest ..."): there, the people in one slot only ("struck by a car" / "struck by a bus" is
    # a difference of fact, which only sentences the pair aligns may show as one referent)
    else:
        aligned = [*aligned, (*_lede(views[0].text), *_lede(views[1].text))]
    # what tells two events apart, read over all refs (times included) by position, and each
    # side's chain keys: read once for both passes (_read: the first pass's), which change neither
    if _read is None:
        _read = ([sorted((r for r in sides[side].refs if r.field == "text"), key=lambda r: r.start) for side in (0, 1)],
                 [_chain_keys(sides[side]) for side in (0, 1)])
    placed, chain_keys = _read
    body = []
    for side in (0, 1):
        facts = sides[side].times.facts
        refs = [r for r in placed[side] if r.chain not in facts]  # (a stable sort's order, filtered)
        body.append((refs, [r.start for r in refs]))
    placed_starts = [[r.start for r in refs] for refs in placed]
    elsewhere = [{maps[side].get(c, c) for c in chain_keys[side]} for side in (0, 1)]
    known: list[dict[int, list[tuple[str, str]]]] = [{}, {}]  # ref index -> its slots (a sentence may align twice)
    partners: list[dict[str, set[str]]] = [{}, {}]
    # (side, chain, slot) -> whether the chain holds the slot there only through a description
    # ("The alleged Mafia boss ... hanged himself" of a chain the article names too)
    by_description: dict[tuple[int, str, tuple[str, str]], bool] = {}
    through: dict[tuple[str, str], list[bool]] = {}  # (c0, c1) -> each side only through its descriptions
    for n, (a_start, a_end, b_start, b_end) in enumerate(aligned):
        slots: list[dict[tuple[str, str], set[str]]] = [{}, {}]
        people_only = n == len(aligned) - 1 and not whole
        spans = ((a_start, a_end), (b_start, b_end))
        inside = [placed[side][bisect.bisect_left(placed_starts[side], lo):bisect.bisect_left(placed_starts[side], hi)]
                  for side, (lo, hi) in enumerate(spans)]
        if not whole and _told_apart(sides, maps, inside, elsewhere):
            continue  # two sentences that place or date their event apart tell two events of one kind
        complements: list[dict[tuple[str, str], tuple[str, str] | None]] = [{}, {}]
        where: list[dict[tuple[str, str], list[int]]] = [{}, {}]  # slot -> its holders' offsets (whole)
        for side, (lo, hi) in enumerate(((a_start, a_end), (b_start, b_end))):
            refs, starts = body[side]
            for k in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
                if refs[k].end > hi or (people_only and _chain_kind(sides[side], refs[k].chain) != "person") or (
                        whole and _chain_kind(sides[side], refs[k].chain) not in _WHOLE_KINDS):
                    continue
                found = known[side].get(k)
                if found is None:
                    found = sides[side].slots.get((refs[k].start, refs[k].end))
                if found is None:
                    found = known[side][k] = sides[side].slots[(refs[k].start, refs[k].end)] = _slots(
                        views[side], refs[k], vocab, settings.slot_verb_reach)
                for slot in found:
                    if whole and slot[1] in vocab.light_verbs:
                        continue  # "gave the challenger a count" / "gave Klitschko some moments"
                    slots[side].setdefault(slot, set()).add(refs[k].chain)
                    held = (side, refs[k].chain, slot)
                    by_description[held] = by_description.get(held, True) and refs[k].form == "description"
                    complements[side][slot] = _complement(views[side], refs[k])
                    if whole:
                        where[side].setdefault(slot, []).append(refs[k].start)
            if not slots[side]:
                break  # no slot on this side: nothing to pair
        for slot in slots[0].keys() & slots[1].keys():
            told = (complements[0].get(slot), complements[1].get(slot))
            if told[0] and told[1] and told[0][0] == told[1][0] and told[0][1] != told[1][1]:
                continue  # "convicted a teacher of murder" / "convicted a banker of fraud": two cases
            if len(slots[0][slot]) == 1 and len(slots[1][slot]) == 1:
                if whole and _told_apart(sides, maps, [
                        [r for at in where[side][slot] for lo, hi in [_sentence_at(views[side].text, at)]
                         for r in placed[side][bisect.bisect_left(placed_starts[side], lo):bisect.bisect_left(placed_starts[side], hi)]]
                        for side in (0, 1)], elsewhere):
                    continue  # the sentences that hold the slot place or date their events apart
                c0, c1 = next(iter(slots[0][slot])), next(iter(slots[1][slot]))
                partners[0].setdefault(c0, set()).add(c1)
                partners[1].setdefault(c1, set()).add(c0)
                flags = through.setdefault((c0, c1), [True, True])
                flags[0] = flags[0] and by_description.get((0, c0, slot), False)
                flags[1] = flags[1] and by_description.get((1, c1, slot), False)
    joined = elsewhere  # (the walk above changes no map: the same keys; not read again but here)
    by_chain: list[dict[str, list[Ref]]] = [{}, {}]
    if partners[0]:
        for side in (0, 1):
            for r in body[side][0]:
                by_chain[side].setdefault(r.chain, []).append(r)
    for c0, found in partners[0].items():
        if len(found) != 1:
            continue
        c1 = next(iter(found))
        if partners[1].get(c1) != {c0}:
            continue
        k0, k1 = maps[0].get(c0, c0), maps[1].get(c1, c1)
        across = (k0 in joined[1], k1 in joined[0])
        if k0 == k1 or all(across):
            continue  # one already, or each joined to another chain
        # a description not yet joined joins the other's chain, joined across or not ("a
        # motorist" is how this article names the driver the other names)
        side = 1 if across[0] else 0
        if any(across) and (not _described(sides[side], (c0, c1)[side])
                            or _described(sides[1 - side], (c0, c1)[1 - side])):
            # the one joined across already is a description: its partner there (maybe only
            # the same noun: "a staff accountant" / "a fired accountant") and this one would
            # be made one referent by nothing they say
            continue
        if _slot_pair_differs(sides, c0, c1, vocab, tuple(through.get((c0, c1), (False, False)))):
            continue
        if whole and not (_heads_agree(sides, c0, c1) and _number_agrees(sides, c0, c1)):
            continue
        if _maybe_things(sides, c0, c1):
            continue
        if opposed(*(_chain_slots(views[side], sides[side], by_chain[side].get(chain, ()), vocab, settings.slot_verb_reach)
                     for side, chain in ((0, c0), (1, c1)))):
            continue  # "the champion dropped Thompson" / "Thompson dropped to 36-3"
        target = (k1, k0)[side]
        maps[side][(c0, c1)[side]] = target
        joined[side].add(target)
    if not whole and settings.whole_article_slots:
        slot_maps(views, sides, maps, (), vocab, settings, whole=True, _read=_read)
    if not whole and settings.lede_descriptions_across:
        lede_maps(views, sides, maps, vocab, settings)


def lede_maps(views: tuple[ArticleView, ArticleView], sides: tuple[ArticleChains, ArticleChains],
              maps: tuple[dict[str, str], dict[str, str]], vocab: NamingVocabulary,
              settings: NamingSettings = DEFAULT.compare.naming) -> None:
    """Two reports of one event that both open on a description of a person describe the story's
    one subject. The person is the one an article joined its lede's description to (people.py),
    or the one of several it names that opens the next sentence as its subject ("A disgraced
    ex-politician ... Dan Rell, 58, pocketed ...": lede_named, taken only with the other lede as
    confirmation). A lede description joined to no one then joins that person in its own
    article too ("A former city councillor accused of ... Prosecutor Ada Moss told the jury that
    Dan Rell, 58, ...": reader30), when that article names the person in its opening paragraphs,
    after the description, gives the name no role the description lacks nor a given name of
    another gender, and the two never hold the two slots of one event verb (the victim and the
    attacker)."""
    ledes = [s.lede for s in sides]
    if ledes[0] is None or ledes[1] is None:
        return
    keys: list[str | None] = [None, None]
    for side in (0, 1):
        chain = ledes[side].chain
        if not chain.startswith("role:"):
            keys[side] = maps[side].get(chain, chain)
        elif sides[side].lede_named:
            keys[side] = maps[side].get(sides[side].lede_named, sides[side].lede_named)
    if keys[0] and keys[1] and keys[0] != keys[1]:
        return  # two people: the two ledes tell of no one subject
    key = keys[0] or keys[1]
    if key is None:
        return
    for side in (0, 1):
        own, mine = sides[side], ledes[side]
        if not mine.chain.startswith("role:") or mine.chain not in own.described or mine.chain in maps[side]:
            continue
        named = [c for c in own.names if maps[side].get(c, c) == key and not c.startswith(("role:", "venue:", "time:"))]
        if len(named) != 1:
            continue
        target = named[0]
        refs = [r for r in own.refs if r.field == "text" and r.chain == target]
        if not any(mine.end <= r.start < own.opening_end for r in refs) or any(r.start < mine.start for r in refs):
            continue
        head = own.described[mine.chain].head
        if any(role.rsplit(" ", 1)[-1] != head for role in own.roles.get(target, ())):
            continue
        if _gender_clash(own, mine.chain, target, vocab):
            continue
        described = [r for r in own.refs if r.chain == mine.chain and r.field == "text"]
        if opposed(_chain_slots(views[side], own, described, vocab, settings.slot_verb_reach),
                   _chain_slots(views[side], own, refs, vocab, settings.slot_verb_reach)):
            continue
        maps[side][mine.chain] = key


def opposed(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> bool:
    """Whether two referents hold the two slots of one event verb ("the champion dropped
    Thompson" ... "Thompson dropped to 36-3"; the attacker and the victim): never one referent,
    whatever else they share."""
    return any((("patient" if role == "agent" else "agent"), sense) in b for role, sense in a)


def _chain_slots(view: ArticleView, chains: ArticleChains, refs: Iterable[Ref], vocab: NamingVocabulary,
                 reach: int) -> set[tuple[str, str]]:
    """Every slot a chain's mentions (refs) hold in an article's body."""
    out: set[tuple[str, str]] = set()
    for r in refs:
        found = chains.slots.get((r.start, r.end))
        if found is None:
            found = chains.slots[(r.start, r.end)] = _slots(view, r, vocab, reach)
        out.update(found)
    return out


# Kinds the whole-article pass joins: people and bodies act in a story's events; two things of one
# slot ("struck by a car" / "struck by a bus") are as often a difference of fact.
_WHOLE_KINDS = frozenset({"person", "organisation"})


def _number_agrees(sides: tuple[ArticleChains, ArticleChains], c0: str, c1: str) -> bool:
    """Whether two chains are of one number: a plural description ("two boys", "the hackers")
    is never one named chain nor a singular description."""
    plural = []
    for side, chain in ((0, c0), (1, c1)):
        info = sides[side].described.get(chain)
        plural.append(bool(info is not None and info.plural))
    return plural[0] == plural[1]


def _thing_sense(noun: str) -> bool:
    """Whether a noun of people has a sense of a thing too ("server": a waiter, a computer)."""
    kinds = nouns().kinds.get(noun, ())
    return "person" in kinds and any(k != "person" for k in kinds)


def _maybe_things(sides: tuple[ArticleChains, ArticleChains], c0: str, c1: str) -> bool:
    """Two plurals of people by two nouns, one with a thing's sense too ("servers" / "players"):
    whether the text means people at all is unsure, so the slot joins nothing (one "shooter" is
    still the one "gunman" the other tells of)."""
    infos = [info for side, chain in ((0, c0), (1, c1)) if (info := sides[side].described.get(chain))]
    return (len(infos) == 2 and infos[0].head != infos[1].head and all(i.plural for i in infos)
            and any(_thing_sense(i.head) for i in infos))


def _heads_agree(sides: tuple[ArticleChains, ArticleChains], c0: str, c1: str) -> bool:
    """Whether two chains joined by a slot over whole articles may be one: people and things by
    their slot; a body only by one noun ("the department" / "Interior Department"; never "the
    department" / "the Bush administration": a body and the government it is part of)."""
    if _chain_kind(sides[0], c0) != "organisation":
        return True
    words = []
    for side, chain in ((0, c0), (1, c1)):
        info = sides[side].described.get(chain)
        words.append({info.head} if info is not None else set(chain.split()))
    return bool(words[0] & words[1])


# Prepositions after a verb's object that say what the event was ("convicted X of murder",
# "charged X with fraud", "arrested X for theft"): ordinary English grammar.
_CHARGE_PREPOSITIONS = frozenset({"of", "with", "for"})


def _complement(view: ArticleView, ref: Ref) -> tuple[str, str] | None:
    """(preposition, its noun) right after a mention: ("of", "murder") of "a teacher of first-degree
    murder", or None."""
    tokens = view.tokens
    last = view.token_at_end.get(ref.end)
    if last is None or last + 2 >= len(tokens) or tokens[last + 1].gap != " " or tokens[last + 1].norm not in _CHARGE_PREPOSITIONS:
        return None
    head = None
    for k in range(last + 2, min(len(tokens), last + 5)):
        tok = tokens[k]
        if tok.gap not in (" ", "-") or tok.norm in CLOSED_CLASS or not tok.norm.isalpha():
            break
        head = tok.norm
    return (tokens[last + 1].norm, head) if head else None


def _told_apart(sides: tuple[ArticleChains, ArticleChains], maps: tuple[dict[str, str], dict[str, str]],
                inside: list[list[Ref]], elsewhere: list[set[str]]) -> bool:
    """Whether two sentences each name a place (or give a day) and share none: "A Dallas jury
    convicted ..." / "A Boston jury convicted ..." tell two trials."""
    for kind in ("place", "time"):
        keys: list[set[str]] = [set(), set()]
        for side in (0, 1):
            chains = sides[side]
            for r in inside[side]:
                is_time = r.chain in chains.times.facts
                if (kind == "time" and is_time) or (kind == "place" and not is_time and _chain_kind(chains, r.chain) == "place"):
                    keys[side].add(maps[side].get(r.chain, r.chain))
                info = chains.described.get(r.chain)
                for named in (info.country, info.modifier) if kind == "place" and info is not None else ():
                    if named:  # "a Texas jury", "a Dallas jury": the place (or the name) it is of
                        keys[side].add(maps[side].get(named, named))
        if kind == "place":
            # a place the other article names elsewhere may be the same scene told at another
            # grain ("at 97th Avenue and 117th Street" / "in Queens")
            for side in (0, 1):
                keys[side] -= elsewhere[1 - side]
        if keys[0] and keys[1] and not keys[0] & keys[1]:
            return True
    return False


def _slot_pair_differs(sides: tuple[ArticleChains, ArticleChains], c0: str, c1: str, vocab: NamingVocabulary,
                       through_descriptions: tuple[bool, bool] = (False, False)) -> bool:
    """Whether two chains of one slot cannot be one referent, or nothing but the slot says so.
    through_descriptions: whether each holds the slot only through its descriptions ("The
    alleged Mafia boss ... hanged himself", of a chain the article also names): such a named
    chain is weighed as the description it holds the slot by, whose head need not be a role the
    name is given ("A suspected Mafia leader" / "The alleged Mafia boss"), with the gender of its
    given name kept."""
    described = [_described(sides[0], c0), _described(sides[1], c1)]
    if described.count(True) == 1:  # (two names are never made one by their slot)
        side = described.index(False)
        if through_descriptions[side]:
            chain, other = (c0, c1)[side], (c1, c0)[side]
            if _gender_clash(sides[1 - side], other, chain, vocab):
                return True
            described[side] = True
    if not any(described):
        return True
    kinds = (_chain_kind(sides[0], c0), _chain_kind(sides[1], c1))
    if kinds[0] != kinds[1] or kinds[0] == "other":
        return True
    ages = (sides[0].ages.get(c0), sides[1].ages.get(c1))
    if ages[0] and ages[1] and not ages[0] & ages[1]:
        return True
    if all(described):
        infos = (sides[0].described.get(c0), sides[1].described.get(c1))
        if infos[0] and infos[1] and infos[0].plural != infos[1].plural:
            return True
        for named in ("country", "modifier"):
            told = (getattr(infos[0], named, None), getattr(infos[1], named, None))
            if told[0] and told[1] and told[0] != told[1]:
                return True  # "a Dallas jury" / "a Boston jury"
        genders = (_description_gender(sides[0], c0, vocab), _description_gender(sides[1], c1, vocab))
        return bool(genders[0] and genders[1] and genders[0] != genders[1])
    d_side, d_chain, n_chain = (0, c0, c1) if described[0] else (1, c1, c0)
    named = sides[1 - d_side]
    if _gender_clash(sides[d_side], d_chain, n_chain, vocab):
        return True
    # a description that tells a gender ("a female sheriff's deputy") joins by its slot alone
    # only a name known to be of that gender (not "Deputy Hoyt Teasley", a given name unknown)
    told = _description_gender(sides[d_side], d_chain, vocab)
    given = gendered_given_names().get(n_chain.split()[0]) if " " in n_chain else None
    if told and told != given:
        return True
    info = sides[d_side].described.get(d_chain)
    head = info.head if info else d_chain.split(":")[-1]
    roles = {singular(r) for r in named.roles.get(n_chain, set()) - named.implied.get(n_chain, set())} - vocab.generic
    # a named one given another role ("Jones, a passenger") is not "the driver"; "a man" is no role
    return bool(roles) and singular(head) not in roles and head not in vocab.generic


_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?=\s))")  # "[.!?](?=\s)|\n", tried only at those characters


def _sentence_at(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the sentence around offset at."""
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, at - 600), at):
        start = m.end()
    end = _SENTENCE_END.search(text, at)
    return start, end.end() if end else len(text)


def _lede(text: str) -> tuple[int, int]:
    """(start, end) of the body's first sentence."""
    start = len(text) - len(text.lstrip())
    end = _SENTENCE_END.search(text, start)
    return start, end.end() if end else len(text)
