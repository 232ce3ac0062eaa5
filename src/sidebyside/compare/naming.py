"""Cross-document referent chains: how each article names each person, group, organisation,
place and event both mention, and the chains whose two sides use different labels.

Within one article, mentions are grouped into chains:
- names and their short forms (entities.py: "Bashar al-Assad" ... "Assad"; an acronym introduced
  in brackets), with the titles and roles written before them ("Syrian President Bashar al-Assad",
  "actress Lindsay Lohan", "Turkey's Recep Tayyip Erdogan");
- appositions that describe a named person ("Jack Ketsoyan, her publicist,"), whose role noun
  the chain then carries, so that a later "the publicist" joins it;
- definite descriptions ("the president", "the bank"): they join the chain that carries their
  role noun, or whose name ends in it ("West Coast Bank"), else form a chain of their own;
- metonymy: a seat of government ("the Kremlin") and a capital acting as a government
  ("Moscow said", "Washington's decision", never "Washington state" or "Seattle, Washington")
  join the country's chain;
- aliases and acronyms (resources/terms/naming.json; "the DNC" for "the Democratic National
  Committee" from the initials).
Pronouns are not mentions here: they would never be shown as labels.

Across the two articles, chains are paired by their keys (only_in.match_entities's key maps:
surnames, spellings, short forms), aliases, acronyms, and, for a chain of descriptions only, by
the role noun the other article gives a named chain ("a bomb technician" / "William Hakim, a
bomb squad technician"). A pair whose label sets differ is a label contrast; its ``telling``
score orders them (a role or description only one side uses first, a short form last).

Mentions in the headline and standfirst carry ``field`` "title" / "lead" and offsets into that
string; body mentions ``field`` "text" with offsets into Article.text.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.entities import (
    CLOSED_CLASS,
    Entity,
    EntityFinder,
    gender_after,
    given_names,
    is_full_name,
    name_key,
    same_person_name,
    surname_gender,
    title_vocabulary,
)
from sidebyside.compare.nouns import NounLexicon, RelatedNouns, nouns
from sidebyside.compare.termdata import TERMS_DIR, Lexicon, lexicon, naming_data
from sidebyside.compare.text import fold
from sidebyside.compare.times import TimeChains, find_times, link_times, other_parts_of_day, time_chains, time_label
from sidebyside.compare.tokens import Token, joinable, tokenize
from sidebyside.model import LabelContrast, LabelCount, Mention, Quote
from sidebyside.resources import resource
from sidebyside.settings import DEFAULT, NamingSettings

FIELDS = ("title", "lead", "text")
_DETERMINERS = frozenset("the a an this that these those".split())
_SINGULAR_DETERMINERS = frozenset("this that".split())
_POSSESSIVE_PRONOUNS = frozenset("his her their its our my your".split())
_LABEL_STOP = frozenset("the a an this that these those mr mrs ms miss dr".split())
_APPOSITION_END = frozenset(",.;:)")
_PLACE_PREPOSITIONS = frozenset("in at to from near into outside inside across around via through toward towards".split())
_ACRONYM_SKIP = frozenset("of the and for & de du la le des".split())
_WORD = re.compile(r"\w+")
_DEAL_OBJECT_WINDOW = 4  # tokens after "acquire" / "acquisition of" where the company bought is named
# Venues a story happens at, with one word per kind ("a Biloxi motel" is "the hotel").
_VENUES = {
    "hotel": "hotel", "motel": "hotel", "store": "store", "shop": "store", "supermarket": "store",
    "restaurant": "restaurant", "bar": "bar", "bank": "bank", "school": "school", "hospital": "hospital",
    "prison": "prison", "jail": "prison", "camp": "camp", "factory": "factory", "plant": "factory",
    "station": "station", "stadium": "stadium", "arena": "stadium", "airport": "airport", "church": "church",
}
_VENUE_PARTS = frozenset("room".split())  # a part of a venue that stands for it: "a hotel room in Biloxi"
# Kinds of referent a description may name (nouns.REFERENT_KINDS, and works from naming.json).
_DESCRIBED_KINDS = frozenset("person organisation place thing work".split())
_NOT_DESCRIPTION_HEADS = frozenset("general chief head center centre guard forward side".split())
_MILITARY = frozenset("forces force troops army military navy soldiers".split())
# (never "vice" or "deputy": a vice president is not the president)
_RANK_WORDS = frozenset("former ex acting interim outgoing incoming senior top chief first de facto "
                        "self-proclaimed long-time longtime veteran".split())
# What may follow the role noun of an apposition: "Hakim, a bomb squad technician with the police"
_APPOSITION_FOLLOWERS = frozenset("with of for at in from since".split())


@dataclass(frozen=True)
class NamingVocabulary:
    roles: dict[str, str]  # folded role noun (any inflection) -> "person" / "organisation" / "place"
    generic: frozenset[str]  # role nouns too vague to pair chains across articles on their own
    seats: dict[str, str]  # name key of a seat of government -> country
    agent_verbs: frozenset[str]
    not_metonymy_after: frozenset[str]
    aliases: dict[str, str]  # name key -> name key of the group's first member
    org_anaphors: frozenset[str]  # "the company", "the team": the organisation just named
    works: frozenset[str]  # "film", "novel", "show": a work a title names
    genders: dict[str, str]  # "woman" -> "female", "father" -> "male"
    gender_modifiers: dict[str, str]  # "female" -> "female": a word before a role noun that tells a gender
    kin: frozenset[str]  # "mother", "son": a person named by a relation to someone else
    ranks: frozenset[str]  # "associate", "deputy": the associate director is not the director
    not_heads: frozenset[str]  # nouns that head no description of a referent ("the way", "the time")
    deal_words: frozenset[str] = frozenset()  # "acquire", "merger": a second company is in play
    # role noun -> words before it that make another noun of it ("free agent" is a player)
    compounds: dict[str, frozenset[str]] = field(default_factory=dict)
    regions: frozenset[str] = frozenset()  # name keys of states and provinces ("oregon")
    # "NAME was (identified as) the gunman", "NAME is a suspect in": verbs, participles, and the
    # words a role may be followed by
    predicate_verbs: frozenset[str] = frozenset()
    predicate_participles: frozenset[str] = frozenset()
    predicate_followers: frozenset[str] = frozenset()
    arrest_verbs: frozenset[str] = frozenset()  # "arrested", "charged": who was, is the suspect
    speaks_for: frozenset[str] = frozenset()  # "spokesman": someone's, never the one man named
    ordinal_titles: frozenset[str] = frozenset()  # "baseman": "first baseman" is a title, no rank
    noun_suffixes: tuple[str, ...] = ()  # endings of nouns the noun lexicon leaves out ("disposal")
    # event slots (slot_maps): auxiliaries, the words skipped between a subject and its verb
    # (auxiliaries and adverbs), prepositions of an agent ("shot by police"), and words that
    # are never the event verb (numbers: "two boys" / "two sons")
    auxiliaries: frozenset[str] = frozenset()
    passive_auxiliaries: frozenset[str] = frozenset()  # "was", "been": "was killed" makes its subject the patient
    slot_skip: frozenset[str] = frozenset()
    slot_prepositions: frozenset[str] = frozenset()
    slot_not_verbs: frozenset[str] = frozenset()
    irregular_pasts: frozenset[str] = frozenset()  # "struck", "shot": pasts not in -ed


_CITY_WORDS = 4  # the longest city name a team is named after ("Salt Lake City", "Tampa Bay")


@functools.lru_cache(maxsize=1)
def vocabulary() -> NamingVocabulary:
    data = naming_data()
    roles: dict[str, str] = {}
    for kind, key in (("place", "place_nouns"), ("organisation", "organisation_nouns"), ("person", "person_roles")):
        for noun in data[key]:
            for form in _noun_forms(noun):
                roles[fold(form)] = kind
    aliases = {}
    for group in data["aliases"]:
        for member in group:
            aliases[name_key(member)] = name_key(group[0])
    return NamingVocabulary(
        roles=roles,
        generic=frozenset(f for g in data["generic_heads"] for f in _noun_forms(g)),
        seats={name_key(k): v for k, v in data["government_seats"].items()},
        agent_verbs=frozenset(data["agent_verbs"]),
        not_metonymy_after=frozenset(data["not_metonymy_after"]),
        aliases=aliases,
        org_anaphors=frozenset(data["organisation_anaphors"]),
        works=frozenset(data["work_nouns"]),
        genders={**{w: "female" for w in data["female_nouns"]}, **{w: "male" for w in data["male_nouns"]}},
        gender_modifiers={**{w: "female" for w in data["female_modifiers"]}, **{w: "male" for w in data["male_modifiers"]}},
        kin=frozenset(data["kin_nouns"]),
        ranks=frozenset(data["rank_words"]),
        not_heads=frozenset(data["not_description_heads"]),
        deal_words=frozenset(data["deal_words"]),
        compounds={fold(head): frozenset(fold(w) for w in words)
                   for head, words in data["compound_nouns"].items() if head != "about"},
        regions=frozenset(name_key(r) for r in data.get("regions", ())),
        predicate_verbs=frozenset(data["predicate_verbs"]),
        predicate_participles=frozenset(data["predicate_participles"]),
        predicate_followers=frozenset(data["predicate_followers"]),
        arrest_verbs=frozenset(data["arrest_verbs"]),
        speaks_for=frozenset(data["speaks_for_nouns"]),
        ordinal_titles=frozenset(data["ordinal_titles"]),
        noun_suffixes=tuple(data["noun_suffixes"]),
        auxiliaries=frozenset(data["event_slots"]["auxiliaries"]),
        passive_auxiliaries=frozenset(data["event_slots"]["passive_auxiliaries"]),
        slot_skip=frozenset(data["event_slots"]["auxiliaries"] + data["event_slots"]["adverbs"]),
        slot_prepositions=frozenset(data["event_slots"]["agent_prepositions"]),
        slot_not_verbs=frozenset(_number_words()),
        irregular_pasts=frozenset(data["event_slots"]["irregular_pasts"]),
    )


def _number_words() -> list[str]:
    """Number words ("two", "hundred"), from the quantities vocabulary the discrepancy cue reads."""
    data = json.loads(resource(TERMS_DIR).joinpath("quantities.json").read_text(encoding="utf-8"))
    return [*data["number_words"], *data["scales"]]


def quoted_spans(quotes: Iterable[Quote]) -> tuple[tuple[int, int], ...]:
    """The sorted, merged spans of the direct quotations the labels must skip: the quote
    finder's (compare/quotes.py), which also runs a quotation whose later opening marks were
    lost on to the paragraph that closes it."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted((q.start, q.end) for q in quotes):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return tuple(merged)


def _noun_forms(noun: str) -> set[str]:
    """A role noun and its plural ("convict", "convicts"; never the verb's "convicted")."""
    forms = {noun}
    if noun.endswith("man"):
        forms.add(noun[:-3] + "men")
    elif noun.endswith("y") and noun[-2:-1] not in "aeiou":
        forms.add(noun[:-1] + "ies")
    elif noun.endswith(("s", "x", "ch", "sh")):
        forms.add(noun + "es")
    else:
        forms.add(noun + "s")
    return forms


@dataclass
class Ref:
    """One mention of a referent in one article."""

    field: str
    start: int
    end: int
    text: str
    form: str  # name | short | title | role | description | metonym | alias
    chain: str  # chain key within the article (pair-wide once mapped)
    kind: str
    entity: Entity | None = None
    head: str | None = None  # role noun of a description or title


@dataclass
class ArticleChains:
    refs: list[Ref] = field(default_factory=list)
    roles: dict[str, set[str]] = field(default_factory=dict)  # chain -> role nouns it carries
    names: dict[str, list[str]] = field(default_factory=dict)  # chain -> surface names, in order
    kinds: dict[str, Counter] = field(default_factory=dict)
    countries: dict[str, set[str]] = field(default_factory=dict)  # chain -> nationality keys of its titles
    described: dict[str, Described] = field(default_factory=dict)  # chain of descriptions only -> what they say
    written: set[str] = field(default_factory=set)  # every name the body writes, linked to a chain or not
    times: TimeChains = field(default_factory=TimeChains)  # the days (and months) the body dates things by
    story_day: str | None = None  # the chain of the first day the body gives near its top
    ages: dict[str, set[int]] = field(default_factory=dict)  # chain -> ages stated of it
    # person chain -> organisations written right after its name ("Hakim, a technician with
    # the Oregon State Police", "Tennant of the Woodburn Police Department")
    organisations: dict[str, set[str]] = field(default_factory=dict)
    located: set[str] = field(default_factory=set)  # chains written right after "in", "at", "from" ...: places there
    definite: set[str] = field(default_factory=set)  # chains written after "the" ("the Navy", "the Post")
    acting: set[str] = field(default_factory=set)  # countries written other than as places: maybe their governments
    # chain -> roles the text gives through the event, not in a noun beside the name ("police
    # arrested X": the suspect); they join "the suspect" but are no role a reader sees written
    implied: dict[str, set[str]] = field(default_factory=dict)
    opening_end: int = 0  # where the body's opening paragraphs end (settings.main_actor_paragraphs)
    slots: dict[tuple[int, int], list[tuple[str, str]]] = field(default_factory=dict)  # (start, end) -> its event slots


