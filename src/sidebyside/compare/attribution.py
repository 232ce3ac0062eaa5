"""Who said what: attribution clauses found once, quotes attached to them, sources grouped from them.

One pass over the article's tokens finds every attribution clause: a speech verb and the words
naming its speaker, before it ("Sherrod Brown, a Democrat of Ohio, said"; "Mr. Smith told
reporters"; "a person familiar with the matter said"; "officials, who asked not to be named,
said") or after it ('"...," said Jason Foy, who represents Noel'), "according to X", a
participle that takes its sentence's subject ("..., adding that"), "in an interview with X".
One resolver turns the words into a speaker: a surname or a partial name into the full name the
article gave nearest before ("Hawk Sawyer" → "Kathleen Hawk Sawyer"; two people with one surname
stay apart), "he"/"she" into the person the passage is about (a subject of the narration, never
a name inside a quotation), "the minister"/"the Russian leader" into the latest person described
so, "the agency"/"the statement"/"it" into the latest institution, "the source" into the latest
unnamed source. Unnamed sources stay as written ("economists", "one opposition lawmaker").

Each quoted part is then attached to the clause that credits it (between the parts of a split
quote, right after its close, before its opening in the same sentence, "He said:" closing the
paragraph before, "according to" in the sentence, or the clause before it in its paragraph);
a quote inside a quote to who speaks inside the outer quote. A speaker that is no name (a party
tag "R-Iowa", "of California", a dateline "WASHINGTON", "Earlier") is dropped: no speaker
rather than a junk one. A headline set in title case is no attribution clause, and its names end
before its verbs ("Lindsay Lohan Checks Into Rehab"). A scare quote in the writer's own words (a
"so-called" name, a fragment inside a relative aside about someone) is no one's. Sources group the
clauses of the narration and the quotes' speakers.

Everything is bounded per verb and per quote (look-back windows in settings), so the whole is
linear in the length of the text. Vocabulary: resources/attribution/speech.json (see its
README) and the shared term lists (titles, organisations, media).
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from dataclasses import dataclass, replace
from typing import Sequence

from sidebyside.compare.articletext import NAME_PARTICLES, ArticleText
from sidebyside.compare.budget import WorkBudget, unlimited
from sidebyside.compare.termdata import Lexicon, lexicon
from sidebyside.compare.text import TIME_WORDS, fold
from sidebyside.compare.tokens import Token, inflections
from sidebyside.model import Quote, SourceCitation, Span
from sidebyside.resources import gendered_given_names, resource
from sidebyside.settings import DEFAULT, AttributionSettings

_SPACE = (" ", "\u00a0")
_SENTENCE_BREAK = frozenset('.!?;:"“”«»\n')
_PRONOUNS = frozenset("he she it they we i".split())
_DETERMINERS = frozenset("a an the one some two three four five several many another other this that these those its his her their our".split())
_INDEFINITE = frozenset("a an one another some".split())
_BE = frozenset("is was were are been being be".split())
_SKIP_BACK = frozenset(
    """also then further earlier previously later recently has have had would will did does instead
    flatly openly quietly later
    reportedly allegedly again once repeatedly publicly separately privately simply quickly just only
    even still originally initially first finally subsequently already since twice outright flat-out point-blank""".split()
)
_NEGATIONS = frozenset("not never n't no".split())
_OPEN_MARKS = ('"', "“", "‘", "'")
_CLOSE_MARKS = ('"', "”", "’", "'")
# Professions a definite description names the person the passage is about by ("the actor
# said"), unless the text describes someone else so.
_PROFESSIONS = frozenset(
    """actor actress singer guitarist drummer rapper musician star comedian filmmaker novelist poet
    artist songwriter dancer player striker quarterback goalkeeper pitcher winger forward""".split()
)
_EVERYDAY_ACRONYM_ZIPF = 5.0  # "TV", "OK": written in capitals, used every day, no body's name
_GROUP_RESOLVE_CHARS = 600  # "the group" is an institution that spoke this near
_SHOWN_TRIES = 8  # the latest names of a body read for its fullest form
# Heads of a description that may stand for a paper, a broadcaster or a news agency.
_MEDIA_HEADS = frozenset("media press broadcaster newspaper paper daily outlet channel website magazine station network agency".split())
_NESTED_REACH = 40  # how far before a quote inside a quote its clause may stand ("he asked, quote, '...'")
_DOCUMENT_SAYS = frozenset("say read state add note conclude continue claim warn urge describe call write allege".split())
_ONE_OF = frozenset("one some two three many most several each all both none another".split())
# Function words that end a noun phrase walking leftwards ("reports that the minister said").
_FUNCTION = frozenset(
    """a an the and or but nor so yet for of in on at to by with from as into onto about over under after
    before since until while when where whereas if unless because although though than that which who
    whom whose what whether this these those it its is are was were be been being has have had do does
    did not no also then there here how why he she they we i you me him her them us my your our their
    his hers ours theirs said says told tells according""".split()
)
_PREPOSITIONS = frozenset("of for in at from with to near inside outside within across on close".split())
_POST_ADJECTIVES = frozenset(
    "familiar close linked loyal opposed briefed involved knowledgeable allied affiliated connected aware".split()
)
_DOCUMENT_VERBS = frozenset("issued issues released releases published publishes posted sent shared put distributed".split())
_ACCORDING = "according"
_ANSWERING = frozenset("answer reply respond".split())  # verbs whose speaker is the one asked
# Work charged to the comparison's budget (compare.budget), in its units (about a microsecond):
# per speech verb read, per clause resolved, per quotation attached.
_VERB_COST = 10
_CLAUSE_COST = 8
_QUOTE_COST = 20
# Verbs that credit the words only when the quotation sits right next to them.
_ADJACENT_ONLY_CHARS = 4
_TOLD_WHOM_TOKENS = 6
_QUOTING_VERBS = frozenset("quoted quotes quoting cited cites citing".split())
_ASIDE_VERB_TOKENS = 6
# Words opening a long lead-in phrase before a sentence's subject ("At a hearing of ..., Rep. X").
_LEAD_IN_WORDS = frozenset("at in on during after before following since speaking addressing".split())
_LEAD_IN_TOKENS = 25  # '," a man's voice says': how far after a close its speech verb may stand  # 'told the New York Daily News "..."': the words of whom it was told
# Participles that take their sentence's subject: '..., adding that "..."'.
_PARTICIPLE_SUFFIX = "ing"
_CROSS_HEAD_WORDS = 5  # "'Completely false'" alone in its paragraph: a cross-head, no words of the speaker before
# Words that, after a comma, open a phrase of the writer's own inside a reported sentence.
_RELATIVES = frozenset("that which who whom".split())
_WRITERS_PHRASE = frozenset("which when where whose whom who".split())
# Strong speech verbs: said, told... Others (concluded, believed) lose to them in one sentence.
_STRONG = frozenset(
    """say tell add write ask reply respond answer declare state explain insist warn argue claim tweet post
    testify recount quip joke boast shout chant remark comment reiterate stress emphasise emphasize urge
    continue acknowledge admit concede recall exclaim plead beg scream yell cry order read""".split()
)


def _unresolved(clause: Clause) -> bool:
    """A clause of the narration with a strong verb and no speaker we can name ("he said" about
    someone we cannot tell)."""
    return clause.speaker is None and clause.inside is None and clause.base in _STRONG


_ORG_HEADS_EXTRA = frozenset(
    """records productions entertainment pictures industries enterprises inc corp co ltd llc group agency
    office ministry department authority commission council committee league union association party
    court bureau board prosecution service services administration police force forces army navy
    command university institute foundation hospital clinic company corporation""".split()
)


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class Vocabulary:
    verbs: dict[str, str]  # inflected form -> base (nouns' look-alikes left out: "a blast", "the report")
    after_quote: dict[str, str]  # every form, nouns' look-alikes too: '," comments Johnston in a statement'

    not_alone: frozenset[str]  # bases that credit only adjacent quotations
    particles: dict[str, frozenset[str]]  # base -> particle it needs ("point" -> "out")
    naming: frozenset[str]  # bases: "called it", "described as"
    honorifics: frozenset[str]
    abbreviations: frozenset[str]  # "rep", "sen", "gov": titles written with a full stop
    suffixes: frozenset[str]
    title_words: frozenset[str]  # words of roles written before names
    agent_suffixes: tuple[str, ...]  # "importer", "florist": nouns of people by what they do
    person_nouns: frozenset[str]
    body_nouns: frozenset[str]
    document_nouns: frozenset[str]
    generic_bodies: frozenset[str]  # "the agency", "the group": may stand for a body of any kind
    business_marks: frozenset[str]  # "the Microsoft website": a one-word name that owns one is a business
    role_nouns: frozenset[str]  # "Masters champion Trevor Immelman": a noun of standing between two names
    said_nouns: frozenset[str]  # "His exact words:": owned, they introduce the quotation after them
    when_where: frozenset[str]  # "Roesler said on Thursday.": what may end an attribution standing alone
    knowledge_nouns: frozenset[str]  # "a source with knowledge of the talks"
    indefinite_pronouns: frozenset[str]  # "someone": no determiner, no modifier
    perceived: frozenset[str]  # "Jeffs was heard saying"
    event_heads: frozenset[str]  # "Day" of "Election Day": a name of a date
    party_members: frozenset[str]  # "Democrats" of "Louisiana Democrats": a group
    standalone_speakers: frozenset[str]  # "police", "staff", "someone": stand alone for speakers
    title_abbreviations: dict[str, str]  # "gov" -> "governor"
    title_small: frozenset[str]  # "of", "on": words title case leaves in lower case
    mention_nouns: frozenset[str]  # "the term", "the phrase": words mentioned, not said
    data_nouns: frozenset[str]  # "figures", "statistics": numbers, whose source is who gave them
    not_subjects: frozenset[str]
    org_heads: frozenset[str]
    openers: frozenset[str]  # function words that open a sentence with a capital ("But", "Earlier")
    first_names: dict[str, str]  # "mary" -> "she", "john" -> "he"
    media_titles: frozenset[str]  # "Vanity Fair", "People": papers, magazines, broadcasters by name
    media_nouns: frozenset[str]  # "the magazine", "People magazine": words that make a name a medium
    media_name_words: frozenset[str]  # "Times", "News", "Herald": a word that makes a name a paper's
    vessel_words: frozenset[str]  # "INS", "USS", "the frigate": a ship's name follows, no person's
    kin: dict[str, str]  # "mother" -> "she", "husband" -> "he": relatives a pronoun may stand for


def _vocabulary(lex: Lexicon) -> Vocabulary:
    """The attribution vocabulary with the lexicon's titles and organisations (built once per lexicon)."""
    cached = lex.derived.get("attribution")
    if cached is None:
        cached = lex.derived["attribution"] = _build_vocabulary(lex)
    return cached


def _build_vocabulary(lex: Lexicon) -> Vocabulary:
    data = json.loads(resource("attribution").joinpath("speech.json").read_text(encoding="utf-8"))
    verbs: dict[str, str] = {}
    for base in data["speech_verbs"]:
        for form in inflections(base) | set(data["irregular_forms"].get(base, ())):
            verbs.setdefault(form, base)
    for base, forms in data["irregular_forms"].items():
        for form in forms:
            verbs.setdefault(form, base)
    for base in data["naming_verbs"]:
        for form in inflections(base):
            verbs.setdefault(form, base)
    after_quote = dict(verbs)
    for base in data["noun_like_verbs"]:  # "blast", "reports", "notes": nouns as often as verbs
        for form in [f for f, b in verbs.items() if b == base and not f.endswith(("ed", "ing"))]:
            if form not in data["irregular_forms"].get(base, ()) or form == base:
                del verbs[form]
    title_words = set(data["honorifics"]) | set(data["abbreviated_titles"]) | set(data["extra_titles"])
    for title in lex.titles | lex.title_modifiers:
        title_words.update(w.strip(".") for w in title.split())
    title_words -= {"of", "for", "the", "state", "head", "chief", "general", "first", "top"}
    heads = set(lex.name_heads.get("organisation", ())) | _ORG_HEADS_EXTRA
    heads -= {"people", "news", "times", "post", "press", "capital", "states", "nations", "republic", "kingdom"}
    return Vocabulary(
        verbs=verbs,
        after_quote=after_quote,
        not_alone=frozenset(data["verbs_not_alone"]),
        particles={k: frozenset(v) for k, v in data["verbs_needing_a_particle"].items()},
        naming=frozenset(data["naming_verbs"]),
        honorifics=frozenset(data["honorifics"]),
        abbreviations=frozenset(data["abbreviated_titles"]) | frozenset(data["honorifics"]),
        suffixes=frozenset(data["name_suffixes"]),
        title_words=frozenset(title_words),
        agent_suffixes=tuple(data["agent_suffixes"]),
        person_nouns=(frozenset(data["person_nouns"]) | frozenset(lex.source_nouns) - frozenset(data["document_nouns"]))
        | {noun for nouns in data["kin_nouns"].values() for noun in nouns},
        body_nouns=frozenset(data["body_nouns"]),
        document_nouns=frozenset(data["document_nouns"]),
        data_nouns=frozenset(data["data_nouns"]),
        mention_nouns=frozenset(data["mention_nouns"]),
        title_small=frozenset(data["title_small_words"]),
        standalone_speakers=frozenset(data["standalone_speakers"]),
        title_abbreviations=dict(data["title_abbreviations"]),
        event_heads=frozenset(data["event_heads"]),
        party_members=frozenset(data["party_members"]),
        generic_bodies=frozenset(data["generic_bodies"]),
        business_marks=frozenset(data["business_marks"]),
        role_nouns=frozenset(data["role_nouns"]),
        said_nouns=frozenset(data["said_nouns"]),
        when_where=frozenset(data["attribution_adjuncts"]),
        knowledge_nouns=frozenset(data["knowledge_nouns"]),
        indefinite_pronouns=frozenset(data["indefinite_pronouns"]),
        perceived=frozenset(data["perception_participles"]),
        not_subjects=frozenset(data["not_subjects"]),
        org_heads=frozenset(heads),
        openers=frozenset(data["sentence_openers"]) | frozenset(data["number_words"]),
        first_names=_first_names(),
        media_titles=frozenset(data["media_titles"]) | frozenset(lex.media),
        media_nouns=frozenset(data["media_nouns"]),
        vessel_words=frozenset(data["vessel_words"]),
        media_name_words=frozenset(data["media_name_words"]),
        kin={noun: pronoun for pronoun, nouns in data["kin_nouns"].items() for noun in nouns},
    )


def _first_names() -> dict[str, str]:
    """Given names -> the pronoun that stands for their bearer ("mary" -> "she")."""
    return {n: "he" if gender == "male" else "she" for n, gender in gendered_given_names().items()}


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Speaker:
    name: str  # as shown: a full name, "the Kremlin", "a senior official"
    kind: str  # person | institution | media | group | anonymous
    key: str  # what citations of the same source share
    sentence_case: bool = False  # a description whose capital only opens its sentence ("Analysts say")
    medium: str | None = None  # an unnamed source's medium: "a security source told Reuters"
    parts: tuple[Speaker, ...] = ()  # the speakers of "Putin and Erdogan underlined"

    @property
    def cited_as(self) -> str:
        """The name in a list of sources: "analysts", "a security source (Reuters)"."""
        name = self.name[0].lower() + self.name[1:] if self.sentence_case else self.name
        return f"{name} ({self.medium})" if self.medium else name

    def __str__(self) -> str:
        return self.name


@dataclass
class Clause:
    """A speech verb and the words naming who speaks, with the speaker they resolve to."""

    verb: int  # token index of the verb ("according" for "according to")
    first: int  # token range of the subject words
    last: int
    base: str  # the verb's base form ("say"), or "according", "interview", "issue"
    speaker: Speaker | None = None
    medium: str | None = None  # "told Reuters" -> "Reuters"
    inside: int | None = None  # index of the top-level quote holding the clause; None in narration
    inverted: bool = False  # the subject follows the verb
    lead: int = -1  # first token of the words before the verb that name the speaker, descriptions included


@dataclass
class _Person:
    start: int
    canonical: str
    key: str
    descriptors: frozenset[str]
    subject: bool  # the subject of its sentence or of a clause
    possessive: bool = False  # "McDonald's cameo"


@dataclass
class _NameRun:
    first: int  # token range of the name words (titles and demonyms stripped)
    last: int
    kind: str  # person | institution | media | place | single
    descriptors: frozenset[str]
    text: str
    run_first: int = -1  # first token of the whole capitalised run (titles included)


# --------------------------------------------------------------------------- the engine


