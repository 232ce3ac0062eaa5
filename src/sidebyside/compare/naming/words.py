"""The words naming reads: the vocabulary of naming.json, and the small closed sets and
patterns the chain rules share."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from sidebyside.compare.distinctive import cardinal_words
from sidebyside.compare.entities import CLOSED_CLASS, entity_words, name_key
from sidebyside.compare.termdata import Lexicon, naming_data
from sidebyside.compare.text import ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, fold
from sidebyside.name_lists import courtesy_honorifics


FIELDS = ("title", "lead", "text")
_DETERMINERS = ARTICLES | DEMONSTRATIVES
_SINGULAR_DETERMINERS = frozenset("this that".split())
_POSSESSIVE_PRONOUNS = POSSESSIVE_DETERMINERS
_LABEL_STOP = _DETERMINERS | courtesy_honorifics()  # "the", "Mr.": dropped from a mention's label
_APPOSITION_END = frozenset(",.;:)")
_PLACE_PREPOSITIONS = frozenset("in at to from near into outside inside across around via through toward towards".split())
_ACRONYM_SKIP = frozenset("of the and for & de du la le des".split())
_WORD = re.compile(r"\w+")
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
# What may follow the role noun of an apposition: "Hakim, a bomb squad technician with the police",
# "New Moon, the sequel to Twilight,"
_APPOSITION_FOLLOWERS = frozenset("with of for at in from since to".split())
# Relative words that may follow an apposition's role noun: "Smith, the gunman who ...", "the
# Teachers' Association, the union that called the strike,"
_APPOSITION_RELATIVES = frozenset("who that which".split())


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
    naming_phrases: tuple[str, ...] = ()  # "known as", "called": the description before it is the name after it
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
    # event verbs of one sense (slot_verb_senses): a verb's stem -> its sense, and the phrases
    # ("committed suicide", "hanged himself") by their first word: (the words after it, sense)
    verb_senses: dict[str, str] = field(default_factory=dict)
    verb_phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict)
    hedges: frozenset[str] = frozenset()  # "alleged", "suspected": no event done to the noun after it
    # event noun -> the first noun of its group ("quake" -> "earthquake", "blaze" -> "fire")
    events: dict[str, str] = field(default_factory=dict)
    other_instance: frozenset[str] = frozenset()  # "previous", "another": another event of its kind
    # someone held for a crime, besides the arrest verbs: "turned himself in" / "taken into
    # custody" (after "was"/"is") as word tuples, the charge nouns after "faces", and every cue
    # whose presence in an article lets the suspect rule look at all
    gave_up: tuple[tuple[str, ...], ...] = ()
    held: tuple[tuple[str, ...], ...] = ()
    attacked: tuple[str, ...] = ()  # "opened fire": what only an attacker does (custody_phrases)
    attacked_by: frozenset[str] = frozenset()  # "was shot ... by X": X did it (custody_phrases)
    duty_force_words: frozenset[str] = frozenset()  # "by police officer X": no suspect
    charge_nouns: frozenset[str] = frozenset()
    custody_cues: tuple[str, ...] = ()
    business_anaphors: frozenset[str] = frozenset()  # "the company", "the software maker"
    body_speakers: frozenset[str] = frozenset()  # "officials said", "authorities said": heads
    body_people: frozenset[str] = frozenset()  # "Coastguard chiefs": plurals after a body's word
    public_body_heads: frozenset[str] = frozenset()  # "the Justice Department": no business
    outlet_heads: frozenset[str] = frozenset()  # "the Seattle Times": no business told
    family_groups: frozenset[str] = frozenset()  # "the Genovese crime family": no one person
    roles_before_names: frozenset[str] = frozenset()  # "His brief Peter Coyle": a role before a name only
    trade_descriptors: frozenset[str] = frozenset()  # "Drugmaker Verenta": a trade's noun before a business's name
    business_name_heads: frozenset[str] = frozenset()  # "Verenta Pharmaceuticals": its first word alone is the business
    # predicate-argument reading (naming.json event_participants): participles read as a reduced
    # passive before these prepositions ("a woman charged with"), description heads that name a
    # slot of an event noun ("the shooting suspect"), each event noun's verb, and verbs that tell
    # nothing over a whole article ("gave")
    passive_participles: frozenset[str] = frozenset()
    reduced_prepositions: frozenset[str] = frozenset()
    participant_roles: dict[str, str] = field(default_factory=dict)
    event_noun_verbs: dict[str, str] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    adjunct_connectives: frozenset[str] = frozenset()  # "after": "was charged after opening fire"



@functools.lru_cache(maxsize=1)
def vocabulary() -> NamingVocabulary:
    data = naming_data()
    roles: dict[str, str] = {}
    for kind, nouns in (("place", data["place_nouns"]), ("organisation", data["organisation_nouns"]),
                        ("person", data["person_roles"] + data["news_person_nouns"]["nouns"])):
        for noun in nouns:
            for form in _noun_forms(noun):
                roles[fold(form)] = kind
    for noun in data.get("named_kinds", {}).get("unlisted_nouns", ()):  # "the tunnel", "the ferry": a thing
        for form in _noun_forms(noun):
            roles.setdefault(fold(form), "thing")
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
        not_heads=frozenset(data["not_description_heads"]) | frozenset(data.get("participle_nouns", {}).get("words", ())),
        deal_words=frozenset(data["deal_words"]),
        compounds={fold(head): frozenset(fold(w) for w in words)
                   for head, words in data["compound_nouns"].items() if head != "about"},
        regions=frozenset(name_key(r) for r in data.get("regions", ())),
        predicate_verbs=frozenset(data["predicate_verbs"]),
        predicate_participles=frozenset(data["predicate_participles"]),
        predicate_followers=frozenset(data["predicate_followers"]),
        arrest_verbs=frozenset(data["arrest_verbs"]),
        naming_phrases=tuple(data["naming_phrases"]) + tuple(data.get("identification_phrases", {}).get("phrases", ())),
        speaks_for=frozenset(data["speaks_for_nouns"]),
        ordinal_titles=frozenset(data["ordinal_titles"]),
        noun_suffixes=tuple(data["noun_suffixes"]),
        auxiliaries=frozenset(data["event_slots"]["auxiliaries"]),
        passive_auxiliaries=frozenset(data["event_slots"]["passive_auxiliaries"]),
        slot_skip=frozenset(data["event_slots"]["auxiliaries"] + data["event_slots"]["adverbs"]),
        slot_prepositions=frozenset(data["event_slots"]["agent_prepositions"]),
        slot_not_verbs=cardinal_words(),
        irregular_pasts=frozenset(data["event_slots"]["irregular_pasts"]),
        **_verb_senses(data.get("slot_verb_senses", {}).get("groups", ())),
        hedges=frozenset(data.get("slot_verb_senses", {}).get("hedges", ())),
        events={fold(w): fold(g[0]) for g in (*data["event_nouns"]["groups"], *data.get("more_event_nouns", {}).get("groups", ()),
                                              *data.get("event_noun_synonyms", {}).get("groups", ()),
                                              *data.get("gathering_event_nouns", {}).get("groups", ()),
                                              *data.get("story_event_nouns", {}).get("groups", ())) for w in g},
        other_instance=frozenset(data["family_other_instance"]["words"]),
        gave_up=tuple(tuple(p.split()) for p in data["custody_phrases"]["gave_up"]),
        held=tuple(tuple(p.split()) for p in data["custody_phrases"]["held"]),
        attacked=tuple(data["custody_phrases"].get("attacked", ())),
        attacked_by=frozenset(data["custody_phrases"].get("attacked_by", ())),
        duty_force_words=frozenset(data["custody_phrases"].get("duty_force_words", ())),
        charge_nouns=frozenset(data["custody_phrases"]["charge_nouns"]),
        custody_cues=tuple(
            p for key in ("gave_up", "held", "other_cues") for p in data["custody_phrases"][key]
        ),
        business_anaphors=frozenset(data["business_anaphors"]["nouns"]),
        body_speakers=frozenset(data.get("body_speakers", {}).get("words", ())),
        body_people=frozenset(data.get("body_people", {}).get("words", ())),
        public_body_heads=frozenset(data["public_body_name_heads"]["words"]),
        outlet_heads=frozenset(data["outlet_name_heads"]["words"]),
        family_groups=frozenset(data["family_group_nouns"]["words"]),
        roles_before_names=frozenset(data.get("roles_before_names", {}).get("words", ())),
        trade_descriptors=frozenset(data.get("trade_descriptors", {}).get("words", ())),
        business_name_heads=frozenset(data.get("business_name_heads", {}).get("words", ())),
        **_participants(data.get("event_participants", {})),
    )


def _participants(data: dict) -> dict:
    """NamingVocabulary's predicate-argument fields from naming.json's event_participants."""
    return {
        "passive_participles": frozenset(data.get("passive_participles", ())),
        "reduced_prepositions": frozenset(data.get("reduced_prepositions", ())),
        "participant_roles": {**{fold(w): "agent" for w in data.get("agent_nouns", ())},
                              **{fold(w): "patient" for w in data.get("patient_nouns", ())}},
        "event_noun_verbs": {fold(k): fold(v) for k, v in data.get("event_noun_verbs", {}).items()},
        "light_verbs": frozenset(verb_stem(fold(w)) for w in data.get("light_verbs", ())),
        "adjunct_connectives": frozenset(data.get("adjunct_connectives", ())),
    }


def verb_stem(word: str) -> str:
    """A crude stem that makes "killed", "kills", "killing" one verb."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def _verb_senses(groups) -> dict:
    """verb_senses and verb_phrases of NamingVocabulary from naming.json's groups: each group's
    words share one sense key (its first entry's stem, "~" and the phrase when it is one), a
    phrase longest first."""
    senses: dict[str, str] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for group in groups:
        first = fold(group[0]).split()
        sense = verb_stem(first[0]) if len(first) == 1 else "~" + " ".join(first)
        for entry in group:
            words = tuple(fold(entry).split())
            if len(words) == 1:
                senses[verb_stem(words[0])] = sense
            else:
                phrases.setdefault(words[0], []).append((words[1:], sense))
                if words[0].endswith("ed") and len(words[0]) > 4:
                    # "after opening fire", "before committing suicide": the phrase's -ing form
                    phrases.setdefault(words[0][:-2] + "ing", []).append((words[1:], sense))
    return {
        "verb_senses": senses,
        "verb_phrases": {w: tuple(sorted(found, key=lambda f: -len(f[0]))) for w, found in phrases.items()},
    }



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