@dataclass(frozen=True)
class Described:
    """What the descriptions of a chain of descriptions have in common ("the Russian
    officials": role "official", plural, country "russia")."""

    role: str  # the role noun with the title words that specify it ("finance minister")
    plural: bool
    country: str | None  # nationality or place written in it ("the Texas jury")
    modifier: str | None  # another name written in it ("the Obama team")
    # "their attorneys", "its director": someone's, whose the reader learns from this article
    # only: the other article's bearer of that very role at most, never of a related one;
    # "own" ("his own attorney") says the possessor himself, never anyone the other names
    possessed: str = ""  # "" | "pronoun" | "own"
    bare: bool = False  # a plural with no determiner ("seven attorneys", "Somali pirates"): a new group
    modifier_kind: str | None = None  # the kind of the name written in it ("organisation" for "an FBI agent")
    # "the fifth coach fired this season", "the best team in recent memory": one of a ranking,
    # said of someone in its sentence, never a name for whoever else carries the role
    ranked: bool = False

    @property
    def head(self) -> str:
        return self.role.rsplit(" ", 1)[-1]


def label_of(text: str) -> str:
    """A mention's label: folded words, possessive 's and a leading determiner or honorific
    dropped ("The Kremlin's" -> "kremlin", "Mr. LaRue" -> "larue")."""
    text = re.sub(r"['’]s\b", "", text)
    text = _LETTER_STOPS.sub("", text)  # "U.S." = "US": a house style
    words = _WORD.findall(fold(text))
    while words and words[0] in _LABEL_STOP:
        words = words[1:]
    return " ".join(words)


# --------------------------------------------------------------------------- one article


