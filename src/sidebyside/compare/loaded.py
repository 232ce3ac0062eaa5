"""Loaded language: words a writer chooses to judge, stir or soften, by a category a student
understands (resources/terms/loaded.json, loaded_scores.tsv, loaded_model.json, loaded_pos.tsv;
README.md there).

Two sources of hits. The hand-written lists (loaded.json) name attribution verbs, contested
labels, intensifiers, euphemisms and emotive words, each checked against its context rules.
Beyond them every other word gets a graded score, the probability that a careful reader marks
it: a number per word (loaded_scores.tsv, from what the word means, its sentiment and
subjectivity, its shape and rarity) plus weights for its place (in a hyphenated compound, after
"anti-", after an intensifier, inside a quotation), built by build_loaded_scores.py. Only plain lower-case words
some lexicon gives evidence for are scored: never a name, a number or a rare plain noun.
A word scoring at least ``loaded_min_probability`` is reported as "evaluative" (or "emotive"
for words of strong sentiment), with its score; one WordNet mostly uses as a noun or a verb
(loaded_pos.tsv: "racism", "undermine") names the topic and needs ``loaded_naming_probability``.
A judging hit is shown with its word of degree ("highly deceptive", "utterly adrift").
A graded word is read in its context: not when it tells how someone feels about something
("investors grew wary of its losses") nor when it names the event or topic after a determiner ("a
stabbing that killed", "these accusations"); a weaker one needs company from another word of its
sentence, not from itself repeated. A graded word carries its score and the app shows it only as
"possibly loaded", unless the writer inflates it (after a listed intensifier it joins it:
"extremely stingy"; after a degree word: "highly sympathetic"), piles it onto a listed judging
describing word ("weak and ineffective", "rambling, vague") or it is a strong describing word
in a text that judges (``loaded_shown_probability``): then its score is dropped and it is shown
as loaded. A listed judging noun the article keeps using is its subject
("parasites" in a biology story), and a verb of saying that agrees with the next verb as a noun
is what was said ("the claims are false").

A listed word is reported only when its context makes it the loaded sense: "claimed" is a verb
of saying but "claimed responsibility" and "asylum claims" are not; "huge" insists but "a huge
flag" describes; "regime" labels a government but "a tax regime" and "a regime of constant
delays" do not. Words inside a direct quotation are the speaker's choice: they are reported with
``quoted`` set, apart from the outlet's own. Whose words, one rule: a word is the speaker's only
where the text says the speaker used it, inside quote marks or as the label of a verb of naming
("called it a hoax"); indirect speech is the outlet's paraphrase, its words the outlet's,
whether the verb opens the clause ("Vesk said the farmers were forced to capitulate") or closes
the sentence ("Thieves snatched a priceless painting, police said."). A one-word quotation nobody is credited with is
the writer's scare quote, reported as one (in English text only); a quoted phrase of two or
three words is more often a name, a term or someone's partial words (``scare_quote_max_words``),
and its words are marked ``quoted`` too, as are those of any quotation that is no scare quote; a
quoted word that is no describing word before a noun labels it (the "launch" phase, "exogenic"
processes) and a quoted word explained right after ("torpor" — the term for) is a term: neither
is a scare quote. A listed judging
adjective also matches its adverb and its "-ness" noun ("clumsily", "callousness"), and a listed
label of several words its doctrine or its followers ("white nationalist" / "white nationalism"); a listed
word capitalised alone among lower-case words is a name ("the reeling Predators").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING

from sidebyside.compare.loaded_rules import company_hits
from sidebyside.compare.nouns import nouns
from sidebyside.compare.termcache import cached_text
from sidebyside.compare.termdata import Lexicon, lexicon, shipped_terms
from sidebyside.compare.text import ARTICLES, BE_FORMS, POSSESSIVE_DETERMINERS
from sidebyside.compare.tokens import irregular_verbs  # the one table of irregular verb forms
from sidebyside.compare.title_case import NO_SMALL_WORDS, title_cased
from sidebyside.compare.tokens import (
    TOKEN_END, TOKEN_POSSESSIVE, TOKEN_START, PhraseMatcher, Token, inflected_phrases, inflections,
    phrase_key, token_column, token_norms, tokenize,
)
from sidebyside.extract.language import primary_subtag
from sidebyside.model import LoadedTerm, Quote
from sidebyside.parsed_cache import parsed
from sidebyside.resources import resource
from sidebyside.settings import DEFAULT, LexicalSettings

if TYPE_CHECKING:
    from sidebyside.compare.attribution.engine import Attribution

VERB_CATEGORY = "attribution verb"
LABEL_CATEGORY = "contested label"  # often capitalised itself: "Nazi", "Marxist"
SCARE_QUOTES = "scare quotes"
METAPHOR_CATEGORY = "emotive"
# Words after which a term is a noun: "the claim", "neither claim", "their denials".
_NOUN_MARKERS = frozenset(
    "a an the this that these those neither either each every no any his her its their our my your such "
    "some many several one two both".split()
)
# Words only a noun follows: "the lies", "his lies" (not "that", "some", "this": pronouns too,
# "the madness that lies ahead", "some lie in ruins").
_ARTICLES_AND_POSSESSIVES = ARTICLES | POSSESSIVE_DETERMINERS
_LATIN = re.compile(r"[A-Za-z]")  # a scare quote is read in English text: its words are Latin letters
_BE = BE_FORMS | frozenset("am 's".split())
# Words of quantity skipped before an object that makes a term literal: "claimed more than 50 lives",
# "lies two hundred kilometres north", "lies just off the coast".
_QUANTITY = frozenset(
    "more than less fewer at least about some nearly almost over up to around the a an dozens hundreds thousands "
    "millions of many several another two three four five six seven eight nine ten hundred thousand dozen few "
    "roughly approximately just".split()
)


@dataclass(frozen=True)
class _Context:
    """loaded.json's loaded_context, folded and keyed for lookups."""

    after: dict[str, tuple[tuple[str, ...], ...]]  # term -> word sequences that make it literal
    before: dict[str, frozenset[str]]
    of_literal: frozenset[str]
    passive: frozenset[str]
    size_words: frozenset[str]
    concrete: frozenset[str]
    metaphors: frozenset[str]
    metaphor_literal_objects: frozenset[str]  # "flooded with water": the verb's literal sense
    compound_heads: frozenset[str]
    compound_literal: dict[str, frozenset[str]]  # compound head -> first halves that make it literal
    topic_tails: frozenset[str]  # "mob-related crimes": a listed noun before one names a topic
    less_exceptions: frozenset[str]
    neutral: PhraseMatcher[bool]  # plain news terms: no word inside one is loaded ("pleaded guilty")
    plain: frozenset[str]  # words some lexicon calls judging that news uses plainly ("critics")
    in_chief_titles: frozenset[str]  # real titles: "commander-in-chief", "editor-in-chief"
    naming_quote: frozenset[str]  # literal before a quoted term: "so-called “smart guns”"
    state_complements: frozenset[str]  # what a feeling is about: "wary of", "baffled by"
    causatives: frozenset[str]  # verbs giving someone a state: "made China wary of"
    clause_verbs: frozenset[str]  # verbs of saying that report a clause: "claim", "admit"
    accusations: frozenset[str]  # "accused of", "accusations of": what follows is reported
    count_literal: frozenset[str]  # verbs literal before a count: "admitted 300 patients"
    clause_only: frozenset[str]  # verbs loaded only reporting what was said: "alleged that", not "alleged fraud"
    legal_speakers: frozenset[str]  # whose allegation is the plain legal word: "prosecutors allege that"
    legal_filings: frozenset[str]  # a lawsuit's claim is the plain legal word: "sued, claiming he was"
    fight_words: frozenset[str]  # a wrong named as what is fought: "its fight against corruption"
    scare: "_ScareCues"
    # judging forms that tell a plain act when they act on an object: "threatening the girl"
    act_forms: frozenset[str] = frozenset()
    # words of degree that make one phrase with the judging word after them ("so inept"), and
    # "-ly" words that are no adverb of degree ("daily", "reportedly")
    degree_before: frozenset[str] = frozenset()
    not_degree: frozenset[str] = frozenset()
    # domain -> its cue words ("season", "coach"; "forecast", "winds"), and a listed term -> the
    # domains where it is the literal word ("knockout" in a boxing report, "raging" of a fire)
    domain_cues: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    domain_literal: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # terms whose literal_after words are a verb's sense, void after a determiner or a possessive:
    # "the island lies off the coast", not "the lies in his speech"
    verb_after: frozenset[str] = frozenset()
    # hyphenated terms -> the words after them that make the words written apart a verb's literal
    # sense: "the boat washed up on the shore", not "a washed-up singer"
    after_apart: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # intensifiers that also state a proportion ("overwhelmingly": by a large majority), which is
    # their sense before a verb: "settlers, who overwhelmingly form part of his constituency"
    proportion: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _ScareCues:
    """loaded.json's scare_* context lists: the words that make a quoted term a mention."""

    naming_before: frozenset[str]  # "called", "nickname", "known as", "type of"
    kind_after: frozenset[str]  # "category", "levels", "option"
    clause_words: frozenset[str]  # a pronoun or verb inside: a quoted saying, not a scare quote
    defined_after: frozenset[str]  # "—the term for", ", meaning": the quoted word is being defined
    question_words: frozenset[str]  # "what" (+ is/are): the quoted term is asked about, to be explained


def _context(lex: Lexicon) -> _Context:
    ctx = lex.derived.get("loaded_context")
    if ctx is None:
        raw = lex.loaded_context
        ctx = _Context(
            after={phrase_key(t)[-1]: tuple(phrase_key(p) for p in v) for t, v in raw.get("literal_after", {}).items()},
            before={phrase_key(t)[-1]: frozenset(w.casefold() for w in v) for t, v in raw.get("literal_before", {}).items()},
            of_literal=frozenset(w.casefold() for w in raw.get("literal_of", ())),
            passive=frozenset(w.casefold() for w in raw.get("passive_literal", ())),
            size_words=frozenset(w.casefold() for w in raw.get("size_words", ())),
            concrete=frozenset(w.casefold() for w in raw.get("concrete_heads", ())),
            metaphors=frozenset(w.casefold() for w in raw.get("metaphor_of", ())),
            metaphor_literal_objects=frozenset(w.casefold() for w in raw.get("metaphor_literal_objects", ())),
            compound_heads=frozenset(w.casefold() for w in raw.get("compound_heads", ())),
            topic_tails=frozenset(w.casefold() for w in raw.get("topic_compound_tails", ())),
            compound_literal={
                h.casefold(): frozenset(w.casefold() for w in v) for h, v in raw.get("compound_literal_tails", {}).items()
            },
            less_exceptions=frozenset(w.casefold() for w in raw.get("less_exceptions", ())),
            neutral=PhraseMatcher((form, True) for p in raw.get("neutral_phrases", ()) for form in inflected_phrases(p)),
            plain=frozenset(w.casefold() for w in raw.get("plain_words", ())),
            in_chief_titles=frozenset(w.casefold() for w in raw.get("in_chief_titles", ())),
            naming_quote=frozenset(phrase_key(w)[-1] for w in raw.get("literal_before_quote", ())),
            state_complements=frozenset(w.casefold() for w in raw.get("state_complements", ())),
            causatives=frozenset(w.casefold() for w in raw.get("state_causatives", ())),
            clause_verbs=frozenset(w.casefold() for w in raw.get("clause_verbs", ())),
            accusations=frozenset(w.casefold() for w in raw.get("accusation_words", ())),
            count_literal=frozenset(phrase_key(w)[-1] for w in raw.get("literal_before_count", ())),
            clause_only=frozenset(phrase_key(w)[-1] for w in raw.get("clause_only", ())),
            legal_speakers=frozenset(w.casefold() for w in raw.get("legal_speakers", ())),
            legal_filings=frozenset(w.casefold() for w in raw.get("legal_filings", ())),
            fight_words=frozenset(w.casefold() for w in raw.get("fight_words", ())),
            scare=_ScareCues(
                *(frozenset(w.casefold() for w in raw.get(key, ()))
                  for key in ("scare_naming_before", "scare_kind_after", "scare_clause_words", "scare_defined_after",
                              "scare_question_before"))
            ),
            act_forms=frozenset(w.casefold() for w in raw.get("act_forms", ())),
            degree_before=frozenset(w.casefold() for w in raw.get("degree_before", ())),
            not_degree=frozenset(w.casefold() for w in raw.get("not_degree_adverbs", ())),
            domain_cues={d: frozenset(w.casefold() for w in v) for d, v in raw.get("domain_cues", {}).items()},
            domain_literal=_domains_by_term(raw.get("domain_literal", {})),
            verb_after=frozenset(phrase_key(w)[-1] for w in raw.get("literal_after_as_verb", ())),
            after_apart={t.casefold(): frozenset(w.casefold() for w in v) for t, v in raw.get("literal_after_apart", {}).items()},
            proportion=frozenset(w.casefold() for w in raw.get("proportion_adverbs", ())),
        )
        lex.derived["loaded_context"] = ctx
    return ctx