class Attribution:
    """Attribution clauses of one article and the speakers of its quoted parts."""

    def __init__(
        self,
        at: ArticleText,
        settings: AttributionSettings = DEFAULT.compare.attribution,
        budget: WorkBudget | None = None,
        lex: Lexicon | None = None,
    ):
        self.at = at
        self.text = at.text
        self.tokens = at.tokens
        self.settings = settings
        self.budget = budget or unlimited()
        self.lex = lex or lexicon()
        self.vocab = _vocabulary(self.lex)
        self._quote_of_token = self._quoted_tokens()
        self._context = -1  # the quote whose words a clause being read may use; -1: the narration
        self._lower = {t.norm for t in self.tokens if not t.cap}  # words this text writes in lower case
        self._midcap: set[str] | None = None  # words it capitalises inside a sentence (when asked)
        self._place_heads = frozenset(self.lex.name_heads.get("place", ()))
        # words that end an office's name, not a person's ("Homeland Security"; not "Billy King")
        self._office_words = frozenset(w for m in self.lex.title_modifiers for w in m.split()) | {"affairs"}
        self._runs = self._name_runs()
        self._index_people()
        self.clauses: list[Clause] = []
        self._find_clauses()
        self._clause_verbs = [c.verb for c in self.clauses]
        self._resolve_clauses()
        self.speakers: list[Speaker | None]
        self.speaker_spans: list[Span | None]
        self.speakers, self.speaker_spans = self._attach_quotes()

    # ------------------------------------------------------------------ tokens in quotes

    def _quoted_tokens(self) -> list[int]:
        """For each token, the index of the top-level quote holding it, or -1."""
        out = [-1] * len(self.tokens)
        starts = self.at.token_starts
        for qi, q in enumerate(self.at.quotes):
            if q.nested_in is not None:
                continue
            lo = bisect.bisect_left(starts, q.start)
            hi = bisect.bisect_left(starts, q.end, lo)
            for k in range(lo, hi):
                out[k] = qi
        return out

    def _in_quote(self, k: int) -> bool:
        """Whether token k sits in another quotation than the clause being read (the narration
        reads no words inside quotes; a clause inside a quote reads only its own quote's)."""
        return self._quote_of_token[k] != self._context

    # ------------------------------------------------------------------ names

    def _name_runs(self) -> dict[int, _NameRun]:
        """Parsed capitalised runs, keyed by their last token (those inside quotations too: a
        clause inside a quotation names its speaker with them)."""
        tokens = self.tokens
        # last words of names of two words or more: "Early" of "Chris Early" is a surname here
        self._surnames = {tokens[j - 1].norm for i, j in self.at.cap_runs if j - i >= 2}
        out: dict[int, _NameRun] = {}
        bodies: set[str] = set()  # names the text showed to be bodies ("..., Big Machine, says")
        short_forms: set[str] = set()  # their first words ("Big Machine" of "Big Machine Records")
        for i, j in self._joined_at_and(self.at.cap_runs):
            if j - i > 3 * self.settings.name_tokens:
                continue
            if self._in_heading(tokens[i].start):
                j = self._name_end_in_heading(i, j)  # "Lindsay Lohan Checks Into Rehab": the name ends before "Checks"
            run = self._parse_run(i, j - 1)
            if run is not None:
                run.run_first = i
                self._number_after(run)
                if run.kind == "institution":
                    bodies.add(run.text)
                    words = run.text.split()
                    short_forms.update(" ".join(words[:n]) for n in range(1, len(words)))
                elif run.kind in ("person", "single") and (run.text in bodies or run.text in short_forms
                                                           and fold(run.text.split()[0]) not in self.vocab.first_names):
                    run.kind = "institution"  # (not "Dick Clark" of "Dick Clark Productions": a person's name)
                out[run.last] = run
        return out

    def _joined_at_and(self, runs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Capitalised runs, with a body's name that holds "and" made one run ("the U.S. Food and
        Drug Administration", "Surrey Fire and Rescue Service"): an everyday word before "and",
        and after it one everyday word and the word that heads a body's name. Two names stay
        two ("Smith and Jones", "Big Machine and Dick Clark Productions")."""
        tokens = self.tokens

        def everyday(tok: Token) -> bool:
            return self._common(tok) and fold(tok.text) not in self.vocab.first_names and tok.norm not in self.vocab.org_heads

        out: list[tuple[int, int]] = []
        for i, j in runs:
            if out and out[-1][1] + 1 == i and j - i == 2 and tokens[i - 1].norm == "and" \
                    and tokens[i - 1].gap in _SPACE and tokens[i].gap in _SPACE \
                    and tokens[j - 1].norm in self.vocab.org_heads and everyday(tokens[i]) and everyday(tokens[i - 2]):
                out[-1] = (out[-1][0], j)
                continue
            out.append((i, j))
        return out

    def _number_after(self, run: _NameRun) -> None:
        """'Juror No. 8', 'Witness Number 3': a person known by a number keeps it ("Juror No"
        alone is no one)."""
        tokens, nxt = self.tokens, run.last + 1
        if run.kind != "place" and run.last > run.first and tokens[run.last].norm in ("no", "number") \
                and nxt < len(tokens) and tokens[nxt].norm.isdigit() and tokens[nxt].gap in (*_SPACE, ". ", ".\u00a0"):
            run.last = nxt
            run.text = self.text[tokens[run.first].start : tokens[nxt].end]

    def _in_heading(self, offset: int) -> bool:
        """Whether offset lies in a headline set in title case ("Lindsay Lohan Checks Into Rehab at
        Betty Ford Center"): short, no closing full stop, nearly every word capitalised."""
        p = self.at.paragraph_at(offset)
        if p < 0:
            return False
        lo, hi = self.at.paragraphs[p]
        if hi - lo > 2 * self.settings.heading_chars:
            return False  # a paragraph of the story
        cache = self.__dict__.setdefault("_headings", {})
        if p not in cache:
            line = self.text[lo:hi].rstrip()
            words = [self.tokens[k] for k in self.at.token_range(lo, hi) if self.tokens[k].text[:1].isalpha()]
            big = [t for t in words if t.norm not in self.vocab.title_small and t.norm not in _FUNCTION]
            cache[p] = len(line) <= self.settings.heading_chars and not line.endswith((".", "!", "?", ":", '"', "”", "’")) \
                and len(big) >= 3 and sum(t.cap for t in big) >= self.settings.heading_capitals * len(big)
        return cache[p]

    def _name_end_in_heading(self, i: int, j: int) -> int:
        """Where a capitalised run of a headline stops being a name: at the first word after its
        first that the text writes in lower case, or a function or speech word ("Checks", "Into")."""
        lower_stems = self.__dict__.get("_lower_stems")
        if lower_stems is None:
            lower_stems = self._lower_stems = {_stem(w) for w in self._lower}
        for k in range(i + 1, j):
            norm = self.tokens[k].norm
            if norm in self._lower or norm in _FUNCTION or norm in self.vocab.verbs or norm in self.vocab.title_small \
                    or _stem(norm) in lower_stems:  # "Checks" where the story says "checked"
                return k
            if k - i >= 2 and norm.endswith("s") and self.lex.is_common(_stem(norm), self.settings.heading_verb_zipf):
                return k  # "Lindsay Lohan Checks", "Serena Williams Wins": a verb after a full name
        return j

    def _parse_run(self, i: int, j: int) -> _NameRun | None:
        """Tokens i..j (a capitalised run) as a name: an institution, medium or place the term
        lists or the last word tell; else a person's name, read from the right (at most four
        words, hyphenated parts, particles and initials kept), titles, honorifics, demonyms and
        office words before it kept as descriptors. None when nothing name-like is left."""
        tokens, vocab = self.tokens, self.vocab
        while j > i and tokens[j].gap == "-" and not tokens[j].cap and (
                tokens[j].norm in vocab.title_words or tokens[j].norm in vocab.person_nouns
                or len(tokens[j].norm) >= 5 and tokens[j].norm.endswith(vocab.agent_suffixes)):
            j -= 1  # "Jonathan Wright-director of ...": a dash with no spaces, the name ends before it ("Cheuk Hau-yip" stays)
        k = i
        while k <= j and tokens[k].norm in vocab.openers and (k == i or tokens[k].initial):
            if k < j and len(tokens[k].text) == 1 and tokens[k + 1].gap.startswith("."):
                break  # "A.J. Smith", "A. J. Smith": an initial, not the article "a"
            if k == j and tokens[k].norm in self._surnames and (
                    not tokens[k].initial or k + 1 < len(tokens) and tokens[k + 1].norm in vocab.verbs):
                break  # "Early says" after "Chris Early": a surname, not an opener
            k += 1  # "But Chris Tang", "Earlier"
        while k <= j and tokens[k].norm in TIME_WORDS:
            k += 1  # "Monday Big Machine Records"
        if k < j and tokens[k].initial and self._opening_participle(tokens[k].norm):
            k += 1  # "Describing Yida as ...": a verb opening the sentence, no first name
        if k > j:
            return None  # "Thursday"
        if self._party_tag(k, j):
            return None
        whole = self.text[tokens[k].start : tokens[j].end]
        kind = self._kind_of_name(k, j, whole)
        if kind is None:
            return None
        if kind in ("person", "single") and i > 0 and tokens[i - 1].norm in ("a", "an") and tokens[i].gap in _SPACE:
            kind = "institution"  # "a Go-Kart Track", "a Hamas spokesman": no person's name
        if kind in ("person", "single") and tokens[i].text == "The" and not tokens[i].initial and i < j \
                and tokens[i + 1].norm not in vocab.title_words:
            return None  # "a movie, The Notorious Bettie Page,": a capital "The" inside a sentence opens a title, no one's name
        if kind not in ("person", "single"):
            return _NameRun(k, j, kind, frozenset(), whole)
        while j > k and tokens[j].norm in TIME_WORDS:
            j -= 1  # "Twitter Tuesday"
        last = j
        while last > k and tokens[last].norm in vocab.suffixes:
            last -= 1
        m, words = last, 1
        while m > k:
            prev, tok = tokens[m - 1], tokens[m]
            if tok.gap == "-" or prev.norm in NAME_PARTICLES:
                m -= 1  # "Eva-Marie", "Van Der Beek", "bin Salman"
                continue
            if self._descriptor_word(prev) or words >= 4:
                break
            if words >= 2 and len(prev.text) > 1 and (prev.norm in self._lower or self.lex.zipf(prev.norm) >= 4.5):
                break  # "State Mike Pompeo": an office word, not a first name
            m -= 1
            if len(prev.text) > 1:
                words += 1
        descriptors = {tokens[x].norm for x in range(k, m)}
        descriptors |= {vocab.title_abbreviations[d] for d in descriptors if d in vocab.title_abbreviations}  # "Gov." is a governor
        x = i - 1  # "Kremlin spokesperson Dmitry Peskov" (not "... to the actor. Bergeron")
        while x >= max(0, i - 3) and tokens[x + 1].gap in (*_SPACE, "-"):
            if tokens[x].norm in _FUNCTION or tokens[x].norm in vocab.verbs:
                break  # "the comedian added on Twitter": no title of Twitter
            if tokens[x].norm in vocab.title_words and not tokens[x].possessive:
                descriptors.add(tokens[x].norm)
            x -= 1
        text = self.text[tokens[m].start : tokens[j].end]
        if len(text) < 2 or not any(c.isalpha() for c in text):
            return None
        if self._apposition_head(j) in self.vocab.body_nouns or self._body_before(i):
            return _NameRun(k, j, "institution", frozenset(), whole)  # "TallGrass Distribution, a distributor of ..."
        single = m == last
        if single and len(tokens[m].text) == 1:
            return None  # "E" of "E! News"
        if single and tokens[m].initial and (self._speaker_head(tokens[m].norm) or tokens[m].norm in self._lower) \
                and tokens[m].norm not in self._surnames:
            return None  # "Analysts say", "Critics accused": a description in sentence case
        return _NameRun(m, j, "single" if single else "person", frozenset(descriptors), text)

    def _opening_participle(self, word: str) -> bool:
        """A common "-ing" form of a common verb ("Describing", "Speaking", "Citing"), which opens
        a sentence as a participle; not a name ending so ("Sterling", "Irving", "Fleming")."""
        if not word.endswith("ing") or word in self.vocab.first_names or word in self._surnames:
            return False
        zipf = self.settings.sentence_case_zipf - 1
        stem = word[:-3]
        return self.lex.zipf(word) >= zipf and len(stem) >= 3 and max(self.lex.zipf(stem), self.lex.zipf(stem + "e")) >= zipf

    def _body_before(self, i: int) -> bool:
        """The name at token i stands in apposition to a body opening its sentence: "The group
        that owns most of her music, Big Machine, says"."""
        tokens = self.tokens
        if i == 0 or tokens[i].gap.strip() != ",":
            return False
        s = bisect.bisect_left(self.at.token_starts, self._sentence_start(tokens[i].start))
        if i - s > 12 or tokens[s].norm not in ("the", "a", "an", "its", "their"):
            return False
        for h in range(s + 1, min(i, s + 4)):
            if tokens[h].norm in self.vocab.body_nouns and not tokens[h].possessive:
                return h + 1 < i and (tokens[h + 1].gap.strip() == "," or tokens[h + 1].norm in ("that", "which"))
            if tokens[h].cap:
                return False
        return False

    def _descriptor_word(self, tok: Token) -> bool:
        """A word before a name that describes rather than names: a title, a nationality, a
        country, an organisation or medium, an acronym ("DL", "NASA"), a weekday or month."""
        lex, vocab = self.lex, self.vocab
        word = tok.text
        return (
            tok.norm in vocab.title_words
            or tok.norm in vocab.person_nouns  # "NFL Insider Jason La Canfora"
            or tok.possessive
            or word in lex.demonyms
            or word in lex.countries
            or word in lex.media
            or word in lex.organisations
            or (word.isupper() and len(word) > 1)
            or tok.norm in TIME_WORDS
        )

    def _common(self, tok: Token) -> bool:
        """A capitalised word that is an everyday word in lower case ("Earlier", "Public")."""
        return tok.norm.isalpha() and self.lex.is_common(tok.norm, 4.0)

    def _party_tag(self, k: int, j: int) -> bool:
        """"R-Iowa", "D-Minn.": a party and a state after a lawmaker's name."""
        tokens = self.tokens
        return len(tokens[k].text) == 1 and tokens[k].text in "RDI" and k < j and tokens[k + 1].gap == "-"

    def _kind_of_name(self, k: int, last: int, text: str) -> str | None:
        """institution, media or place when the term lists or the run's last word say so;
        "person" otherwise (a lone word: "single"); None for a dateline ("WASHINGTON —")."""
        tokens, lex, vocab = self.tokens, self.lex, self.vocab
        bare = text[4:] if text.startswith("The ") else text
        titled_inside = any(tokens[m].norm in vocab.title_words or tokens[m].norm in vocab.person_nouns
                            for m in range(k + 1, last))  # "CBS Sports NFL Insider Jason La Canfora"
        if bare in lex.media or text in lex.media or tokens[k].text in lex.media and last > k and not titled_inside:
            return "media"
        if any(tokens[m].norm in vocab.vessel_words and tokens[m + 1].gap in _SPACE for m in range(max(0, k - 2), k)) \
                or last > k and tokens[k].text.isupper() and tokens[k].norm in vocab.vessel_words:
            return "place"  # "Patrol vessel INS Sukanya", "the deadly INS Mysore": a ship, which speaks for no one
        if bare in lex.organisations or text in lex.organisations:
            return "institution"
        if bare in lex.countries or bare in lex.places:
            return "place"
        if last > k and tokens[last].norm in self._place_heads:
            return "place"  # "Sahel City", "Idlib Province"
        if last > k and tokens[last].norm in vocab.event_heads:
            return None  # "Election Day", "New Year's Eve": a date, no one
        if last > k and tokens[last].norm in vocab.party_members:
            return "institution"  # "Louisiana Democrats": a party's people, no person's name
        places = [tokens[m].text in lex.countries or tokens[m].text in lex.places for m in range(k, last + 1)]
        if all(places):
            return "place"  # "Russia-Ukraine"
        if places[-1]:
            return "institution"  # "Kowloon West Syria"... a name ending with a place is no person's
        # a country first is a descriptor: "Britain Liu Xiaming" (China's ambassador to Britain)
        if bare.isupper() and len(bare) > 3 and tokens[k].start == self._paragraph_start(tokens[k].start):
            return None  # "WASHINGTON —": a dateline
        head = tokens[last].norm
        if last > k and (head in vocab.org_heads or head in vocab.body_nouns):
            return "institution"  # "British Foreign Office", "Big Machine Records"
        if last > k and tokens[last].text.isupper() and head in vocab.title_words:
            return "institution"  # "SeaMicro CEO": a body and a title, the person comes after
        if last > k and head in self._office_words:
            return "institution"  # "Homeland Security", "Foreign Affairs": an office
        if last > k and all(tokens[m].norm in self._lower for m in range(k, last + 1) if len(tokens[m].text) > 1):
            return "institution"  # "Big Machine", "White House": words this text also writes in lower case
        if last == k:
            word = tokens[k].text
            if word.isupper() and 1 < len(word) <= 6:
                if tokens[k].norm in vocab.title_words or self.lex.zipf(tokens[k].norm) >= _EVERYDAY_ACRONYM_ZIPF:
                    return None  # "CEO", "TV": a title or an everyday word, no body's name
                return "institution"  # "NASA", "CBP"
            if word in lex.demonyms or word in lex.groups:
                return None
            return "single"
        return "person"

    def _paragraph_start(self, offset: int) -> int:
        p = self.at.paragraph_at(offset)
        return self.at.paragraphs[p][0] if p >= 0 else 0

    # ------------------------------------------------------------------ people

    def _index_people(self) -> None:
        """Full names (two words or more) by their last word, and every person mention."""
        self._full: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}  # by last word, in text order
        self._full_first: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}  # by first word
        self._mentions: list[_Person] = []
        tokens = self.tokens
        for last, run in self._runs.items():  # in text order
            if run.kind != "person" or self._quote_of_token[run.first] >= 0 or self._title_in_marks(run):
                continue
            words = self._name_words(run)
            earlier = self._full.get(words[-1], ())
            if any(len(e[1]) > len(words) and e[1][len(e[1]) - len(words) :] == words for e in earlier[-_NEAREST_TRIES:]):
                continue  # "Van Rompuy" after "Herman Van Rompuy": the same person, not a new full name
            if len(words) >= 2:
                entry = (tokens[run.first].start, words, run.text)
                self._full.setdefault(words[-1], []).append(entry)
                self._full_first.setdefault(words[0], []).append(entry)
        self._full_starts = {k: [e[0] for e in v] for k, v in self._full.items()}
        self._full_first_starts = {k: [e[0] for e in v] for k, v in self._full_first.items()}
        titled: set[str] = set()  # lone names the text gave a title ("President Trump", then "Trump")
        for last, run in self._runs.items():
            if run.kind not in ("person", "single") or self._quote_of_token[run.first] >= 0 or self._title_in_marks(run):
                continue  # a name inside a quotation is no one the narration is about
            if self._in_heading(tokens[run.first].start):
                continue  # nor one in a headline: "he" in the story is someone its sentences name
            if self._attributive(run) or self._modifies_role_of_person(run):
                continue  # "the American Pie actress", "Masters champion Trevor Immelman": no person itself
            canonical = self._person_name(run)
            if run.kind == "single" and run.descriptors & self.vocab.title_words:
                titled.add(run.text)
            if canonical is None or run.kind == "single" and canonical == run.text and not run.descriptors \
                    and run.text not in titled and not self._aged(run):
                continue  # a lone word nobody titled nor named in full: maybe no person at all
            start = tokens[run.first].start
            self._mentions.append(
                _Person(start, canonical, name_key(canonical), run.descriptors | self._apposition_words(run.last), self._is_subject(run),
                        tokens[run.last].possessive)
            )
        self._mention_starts = [m.start for m in self._mentions]
        self._descriptors: dict[str, set[str]] = {}
        for m in self._mentions:
            self._descriptors.setdefault(m.key, set()).update(m.descriptors)
        self._gender = self._genders()

    def _title_in_marks(self, run: _NameRun) -> bool:
        """A capitalised run that fills a pair of quotation marks whole ('the film "The Notorious
        Bettie Page," starring ...'): a title, not a person's full name."""
        lead = run.run_first if run.run_first >= 0 else run.first
        before = self.text[max(0, self.tokens[lead].start - 1) : self.tokens[lead].start]
        after = self.text[self.tokens[run.last].end : self.tokens[run.last].end + 2].lstrip(",.")
        return before in _OPEN_MARKS and after[:1] in _CLOSE_MARKS

    def _aged(self, run: _NameRun) -> bool:
        """A lone name given an age ("25-year-old Guzel", "Maral, 45,"): a person, whom a "she"
        after it may stand for."""
        tokens, lead, nxt = self.tokens, run.run_first if run.run_first >= 0 else run.first, run.last + 1
        if lead >= 3 and tokens[lead - 1].norm == "old" and tokens[lead - 2].norm == "year" \
                and tokens[lead - 3].norm.isdigit() and tokens[lead].gap in _SPACE:
            return True
        return nxt + 1 < len(tokens) and tokens[nxt].norm.isdigit() and tokens[nxt].gap == ", " \
            and tokens[nxt + 1].gap.startswith(",") and int(tokens[nxt].norm) < 120

    def _attributive(self, run: _NameRun) -> bool:
        """A name written before a lower-case noun of a person ("the American Pie actress", "the
        Twilight star"), after "the" or "a": it modifies the noun and names no one by itself."""
        tokens = self.tokens
        lead = run.run_first if run.run_first >= 0 else run.first
        nxt = run.last + 1
        if nxt >= len(tokens) or tokens[nxt].cap or tokens[nxt].gap not in _SPACE:
            return False
        if tokens[lead].norm not in ("the", "a", "an") and (  # "The" opening a sentence is in the run
                lead == 0 or tokens[lead - 1].norm not in ("the", "a", "an") or tokens[lead].gap not in _SPACE):
            return False
        noun = tokens[nxt].norm
        return noun in _PROFESSIONS or noun in self.vocab.person_nouns

    def _modifies_role_of_person(self, run: _NameRun) -> bool:
        """A name written before a lower-case noun of a person's role and that person's full name
        ("U.S. Masters champion Trevor Immelman", "Apple co-founder Steve Wozniak"): it modifies
        the noun, the person is the name after it."""
        tokens, vocab = self.tokens, self.vocab
        nxt = run.last + 1
        if nxt + 1 >= len(tokens) or tokens[nxt].cap or tokens[nxt].gap not in _SPACE or tokens[run.last].possessive:
            return False
        noun = tokens[nxt].norm
        if not (noun in _PROFESSIONS or noun in vocab.person_nouns or noun in vocab.title_words or noun in vocab.role_nouns):
            return False
        person = self._run_starting(nxt + 1)
        return person is not None and person.kind == "person" and person.last > person.first and tokens[nxt + 1].gap in _SPACE

    def _genders(self) -> dict[str, str]:
        """"he" or "she" for the people the text shows it: an honorific ("Mr.", "Ms."), a "he" or
        "she" right after a speech verb in the sentence a name opens ("Omar asked for compassion,
        saying she ..."), or opening the next sentence of its paragraph. The majority wins. (A
        possessive proves nothing: "Hefner said her appearance ..." is about someone else.)"""
        votes: dict[str, list[int]] = {}
        tokens = self.tokens
        starts = self.at.token_starts
        verbs = self.vocab.verbs
        for m in self._mentions:
            tally = votes.setdefault(m.key, [0, 0])
            if m.descriptors & {"mr"}:
                tally[0] += 1
            if m.descriptors & {"mrs", "ms", "miss"}:
                tally[1] += 1
            given = [w for w in m.canonical.split()[:-1] if len(w.rstrip(".")) > 1]  # "W. Mark Felt": Mark
            first = self.vocab.first_names.get(fold(given[0])) if given else None
            if first is not None:  # "Hugh Hefner", "Bettie Page"
                tally[0 if first == "he" else 1] += 2
            if not m.subject:
                continue
            k = bisect.bisect_left(starts, m.start)
            s = self.at.sentence_at(m.start)
            nxt = self.at.sentences[s + 1] if s + 1 < len(self.at.sentences) else None
            end = nxt.start if nxt is not None else len(self.text)
            hint = None
            for j in range(k + 1, min(len(tokens), k + 40)):
                if tokens[j].start >= end or self._quote_of_token[j] >= 0:
                    break
                if tokens[j].norm in self.vocab.person_nouns or (tokens[j].cap and self._runs.get(j) is not None
                                                                  and j > k + 4):
                    break  # someone else comes first: "a boy whose ... his"
                if tokens[j].norm in ("he", "she") and tokens[j - 1].norm in verbs:
                    hint = tokens[j].norm  # "Omar asked for compassion, saying she ..."
                    break
            if hint is None and nxt is not None and self.at.paragraph_at(nxt.start) == self.at.paragraph_at(m.start):
                j = bisect.bisect_left(starts, nxt.start)
                if j < len(tokens) and tokens[j].norm in ("he", "she"):
                    hint = tokens[j].norm
            if hint is not None:
                tally[0 if hint == "he" else 1] += 1
        return {key: ("he" if he > she else "she") for key, (he, she) in votes.items() if he != she}

    def _name_words(self, run: _NameRun) -> tuple[str, ...]:
        words = [t.norm for t in self.tokens[run.first : run.last + 1]]
        while len(words) > 1 and words[-1] in self.vocab.suffixes:
            words.pop()
        return tuple(w for w in words if len(w) > 1 or w.isalpha())  # initials kept: "joseph r mccarthy"

    def _person_name(self, run: _NameRun, at: int | None = None) -> str | None:
        """The full name a person run stands for: itself when full, else the full name before it
        ending with the same words. When the text names two people so ("Doug McDermott", his
        father "Greg McDermott"), the one named in this sentence or the one before, else the one
        named first (the one the article goes on calling by the surname alone)."""
        words = self._name_words(run)
        if not words:
            return None
        start = self.tokens[run.first].start if at is None else at

        def fits(fwords: tuple[str, ...]) -> bool:
            return len(fwords) >= len(words) and fwords[len(fwords) - len(words) :] == words

        entries = self._full.get(words[-1], ())
        found = _nearest(entries, self._full_starts.get(words[-1], ()), start, fits)
        if found is not None and found != run.text:
            people = {e[2] for e in entries[:_NEAREST_TRIES] if fits(e[1])}
            if len(people) > 1:
                s = self.at.sentence_at(start)
                recent = self.at.sentences[s - 1].start if s >= 1 else 0
                near = [e for e in entries if fits(e[1]) and recent <= e[0] <= start]
                found = near[-1][2] if near else next(e[2] for e in entries if fits(e[1]))
        if found is None and len(words) == 1:  # "Liu" for "Liu Xiaming": a family name written first
            found = _nearest(self._full_first.get(words[0], ()), self._full_first_starts.get(words[0], ()), start,
                             lambda fwords: True)
        return found if found is not None else run.text

    def _apposition_head(self, last: int) -> str | None:
        """The head noun of an apposition after a name ("a distributor of natural health products"
        -> distributor; "the company's chief operating officer" -> officer)."""
        tokens = self.tokens
        k = last + 1
        if k >= len(tokens) or tokens[k].gap.strip() != "," or tokens[k].norm not in _DETERMINERS:
            return None
        head = None
        for m in range(k + 1, min(len(tokens), k + 10)):
            tok = tokens[m]
            if any(c in tok.gap for c in ",.;:()\"“”\n") or tok.norm in _PREPOSITIONS or tok.norm in ("who", "which", "that"):
                break
            if head is not None and tok.norm in self.vocab.verbs:
                return None  # "boarded the Salahaddin, the military said": the clause's subject, no apposition
            if not tok.cap and tok.norm not in _FUNCTION and not tok.possessive:
                head = tok.norm
        return head

    def _apposition_words(self, last: int) -> frozenset[str]:
        """Lower-case words of an apposition after a name: "X, the U.S. attorney for ..., said"."""
        tokens = self.tokens
        k = last + 1
        if k >= len(tokens) or tokens[k].gap.strip() != ",":
            return frozenset()
        lead = tokens[k]
        if not (lead.norm in _DETERMINERS or lead.norm in self.vocab.title_words or lead.norm.isdigit() or lead.cap):
            return frozenset()  # ", saying ...": no apposition
        words = set()
        for m in range(k, min(len(tokens), k + 12)):
            if m > k and any(c in tokens[m].gap for c in ",.;:()\"“”\n"):
                break
            if not tokens[m].cap and tokens[m].norm not in _FUNCTION:
                words.add(tokens[m].norm)
        return frozenset(words)

    def _is_subject(self, run: _NameRun) -> bool:
        """The name opens its sentence: first, after titles ("Kremlin spokesperson Dmitry
        Peskov"), after a conjunction or after a short lead-in with no name ("On Tuesday,")."""
        tokens, vocab = self.tokens, self.vocab
        k = run.first
        s_start = bisect.bisect_left(self.at.token_starts, self._sentence_start(tokens[k].start))
        if k - s_start > 8:
            return self._after_lead_in(s_start, k)
        lead = range(s_start, k)
        if all(tokens[m].norm in vocab.title_words or tokens[m].norm in vocab.openers or tokens[m].cap
               and not tokens[m].possessive and tokens[m].norm not in vocab.person_nouns or self._role_modifier(m, k)
               or m == k - 1 and tokens[m].norm in vocab.role_nouns for m in lead):
            # "U.S. Masters champion Trevor Immelman": the name before the role modifies it
            return not any(self._runs.get(m) is not None and self._runs[m].kind in ("person", "single")
                           and not self._modifies_role_of_person(self._runs[m]) for m in lead)
        if tokens[k].gap.strip() == "," and not any(
            self._runs.get(m) is not None or tokens[m].cap and m > s_start for m in lead
        ):
            return True
        # "Her son, director Charlie McDowell, ...": a description, a comma, titles, the name
        comma = next((m for m in lead if tokens[m].gap.strip() == ","), None)
        return comma is not None and comma - s_start <= 4 and all(
            tokens[m].norm in vocab.title_words or tokens[m].cap for m in range(comma, k)
        ) and not any(self._runs.get(m) is not None and self._runs[m].kind in ("person", "single") for m in range(s_start, comma)) \
            or self._named_after_kin(s_start, k)

    def _named_after_kin(self, s_start: int, k: int) -> bool:
        """"Nichols' lawyer, Tom Reed, spoke ...": a person described through another's name, a
        comma, then the name: the name is the sentence's subject (not Nichols)."""
        tokens = self.tokens
        if k - s_start > 4 or tokens[k].gap.strip() != ",":
            return False
        owners = [m for m in range(s_start, k) if tokens[m].possessive and tokens[m].cap]
        return len(owners) == 1 and owners[0] == k - 2 and tokens[k - 1].norm in self.vocab.person_nouns \
            and not tokens[k - 1].cap

    def _after_lead_in(self, s_start: int, k: int) -> bool:
        """"At a hearing last month of the House subcommittee that funds NASA, Rep. Robert Aderholt
        ...": a long phrase opened by a preposition, then a comma, titles and the name."""
        tokens, vocab = self.tokens, self.vocab
        if tokens[s_start].norm not in _LEAD_IN_WORDS or k - s_start > _LEAD_IN_TOKENS:
            return False
        commas = [m for m in range(s_start + 1, k + 1) if "," in tokens[m].gap]
        if len(commas) != 1 or any(tokens[m].norm in _PRONOUNS for m in range(s_start, commas[0])):
            return False  # one phrase, then the subject ("After it did, he was ..., thanking X, Y": no)
        comma = commas[0]
        return all(tokens[m].norm in vocab.title_words or tokens[m].cap and not tokens[m].possessive for m in range(comma, k)) \
            and not any(self._runs.get(m) is not None and self._runs[m].kind in ("person", "single") for m in range(comma, k))

    def _role_modifier(self, m: int, name: int) -> bool:
        """A lower-case word inside a title before a name: "chief" and "technology" of "AMD chief
        technology officer Mark Papermaster" (words before a title word, no verb form)."""
        tokens, vocab = self.tokens, self.vocab
        for x in range(m, name):  # "chief technology officer": lower-case words up to a title word
            tok = tokens[x]
            if x > m and tok.gap not in _SPACE:
                return False
            if x > m and (tok.norm in vocab.title_words or tok.norm.endswith(vocab.agent_suffixes)):
                return True
            if tok.cap or tok.norm in _FUNCTION or tok.norm in vocab.verbs or tok.norm.endswith(("ed", "ing")):
                return False
        return False

    def _abbreviation_before(self, m: int) -> bool:
        """Whether the full stop in the gap before token m ends an abbreviation or an initial."""
        prev = self.tokens[m - 1] if m > 0 else None
        return prev is not None and (len(prev.text) == 1 and prev.cap or prev.norm in self.vocab.abbreviations
                                     or prev.norm in ("u", "s", "jr", "sr", "st"))

    # ------------------------------------------------------------------ clauses

    def _find_clauses(self) -> None:
        tokens, vocab = self.tokens, self.vocab
        n = len(tokens)
        for v in range(n):
            tok = tokens[v]
            norm = tok.norm
            base = vocab.verbs.get(norm)
            if base is None and norm in vocab.after_quote and self._after_quote_close(v):
                base = vocab.after_quote[norm]  # '," comments Johnston': a verb there, whatever else it can be
            if norm in _DOCUMENT_VERBS and self._document_follows(v):
                base = "issue"  # "The port authority later issued a statement:"
            if norm == "per" and self._source_opens_sentence(v):
                self._object_clause(v, v + 1, "according")  # "Per THR, the talks are ...": as "according to"
                continue
            if base is None and norm not in (_ACCORDING, "interview"):
                continue
            if not self.budget.spend(_VERB_COST, "speakers"):
                break
            self._context = self._quote_of_token[v]
            if norm == _ACCORDING:
                if v + 1 < n and tokens[v + 1].norm == "to":
                    self._object_clause(v, v + 2, "according")
                continue
            if norm == "interview":
                if v + 1 < n and tokens[v + 1].norm == "with":
                    self._object_clause(v, v + 2, "interview")
                continue
            if tok.cap and not tok.initial:
                continue  # "Said" inside a name
            if self._in_heading(tok.start):
                continue  # a headline in title case is no attribution clause ("Prime Minister Calls ... 'Murder'")
            if base in vocab.particles and not (v + 1 < n and tokens[v + 1].norm in vocab.particles[base]):
                continue  # "point" without "out"
            clause = self._clause_at(v, base)
            if clause is not None and self._quote_of_token[clause.first] != self._context:
                continue  # 'Students chanting "Pigs! Murderers!" clapped': the words of a quotation name no speaker
            if clause is not None:
                clause.inside = self._quote_of_token[v] if self._quote_of_token[v] >= 0 else None
                self.clauses.append(clause)
        self._context = -1

    def _source_opens_sentence(self, v: int) -> bool:
        """"Per THR, ...": a capitalised "Per" opening a sentence, then a name and its comma (not
        "per cent", "per year")."""
        tokens = self.tokens
        if not tokens[v].cap or v + 1 >= len(tokens) or tokens[v + 1].gap not in _SPACE:
            return False
        if v > 0 and not any(c in tokens[v].gap for c in _SENTENCE_BREAK):
            return False
        for last in range(v + 1, min(len(tokens), v + 2 + self.settings.name_tokens)):
            run = self._runs.get(last)
            if run is not None and run.first == v + 1 or run is not None and tokens[v + 1].norm == "the" and run.first == v + 2:
                return last + 1 < len(tokens) and tokens[last + 1].gap.strip() == ","
        return False

    def _document_follows(self, v: int) -> bool:
        """"issued a statement", "released a brief statement", "put out a letter"."""
        tokens = self.tokens
        for m in range(v + 1, min(len(tokens), v + 5)):
            if tokens[m].gap not in _SPACE:
                return False
            if tokens[m].norm in self.vocab.document_nouns:
                return True
        return False

    def _clause_at(self, v: int, base: str) -> Clause | None:
        tokens = self.tokens
        if base in self.vocab.naming and tokens[v].norm.endswith("ed") and v + 1 < len(tokens) and tokens[v + 1].gap in _SPACE:
            if tokens[v + 1].norm == "by":
                return self._passive_naming(v, base)
            if tokens[v + 1].norm == "as" and v >= 2 and tokens[v - 2].norm in ("the", "a", "an") and not tokens[v - 1].cap:
                return None  # "the man described as": the one described names no one
        prev = tokens[v - 1] if v > 0 else None
        if prev is not None and prev.norm in _NEGATIONS and tokens[v].gap in _SPACE:
            return None  # "did not say"; not 'pockets where it is not," said Rep. X': a quotation ends between
        nxt = tokens[v + 1] if v + 1 < len(tokens) else None
        if nxt is not None and nxt.norm in ("guilty", "innocent", "not") and base in ("plead", "admit", "deny"):
            return None  # "pleaded guilty": a plea, not words
        if tokens[v].norm.endswith(_PARTICIPLE_SUFFIX) and base not in ("say",) or tokens[v].norm in ("saying",):
            quoted = self._quoted_as_saying(v)
            if quoted is not None:
                return quoted
            if v > 0 and tokens[v].gap in _SPACE and tokens[v - 1].norm in self.vocab.document_nouns:
                return None  # 'held signs reading "Phil Ford 2,290"': the sign's words, no one's speech
            if tokens[v].gap in _SPACE and v > 0:
                right_before = self._runs.get(v - 1)
                lead = right_before.run_first if right_before is not None and right_before.run_first >= 0 else v - 1
                object_of = tokens[lead - 1].norm if lead > 0 and tokens[lead].gap in _SPACE else ""
                if object_of == "the" and lead > 1 and tokens[lead - 1].gap in _SPACE:
                    object_of = tokens[lead - 2].norm  # "with the EU warning"
                if right_before is not None and (right_before.kind in ("person", "single") and (
                        object_of == "with" or object_of not in _PREPOSITIONS) or object_of == "with"):
                    # "with Ayman Safadi warning", "with the EU calling it": the one named after
                    # "with" speaks; not "posted on Twitter accusing": the place of the post
                    return Clause(v, right_before.first, right_before.last, base)
                group = tokens[v - 1].norm
                quote_next = v + 1 < len(tokens) and any(c in tokens[v + 1].gap for c in _OPEN_MARKS)
                if right_before is None and group in self.vocab.person_nouns and group.endswith("s") and quote_next \
                        and not self._in_quote(v - 1) and tokens[v - 1].gap != "-":
                    s = v - 1  # 'Students chanting "..."', 'hundreds of angry protesters chanting': the people doing it
                    while s > 0 and v - 1 - s < 3 and tokens[s].gap in _SPACE and tokens[s - 1].norm.isalpha() \
                            and not tokens[s - 1].cap and tokens[s - 1].norm not in _FUNCTION \
                            and not tokens[s - 1].norm.endswith(("s", "ed")) and tokens[s - 1].norm not in self.vocab.verbs:
                        s -= 1
                    if s > 0 and tokens[s - 1].norm in _DETERMINERS and tokens[s].gap in _SPACE:
                        s -= 1
                    return Clause(v, s, v - 1, base)
            if tokens[v].gap.strip() in (",", "", "—", "–") or tokens[v].gap in _SPACE:
                named = self._named_relative_subject(v)
                if named is not None:
                    return Clause(v, named[0], named[1], base)
                subject = self._sentence_subject(v)
                if subject is not None:
                    return Clause(v, subject[0], subject[1], base)
            return None
        if tokens[v].gap.strip() == "," and tokens[v].norm in ("said", "says") and nxt is not None \
                and nxt.norm in ("his", "her", "their", "the", "a", "an") and nxt.gap in _SPACE:
            after = self._subject_after(v)
            ends = after is not None and (after[1] + 1 >= len(tokens) or any(c in tokens[after[1] + 1].gap for c in ",.;"))
            if ends and self._speaker_head(tokens[after[1]].norm) and tokens[after[1]].norm not in self.vocab.document_nouns:
                # (not '..., said the suspects had fled': what was said)
                # "The driver had seethed with a sense of injustice, said his girlfriend": hers
                return Clause(v, after[0], after[1], base, inverted=True)
        before = self._subject_before(v)
        if before is not None and tokens[before[1]].norm in self.vocab.document_nouns and base not in _DOCUMENT_SAYS:
            before = None  # "a statement shared to its website": a document only says, reads, notes
        if before is not None:
            clause = Clause(v, before[0], before[1], base, lead=before[2] if len(before) > 2 else before[0])
            clause.medium = self._medium_after(v) if base == "tell" else None
            return clause
        if self._after_quote_close(v):
            after = self._subject_after(v)
            if after is not None:
                return Clause(v, after[0], after[1], base, inverted=True)
        return None

    def _passive_naming(self, v: int, base: str) -> Clause | None:
        """'the man described by The New York Times Magazine as "..."': the one after "by" names
        him so (never the man described)."""
        tokens = self.tokens
        for a in range(v + 3, min(len(tokens), v + 3 + self.settings.name_tokens + 2)):
            if tokens[a].norm == "as" and tokens[a].gap in _SPACE:
                np = self._np_ending_at(a - 1)
                if np is not None and np[0] == v + 2:
                    return Clause(v, np[0], np[1], base)
                run = self._run_starting(v + 2)
                if run is not None and run.last == a - 1 and run.kind != "place":
                    return Clause(v, run.first, run.last, base)
                return None
        return None

    def _named_relative_subject(self, v: int) -> tuple[int, int] | None:
        """'welcomed by Smith who pre-recorded a message, saying': the person a relative clause of
        the sentence is about, when a name stands right before its "who"."""
        tokens = self.tokens
        for m in range(v - 1, max(0, v - self.settings.aside_tokens), -1):
            if any(c in tokens[m].gap for c in _SENTENCE_BREAK) or tokens[m].norm in self.vocab.verbs and m < v - 1:
                return None
            if tokens[m].norm == "who" and tokens[m].gap in _SPACE and m > 0:
                run = self._runs.get(m - 1)
                if run is None or run.kind not in ("person", "single") or tokens[m - 1].possessive:
                    return None
                return self._np_ending_at(m - 1)
        return None

    def _quoted_as_saying(self, v: int) -> Clause | None:
        """'the New York Daily News quoted witness Devonte Brown as saying': the one quoted speaks
        (the paper only reports), the clause reaching back to the paper's name."""
        tokens = self.tokens
        if v >= 3 and tokens[v - 1].norm in self.vocab.perceived and tokens[v - 2].norm in _BE \
                and tokens[v].gap in _SPACE and tokens[v - 1].gap in _SPACE:
            # '," Jeffs was heard saying': the one heard speaks
            subject = self._subject_before(v - 2)
            return Clause(v, subject[0], subject[1], "say") if subject is not None else None
        if v < 4 or tokens[v - 1].norm != "as" or tokens[v].gap not in _SPACE or tokens[v - 1].gap not in _SPACE:
            return None
        if tokens[v - 2].norm in _QUOTING_VERBS and tokens[v - 3].norm in _BE:
            # "the company was quoted as saying", "she is quoted as saying": the subject is quoted
            subject = self._subject_before(v - 3) if v >= 4 else None
            return Clause(v, subject[0], subject[1], "say") if subject is not None else None
        np = self._np_ending_at(v - 2)
        if np is None or np[0] < 1:
            return None
        verb = np[0] - 1
        while verb > np[0] - 3 and verb > 0 and tokens[verb].norm not in _QUOTING_VERBS and tokens[verb + 1].gap in _SPACE \
                and (tokens[verb].norm in self.vocab.person_nouns or tokens[verb].norm in self.vocab.title_words):
            verb -= 1  # "quoted witness Devonte Brown"
        if tokens[verb].norm not in _QUOTING_VERBS or tokens[verb + 1].gap not in _SPACE:
            return None
        reporter = self._np_ending_at(verb - 1) if verb >= 1 and tokens[verb].gap in _SPACE else None
        return Clause(v, np[0], np[1], "say", lead=reporter[0] if reporter is not None else verb)

    def _after_quote_close(self, v: int) -> bool:
        """'"...," said X' / '" says X': the verb follows a closing mark (or a comma: 'prices
        rose, said Mary E. Lovely, an economist')."""
        gap = self.tokens[v].gap
        if gap.strip() == "," and self.tokens[v].norm in ("said", "says") and v + 1 < len(self.tokens) and self.tokens[v + 1].cap:
            return True
        # '"See that guy?" said X': the quote's own ? or !; '"...", said X': the comma outside
        inner = gap.strip().strip('"”’\'»')
        if inner == "." and not self.tokens[v].cap:
            inner = ""  # '...again." said Anna Pavlidou': a full stop where the comma belongs, the verb in lower case
        return any(c in gap for c in '"”’\'»') and "\n" not in gap and inner in ("", ",", "?", "!", "?!", "…")

    def _person_after_title(self, run: _NameRun) -> tuple[int, int] | None:
        """The person a run of titles and names of bodies leads to: "NASA administrator Jim
        Bridenstine", "SeaMicro CEO and new AMD general manager Andrew Feldman", "Secretary of
        State Condoleezza Rice" (a title's "of the" goes on)."""
        tokens, n = self.tokens, len(self.tokens)
        m = run.last + 1
        while m < n and m - run.last <= 8 and (tokens[m].gap in _SPACE or tokens[m].gap.strip() == "."
                                               and tokens[m - 1].norm in self.vocab.abbreviations):  # "police Lt. Gerry"
            person = self._runs.get(m)
            if person is not None and person.kind == "person" and person.first > run.last:
                return person.first, person.last
            tok = tokens[m]
            titled = tok.norm in ("of", "the", "for") and tokens[run.first].norm in self.vocab.title_words
            if not (tok.cap or tok.norm == "and" or titled or tok.norm.isalpha() and tok.norm not in _FUNCTION
                    and tok.norm not in self.vocab.verbs):
                return None
            m += 1
        return None

    def _sentence_subject(self, v: int) -> tuple[int, int] | None:
        """The subject of the clause a participle hangs on: the latest clause of the sentence,
        else the noun phrase opening the sentence."""
        s = self.at.sentence_at(self.tokens[v].start)
        s_start = self.at.sentences[s].start if s >= 0 else 0
        for clause in reversed(self.clauses[-4:]):
            if self.tokens[clause.verb].start >= s_start and clause.verb < v:
                return clause.first, clause.last
        k = bisect.bisect_left(self.at.token_starts, s_start)
        tokens = self.tokens
        if k < v and tokens[k].norm in self.vocab.openers and tokens[k].norm not in _PRONOUNS:
            # "In his initial Instagram announcement, Van Der Beek ...": after the lead-in
            for m in range(k + 1, min(v, k + 12)):
                if tokens[m].gap.strip() == ",":
                    k = m
                    break
        if k >= v:
            return None
        run = self._run_starting(k)
        if run is not None and (run.run_first if run.run_first >= 0 else run.first) == k:
            if run.first == run.last and run.kind == "single" and self._only_sentence_case(tokens[k].norm):
                # "Pressure has been mounting, warning ...": no one; "Beat writer Larry Holder puts": him
                return self._opening_np_before_verb(k, v)
            if run.kind == "single" and tokens[run.first].norm in self.vocab.title_words:
                titled = self._person_after_title(run)
                if titled is not None:
                    return titled  # "Secretary of State Condoleezza Rice will present ..., asking"
            if not tokens[run.last].possessive:
                return run.first, run.last
            # "Jeffs' attorney, Mike Picarretta, hinted ... and said": the one the possessive describes
            h = run.last + 1
            while h < v and (tokens[h].gap in _SPACE or h == run.last + 1 and tokens[h].gap.strip() in ("'", "’")) \
                    and not tokens[h].cap and tokens[h].norm not in _FUNCTION:
                h += 1  # ("Jeffs' attorney": the plural possessive's mark stands in the gap)
            if h - 1 == run.last:
                return None
            head = tokens[h - 1].norm
            described = self._apposition_name_after(h - 1)
            if described is None and (head in self.vocab.person_nouns or head in self.vocab.title_words
                                      or head in self.vocab.body_nouns or head.endswith(self.vocab.agent_suffixes)):
                described = (k, h - 1)  # "Jeffs' attorney said" (not "Henry's reference to ...")
            return described
        if tokens[k].norm in ("he", "she"):
            return k, k
        return self._opening_np_before_verb(k, v)

    def _opening_np_before_verb(self, k: int, v: int) -> tuple[int, int] | None:
        """The noun phrase opening a sentence at k when a finite verb follows it: "Beat writer
        Larry Holder puts ...", "Sudanese government spokesperson Rabie A. Atti defended ...", "An
        assistant delivered ...", "other protesters joined ...". Only a name, or a description
        whose head names people, and only before a regular past ("-ed") or present ("-s") form:
        an unknown word after it ("The decision was welcomed") leaves the participle unowned."""
        tokens = self.tokens
        for m in range(k, min(v - 1, k + self.settings.subject_tokens)):
            if any(c in tokens[m + 1].gap for c in ",;:()\"“”"):
                return None  # a comma or a mark: the phrase is no plain subject
            verb = tokens[m + 1].norm
            if tokens[m + 1].cap or tokens[m + 1].gap not in _SPACE or verb in _FUNCTION or not verb.isalpha() \
                    or not (verb.endswith("ed") or verb.endswith("s") and not verb.endswith("ss")):
                continue
            np = self._np_ending_at(m)
            if np is None:
                continue  # "other protesters joined": a plural noun ends in -s too
            if any(tokens[j].norm in ("who", "whom") for j in range(m + 2, v)):
                return None  # "Police arrested the protesters, who waved flags, shouting": theirs or not
            if np[0] < k or np[0] - k > 4 or any(
                    tokens[j].norm in _FUNCTION and tokens[j].norm not in _DETERMINERS or tokens[j].possessive
                    or tokens[j].norm.endswith("ed") or tokens[j].norm in self.vocab.verbs for j in range(k, np[0])):
                return None  # "Police arrested a man who ...": the words before are no role of the name
            run = self._runs.get(np[1])
            if run is not None:
                return np if run.kind in ("person", "single") and not self._only_sentence_case(tokens[run.first].norm) else None
            head = tokens[np[1]].norm
            return np if head in self.vocab.person_nouns or _singular(head) in self.vocab.person_nouns \
                or _profession(head) else None
        return None

    def _role_before_person(self, m: int) -> bool:
        """'said importer Luis Mendez': a noun of a person by what they do (by its ending) right
        before a full personal name; a name of one word or of a body is not taken on this alone."""
        role = self.tokens[m - 1].norm
        if len(role) < 5 or not role.endswith(self.vocab.agent_suffixes):
            return False
        run = self._run_starting(m)
        return run is not None and run.first == m and run.kind == "person" and run.last > run.first

    def _run_starting(self, k: int) -> _NameRun | None:
        for last in range(k, min(k + self.settings.name_tokens + 3, len(self.tokens))):
            run = self._runs.get(last)
            if run is not None:
                return run if run.first >= k and self.tokens[k].cap else None
        return None

    def _subject_before(self, v: int) -> tuple[int, int] | None:
        tokens = self.tokens
        k = v - 1
        while k >= 0 and not tokens[k].cap and tokens[k + 1].gap in _SPACE:
            if tokens[k].norm in _SKIP_BACK or tokens[k].norm.endswith("ly") and len(tokens[k].norm) > 4:
                k -= 1  # "also said", "tearfully asked"
            elif k >= 1 and tokens[k].gap == "-" and f"{tokens[k - 1].norm}-{tokens[k].norm}" in _SKIP_BACK:
                k -= 2  # "flat-out denied"
            else:
                break
        if k < 0:
            return None
        if tokens[k].norm in _BE and tokens[v].norm.endswith("ed") or tokens[k].norm in ("been", "being"):
            return None  # "Epstein was mentioned": a passive names no speaker
        if tokens[k].norm in ("and", "but") and tokens[k + 1].gap in _SPACE:
            if k > 0 and self._subject_before_relative(k - 1) is not None:
                # "an employee who had followed her in and had yelled": the relative clause's own
                return self._subject_before_relative(k - 1)
            for m in range(k - 1, max(0, k - self.settings.aside_tokens), -1):
                if any(c in tokens[m].gap for c in _SENTENCE_BREAK):
                    break
                if tokens[m].norm == "who":
                    if any("," in tokens[x].gap for x in range(m + 1, k + 1)):
                        break  # "Assad, who arrived on Tuesday, voiced support and said": the aside closed
                    # "Firemen had to restrain a woman outside the bank, who wept and cried": hers, not
                    # the firemen's; her phrase is not read surely, so no one
                    return None
            return self._sentence_subject(v)  # "Assad voiced support and said"
        gap = tokens[k + 1].gap
        if gap.strip() == "." and self._abbreviation_before(k + 1):
            gap = " "  # "James Kennedy Jr. said"
        elif gap.strip() == "." and self._state_after_place(k):
            # "Matt Smith, the county attorney in Mohave County, Az. said": the aside's closing
            # comma after the state's abbreviation was left out
            return self._name_before_unclosed_aside(k - 1)
        if gap in _SPACE:
            found = self._np_ending_at(k)
            if found is None and tokens[k].norm in _ONE_OF and (k == 0 or tokens[k].gap.strip()):
                return None  # "..., most believe": a quantity of people, not a noun phrase further back
            if found is None and tokens[k].norm not in _DETERMINERS and (k == 0 or tokens[k - 1].norm not in _DETERMINERS):
                found = self._subject_before_relative(k)
            if found is not None and tokens[found[0]].norm in ("a", "an") and found[0] > 0 \
                    and tokens[found[0]].gap.strip() == ",":
                named = self._runs.get(found[0] - 1)
                if named is not None and named.kind == "person":
                    # "Fares Ghanem, a hospital official told the AP": an apposition whose closing
                    # comma was left out describes the name before it
                    return named.first, named.last, named.run_first if named.run_first >= 0 else named.first
            if found is None or self._runs.get(found[1]) is None or self._runs[found[1]].kind != "person":
                opener = self._name_before_unclosed_aside(k)
                if opener is not None:
                    return opener
            return found
        stripped = gap.strip()
        if stripped in (",", ".,"):
            return self._subject_across_aside(k)  # ".," ends an abbreviation: "Ben Sasse, R-Neb., called"
        if stripped == ")":
            m = self._open_bracket(k)
            if m is not None and m > 0 and tokens[m].gap.strip() == "(":
                return self._np_ending_at(m - 1)
        return None

    def _state_after_place(self, k: int) -> bool:
        """Token k is a short capitalised abbreviation after a place and its comma ("Mohave County,
        Az.") and a lower-case word follows its full stop: the sentence runs on."""
        tokens = self.tokens
        if k < 1 or k + 1 >= len(tokens) or not tokens[k].cap or len(tokens[k].text) > 5:
            return False
        if not tokens[k + 1].text[:1].islower() or tokens[k].gap.strip() != ",":
            return False
        place = self._runs.get(k - 1)
        return place is not None and place.kind == "place"

    def _name_before_unclosed_aside(self, k: int) -> tuple[int, int, int] | None:
        """'Peter Guest, Assistant Chief Fire Officer at Surrey Fire and Rescue Service says': a
        sentence opens with a person's name and an apposition whose closing comma was left out runs
        up to the verb after token k; the name is the subject, not the body or place ending the aside."""
        tokens = self.tokens
        for m in range(k, max(0, k - self.settings.aside_tokens), -1):
            gap = tokens[m].gap
            if any(c in gap for c in _SENTENCE_BREAK):
                return None
            norm = tokens[m].norm
            if norm in ("who", "which", "whose", "whom", "that") or norm in self.vocab.verbs:
                return None  # a clause of its own, not a description
            if norm in ("and", "or") and m < k and (not tokens[m + 1].cap or tokens[m + 1].norm in _DETERMINERS):
                return None  # "Guest, the chief and the mayor said": a list of speakers
            if gap.strip() != ",":
                continue
            named = self._runs.get(m - 1) if m > 0 else None
            if named is None or named.kind != "person":
                return None
            aside = self._runs.get(k)
            if aside is not None and aside.first <= m:
                return None  # "Guest, Mary Jones said": two names, no description
            lead = named.run_first if named.run_first >= 0 else named.first
            if lead > 0 and not any(c in tokens[lead].gap for c in _SENTENCE_BREAK):
                return None  # "After meeting Guest, the mayor said": the name opens no sentence
            return named.first, named.last, lead
        return None

    def _subject_before_relative(self, k: int) -> tuple[int, int] | None:
        """'A spokesperson who did not wish to be named said': the noun phrase before "who"."""
        tokens = self.tokens
        for m in range(k, max(0, k - self.settings.aside_tokens), -1):
            if any(c in tokens[m].gap for c in _SENTENCE_BREAK):
                return None
            if tokens[m].norm in ("who", "that") and tokens[m].gap in _SPACE and m > 0:
                found = self._np_ending_at(m - 1)
                if found is not None and (tokens[m].norm == "who" or self._speaker_head(tokens[m - 1].norm)):
                    return found
                return None
        return None

    def _open_bracket(self, k: int) -> int | None:
        tokens = self.tokens
        for m in range(k, max(-1, k - 8), -1):
            if "(" in tokens[m].gap:
                return m
        return None

    def _subject_across_aside(self, k: int) -> tuple[int, int] | None:
        """Token k ends ", <aside>," before the verb: an apposition ("Brown, a Democrat of Ohio,")
        or a relative clause ("officials, who asked not to be named,")."""
        tokens = self.tokens
        lo = max(0, k - self.settings.aside_tokens)
        in_list = False  # "at Boeing Defense, Space, and Security": the commas of a list of names
        for m in range(k, lo, -1):
            gap = tokens[m].gap
            if any(c in gap for c in _SENTENCE_BREAK) and not (gap.strip() in (".", ".,") and self._abbreviation_before(m)):
                return None
            if gap.strip() == "," or gap.strip() == ".," and self._abbreviation_before(m):
                if m == 0:
                    return None
                if tokens[m].norm in ("and", "or") and m < k and tokens[m + 1].cap:
                    in_list = True
                    continue
                if in_list and tokens[m].cap and tokens[m].norm not in ("who", "which"):
                    continue
                in_list = False
                aside_run = self._runs.get(k)
                head = self._np_ending_at(m - 1)
                if head is None and m >= 2 and tokens[m - 1].norm.isdigit() and tokens[m - 1].gap.strip() == ",":
                    head = self._np_ending_at(m - 2)  # "Sami Haddad, 41, who has worked ..., said": an age
                if tokens[m].norm in ("who", "which", "whose", "whom"):
                    return head
                if aside_run is not None and aside_run.first == m and aside_run.kind == "person" and (
                    head is None or not self._is_name_np(head)
                ):
                    lead = head[0] if head is not None else aside_run.first
                    return aside_run.first, aside_run.last, lead  # "the charity's head, Omar Faris, said"
                if aside_run is not None and aside_run.first == m and aside_run.kind in ("person", "single", "institution", "media") \
                        and (head is not None and self._is_name_np(head) and self._is_object(head[0])
                             or aside_run.kind == "institution" and self._body_before(m)):
                    # "The company that runs the AMAs, Dick Clark Productions, denies": the name, not the object
                    return aside_run.first, aside_run.last, aside_run.first
                if head is not None and not self._is_name_np(head) and head[0] > 0 and tokens[head[0]].gap.strip() == ",":
                    outer = self._np_ending_at(head[0] - 1)
                    if outer is not None and self._is_name_np(outer):
                        return outer  # "Omar Lamrani, a senior analyst at Stratfor, the ... organization, told"
                if head is None or self._is_place_np(head):
                    continue  # "Dylan Nelson, a fellow at the institute in Munich, Germany, and co-author ..., said"
                return head
        return None

    def _is_object(self, k: int) -> bool:
        """Token k (with its article) follows a verb or a preposition: an object, not a subject."""
        tokens = self.tokens
        m = k - 1 if k > 0 and tokens[k - 1].norm == "the" and tokens[k].gap in _SPACE else k
        if m == 0 or tokens[m].gap not in _SPACE:
            return False
        prev = tokens[m - 1]
        return not prev.cap and (prev.norm in _PREPOSITIONS or prev.norm in self.vocab.verbs
                                 or prev.norm.endswith("s") and prev.norm not in _FUNCTION and not prev.possessive
                                 and m >= 2 and tokens[m - 2].norm in ("that", "which", "who"))

    def _is_place_np(self, np: tuple[int, int]) -> bool:
        """A place: one the term lists know, or a lone name after "in X," ("in Greenbelt, Maryland")."""
        run = self._runs.get(np[1])
        if run is None:
            return False
        if run.kind == "place":
            return True
        first = run.run_first if run.run_first >= 0 else run.first
        if run.kind == "single" and first > 0 and self.tokens[first].gap.strip() == ",":
            before = self._runs.get(first - 1)
            return before is not None and self._object_start(before.run_first if before.run_first >= 0 else before.first) is not None
        return False

    def _is_name_np(self, np: tuple[int, int]) -> bool:
        run = self._runs.get(np[1])
        return run is not None and run.first == np[0]

    def _np_ending_at(self, k: int) -> tuple[int, int] | None:
        """The noun phrase that ends at token k and can be a speaker: a name, a pronoun, or a
        description ("a person familiar with the matter", "Turkish officials", "Swift's rep")."""
        tokens, vocab = self.tokens, self.vocab
        tok = tokens[k]
        if self._in_quote(k) or tok.possessive:
            return None  # "Jeanine Pirro's comments": a possessive is no subject
        if tok.norm in ("them", "those") and k >= 2 and tokens[k - 1].norm == "of" and (
            tokens[k - 2].norm in _ONE_OF or tokens[k - 2].norm in self.vocab.openers
        ):
            return k - 2, k  # "one of them said"
        if tok.norm in _PRONOUNS:
            return k, k
        run = self._runs.get(k)
        if run is not None:
            origin = self._person_of(run)
            if origin is not None:
                return origin  # "Sen. Dianne Feinstein of California said": the senator, not the state
            owner = self._name_of_name(run)
            if owner is not None:
                return owner  # "the Harran Observatory for Human Rights"
            if run.kind == "person" and run.run_first >= 0 and run.first > run.run_first:
                return self._with_conjoined(run.first, k)  # "China's ambassador to Britain Liu Xiaming"
            first = self._object_start(run.run_first if run.run_first >= 0 else run.first)
            if first is not None:  # "the journal JAMA Psychiatry", "ambassador to Britain"
                owner = self._with_post_modifier_owner(first, k)
                return owner if owner[0] < first else None
            return self._with_conjoined(run.first, k)
        if tok.cap and not tok.initial:
            return None  # a capitalised word that is no name we read
        owned = k > 0 and (tokens[k - 1].possessive and tok.gap in _SPACE or tok.gap in ("' ", "’ "))
        if not tok.norm.isalpha() or tok.norm in _FUNCTION or tok.norm in vocab.not_subjects \
                or tok.norm in vocab.verbs and not owned:  # "the team's thinking" is a noun
            return None
        s = self._description_start(k)
        if s is None:  # "residents of the valley": the place is no speaker, the people are
            plain = self._plain_np_start(k)
            if plain is None:
                return None
            owner = self._with_post_modifier_owner(plain, k)
            return owner if owner[0] < plain else None
        return self._with_post_modifier_owner(s, k)

    def _plain_np_start(self, k: int) -> int | None:
        """First token of the noun phrase ending at k (up to its determiner), whatever its head."""
        tokens = self.tokens
        s = k
        owned = False
        while s > 0 and k - s < self.settings.subject_tokens and (
                tokens[s].gap in (*_SPACE, "-") or not owned and tokens[s].gap in ("' ", "’ ")):
            prev = tokens[s - 1]
            if prev.norm in _DETERMINERS:
                return s - 1
            if not owned and prev.norm.isalnum() and (prev.possessive and tokens[s].gap in _SPACE
                                                      or tokens[s].gap in ("' ", "’ ") and prev.norm.endswith("s")):
                owned = True  # "the team's thinking", "the 76ers' thinking": the owner's phrase is the phrase's
                s -= 1
                continue
            if prev.norm in _FUNCTION or prev.possessive or not prev.norm.isalpha():
                break
            s -= 1
        return s

    def _person_of(self, run: _NameRun) -> tuple[int, int] | None:
        """The person a name follows as "X of <place or body>" / "X from <place>", else None."""
        tokens = self.tokens
        first = run.run_first if run.run_first >= 0 else run.first
        if first >= 3 and tokens[first - 1].norm == "the" and tokens[first].gap in _SPACE:
            first -= 1  # "the Rev. Larry Kroon of the Wasilla Bible Church said": the pastor
        if run.kind == "person" or first < 2 or tokens[first - 1].norm not in ("of", "from") \
                or tokens[first].gap not in _SPACE or tokens[first - 1].gap not in _SPACE:
            return None
        person = self._runs.get(first - 2)
        if person is None or person.kind != "person" or self._in_quote(first - 2):
            return None
        return person.first, person.last

    def _name_of_name(self, run: _NameRun) -> tuple[int, int] | None:
        """A name joined to the name before it by "of"/"for" ("Office of the Inspector General",
        "United Nations High Commissioner for Human Rights"): the span of both, or None."""
        tokens = self.tokens
        first = run.run_first if run.run_first >= 0 else run.first
        if run.kind == "person" or first < 2:
            return None
        p = first - 1
        if tokens[p].norm == "the" and p >= 2:
            p -= 1
        if tokens[p].norm not in ("of", "for") or tokens[p].gap not in _SPACE or tokens[p + 1].gap not in _SPACE:
            return None
        before = self._runs.get(p - 1)
        if before is None or before.kind == "person" or self._in_quote(p - 1):
            return None
        return (before.run_first if before.run_first >= 0 else before.first), run.last

    def _object_start(self, first: int) -> int | None:
        """When the words ending at a name are the object of a preposition ("in the journal
        JAMA Psychiatry", "to Britain"), the first token after the preposition; else None."""
        tokens = self.tokens
        m = first
        for _ in range(3):
            if m == 0 or tokens[m].gap not in _SPACE:
                return None
            prev = tokens[m - 1]
            if prev.norm in _PREPOSITIONS and not prev.cap:
                before = tokens[m - 2] if m >= 2 else None
                if before is not None and before.cap and prev.norm in ("of", "for"):
                    return None  # "Secretary of State Mike Pompeo", "Commissioner for Human Rights"
                return m
            if prev.cap or prev.norm not in _DETERMINERS and (prev.norm in _FUNCTION or not prev.norm.isalpha()):
                return None
            m -= 1
        return None

    def _with_conjoined(self, first: int, last: int) -> tuple[int, int]:
        """"Tova Noel and Michael Thomas said": both names."""
        tokens = self.tokens
        if first >= 2 and tokens[first - 1].norm == "and" and tokens[first].gap in _SPACE and tokens[first - 1].gap in _SPACE:
            other = self._runs.get(first - 2)
            if other is not None and other.kind in ("person", "single") and not self._in_quote(first - 2):
                return other.first, last
        return first, last

    def _description_start(self, k: int) -> int | None:
        """First token of a description whose head is token k, or None when no head of a
        speaker: walks left over modifiers to a determiner, a possessive or the sentence start."""
        tokens, vocab = self.tokens, self.vocab
        head = tokens[k].norm
        if head in vocab.indefinite_pronouns:
            return k  # "overheard someone say": a pronoun takes no modifier, no determiner
        plural = head.endswith("s") and not head.endswith("ss")
        s = k
        limit = self.settings.subject_tokens
        while s > 0 and k - s < limit and (tokens[s].gap in (*_SPACE, "-") or tokens[s - 1].possessive
                                           and tokens[s].gap in ("' ", "’ ")):  # "the dockworkers' union"
            prev = tokens[s - 1]
            if prev.possessive:
                s -= 1  # "Swift's rep", "Carlineo's attorney", "the victim's mother"
                run = self._runs.get(s)
                if run is not None:  # "the European Space Agency's team": the whole name
                    s = run.run_first if run.run_first >= 0 else run.first
                    while s < run.first and not (tokens[s].cap and tokens[s].norm not in vocab.openers):
                        s += 1  # "when President Trump's advisers": from the name's first capital
                    if s > 0 and tokens[s - 1].norm == "the" and tokens[s].gap in _SPACE:
                        s -= 1
                else:  # "the victim's mother", "Bolivia's public defender's office", "the U.S. attorney's office"
                    m = s
                    while m > 0 and s - m < 4 and (tokens[m].gap in _SPACE or tokens[m].gap in (".", ". ") and len(tokens[m - 1].text) == 1):
                        before = tokens[m - 1]
                        if before.norm in _DETERMINERS:
                            s = m - 1
                            break
                        if before.norm in _FUNCTION or not before.norm.isalpha() or before.norm in vocab.verbs \
                                or self._in_quote(m - 1):
                            break
                        m -= 1
                        if before.cap or before.possessive:
                            s = m  # a name or an owner belongs to the phrase even with no article
                break
            if prev.norm in _DETERMINERS:
                s -= 1
                break
            if prev.cap and not prev.initial and not self._in_quote(s - 1):
                s -= 1  # "the US military", "the IT department": a capitalised modifier
                continue
            if prev.norm in _FUNCTION or prev.norm in vocab.verbs or self._in_quote(s - 1):
                break
            if not (prev.norm.isalpha() or prev.norm.replace("-", "").isalnum()):
                break
            s -= 1
        starts_sentence = s == 0 or tokens[s].initial
        determined = tokens[s].norm in _DETERMINERS or any(tokens[m].possessive for m in range(s, k))
        if not (determined or plural or starts_sentence):
            return None
        if not self._speaker_head(head) and not (head == "old" and tokens[k - 1].norm in ("year", "years")):
            return None  # "the 56-year-old" is a person
        return s

    def _speaker_head_listed(self, word: str) -> bool:
        vocab = self.vocab
        return word in vocab.person_nouns or word in vocab.body_nouns or word in vocab.document_nouns

    def _speaker_head(self, word: str) -> bool:
        """A noun that can head a description of a speaker: a person, a body, a document."""
        vocab = self.vocab
        for form in {word, _singular(word)}:
            if form in vocab.person_nouns or form in vocab.body_nouns or form in vocab.document_nouns:
                return True
        return _profession(word)  # "the comedian added": resolved to the person, else no one

    def _with_post_modifier_owner(self, s: int, k: int) -> tuple[int, int]:
        """'a person familiar with the matter', 'diplomats in Geneva', 'a spokesperson for the
        British Foreign Office': the speaker noun before a prepositional phrase ending at k."""
        tokens, vocab = self.tokens, self.vocab
        for _ in range(2):
            p = s - 1
            if p < 1 or tokens[p].norm not in _PREPOSITIONS or tokens[s].gap not in _SPACE or tokens[p].gap not in _SPACE:
                break
            q = p - 1
            if tokens[q].norm in _POST_ADJECTIVES and q > 0 and tokens[q + 1].gap in _SPACE:
                q -= 1
            if tokens[q].norm in ("close", "familiar") and q > 0:
                q -= 1
            elif tokens[q].norm in vocab.knowledge_nouns and q > 1 and tokens[q - 1].norm == "with" \
                    and tokens[q].gap in _SPACE and tokens[q - 1].gap in _SPACE:
                q -= 2  # "a source with knowledge of the talks"
            head = tokens[q].norm
            if not (head in vocab.person_nouns or _singular(head) in vocab.person_nouns) or tokens[q].cap and not tokens[q].initial:
                break
            outer = self._description_start(q)
            if outer is None:
                break
            s = outer
        return s, k

    def _subject_after(self, v: int) -> tuple[int, int] | None:
        """'"...," said Jason Foy, who...' / 'said one legal expert' / 'says the letter signed by
        seven physicians' / 'said another witness ..., former adviser Fiona Hill'."""
        tokens = self.tokens
        n = len(tokens)
        k = v + 1
        if k >= n or tokens[k].gap not in _SPACE:
            return None
        if tokens[k].norm in _PRONOUNS:
            return k, k
        while k + 1 < n and any(c.isdigit() for c in tokens[k].norm) and tokens[k + 1].gap in ("-", *_SPACE):
            k += 1  # "wrote 43-year-old Martin Taylor"
            while k + 1 < n and tokens[k].gap == "-" and tokens[k + 1].gap == "-":
                k += 1
            if tokens[k].gap == "-" and not tokens[k].cap:
                k += 1
        if k >= n:
            return None
        m = k
        while m < n and m - k < 4 and not tokens[m].cap and tokens[m].norm not in _FUNCTION \
                and tokens[m].norm.isalpha() and tokens[m + 1 if m + 1 < n else m].gap in _SPACE:
            m += 1  # "said planetary scientist Rosaly Lopes": lower-case titles before the name
        if m > k and m < n and tokens[m].cap and (tokens[m - 1].norm in self.vocab.title_words
                                                   or tokens[m].norm in self.vocab.title_words
                                                   or self._role_before_person(m)):
            # "said state Rep. Barry Fleming", "said state Senator X": a lower-case word before a title
            k = m
        for last in range(k, min(n, k + self.settings.name_tokens + 2)):
            run = self._runs.get(last)
            if run is not None and tokens[k].cap and all(self._joined_in_name(m) for m in range(k + 1, last + 1)):
                if tokens[run.last].possessive:  # "said Ms. Davis's sister Crystal"
                    h = run.last + 1
                    if h < n and tokens[h].norm in self.vocab.person_nouns | self.vocab.title_words:
                        person = self._run_starting(h + 1) if h + 1 < n and tokens[h + 1].cap else None
                        if person is not None and person.kind in ("person", "single"):
                            return person.first, person.last
                        return k, h
                    return None
                if run.kind in ("institution", "media", "single", "place"):
                    person = self._person_after_title(run)
                    if person is not None:
                        return person
                if run.kind == "person" and run.last + 2 < n and tokens[run.last + 1].norm == "and" \
                        and tokens[run.last + 1].gap in _SPACE and tokens[run.last + 2].gap in _SPACE:
                    other = self._run_starting(run.last + 2)
                    if other is not None and other.kind == "person" and other.first == run.last + 2:
                        return run.first, other.last  # 'said Laurence Mark and Bill Condon': the two
                return run.first, run.last
        if tokens[k].norm not in _DETERMINERS:
            return None
        for h in range(k + 1, min(n, k + 6)):
            if tokens[h].gap not in (*_SPACE, "-"):
                break
            if tokens[h].norm == "old" and tokens[h].gap == "-" and tokens[h - 1].norm in ("year", "years") \
                    and any(c.isdigit() for c in tokens[h - 2].norm):
                return k, h  # '," said the 29-year-old': the person the passage is about
            if tokens[h].norm in self.vocab.person_nouns or tokens[h].norm in self.vocab.document_nouns or tokens[h].norm in self.vocab.body_nouns:
                if tokens[h].possessive:  # "said the company's advanced threat researcher Paul Ferguson"
                    m = h + 1
                    while m < n and m - h <= 6 and tokens[m].gap in (*_SPACE, "' ", "’ "):
                        if tokens[m].cap:
                            person = self._run_starting(m)
                            if person is not None and person.kind == "person":
                                return person.first, person.last
                            break
                        if tokens[m].norm in _FUNCTION or tokens[m].norm in self.vocab.verbs:
                            break
                        m += 1
                name = self._apposition_name_after(h)
                if name is None and tokens[h].norm in self.vocab.document_nouns and h + 2 < n \
                        and tokens[h + 1].norm in ("from", "by", "of") and tokens[h + 2].cap:
                    owner = self._run_starting(h + 2)  # "said a report from Kotak Institutional Equities"
                    if owner is not None and owner.kind != "place":
                        return owner.first, owner.last
                return name if name is not None else (k, h)
        return None

    def _apposition_name_after(self, h: int) -> tuple[int, int] | None:
        """'another witness in the impeachment probe, former White House adviser Fiona Hill'."""
        tokens = self.tokens
        n = len(tokens)
        m = h + 1
        while m < n and m - h < 8 and tokens[m].gap in _SPACE:
            m += 1
        if m >= n or tokens[m].gap.strip() != ",":
            return None
        for last in range(m, min(n, m + 10)):
            if last > m and tokens[last].gap not in (*_SPACE, "-"):
                return None
            run = self._runs.get(last)
            if run is not None and run.kind == "person":
                return run.first, run.last
        return None

    def _object_clause(self, v: int, k: int, base: str) -> None:
        """"according to X" / "in an interview with X": the words after."""
        tokens = self.tokens
        n = len(tokens)
        if k >= n or self._quote_of_token[v] >= 0:
            return  # "according to" inside a quotation credits nothing the narration shows
        name_at = k + 1 if tokens[k].norm == "the" and k + 1 < n and tokens[k + 1].cap else k
        if tokens[name_at].cap:  # "according to the World Food Programme"
            k0 = k
            k = name_at
            for last in range(k, min(n, k + self.settings.name_tokens + 3)):
                if last > k and not self._joined_in_name(last):
                    break
                run = self._runs.get(last)
                if run is not None and run.first >= k:
                    person = self._person_after_title(run) if run.kind in ("institution", "media", "single", "place") \
                        and not tokens[run.last].possessive else None
                    if person is not None and any(tokens[x].norm in self.vocab.title_words or tokens[x].norm in self.vocab.person_nouns
                                                  for x in range(run.last + 1, person[0])):
                        # "according to Troy police Lt. Gerry Scherlinck": the lieutenant (not "with NBC's Real Life")
                        self.clauses.append(Clause(v, person[0], person[1], base))
                        return
                    self.clauses.append(Clause(v, run.first, run.last, base))
                    return
            k = k0
        # a description: "the office release", "Turkish media", "a survey by X"
        for h in range(k, min(n, k + 6)):
            if h > k and tokens[h].gap not in (*_SPACE, "-"):
                break
            norm = tokens[h].norm
            data = norm in self.vocab.data_nouns
            if norm in self.vocab.person_nouns or norm in self.vocab.document_nouns or norm in self.vocab.body_nouns or data:
                while h + 1 < n and tokens[h + 1].gap in _SPACE and not tokens[h + 1].cap and self._speaker_head(tokens[h + 1].norm):
                    h += 1  # "court records", "police officials": the last noun heads the phrase
                    norm = tokens[h].norm
                    data = norm in self.vocab.data_nouns
                end = h
                if h + 1 < n and tokens[h + 1].cap and tokens[h + 1].gap in _SPACE and norm in self.vocab.person_nouns:
                    run = self._run_starting(h + 1)  # "according to shipping analyst Tom Reeve"
                    if run is not None and run.kind == "person":
                        self.clauses.append(Clause(v, run.first, run.last, base))
                        return
                if h + 1 < n and tokens[h + 1].norm in ("of", "by", "from") and tokens[h + 1].gap in _SPACE:
                    at_name = h + 3 if h + 3 < n and tokens[h + 2].norm == "the" and tokens[h + 3].cap else h + 2
                    run = self._run_starting(at_name)  # "a survey by Penelope Muse Abernathy"
                    if run is not None:
                        self.clauses.append(Clause(v, run.first, run.last, base))
                        return
                    owner = self._description_after(h + 2) if data or norm in self.vocab.document_nouns else None
                    if owner is not None:  # "figures from the port authority"
                        self.clauses.append(Clause(v, owner[0], owner[1], base))
                        return
                if data:
                    return  # "according to figures": numbers, no one who gave them
                self.clauses.append(Clause(v, k, end, base))
                return

    def _description_after(self, k: int) -> tuple[int, int] | None:
        """'the port authority', 'local officials': a description of a body or people opening at
        token k, up to its head noun (a few words, no punctuation between)."""
        tokens, vocab = self.tokens, self.vocab
        for h in range(k, min(len(tokens), k + 5)):
            if h > k and tokens[h].gap not in (*_SPACE, "-"):
                return None
            norm = tokens[h].norm
            if norm in vocab.body_nouns or norm in vocab.person_nouns or _singular(norm) in vocab.person_nouns:
                return k, h
            if tokens[h].cap or norm in _FUNCTION and norm not in _DETERMINERS:
                return None
        return None

    def _joined_in_name(self, m: int) -> bool:
        """Token m continues the name before it (a space, a hyphen, an initial's full stop)."""
        gap = self.tokens[m].gap
        if gap in (". ", ".") and self.tokens[m].norm.isdigit() and self.tokens[m - 1].norm == "no":
            return True  # "Juror No. 8"
        return gap in (*_SPACE, "-") or gap in (". ", ".") and self._abbreviation_before(m)  # "U.S. Attorney"

    def _medium_after(self, v: int) -> str | None:
        """'told Reuters', 'told the BBC': the medium spoken to."""
        tokens = self.tokens
        n = len(tokens)
        k = v + 1
        if k < n and tokens[k].norm == "the":
            k += 1
        for last in range(k, min(n, k + 4)):
            run = self._runs.get(last)
            if run is not None and run.first == k and run.kind in ("media", "institution", "single"):
                text = run.text
                if text in self.lex.media or run.kind == "media":
                    return text
        return None

    # ------------------------------------------------------------------ resolution

    def _resolve_clauses(self) -> None:
        self._subject_starts: set[int] = set()  # names that are the subject of a clause
        self._spoke_at: dict[str, int] = {}  # speaker key -> where it first spoke
        for clause in self.clauses:
            if not self.budget.spend(_CLAUSE_COST, "speakers"):
                return
            clause.speaker = self._resolve(clause)
            if clause.speaker is not None:
                self._spoke_at.setdefault(clause.speaker.key, self.tokens[clause.verb].start)
            if clause.speaker is not None and clause.speaker.kind == "anonymous" and clause.speaker.medium is None:
                medium = clause.medium or self._medium_of_unnamed(clause)
                if medium:  # "a diplomatic source told Sputnik"
                    clause.speaker = replace(clause.speaker, medium=medium)
            if clause.speaker is not None and self._runs.get(clause.last) is not None:
                self._subject_starts.add(self.tokens[self._runs[clause.last].first].start)

    def _resolve(self, clause: Clause) -> Speaker | None:
        tokens = self.tokens
        first, last = clause.first, clause.last
        head = tokens[last]
        at = tokens[first].start
        if first == last and head.norm in _PRONOUNS:
            return self._resolve_pronoun(head.norm, at, clause)
        if tokens[last].norm in ("them", "those") and last - first == 2:
            return self._latest_group_head(at)
        run = self._runs.get(last)
        if run is not None and run.first > first and tokens[first].cap and any(
            tokens[m].norm in ("of", "for") for m in range(first, run.first)
        ) and self._name_of_name(run) is not None:
            name = self.text[tokens[first].start : tokens[last].end]
            with_article = self._article_before(first)
            return Speaker(("the " if with_article else "") + name, "institution", name_key(name))
        run = self._runs.get(last)
        if run is not None and run.first >= first and not any(
            tokens[m].norm in _PREPOSITIONS or tokens[m].possessive and not self._titled_person(run) for m in range(first, run.first)
        ):
            if run.first > first and tokens[first].norm not in _DETERMINERS and run.kind in ("person", "single") \
                    and tokens[run.first - 1].norm == "and":
                names = [self._speaker_of_run(r, at) for r in (self._runs.get(run.first - 2), run) if r is not None]
                names = [s for s in names if s is not None]
                if len(names) == 2:
                    joined = " and ".join(s.name for s in names)
                    return Speaker(joined, "group", name_key(joined), parts=tuple(names))
            return self._speaker_of_run(run, at, with_article=self._article_before(run.first))
        return self._resolve_description(first, last, clause)

    def _titled_person(self, run: _NameRun) -> bool:
        """A full name right after a role ("the company's advanced threat researcher Paul
        Ferguson"): the person is the one who speaks, not the possessor before the role."""
        lead = run.run_first if run.run_first >= 0 else run.first
        if run.kind != "person" or run.last == run.first or lead == 0:
            return False
        role = self.tokens[lead - 1].norm
        return self.tokens[lead].gap in _SPACE and (role in self.vocab.title_words or role in self.vocab.person_nouns
                                                    or role.endswith(self.vocab.agent_suffixes))

    def _latest_group_head(self, at: int) -> Speaker | None:
        """"one of them": the people just named ("Two residents of the village" → residents)."""
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        for clause in reversed(self.clauses[max(0, k - 6) : k]):
            s = clause.speaker
            if s is not None and s.kind == "group":
                head = self.tokens[self._head_of(clause.first, clause.last)]
                return Speaker(head.norm, "group", "np:" + head.norm)
        return None

    def _article_before(self, k: int) -> bool:
        return k > 0 and self.tokens[k - 1].norm == "the" and self.tokens[k].gap in _SPACE

    def _speaker_of_run(self, run: _NameRun, at: int, with_article: bool = False) -> Speaker | None:
        start = run.run_first if run.run_first >= 0 else run.first
        if run.kind in ("person", "single") and start > 0 and self.tokens[start - 1].norm in self.vocab.body_nouns \
                and self.tokens[start].gap in _SPACE and not self._role_before(run, start - 1) \
                and not (run.kind == "person" and run.first > start):  # "company CEO Andy Vesey": a titled person
            run = replace(run, kind="institution")  # "the rights group Civic Witness", "the charity Aid Now"
            with_article = with_article or (start > 1 and self.tokens[start - 2].norm == "the")
        if run.kind in ("person", "single"):
            if run.kind == "single" and with_article:
                return Speaker("the " + run.text, "institution", name_key(run.text))  # "the Pentagon"
            name = self._person_name(run, at) or run.text
            if self._common_word_opening(run, name):
                return None  # "Quick access to Siri by saying", "Obviously a change is required": no one
            return Speaker(name, "person", name_key(name))
        if run.kind == "place":
            return Speaker(run.text, "institution", name_key(run.text))  # "Washington said": a government
        name = ("the " if with_article else "") + run.text
        return Speaker(name, run.kind, name_key(run.text))

    def _common_word_opening(self, run: _NameRun, name: str) -> bool:
        """A lone capitalised word that only opens its sentence, is an everyday English word (one
        this text also writes in lower case, or an adverb in -ly) and names nobody the text names
        in full ("Quick", "Obviously"): a word of the sentence, not a name. ("White", "Obama":
        frequent words too, but never written in lower case there.)"""
        tok = self.tokens[run.first]
        return run.kind == "single" and run.first == run.last and name == run.text and not run.descriptors \
            and (run.first == 0 or any(c in tok.gap for c in ".!?\n")) and not any(c in tok.gap for c in "\"“”") \
            and (tok.norm in self._lower or tok.norm.endswith("ly")) and self.lex.is_common(tok.norm, 4.0)

    def _only_sentence_case(self, word: str) -> bool:
        """A very common English word ("Pressure", "Inside") that this text never capitalises
        inside a sentence and that is no given name: its capital only opens the sentence. (Only
        for a subject a participle hangs on: "White said" may be a Mr White.)"""
        if self._midcap is None:
            self._midcap = {t.norm for t in self.tokens if t.cap and not t.initial}
        return word not in self._midcap and word not in self.vocab.first_names \
            and self.lex.is_common(word, self.settings.sentence_case_zipf)

    def _role_before(self, run: _NameRun, noun: int) -> bool:
        """"Crane operator Sami Haddad": an agent noun with no article before a full name is
        the person's role, not a body's kind ("the operator DP World")."""
        tokens = self.tokens
        if run.kind != "person" or not tokens[noun].norm.endswith(("er", "or")):
            return False
        m = noun
        while m > 0 and noun - m < 3 and tokens[m].gap in _SPACE:
            m -= 1
            if tokens[m].norm in _DETERMINERS or tokens[m].possessive:
                return False
        return True

    def _resolve_pronoun(self, pronoun: str, at: int, clause: Clause) -> Speaker | None:
        if clause.inside is not None:
            return None  # "he said" inside a quotation: resolved with the quotation (nested quotes)
        if pronoun in ("he", "she"):
            if clause.base in _ANSWERING:
                asked = self._person_asked_before(at, pronoun)
                if asked is not None:
                    return asked  # "Lynch asked Coleman, '...?' / 'Yes,' he responded": Coleman
            person = self._salient_person(at, pronoun)
            if person is None:
                kin = self._kin_spoken_of(at, pronoun, clause)
                return kin if kin is not None else self._unnamed_speaker_quoted_on(at, pronoun)
            if person.key not in self._gender and self._only_person_in_paragraph(person, at):
                self._gender[person.key] = pronoun  # "Steenburgen ... she said": she, from now on
            return Speaker(person.canonical, "person", person.key)
        if pronoun in ("it", "they"):
            found = self._latest_speaker(at, kinds=("institution", "media") if pronoun == "it" else ("institution", "media", "group"))
            if found is not None and pronoun == "they" and (
                    self._people_since(found, at) >= 2 or self._person_spoke_since(found, at)
                    or self._group_subject_since(found, at)):
                # "Senator Warren and Rep. Ocasio-Cortez ... They criticised"; "Kym Lino, a
                # spokesperson, confirmed ... they said": not the body that spoke before; "The
                # protesters struggle ... 'Don't bend,' they chanted": the protesters, unnamed
                return None
            return found
        return None

    def _unnamed_speaker_quoted_on(self, at: int, pronoun: str) -> Speaker | None:
        """'"...," said a senior officer. / "... / ...," he added', '... the spokeswoman said ... /
        She added: "..."': one unnamed person ("a senior officer", "the spokesman") whose clause is
        the latest, with nothing but quotation between its sentence and the pronoun's (no narration
        that could bring in someone else)."""
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        for clause in reversed(self.clauses[max(0, k - 3) : k]):
            if clause.inside is not None:
                continue
            speaker = clause.speaker
            head = self.tokens[clause.last].norm
            if speaker is not None and speaker.name.lower().startswith(("his ", "her ", "their ")) \
                    and self.vocab.kin.get(head) == pronoun:
                pass  # "..., said his girlfriend. / '...,' she said": the girlfriend
            elif speaker is None or speaker.kind != "anonymous" or not speaker.name.lower().startswith(("a ", "an ", "the ")) \
                    or self._plural_or_collective(head):
                return None
            if head.endswith("woman") and pronoun == "he" or head.endswith("man") and not head.endswith("woman") and pronoun == "she":
                return None  # "a spokeswoman said ... He added": someone else
            end = bisect.bisect_left(self.at.token_starts, self._sentence_end(self.tokens[clause.verb].start))
            if v - end > self.settings.pronoun_scan_tokens * 4:
                return None
            if v < end:
                return None  # "A staff member recalled that he said": someone else in her own sentence
            if all(self._quote_of_token[m] >= 0 for m in range(end, v)):
                return speaker  # (or the pronoun's sentence comes right after the clause's: '... the spokeswoman said ... / She added:')
            return None
        return None

    def _group_subject_since(self, speaker: Speaker, at: int) -> bool:
        """Whether a sentence after the latest clause of speaker and before at opens with a plural
        noun of people ("The protesters, however, struggle"): "they" is then more likely that group."""
        since = self._latest_clause_start(speaker, at)
        if since is None:
            return False
        s, last = self.at.sentence_at(since), self.at.sentence_at(at)
        tokens = self.tokens
        for sentence in self.at.sentences[s + 1 : last + 1] if s >= 0 else ():
            m = bisect.bisect_left(self.at.token_starts, sentence.start)
            if m + 1 < len(tokens) and tokens[m].norm in ("the", "these", "those", "many", "some") \
                    and not tokens[m + 1].cap and tokens[m + 1].start < at \
                    and self._people_noun(tokens[m + 1].norm):
                return True
        return False

    def _people_noun(self, word: str) -> bool:
        """A plural noun of people by what they do ("protesters", "students", "residents")."""
        one = _singular(word)
        return word == "people" or one != word and len(one) >= 5 and one.endswith(self.vocab.agent_suffixes)

    def _person_asked_before(self, at: int, pronoun: str) -> Speaker | None:
        """The person the latest "X asked Y" of the narration put a question to, when an answer
        follows within reach: the one who answers is the one asked, not the one who asked."""
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        tokens = self.tokens
        for clause in reversed(self.clauses[max(0, k - 6) : k]):
            if tokens[clause.verb].start < at - self.settings.resolve_chars:
                return None
            if clause.inside is not None or clause.base != "ask":
                continue
            run = self._run_starting(clause.verb + 1) if clause.verb + 1 < len(tokens) else None
            if run is None or run.kind not in ("person", "single") or run.first != clause.verb + 1:
                return None  # "asked about", "asked whether": no one asked by name
            speaker = self._speaker_of_run(run, tokens[run.first].start)
            if speaker is None or speaker.kind != "person" or self._gender.get(speaker.key, pronoun) != pronoun:
                return None
            return speaker
        return None

    def _person_spoke_since(self, speaker: Speaker, at: int) -> bool:
        """Whether a person speaks in a clause of at's paragraph after the latest clause of speaker."""
        lo = self._paragraph_start(at)
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        for clause in reversed(self.clauses[max(0, k - 12) : k]):
            if clause.first == clause.last and self.tokens[clause.first].norm in _PRONOUNS:
                continue  # "who it thinks": resolved from the others
            if clause.speaker is speaker or self.tokens[clause.verb].start < lo:
                return False
            if clause.inside is None and clause.speaker is not None and clause.speaker.kind == "person":
                return True
        return False

    def _latest_clause_start(self, speaker: Speaker, at: int) -> int | None:
        """Where the verb of speaker's latest clause before at stands (among the 12 clauses
        before it), or None."""
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        for clause in reversed(self.clauses[max(0, k - 12) : k]):
            if clause.speaker is speaker:
                return self.tokens[clause.verb].start
        return None

    def _people_since(self, speaker: Speaker, at: int) -> int:
        """How many other people the narration names between the latest clause of speaker and at."""
        since = self._latest_clause_start(speaker, at) or 0
        i, j = bisect.bisect_left(self._mention_starts, since), bisect.bisect_left(self._mention_starts, at)
        return len({m.key for m in self._mentions[i:j] if m.key != speaker.key})

    def _salient_person(self, at: int, pronoun: str | None) -> _Person | None:
        """The person a "he"/"she" at offset at refers to: the latest subject of the narration
        (a name opening its sentence or speaking in a clause) of the pronoun's paragraph, else
        its latest person (a possessive only when nobody else is left), else the latest subject
        of the paragraphs just before; never a name inside a quotation, never one of another
        gender than the pronoun's, no one when the pronoun's paragraph speaks of someone it does
        not name ("one mother")."""
        i = bisect.bisect_left(self._mention_starts, at)
        paragraph = self.at.paragraph_at(at)
        para_start = self.at.paragraphs[paragraph][0] if paragraph >= 0 else 0
        limit = at - self.settings.pronoun_chars
        fallback = possessive = None
        own_paragraph = True
        for m in reversed(self._mentions[max(0, i - 40) : i]):
            if m.start < limit:
                break
            if m.start < para_start:
                if own_paragraph and self._unnamed_person_in(para_start, at):
                    return None  # "WIRED spoke to one mother, who ... on Instagram": she is the mother
                if fallback is not None:
                    return fallback  # the paragraph's own person before anyone of the paragraphs before
                if self._kin_subject_in(m.start, para_start):
                    return None  # "Nichols' mother expressed their sentiments. / '...,' she said": the mother
                if own_paragraph and pronoun is not None and self._gender.get(m.key) == pronoun \
                        and self._narration_only_paragraph(m.start, m.key):
                    return m  # "That's something that Benson echoes. / '...,' she said": the one just named
                own_paragraph = False
                p = self.at.paragraph_at(m.start)
                para_start = self.at.paragraphs[p][0] if p >= 0 else 0
            if pronoun is not None and self._gender.get(m.key, pronoun) != pronoun:
                continue
            if m.subject or m.start in self._subject_starts:
                return m
            if not own_paragraph:
                continue  # in the paragraphs before, only a subject
            if m.possessive:
                possessive = possessive or m
            elif fallback is None and not (pronoun is not None and self._pronoun_subject_before(m.start, pronoun)):
                fallback = m  # (not "He was arrested for the call to Omar": that paragraph is about him)
        if (fallback or possessive) is not None and self._unnamed_person_in(self._paragraph_start(at), at):
            return None
        return fallback or possessive

    def _others_named_since(self, person: _Person, at: int) -> bool:
        """Whether the narration names someone else between person's mention and at ("the
        56-year-old" after "sacked by Manchester United" and "Pochettino": no one for sure)."""
        i, j = bisect.bisect_right(self._mention_starts, person.start), bisect.bisect_left(self._mention_starts, at)
        return any(m.key != person.key for m in self._mentions[i : min(j, i + 40)])

    def _pronoun_subject_before(self, at: int, pronoun: str) -> bool:
        """Whether the pronoun opens a sentence or clause of the narration between the start of
        at's paragraph and at: the paragraph goes on about someone named before it."""
        p = self.at.paragraph_at(at)
        lo = self.at.paragraphs[p][0] if p >= 0 else 0
        tokens = self.at.token_range(lo, at)
        for k in range(max(tokens.start, tokens.stop - self.settings.pronoun_scan_tokens), tokens.stop):  # bounded: linear
            tok = self.tokens[k]
            if tok.norm == pronoun and self._quote_of_token[k] < 0 and (tok.initial or "," in tok.gap):
                return True
        return False

    def _only_person_in_paragraph(self, person: _Person, at: int) -> bool:
        """Whether the person is the only one named in the narration of at's paragraph before at."""
        p = self.at.paragraph_at(at)
        lo = self.at.paragraphs[p][0] if p >= 0 else 0
        i = bisect.bisect_left(self._mention_starts, lo)
        j = bisect.bisect_left(self._mention_starts, at)
        return i < j and all(m.key == person.key for m in self._mentions[i:j])

    def _narration_only_paragraph(self, offset: int, key: str) -> bool:
        """Whether the paragraph at offset is narration only (no quotation) naming one person, key."""
        p = self.at.paragraph_at(offset)
        if p < 0:
            return False
        lo, hi = self.at.paragraphs[p]
        i, j = bisect.bisect_left(self._mention_starts, lo), bisect.bisect_left(self._mention_starts, hi)
        return all(m.key == key for m in self._mentions[i:j]) \
            and all(self._quote_of_token[k] < 0 for k in self.at.token_range(lo, hi))

    def _kin_subject_in(self, lo: int, hi: int) -> bool:
        """Whether a sentence of the narration in text[lo:hi] opens (after a lead-in) with a person
        described through another's name ("Nichols' mother expressed ...", "Smith's lawyer
        said"): someone the text does not name, whom a "she" after it may stand for."""
        tokens = self.tokens
        for k in self.at.token_range(lo, hi):
            tok = tokens[k]
            if not tok.possessive or not tok.cap or self._quote_of_token[k] >= 0 or k + 1 >= len(tokens):
                continue
            nxt = tokens[k + 1]
            if nxt.norm not in self.vocab.person_nouns or nxt.cap or nxt.gap not in (*_SPACE, "' ", "’ "):
                continue
            if k + 2 < len(tokens) and tokens[k + 2].gap.strip() in (",", "") and tokens[k + 2].cap:
                continue  # "Jeffs' attorney, Mike Picarretta": named right after
            s = self.at.sentence_at(tok.start)
            s_start = self.at.sentences[s].start if s >= 0 else lo
            lead = self.text[s_start : tok.start]
            if lead.strip() == "" or lead.rstrip().endswith(","):
                return True
        return False

    def _kin_spoken_of(self, at: int, pronoun: str, clause: Clause) -> Speaker | None:
        """'Nichols' mother expressed their sentiments. / "...," she said': the relative of the
        pronoun's gender whom a sentence of the narration opens with, in the pronoun's paragraph
        or the one before, when no named person is the one meant (asked of _salient_person first)."""
        tokens = self.tokens
        paragraph = self.at.paragraph_at(at)
        if paragraph < 0:
            return None
        lo = self.at.paragraphs[max(0, paragraph - 1)][0]
        found = None
        for k in self.at.token_range(lo, at):
            if tokens[k].possessive and tokens[k].cap and k + 1 < len(tokens) and self._quote_of_token[k] < 0 \
                    and self.vocab.kin.get(tokens[k + 1].norm) == pronoun and self._kin_subject_in(tokens[k].start, tokens[k + 1].end):
                found = k
        if found is None:
            return None
        owner = self._runs.get(found)
        first = owner.first if owner is not None else found
        return self._resolve_description(first, found + 1, clause)

    def _unnamed_person_in(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] speaks of a person by a description ("one mother", "a man")."""
        tokens = self.tokens
        for k in self.at.token_range(lo, hi):
            if k == 0 or tokens[k].norm not in self.vocab.person_nouns or self._quote_of_token[k] >= 0:
                continue
            for d in range(k - 1, max(-1, k - 4), -1):  # "one mother", "The staff member who reported the call"
                if tokens[d].norm in _INDEFINITE or tokens[d].norm == "the" and tokens[d].initial:
                    return True
                if tokens[d].cap or tokens[d].norm in _FUNCTION or tokens[d + 1].gap not in _SPACE:
                    break
        return False

    def _latest_speaker(self, at: int, kinds: tuple[str, ...], within: int | None = None, fits=None) -> Speaker | None:
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        reach = self.settings.resolve_chars if within is None else within
        for clause in reversed(self.clauses[max(0, k - 12) : k]):
            if self.tokens[clause.verb].start < at - reach:
                break
            if clause.speaker is not None and clause.speaker.kind in kinds and clause.inside is None \
                    and (fits is None or fits(clause.speaker)):
                return clause.speaker
        return None

    def _resolve_description(self, first: int, last: int, clause: Clause) -> Speaker | None:
        tokens = self.tokens
        first = self._after_reduced_relative(first, last)
        words = tokens[first : last + 1]
        head = tokens[self._head_of(first, last)]
        at = tokens[first].start
        phrase = self.text[tokens[first].start : tokens[last].end]
        det = words[0].norm
        # "officials of the World Health Organization said": the organisation speaks
        of = next((m for m in range(first + 1, last) if tokens[m].norm == "of"), None)
        if of is not None:
            run = self._runs.get(last)
            if run is None and last + 0 < len(tokens):
                run = next((r for r in (self._runs.get(m) for m in range(of + 1, last + 1)) if r is not None), None)
            if run is not None and run.kind in ("institution", "media") and head.norm.endswith("s"):
                return self._speaker_of_run(run, at, with_article=self._article_before(run.first))
        if first == last and not head.cap and head.norm not in _DETERMINERS and not self._plural_or_collective(head.norm):
            return None  # "court", "actor", "union": a bare common noun names no one
        if head.norm in self.vocab.person_nouns and not self._plural_or_collective(head.norm):
            named = self._apposition_name_after(last)
            if named is not None and named[1] < clause.verb and tokens[named[1] + 1].gap.strip() == "," \
                    and self._runs.get(named[1]) is not None:
                # '," the candidate, regional bureaucrat Resulberdy Mammedov, said': the name given
                return self._speaker_of_run(self._runs[named[1]], at)
        if det == "the" or det == "this":
            resolved = self._definite(head.norm, first, last, at)
            if resolved is not None:
                return resolved
            if head.norm == "old" or _profession(head.norm) and not self._speaker_head_listed(head.norm):
                return None  # "the 56-year-old", "the star" nobody can be sure of: no speaker rather than a role
            if head.norm in self.vocab.document_nouns and first == last - 1 and clause.base == _ACCORDING \
                    or tokens[last].norm == "press" and last + 1 < len(tokens) and tokens[last + 1].norm == "release":
                # '," she said, according to the statement': hers, the paper no speaker of its own;
                # '," read the press release': a release whose author is not read here
                return None
        kind = self._kind_of_description(first, last, head.norm)
        owner = next((m for m in range(first, last) if tokens[m].possessive), None)
        if owner is not None and self._runs.get(owner) is not None:
            run = self._runs[owner]  # "Erdogan's office" -> "Recep Tayyip Erdogan's office"
            named = self._speaker_of_run(run, at)
            if named is not None:
                rest = self.text[tokens[owner].end : tokens[last].end]
                phrase = self.text[tokens[first].start : tokens[run.first].start] + named.name + rest
                kind = "institution" if run.kind == "person" and head.norm in self.vocab.body_nouns else kind
        # "Analysts say" is "analysts"; "Taylor Swift's rep", "Israeli courts" keep their capital
        initial = words[0].initial and words[0].cap and not words[0].possessive \
            and words[0].text not in self.lex.demonyms and words[0].text not in self.lex.countries \
            and not any((r.run_first if r.run_first >= 0 else r.first) <= first and (r.kind != "single" or not self._common(words[0]))
                        for r in (self._runs.get(m) for m in range(first, last + 1)) if r is not None)
        key = "np:" + name_key(phrase)
        return Speaker(phrase, kind, key, sentence_case=initial)

    def _after_reduced_relative(self, first: int, last: int) -> int:
        """Where the speakers start in "the problems Georgia prosecutors say they face": a plural
        common noun right before a capitalised word is what they speak about, its "that" left
        out; the speakers are the words after it."""
        tokens = self.tokens
        for m in range(first + 1, last):
            prev, tok = tokens[m - 1], tokens[m]
            if tok.cap and not prev.cap and tok.gap in _SPACE and prev.norm != _singular(prev.norm) \
                    and m - 1 > first and tokens[first].norm in _DETERMINERS and not prev.possessive \
                    and all(tokens[j].cap for j in range(m, last)):  # "Georgia prosecutors", not "Reuters spoke to"
                return m
        return first

    def _plural_or_collective(self, word: str) -> bool:
        """'officials', 'police', 'someone': a word that may stand alone for speakers."""
        return word in self.vocab.standalone_speakers or _singular(word) != word

    def _head_of(self, first: int, last: int) -> int:
        """The head noun of a description: before a post-modifier ("a person familiar with ...")."""
        tokens = self.tokens
        for m in range(first + 1, last + 1):
            if tokens[m].norm in _PREPOSITIONS and m > first:
                h = m - 1
                if tokens[h].norm in _POST_ADJECTIVES and h > first:
                    h -= 1
                return h
        return last

    def _kind_of_description(self, first: int, last: int, head: str) -> str:
        vocab = self.vocab
        if head in ("media", "press", "broadcaster", "newspaper", "daily", "outlet", "outlets", "channel", "website"):
            return "media"
        if head in vocab.body_nouns and head not in ("side", "camp"):
            return "institution"
        if self.tokens[first].norm in _INDEFINITE or head in ("source", "sources", "insider", "insiders"):
            return "anonymous"
        if self.tokens[first].norm in ("the", "our") and _singular(head) == head and head not in vocab.standalone_speakers \
                and (head in vocab.title_words or head in vocab.person_nouns or _profession(head)):
            return "person"  # "the president of South Sudan", "our reporter": one person, not a group
        return "group"

    def _definite(self, head: str, first: int, last: int, at: int) -> Speaker | None:
        """"the minister", "the Russian leader", "the agency", "the statement", "the source"."""
        tokens, vocab = self.tokens, self.vocab
        modifiers = {tokens[m].norm for m in range(first + 1, last) if tokens[m].cap}
        name_inside = self._runs.get(last)
        start_inside = name_inside.run_first if name_inside is not None and name_inside.run_first >= 0 else \
            name_inside.first if name_inside is not None else 0
        if name_inside is not None and name_inside.kind in ("person", "single") \
                and not (start_inside > first and tokens[start_inside - 1].norm in _PREPOSITIONS):
            # "the 14th-ranked Schwartzman" is Schwartzman; in "the president of Chechnya" the name
            # after the preposition is the office's country, not its holder
            return self._speaker_of_run(name_inside, at)  # "the 14th-ranked Schwartzman"
        if head in vocab.document_nouns:
            return self._latest_speaker(at, kinds=("institution", "media"))
        if head in ("pair", "duo") and last == first + 1:
            # "the pair said": the two who spoke last, when two names spoke together
            return self._latest_speaker(at, kinds=("group",), fits=lambda speaker: len(speaker.parts) == 2)
        if head in ("source", "sources", "insider", "insiders", "expert", "experts", "person", "patient"):
            return self._latest_unnamed(at, head)
        specific = any(tokens[m].norm in vocab.title_words or tokens[m].text in self.lex.demonyms
                       for m in range(first + 1, last))
        if head in vocab.body_nouns and not modifiers and not specific:
            lower = [tokens[m].norm for m in range(first + 1, last)
                     if not tokens[m].cap and tokens[m].norm not in _FUNCTION and not tokens[m].possessive]
            return self._body_referent(head, lower, at)
        if head in ("militants", "fighters", "rebels", "insurgents", "gunmen", "group"):
            return self._latest_organisation(at, groups=True)
        if _profession(head) or head == "old" and any(c.isdigit() for c in self.text[tokens[first].start : tokens[last].end]):
            # "the actor", "the singer and guitarist", "the 56-year-old": the person the passage is about
            person = self._salient_person(at, None)
            if person is not None and head not in self._others_descriptors(person.key) \
                    and (person.subject or person.start in self._subject_starts) and not self._others_named_since(person, at):
                return Speaker(person.canonical, "person", person.key)
        owner = next((tokens[m].norm for m in range(first + 1, last) if tokens[m].possessive), None)
        if owner is not None and self._runs.get(last - 1) is None and _singular(owner) not in vocab.generic_bodies:
            # "the beer distributor's president": that owner's, not the president of another body
            # named before; "the company's spokesman" may be the one the company named
            return None
        if head in vocab.title_words or head in vocab.person_nouns:
            unnamed = self._latest_unnamed(at, head)
            if unnamed is not None:
                return unnamed  # "A spokesperson who did not wish to be named ... the spokesperson said"
            generic = head in ("official", "aide", "adviser", "advisor", "diplomat", "spokesperson", "spokesman", "spokeswoman")
            if not generic and head not in vocab.title_words:
                return None
            person = self._latest_described(at, head, modifiers, generic)
            if person is not None:
                return Speaker(person.canonical, "person", person.key)
        return None

    def _body_referent(self, head: str, lower: list[str], at: int) -> Speaker | None:
        """"the company", "the agency", "the police": the body the passage is about. Candidates:
        the body that spoke last nearby, and the body named last that the text shows to be one
        (named so, the subject of its sentence, described by a body noun, or a speaker before);
        a name given in a later sentence than the last speaker's clause is the newer topic
        ("Dick Clark Productions said ... Swift accused Big Machine ... The company denied").
        A specific noun ("the police", "the army", "the court") takes only a name that holds it
        or that the text described with it; a paper is a medium, a company is none."""
        vocab = self.vocab
        single_head = _singular(head)
        generic = head in vocab.generic_bodies
        media_head = head in _MEDIA_HEADS

        def fits(speaker: Speaker, described: frozenset[str] = frozenset()) -> bool:
            words = {_singular(w) for w in name_key(speaker.name).split()}
            if not is_named(speaker):  # a description: the same head, the same modifiers
                return single_head in words and all(_singular(w) in words for w in lower)
            if speaker.kind == "media" and not media_head:
                return False  # '"...," he told The Associated Press. ... the company said': no paper
            if lower and not any(_singular(w) in words for w in (head, *lower)):
                return False
            if single_head in words or head in described:
                return True
            return generic or media_head and speaker.kind == "media"  # "the police" is not Rite Aid

        spoke = self._latest_clause(at, kinds=("institution", "media"), within=_GROUP_RESOLVE_CHARS,
                                    fits=lambda sp: fits(sp, self._described_as(sp.key, at)))
        named = self._latest_body_named(at, fits)
        if spoke is None and named is None and generic and not lower:
            return self._single_word_body(at)  # "Microsoft has said ... said the company"
        if spoke is None or named is None:
            return spoke.speaker if spoke is not None else (named[1] if named is not None else None)
        later = self.at.sentence_at(named[0]) > self.at.sentence_at(self.tokens[spoke.verb].start) \
            and self.at.sentence_at(named[0]) > self.at.sentence_at(self.tokens[spoke.first].start)
        return named[1] if later and named[1].key != spoke.speaker.key else spoke.speaker

    def _single_word_body(self, at: int) -> Speaker | None:
        """"the company" after a one-word name no list knows ("Microsoft"): that name, when the
        text shows it to act as a business (it owns what only a business owns: "the Microsoft
        website", "Microsoft's shares"; resources/attribution/speech.json business_marks) and never as a person (no given name, title or person's
        name holds it), and it is the only such name within reach before at."""
        bodies = self._single_word_bodies()
        if not bodies:
            return None
        found: dict[str, _NameRun] = {}
        for last in range(bisect.bisect_left(self.at.token_starts, at) - 1, -1, -1):
            if self.tokens[last].start < at - self.settings.resolve_chars:
                break
            run = self._runs.get(last)
            if run is not None and run.kind == "single" and self._quote_of_token[run.first] < 0:
                key = name_key(run.text)
                if key in bodies:
                    found.setdefault(key, run)
        if len(found) != 1:
            return None  # none, or two bodies a reader could mean
        run = next(iter(found.values()))
        return Speaker(run.text, "institution", name_key(run.text))

    def _single_word_bodies(self) -> frozenset[str]:
        """Keys of the one-word names (kind "single") the text shows to act as a body and never
        as a person; read once over the whole text."""
        cached = getattr(self, "_single_bodies", None)
        if cached is not None:
            return cached
        tokens, vocab = self.tokens, self.vocab
        shown: set[str] = set()
        personal: set[str] = set()
        titles = vocab.title_words | vocab.honorifics
        for last, run in self._runs.items():
            if run.kind == "person":
                personal.update(name_key(run.text).split())
            if run.kind != "single":
                continue
            key = name_key(run.text)
            lead = min(run.first, run.run_first if run.run_first >= 0 else run.first)
            before = {tokens[m].norm.strip(".") for m in range(max(0, lead - 1), run.first)}
            if before & titles or key in vocab.first_names:
                personal.add(key)  # "Mr. Keller", "Dr. Keller": a person
                continue
            nxt = last + 1  # "the Microsoft website", "Microsoft's shares"
            if nxt < len(tokens) and tokens[nxt].gap in _SPACE and not tokens[nxt].cap \
                    and tokens[nxt].norm in vocab.business_marks:
                shown.add(key)
        self._single_bodies = frozenset(shown - personal)
        return self._single_bodies

    def _latest_clause(self, at: int, kinds: tuple[str, ...], within: int, fits) -> Clause | None:
        """The latest clause of the narration before at, within reach, whose speaker fits."""
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        for clause in reversed(self.clauses[max(0, k - 12) : k]):
            if self.tokens[clause.verb].start < at - within:
                break
            if clause.speaker is not None and clause.speaker.kind in kinds and clause.inside is None and fits(clause.speaker):
                return clause
        return None

    def _org_index(self) -> tuple[list[tuple[int, _NameRun, str]], dict[tuple[str, ...], list[tuple[int, tuple[str, ...], str]]], dict[str, set[str]]]:
        """Bodies named in the narration, in text order: (start, run, key); the names the text
        shows to be bodies, by their words and each short form: (start, words, name); the body nouns each name is
        described with ("the software security firm Trend Micro", "Big Machine, a label")."""
        cached = getattr(self, "_orgs", None)
        if cached is not None:
            return cached
        tokens, vocab = self.tokens, self.vocab
        mentions: list[tuple[int, _NameRun, str]] = []
        shown: dict[tuple[str, ...], list[tuple[int, tuple[str, ...], str]]] = {}
        described: dict[str, set[str]] = {}
        for last, run in self._runs.items():
            if run.kind not in ("institution", "media") or self._quote_of_token[run.first] >= 0:
                continue
            key = name_key(run.text)
            start = tokens[run.first].start
            mentions.append((start, run, key))
            lead = run.run_first if run.run_first >= 0 else run.first
            nouns = set()
            apposition = self._apposition_head(run.last)
            if apposition in vocab.body_nouns:
                nouns.add(apposition)
            if lead > 0 and tokens[lead - 1].norm in vocab.body_nouns and tokens[lead].gap in _SPACE:
                nouns.add(tokens[lead - 1].norm)
            if nouns:
                described.setdefault(key, set()).update(nouns)
            bare = run.text[4:] if run.text.startswith("The ") else run.text
            words = tuple(key.split())
            if not words:
                continue
            if run.kind == "media" or nouns or bare in self.lex.organisations or self._is_subject(run) \
                    or len(words) > 1 and (words[-1] in vocab.org_heads or words[-1] in vocab.body_nouns):
                for n in range(1, len(words) + 1):  # by the name and by each of its short forms
                    shown.setdefault(words[:n], []).append((start, words, run.text))
        self._orgs = (mentions, shown, described)
        return self._orgs

    def _described_as(self, key: str, at: int) -> frozenset[str]:
        return frozenset(self._org_index()[2].get(key, ()))

    def _shown_as_body(self, key: str, at: int) -> str | None:
        """The fullest name a body named by key was shown to be one under before at (itself, or
        a longer name it begins: "Big Machine" after "Big Machine Records issued"), or None."""
        words = tuple(key.split())
        if not words:
            return None
        entries = self._org_index()[1].get(words, ())
        k = bisect.bisect_left(entries, (at,))
        best = None
        for start, full, name in entries[max(0, k - _SHOWN_TRIES) : k]:  # the latest few: bounded
            if best is None or len(full) >= len(best[0]):
                best = (full, name)
        if best is not None:
            return best[1]
        spoke = self._spoke_at.get(key)
        return key if spoke is not None and spoke < at else None

    def _latest_body_named(self, at: int, fits) -> tuple[int, Speaker] | None:
        """The latest body named before at (within reach) that the text shows to be one and that
        fits: (where it is named, its speaker under its fullest name)."""
        mentions = self._org_index()[0]
        i = bisect.bisect_left(self._org_starts(), at)
        found: list[tuple[int, _NameRun, Speaker]] = []  # the fitting bodies of the latest sentence naming one
        for start, run, key in reversed(mentions[max(0, i - 40) : i]):
            if start < at - _GROUP_RESOLVE_CHARS:
                break
            if found and self.at.sentence_at(start) != self.at.sentence_at(found[0][0]):
                break
            full = self._shown_as_body(key, at)
            if full is None:
                continue  # "IE", "VP", "RTM": capitals the text never shows to be a body
            speaker = self._speaker_of_run(run, at, with_article=self._article_before(run.first))
            if speaker is None:
                continue
            if full != key and name_key(full) != key:
                speaker = replace(speaker, name=("the " if speaker.name.startswith("the ") else "") + full, key=name_key(full))
            if fits(speaker, self._described_as(key, at)):
                found.append((start, run, speaker))
        if not found:
            return None
        # the sentence's subject ("SeaMicro held an event with Intel and Samsung"), else the first named
        start, _run, speaker = next((f for f in found if self._is_subject(f[1])), found[-1])
        return start, speaker

    def _org_starts(self) -> list[int]:
        cached = getattr(self, "_org_start_list", None)
        if cached is None:
            cached = self._org_start_list = [m[0] for m in self._org_index()[0]]
        return cached

    def _others_descriptors(self, key: str) -> set[str]:
        """Words that describe people other than the one with this key."""
        out: set[str] = set()
        for other, words in self._descriptors.items():
            if other != key:
                out |= words
        return out

    def _latest_described(self, at: int, head: str, modifiers: set[str], generic: bool) -> _Person | None:
        wanted = {head} | (_LEADER if head in _LEADER else set())
        i = bisect.bisect_left(self._mention_starts, at)
        for m in reversed(self._mentions[max(0, i - 60) : i]):
            if m.start < at - self.settings.resolve_chars:
                break
            described = self._descriptors.get(m.key, set())
            if modifiers and not {fold(x) for x in modifiers} <= described:
                continue
            if generic or wanted & described:
                return m
        return None

    def _latest_unnamed(self, at: int, head: str) -> Speaker | None:
        singular = head.rstrip("s")
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        for clause in reversed(self.clauses[max(0, k - 12) : k]):
            if self.tokens[clause.verb].start < at - self.settings.resolve_chars:
                break
            s = clause.speaker
            if s is not None and s.kind in ("anonymous", "group") and self.tokens[clause.first].norm != "the":
                heads = {self.tokens[self._head_of(clause.first, clause.last)].norm.rstrip("s")}
                if singular in heads:
                    return s
        return None

    def _latest_organisation(self, at: int, groups: bool = False, fits=None) -> Speaker | None:
        """The latest institution named before at, nearby ("the agency", "the company")."""
        for last in range(bisect.bisect_left(self.at.token_starts, at) - 1, -1, -1):
            if self.tokens[last].start < at - 600:
                break
            run = self._runs.get(last)
            if run is not None and run.kind in ("institution", "media") and not (groups and run.kind == "media") \
                    and self._quote_of_token[run.first] < 0:
                speaker = self._speaker_of_run(run, at, with_article=self._article_before(run.first))
                if speaker is not None and (fits is None or fits(speaker)):
                    return speaker
        return None

    # ------------------------------------------------------------------ quotes

    def _attach_quotes(self) -> tuple[list[Speaker | None], list[Span | None]]:
        quotes = self.at.quotes
        speakers: list[Speaker | None] = [None] * len(quotes)
        spans: list[Span | None] = [None] * len(quotes)
        by_utterance: dict[int, list[int]] = {}
        for i, q in enumerate(quotes):
            by_utterance.setdefault(q.utterance, []).append(i)
        for utterance in sorted(by_utterance):
            if not self.budget.spend(_QUOTE_COST, "speakers"):
                break
            # "he never used the term 'three amigos'": words mentioned, no one says them
            parts = [i for i in by_utterance[utterance] if not self._mentioned(i) and not self._title_cased(i)]
            if not parts:
                continue
            clause = self._clause_for(parts)
            if clause is not None and self._medium_reports(clause):
                # '"Let's do it for the family," according to Vanity Fair': the magazine reports
                # the words, it does not say them; who did, this sentence does not tell
                for i in parts:
                    speakers[i] = spans[i] = None
                continue
            speaker = clause.speaker if clause is not None else None
            if speaker is not None and clause.first == clause.last and self.tokens[clause.first].norm in ("he", "she") \
                    and self._named_inside(speaker, parts):
                speaker = None  # '"It could have been easy for Mary Steenburgen ...," she said': not Steenburgen
            span = self._span(clause) if clause is not None and speaker is not None else None
            first = quotes[parts[0]]
            if first.nested_in is not None and (speaker is None or clause is not None and clause.inside is not None):
                speaker, span = self._nested_speaker(parts, clause, speakers, spans)
            # a quote with a clause of its own that names no one we can tell ('," she told her
            # father') is that person's: never the last speaker's before it
            last = quotes[parts[-1]]
            if speaker is None and clause is None and first.nested_in is None and first.kind == "statement" \
                    and not self._unresolved_right_before(first.open_at) \
                    and not self._unresolved_right_after(last.close_at if last.close_at is not None else last.end):
                verb, own = self._speech_verb_right_after(last.close_at if last.close_at is not None else last.end)
                if own is not None:
                    speaker, span = own.speaker, self._span(own)  # '," in the FLDS community, Hoole told TIME'
                elif not verb:
                    speaker, span = self._continued(parts[0], speakers, spans)
            for i in parts:
                speakers[i] = speaker
                spans[i] = span
        return speakers, spans

    def _named_inside(self, speaker: Speaker, parts: list[int]) -> bool:
        """Whether the quoted parts name the speaker by their last name (a third person, so
        someone else speaks of them)."""
        last = speaker.name.split()[-1] if speaker.name.split() else ""
        if not last[:1].isupper():
            return False
        pattern = re.compile(r"\b" + re.escape(last) + r"\b")
        return any(pattern.search(self.text, self.at.quotes[i].start, self.at.quotes[i].end) for i in parts)

    def _break_between(self, clause: Clause, open_at: int) -> bool:
        """Between the clause and open_at, the words the verb reports end: a comma opens a phrase of
        the writer's own (", which last year was declared", ", when the first chants", ", using
        two trucks as well as") rather than more of the report (", but that", ", while others")."""
        tokens = self.tokens
        v_end = max(clause.last, clause.verb)
        k_open = bisect.bisect_left(self.at.token_starts, open_at)
        for m in range(v_end + 1, k_open):
            gap = tokens[m].gap
            if not any(mark in gap for mark in (",", "(", "—", "–", "--")):
                continue
            word = tokens[m].norm
            if word in _WRITERS_PHRASE or word.endswith(_PARTICIPLE_SUFFIX) and word not in self.vocab.verbs:
                return True
        return False

    def _medium_reports(self, clause: Clause) -> bool:
        """An "according to" clause naming a paper, magazine or broadcaster ("according to Vanity
        Fair", "according to People magazine", "according to the newspaper")."""
        if clause.base == "interview" and clause.speaker is not None and (
                clause.speaker.kind == "media" or self.tokens[clause.last].possessive):
            return True  # "said in an interview with NBC's Real Life program": the medium asked, no one of it spoke
        if clause.base != _ACCORDING or clause.speaker is None:
            return False
        if clause.speaker.kind == "media":
            return True
        tokens, vocab = self.tokens, self.vocab
        words = [tokens[k] for k in range(clause.first, clause.last + 1)]
        name = " ".join(t.text for t in words)
        bare = name[4:] if name.startswith("The ") else name
        if name in vocab.media_titles or bare in vocab.media_titles or words[-1].norm in vocab.media_nouns:
            return True
        if any(t.cap and t.text in vocab.media_name_words for t in words):
            return True  # "the Sun Times News Group", "the Associated Press"
        after = clause.last + 1
        return after < len(tokens) and tokens[after].gap in _SPACE and tokens[after].norm in vocab.media_nouns

    def _title_cased(self, index: int) -> bool:
        """A short quotation with every word but the small ones capitalised is a slogan, a sign or
        a title ("Less Money on Testing, More Money on Students."), not words someone says."""
        q = self.at.quotes[index]
        words = [self.tokens[k] for k in self.at.token_range(q.start, q.end)]
        big = [t for t in words if t.norm not in self.vocab.title_small and t.text[:1].isalpha()]
        return 3 <= len(words) <= 10 and len(big) >= 3 and all(t.cap for t in big)

    def _mentioned(self, index: int) -> bool:
        """The quotation follows "the term", "the phrase", "the word", or "so-called": a mention
        (a name the writer distances himself from), not words said."""
        open_at = self.at.quotes[index].open_at
        k = bisect.bisect_left(self.at.token_starts, open_at) - 1
        if k < 1 or self.tokens[k].end < open_at - 2:
            return False
        if self.tokens[k].norm == "called" and self.tokens[k].gap in ("-", " ") and self.tokens[k - 1].norm == "so":
            return True  # 'the so-called "medical conscience" rule', 'the so-called "peace plan"'
        return self.tokens[k].norm in self.vocab.mention_nouns and self.tokens[k - 1].norm in ("the", "a", "this", "that")

    def _span(self, clause: Clause) -> Span:
        return Span(self.tokens[clause.first].start, self.tokens[clause.last].end)

    def _clause_for(self, parts: list[int]) -> Clause | None:
        """The clause crediting an utterance, by the rules of the module docstring."""
        at, quotes = self.at, self.at.quotes
        first, last = quotes[parts[0]], quotes[parts[-1]]
        inside = first.nested_in
        # between the parts of a split quote
        for a, b in zip(parts, parts[1:]):
            qa, qb = quotes[a], quotes[b]
            if qa.close_at is not None:
                found = self._clauses_between(qa.close_at, qb.open_at, inside)
                if found:
                    return found[0]
        open_at = first.open_at
        s_start = self._sentence_start(open_at)
        if inside is not None:
            s_start = max(s_start, open_at - _NESTED_REACH)  # inside a quote: the words right before
        if first.kind == "fragment" and inside is None:
            close = last.close_at if last.close_at is not None else last.end
            aside = self._relative_aside(open_at, close)
            after = self._clauses_between(close, self._sentence_end(close), None)
            credited_after = after and self._adjacent(close + 1, after[0]) and "," in self.text[close - 1 : close + 2]
            if aside is not None and not credited_after:  # (', which was "x," wrote Taylor': the clause after credits it)
                # 'Williams, whose career of "aqua-musicals" ..., died, her spokesman said': the writer's
                # words about someone, unless the aside itself credits them ('which he described as')
                found = [c for c in self._clauses_between(aside[0], open_at, None) if c.base in _STRONG or c.base in self.vocab.naming]
                return found[-1] if found else None
        preceding = [c for c in self._clauses_between(s_start, open_at, inside) if not self._reduced_relative(c)]
        if first.kind == "fragment":
            # a scare quote is the speaker's only inside what the verb reports: 'said the fire was
            # "potentially suspicious"', not 'responded to the blaze, using "a number" of trucks'
            preceding = [c for c in preceding if not self._break_between(c, open_at)]
        if preceding and self._adjacent_before(preceding[-1], open_at) and preceding[-1].base in _STRONG:
            return preceding[-1]  # 'he said, "I'll..."': the words' own speaker, before whoever reports them
        if inside is None and self._unresolved_right_before(open_at):
            return None  # 'recalled that he said, "...," the office said': his words, though we cannot tell who he is
        close = last.close_at if last.close_at is not None else last.end
        sentence_end = self._sentence_end(close)
        following = self._clauses_between(close, sentence_end, inside)
        # right after the close: '," X said' / '," said X'
        if following and self._adjacent(close + 1, following[0]) and not self._introduces_next(following[0], close) \
                and self.tokens[following[0].first].norm not in _RELATIVES:
            return following[0]  # (not 'the "pain" that people feel': a relative clause about the words)
        # before the opening, in the same sentence: 'X said: "..."'
        if preceding:
            strong = [c for c in preceding if c.base in _STRONG or c.base in ("according",)]
            pick = (strong or preceding)[-1]
            if preceding[-1].base in self.vocab.naming and preceding[-1].speaker is not None:
                pick = preceding[-1]  # "He said his predecessor had dubbed it 'the Gordon problem'": who named it
            if pick.base not in self.vocab.not_alone or self._adjacent_before(pick, open_at):
                return pick
        # later in the same sentence, as its closing aside: '"..." working in prisons, she said.'
        for clause in following:
            if self._closing_aside(clause) and not self._introduces_next(clause, close) and clause.base not in self.vocab.not_alone:
                return clause
        # '"...," Kurinji Selvaraj, a research analyst at ... told CBS News': a name right after
        # the close that a speech verb later in the sentence leaves without its second comma
        found = self._name_after_close(close, sentence_end) if inside is None else None
        if found is not None:
            return found
        # 'Buckley, who phoned in from the set, had a similar experience: "..."': the sentence's subject
        found = self._colon_subject(open_at) if inside is None else None
        if found is not None:
            return found
        found = self._attribution_paragraph_after(close) if inside is None else None
        if found is not None:
            return found
        # "He said:" closing the paragraph before a quote that opens its own
        para = at.paragraph_at(open_at)
        if para > 0 and at.paragraphs[para][0] == open_at and inside is None:
            prev_lo, prev_hi = at.paragraphs[para - 1]
            if self.text[prev_hi - 1 : prev_hi] == ":":
                found = self._clauses_between(self._sentence_start(prev_hi - 1), prev_hi, None)
                if found:
                    return found[-1]
        return None

    def _attribution_paragraph_after(self, close: int) -> Clause | None:
        """'"...dead." / Roesler said.': a quotation closing its paragraph, and a next paragraph
        that is nothing but an attribution (a text that sets each sentence apart breaks the
        sentence so): that clause."""
        at = self.at
        para = at.paragraph_at(close)
        if para < 0 or para + 1 >= len(at.paragraphs):
            return None
        if self.text[close + 1 : at.paragraphs[para][1]].strip(" \"”'’.,"):
            return None  # words after the close in its own paragraph
        lo, hi = at.paragraphs[para + 1]
        body = self.text[lo:hi].strip()
        if not body.endswith(".") or len(body.split()) > self.settings.attribution_paragraph_words or body[0] in "\"“”'‘’":
            return None
        found = self._clauses_between(lo, hi, None)
        if len(found) != 1 or found[0].speaker is None or found[0].base in self.vocab.not_alone:
            return None
        clause = found[0]
        first = min(self.tokens[clause.first].start, self.tokens[clause.verb].start)
        if self.text[lo:first].strip():
            return None  # the clause must open the paragraph: "Roesler said.", "said Roesler."
        end = max(self.tokens[clause.last].end, self.tokens[clause.verb].end)
        rest = self.text[end:hi].strip().rstrip(".").strip()
        if rest and not rest.startswith(",") and rest.split()[0].lower() not in self.vocab.when_where:
            return None  # "Roesler said the site logs hits.": what was said, no attribution alone
        return clause

    def _reduced_relative(self, clause: Clause) -> bool:
        """"the letter Mike wrote was ...": a clause inside a noun phrase, its "that" left out; what
        the sentence goes on to say is not what the clause's speaker said."""
        tokens = self.tokens
        first = clause.lead if clause.lead >= 0 else clause.first
        v = clause.verb
        if clause.inverted or first < 2 or v <= first or v + 1 >= len(tokens):
            return False
        noun, det = tokens[first - 1], tokens[first - 2]
        return tokens[first].cap and not noun.cap and noun.norm not in _FUNCTION and noun.norm not in self.vocab.verbs \
            and det.norm in _DETERMINERS and noun.gap in _SPACE and tokens[first].gap in _SPACE \
            and tokens[v + 1].gap in _SPACE and tokens[v + 1].norm in _BE | {"had", "has", "have"}

    def _relative_aside(self, open_at: int, close: int) -> tuple[int, int] | None:
        """The non-restrictive relative clause (", whose ... ," / ", which ... ,") a quoted
        fragment sits in, as (start, end) offsets; None when the fragment is in no such aside."""
        tokens = self.tokens
        s_start = self._sentence_start(open_at)
        k = bisect.bisect_left(self.at.token_starts, open_at) - 1
        floor = k - self.settings.aside_tokens  # an aside is short: the walks stay bounded
        while k >= 0 and k > floor and tokens[k].start >= s_start:
            if "," in tokens[k].gap or any(c in tokens[k].gap for c in ";:()—–"):
                if tokens[k].norm in ("who", "whose", "which") and "," in tokens[k].gap:
                    break
                return None  # an aside that closed before the fragment, or none
            k -= 1
        else:
            return None
        end = self._sentence_end(close)
        m = bisect.bisect_left(self.at.token_starts, close + 1)
        ceiling = m + self.settings.aside_tokens
        while m < len(tokens) and m < ceiling and tokens[m].start < end:
            if "," in tokens[m].gap:
                return tokens[k].start, tokens[m].start
            m += 1
        return None  # the relative clause runs to the end of the sentence: the speaker may be outside

    def _unresolved_right_before(self, open_at: int) -> bool:
        """An unresolved clause (_unresolved) stands right before the quote ('that he said,
        "...'): the words are that speaker's."""
        v = bisect.bisect_left(self.at.token_starts, open_at)
        k = bisect.bisect_left(self._clause_verbs, v) - 1
        return k >= 0 and _unresolved(self.clauses[k]) and self._adjacent_before(self.clauses[k], open_at)

    def _unresolved_right_after(self, close: int) -> bool:
        """An unresolved clause (_unresolved) stands right after the quote ('," she told her
        father'): the words are that speaker's, not the last speaker's before them."""
        v = bisect.bisect_left(self.at.token_starts, close)
        k = bisect.bisect_left(self._clause_verbs, v)
        return k < len(self.clauses) and _unresolved(self.clauses[k]) and self._adjacent(close + 1, self.clauses[k])

    def _speech_verb_right_after(self, close: int) -> tuple[bool, Clause | None]:
        """A strong speech verb a few words after the close, in the same sentence ('," a man's
        voice says', '" in the FLDS community, Hoole told TIME'): the words have an attribution of
        their own, so they are not the previous speaker's. (whether there is one, its clause of
        the narration when it names someone)."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, close + 1)
        if k >= len(tokens):
            return False, None
        between = self.text[close + 1 : tokens[k].start]
        if between.strip(" \u00a0\n\"”’'")[:1] not in ("", ","):
            return False, None  # '"Hello Doctor".': the sentence ends with the quotation
        if tokens[k].cap and "," not in between and "," not in self.text[close - 1 : close]:
            return False, None  # '..." He declined to say', '..." When his editors would ask': a new sentence
        reach = _ASIDE_VERB_TOKENS
        if "\n" in between:
            if self.text[close - 1 : close] != ",":
                return False, None  # the next paragraph is a sentence of its own
            reach = 2  # '...inside,'"  // Pearce said': the sentence runs on over a lost break
        for m in range(k, min(len(tokens), k + reach)):
            if m > k and any(c in tokens[m].gap for c in ".!?;:\n\"“”") or m > k and "," in tokens[m].gap and "\n" in between:
                return False, None
            if self.vocab.after_quote.get(tokens[m].norm) in _STRONG:
                i = bisect.bisect_left(self._clause_verbs, m)
                own = self.clauses[i] if i < len(self.clauses) and self.clauses[i].verb == m else None
                if own is not None and (own.speaker is None or own.inside is not None):
                    own = None
                return True, own
        return False, None

    def _colon_subject(self, open_at: int) -> Clause | None:
        """A quotation right after a colon: the person whose name opens that sentence."""
        before = self.text[max(0, open_at - 4) : open_at].rstrip()
        if not before.endswith(":"):
            return None
        tokens = self.tokens
        colon = self.text.rfind(":", 0, open_at)
        words = self._words_introduced(bisect.bisect_left(self.at.token_starts, self._sentence_start(colon)), colon)
        if words is not None:
            return words
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(open_at))
        if k >= len(tokens) or tokens[k].start >= open_at:
            return None
        run = self._run_starting(k)
        if run is None or run.kind not in ("person", "single") or (run.run_first if run.run_first >= 0 else run.first) != k:
            return None
        if run.kind == "single" and tokens[run.first].norm in self.vocab.title_words:
            titled = self._person_after_title(run)  # "Secretary of State Condoleezza Rice ...:"
            if titled is None:
                return None
            run = self._runs[titled[1]]
        clause = Clause(run.last, run.first, run.last, "say", lead=k)
        clause.speaker = self._speaker_of_run(run, tokens[run.first].start)
        return clause if clause.speaker is not None else None

    def _words_introduced(self, k: int, colon: int) -> Clause | None:
        """'His exact words: "..."', 'Henry's statement: "..."': a sentence of only an owner and
        a noun of what was said, its colon right before the quotation; the owner speaks."""
        tokens = self.tokens
        end = bisect.bisect_left(self.at.token_starts, colon)  # the sentence's tokens before the colon
        if k >= len(tokens) or end - k > 6 or end <= k + 1 or tokens[end - 1].norm not in self.vocab.said_nouns:
            return None
        if any(tokens[m].cap for m in range(k + 1, end)) and tokens[k].norm in ("his", "her"):
            return None
        if tokens[k].norm in ("his", "her"):
            clause = Clause(k, k, k, "say", lead=k)
            clause.speaker = self._resolve_pronoun("he" if tokens[k].norm == "his" else "she", tokens[k].start, clause)
            return clause if clause.speaker is not None else None
        run = self._run_starting(k)
        if run is None or run.kind not in ("person", "single", "institution") or not tokens[run.last].possessive \
                or any(tokens[m].cap for m in range(run.last + 1, end)):
            return None
        clause = Clause(run.last, run.first, run.last, "say", lead=k)
        clause.speaker = self._speaker_of_run(run, tokens[run.first].start)
        return clause if clause.speaker is not None else None

    def _name_after_close(self, close: int, sentence_end: int) -> Clause | None:
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, close + 1)
        if k >= len(tokens) or tokens[k].start > close + 4 or not tokens[k].cap:
            return None
        run = self._run_starting(k)
        if run is None or run.kind != "person" or run.last + 1 >= len(tokens) or tokens[run.last + 1].gap.strip() != ",":
            return None
        for v in range(run.last + 1, min(len(tokens), run.last + self.settings.aside_tokens)):
            if tokens[v].start >= sentence_end:
                return None
            base = self.vocab.verbs.get(tokens[v].norm)
            if base in _STRONG:
                clause = Clause(v, run.first, run.last, base, lead=run.run_first)
                clause.speaker = self._speaker_of_run(run, tokens[run.first].start)
                return clause if clause.speaker is not None else None
        return None

    def _clauses_between(self, lo: int, hi: int, inside: int | None) -> list[Clause]:
        """Clauses whose verb lies in text[lo:hi], in the narration (inside=None) or inside the
        given top-level quote."""
        starts = self.at.token_starts
        v_lo = bisect.bisect_left(starts, lo)
        v_hi = bisect.bisect_left(starts, hi)
        k = bisect.bisect_left(self._clause_verbs, v_lo)
        out = []
        while k < len(self.clauses) and self.clauses[k].verb < v_hi and len(out) < 8:
            c = self.clauses[k]
            if c.inside == self._top_quote(inside) and c.speaker is not None or (inside is not None and c.inside == self._top_quote(inside)):
                out.append(c)
            k += 1
        return out

    def _top_quote(self, index: int | None) -> int | None:
        quotes = self.at.quotes
        while index is not None and quotes[index].nested_in is not None:
            index = quotes[index].nested_in
        return index

    def _adjacent(self, pos: int, clause: Clause) -> bool:
        """Only punctuation, spaces and the speaker's titles between pos and the clause
        ('," NASA Administrator Jim Bridenstine said', '," the 14th-ranked Schwartzman said')."""
        tokens = self.tokens
        first = min(clause.first, clause.verb, clause.lead if clause.lead >= 0 else clause.first)
        k = bisect.bisect_left(self.at.token_starts, pos)
        if first - k > 8:
            return False
        gap = self.text[pos : tokens[k].start if k < first else tokens[first].start]
        if len(gap) > 6 or any(c.isalnum() for c in gap) or any(c in "!?\n" for c in gap):
            return False
        if k < first and tokens[k].norm in ("and", "but", "or", "while", "as", "because", "although"):
            return False  # '"patently false," and both analysts and sources told ...': another clause
        for m in range(k, first):
            tok = tokens[m]
            if m > k and any(c in tok.gap for c in ",;:!?\n\"“”"):
                return False
            if tok.norm in self.vocab.verbs or tok.norm in _PRONOUNS:
                return False
            if tok.norm in _FUNCTION and tok.norm not in ("and", "of", "at", "for", "the", "a", "an") and (not tok.cap or tok.initial):
                return False  # '"...," lead researcher and NASA planetary scientist Lucas Paganini said' (not '." When his editors would ask')
        return True

    def _adjacent_before(self, clause: Clause, open_at: int) -> bool:
        end = self.tokens[max(clause.last, clause.verb)].end
        gap = self.text[end:open_at]
        if len(gap) <= _ADJACENT_ONLY_CHARS and not any(c.isalnum() for c in gap):
            return True
        if clause.base != "tell" or clause.inverted or clause.verb < clause.last:
            return False
        # 'A witness told the Daily News "The cops ..."': only whom the words were told between
        tokens = self.tokens
        k = clause.verb + 1
        end_k = bisect.bisect_left(self.at.token_starts, open_at)
        if end_k <= k or end_k - k > _TOLD_WHOM_TOKENS:
            return False
        for m in range(k, end_k):
            tok = tokens[m]
            if m > k and tok.gap not in _SPACE or not (tok.cap or tok.norm in ("the", "a", "an") or tok.norm in self.vocab.media_nouns
                                                       or _singular(tok.norm) in self.vocab.person_nouns):
                return False
        tail = self.text[tokens[end_k - 1].end : open_at]
        return len(tail) <= _ADJACENT_ONLY_CHARS and not any(c.isalnum() for c in tail)

    def _closing_aside(self, clause: Clause) -> bool:
        """', she said.' ending a sentence: a comma before the clause (not ', and ...')."""
        tokens = self.tokens
        first = min(clause.first, clause.verb)
        if first == 0 or tokens[first].gap.strip(" \"”’'»") != ",":
            return False
        if tokens[first].norm in ("and", "but", "or", "while", "as", "whereas"):
            return False
        end = max(clause.last, clause.verb)
        nxt = tokens[end + 1] if end + 1 < len(tokens) else None
        return nxt is None or any(c in nxt.gap for c in ".!?\n") or nxt.norm in ("in", "on", "at", "during", "after", "before", "to", "via", "through", "when", "while", "last", "this", "on")

    def _introduces_next(self, clause: Clause, after: int) -> bool:
        """The clause opens another quotation right after it ('people say, "..."')."""
        end = self.tokens[max(clause.last, clause.verb)].end
        tail = self.text[end : end + 4].lstrip(" ,:")
        if not tail or tail[0] not in "\"“«‘'":
            return False
        return end > after + 1

    def _sentence_start(self, offset: int) -> int:
        s = self.at.sentence_at(offset)
        if s < 0:
            return 0
        start = self.at.sentences[s].start
        p = self.at.paragraph_at(offset)
        return max(start, self.at.paragraphs[p][0] if p >= 0 else 0)

    def _sentence_end(self, offset: int) -> int:
        s = self.at.sentence_at(offset)
        if s < 0:
            return offset
        end = self.at.sentences[s].end
        if end <= offset + 1 and s + 1 < len(self.at.sentences):
            # the close ends its sentence ('...?” Pluznick recalled.'): the words right after it,
            # to the end of their sentence, may still credit the quote
            nxt = self.at.sentences[s + 1]
            if self.at.paragraph_at(nxt.start) == self.at.paragraph_at(offset) and nxt.start <= offset + 3:
                end = nxt.end
        return end

    def _nested_speaker(self, parts: list[int], clause: Clause | None, speakers: list, spans: list):
        """A quote inside a quote: who speaks inside the outer one ("I said, 'I want more'" is
        the outer speaker; "I heard President Trump ask, 'So...?'" is Trump)."""
        outer = self.at.quotes[parts[0]].nested_in
        outer_speaker, outer_span = speakers[outer], spans[outer]
        if clause is None:
            if self._someone_else_speaks_before(parts[0]):
                return None, None  # "there's a man telling a car 'No, no, stop'": the man's words
            return outer_speaker, outer_span
        subject = self.tokens[clause.last]
        if clause.first == clause.last and subject.norm in ("i", "we"):
            return outer_speaker, outer_span
        if clause.first == clause.last and subject.norm in _PRONOUNS:
            return None, None
        run = self._runs_in_quote(clause)
        if run is not None:
            speaker = self._speaker_of_run(run, self.tokens[run.first].start)
            if speaker is not None:
                return speaker, Span(self.tokens[run.first].start, self.tokens[run.last].end)
        return None, None

    def _someone_else_speaks_before(self, index: int) -> bool:
        """Whether the words right before nested quote index, inside the outer one, are a person
        described ("a man", "the officer") and a speech verb: "there's a man telling a car '...'"."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, self.at.quotes[index].start)
        outer = self.at.quotes[index].nested_in
        lo = bisect.bisect_left(self.at.token_starts, self.at.quotes[outer].start) if outer is not None else 0
        for v in range(k - 1, max(lo, k - 6) - 1, -1):
            if self.vocab.verbs.get(tokens[v].norm) is None and self.vocab.after_quote.get(tokens[v].norm) is None:
                continue
            for h in range(v - 1, max(lo, v - 3) - 1, -1):
                if tokens[h].norm in ("i", "we", "me", "us"):
                    return False
                if tokens[h].norm in self.vocab.person_nouns and h > lo and tokens[h - 1].norm in ("a", "an", "the", "this", "another", "one"):
                    return True
            return False
        return False

    def _runs_in_quote(self, clause: Clause) -> _NameRun | None:
        """Name runs are read outside quotations only; inside one, parse the subject on demand."""
        runs = self.at.cap_runs
        k = bisect.bisect_right(runs, (clause.last, len(self.tokens))) - 1
        if k >= 0 and runs[k][0] <= clause.last < runs[k][1]:
            return self._parse_run(runs[k][0], min(runs[k][1] - 1, clause.last))
        return None

    def _continued(self, index: int, speakers: list, spans: list):
        """A bare statement quote after a credited one: the nearest clause before it in its
        paragraph speaks on; a quote opening a paragraph with no clause of its own continues
        the last speaker of the paragraph before."""
        at, quotes = self.at, self.at.quotes
        q = quotes[index]
        para = at.paragraph_at(q.open_at)
        p_lo = at.paragraphs[para][0] if para >= 0 else 0
        found = self._clauses_between(p_lo, q.open_at, None)
        candidates = [c for c in found if self._speaks_on(c)]
        prior = self._last_credited_quote(index, p_lo, speakers)
        if candidates:
            c = candidates[-1]
            if c.first == c.last and self.tokens[c.first].norm in ("he", "she") and self._named_inside(
                    c.speaker, [j for j in range(max(0, index - 12), index + 1) if quotes[j].start >= p_lo]):
                return None, None  # '"... Mary Steenburgen ...," she said. "She put in the time"': not Steenburgen
            if prior is None or self.tokens[c.verb].start > quotes[prior].end:
                return c.speaker, self._span(c)
        if prior is not None:
            return speakers[prior], spans[prior]
        if para > 0 and p_lo == q.open_at and not self._clauses_between(q.open_at, at.paragraphs[para][1], None):
            prev_lo, prev_hi = at.paragraphs[para - 1]
            if self._heading_like(prev_lo, prev_hi) or self._cross_head(q, para, prev_hi):
                return None, None
            found = [c for c in self._clauses_between(prev_lo, prev_hi, None) if self._speaks_on(c)]
            prior = self._last_credited_quote(index, prev_lo, speakers)
            if found and (prior is None or self.tokens[found[-1].verb].start > quotes[prior].end):
                return found[-1].speaker, self._span(found[-1])
            if prior is not None:
                return speakers[prior], spans[prior]
        return None, None

    def _speaks_on(self, clause: Clause) -> bool:
        """Whether a clause's speaker may speak on in the quotes after it: a named speaker, not a
        medium that only reported words ('according to the Vanity Fair article')."""
        return clause.speaker is not None and clause.base not in self.vocab.not_alone and not self._medium_reports(clause)

    def _last_credited_quote(self, index: int, lo: int, speakers: list) -> int | None:
        quotes = self.at.quotes
        for j in range(index - 1, max(-1, index - 12), -1):
            if quotes[j].end < lo:
                return None
            if quotes[j].nested_in is None and quotes[j].kind == "statement" and speakers[j] is not None:
                return j
        return None

    def _cross_head(self, q, para: int, prev_hi: int) -> bool:
        """A paragraph that is only a few quoted words with no punctuation ("'Completely false'"
        between two paragraphs of narration): a cross-head repeating words quoted further on, not
        the next words of the speaker before; not after a paragraph ending in a colon."""
        lo, hi = self.at.paragraphs[para]
        body = self.text[lo:hi].strip().strip("\"“”'‘’")
        return len(body.split()) <= _CROSS_HEAD_WORDS and not any(c in body for c in ".,;:!?") \
            and self.text[q.end : hi].strip(" \"“”'‘’") == "" and not self.text[:prev_hi].rstrip().endswith(":")

    def _heading_like(self, lo: int, hi: int) -> bool:
        text = self.text[lo:hi].rstrip()
        if len(text) >= 80 or text.endswith((".", ":", "!", "?", '"', "”", "’", "'")):
            return False
        # '"This will grind economies to a halt," he said' with its full stop lost: no heading
        return not (any(c in text for c in '"“”') and self._clauses_between(lo, hi, None))

    # ------------------------------------------------------------------ sources

    def sources(self, quotes: Sequence[Quote] = ()) -> tuple[SourceCitation, ...]:
        """Who the article cites: the speakers of its narration's clauses and of its quotes,
        one citation per source with every place that cites it."""
        groups: dict[str, list] = {}  # key -> [name, kind, spans]

        def add(speaker: Speaker, span: Span) -> None:
            if speaker.parts:  # "Putin and Erdogan underlined": each of them is cited
                for part in speaker.parts:
                    add(part, span)
                return
            key = speaker.key + ("|" + name_key(speaker.medium) if speaker.medium else "")
            entry = groups.get(key)
            if entry is None:
                groups[key] = [speaker.cited_as, speaker.kind, [span]]
                return
            if speaker.cited_as.startswith("the ") and not entry[0].startswith("the "):
                entry[0] = speaker.cited_as  # "the Kremlin" over "Kremlin"
            entry[2].append(span)

        for clause in self.clauses:
            if clause.inside is None and clause.speaker is not None:
                speaker = clause.speaker
                if clause.base == "interview" and speaker.name in self.lex.media or self._medium_reports(clause):
                    speaker = replace(speaker, kind="media")  # "according to Vanity Fair": a medium, no person
                add(speaker, self._span(clause))
        for quote in quotes:
            if not quote.speaker or quote.speaker_span is None:
                continue
            key = self._group_of(quote.speaker, groups)
            if key is not None:
                groups[key][2].append(quote.speaker_span)
            else:
                add(self._speaker_for_name(quote.speaker, quote.speaker_span.start), quote.speaker_span)
        out = []
        for name, kind, spans in groups.values():
            unique = tuple(sorted(set(spans), key=lambda sp: (sp.start, sp.end)))
            out.append(SourceCitation(name, unique, kind))
        out.sort(key=lambda c: c.spans[0].start)
        return tuple(out)

    def _group_of(self, speaker: str, groups: dict) -> str | None:
        """The citation a quote's speaker belongs to: the same name, or a partial of it."""
        key = name_key(speaker)
        if key in groups:
            return key
        for k, (name, _kind, _spans) in groups.items():
            if same_speaker(name.split(" (")[0], speaker):
                return k
        return None

    def _speaker_for_name(self, name: str, at: int) -> Speaker:
        """A speaker given by name only (a credit line, a caller's quote): the full name the
        article gives for it, its kind from the term lists and its last word."""
        words = tuple(fold(w) for w in name.split())
        if words:
            display = _nearest(self._full.get(words[-1], ()), self._full_starts.get(words[-1], ()), at,
                               lambda fwords: fwords[len(fwords) - len(words) :] == words)
            if display is not None:
                return Speaker(display, "person", name_key(display))
        bare = name[4:] if name.startswith("the ") else name
        last = fold(bare.split()[-1]) if bare.split() else ""
        if bare in self.lex.media:
            kind = "media"
        elif bare in self.lex.organisations or last in self.vocab.org_heads or last in self.vocab.body_nouns:
            kind = "institution"
        elif name[:1].islower():
            kind = "anonymous"
        else:
            kind = "person"
        return Speaker(name, kind, name_key(name))

    def _medium_of_unnamed(self, clause: Clause) -> str | None:
        """'a source said told Sputnik': the medium named right after an unnamed source's verb."""
        tokens = self.tokens
        n = len(tokens)
        for v in range(clause.verb, min(n, clause.verb + 3)):
            if tokens[v].norm == "told":
                return self._medium_after(v)
        return None