class ChainBuilder:
    """Mentions and within-article chains of one article (all three fields)."""

    def __init__(self, lex: Lexicon, finder: EntityFinder, vocab: NamingVocabulary, settings: NamingSettings):
        self.lex = lex
        self.finder = finder
        self.vocab = vocab
        self.settings = settings
        self.capitals = {name_key(c): country for c, country in lex.capital_of.items()}
        self.title_words, self.title_heads = finder.look.title_words, finder.look.title_heads
        # title words that say which office ("finance", "foreign", "prime"), not how senior
        self.country_keys = frozenset(name_key(c) for c in lex.countries.values())
        # heads of institutions' names ("National Football League", "Justice Department"): not
        # what "the company" or "the team" stands for
        self.institution_heads = frozenset(lex.name_heads.get("organisation", ())) - _BUSINESS_HEADS
        self.name_heads = frozenset(w for kind in ("organisation", "place") for w in finder.look.heads.get(kind, ()))
        self.specifiers = frozenset(w for m in lex.title_modifiers for w in m.split()) - _RANK_WORDS
        self.nouns = nouns()
        self.known_places = frozenset(name_key(p) for p in (*lex.places, *lex.countries, *lex.capital_of))
        self._heads: dict[str, tuple[str, str] | None] = {}  # head_of's answers, by word
        self._tells_arrest = True  # whether the article being read has an arrest verb (_body)

    def head_of(self, norm: str) -> tuple[str, str] | None:
        """(kind of referent, singular noun) of a word that can head a description: a role
        noun of naming.json ("publicist", "team", "hotel"), a title's head ("minister"), a
        work ("film"), or a noun the noun lexicon knows as a person, group, place or thing."""
        if norm in self._heads:
            return self._heads[norm]
        found = self._heads[norm] = self._head_of(norm)
        return found

    def _head_of(self, norm: str) -> tuple[str, str] | None:
        kind = self.vocab.roles.get(norm)
        if kind is not None:
            return kind, _singular(norm)
        if norm in self.title_heads:
            return "person", norm
        if norm in CLOSED_CLASS or len(norm) < 3:
            return None  # "who", "at": words WordNet also lists as nouns ("WHO", astatine)
        work = _singular(norm)
        if work in self.vocab.works:
            return "work", work  # (before the lexicon: "show" is more often a verb)
        lemma = self.nouns.lemma(norm)
        if lemma is None or lemma in self.vocab.not_heads:
            return None
        kind = self.nouns.kind(lemma)
        return (kind, lemma) if kind in _DESCRIBED_KINDS else None

    def build(self, view: ArticleView, fields: dict[str, str], names_elsewhere: frozenset[str],
              published: str | None = None) -> ArticleChains:
        """published: the article's date (ISO), which turns "yesterday" and "on Monday" into dates."""
        out = ArticleChains(opening_end=_paragraph_end(view.text, self.settings.main_actor_paragraphs))
        self._body(view, out)
        self._organisations_beside(view, out)
        self._times(view, published, out)
        known = set(out.names) | set(out.roles)
        surnames = _surname_map(out)
        for name in ("title", "lead"):
            text = fields.get(name) or ""
            if text.strip():
                self._heading(name, text, names_elsewhere, known, surnames, out)
        return out

    # ------------------------------------------------------------------ body

    def _times(self, view: ArticleView, published: str | None, out: ArticleChains) -> None:
        """The body's times, one chain per day (compare/times.py), and the story's day: the
        first day given within the body's first paragraphs."""
        out.times = time_chains(find_times(view.text, published), self.settings.max_time_chains)
        top = _paragraph_end(view.text, self.settings.story_day_paragraphs)
        for m in out.times.mentions:
            out.refs.append(Ref("text", m.start, m.end, m.text, "time", m.chain, "time"))
            if out.story_day is None and m.start < top and out.times.day_level[m.chain]:
                out.story_day = m.chain

    def _body(self, view: ArticleView, out: ArticleChains) -> None:
        tokens = view.tokens
        folded = view.text.casefold()
        self._tells_arrest = any(verb in folded for verb in self.vocab.arrest_verbs)  # else no one is the suspect so
        taken = bytearray(len(tokens))  # tokens already inside a mention
        pending: list[tuple[int, Ref]] = []  # (token index, ref) in text order

        def claim(lo: int, hi: int, ref: Ref) -> None:
            """A description beside a name (before it, in apposition, stated of it) joins its chain."""
            for m in range(lo, hi):
                taken[m] = 1
            pending.append((lo, ref))
            self._note(out, ref)
        for e in view.entities:
            if e.via in ("demonym", "event"):
                continue
            out.written.add(e.text)
            if view.in_quote(e.start, e.end):
                continue
            i, j = view.token_at_start.get(e.start), view.token_at_end.get(e.end)
            if i is None or j is None:
                continue
            if e.kind == "other" and not self._name_like(e, tokens[i]) and e.key not in self.vocab.aliases:
                continue
            chain, form = self._entity_chain(e, tokens, i, j)
            if chain is None:
                continue
            start = e.start
            head = None
            kind = "place" if form == "metonym" else e.kind  # the Kremlin stands for Russia
            if e.kind in ("person", "other") and " " in e.key:
                k, head = self._premodifier(view, i)
                if head is not None and (head != "of" or e.kind == "person"):
                    # "Turkey's Recep Tayyip Erdogan"; a role makes a name of no known kind a
                    # person's: "first baseman Mark Teixeira"
                    start, form, kind = tokens[k].start, "title", "person"
                    for m in range(k, i):
                        taken[m] = 1
                else:
                    head = None
            for m in range(i, j + 1):
                taken[m] = 1
            end = e.end + 1 if _DOTTED_LETTERS.fullmatch(e.text) and view.text[e.end : e.end + 1] == "." else e.end
            if start == e.start and i > 0 and tokens[i].gap == " " and tokens[i - 1].norm in _PLACE_PREPOSITIONS:
                out.located.add(chain)  # "in Kansas City": the city, not its team
            if i > 0 and tokens[i].gap == " " and tokens[i - 1].norm == "the" or e.text[:4].casefold() == "the ":
                out.definite.add(chain)
            if form != "metonym" and chain in self.country_keys and not tokens[j].possessive and not (
                    i > 0 and tokens[i - 1].norm in _PLACE_PREPOSITIONS | _OF_PLACE):
                out.acting.add(chain)  # "the U.S. imposed": maybe the country as its government;
                # "in the United States", "the United States' mysteries" are the country itself
            ref = Ref("text", start, end, view.text[start:end], form, chain, kind, e, head)  # "U.S." with its stop
            pending.append((i, ref))
            self._note(out, ref)
            described_as = _APPOSITION_KINDS.get(e.kind, frozenset())
            if start == e.start and described_as:
                before = self._apposition_before(view, i, chain, described_as)
                if before is not None:
                    claim(before[0], i, before[1])
            if described_as:
                appo = self._apposition_after(view, j, chain, described_as)
                if appo is not None and e.kind == "other" and appo[2].kind == "person":
                    ref.kind = "person"  # "Bettie Page, the pin-up model,": a person after all
                    out.kinds[chain]["person"] += 2
                if appo is not None:
                    claim(*appo)
                elif e.kind == "person":
                    told = self._predicate_after(view, j, chain)
                    if told is not None:
                        claim(*told)
            if e.kind == "person" and self._arrested(view, view.token_at_start.get(start, i), j):
                out.roles.setdefault(chain, set()).add("suspect")
                out.implied.setdefault(chain, set()).add("suspect")
        pending.sort(key=lambda p: p[0])
        self._descriptions(view, taken, pending, out)
        out.refs = [r for _, r in sorted(pending, key=lambda p: p[0])]
        merge_chains(out, same_person_variants(out))
        merge_chains(out, short_names(out, out, self.country_keys))
        merge_chains(out, self._surnames_of_people(view, out))
        self._split_by_age(out)
        merge_chains(out, self._ages(view, out))
        merge_chains(out, self._venues_named(out))
        merge_chains(out, self._introduced_then_named(view.text, out))
        merge_chains(out, self._told_twice(view, out))

    def _told_twice(self, view: ArticleView, out: ArticleChains) -> dict[str, str]:
        """A description and a name that hold one slot of one event verb in one article ("The
        alleged Mafia boss of a Palermo neighborhood hanged himself" ... "Gaetano Lo Presti, 52,
        hanged himself"): the article tells its event twice, once by each; only when each is the
        only one of its sort in that slot, the description joins no other name so, and nothing
        tells two people apart (a gender, an age, another role)."""
        slots: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
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
                for slot in held:
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
                if len(n) == 1 and not _slot_pair_differs(pair, c, next(iter(n)), self.vocab)}

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
                ranks = self.vocab.ranks.intersection(r.text.lower().split())
                if ranks:
                    ranked[r.chain] = ranked.get(r.chain, frozenset()) | ranks
        bearers: dict[str, set[str]] = {}
        for c, roles in out.roles.items():
            if c in out.described or c.startswith(("role:", "venue:", "time:")) or c not in out.names:
                continue
            for role in roles:
                bearers.setdefault(role.rsplit(" ", 1)[-1], set()).add(c)
        heads = Counter(info.head for info in out.described.values())
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
            if gender and given_names().get(target.split()[0]) != gender:
                continue  # "a female deputy" is no Deputy John Ortiz
            mapping[c] = target
        return mapping

    def _venues_named(self, out: ArticleChains) -> dict[str, str]:
        """A venue told by its kind and place ("an Oregon bank", "a hotel in Biloxi") -> the one
        place or organisation the article names and also calls by that noun ("West Coast Bank ...
        the bank"), when the article tells no other venue of that kind. Its place must be a place,
        or a word of that name ("a Waitrose store" is Waitrose's, never another chain's)."""
        venues: dict[str, set[str]] = {}
        for r in out.refs:
            if r.chain.startswith("venue:"):
                venues.setdefault(r.chain.split(":")[1], set()).add(r.chain)
        if not venues:
            return {}
        named: dict[str, set[str]] = {}
        for c, roles in out.roles.items():
            if c.startswith(("venue:", "role:", "time:")) or c in out.described or c not in out.names:
                continue
            if _chain_kind(out, c) not in ("organisation", "place", "other"):
                continue
            for role in roles:
                venue = _VENUES.get(role.rsplit(" ", 1)[-1])
                if venue is not None:
                    named.setdefault(venue, set()).add(c)
        mapping = {}
        for venue, chains in venues.items():
            targets = named.get(venue, set())
            if len(chains) != 1 or len(targets) != 1:
                continue
            chain, target = next(iter(chains)), next(iter(targets))
            place = chain.split(":", 2)[2]
            if (place in self.known_places or place in self.vocab.regions or _chain_kind(out, place) == "place"
                    or set(place.split()) <= set(target.split())):
                mapping[chain] = target
        return mapping

    def _ages(self, view: ArticleView, out: ArticleChains) -> dict[str, str]:
        """Each chain's stated ages ("a 61-year-old man", "Eric Allen Kirkpatrick, 61,"), and
        the descriptions that give the age of the one person the article names with it: they
        describe that person ("A 61-year-old man ... Eric Allen Kirkpatrick, 61, was charged")."""
        self._bare_ages(view, out)
        for r in out.refs:
            if r.form == "time" or (r.form == "description" and not _described(out, r.chain)):
                continue  # (a description a named chain took by a weaker rule says no one's age surely)
            for m in _AGE.finditer(r.text):
                out.ages.setdefault(r.chain, set()).add(int(m.group(1)))
            if r.entity is not None and r.form in ("name", "title", "short") and _person_like(out, r.chain):
                after = _AGE_AFTER_NAME.match(view.text, r.end)
                if after:
                    out.ages.setdefault(r.chain, set()).add(int(after.group(1) or after.group(2)))
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
        return mapping

    def _split_by_age(self, out: ArticleChains) -> None:
        """A chain of descriptions that states two ages ("a 12-year-old girl" ... "a 15-year-old
        girl") is two people, or more: each age's descriptions become a chain of their own (those
        with no age stay, naming any of them)."""
        ages: dict[str, set[int]] = {}
        for r in out.refs:
            if r.form == "description" and r.chain in out.described:
                for m in _AGE.finditer(r.text):
                    ages.setdefault(r.chain, set()).add(int(m.group(1)))
        for chain in [c for c, found in ages.items() if len(found) > 1]:
            for r in out.refs:
                stated = {int(m.group(1)) for m in _AGE.finditer(r.text)} if r.chain == chain else set()
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
            age = int(m.group(1).split("-", 1)[0])
            out.refs.append(Ref("text", s, e, view.text[s:e], "description", f"role:age {age}", "person"))
        out.refs.sort(key=lambda r: r.start)

    def _surnames_of_people(self, view: ArticleView, out: ArticleChains) -> dict[str, str]:
        """One-word chains that are the surname of the one person the article names in full
        with it ("Mark Teixeira" ... "interest in Teixeira"), unless a known place ("Washington")
        or the article also writes it for someone of the other gender ("Laci Peterson" ...
        "Peterson was found guilty of murdering his wife")."""
        people = _surname_map(out)
        mapping = {}
        for chain, names in out.names.items():
            target = people.get(chain) if " " not in chain else None
            if (target and chain not in self.known_places and _chain_kind(out, chain) in ("other", "place", "person")
                    and not self._another_gender(view, out, chain, target)):
                mapping[chain] = target
        return mapping

    def _another_gender(self, view: ArticleView, out: ArticleChains, surname: str, person: str) -> bool:
        """Whether a mention of the surname is told of another gender than the person's (given
        name, else the pronoun after the full name)."""
        tokens = view.tokens
        gender = given_names().get(person.split()[0])
        if gender is None:
            full = next((r for r in out.refs if r.chain == person and r.entity is not None and r.field == "text"), None)
            j = view.token_at_end.get(full.entity.end) if full is not None else None
            gender = gender_after(tokens, j + 1) if j is not None else None
        if gender is None:
            return False
        for r in out.refs:
            k = view.token_at_start.get(r.start) if r.chain == surname and r.field == "text" else None
            if k is not None and not tokens[k].possessive:
                told = surname_gender(tokens, k)
                if told is not None and told != gender:
                    return True
        return False

    def _name_like(self, e: Entity, first: Token) -> bool:
        """A name of kind "other" worth a chain: several words, an acronym, a word capitalised
        inside a sentence ("the Angels"), or one rare word ("DoorDash")."""
        if e.text.isupper() and 2 <= len(e.text) <= 6:
            return True
        words = e.key.split()
        return len(words) > 1 or not first.initial or self.lex.zipf(words[0]) < self.settings.rare_name_zipf

    def _entity_chain(self, e: Entity, tokens: list[Token], i: int, j: int) -> tuple[str | None, str]:
        key = self.vocab.aliases.get(e.key, e.key)
        form = "short" if e.via == "short" else ("alias" if key != e.key else "name")
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

    def _premodifier(self, view: ArticleView, i: int) -> tuple[int, str | None]:
        """Titles and roles written before a person's name: "Syrian President", "actress",
        "Turkey's", "Senior Trooper". Returns (first token, the role noun or None)."""
        tokens = view.tokens
        k = i
        head = None
        country = False
        while k > 0 and i - k < self.settings.max_title_words and (
            tokens[k].gap in (" ", "\u00a0") or _abbreviated_title(tokens[k - 1], tokens[k], self.title_words)
        ):
            prev = tokens[k - 1]
            ent = view.entity_at_token.get(k - 1)
            if ent is not None and ent.kind in ("place", "organisation", "group") and (
                ent.via == "demonym" or prev.possessive or ent.kind == "organisation"
            ):
                k = view.token_at_start.get(ent.start, k - 1)
                # "Turkey's", "Syrian" alone may stand before a name; an organisation only with
                # a role after it ("Kremlin spokesperson Dmitry Peskov"): "with the BBC Capaldi
                # admitted" is two names
                country = country or ent.via == "demonym" or prev.possessive
                continue
            if ent is not None:
                break
            if prev.possessive:
                break
            role = prev.norm in self.title_heads or self.vocab.roles.get(prev.norm) == "person"
            if role and not prev.cap and i == j_end(view, i):
                # "a sheriff's deputy Nichols murdered": before a bare surname, a lower-case role
                # noun ends a phrase of its own; titles before a surname are capitalised
                break
            if role and head is None:
                head = prev.norm
                k -= 1
                continue
            if prev.norm in self.title_words and head is not None:
                k -= 1
                continue
            if role and head is not None and (prev.cap or prev.norm in self.title_words):
                k -= 1
                continue
            break
        if head is None and country and k < i:
            return k, "of"  # "Turkey's Recep Tayyip Erdogan": a nationality, no role
        if head is None:
            return i, None
        head_at = max(m for m in range(k, i) if tokens[m].norm == head)
        return k, self._role_phrase(tokens, k, head_at)

    def _apposition_after(self, view: ArticleView, j: int, chain: str, kinds: frozenset[str]) -> tuple[int, int, Ref] | None:
        """"NAME, (a|the|her) [words] ROLE[,.]": the description joins NAME's chain (kinds: the
        kinds of referent its head may name: a person's role, a film's "the sequel")."""
        tokens = view.tokens
        p = j + 1
        if p >= len(tokens) or tokens[p].gap.strip() != "," or tokens[j].possessive:
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
            described = self.head_of(tokens[q].norm) if not tokens[q].cap else None
            if described is not None and described[0] in kinds:
                head_at, head_kind = q, described[0]
            elif head_at is not None:
                break
            q += 1
        if head_at is None:
            return None
        end_at = head_at
        if head_at + 1 < len(tokens) and not tokens[head_at + 1].gap.strip() and tokens[head_at + 1].norm in _APPOSITION_FOLLOWERS:
            # "the president of Syria," / "a technician with the state police,": the phrase runs
            # to the punctuation that closes the apposition, within a few words
            q = head_at + 1
            while q < len(tokens) and q - head_at <= self.settings.max_apposition_words + 2 and not tokens[q].gap.strip():
                q += 1
            if q - head_at > self.settings.max_apposition_words + 2:
                return None
            end_at = q - 1
        if end_at + 1 < len(tokens):
            nxt = tokens[end_at + 1]
            if nxt.gap.strip()[:1] not in _APPOSITION_END and not (nxt.gap == " " and nxt.norm == "who"):
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
        p = j + 1
        if p >= len(tokens) or tokens[p].gap != " " or tokens[p].norm not in self.vocab.predicate_verbs or tokens[j].possessive:
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
        for q in range(start + 1, min(len(tokens), start + 1 + self.settings.max_apposition_words)):
            if tokens[q].gap not in (" ", "-") or tokens[q].cap:
                return None
            if _ranking(tokens[q].norm):
                continue  # "the second bomb technician": a rank, not "a second" (an assistant)
            described = self.head_of(tokens[q].norm)
            if described is not None and described[0] == "person":
                if described[1] in self.vocab.generic or described[1] in self.vocab.kin:
                    return None  # "X is a man", "X was the father of ...": no role, a relation
                head_at = q
                break
            if _closed(tokens[q].norm):
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

    def _ranked(self, tokens: list[Token], k: int, idx: int) -> bool:
        """Whether a description (determiner at k, head at idx) ranks someone in a list: "the
        fifth coach fired this season", "the best team", "the 12th actor"; never a title an
        ordinal makes ("the free agent first baseman")."""
        return any(_ranking(tokens[m].norm) and not (m == idx - 1 and _singular(tokens[idx].norm) in self.vocab.ordinal_titles)
                   for m in range(k + 1, idx))

    def _arrested(self, view: ArticleView, first: int, j: int) -> bool:
        """Whether the sentence says the person named (or described) at tokens first..j was
        arrested or charged: "police arrested (and charged) X", "X was arrested", "X, 27, has been
        charged", "a woman charged with killing"."""
        if not self._tells_arrest:
            return False
        tokens, verbs = view.tokens, self.vocab.arrest_verbs
        p = j + 1
        if (p + 1 < len(tokens) and tokens[p].norm in _CONJUNCTIONS and tokens[p + 1].cap) or (
                first > 0 and tokens[first - 1].norm in _CONJUNCTIONS):
            return False  # "arrested X and Y", "X and Y were charged": one of several, no one's alone
        if first > 0 and tokens[first].gap == " " and tokens[first - 1].norm in verbs:
            return True
        if tokens[j].possessive or p >= len(tokens):
            return False
        if tokens[p].gap.strip() == "," and tokens[p].norm.isdigit() and p + 1 < len(tokens) and tokens[p + 1].gap.strip() == ",":
            p += 1  # "X, 27, was charged"
        elif tokens[p].gap != " ":
            return False
        if tokens[p].norm in verbs and p + 1 < len(tokens) and tokens[p + 1].norm in ("with", "in") and tokens[p + 1].gap == " ":
            return True  # "a 60-year-old woman charged with killing two women"
        if p >= len(tokens) or tokens[p].norm not in ("was", "is", "has", "had"):
            return False
        p += 1
        if p < len(tokens) and tokens[p].norm == "been" and tokens[p].gap == " ":
            p += 1
        return p < len(tokens) and tokens[p].gap == " " and tokens[p].norm in verbs

    def _apposition_inside(self, view: ArticleView, i: int) -> int | None:
        """Inside a sentence, "... of the former dairy manager, Kyle Beus." / "moments after the
        employee, Yvonne Hiller, was suspended": the nearest determiner before the name's comma
        opens the description when the name closes the phrase (a comma or a stop after it, not
        "and": "the manager, Kyle Beus and ..." is a list)."""
        tokens = view.tokens
        j = j_end(view, i)
        if j + 1 < len(tokens):
            after = tokens[j + 1].gap.strip()[:1]
            if after not in _APPOSITION_END or (after == "," and (tokens[j + 1].norm in _CONJUNCTIONS or tokens[j + 1].cap)):
                return None  # "the manager, Kyle Beus and ...", "for Anchorage, Palmer, Wasilla": a list
        for k in range(i - 1, max(0, i - self.settings.max_apposition_words - 2), -1):
            if k < i - 1 and tokens[k + 1].gap.strip():
                return None  # punctuation inside: no one phrase
            if tokens[k].norm in _DETERMINERS:
                return k if k > 0 else None
            if tokens[k].norm.endswith("ed") or _closed(tokens[k].norm) or tokens[k].cap and view.entity_at_token.get(k) is None:
                return None  # "the RCMP arrested two residents, X": a clause, not one phrase
        return None

    def _apposition_before(self, view: ArticleView, i: int, chain: str, kinds: frozenset[str]) -> tuple[int, Ref] | None:
        """"The head of the Kiev regime, Vladimir Zelensky", "The film, NEW MOON,": a description
        that opens its sentence (or clause) and is closed by a comma right before the name; its
        words before the head are modifiers, after it only an of-phrase."""
        tokens = view.tokens
        if i < 2 or tokens[i].gap.strip() != ",":
            return None
        k = i - 1
        while k > 0 and i - k <= self.settings.max_apposition_words + 3 and not tokens[k].gap.strip() and not tokens[k].initial:
            k -= 1
        gap = tokens[k].gap.strip()
        inside = tokens[k].norm not in _DETERMINERS or not (tokens[k].initial or (gap and gap[-1] in ",;:"))
        if inside:
            k = self._apposition_inside(view, i) if "person" in kinds else None
            if k is None:
                return None
            kinds = _APPOSITION_KINDS["person"]  # (inside a sentence, only a person's role)
        head_at = head_kind = None
        for m in range(i - 1 if inside else k + 1, i):  # (inside a sentence, the noun before the comma)
            described = self.head_of(tokens[m].norm) if not tokens[m].cap else None
            if described is not None and described[0] in kinds:
                head_at, head_kind = m, described[0]
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

    def _role_phrase(self, tokens: list[Token], start: int, head_at: int) -> str:
        """The role noun with the title words that specify it ("finance minister", not
        "minister" alone), so that a defence minister is never the finance minister."""
        # only the words right before the noun: "State" of "an Oregon State Police bomb squad
        # technician" names the police, not the technician's office
        first = head_at
        while first > start and tokens[first - 1].norm in self.specifiers:
            first -= 1
        spec = [tokens[m].norm for m in range(first, head_at)]
        described = self.head_of(tokens[head_at].norm)
        return " ".join(spec + [described[1] if described else _singular(tokens[head_at].norm)])

    def _descriptions(self, view: ArticleView, taken: bytearray, pending: list[tuple[int, Ref]], out: ArticleChains) -> None:
        """Definite descriptions ("the president", "the bank", "her publicist") as mentions of
        the chain that carries their role noun, or whose name ends in it; else of their own."""
        tokens = view.tokens
        # Most recent chain carrying each role noun / name head, walking the text once.
        by_token = {idx: ref for idx, ref in pending}
        # (role, country key) -> the people named so far with that role; "the judge" stands for
        # one of them only when there is one (two judges named: the reader cannot tell which)
        with_role: dict[tuple[str, str | None], list[str]] = {}
        with_head: dict[str, list[str]] = {}  # name head -> chains: "West Coast Bank" ... "the bank"
        last_org: tuple[int, str] | None = None  # (token, chain) of the organisation most named so far
        latest_org: str | None = None  # the organisation (or name of no known kind) named last
        org_counts: Counter = Counter()
        top_count, most_named = 0, set()  # the highest count in org_counts and the chains that have it
        named_organisation = False  # once an organisation is named, names of no known kind are not "the company"
        # once a purchase or merger is told, "the company" may be either side of it: it joins
        # only a company named as the one bought ("to acquire ATI", "buying SeaMicro")
        deal_told, deal_until, bought = False, -1, set()
        recent_people: list[tuple[int, str]] = []  # (token, chain) of people named, in order
        window = self.settings.anaphora_window
        added: list[tuple[int, Ref]] = []
        genders = self._only_person_of_each_gender(tokens, pending, out)
        first_named: dict[str, int] = {}  # chain -> its first token, for "a woman" after the name
        for i, ref in pending:
            first_named.setdefault(ref.chain, i)
        introduced: set[str] = set()  # chains of descriptions written so far
        for idx in range(len(tokens)):
            if tokens[idx].norm in self.vocab.deal_words:
                deal_told, deal_until = True, idx + _DEAL_OBJECT_WINDOW
            ref = by_token.get(idx)
            if ref is not None and idx <= deal_until and ref.kind in ("organisation", "other"):
                bought.add(ref.chain)
                deal_until = -1
            if ref is not None:
                organisation = ref.kind == "organisation" or out.kinds.get(ref.chain, {}).get("organisation")
                if ref.entity is not None and ref.form != "metonym" and (
                    organisation or (ref.kind == "other" and not ref.entity.text.isupper())
                ) and ref.chain.rsplit(" ", 1)[-1] not in self.institution_heads:
                    # a company or a team, not a league or a ministry; a name of no known kind
                    # ("Apple") counts for less than an organisation's
                    count = org_counts[ref.chain] = org_counts[ref.chain] + (2 if organisation else 1)
                    latest_org = ref.chain
                    if organisation:
                        named_organisation = True
                    # the most named so far, kept as the text is walked (counts only grow)
                    if count > top_count:
                        top_count, most_named = count, {ref.chain}
                    elif count == top_count:
                        most_named.add(ref.chain)
                    if len(most_named) == 1:
                        best = next(iter(most_named))
                        if top_count >= 2 and (out.kinds.get(best, {}).get("organisation") or not named_organisation):
                            last_org = (idx, best)  # the organisation the article keeps naming
                    else:
                        last_org = None  # two named as often ("the NBA", "the 76ers"): "the team" is neither
                if ref.kind == "person" and not ref.chain.startswith("role:"):
                    recent_people.append((idx, ref.chain))
                country = self._country_of(view, ref)
                if country:
                    out.countries.setdefault(ref.chain, set()).add(country)
                roles = ({ref.head} if ref.head and ref.head != "of" else set()) | out.roles.get(ref.chain, set())
                roles |= {r.rsplit(" ", 1)[-1] for r in roles}  # "the minister" for "Finance Minister X"
                for r in roles:
                    _add_bearer(with_role, (r, None), ref.chain)
                    if country:
                        _add_bearer(with_role, (r, country), ref.chain)
                        if r.rsplit(" ", 1)[-1] in self.title_heads:
                            _add_bearer(with_role, ("leader", country), ref.chain)
                if (ref.entity is not None and " " in ref.entity.key and ref.kind in ("organisation", "place")
                        and ref.form not in ("metonym", "alias") and ref.entity.key not in self.country_keys):
                    name_head = _singular(ref.entity.key.rsplit(" ", 1)[1])
                    if name_head in self.name_heads:
                        _add_bearer(with_head, name_head, ref.chain)  # "West Coast Bank" ... "the bank"
                continue
            tok = tokens[idx]
            if tok.norm in _MILITARY and idx > 0 and not taken[idx] and joinable(tokens[idx - 1], tok):
                ent = view.entity_at_token.get(idx - 1)
                if ent is not None and ent.via == "demonym" and ent.kind == "place" and ent.end == tokens[idx - 1].end:
                    # "Israeli forces", "the Russian army": the country acting through its military
                    k = view.token_at_start.get(ent.start, idx - 1)
                    s0, e0 = tokens[k].start, tok.end
                    if not view.in_quote(s0, e0):
                        ref = Ref("text", s0, e0, view.text[s0:e0], "description", ent.key, "place", None, None)
                        added.append((k, ref))
                        self._note(out, ref)
                        for m in range(k, idx + 1):
                            taken[m] = 1
                    continue
            if tok.norm == "police" and idx > 0 and not taken[idx] and not tok.cap and joinable(tokens[idx - 1], tok):
                ent = view.entity_at_token.get(idx - 1)
                if ent is not None and ent.kind in ("place", "other") and ent.via == "name" and ent.end == tokens[idx - 1].end:
                    # "Staunton police": the town's police force, named by its town
                    k = view.token_at_start.get(ent.start, idx - 1)
                    s0, e0 = tokens[k].start, tok.end
                    if not view.in_quote(s0, e0):
                        ref = Ref("text", s0, e0, view.text[s0:e0], "name", f"{ent.key} police", "organisation", None, None)
                        added.append((k, ref))
                        self._note(out, ref)
                        out.names.setdefault(ref.chain, []).append(ref.text)
                        for m in range(k, idx + 1):
                            taken[m] = 1
                    continue
            if taken[idx] or (tok.cap and not tok.initial):
                continue
            described = self.head_of(tok.norm)
            if (described is None and tok.norm in _VENUE_PARTS and idx > 0 and joinable(tokens[idx - 1], tok)
                    and tokens[idx - 1].norm in _VENUES):
                described = ("place", tok.norm)  # "a motel room" (never "room" alone: "no room for")
            if described is None:
                continue
            kind, head = described
            if idx > 0 and joinable(tokens[idx - 1], tok) and tokens[idx - 1].norm in self.vocab.compounds.get(head, ()):
                continue  # "a free agent" is a player, not an agent; "a travel agent" no sports agent
            nxt = tokens[idx + 1] if idx + 1 < len(tokens) else None
            if (tok.possessive and nxt is not None and nxt.gap == " " and self.head_of(nxt.norm) is not None
                    and self._indefinite_before(view, idx)):
                continue  # "a sheriff's deputy": the article goes with the deputy, whose sheriff it is
            after = tokens[idx + 2] if nxt is not None and nxt.norm in _ORDINALS and idx + 2 < len(tokens) else None
            if nxt is not None and joinable(tok, nxt) and not tok.possessive and (
                nxt.cap or self.head_of(nxt.norm) is not None
                or (after is not None and joinable(nxt, after) and (self.head_of(after.norm) or ("",))[0] == "person")
                or self._compound_before_role(tokens, idx)
                or (self.nouns.is_noun(nxt.norm) and nxt.norm not in CLOSED_CLASS and not nxt.norm.endswith(("ing", "ed")))
            ):
                continue  # a title before a name, or a noun modifying another ("bank robber", "police operation")
            k = idx
            words = 0  # words before the head, a hyphenated one counting once ("a 59-year-old woman")
            while (k > 0 and words < self.settings.max_description_words
                   and (joinable(tokens[k - 1], tokens[k])  # "a sheriff's deputy": a common noun's possessive too
                        or (tokens[k - 1].possessive and not tokens[k - 1].cap and tokens[k].gap == " "))
                   and (not taken[k - 1] or view.entity_at_token.get(k - 1) is not None)):  # "the Biloxi motel"
                prev = tokens[k - 1]
                if prev.norm in _SINGULAR_DETERMINERS and tok.norm != head:
                    break  # "said that attackers broke in": a conjunction before a plural, no determiner
                if prev.norm in _DETERMINERS or prev.norm in _POSSESSIVE_PRONOUNS:
                    k -= 1
                    break
                ent = view.entity_at_token.get(k - 1)
                if prev.initial and ent is None or (prev.cap and ent is None):
                    break
                if ent is not None and ent.end == prev.end:
                    start_at = view.token_at_start.get(ent.start)
                    if start_at is None or start_at >= k:
                        break
                    words += 1  # a name counts as one word ("a Los Angeles County sheriff's deputy")
                    k = start_at
                    continue
                if prev.norm in self.finder.look.title_words or not _closed(prev.norm) or prev.norm in _ORDINALS:
                    words += tokens[k].gap != "-"
                    k -= 1
                    continue
                break
            venue = _VENUES.get(head)
            if venue is None and head in _VENUE_PARTS and idx > k and tokens[idx - 1].norm in _VENUES:
                venue = _VENUES[tokens[idx - 1].norm]  # "a Biloxi motel room": the motel
            plural = tok.norm != head
            bare = k == idx or tokens[k].norm not in _DETERMINERS | _POSSESSIVE_PRONOUNS
            if bare:
                if not (plural and kind == "person" and not tok.initial):
                    continue
                # but "pirates seized a ship", "Somali pirates": a bare plural names a group of
                # people, with no modifier but a nationality
                k = idx
                ent = view.entity_at_token.get(idx - 1)
                if ent is not None and ent.via != "event" and ent.end == tokens[idx - 1].end and joinable(tokens[idx - 1], tok):
                    k = view.token_at_start.get(ent.start, idx)  # "Somali pirates", "Watergate burglars"
            s, e = tokens[k].start, tok.end
            end_idx = idx
            if view.in_quote(s, e):
                continue
            if head in _NOT_DESCRIPTION_HEADS:
                continue  # "a general strike", "the head of": not a role on its own
            if any(tokens[m].norm.endswith("s") and not tokens[m].norm.endswith("ss") and tokens[m].norm not in self.title_words
                   and view.entity_at_token.get(m) is None for m in range(k + 1, idx)):
                continue  # "the act requires federal agencies": a verb, not a modifier
            role = self._role_phrase(tokens, k, idx)
            # "his parole officer", "their unborn son": someone else than the person just named
            definite = tokens[k].norm in _DETERMINERS and tokens[k].norm not in ("a", "an")
            named_modifier = next((view.entity_at_token[m] for m in range(k, idx) if m in view.entity_at_token
                                   and view.entity_at_token[m].kind not in ("place", "group")), None)
            if named_modifier is not None:
                definite = False  # "the Obama team" is not the organisation just named
            country = next(
                (view.entity_at_token[m].key for m in range(k, idx) if m in view.entity_at_token
                 and view.entity_at_token[m].kind in ("place", "group")),
                None,
            )
            chain = None
            ranked = self._ranked(tokens, k, idx)
            if ranked:
                definite = False  # "the fifth coach fired": whoever the sentence says, not the coach named
            if venue is not None:
                modifier = country or (named_modifier.key if named_modifier is not None and named_modifier.kind == "other" else None)
                place, end_idx = self._venue_place(view, k, idx, modifier)
                if place is not None and not plural:
                    # "a hotel in Biloxi" / "the Biloxi motel": the venue of that kind in that place
                    chain = f"venue:{venue}:{place}"
                    e = tokens[end_idx].end
            if chain is None and definite and not plural:
                # "the Russian leader" is the chain with a Russian title, never the Syrian one;
                # "the finance minister" never the defence minister
                chain = (_sole(with_role, (role, country)) if country
                         else _sole(with_role, (role, None)) or _sole(with_head, role))
                if (chain is None and not country and kind == "organisation" and head in self.vocab.org_anaphors
                        and (not deal_told or (last_org is not None and last_org[1] in bought))):
                    if last_org is not None and idx - last_org[0] <= window and latest_org == last_org[1]:
                        # "Apple ... the company"; never when another was named since ("the NBA
                        # ... the Sixers ... the team": the reader cannot tell which)
                        chain = last_org[1]
            # "the mother": whose? "a spokesman": someone's, who speaks for another (never the one
            # man the article names: "a spokesman for the facility" is not the mobster it buried)
            gender = self.vocab.genders.get(head) if head not in self.vocab.kin and head not in self.vocab.speaks_for else None
            if (chain is None and gender and not plural and not country and named_modifier is None and not ranked
                    and tokens[k].norm in _DETERMINERS  # never "her daughter": someone else
                    # nor "the mother of a 10-year-old girl": an age is the age join's to tell
                    and not _AGE.search(view.text[s:e])
                    # "a woman" after the woman is named introduces someone else ("Hiller ... In
                    # February, a woman opened fire at the University of Alabama")
                    and not (tokens[k].norm in ("a", "an") and first_named.get(genders.get(gender, ""), k) < k)):
                # "a 59-year-old woman ... Raj Chohan, 59, ... she": the one woman the article
                # names, when it names one woman and she carries no other role
                chain = genders.get(gender)
            if chain is None:
                chain = f"role:{role}" + (":plural" if plural else "") + (f":{country}" if country else "")
                if named_modifier is not None:
                    chain += f":{named_modifier.key}"
                possessed = ""
                if kind == "person" and tokens[k].norm in _POSSESSIVE_PRONOUNS:
                    possessed = "own" if tokens[k + 1].norm == "own" else "pronoun"
                if possessed:
                    chain += ":possessed"
                if tokens[k].norm in ("a", "an") and chain in introduced:
                    chain += f"@{idx}"  # a second "a woman": each "a" introduces someone new
                if ranked:
                    chain += ":ranked"
                out.described[chain] = Described(role, plural, country, named_modifier.key if named_modifier else None,
                                                 possessed, bare, named_modifier.kind if named_modifier else None, ranked)
            if view.in_quote(s, e):
                continue
            ref = Ref("text", s, e, view.text[s:e], "description", chain, "place" if venue and chain.startswith("venue:") else kind, None, role)
            introduced.add(chain)
            if kind == "person" and not plural and self._arrested(view, k, idx):
                out.implied.setdefault(chain, set()).add("suspect")  # "police arrested a man"
            added.append((k, ref))
            self._note(out, ref)
            for m in range(k, idx + 1):
                taken[m] = 1
        pending.extend(added)

    def _compound_before_role(self, tokens: list[Token], idx: int) -> bool:
        """"a bomb disposal technician": the noun at idx and the next one modify a person's role
        noun right after them (the next one no verb: "a car hit pedestrians" stays a car)."""
        if idx + 2 >= len(tokens):
            return False
        nxt, role = tokens[idx + 1], tokens[idx + 2]
        if not (joinable(tokens[idx], nxt) and joinable(nxt, role)) or nxt.cap or role.cap or _closed(nxt.norm):
            return False
        if nxt.norm.endswith(("ed", "ing", "s")) or role.norm != _singular(role.norm):
            return False
        described = self.head_of(role.norm)
        return described is not None and described[0] == "person" and (
            self.nouns.lemma(nxt.norm) is not None or nxt.norm.endswith(self.vocab.noun_suffixes))

    def _indefinite_before(self, view: ArticleView, idx: int) -> bool:
        """Whether "a"/"an" opens the phrase ending at token idx, past its modifiers and names."""
        tokens = view.tokens
        k = idx
        for _ in range(self.settings.max_description_words + 1):
            if k == 0 or not joinable(tokens[k - 1], tokens[k]):
                return False
            prev = tokens[k - 1]
            if prev.norm in ("a", "an"):
                return True
            ent = view.entity_at_token.get(k - 1)
            k = view.token_at_start.get(ent.start, k - 1) if ent is not None else k - 1
            if ent is None and _closed(prev.norm):
                return False
        return False

    def _only_person_of_each_gender(self, tokens: list[Token], pending: list[tuple[int, Ref]], out: ArticleChains) -> dict[str, str]:
        """Gender -> the chain of the one person of that gender the article names, told by the
        pronouns that follow their names ("Raj Chohan ... when she was hit"), when their chain
        carries no role (a "spokeswoman" is not "the woman" a story is about)."""
        votes: dict[str, Counter] = {}
        starts = [i for i, _ in pending]
        for n, (i, ref) in enumerate(pending):
            if ref.kind != "person" or ref.entity is None or ref.form not in ("name", "short", "title"):
                continue
            stop = min(starts[n + 1] if n + 1 < len(starts) else len(tokens), i + _PRONOUN_REACH)
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
                if " " in ref.entity.key and first in given_names():
                    given[ref.chain] = given_names()[first]
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

    def _venue_place(self, view: ArticleView, k: int, idx: int, modifier_place: str | None) -> tuple[str | None, int]:
        """The place a venue description names: a place before the noun ("the Biloxi hotel"), or
        a place after it ("a hotel in Biloxi", "a store at Sam's Club in Bloomington" takes the
        first). Returns (place key, last token of the description)."""
        tokens = view.tokens
        if modifier_place is not None:
            return modifier_place, idx
        p = idx + 1
        if p + 1 < len(tokens) and tokens[p].norm in ("in", "at", "near", "outside") and tokens[p].gap == " " and tokens[p + 1].gap == " ":
            ent = view.entity_at_token.get(p + 1)
            if ent is not None and ent.kind in ("place", "other") and ent.start == tokens[p + 1].start and ent.via == "name":
                return ent.key, view.token_at_end.get(ent.end, p + 1)
        return None, idx

    def _country_of(self, view: ArticleView, ref: Ref) -> str | None:
        """The nationality or country written in a mention's title ("Syrian President ...")."""
        i = view.token_at_start.get(ref.start)
        if i is None or ref.entity is None:
            return None
        for m in range(i, view.token_at_start.get(ref.entity.start, i)):
            ent = view.entity_at_token.get(m)
            if ent is not None and ent.kind in ("place", "group"):
                return ent.key
        return None

    # ------------------------------------------------------------------ headline, standfirst

    def _heading(self, name: str, text: str, names_elsewhere: frozenset[str], known: set[str],
                 surnames: dict[str, str], out: ArticleChains) -> None:
        """Names in a headline or standfirst (often in title case, where every word has a
        capital): only those that name a chain the body already has, by key or surname."""
        tokens = tokenize(text)
        view = ArticleView(text, tokens, self.finder.find(text, tokens, names_elsewhere))
        for e in view.entities:
            if e.via in ("demonym", "event"):
                continue
            i, j = view.token_at_start.get(e.start), view.token_at_end.get(e.end)
            if i is None or j is None:
                continue
            chain, form = self._entity_chain(e, tokens, i, j)
            if chain not in known:
                short = surnames.get(e.key.rsplit(" ", 1)[-1]) if not is_full_name(e.key) else None
                if short is None:
                    continue
                chain, form = short, "short"
            start, head = e.start, None
            if e.kind == "person" or form == "short":
                k, head = self._premodifier(view, i)
                if head is not None:
                    start, form = tokens[k].start, "title"
            ref = Ref(name, start, e.end, text[start : e.end], form, chain, "place" if form == "metonym" else e.kind, e, head)
            out.refs.append(ref)

    # ------------------------------------------------------------------ helpers

    def _organisations_beside(self, view: ArticleView, out: ArticleChains) -> None:
        """Each named person's organisations: those named after the name in the same sentence
        (inside an apposition too), before another person is named."""
        text, entities = view.text, sorted(view.entities, key=lambda e: e.start)
        starts = [e.start for e in entities]
        for ref in out.refs:
            if ref.field != "text" or ref.kind != "person" or ref.entity is None or ref.chain.startswith("role:"):
                continue
            for e in entities[bisect.bisect_left(starts, ref.end):]:
                if e.start - ref.end > self.settings.organisation_reach or ". " in text[ref.end:e.start]:
                    break
                if e.kind == "person" and e.key != ref.chain:
                    break
                if e.kind == "organisation" or _chain_kind(out, e.key) == "organisation":
                    out.organisations.setdefault(ref.chain, set()).add(e.key)

    def _note(self, out: ArticleChains, ref: Ref) -> None:
        if ref.head and ref.head != "of":
            out.roles.setdefault(ref.chain, set()).add(ref.head)
        if ref.form in ("name", "short", "title", "alias") and ref.entity is not None:
            out.names.setdefault(ref.chain, []).append(ref.entity.name)
        kinds = out.kinds.get(ref.chain)
        if kinds is None:
            kinds = out.kinds[ref.chain] = Counter()
        kinds[ref.kind] += 1


