"""Named entities without an NLP model: capitalised-sequence chunking, a shipped gazetteer,
titles before names, demonym -> country linking, and within-article coreference of short forms.

``find_entities(text)`` returns every mention with exact spans into ``text``. Each carries a
canonical ``key`` (accent- and case-folded, hyphens as spaces) so that "Erdoğan" and "Erdogan",
"Al-Assad" and "al-Assad", "Assad" and "Bashar al-Assad" (when the article names him in full) and
"Turkish" and "Turkey" match within and across articles.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import functools
import operator
import re
from dataclasses import dataclass
from itertools import compress
from typing import Callable, Iterable

from sidebyside import calendar_words
from sidebyside.compare.distinctive import number_words
from sidebyside.compare.entities_cuts import CLOSED_CLASS, NameCuts, entity_words
from sidebyside.compare.entities_cuts import PLATFORMS as _PLATFORMS
from sidebyside.compare.entities_cuts import NAME_LINKS as _NAME_LINKS
from sidebyside.compare.entities_cuts import SPECIES_ENDINGS as _SPECIES_ENDINGS
from sidebyside.compare.entities_cuts import STREET_ABBREVIATIONS as _STREET_ABBREVIATIONS
from sidebyside.compare.entities_cuts import STREET_WORDS
from sidebyside.compare.entities_cuts import TITLE_ABBREVIATIONS as _TITLE_ABBREVIATIONS
from sidebyside.compare.nouns import REFERENT_KINDS, never_a_name, nouns, plural_never_a_name
from sidebyside.compare.termdata import Lexicon, lexicon, naming_data
from sidebyside.compare.text import fold
from sidebyside.compare.title_case import SMALL_WORDS
from sidebyside.compare.tokens import TOKEN_INITIAL, TOKEN_NORM, TOKEN_TEXT, PhraseMatcher, Token, joinable, token_column, token_norms, tokenize
from sidebyside.extract.datelines import read_dateline
from sidebyside.name_lists import NAME_PARTICLES as PARTICLES, wide_given_names
from sidebyside.name_lists import given_names as every_given_name
from sidebyside.name_lists import honorific_genders
from sidebyside.parsed_cache import parsed
from sidebyside.resources import gendered_given_names, read_resource_text, resource, resource_json
from sidebyside.settings import DEFAULT, NamingSettings
from sidebyside.wordpattern import alternation

KINDS = ("person", "place", "organisation", "group", "event", "other")

# The Arabic article assimilated to the next sound ("an-Nur", "ash-Sham"): a particle only before
# a hyphen, since "an" and "as" are also English words.
HYPHEN_PARTICLES = frozenset("an ar as ad at ash az ath adh ath ad ur un us ut uz".split())
_PLACE_PREPOSITIONS = frozenset("in near outside across inside".split())
_ACTION_PREPOSITIONS = frozenset("against into".split())  # "a blitz against X", "an inquiry into X": X is acted on
# words that open a verb's object: "Severing a cable", "Blocking the road"
# what follows a region named after its town: the sentence goes on ("Palermo, Sicily, said"),
# never an apposition ("in Boston, Jones, a lawyer, said")
_AFTER_REGION = re.compile(r"(?:[.;:)]|,\s+(?!(?:a|an|the|who|whose|which)\b)[a-z])")
_QUOTED = re.compile(r'["“]([^"”\n]{3,120})["”]')  # a short text in quotation marks
_TITLE_SMALL_WORDS = SMALL_WORDS  # "of", "the": title case leaves them in lower case (resources/terms/title_case.json)
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ance", "ence", "ship")  # "nomination": a noun the noun lexicon may leave out
_ROMAN_NUMERAL = re.compile(r"[IVXL]+")
_CURRENCY_AMOUNT = re.compile(r"[A-Z][a-z]{1,2}\d")  # "Dh472", "Rs500", "Sh100": a short currency form and a figure
_OBJECT_OPENERS = frozenset("a an the his her its their our my your this that these those".split())
_OBJECT_PRONOUNS = frozenset("him her them it us me you".split())
_THING_DETERMINERS = frozenset("a an his her my your our their".split())
_LIST_GAP = re.compile(r",\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+")  # between two items of a list
_MODALS = frozenset("will would could can may might must should shall".split())
_WEEKDAYS = frozenset(calendar_words.weekdays())
_MONTHS = frozenset(calendar_words.months(abbreviations=False))
_CALENDAR = frozenset([*_WEEKDAYS, *calendar_words.weekday_abbreviations(), *calendar_words.months()])  # never a name


_WORDS = entity_words()
# a lower-case noun right before a capitalised run that makes it an organisation ("the rights
# group Civic Witness", "broadcaster TVnet")
_ORG_NOUNS = frozenset(_WORDS["organisation_nouns"]) | frozenset(_WORDS["media_nouns"])
_PLACE_NOUNS = frozenset(_WORDS["place_nouns"])  # "the town of Qasr al-Nour"
_PLACE_PREFIXES = frozenset(_WORDS["place_prefixes"])
_SAINT_PREFIXES = frozenset(_WORDS["saint_prefixes"])  # "St. Louis", "San Diego": a town, or "St. Katharine Drexel"
_COMPASS_PREFIXES = frozenset(_WORDS["compass_prefixes"])
_STORM_PREFIXES = frozenset(_WORDS["storm_prefixes"])
_PEOPLE_PLURALS = frozenset(_WORDS["irregular_people_plurals"])
_PLACES_ALSO_GIVEN = frozenset(n.casefold() for n in _WORDS["places_also_given_names"])
_SHIP_PREFIXES = frozenset(_WORDS["ship_prefixes"])
_TITLES_ALSO_GIVEN = frozenset(_WORDS["titles_also_given_names"])  # "Sultan Ibragimov": a given name
_SURNAME_ENDINGS = tuple(_WORDS["surname_endings"])
_COUNTRY_FORMAL_HEADS = frozenset(_WORDS["country_formal_heads"])  # "the Republic of South Sudan"
_QUESTION_OPENERS = frozenset(_WORDS["question_openers"])  # "Does HP's Mark Hurd want ...?"
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_STATE_BODY_HEADS = frozenset(_WORDS["state_body_heads"])  # "US Navy": the country's own body
_FACILITY_HEADS = frozenset(_WORDS["facility_heads"])  # "Matanuska Maid Dairy": a building or site  # written in capitals: "INS Sukanya", "USS Cole"
_SPEECH_AFTER_NAME = frozenset(_WORDS["speech_verbs_after_names"])
_WORK_CUES = frozenset(_WORDS["work_cues"])  # "the film X", "playing X": a work's name follows
_WORK_NOUNS = _WORK_CUES - frozenset(("playing", "watching", "reading"))  # "Orlo's new film": the nouns alone
_NUMBERED_PARTS = frozenset(_WORDS["numbered_parts"])  # "Week 11", "Round 3": no name before its number
_COMPOUND_SUFFIXES = frozenset(_WORDS["compound_suffixes"])  # "Cruz-led", "Bush-era": no name goes on
_PARTICIPLE_LINKS = frozenset(_WORDS["participle_links"])  # "Rebranded to resemble": a past participle opens the sentence
_VERB_PREFIXES = tuple(_WORDS["verb_prefixes"])  # "re-brand", "un-mask": a verb made of a prefix and a verb
_THING_OR_BODY_ABBREVIATIONS = frozenset(_WORDS["thing_or_body_abbreviations"])  # "CCTV": footage, or a broadcaster
_CONTROL_COMPOUNDS = frozenset(("run", "owned", "controlled", "backed", "funded"))  # "state-run CCTV": a body
_UNITS = frozenset(w for part in ("distance_units", "measure_units", "game_stat_units")
                   for w in resource_json("terms/quantities.json")[part]) | {"am", "pm", "p.m.", "a.m."}  # "2 miles"
_NAME_CODE = re.compile(r"[A-Z]{2,5}[0-9]{1,2}")  # "RDR2", "IV2": a numbered name's initials and figure
_DEVICE_CUES = {part: frozenset(words) for part, words in _WORDS["device_cues"].items()}  # "playing through X"
_COUNT_LINKS = frozenset("of to in out per by from than more less percent a an the".split())  # "2 of 5", "2 in 10"
_NUMBERED_SITES = frozenset(_WORDS["numbered_sites"])  # "Heathrow Terminal 5": a site's number, no sequel's
_NUMBERED_ROADS = {part: frozenset(words) for part, words in _WORDS["numbered_roads"].items()}  # "State Route 94"
_THING_ABBREVIATIONS = frozenset(_WORDS["thing_abbreviations"])  # "live on TV", "DNA evidence": a thing, no body
# a capitalised word and "!" mid-sentence, after a lower-case word, then capitalised words: "by E! News"
_EXCLAIMED_NAME = re.compile(r"(?<=[a-z,] )([A-Z][A-Za-z]{0,9})! ([A-Z][a-z]+(?: [A-Z][a-z]+){0,3})")
_NEWSROOM_ROLES = frozenset(_WORDS["newsroom_roles"])  # "Entertainment Reporter for Star News": a role, then its employer
_EMPLOYER_LINKS = frozenset(("for", "at"))
# "Arbor Networks", "Tolland Construction": a firm's, no person's (an industry's noun ends a trading name too)
_PLURAL_BODY_HEADS = frozenset(_WORDS["plural_body_heads"]) | frozenset(_WORDS["industry_heads"])
_COMPANY_HEADS = frozenset(_WORDS["company_heads"])  # "Marfin Bank", "Kraft Foods": "Marfin", "Kraft" alone is the company
_OTHER_LANGUAGE_ARTICLES = frozenset(_WORDS["other_language_articles"])  # "Der Kita Streik": no person's
_ARTICLES_BEFORE_NOUNS = _OTHER_LANGUAGE_ARTICLES - {"die"}  # in lower case ("die" is an English verb too)
_MODEL_NOUNS = frozenset(_WORDS["model_nouns"])  # "the Halden Comfort 200 model": a product's name
_VESSEL_NOUNS = frozenset(_WORDS["vessel_nouns"])  # "the container ship Margit Sol": a vessel's name, no person's
_SHORT_NAME_HEADS = _COMPANY_HEADS | _PLURAL_BODY_HEADS | {"group"}  # "Vellamy Group" ... "Vellamy said": the company
# a lower-case noun after a name that makes it a body's: "the Marfin bank", "the X group"; not
# "party" ("the Christmas party"), "tank", "chain", "monitor" (things as often as bodies), nor a
# shop one goes to ("a Waitrose supermarket" is a venue)
_BUSINESS_NOUNS_AFTER = (_COMPANY_HEADS | _ORG_NOUNS) - frozenset("party tank think-tank chain monitor lab network daily supermarket".split())
_APPOSITIVE_BODY_HEADS = _BUSINESS_NOUNS_AFTER | frozenset(_WORDS["appositive_body_heads"])  # "Vellamy, a Dutch food company,"
_APPOSITIVE_STOPS = frozenset("that which who whose of in with for from based at to and or".split())
_EVENT_COMPOUND_HEADS = frozenset(_WORDS["event_compound_heads"])  # "riot police": a thing named by the event noun
_EPONYM_COMPOUNDS = {name.casefold(): frozenset(heads) for name, heads in _WORDS["eponym_compounds"].items()}  # "Molotov cocktails"
_EVENT_COMPOUND_MODIFIERS = {noun: frozenset(words) for noun, words in _WORDS["event_compound_modifiers"].items()}  # "heart attack"
_EVENT_VERBS = frozenset(_WORDS["event_verbs"])  # "... to attack.": the verb
_STATE_PREPOSITIONS = frozenset(_WORDS["state_prepositions"])  # "under attack": a state, no event told
# words that part "under" from the noun ("under cover of night in an attack"); "such", "constant"
# do not ("under such aggressive attack")
_STATE_BREAKS = _OBJECT_OPENERS | _OBJECT_PRONOUNS | frozenset("of in on at by for from with to and or but".split())
_STATE_COLLEGE_CUES = {part: frozenset(words) for part, words in _WORDS["state_college_cues"].items()}  # "at Elm State"
_INSTITUTION_NOUNS = frozenset(_WORDS["institution_nouns_after_names"])  # "Walter Reed hospital": the hospital
_INSTITUTION_MODIFIERS = frozenset(_WORDS["institution_modifiers"])  # "John Wayne international airport"
_SETTLEMENT_NOUNS = frozenset(_WORDS["settlement_nouns_after_names"])  # "the Gush Etzion settlement bloc"
_PORTFOLIO_TITLES = frozenset(_WORDS["portfolio_titles"])  # "the High Commissioner for Human Rights"
_ROLE_WORDS = frozenset(_WORDS["role_words"])  # "Agent Smith": an office before a surname alone
_ENCLOSING = frozenset({("'", "'"), ('"', '"'), ("‘", "’"), ("“", "”"), ("(", ")")})
_BODY_VOICES = frozenset(_WORDS["body_voice_nouns"])  # "a statement from Waitrose", "a spokesman for Mozilla"  # "Barack Obama said"
# "Mt. Everest", "St. Louis": the full stop ends no sentence, and the name is "Mount Everest"'s
_PLACE_ABBREVIATIONS = {short.casefold(): full.casefold() for short, full in _WORDS["place_abbreviations"].items()}
_CONTINENT_OPENERS = frozenset(_WORDS["continent_openers"])  # "North American": a continent's adjective
# (region, postal code, abbreviation) of the US states and Canadian provinces, an empty cell where
# there is none: the one table of how a state is written short after a town and a comma
_REGIONS = [tuple(line.split("\t")) for line in read_resource_text("terms/regions.tsv").splitlines()
            if line.strip() and not line.startswith("#")]
_STATE_BY_CODE = {code: name for name, code, _ in _REGIONS if code}  # "SD": South Dakota
_STATE_CODES = frozenset(_STATE_BY_CODE)  # "Allentown, PA": the state after a town
_TIME_ZONES = frozenset(_WORDS["time_zones"])  # "12:00 GMT": a clock time's zone, never a name
_AREA_NOUNS = frozenset("county state province district region governorate municipality prefecture".split())
_AREA_PLURALS = frozenset(n[:-1] + "ies" if n.endswith("y") else n + "s" for n in _AREA_NOUNS)  # "counties", "governorates"
_DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest".split())
# "Southern Kordofan" is "South Kordofan": a place's compass adjective keyed as its compass word
_COMPASS_ADJECTIVES = {c: c.removesuffix("ern") for c in _COMPASS_PREFIXES if c.endswith("ern")}
# Person names: a multi-word name none of whose words is this common in lower case.
_SURNAME_PREFIXES = frozenset("mac van von der den del della des fitz san ben abu".split())
# the openings of surnames and given names written with a capital inside ("McCarthy", "DeShawn")
_INNER_CAPITAL_PREFIXES = frozenset("mc mac de di da du la le van von ka ke ja".split())


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    text: str  # exactly text[start:end]
    kind: str  # one of KINDS
    key: str  # canonical key for matching within and across articles
    name: str  # canonical display name ("Bashar al-Assad" for a mention "Assad")
    via: str = "name"  # name | short (coreferent short form) | demonym | event noun
    title: str | None = None  # role words right before a person's name: "Syrian Foreign Minister"


def _entity_init(self: Entity, start: int, end: int, text: str, kind: str, key: str, name: str, via: str = "name",
                 title: str | None = None) -> None:
    # The frozen dataclass's own __init__ sets each field through object.__setattr__ (about 1.7
    # microseconds an entity, thousands of entities a comparison); this sets the instance's
    # dictionary whole in one call (a quarter of that). The same fields, in the same order,
    # with the same defaults: equality, hashing, repr and dataclasses.replace are unchanged.
    _SET_ATTRIBUTE(self, "__dict__", {"start": start, "end": end, "text": text, "kind": kind, "key": key, "name": name,
                                      "via": via, "title": title})


_SET_ATTRIBUTE = object.__setattr__
Entity.__init__ = _entity_init  # type: ignore[method-assign]


@dataclass
class _Lookup:
    gazetteer: PhraseMatcher[tuple[str, str, str]]  # (kind, canonical, via)
    events: PhraseMatcher[str]
    title_words: frozenset[str]
    title_heads: frozenset[str]
    heads: dict[str, frozenset[str]]
    head_kinds: dict[str, str] = dataclasses.field(default_factory=dict)  # word -> _head_kind's answer


def _lookup(lex: Lexicon) -> _Lookup:
    cached = lex.derived.get("entities")
    if cached is not None:
        return cached
    phrases: list[tuple[str, tuple[str, str, str]]] = []
    phrases += [(alias, ("place", country, "name")) for alias, country in lex.countries.items()]
    # (listed first: the first of equal phrases wins)
    # Plural demonyms name a people: "Syrians", "Turks" (a group of the country's people).
    phrases += [
        (d, ("group", f"{d}", "name"))
        for d, country in lex.demonyms.items()
        if d.endswith("s") and d[:-1] in lex.demonyms and country not in lex.groups
    ]
    phrases += [(g, ("group", c, "name")) for g, c in lex.groups.items()]
    phrases += [
        (demonym, ("group" if country in lex.groups else "place", country, "demonym"))
        for demonym, country in lex.demonyms.items()
    ]
    phrases += [(p, ("place", c, "name")) for p, c in lex.places.items()]
    phrases += [(o, ("organisation", c, "name")) for o, c in lex.organisations.items()]
    phrases += [(m, ("organisation", c, "media")) for m, c in lex.media.items()]
    event_phrases = [
        (form, lex.event_aliases.get(noun, noun)) for noun in lex.event_nouns for form in _inflect_last(noun)
    ]
    title_heads = {t.split()[-1] for t in lex.titles}
    title_words = {w for t in lex.titles for w in t.split()} | {w for m in lex.title_modifiers for w in m.split()}
    title_words -= _NAME_LINKS
    lookup = _Lookup(
        gazetteer=PhraseMatcher(phrases),
        events=PhraseMatcher(event_phrases),
        title_words=frozenset(title_words),
        title_heads=frozenset(title_heads),
        heads={k: frozenset(v) | (_FACILITY_HEADS if k == "place" else frozenset()) for k, v in lex.name_heads.items()},
    )
    for kind in reversed(_HEAD_KIND_ORDER):  # (the first kind in the order wins a word in two)
        lookup.head_kinds.update(dict.fromkeys(lookup.heads.get(kind, ()), kind))
    lex.derived["entities"] = lookup
    return lookup


_HEAD_KIND_ORDER = ("organisation", "place", "event")  # _head_kind's order of the name heads' kinds


@functools.cache
def company_suffix_words() -> frozenset[str]:
    """Words written after a company's name that make no other company of it ("Orbit Music
    Records", "Orbit Music Label Group", "Salem Holdings Inc"): the company heads and plural body
    heads of entities.json, "group", and its company_suffix_words."""
    return _SHORT_NAME_HEADS | frozenset(_WORDS["company_suffix_words"])


def title_vocabulary(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """(words that can make up a title or role, the head words that end one)."""
    look = _lookup(lex)
    return look.title_words, look.title_heads


def name_head_kind(word: str, lex: Lexicon | None = None) -> str | None:
    """The kind of name a (folded) last word makes ("expo": an event, "university": an
    organisation, "stadium": a place), or None."""
    heads = _lookup(lex or lexicon()).heads
    return next((kind for kind in ("organisation", "place", "event") if word in heads.get(kind, ())), None)


def _inflect_last(noun: str) -> list[str]:
    head, _, last = noun.rpartition(" ")
    forms = {last, last + "s"} if not last.endswith("s") else {last}
    if last.endswith("y"):
        forms.add(last[:-1] + "ies")
    return [f"{head} {f}" if head else f for f in forms]


@functools.lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """Canonical matching key: folded, hyphens and apostrophes as spaces, full stops dropped
    ("W. Mark Felt" = "W Mark Felt"), single spaces, no leading "the" ("The Hollywood Reporter")."""
    words = fold(name).replace("-", " ").replace("'", " ").replace("’", " ").replace(".", " ").split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) > 1 and words[0] in _PLACE_ABBREVIATIONS:
        words[0] = _PLACE_ABBREVIATIONS[words[0]]  # "Mt Everest" is "Mount Everest"
    return " ".join(words)


# words that link the words of a name ("Commission for Elections and Referenda", "Banco de la
# Nación"): a name at another length or in another order keeps its words, not these
NAME_WORD_LINKS = frozenset("of for on in the and de la".split())


def name_words(key: str, normal: Callable[[str], str] | None = None) -> frozenset[str]:
    """The words that identify a name (a key), each through `normal` when given (a body's nouns
    in their singular: "Elections" / "Election"): no particles, links or initials. "Jr" and
    "III" stay: they tell a son from his father."""
    words = (w for w in key.split() if w not in PARTICLES and w not in NAME_WORD_LINKS and len(w) > 1)
    return frozenset(map(normal, words) if normal else words)


def worded_alike(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Two names' word sets (name_words) that name one thing at more or less length or in
    another order: the same words, or one holding all of the other's two words or more."""
    return len(min(mine, theirs, key=len)) >= 2 and (mine <= theirs or theirs <= mine)


def one_to_one(proposed: dict[str, str]) -> dict[str, str]:
    """Proposed joins (key here -> key there) without those whose target two keys here claim:
    "Central Bank" is not one of "European Central Bank" and "Russian Central Bank"."""
    claimed = collections.Counter(proposed.values())
    return {k: v for k, v in proposed.items() if claimed[v] == 1}


def compass_key(key: str) -> str:
    """A place's key with an opening compass adjective as its compass word: "southern kordofan"
    is "south kordofan" (the two spellings name one region); a compass word alone is kept."""
    if key[:1] not in "nsew":
        return key
    first, _, rest = key.partition(" ")
    short = _COMPASS_ADJECTIVES.get(first)
    return f"{short} {rest}" if short and rest else key


def gender_after(tokens: list[Token], m: int) -> str | None:
    """The gender the first personal pronoun from token m to the end of its sentence tells of
    the sentence's subject, before another name: only a possessive or reflexive one ("Peterson
    was convicted of murdering his wife": male); "he", "him" or "killed her as she walked" may
    be someone else."""
    for n in range(m, min(len(tokens), m + _PRONOUN_WINDOW)):
        tok = tokens[n]
        if tok.initial or tok.cap:
            return None
        if tok.norm in _PERSONAL_PRONOUNS:
            nxt = tokens[n + 1] if n + 1 < len(tokens) else None
            if tok.norm in ("his", "himself"):
                return "male"
            if tok.norm == "herself" or (tok.norm == "her" and nxt is not None and nxt.gap == " "
                                         and nxt.norm not in CLOSED_CLASS and nxt.norm not in _DAY_WORDS):
                return "female"
            return None
    return None


def surname_gender(tokens: list[Token], k: int) -> str | None:
    """The gender the text tells of a surname at token k: its honorific ("Mrs. Peterson"), else
    the first pronoun after it in its sentence."""
    if k > 0 and tokens[k - 1].norm in _HONORIFIC_GENDER:
        return _HONORIFIC_GENDER[tokens[k - 1].norm]
    return gender_after(tokens, k + 1)


_SURNAME_SHARED = re.compile(r"\s+(?:and|&)\s+")  # between "Joe" and "Hunter Biden"


def find_entities(text: str) -> list[Entity]:
    """All entity mentions in text, in text order (see the module docstring)."""
    return EntityFinder(lexicon()).find(text, tokenize(text))