def _profession(word: str) -> bool:
    """A noun of a person by their work: "the actor", "the comedian", "the evangelist"."""
    return word in _PROFESSIONS or len(word) > 6 and word.endswith(("ist", "ian"))


def _stem(word: str) -> str:
    """A crude stem that "checks", "checked" and "checking" share (names rarely do)."""
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


_NEAREST_TRIES = 16


def _nearest(entries: Sequence, starts: Sequence[int], at: int, fits) -> str | None:
    """The display name of the entry nearest before at whose words fit, else the nearest after
    (a few tries each way: bounded whatever the number of mentions)."""
    i = bisect.bisect_right(starts, at)
    for k in range(i - 1, max(-1, i - 1 - _NEAREST_TRIES), -1):
        if fits(entries[k][1]):
            return entries[k][2]
    for k in range(i, min(len(entries), i + _NEAREST_TRIES)):
        if fits(entries[k][1]):
            return entries[k][2]
    return None


_LEADER = frozenset("leader president premier prime chancellor king emir prince ruler head sultan monarch".split())


@functools.lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """Matching key of a speaker: folded, hyphens and apostrophes as spaces, single spaces."""
    return " ".join(fold(name).replace("-", " ").replace("'", " ").replace("’", " ").replace(".", "").split())


# --------------------------------------------------------------------------- same speaker