def _paragraph_end(text: str, paragraphs: int) -> int:
    """Offset where the text's first paragraphs end (paragraphs are separated by blank lines)."""
    at = 0
    for _ in range(paragraphs):
        found = text.find("\n\n", at)
        if found < 0:
            return len(text)
        at = found + 2
    return at


_LETTER_STOPS = re.compile(r"(?<=\b[A-Za-z])\.\s?(?=[A-Za-z]\b)")
_DOTTED_LETTERS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.S", whose last stop the entity leaves out
_DATED = re.compile(r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)  # a time that names its day: a weekday or a date
# "the 61-year-old" and the word after it (a noun there makes an ordinary description)
_BARE_AGE = re.compile(r"\b[Tt]he (\d{1,3}-year-old)\b(?!['’]s|-)\s*([a-z]+)?")
_AGE = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b(?!['’]s)", re.IGNORECASE)  # not "the 15-year-old's child"
_AGE_AFTER_NAME = re.compile(r",\s*(\d{1,3})\s*(?=[,.;]|$)|\s*\((\d{1,3})\)")


def _description_gender(chains: ArticleChains, chain: str, vocab: NamingVocabulary) -> str | None:
    """The gender a description chain's words tell ("a female deputy", "the actress"), if one."""
    for r in chains.refs:
        if r.chain == chain:
            for w in re.findall(r"[\w'’]+", r.text.casefold()):
                gender = vocab.genders.get(w) or vocab.gender_modifiers.get(w)
                if gender:
                    return gender
    return None


def _gender_clash(chains: ArticleChains, described: str, named: str, vocab: NamingVocabulary) -> bool:
    """Whether a description's noun ("woman") and a name's given name ("Jonathan") tell two
    genders."""
    head = chains.described[described].head if described in chains.described else described.split(":")[1]
    gender = vocab.genders.get(head) or vocab.genders.get(_singular(head))
    first = named.split()[0] if named else ""
    return bool(gender) and given_names().get(first, gender) != gender


def _person_like(chains: ArticleChains, chain: str) -> bool:
    """A person's chain, or a full name of no known kind ("LuAnn Marie Johnson")."""
    kind = _chain_kind(chains, chain)
    return kind == "person" or (kind == "other" and " " in chain and is_full_name(chain))


def _described(chains: ArticleChains, chain: str) -> bool:
    """Whether a chain holds descriptions only (no name)."""
    return chain in chains.described or chain.startswith("role:")


def _abbreviated_title(prev: Token, tok: Token, title_words: frozenset[str]) -> bool:
    """"Sgt. Hoyt Teasley", "Gov. Jan Brewer": an abbreviated title, its period no sentence end."""
    return tok.gap == ". " and prev.cap and prev.norm + "." in title_words  # the titles written with a period


def _add_bearer(table: dict, key, chain: str) -> None:
    """Note that chain bears a role (one person's two spellings count once; past two bearers
    the role is ambiguous whatever follows, so at most two are kept)."""
    bearers = table.setdefault(key, [])
    if len(bearers) < 2 and chain not in bearers and not (bearers and same_person_name(chain, bearers[0])):
        bearers.append(chain)


def _sole(table: dict, key) -> str | None:
    """The one chain named with a role, or None when none or several were."""
    bearers = table.get(key)
    return bearers[0] if bearers and len(bearers) == 1 else None


_ORDINALS = frozenset("first second third fourth fifth last next".split())  # "the second film": modifiers
_RANKING = _ORDINALS | frozenset("sixth seventh eighth ninth tenth best worst".split())
_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)")  # "the 12th actor"


def _ranking(word: str) -> bool:
    return word in _RANKING or bool(_NUMBERED.fullmatch(word))
_NOT_MODIFIERS = CLOSED_CLASS | frozenset("said says was is were are be been has have had told".split())


def _closed(word: str) -> bool:
    """A word that cannot modify a noun inside a description (so a description stops there)."""
    return word in _NOT_MODIFIERS


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


# What an apposition may call a name of each kind ("Bettie Page, the pin-up model": a name of no
# known kind may turn out to be a person's).
_APPOSITION_KINDS = {
    "person": frozenset({"person"}),
    "other": frozenset({"person", "work", "thing", "organisation"}),
    "organisation": frozenset({"organisation"}),
}
_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                   "she": "female", "her": "female", "hers": "female", "herself": "female"}
_PRONOUN_REACH = 30  # tokens after a name searched for the pronoun that tells the person's gender