_LETTER_STOPS = re.compile(r"\.(?<=\b[A-Za-z]\.)\s?(?=[A-Za-z]\b)")  # (the stop first: the scan skips to stops)
_DOTTED_LETTERS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.S", whose last stop the entity leaves out
_DATED = re.compile(r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)  # a time that names its day: a weekday or a date
# "the 61-year-old" and the word after it (a noun there makes an ordinary description)
# (The word boundary before "the" and the age is checked after their first letter, "(?<!\w.)":
# the same matches as a leading \b, but the engine skips to the letter instead of trying every position.)
_BARE_AGE = re.compile(r"[Tt](?<!\w.)he (\d{1,3}-year-old)\b(?!['’]s|-)\s*([a-z]+)?")
_AGE = re.compile(r"(\d(?<!\w.)\d{0,2})[- ]years?[- ]old\b(?!['’]s)", re.IGNORECASE)  # not "the 15-year-old's child"


def age_matches(text: str) -> Iterator[re.Match[str]]:
    """_AGE's matches in a mention. Each one spells "year" (in any case), which most mentions
    never do: they skip the regex (a scanner built and run a mention, some 3,000 a 10k pair)."""
    return _AGE.finditer(text) if "year" in text.lower() else iter(())
_AGE_AFTER_NAME = re.compile(r",\s*(\d{1,3})\s*(?=[,.;]|$)|\s*\((\d{1,3})\)")