def same_speaker(a: str, b: str) -> bool:
    """Whether two speaker names (of two articles) name one speaker: equal keys, one the
    other's last words ("Haddad" / "Karim Haddad"; "Kremlin" / "the Kremlin"), or the same
    name in another transliteration ("Karim Haddad" / "Karim Hadad": one letter apart)."""
    ka, kb = name_key(a).removeprefix("the ").split(), name_key(b).removeprefix("the ").split()
    if not ka or not kb:
        return False
    ca, cb = "".join(ka), "".join(kb)
    if any("".join(ka[i:]) == cb for i in range(len(ka))) or any("".join(kb[i:]) == ca for i in range(len(kb))):
        return True  # "Vincent DelGiudice" / "Vincent Del Giudice", "Judge Vincent DelGiudice"
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    tail = long_[len(long_) - len(short) :]
    return all(x == y or min(len(x), len(y)) >= 5 and _one_edit_apart(x, y) for x, y in zip(short, tail))


def _one_edit_apart(x: str, y: str) -> bool:
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y)) <= 1
    if len(x) > len(y):
        x, y = y, x
    i = 0
    while i < len(x) and x[i] == y[i]:
        i += 1
    return x[i:] == y[i + 1 :]


def speaker_contrast(a: str | None, b: str | None) -> str | None:
    """How two outlets credit the same quotation: "different" (two named speakers),
    "named/unnamed" (a name in one, an unnamed source in the other: "a senior official",
    "sources"), or None (the same speaker, one of two speakers the other names together, one
    gives none, two unnamed sources, or a definite description such as "her rep")."""
    if not a or not b or any(same_speaker(x, y) for x in _joined(a) for y in _joined(b)):
        return None  # "Craig Zadan and Neil Meron" / "Zadan": one of the two
    named_a, named_b = is_named(a), is_named(b)
    if named_a and named_b:
        return "different"
    if named_a != named_b and _anonymous(b if named_a else a):
        return "named/unnamed"
    return None  # "her rep", "the doctor": someone the other article may well have named