class EntityFinder(NameCuts):
    def __init__(self, lex: Lexicon, settings: NamingSettings = DEFAULT.compare.naming):
        self.lex = lex
        self.look = _lookup(lex)
        self.settings = settings
        self.entity_settings = settings.entities  # (the cuts' bounds: see NameCuts)

    # ------------------------------------------------------------------ public

    def find(self, text: str, tokens: list[Token], names_elsewhere: frozenset[str] = frozenset()) -> list[Entity]:
        """names_elsewhere: folded words capitalised mid-sentence in a companion text, so that a
        name this text only has at sentence starts ("Assad later said") is still a name."""
        self.text = text
        tokens = _dotted_as_one(tokens, self.look.gazetteer)
        self.tokens = tokens
        self._starts: list[int] | None = None  # see _token_starts
        self._index: dict[int, int] | None = None  # see _token_index
        caps = token_column(tokens, "cap")  # (the tokens sorted by their capital at C speed, once)
        capped = list(compress(tokens, caps))
        midcaps = list(compress(capped, map(operator.not_, map(_INITIAL, capped))))
        self.midcap = set(map(_NORM, midcaps)) | names_elsewhere
        self.lower = set(compress(token_norms(tokens), map(operator.not_, caps)))
        # the words of a team's name in figures ("76ers"): a figure first, so written in lower
        # case; read once here (most texts have none), not word by word in every run
        self._team_numbers = {w for w in self.lower if w[:1].isdigit() and _TEAM_NUMBER.fullmatch(w)}
        # words written as names (a capital, not all capitals) somewhere: what a line in
        # capitals can be told apart by
        self.titlecase = set(compress(map(_NORM, midcaps), map(operator.not_, map(str.isupper, map(_TEXT, midcaps))))) \
            | names_elsewhere
        self.place_keys: set[str] = set()  # names some mention shows to be places ("near X")
        self.context_places: set[str] = set()  # keys typed as places by such a mention alone
        self._line_starts: list[int] | None = None  # tokens that open a line: see _line_in_capitals
        # whether a newsroom role is written with a capital inside a sentence (most texts: no),
        # see _employer_after_role
        self._roles_capitalised = not _NEWSROOM_ROLES.isdisjoint(self.midcap)
        self._listing_codes: bool | None = None  # some line opens with a role's code: see _listed_position_letter
        self._not_capitals: list[int] = []  # tokens not in capitals: see _line_in_capitals
        self._said_only: set[int] = set()  # starts of one-word names typed a person by a speech verb alone
        self._products: set[str] = set()  # keys of names read as a product's or a model's: see _product_named
        self._capitalised: dict[str, list[int]] | None = None  # see _capitalised_at
        self._alone_speakers: frozenset[str] | None = None  # see _surnames_alone
        shouting = _shouting(tokens)
        raw: list[Entity] = []
        covered = bytearray(len(tokens))
        i = 0
        n = len(tokens)
        # Only a capitalised word opens a name, and only a figure a numbered street: the walk
        # visits those tokens alone, picked out at C speed (it skipped every other token one
        # by one in Python)
        figures = map(str.isdigit, map(_FIRST_CHAR, token_norms(tokens)))
        for at in compress(range(n), map(operator.or_, caps, figures)):
            if at < i:
                continue  # inside a run already read
            i = at
            street = self._numbered_street(i) if tokens[i].norm[:1].isdigit() else 0  # (most words skip the call)
            if street:
                raw.append(self._mention(i, i + street, "place", self._span_text(i, i + street), "name"))
                covered[i : i + street] = b"\x01" * street
                i += street
                continue
            if not tokens[i].cap or (
                tokens[i].text.isupper() and len(tokens[i].text) > 1 and tokens[i].norm in CLOSED_CLASS
                and not self.look.gazetteer.match_at(tokens, i)
            ):
                i += 1  # in capitals, "AND" or "THE" opens no name (but "US" is the United States)
                continue
            if shouting[i]:
                # a line in capitals: every word has a capital, so only words known as names
                # make one ("POLYGAMIST LEADERS WINSTON BLACKMORE AND JAMES OLER ARRESTED")
                if not self._caps_name_word(i):
                    i += 1
                    continue
                j = i + 1
                while j < n and shouting[j] and joinable(tokens[j - 1], tokens[j]) and self._caps_name_word(j):
                    j += 1
            else:
                j = self._chunk_end(i)
                if self._designation_at(j - 1):
                    # "AK-47", "the F-16 jets", "MiG-29": a model's letters and its number, one
                    # name of a thing ("AK" alone was an organisation's acronym)
                    if j - 1 > i:
                        raw.extend(self._segment(i, j - 1))
                    raw.append(self._mention(j - 1, j + 1, "other", self._span_text(j - 1, j + 1), "name"))
                    covered[i : j + 1] = b"\x01" * (j + 1 - i)
                    i = j + 1
                    continue
                if j == i + 1 and j < n and tokens[j].norm.endswith(_SPECIES_ENDINGS) and self._species_after(i):
                    # "Yersinia pestis": a genus and its species, one name
                    raw.append(self._mention(i, j + 1, "other", self._span_text(i, j + 1), "name"))
                    covered[i : j + 1] = b"\x01" * 2
                    i = j + 1
                    continue
            if i > 0 and tokens[i].gap == "-" and tokens[i - 1].norm in _ANY_PARTICLES and not covered[i - 1]:
                i -= 1  # "said al-Assad": the particle belongs to the name
            gaz = self.look.gazetteer.match_at(tokens, i)
            if gaz and i + gaz[0] > j:
                j = i + gaz[0]  # a known name with lower-case words: "Judea and Samaria"
            road = self._numbered_road_start(i, j)
            if road is not None:
                # "State Route 94", "Highway 61": a road named by its number, one place
                if road > i:
                    raw.extend(self._segment(i, road))
                raw.append(self._mention(road, j + 1, "place", self._span_text(road, j + 1), "name"))
                covered[i : j + 1] = b"\x01" * (j + 1 - i)
                i = j + 1
                continue
            window = self.settings.capitalised_run_tokens
            cut = j if tokens[j - 1].text not in _PLATFORMS else self._platform_after_name(i, j)  # "the Hawks Twitter account"
            for start in range(i, cut, window):  # (one window but on a hostile page of capitals)
                raw.extend(self._segment(start, min(start + window, cut)))
            if cut < j:
                raw.extend(self._segment(cut, j))
            for k in range(i, j):
                covered[k] = 1
            i = j
        raw.extend(self._events(covered))
        raw = self._exclaimed_names(raw)
        raw = self._without_plural_titles(raw)
        raw = self._without_eponym_compounds(raw)
        raw = self._quoted_titles(raw)
        raw.sort(key=lambda e: (e.start, -e.end))
        raw = self._continent_demonyms(raw)
        raw = self._glued_names(raw)
        raw = self._common_noun_tails(raw)
        raw = self._shared_surnames(raw)
        raw = self._known_as(raw)
        raw = self._corefer(self._with_regions(raw))
        return self._with_titles(self._towns_for_teams(self._bodies_on_streets(raw)))

    def _exclaimed_names(self, raw: list[Entity]) -> list[Entity]:
        """"a new report by E! News", "told Yahoo! Finance": a brand written with an exclamation
        mark inside its name, mid-sentence, is one name; the words after the mark are no name
        of their own ("News" alone, which the text's other "... News" would take). The word
        before the mark is a letter or a rare word, not a cry ("shouted Stop! Police ...")."""
        text = self.text
        if "! " not in text:
            return raw
        found = []
        for match in _EXCLAIMED_NAME.finditer(text):
            brand = match.group(1)
            if len(brand) == 1 or not self.lex.is_common(brand.casefold()):
                found.append(match)
        if not found:
            return raw
        spans = [(m.start(1), m.end()) for m in found]
        kept = [e for e in raw if not any(s <= e.start < end for s, end in spans)]
        for m in found:
            name = m.group(0)
            kind = self._head_kind(m.group(2).rsplit(" ", 1)[-1].casefold()) or "other"
            kept.append(Entity(m.start(), m.end(), name, kind, name_key(name), name, "name"))
        return sorted(kept, key=lambda e: (e.start, -e.end))

    def _glued_names(self, raw: list[Entity]) -> list[Entity]:
        """A run of capitals made of two names the text also writes apart, each of two words or
        more ("the Orbit Cloud Iron Valley 2 port" beside "the Orbit Cloud port" and "in Iron
        Valley 2": a service and a game) is those two names, each of the kind it has alone: no
        third name that glues them. Two words at least on each side keep a name whose last word
        stands alone ("The New York Times" ... "the Times") whole."""
        named = [e for e in raw if e.via == "name"]
        alone: dict[str, Entity] = {}
        for e in named:
            alone.setdefault(e.key, e)
        # (a code ends a name in a figure: "Orbit IV2"; most texts have none, and ask no more)
        codes = self._codes_of_names(alone) if any(e.text[-1:].isdigit() for e in named) else {}
        lengths: dict[str, set[int]] = {}  # first word of a name of two words or more -> its lengths in words
        for key in alone:
            if " " in key:
                lengths.setdefault(key[: key.index(" ")], set()).add(key.count(" ") + 1)
        split: dict[int, tuple[Entity, ...]] = {}
        for e in named:
            parts = self._glued_parts(e, alone, lengths) if 3 <= e.key.count(" ") <= 8 else None
            if parts is None and codes:
                parts = self._code_after_name(e, alone, codes)
            if parts:
                split[id(e)] = parts
        if not split:
            return raw
        return [part for e in raw for part in split.get(id(e), (e,))]

    @staticmethod
    def _codes_of_names(alone: dict[str, Entity]) -> dict[str, Entity]:
        """The letter-and-figure code each numbered name of the text can be written as ("IV2" of
        "Iron Valley 2", "RDR2" of "Red Dead Redemption 2": its words' initials and its figure),
        when one name alone makes it."""
        codes: dict[str, Entity | None] = {}
        for key, e in alone.items():
            words = key.split()
            if len(words) >= 3 and words[-1].isdigit() and all(w[:1].isalpha() for w in words[:-1]):
                code = "".join(w[0] for w in words[:-1] if w not in _NAME_LINKS) + words[-1]
                codes[code] = None if code in codes else e
        return {code: e for code, e in codes.items() if e is not None}

    def _code_after_name(self, e: Entity, alone: dict[str, Entity], codes: dict[str, Entity]) -> tuple[Entity, ...] | None:
        """A name whose last word is the code of another name of the text ("Orbit IV2 capture",
        "Stadia RDR2", a hashtag's way of writing a service and a game): the code is that name,
        the words before it a name of their own (the one they make alone, or the one longer name
        they open: "Orbit" of "Orbit Cloud"), never one glued name."""
        m = self._token_ending_at(e.end)
        target = codes.get(self.tokens[m].norm) if m is not None else None
        k = self._token_index().get(e.start) if target is not None else None
        if k is None or m is None or target is None or not _NAME_CODE.fullmatch(self.tokens[m].text) \
                or m > k and self.tokens[m].gap != " ":
            return None
        code = self._mention(m, m + 1, target.kind, target.name, "short", key=target.key)
        if m == k:
            return (code,)
        prefix = name_key(self._span_text(k, m))
        own = alone.get(prefix)
        if own is None:
            longer = [x for key, x in alone.items() if key.startswith(prefix + " ") and x.kind != "person"]
            own = longer[0] if len({x.key for x in longer}) == 1 else None
        if own is None:
            return (self._mention(k, m, "other", self._span_text(k, m), "name"), code)
        return (self._mention(k, m, own.kind, own.name, "short", key=own.key), code)

    def _glued_parts(self, e: Entity, alone: dict[str, Entity], lengths: dict[str, set[int]]) -> tuple[Entity, Entity] | None:
        """The two names a glued name is made of (see _glued_names), else None; lengths: the
        lengths in words of the text's names by their first word (where a split may fall)."""
        words = e.key.split()
        if words[0] not in lengths:
            return None
        splits = [n for n in lengths[words[0]] if n <= len(words) - 2
                  and " ".join(words[:n]) in alone and " ".join(words[n:]) in alone]
        if not splits:
            return None  # (read on the key's words first: most long names split nowhere)
        k = self._token_index().get(e.start)
        m = self._token_ending_at(e.end)
        if k is None or m is None:
            return None
        tokens = self.tokens
        for p in sorted(k + n for n in splits if k + n < m):
            if tokens[p].gap != " " or tokens[p - 1].possessive:
                continue
            left = alone.get(name_key(self._span_text(k, p)))
            right = alone.get(name_key(self._span_text(p, m + 1))) if left is not None else None
            if right is None or left.key == e.key or right.key == e.key:
                continue
            return (self._mention(k, p, left.kind, left.name, "name", key=left.key),
                    self._mention(p, m + 1, right.kind, right.name, "name", key=right.key))
        return None

    def _without_plural_titles(self, raw: list[Entity]) -> list[Entity]:
        """"Sens. Cory Booker and Kamala Harris", "Reps. Ann Vey and Joe Dorr": a title's
        abbreviation with a plural "s" and its full stop, before names, is no name of its own."""
        text, titles = self.text, self.lex.titles
        return [e for e in raw if not (
            e.via == "name" and e.kind in ("other", "person") and " " not in e.text and len(e.text) > 2
            and e.text.endswith("s") and e.text[:-1].casefold() + "." in titles
            and text.startswith(". ", e.end) and text[e.end + 2 : e.end + 3].isupper())]

    def _without_eponym_compounds(self, raw: list[Entity]) -> list[Entity]:
        """"Molotov cocktails", "an Achilles' injury": a name before the lower-case noun it makes
        a thing's name with (entities.json's eponym_compounds) is no mention of its bearer."""
        text = self.text
        drop = set()
        for n, e in enumerate(raw):
            heads = _EPONYM_COMPOUNDS.get(e.key) if " " not in e.key and e.via == "name" else None
            if heads:
                after = text[e.end : e.end + 24].removeprefix("'").removeprefix("’")
                if after.startswith(" ") and after.split(None, 1)[0].strip(".,;:") in heads:
                    drop.add(n)
        return [e for n, e in enumerate(raw) if n not in drop] if drop else raw

    def _known_as(self, raw: list[Entity]) -> list[Entity]:
        """"the rebel forces known as Liwa al Nasr", "The Orlo camp, also known as the Berm": the
        name after "known as" is another name of what the words before it name. The kind is the
        head noun's there ("forces", a body; "camp", a place) over a person's or no kind; a name
        right before the noun (or before "known as" itself) is the same thing, one key for both."""
        text = self.text
        if "known as" not in text:
            return raw
        out = list(raw)
        for n, e in enumerate(raw):
            if e.via != "name":
                continue
            cue = _KNOWN_AS.search(text, max(0, e.start - 80), e.start)
            if cue is None:
                continue
            noun = cue.group("noun")
            kind = self._noun_kind(noun) if noun else None
            prev = out[n - 1] if n else None
            named = prev is not None and prev.end <= cue.start() and not text[prev.end : cue.start()].strip(" ,") and prev.via == "name"
            if named and noun and text[prev.end : cue.start("noun")].strip():
                named = False  # other words between the name and the noun: another thing
            if not named and noun is None:
                continue
            if named:
                own = kind if kind and prev.kind in ("person", "other") else prev.kind
                if own != prev.kind:
                    out[n - 1] = dataclasses.replace(prev, kind=own)
                out[n] = dataclasses.replace(e, kind=own, key=prev.key, name=prev.name)  # the same thing, of its kind
            elif kind and e.kind in ("person", "other"):
                out[n] = dataclasses.replace(e, kind=kind)
        return out

    def _noun_kind(self, noun: str) -> str | None:
        """The kind a lower-case head noun gives the name it stands for: a body's or a place's
        name head ("forces", "camp"), else the noun lexicon's kind of its first sense."""
        head = self._head_kind(noun)
        if head in ("organisation", "place"):
            return head
        if noun in _PLACE_NOUNS or noun in _FACILITY_HEADS:
            return "place"
        lex = nouns()
        kind = lex.kind(lex.lemma(noun) or noun)
        return kind if kind in ("organisation", "place", "person") else None

    def _continent_demonyms(self, raw: list[Entity]) -> list[Entity]:
        """"a North American tour", "Latin American leaders": a demonym after "North", "South",
        "Central" or "Latin" names a continent or a region, no country; the pair makes no mention
        ("North Korean" is matched whole as its country's own demonym first)."""
        text = self.text
        drop: set[int] = set()
        for n, e in enumerate(raw):
            if e.via != "demonym" or e.start < 2 or text[e.start - 1] != " ":
                continue
            before = text[max(0, e.start - 9):e.start - 1].rsplit(None, 1)
            if before and before[-1][:1].isupper() and before[-1].casefold() in _CONTINENT_OPENERS:
                drop.add(n)
                if n and raw[n - 1].end == e.start - 1 and raw[n - 1].text == before[-1]:
                    drop.add(n - 1)
        return [e for n, e in enumerate(raw) if n not in drop] if drop else raw

    def _shared_surnames(self, raw: list[Entity]) -> list[Entity]:
        """"Joe and Hunter Biden", "Bill and Hillary Clinton": a given name alone before "and" and
        a person's given name and surname shares that surname: it names "Joe Biden", not someone
        called Joe. The surname is the full name's last word with the particles before it ("Hillary
        and Bill Rodham Clinton": Hillary Clinton, no "Hillary Rodham Clinton" the text never
        wrote; "Anna and Piet van Dijk": Anna van Dijk). Not after a title or another capitalised word ("Prince William and Kate
        Middleton"), and not a known place ("Jordan")."""
        text = self.text
        out = list(raw)
        for k in range(len(raw) - 1):
            first, second = raw[k], raw[k + 1]
            if (first.via != "name" or first.kind not in ("person", "other") or " " in first.text
                    or second.kind != "person" or second.via != "name" or second.text.count(" ") < 1):
                continue
            if not _SURNAME_SHARED.fullmatch(text, first.end, second.start):
                continue
            known = every_given_name()
            if fold(first.text) not in known or fold(second.text.split()[0]) not in known:
                continue
            before = text[max(0, first.start - 40):first.start].split()
            if before and before[-1][:1].isupper() and not before[-1].endswith((".", ",", ":", ";")):
                continue  # "Prince William and ...", "President Joe and ...": a title or a longer name
            surname = _surname(second.name)
            if not surname:
                continue
            name = f"{first.text} {surname}"
            out[k] = Entity(first.start, first.end, first.text, "person", name_key(name), name, "short")
        return out

    def _common_noun_tails(self, raw: list[Entity]) -> list[Entity]:
        """A name the text writes alone ("the Academy Award") with a common noun after it in
        capitals, headline style ("an Academy Award Nomination for ..."): the name, then a word;
        the noun is no part of it unless it heads one ("Academy Award Committee")."""
        def variants(key: str) -> tuple[str, ...]:
            return (key, key + "s", key.removesuffix("s"))

        long = [e for e in raw if e.via == "name" and e.kind == "other" and e.key.count(" ") >= 2]
        if not long:
            return raw
        kinds = {e.key: e.kind for e in raw if e.via == "name"}
        starts = self._token_starts()
        out = []
        for e in raw:
            if e.via == "name" and e.kind == "other" and e.key.count(" ") >= 2:
                last = bisect.bisect_left(starts, e.end) - 1
                tok = self.tokens[last]
                prefix = self.text[e.start : self.tokens[last - 1].end]
                key = name_key(prefix)
                known = next((kinds[v] for v in variants(key) if v in kinds and v != e.key), None)
                if (known is not None and tok.gap == " " and not tok.text.isupper() and tok.norm not in gendered_given_names()
                        and (nouns().is_noun(tok.norm) or tok.norm.endswith(_NOUN_ENDINGS)) and self.lex.is_common(tok.norm)
                        and self._head_kind(tok.norm) is None and tok.norm not in self.look.title_words):
                    e = Entity(e.start, self.tokens[last - 1].end, prefix, known, key, prefix, "name")
            out.append(e)
        return out

    def _quoted_titles(self, raw: list[Entity]) -> list[Entity]:
        """A title in quotation marks written in title case with small words in lower case
        ("Take Me Out to the Ball Game", "Peoples of Europe, Rise Up"): one name of a work or a
        slogan, not the names its small words part."""
        titles = []
        for match in _QUOTED.finditer(self.text):
            words = match.group(1).split()
            if len(words) > 12 or not words[0][:1].isupper():
                continue
            small = [w for w in words if w.strip(",.;:!?").casefold() in _TITLE_SMALL_WORDS and not w[:1].isupper()]
            if small and len(words) - len(small) >= 2 and all(w[:1].isupper() or w[:1].isdigit() or w in small for w in words):
                start, end = match.start(1), match.end(1)
                while end > start and self.text[end - 1] in ",.;:!?":
                    end -= 1
                titles.append((start, end))
        for a, b in titles:
            inside = [e for e in raw if a <= e.start and e.end <= b]
            if not inside or len(inside) == 1 and (inside[0].start, inside[0].end) == (a, b):
                continue  # no name in it, or one name already is the whole title
            raw = [e for e in raw if not (a <= e.start and e.end <= b)]
            raw.append(Entity(a, b, self.text[a:b], "other", name_key(self.text[a:b]), self.text[a:b], "name"))
        return raw

    def _numbered_street(self, i: int) -> int:
        """Tokens of a street named by its number at token i ("117th Street", "5th Avenue"), else 0."""
        tokens = self.tokens
        norm = tokens[i].norm
        # (a digit first, else no ordinal: most words skip the regex)
        if i + 1 >= len(tokens) or not norm[:1].isdigit() or not _ORDINAL.fullmatch(norm):
            return 0
        nxt = tokens[i + 1]
        if not (nxt.cap and nxt.gap == " " and nxt.norm in STREET_WORDS):
            return 0
        if nxt.norm in _PLACE_ABBREVIATIONS and i + 2 < len(tokens) and tokens[i + 2].cap:
            return 0  # "the 19th St. Patrick's Day parade": "St." opens a saint's name
        return 2

    def _numbered_road_start(self, i: int, j: int) -> int | None:
        """Where the name of a road numbered by the figure right after the run i..j starts
        ("State Route 94", "Highway 61", "US Route 1": a road's noun, perhaps after the words of
        the network that numbers it; entities.json numbered_roads), else None: the figure is the
        road's, and "Route" alone is no name (nor "State" a title)."""
        tokens = self.tokens
        if j >= len(tokens) or tokens[j - 1].norm not in _NUMBERED_ROADS["roads"] or tokens[j].gap != " " \
                or not tokens[j].norm[:1].isdigit() or not tokens[j].norm.rstrip("abcdefghijklmnopqrstuvwxyz").isdigit():
            return None
        r = j - 1
        while r > i and tokens[r - 1].norm in _NUMBERED_ROADS["networks"] and tokens[r].gap == " ":
            r -= 1
        return r

    def _with_regions(self, raw: list[Entity]) -> list[Entity]:
        """A place written with its state or province after a comma ("Biloxi, Miss.", "Fort
        Smith, Ark."): one mention of the town, a place; the abbreviation ("Miss.", "Mass.") is
        a state only there, never a name of its own. The mention ends before the abbreviation's
        last full stop, where its token ends (as "U.S." does)."""
        if not raw:
            return raw
        out: list[Entity] = []
        drop_until = -1
        wide = region_keys() | self._country_keys()
        for n, e in enumerate(raw):
            if e.start < drop_until:
                continue
            # a town's name before its state's abbreviation or code (regions.tsv), never one in capitals
            town = e.via == "name" and e.kind in ("place", "other") and not e.text.isupper()
            # (the pattern opens with ", ": a name without one after it, most, skips the regex)
            match = _REGION_AFTER.match(self.text, e.end) if town and self.text.startswith(", ", e.end) else None
            if match is not None:
                end = match.end() - 1  # at the last letter's token end ("Miss"), as every mention
                self.place_keys.add(e.key)
                e = Entity(e.start, end, self.text[e.start:end], "place", e.key, e.name, e.via, e.title)
                drop_until = end
            elif (town and n + 1 < len(raw) and raw[n + 1].text in _STATE_CODES and self.text[e.end : raw[n + 1].start] == ", "
                  and not self.text[raw[n + 1].end : raw[n + 1].end + 1].isalnum()):
                # "Allentown, PA": a town and its state's postal code; the code is the state there
                # only, as "Miss." is, never a name of its own nor an acronym of another name
                # ("Public Auditorium")
                self.place_keys.add(e.key)
                self.context_places.add(e.key)
                e = Entity(e.start, e.end, e.text, "place", e.key, e.name, e.via, e.title)
                drop_until = raw[n + 1].end
            elif e.via == "name" and e.kind == "other" and n + 1 < len(raw) and self._then_wide_place(e, raw[n + 1], wide):
                # "Santa Rosa, California", "Mannheim, Germany": a town (the state stays a mention;
                # a person's surname the text names in full stays a person's, as "near X" does)
                self.place_keys.add(e.key)
                self.context_places.add(e.key)
                e = Entity(e.start, e.end, e.text, "place", e.key, e.name, e.via, e.title)
            elif (e.via == "name" and e.kind == "other" and " " not in e.text and out and out[-1].kind == "place"
                  and self.text[out[-1].end : e.start] == ", " and _AFTER_REGION.match(self.text, e.end)):
                # "police in Palermo, Sicily, said": the region or country of the place before it
                self.place_keys.add(e.key)
                e = Entity(e.start, e.end, e.text, "place", e.key, e.name, e.via, e.title)
            out.append(e)
        return out

    def _then_wide_place(self, e: Entity, nxt: Entity, wide: frozenset[str]) -> bool:
        """Whether a state, province or country follows the name after a comma, and ends the
        phrase ("Hansbrough, North Carolina's new career scoring leader" is no town)."""
        return (nxt.kind == "place" and nxt.key in wide and self.text[e.end : nxt.start] == ", "
                and not e.text.isupper() and self.text[nxt.end : nxt.end + 1] in (",", ".", ";", ":", ")", "\n", ""))

    def _country_keys(self) -> frozenset[str]:
        keys = self.lex.derived.get("country_keys")
        if keys is None:
            keys = self.lex.derived["country_keys"] = frozenset(name_key(c) for c in self.lex.countries.values())
        return keys

    def _country_names(self) -> frozenset[str]:
        names = self.lex.derived.get("country_names")
        if names is None:
            names = self.lex.derived["country_names"] = frozenset(self.lex.countries.values())
        return names

    def _caps_name_word(self, k: int) -> bool:
        """A word of a line in capitals that is part of a name: a known name, a word the texts
        write as a name elsewhere, or a rare word never written in lower case."""
        tok = self.tokens[k]
        if self.look.gazetteer.match_at(self.tokens, k):
            return True  # "US" is the United States even in capitals
        if tok.norm in CLOSED_CLASS:
            return False
        if tok.norm in self.titlecase:
            return True
        if self._rare_caps_word(tok):
            return True
        # a given name before a rare word: "WINSTON BLACKMORE AND JAMES OLER ARRESTED"
        nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
        return (tok.norm in gendered_given_names() and nxt is not None and nxt.text.isupper() and joinable(tok, nxt)
                and nxt.norm not in CLOSED_CLASS and self._rare_caps_word(nxt))

    def _rare_caps_word(self, tok: Token) -> bool:
        return tok.norm not in self.lower and not self.lex.is_common(tok.norm)

    def _acronyms(self, raw: list[Entity]) -> list[Entity]:
        """"Kurdistan Workers' Party (PKK)": later "PKK" mentions are that organisation."""
        aliases: dict[str, Entity] = {}
        for n, e in enumerate(raw):
            if " " in e.text and e.kind != "person":
                match = _ACRONYM.match(self.text, e.end)
                if match:
                    aliases.setdefault(name_key(match.group(1)), self._body_before_its_place(raw, n))
        def abbreviation(e: Entity) -> bool:
            return (2 <= len(e.text) <= 6 and e.text.isalpha() and e.text.isupper()
                    and e.kind in ("other", "organisation") and e.via == "name")

        initials = self._initials(raw) if any(abbreviation(e) for e in raw) else {}
        if not aliases and not initials:
            return raw
        out = []
        for e in raw:
            full = aliases.get(e.key) if " " not in e.text else None
            if full is None and initials and abbreviation(e):
                full = initials.get(e.text.casefold())  # "Internet Explorer" ... "IE"
            if full is not None and e.start != full.start:
                e = Entity(e.start, e.end, e.text, full.kind, full.key, full.name, "short")
            out.append(e)
        return out

    @staticmethod
    def _initials(raw: list[Entity]) -> dict[str, Entity]:
        """The names of the text by their initials ("ie": "Internet Explorer", "fbi": "Federal
        Bureau of Investigation"), when one name alone has them; no person's ("Matt Smith" is
        never "MS"). An abbreviation in capitals the text never defines stands for that name."""
        found: dict[str, Entity | None] = {}
        for e in raw:
            if " " not in e.text or e.via != "name" or e.kind == "person":
                continue
            words = e.text.split()
            # a first word that is itself letters ("U.S. Geological Survey": "USGS") gives them all
            opening = words[0].replace(".", "") if words[0].isupper() and e.kind == "organisation" else ""
            if any(w.isupper() for w in words[1 if 2 <= len(opening) <= 3 and opening.isalpha() else 0:]):
                continue
            capitals = [w for w in words if w[:1].isupper()]
            if len(capitals) < 2 or any(not w[:1].isupper() and w not in _INITIAL_LINKS for w in words):
                continue
            key = "".join(w[0] if n or not opening else opening for n, w in enumerate(capitals)).casefold()
            if found.setdefault(key, e) is not None and found[key].key != e.key:
                found[key] = None
        return {k: v for k, v in found.items() if v is not None}

    def _body_before_its_place(self, raw: list[Entity], n: int) -> Entity:
        """The name an abbreviation in brackets after raw[n] stands for: raw[n], or, when that is
        a place closing a body's name ("Relief and Works Agency for Palestine Refugees in the
        Near East (UNRWA)"), the body: a place has no abbreviation of that body's letters."""
        e = raw[n]
        if e.kind not in ("place", "other") or n == 0:
            return e
        body = raw[n - 1]
        gap = self.text[body.end : e.start]
        if body.kind == "organisation" and _PLACE_OF_A_BODY.fullmatch(gap):
            return body
        return e

    def _token_starts(self) -> list[int]:
        """Start offsets of the tokens, in order: built at C speed once per text, read by the
        passes that look a mention's tokens up (none of them changes the list)."""
        if self._starts is None:
            self._starts = token_column(self.tokens, "start")
        return self._starts

    def _token_ending_at(self, end: int) -> int | None:
        """Index of the token that ends at offset end, if any: the last token starting before
        it (tokens do not overlap), read by binary search rather than a table of every end."""
        k = bisect.bisect_left(self._token_starts(), end) - 1
        return k if k >= 0 and self.tokens[k].end == end else None

    def _token_index(self) -> dict[int, int]:
        """Token index by start offset, built once per text (read only)."""
        if self._index is None:
            self._index = dict(zip(self._token_starts(), range(len(self.tokens))))
        return self._index

    def _with_titles(self, entities: list[Entity]) -> list[Entity]:
        """Attach the role words before each person's name ("Kremlin spokesperson", "Turkey's")."""
        tokens, look = self.tokens, self.look
        index = self._token_index()
        named_end = {e.end: e for e in entities if e.kind in ("place", "organisation", "group")}
        out = []
        for e in entities:
            k = index.get(e.start)
            if e.kind != "person" or k is None:
                out.append(e)
                continue
            start = None
            has_role = False
            while k > 0 and (tokens[k].gap in (" ", "\u00a0") or tokens[k].gap == "-" and start is not None):
                # (a hyphen only inside the title: "Secretary-General Ban Ki-moon")
                prev = tokens[k - 1]
                other = named_end.get(prev.end)
                if other is not None:
                    k = index.get(other.start, k - 1)
                    has_role = has_role or prev.possessive or other.via == "demonym"
                elif (prev.norm in look.title_words or prev.text in _TITLE_ABBREVIATIONS or prev.cap and prev.norm in _ROLE_WORDS) \
                        and not prev.possessive:
                    k -= 1  # "Agent Smith": a role word only when written as part of the name
                    has_role = has_role or prev.norm in look.title_heads or prev.text in _TITLE_ABBREVIATIONS \
                        or prev.cap and prev.norm in _ROLE_WORDS
                else:
                    break
                start = tokens[k].start
            if start is not None and has_role:
                e = dataclasses.replace(e, title=self.text[start : e.start].rstrip())
            out.append(e)
        return out

    # ------------------------------------------------------------------ chunks

    def _chunk_end(self, i: int) -> int:
        """End (exclusive) of the run of capitalised words starting at token i."""
        tokens = self.tokens
        n = len(tokens)
        body_heads = self.look.heads.get("organisation", frozenset())
        place_heads = self.look.heads.get("place", frozenset())  # (read apart: no union built per run)
        body_of = False  # past a body's head and "of": "Office of ...", "Church of ..."
        j = i + 1
        while j < n:
            prev, tok = tokens[j - 1], tokens[j]
            if body_of:
                end = self._body_name_goes_on(j)
                if end is not None:
                    j = end  # "Office of Management and Budget", "Church of Jesus Christ of Latter-day Saints"
                    continue
            if tok.cap and len(prev.text) == 1 and prev.text.isupper() and tok.gap == ". ":
                j += 1  # a middle initial: "Frederick C. LaRue", "W. Mark Felt"
                continue
            if tok.cap and tok.gap == ". " and prev.norm in _PLACE_ABBREVIATIONS and prev.cap and (
                    j == i + 1 or j == i + 2 and tokens[i].norm == "the"):
                j += 1  # "Mt. Everest", "St. Louis": no sentence ends after the abbreviation
                continue
            if (len(prev.text) == 1 and prev.text.isupper() and len(tok.text) == 1 and tok.text.isupper()
                    and tok.gap == "." and j + 1 < n and tokens[j + 1].gap == ". " and tokens[j + 1].cap
                    and len(tokens[j + 1].text) > 1):
                j += 1  # initials written close, then a surname: "H.R. Haldeman", "J.R. Ewing"
                if self._opens_a_clause(j):
                    break  # "Fort Worth P.D. Open the door!": the abbreviation ends the name
                continue
            if tok.cap and prev.possessive and prev.cap and tok.gap == " ":
                end = _run_to_head(tokens, j, _VENUE_HEADS, 2)  # a venue named after its owner: "Sam's Club", "High's Ice Cream Shop"
                if end is not None:
                    j = end
                    continue
            if tok.norm in _FEAST_HEADS and prev.possessive and prev.cap and tok.gap in _POSSESSIVE_GAPS and tok.cap and (
                    nouns().lemma(prev.norm) is not None
                    or _PLACE_ABBREVIATIONS.get(tokens[i].norm, tokens[i].norm) in _SAINT_PREFIXES):
                # a feast named after a common noun or a saint: "Valentine's Day", "New Year's Eve",
                # "Presidents' Day", "St Patrick's Day" (never "Obama's Day": a person's day)
                j += 1
                continue
            if tok.cap and prev.possessive and prev.cap and tok.gap == " " and prev.norm in self.look.title_words \
                    and tok.norm in body_heads and not self.look.gazetteer.match_at(tokens, j - 1):
                j += 1  # a title's own office: "the Alaska State Fire Marshal's Office", "the County Sheriff's Office"
                continue
            if tok.cap and prev.possessive and prev.cap and tok.gap in _POSSESSIVE_GAPS and not prev.initial and self._plural_noun(prev.norm):
                # "Sudan People's Liberation Army", "Kurdistan Workers' Party": a plural noun's
                # possessive inside an organisation's name (never "Obama's Justice Department")
                end = _run_to_head(tokens, j, body_heads | _FACILITY_HEADS, 3)
                if end is not None:  # (or a building's: "Men's Central Jail")
                    j = end
                    continue
            if not joinable(prev, tok):
                break
            if (tok.gap == "-" and not tok.cap and prev.cap and j > i + 1 and len(prev.text) <= 5
                    and tok.norm.isalpha() and 2 <= len(tok.norm) <= 4 and tok.norm not in _COMPOUND_SUFFIXES
                    and tok.norm not in CLOSED_CLASS and not tok.norm.endswith(("ed", "ing"))
                    and not (j + 1 < n and tokens[j + 1].gap == "-")
                    and all(t.cap and not t.text.isupper() and len(t.text) <= 5 for t in tokens[j - 2 : j])):
                j += 1  # a syllable of an East Asian given name: "Kim Jong-un", "Park Geun-hye"
                break  # (never "a Cruz-led panel", "the Bush-era rules": English words make adjectives)
            if (tok.gap == "-" and not tok.cap and prev.cap and 1 < len(prev.text) <= 4 and j > i + 1
                    and tok.norm.isalpha() and len(tok.norm) > 3 and not tok.norm.endswith(("ing", "ed"))
                    and tok.norm not in CLOSED_CLASS and not self.look.gazetteer.match_at(tokens, j - 1)):
                j += 1  # one hyphenated word inside a name: "Committee for the Re-election of the
                continue  # President" (never "Re" and an "election" of its own)
            if tok.norm in self._team_numbers and prev.cap:
                j += 1  # "Philadelphia 76ers"
                continue
            if tok.text.isupper() and tok.norm in CLOSED_CLASS and len(tok.text) > 1 and not self.look.gazetteer.match_at(tokens, j):
                break  # "WINSTON BLACKMORE AND JAMES OLER": capitals do not make "AND" a name
            if tok.norm in _WEEKDAYS and tok.gap == " ":
                break  # "the Bloomington Sam's Club Wednesday night": the day dates, it names nothing
            if tok.norm in _MONTHS and j + 1 < n and tokens[j + 1].norm[:1].isdigit():
                break  # "Blossom Music Center July 22": a month and its day date the venue, no name goes on
            if tok.cap and not (tok.initial and tok.gap != "-"):
                j += 1
                continue
            if tok.norm in PARTICLES or (tok.norm in HYPHEN_PARTICLES and j + 1 < n and tokens[j + 1].gap == "-"):
                k = j + 1  # "von der Leyen", "al-Assad", "an-Nur"
                while k < n and k - j < 3 and tokens[k].norm in PARTICLES and joinable(tokens[k - 1], tokens[k]):
                    k += 1
                if k < n and tokens[k].cap and joinable(tokens[k - 1], tokens[k]):
                    j = k + 1
                    continue
            if (tok.norm == "and" and j + 1 < n and tokens[j + 1].cap and joinable(tok, tokens[j + 1]) and tokens[j + 1].norm != "the"
                    and prev.norm not in body_heads):
                # (never after a body's head: "the Fish and Wildlife Service and National Marine
                # Fisheries Service" are two bodies)
                k = j + 1  # "Securities and Exchange Commission": only when a name head ends it
                while k + 1 < n and k - j < 6 and tokens[k + 1].cap and joinable(tokens[k], tokens[k + 1]):
                    k += 1
                if tokens[k].norm in body_heads:
                    j = k + 1
                    continue
                end = self._title_chain_end(i, k)
                if end:
                    j = end
                break
            if tok.norm == "in" and j - i == 1 and not tok.cap:
                end = self._body_after_in(i, j)
                if end is not None:
                    j = end  # "the Families in Towns Project", "the Women in Science Network": one body
                    continue
            if tok.norm in _NAME_LINKS:
                k = j
                while k < n and k - j < 3 and tokens[k].norm in _NAME_LINKS and joinable(tokens[k - 1], tokens[k]):
                    k += 1
                if k < n and tokens[k].cap and joinable(tokens[k - 1], tokens[k]) and tokens[k].norm not in _CALENDAR:
                    end = k  # "Bank of England"; "Observatory for Human Rights" (a head ends it)
                    while end + 1 < n and end - k < 5 and tokens[end + 1].cap and joinable(tokens[end], tokens[end + 1]):
                        end += 1
                    # a head after the link joins one word ("Ministry of Defence") but never a
                    # person's name to their employer ("Tom Tennant of the Woodburn Police Department")
                    if prev.norm in body_heads or prev.norm in place_heads or (
                        j - i == 1 and tokens[end].norm in body_heads
                    ) or (k == j + 1 and self._feature_of_place(i, j, k)):
                        body_of = body_of or (prev.norm in body_heads and tok.norm in _BODY_LINKS and k == j + 1
                                              and not self.look.gazetteer.match_at(tokens, k) and not self._known_place_word(k))
                        j = k + 1
                        continue
            break
        if j < n and j - i > 1 and tokens[j].gap == "/" and tokens[j].cap and tokens[j - 1].cap \
                and tokens[i].norm not in every_given_name():
            j -= 1  # "SeaMicro Calxeda/HP": the word before a slash pairs with the one after it, no
            # name runs over the slash (never "John Smith/Reuters": a person's credit stays whole)
        return j

    def _body_after_in(self, i: int, j: int) -> int | None:
        """The end of a body's name that "the", one capitalised word, "in" (token j) and
        capitalised words ending in a body's head make ("the Families in Towns Project", "the
        Women in Science Network"), else None: "in" there joins the name, names no place. Never
        a known place after "in" ("the Kurds in Iraq"), nor a name with no "the" before it."""
        tokens, n = self.tokens, len(self.tokens)
        if i == 0 or tokens[i - 1].norm != "the" or tokens[i - 1].cap or not joinable(tokens[i - 1], tokens[i]):
            return None
        k = j + 1
        if k >= n or not tokens[k].cap or not joinable(tokens[j], tokens[k]) or self.look.gazetteer.match_at(tokens, k):
            return None
        end = k
        while end + 1 < n and end - k < 3 and tokens[end + 1].cap and joinable(tokens[end], tokens[end + 1]):
            end += 1
        heads = self.look.heads.get("organisation", frozenset())
        return end + 1 if end > k and tokens[end].norm in heads else None

    def _title_chain_end(self, i: int, k: int) -> int:
        """"Rock and Roll Hall of Fame Induction": capitalised words linked by "and" and then "of"
        make one title, never pieces ("Roll Hall", "Fame Induction"); k is the last capitalised
        word after "and". The end after the words that follow "of", or 0: no capital right after
        "of" ("Tom Johnston and Patrick Simmons of the Doobie Brothers"), or a title or given name
        in the chain ("the Duke and Duchess of Sussex", "Jane and Mary Smith of Leeds": people)."""
        tokens = self.tokens
        n = len(tokens)
        if not (k + 2 < n and tokens[k + 1].norm == "of" and joinable(tokens[k], tokens[k + 1])
                and tokens[k + 2].cap and joinable(tokens[k + 1], tokens[k + 2]) and tokens[k + 2].norm not in _CALENDAR):
            return 0
        end = k + 3
        while end < n and end - k < 6 and tokens[end].cap and joinable(tokens[end - 1], tokens[end]):
            end += 1
        if self.look.gazetteer.match_at(tokens, k + 2):
            return 0  # "of Sussex", "of New York": a known name after "of" is a place or body of its own
        given, titles, kinds = every_given_name(), self.look.title_words, nouns().kinds
        for m in range(i, end):
            t = tokens[m]
            if t.cap and (t.norm in given or t.norm in titles or t.norm in _CALENDAR or t.text.isupper()
                          or kinds.get(t.norm, ("",))[0] == "person"):
                return 0
        return end

    def _opens_a_clause(self, m: int) -> bool:
        """A capitalised word after a full stop with "the"/"a" after it: a verb opening the next
        sentence ("P.D. Open the door!"), never a surname after initials ("H.R. Haldeman")."""
        tokens = self.tokens
        return m + 1 < len(tokens) and tokens[m + 1].norm in _OBJECT_OPENERS and not tokens[m + 1].cap \
            and tokens[m + 1].gap == " "

    def _body_name_goes_on(self, j: int) -> int | None:
        """Inside a body's name past its head and "of" ("Office of Management", "Church of Jesus
        Christ"), where the name goes on from token j: "and" and English words ("and Budget",
        "and Human Services"), a further "of" and capitalised words ("of Latter-day Saints"), a
        hyphened word ("Latter-day"). None when it does not: "and" before another name ("Bank of
        America and Citigroup", "and Ohio State") or a title ("and Budget Director" keeps
        "Director" for the person after it)."""
        tokens, n = self.tokens, len(self.tokens)
        tok = tokens[j]
        if tok.gap == "-" and not tok.cap and tok.norm.isalpha() and j + 1 < n and tokens[j + 1].cap \
                and joinable(tok, tokens[j + 1]) and tokens[j - 1].cap:
            return j + 1  # "Latter-day"
        if tok.norm not in ("and", "of") or tok.cap or j + 1 >= n or not joinable(tokens[j - 1], tok):
            return None
        k = j + 1
        while k < n and k - j <= 4 and tokens[k].cap and not tokens[k].text.isupper() and joinable(tokens[k - 1], tokens[k]) \
                and tokens[k].norm not in self.look.title_words and tokens[k].norm not in gendered_given_names() \
                and tokens[k].norm not in _CALENDAR and not self.look.gazetteer.match_at(tokens, k) and not self._known_place_word(k) \
                and (tok.norm == "of" or self._english_word(tokens[k].norm)):
            k += 1
        if k == j + 1 or k - j > 4:
            return None
        if k < n and tokens[k].cap and joinable(tokens[k - 1], tokens[k]) and tok.norm == "and" and \
                tokens[k].norm not in self.look.title_words:
            return None  # "and Human Rights Watch": another name goes on
        return k

    def _english_word(self, norm: str) -> bool:
        """A word of the language, not a name: frequent, or a common noun the noun lexicon knows
        in a rarer form ("Referenda"), never "Citigroup"."""
        return self.lex.is_common(norm, self.settings.sentence_case_zipf) or nouns().common_lemma(norm) is not None

    def _feature_of_place(self, i: int, j: int, k: int) -> bool:
        """"the Horn of Africa", "the Isle of Man"-like names: "the", one capitalised word that is
        no title, "of", and a known place at token k: one name, not a mention of the place
        ("the King of Spain" is a title and Spain)."""
        tokens = self.tokens
        if j - i != 1 or i == 0 or tokens[i - 1].norm != "the" or tokens[i - 1].cap or tokens[i].norm in self.look.title_words:
            return False
        hit = self.look.gazetteer.match_at(tokens, k)
        return bool(hit) and hit[1][0] == "place" and hit[1][2] == "name"

    def _segment(self, i: int, j: int) -> list[Entity]:
        """Split a capitalised run into gazetteer names, titles (dropped) and residual names."""
        tokens, look = self.tokens, self.look
        out: list[Entity] = []
        if tokens[i].text in _CLOCK_HALVES and i > 0 and tokens[i - 1].text.isdigit() and tokens[i].gap == " ":
            i += 1  # "9:29 PM", "03:16 PM ET": the half of the day, then perhaps the zone, no name
            while i < j and tokens[i].text in _ZONES_AFTER_CLOCK:
                i += 1
            if i >= j:
                return out
            if tokens[i].norm in CLOSED_CLASS and tokens[i].initial:
                i += 1  # "9:29 PM A grandmother": the next sentence's first word
                if i >= j:
                    return out
        both = self._titles_and_titles(i, j)
        if both is not None:
            # "AMERICAN PIE and IN GOOD COMPANY": two works' titles, not one name
            return self._segment(i, both) + self._segment(both + 1, j)
        if j - i > 1 and self._title_in_capitals(i, j):
            return [self._mention(i, j, "other", self._span_text(i, j), "name")]  # "the film AMERICAN PIE"
        employer = self._employer_after_role(i, j) if self._roles_capitalised else None
        if employer is not None:
            return self._segment(employer, j)
        titled = self._role_before(i)
        k = i
        while k < j:
            tok = tokens[k]
            if k == i and tok.initial and self._sentence_case(k, single=j - i == 1):
                k += 1
                continue
            if k == i and j - i > 1 and tok.text in ("A", "An") and tokens[k + 1].gap == " " and not tokens[k + 1].text.isupper():
                k += 1  # "Arson in Alaska–A Palin 'Pattern'?": the article in a headline opens no name
                continue
            if k == i and j - i > 1 and tok.norm in _WEEKDAYS and tokens[k + 1].gap == " ":
                k += 1  # "Tuesday Mozilla released": the day dates the sentence, the name follows it
                continue
            if k == i and tok.initial and j - i > 2 and tokens[k + 1].norm in _NAME_LINKS and self._common_opener(k):
                k += 1  # "Members of the Democratic National Committee": "Members" is sentence case
                continue
            hit = look.gazetteer.match_at(tokens, k, j)
            if hit and k + hit[0] < j and name_key(self._span_text(k, j)) in region_keys():
                # "British Columbia", "New South Wales": a state or province named whole, not
                # the country of the demonym or the name that opens it
                out.append(self._mention(k, j, "place", self._span_text(k, j), "name"))
                return out
            if hit and self._given_name_not_place(k, hit, j):
                # "Paris Hilton", "Actor Paris Kyriakides": a town's name that is also a given
                # name, before a surname, names a person
                out.append(self._mention(k, j, "person", self._span_text(k, j), "name"))
                return out
            if hit and self._case_ok(k, hit[0]):
                n, (kind, canonical, via) = hit
                link_kind = self._head_kind(tokens[k + n - 1].norm) if k + n < j and tokens[k + n].norm in _NAME_LINKS else None
                if link_kind in ("place", "organisation") and n == 1 and not self._has_title(k + n, j):
                    # a known word that heads a longer name: "Gulf of Aden", "Bank of England"
                    out.append(self._mention(k, j, link_kind, self._span_text(k, j), "name"))
                    return out
                if kind == "organisation" and via == "media" and j == k + n + 1 and tokens[k + n].norm in _CHANNEL_NUMBERS and tokens[k + n].gap == " ":
                    # "BBC One", "BBC Two": a broadcaster's channel, one name, no "One" of its own
                    out.append(self._mention(k, j, "organisation", self._span_text(k, j), "name"))
                    return out
                organ_end = self._organ_of_body(k + n, j) if kind == "organisation" else None
                if organ_end is not None:
                    # "United Nations Security Council", "United Nations Development Programme": a
                    # known body's name, then capitalised words ending in a body's head, name one of
                    # its organs, not the body and a nameless "Security Council"
                    out.append(self._mention(k, organ_end, "organisation", self._span_text(k, organ_end), "name"))
                    k = organ_end
                    continue
                rest_kind = self._head_kind(tokens[j - 1].norm) if j > k + n else None
                if (rest_kind is None and j > k + n and kind == "place" and via == "name"
                        and tokens[j - 1].norm in _STATE_BODY_HEADS and canonical in self._country_names()):
                    # "US Geological Survey", "U.S. Senate": a country's name, then capitalised
                    # words ending in a state body's head, name one of its bodies, as "US Navy" does
                    rest_kind = "organisation"
                rest_hit = look.gazetteer.match_at(tokens, k + n, j) if rest_kind == "place" else None
                if (kind == "place" and (via == "name" or canonical not in self._country_names()
                                         or via == "demonym" and j == k + n + 1 and tokens[j - 1].norm in _WATER_HEADS)
                        and rest_kind == "place"
                        and not self._has_title(k + n, j) and not (rest_hit and rest_hit[1][0] == "place")):
                    # (but "the Maldives Indian Ocean islands": a known place after it is a place of its own)
                    # "Sahel City", "Gaza Strip", "Gulf Coast": a known name opening a longer place name
                    out.append(self._mention(k, j, "place", self._span_text(k, j), "name"))
                    return out
                if (
                    kind == "place"
                    and via in ("demonym", "name")
                    and rest_kind in ("organisation", "event")
                    and not self._has_title(k + n, j)
                ):
                    # "Turkish Armed Forces", "Syrian Civil War": the place is part of a longer
                    # name and still a mention of the country; a town's or a state's name opening
                    # an organisation's ("New York Daily News", "Alabama Catholic Conference") is
                    # no mention of the town: the paper is not the place; a country's name opening a
                    # company's ("France Telecom") is none either, its navy's ("US Navy") is
                    if not (rest_kind == "organisation" and via == "name" and (
                            canonical not in self._country_names() or tokens[j - 1].norm not in _STATE_BODY_HEADS)):
                        out.append(self._mention(k, k + n, kind, canonical, via))
                    out.append(self._mention(k, j, rest_kind, self._span_text(k, j), "name"))
                    return out
                if (kind == "place" and via == "demonym" and j > k + n + 2 and tokens[k + n + 1].norm in ("of", "for")
                        and not tokens[k + n + 1].cap and self._head_kind(tokens[k + n].norm) == "organisation"):
                    # "the American University of Harlow", "the British Institute of Orlo Studies": the
                    # demonym opens the body's name ("University of Harlow" is another body)
                    out.append(self._mention(k, k + n, kind, canonical, via))
                    out.append(self._mention(k, j, "organisation", self._span_text(k, j), "name"))
                    return out
                if kind == "place" and via == "demonym" and self._common_words(k + n, j):
                    # "Indian Naval Services (INS)": a demonym and common words make one name, not a
                    # fragment "Naval Services"; "the Indian Naval destroyer": the adjective names nothing
                    out.append(self._mention(k, k + n, kind, canonical, via))
                    if nouns().is_noun(tokens[j - 1].norm):
                        out.append(self._mention(k, j, "other", self._span_text(k, j), "name"))
                    return out
                if kind == "place" and via == "name" and n == 1 and j - k >= 3 and k == i and self._common_words(k + n, j) \
                        and k > 0 and not tokens[k].initial and not tokens[k - 1].cap and joinable(tokens[k - 1], tokens[k]):
                    # "staff at Fiji Island Auto", "owner of Fiji Islands Auto Repair": a business
                    # named after a place, mid-sentence; no mention of the place itself
                    out.append(self._mention(k, j, "other", self._span_text(k, j), "name"))
                    return out
                out.append(self._mention(k, k + n, kind, canonical, via))
                k += n
                continue
            if not hit and self._compass_then_place(k, j):
                # "South Asia", "Western Europe": a region of a known place, one place
                out.append(self._mention(k, j, "place", self._span_text(k, j), "name"))
                return out
            country = self._country_formally(k, j)
            if country is not None:
                out.append(self._mention(k, j, "place", country, "name"))  # "the State of Israel": no title
                return out
            if self._title_word_as_given_name(k, j):
                out.append(self._mention(k, j, "person", self._span_text(k, j), "name"))
                return out
            t_end = self._title_end(k, j)
            if t_end > k:
                end_kind = self._head_kind(tokens[j - 1].norm) if t_end < j else None
                if end_kind == "place" and self._given_name_and_feature(t_end, j):
                    end_kind = None  # "Director Michael Bay": a title and a person, whose surname is a feature's word
                if end_kind in ("organisation", "place", "event"):
                    # "General Hospital", "President Hotel": a title word opening an institution's
                    # name; but "CEO of The Wildlife Society" is a title, then the body's name
                    start = k
                    if tokens[t_end].norm in _NAME_LINKS and tokens[t_end - 1].norm in self.look.title_heads:
                        start = t_end
                        while start < j - 1 and tokens[start].norm in _NAME_LINKS:
                            start += 1
                    out.append(self._mention(start, j, end_kind, self._span_text(start, j), "name"))
                    return out
                titled = True
                k = t_end
                continue
            portfolio_end = self._portfolio_before_name(k, j)
            if portfolio_end:
                # "Secretary of Trade Ivo Brandt", "Minister of Foreign Affairs Ada Moss": the
                # title's portfolio, then the person's name; a body's name stays ("President of
                # Harlow University Dan Rell")
                head = self._head_kind(tokens[portfolio_end - 1].norm)
                if (head in ("organisation", "place") or tokens[portfolio_end - 1].norm in _FACILITY_HEADS) and not all(
                        self.lex.is_common(t.norm, self.settings.sentence_case_zipf) for t in tokens[k:portfolio_end]):
                    out.append(self._mention(k, portfolio_end, head or "place", self._span_text(k, portfolio_end), "name"))
                titled = True
                k = portfolio_end
                continue
            role = self._role_before_given_name(k, j)
            if role:
                # "Referee Tony Weeks", "Special Agent John Broadway": a role, then the name
                titled = True
                k += role
                continue
            # Residual name: up to the next gazetteer hit inside the run (rare) or the run's end.
            m = k + 1
            linked_end = 0  # the end of a known name after a link word ("Republic of South Sudan")
            place_end = 0
            verb_at = -1
            while m < j:
                if self._headline_verb(k, m):
                    verb_at = m  # "Yvonne Hiller Kills Two In Kraft Shooting": the name ends at the verb
                    break
                nxt = look.gazetteer.match_at(tokens, m, j)
                # (a link in title case too after a head of organisations: "Bank Of America", one
                # name, ending with the known one: title case tells no more where it ends)
                title_link = False
                if tokens[m - 1].norm in _NAME_LINKS and (not tokens[m - 1].cap or (title_link := (
                        m - 2 >= k and tokens[m - 2].norm in look.heads.get("organisation", ())))):
                    if nxt and title_link:
                        m += nxt[0]
                        break
                    if nxt:
                        linked_end = max(linked_end, m + nxt[0])
                    # a state of two or three words the gazetteer holds no entry for ("New Mexico")
                    linked_end = max([linked_end] + [m + n for n in (2, 3) if m + n <= j
                                                     and name_key(self._span_text(m, m + n)) in region_keys()])
                if m < linked_end:
                    m += 1  # inside that name: "Sudan" ends "South Sudan", it opens no name of its own
                    continue
                if nxt and self._given_name_then(k, m, nxt[0]) and (
                        nxt[1][1] not in self._country_names() or tokens[m].norm in _PLACES_ALSO_GIVEN):
                    m += nxt[0]  # "George Washington University", "Jack London", "Michael Jordan": a
                    continue     # known name after a lone given name is the person's surname
                if nxt and m == k + 1:
                    place_end = self._place_opened_by_word(k, nxt, j)
                    if place_end:
                        m = place_end  # "Inner Mongolia (Autonomous Region)": one place, no "Inner" of its own
                        break
                if nxt and self._case_ok(m, nxt[0]) and tokens[m - 1].cap and tokens[m].gap != "-":
                    if self._qualifies_known_body(k, m, nxt):
                        m += nxt[0]  # "the National Security Council": one body, not "National" and the UN's
                    break  # not after "al-", "of", "for", "and": "Alliance for American Manufacturing";
                    # nor inside a hyphenated name ("Champs-Elysees" is no mention of the Elysee)
                if (
                    (tokens[m - 1].cap or tokens[m - 1].norm in self._team_numbers)
                    and m < self._title_end(m, j) <= j
                    and self._head_kind(tokens[j - 1].norm) not in ("organisation", "place", "event")
                    and not self._surname_like_title(k, m, j)
                    and not self._title_ends_a_body(k, m, j)
                ):
                    break  # "NASA Administrator Jim Bridenstine", "Philadelphia 76ers Coach Maurice
                    # Cheeks": a title between two names, or after one ("Portland Trailblazers Coach");
                    # but "Qasr al-Nour General Hospital" is one name
                m += 1
            if place_end:
                out.append(self._mention(k, m, "place", self._span_text(k, m), "name"))
                k = m
                continue
            entity = self._residual(k, m, titled)
            if entity is not None and entity.kind in ("person", "other") and m < j and m - k >= 2 and self._title_end(m, j) > m \
                    and self._plural_noun(tokens[m - 1].norm) and not any(t.norm in gendered_given_names() for t in tokens[k:m]):
                # "Los Angeles Angels GM Tony Reagins": the employer before a title and a name,
                # ending in a plural, is a team or a firm, not a person
                entity = dataclasses.replace(entity, kind="organisation")
            if entity is not None and titled and self._inside_a_title(k, m, j):
                entity = None  # "Deputy Prosecuting Attorney Jacob Howell": "Prosecuting" is the title's
            if entity is not None and entity.kind == "other" and self._part_of_a_title(k, m, j):
                entity = None  # "Heavyweight Champion", "Vice President of Worldwide Marketing"
            elif entity is not None and entity.kind in ("organisation", "other") and self._portfolio_for(k, m):
                entity = None  # "the High Commissioner for Human Rights": the title's portfolio, no body
            if entity is not None and entity.kind in ("person", "other") and self._region_then_word(k, m, titled):
                # "a rural Alabama Catholic doctor": the state, then an adjective; no one is
                # called "Alabama Catholic"
                out.append(self._mention(k, k + 1, "place", self._span_text(k, k + 1), "name"))
                entity = self._residual(k + 1, m, False)
            if entity is not None:
                out.append(entity)
            if m == verb_at:
                return out  # the rest of a headline is its predicate, in capitals: no name is told apart
            k = m
        return out

    def _headline_verb(self, k: int, m: int) -> bool:
        """A headline in title case: a verb in -s after a given name and a surname ("Yvonne
        Hiller Kills Two", "Peter Capaldi Takes Over"): a common word whose stem is one too,
        after a surname that is no given name; the person's name ends before it."""
        tokens = self.tokens
        if m < k + 2 or tokens[k].norm not in gendered_given_names() or any(t.norm in CLOSED_CLASS for t in tokens[k : m + 1]):
            return False  # (a name, then the verb: no small word between, "Hiller Charged With Two Counts")
        tok, before = tokens[m], tokens[m - 1]
        norm = tok.norm
        if (len(norm) < 4 or not norm.endswith("s") or tok.text.isupper() or tok.gap != " " or before.possessive
                or before.norm in gendered_given_names() or norm in gendered_given_names() or norm in wide_given_names()):
            return False
        if not self.lex.is_common(norm, self.settings.gerund_zipf):
            return False
        stems = (norm[:-1], norm[:-2]) if norm.endswith("es") else (norm[:-1],)
        return any(self.lex.is_common(stem) and not nouns().is_noun(norm) for stem in stems)

    def _organ_of_body(self, k: int, j: int) -> int | None:
        """The end of the organ's words a known body's name ending at token k goes on with:
        capitalised words, none a title's head, a place, a day or a given name, the last a
        body's head in the singular ("Security Council", "Development Programme", "Energy
        Agency"). None when they do not: "the United Nations Tuesday", "United Nations
        Secretary-General Ban Ki-moon" (a title, then a person), "EU States" (members, no organ),
        "White House Office of Management" (the organ's own name goes on)."""
        tokens = self.tokens
        end = None
        m = k
        while m < j and m - k < self.settings.organ_max_words and tokens[m].cap and tokens[m].gap == " " \
                and not tokens[m].text.isupper() and tokens[m].norm not in self.look.title_heads \
                and tokens[m].norm not in _CALENDAR and tokens[m].norm not in gendered_given_names():
            if self._title_end(m, j) > m + 1:
                break  # "White House Press Secretary Lina Farr": a title of two words opens here, no organ
            hit = self.look.gazetteer.match_at(tokens, m, j)
            length = 1
            if hit:
                if hit[1][0] != "organisation":
                    break  # a place or a person after the body: "NATO Brussels", "UN Ban Ki-moon"
                length = hit[0]  # the organ's own known name: "Security Council"
            last = tokens[m + length - 1].norm
            if self._head_kind(last) == "organisation" and not self._plural_noun(last):
                end = m + length
            m += length
        if end is not None and end < j and tokens[end].norm in _NAME_LINKS:
            return None  # "White House Office of Management and Budget": the organ has a full name of its own
        return end

    def _qualifies_known_body(self, k: int, m: int, hit: tuple[int, tuple[str, str, str]]) -> bool:
        """Capitalised common English words k..m-1 right before a known body's name that ends in
        a body's head ("National" before "Security Council", "Federal" before "Trade Commission"):
        one longer body's name, not a word of its own and another body (the UN's). No given name,
        title head or modifier ("Former"), known name, day or region before it."""
        tokens = self.tokens
        n, (kind, _, via) = hit
        if kind != "organisation" or via != "name" or self._head_kind(tokens[m + n - 1].norm) != "organisation" \
                or tokens[m].gap != " ":
            return False
        modifiers = self._single_title_modifiers
        return all(
            t.cap and (x == k or t.gap == " ") and not t.text.isupper() and self.lex.is_common(t.norm)
            and t.norm not in gendered_given_names() and t.norm not in self.look.title_heads and t.norm not in modifiers
            and t.norm not in _CALENDAR and t.norm not in region_keys() and not self.look.gazetteer.match_at(tokens, x)
            for x, t in enumerate(tokens[k:m], k))

    @functools.cached_property
    def _single_title_modifiers(self) -> frozenset[str]:
        return frozenset(w for w in self.lex.title_modifiers if " " not in w)

    def _inside_a_title(self, k: int, m: int, j: int) -> bool:
        """Words k..m-1 between two title words of one run ("Deputy Prosecuting Attorney",
        "Senior Managing Director") that are common verbs' -ing forms: part of the title, no
        name. A name between titles stays one ("President Bush Chief of Staff Andrew Card")."""
        tokens = self.tokens
        if m >= j or self._title_end(m, j) <= m or k == 0 or tokens[k - 1].norm not in self.look.title_words:
            return False
        return all(self._verb_form_in_ing(tokens[x].norm) for x in range(k, m))

    def _verb_form_in_ing(self, norm: str) -> bool:
        """A common English -ing form of a common verb ("prosecuting", "managing", "presiding");
        surnames in -ing ("Manning", "Golding") are rarer words or given names."""
        if not norm.endswith("ing") or norm in gendered_given_names() or not self.lex.is_common(norm, self.settings.sentence_case_zipf):
            return False
        stem = norm[:-3]
        stems = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
        return any(len(s) >= 3 and self.lex.is_common(s, self.settings.sentence_case_zipf) for s in stems)

    def _title_word_as_given_name(self, k: int, j: int) -> bool:
        """"Sultan Ibragimov", "Prince Fielder"-like names: a title word that is also a given name,
        then one word that is no given name and ends as a surname does ("-ov", "-shvili"): the
        person's given name and surname. A monarch is named by a given name ("Prince Harry",
        "King Abdullah", "Sultan Qaboos"), so those stay a title and a name."""
        tokens = self.tokens
        if j - k != 2 or tokens[k].norm not in _TITLES_ALSO_GIVEN or tokens[k].text.isupper():
            return False
        last = tokens[k + 1]
        return (last.gap == " " and not last.text.isupper() and len(last.norm) > 4
                and last.norm not in gendered_given_names() and last.norm not in wide_given_names()
                and last.norm.endswith(_SURNAME_ENDINGS) and not self.lex.is_common(last.norm, self.settings.sentence_case_zipf))

    def _part_of_a_title(self, k: int, m: int, j: int) -> bool:
        """Common English words that qualify a title rather than name anyone: before it in one
        run ("Heavyweight Champion", "2-Time Heavyweight Champion") or after its "of" ("Vice
        President of Worldwide Marketing", "Professor of Conservation Ecology"); a name of its own
        there is not made of common words ("WBA Champion", "President of Syria")."""
        tokens = self.tokens
        after_of = k >= 2 and tokens[k - 1].norm in ("of", "for") and not tokens[k - 1].cap and tokens[k - 2].cap \
            and tokens[k - 2].norm in self.look.title_heads
        if not (after_of or m < j and tokens[m].norm in self.look.title_words and self._title_end(m, j) > m):
            return False
        return all(self.lex.is_common(t.norm, self.settings.sentence_case_zipf) and not t.text.isupper() for t in tokens[k:m])

    def _portfolio_for(self, k: int, m: int) -> bool:
        """Words k..m-1 after a title's "for" ("the High Commissioner for Human Rights", "the
        Regional Commissioner for Water Safety", "Minister for Rural Affairs"): the title's
        portfolio, two or more common English words; a body's own name is no portfolio
        ("Commissioner for the Harlow Water Board": "the" and a body's head noun); an office's
        title only (entities.json portfolio_titles: "Reporter for Star News" names an employer)."""
        tokens = self.tokens
        x = k - 1
        the = x >= 0 and tokens[x].norm == "the" and not tokens[x].cap
        x -= the
        return (m - k >= 2 and x >= 1 and tokens[x].norm == "for" and not tokens[x].cap and tokens[x - 1].cap
                and tokens[x - 1].norm in _PORTFOLIO_TITLES and not (the and self._head_kind(tokens[m - 1].norm))
                and all(self.lex.is_common(t.norm, self.settings.sentence_case_zipf) and not t.text.isupper()
                        for t in tokens[k:m]))

    def _given_name_not_place(self, k: int, hit: tuple[int, tuple[str, str, str]], j: int) -> bool:
        """A one-word place also given to people ("Paris", "Jordan", "Victoria") opening a run of
        one or two more words, each shaped like a surname: capitalised after a space, no known
        name or name head, rare in English and no common noun but a person's ("Hilton",
        "Kyriakides"; not "Paris Match", "Georgia Tech", "Jordan Valley")."""
        tokens = self.tokens
        n, (kind, _, via) = hit
        word = tokens[k].norm
        if n != 1 or kind != "place" or via != "name" or not 2 <= j - k <= 3 or tokens[k].text.isupper():
            return False
        if word not in _PLACES_ALSO_GIVEN and word not in gendered_given_names():
            return False
        prev = tokens[k - 1] if k > 0 else None
        if prev is not None and tokens[k].gap == " " and (prev.norm == "the" and not prev.cap or _body_possessive(prev)) \
                and tokens[j - 1].norm.endswith("s"):
            return False  # "the Charlotte Bobcats", "the NBA's Charlotte Bobcats": a team; no person's name takes "the"
        if self._head_kind(tokens[j - 1].norm) or tokens[j - 1].norm in _FACILITY_HEADS:
            return False
        for m in range(k + 1, j):
            tok = tokens[m]
            if tok.gap != " " or not tok.cap or tok.text.isupper() or len(tok.norm) < 3:
                return False
            if self.look.gazetteer.match_at(tokens, m):
                return False
            if tok.norm in self._surnames_alone():
                continue  # "Georgia Brown" ... "Brown said": a common word the text shows a surname
            if self.lex.is_common(tok.norm, self.settings.surname_zipf):
                return False
            lemma = nouns().lemma(tok.norm)
            if lemma is not None and nouns().kind(lemma) != "person":
                return False
        return True

    def _surnames_alone(self) -> frozenset[str]:
        """Words the text writes alone, mid-sentence, as a person that speaks ("Brown said", "Brown,
        who"), after no other capitalised word: a surname, even when it is a common word."""
        if self._alone_speakers is None:
            tokens = self.tokens
            self._alone_speakers = frozenset(
                tok.norm for x, tok in enumerate(tokens)
                if tok.cap and not tok.initial and not tok.text.isupper() and x > 0
                and not (tokens[x - 1].cap and joinable(tokens[x - 1], tok)) and self._person_context(x + 1))
        return self._alone_speakers

    def _compass_then_place(self, k: int, j: int) -> bool:
        """A compass word, then a known place ending the run ("South Asia", "Eastern Europe")."""
        tokens = self.tokens
        if j != k + 2 or tokens[k].norm not in _COMPASS_PREFIXES or tokens[k + 1].gap != " ":
            return False
        return self._known_place_word(k + 1)

    def _region_then_word(self, k: int, m: int, titled: bool) -> bool:
        """A state or province written alone opening a run of two words, no role before it and
        no speech after it ("Alabama Catholic", "Oregon Democrat")."""
        tokens = self.tokens
        return (m == k + 2 and not titled and tokens[k + 1].gap == " " and not tokens[k].text.isupper()
                and name_key(tokens[k].text) in region_keys() and not self._person_context(m))

    @staticmethod
    def _plural_noun(norm: str) -> bool:
        """A plural common noun ("workers", "people"): no person's or place's name."""
        lemma = nouns().lemma(norm)
        return norm in _PEOPLE_PLURALS or (lemma is not None and lemma != norm and norm not in gendered_given_names())

    def _given_name_then(self, k: int, m: int, length: int) -> bool:
        """A lone capitalised given name right before a known one-word name: "George Washington",
        "Jack London" (never "Obama Washington": the first word must be a given name)."""
        tokens = self.tokens
        return (m == k + 1 and length == 1 and tokens[k].norm in gendered_given_names() and not tokens[k].text.isupper()
                and tokens[m].gap == " " and not tokens[k].possessive)

    def _surname_like_title(self, k: int, m: int, j: int) -> bool:
        """One title word ending a run after a name led by a given name is a surname: "James Pope",
        "Martin Luther King", "James P. Pope"; "NASA Administrator Jim Bridenstine" has a name after
        the title, "Portland Trailblazers Coach" no given name before it."""
        tokens = self.tokens
        return m + 1 == j and tokens[k].norm in gendered_given_names() and not tokens[m].text.isupper() and (
            j == len(tokens) or not (tokens[j].norm == "of" or tokens[j].cap and joinable(tokens[m], tokens[j])))

    def _sentence_case(self, k: int, single: bool) -> bool:
        """A capital that only marks a sentence start: a common word, not a known name.

        Before another capitalised word ("The Kremlin", "But Syria", "Dmitry Peskov") only
        closed-class words and words the text also writes in lower case are sentence case;
        a lone word also when it is common English and never capitalised mid-sentence."""
        tok = self.tokens[k]
        if tok.norm in CLOSED_CLASS:
            # "U.S. officials said": a known name in capitals is no pronoun "us"
            return not (tok.text.isupper() and len(tok.text) > 1 and self.look.gazetteer.match_at(self.tokens, k))
        if tok.norm in _QUESTION_OPENERS and self._opens_question(k):
            return True  # "Does HP's Mark Hurd want ...?", "Is Apple ready?"
        if tok.norm in self.midcap or tok.norm in PARTICLES:
            return False
        if k + 1 < len(self.tokens) and self.tokens[k + 1].gap == "-" and self.tokens[k + 1].cap:
            return False  # "Al-Assad", "Nagorno-Karabakh"
        if tok.norm in self.lower or self._adverb(tok.norm) or (
            self._gerund(tok.norm) and not self.look.gazetteer.match_at(self.tokens, k)
        ):
            return True
        if self._unlisted_opener(k):
            return True
        if not single:
            return False
        if self._misspelt_word(k):
            return True  # "Remaning on the team are ...": a common word misspelt opens the sentence
        # a rarer word is sentence case when it is the plural of a noun English never uses as a
        # name ("Forecasters expect", "Evacuees are"): a name that is also a word has its
        # evidence above (written with a capital mid-sentence here or in the other text)
        return (self.lex.is_common(tok.norm, self.settings.sentence_case_zipf) or (
            tok.norm not in gendered_given_names() and plural_never_a_name(tok.norm))) and not self.look.gazetteer.match_at(self.tokens, k)

    def _opens_question(self, k: int) -> bool:
        """Whether the sentence token k opens ends in a question mark."""
        end = _SENTENCE_END.search(self.text, self.tokens[k].end, self.tokens[k].end + 400)
        return end is not None and end.group() == "?"

    def _unlisted_opener(self, k: int) -> bool:
        """A rarer English word opening a sentence that the word frequencies do not list, told
        by its make and the word after it: a verb's -ing form before its object ("Severing a
        main cable", never "Golding said") or two common words run together before the noun
        they describe ("Undersea cables", "Nationwide protests"; never "Newman said")."""
        tokens = self.tokens
        norm = tokens[k].norm
        if norm in self.lex.background or norm in gendered_given_names() or k + 1 >= len(tokens):
            return False
        if self._noun_of_a_verb(norm):
            return True
        nxt = tokens[k + 1]
        if nxt.cap or nxt.gap != " ":
            return False
        if norm.endswith("ing") and nxt.norm in _OBJECT_OPENERS:
            stem = norm[:-3]
            stems = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
            return any(len(s) >= 3 and self.lex.is_common(s, self.settings.sentence_case_zipf) for s in stems)
        if norm.endswith("ed") and nxt.norm in _PARTICIPLE_LINKS:
            return self._participle_of_a_verb(norm)
        if not self._modifies_noun(k + 1):
            return False
        return any(self.lex.is_common(norm[:cut]) and self.lex.is_common(norm[cut:])
                   for cut in range(3, len(norm) - 2))

    def _participle_of_a_verb(self, norm: str) -> bool:
        """A past participle the word frequencies do not list, made of a common English verb
        and maybe a prefix ("Rebranded", "Repurposed", "Unmasked"): its stem (less "-ed" or
        "-d", a doubled consonant undone, a prefix taken off) is a common word of four letters
        or more. Names in -ed have no such stem ("Ahmed", "Mohammed", "Alfred")."""
        stem = norm[:-2]
        stems = {stem, norm[:-1]} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
        stems |= {s[len(p):] for s in stems for p in _VERB_PREFIXES if s.startswith(p)}
        return any(len(s) >= 4 and self.lex.is_common(s, self.settings.sentence_case_zipf) for s in stems)

    def _noun_of_a_verb(self, norm: str) -> bool:
        """A noun made of a common verb and "-ee" ("Retiree", "Detainees", "Trainee"), which the
        word frequencies may not list: a word, in lower case elsewhere in English. Surnames in
        -ee have a short or no stem ("Magee", "Yankee"), hence the stem's minimum length."""
        word = norm.removesuffix("s")
        if not word.endswith("ee"):
            return False
        stems = {word[:-2], word[:-1]}  # "employ-ee", "retire-e"
        return any(len(s) >= self.settings.verb_noun_min_stem and self.lex.is_common(s, self.settings.sentence_case_zipf)
                   for s in stems)

    def _adverb(self, norm: str) -> bool:
        """An adverb made of a common adjective ("Ironically", "Reportedly", "Possibly"): a
        sentence opener, never a given name ("Ironically Nichols had offered"). Names ending in
        -ly have no common stem ("Kelly", "Connolly"), or are given names ("Emily")."""
        if not norm.endswith("ly") or norm in gendered_given_names():
            return False
        stem = norm[:-2]
        stems = {stem, stem + "le"}  # "possibly"
        if stem.endswith("al"):
            stems.add(stem[:-2])  # "ironically" -> "ironic"
        if stem.endswith("i"):
            stems.add(stem[:-1] + "y")  # "happily" -> "happy"
        return any(len(s) >= 4 and self.lex.is_common(s, self.settings.adverb_stem_zipf) for s in stems)

    def _gerund(self, norm: str) -> bool:
        """A frequent verb form in -ing of a common verb ("Describing Yida as ..."): a clause
        opener, never a given name. Surnames in -ing are rarer words ("Manning", "Browning")."""
        if not norm.endswith("ing") or norm in gendered_given_names() or not self.lex.is_common(norm, self.settings.gerund_zipf):
            return False
        stem = norm[:-3]
        stems = {stem, stem + "e"}  # "describing" -> "describe"
        if len(stem) > 2 and stem[-1] == stem[-2]:
            stems.add(stem[:-1])  # "banning" -> "ban"
        return any(len(s) >= 3 and self.lex.is_common(s, self.settings.adverb_stem_zipf) for s in stems)

    def _common_opener(self, k: int) -> bool:
        """A common English word opening a sentence before "of"/"for", not itself a name's
        head ("Members of ...", "Supporters of ...", but "Bank of England")."""
        tok = self.tokens[k]
        return (
            self.lex.is_common(tok.norm)
            and tok.norm not in self.midcap
            and self._head_kind(tok.norm) is None
            and not self.look.gazetteer.match_at(self.tokens, k)
            and tok.norm not in self.look.title_words
        )

    def _case_ok(self, k: int, n: int) -> bool:
        """Acronyms in the gazetteer ("WHO", "US") only match upper-case text."""
        surface = self._span_text(k, k + n)
        if len(surface) <= 4 and not surface.isupper():
            hit = self.look.gazetteer.match_at(self.tokens, k)
            if hit:
                canonical = hit[1][1]
                if canonical.isupper() and not surface.isupper():
                    return False
        return True

    def _title_end(self, k: int, j: int) -> int:
        """End of a title/role run at token k ("Foreign Minister", "President"), else k."""
        tokens, look = self.tokens, self.look
        m = k
        last_head = k
        while m < j and (m == k or joinable(tokens[m - 1], tokens[m])):
            if tokens[m].norm not in look.title_words:
                text = tokens[m].text
                if (text in _TITLE_ABBREVIATIONS or len(text) == 1 and self._listed_position_letter(m)) and self._abbreviated_title(m, j):
                    last_head = m + 1  # the name follows it
                break
            m += 1
            if tokens[m - 1].norm in look.title_heads:
                last_head = m
        return last_head

    def _abbreviated_title(self, m: int, j: int) -> bool:
        """A role's abbreviation in capitals right before a name of two or more words that opens
        with no title word ("GM Ed Stefanski", "Angels GM Tony Reagins"); alone, or before
        another title ("GM Chief Executive Rick Wagoner"), it may be a company's name."""
        tokens = self.tokens
        if m + 2 >= j:
            return False
        nxt = tokens[m + 1]
        return (joinable(tokens[m], nxt) and nxt.cap and not nxt.text.isupper() and nxt.norm not in self.look.title_words
                and nxt.norm not in CLOSED_CLASS and not self.look.gazetteer.match_at(tokens, m + 1)
                and tokens[m + 2].cap and joinable(nxt, tokens[m + 2]))

    def _has_title(self, k: int, j: int) -> bool:
        return any(self.tokens[m].norm in self.look.title_heads for m in range(k, j))

    def _role_before(self, i: int) -> bool:
        """A lower-case role word right before the name: "spokesperson Dmitry Peskov", "adviser Kalin"."""
        if i == 0:
            return False
        prev = self.tokens[i - 1]
        return (
            not prev.cap
            and prev.norm in self.look.title_heads
            and joinable(prev, self.tokens[i])
        )

    def _version_after(self, m: int) -> bool:
        """A figure, a full stop and a figure right after the name ("Web 2.0", "Windows 8.1"):
        a product and its version, never a place however "in" it stands ("in Berlin 2 years" is)."""
        tokens = self.tokens
        return (m + 1 < len(tokens) and tokens[m].gap == " " and tokens[m].norm.isdigit()
                and tokens[m + 1].gap in _DOT_GAPS and tokens[m + 1].norm.isdigit())

    def _sequel_number_after(self, words: list[Token], m: int, head_kind: str | None) -> bool:
        """A figure of one or two digits right after a name of two words or more that is part of
        the name ("Iron Valley 2", "Orbit Cloud 3"): a sequel's, a model's or a version's number.
        Not after a name of a person (a given name first), an event ("World War 2"), a body ("Radio
        4") or a numbered part or site ("Heathrow Terminal 5", "Harlow Ward 3": entities.json
        numbered_parts, numbered_sites); not a count ("Harlow Valley 2 miles", "Orlo 2 years":
        a plural or a unit after it), a score or a list of them ("Harlow Rovers 2, Orlo Town 1"),
        a date ("2 March", "On Harlowmonth 15,") or one figure of a range ("2-1", "2 to 3")."""
        tokens = self.tokens
        if len(words) < 2 or m >= len(tokens) or tokens[m].gap != " ":
            return False
        k = m - len(words)
        if k > 0 and tokens[k - 1].norm.isdigit() and tokens[k].gap.strip() == ",":
            return False  # "Harlow Rovers 2, Orlo Town 1": the second side of a score
        number = tokens[m].norm
        if not (number.isdigit() and len(number) <= 2 and number != "0"):
            return False
        last = words[-1].norm
        if head_kind in ("event", "organisation") or words[0].norm in CLOSED_CLASS or last in _NUMBERED_PARTS or last in _NUMBERED_SITES \
                or last in _NUMBERED_ROADS["roads"] or self._given_name_first(words, wide=True) or words[-1].possessive:
            return False
        if m + 1 >= len(tokens):
            return True
        nxt = tokens[m + 1]
        gap = nxt.gap.strip()
        if gap in ("", "-", "–", "—", "/", ":", ".") and nxt.norm[:1].isdigit():
            return False  # "2-1", "2:30", "2.0" (a version: _version_after)
        if gap:
            # a stop or a comma ends it, unless another name and figure follow: a score's list
            return gap[:1] in ".,;!?)" and not (nxt.cap and m + 2 < len(tokens) and tokens[m + 2].norm[:1].isdigit())
        if nxt.cap:
            return False  # "Harlow Rovers 2 Orlo Town 1", "2 March"
        word = nxt.norm
        if word in ("and", "or"):
            return m + 2 < len(tokens) and not tokens[m + 2].norm[:1].isdigit()  # not "2 and 3"
        return (word not in _COUNT_LINKS and word not in _CALENDAR and word not in _UNITS
                and not (word.endswith("s") and nouns().is_noun(word)))  # "2 years", "2 goals" (and "2 runs")

    def _class_in_capitals(self, words: list[Token], k: int, m: int) -> bool:
        """Two common words in capitals, an adjective and a noun, that head a phrase opened by "a"
        or "an" and perhaps adjectives in lower case ("a priceless Old Master", "a Great Dane", "a
        Silver Star"): a class of things (paintings, dogs, medals) that English capitalises,
        named as one of many, no name of one thing. Not a known name, a body's or a place's
        head ("a Supreme Court"), a given name ("a young Barack Obama") or a modifier of the
        noun after it ("a Royal Navy ship")."""
        first, last = words
        if first.initial or words[1].gap != " " or first.possessive or last.possessive or first.text.isupper() \
                or last.text.isupper():
            return False
        lex = nouns()
        common = self.settings.sentence_case_zipf
        if lex.is_noun(first.norm) or not lex.is_noun(last.norm) or not self.lex.is_common(first.norm, common) \
                or not self.lex.is_common(last.norm, common):
            return False
        if self._head_kind(last.norm) or first.norm in gendered_given_names() or self.look.gazetteer.match_at(self.tokens, k) \
                or self.look.gazetteer.match_at(self.tokens, k + 1) or self._modifies_noun(m):
            return False
        tokens = self.tokens
        x = k - 1
        while x >= 0 and not tokens[x].cap and tokens[x].norm not in CLOSED_CLASS and tokens[x + 1].gap == " " \
                and x > k - 3:
            x -= 1  # the adjectives in lower case before it ("priceless")
        return x >= 0 and tokens[x].norm in ("a", "an") and not tokens[x].cap and tokens[x + 1].gap == " "

    def _maker_of_a_work(self, m: int) -> bool:
        """A noun of a work a few words after a possessive name that ends before token m
        ("the port of Ridgeway's Western video game", "in Orlo's new film"; entities.json
        work_cues): the name is the work's maker, a company's or a person's, and the place
        words before it ("port of", "in") are the work's, no place's."""
        tokens = self.tokens
        for x in range(m, min(m + 4, len(tokens))):
            tok = tokens[x]
            if tok.gap not in (" ", "-") or tok.norm in CLOSED_CLASS or tok.possessive:
                return False
            if not tok.cap and tok.norm in _WORK_NOUNS:
                return True
        return False

    def _place_context(self, k: int) -> bool:
        """"in/near/outside X", "the town/city/village of X", "east of X": X is a place."""
        tokens = self.tokens
        if k == 0 or not joinable(tokens[k - 1], tokens[k]):
            return False
        prev = tokens[k - 1].norm
        if tokens[k - 1].cap:
            # "Meth is IN SD": a preposition set in capitals for stress inside a sentence in lower case
            return (prev in _PLACE_PREPOSITIONS and tokens[k - 1].text.isupper() and k >= 2 and not tokens[k - 2].cap
                    and joinable(tokens[k - 2], tokens[k - 1]))
        if prev in _PLACE_PREPOSITIONS:
            return True
        return (
            prev == "of"
            and k >= 2
            and tokens[k - 2].norm in _PLACE_NOUNS_OR_DIRECTIONS
            and joinable(tokens[k - 2], tokens[k - 1])
        )

    def _definite_name(self, k: int, m: int) -> bool:
        """"the" right before the run (or "The" opening the sentence), and no noun after it that
        the run modifies ("the Hasim Rahman fight")."""
        tokens = self.tokens
        if k == 0 or tokens[k - 1].norm != "the" or not joinable(tokens[k - 1], tokens[k]):
            return False
        if tokens[k - 1].cap and not tokens[k - 1].initial:
            return False  # "The" inside a name ("Committee for The ..."); a sentence's "The Red Sox" counts
        if m < len(tokens) and joinable(tokens[m - 1], tokens[m]) and not tokens[m].cap:
            word = tokens[m].norm
            if nouns().is_noun(word) or not (word in CLOSED_CLASS or word in _VERBS_AFTER_NAMES
                                             or word.endswith(("ed", "ing"))):
                return False
        return True

    def _place_before_the(self, k: int) -> bool:
        """"in the", "along the", "down the" before a name at token k: a place."""
        tokens = self.tokens
        return k >= 2 and tokens[k - 2].norm in _PLACE_OR_ROUTE_PREPOSITIONS and not tokens[k - 2].cap \
            and joinable(tokens[k - 2], tokens[k - 1])

    def _modifies_noun(self, m: int) -> bool:
        """A lower-case common noun right after the word: it is the noun's adjective ("in
        Democratic headquarters", "in Catholic schools"), not a place "in" names."""
        tokens = self.tokens
        if m >= len(tokens) or tokens[m].cap or tokens[m].gap != " ":
            return False
        word = tokens[m].norm
        if word in _PLACE_NOUNS or word in _AREA_NOUNS or word in _FACILITY_HEADS:
            return False  # "in Yida camp", "in Kabul city": the noun is the place's
        return word not in CLOSED_CLASS and word not in _VERBS_AFTER_NAMES and nouns().is_noun(word)

    def _place_noun_after(self, m: int) -> bool:
        """A lower-case noun of an administrative area right after the name ("Pariang county",
        "Unity state", "Kunar province"): the name is that area's."""
        tokens = self.tokens
        if m >= len(tokens) or tokens[m].cap or tokens[m].gap != " ":
            return False
        if tokens[m].norm in ("and", "or") and m + 2 < len(tokens) and tokens[m + 1].cap and not tokens[m + 1].initial:
            m += 2  # "Alexandria and Suez governorates": the plural noun names both areas
            return not tokens[m].cap and tokens[m].gap == " " and tokens[m].norm in _AREA_PLURALS
        return tokens[m].norm in _AREA_NOUNS or tokens[m].norm in _AREA_PLURALS

    def _owner_after_of(self, k: int) -> bool:
        """"NAME of X" or "of the X": X is what a person belongs to (an employer, a body, a
        place), not a person ("Tom Reeve of Harlow Maritime"; never "a critic of Vladimir Putin",
        whose "of" follows a common noun and no "the")."""
        tokens = self.tokens
        p = k - 1
        the = p > 0 and tokens[p].norm == "the" and not tokens[p].cap and joinable(tokens[p], tokens[k])
        if the:
            p -= 1
        if p < 1 or tokens[p].norm != "of" or tokens[p].cap or not joinable(tokens[p], tokens[p + 1]):
            return False
        before = tokens[p - 1]
        return the or (before.cap and not before.initial and joinable(before, tokens[p]))

    def _name_shaped(self, words: list[Token]) -> bool:
        """Two or more words with a space, not shouting, at least one uncommon in English."""
        return (
            len(words) > 1
            and any(w.gap == " " for w in words[1:])
            and not all(w.text.isupper() for w in words)
            and any(self.lex.zipf(w.norm) < self.settings.person_word_zipf for w in words if w.norm not in PARTICLES)
        )

    def _role_before_given_name(self, k: int, j: int) -> int:
        """How many words of a role open a run of capitals before a given name and at least a
        surname, else 0: a noun of a person's role ("Referee Tony Weeks"), or one or two common
        words ending in a noun that names no place or body ("Special Agent John Broadway",
        "Customs Agent David Wilhelm"; never "Agent Orange", which no given name follows)."""
        tokens = self.tokens
        for p in (k + 1, k + 2):
            if p + 1 >= j or tokens[p].gap != " " or tokens[p].norm not in gendered_given_names() or not tokens[p + 1].cap:
                continue
            words = tokens[k:p]
            if any(w.norm in gendered_given_names() or w.norm in CLOSED_CLASS or w.text.isupper() for w in words) \
                    or any(self.look.gazetteer.match_at(tokens, x) or w.norm in region_keys() for x, w in enumerate(words, k)):
                return 0  # "Alaska Governor Sarah Palin": a place's name is no role word
            lemma = nouns().lemma(words[-1].norm)
            if lemma is None:
                return 0
            if len(words) == 1 and nouns().kind(lemma) == "person":
                return 1
            if nouns().kind(lemma) in ("person", "thing") and all(
                    self.lex.is_common(w.norm) for w in words):
                return len(words)
            return 0
        if j == k + 2 and tokens[k].norm in _ROLE_WORDS and self._surname_after_role(k + 1):
            return 1  # "Agent Smith": an office, then a surname alone
        return 0

    def _surname_after_role(self, p: int) -> bool:
        """Whether the one word after a role word is a surname: a capitalised word the text never
        writes in lower case, no known name, and no noun of a thing ("Agent Orange")."""
        tok = self.tokens[p]
        if tok.gap != " " or not tok.cap or tok.text.isupper() or tok.norm in CLOSED_CLASS or tok.norm in self.lower:
            return False
        if tok.norm in _CALENDAR or self.look.gazetteer.match_at(self.tokens, p) or tok.norm in region_keys():
            return False
        lemma = nouns().lemma(tok.norm)
        return lemma is None and not nouns().is_noun(tok.norm) or lemma is not None and nouns().kind(lemma) == "person"

    def _team_shaped(self, words: list[Token], prev: Token | None, k: int) -> bool:
        """A team or band: "the" or a body's possessive ("the NBA's") and a name ending in the
        plural of a common noun ("the Philadelphia Eagles", "the Rolling Stones", "the NBA's
        Charlotte Bobcats"); no person's name takes "the", nor starts with a given name unless
        it is a town's too ("Charlotte", "Orlando")."""
        if len(words) < 2 or prev is None or not (
                prev.norm == "the" and joinable(prev, words[0]) or _body_possessive(prev) and words[0].gap == " "):
            return False
        last = words[-1].norm
        lemma = nouns().lemma(last)
        first = words[0].norm
        if first in gendered_given_names() and first not in _PLACES_ALSO_GIVEN:
            return False
        if lemma is not None:
            return lemma != last
        # a plural the lexicon does not know ("Bobcats", "Raptors") after a town's name
        return (len(words) == 2 and last.endswith("s") and not last.endswith(("ss", "us", "is"))
                and (first in _PLACES_ALSO_GIVEN or self._known_place_word(k)))

    def _given_name_first(self, words: list[Token], wide: bool = False) -> bool:
        """Two or three capitalised words, past initials, led by a given name that names a
        man or a woman (first_names.json; wide: or any given name, given_names.tsv) and followed
        by no closed-class word."""
        names = [w for w in words if len(w.norm) > 1]  # past initials ("W.")
        return (
            2 <= len(names) <= 3
            # (the given name first: two lookups turn most names away before the word-by-word tests)
            and (names[0].norm in gendered_given_names() or wide and names[0].norm in wide_given_names())
            and not any(w.text.isupper() for w in names)
            and all(w.cap and w.norm not in CLOSED_CLASS for w in names)
            and all(w.gap in (" ", ". ") for w in words[1:])
            and len(words[-1].norm) > 1  # never "Bettie Page T-shirts"
        )

    def _surname_shaped(self, tok: Token) -> bool:
        """A word that may be a surname: no common noun but a person's ("Byrd", "Smith"; not "Set")."""
        lemma = nouns().lemma(tok.norm)
        return (lemma is not None and nouns().kind(lemma) == "person") or not self.lex.is_common(tok.norm, self.settings.surname_zipf)

    def _given_name_and_feature(self, k: int, m: int) -> bool:
        """Tokens k..m are a common given name and a natural feature's word ("Michael Bay", "Ricki
        Lake"): a person's name as often as a place's ("Montego Bay" opens with no given name);
        a title before it or a speech verb after it tells the person."""
        tokens = self.tokens
        return m - k == 2 and tokens[k].norm in gendered_given_names() and tokens[k + 1].norm in self.lex.natural_features \
            and tokens[k + 1].gap == " "

    def _person_context(self, m: int) -> bool:
        """What follows a name marks a person: a speech verb, or an apposition/relative clause."""
        if m >= len(self.tokens):
            return False
        nxt = self.tokens[m]
        if nxt.gap == " " and nxt.norm in _SPEECH_AFTER_NAME:
            return True
        return nxt.gap.strip() == "," and nxt.norm in ("who", "a", "an") and not nxt.cap

    def _drop_surnames_of_another_gender(self, raw: list[Entity], full: dict[str, Entity],
                                         surnames: dict[str, str | None]) -> None:
        """A surname the text also uses for someone of the other gender than the one person it
        names in full with it ("Laci Peterson" ... "Peterson was found guilty of murdering his
        wife") is nobody's: the reader cannot tell which mentions are hers."""
        candidates = [e for e in raw if e.via == "name" and e.key not in full and " " not in e.key
                      and e.kind in ("person", "other") and surnames.get(e.key)]
        if not candidates:
            return
        at = self._token_index()
        for e in candidates:
            target = surnames.get(e.key)
            k = at.get(e.start)
            if not target or k is None:
                continue
            gender = gendered_given_names().get(target.split()[0])
            last = self._token_ending_at(full[target].end) if gender is None else None
            if last is not None:
                gender = self._gender_after(last + 1)  # "Laci Peterson ... her home"
            if gender is None:
                continue
            if self.tokens[k].possessive:
                continue  # "Palin's pastor said he": the pronoun is the pastor's
            told = surname_gender(self.tokens, k)
            if told is not None and told != gender:
                surnames[e.key] = None

    def _gender_after(self, m: int) -> str | None:
        return gender_after(self.tokens, m)

    def _pronoun_after(self, m: int) -> str | None:
        """What the first personal pronoun of the rest of the sentence says the subject is:
        "he", "she", "his", "her" a person, "it", "its" an organisation."""
        for tok in self.tokens[m : m + _PRONOUN_WINDOW]:
            if tok.initial and tok is not self.tokens[m]:
                return None
            if tok.norm in _PERSONAL_PRONOUNS:
                return "person"
            if tok.norm in ("it", "its"):
                return "organisation"
        return None

    def _head_kind(self, norm: str) -> str | None:
        """The kind of the name heads that hold norm ("Ministry", "Strait", "War"): the first
        of _HEAD_KIND_ORDER, read in one dictionary built once per lexicon."""
        return self.look.head_kinds.get(norm)

    def _residual(self, k: int, m: int, titled: bool) -> Entity | None:
        tokens = self.tokens
        while k < m and not tokens[k].cap and not (
            tokens[k].norm in _ANY_PARTICLES and tokens[k + 1].gap == "-"
        ):
            k += 1  # a name never starts or ends with a link word (but may with "al-")
        while m > k and not tokens[m - 1].cap and tokens[m - 1].norm not in self._team_numbers and not (
                m - 1 > k + 1 and tokens[m - 1].gap == "-" and tokens[m - 2].cap and len(tokens[m - 2].text) > 1):  # "the Re-election"
            m -= 1
        if m - k > 1 and len(tokens[m - 1].norm) == 1 and m < len(tokens) and tokens[m].gap == "-" and not tokens[m].cap:
            m -= 1  # "Bettie Page T-shirts": the letter belongs to the word after it
        if k >= m:
            return None
        words = tokens[k:m]
        if len(words) == 1 and (words[0].norm in _CALENDAR or words[0].norm in CLOSED_CLASS):
            return None
        if len(words) == 1 and "'" in words[0].norm:
            return None  # "I'm", "It's"
        if len(words) > 1 and self._function_words_only(words):
            return None  # "We're On It": a slogan's words in title case
        if len(words) == 1 and len(words[0].text) == 1:
            return None  # "I", initials on their own
        if len(words) == 1 and words[0].gap == "-" and k > 0 and not tokens[k - 1].cap and tokens[k - 1].norm.isalpha() \
                and words[0].norm.endswith(("ism", "isms")):
            return None  # "anti-Semitism", "anti-Americanism": a doctrine's noun made with a prefix, no name
        if len(words) == 1 and len(words[0].text) > 2 and words[0].text[:-1].isupper() and words[0].text[-1] == "s":
            return None  # "IMs", "SUVs": the plural of an abbreviation names things of a kind, no one
        first = words[0].text
        if len(words) == 1 and words[0].gap == "-" and k > 0 and tokens[k - 1].text.isdigit():
            return None  # "call 877-LAPD-24-7": letters dialled in a phone number
        if len(words) == 1 and not first.isalpha() and _CURRENCY_AMOUNT.match(first):
            return None  # "Dh472", "Rs500": a sum of money in a currency's short form, no name
        if len(words) == 1 and first in _TIME_ZONES:
            return None  # "12:00 GMT", "3 p.m. EDT": a time zone, in capitals
        if len(words) == 1 and words[0].norm in _NUMBERED_PARTS and m < len(tokens) and tokens[m].gap == " " \
                and tokens[m].norm.isdigit():
            return None  # "in Week 11", "Game 7": a numbered part of a season or a series, no name
        if first.isupper() and self._line_in_capitals(k, m) and all(
                w.text.isupper() and len(w.norm) >= 4 and w.norm not in self.titlecase and w.norm not in gendered_given_names()
                and self.lex.is_common(w.norm, self.settings.sentence_case_zipf) for w in words):
            # a subheading set in capitals ("BIGGEST PROTEST", "VOLATILE BORDER"): words, no
            # abbreviation; a word the text writes as a name elsewhere, or a given name (a byline
            # in capitals), keeps it a name
            return None
        if len(words) == 2 and not titled and self._class_in_capitals(words, k, m):
            return None  # "a priceless Old Master", "a Great Dane": one of a class of things, no name
        while k < m and self._unit_after_number(k):
            k += 1  # "2.93 GHz", "1066 MHz DDR3": a unit of measure, no name
            words = tokens[k:m]
        if k >= m:
            return None
        # "Bank of England": the head is the word before "of", else the last word.
        link = next((x for x in range(1, len(words)) if words[x].norm in _NAME_LINKS), len(words))
        if link == len(words) > 1 and _ROMAN_NUMERAL.fullmatch(words[-1].text):
            link -= 1  # "World War II", "Super Bowl XLIII": the numeral counts, the word before is the head
        head_kind = self._head_kind(words[link - 1].norm) or (self._head_kind(words[-1].norm) if link < len(words) else None)
        if head_kind is None and 1 <= link < len(words) and words[link].norm == "of" and self._body_noun(words[link - 1].norm):
            head_kind = "organisation"  # "the Government of Jordan": a body of the place, no place ("the Horn of Africa")
        saint = head_kind is None and len(words) > 1 and _PLACE_ABBREVIATIONS.get(words[0].norm, words[0].norm) in _SAINT_PREFIXES
        if saint and len(words) > 2 and _PLACE_ABBREVIATIONS.get(words[0].norm) == "saint" and (
                words[1].norm in gendered_given_names() or words[1].norm in wide_given_names()):
            # "St. Katharine Drexel", "St. John Neumann": a saint's given name and surname; "St.
            # Louis Cardinals", a plural noun last, a team of the saint's town
            last = words[-1].norm
            team = self._plural_noun(last) or (last.endswith("s") and self.lex.is_common(last[:-1], self.settings.sentence_case_zipf)
                                               and last[:-1] not in gendered_given_names())
            kind = "organisation" if team else "person"
            if words[-1].norm in _FEAST_HEADS and words[-2].possessive:
                kind = "other"  # "St Patrick's Day": the saint's feast, no person
            return self._mention(k, m, kind, self._span_text(k, m), "name")
        if saint and len(words) == 2 and not titled and not self._person_context(m) and not words[-1].possessive:
            head_kind = "place"  # "St. Louis", "San Francisco": a town named after a saint
        if head_kind is None and link == 1 and len(words) > 2 and words[1].norm == "of" and self._feature_of_place(k, k + 1, k + 2):
            head_kind = "place"  # "the Horn of Africa": a part of the known place
        if head_kind is None and len(words) > 1 and _PLACE_ABBREVIATIONS.get(words[0].norm, words[0].norm) in _PLACE_PREFIXES:
            head_kind = "place"  # "Port Alvik", "Fort Smith", "Ft. Lauderdale"
        if head_kind is None and len(words) == 2 and words[0].norm in _COMPASS_PREFIXES and not self.lex.is_common(words[1].norm):
            head_kind = "place"  # "South Kordofan", "Western Equatoria" (not "North Face")
        prev = tokens[k - 1] if k > 0 else None
        country = self._country_formally(k, m)
        if country is not None:
            return self._mention(k, m, "place", country, "name")
        unshown = False
        if len(words) > 1 and words[-1].norm in _STREET_ABBREVIATIONS and not titled and not words[-1].text.isupper():
            # "Pitkin Ave.", "Sunset Blvd.": a street, keyed as written in full
            full = [w.text for w in words[:-1]] + [_STREET_ABBREVIATIONS[words[-1].norm]]
            return self._mention(k, m, "place", self._span_text(k, m), "name", key=name_key(" ".join(full)))
        if len(words) > 1 and words[0].norm in _STORM_PREFIXES and head_kind is None:
            # "Hurricane Georges", "Typhoon Haiyan": a storm, never a person; "Hurricanes
            # Katrina and Rita" names Hurricane Katrina
            single = words[0].norm.removesuffix("s")
            first = single if single in _STORM_PREFIXES else words[0].norm
            return self._mention(k, m, "event", self._span_text(k, m), "name",
                                 key=name_key(" ".join([first, *(w.text for w in words[1:])])))
        elif name_key(self._span_text(k, m)) in region_keys() and not titled:
            kind = "place"  # a state or province written alone: "Oregon", "Ontario"
        elif self._title_in_capitals(k, m):
            kind = "other"  # "the film NEW MOON", "in NEW MOON": a work's title in capitals, no place
        elif len(words) > 1 and words[0].text in _SHIP_PREFIXES:
            kind = "other"  # a ship ("INS Mysore"), never a person
        elif self._team_numbers and any(w.norm in self._team_numbers for w in words):
            kind = "organisation"  # "Philadelphia 76ers"
        elif head_kind == "place" and self._given_name_and_feature(k, m) and (titled or self._person_context(m)):
            kind = "person"  # "Michael Bay said", "The director Ricki Lake": a given name and a feature's word
        elif head_kind and len(words) > 1:
            kind = head_kind
        elif self._team_shaped(words, prev, k):
            kind = "organisation"  # "the Philadelphia Eagles", "the Los Angeles Angels"
        elif not titled and self._appositive_body(m):
            kind = "organisation"  # "Vellamy, a Dutch packaged-food company,": the appositive's head types it
        elif (not titled and prev is not None and not prev.cap and prev.norm in _VESSEL_NOUNS and joinable(prev, words[0])
              and not prev.possessive):
            kind = "other"  # "the container ship Margit Sol", "the tanker Ruth Lane": a vessel, no person
        elif not titled and any(self._joined_words(w) for w in words):
            kind = "other"  # "Oracle OpenWorld", "PlayStation": a brand's or an event's, no person's
        elif titled:
            kind = "person"
        elif prev is not None and not prev.cap and prev.norm in _ORG_NOUNS and joinable(prev, words[0]):
            kind = "organisation"  # "broadcaster TVnet", "the rights group Civic Witness"
        elif (m < len(tokens) and not titled and prev is not None and prev.norm == "the" and not prev.cap
              and not tokens[m].cap and tokens[m].norm in _BUSINESS_NOUNS_AFTER and joinable(words[-1], tokens[m])
              and not self._given_name_first(words, wide=True)):
            kind = "organisation"  # "the Marfin bank", "the Trustworthy Computing group": the noun after says what it is
        elif self._place_noun_after(m):
            kind = "place"  # "Pariang county", "Unity state": the noun after says what it is
            self.place_keys.add(name_key(self._span_text(k, m)))
        elif self._place_context(k) and not (len(words) == 1 and self._modifies_noun(m)) and not self._person_noun_last(words) \
                and not self._version_after(m) \
                and not (words[-1].possessive and (self._given_name_first(words) or self._maker_of_a_work(m))):  # "in Hugh Hefner's new magazine"
            kind = "place"  # "near Qasr al-Nour", "the town of Qasr al-Nour"
            self.place_keys.add(name_key(self._span_text(k, m)))
            self.context_places.add(name_key(self._span_text(k, m)))
        elif self._owner_after_of(k):
            kind = "other"  # "analyst Tom Reeve of Harlow Maritime", "president of the X Chamber"
        elif len(words) > 1 and not self._given_name_first(words) and self._definite_name(k, m):
            # "down the Champs Elysees", "the Matanuska Maid": no person's name takes "the"
            kind = "place" if self._place_before_the(k) else "other"
        elif self._name_shaped(words) and self._person_context(m):
            # "Barack Obama said", "Daniel Anthony, an economist", "Mary Smith, who"; but
            # "Texas Instruments said" is a company
            kind = self._not_a_persons(words, k, m) or "person"
        elif self._name_shaped(words) and all(
            w.norm in PARTICLES or self.lex.zipf(w.norm) < self.settings.person_word_zipf
            for w in words
        ):
            kind = self._not_a_persons(words, k, m) or ("other" if self._target_of_an_action(words, k, m) else "person")
            unshown = kind == "person"  # rare words alone: asked below whether the text shows a person
        elif self._given_name_first(words):
            kind = "person"  # "Mark Felt", "W. Mark Felt": common words, but a given name leads
        elif (self._given_name_first(words, wide=True) and not self._known_place_word(k)
              and words[0].norm not in _PLACES_ALSO_GIVEN and self._surname_shaped(words[-1])):
            # "Chris Byrd": a given name of either sex leads, no place of that name, and a word
            # that is no common noun of things ends it (never "Mac Box Set")
            kind = "person"
        elif self._dateline(k, m):
            kind = "place"  # "ALVIK, June 2 (WNA) - Dock workers ...": where the story was filed
        elif len(words) == 1 and words[0].text.isupper() and len(words[0].text) > 1:
            # "NATO", "FBI"; but "DDR3", "L2": a letter code with a figure names a model or a
            # standard, and "a USB drive", "an HDD", "the CPU upgrade" a thing
            thing = any(ch.isdigit() for ch in words[0].text) or self._acronym_of_a_thing(k, m) \
                or self._common_noun_in_capitals(words[0].text, k) or self._thing_unless_a_body(words[0].text, k, m)
            kind = "other" if thing else "organisation"
        elif len(words) <= 3 and k >= 2 and tokens[k - 1].norm == "old" and tokens[k - 1].gap == "-" \
                and tokens[k - 2].norm in ("year", "years") and not words[0].text.isupper() and not self._modifies_noun(m) \
                and not self._known_place_word(k):
            # "17-year-old Kristian": an age before a name is a person's (but "a 66-year-old
            # Burnsville woman": the name describes the noun after it)
            kind = "person"
        elif len(words) == 1 and self._named_relative(k):
            kind = "person"  # "his wife, Celeste,", "her son Jacob": a relative's given name
        elif len(words) == 1 and not words[0].initial and self._person_context(m):
            # "Medvedev said", "Trump said he": a person; "Apple said its": an organisation
            kind = self._pronoun_after(m) or "person"
            if kind == "person" and self._pronoun_after(m) is None and not self._person_evidence(words[0], m):
                if self._voice_of_a_body(k):
                    kind = "organisation"  # "a statement from Waitrose said": a body speaks through it
                else:
                    self._said_only.add(self.tokens[k].start)  # "Mozilla said": a person only if the text shows one
        else:
            kind = "other"
        if kind == "person" and len(words) > 2 and words[0].norm == "the" and not words[0].initial:
            kind = "other"  # "the 2005 film The Notorious Bettie Page": a work's title; no person takes "The"
        if kind == "person" and (len(words) > 1 and words[0].norm in _OTHER_LANGUAGE_ARTICLES or (
                prev is not None and not prev.cap and prev.norm in _ARTICLES_BEFORE_NOUNS and not self._given_name_first(words, wide=True))):
            kind = "other"  # "Der Kita Streik", "wegen dem Kita Streik": a German noun phrase, no person's name
        if kind == "person" and not titled and self._words_of_a_thing(words, k):
            kind = "other"  # "Conservation Advocacy said", "at Virginia Tech": no person's name
        if kind == "person" and not titled and (self._model_year_before(k) or self._new_model_before(k, m)
                                                or self._model_number_after(m)):
            kind = "other"  # "a gray 2013 Toyota Camry", "a new Mac Mini": a model, no person
        elif kind == "person" and not titled and self._product_named(words, k, m):
            kind = "other"  # "the car Delmont Arrow", "the BlackBerry Curve 8900": a product, no person
            self._products.add(name_key(self._span_text(k, m)))
        if kind == "person" and not titled and len(words) > 1 and words[-1].norm in _PLURAL_BODY_HEADS \
                and words[0].norm not in gendered_given_names() and self._pronoun_after(m) != "person":
            # "Arbor Networks", "Taunton Deane Magistrates": a plural noun of firms or courts ends
            # the name, no person's (unless a given name leads or "he" follows; "it" agrees)
            kind = "organisation"
        if kind == "person" and not titled and not words[-1].possessive:
            kind = self._institution_after(m) or kind  # "a trip to Walter Reed hospital": the hospital, no person
            if kind == "person" and self._settlement_after(m) and not self._given_name_first(words, wide=True):
                kind = "place"  # "the Gush Etzion settlement bloc": two rare words before a settlement's noun
        if kind == "place" and len(words) > 1 and words[-1].norm == "state" and self._college_before(k) and not self._modifies_noun(m):
            kind = "organisation"  # "a three-time MVP at Elm State": a college named after a state, no place
        if kind == "person" and unshown and self._no_person_shown(words, k, m):
            kind = "other"  # "tests by Pixel Forge", "the recommended Beamcast Ultra": no person shown
        if kind in ("person", "place", "other") and not titled and self._sequel_number_after(words, m, head_kind):
            # "in Iron Valley 2", "the Iron Valley 2 port": a game's or a device's number in its
            # name, no place's and no person's
            return self._mention(k, m + 1, "other", self._span_text(k, m + 1), "name")
        if kind == "place" and m == k + 1 and words[0].text in _STATE_BY_CODE:
            # "a serious problem in SD": a state's postal code standing for a place is the state
            # itself, the same mention as its name written in full
            return self._mention(k, m, kind, self._span_text(k, m), "name", key=name_key(_STATE_BY_CODE[words[0].text]))
        return self._mention(k, m, kind, self._span_text(k, m), "name")

    def _college_before(self, k: int) -> bool:
        """The words before token k that a college's name follows, not a state's ("at",
        "attended", "a product of"; entities.json state_college_cues)."""
        tokens = self.tokens
        if k == 0 or tokens[k - 1].cap or not joinable(tokens[k - 1], tokens[k]):
            return False
        prev = tokens[k - 1].norm
        if prev in _STATE_COLLEGE_CUES["before"]:
            return True
        return prev == "of" and k >= 2 and not tokens[k - 2].cap and tokens[k - 2].norm in _STATE_COLLEGE_CUES["before_of"]

    def _institution_after(self, m: int) -> str | None:
        """The kind of the lower-case noun of an institution or a building right after a name at
        token m, perhaps after one modifier ("Walter Reed hospital", "John Wayne international
        airport"): the place or body named after the person (entities.json), else None."""
        tokens = self.tokens
        x = m
        if x < len(tokens) and tokens[x].norm in _INSTITUTION_MODIFIERS and not tokens[x].cap and tokens[x].gap == " ":
            x += 1
        if x >= len(tokens) or tokens[x].cap or tokens[x].gap != " " or tokens[x].norm not in _INSTITUTION_NOUNS:
            return None
        if x + 1 < len(tokens) and tokens[x + 1].gap == "-":
            return None  # "a Tom Rell school-run": a word made with the noun
        return self._head_kind(tokens[x].norm) or ("place" if tokens[x].norm in _FACILITY_HEADS else "organisation")

    def _portfolio_before_name(self, k: int, j: int) -> int:
        """Where the person's name starts in a run k..j that follows a title's "of" or "for"
        ("Secretary of Trade Ivo Brandt", "Secretary of the Interior Lia Sand", "Minister for Rural
        Affairs Dan Rell"): the portfolio's capitalised
        words, then a given name and one or two more words; 0 when the run is no such thing (a
        known name right after "of" is read as ever: "Secretary of State Mike Pompeo"). Only after
        an office's title (entities.json portfolio_titles): "CEO of Apple Tim Cook" is another cut."""
        tokens = self.tokens
        x = k - 1
        if x >= 0 and tokens[x].norm == "the" and not tokens[x].cap:
            x -= 1
        if x < 1 or tokens[x].norm not in ("of", "for") or tokens[x].cap or not tokens[x - 1].cap \
                or tokens[x - 1].norm not in _PORTFOLIO_TITLES:
            return 0
        if not all(t.gap == " " and t.cap and not t.text.isupper() for t in tokens[k:j]):
            return 0
        common = self.settings.sentence_case_zipf
        for g in range(max(k + 1, j - 3), j - 1):
            before = tokens[k:g]
            if any(self._any_given_name(t.norm) for t in before):
                return 0
            # a given name opens the name; or the portfolio's common words end at a rare one
            if self._any_given_name(tokens[g].norm) or (
                    not self.lex.is_common(tokens[g].norm, common) and all(self.lex.is_common(t.norm, common) for t in before)):
                return g
        return 0

    @staticmethod
    def _any_given_name(norm: str) -> bool:
        return norm in gendered_given_names() or norm in wide_given_names()

    def _settlement_after(self, m: int) -> bool:
        """Whether a lower-case noun of a settlement follows the name ending before token m
        ("the Gush Etzion settlement bloc", "the Ein Dalla village"; entities.json)."""
        tokens = self.tokens
        return m < len(tokens) and not tokens[m].cap and tokens[m].gap == " " and tokens[m].norm in _SETTLEMENT_NOUNS

    def _appositive_body(self, m: int) -> bool:
        """A name followed by an appositive whose head noun is a firm's or a club's ("Vellamy, a
        Dutch packaged-food company,", "Kestrin, the Swiss bank, said"): the head is the last word
        before the appositive ends (a comma, a stop, "that", "of", "based"); "Anna Berg, a bank
        clerk," has its head "clerk", a person's."""
        tokens = self.tokens
        if m >= len(tokens) or tokens[m].gap.strip() != "," or tokens[m].norm not in ("a", "an", "the") or tokens[m].cap:
            return False
        head = None
        for x in range(m + 1, min(m + 8, len(tokens))):
            tok = tokens[x]
            if tok.gap not in (" ", "-") or tok.norm in _APPOSITIVE_STOPS:
                break
            head = tok
        else:
            return False  # a long phrase with no end in sight: no clear head
        return head is not None and not head.cap and not head.possessive and head.norm in _APPOSITIVE_BODY_HEADS

    def _model_year_before(self, k: int) -> bool:
        """A year right before token k, after an article or a lower-case describing word ("a 2013
        Toyota Camry", "a gray 2010 Ford Focus"): a model of that year; never after a preposition
        ("in 2013 John Smith won")."""
        tokens = self.tokens
        if k < 2 or tokens[k].gap != " " or tokens[k - 1].gap != " ":
            return False
        year, before = tokens[k - 1], tokens[k - 2]
        if not (len(year.text) == 4 and year.text.isdigit() and year.text[:2] in ("19", "20")):
            return False
        return not before.cap and before.norm.isalpha() and (
            before.norm in _THING_DETERMINERS or before.norm == "the" or before.norm not in CLOSED_CLASS)

    def _designation_at(self, i: int) -> bool:
        """A short word in capitals (or with a capital inside) joined by a hyphen to a number, or
        by a space when a noun of a made thing follows: a model's or a type's designation ("AK-47",
        "F-16", "MiG-29", "AK 47 guns"), unless the word is a known name ("COVID-19" stays the
        gazetteer's)."""
        tokens = self.tokens
        word = tokens[i].text
        if i + 1 >= len(tokens) or not tokens[i + 1].norm.isdigit() or len(tokens[i + 1].norm) > 4 \
                or len(word) > 5 or not word.isalpha() or not (word.isupper() or any(c.isupper() for c in word[1:])):
            return False  # (most names: no figure after them)
        if tokens[i].gap == "-" or i + 2 < len(tokens) and tokens[i + 2].gap == "-":
            return False  # inside a longer code ("877-LAPD-24-7": a phone number)
        spaced = (tokens[i + 1].gap == " " and i + 2 < len(tokens) and tokens[i + 2].gap == " "
                  and not tokens[i + 2].cap and nouns().first_sense(tokens[i + 2].norm) == "artifact")  # "AK 47 rifles", never "FBI 10 days"
        return (tokens[i + 1].gap == "-" or spaced) and not self.look.gazetteer.match_at(tokens, i)

    def _model_number_after(self, m: int) -> bool:
        """A number and a noun of a product line right after the name ("the Halden Comfort 200
        model", "a Ford Focus 2000 model"): a model, no person ("Smith 2 goals" has no such noun)."""
        tokens = self.tokens
        return (m + 1 < len(tokens) and tokens[m].gap == " " and tokens[m].norm.isdigit()
                and tokens[m + 1].gap == " " and tokens[m + 1].norm in _MODEL_NOUNS)

    def _product_named(self, words: list[Token], k: int, m: int) -> bool:
        """A product's or a model's name, no person's: after a determiner and a lower-case noun
        of a made thing ("the car Delmont Arrow", "the phone Orbit X2"; the noun lexicon's first
        sense an artifact, none of its first two a person); a name of two words or more led by no given
        name, after "a" / "an" ("He drove a Delmont Arrow": no one is "a Jane Doe" but in a
        figure of speech) or with a figure or a model noun right after it ("the BlackBerry Curve
        8900", "the Delmont Arrow model")."""
        tokens = self.tokens
        prev = tokens[k - 1] if k > 0 else None
        if prev is not None and not prev.cap and not prev.possessive and joinable(prev, tokens[k]) and prev.norm.isalpha() \
                and k >= 2 and tokens[k - 2].norm in _OBJECT_OPENERS and joinable(tokens[k - 2], prev):
            lex = nouns()  # ("the car X", "his phone X": a noun after a determiner; never "stopping X")
            senses = lex.kinds.get(lex.lemma(prev.norm) or prev.norm, ())[:2]
            if senses and senses[0] == "artifact" and "person" not in senses:
                return True
        if self._given_name_first(words, wide=True) or words[0].norm in wide_given_names():
            return False
        if len(words) > 1 and prev is not None and prev.norm in ("a", "an") and not prev.cap and joinable(prev, tokens[k]) \
                and not self._modifies_noun(m):
            return True  # (not "an Al Gore protagonist", "a Pittsburgh Steelers loss": the name describes the noun)
        if m < len(tokens) and tokens[m].gap == " " and not tokens[m].cap and (
                tokens[m].norm in _MODEL_NOUNS or tokens[m].norm.isdigit() and len(tokens[m].norm) >= 2):
            return prev is not None and prev.norm in ("the", "a", "an") or tokens[m].norm in _MODEL_NOUNS
        return False

    def _new_model_before(self, k: int, m: int) -> bool:
        """An article and "new" right before a name that heads its phrase ("a new Mac Mini
        launching", "the new Curve will", "the brand-new MacBook Pros"): a product or a model,
        since no person is "a new X"; but "the new Baz Luhrmann film" names the maker of the
        work after the name (resources/terms/entities.json work_cues)."""
        tokens = self.tokens
        j = k - 1
        if j < 1 or tokens[j].norm != "new" or tokens[k].gap != " ":
            return False
        if tokens[j - 1].norm == "brand" and "-" in tokens[j].gap:
            j -= 1
        if j < 1 or tokens[j - 1].norm not in ("a", "an", "the") or tokens[j].gap != " " and "-" not in tokens[j].gap:
            return False
        after = [t.norm for t in tokens[m : m + 2] if not t.cap and t.gap == " "]
        return not any(w in _WORK_CUES for w in after)

    def _country_formally(self, k: int, m: int) -> str | None:
        """The country a formal name at tokens k..m-1 names ("Republic of South Sudan", "Kingdom
        of Saudi Arabia": a head of entities.json country_formal_heads, "of" and the country's
        name), else None."""
        tokens = self.tokens
        h = k
        if m - k >= 4 and tokens[k + 1].norm in _COUNTRY_FORMAL_HEADS and tokens[k].norm not in self.look.title_words \
                and not self.look.gazetteer.match_at(tokens, k):
            h = k + 1  # one word that qualifies the form of state: "Islamic Republic of Iran", "Federal Republic of Germany"
        if m - h < 3 or tokens[h].norm not in _COUNTRY_FORMAL_HEADS or tokens[h + 1].norm != "of":
            return None
        hit = self.look.gazetteer.match_at(tokens, h + 2, m)
        if not hit or h + 2 + hit[0] != m:
            return None
        kind, canonical, via = hit[1]
        return canonical if kind == "place" and via == "name" and canonical in self._country_names() else None

    def _common_words(self, a: int, j: int) -> bool:
        """Tokens a..j-1 (at least one) are capitalised common English words after a space: no
        title ("Prime Minister"), no known name, no given name; in capitals only when the word
        before them is too ("AMERICAN PIE", as a companion text's "American Pie")."""
        tokens = self.tokens
        capitals = a > 0 and tokens[a - 1].text.isupper() and len(tokens[a - 1].text) > 1
        return a < j and all(
            t.cap and t.gap == " " and t.text.isupper() == capitals and self.lex.is_common(t.norm)
            and t.norm not in self.look.title_words and t.norm not in gendered_given_names()
            and not self.look.gazetteer.match_at(tokens, x) and t.norm not in _CALENDAR and t.norm not in region_keys()
            for x, t in enumerate(tokens[a:j], a))

    def _titles_and_titles(self, i: int, j: int) -> int | None:
        """The index of a lower-case "and" inside a run of capitals in running text with words in
        capitals on both sides ("AMERICAN PIE and IN GOOD COMPANY"): two titles, not one name."""
        tokens = self.tokens
        for x in range(i + 1, j - 1):
            if tokens[x].norm == "and" and not tokens[x].cap:
                left, right = tokens[i:x], tokens[x + 1 : j]
                if all(t.text.isupper() and len(t.text) > 1 for t in left + right):
                    return x
        return None

    def _title_in_capitals(self, k: int, m: int) -> bool:
        """A name set wholly in capitals inside running text whose words are common English
        words, none a noun of a group or a place: a work's title as press releases write them
        ("the film, NEW MOON,", "the TWILIGHT franchise"), no place or body. A single word must
        be a long one: "NATO", "FBI", "DNA" are abbreviations. A line in capitals (a headline, a
        dateline) and known names ("NEW YORK") are read elsewhere."""
        tokens = self.tokens
        if k >= m or not tokens[k].text.isupper():
            return False  # (as below, read on the first word alone: most names are no capitals)
        words = [t for t in tokens[k:m] if t.norm not in _TITLE_SMALL_WORDS]
        if not words or not all(t.text.isupper() and len(t.text) > 1 and t.text.isalpha() for t in tokens[k:m]):
            return False
        if len(words) == 1 and len(words[0].norm) < 5:
            return False
        known = self.look.gazetteer.match_at(tokens, k)
        if self._line_in_capitals(k, m) or self._dateline(k, m) or known and (
                k + known[0] >= m or len(words) < 2 or known[1][2] != "demonym"):
            return False  # "NEW YORK", "BBC ONE"; but "AMERICAN PIE" is more than the adjective it opens with
        if all(t.norm in self.titlecase for t in words):
            return False  # the text writes these words as a name elsewhere: read as that name
        # "IN GOOD COMPANY": a run of capitals after a small word in capitals is a title; no
        # body's or place's name opens with "IN"
        after_small = tokens[k].norm in _TITLE_SMALL_WORDS or (
            k > 0 and tokens[k - 1].text.isupper() and tokens[k - 1].norm in _TITLE_SMALL_WORDS and tokens[k].gap == " ")
        lex = nouns()
        for t in words:
            if self.lex.zipf(t.norm) < self.settings.caps_title_zipf:
                return False
            kinds = lex.kinds.get(lex.lemma(t.norm) or t.norm, ())
            if kinds and REFERENT_KINDS.get(kinds[0]) in ("organisation", "place") and not after_small:
                return False
        return True

    def _acronym_of_a_thing(self, k: int, m: int) -> bool:
        """An abbreviation in capitals that names a kind of thing, not a body: after "a" / "an"
        (no organisation takes the indefinite article: "a USB drive", "an HDD") or before a noun
        of things (its first two senses neither people nor a group nor a place: "the CPU
        upgrade", "the DRM scheme"; never "SPLA troops", "FBI agents"). The text's own
        expansion ("Digital Rights Management (DRM)") types it afterwards, as every alias."""
        tokens = self.tokens
        # "a USB drive"; "his DNA", "her MRI": no body takes the indefinite article or a possessive pronoun
        indefinite = k > 0 and tokens[k - 1].norm in _THING_DETERMINERS and not tokens[k - 1].cap and joinable(tokens[k - 1], tokens[k])
        if not self._modifies_noun(m):
            return indefinite or self._determiner_before_modifiers(k, m)
        lex = nouns()
        lemma = lex.lemma(tokens[m].norm) or tokens[m].norm
        kinds = lex.kinds.get(lemma, ())[:2]
        if any(REFERENT_KINDS.get(x) in ("person", "organisation", "place") for x in kinds):
            return False  # "an SPLA soldier", "FBI agents": a body's people
        return indefinite or bool(kinds)

    @staticmethod
    def _body_noun(norm: str) -> bool:
        """A common noun whose first sense is a body of people ("government", "militia"; the
        noun lexicon's group kind): the head of a body's name before "of"."""
        lex = nouns()
        return lex.kind(lex.lemma(norm) or norm) == "organisation"

    def _common_noun_in_capitals(self, text: str, k: int) -> bool:
        """An abbreviation English uses as a common noun of a thing ("live on TV", "the DNA
        matched", "8 GB": entities.json thing_abbreviations), no body's name; a name the
        gazetteer knows keeps its kind."""
        return text in _THING_ABBREVIATIONS and not self.look.gazetteer.match_at(self.tokens, k)

    def _thing_unless_a_body(self, text: str, k: int, m: int) -> bool:
        """An abbreviation that names a thing and a body ("CCTV": camera footage, or China's
        broadcaster; "AI": artificial intelligence, or Amnesty; entities.json
        thing_or_body_abbreviations) is the thing unless the words around it show the body: a
        place's possessive or its adjective before it ("China's CCTV", "Chinese CCTV"), a
        compound of control ("state-run CCTV") or a speech verb after it ("CCTV reported"). A noun
        of a body before it ("state broadcaster CCTV") types it before this is asked."""
        if text not in _THING_OR_BODY_ABBREVIATIONS:
            return False
        tokens = self.tokens
        if self._person_context(m) and tokens[m].gap == " ":
            return False  # "CCTV reported", "AI said"
        if k == 0 or tokens[k].gap != " ":
            return True
        if tokens[k - 1].gap == "-" and tokens[k - 1].norm in _CONTROL_COMPOUNDS:
            return False  # "state-run CCTV"
        x = k - 1
        while x > 0 and x > k - 4 and tokens[x - 1].cap and tokens[x].gap == " " and not tokens[x - 1].possessive:
            x -= 1  # the first word of a name before it ("South Korea's")
        for start in range(x, k):
            hit = self.look.gazetteer.match_at(tokens, start, k)
            if hit and start + hit[0] == k and hit[1][0] in ("place", "group"):
                return False
        return True

    def _determiner_before_modifiers(self, k: int, m: int) -> bool:
        """"a" / "an" / "his" before lower-case modifiers right before token k, whose name ends
        its noun phrase at m ("a three-time team MVP in college", "his first league MVP."): an
        award or a thing, no body ("a 15-year NBA career": the determiner is the noun's after)."""
        tokens = self.tokens
        if m < len(tokens) and tokens[m].gap == " " and not tokens[m].cap and tokens[m].norm not in CLOSED_CLASS:
            return False
        x = k - 1
        while x >= max(0, k - 4) and not tokens[x].cap and joinable(tokens[x], tokens[x + 1]) \
                and tokens[x].norm not in CLOSED_CLASS and not tokens[x].possessive:
            x -= 1
        if any(tokens[t].norm == "time" and tokens[t].gap == "-" and t > x + 1
               and (tokens[t - 1].norm.isdigit() or tokens[t - 1].norm in number_words()) for t in range(x + 1, k)):
            return True  # "and three-time team MVP": what one wins N times is an honour
        return x < k - 1 and x >= 0 and tokens[x].norm in _THING_DETERMINERS and not tokens[x].cap \
            and joinable(tokens[x], tokens[x + 1])

    def _line_in_capitals(self, k: int, m: int) -> bool:
        """Whether tokens k..m-1 stand on a line of their own set wholly in capitals (the rest
        of their line, before and after them, is in capitals). Read by binary search in two
        sorted lists built once per text at C speed (the tokens that open a line, those not in
        capitals), so that a page of capitals stays linear and a page with few such lines pays
        no pass in Python."""
        if self._line_starts is None:
            tokens, n = self.tokens, len(self.tokens)
            texts = token_column(tokens, "text")
            capitals = map(operator.or_, map(str.isupper, texts), map(str.isdigit, texts))  # _in_capitals
            self._line_starts = list(compress(range(n), map(operator.contains, token_column(tokens, "gap"), ["\n"] * n)))
            self._not_capitals = list(compress(range(n), map(operator.not_, capitals)))
        line_starts, lower = self._line_starts, self._not_capitals
        # the line holding k..m-1 runs from its opening token (0 for the first line) to the next
        # line's opening token (the text's end for the last line)
        x = bisect.bisect_right(line_starts, k) - 1
        first = line_starts[x] if x >= 0 else 0
        x = bisect.bisect_left(line_starts, m)
        last = line_starts[x] if x < len(line_starts) else len(self.tokens)
        # no token outside capitals in first..k-1 nor in m..last-1
        x = bisect.bisect_left(lower, first)
        if x < len(lower) and lower[x] < k:
            return False
        x = bisect.bisect_left(lower, m)
        return x == len(lower) or lower[x] >= last

    def _named_relative(self, k: int) -> bool:
        """A name right after "his / her / their" and a noun of people, with or without a comma
        ("his wife, Celeste", "her son Jacob"): that person's name."""
        tokens = self.tokens
        if k < 2 or tokens[k - 2].norm not in ("his", "her", "their") or tokens[k].gap.strip() not in ("", ","):
            return False
        noun, owner = tokens[k - 1], tokens[k - 2]
        if noun.cap or owner.cap and not owner.initial or owner.norm not in ("his", "her", "their"):
            return False
        return nouns().first_sense(noun.norm) == "person"

    def _person_noun_last(self, words: list[Token]) -> bool:
        """A name of common English words ending in a noun of people ("Internet Explorer",
        "Media Player"): a product's or a body's name, no place even after "in" ("Notre Dame"
        is a place: "Notre" is no English word)."""
        if len(words) < 2 or not all(self.lex.is_common(w.norm) for w in words[:-1]):
            return False
        lex = nouns()
        lemma = lex.lemma(words[-1].norm) or words[-1].norm
        if lemma != words[-1].norm:
            return False  # a plural: "in Las Vegas" ("vega" is a person's noun only as a name)
        return lex.kinds.get(lemma, ("",))[0] == "person"

    def _joined_words(self, tok: Token) -> bool:
        """Two English words written as one with a capital between ("OpenWorld", "PlayStation",
        "YouTube"): a brand's spelling. A surname's prefix is no English word ("McCarthy",
        "DeLay", "DiCaprio") or is one of the name prefixes ("MacArthur", "VanHorn")."""
        text = tok.text
        if text[3:].islower():
            return False  # no capital after the third letter: most words, told at C speed
        cut = next((p for p in range(3, len(text) - 1) if text[p].isupper() and text[p + 1].islower()), None)
        if cut is None or not text[1:cut].islower():
            return False
        prefix = text[:cut].casefold()
        return prefix not in _SURNAME_PREFIXES and self.lex.is_common(prefix) and self.lex.is_common(text[cut:].casefold())

    def _not_a_persons(self, words: list[Token], k: int, m: int) -> str | None:
        """The kind of a name shaped like a person's that is no person's, else None: one with a
        word in capitals ("Intel HD Graphics", "Nvidia GeForce GTX": a product's or a body's; a
        person's has initials, never an acronym), or one opening with a place that is no given
        name ("Texas Instruments", "Houston Rockets": an organisation when a plural noun ends it
        or a speech verb follows, else a thing named after the place)."""
        if any(len(w.text) > 1 and w.text.isupper() and w.norm not in _GENERATION_MARKS for w in words):
            return "other"
        if any(_brand_capital(w.text) for w in words):
            return "other"  # "Nvidia GeForce", "Apple iPhone": a capital inside a word that no surname has
        first = words[0]
        if first.norm in gendered_given_names() or not self._known_place_word(k):
            return None
        last = words[-1].norm
        lemma = nouns().lemma(last)
        plural = lemma is not None and lemma != last and len(words) == 2
        if first.norm in _PLACES_ALSO_GIVEN:
            return "organisation" if plural else None  # "Houston Rockets", but "Paris Hilton"
        return "organisation" if plural or self._person_context(m) else "other"

    def _target_of_an_action(self, words: list[Token], k: int, m: int) -> bool:
        """Two rare capitalised words right after "against" or "into" ("a blitz against Cosa
        Nostra", "an inquiry into Banca Etruria") with nothing that shows a person: no given
        name, no pronoun after, the last word never written alone elsewhere (a person named
        once in full is named again by surname: "charges against Keiwan Ratliff ... Ratliff,
        24, denied"). A group's or a thing's name, not a person's."""
        tokens = self.tokens
        if len(words) != 2 or k == 0 or tokens[k - 1].norm not in _ACTION_PREPOSITIONS or tokens[k - 1].cap \
                or not joinable(tokens[k - 1], words[0]) or any(w.possessive for w in words):
            return False
        if self._given_name_first(words, wide=True) or self._pronoun_after(m) is not None:
            return False
        last = words[-1].norm
        return not any(t.norm == last and t.cap for x, t in enumerate(tokens) if x != m - 1)

    def _no_person_shown(self, words: list[Token], k: int, m: int) -> bool:
        """Rare capitalised words, the first a noun of a thing ("Pixel Forge", "Zion Ranch") or a
        device's cue before them ("playing through the recommended Beamcast Ultra"), and
        nothing in the text that shows a person by them: no given name leads, no "he" or "she"
        follows, no role, title or speech verb stands before, no apposition of a person after,
        and the last word is never written without the first (a person named in full is named
        again by surname: "Keiwan Ratliff ... Ratliff, 24, denied"). No kind rather than a
        person's: a firm's, a product's or a place's name is shaped the same; a surname that is a
        noun ("Hasim Vale") is no first word."""
        lex = nouns()
        first = words[0].norm
        if not (len(first) > 2 and lex.lemma(first) is not None and lex.first_sense(first) not in (None, "person")) \
                and not self._device_cue_before(k):
            return False  # "Viktor Orban", "Hasim Vale": no English noun of a thing opens it, nor a device's cue
        tokens = self.tokens
        if any(x != m - 1 and not (x > 0 and tokens[x - 1].norm == first) for x in self._capitalised_at().get(words[-1].norm, ())):
            return False  # the surname alone: "... Ratliff, 24, denied"
        if self._given_name_first(words, wide=True) or first in wide_given_names() \
                or self._pronoun_after(m) is not None or self._person_apposition(m, bare=True):
            return False
        if k > 0 and not tokens[k - 1].cap and tokens[k - 1].norm in _SPEECH_AFTER_NAME and tokens[k].gap == " ":
            return False  # "..., said Anurag Joshi": the speaker after the verb
        return not (k > 0 and (tokens[k - 1].norm in _HONORIFIC_GENDER or tokens[k - 1].norm + "." in self.lex.titles
                               or tokens[k - 1].norm in self.look.title_heads or self._person_noun_before(k)))
        # ("Dr. Sanjay Gupta", "Mr Tom Reeve", "the painter Aldert Vantongeren")

    def _device_cue_before(self, k: int) -> bool:
        """A verb of using a device and its preposition before the name at token k, perhaps with
        a determiner or a possessive and describing words between ("playing through the
        recommended Beamcast Ultra", "streaming via Orlo's new Beam"; entities.json
        device_cues): the name is a device's or a service's."""
        tokens = self.tokens
        x = k - 1
        while x >= 0 and x > k - 4 and tokens[x + 1].gap == " " and tokens[x].norm not in _DEVICE_CUES["prepositions"] \
                and (not tokens[x].cap or tokens[x].possessive) and tokens[x].norm not in _COUNT_LINKS - {"a", "an", "the"}:
            x -= 1  # "the recommended", "Stadia's recommended"
        return x >= 1 and tokens[x].norm in _DEVICE_CUES["prepositions"] and not tokens[x].cap \
            and tokens[x - 1].norm in _DEVICE_CUES["verbs"] and tokens[x].gap == " "

    def _person_noun_before(self, k: int) -> bool:
        """A lower-case noun of a person right before token k ("the painter Aldert Vantongeren",
        "striker Montell Owens"; the noun lexicon's first sense a person's)."""
        prev = self.tokens[k - 1]
        if prev.cap or prev.possessive or not joinable(prev, self.tokens[k]):
            return False
        return nouns().first_sense(prev.norm) == "person"

    def _capitalised_at(self) -> dict[str, list[int]]:
        """Where each word is written with a capital: token indices by folded word, built once per
        text on the first question (most texts never ask)."""
        if self._capitalised is None:
            self._capitalised = {}
            for x, t in enumerate(self.tokens):
                if t.cap:
                    self._capitalised.setdefault(t.norm, []).append(x)
        return self._capitalised

    def _known_place_word(self, k: int) -> bool:
        """Whether token k alone names a known place: a country, a state or province, a place of
        the gazetteer, or a name the text shows to be a place ("in Houston")."""
        tok = self.tokens[k]
        key = name_key(tok.text)
        if key in region_keys() or key in self._country_keys() or key in self.place_keys:
            return True
        hit = self.look.gazetteer.match_at(self.tokens, k, k + 1)
        return bool(hit) and hit[0] == 1 and hit[1][0] == "place" and hit[1][2] == "name"

    def _unit_after_number(self, k: int) -> bool:
        """A unit of measure written with an inner capital right after a figure ("2.93 GHz",
        "1066 MHz", "5 kWh")."""
        tokens = self.tokens
        text = tokens[k].text
        return (k > 0 and tokens[k - 1].text[-1:].isdigit() and tokens[k].gap == " " and len(text) <= 4
                and any(c.islower() for c in text) and any(c.isupper() for c in text[1:]))

    def _dateline(self, k: int, m: int) -> bool:
        """Whether tokens k..m, in capitals and opening a paragraph, are the place of a dateline
        (extract.datelines: "ALVIK, June 2 (WNA) -", "GAZA CITY, Jan. 5 —", "HARTWELL (AP) —")."""
        tokens = self.tokens
        if (k > 0 and "\n" not in tokens[k].gap) or not all(t.text.isupper() for t in tokens[k:m]):
            return False  # (the line's opening first: most names open none, and skip the words' test)
        dateline = read_dateline(self.text, tokens[k].start)
        return dateline is not None and dateline.place == (tokens[k].start, tokens[m - 1].end)

    def _events(self, covered: bytearray) -> list[Entity]:
        out = []
        for i, n, noun in self.look.events.find_all(self.tokens):
            if any(covered[i : i + n]):
                continue
            if i + n < len(self.tokens) and self.tokens[i + n].gap == "-":
                continue  # "assassination-style murder", "war-torn": a word made with the noun names no event
            if n == 1 and self._verb_here(i):
                continue  # "leeway to strike jurors", "they will protest": the verb, no event named
            if n == 1 and self._describes_next_noun(i):
                continue  # "his offensive numbers": the adjective, no event named
            if n == 1 and self._names_a_thing(i):
                continue  # "riot police", "strike force": the noun names a body or a thing, no event
            if n == 1 and self._in_a_state(i):
                continue  # "under attack", "under near-constant attack": a state, no event told
            if n == 1 and self._compound_of_no_event(i, noun):
                continue  # "a heart attack", "a price war": a condition or a contest, no event told
            if n == 1 and self._verb_with_object(i):
                continue  # "while shooting 51 percent from the field": the verb and its object, no event
            out.append(self._mention(i, i + n, "event", noun, "event", key="event:" + noun))
        return out

    def _compound_of_no_event(self, i: int, noun: str) -> bool:
        """An event noun after a lower-case noun it makes a compound with that names no event
        (entities.json event_compound_modifiers: "heart attack", "price war")."""
        tokens = self.tokens
        if i == 0 or tokens[i - 1].cap or not joinable(tokens[i - 1], tokens[i]):
            return False
        prev = tokens[i - 1].norm
        if tokens[i - 1].gap == "-" and i > 1:
            prev = tokens[i - 2].norm + "-" + prev  # "a mid-life crisis"
        return prev in _EVENT_COMPOUND_MODIFIERS.get(noun, ())

    def _verb_with_object(self, i: int) -> bool:
        """An event noun in -ing ("shooting", "bombing") with no determiner before it and a figure,
        a determiner or a pronoun right after it: the verb with its object ("while shooting 51
        percent", "after bombing the bridge"), no event named ("the shooting 3 miles away" is)."""
        tokens = self.tokens
        tok = tokens[i]
        if tok.cap or not tok.norm.endswith("ing") or i + 1 >= len(tokens):
            return False
        if i > 0 and (tokens[i - 1].norm in _OBJECT_OPENERS or tokens[i - 1].possessive) and joinable(tokens[i - 1], tok):
            return False
        nxt = tokens[i + 1]
        return nxt.gap == " " and not nxt.cap and (
            nxt.norm[:1].isdigit() or nxt.norm in _OBJECT_OPENERS or nxt.norm in _OBJECT_PRONOUNS)

    def _names_a_thing(self, i: int) -> bool:
        """An event noun in the singular right before a noun it makes a compound with, that names
        a body or a thing ("riot police", "riot gear", "strike force"): no event named."""
        tokens = self.tokens
        return i + 1 < len(tokens) and tokens[i + 1].gap == " " and not tokens[i + 1].cap \
            and tokens[i + 1].norm in _EVENT_COMPOUND_HEADS and not tokens[i].norm.endswith("s")

    def _in_a_state(self, i: int) -> bool:
        """An event noun with no determiner after "under" and at most two lower-case modifiers
        ("under attack", "under near-constant attack", "under siege"): a state one is in, no
        event the text tells ("the attack under cover of night" is not read so)."""
        tokens = self.tokens
        k = i - 1
        while k >= max(0, i - 3) and not tokens[k].cap:
            if tokens[k].norm in _STATE_PREPOSITIONS:
                return all(t.gap in (" ", "-") for t in tokens[k + 1 : i + 1])
            if tokens[k].norm in _STATE_BREAKS and tokens[k + 1].gap != "-":
                return False  # ("near" of "near-constant" is a word's part, no preposition)
            k -= 1
        return False

    def _describes_next_noun(self, i: int) -> bool:
        """An event noun mostly used as an adjective (loaded_pos.tsv: "offensive") right before a
        lower-case noun describes that noun ("offensive numbers", "the offensive line")."""
        tokens = self.tokens
        if i + 1 >= len(tokens) or tokens[i].norm not in describing_words():
            return False
        nxt = tokens[i + 1]
        # (a noun the lexicon of frequent nouns leaves out counts too: "offensive effort", "offensive play")
        return nxt.gap == " " and not nxt.cap and nxt.norm not in CLOSED_CLASS and (
            nouns().is_noun(nxt.norm) or never_a_name(nxt.norm, plurals=False))

    def _bodies_by_its(self, raw: list[Entity]) -> list[Entity]:
        """A one-word name typed a person only by a speech verb after it ("Apple tells us"),
        that the text elsewhere follows with "its" ("Apple has unveiled its new laptop") and
        never with "he" or "she": a company, every mention of it."""
        people = {e.key for e in raw if e.kind == "person" and e.via == "name" and " " not in e.key}
        starts = self._token_starts()
        told: dict[str, set[str]] = {}
        for e in raw:
            if e.key in people and e.via in ("name", "short"):
                m = bisect.bisect_right(starts, e.start)  # the token after the name's (one-word) token
                told.setdefault(e.key, set()).add(self._possessive_in_clause(m))
        bodies = {key for key, said in told.items() if "organisation" in said and "person" not in said}
        # "Mozilla said ... Mozilla announced": a one-word name that only ever speaks, with no
        # given name, title, he/she, apposition or age to show a person, is as likely a body: no
        # kind rather than a person's (so "the company" may still join it)
        evidenced = {e.key for e in raw if e.key in people and e.kind == "person" and e.start not in self._said_only}
        unproven = {key for key, said in told.items() if key not in evidenced and "person" not in said} - bodies
        # "a statement from Waitrose" ... "a Waitrose supermarket": the body every time
        named_bodies = {e.key for e in raw if e.kind == "organisation" and e.via == "name" and " " not in e.key
                        and not e.text.isupper() and e.key not in people}
        if not bodies and not unproven and not named_bodies:
            return raw
        return [Entity(e.start, e.end, e.text, "organisation", e.key, e.name, e.via, e.title)
                if e.key in bodies and e.kind in ("person", "other")
                or e.key in named_bodies and e.kind == "other" and e.via == "name"
                else Entity(e.start, e.end, e.text, "other", e.key, e.name, e.via, e.title)
                if e.key in unproven and e.kind == "person" and e.via == "name" else e for e in raw]

    def _names_never_a_persons(self, raw: list[Entity]) -> list[Entity]:
        """A name of two or more words typed a person only because its words are rare ("Mortal
        Kombat", "Slumdog Millionaire"), that no given name leads and that no mention shows a
        person's (no title before it, no speech verb, apposition or age after it, no he/she in
        its clause; nor its last word alone as a person's), and that some mention shows a
        work's: after a work cue ("the film X", "playing X"), after "the new" ("the new Curve"),
        or standing alone in quotation marks or brackets ("'Mortal Kombat,'", "(Slumdog
        Millionaire)"). A work's, a game's or a product's name."""
        candidates = {e.key for e in raw if e.kind == "person" and e.via == "name" and len(e.key.split()) >= 2
                      and e.key.split()[0] not in gendered_given_names() and e.key.split()[0] not in wide_given_names()
                      and not e.text.isupper()}
        if not candidates:
            return raw
        starts = self._token_starts()
        # First the cheap test: a name none of whose mentions a work's cue or marks surround
        # stays a person's whatever else is read of it, so only the names some mention shows
        # as a work's are read for a person's signs (the costly part, mention by mention).
        spans: dict[int, tuple[int, int]] = {}  # raw index -> the mention's tokens
        shaped = set()
        for n, e in enumerate(raw):
            if e.key not in candidates:
                continue
            k = bisect.bisect_left(starts, e.start)
            m = bisect.bisect_left(starts, e.end)
            spans[n] = (k, m)
            if k < len(starts) and starts[k] == e.start and m > k and (
                    self._new_model_before(k, m) or self._stands_alone(e) or self._after_work_cue(k)):
                shaped.add(e.key)
        candidates &= shaped
        if not candidates:
            return raw
        shown = {e.key for e in raw if e.kind == "person" and " " not in e.key}  # "Kombat said he"
        works = set()
        for n, e in enumerate(raw):
            if e.key not in candidates:
                continue
            k, m = spans[n]
            if k >= len(starts) or starts[k] != e.start or m <= k:
                candidates.discard(e.key)
                continue
            if self._new_model_before(k, m):
                works.add(e.key)  # "the new Curve will be available": a model, whatever verb follows
                continue
            before = self.tokens[k - 1] if k > 0 else None
            titled = before is not None and joinable(before, self.tokens[k]) and before.norm in self.look.title_words
            if titled or e.key.rsplit(" ", 1)[-1] in shown or self._person_context(m) \
                    or self._person_evidence(self.tokens[m - 1], m) or self._possessive_in_clause(m) == "person":
                candidates.discard(e.key)
            elif self._stands_alone(e) or self._after_work_cue(k):
                works.add(e.key)
        candidates &= works
        if not candidates:
            return raw
        return [dataclasses.replace(e, kind="other") if e.key in candidates and e.kind == "person" else e for e in raw]

    def _stands_alone(self, e: Entity) -> bool:
        """A name that is all a pair of quotation marks or brackets holds ("'Mortal Kombat,'")."""
        before = self.text[max(0, e.start - 1) : e.start]
        after = self.text[e.end : e.end + 2].lstrip(",.;:!?")[:1]
        return (before, after) in _ENCLOSING

    def _after_work_cue(self, k: int) -> bool:
        """A noun of a work or a verb of using one before token k, maybe with "the" between
        ("the film X", "playing X")."""
        tokens = self.tokens
        p = k - 1
        if p >= 0 and tokens[p].norm in ("the", "a") and not tokens[p].cap:
            p -= 1
        return p >= 0 and not tokens[p].cap and tokens[p].norm in _WORK_CUES and tokens[p].gap.strip() == "" \
            and all(t.gap in (" ", "\u00a0") for t in tokens[p + 1 : k + 1])

    def _words_of_a_thing(self, words: list[Token], k: int) -> bool:
        """Whether a two- or three-word name reads as common English rather than a person's: no
        word a given name or an initial, and every word a common English word that is no noun of
        people ("Conservation Advocacy", "Chapel Hill", "Island Auto"; never "Baker Smith"); or
        two words, a known place then a common noun of things ("Virginia Tech"; but "Paris Hilton",
        "Georgia Brown")."""
        if not 2 <= len(words) <= 3 or any(w.initial and len(w.text) <= 2 or w.possessive for w in words):
            return False
        lex, known = nouns(), gendered_given_names()
        wide = wide_given_names()
        place_first = len(words) == 2 and (self._known_place_word(k) or words[0].norm in any_region_keys())
        if any(w.norm in known or w.norm in wide or "-" in w.gap for w in words) and not place_first:
            return False

        def thing_noun(w: Token) -> bool:
            lemma = lex.lemma(w.norm)
            return lemma is not None and lex.kind(lemma) not in ("person", None)

        settings = self.settings
        last = words[-1]
        if (place_first and last.norm not in known and last.norm not in wide
                and thing_noun(last) and self.lex.zipf(last.norm) >= settings.place_then_noun_zipf):
            return True
        return all(w.norm not in known and w.norm not in wide
                   and self.lex.zipf(w.norm) >= settings.common_name_word_zipf
                   and not w.norm.endswith(_SURNAME_ENDINGS)
                   and (lex.lemma(w.norm) is None or lex.kind(lex.lemma(w.norm)) != "person") for w in words)

    def _voice_of_a_body(self, k: int) -> bool:
        """Whether the name at token k follows "from" / "for" after a noun that speaks for a body
        ("a statement from Waitrose", "a spokeswoman for Mozilla")."""
        tokens = self.tokens
        return (k >= 2 and tokens[k - 1].norm in ("from", "for") and not tokens[k - 1].cap
                and tokens[k - 2].norm in _BODY_VOICES and joinable(tokens[k - 2], tokens[k - 1]))

    def _person_evidence(self, word: Token, m: int) -> bool:
        """Whether a one-word name before token m shows itself a person's: a known given name, a
        surname's ending ("Medvedev"), or an apposition after a comma that names a person (", a
        spokesman", ", who", ", 45,")."""
        if word.norm in gendered_given_names() or word.norm in wide_given_names() or (
                word.norm.endswith(_SURNAME_ENDINGS) and len(word.norm) > 4):
            return True
        return self._person_apposition(m)

    def _person_apposition(self, m: int, bare: bool = False) -> bool:
        """An apposition after a comma at token m that names a person (", a spokesman", ", who",
        ", 45,"; bare: also a role with no article, ", head of the network", ", director of ...")."""
        tokens = self.tokens
        if m >= len(tokens) or tokens[m].gap.strip() != ",":
            return False
        nxt = tokens[m]
        if nxt.norm == "who" or nxt.text.isdigit() and m + 1 < len(tokens) and tokens[m + 1].gap.strip() == ",":
            return True
        lex = nouns()
        if bare and not nxt.cap and m + 1 < len(tokens) and tokens[m + 1].norm in ("of", "at", "for") \
                and lex.first_sense(nxt.norm) == "person":
            return True
        if nxt.norm not in ("a", "an", "the"):
            return False
        for tok in tokens[m + 1 : m + 5]:
            if tok.gap.strip():
                break
            lemma = lex.lemma(tok.norm)
            if lemma is not None and lex.kinds.get(lemma, ("",))[0] == "person":
                return True
        return False

    def _acronyms_of_bodies(self, raw: list[Entity]) -> list[Entity]:
        """An abbreviation in capitals read as a thing by the noun after it ("an NCAA title",
        "the WBO and IBO belts") is a body when the text names it as one elsewhere ("the NCAA
        said") or lists it with one ("his IBF, WBO and IBO versions")."""
        def acronym(e: Entity) -> bool:
            return e.via == "name" and " " not in e.text and len(e.text) > 1 and e.text.isupper() and e.text.isalpha()

        bodies = {e.key for e in raw if e.kind == "organisation" and acronym(e)}
        things = [n for n, e in enumerate(raw) if e.kind == "other" and acronym(e)]
        if not bodies or not things:
            return raw
        raw = list(raw)
        changed = True
        while changed:
            changed = False
            for n in things:
                e = raw[n]
                if e.kind != "other":
                    continue
                listed = any(
                    0 <= x < len(raw) and raw[x].kind == "organisation" and acronym(raw[x])
                    and _LIST_GAP.fullmatch(self.text[min(e.end, raw[x].end):max(e.start, raw[x].start)])
                    for x in (n - 1, n + 1))
                if e.key in bodies or listed:
                    raw[n] = Entity(e.start, e.end, e.text, "organisation", e.key, e.name, e.via, e.title)
                    bodies.add(e.key)
                    changed = True
        return raw

    def _one_kind_per_name(self, raw: list[Entity]) -> list[Entity]:
        """One name, one kind within a text: a name typed by no context in one sentence ("Trend
        Micro said") takes the kind its other mentions show when that is the only one and a
        body's ("Trend Micro said its": an organisation); the first word of a company's name
        ("Kraft Foods", "Marfin Bank") written alone is the company.
        A place typed by a weak context ("in the Big East") is not spread: "near X" and "X,
        Calif." already make every mention of X a place (place_keys)."""
        if not any(e.kind == "other" and e.via == "name" for e in raw):
            return raw
        kinds: dict[str, set[str]] = {}
        for e in raw:
            # (a word in capitals is typed a body by its case alone: "CAPALDI!" tells nothing)
            if e.via in ("name", "media") and (e.kind == "other" or not e.text.isupper()):
                kinds.setdefault(e.key, set()).add(e.kind)
        for e in raw:
            if e.kind == "organisation" and e.via == "name" and " " in e.key:
                words = e.key.split()
                short = " ".join(words[:-1])  # "Pellow Grid Services" ... "Pellow Grid said"
                if (words[-1] in _SHORT_NAME_HEADS and kinds.get(short) == {"other"} and words[0] not in self.lower
                        and words[0] not in gendered_given_names() and words[0] not in wide_given_names()):
                    kinds[short] = {"other", "organisation"}  # "Kraft Foods", "Vellamy Group" ... "Kraft said"
        retype = {}
        for key, found in kinds.items():
            if len(found) == 2 and "other" in found:
                known = next(k for k in found if k != "other")
                if known in ("organisation", "group", "event") and not self.lex.is_common(key):
                    retype[key] = known  # (a common word may be sentence case: "Fire at ...")
        if retype:
            for e in raw:
                if e.kind == "person":
                    retype.pop(e.key.rsplit(" ", 1)[-1], None)  # a person's surname keeps its own reading
        if not retype:
            return raw
        return [dataclasses.replace(e, kind=retype[e.key]) if e.kind == "other" and e.via == "name" and e.key in retype else e
                for e in raw]

    def _employer_after_role(self, i: int, j: int) -> int | None:
        """Where the employer's name starts in a capitalised run that is a newsroom role and then
        the body it works for ("LA Entertainment Reporter for Star News", "Senior Political
        Correspondent at Bay News": the role, then "Star News"); None when the run is no such."""
        tokens = self.tokens
        for p in range(i, j - 2):
            if (tokens[p].norm in _NEWSROOM_ROLES and tokens[p + 1].norm in _EMPLOYER_LINKS and not tokens[p + 1].cap
                    and tokens[p + 2].cap):
                return p + 2
        return None

    def _companies_named_for_towns(self, raw: list[Entity]) -> list[Entity]:
        """"Salem Holdings bought Orbit ... a stake in Salem": a town's name that opens the name
        of the one company of the text called after it (a company head: "Holdings", "Group",
        "Records") is that company written short, not the town. The town stays where a mention
        says so with its state or country ("in Salem, Oregon"; "Salem, Ore.", one mention); a country or a state is
        too often the place itself ("Japan Airlines ... flights to Japan") to be read so."""
        companies: dict[str, Entity | None] = {}
        for e in raw:
            words = e.key.split()
            if e.kind == "organisation" and e.via == "name" and len(words) >= 2 and words[-1] in _SHORT_NAME_HEADS:
                known = companies.setdefault(words[0], e)
                if known is not None and known.key != e.key:
                    companies[words[0]] = None  # two companies open with the word: neither
        if not companies:
            return raw
        wide = region_keys() | self._country_keys()
        said_places = set()  # (not "in Salem" alone: "a stake in Salem" is in the company)
        for n, e in enumerate(raw):
            if e.kind == "place" and e.key in companies and ("," in e.text or self.text.startswith(", ", e.end) and (
                    n + 1 < len(raw) and raw[n + 1].kind == "place" and raw[n + 1].start == e.end + 2)):
                said_places.add(e.key)  # "in Salem, Oregon", "Salem, Ore.": the sentence says the town
        short = {key: c for key, c in companies.items()
                 if c is not None and key not in said_places and key not in wide and not self.lex.is_common(key)}
        if not short:
            return raw
        return [Entity(e.start, e.end, e.text, "organisation", short[e.key].key, short[e.key].name, "short")
                if e.kind == "place" and e.via == "name" and e.key in short else e for e in raw]

    def _possessive_in_clause(self, m: int) -> str:
        """What the first pronoun from token m to the end of its sentence tells: "person" for
        he / she / his / her, "organisation" for "its" ("it" is often an object), else ""."""
        for tok in self.tokens[m : m + _PRONOUN_WINDOW]:
            if tok is not self.tokens[m] and any(ch in tok.gap for ch in ".!?"):
                return ""
            if tok.norm in _PERSONAL_PRONOUNS:
                return "person"
            if tok.norm == "its":
                return "organisation"
        return ""

    def _verb_here(self, i: int) -> bool:
        """Whether the word at token i, spelt as an event noun's base form ("strike", "attack",
        "protest"), is a verb: after a modal ("will strike"), or after "to" with an object after it
        (a determiner, a pronoun or a noun: "to strike jurors", "to attack the base"); "went to
        war with Iran", "went to war again", "went to war." keep the noun."""
        tokens = self.tokens
        if i == 0 or tokens[i].cap or not joinable(tokens[i - 1], tokens[i]) or tokens[i - 1].cap:
            return False
        prev = tokens[i - 1].norm
        if prev in _MODALS:
            return True
        if prev == "to" and tokens[i].norm in _EVENT_VERBS and (i + 1 >= len(tokens) or tokens[i + 1].gap.strip(" ")):
            return True  # "an opening for the moderates to attack.": the verb, ending its clause
        if prev != "to" or i + 1 >= len(tokens) or tokens[i + 1].gap != " " or tokens[i + 1].cap:
            return False
        nxt = tokens[i + 1].norm
        return nxt in _OBJECT_OPENERS or nxt in _OBJECT_PRONOUNS or nxt not in CLOSED_CLASS and nouns().lemma(nxt) is not None

    # ------------------------------------------------------------------ helpers

    def _span_text(self, k: int, m: int) -> str:
        return self.text[self.tokens[k].start : self.tokens[m - 1].end]

    def _mention(self, k: int, m: int, kind: str, name: str, via: str, key: str | None = None) -> Entity:
        start, end = self.tokens[k].start, self.tokens[m - 1].end
        key = key or name_key(name)
        if kind == "place":
            key = compass_key(key)
        return Entity(start, end, self.text[start:end], kind, key, name, via)

    # ------------------------------------------------------------------ coreference

    def _corefer(self, raw: list[Entity]) -> list[Entity]:
        """Short forms -> full names: surnames of people named in full in the same text, and
        acronyms introduced in brackets ("Israel Defense Forces (IDF)")."""
        raw = self._acronyms(raw)
        raw = _tail_abbreviations(raw)
        # A two- or three-word name whose last word also stands alone elsewhere ("Lawrence White
        # ... White said") is a person named in full, then by surname.
        alone = {e.key for e in raw if e.via == "name" and " " not in e.key and e.kind in ("other", "person")}
        raw = [
            Entity(e.start, e.end, e.text, "person", e.key, e.name, e.via)
            if e.kind == "other" and 2 <= len(e.key.split()) <= 3 and e.key.rsplit(" ", 1)[-1] in alone
            and " " in e.text and not e.text.isupper() and not e.text.startswith("The ")  # a work's title
            and e.text.split()[0] not in _SHIP_PREFIXES  # "INS Mysore" ... "the Mysore": a ship's
            and any(self.lex.zipf(w) < self.settings.person_word_zipf for w in e.key.split())
            and e.key not in self._products  # "the BlackBerry Curve 8900" ... "the Curve 8900": a model
            else e
            for e in raw
        ]
        # a person's surname is theirs even after "in" ("interest in Teixeira")
        person_surnames = {e.key.rsplit(" ", 1)[-1] for e in raw if e.kind == "person" and is_full_name(e.key)}
        self.place_keys -= person_surnames
        raw = [  # "near Qasr al-Nour" once makes every untitled "Qasr al-Nour" a place
            Entity(e.start, e.end, e.text, "place", e.key, e.name, e.via)
            if e.key in self.place_keys and e.kind in ("person", "other") and e.via == "name"
            else Entity(e.start, e.end, e.text, "other", e.key, e.name, e.via)
            if e.kind == "place" and e.key in person_surnames and e.via == "name" and e.key in self.context_places
            else e
            for e in raw
        ]
        raw = self._bodies_by_its(raw)
        raw = self._names_never_a_persons(raw)
        raw = self._acronyms_of_bodies(raw)
        raw = self._one_kind_per_name(raw)
        raw = self._companies_named_for_towns(raw)
        persons = {e.key for e in raw if e.kind == "person"}  # "Prince Andrew" ... "Andrew said"
        raw = [Entity(e.start, e.end, e.text, "person", e.key, e.name, e.via) if e.kind == "other" and e.key in persons else e for e in raw]
        full: dict[str, Entity] = {}  # key -> first full mention
        surnames: dict[str, str | None] = {}  # "assad" / "al assad" -> "bashar al assad"
        unknown_kind: dict[str, str] = {}  # surname -> a full name of no known kind with a given name
        for e in raw:
            if e.kind == "other" and is_full_name(e.key) and e.key.split()[0] in gendered_given_names():
                unknown_kind.setdefault(_surname_of(e.key), e.key)
            if e.kind == "person" and is_full_name(e.key):
                full.setdefault(e.key, e)
                parts = e.key.split()
                while len(parts) > 2 and parts[-1] in _GENERATION_MARKS:
                    parts.pop()  # "Anthony LaCalamita III" ... "LaCalamita"
                tails = [parts[-1]] + ([" ".join(parts[-2:])] if len(parts) >= 3 and parts[-2] in PARTICLES else [])
                for tail in tails:
                    # two people of one surname ("Katherine Gomes", "Gary Gomes"): "Gomes" is neither
                    # (one person's two spellings, "Fred" / "Frederick LaRue": the first stands)
                    known = surnames.setdefault(tail, e.key)
                    if known is not None and not same_person_name(known, e.key) and known != e.key:
                        surnames[tail] = None
        ships: dict[str, Entity | None] = {}  # "mysore" -> "INS Mysore": a ship by its name alone
        for e in raw:
            if e.kind != "other" or e.via != "name" or e.text.count(" ") != 1:
                continue
            parts = e.text.split()
            if parts[0] in _SHIP_PREFIXES:
                if ships.setdefault(name_key(parts[1]), e) is not None and ships[name_key(parts[1])].key != e.key:
                    ships[name_key(parts[1])] = None
        families: dict[str, set[str]] = {}  # surname -> the full names led by a given name that end in it
        for key in full:
            first = key.split()[0]
            if first in gendered_given_names() or first in wide_given_names():
                families.setdefault(key.rsplit(" ", 1)[-1], set()).add(key)
        family_first: dict[str, str | None] = {}  # "ban" -> "ban ki moon"
        for key, f in full.items():
            parts = f.text.split()
            if len(parts) == 2 and "-" in parts[1].strip("-") and parts[1][:1].isupper():
                # "Ban Ki-moon", "Kim Jong-un": the family name first, a hyphenated given name
                # after it; "Ban said" is the person
                head = name_key(parts[0])
                if family_first.setdefault(head, key) != key:
                    family_first[head] = None
        for tail, other in unknown_kind.items():
            # "Michele LaCalamita" ... "Anthony LaCalamita III" (a name the finder gave no kind):
            # "LaCalamita" is not surely Michele
            if surnames.get(tail) is not None and not same_person_name(surnames[tail], other):
                surnames[tail] = None
        # a team or band by its last word ("the Los Angeles Angels" ... "the Angels"), when one
        # organisation of the text ends in that plural word
        teams: dict[str, Entity | None] = {}
        for e in raw:
            words = e.key.split()
            if e.kind == "organisation" and e.via == "name" and len(words) >= 2 and words[-1].endswith("s"):
                known = teams.setdefault(words[-1], e)
                if known is not None and known.key != e.key:
                    teams[words[-1]] = None
        self._drop_surnames_of_another_gender(raw, full, surnames)
        # "Michael Bloomberg ... Bloomberg's shadow": an outlet's one-word name that is the
        # surname of a person named in full is that person, unless the text names the outlet
        # in full too ("Bloomberg News") or never names the person ("Bloomberg reported")
        outlets_in_full = {e.key.split()[0] for e in raw if e.via == "media" and " " in e.key}
        out = []
        for e in raw:
            team = teams.get(e.key) if e.via == "name" and e.kind in ("other", "organisation", "person") else None
            if e.via == "media" and " " not in e.key and surnames.get(e.key) and e.key not in outlets_in_full:
                target = surnames[e.key]
                e = Entity(e.start, e.end, e.text, "person", target, _display(full[target].text), "short")
            elif team is not None and e.key not in full:
                e = Entity(e.start, e.end, e.text, "organisation", team.key, _display(team.text), "short")
            elif e.via == "name" and e.kind == "other" and ships.get(e.key) is not None and e.key not in full:
                ship = ships[e.key]
                e = Entity(e.start, e.end, e.text, "other", ship.key, _display(ship.text), "short")
            elif e.via in ("name",) and e.kind in ("person", "other") and e.key not in full:
                short = e.key
                if short.split()[0] in PARTICLES and len(short.split()) == 2:
                    short = short.split()[1]
                target = surnames.get(short) or surnames.get(e.key) or family_first.get(e.key)
                if target:
                    e = Entity(e.start, e.end, e.text, "person", target, _display(full[target].text), "short")
                elif e.kind == "other" and len(families.get(short, ())) >= 2 and short not in family_first:
                    # "Frederick LaRue", his father "Ike Parsons LaRue" ... "LaRue": one of a
                    # family the text names in full; a person, though not surely which
                    e = dataclasses.replace(e, kind="person")
            elif e.kind == "person" and e.key in full:
                e = Entity(e.start, e.end, e.text, e.kind, e.key, _display(full[e.key].text), e.via)
            out.append(e)
        return out


