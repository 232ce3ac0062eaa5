"""Chain rules for people: a person introduced then named, ages, surnames, genders,
appositions and predicates that give a name its role, an arrest that makes someone the suspect."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from typing import NamedTuple

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.attribution.reported import reports_after
from sidebyside.compare.entities import (
    _HONORIFIC_GENDER, Entity, _surname_of, entity_words, gender_after, is_full_name, name_key, surname_gender,
    surname_index,
)
from sidebyside.compare.naming.chain_tools import (
    _COMPANY_SUFFIXES, _abbreviated_title, _chain_kind, _described, _description_gender, _gender_clash, _person_like, _surname_map,
    j_end, view_token_after,
)
from sidebyside.compare.naming.chains import ArticleChains, Described, Ref
from sidebyside.compare.naming.slots import _slot_pair_differs, _slots, opposed
from sidebyside.compare.naming.words import (
    _AGE, _AGE_AFTER_NAME, _APPOSITION_END, _APPOSITION_FOLLOWERS, _APPOSITION_KINDS, _APPOSITION_RELATIVES, _BARE_AGE, _CONJUNCTIONS,
    _DETERMINERS, _PLACE_PREPOSITIONS, _POSSESSIVE_PRONOUNS, _PRONOUN_GENDER, _VENUES, _closed,
    _ranking, age_matches,
)
from sidebyside.compare.termdata import naming_data
from sidebyside.compare.text import BE_FORMS, fold
from sidebyside.compare.times import time_vocabulary
from sidebyside.compare.tokens import Token, singular, words_in_lower_case
from sidebyside.resources import gendered_given_names


class PeopleRules:
    """ChainBuilder's rules for people (a mixin: it reads the builder's lex, vocab and settings)."""

    def _told_twice(self, view: ArticleView, out: ArticleChains) -> dict[str, str]:
        """A description and a name that hold one slot of one event verb in one article ("The
        alleged Mafia boss of a Palermo neighborhood hanged himself" ... "Gaetano Lo Presti, 52,
        hanged himself"): the article tells its event twice, once by each; only when each is the
        only one of its sort in that slot, the description joins no other name so, and nothing
        tells two people apart (a gender, an age, another role). A light verb tells no event of
        its own ("The gang member took off running" ... "Rosa Ortiz took out a button": two people
        who each "took" something), as when the pair's sentences are read whole (slots.slot_maps)."""
        slots: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
        held_by: dict[str, set[tuple[str, str]]] = {}  # chain -> every slot it holds
        people = [r for r in out.refs if r.field == "text" and r.form != "time" and r.kind == "person"]
        for described in (True, False):  # the names' slots only when a description holds one
            for r in people:
                if (r.chain in out.described) != described:
                    continue
                info = out.described.get(r.chain)
                if info is not None and (info.plural or info.possessed):
                    continue
                if not described and (r.entity is None or r.chain.startswith(("role:", "venue:"))):
                    continue
                held = out.slots[(r.start, r.end)] = _slots(view, r, self.vocab, self.settings.slot_verb_reach)
                held_by.setdefault(r.chain, set()).update(held)
                for slot in held:
                    if slot[1] in self.vocab.light_verbs:
                        continue
                    if described or slot in slots:
                        slots.setdefault(slot, (set(), set()))[0 if described else 1].add(r.chain)
            if not slots:
                return {}
        found: dict[str, set[str]] = {}
        for described, named in slots.values():
            if len(described) == 1 and len(named) == 1:
                found.setdefault(next(iter(described)), set()).update(named)
        pair = (out, out)
        return {c: next(iter(n)) for c, n in found.items()
                if len(n) == 1 and not _slot_pair_differs(pair, c, next(iter(n)), self.vocab)
                and not opposed(held_by.get(c, set()), held_by.get(next(iter(n)), set()))}

    def _introduced_then_named(self, text: str, out: ArticleChains) -> dict[str, str]:
        """A description that introduces someone or something before the article names it ("a
        state bomb disposal technician" in the lead, "Senior Trooper William Hakim, a bomb
        technician," below) -> the one named chain the article gives that role noun, when no
        other description has that noun, it tells no gender or country of another, and it comes
        before the name (after it, an unjoined description is someone else: "reporter Bob
        Woodward" ... "a Biloxi reporter")."""
        first: dict[str, int] = {}
        owners: set[str] = set()  # descriptions written as someone's owner ("a sheriff's SWAT team")
        for r in out.refs:
            if r.field == "text":
                first[r.chain] = min(first.get(r.chain, r.start), r.start)
                if text[r.end:r.end + 2] in ("'s", "’s") or r.text.split()[0].lower() not in ("a", "an", "the"):
                    owners.add(r.chain)  # (and "his team", "that officer": someone's, or told before)
        ranked: dict[str, frozenset[str]] = {}  # description chain -> rank words it is written with
        for r in out.refs:
            if r.form == "description" and r.chain in out.described:
                ranks = self.vocab.ranks.intersection(r.core.lower().split())
                if ranks:
                    ranked[r.chain] = ranked.get(r.chain, frozenset()) | ranks
        bearers: dict[str, set[str]] = {}
        for c, roles in out.roles.items():
            if c in out.described or c.startswith(("role:", "venue:", "time:")) or c not in out.names:
                continue
            for role in roles:
                bearers.setdefault(role.rsplit(" ", 1)[-1], set()).add(c)
        # (a plural of the noun is others of that role: "a sheriff's deputy ... Deputies cordoned off streets")
        heads = Counter(info.head for info in out.described.values() if not info.plural)
        mapping = {}
        for c, info in out.described.items():
            if (info.plural or info.possessed or info.modifier or info.ranked or info.head in self.vocab.generic
                    or info.head in self.vocab.kin or heads[info.head] != 1 or c not in first or c in owners):
                continue
            targets = bearers.get(info.head, set())
            if len(targets) != 1:
                continue
            target = next(iter(targets))
            if first.get(target, -1) <= first[c]:
                continue
            if ranked.get(c, frozenset()) - {w for role in out.roles.get(target, ()) for w in role.split()}:
                continue  # "the associate director" is not "interim FBI director L. Patrick Gray"
            if " " in info.role and info.role not in out.roles.get(target, ()):
                continue  # "a military spokesman" is not "UNRWA spokesman Christopher Gunness"
            kind, target_kind = _chain_kind(out, c), _chain_kind(out, target)
            if (kind == "person") != (target_kind == "person") or (kind != "person" and info.head not in _VENUES):
                continue  # a person, or a venue ("a bank"): not "the same team" for a league
            if info.country and info.country not in out.countries.get(target, ()) and kind == "person":
                continue
            gender = _description_gender(out, c, self.vocab) if kind == "person" else None
            if gender and gendered_given_names().get(target.split()[0]) != gender:
                continue  # "a female deputy" is no Deputy John Ortiz
            mapping[c] = target
        return mapping

    def _opening_description_named(self, view: ArticleView, out: ArticleChains) -> dict[str, str]:
        """"The notorious party girl, who ..., had checked into a clinic. ... Reid, 33, was
        photographed ...": an article that opens on a definite description of a person, before
        any name, tells of the person it goes on to name: the description's chain -> the one
        person (or name of no known kind) the opening paragraphs name, when that is a person's name
        (of a person, a full name, or one an age is stated of), named again, given no role
        the description lacks (no "police chief" for "the suspect"), is not named in the
        description's own sentence (there, another: "the suspect fled, Chief Ed Marr said") and
        agrees with the gender the description tells. A lede's "A suspected Mafia boss ... has
        hanged himself." (indefinite too) followed by a sentence that opens on the name ("Dan
        Rell, who ..., was found dead") tells of that person even named once, unless the name
        speaks ("Dan Rell said", "Dan Rell, the police chief, said": another person).
        A story names more people than its subject (a prosecutor, a lawyer, a judge: reader30's
        row "A disgraced ex-politician" lost to "His brief Tom Cale"): with several named, the
        one the evidence picks, of those the description fits, is kept as out.lede_named for the
        pair to confirm (slots.lede_maps): the only one whose name opens the next sentence as its
        subject and is named again ("Dan Rell, 58, pocketed ... Rell
        shook his head"; never one only introduced
        there: "police found the unconscious Raj Chohan, 59," is the driver's victim)."""
        body = sorted((r for r in out.refs if r.field == "text"), key=lambda r: r.start)
        if not body:
            return {}
        first = body[0]
        opener = first.text.split(" ", 1)[0].casefold()
        if (first.form != "description" or first.kind != "person" or first.chain not in out.described
                or not first.chain.startswith("role:") or view.text[:first.start].strip()
                or opener not in ("the", "a", "an")):
            return {}
        info = out.described[first.chain]
        if (info.plural or info.possessed or info.country or info.ranked or info.head in self.vocab.kin
                or info.head in self.vocab.speaks_for):
            return {}
        out.lede = first
        sentence_end = next((s.end for s in view.sentence_spans() if s.start <= first.start < s.end), first.end)
        inside = [(r.start, r.end) for r in body if r.form == "description" and r.start < out.opening_end]
        people = {r.chain for r in body if r.start < out.opening_end and r.form != "time"
                  # a name inside a description is a word of it, no one named ("A Mafia boss",
                  # "the Sicilian capital of Palermo")
                  and not any(s <= r.start and r.end <= e and (s, e) != (r.start, r.end) for s, e in inside)
                  and r.chain in out.names and not r.chain.startswith(("role:", "venue:", "time:", "count:"))
                  and (_chain_kind(out, r.chain) in ("person", "other") or _person_like(out, r.chain))}
        if len(people) == 1:
            target = next(iter(people))
            return {first.chain: target} if self._opening_fits(view, out, first, info, target, sentence_end, opener) else {}
        if not people or not self.settings.opening_choice_by_evidence:
            return {}
        fits = [p for p in sorted(people) if self._opening_fits(view, out, first, info, p, sentence_end, opener, chosen=True)]
        if len(fits) == 1:
            out.lede_named = fits[0]  # joined only where the other article's lede describes a person too (slots.lede_maps)
        return {}

    def _opening_fits(self, view: ArticleView, out: ArticleChains, first: Ref, info: Described, target: str,
                      sentence_end: int, opener: str, chosen: bool = False) -> bool:
        """Whether the lede's description ``first`` may be the person named ``target`` (see
        _opening_description_named); chosen: one of several people named, who must also be the
        next sentence's subject."""
        body = [r for r in out.refs if r.field == "text"]
        named = sorted((r for r in body if r.chain == target and r.form in ("name", "short", "title")), key=lambda r: r.start)
        if not named:
            return False
        if not (_person_like(out, target) or any(_AGE_AFTER_NAME.match(view.text, r.end) for r in named)):
            return False  # a name of no known kind is a person's only when an age follows it ("Reid, 33,")
        if any(r.start < sentence_end for r in named):
            return False
        opens = self._opens_next_sentence(view, named[0], sentence_end, sole=chosen)
        if chosen and not (opens and len(named) > 1):
            return False  # (among several, the story's subject: named again after opening that sentence)
        if not chosen and (len(named) < 2 or opener != "the") and not opens:
            return False
        if any(role.rsplit(" ", 1)[-1] != info.head for role in out.roles.get(target, ())):
            return False
        gender = _description_gender(out, first.chain, self.vocab)
        return not (gender and gendered_given_names().get(target.split()[0]) not in (None, gender))

    def _opens_next_sentence(self, view: ArticleView, name: Ref | None, sentence_end: int, sole: bool = False) -> bool:
        """Whether a name opens the sentence right after the one ending at sentence_end, as its
        subject: no verb of saying after it, nor after an apposition ("X, the police chief, said");
        sole: nor a second subject joined to it ("Quill and Dara Venn were seen")."""
        if name is None or view.text[sentence_end:name.start].strip():
            return False
        after = _VERB_AFTER_NAME.match(view.text, name.end)
        if after is None or after.group(1) in _SPEECH_VERBS:
            return False
        return not (sole and after.group(1) in _CONJUNCTIONS)

    def _children_apart(self, out: ArticleChains) -> None:
        """A description of a child ("the child", "a 17-year-old boy") never names an adult: when
        a chain the article shows to be an adult's (an age of at least adult_age, a noun only an
        adult is called, "the father", "the driver", or "Mr." before the name) took such a
        description by a weaker rule ("the man who kidnapped the child, Michael Webb"), the
        description leaves it for a chain of descriptions of its own noun."""
        groups = _age_groups()
        child = [r for r in out.refs if _child_ref(r, groups)]
        if not child:
            return
        held = {id(r) for r in child}
        for chain in {r.chain for r in child}:
            if chain.startswith("role:") or not _adult_chain(out, chain, held, groups):
                continue
            for r in child:
                if r.chain != chain:
                    continue
                head = r.head.rsplit(" ", 1)[-1]
                r.chain, r.form = f"role:{head}", "description"
                out.roles.setdefault(r.chain, set()).add(head)
                out.kinds.setdefault(r.chain, Counter())[r.kind] += 1
                out.kinds[chain][r.kind] -= 1
                out.described.setdefault(r.chain, Described(head, False, None, None))
            left = {r.head.rsplit(" ", 1)[-1] for r in out.refs if r.chain == chain and r.head}
            out.roles[chain] = {role for role in out.roles.get(chain, set()) if role in left or " " in role}

    def _lede_attacker(self, view: ArticleView, out: ArticleChains) -> None:
        """"A former employee recently let go from his job opened fire at an office party": the
        person an article opens on, as the subject of its first sentence, who did what only an
        attacker does (naming.json custody_phrases attacked) is the story's suspect (an implied
        role, as one arrested), when no one else is told in that sentence before the act."""
        body = sorted((r for r in out.refs if r.field == "text"), key=lambda r: r.start)
        if not body or not self.vocab.attacked:
            return
        first = body[0]
        if (first.form != "description" or first.kind != "person" or first.chain not in out.described
                or view.text[:first.start].strip() or out.described[first.chain].plural):
            return
        end = next((s.end for s in view.sentence_spans() if s.start <= first.start < s.end), first.end)
        act = _ACT.get(self.vocab.attacked)
        if act is None:
            act = _ACT[self.vocab.attacked] = re.compile(r"\b(?:" + "|".join(map(re.escape, self.vocab.attacked)) + r")\b")
        m = act.search(view.text, first.end, end)
        if m is None or any(first.end <= r.start < m.start() and r.kind == "person" for r in body):
            return
        out.implied.setdefault(first.chain, set()).add("suspect")

    def _attacker_by(self, view: ArticleView, first: int) -> bool:
        """Whether the name at token first is the agent of an attack told in the passive: "he
        was shot point blank range in the head by gang member Dan Rell" (at most three
        lower-case words between "by" and the name, none of those who may use force in their
        duty: "by police officer Dan Rell"; the participle after a "be" within the clause)."""
        tokens, vocab = view.tokens, self.vocab
        k = first - 1
        while k >= 0 and first - k <= 4 and tokens[k].norm != "by":
            if tokens[k].cap or not tokens[k].norm.isalpha() or tokens[k].norm in vocab.duty_force_words:
                return False
            k -= 1
        if k < 1 or tokens[k].norm != "by" or tokens[k + 1].gap != " ":
            return False
        for m in range(k - 1, max(-1, k - 12), -1):
            if tokens[m + 1].gap.strip():
                return False  # (a comma or a stop: another clause)
            if tokens[m].norm in vocab.attacked_by:
                return m > 0 and any(tokens[n].norm in _BE_FORMS for n in range(max(0, m - 3), m))
        return False

    def _boss_is_the_head(self, out: ArticleChains) -> dict[str, str]:
        """"the death of their boss, who was gunned down ... Dan Rell, 40, the CEO of TallGrass,
        lay dead": "their boss" / "the boss" (a chain of its own) -> the one person the article
        gives a role of a business's head (naming.json company_heads), when it gives one only."""
        heads = _company_heads()
        bosses = [c for c, info in out.described.items()
                  if info.head in heads[0] and c.startswith("role:") and not (
                      info.plural or info.country or info.modifier or info.ranked or info.possessed == "own")]
        if len(bosses) != 1:
            return {}
        mentions = [r for r in out.refs if r.chain == bosses[0] and r.field == "text"]
        if not mentions or any(r.text.split(" ", 1)[0].casefold() not in ("the", "their") for r in mentions):
            return {}  # ("his boss": any manager of his; "a boss": anyone)
        people = [c for c, roles in out.roles.items() if c in out.names and not c.startswith("role:")
                  and {r.rsplit(" ", 1)[-1] for r in roles} & heads[2] and _person_like_or_described(out, c)]
        if len(people) != 1 or not out.roles[people[0]] & heads[1]:
            return {}  # (two who may be someone's boss, or the one not surely a business's head)
        return {bosses[0]: people[0]}

    def _held_is_the_suspect(self, out: ArticleChains) -> dict[str, str]:
        """"A 61-year-old man surrendered to police ... negotiated with the suspect": a chain of
        "the suspect" left of its own -> the one person the article says was arrested, charged
        or held (its implied role), when that one was told before and no other was."""
        held = [c for c, roles in out.implied.items() if "suspect" in roles and _person_like_or_described(out, c)]
        if len(held) != 1:
            return {}
        first: dict[str, int] = {}
        for r in out.refs:
            if r.field == "text":
                first.setdefault(r.chain, r.start)
        target = held[0]
        mapping = {}
        for c, info in out.described.items():
            if c == target or info.head != "suspect" or info.plural or info.possessed or info.country or info.modifier or info.ranked:
                continue
            mentions = [r for r in out.refs if r.chain == c and r.field == "text"]
            if (mentions and target in first and first[target] < first[c]
                    and all(r.text.split()[0].casefold() == "the" for r in mentions)):
                mapping[c] = target  # ("a suspect" is anyone; "the suspect" before the arrest is told, unsure)
        return mapping

    def _ages(self, view: ArticleView, out: ArticleChains) -> dict[str, str]:
        """Each chain's stated ages ("a 61-year-old man", "Eric Allen Kirkpatrick, 61,"), and
        the descriptions that give the age of the one person the article names with it: they
        describe that person ("A 61-year-old man ... Eric Allen Kirkpatrick, 61, was charged")."""
        self._bare_ages(view, out)
        for r in out.refs:
            if r.form == "time" or (r.form == "description" and not _described(out, r.chain)):
                continue  # (a description a named chain took by a weaker rule says no one's age surely)
            for m in age_matches(r.core):
                out.ages.setdefault(r.chain, set()).add(int(m.group(1)))
            if (r.entity is not None and r.form in ("name", "title", "short") and _person_like(out, r.chain)
                    and not view.text.startswith("-", r.end) and r.chain not in self.known_places):
                # (never "the 55-year-old Glasgow-born star": the age is the star's, the name a place)
                after = _AGE_AFTER_NAME.match(view.text, r.end)
                if after:
                    out.ages.setdefault(r.chain, set()).add(int(after.group(1) or after.group(2)))
                before = _AGE_BEFORE_NAME.search(view.text, max(0, r.start - 16), r.start)
                if before:  # "23-year-old Laci", "the 32-year-old Peterson"
                    out.ages.setdefault(r.chain, set()).add(int(before.group(1)))
        named: dict[int, list[str]] = {}
        for chain, ages in out.ages.items():
            if not _described(out, chain) and _person_like(out, chain):
                for age in ages:
                    named.setdefault(age, []).append(chain)
        mapping = {}
        for chain, ages in out.ages.items():
            if not _described(out, chain) or len(ages) != 1:
                continue
            people = named.get(next(iter(ages)), [])
            if len(people) != 1:
                continue
            if _gender_clash(out, chain, people[0], self.vocab):
                continue  # "a 24-year-old woman" is not Jonathan, 24
            mapping[chain] = people[0]
        told: dict[str, set[str]] = {}
        for chain, person in mapping.items():
            if gender := _description_gender(out, chain, self.vocab):
                told.setdefault(person, set()).add(gender)
        # "A 12-year-old boy ... a 12-year-old girl ... Sam Ellis, 12": the two genders are two
        # children, and the text does not say which one is Sam: neither description joins the name
        mapping = {chain: person for chain, person in mapping.items() if len(told.get(person, ())) < 2}
        mapping.update(self._ages_by_word(out, mapping))
        if self.settings.bare_age_after_name:
            mapping.update(self._bare_age_after_name(view, out, mapping))
        return mapping

    def _ages_by_word(self, out: ArticleChains, mapping: dict[str, str]) -> dict[str, str]:
        """"a teenage boy" ... "Alexandros Grigoropoulos, 15": a description whose word tells an
        age span joins the one person the article names with a stated age in it, when no other
        description tells that span (two teenagers: the reader cannot tell which is named)."""
        spans = {c: span for c, span in told_age_spans(out).items() if c not in mapping}
        people = [c for c in out.ages if not _described(out, c) and _person_like(out, c)]
        found = {}
        for chain, span in spans.items():
            if sum(1 for s in spans.values() if s == span) > 1:
                continue
            named = one_aged_within(out.ages, span, people)
            if len(named) == 1 and not _gender_clash(out, chain, named[0], self.vocab):
                found[chain] = named[0]
        return found

    def _bare_age_after_name(self, view: ArticleView, out: ArticleChains, mapping: dict[str, str]) -> dict[str, str]:
        """"... that errant bullet killed Kathina Thomas. The 10-year-old was shot on the night of
        May 29": a bare age no named chain states (_bare_ages), or a definite "the man" / "the
        woman" first written there, tells of the one person named just before it: in its own
        sentence before it, else in the sentence before, when every mention of a person there is
        that person's, no other age is stated of them, neither the noun nor the pronoun after it
        tells the other gender, and every mention (of an age) agrees."""
        told_of = [r for r in out.refs if r.field == "text" and r.chain.startswith("role:age ") and r.chain not in mapping]
        if self.settings.generic_after_name:
            told_of += self._definite_generics(view, out, mapping)
        aged: dict[str, int | None] = {}  # (None: a record, "the two-time champion")
        if self.settings.aged_description_after_name:
            for r in self._definite_generics(view, out, mapping, aged=True):
                told_of.append(r)
                m = _AGE.search(r.core)
                aged[r.chain] = int(m.group(1)) if m else None
        if not told_of:
            return {}
        spans = view.sentence_spans()
        starts = [sp.start for sp in spans]
        people = [r for r in out.refs if r.field == "text" and r.form != "time" and not r.chain.startswith("role:age ") and (
            r.kind == "person" or (r.entity is not None and r.kind == "other" and _person_like(out, r.chain)))]
        people_starts = [r.start for r in people]
        found: dict[str, set[str | None]] = {}
        for r in told_of:
            at = bisect.bisect_right(starts, r.start) - 1
            if at < 0:
                continue
            before = people[bisect.bisect_left(people_starts, spans[at].start):bisect.bisect_left(people_starts, r.start)]
            if before and reports_after(view.text, (spans[at].start, spans[at].end), before[-1].end, r.start):
                found.setdefault(r.chain, set()).add(None)
                continue  # "Chief Tom Tennant said the man fled": whom the speaker tells of, never himself
            if not before and at > 0:
                before = people[bisect.bisect_left(people_starts, spans[at - 1].start):bisect.bisect_left(people_starts, spans[at].start)]
            chains = {p.chain for p in before}
            target = next(iter(chains)) if len(chains) == 1 else None
            if target is not None and (target in out.described or target.startswith("role:") or not _person_like(out, target)
                                       or not any(p.entity is not None for p in before)):
                target = None  # (a description of someone unnamed is no one it can name)
            age = int(r.chain.rsplit(" ", 1)[-1]) if r.chain.startswith("role:age ") else aged.get(r.chain)
            if target is not None and age is not None and out.ages.get(target, {age}) != {age}:
                target = None  # "Jeffs' marriage with the 14-year-old": Jeffs is 55
            if target is not None and r.chain in aged and _gender_clash(out, r.chain, target, self.vocab):
                target = None  # "the 61-year-old woman" is no Tom
            if target is not None and age is None and ((out.ages.get(target) and r.chain not in aged)
                                                       or _gender_clash(out, r.chain, target, self.vocab)):
                target = None  # ("the woman" is no Jonathan; a named person with an age is told by it)
            k = view.token_at_end.get(r.end)
            told = gender_after(view.tokens, k + 1) if k is not None else None
            if target is not None and told and gendered_given_names().get(target.split()[0], told) != told:
                target = None  # "the 20-year-old found out she was pregnant" is not Simpson
            found.setdefault(r.chain, set()).add(target)
        return {c: next(iter(t)) for c, t in found.items() if len(t) == 1 and None not in t}

    def _definite_generics(self, view: ArticleView, out: ArticleChains, mapping: dict[str, str],
                           aged: bool = False) -> list[Ref]:
        """The first mention of each chain of "the man", "the woman" (a generic noun of a person,
        every mention with "the", nothing else told of it): never "the man who ...", a new one.
        aged: instead, the chains whose first mention tells one age or one record and else only
        a person's noun ("the 61-year-old woman", "the 26-year-old actor", "the two-time
        champion": said of someone the reader has met; one newly met is "a 26-year-old actor")."""
        first: dict[str, Ref] = {}
        definite: dict[str, bool] = {}
        for r in out.refs:
            if r.field != "text" or r.chain not in out.described:
                continue
            definite[r.chain] = definite.get(r.chain, True) and r.text.split()[0].casefold() == "the"
            first.setdefault(r.chain, r)
        picked = []
        for c, r in first.items():
            info = out.described[c]
            if aged:
                ages = {m.group(1) for m in age_matches(r.core)} or set(_RECORD.findall(r.core))
                if (c in mapping or not definite[c] or len(ages) != 1 or info.plural or info.possessed or info.country
                        or info.modifier or info.ranked or _chain_kind(out, c) != "person" or len(r.text.split()) != 3):
                    continue  # ("the 61-year-old former mayor": more is told than an age)
            elif (c in mapping or not definite[c] or info.role not in self.vocab.generic or info.plural or info.possessed
                    or info.country or info.modifier or info.ranked or _chain_kind(out, c) != "person"
                    or len(r.text.split()) != 2):
                continue
            k = view.token_at_end.get(r.end)
            if k is None or (k + 1 < len(view.tokens) and view.tokens[k + 1].norm in ("who", "that", "whom", "whose")):
                continue
            picked.append(r)
        return picked

    def _split_by_age(self, out: ArticleChains) -> None:
        """A chain of descriptions that states two ages ("a 12-year-old girl" ... "a 15-year-old
        girl") is two people, or more: each age's descriptions become a chain of their own (those
        with no age stay, naming any of them)."""
        ages: dict[str, set[int]] = {}
        for r in out.refs:
            if r.form == "description" and r.chain in out.described:
                for m in age_matches(r.core):
                    ages.setdefault(r.chain, set()).add(int(m.group(1)))
        for chain in [c for c, found in ages.items() if len(found) > 1]:
            for r in out.refs:
                stated = {int(m.group(1)) for m in age_matches(r.core)} if r.chain == chain else set()
                if len(stated) == 1:
                    r.chain = f"{chain}:aged {stated.pop()}"
                    out.described[r.chain] = out.described[chain]
                    out.roles.setdefault(r.chain, set()).update(out.roles.get(chain, ()))
                    out.kinds.setdefault(r.chain, Counter())[r.kind] += 1

    def _bare_ages(self, view: ArticleView, out: ArticleChains) -> None:
        """"The 61-year-old" with no noun after it: a description of a person by age alone,
        which the person of that age then takes (see _ages)."""
        taken = sorted((r.start, r.end) for r in out.refs)
        starts = [t[0] for t in taken]
        reach = []  # the furthest end of the mentions starting so far
        for _, end in taken:
            reach.append(max(end, reach[-1]) if reach else end)
        for m in _BARE_AGE.finditer(view.text):
            s, e = m.start(), m.end(1)
            k = bisect.bisect_left(starts, e)
            if (k and reach[k - 1] > s) or view.in_quote(s, e):
                continue  # inside a mention found before
            after = m.group(2)
            if after and self.head_of(fold(after)) is not None:
                continue  # "the 26-year-old actress": a description with its noun, found before
            if not after and view.text[m.end(1):m.end(1) + 2].strip()[:1].isupper():
                continue  # "the 32-year-old Klitschko's": the age of the name after it (see _ages)
            age = int(m.group(1).split("-", 1)[0])
            out.refs.append(Ref("text", s, e, view.text[s:e], "description", f"role:age {age}", "person"))
        out.refs.sort(key=lambda r: r.start)

    def _surnames_of_people(self, view: ArticleView, out: ArticleChains) -> dict[str, str]:
        """One-word chains that are the surname of the one person the article names in full
        with it ("Mark Teixeira" ... "interest in Teixeira"), unless a known place ("Washington")
        or the article also writes it for someone of the other gender ("Laci Peterson" ...
        "Peterson was found guilty of murdering his wife")."""
        people = _surname_map(out)
        # a full name of no known kind with a given name ("Anthony LaCalamita III") is a person's
        # when no person's full name shares its surname
        kinds = {c: _chain_kind(out, c) for c in out.names}  # (each chain's kind read once)
        # (an "other" chain that is _person_like: a full name)
        unknown = surname_index(c for c in out.names if kinds[c] == "other" and " " in c and is_full_name(c)
                                and c.split()[0] in gendered_given_names())
        everyone = surname_index(c for c in out.names if kinds[c] in ("person", "other"))
        for last, chain in unknown.items():
            if chain is not None and last not in people and everyone.get(last) == chain:
                people[last] = chain
        # surname -> the people named in full with it, when two or more are (see _bearer_of_told_gender)
        shared: dict[str, list[str]] = {last: [] for last, chain in everyone.items() if chain is None and last in out.names}
        if shared:
            for c in out.names:
                if " " in c and _surname_of(c) in shared and kinds[c] == "person":
                    shared[_surname_of(c)].append(c)
        mapping = {}
        # each chain's mentions in the body, in order, read once for the questions below
        in_text: dict[str, list[Ref]] = {}
        for r in out.refs:
            if r.field == "text":
                in_text.setdefault(r.chain, []).append(r)
        for chain in out.names:
            if " " in chain:
                continue
            target = people.get(chain)
            if target is None and len(shared.get(chain, ())) < 2:
                continue
            if chain in self.known_places or _chain_kind(out, chain) not in ("other", "place", "person"):
                continue
            if target is None:
                target = self._bearer_of_told_gender(view, in_text, chain, shared[chain])
            elif self._another_gender(view, in_text, chain, target):
                continue
            if target is not None:
                mapping[chain] = target
        return mapping

    def _bearer_of_told_gender(self, view: ArticleView, in_text: dict[str, list[Ref]], surname: str,
                               bearers: list[str]) -> str | None:
        """Of the people the article names in full with one surname ("Laci Peterson", "Scott
        Peterson"), the one the bare surname names when the text tells its gender ("Peterson was
        found guilty of murdering his wife": a man's): every given name tells its bearer's gender,
        one bearer alone has the told one, and no mention of the surname tells another.
        in_text: each chain's mentions in the body, in order."""
        tokens = view.tokens
        genders = {c: gendered_given_names().get(c.split()[0]) or self._told_after_full_name(view, in_text, c) for c in bearers}
        if None in genders.values():
            return None  # ("Chris Peterson", told of no gender: either)
        told = set()
        for r in in_text.get(surname, ()):
            k = view.token_at_end.get(r.end)
            if k is not None and not tokens[k].possessive:
                told.add(_gender_told(tokens, k))
        told.discard(None)
        if len(told) != 1:
            return None  # never told, or told of both: a reader cannot say whom
        gender = told.pop()
        matching = [c for c, g in genders.items() if g == gender]
        return matching[0] if len(matching) == 1 else None

    def _told_after_full_name(self, view: ArticleView, in_text: dict[str, list[Ref]], person: str) -> str | None:
        """The gender the pronouns after a person's full names tell ("Laci Peterson disappeared
        from her home"), when they tell one alone (in_text: each chain's mentions in the body)."""
        told = set()
        for r in in_text.get(person, ()):
            if r.entity is not None and " " in r.entity.key:
                j = view.token_at_end.get(r.entity.end)
                if j is not None and not view.tokens[j].possessive:
                    told.add(gender_after(view.tokens, j + 1))
        told.discard(None)
        return told.pop() if len(told) == 1 else None

    def _another_gender(self, view: ArticleView, in_text: dict[str, list[Ref]], surname: str, person: str) -> bool:
        """Whether a mention of the surname is told of another gender than the person's (given
        name, else the pronoun after the full name; in_text: each chain's mentions in the body)."""
        tokens = view.tokens
        gender = gendered_given_names().get(person.split()[0])
        if gender is None:
            full = next((r for r in in_text.get(person, ()) if r.entity is not None), None)
            j = view.token_at_end.get(full.entity.end) if full is not None else None
            gender = gender_after(tokens, j + 1) if j is not None else None
        if gender is None:
            return False
        for r in in_text.get(surname, ()):
            # the surname's own token: a mention may open with its honorific ("Ms. Gomes"), which tells
            k = view.token_at_end.get(r.end)
            if k is not None and not tokens[k].possessive:
                told = surname_gender(tokens, k)
                if told is not None and told != gender:
                    return True
        return False

    def _name_like(self, e: Entity, first: Token, text: str, standalone: frozenset[str] = frozenset()) -> bool:
        """A name of kind "other" worth a chain: several words, an acronym, a word capitalised
        inside a sentence ("the Angels"), one rare word ("DoorDash"), a word given an age
        ("Peterson, 32, was convicted": a person's name, though it opens the sentence), or a
        word the article also writes alone as a name inside a sentence (standalone: "Microsoft
        said" opening a sentence, after "a patch from Microsoft")."""
        if e.text.isupper() and 2 <= len(e.text) <= 6:
            return True
        words = e.key.split()
        return (len(words) > 1 or not first.initial or self.lex.zipf(words[0]) < self.settings.rare_name_zipf
                or _AGE_AFTER_NAME.match(text, e.end) is not None or e.key in standalone)

    def _standalone_names(self, view: ArticleView) -> frozenset[str]:
        """Keys of the one-word names of no known kind the article writes inside a sentence, never
        in lower case ("Microsoft", not "Environmental" of "environmental groups")."""
        found = set()
        lower = words_in_lower_case(view.tokens)
        for e in view.entities:
            i = view.token_at_start.get(e.start)
            if i is not None and e.kind == "other" and e.via == "name" and " " not in e.key and not view.tokens[i].initial:
                found.add(e.key)
        return frozenset(found - lower)

    def _entity_chain(self, e: Entity, tokens: list[Token], i: int, j: int) -> tuple[str | None, str]:
        key = self.vocab.aliases.get(e.key, e.key)
        form = "short" if e.via == "short" else ("alias" if key != e.key else "name")
        words = key.split()
        if e.via == "short" and len(words) > 1 and j > 0:
            told = _HONORIFIC_GENDER.get(tokens[j - 1].norm)
            named = gendered_given_names().get(words[0])
            if told and named and told != named:
                # "Ms. Gomes" after "Daniel Gomes": his mother, wife or sister, not him
                return words[-1], "name"
        words = key.split()
        if len(words) > 1 and words[-1] in _COMPANY_SUFFIXES and e.kind in ("organisation", "other"):
            key = " ".join(words[:-1])  # "Microsoft Corp." is Microsoft
        seat = self.vocab.seats.get(e.key)
        if seat is not None and self._acts(tokens, i, j):
            # "the White House said": the government; "a White House aide", "the White House
            # Rose Garden" name the office or the building, not the country
            return name_key(seat), "metonym"
        country = self.capitals.get(e.key)
        if country is not None and e.kind == "place" and self._acts(tokens, i, j):
            return name_key(country), "metonym"
        return key, form

    def _acts(self, tokens: list[Token], i: int, j: int) -> bool:
        """A capital or a seat of government standing for the government: possessive ("Moscow's"), or the subject of a
        verb of saying or acting ("Washington said"), never a place in a longer name or after a
        comma ("Seattle, Washington"), nor before "state" ("Washington state")."""
        if i > 0 and tokens[i].gap.strip() == "," and tokens[i - 1].cap:
            return False
        if i > 0 and tokens[i].gap == " " and tokens[i - 1].norm in _PLACE_PREPOSITIONS:
            return False  # "officials in Kiev said": a place
        if tokens[j].possessive:
            return True
        if j + 1 >= len(tokens):
            return False
        nxt = tokens[j + 1]
        if nxt.norm in self.vocab.not_metonymy_after:
            return False
        return nxt.gap == " " and nxt.norm in self.vocab.agent_verbs  # only the adjacent verb counts

    def _apposition_after(self, view: ArticleView, j: int, chain: str, kinds: frozenset[str]) -> tuple[int, int, Ref] | None:
        """"NAME, (a|the|her) [words] ROLE[,.]": the description joins NAME's chain (kinds: the
        kinds of referent its head may name: a person's role, a film's "the sequel")."""
        tokens = view.tokens
        if tokens[j].possessive:
            return None
        p = _past_age(tokens, j + 1)  # "Benjamin Banky, 40, the CEO of TallGrass,"
        if p >= len(tokens) or tokens[p].gap.strip() != ",":
            return None
        start = p
        first = tokens[p]
        if first.norm not in _DETERMINERS and first.norm not in _POSSESSIVE_PRONOUNS:
            ent = view.entity_at_token.get(p)
            if ent is None or not tokens[view.token_at_end.get(ent.end, p)].possessive:
                return None
            p = view.token_at_end.get(ent.end, p)  # "Lohan's publicist"
        head_at = None
        q = p + 1
        head_kind = None
        while q < len(tokens) and q - p <= self.settings.max_apposition_words and tokens[q].gap in (" ", "-"):
            if head_at is None and tokens[q].norm in _APPOSITION_FOLLOWERS | {"on", "near", "by"}:
                return None  # "Fiji Islands Auto Repair, a business on the same street": the street is no head of it
            described = self.head_of(tokens[q].norm) if not tokens[q].cap or self._role_acronym(view, tokens[q]) else None
            if described is not None and described[0] in kinds:
                head_at, head_kind = q, described[0]
            elif head_at is not None:
                break
            q += 1
        if head_at is None:
            return None
        if head_kind == "organisation" and any(
                tokens[m].cap and tokens[m + 1].gap != "-"  # (not "a Delhi-class destroyer", "a Texas-based firm")
                and getattr(view.entity_at_token.get(m), "kind", None) not in ("place", "group")
                for m in range(p + 1, head_at)):
            return None  # "AMD, the Data Center Server Solutions group": a part with a name of its own, not AMD
        end_at = head_at
        if head_at + 1 < len(tokens) and not tokens[head_at + 1].gap.strip() and tokens[head_at + 1].norm in _APPOSITION_FOLLOWERS:
            # "the president of Syria," / "a technician with the state police,": the phrase runs
            # to the punctuation that closes the apposition, within a few words
            q = head_at + 1
            while q < len(tokens) and q - head_at <= self.settings.max_apposition_words + 2 and (
                    not tokens[q].gap.strip() or _thousands(tokens[q - 1], tokens[q])
                    or _abbreviated_title(tokens[q - 1], tokens[q], self.title_words)):
                q += 1  # ("a city of 160,000 people,": a number's comma closes nothing; nor "Gov." a period)
            if q - head_at > self.settings.max_apposition_words + 2:
                return None
            end_at = q - 1
        if end_at + 1 < len(tokens):
            nxt = tokens[end_at + 1]
            if nxt.gap.strip()[:1] not in _APPOSITION_END and not (nxt.gap == " " and (nxt.norm == "who" or (
                    nxt.norm in _APPOSITION_RELATIVES and head_kind in ("organisation", "group")))):
                # ("IE11, the browser that will ship with ...": a thing's relative clause picks one
                # version out of the kind, so "the browser" elsewhere is no name of it)
                return None  # "Assad, the president said": not a description of Assad
        s, e = tokens[start].start, tokens[end_at].end
        if view.in_quote(s, e):
            return None
        head = self._role_phrase(tokens, start, head_at)
        return start, end_at + 1, Ref("text", s, e, view.text[s:e], "role", chain, head_kind or "person", None, head)

    def _predicate_after(self, view: ArticleView, j: int, chain: str) -> tuple[int, int, Ref] | None:
        """"NAME was identified as the gunman", "NAME is a suspect in ...": a role the sentence
        states of the person named just before its verb joins that person's chain, so that
        "the suspect" elsewhere (in this article or the other) is that person."""
        tokens = view.tokens
        p = _past_age(tokens, j + 1)  # "Eric Kirkpatrick, 61, was identified as the gunman"
        if p == j + 1:
            # "Vincent Gigante, who died yesterday in prison, was the Genovese crime family boss":
            # the relative clause tells of the one named, whose verb comes after it
            p = _past_relative(tokens, j + 1, 3 * self.settings.max_apposition_words)
        if p > j + 1 and p < len(tokens):
            if tokens[p].gap.strip() != ",":
                return None
        elif p >= len(tokens) or tokens[p].gap != " ":
            return None
        if tokens[p].norm not in self.vocab.predicate_verbs or tokens[j].possessive:
            return None
        if tokens[p].norm in ("has", "had"):
            if p + 1 >= len(tokens) or tokens[p + 1].norm != "been":
                return None  # "X has a lawyer": no role of X's
            p += 1
        if p + 2 < len(tokens) and tokens[p + 1].norm in self.vocab.predicate_participles and tokens[p + 2].norm == "as":
            p += 2
        start = p + 1
        if start >= len(tokens) or tokens[start].norm not in ("the", "a", "an") or tokens[start].gap != " ":
            return None
        head_at = None
        q, words = start + 1, 0
        while q < len(tokens) and words < self.settings.max_apposition_words:
            ent = view.entity_at_token.get(q)
            if (tokens[q].cap and tokens[q].gap == " " and ent is not None and ent.start == tokens[q].start
                    and ent.via != "event"):
                # a name inside the description ("the Genovese crime family boss"): one word of it
                last = view.token_at_end.get(ent.end)
                if last is None or tokens[last].possessive:
                    return None
                q, words = last + 1, words + 1
                continue
            if tokens[q].gap not in (" ", "-") or tokens[q].cap:
                return None
            q, words = q + 1, words + 1
            if _ranking(tokens[q - 1].norm):
                continue  # "the second bomb technician": a rank, not "a second" (an assistant)
            described = self.head_of(tokens[q - 1].norm)
            if described is not None and described[0] == "person":
                if q < len(tokens) and tokens[q].gap == " " and not tokens[q].cap and not tokens[q - 1].possessive and (
                        self.head_of(tokens[q].norm) or ("",))[0] == "person":
                    continue  # "the fifth NBA head coach": the noun after it heads the phrase
                if described[1] in self.vocab.generic or described[1] in self.vocab.kin:
                    return None  # "X is a man", "X was the father of ...": no role, a relation
                head_at = q - 1
                break
            if _closed(tokens[q - 1].norm):
                return None
        if head_at is None or (head_at > start + 1 and tokens[head_at - 1].possessive):
            return None  # "Smith is the suspect's brother"
        nxt = tokens[head_at + 1] if head_at + 1 < len(tokens) else None
        ranked = self._ranked(tokens, start, head_at)
        if nxt is not None and not (nxt.gap.strip()[:1] in _APPOSITION_END or ranked  # "X is the fifth coach fired"
                                    or (nxt.gap == " " and nxt.norm in self.vocab.predicate_followers)):
            return None  # "X is a suspect's" / "X was the driver said": no role of X's
        s, e = tokens[start].start, tokens[head_at].end
        if view.in_quote(s, e):
            return None
        # a rank ("the second bomb technician to die") is a label of X's, but gives X no role: a
        # description with that noun elsewhere may still be X ("an Oregon State Police bomb
        # squad technician" in the lead) or someone else the reader cannot tell
        head = None if ranked else self._role_phrase(tokens, start, head_at)
        return start, head_at + 1, Ref("text", s, e, view.text[s:e], "role", chain, "person", None, head)

    def _role_acronym(self, view: ArticleView, tok: Token) -> bool:
        """A person's role written as an acronym in capitals ("the CEO of TallGrass", "the local
        MP"), which heads an apposition though it has capitals; never an organisation ("the FBI")."""
        word = view.text[tok.start:tok.end]
        found = self.head_of(tok.norm) if word.isupper() and 2 <= len(word) <= 4 else None
        return found is not None and found[0] == "person"

    def _ranked(self, tokens: list[Token], k: int, idx: int) -> bool:
        """Whether a description (determiner at k, head at idx) ranks someone in a list: "the
        fifth coach fired this season", "the best team", "the 12th actor"; never a title an
        ordinal makes ("the free agent first baseman")."""
        return any(_ranking(tokens[m].norm) and not (m == idx - 1 and singular(tokens[idx].norm) in self.vocab.ordinal_titles)
                   for m in range(k + 1, idx))

    def _arrested(self, view: ArticleView, first: int, j: int) -> bool:
        """Whether the sentence says the person named (or described) at tokens first..j was
        arrested or charged: "police arrested (and charged) X", "X was arrested", "X, 27, has been
        charged", "a woman charged with killing", "X, who was arrested", "the arrest of X", "X was
        taken into custody", "X turned himself in", "X is accused of", "X faces two counts"."""
        if not self._tells_arrest:
            return False
        tokens, verbs = view.tokens, self.vocab.arrest_verbs
        p = j + 1
        if (p + 1 < len(tokens) and tokens[p].norm in _CONJUNCTIONS and tokens[p + 1].cap) or (
                first > 0 and tokens[first - 1].norm in _CONJUNCTIONS):
            return False  # "arrested X and Y", "X and Y were charged": one of several, no one's alone
        if first > 0 and tokens[first].gap == " " and tokens[first - 1].norm in verbs:
            return True
        if first > 1 and tokens[first].gap == " " and tokens[first - 1].norm == "of" and tokens[first - 2].norm == "arrest":
            return True  # "announced the arrest of X"
        if tokens[j].possessive or p >= len(tokens):
            return False
        if tokens[p].gap.strip() == "," and tokens[p].norm.isdigit() and p + 1 < len(tokens) and tokens[p + 1].gap.strip() == ",":
            p += 1  # "X, 27, was charged"
        elif tokens[p].gap != " " and not (tokens[p].gap.strip() == "," and tokens[p].norm == "who"):
            return False
        if tokens[p].norm == "who" and p + 1 < len(tokens) and tokens[p + 1].gap == " ":
            p += 1  # "X, who was arrested on Sunday,"
        if tokens[p].norm in verbs and p + 1 < len(tokens) and tokens[p + 1].norm in ("with", "in") and tokens[p + 1].gap == " ":
            return True  # "a 60-year-old woman charged with killing two women"
        if _phrase_at(tokens, p, self.vocab.gave_up):
            return True  # "X turned himself in", "X surrendered to police"
        if tokens[p].norm in ("faces", "faced") and any(
                tokens[m].norm in self.vocab.charge_nouns for m in range(p + 1, min(len(tokens), p + 5))):
            return True  # "X faces two counts of murder"
        if p >= len(tokens) or tokens[p].norm not in ("was", "is", "has", "had"):
            return False
        p += 1
        if p < len(tokens) and tokens[p].norm == "been" and tokens[p].gap == " ":
            p += 1
        return p < len(tokens) and tokens[p].gap == " " and (tokens[p].norm in verbs or _phrase_at(tokens, p, self.vocab.held))

    def _apposition_inside(self, view: ArticleView, i: int, name_at: int | None = None) -> int | None:
        """Inside a sentence, "... of the former dairy manager, Kyle Beus." / "moments after the
        employee, Yvonne Hiller, was suspended": the nearest determiner before the name's comma
        opens the description when the name closes the phrase (a comma or a stop after it, not
        "and": "the manager, Kyle Beus and ..." is a list)."""
        tokens = view.tokens
        j = j_end(view, i if name_at is None else name_at)  # (name_at: the name after an age at i)
        if j + 1 < len(tokens):
            after = tokens[j + 1].gap.strip()[:1]
            aged = name_at is not None and name_at != i  # "his wife, 23-year-old Laci, and ...": no list
            if after not in _APPOSITION_END or (after == "," and (
                    (tokens[j + 1].norm in _CONJUNCTIONS and not aged) or tokens[j + 1].cap)):
                return None  # "the manager, Kyle Beus and ...", "for Anchorage, Palmer, Wasilla": a list
        for k in range(i - 1, max(0, i - self.settings.max_apposition_words - 2), -1):
            if k < i - 1 and tokens[k + 1].gap.strip():
                return None  # punctuation inside: no one phrase
            if tokens[k].norm in _DETERMINERS or tokens[k].norm in _POSSESSIVE_PRONOUNS:
                if _relative_object(tokens, k):
                    return None  # "the man who kidnapped the child, Michael Webb,": whose name?
                return k if k > 0 else None  # "... and his wife, Laci." / "the employee, Yvonne Hiller,"
            owner = view.entity_at_token.get(k) if tokens[k].possessive else None
            if owner is not None and owner.kind in ("person", "organisation", "other"):
                # "Klitschko's Ukrainian brother, Vitali,", "Obama's spokesman, Josh Earnest,"
                start = view.token_at_start.get(owner.start)
                return start if start is not None and start > 0 else None
            if tokens[k].norm.endswith("ed") or _closed(tokens[k].norm) or tokens[k].cap and view.entity_at_token.get(k) is None:
                return None  # "the RCMP arrested two residents, X": a clause, not one phrase
        return None

    def _apposition_before(self, view: ArticleView, i: int, chain: str, kinds: frozenset[str]) -> tuple[int, Ref] | None:
        """"The head of the Kiev regime, Vladimir Zelensky", "The film, NEW MOON,": a description
        that opens its sentence (or clause) and is closed by a comma right before the name; its
        words before the head are modifiers, after it only an of-phrase."""
        tokens = view.tokens
        name_at, i = i, _age_before(tokens, i)  # "his wife, 23-year-old Laci,": the age is the name's
        if i < 2 or tokens[i].gap.strip() != ",":
            return None
        k = i - 1
        while k > 0 and i - k <= self.settings.max_apposition_words + 3 and not tokens[k].gap.strip() and not tokens[k].initial:
            k -= 1
        gap = tokens[k].gap.strip()
        # "Her publicist, Jack Ketsoyan,": someone's role, told of a person
        openers = _DETERMINERS | _POSSESSIVE_PRONOUNS if "person" in kinds else _DETERMINERS
        inside = tokens[k].norm not in openers or not (tokens[k].initial or (gap and gap[-1] in ",;:"))
        if inside:
            k = self._apposition_inside(view, i, name_at) if "person" in kinds else None
            if k is None:
                return None
            kinds = _APPOSITION_KINDS["person"]  # (inside a sentence, only a person's role)
        head_at = head_kind = None
        for m in range(i - 1 if inside else k + 1, i):  # (inside a sentence, the noun before the comma)
            described = self.head_of(tokens[m].norm) if not tokens[m].cap or self._role_acronym(view, tokens[m]) else None
            if described is not None and described[0] in kinds:
                head_at, head_kind = m, described[0]
                if described[0] == "person" and tokens[m].norm != described[1]:
                    return None  # "one of the study authors, Owen Dempsey": a group, he one of it
                break
            if _closed(tokens[m].norm):
                return None  # "The shooting happened moments after the employee, ...": a clause
        if head_at is None or (inside and head_at != i - 1):
            return None  # (inside a sentence, the role noun right before the comma)
        if head_at + 1 < i and tokens[head_at + 1].norm not in _APPOSITION_FOLLOWERS:
            return None
        s, e = tokens[k].start, tokens[i - 1].end
        if view.in_quote(s, e):
            return None
        return k, Ref("text", s, e, view.text[s:e], "role", chain, head_kind, None, self._role_phrase(tokens, k, head_at))

    def _only_person_of_each_gender(self, tokens: list[Token], pending: list[tuple[int, Ref]], out: ArticleChains) -> dict[str, str]:
        """Gender -> the chain of the one person of that gender the article names, told by the
        pronouns that follow their names ("Raj Chohan ... when she was hit"), when their chain
        carries no role (a "spokeswoman" is not "the woman" a story is about)."""
        votes: dict[str, Counter] = {}
        starts = [i for i, _ in pending]
        for n, (i, ref) in enumerate(pending):
            if ref.kind != "person" or ref.entity is None or ref.form not in ("name", "short", "title"):
                continue
            stop = min(starts[n + 1] if n + 1 < len(starts) else len(tokens), i + self.settings.gender_pronoun_reach)
            for m in range(view_token_after(tokens, ref.end, i), stop):
                gender = _PRONOUN_GENDER.get(tokens[m].norm)
                if gender:
                    votes.setdefault(ref.chain, Counter())[gender] += 1
                    break
        # a given name that names a man or a woman outweighs the pronouns after the name
        # ("Jonathan Carrasquillo, 24. The 34-year-old mother ... her": her is someone else's)
        given = {}
        for _, ref in pending:
            if ref.kind == "person" and ref.entity is not None and ref.form in ("name", "title"):
                first = next((w for w in ref.entity.key.split() if len(w) > 1), "")
                if " " in ref.entity.key and first in gendered_given_names():
                    given[ref.chain] = gendered_given_names()[first]
        by_gender: dict[str, list[str]] = {}
        unsure = set()  # pronouns and given name disagree: counts as either, joins no description
        for chain, counts in votes.items():
            gender, count = counts.most_common(1)[0]
            if count > sum(counts.values()) - count:
                by_gender.setdefault(gender, []).append(chain)
                if given.get(chain, gender) != gender:
                    by_gender.setdefault(given[chain], []).append(chain)
                    unsure.add(chain)
        return {
            gender: chains[0] for gender, chains in by_gender.items()
            if len(chains) == 1 and chains[0] not in unsure
            and not out.roles.get(chains[0], set()) - out.implied.get(chains[0], set())
        }


def _gender_told(tokens: list[Token], k: int) -> str | None:
    """The gender the text tells of a surname at token k (entities.surname_gender), read past a
    date right after it ("Peterson on Nov. 12 of murdering his wife": the month's capital is no
    other name)."""
    if k > 0 and tokens[k - 1].norm in _HONORIFIC_GENDER:
        return _HONORIFIC_GENDER[tokens[k - 1].norm]
    calendar = time_vocabulary()
    m = k + 1
    while m < min(len(tokens), k + 5) and (tokens[m].norm in ("on", "in") or tokens[m].norm.isdigit()
                                            or tokens[m].norm in calendar.months or tokens[m].norm in calendar.weekdays):
        m += 1
    return surname_gender(tokens, k) if m == k + 1 else gender_after(tokens, m)


_RECORD = re.compile(r"\b[a-z0-9]+-(?:time|term)\b", re.IGNORECASE)  # "two-time", "three-term": a record
# verbs of saying written right after a speaker's name ("Dan Rell said"): _opens_next_sentence
_SPEECH_VERBS = frozenset(entity_words()["speech_verbs_after_names"])


@functools.lru_cache(maxsize=1)
def _company_heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(boss nouns, roles of a business's head, last words of roles that may be someone's boss):
    naming.json company_heads."""
    data = naming_data().get("company_heads", {})
    return (frozenset(data.get("boss_nouns", ())), frozenset(data.get("head_roles", ())),
            frozenset(data.get("rival_role_words", ())))


_BE_FORMS = BE_FORMS | {"got"}  # ("got arrested": a passive too)
_ACT: dict[tuple[str, ...], re.Pattern[str]] = {}  # the attacked phrases' pattern, by phrases
# the first lower-case word after a name, past an apposition or an age in commas ("Dan Rell, 52, was")
_VERB_AFTER_NAME = re.compile(r"(?:\s*,[^,.;]*,)?\s+([a-z]+)\b")
_AGE_BEFORE_NAME = re.compile(r"\b(\d{1,3})-year-old $")  # right before a name: the name's age
def _phrase_at(tokens: list[Token], p: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of the phrases starts at token p, its words separated by spaces only."""
    for phrase in phrases:
        if p + len(phrase) <= len(tokens) and all(
                tokens[p + n].norm == w and (n == 0 or tokens[p + n].gap == " ") for n, w in enumerate(phrase)):
            return True
    return False


def _thousands(prev: Token, tok: Token) -> bool:
    """Whether a comma between two tokens groups a number's thousands ("160,000", "500, 000")."""
    return prev.norm.isdigit() and tok.norm.isdigit() and len(tok.norm) == 3 and tok.gap.strip() == ","


def _person_like_or_described(chains: ArticleChains, chain: str) -> bool:
    """A person's chain, named or told by descriptions only ("a 61-year-old man")."""
    return _person_like(chains, chain) or (chain in chains.described and _chain_kind(chains, chain) == "person")


def _past_relative(tokens: list[Token], p: int, most: int) -> int:
    """Index past a relative clause set off by commas right after a name ("Gigante, who died
    yesterday in prison, was"): the token after it, whose gap holds the closing comma; p itself
    when none is there (or it runs past a sentence's end or ``most`` words)."""
    if p >= len(tokens) or tokens[p].norm != "who" or tokens[p].gap.strip() != ",":
        return p
    for q in range(p + 1, min(len(tokens), p + 1 + most)):
        gap = tokens[q].gap.strip()
        if gap == ",":
            return q
        if gap not in ("", "-"):
            return p  # a sentence's end, a quotation, a bracket: no clause read
    return p


def _past_age(tokens: list[Token], p: int) -> int:
    """Index past an age set off by commas right after a name ("Banky, 40, the CEO"): the token
    after the age, whose gap holds the comma that closes it; p itself when no age is there."""
    if (p + 1 < len(tokens) and tokens[p].gap.strip() == "," and tokens[p].norm.isdigit() and len(tokens[p].norm) <= 3
            and tokens[p + 1].gap.strip() == ","):
        return p + 1
    return p


def _age_before(tokens: list[Token], i: int) -> int:
    """Index of an age written right before the name at token i ("23-year-old Laci"): where an
    apposition before the name must end; i itself when no age is there."""
    if (i >= 3 and tokens[i].gap == " " and tokens[i - 1].norm == "old" and tokens[i - 1].gap == "-"
            and tokens[i - 2].norm == "year" and tokens[i - 2].gap == "-" and tokens[i - 3].norm.isdigit()):
        return i - 3
    return i


class AgeGroups(NamedTuple):
    """naming.json's age_groups: what tells a child's description from an adult's chain."""

    adult_age: int  # an age stated of at least this is an adult's
    child_nouns: frozenset[str]  # "child", "girl": nouns only a child is called
    adult_nouns: frozenset[str]  # "father", "driver": nouns only an adult is called
    adult_honorifics: frozenset[str]  # "mr", "mrs": an adult's honorific before a name
    age_words: dict[str, tuple[int, int]]  # "teenage" -> (13, 19): a word that tells an age span


@functools.lru_cache(maxsize=1)
def _age_groups() -> AgeGroups:
    data = naming_data()["age_groups"]
    return AgeGroups(int(data["adult_age"]), frozenset(data["child_nouns"]), frozenset(data["adult_nouns"]),
                     frozenset(data["adult_honorifics"]),
                     {w: (int(lo), int(hi)) for w, (lo, hi) in data.get("age_words", {}).items()})


def told_age_spans(out: ArticleChains) -> dict[str, tuple[int, int]]:
    """The age span each chain of descriptions tells by a word ("a teenage boy", "the teenager":
    13 to 19), when it states no age and its mentions tell one span only (the refs read once;
    a mention without an age word's stem is passed over unsplit)."""
    words = _age_groups().age_words
    pattern = _age_word_pattern()
    stems = tuple({w[1:4] for w in words})  # ("een" of "teen", "Teenage": a substring test first, the regex after)
    stem = stems[0] if len(stems) == 1 else None  # (one stem: no generator a mention)
    found: dict[str, set[tuple[int, int]]] = {}
    for r in out.refs:
        if r.field != "text" or r.form != "description" or not (
                stem in r.text if stem is not None else any(s in r.text for s in stems)) \
                or pattern.search(r.text) is None or not _described(out, r.chain):
            continue
        for w in _WORDS.findall(r.core.casefold()):
            if w in words:
                found.setdefault(r.chain, set()).add(words[w])
    return {c: next(iter(spans)) for c, spans in found.items() if len(spans) == 1 and not out.ages.get(c)}


def one_aged_within(ages: dict[str, set[int]], span: tuple[int, int], among) -> list[str]:
    """The chains of ``among`` whose stated ages all lie in an age span (a teen's: 13 to 19)."""
    lo, hi = span
    return [c for c in among if ages.get(c) and all(lo <= a <= hi for a in ages[c])]


_WORDS = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=1)
def _age_word_pattern() -> re.Pattern[str]:
    """One search for any age word in a mention (most mentions have none)."""
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(_age_groups().age_words, key=len, reverse=True))),
                      re.IGNORECASE)