def _domains_by_term(literal: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """loaded.json's domain_literal (domain -> terms) as term -> the domains it is literal in."""
    out: dict[str, set[str]] = {}
    for domain, terms in literal.items():
        for term in terms:
            out.setdefault(term.casefold(), set()).add(domain)
    return {t: frozenset(d) for t, d in out.items()}


class _Domains:
    """The domains an article is about, by their cue words (loaded.json's domain_cues): at least
    ``min_cues`` distinct cues of one domain in the text ("season", "coach", "playoffs": sports).
    Found once per article, on the first ask: only a hit of a term with a literal domain asks."""

    def __init__(self, tokens: list[Token], cues: dict[str, frozenset[str]], min_cues: int, also: str | None = None):
        self.tokens, self.cues, self.min_cues, self.also = tokens, cues, min_cues, also
        self.found: frozenset[str] | None = None

    def any_of(self, domains: frozenset[str]) -> bool:
        if self.found is None:
            words = set(token_norms(self.tokens))
            if self.also:  # a heading's article: its body tells the domain ("Gang jailed over theft")
                words.update(token_norms(tokenize(self.also)))
            self.found = frozenset(d for d, cues in self.cues.items() if len(cues & words) >= self.min_cues)
        return not self.found.isdisjoint(domains)


def _matcher(lex: Lexicon) -> PhraseMatcher[tuple[str, str]]:
    """Every listed term and its inflections -> (base term, category); the first listed wins.
    Built once per lexicon, and kept between starts in the per-user term cache (termcache):
    inflecting the terms costs ~30 ms, reading the keyed rows back about a third of it."""
    matcher = lex.derived.get("loaded")
    if matcher is None:
        metaphors = sorted(_context(lex).metaphors)
        inputs = [
            ("code", _source_bytes("sidebyside.compare.loaded", "sidebyside.compare.tokens")),
            ("terms", "\n".join(f"{c}\t{t}" for c, terms in lex.loaded_terms.items() for t in terms).encode()),
            ("metaphors", "\n".join(metaphors).encode()),
        ]
        built: list[PhraseMatcher[tuple[str, str]]] = []

        def build() -> str:
            built.append(_built_matcher(lex.loaded_terms, metaphors))
            return _rows_text(built[0])

        text = cached_text("loaded-matcher", inputs, build)
        if built:
            matcher = built[0]
        else:
            try:
                matcher = _parsed_rows(text)
            except ValueError:  # a cache file of the wrong shape: build the matcher here
                matcher = _built_matcher(lex.loaded_terms, metaphors)
        lex.derived["loaded"] = matcher
    return matcher


def _listed_as_itself(lex: Lexicon) -> dict[str, tuple[str, str]]:
    """One-word terms listed in a category other than the attribution verbs, by their lower-case
    form -> (term, category): what such a word is where it reports no speech."""
    own = lex.derived.get("loaded_own")
    if own is None:
        own = {}
        for category, terms in lex.loaded_terms.items():
            if category != VERB_CATEGORY:
                for term in terms:
                    if " " not in term:
                        own.setdefault(term.casefold(), (term, category))
        lex.derived["loaded_own"] = own
    return own


def _built_matcher(loaded_terms: dict[str, list[str]], metaphors: list[str]) -> PhraseMatcher[tuple[str, str]]:
    seen: dict[str, tuple[str, str]] = {}
    for category, terms in loaded_terms.items():
        for term in terms:
            for form in _term_forms(term):
                seen.setdefault(form, (term, category))
            for derived in (_adverb(term, category), _quality_noun(term, category)):
                if derived:
                    seen.setdefault(derived, (term, category))  # "blatantly", "callousness"
            twin = _doctrine_twin(term, category)
            if twin:
                for form in _term_forms(twin):  # "white nationalism" of "white nationalist"
                    seen.setdefault(form, (term, category))
    for word in metaphors:
        for form in _term_forms(word):  # "floods of", "flooded ... with": _literal reads which
            seen.setdefault(form, (word, METAPHOR_CATEGORY))
    return PhraseMatcher(seen.items())


_POSSESSIVE = re.compile(r"[’']s$")
_POSSESSIVE_FLAG = TOKEN_POSSESSIVE


def _possessive_phrases(lex: Lexicon) -> dict[str, list[tuple[tuple[str, ...], int, tuple[str, str]]]]:
    """The listed phrases with a possessive inside ("wolf in sheep's clothing", "at each other's
    throats", "fool's errand"), which the phrase matcher never joins across (it keeps a name's
    "'s" apart from the next word): the possessive word -> (the phrase's folded words, the
    possessive's place in them, (term, category)), longest first; each phrase also with its last
    word inflected ("fool's errands"). One possessive a phrase."""
    found = lex.derived.get("loaded_possessive")
    if found is None:
        found = {}
        for category, terms in lex.loaded_terms.items():
            for term in terms:
                words = term.split(" ")
                marked = [k for k, w in enumerate(words) if _POSSESSIVE.search(w)]
                if len(marked) != 1 or len(words) < 2 or marked[0] == len(words) - 1:
                    continue
                for form in inflected_phrases(term):
                    key = phrase_key(form)
                    if len(key) == len(words):
                        found.setdefault(key[marked[0]], []).append((key, marked[0], (term, category)))
        for entries in found.values():
            entries.sort(key=lambda e: -len(e[0]))
        lex.derived["loaded_possessive"] = found
    return found


def _with_phrases(
    found: list[tuple[int, int, tuple[str, str]]], added: list[tuple[int, int, tuple[str, str]]],
) -> list[tuple[int, int, tuple[str, str]]]:
    """found with the phrase hits added, in text order: a phrase takes the place of the shorter
    hits inside it."""
    if not added:
        return found
    covered = {k for i, n, _ in added for k in range(i, i + n)}
    kept = [hit for hit in found if not any(k in covered for k in range(hit[0], hit[0] + hit[1]))]
    return sorted(kept + added, key=itemgetter(0))


def _possessive_phrase_hits(
    tokens: list[Token], found: list[tuple[int, int, tuple[str, str]]],
    phrases: dict[str, list[tuple[tuple[str, ...], int, tuple[str, str]]]],
) -> list[tuple[int, int, tuple[str, str]]]:
    """found with the hits of the possessive phrases added, in text order: only the tokens
    written with a possessive are read (picked out at C speed); a phrase takes the place of the
    shorter hits inside it ("fool" of "a fool's errand")."""
    if not phrases:
        return found
    added = []
    n_tokens = len(tokens)
    for p in compress(range(n_tokens), map(_POSSESSIVE_FLAG, tokens)):
        for key, j, payload in phrases.get(tokens[p].norm, ()):
            start, n = p - j, len(key)
            if start < 0 or start + n > n_tokens or (added and start < added[-1][0] + added[-1][1]):
                continue
            if all(
                tokens[start + m].norm == key[m] and (m == j or not tokens[start + m].possessive)
                and (m == 0 or tokens[start + m].gap in (" ", "-", "\u00a0"))
                for m in range(n)
            ):
                added.append((start, n, payload))
                break
    return _with_phrases(found, added)


# Words after which a noun phrase opens, so a describing word may stand inside a listed phrase
# there: "with apparent impunity", "a slap on the proverbial wrist", "beyond the political pale".
_PHRASE_OPENERS = _ARTICLES_AND_POSSESSIVES | frozenset(
    "with without in on at of by for from into to under beyond behind against".split()
)


_Phrase = tuple[int, tuple[str, ...], tuple[str, str]]  # (rank among its first word's phrases, words, payload)


class _MultiwordPhrases:
    """The matcher's phrases of two or more words by their first two words, each with its rank
    among the phrases of its first word, longest first. A loose match keeps the second word right
    after the first or one word later, so two look-ups find every phrase that can match at a token
    (the first word alone names dozens: "the", "a", "with"). A first word's phrases are indexed on
    its first ask (``after``): a text meets a few hundred of the listed first words, and indexing
    all 17,000 forms cost some 5 ms of every start."""

    def __init__(self, matcher: PhraseMatcher[tuple[str, str]]):
        self._grouped = matcher.grouped()
        self.by_first: dict[str, dict[str, list[_Phrase]]] = {}  # first word -> second word -> phrases

    def after(self, first: str) -> dict[str, list[_Phrase]]:
        """first's phrases of two or more words by their second word (indexed now, kept)."""
        found: dict[str, list[_Phrase]] = {}
        entries = self._grouped.get(first)
        if entries is not None:  # (most words open no listed phrase)
            for rank, (key, payload) in enumerate(e for e in entries if len(e[0]) > 1):
                found.setdefault(key[1], []).append((rank, key, payload))
        self.by_first[first] = found
        return found


def _multiword_phrases(matcher: PhraseMatcher[tuple[str, str]], lex: Lexicon) -> _MultiwordPhrases:
    """The matcher's multi-word phrases by their first two words (one index per lexicon, filled
    as texts ask)."""
    found = lex.derived.get("loaded_multiword")
    if found is None:
        found = lex.derived["loaded_multiword"] = _MultiwordPhrases(matcher)
    return found


def _loose_match(tokens: list[Token], i: int, key: tuple[str, ...], describes: Callable[[Token], bool]) -> int:
    """The tokens a listed phrase spans from tokens[i] written with what English lets stand
    inside it (0: no such match): one describing word where a noun phrase opens inside it ("with
    apparent impunity"), or a comma between two describing words of it, coordinated ("cold, hard
    cash"). The plain match is the phrase matcher's."""
    n, limit = len(key), len(tokens)
    for m in range(1, n):  # one describing word inserted before key[m]
        if i + n >= limit or key[m - 1] not in _PHRASE_OPENERS:
            continue
        if all(tokens[i + k].norm == key[k] for k in range(m)) and all(
            tokens[i + k + 1].norm == key[k] for k in range(m, n)
        ) and all(tokens[i + k].gap == " " for k in range(1, n + 1)) and describes(tokens[i + m]) and not any(
            tokens[i + k].possessive for k in range(n)
        ):
            return n + 1
    if i + n > limit or any(tokens[i + k].norm != key[k] or tokens[i + k].possessive for k in range(n)):
        return 0
    commas = [k for k in range(1, n) if tokens[i + k].gap in (", ", ",")]
    if len(commas) == 1 and all(tokens[i + k].gap == " " for k in range(1, n) if k != commas[0]):
        k = commas[0]
        if describes(tokens[i + k - 1]) and describes(tokens[i + k]):
            return n
    return 0


def _loose_phrase_hits(
    tokens: list[Token], found: list[tuple[int, int, tuple[str, str]]],
    phrases: _MultiwordPhrases, settings: LexicalSettings,
) -> list[tuple[int, int, tuple[str, str]]]:
    """found with the listed phrases written loosely (``_loose_match``) added, in text order; a
    phrase takes the place of the shorter hits inside it, and none overlapping it from outside.
    A describing word is one WordNet uses to describe at least ``loaded_graded_share`` of the
    time, in plain lower case ("apparent", "proverbial", "cold")."""
    model = _score_model()
    ctx = _context(lexicon())
    share = settings.loaded_graded_share

    def describes(tok: Token) -> bool:
        return _graded_word(tok, model, share, ctx)

    taken = {k: (i, n) for i, n, _ in found for k in range(i, i + n)}
    added = []
    n_tokens = len(tokens)
    norms = token_norms(tokens)
    by_first = phrases.by_first
    distinct = set(norms)
    for first in distinct.difference(by_first):  # (the words no text has asked of yet indexed)
        phrases.after(first)
    # the tokens that open a listed phrase of two words, picked out at C speed (most open none)
    opens = {w for w in distinct if by_first[w]}
    free_from = 0  # the first token after the last phrase added
    for k in compress(range(n_tokens), map(opens.__contains__, norms)):
        if k < free_from:
            continue
        after = by_first[norms[k]]
        near = after.get(norms[k + 1], ()) if k + 1 < n_tokens else ()
        far = after.get(norms[k + 2], ()) if k + 2 < n_tokens and norms[k + 2] != norms[k + 1] else ()
        # each list is in rank order already; both: merged by rank, as the first word lists them
        candidates = sorted(near + far) if near and far else near or far
        for _rank, key, payload in candidates:
            n = _loose_match(tokens, k, key, describes)
            span = range(k, k + n)
            if n and not any(taken[j][0] < k or taken[j][0] + taken[j][1] > k + n for j in span if j in taken):
                added.append((k, n, payload))
                free_from = k + n
                break
    return _with_phrases(found, added)


# A dropped "g" written with an apostrophe: "Lyin' Ted", "goin' after". The apostrophe ends the
# token, so the word is read with its "g" back; a word is at least four letters ("lyin"), and no
# letter follows the apostrophe (not "in's", a possessive).
# (Searched from its "in", which the engine skips to, the two letters before checked at each
# hit: the pattern opening with them was tried at every character, 2.8 ms a 65,000-character
# text; two hits never overlap, as the apostrophe is no letter, so the ends are the same.)
_DROPPED_G = re.compile(r"in['’](?!\w)")
_TWO_LETTERS = re.compile(r"\w\w")


def _g_restored(text: str, tokens: list[Token]) -> list[Token]:
    """tokens with each word written without its final "g" ("lyin'") folded as the word with it
    ("lying"), so the lists and their rules read it; the same list when the text has none."""
    two_letters = _TWO_LETTERS.fullmatch
    ends = {m.end() - 1 for m in _DROPPED_G.finditer(text, 2) if two_letters(text, m.start() - 2, m.start())}
    if not ends:
        return tokens
    at = _token_index(tokens, ends, TOKEN_END)
    if not at:
        return tokens
    restored = list(tokens)
    for k in at.values():
        restored[k] = tokens[k]._replace(norm=tokens[k].norm + "g")
    return restored


def _rows_text(matcher: PhraseMatcher[tuple[str, str]]) -> str:
    """The matcher one phrase a line in lookup order (key words, term, category, tab-separated);
    "" (not cached) when a field holds a tab or a line break, or a key word a space: it would not
    read back."""
    rows = [(key, term, category) for entries in matcher.grouped().values() for key, (term, category) in entries]
    text = "\n".join(" ".join(key) + "\t" + term + "\t" + category for key, term, category in rows)
    if (
        text.count("\n") != len(rows) - 1
        or text.count("\t") != 2 * len(rows)
        or any(" " in word for key, _, _ in rows for word in key)
    ):
        return ""
    return text


def _parsed_rows(text: str) -> PhraseMatcher[tuple[str, str]]:
    """The matcher from _rows_text's text (ValueError when a line is not three fields); the
    desktop app reads its rows back from the per-user cache of parsed data (parsed_cache.parsed)."""
    return PhraseMatcher.from_grouped(parsed("loaded-matcher-rows", (), lambda: _grouped_rows(text),
                                             lambda data: isinstance(data, dict), text=text))


def _grouped_rows(text: str) -> dict[str, list[tuple[tuple[str, ...], tuple[str, str]]]]:
    payloads: dict[tuple[str, str], tuple[str, str]] = {}
    grouped: dict[str, list[tuple[tuple[str, ...], tuple[str, str]]]] = {}
    for line in text.split("\n"):
        key, term, category = line.split("\t")
        payload = payloads.setdefault((term, category), (term, category))
        words = tuple(key.split(" ")) if " " in key else (key,)
        grouped.setdefault(words[0], []).append((words, payload))
    return grouped


def _source_bytes(*modules: str) -> bytes:
    """The source of the modules that turn terms into keyed forms, so that a change to them never
    reads a stale matcher; a frozen build without sources is keyed by its version instead."""
    import importlib.util

    out = []
    for name in modules:
        spec = importlib.util.find_spec(name)
        source = spec.loader.get_source(name) if spec and spec.loader and hasattr(spec.loader, "get_source") else None
        out.append(source if source is not None else f"{name} {_app_version()}")
    return "\n".join(out).encode("utf-8", "surrogatepass")


def _app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sidebyside")
    except PackageNotFoundError:
        return "unknown"


_JUDGING = frozenset(("evaluative", "emotive", "intensifier"))
_JUDGING_NOUNS = frozenset(("evaluative", "emotive"))  # "obviousness" does not insist as "obvious" does
_ADJECTIVE_ENDINGS = ("ful", "ous", "ive", "ant", "ent", "al", "ic", "less", "ish")


def _adverb(term: str, category: str) -> str | None:
    """The adverb of a listed one-word adjective, which judges alike: "blatant" -> "blatantly",
    "clumsy" -> "clumsily", "horrible" -> "horribly", "disgusting" -> "disgustingly". For the
    judging categories any word (a noun's "adverb" is no word and never matches); for the others
    only words of an adjective's ending."""
    if " " in term or term.endswith("ly") or not term.replace("-", "").isalpha():
        return None
    if category not in _JUDGING and not term.endswith(_ADJECTIVE_ENDINGS):
        return None
    if term.endswith("ic"):
        return term + "ally"
    if term.endswith("y") and len(term) > 3 and term[-2] not in "aeiou":
        return term[:-1] + "ily"
    if term.endswith(("ble", "ple", "tle", "dle", "gle", "kle", "cle")):
        return term[:-1] + "y"
    if term.endswith("ll"):
        return term + "y"
    return term + "ly"


def _doctrine_twin(term: str, category: str) -> str | None:
    """The doctrine of a listed label of several words for its followers, or the followers of a
    listed doctrine, which label alike: "white nationalist" -> "white nationalism", "radical
    feminist" -> "radical feminism", "cultural Marxism" -> "cultural Marxist". Only a phrase: its
    first word makes it the label ("white nationalism"); the doctrine alone often names the topic
    ("racism", "terrorism"). A twin that is no word ("conspiracy theorism") never matches."""
    if category != LABEL_CATEGORY or " " not in term:
        return None
    head, _, last = term.rpartition(" ")
    if not last.isalpha() or len(last) < 6:
        return None
    if last.endswith("ist"):
        return f"{head} {last[:-3]}ism"
    if last.endswith("ism"):
        return f"{head} {last[:-3]}ist"
    return None


def _quality_noun(term: str, category: str) -> str | None:
    """The "-ness" noun of a listed one-word judging adjective, which judges alike: "callous" ->
    "callousness", "petty" -> "pettiness" (a noun's "-ness" is no word and never matches)."""
    if category not in _JUDGING_NOUNS or " " in term or term.endswith(("ly", "ness")) or not term.replace("-", "").isalpha():
        return None
    if term.endswith("y") and len(term) > 3 and term[-2] not in "aeiou":
        return term[:-1] + "iness"
    return term + "ness"


def _family_forms(term: str, category: str) -> set[str]:
    """Other forms of a listed one-word term's family that the matcher does not take as the
    term (a small morphology, read from the entry's own shape): the adjective of a listed
    adverb ("angrily" -> "angry", "predictably" -> "predictable", "ironically" -> "ironic"), the
    comparative and superlative of a listed describing word ("cruel" -> "crueler", "cruelest"),
    the adjective of a listed "-ness" or "-ity" noun ("callousness" -> "callous"), the noun a
    listed "-ful" or "-ous" adjective is made of ("shameful" -> "shame"), the verb of a listed
    participle ("troubling" -> "troubled"). Many such forms have a common plain sense
    ("pointedly" / "pointed", "rightly" / "right"), so a form is never a listed hit: it only
    lets a graded describing word (loaded_scores.tsv: the lexicons give it evidence of its own)
    be shown as loaded (``loaded_family_shown``, _strong_graded); a noun or a verb of the family
    ("hate" of "hateful", "threaten" of "threatening") names the topic or the act too often and
    stays possibly loaded. A form that is no word is never scored."""
    out: set[str] = set()
    t = term.casefold()
    if " " in t or "-" in t or not t.isalpha() or len(t) < 4:
        return out
    if category in _JUDGING:
        if t.endswith("ally") and len(t) > 7:
            out |= {t[:-4], t[:-2]}  # "ironically" -> "ironic", "brutally" -> "brutal"
        elif t.endswith("ily") and len(t) > 5:
            out.add(t[:-3] + "y")  # "angrily" -> "angry"
        elif t.endswith("bly") and len(t) > 5:
            out.add(t[:-1] + "e")  # "predictably" -> "predictable"
        elif t.endswith("ly") and len(t) > 5:
            out |= {t[:-2], t[:-2] + "e"}  # "bitterly" -> "bitter", "desperately" -> "desperate"
        elif not t.endswith(("ing", "ed", "ness", "ity")):
            if t.endswith("e"):
                out |= {t + "r", t + "st"}
            elif t.endswith("y") and t[-2] not in "aeiou":
                out |= {t[:-1] + "ier", t[:-1] + "iest"}
            else:
                out |= {t + "er", t + "est"}
        if t.endswith("ness") and len(t) > 7:
            out |= {t[:-4], t[:-5] + "y"} if t.endswith("iness") else {t[:-4]}
        if t.endswith("ity") and len(t) > 6:
            out |= {t[:-3], t[:-3] + "e"}
        if t.endswith(("ful", "ous")) and len(t) > 6:
            out |= {t[:-3], t[:-3] + "e"}  # "shameful" -> "shame", "murderous" -> "murder"
    if category in _JUDGING or category == VERB_CATEGORY:
        for ending in ("ing", "ed"):
            if t.endswith(ending) and len(t) > len(ending) + 3:
                stem = t[: -len(ending)]
                for verb in {stem, stem + "e", *((stem[:-1],) if stem[-1] == stem[-2] else ())}:
                    out |= inflections(verb)
    out.discard(t)
    return out


def _listed_families(lex: Lexicon) -> frozenset[str]:
    """The family forms (_family_forms) of every listed one-word term, less the forms the matcher
    already takes: a graded word among them is shown as loaded (``loaded_family_shown``)."""
    forms = lex.derived.get("loaded_family")
    if forms is None:
        matched = _matcher(lex).grouped()
        forms = frozenset(
            form for category, terms in lex.loaded_terms.items() for term in terms
            for form in _family_forms(term, category) if not any(len(k) == 1 for k, _ in matched.get(form, ()))
        )
        lex.derived["loaded_family"] = forms
    return forms


# Particles that make a phrasal verb with the word before them: "lash out", "gloss over"; and
# the prepositions of a verb that takes its object through them ("rip into", "swipe at", "crow
# about", "knuckle under"), inflected alike. Not "to": "wedded to" would give "wedding to".
_PARTICLES = frozenset("up down out back over off away aside against on in through into about at under".split())


def _term_forms(term: str) -> set[str]:
    """A listed term and its inflections. A phrasal verb inflects its verb, not its particle
    ("gloss over" -> "glossed over", "glossing over"; "doubled down" -> "doubles down"):
    a verb listed in its past form also gets its regular base's forms; a phrase opening with an
    irregular verb also takes that verb's forms (resources/terms/irregular_verbs.json)."""
    forms = inflected_phrases(term)
    words = term.split(" ")
    if len(words) == 2 and words[1] in _PARTICLES and words[0].isalpha():
        verb = words[0]
        bases = {verb}
        if verb.endswith("ed") and len(verb) > 4:
            bases |= {verb[:-2], verb[:-1]}  # "walked" -> "walk", "doubled" -> "double"
            if verb[-3] == verb[-4]:
                bases.add(verb[:-3])  # "trotted" -> "trot"
        forms |= {f"{form} {words[1]}" for base in bases for form in inflections(base)}
    elif len(words) > 1 and words[0].casefold() in irregular_verbs():
        # an idiom that opens with an irregular verb: "bitten the hand that feeds", "clung to"
        forms |= {" ".join((form, *words[1:])) for form in irregular_verbs()[words[0].casefold()]}
    return forms


def _base(term: str) -> str:
    return phrase_key(term)[-1] if phrase_key(term) else term


def _literal(
    tokens: list[Token], i: int, n: int, term: str, category: str, ctx: _Context, settings: LexicalSettings
) -> bool:
    """Whether the hit tokens[i:i+n] of term is a literal, neutral use in this context."""
    head = _base(term)
    prev = tokens[i - 1].norm if i > 0 else ""
    after = [t.norm for t in tokens[i + n : i + n + 4]]
    phrase = _phrase_after(tokens, i + n, 10)  # the words that go on the term's phrase
    skip = 0
    while skip < min(6, len(phrase)) and (phrase[skip] in _QUANTITY or phrase[skip].isdigit()):
        skip += 1
    counted = phrase[skip : skip + 4]
    if head in ctx.metaphors and term == head and category == METAPHOR_CATEGORY:
        # "a flood of complaints" is loaded; "the flood" is weather
        if after[:1] == ["of"] and len(after) > 1 and not tokens[i + n + 1].cap:
            return False
        return not _metaphor_verb(tokens, i, n, head, ctx, settings)
    word = tokens[i + n - 1].norm  # the form written: a rule may be keyed to it ("inflamed" of "inflame")
    if head in ctx.verb_after and i > 0 and (prev in _ARTICLES_AND_POSSESSIVES or tokens[i - 1].possessive):
        phrase, skip = [], 0  # the noun: "the lies in his speech", "Tarev's lies on television"
    for words in (*ctx.after.get(head, ()), *(ctx.after.get(word, ()) if word != head else ())):
        if tuple(phrase[: len(words)]) == words or (skip and tuple(counted[: len(words)]) == words):
            return True
    if n > 1 and phrase[:1] and phrase[0] in ctx.after_apart.get(term.casefold(), ()) and all(
        tokens[k].gap == " " for k in range(i + 1, i + n)
    ):
        return True  # "the boat washed up on the shore": the verb, not "a washed-up singer"
    if prev and n == 1 and (prev in ctx.before.get(head, ()) or prev in ctx.before.get(word, ())):
        # one word's left context: "resident alien" is literal, "resident illegal aliens" is not
        return True
    if i + n < len(tokens) and tokens[i + n].gap == "-" and tokens[i + n].norm in ctx.topic_tails:
        return True  # "convicted of mob-related crimes": the noun names a kind of crime, no label
    if head in ctx.naming_quote and i + n < len(tokens) and _OPENING_QUOTE.search(tokens[i + n].gap):
        return True  # "the so-called “smart guns”": the quote marks name a term, they do not sneer
    if head in ctx.of_literal and after[:1] == ["of"] and len(after) > 1:
        nxt = tokens[i + n + 1]
        if not nxt.cap and nxt.norm not in _NOUN_MARKERS | {"the"}:
            return True  # "a regime of constant delays"; not "the regime of Bashar al-Assad"
    if head in ctx.proportion and _before_a_verb(tokens, i + n, settings):
        return True  # "who overwhelmingly form part of", "the House overwhelmingly backed": how many, no degree
    if head in ctx.passive and prev in _BE and not word.endswith("ing"):
        return True  # "was admitted", "were crushed"; not the active "is destroying democracies"
    if prev in _BE and word.endswith("ed") and _thing_agent(tokens, i + n, ctx.concrete, settings.loaded_size_reach):
        return True  # "the car was crushed by a falling tree": a thing did it, told literally
    if head in ctx.size_words and _sizes_a_thing(tokens, i + n, ctx.concrete, settings.loaded_size_reach, prev in _NOUN_MARKERS):
        return True  # "a huge flag", "a huge black banner", "a huge, salty ocean"
    if category == VERB_CATEGORY and _acts_on_a_thing(tokens, i + n, ctx.concrete, settings.loaded_size_reach, head in ctx.clause_verbs):
        return True  # "slammed the door", "slamming the processor": an act on a thing
    if category == VERB_CATEGORY and (
        (prev in _NOUN_MARKERS and not tokens[i + n - 1].norm.endswith(("ed", "ing"))) or _attribution_noun(tokens, i, n)
    ):
        # "Neither claim could be verified": a noun, not a verb of saying; a participle after the
        # marker still judges ("those smearing every officer", "their claimed 'gender identity'")
        return True
    if category == VERB_CATEGORY and _noun_modifier(tokens, i, n, word == head and not word.endswith(("ed", "ing")), settings):
        return True  # "France's rail operator", "the state rail operator": a noun before a noun
    if category != VERB_CATEGORY and word in ctx.act_forms and _verb_with_object(tokens, i, n, word):
        return True  # "admitted to threatening the girl", "he troubled Wladimir": an act told, no judgement
    if category == VERB_CATEGORY and _first_person(tokens, i):
        return True  # "I'm not complaining", "you want to double down": no judgement of a speaker
    if category == VERB_CATEGORY and _not_saying(tokens, i, n, term, ctx):
        return True
    if category == VERB_CATEGORY and head in ctx.count_literal and _counts_after(tokens, i + n):
        return True  # "had admitted more than 1.4 million Syrians": people let in, not a confession
    if category == VERB_CATEGORY and head in ctx.clause_only and not _reports_saying(tokens, i, n, settings.loaded_saying_phrase_reach):
        return True  # "his alleged role", "are alleged to have", "proclaimed a state of emergency"
    if category == VERB_CATEGORY and head in ctx.clause_only and _legal_speaker(tokens, i, ctx.legal_speakers, settings.loaded_legal_speaker_reach):
        return True  # "prosecutors allege that", "the lawsuit alleges that": the plain word of a legal claim
    if category == VERB_CATEGORY and head in ctx.clause_verbs and _pleads(tokens, i, ctx.legal_filings, settings.loaded_legal_speaker_reach):
        return True  # "sued, claiming he was terminated", "the suit claims that": what a lawsuit pleads
    if category == VERB_CATEGORY and _act_then_time(tokens, i, n):
        return True  # "who confessed after the shooting": nothing said is reported, a plain act
    if category in _JUDGING_NOUNS and n == 1 and _fought(tokens, i, ctx.fight_words) and _noun(word, settings):
        return True  # "its own fight against corruption", "tackling corruption": the wrong named plainly
    if category in _JUDGING and _accused_of(tokens, i, ctx):
        return True  # "police deny accusations of brutality": the accusers' word, reported
    return False


# What ends a term's phrase before the words that make it literal: "he lied. In a statement",
# "lied, on camera,"; not the point or comma inside a number ("1.5 km", "2,000 miles").
_PHRASE_BREAK = re.compile(r"[.!?;:,()\[\]\n—–]")


def _phrase_after(tokens: list[Token], k: int, limit: int) -> list[str]:
    """The folded words from tokens[k] on, at most ``limit``, up to a break of the sentence or
    clause: the words a literal_after sequence is read from."""
    out = []
    for j in range(k, min(len(tokens), k + limit)):
        gap = tokens[j].gap
        inside_number = j > k and gap in (".", ",") and tokens[j - 1].norm.isdigit() and tokens[j].norm[:1].isdigit()
        if _PHRASE_BREAK.search(gap) and not inside_number:
            break
        out.append(tokens[j].norm)
    return out


_NUMBER = re.compile(r"\d[\d.,]*$")
_YEAR = re.compile(r"(?:1[89]|20)\d\d$")


def _counts_after(tokens: list[Token], k: int) -> bool:
    """Whether a count follows at tokens[k], past words of quantity ("more than 1.4 million",
    "about 300"): the object of a verb that otherwise reports a clause."""
    j = k
    while j < len(tokens) and j - k < 4 and tokens[j].norm in _QUANTITY and not tokens[j].norm.isdigit():
        j += 1
    if j >= len(tokens) or any(_SENTENCE_BREAK.search(tokens[x].gap) for x in range(k, j + 1)):
        return False
    text = tokens[j].text
    return bool(_NUMBER.match(text)) and not _YEAR.match(text)  # "admitted 2016 was": a year, a clause


# Words between a verb or noun of fighting and the wrong it fights: "fight against", "crackdown
# on", "stamp out", "root out the".
_FIGHT_LINKS = frozenset("against on out the".split())


def _fought(tokens: list[Token], i: int, fight_words: frozenset[str]) -> bool:
    """Whether the word at tokens[i] is what a fight, a crackdown or a campaign is against, right
    after it past at most two linking words ("fight against corruption", "a crackdown on
    corruption", "tackling corruption", "root out the corruption"): the wrong named plainly."""
    j = i - 1
    while j >= 0 and i - j <= 2 and tokens[j].norm in _FIGHT_LINKS and tokens[j + 1].gap == " ":
        j -= 1
    return j >= 0 and j < i and tokens[j].norm in fight_words and tokens[j + 1].gap == " "


def _accused_of(tokens: list[Token], i: int, ctx: _Context) -> bool:
    """Whether a judging word is what someone is accused of ("accusations of brutality", "accused
    of cruelty", "charges of corruption"): the accusers' word, which the writer reports."""
    return (
        i >= 2 and tokens[i - 1].norm == "of" and tokens[i - 2].norm in ctx.accusations
        and not _SENTENCE_BREAK.search(tokens[i - 1].gap) and not _SENTENCE_BREAK.search(tokens[i].gap)
    )


# Prepositions that open a short phrase between a verb of saying and the clause it reports
# ("proclaiming to the nation that", "alleged in a lawsuit that"); how many words it may take is
# settings.loaded_saying_phrase_reach.
_SAYING_PHRASE = frozenset("to in on at before during".split())
# A quotation opened after a comma or colon ("proclaimed: “…”"; not "an alleged “vehicle code”
# violation"), or closed with its comma just before ("“…,” he proclaimed", "‘…’, alleged the suit").
_QUOTE_OPEN = re.compile(r"^\s*[,:]\s*[\"“‘«]")
_QUOTE_CLOSE = re.compile(r"[,!?]\s*[\"”’»]\s*$|[\"”’»]\s*,\s*$")


def _reports_saying(tokens: list[Token], i: int, n: int, reach: int) -> bool:
    """Whether the verb tokens[i:i+n] reports what someone said: a clause after it ("alleged
    that", "proclaiming to the nation that"), a quotation after it ("proclaimed: “…”") or just
    before it and its subject ("“…,” he proclaimed", "“…,” proclaimed Ms. Diaz"); not "his
    alleged role", "are alleged to have", "alleged fraud that", "proclaimed a state of emergency"."""
    k = i + n
    if k < len(tokens) and _QUOTE_OPEN.search(tokens[k].gap) and not _SENTENCE_BREAK.search(tokens[k].gap):
        return True
    if i > 0 and (
        _QUOTE_CLOSE.search(tokens[i].gap)
        or (tokens[i].gap == " " and (tokens[i - 1].cap or tokens[i - 1].norm in _PRONOUN_SUBJECTS)
            and _QUOTE_CLOSE.search(tokens[i - 1].gap))
    ):
        return True
    if k >= len(tokens) or _SENTENCE_BREAK.search(tokens[k].gap):
        return False
    if tokens[k].norm == "that":
        return True
    if tokens[k].norm not in _SAYING_PHRASE:
        return False
    for j in range(k + 1, min(len(tokens), k + 1 + reach)):
        if _SENTENCE_BREAK.search(tokens[j].gap) or tokens[j].gap.strip(" ,"):
            return False
        if tokens[j].norm == "that":
            return True
    return False


_TIME_AFTER_ACT = frozenset({"after", "before", "during", "when", "while", "until", "since"})


def _act_then_time(tokens: list[Token], i: int, n: int) -> bool:
    """Whether a verb of saying is followed at once by when it happened, with nothing said
    reported in its clause ("who confessed after the shooting"): an act, no judged saying; not
    "claimed after the vote that it was rigged" nor a quotation around it."""
    k = i + n
    if k >= len(tokens) or tokens[k].gap != " " or tokens[k].norm not in _TIME_AFTER_ACT:
        return False
    if any(q in tokens[i].gap or (i > 0 and q in tokens[i - 1].gap) for q in _QUOTE_MARKS):
        return False  # "“…,” he confessed after the trial": his words are reported
    for j in range(k + 1, len(tokens)):
        gap = tokens[j].gap
        if _SENTENCE_BREAK.search(gap):
            return True
        if ":" in gap or any(q in gap for q in _QUOTE_MARKS) or tokens[j].norm == "that":
            return False  # "admitted after the trial: …", "claimed after the vote that …"
    return True


_QUOTE_MARKS = "\"“”‘«»"  # (no apostrophe: "didn’t")


def _legal_speaker(tokens: list[Token], i: int, speakers: frozenset[str], reach: int) -> bool:
    """Whether a legal party or filing speaks through the verb at tokens[i] ("prosecutors allege
    that", "the complaint filed Monday alleges that"), found among the words before it in its
    sentence, at most ``reach`` words back: news uses "allege" there as the careful word for an
    unproven charge, not to doubt it."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if _SENTENCE_BREAK.search(tokens[j + 1].gap):
            return False
        if tokens[j].norm in speakers:
            return True
    return False


def _pleads(tokens: list[Token], i: int, filings: frozenset[str], reach: int) -> bool:
    """Whether the verb of saying at tokens[i] tells what a lawsuit pleads: right after the verb
    of suing ("sued, claiming he was terminated") or with a filing for its subject, at most
    ``reach`` words back with no punctuation between ("the suit filed Monday claims that"); not
    "who lost the suit last year, now claims" (another clause)."""
    if i > 0 and tokens[i - 1].norm in filings and tokens[i].gap.strip() in ("", ","):
        return True
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if tokens[j + 1].gap.strip():
            return False
        if tokens[j].norm in filings:
            return True
    return False


# Words that can only be a verb's object, never the subject of a clause it reports: "claim
# their place", "admitted them"; not "claimed he", "claimed it was" (a clause follows).
_OBJECT_ONLY = frozenset("them him us me their its our my your whose".split())


def _not_saying(tokens: list[Token], i: int, n: int, term: str, ctx: _Context) -> bool:
    """Whether a listed verb of saying names what was said or another act, not a speaker's
    saying: a noun after a possessive, referred to rather than told ("verify the group's claim.",
    "the ministry's claim “is false”", as "the claim" after a determiner is; not "Trump's claim
    that he closed the borders"), or a verb that reports a clause (ctx.clause_verbs) with an
    object instead ("claim their place", "admitted them", "the city boasts its own airport")."""
    k = i + n
    if i > 0 and tokens[i - 1].possessive and n == 1 and not tokens[i].norm.endswith(("ing", "ed")):
        return k >= len(tokens) or bool(tokens[k].gap.strip()) or tokens[k].norm in _BE
    if k >= len(tokens) or tokens[k].gap.strip() or _SENTENCE_BREAK.search(tokens[k].gap):
        return False
    return tokens[k].norm in _OBJECT_ONLY and _base(term) in ctx.clause_verbs


def _noun_modifier(tokens: list[Token], i: int, n: int, bare: bool, settings: LexicalSettings) -> bool:
    """Whether a verb of saying in its bare form modifies the singular noun right after it, past a
    possessive or a singular noun ("France's rail operator", "the state rail operator"): a noun,
    no one's saying; not "officials deny wrongdoing" (a plural subject before the verb)."""
    k = i + n
    if n != 1 or not bare or i == 0 or k >= len(tokens) or tokens[k].gap != " " or tokens[i].gap != " ":
        return False
    nxt, prev = tokens[k], tokens[i - 1]
    if nxt.cap or nxt.norm.endswith("s") or nxt.norm in _NOT_DESCRIBING or nxt.norm in _OBJECT_ONLY \
            or nxt.norm in _PRONOUN_SUBJECTS or not _noun(nxt.norm, settings):
        return False
    if prev.possessive:
        return True
    return (not prev.cap and not prev.norm.endswith("s") and prev.norm not in _PRONOUN_SUBJECTS
            and _noun(prev.norm, settings))


# Words that open a verb's object right after it: "threatening the girl", "troubled him".
_OBJECT_OPENERS = frozenset("the a an his her him them their its my our your me us".split())
# Pronoun subjects before a verb in the past: "he troubled Wladimir".
_PAST_SUBJECTS = frozenset("i you he she we they who".split())


def _verb_with_object(tokens: list[Token], i: int, n: int, word: str) -> bool:
    """Whether a judging word in a verb's form is the verb acting on an object: an "-ing" form
    before its object ("admitted to threatening the girl"; not "a threatening letter"), or an
    "-ed" form after a pronoun subject and before its object ("he troubled Wladimir"; not "the
    troubled company", "she was troubled"). The act is told; the word judges no one."""
    k = i + n
    if n != 1 or k >= len(tokens) or tokens[k].gap != " ":
        return False
    nxt = tokens[k]
    if word.endswith("ing") and len(word) > 5:
        return nxt.norm in _OBJECT_OPENERS and (i == 0 or tokens[i - 1].norm not in _NOUN_MARKERS)
    if word.endswith("ed") and i > 0 and tokens[i - 1].norm in _PAST_SUBJECTS and tokens[i].gap == " ":
        return nxt.norm in _OBJECT_OPENERS or (nxt.cap and not nxt.initial)
    return False


_BE_SINGULAR = frozenset("is was isn't wasn't".split())
_BE_PLURAL = frozenset("are were aren't weren't".split())


def _attribution_noun(tokens: list[Token], i: int, n: int) -> bool:
    """Whether a verb of saying is the noun of what was said, by the verb after it agreeing with
    it as a noun ("the Russian and Syrian claims are false", "the ministry's claim is", "claims
    made in a post"); not "which Nissan claims is 20 % better", "which they claim is". A noun
    "claim" that judges keeps its weight ("the bizarre claim that"): annotators mark it."""
    word = tokens[i + n - 1].norm
    if n != 1 or word.endswith(("ed", "ing")) or i + n >= len(tokens) or tokens[i + n].gap != " ":
        return False
    nxt = tokens[i + n].norm
    if word.endswith("s"):  # "claims are", not "Nissan claims is"
        return nxt == "made" or nxt in _BE_PLURAL
    # "the claim is", not "which they claim is", "which Democrats claim is"
    subject = i > 0 and (tokens[i - 1].norm in _PRONOUN_SUBJECTS or tokens[i - 1].cap)
    return not subject and nxt in _BE_SINGULAR


_PRONOUN_SUBJECTS = frozenset("i you he she we they it who which that".split())


_OPENING_QUOTE = re.compile(r"[\"“‘'«]\s*$")
_NOT_DESCRIBING = _NOUN_MARKERS | _BE | frozenset("of for to in on at with by and or but from as than".split())


def _before_a_verb(tokens: list[Token], k: int, settings: LexicalSettings) -> bool:
    """Whether tokens[k], right after an adverb on the same phrase, is the verb it modifies: a
    lower-case word that WordNet does not use mostly to describe (an adverb before a describing
    word grades it: "overwhelmingly negative"), nor a form of "be" ("is", "were": the describing
    word after it is graded)."""
    if k >= len(tokens) or tokens[k].gap != " " or tokens[k].cap or not tokens[k].norm.isalpha() or tokens[k].norm in _BE:
        return False
    share = _describing_share(tokens[k].norm, _score_model())
    return share is None or share < settings.loaded_shown_describing_share


def _thing_agent(tokens: list[Token], k: int, concrete: frozenset[str], reach: int) -> bool:
    """Whether a passive's agent at tokens[k] ("by a falling tree") is a concrete thing: "by",
    then a determiner and plain lower-case words up to the thing's noun ("was crushed by a falling
    tree", at most ``reach`` describing words; not "was crushed by the regime", whose agent acts
    and is judged with it)."""
    if k >= len(tokens) or tokens[k].norm != "by" or _SENTENCE_BREAK.search(tokens[k].gap):
        return False
    for j in range(k + 1, min(len(tokens), k + 1 + reach + 1)):
        tok = tokens[j]
        if _SENTENCE_BREAK.search(tok.gap) or tok.cap:
            return False
        if tok.norm in concrete:
            return True
    return False


def _sizes_a_thing(tokens: list[Token], k: int, concrete: frozenset[str], reach: int, listed: bool = False) -> bool:
    """Whether a concrete thing follows a size word at tokens[k], past plain lower-case words
    that describe it ("black", "wooden"), within ``reach`` words: the size is then the thing's,
    not the writer's stress. listed: the size word stands after a determiner ("a huge, salty
    ocean"), so a comma right after it lists the thing's describing words, not a new clause."""
    for j in range(k, min(k + reach, len(tokens))):
        token = tokens[j]
        if token.norm in concrete:
            return True
        gap = token.gap.strip()
        if token.cap or not token.text.isalpha() or token.norm in _NOT_DESCRIBING or gap and not (listed and j == k and gap == ","):
            return False
    return False


def _acts_on_a_thing(tokens: list[Token], k: int, concrete: frozenset[str], reach: int, reports_clause: bool = False) -> bool:
    """Whether a verb's object at tokens[k] is a concrete thing it ends on ("slammed the door",
    "constantly slamming the processor"): a hand on a thing, no judgement of a speaker; not
    "slammed the decision" nor "slammed the stadium deal" (the thing only names another noun).
    A verb that reports a clause (reports_clause: "claim", "insist") whose thing is followed by a
    finite verb says something of it ("claimed the bridge was safe", "insisted the dam would
    hold"): the thing is the clause's subject, not the verb's object."""
    if k >= len(tokens) or tokens[k].gap != " " or tokens[k].norm not in _THING_OPENERS:
        return False
    for j in range(k + 1, min(k + 1 + reach, len(tokens))):
        token = tokens[j]
        if token.cap or not token.text.isalpha() or token.norm in _NOT_DESCRIBING or token.gap != " ":
            return False
        if token.norm in concrete:
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            if reports_clause and after is not None and after.gap == " " and after.norm in _FINITE_VERBS:
                return False
            return after is None or after.gap.strip() != "" or not after.text.isalpha() or after.norm in _NOT_DESCRIBING
    return False


_THING_OPENERS = frozenset("the a an his her their its my our your this that".split())
# Finite verbs that open a clause's predicate after its subject: "the bridge was", "the dam would".
_FINITE_VERBS = _BE - {"be", "been", "being", "'s"} | frozenset(
    "isn't aren't wasn't weren't will would could can may might must shall should won't wouldn't couldn't can't "
    "cannot has had have hasn't hadn't haven't did does didn't doesn't".split()
)


_MODALS = frozenset("to will would could can may might must".split())


def _metaphor_verb(tokens: list[Token], i: int, n: int, head: str, ctx: _Context, settings: LexicalSettings) -> bool:
    """Whether a metaphor word is a verb filling something with people or things: "flood the
    country with refugees", "inboxes flooded with complaints", "swarmed by reporters"; not
    "streets flooded with water" nor "the river flooded" (a literal object, or none). The "with" /
    "by" is looked for within ``loaded_metaphor_verb_reach`` tokens of the verb, the literal object
    within ``loaded_metaphor_object_reach`` after it."""
    if tokens[i].norm == head and not (i > 0 and tokens[i - 1].norm in _MODALS):
        return False  # the noun ("the flood"), or a verb without the marks of one
    for j in range(i + n, min(len(tokens), i + n + settings.loaded_metaphor_verb_reach + 1)):
        if _SENTENCE_BREAK.search(tokens[j].gap):
            return False
        if tokens[j].norm in ("with", "by"):
            tail = tokens[j + 1 : j + 1 + settings.loaded_metaphor_object_reach]
            return bool(tail) and not any(t.norm in ctx.metaphor_literal_objects for t in tail)
    return False


def neutral_tokens(tokens: list[Token], lex: Lexicon | None = None) -> set[int]:
    """Indices of the tokens no loaded term may start from: words of a plain news term
    ("pleaded guilty", "criminal justice", "people familiar with the matter") and plain words."""
    ctx = _context(lex or lexicon())
    out = {k for i, n, _ in ctx.neutral.find_all(tokens) for k in range(i, i + n)}
    plain = ctx.plain
    out.update(compress(range(len(tokens)), map(plain.__contains__, token_norms(tokens))))  # (at C speed)
    return out


def _pattern_hits(
    tokens: list[Token], taken: set[int], ctx: _Context, settings: LexicalSettings
) -> list[tuple[int, int, str]]:
    """Judging words no list can hold, by their shape: a hyphenated compound whose second half
    judges ("scandal-ridden", "fear-mongering", "Trump-loving"), a mock title ("golfer-in-chief") and
    "-less" words of at least ``loaded_less_min_letters`` letters ("rudderless")."""
    out = []
    less_min = settings.loaded_less_min_letters
    # only a compound's head, "chief" or a word in "-less" can be one: those tokens alone are
    # read, picked out at C speed (each distinct word tested once)
    norms = token_norms(tokens)
    shaped = {w for w in set(norms) if w in ctx.compound_heads or w == "chief" or w.endswith("less")}
    for k in compress(range(len(tokens)), map(shaped.__contains__, norms)):
        tok = tokens[k]
        if k in taken:
            continue
        norm = tok.norm
        if (
            k > 0
            and tok.gap == "-"
            and norm in ctx.compound_heads
            and k - 1 not in taken
            and tokens[k - 1].norm not in ctx.compound_literal.get(norm, ())
            and tokens[k - 1].norm.isalpha()
        ):
            out.append((k - 1, 2, tokens[k - 1].norm + "-" + norm))
        elif (
            norm == "chief" and k >= 2 and tok.gap == "-" and tokens[k - 1].norm == "in" and tokens[k - 1].gap == "-"
            and tokens[k - 2].norm.isalpha() and tokens[k - 2].norm not in ctx.in_chief_titles
            and not {k - 1, k - 2} & taken
        ):
            out.append((k - 2, 3, tokens[k - 2].norm + "-in-chief"))  # "golfer-in-chief", not "editor-in-chief"
        elif (
            len(norm) >= less_min
            and norm.endswith("less")
            and norm.isalpha()
            and norm not in ctx.less_exceptions
            and not (tok.cap and not tok.initial)
        ):
            out.append((k, 1, norm))
    return out


@dataclass(frozen=True)
class _ScoreModel:
    """loaded_scores.tsv and loaded_model.json, read once."""

    words: dict[str, float]  # folded word -> log-odds before its context
    context: dict[str, float]  # place -> weight added to the log-odds
    intensifiers: frozenset[str]
    emotive: frozenset[str]
    describing: dict[str, float]  # folded word -> share of its uses as an adjective or adverb


@functools.lru_cache(maxsize=1)
def _score_model() -> _ScoreModel:
    return _ScoreModel(*parsed("loaded-scores", ("terms/loaded_scores.tsv", "terms/loaded_model.json", "terms/loaded_pos.tsv"),
                               _read_score_model, _score_model_shape))


def _score_model_shape(data: object) -> bool:
    return (isinstance(data, tuple) and len(data) == 5 and all(isinstance(d, dict) for d in (data[0], data[1], data[4]))
            and all(isinstance(d, frozenset) for d in data[2:4]))


def _read_score_model() -> tuple[dict, dict, frozenset, frozenset, dict]:
    folder = resource("terms")
    words = {}
    for line in folder.joinpath("loaded_scores.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, score = line.partition("\t")
            words[word] = float(score)
    model = json.loads(folder.joinpath("loaded_model.json").read_text(encoding="utf-8"))
    describing = {}
    for line in folder.joinpath("loaded_pos.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, share = line.partition("\t")
            describing[word] = float(share)
    return (
        words,
        {str(k): float(v) for k, v in model["context"].items()},
        frozenset(model["intensifiers"]),
        frozenset(model["emotive"]),
        describing,
    )


def _describing_share(word: str, model: _ScoreModel) -> float | None:
    """How often the word is an adjective or adverb (loaded_pos.tsv); a derived word takes its
    base's ("-ly" words describe); None when WordNet does not know it."""
    share = model.describing.get(word)
    if share is None:
        if word.endswith("ly"):
            return 1.0
        for form in base_forms(word):
            share = model.describing.get(form)
            if share is not None:
                break
    return share


@functools.lru_cache(maxsize=1)
def _category_help() -> dict[str, str]:
    data = shipped_terms("loaded.json")  # the lexicon's own parse of the file
    return {k: str(v) for k, v in data.get("category_help", {}).items() if k != "about"}


def category_help(category: str) -> str:
    """What a category means, in words a student understands ("" for a category a user's term
    file adds)."""
    return _category_help().get(category, "")


def base_forms(word: str) -> list[str]:
    """Forms a derived word may be listed under: "feebly" -> "feeble", "happily" -> "happy"."""
    out = []
    last = word[-1:]  # (the endings below end in "y" or "s": most words need no test)
    if last == "y":
        if word.endswith("ily"):
            out.append(word[:-3] + "y")
        if word.endswith("ly"):
            out += [word[:-2], word[:-2] + "e", word[:-1] + "e"]
    elif last == "s":
        if word.endswith("ness"):
            out.append(word[:-4])
        out.append(word[:-1])
    return out


@functools.lru_cache(maxsize=65536)
def _cached_word_score(word: str) -> float | None:
    """_word_score with the shipped model, once per word (an article repeats its words)."""
    return _word_score(word, _score_model())


def _word_score(word: str, model: _ScoreModel) -> float | None:
    """The word's log-odds before its context (a derived word takes its base's: "feebly");
    None for a word no lexicon gives evidence for."""
    score = model.words.get(word)
    if score is None:
        for form in base_forms(word):
            score = model.words.get(form)
            if score is not None:
                break
    return score


def _scored_hits(
    tokens: list[Token], taken: set[int], quoted: list[tuple[int, int]], quoted_starts: list[int],
    settings: LexicalSettings,
) -> list[tuple[int, str, float]]:
    """(token index, category, probability) of the words beyond the lists that score at least
    settings.loaded_min_probability."""
    model = _score_model()
    lex = lexicon()
    background = lex.background
    ctx = _context(lex)
    weights = model.context
    threshold = settings.loaded_min_probability
    if threshold >= 1.0:
        return []
    naming_threshold = max(threshold, settings.loaded_naming_probability)
    floor = math.log(threshold / (1.0 - threshold)) - max(0.0, *weights.values())
    out = []
    # the words that score at least the floor, judged once per distinct word: only their tokens
    # are read below (picked out at C speed: most words of an article score below it or none)
    norms = token_norms(tokens)
    scoring = set()
    for word in set(norms):
        if word.isascii() and word.isalpha():  # (a number, a word of another language: not the model's)
            base = _cached_word_score(word)
            if base is not None and base >= floor:
                scoring.add(word)
    for k in compress(range(len(tokens)), map(scoring.__contains__, norms)):
        tok = tokens[k]
        if k in taken or (tok.cap and not tok.initial):
            continue  # a name: not the model's to judge
        base = _cached_word_score(tok.norm)
        if _after_non(tokens, k) or _reported_state(tokens, k, background, settings) \
                or tok.norm in ctx.act_forms and _verb_with_object(tokens, k, 1, tok.norm):
            continue
        if settings.loaded_graded_context and (
            _state_of_someone(tokens, k, ctx, settings) or _names_a_thing(tokens, k, model, settings)
        ):
            continue
        prev = tokens[k - 1] if k else None
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        logit = base
        if tok.gap == "-" or (nxt is not None and nxt.gap == "-"):
            logit += weights.get("compound", 0.0)
        if prev is not None and tok.gap == "-" and prev.norm in ("anti", "pro"):
            logit += weights.get("after_anti", 0.0)
        if prev is not None and prev.norm in model.intensifiers:
            logit += weights.get("after_intensifier", 0.0)
        if quoted and _inside(quoted, quoted_starts, tok.start, tok.end):
            logit += weights.get("quoted", 0.0)
        probability = 1.0 / (1.0 + math.exp(-logit))
        if probability >= naming_threshold or (probability >= threshold and not _names(tok.norm, model, settings)):
            out.append((k, "emotive" if tok.norm in model.emotive else "evaluative", probability))
    return out


def _names(word: str, model: _ScoreModel, settings: LexicalSettings) -> bool:
    """Whether a graded word mostly names a thing or an act (a noun or a verb in WordNet's uses):
    "racism", "injustice", "undermine", "condemn" name the topic or the event more often than
    they judge it, so they need a higher score than words that describe ("sympathetic")."""
    share = _describing_share(word, model)
    return share is not None and share < settings.loaded_describing_share


# Verbs that link a subject to its state: "he was frustrated", "she felt dejected".
_LINKING = frozenset(
    "be is are was were been being am 'm 're 's i'm you're we're they're he's she's isn't aren't wasn't weren't "
    "become becomes became becoming feel feels felt feeling get gets got getting grow grows grew grown remain "
    "remains remained seem seems seemed look looks looked appear appears appeared".split()
)
# Words between the linking verb and the state: "was not very frustrated", "felt a bit tired".
_DEGREE = frozenset("not never very so too more less most increasingly deeply clearly visibly a bit little rather quite still".split())


def _reported_state(tokens: list[Token], k: int, background: dict[str, float], settings: LexicalSettings) -> bool:
    """Whether tokens[k] is a participle of feeling naming someone's state after a linking verb
    ("Vindman had become frustrated", "they felt worried"): it tells how a person feels, not what
    the writer thinks. A verb of feeling is known by its common "-ing" twin ("frustrating",
    "worrying": a Zipf frequency of at least ``loaded_feeling_twin_zipf``); "was gifted", "was
    biased" have none and still judge, as "the delay is frustrating" does."""
    word = tokens[k].norm
    zipf = settings.loaded_feeling_twin_zipf
    if not word.endswith("ed") or not any(
        background.get(twin, 0.0) >= zipf for twin in (word[:-2] + "ing", word[:-3] + "ying")
    ):
        return False
    j = k - 1
    while j >= 0 and k - j <= 4 and tokens[j].norm in _DEGREE:
        j -= 1
    return j >= 0 and tokens[j].norm in _LINKING and not _SENTENCE_BREAK.search(tokens[j + 1].gap)


def _state_of_someone(tokens: list[Token], k: int, ctx: _Context, settings: LexicalSettings) -> bool:
    """Whether a graded word tells how someone feels about something: after a linking verb (past
    words of degree and "-ly" adverbs) or a verb giving someone a state ("made China wary"), and
    before what the feeling is about ("investors grew wary of its losses", "he's extremely proud
    of", "they were completely baffled by"). A state is told, not the writer's judgement; a word
    judging a thing has no such complement ("the delay is frustrating", "was very astute in").
    At most ``loaded_state_reach`` words of degree stand between the verb and the state."""
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    if nxt.norm not in ctx.state_complements or nxt.gap != " ":
        return False
    j = k - 1
    while j >= 0 and k - j <= settings.loaded_state_reach and tokens[j].gap.strip() == "" and (
        tokens[j].norm in _DEGREE or (tokens[j].norm.endswith("ly") and not tokens[j].cap)
    ):
        j -= 1
    if j < 0 or _SENTENCE_BREAK.search(tokens[j + 1].gap):
        return False
    if tokens[j].norm in _LINKING or (tokens[j].possessive and tokens[j].norm in _PRONOUN_SUBJECTS):
        return True  # "was wary of"; "he's proud of" (the tokens keep "he", marked by its "'s")
    # "made China wary of", "left them uneasy about": the verb's object takes the state
    return j >= 1 and tokens[j - 1].norm in ctx.causatives and (tokens[j].cap or tokens[j].norm in _OBJECT_PRONOUNS)


_OBJECT_PRONOUNS = frozenset("me him her us them you it everyone everybody".split())
# Words before a noun phrase's head: "a stabbing", "these accusations", "their encouragement".
_DETERMINERS = _NOUN_MARKERS | frozenset("its".split())
_NOUN_ENDINGS = ("ing", "ion", "ment", "ness", "ity", "ism", "ence", "ance")
def _names_a_thing(tokens: list[Token], k: int, model: _ScoreModel, settings: LexicalSettings) -> bool:
    """Whether a graded word heads a noun phrase right after a determiner, naming the event or the
    topic ("a stabbing that killed", "these accusations as", "their encouragement and", "the
    gratification of"), not the writer's view of it; not a noun for people, nor a describing word before its noun ("an
    absolute treasure", "the inciting offense": WordNet uses it to describe at least
    ``loaded_naming_share`` of the time) nor before a number ("an overwhelming 70 percent")."""
    if k == 0 or tokens[k - 1].norm not in _DETERMINERS or tokens[k].gap != " ":
        return False
    share = _describing_share(tokens[k].norm, model)
    if share is not None and share >= settings.loaded_naming_share:
        return False
    word = tokens[k].norm
    lemma = nouns().lemma(word)
    if lemma is None and not word.rstrip("s").endswith(_NOUN_ENDINGS):
        return False  # no noun: "his utter ignorance"
    if lemma is not None and "person" in nouns().kinds.get(lemma, ()):
        return False  # a noun for people labels them: "these destroyers of public peace", "the devils"
    if k + 1 >= len(tokens):
        return True
    nxt = tokens[k + 1]
    if nxt.gap != " " or nxt.cap or nxt.norm in _NOT_DESCRIBING:
        return True  # the phrase ends here: punctuation, a name, a preposition or conjunction
    if not nxt.text.isalpha():
        return False  # a number: "an overwhelming 70 percent"
    # a verb's past form or a reflexive ends it ("the stabbing occurred", "the frustrations
    # myself"); another word may be the phrase's noun ("a stabbing attack", "the inciting offense")
    return nxt.norm.endswith(("ed", "self", "selves")) and not nouns().is_noun(nxt.norm)


def _name_word(tokens: list[Token], i: int) -> bool:
    """Whether a capitalised word alone inside a lower-case run of a sentence is a name: "the
    reeling Predators have lost" is a team. Not a word next to another capitalised one (a heading
    in title case, "Trump Slams Critics"; a nickname, "Crooked Hillary"), nor one in capitals."""
    tok = tokens[i]
    if not tok.cap or tok.initial or tok.text.isupper() or i == 0:
        return False
    if tok.gap == "-" and tokens[i - 1].cap:
        return True  # the second half of a capitalised compound: "Joy-Cons"
    prev, nxt = tokens[i - 1], tokens[i + 1] if i + 1 < len(tokens) else None
    lower = lambda t: not t.cap and t.text.isalpha()  # noqa: E731
    return lower(prev) and (nxt is None or nxt.initial or lower(nxt))


def _continues_name(tokens: list[Token], i: int) -> bool:
    """Whether a capitalised word continues a name begun inside a lower-case run of a sentence:
    "with reporting by Herb Lash and", "coach Bill Bellichick's". A title-case heading starts its
    line ("Trump Slams Critics"), so the word before the name must be lower case."""
    tok = tokens[i]
    if not tok.cap or tok.initial or tok.text.isupper() or i < 2 or tok.gap != " ":
        return False
    prev, before = tokens[i - 1], tokens[i - 2]
    return (
        prev.cap and not prev.initial and not prev.text.isupper() and not prev.possessive and prev.text.isalpha()
        and not before.cap and before.text.isalpha() and not _SENTENCE_BREAK.search(prev.gap)
    )


_FIRST_PERSON = frozenset("i i'm we we're i've we've i'd we'd you you're you've you'd".split())
_AUXILIARY = frozenset("not n't never am are was were have has had do did don't didn't will would be been 'm 're just want to".split())


def _first_person(tokens: list[Token], i: int) -> bool:
    """Whether a verb's subject is the writer ("I'm not complaining", "I wrote a long rant" is
    a noun) or the reader the writer advises ("you want to double down"): up to three
    auxiliaries back from it stands "I", "we" or "you"."""
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens[j].norm in _AUXILIARY:
        j -= 1
    return j >= 0 and tokens[j].norm in _FIRST_PERSON


def _acronym(tokens: list[Token], i: int) -> bool:
    """A listed word in capitals among words that are not is an acronym ("MAD is calculated"),
    not the word; a heading in capitals ("WILL THEY BASH THE BILLIONAIRES?") keeps it."""
    tok = tokens[i]
    if len(tok.text) < 2 or not tok.text.isupper():
        return False
    near = [t for t in tokens[max(0, i - 2) : i + 3] if t is not tok and t.text.isalpha()]
    return bool(near) and not any(t.text.isupper() for t in near)


_FIRST_LETTER = itemgetter(slice(0, 1))


class NameWords:
    """The one answer to "is this capitalised word a name here?", for every rule that asks it: a
    listed word anywhere ("said Greedy Williams"), a word opening a sentence ("Fury won" of the
    boxer the text calls "Tyson Fury"), the subject of a judging sentence ("Biden is weak" where
    the text also writes "said Biden"). A word is a name when the text writes it at least twice,
    capitalised every time, and at least once inside a sentence, not in capitals, after a
    lower-case word or (``after_capitals``) after a capitalised one outside a title-case line ("Tyson
    Fury"; in "Bernie Sanders Is Crazy", repeated as the title, a capital is no sign of a name).

    Counted when first asked, in one pass that reads only the tokens of the words counted: the
    capitalised one-word hits' words then in ``hits`` (the list may grow after this is made:
    later rules' hits are counted too) and the asked word; a word asked later that none of them
    is gets its tokens read alone."""

    def __init__(
        self, tokens: list[Token], title_case: "_TitleCaseLines", hits: list[tuple[int, int, tuple[str, str]]],
        after_capitals: bool,
    ):
        self.tokens, self.title_case, self.hits, self.after_capitals = tokens, title_case, hits, after_capitals
        self.norms: list[str] | None = None
        self.known: dict[str, bool] = {}
        self.hits_counted = 0  # how many of the hits' words are counted

    def __contains__(self, word: str) -> bool:
        found = self.known.get(word)
        if found is None:
            tokens, hits = self.tokens, self.hits
            words = {word}
            words.update(tokens[i].norm for i, n, _ in hits[self.hits_counted:] if n == 1 and tokens[i].cap)
            self.hits_counted = len(hits)
            self._count(words.difference(self.known))
            found = self.known[word]
        return found

    def _count(self, words: set[str]) -> None:
        tokens, title_case = self.tokens, self.title_case
        if self.norms is None:
            self.norms = token_norms(tokens)
        uses: dict[str, int] = dict.fromkeys(words, 0)
        lower: set[str] = set()
        inner: set[str] = set()
        for k in compress(range(len(tokens)), map(words.__contains__, self.norms)):
            tok = tokens[k]
            norm = tok.norm
            uses[norm] += 1
            if not tok.cap:
                lower.add(norm)
            elif norm not in inner and not tok.initial and k > 0 and not tok.text.isupper() and (
                not tokens[k - 1].cap or self.after_capitals and k not in title_case
            ):
                inner.add(norm)
        for w in words:
            self.known[w] = w in inner and w not in lower and uses[w] >= 2


def _opening_name(tokens: list[Token], i: int, names: NameWords) -> bool:
    """Whether the capitalised word opening a sentence at i is a name the text uses elsewhere."""
    tok = tokens[i]
    return tok.initial and tok.cap and not tok.text.isupper() and tok.norm in names


def _after_prefix(tokens: list[Token], i: int, prefix: str) -> bool:
    return i > 0 and tokens[i].gap == "-" and tokens[i - 1].norm == prefix


def _after_non(tokens: list[Token], i: int) -> bool:
    """A word negated by "non-" describes a kind, it does not judge: "non-alcoholic", "non-violent"."""
    return _after_prefix(tokens, i, "non")


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sorted spans without those inside an earlier one: a quotation nested in another
    ('plan' inside "With the rivals' 'plan' stories in shambles, ...") is part of the outer
    one, whose later words stay the speaker's (``_inside`` reads only the span starting last)."""
    out: list[tuple[int, int]] = []
    for span in spans:
        if out and span[1] <= out[-1][1]:
            continue
        out.append(span)
    return out


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    idx = bisect.bisect_right(starts, start) - 1
    return idx >= 0 and spans[idx][0] <= start and end <= spans[idx][1]


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _scare_quote(text: str, quote: Quote, lex: Lexicon, settings: LexicalSettings, title_line: bool = False) -> bool:
    """Whether an uncredited quotation of at most ``scare_quote_max_words`` words distances the writer from a word they
    use ("the 'historic' move", a medical "record") rather than mentions a term: not a name,
    title or product feature (a capital first: "Hey Siri"), not a term being named or defined
    (after "called", "nickname", "known as", "type of": "what's called 'feather duvet lung'"), not
    a level, category or option ("'poor' category", "'business' or 'creator'"), not a
    quoted saying (a pronoun or verb of its own: "it'll do"), not a term explained right after it
    ("torpor" — the term for ...), not a label before the noun it names (the "launch" phase), not
    a term a question asks about ("What is 'quiet quitting'?").
    title_line: the quotation stands on a title-case line (a headline: "City Approves 'Historic'
    Budget"), where a capital first is no sign of a name and the words after it are read in lower
    case (whoever finds such a quotation has ruled out a name or a title)."""
    words = [w.casefold() for w in _WORD.findall(quote.text)]
    if not words or len(words) > settings.scare_quote_max_words or not _LATIN.search(quote.text):
        return False
    if not (title_line or quote.text.lstrip()[:1].islower()):
        return False
    if title_line and len(text.lower()) == len(text):
        text = text.lower()  # "'Greener Homes' Plan": the noun after it, as in "'greener homes' plan"
    cues = _context(lex).scare
    if any(w in cues.clause_words for w in words):
        return False
    before = [w.casefold() for w in _WORD.findall(text[max(0, quote.start - 40) : quote.start])][-3:]
    after = [w.casefold() for w in _WORD.findall(text[quote.end : quote.end + 40])][:2]
    if any(w in cues.naming_before for w in before) or (after and after[0] in cues.kind_after):
        return False
    if _asked_about(before, cues):
        return False  # "What is 'quiet quitting'?": a term the text goes on to explain
    if _DEFINED_GAP.match(text, quote.end) and any(w in cues.defined_after for w in after):
        return False  # '"torpor"—the term for', '"exogenic", meaning': a term being explained
    if len(words) == 1 and _labels_next_noun(text, quote, words[0], settings):
        return False
    if len(words) > 1 and _before_noun(text, quote):
        return False  # a quoted phrase before a noun names it: the 'greener homes' plan
    # one of two or more quoted options or levels: "'severe' or 'emergency' levels"
    return not (_OPTION_AFTER.match(text, quote.end) or _OPTION_BEFORE.search(text[max(0, quote.start - 12) : quote.start]))


def _asked_about(before: list[str], cues: _ScareCues) -> bool:
    """Whether the words before a quotation ask what it is ("what is", "what's", "what are"): the
    quoted term is the question's topic, mentioned to be explained, not doubted."""
    if before and before[-1].removesuffix("'s").removesuffix("’s") in cues.question_words and before[-1] not in cues.question_words:
        return True  # "what's"
    return len(before) >= 2 and before[-2] in cues.question_words and before[-1] in _BE


def _labels_next_noun(text: str, quote: Quote, word: str, settings: LexicalSettings) -> bool:
    """Whether a quoted word that is no describing word stands before a noun as its name or label:
    the "launch" phase, "exogenic" processes (a term of art, often one WordNet does not know). A
    describing word ("the 'historic' deal"), a participle ("a 'pacifying' mission") or a word a
    lexicon scores loaded (log-odds ``scare_label_max_score`` or more) casts doubt on the noun it
    qualifies: that stays a scare quote. A word WordNet uses to describe at least
    ``loaded_naming_share`` of the time is a describing word."""
    nxt = _NEXT_WORD.match(text, quote.end)
    if nxt is None or not nouns().is_noun(nxt.group(1)):
        return False
    share = _describing_share(word, _score_model())
    if (share is not None and share >= settings.loaded_naming_share) or word.endswith(("ing", "ed")):
        return False
    score = _cached_word_score(word)
    return score is None or score < settings.scare_label_max_score


def _before_noun(text: str, quote: Quote) -> bool:
    """Whether a lower-case noun follows the closing mark: one mostly used as a noun, or any word
    that ends its line (a headline ends on its noun: the 'greener homes' plan)."""
    nxt = _NEXT_WORD.match(text, quote.end)
    if nxt is None:
        return False
    return nouns().is_noun(nxt.group(1)) or not text[nxt.end() :].split("\n", 1)[0].strip(" .!?")


_NEXT_WORD = re.compile(r"[\"”’']*\s+([a-z]+)\b")  # the lower-case word right after the closing mark
_DEFINED_GAP = re.compile(r"[\"”’']*\s*[—–,:(]")  # a dash, comma, colon or bracket after the closing mark
_OPTION_AFTER = re.compile(r"[^\w\s]*\s+(?:or|to|and|nor)\s+[^\w\s]")
_OPTION_BEFORE = re.compile(r"[^\w\s]\s+(?:or|to|and|nor)\s+[^\w\s]*$")


TITLE_CASE_MIN_WORDS = 3  # words of four letters or more a line needs to be read as a title-case headline
TITLE_CASE_SHARE = 0.8  # ... and the share of them capitalised


class _TitleCaseLines:
    """The tokens of title-case lines ("Bernie Sanders Is Crazy, But The Only Democrat ..."):
    there a capitalised word is no sign of a name, so a run of capitals the name finder took for
    one does not hide the line's loaded words. Words of four letters or more are counted: short
    function words stay lower-case in many headline styles ("of", "and"). A line (its tokens up
    to the next line break) is read when one of its tokens is asked about, once: only the few
    capitalised hits inside names ask, so most lines of a long text are never read."""

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.lines: dict[int, bool] = {}  # a line's first token -> whether it is in title case

    def __contains__(self, i: int) -> bool:
        tokens = self.tokens
        lo = i
        while lo > 0 and "\n" not in tokens[lo].gap:
            lo -= 1
        title = self.lines.get(lo)
        if title is None:
            hi = i + 1
            while hi < len(tokens) and "\n" not in tokens[hi].gap:
                hi += 1
            title = self.lines[lo] = title_case_line(tokens[lo:hi])
        return title


def title_case_line(tokens: list[Token]) -> bool:
    """Whether a line's tokens are a title-case headline: of its words of four letters or more
    (short function words stay lower-case in many headline styles), enough, and most of them,
    capitalised."""
    long_words = [(t.norm, t.cap) for t in tokens if len(t.text) >= 4 and t.text.isalpha()]
    return title_cased(long_words, TITLE_CASE_MIN_WORDS, TITLE_CASE_SHARE, NO_SMALL_WORDS)


def _on_title_line(starts: list[int], lines: _TitleCaseLines, offset: int) -> bool:
    """Whether the token at or after offset stands on a title-case line."""
    k = bisect.bisect_left(starts, offset)
    return k < len(starts) and k in lines


def _sentence_of(tokens: list[Token]) -> Callable[[int], int]:
    """offset -> which sentence holds it: the index of the token its sentence begins with (a
    break in the gap before a token), -1 before the first token. Each asked offset's sentence is
    found by reading back from its token to the break: a few offsets are asked, so the tokens of
    most sentences are never read."""
    starts = token_column(tokens, "start")
    first_of: dict[int, int] = {}  # token -> the first token of its sentence

    def sentence(offset: int) -> int:
        k = bisect.bisect_right(starts, offset) - 1
        if k < 0:
            return -1
        first = first_of.get(k)
        if first is None:
            first = k
            while first > 0 and (tokens[first].gap == " " or not _SENTENCE_BREAK.search(tokens[first].gap)):
                first -= 1
            first_of[k] = first
        return first

    return sentence


_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _supported(
    tokens: list[Token], graded: list[tuple[int, str, float]], listed: list[tuple[int, str]], settings: LexicalSettings
) -> list[tuple[int, str, float]]:
    """The graded words a reader would mark: one scoring at least ``loaded_alone_probability``,
    and a weaker one only in a sentence that holds other loaded language: a listed hit or another
    graded word scoring at least ``loaded_company_probability``, a word other than itself.
    Judging words come in clusters in the passages that judge; a lone mild word in a plain
    sentence is mostly literal ("a tiny space rock", "an ideal 60fps"), and two mild words or one
    repeated do not make a judging passage ("elusive and enigmatic plumes", "intelligent forward
    collision warning, as well as intelligent driver awareness")."""
    alone = settings.loaded_alone_probability
    if not graded or alone <= settings.loaded_min_probability:
        return graded
    sentence = _sentence_of(tokens)
    words: dict[int, set[str]] = {}
    for offset, term in listed:
        words.setdefault(sentence(offset), set()).add(term)
    for k, _, probability in graded:
        if probability >= settings.loaded_company_probability:
            words.setdefault(sentence(tokens[k].start), set()).add(tokens[k].norm)
    return [
        g for g in graded
        if g[2] >= alone or len(words.get(sentence(tokens[g[0]].start), set()) - {tokens[g[0]].norm}) > 0
    ]


def _judging_text(tokens: list[Token], hits: list[LoadedTerm], settings: LexicalSettings) -> bool:
    """Whether the writer judges often enough for a weak graded word to be one of their
    judgements: at least ``loaded_graded_min_density`` listed hits or scare quotes of their own
    (not inside a quotation) per thousand words. In a text that barely judges — a product review,
    a science report, a match report — a mild word the graded score likes is nearly always
    plain ("unexpected places", "subtle changes", "comfortably got past Chile")."""
    words = sum(map(str.isalpha, map(_FIRST_LETTER, token_column(tokens, "text"))))  # (at C speed: every token)
    own = sum(1 for hit in hits if not hit.quoted)
    return own * 1000.0 >= settings.loaded_graded_min_density * max(words, 1)


def _topic_nouns(found: list[tuple[int, int, tuple[str, str]]], settings: LexicalSettings) -> frozenset[str]:
    """Judging or emotive nouns the article uses at least ``repeats`` times: the subject it
    reports on, named plainly ("parasites" colonising the gut of mice, "the gut" four times), not
    a word chosen to judge. Describing words keep their weight however often they come ("flawed"
    three times), and contested labels stay, since an outlet repeats its label ("the regime")."""
    repeats = settings.loaded_topic_repeats
    if repeats <= 0:
        return frozenset()
    counts: dict[str, int] = {}
    for _, n, (term, category) in found:
        if n == 1 and category in _JUDGING_NOUNS:
            counts[term] = counts.get(term, 0) + 1
    return frozenset(t for t, c in counts.items() if c >= repeats and _noun(t, settings))


def _noun(word: str, settings: LexicalSettings) -> bool:
    """Whether a word is mostly a noun: WordNet's describing share below ``loaded_naming_share``,
    or a noun of the noun lexicon when WordNet's counts do not know it."""
    share = _describing_share(word, _score_model())
    return share < settings.loaded_naming_share if share is not None else nouns().is_noun(word)


def find_loaded_terms(
    text: str,
    tokens: list[Token] | None = None,
    names: list[tuple[int, int]] | None = None,
    quotes: tuple[Quote, ...] = (),
    settings: LexicalSettings = DEFAULT.compare.lexical,
    scored: bool = True,
    language: str | None = None,
    reported: list[tuple[int, int]] | None = None,
    domain_text: str | None = None,
) -> tuple[LoadedTerm, ...]:
    """Every loaded-term hit in text order; ``term`` is the list's base form.

    names: spans of multi-word proper names; a capitalised hit inside one is part of the name
    ("Islamic Resistance in Iraq", "Occupied Palestinian Territories"), not the outlet's word;
    but a label the list spells as a name, found as a whole name, is the label ("Never Trumpers").
    quotes: the article's direct quotations: words inside them are marked ``quoted`` (the
    speaker's), and an uncredited fragment is a scare quote.
    scored: also report the words beyond the lists whose graded score reaches the threshold.
    language: the article's language tag when known; the graded score is English's, so only an
    English (or unknown) text is scored ("fitnah" in an Indonesian text is not an English word).
    reported: the spans of the words a speaker is reported to say without quote marks
    (``speakers_reported_words`` of the article's attribution engine); None: read here.
    domain_text: more text whose words also tell the article's domains (a headline's body: "Gang
    jailed over theft" is a crime story's plain words when its body is one), read only when a
    term with a literal domain is found.
    """
    english = not language or primary_subtag(language) == "en"
    scored = scored and english
    lex = lexicon()
    ctx = _context(lex)
    tokens = tokenize(text) if tokens is None else tokens
    name_spans = sorted(names or ())
    name_starts = [s for s, _ in name_spans]
    name_set = set(name_spans)
    # An uncredited fragment is the writer's scare quote when it reads as one; any other quotation
    # holds someone else's words — a speaker's, or a name, term or slogan the writer mentions
    # ("the “radical left,”", "“flimsy distinctions”") — so its words are not the outlet's.
    quote_lines = _TitleCaseLines(tokens)
    token_starts = token_column(tokens, "start")
    scare_quotes = [
        q for q in quotes
        if english and q.kind == "fragment" and not q.speaker and q.nested_in is None
        and _scare_quote(text, q, lex, settings, _on_title_line(token_starts, quote_lines, q.start))
    ]
    scare_spans = {(q.start, q.end) for q in scare_quotes}
    quoted = _outermost(sorted((q.start, q.end) for q in quotes if (q.start, q.end) not in scare_spans))
    quoted_starts = [s for s, _ in quoted]
    hits = []
    # The lists are English: "guru" in an Indonesian text is a teacher.
    if english:  # "Lyin' Ted": a word written without its final "g" is the word
        tokens = _g_restored(text, tokens)
    found = _matcher(lex).find_all(tokens) if english else []
    if english:  # "wolf in sheep's clothing": a listed phrase with a possessive inside
        found = _possessive_phrase_hits(tokens, found, _possessive_phrases(lex))
        # "with apparent impunity", "cold, hard cash": a listed phrase as English lets it be written
        found = _loose_phrase_hits(tokens, found, _multiword_phrases(_matcher(lex), lex), settings)
    neutral = neutral_tokens(tokens, lex)
    if neutral:  # a listed word inside a plain news term is literal: "natural disaster"
        found = [hit for hit in found if not all(k in neutral for k in range(hit[0], hit[0] + hit[1]))]
    taken = {k for i, n, _ in found for k in range(i, i + n)}
    title_case = _TitleCaseLines(tokens)
    names_here = NameWords(tokens, title_case, found, settings.loaded_opening_names)
    # A pattern's word inside a plain news term is literal too: "careless driving".
    found += [(i, n, (term, "evaluative")) for i, n, term in _pattern_hits(tokens, taken | neutral, ctx, settings)]
    # Loaded by their company: "destroy ObamaCare", "like a malignant cancer" (loaded_rules.py).
    found += [(i, n, (term, category)) for i, n, term, category in company_hits(tokens, taken | neutral, lex, settings, names_here)]
    topics = _topic_nouns(found, settings)
    domains = _Domains(tokens, ctx.domain_cues, settings.loaded_domain_min_cues, domain_text)
    literal_in = ctx.domain_literal
    for i, n, (term, category) in found:
        start, end = tokens[i].start, tokens[i + n - 1].end
        if _literal(tokens, i, n, term, category, ctx, settings) or term in topics:
            continue
        if term in literal_in and domains.any_of(literal_in[term]):
            continue  # "a crushing defeat" in a match report, "the fire raged" in a wildfire story
        if (
            tokens[i].cap and name_spans and _inside(name_spans, name_starts, start, end) and i not in title_case
            and not (n > 1 and not term.islower() and (start, end) in name_set)
        ):
            # part of a name; but a label the list spells as a name ("Never Trumpers", "Democrat
            # Party") found as a whole name is that label, not a word of someone's name
            continue
        if n == 1 and (category != LABEL_CATEGORY or term.islower()) and (
            _name_word(tokens, i) or _acronym(tokens, i) or tokens[i].cap and tokens[i].norm in names_here
            or _continues_name(tokens, i)
        ):
            continue  # "the reeling Predators", "Greedy Williams", "received by Amnesty", "MAD is"
        if _after_non(tokens, i) or (category != LABEL_CATEGORY and _after_prefix(tokens, i, "anti")):
            continue  # "non-alcoholic", "anti-corruption", "anti-parasitic"; but "anti-woke" labels
        if category == VERB_CATEGORY and n == 1 and not _reports_saying(tokens, i, n, settings.loaded_saying_phrase_reach):
            # "Residents were seething": nobody speaks, so the word is what another list calls it
            # (emotive "seething"), not the attribution verb "seethe" listed first
            term, category = _listed_as_itself(lex).get(tokens[i].norm, (term, category))
        hits.append(LoadedTerm(term, category, start, end, quoted=_inside(quoted, quoted_starts, start, end)))
    scare = []
    if settings.scare_quotes:
        for q in scare_quotes:
            hits.append(LoadedTerm(q.text, SCARE_QUOTES, q.start, q.end))
            scare.append((q.start, q.end))
    strong_graded: set[tuple[int, int]] = set()  # graded words shown by their strength (_strong_graded)
    if scored:
        taken |= {k for i, n, _ in found for k in range(i, i + n)} | neutral
        scare_starts = [s for s, _ in scare]
        graded = []
        for k, category, probability in _scored_hits(tokens, taken, quoted, quoted_starts, settings):
            tok = tokens[k]
            if tok.cap and name_spans and _inside(name_spans, name_starts, tok.start, tok.end):
                continue
            if _opening_name(tokens, k, names_here):
                continue  # "Fury won ..." where the text writes "Tyson Fury"
            if scare and _inside(scare, scare_starts, tok.start, tok.end):
                continue  # the scare quote is painted whole
            graded.append((k, category, probability))
        graded = _supported(tokens, graded, [(h.start, h.term.casefold()) for h in hits], settings)
        judging = bool(graded) and _judging_text(tokens, hits, settings)
        if graded and not judging:
            graded = [g for g in graded if g[2] >= settings.loaded_alone_probability]
        family = _listed_families(lex) if graded and judging and settings.loaded_family_shown else frozenset()
        for k, category, probability in graded:
            tok = tokens[k]
            strong = judging and _strong_graded(tok.norm, probability, settings, family)
            if strong:
                strong_graded.add((tok.start, tok.end))
            hits.append(
                LoadedTerm(
                    tok.norm, category, tok.start, tok.end,
                    quoted=_inside(quoted, quoted_starts, tok.start, tok.end),
                    score=None if strong else round(probability, 3),
                )
            )
    if settings.loaded_coordinated_shown and hits:
        hits = _coordinated_shown(tokens, hits, settings)
    if settings.loaded_degree_phrases and hits:
        hits = _degree_phrases(tokens, hits, settings, strong_graded)
    if hits:  # last: it changes no hit but whose words it is
        if reported is None:
            reported = _read_reported_words(text, language, settings) if english else []
        hits = _speakers_words(hits, reported)
    hits.sort(key=lambda h: (h.start, h.end))
    return tuple(hits)


def speakers_reported_words(att: Attribution, settings: LexicalSettings = DEFAULT.compare.lexical) -> list[tuple[int, int]]:
    """The text spans whose words the attribution engine's clauses say a speaker used without
    quote marks: the label a clause of naming or judging gives ("called it a hoax", "which he
    considers conspiracy theories": to call a thing a hoax is to use that word); none when
    ``loaded_reported_reach`` is 0.

    One rule, whose words: a word is the speaker's when the text says the speaker used it, inside
    quote marks or as the label of a verb of naming; a reported clause without quote marks
    ("Vesk said the call was unusual", "Thieves snatched a priceless painting, police said.") is
    the outlet's paraphrase, its words the outlet's choice (reader29's "capitulate" in a reported
    clause, reader30's "priceless" before a closing "police said"). Since session 27 (loaded34);
    before it, reported clauses (compare/attribution/reported.py ``reported_words``) were the
    speaker's."""
    from sidebyside.compare.attribution.reported import labelled_words

    reach = settings.loaded_reported_reach
    if reach <= 0:
        return []
    return labelled_words(att, reach)


def _read_reported_words(text: str, language: str | None, settings: LexicalSettings) -> list[tuple[int, int]]:
    """The reported words of a text no comparison has read (a headline, a test's sentence): the
    attribution engine reads its clauses here."""
    from sidebyside.compare.articletext import ArticleText
    from sidebyside.compare.attribution.engine import Attribution

    if settings.loaded_reported_reach <= 0:
        return []
    return speakers_reported_words(Attribution(ArticleText(text), language=language), settings)


# What may stand between two coordinated describing words: "weak and ineffective", "rambling,
# vague", "bizarre and unexpected", "even violently, and obviously".
_COORDINATORS = frozenset(("and", "or", "nor"))
_DESCRIBING_ENDINGS = ("ing", "ed", "ly", *_ADJECTIVE_ENDINGS)


def _speakers_words(hits: list[LoadedTerm], reported: list[tuple[int, int]]) -> list[LoadedTerm]:
    """The hits a speaker is credited with marked ``quoted``: shown apart as a quotation's are.
    Words the attribution engine's clauses say the speaker used (``reported``: the label of a
    verb of naming, "which he considers conspiracy theories", "called it a hoax"; a reported
    clause is the outlet's paraphrase, see ``speakers_reported_words``). Never a verb
    ("claimed", "slammed"): how someone's words are reported is the writer's choice."""
    spans = _outermost(sorted(reported))
    starts = [s for s, _ in spans]
    out = []
    for h in hits:
        if not h.quoted and h.category not in (SCARE_QUOTES, VERB_CATEGORY) and _inside(spans, starts, h.start, h.end):
            h = dataclasses.replace(h, quoted=True)
        out.append(h)
    return out


def _token_index(tokens: list[Token], offsets: set[int], at: Callable[[Token], int]) -> dict[int, int]:
    """{offset: index of the token whose start (or end, as `at` reads) it is} for the offsets
    that are one: found by bisection in the tokens (in text order, so their starts and ends
    both rise), not by an index of every token, as only the few hits' offsets are asked."""
    found = {}
    for offset in offsets:
        k = bisect.bisect_left(tokens, offset, key=at)
        if k < len(tokens) and at(tokens[k]) == offset:
            found[offset] = k
    return found


# Only a graded partner is shown, never an unlisted one: marking any describing word (by
# loaded_pos.tsv) coordinated with a shown judging describing word added 11 words on the
# lexical-bias tune part, 2 annotated ("extreme and disruptive"; shown recall 0.6675 -> 0.6685,
# share of shown words on no annotation 0.4511 -> 0.4529): most partners describe plainly
# ("illegal and legal immigrants", "violent and destructive", "rash, risky, and repugnant").
def _coordinated_shown(tokens: list[Token], hits: list[LoadedTerm], settings: LexicalSettings) -> list[LoadedTerm]:
    """A graded describing word coordinated with a listed judging describing word shares its
    judgement: shown as loaded, its score dropped ("weak and ineffective gun-control laws", "a
    rambling, vague press conference", "a bizarre and unexpected twist"). Both must describe (an
    adjective or adverb in most of WordNet's uses: not "intolerant liberals and coastal elites")
    and be alike inside or outside a quotation; a listed phrase or a noun beside it is no partner."""
    model = _score_model()
    first = _token_index(tokens, {h.start for h in hits}, TOKEN_START)
    share = settings.loaded_shown_describing_share

    def describing(k: int) -> bool:
        found = _describing_share(tokens[k].norm, model)
        return found is not None and found >= share

    def partner(k: int) -> bool:  # a listed word WordNet does not know describes by its shape ("rambling")
        found = _describing_share(tokens[k].norm, model)
        return found >= share if found is not None else tokens[k].norm.endswith(_DESCRIBING_ENDINGS)

    listed = {
        first[h.start]: h for h in hits
        if h.score is None and h.category in _JUDGING and h.start in first
        and tokens[first[h.start]].end == h.end and partner(first[h.start])
    }
    if not listed:
        return hits
    out = []
    for h in hits:
        k = first.get(h.start)
        if h.score is None or k is None or tokens[k].end != h.end or not describing(k):
            out.append(h)
            continue
        partners = []
        gap = lambda j: tokens[j].gap.strip()  # noqa: E731 - the text before token j
        if k >= 1 and k - 1 in listed and gap(k) == ",":
            partners.append(listed[k - 1])  # "rambling, vague"
        if k + 1 in listed and gap(k + 1) == ",":
            partners.append(listed[k + 1])
        if k >= 2 and k - 2 in listed and tokens[k - 1].norm in _COORDINATORS and gap(k - 1) in ("", ",") and not gap(k):
            partners.append(listed[k - 2])  # "bizarre and unexpected"
        if k + 2 in listed and tokens[k + 1].norm in _COORDINATORS and gap(k + 1) in ("", ",") and not gap(k + 2):
            partners.append(listed[k + 2])  # "weak and ineffective"
        if any(p.quoted == h.quoted for p in partners):
            h = dataclasses.replace(h, score=None)
        out.append(h)
    return out


def _strong_graded(word: str, probability: float, settings: LexicalSettings, family: frozenset[str] = frozenset()) -> bool:
    """Whether a graded word is shown as loaded, not only possibly: a describing word (an
    adjective or adverb in most of WordNet's uses) scoring at least ``loaded_shown_probability``
    ("flippantly", "unpredictable"), in a text whose writer judges (``_judging_text``: in a
    science report "the enigmatic cells" describe). Nouns and verbs name the topic or the event
    too often ("hate", "undermined") whatever their score. A describing word of the family of a
    listed term (``family``: "desperate" of "desperately", "predictable" of "predictably") needs
    no more than the graded minimum (``loaded_family_shown``): its family is listed as judging."""
    if probability < settings.loaded_shown_probability and not (settings.loaded_family_shown and word in family):
        return False
    share = _describing_share(word, _score_model())
    return share is not None and share >= settings.loaded_shown_describing_share


def _degree_phrases(
    tokens: list[Token], hits: list[LoadedTerm], settings: LexicalSettings,
    strong_graded: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
) -> list[LoadedTerm]:
    """Judging hits widened to the phrase a reader marks with them: the degree word before
    ("highly deceptive", "so inept", "borderline terroristic") and, after a judging adverb, the
    word it grades ("utterly adrift", "awfully confused", "suspiciously reluctant"). The degree
    word alone is no judgement; with a judging word it inflates it.

    settings.loaded_intensified_shown: a graded word so widened is shown as loaded, its score dropped ("highly
    sympathetic": the writer inflates the judgement), and one right after a listed intensifier
    joins it in one phrase ("extremely inappropriate", "wildly exaggerating"), shown alike; so does
    a graded word already shown by its strength (``strong_graded``: its span), which is one phrase
    with its intensifier as a weaker one is ("extremely stingy", not "extremely" and "stingy")."""
    model = _score_model()
    ctx = _context(lexicon())
    intensified_shown = settings.loaded_intensified_shown
    graded_share = settings.loaded_graded_share
    degree_share = settings.loaded_degree_share
    first = _token_index(tokens, {h.start for h in hits}, TOKEN_START)
    last = _token_index(tokens, {h.end for h in hits}, TOKEN_END)
    covered = {k for h in hits if h.start in first and h.end in last for k in range(first[h.start], last[h.end] + 1)}
    # listed one-word intensifiers by their token: a graded word right after one joins it
    intensifiers = {
        first[h.start]: h for h in hits
        if intensified_shown and h.category == "intensifier" and h.score is None and h.start in first
        and h.end in last and first[h.start] == last[h.end]
    }
    joined: set[int] = set()  # ids of the intensifier hits a graded word took in
    out = []  # (the hit as found, as widened)
    for hit in hits:
        if hit.category not in _JUDGING or hit.start not in first or hit.end not in last:
            out.append((hit, hit))
            continue
        i, e = first[hit.start], last[hit.end]
        if (
            hit.category == "intensifier" and hit.score is None and i == e and e + 1 < len(tokens)
            and tokens[e + 1].gap == " " and _graded_word(tokens[e + 1], model, graded_share, ctx)
            and _state_of_someone(tokens, e + 1, ctx, settings)
        ):
            continue  # "he's extremely proud of": how strongly someone feels, told; no inflating
        start, end, score = hit.start, hit.end, hit.score
        if (score is not None or (start, end) in strong_graded) and i - 1 in intensifiers and tokens[i].gap == " " and (
            intensifiers[i - 1].quoted == hit.quoted
        ):
            joined.add(id(intensifiers[i - 1]))  # "extremely inappropriate": one phrase, shown
            start, score = tokens[i - 1].start, None
        elif i > 0 and i - 1 not in covered and tokens[i].gap == " " and _degree_word(tokens[i - 1], model, ctx, degree_share):
            start = tokens[i - 1].start
            covered.add(i - 1)
            if intensified_shown and _graded_word(tokens[i], model, graded_share, ctx):
                score = None  # "highly sympathetic": the writer inflates a describing word; not "deadly stabbing"
        if (
            i == e and tokens[e].norm.endswith("ly") and e + 1 < len(tokens) and e + 1 not in covered
            and tokens[e + 1].gap == " " and _graded_word(tokens[e + 1], model, graded_share, ctx)
        ):
            end = tokens[e + 1].end
            covered.add(e + 1)
        same = (start, end, score) == (hit.start, hit.end, hit.score)
        out.append((hit, hit if same else dataclasses.replace(hit, start=start, end=end, score=score)))
    return [h for found, h in out if id(found) not in joined]


def _plain_lower(tok: Token) -> bool:
    return not tok.cap and tok.text.isalpha() and tok.norm not in _NOT_DESCRIBING


def _degree_word(tok: Token, model: _ScoreModel, ctx: _Context, share: float) -> bool:
    """A word of degree before a judging word: "so", "truly" (loaded.json's degree_before), or an
    "-ly" adverb WordNet uses to describe at least ``share`` of the time ("highly") that is no
    other "-ly" word (not_degree_adverbs: "daily", "reportedly")."""
    if not _plain_lower(tok):
        return False
    if tok.norm in ctx.degree_before:
        return True
    return tok.norm.endswith("ly") and tok.norm not in ctx.not_degree and model.describing.get(tok.norm, 0.0) >= share


def _graded_word(tok: Token, model: _ScoreModel, share: float, ctx: _Context) -> bool:
    """A word a judging adverb grades: one WordNet uses to describe at least ``share`` of the time
    (loaded_pos.tsv: "adrift", "confused"; not the verb of "clumsily answered")."""
    if not _plain_lower(tok) or tok.norm in ctx.degree_before:
        return False
    return model.describing.get(tok.norm, 0.0) >= share