def view_token_after(tokens: list[Token], end: int, i: int) -> int:
    """Index of the first token starting at or after offset end (from token i on)."""
    while i < len(tokens) and tokens[i].start < end:
        i += 1
    return i


def j_end(view: ArticleView, i: int) -> int:
    """Index of the last token of the name starting at token i (i itself for one word)."""
    ent = view.entity_at_token.get(i)
    return view.token_at_end.get(ent.end, i) if ent is not None else i


_MAX_NAME_VARIANTS = 4  # spellings of one person's name in one article, at most


def same_person_variants(chains: ArticleChains) -> dict[str, str]:
    """Full names of one person written two ways in one article ("Betty Page", "Bettie Page",
    "Betty Mae Page"): same surname, matching first names, and no other person of that surname
    whose first name differs (two Kellys stay two people)."""
    by_surname: dict[str, list[str]] = {}
    for chain in chains.names:
        if is_full_name(chain) and _chain_kind(chains, chain) == "person":
            by_surname.setdefault(chain.rsplit(" ", 1)[-1], []).append(chain)
    out: dict[str, str] = {}
    for keys in by_surname.values():
        if not 2 <= len(keys) <= _MAX_NAME_VARIANTS:
            continue  # more people of one surname than one person's spellings: leave them apart
        if all(same_person_name(f, g) for f in keys for g in keys if f != g):
            main = max(keys, key=lambda k: (len(chains.names[k]), -keys.index(k)))
            out.update({k: main for k in keys if k != main})
    return out


_BUSINESS_HEADS = frozenset(
    "company companies corporation corp inc co ltd llc group holdings motors airlines airways studio studios lab "
    "labs systems technologies pharmaceuticals pharma media partners ventures capital robotics".split()
)
_COMPANY_SUFFIXES = frozenset("inc corp co ltd llc plc sa ag gmbh nv corporation incorporated limited".split())
# what an organisation's full name may add to the short name a text gives it ("Staunton police")
_ORGANISATION_TAILS = frozenset("department force service".split())
_FEATURE_HEADS = frozenset("sea ocean strip river island islands peninsula mountains valley gulf bay lake desert".split())