def _child_ref(r: Ref, groups: AgeGroups) -> bool:
    """A description whose noun is a child's and which states no adult's age."""
    if r.kind != "person" or r.form not in ("description", "role") or not r.head:
        return False
    if singular(r.head.rsplit(" ", 1)[-1]) not in groups.child_nouns:
        return False
    return not any(int(m.group(1)) >= groups.adult_age for m in age_matches(r.core))


def _adult_chain(out: ArticleChains, chain: str, held: set[int], groups: AgeGroups) -> bool:
    """Whether the rest of a chain shows an adult: an adult's age stated of it, an adult's
    noun among its mentions' roles, or an adult's honorific before its name."""
    if any(age >= groups.adult_age for age in out.ages.get(chain, ())):
        return True
    for r in out.refs:
        if r.chain != chain or id(r) in held:
            continue
        if r.head and (r.head in groups.adult_nouns or singular(r.head.rsplit(" ", 1)[-1]) in groups.adult_nouns):
            return True
        if r.form in ("name", "short", "title"):
            first = re.match(r"\w+", r.text)
            if first and first.group(0).casefold() in groups.adult_honorifics and r.text[first.end():first.end() + 1] in ". ":
                return True
    return False


def _relative_object(tokens: list[Token], k: int) -> bool:
    """Whether the phrase opened at token k is the object of a relative clause's verb ("the man
    who kidnapped the child, Michael Webb, was sentenced"): the name after it may be the
    clause's antecedent as well as the object, and a reader cannot tell which."""
    return (k >= 2 and not tokens[k].gap.strip() and not tokens[k - 1].gap.strip()
            and not tokens[k - 1].cap and tokens[k - 2].norm in ("who", "whom", "which"))