_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z0-9&.\-]{1,9})\)")
_INITIAL_LINKS = frozenset("of and for the".split())  # small words an abbreviation leaves out
_PLACE_OF_A_BODY = re.compile(r"\s+(?:in|for|of)(?:\s+the)?\s+")  # "Agency ... in the Near East"
_GENERATION_MARKS = frozenset("ii iii iv jr sr".split())  # capitals in a person's name: "Mark Felt III"
_TEAM_NUMBER = re.compile(r"\d+ers")  # "76ers", "49ers": a word of a team's name
# Heads of a venue named after its owner with a possessive ("Sam's Club", "St Mary's Hospital")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_VERBS_AFTER_NAMES = frozenset("is was are were has had have will would could can may might should said says".split())
_ROUTE_PREPOSITIONS = frozenset("along down up on off through".split())


def region_adjective(first: str, second: str, lex: Lexicon) -> bool:
    """Whether two capitalised words are a continent's or region's adjective ("Central Asian",
    "Latin American"): an opener and a demonym, which _continent_demonyms reads as no mention."""
    return first[:1].isupper() and first.casefold() in _CONTINENT_OPENERS and second in lex.demonyms


@functools.lru_cache(maxsize=1)
def region_keys() -> frozenset[str]:
    """Name keys of states and provinces (naming.json's regions), but never one that is also a
    given name ("Virginia", "Georgia": "Virginia" alone may be a woman)."""
    regions = naming_data()["regions"]
    return frozenset(name_key(r) for r in regions if r.split()[0].casefold() not in gendered_given_names())