def _chain_kind(chains: ArticleChains, chain: str) -> str:
    """The chain's kind: an organisation when any of its names says so ("Microsoft Corp."),
    since single words are otherwise typed by context ("at Microsoft" reads as a place)."""
    kinds = chains.kinds.get(chain)
    if not kinds:
        return "other"
    if kinds.get("organisation"):
        return "organisation"
    return max(kinds.items(), key=lambda kv: kv[1])[0]  # most_common(1)'s answer (the first most counted), without its heap


def short_names(own: ArticleChains, other: ArticleChains, countries: frozenset[str] = frozenset()) -> dict[str, str]:
    """Names of an organisation or place that ``own`` writes shorter than ``other`` does:
    a team or company by its last word ("the Angels" / "Los Angeles Angels", "Sixers"), a
    natural feature without its kind ("the Mediterranean" / "the Mediterranean Sea"). Only when
    exactly one name of ``other`` fits, and never for a person (a surname is entities.py's job).
    Within one article (own is other) only a feature or an organisation without its kind, and
    never a country (countries: their name keys): "Jordan" is not the Jordan River."""
    by_last: dict[str, list[str]] = {}
    by_stem: dict[str, list[str]] = {}
    seats = vocabulary().seats
    for c in other.names:
        words = c.split()
        if len(words) < 2 or _chain_kind(other, c) == "person" or c.startswith("role:"):
            continue
        if _chain_kind(other, c) in ("organisation", "other") and c not in seats:
            by_last.setdefault(words[-1], []).append(c)
        if words[-1] in _FEATURE_HEADS or (words[-1] in _ORGANISATION_TAILS and _chain_kind(other, c) == "organisation"):
            by_stem.setdefault(" ".join(words[:-1]), []).append(c)
    out: dict[str, str] = {}
    same = own is other  # within one article: "Gaza" ... "the Gaza Strip", never a country's river
    for c in own.names:
        if (c in other.names and not same) or _chain_kind(own, c) == "person" or (same and c in countries):
            continue
        found = by_stem.get(c, [])
        if " " not in c and not same and _chain_kind(own, c) in ("organisation", "other") and (
                c[-1:] in "sx" or c in own.definite):
            # a team's plural ("the Angels", "Sixers") or a name's last word after "the" ("the
            # Post", "the Navy"): never "Medicine" alone for a Society of Reproductive Medicine,
            # "FIRE" (of "FIRE crews") for a fire service; never "House" for the White House
            found = found + [t for t in by_last.get(c, []) if t != c and t not in seats]
        if len(set(found)) == 1 and found[0] != c:
            out[c] = found[0]
    return out


def merge_chains(chains: ArticleChains, mapping: dict[str, str]) -> None:
    if not mapping:
        return
    for r in chains.refs:
        r.chain = mapping.get(r.chain, r.chain)
    for table in (chains.roles, chains.countries, chains.ages, chains.implied):
        for old, new in mapping.items():
            if old in table:
                table.setdefault(new, set()).update(table.pop(old))
    for old, new in mapping.items():
        chains.described.pop(old, None)  # a description joined to a named chain describes it
        for table in (chains.located, chains.definite):
            if old in table:
                table.add(new)
        if old in chains.names:
            chains.names.setdefault(new, []).extend(chains.names.pop(old))
        if old in chains.kinds:
            chains.kinds.setdefault(new, Counter()).update(chains.kinds.pop(old))


def _surname_map(chains: ArticleChains) -> dict[str, str]:
    """Last word of a full person name -> that chain, when only one chain ends in it."""
    out: dict[str, str | None] = {}
    for chain, names in chains.names.items():
        if not is_full_name(chain) or _chain_kind(chains, chain) != "person":
            continue
        last = chain.rsplit(" ", 1)[-1]
        out[last] = chain if out.get(last, chain) == chain else None
    return {k: v for k, v in out.items() if v}


# --------------------------------------------------------------------------- across the pair


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _ACRONYM_SKIP)


def pair_maps(sides: tuple[ArticleChains, ArticleChains], key_maps: tuple[dict[str, str], dict[str, str]],
              vocab: NamingVocabulary, title_heads: frozenset[str] = frozenset(),
              country_keys: frozenset[str] = frozenset()) -> tuple[dict[str, str], dict[str, str]]:
    """Each article's chain key -> a key shared across the pair (country_keys: the name keys of
    countries, whose nationality in a description must match)."""
    maps = (dict(key_maps[0]), dict(key_maps[1]))
    chains = [set(_chain_keys(s)) for s in sides]
    acronyms = [{r.chain for r in s.refs if " " not in r.chain and r.text.replace(".", "").isupper()} for s in sides]
    for side in (0, 1):
        own, other = sides[side], sides[1 - side]
        other_keys = {maps[1 - side].get(c, c) for c in chains[1 - side]}
        # Acronyms: "DNC" here, "Democratic National Committee" there (and the reverse).
        by_initials: dict[str, str | None] = {}
        written = {r.chain: r.entity.name for r in other.refs if r.entity is not None and r.chain == r.entity.key}
        for c in chains[1 - side]:
            if " " in c and not c.startswith("role:") and len(c.split()) >= 2:
                with_the = "t" + _initials(c) if fold(written.get(c, "")).startswith("the ") else ""
                for ini in (_initials(c), with_the):
                    if len(ini) >= 2:  # "DNC"; "THR" for "The Hollywood Reporter"
                        by_initials[ini] = c if by_initials.get(ini, c) == c else None
        for c in chains[side]:
            if " " not in c and 2 <= len(c) <= 6 and c not in other_keys and c in acronyms[side]:
                target = by_initials.get(c)
                if target:
                    maps[side].setdefault(c, maps[1 - side].get(target, target))
    # A shorter name of an organisation or a natural feature ("the Angels", "the Mediterranean").
    for side in (0, 1):
        other_keys = {maps[1 - side].get(o, o) for o in chains[1 - side]}
        for c, target in short_names(sides[side], sides[1 - side]).items():
            if maps[side].get(c, c) not in other_keys:
                maps[side].setdefault(c, maps[1 - side].get(target, target))
    # A city for its team: "a victory over Kansas City" in an article that calls the team the
    # "Chiefs" when the pair names the "Kansas City Chiefs" (never a city the article places
    # something in: "in Kansas City"; never a country: "Brazil" may be its government).
    media = frozenset(name_key(m) for m in lexicon().media)
    # (a team's name is often typed a person's by the verbs around it: "the Chiefs said")
    by_prefix: dict[str, set[str]] = {}  # "kansas city" -> {"kansas city chiefs"}
    for s in sides:
        for t in s.names:
            words = t.split()
            if len(words) > 1 and words[0] not in given_names():
                for n in range(1, min(len(words), _CITY_WORDS + 1)):  # (a run of name words can be long)
                    by_prefix.setdefault(" ".join(words[:n]), set()).add(t)
    for side in (0, 1):
        own = sides[side]
        for c in own.names:
            if c not in by_prefix or c in maps[side] or c in own.located or c in country_keys:
                continue
            kind = _chain_kind(own, c)
            if kind != "place":
                continue  # a city: "the Academy" is not the Academy Awards
            teams = {t for t in by_prefix.get(c, ())
                     if (t in own.names or (t[len(c) + 1:] in own.names and _chain_kind(own, t[len(c) + 1:]) != "person"))
                     # a team's name is a plural ("Chiefs", "Red Sox", "76ers"), never a paper's
                     and t[-1] in "sx" and t not in media and t[len(c) + 1:] not in _COMPANY_SUFFIXES}
            if len(teams) == 1:
                team = teams.pop()
                written = team if team in own.names else team[len(c) + 1:]
                maps[side][c] = maps[side].get(written, written)
    # One person's full name written two ways across the pair ("Betty Page" / "Bettie Page").
    for side in (0, 1):
        own, other = sides[side], sides[1 - side]
        other_keys = {maps[1 - side].get(c, c) for c in chains[1 - side]}
        by_surname: dict[str, list[str]] = {}
        for c in other.names:
            if is_full_name(c) and _chain_kind(other, c) == "person":
                by_surname.setdefault(c.rsplit(" ", 1)[-1], []).append(c)
        for c in own.names:
            if c in maps[side] or maps[side].get(c, c) in other_keys or not is_full_name(c):
                continue
            if _chain_kind(own, c) != "person":
                continue
            namesakes = by_surname.get(c.rsplit(" ", 1)[-1], ())
            if len(namesakes) == 1 and same_person_name(c, namesakes[0]):
                maps[side][c] = maps[1 - side].get(namesakes[0], namesakes[0])
    # Descriptions only one article names ("the technician") -> the other's named chain that
    # carries that role noun (or a noun of the same sense, or a more general one: "the
    # driver" / "X, a motorist"), when exactly one does.
    lexicon_of_nouns = nouns()
    for side in (0, 1):
        own, other = sides[side], sides[1 - side]
        by_role: dict[str, set[str]] = {}
        by_head: dict[str, set[str]] = {}
        for o, roles in other.roles.items():
            if o in other.described or o.startswith("venue:"):
                continue
            for r in roles:
                by_role.setdefault(r, set()).add(o)
                by_head.setdefault(r.rsplit(" ", 1)[-1], set()).add(o)
        related_heads = RelatedNouns(lexicon_of_nouns, by_head)
        # role nouns the article itself gives a named person: a description with one of them
        # that it did not join to that person is someone else ("reporter Bob Woodward" ... "a
        # Biloxi reporter"), or one of several it names with that role
        own_heads = {r.rsplit(" ", 1)[-1] for o, roles in own.roles.items()
                     if o not in own.described and not o.startswith("venue:") for r in roles}
        # nouns the article itself gives a referent (a named one's role, a description's head):
        # it does not use them, nor a noun of their sense, for what its other, more general
        # nouns name ("General manager Ed Stefanski" ... "the head coach"; "The Indian warship"
        # ... "the pirate ship" is no "INS Tabar, a missile-frigate" either: a frigate is a warship)
        own_nouns = RelatedNouns(lexicon_of_nouns, (own_heads | {i.head for i in own.described.values()}) - vocab.generic)
        # "the newspaper" in an article that names a newspaper or broadcaster is one it names
        names_media = any(r.entity is not None and r.entity.via == "media" for r in own.refs)
        introduced = _indefinite_chains(own)
        for c in chains[side]:
            info = own.described.get(c)
            if info is None or c in maps[side]:
                continue
            head, role, country = info.head, info.role, info.country
            if info.ranked or info.plural or info.possessed == "own" or (head in vocab.generic and not country) or head in own_heads:
                continue
            if names_media and head in _MEDIA_NOUNS:
                continue
            # "the minister" for "Finance Minister X", never "the finance minister" for a defence minister
            # the same role noun first: a related one only when none carries it ("the chief
            # executive" is the executive named there, not a minister WordNet also calls an executive)
            found = set(by_role.get(role, ()))
            if " " not in role and not info.possessed:
                found |= by_head.get(head, set())
                if not found:
                    for h in related_heads.of(head):
                        rivals = {n for n in own_nouns.of(h) - {head} if not _more_general(lexicon_of_nouns, n, head)}
                        if not rivals:
                            found |= by_head[h]
            if head == "leader" and country:
                for h in title_heads & by_head.keys():
                    found |= by_head[h]
            if country:
                # "the Russian leader" only for a Russian title; "a Los Angeles County deputy" also
                # for a deputy whose title names no place
                found = {o for o in found if country in other.countries.get(o, ())
                         or (not other.countries.get(o) and country not in country_keys)}
            if info.modifier and "organisation" in (info.modifier_kind, _chain_kind(own, info.modifier)):
                # "an FBI bomb technician" is not "Senior Trooper Hakim, with the Oregon State
                # Police": a person written with another organisation than the description's
                modifier = maps[side].get(info.modifier, info.modifier)
                found = {o for o in found if not other.organisations.get(o)
                         or {info.modifier, modifier} & ({maps[1 - side].get(g, g) for g in other.organisations[o]}
                                                        | other.organisations[o])}
            gender = _description_gender(own, c, vocab)
            if gender:
                # "a female sheriff's deputy" is no "Deputy Hoyt Teasley": a gendered description
                # joins a name only when its given name is known to say the same gender
                found = {o for o in found if given_names().get(o.split()[0]) == gender}
            if c in introduced:
                # "A Post editor dubbed him": "a" introduces someone, never a person the other
                # article names once in passing ("Post Editor Benjamin C. Bradlee", far down)
                found = {o for o in found if _main_actor(other, o)}
            kind = _chain_kind(own, c)
            # a description names a referent of its own kind: "the office" (a thing, a building)
            # is not "Vancouver Police", "the suburban Detroit building" not Beaumont Hospital
            found = {o for o in found if "other" in (kind, _chain_kind(other, o)) or kind == _chain_kind(other, o)}
            if len(found) == 1:
                target = found.pop()
                maps[side][c] = maps[1 - side].get(target, target)
    # A description with an age ("a 66-year-old Burnsville woman") -> the other article's one
    # chain with that age ("LuAnn Marie Johnson, 66"), when no other chain here has it.
    for side in (0, 1):
        own, other = sides[side], sides[1 - side]
        by_age: dict[int, dict[str, str]] = {}
        for o, ages in other.ages.items():
            for age in ages:
                by_age.setdefault(age, {})[maps[1 - side].get(o, o)] = o
        own_ages = Counter(age for ages in own.ages.values() for age in ages)
        for c, ages in own.ages.items():
            if c in maps[side] or not _described(own, c) or len(ages) != 1:
                continue
            age = next(iter(ages))
            found = by_age.get(age, {})
            if own_ages[age] == 1 and len(found) == 1:
                key, o = next(iter(found.items()))
                if not _gender_clash(own, c, o, vocab):
                    maps[side][c] = key
    # Chains of descriptions on both sides with nouns of one sense or one a kind of the other
    # ("the car" / "the vehicle", "the film" / "the movie"): one such chain in each article.
    described = [_DescriptionIndex(s, lexicon_of_nouns, vocab) for s in sides]
    indefinite = [_indefinite_chains(s) for s in sides]
    openers = [_first_words(s) for s in sides]
    for side in (0, 1):
        own, other = sides[side], sides[1 - side]
        other_keys = {maps[1 - side].get(o, o) for o in chains[1 - side]}
        own_keys = {maps[side].get(o, o) for o in chains[side]}
        for c in chains[side]:
            info = own.described.get(c)
            if info is None or c in maps[side] or c in other_keys or info.head in vocab.generic or info.ranked:
                continue
            found = [o for o in described[1 - side].related(info) if maps[1 - side].get(o, o) not in own_keys]
            if info.plural and _chain_kind(own, c) == "person":
                # a group of people introduced by another noun is often another group ("seven
                # attorneys" he fired / "prosecutors"): a bare plural joins by the same noun only
                found = [o for o in found if other.described[o].head == info.head
                         or not (info.bare or other.described[o].bare)]
            if info.possessed or c in indefinite[side]:
                # "his aides" / "their officers" (whose?), "a traitor" / "a criminal" (is one
                # meant at all?): the same noun, or the same owner ("His assailant" / "His attacker")
                found = [o for o in found if other.described[o].head == info.head
                         or (info.possessed and openers[side].get(c, set()) & openers[1 - side].get(o, set()))]
            # (a ranked one, "the first film", is never the one found, but leaves the others
            # ambiguous: "the new movie" is not the first film nor surely "the film")
            if (len(found) == 1 and not other.described[found[0]].ranked
                    and len(described[side].related(other.described[found[0]])) == 1):
                maps[side][c] = maps[1 - side].get(found[0], found[0])
                own_keys.add(maps[side][c])
    _join_suspects(sides, maps, vocab)
    # Days: those both articles give; a day one article alone gives keeps a key of its own side.
    linked = link_times((sides[0].times, sides[1].times), (sides[0].story_day, sides[1].story_day))
    for side in (0, 1):
        for c in sides[side].times.facts:
            maps[side][c] = linked[side].get(c, f"{c}@{side}")
    return maps