_ORDINALS = frozenset("first second third fourth fifth last next".split())  # "the second film": modifiers
_RANKING = _ORDINALS | frozenset("sixth seventh eighth ninth tenth best worst".split())
_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)")  # "the 12th actor"


def _ranking(word: str) -> bool:
    return word in _RANKING or bool(_NUMBERED.fullmatch(word))
_NOT_MODIFIERS = CLOSED_CLASS | frozenset("said says was is were are be been has have had told".split())


def _closed(word: str) -> bool:
    """A word that cannot modify a noun inside a description (so a description stops there)."""
    return word in _NOT_MODIFIERS




# What an apposition may call a name of each kind ("Bettie Page, the pin-up model": a name of no
# known kind may turn out to be a person's).
_APPOSITION_KINDS = {
    "person": frozenset({"person"}),
    "other": frozenset({"person", "work", "thing", "organisation"}),
    "organisation": frozenset({"organisation"}),
    # "Haiti, the island nation,", "Port-au-Prince, the capital,": the article defines them
    "place": frozenset({"place"}),
}
_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                   "she": "female", "her": "female", "hers": "female", "herself": "female"}



_MEDIA_NOUNS = frozenset(entity_words()["media_nouns"])
_OF_PLACE = frozenset("of from to across throughout".split())  # before a country that is a place



_CONJUNCTIONS = frozenset("and or nor".split())


def evaluative_words(lex: Lexicon) -> frozenset[str]:
    """Single evaluative and emotive words of the loaded-language lexicon ("infamous", "shadowy",
    "furious"): what weighs a label, and a tabloid's word before a title ("Furious mayor Brandt")."""
    cached = lex.derived.get("naming_evaluative")
    if cached is None:
        cached = lex.derived["naming_evaluative"] = frozenset(
            t.casefold() for category in ("evaluative", "emotive") for t in lex.loaded_terms.get(category, ()) if " " not in t)
    return cached