@functools.lru_cache(maxsize=1)
def any_region_keys() -> frozenset[str]:
    """Name keys of every state and province, those that are also given names among them."""
    return frozenset(name_key(r) for r in naming_data()["regions"])


# "Biloxi, Miss.": a state's or province's abbreviation after a town and a comma
_REGION_AFTER = re.compile(", (?:%s)(?![\\w.])" % alternation(short for _, _, short in _REGIONS if short))
_REGION_NAME_AFTER = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
# what is left between a possessive and the next word: "Sam's Club" keeps a space, "Workers' Party"
# an apostrophe and a space
_WATER_HEADS = frozenset("ocean sea gulf".split())  # "Indian Ocean", "Arabian Sea": a demonym names the water, not the country
_CLOCK_HALVES = frozenset(("AM", "PM"))
_CLOCK_ZONE_LETTERS = frozenset("ET CT MT PT".split())  # "3 PM ET": US zones without the season letter
# unions read in per-token tests, made once (not one new set a test)
_ZONES_AFTER_CLOCK = _TIME_ZONES | _CLOCK_ZONE_LETTERS
_ANY_PARTICLES = PARTICLES | HYPHEN_PARTICLES
_PLACE_NOUNS_OR_DIRECTIONS = _PLACE_NOUNS | _DIRECTIONS
_PLACE_OR_ROUTE_PREPOSITIONS = _PLACE_PREPOSITIONS | _ROUTE_PREPOSITIONS
_FEAST_HEADS = frozenset(("day", "eve"))
_CHANNEL_NUMBERS = frozenset("one two three four".split())
_POSSESSIVE_GAPS = (" ", "' ", "\u2019 ")
# the links after a body's head past which its name goes on with "and" and English words:
# "Office of Management and Budget", "Commission for Elections and Referenda" (never "on": "the
# Committee on Finance" is the name, and "and" after it another body's)
_BODY_LINKS = frozenset(("of", "for"))
_VENUE_HEADS = frozenset("club hospital inn restaurant store stores shop cafe pub bar diner market college school".split())
_SHOUTING_WORDS = 4
_PERSONAL_PRONOUNS = frozenset("he she his her him hers himself herself".split())
_MALE_PRONOUNS = frozenset("he his him himself".split())
_FEMALE_PRONOUNS = frozenset("she her hers herself".split())
_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday".split())
_HONORIFIC_GENDER = honorific_genders()  # "mrs": "female" (resources/attribution/honorifics.tsv)
# "the rebel forces known as", "The Orlo camp, also known as the": the head noun (if any) right
# before "known as", maybe after a comma and "also" / "better" / "widely", then "the" or nothing
_KNOWN_AS = re.compile(r"(?:\b(?P<noun>[a-z]{3,}))?,?\s+(?:(?:also|better|widely|locally|formerly|commonly)\s+)?"
                       r"known\s+as\s+(?:the\s+)?$")