def _more_general(lex: NounLexicon, noun: str, than: str) -> bool:
    """Whether a noun names a kind that another is one of, and is no other word for it
    ("ship" than "warship"; not "manager" than "coach", one of whose senses it shares)."""
    senses = lex.first_senses(noun)
    return bool(senses & lex.reach(than)) and not senses & lex.first_senses(than)


def _suspects(chains: ArticleChains, mapping: dict[str, str]) -> dict[str, str]:
    """Pair-wide key -> a chain of the people an article says were arrested or charged, or calls
    "the suspect" (one person: "the suspects" are a group)."""
    out: dict[str, str] = {}
    told = {c for c, roles in chains.roles.items() if any(r.rsplit(" ", 1)[-1] == "suspect" for r in roles)}
    for c in sorted(told | chains.implied.keys()):
        info = chains.described.get(c)
        if info is not None and info.plural:
            continue
        said = "suspect" in chains.implied.get(c, ()) or any(r.rsplit(" ", 1)[-1] == "suspect" for r in chains.roles.get(c, ()))
        if said and _chain_kind(chains, c) == "person":
            out.setdefault(mapping.get(c, c), c)
    return out


def _join_suspects(sides: tuple[ArticleChains, ArticleChains], maps: tuple[dict[str, str], dict[str, str]],
                   vocab: NamingVocabulary) -> None:
    """The one person each article says was arrested or charged, or calls the suspect ("police
    arrested a man" / "a Bloomington man has been charged"): the suspect of the one event both
    tell, when one of the two is only described (two names are two people) and nothing they say
    tells two people apart (a gender, an age, another role)."""
    suspects = [_suspects(sides[side], maps[side]) for side in (0, 1)]
    if len(suspects[0]) != 1 or len(suspects[1]) != 1:
        return
    (k0, c0), (k1, c1) = next(iter(suspects[0].items())), next(iter(suspects[1].items()))
    if k0 == k1:
        return
    keys = [{maps[side].get(c, c) for c in _chain_keys(sides[side])} for side in (0, 1)]
    across = (k0 in keys[1], k1 in keys[0])
    if all(across):
        return  # each already one of a chain the other article names
    side = 1 if across[0] else 0  # the chain not yet joined across takes the other's key
    if any(across) and not _described(sides[side], (c0, c1)[side]):
        return
    if _slot_pair_differs(sides, c0, c1, vocab):
        return
    maps[side][(c0, c1)[side]] = (k1, k0)[side]


def _indefinite_chains(chains: ArticleChains) -> set[str]:
    """Chains of descriptions every mention of which is indefinite ("a traitor")."""
    seen: dict[str, bool] = {}
    for r in chains.refs:
        if r.chain in chains.described:
            seen[r.chain] = seen.get(r.chain, True) and r.text.lower().startswith(("a ", "an "))
    return {c for c, only in seen.items() if only}


def _main_actor(chains: ArticleChains, chain: str) -> bool:
    """Whether an article names a chain within its opening paragraphs or more than once."""
    body = [r.start for r in chains.refs if r.chain == chain and r.field == "text"]
    return len(body) > 1 or any(start < chains.opening_end for start in body)


def _first_words(chains: ArticleChains) -> dict[str, set[str]]:
    """Chain of descriptions -> the first words of its mentions ("his", "their", "the")."""
    out: dict[str, set[str]] = {}
    for r in chains.refs:
        if r.chain in chains.described and r.text:
            out.setdefault(r.chain, set()).add(r.text.split(" ", 1)[0].lower())
    return out


class _DescriptionIndex:
    """An article's chains of descriptions by head noun, to find those that can describe what
    another description does."""

    def __init__(self, chains: ArticleChains, lexicon_of_nouns: NounLexicon, vocab: NamingVocabulary):
        self.chains = chains
        self.by_head: dict[str, list[str]] = {}
        for o, info in chains.described.items():
            if info.head not in vocab.generic:
                self.by_head.setdefault(info.head, []).append(o)
        self.heads = RelatedNouns(lexicon_of_nouns, self.by_head)

    def related(self, info: Described) -> list[str]:
        """Same number, no other country, the same name in it (or none), a head of the same
        sense or one a kind of the other."""
        out = []
        for head in sorted(self.heads.of(info.head)):
            for o in self.by_head[head]:
                other = self.chains.described[o]
                if (other.plural == info.plural and other.possessed == info.possessed
                        and (not info.country or not other.country or info.country == other.country)
                        # "the Philadelphia Eagles practice squad" is not whatever "the team" is
                        and other.modifier == info.modifier
                        and (other.role != info.role or other.country != info.country or other.modifier != info.modifier
                             or other.ranked != info.ranked)):
                    out.append(o)
        return out


def named_in_both(sides: tuple[ArticleChains, ArticleChains], maps: tuple[dict[str, str], dict[str, str]]
                  ) -> tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]]:
    """Per article, the body spans of names whose referent the other article also names, in
    whatever words (an alias, an acronym, a capital for its government, another spelling) ->
    the referent's name. Such a name is a naming difference, never an omission."""
    by_key: list[dict[str, list[Ref]]] = [{}, {}]
    for side in (0, 1):
        for r in sides[side].refs:
            by_key[side].setdefault(maps[side].get(r.chain, r.chain), []).append(r)
    out: tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]] = ({}, {})
    names: dict[str, str] = {}
    for side in (0, 1):
        for key, refs in by_key[side].items():
            if key not in by_key[1 - side]:
                continue
            name = names.get(key)
            if name is None:
                name = names[key] = _display(by_key[0][key] + by_key[1][key], key)
            for r in refs:
                if r.entity is not None and r.field == "text":
                    out[side][(r.entity.start, r.entity.end)] = name
    return out


def _chain_keys(chains: ArticleChains) -> list[str]:
    seen: dict[str, None] = {}
    for r in chains.refs:
        seen.setdefault(r.chain, None)
    return list(seen)


_FORM_WEIGHT = {"time": 0.3, "named": 0.9, "description": 1.0, "role": 1.0, "title": 0.8, "metonym": 0.7, "alias": 0.5, "name": 0.4, "short": 0.15}


def label_contrasts(
    sides: tuple[ArticleChains, ArticleChains],
    maps: tuple[dict[str, str], dict[str, str]],
    lex: Lexicon,
    generic: frozenset[str] = frozenset(),
    settings: NamingSettings = DEFAULT.compare.naming,
    role_words: frozenset[str] = frozenset(),
) -> list[LabelContrast]:
    """Every chain both articles mention whose label sets differ, most telling first.
    generic: role nouns too vague for a chain of descriptions alone ("the man"); role_words:
    title and role words, whose presence on one side only is a title difference, not a short form."""
    grouped: list[dict[str, list[Ref]]] = [{}, {}]
    for side in (0, 1):
        for r in sides[side].refs:
            grouped[side].setdefault(maps[side].get(r.chain, r.chain), []).append(r)
    loaded = _loaded_words(lex)
    canon = _canonical_words(lex)
    written = [{canonical_label(t, canon) for t in s.written} for s in sides]
    out = []
    for key, refs_a in grouped[0].items():
        refs_b = grouped[1].get(key)
        if not refs_b:
            continue
        if not any(r.field == "text" for r in refs_a) or not any(r.field == "text" for r in refs_b):
            continue  # named only in a headline on one side: too little to compare
        described_only = not key.startswith("venue:") and not any(r.form != "description" for r in refs_a + refs_b)
        labels = [_labels(refs, canon) for refs in (refs_a, refs_b)]
        if not labels[0] or not labels[1]:
            continue
        for side in (0, 1):
            # a name one side links to the chain and the other writes without linking it
            # ("Nichols" after "Brian Nichols"): both articles use it, no difference to show
            for label, form in labels[side].items():
                if form in ("name", "short") and label not in labels[1 - side] and label in written[1 - side]:
                    labels[1 - side][label] = "unlinked"
        la, lb = set(labels[0]), set(labels[1])
        if la == lb:
            continue
        if key.startswith("time:") and other_parts_of_day([r.text for r in refs_a], [r.text for r in refs_b]):
            continue  # "Monday morning" / "Monday afternoon": maybe two events of the day, no naming
        if _seat_against_country((refs_a, refs_b), sides):
            continue
        telling, category = _telling(labels, (refs_a, refs_b), loaded, lex, canon, role_words)
        if described_only and {r.head.rsplit(" ", 1)[-1] for r in refs_a if r.head} == {
            r.head.rsplit(" ", 1)[-1] for r in refs_b if r.head
        }:
            # one thing described with the same noun, other words around it ("the suspect" /
            # "the 29-year-old suspect"): a detail, not a naming difference
            continue  # (too little for a reader to learn from)
        if telling < settings.min_telling:
            continue
        out.append(
            LabelContrast(
                entity=_display(refs_a + refs_b, key),
                a=tuple(_mention(r) for r in refs_a if r.field == "text"),
                b=tuple(_mention(r) for r in refs_b if r.field == "text"),
                category=category,
                kind=_kind(refs_a + refs_b),
                labels=tuple(tuple(_counts(refs)) for refs in (refs_a, refs_b)),
                telling=round(telling, 3),
                headings=tuple(tuple(_mention(r) for r in refs if r.field != "text") for refs in (refs_a, refs_b)),
            )
        )
    out.sort(key=lambda c: (-c.telling, c.entity))
    return out


_MEDIA_NOUNS = frozenset(json.loads(resource(TERMS_DIR).joinpath("entities.json").read_text(encoding="utf-8"))["media_nouns"])
_OF_PLACE = frozenset("of from to across throughout".split())  # before a country that is a place


def _seat_against_country(side_refs: tuple[list[Ref], list[Ref]], sides: tuple[ArticleChains, ArticleChains]) -> bool:
    """"The White House ordered" on one side, "the United States' mysteries" on the other: the
    government against the country as a place, not two names of one referent. A country the
    other article writes as an actor ("Russia said" / "the Kremlin said") is its government."""
    for side in (0, 1):
        mine, theirs = side_refs[side], side_refs[1 - side]
        if (all(r.form == "metonym" for r in mine) and not any(r.form == "metonym" for r in theirs)
                and not any(r.chain in sides[1 - side].acting for r in theirs)):
            return True
    return False


def _labels(refs: list[Ref], canon: dict[str, str]) -> dict[str, str]:
    """Canonical label -> form of its first mention (labels empty after normalising dropped).
    Canonical: one spelling per title and nationality ("premier" = "prime minister", "Russian"
    = "Russia's"), so that a house style is not taken for a naming difference."""
    out: dict[str, str] = {}
    for r in refs:
        label = time_label(r.text) if r.form == "time" else canonical_label(r.text, canon)
        if label:
            out.setdefault(label, r.form)
    return out


def canonical_label(text: str, canon: dict[str, str]) -> str:
    """The label compared across the articles: one spelling per title and nationality, the
    last noun singular ("doors" = "door": one outlet's plural is no other name)."""
    words = [canon.get(w, w) for w in label_of(text).split()]
    if words:
        words[-1] = nouns().lemma(words[-1]) or words[-1]
    return " ".join(words)