def _joined(name: str) -> list[str]:
    """The people of "Laurence Mark and Bill Condon", or the one name."""
    parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", name) if p.strip()]
    return parts or [name]


_INDEFINITE_OPENERS = frozenset("a an one some two three four several many other another".split())
_ANONYMOUS_HEADS = frozenset("source sources official officials insider insiders familiar anonymity".split())


def _anonymous(name: str) -> bool:
    """An unnamed source ("a senior official", "two people familiar with the talks", "sources",
    "analysts"), not a definite description of someone introduced before ("the doctor")."""
    words = name_key(name).split()
    if not words:
        return False
    return words[0] in _INDEFINITE_OPENERS or any(w in _ANONYMOUS_HEADS for w in words) \
        or words[0] != "the" and words[-1].endswith("s") and name[:1].islower()


def is_named(speaker: Speaker | str) -> bool:
    """A speaker named by a proper name (a person or an institution), not an unnamed source."""
    name = speaker.name if isinstance(speaker, Speaker) else speaker
    words = [w for w in name.split() if w.lower() not in ("the", "of", "for", "and")]
    return bool(words) and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def attribute(at: ArticleText, settings: AttributionSettings = DEFAULT.compare.attribution,
              budget: WorkBudget | None = None) -> Attribution:
    return Attribution(at, settings, budget)