_PRONOUN_WINDOW = 12  # words after "X said" searched for the pronoun that tells what X is  # words in capitals in a row that make a line in capitals, not a name


@functools.lru_cache(maxsize=1)
def describing_words() -> frozenset[str]:
    """Words WordNet uses mostly to describe (a share of adjective or adverb uses of at least a
    half in loaded_pos.tsv): before a noun such a word is its adjective, not a noun of its own."""
    return parsed("describing-words", ("terms/loaded_pos.tsv",), _read_describing_words,
                  lambda data: isinstance(data, frozenset))


def _read_describing_words() -> frozenset[str]:
    words = []
    for line in resource("terms").joinpath("loaded_pos.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, share = line.partition("\t")
            if float(share) >= 0.5:
                words.append(word)
    return frozenset(words)


def _dotted_as_one(tokens: list[Token], known: PhraseMatcher) -> list[Token]:
    """Known letters written with full stops ("U.S.", "U.K.", "U.A.E.") as one word, as "US"
    is: the tokens split them at each stop, and no name is found in single letters ("J.R."
    stays two initials). The word ends before its last stop, where the letter's token ended; a
    capitalised word after it goes on the phrase ("U.S. Navy" as "US Navy")."""
    # (the few tokens after a full stop picked out at C speed, then their letters looked at)
    if not any(len(tokens[k].text) == 1 for k in compress(range(len(tokens)), map(_DOT_GAPS.__contains__, token_column(tokens, "gap")))):
        return tokens
    out: list[Token] = []
    i, n = 0, len(tokens)
    copied = 0  # the tokens before this one are in out, or made one word there
    # only a capital letter opens such a word: the tokens in capitals, picked out at C speed
    for start in compress(range(n), map(str.isupper, token_column(tokens, "text"))):
        if start < i or len(tokens[start].text) != 1:
            continue  # inside letters already read, or a word in capitals: kept as it is
        i = start
        j = i + 1
        while j < n and len(tokens[j].text) == 1 and tokens[j].text.isupper() and tokens[j].gap in (".", ". ") \
                and not tokens[j - 1].possessive:
            j += 1
        if j - i < 2:
            i = j
            continue
        first, last = tokens[i], tokens[j - 1]
        letters = "".join(t.text for t in tokens[i:j])
        word = first._replace(end=last.end, text=".".join(letters), norm=letters.casefold(), possessive=last.possessive)
        closing = _closes_a_name(tokens, i, j)
        if not closing and not known.match_at([word], 0):
            i = j
            continue  # kept as they are
        out.extend(tokens[copied:i])
        out.append(word)
        if not closing and j < n and tokens[j].gap == ". " and tokens[j].cap and tokens[j].norm not in CLOSED_CLASS:
            out.append(tokens[j]._replace(gap=" ", initial=False))
            j += 1
        copied = i = j
    if not copied:
        return tokens  # no letters made one word: the list as it was (its fields' lists are read already)
    out.extend(tokens[copied:])
    return out


def _tail_abbreviations(raw: list[Entity]) -> list[Entity]:
    """A name whose last word abbreviates the tail of a longer name the text gives, the words
    before it the same ("Fort Worth P.D." or "Fort Worth PD" / "Fort Worth Police Department"): a
    short form of that name, when one name alone has that opening and those initials; never a
    person's."""
    short = [n for n, e in enumerate(raw) if e.text[-1:].isupper() and " " in e.text and e.via == "name" and e.kind != "person"
             and 2 <= len(tail := e.text.rsplit(" ", 1)[1].replace(".", "")) <= 4 and tail.isalpha() and tail.isupper()]
    if not short:
        return raw
    full: dict[tuple[str, str], Entity | None] = {}
    for e in raw:
        words = e.text.split()
        if e.via != "name" or e.kind == "person" or len(words) < 3 or any(w.isupper() for w in words):
            continue
        for cut in range(1, len(words) - 1):
            rest = [w for w in words[cut:] if w[:1].isupper()]
            if len(rest) >= 2 and all(w[:1].isupper() or w in _INITIAL_LINKS for w in words[cut:]):
                found = (name_key(" ".join(words[:cut])), "".join(w[0] for w in rest).casefold())
                if full.setdefault(found, e) is not None and full[found].key != e.key:
                    full[found] = None
    out = list(raw)
    for n in short:
        e = raw[n]
        head, tail = e.text.rsplit(" ", 1)
        target = full.get((name_key(head), tail.replace(".", "").casefold()))
        if target is not None:
            out[n] = Entity(e.start, e.end, e.text, target.kind, target.key, target.name, "short")
    return out


def _closes_a_name(tokens: list[Token], i: int, j: int) -> bool:
    """Letters with full stops (tokens i..j) that close a capitalised name, a lower-case word or
    the text's end after them ("the Fort Worth P.D. arrived"): the name's last word, an
    abbreviation of its tail ("Police Department"), not initials; letters before a capitalised
    word ("H.R. Haldeman") or after a single letter stay as they are."""
    if i == 0 or j - i > 4 or tokens[i].gap != " ":
        return False
    before = tokens[i - 1]
    if not before.cap or len(before.text) < 2 or before.text.isupper() or before.possessive:
        return False
    return j == len(tokens) or (not tokens[j].cap and tokens[j].text[:1].isalpha())


_DOT_GAPS = frozenset((".", ". "))
# A Token's fields read by position (a Token is a named tuple: an attribute read by name is a
# generic lookup, which the interpreter does not specialise for named tuples)
_TEXT = TOKEN_TEXT
_NORM = TOKEN_NORM
_INITIAL = TOKEN_INITIAL
_FIRST_CHAR = operator.itemgetter(slice(0, 1))


def _shouting(tokens: list[Token]) -> bytearray:
    """Tokens of a line of at least four words all in capitals (a headline or a paragraph set
    in capitals), where a capital says nothing about names; names in capitals inside a
    sentence in lower case ("police said WINSTON BLACKMORE was charged") are names."""
    out = bytearray(len(tokens))
    n = len(tokens)
    i = 0
    texts = token_column(tokens, "text")
    # the tokens in capitals (_in_capitals), picked out at C speed: every token passes here
    for start in compress(range(n), map(operator.or_, map(str.isupper, texts), map(str.isdigit, texts))):
        if start < i:
            continue  # inside a run already read
        i = start
        j = i + 1
        while j < n and _in_capitals(tokens[j]) and "\n" not in tokens[j].gap:
            j += 1
        whole_line = (i == 0 or "\n" in tokens[i].gap) and (j == n or "\n" in tokens[j].gap)
        if whole_line and sum(1 for t in tokens[i:j] if not t.text.isdigit()) >= _SHOUTING_WORDS:
            out[i:j] = b"\x01" * (j - i)
        i = j
    return out


def placed_by_its_region(text: str, e: Entity) -> bool:
    """Whether a mention is written as a place, whatever its kind elsewhere: with its state after
    a comma ("San Diego, Calif.", "San Diego, California") or as a dateline ("SAN DIEGO (AP) -",
    "SAN DIEGO, Dec. 1 -"): the city, never its team."""
    if ", " in e.text and e.kind == "place":
        return True  # the state's abbreviation is inside the mention ("Biloxi, Miss")
    if text.startswith(", ", e.end):
        after = _REGION_NAME_AFTER.match(text, e.end)
        if after and name_key(after.group(1)) in region_keys():
            return True
    return (e.text.isupper() and len(e.text) > 3 and (e.start == 0 or text[e.start - 1] == "\n")
            and text[e.end : e.end + 2] in (" (", ", ", " -", " —"))


def _brand_capital(text: str) -> bool:
    """A capital inside a word after a short lower-case run no surname opens with: "GeForce",
    "iPhone", "eBay"; never "McCarthy", "DeLay", "DiCaprio", "LaRue", "O'Neill", "MacArthur"."""
    if text[1:].islower() or text.isupper():
        return False  # "Smith", "NATO": the usual shapes, no capital inside
    p = next((p for p in range(1, len(text) - 1) if text[p].isupper() and text[p - 1].islower()), None)
    if p is None or p > 3 or not text[:p].isalpha() or not text[p + 1].islower():
        return False
    return text[:p].casefold() not in _INNER_CAPITAL_PREFIXES


def _in_capitals(tok: Token) -> bool:
    return tok.text.isupper() or tok.text.isdigit()


def _first_names_match(x: str, y: str) -> bool:
    """"Betty" / "Bettie", "Fred" / "Frederick": one person's first name written two ways."""
    if x == y:
        return True
    if min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)):
        return True
    return re.sub(r"(ie|ey|y|i)$", "", x) == re.sub(r"(ie|ey|y|i)$", "", y)