def _canonical_words(lex: Lexicon) -> dict[str, str]:
    cached = lex.derived.get("naming_canon")
    if cached is None:
        cached = {}
        for demonym, country in lex.demonyms.items():
            if " " not in demonym:
                cached[fold(demonym)] = label_of(country)
        for word, same in lex.title_synonyms.items():
            if " " not in word:
                cached[word] = same
        for word in _MILITARY:
            cached[word] = "forces"  # "Russian troops" = "Russian forces": one variant
        heads = title_vocabulary(lex)[1] | {w for w, kind in vocabulary().roles.items() if kind == "person"}
        for word in heads:
            one = _singular(word)
            if one != word and one in heads:
                # "Washington Post reporters Bob Woodward (and Carl Bernstein)" = "reporter Bob Woodward"
                cached.setdefault(word, cached.get(one, one))
        lex.derived["naming_canon"] = cached
    return cached


def _telling(labels: list[dict[str, str]], side_refs: tuple[list[Ref], list[Ref]], loaded: frozenset[str],
             lex: Lexicon, canon: dict[str, str], role_words: frozenset[str]) -> tuple[float, str]:
    """How much the difference tells a reader, and what kind of difference it is."""
    la, lb = labels
    refs = side_refs[0] + side_refs[1]
    heads = {canonical_label(r.text, canon): _role_noun(r) for r in refs}
    side_heads = [{_role_noun(r) for r in rs} - {None} for rs in side_refs]
    best, category = 0.0, "naming"
    for mine, theirs, their_heads in ((la, lb, side_heads[1]), (lb, la, side_heads[0])):
        for label, form in mine.items():
            if label in theirs:
                continue
            words = set(label.split())
            if form in ("name", "short", "title") and any(
                (words <= set(t.split()) or set(t.split()) <= words) and not (words ^ set(t.split())) & role_words
                for t in theirs
            ):
                form = "short"  # "Cheeks" / "Maurice Cheeks": a short form, not another name
            if form in ("description", "role", "title") and heads.get(label) in their_heads:
                # "the judge" / "Superior Court Judge James Bodiford", "a court reporter" /
                # "reporter Julie Ann Brandau": the other outlet gives the same role
                form = "short"
            if " " not in label and any(_initials(t) == label for t in theirs):
                form = "alias"  # "DNC" / "Democratic National Committee"
            if form in ("name", "title") and not any(
                f in ("name", "short", "title", "alias", "metonym", "unlinked") for f in theirs.values()
            ):
                form = "named"  # one outlet names the person, the other only describes them
            weight = _FORM_WEIGHT.get(form, 0.4)
            if words & loaded:
                weight += 0.5
            if weight > best:
                best, category = weight, _CATEGORY[form]
    one_sided = set(la) ^ set(lb)
    if any(fold(r.text) in lex.contested_names for r in refs if canonical_label(r.text, canon) in one_sided):
        category = "place name"
    leader = next((f for f in lex.label_families if f.scope == "person"), None)
    if leader is not None and category in ("title", "role", "description"):
        words = {t for t, _near, _variant in leader.terms}
        heads = {r.head.rsplit(" ", 1)[-1] for r in refs
                 if r.head and r.head != "of" and canonical_label(r.text, canon) in one_sided}
        if len(heads) > 1 and heads & words:
            category = leader.id
    extra = len(set(la) ^ set(lb)) - 1
    return best + min(extra, 5) * 0.02, category


def _role_noun(r: Ref) -> str | None:
    """The role noun a mention gives its referent ("judge" of "Superior Court Judge X")."""
    return r.head.rsplit(" ", 1)[-1] if r.head and r.head != "of" else None


_CATEGORY = {"named": "named by one", "description": "description", "role": "role", "title": "title", "metonym": "metonymy",
             "alias": "alias or acronym", "name": "spelling", "short": "short form", "time": "date"}


def _loaded_words(lex: Lexicon) -> frozenset[str]:
    """Single words of the contested labels and leader family: "regime", "dictator", "terrorist"."""
    words = set()
    for category, terms in lex.loaded_terms.items():
        if "label" in category or "contested" in category:
            words |= {t.casefold() for t in terms if " " not in t}
    for family in lex.label_families:
        if family.scope == "person":
            words |= {t for t, _near, _variant in family.terms if " " not in t and t not in ("leader", "president", "ruler")}
    return frozenset(words)


def _mention(r: Ref) -> Mention:
    return Mention(r.start, r.end, r.text, r.field)


def _counts(refs: list[Ref]) -> list[LabelCount]:
    """Each label with the surface shown for it (its most frequent spelling) and its count."""
    surfaces: dict[str, Counter] = {}
    forms: dict[str, str] = {}
    for r in refs:
        label = label_of(r.text)
        if label:
            surfaces.setdefault(label, Counter())[r.text] += 1
            forms.setdefault(label, r.form)
    rows = [
        LabelCount(label=_stable_pick(c), count=sum(c.values()), form=forms[label])
        for label, c in surfaces.items()
    ]
    rows.sort(key=lambda x: (-x.count, x.label))
    return rows


def _stable_pick(surfaces: Counter) -> str:
    """The most frequent spelling; ties: not all capitals, then longest, then alphabetical."""
    return min(surfaces, key=lambda s: (-surfaces[s], s.isupper(), -len(s), s))


def _display(refs: list[Ref], key: str) -> str:
    """The chain's name: its fullest name as written (canonical for a country), else its
    most frequent description."""
    names = Counter(r.entity.name for r in refs if r.entity is not None and r.form in ("name", "title", "short", "alias"))
    if names:
        best_len = max(len(n.split()) for n in names)
        return _stable_pick(Counter({n: c for n, c in names.items() if len(n.split()) == best_len}))
    times = [r.text for r in refs if r.form == "time"]
    if times:  # the day as a calendar says it ("Tuesday evening", not "tonight")
        dated = Counter(t for t in times if _DATED.search(t)) or Counter(times)
        return _stable_pick(dated)
    metonyms = [r for r in refs if r.form == "metonym"]
    if metonyms and not key.startswith("role:"):
        return " ".join(w.capitalize() if w not in ("of", "and", "the") else w for w in key.split())
    return _stable_pick(Counter(r.text for r in refs))


def _kind(refs: list[Ref]) -> str:
    kinds = Counter(r.kind for r in refs if r.kind != "other")
    if not kinds:
        return "other"
    if kinds.get("organisation") and not kinds.get("person"):
        return "organisation"
    return min(kinds, key=lambda k: (-kinds[k], k))


# --------------------------------------------------------------------------- event slots

_CONJUNCTIONS = frozenset("and or nor".split())


def _verb_stem(word: str) -> str:
    """A crude stem that makes "killed", "kills", "killing" one verb."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def _verb_word(tok: Token, vocab: NamingVocabulary, after_auxiliary: bool = False) -> bool:
    """A word that reads as an event verb: lower-case, alphabetic, no function word, number or
    verb of saying (two sources "said" the same thing are two sources), and a verb's form: a
    past ("-ed", "struck"), or any form after an auxiliary or "to" ("was shot", "to stop"); never a noun
    or adjective after a name ("Navy warship", "notorious Gulf")."""
    word = tok.norm
    if tok.cap or not word.isalpha() or len(word) < 3 or word in CLOSED_CLASS or word in vocab.slot_skip:
        return False
    if word in vocab.agent_verbs or word in vocab.slot_not_verbs:
        return False
    return after_auxiliary or word.endswith("ed") or word in vocab.irregular_pasts


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
    # one of a conjunction ("workers and civil servants took to the streets", "killed a man and
    # a woman") holds no slot alone
    if any(tokens[m].norm in _CONJUNCTIONS for m in range(max(0, i - 2), i)) or (
            j < len(tokens) and tokens[j].norm in _CONJUNCTIONS):
        return out
    aged = (j + 1 < len(tokens) and tokens[j].gap.strip() == "," and tokens[j].norm.isdigit()
            and tokens[j + 1].gap.strip() == ",")  # "Gaetano Lo Presti, 52, hanged himself"
    if aged:
        j += 1
    if j < len(tokens) and (aged or not tokens[j].gap.strip()):
        auxiliary = passive = False
        for k in range(j, min(len(tokens), j + reach + 1)):
            tok = tokens[k]
            if k > j and tok.gap.strip():
                break
            if _verb_word(tok, vocab, auxiliary):
                role = "patient" if passive and not tok.norm.endswith("ing") else "agent"
                out.append((role, _verb_stem(tok.norm)))
                if (k + 2 < len(tokens) and tokens[k + 1].norm == "and" and not tokens[k + 1].gap.strip()
                        and not tokens[k + 2].gap.strip() and _verb_word(tokens[k + 2], vocab, auxiliary)):
                    out.append((role, _verb_stem(tokens[k + 2].norm)))
                break
            if tok.norm not in vocab.slot_skip:
                break
            auxiliary = auxiliary or tok.norm in vocab.auxiliaries
            passive = passive or tok.norm in vocab.passive_auxiliaries
    if 1 < i < len(tokens) and tokens[i].start == ref.start and not tokens[i].gap.strip():
        prev, before = tokens[i - 1], tokens[i - 2]
        after_auxiliary = before.norm in vocab.auxiliaries or before.norm == "to"
        if prev.norm in vocab.slot_prepositions and not prev.gap.strip():
            if _verb_word(before, vocab, i > 2 and tokens[i - 3].norm in vocab.auxiliaries):
                out.append(("agent", _verb_stem(before.norm)))
        elif _verb_word(prev, vocab, after_auxiliary) and prev.norm not in vocab.roles:
            out.append(("patient", _verb_stem(prev.norm)))
    return out


def slot_maps(views: tuple[ArticleView, ArticleView], sides: tuple[ArticleChains, ArticleChains],
              maps: tuple[dict[str, str], dict[str, str]], aligned: Iterable[tuple[int, int, int, int]],
              vocab: NamingVocabulary, settings: NamingSettings = DEFAULT.compare.naming) -> None:
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
    aligned sentence pair."""
    aligned = list(aligned)
    if not aligned:
        return
    body = []
    for side in (0, 1):
        refs = sorted((r for r in sides[side].refs if r.field == "text" and r.chain not in sides[side].times.facts),
                      key=lambda r: r.start)
        body.append((refs, [r.start for r in refs]))
    known: list[dict[int, list[tuple[str, str]]]] = [{}, {}]  # ref index -> its slots (a sentence may align twice)
    partners: list[dict[str, set[str]]] = [{}, {}]
    for a_start, a_end, b_start, b_end in aligned:
        slots: list[dict[tuple[str, str], set[str]]] = [{}, {}]
        for side, (lo, hi) in enumerate(((a_start, a_end), (b_start, b_end))):
            refs, starts = body[side]
            for k in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
                if refs[k].end > hi:
                    continue
                found = known[side].get(k)
                if found is None:
                    found = sides[side].slots.get((refs[k].start, refs[k].end))
                if found is None:
                    found = known[side][k] = _slots(views[side], refs[k], vocab, settings.slot_verb_reach)
                for slot in found:
                    slots[side].setdefault(slot, set()).add(refs[k].chain)
            if not slots[side]:
                break  # no slot on this side: nothing to pair
        for slot in slots[0].keys() & slots[1].keys():
            if len(slots[0][slot]) == 1 and len(slots[1][slot]) == 1:
                c0, c1 = next(iter(slots[0][slot])), next(iter(slots[1][slot]))
                partners[0].setdefault(c0, set()).add(c1)
                partners[1].setdefault(c1, set()).add(c0)
    joined = [{maps[side].get(c, c) for c in _chain_keys(sides[side])} for side in (0, 1)]
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
        if any(across) and not _described(sides[side], (c0, c1)[side]):
            continue
        if _slot_pair_differs(sides, c0, c1, vocab):
            continue
        target = (k1, k0)[side]
        maps[side][(c0, c1)[side]] = target
        joined[side].add(target)


def _slot_pair_differs(sides: tuple[ArticleChains, ArticleChains], c0: str, c1: str, vocab: NamingVocabulary) -> bool:
    """Whether two chains of one slot cannot be one referent, or nothing but the slot says so."""
    described = [_described(sides[0], c0), _described(sides[1], c1)]
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
        genders = (_description_gender(sides[0], c0, vocab), _description_gender(sides[1], c1, vocab))
        return bool(genders[0] and genders[1] and genders[0] != genders[1])
    d_side, d_chain, n_chain = (0, c0, c1) if described[0] else (1, c1, c0)
    named = sides[1 - d_side]
    if _gender_clash(sides[d_side], d_chain, n_chain, vocab):
        return True
    # a description that tells a gender ("a female sheriff's deputy") joins by its slot alone
    # only a name known to be of that gender (not "Deputy Hoyt Teasley", a given name unknown)
    told = _description_gender(sides[d_side], d_chain, vocab)
    given = given_names().get(n_chain.split()[0]) if " " in n_chain else None
    if told and told != given:
        return True
    info = sides[d_side].described.get(d_chain)
    head = info.head if info else d_chain.split(":")[-1]
    roles = {_singular(r) for r in named.roles.get(n_chain, set()) - named.implied.get(n_chain, set())}
    # a named one given another role ("Jones, a passenger") is not "the driver"
    return bool(roles) and _singular(head) not in roles and head not in vocab.generic