def same_person_name(x: str, y: str) -> bool:
    """Two full names (keys) of one surname that can be one person's: first names written two
    ways ("Fred LaRue" / "Frederick C. LaRue"), an initial more or less ("W. Mark Felt" / "Mark
    Felt"), a first name more ("Sharron Diane Crawford Smith" / "Diane Crawford Smith")."""
    wx, wy = x.split(), y.split()
    if wx[-1] != wy[-1]:
        return False
    gx = [w for w in wx[:-1] if len(w) > 1 and w not in PARTICLES]
    gy = [w for w in wy[:-1] if len(w) > 1 and w not in PARTICLES]
    if not gx or not gy:
        return False
    if _first_names_match(gx[0], gy[0]):
        return True
    short, long_ = (gx, gy) if len(gx) < len(gy) else (gy, gx)
    return len(short) < len(long_) and long_[-len(short):] == short


def is_facility(key: str) -> bool:
    """Whether a place's name ends in a building's or a site's head ("Carlton Hotel", "Yida
    Refugee Camp"): unlike a town's, its longer and shorter names are one place."""
    return key.rsplit(" ", 1)[-1] in _FACILITY_HEADS


@functools.lru_cache(maxsize=65536)
def is_full_name(key: str) -> bool:
    """At least two words besides name particles: "bashar al assad", not "al assad"."""
    return sum(1 for w in key.split() if w not in PARTICLES) >= 2


def _surname_of(key: str) -> str:
    """The last word of a full name's key, past a generation mark ("anthony lacalamita iii")."""
    words = key.split()
    while len(words) > 2 and words[-1] in _GENERATION_MARKS:
        words.pop()
    return words[-1]


def surname_index(person_keys: Iterable[str]) -> dict[str, str | None]:
    """Last word of each full person name (a key) -> that name; None when two names end in it
    ("Katherine Gomes", "Gary Gomes": "Gomes" is neither). The one reading of "a surname names the
    one person named in full with it" for matching across articles and for naming chains."""
    out: dict[str, str | None] = {}
    for key in person_keys:
        if is_full_name(key):
            last = _surname_of(key)  # "Anthony LaCalamita III" is a LaCalamita
            out[last] = key if out.get(last, key) == key else None
    return out


def _display(name: str) -> str:
    """Name particles inside a name in lower case: "Bashar Al-Assad" -> "Bashar al-Assad"."""
    words = name.split(" ")
    for idx in range(1, len(words)):
        head, sep, rest = words[idx].partition("-")
        if sep and head.casefold() in PARTICLES:
            words[idx] = head.lower() + sep + rest
        elif head.casefold() in PARTICLES and not sep:
            words[idx] = head.lower()
    return " ".join(words)


def _body_possessive(tok: Token) -> bool:
    """An abbreviation's possessive ("the NBA's", "FIFA's"): a body owning what follows."""
    stem = tok.text.removesuffix("'s").removesuffix("’s").removesuffix("'")
    return tok.possessive and len(stem) > 1 and stem.isupper()


def _run_to_head(tokens: list[Token], j: int, heads: frozenset[str] | set[str], reach: int) -> int | None:
    """The end (exclusive) of a capitalised run from token j to its first word among heads, at most
    reach words on; None when no head comes first."""
    k = j
    while k + 1 < len(tokens) and k - j < reach and tokens[k].norm not in heads and tokens[k + 1].cap \
            and joinable(tokens[k], tokens[k + 1]):
        k += 1
    return k + 1 if tokens[k].norm in heads else None


def _surname(name: str) -> str:
    """A full name's surname: its last word, with the particles written before it ("van Dijk",
    "de la Cruz"); "" for a single word. A middle name ("Bill Rodham Clinton") is no part of it."""
    words = name.split()
    if len(words) < 2:
        return ""
    k = len(words) - 1
    while k > 1 and words[k - 1].casefold() in PARTICLES:
        k -= 1
    return " ".join(words[k:])
