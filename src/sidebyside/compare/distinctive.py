"""Terms distinctive of one text against another: the log-odds ratio with an informative
Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words"), as z-scores.

The prior comes from background English frequencies (resources/terms/background.tsv), so very
common words are shrunk towards "no difference" by the prior itself, not by a stopword list.
A share of the pair's pooled counts is added to the prior (Monroe et al. also use a pooled prior),
so names missing from the background list are still scored. Bigrams get the independence prior
p(w1)·p(w2) from the background; only bigrams seen at least twice are scored.

What is reported is what tells a reader about the outlet's choice of words, ranked and capped:
- not letters or pieces of an abbreviation: a word of one letter (an initial, "R." of "Joseph R.
  McCarthy") or a word mostly written against a full stop and another letter ("U" and "S" of
  "U.S.", "Ph" of "Ph.D.") or against a full stop that ends no sentence ("Wash" of "D-Wash.,")
  is part of something else, never a word choice;
- not name fragments: a first name or the first word of a longer name ("Recep", "Nord") alone, or a
  name and a plain word run together ("Donmez stated"); a surname or a whole short name stays,
  since how often each outlet names someone shows whom its story is about; nor pieces of places'
  names: a common word as the tail of names ("Beach" of "West Palm Beach") or a state's code
  after its town ("Camden, NJ");
- not titles ("president"), days and months, plain reporting verbs ("says": house style), nor terms
  with one of the ~130 most frequent words;
- a word used once is no habit: a term needs ``min_count`` uses;
- a word both articles write is no choice of one of them: a term the other article writes more
  than ``max_other_uses`` times is taken out of the capped list ("missions" 11 times against
  once: the longer text's count of a word of the story; read on 23 pairs, none of 24 such terms
  told a reader anything); nor a term whose uses all lie in one passage of less than
  ``min_spread`` of the text: one passage's story, not the outlet's habit;
- a word and a bigram holding it: the bigram when it accounts for most of the word's uses, else
  the word;
- the list stops at ``max_terms`` and once the terms' occurrences would cover more than
  ``max_share`` of the text's characters.
Each term keeps the offsets of its occurrences (``spans``), found from the tokens, so the app
paints exactly those words (accented "Erdoğan" included).

The background lists are merged (English, Arabic, Russian); for an article in another language
its own most frequent short lower-case words stand in for the missing list.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import accumulate, compress
from typing import Sequence

from sidebyside.compare.nouns import nouns
from sidebyside.compare.termdata import UNSEEN_ZIPF, Lexicon, lexicon
from sidebyside.compare.text import HONORIFICS, REPORTING_VERBS, TIME_WORDS, fold
from sidebyside.compare.tokens import TOKEN_NORM, Token, inflections, irregular_verbs, token_column, tokenize
from sidebyside.extract.language import primary_subtag
from sidebyside.model import DistinctiveTerm, Framing, Span
from sidebyside.resources import resource_json
from sidebyside.settings import DEFAULT, LexicalSettings

_NORM = TOKEN_NORM
_CLAUSE_BREAK = re.compile(r"[.!?;:,\n()\"“”]")


@functools.lru_cache(maxsize=1)
def cardinal_words() -> frozenset[str]:
    """The words of an exact count ("one", "twelve", "ninety", "hundred", "million", "dozen":
    resources/terms/quantities.json's number_words and scales), single words: the one list of
    them the engine reads."""
    data = resource_json("terms/quantities.json")
    return frozenset(w.casefold() for w in (*data.get("number_words", {}), *data.get("scales", {})) if " " not in w)


@functools.lru_cache(maxsize=1)
def number_words() -> frozenset[str]:
    """Number words, scales, distances and other units ("three", "million", "dozens", "miles",
    "inch", "tonnes", "euros": resources/terms/quantities.json): how much an article counts,
    measures or costs is its facts, not its choice of words."""
    data = resource_json("terms/quantities.json")
    words = [*data.get("vague_numbers", ()), *data.get("distance_units", ()), *data.get("measure_units", ())]
    return cardinal_words() | frozenset(w.casefold() for w in words if " " not in w)


# A pronoun run together with a verb ("she'd", "they're", "we've"): a word of grammar, whatever
# its frequency; a name with an apostrophe ("O'Brien") is capitalised and kept by _names.
_CONTRACTION = re.compile(r"(?:i|you|he|she|it|we|they|that|there|who|what)['’](?:d|ll|ve|re|s|m)")


def _joined(tok: Token) -> bool:
    return tok.gap == " " or not _CLAUSE_BREAK.search(tok.gap)


def outside_quotes(tokens: list[Token], spans: Sequence[tuple[int, int]]) -> list[Token]:
    """The tokens outside the sorted, disjoint spans; the first token after a span left out opens
    a new clause (no bigram joins the words either side of a quotation). The tokens between two
    spans are found by bisecting their starts and copied as a slice (most tokens are outside)."""
    if not spans:
        return tokens
    starts = token_column(tokens, "start")
    out: list[Token] = []
    pos, cut = 0, False
    for s, e in spans:
        i = bisect.bisect_left(starts, s, pos)
        if i > pos:
            if cut:
                out.append(tokens[pos]._replace(gap="\n"))
                pos += 1
            out.extend(tokens[pos:i])
            cut = False
        pos = bisect.bisect_left(starts, e, i)
        if pos > i:
            cut = True
    if pos < len(tokens):
        if cut:
            out.append(tokens[pos]._replace(gap="\n"))
            pos += 1
        out.extend(tokens[pos:])
    return out


def count_terms(text: str, tokens: list[Token] | None = None) -> Counter[str]:
    """Unigram and bigram counts of words (bigrams do not cross punctuation)."""
    words: list[str] = []
    bigrams: list[str] = []
    clause_break = _CLAUSE_BREAK.search
    breaks: dict[str, bool] = {}  # each distinct gap other than a space read once (", ", ". ", "-")
    prev = None
    for tok in tokenize(text) if tokens is None else tokens:
        word = tok.norm
        if not word[0].isalpha():
            prev = None
            continue
        words.append(word)
        if prev is not None:
            gap = tok.gap
            if gap == " ":  # as _joined(tok)
                bigrams.append(f"{prev} {word}")  # (one string built, not two)
            else:
                broken = breaks.get(gap)
                if broken is None:
                    broken = breaks[gap] = clause_break(gap) is not None
                if not broken:
                    bigrams.append(f"{prev} {word}")
        prev = word
    counts = Counter(words)
    counts.update(bigrams)
    return counts


def term_occurrences(tokens: list[Token], wanted: set[str]) -> dict[str, list[tuple[int, int]]]:
    """The offsets of every occurrence of the wanted unigrams and bigrams (one pass)."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    firsts = {term.split(" ")[0] for term in wanted}
    keys = wanted | firsts  # the words a token must be to be read beyond its norm (few of them)
    prev: Token | None = None  # the word before, when it is the first word of a wanted bigram
    for tok in tokens:
        word = tok.norm
        if prev is not None:  # (any word may end a bigram the word before opens)
            if word[0].isalpha() and _joined(tok):
                bigram = prev.norm + " " + word
                if bigram in wanted:
                    out[bigram].append((prev.start, tok.end))
            prev = None
        if word not in keys or not word[0].isalpha():
            continue
        if word in wanted:
            out[word].append((tok.start, tok.end))
        if word in firsts:
            prev = tok
    return out


@functools.cache
def listed_function_words(language: str) -> frozenset[str]:
    """The closed-class words of a language without a background list, folded as terms are
    (resources/terms/function_words.json): "cette", "sera", "selon" are too long or too rare in
    one article to be among its own most frequent short words, yet say nothing of its choices."""
    words = resource_json("terms/function_words.json").get("languages", {}).get(language, "")
    return frozenset(fold(word) for word in words.split())


def own_function_words(
    counts: Counter[str], lowercase: Counter[str], settings: LexicalSettings = DEFAULT.compare.lexical
) -> frozenset[str]:
    """For a language without a background list: the article's own function words, its most
    frequent short words that are written in lower case ("de", "le", "dans"); names are
    capitalised, so a frequent short name is kept."""
    words = [(n, w) for w, n in counts.items() if " " not in w and n >= settings.own_function_min_count]
    words.sort(key=lambda item: (-item[0], item[1]))
    return frozenset(
        w for n, w in words[: settings.own_function_rank]
        if len(w) <= settings.own_function_max_chars and 2 * lowercase[w] > n
    )


def lowercase_counts(tokens: list[Token]) -> Counter[str]:
    return Counter(tok.norm for tok in tokens if not tok.cap or tok.initial)  # "Le" opening a sentence


def _wanted(tokens: list[Token], words: set[str]) -> list[int]:
    """The indexes of the tokens of words (the few wanted, picked out at C speed)."""
    return list(compress(range(len(tokens)), map(words.__contains__, map(_NORM, tokens))))


def _abbreviation_parts(text: str, tokens: list[Token], words: set[str], wanted: list[int] | None = None,
                        uses: Counter[str] | None = None) -> frozenset[str]:
    """Words of one letter, and words written against a full stop with a letter on its other
    side in most of their uses ("U.S.", "Ph.D.", "a.m."), or a full stop that ends no sentence
    ("D-Wash., who"): pieces of an abbreviation or initials.
    wanted: _wanted(tokens, words), when the caller has it; uses: count_terms of the tokens, when
    the caller has them (the uses of each of words, words of letters)."""
    dotted: Counter[str] = Counter()
    n = len(text)
    picked = list(map(tokens.__getitem__, _wanted(tokens, words) if wanted is None else wanted))
    if uses is None:
        uses = Counter(map(_NORM, picked))
    # a word's full stops: only the words against one are read further (few of them)
    dots = {m.start() for m in _FULL_STOP.finditer(text)}
    for tok in picked:
        start, end = tok.start, tok.end
        if end not in dots and start - 1 not in dots:
            continue
        if (end + 1 < n and text[end] == "." and (text[end + 1].isalpha() or _ENDS_NO_SENTENCE.match(text, end + 1))) or (
            start >= 2 and text[start - 1] == "." and text[start - 2].isalpha()
        ):
            dotted[tok.norm] += 1
    return frozenset(w for w in words if len(w) == 1 or (w in dotted and 2 * dotted[w] > uses[w]))  # (few dotted)


# after a word's full stop, what shows it ends no sentence: a comma, a semicolon or a bracket, or
# a word in lower case ("Rep. Jay Inslee, D-Wash., said", "Calif. on Monday"): an abbreviation
_ENDS_NO_SENTENCE = re.compile(r"[,;)]|\s+[a-z]")
_FULL_STOP = re.compile(r"\.")


def _names(
    tokens: list[Token], lex: Lexicon, rare_zipf: float, words: set[str], wanted: list[int] | None = None
) -> tuple[frozenset[str], frozenset[str]]:
    """(names, fragments) among words: those the article writes with a capital inside a sentence
    more often than not (or, at a sentence start, rare words: "Nord Stream pipelines were hit."),
    and those of them mostly followed by another such word: first names and the first words of
    longer names ("Recep", "Nord"), which alone tell a reader nothing. wanted: _wanted(tokens,
    words), when the caller has it."""
    capital: Counter[str] = Counter()
    lower_words: list[str] = []  # counted at the end at C speed (a Counter's item set in Python goes through its __setitem__ slot)
    before_capital: Counter[str] = Counter()
    rare: dict[str, bool] = {}
    last = len(tokens) - 1
    # only the tokens of the wanted words (picked out at C speed) and the token after each
    for i in _wanted(tokens, words) if wanted is None else wanted:
        tok = tokens[i]
        if not tok.cap:
            if not tok.initial:
                lower_words.append(tok.norm)  # (most tokens: a lower-case word inside a sentence)
            continue
        norm = tok.norm
        if i < last and not tok.possessive:
            nxt = tokens[i + 1]
            if nxt.cap and nxt.gap in (" ", "-"):
                before_capital[norm] += 1
        if tok.initial:
            if norm not in rare:
                rare[norm] = lex.zipf(norm) < rare_zipf
            if not rare[norm]:
                continue
        capital[norm] += 1
    low = Counter(lower_words).get  # (most names are never written in lower case: no Counter miss to call)
    names = frozenset(w for w, n in capital.items() if n > low(w, 0))
    fragments = frozenset(w for w in names if 2 * before_capital.get(w, 0) >= capital[w] + low(w, 0))
    return names, fragments


def _place_parts(tokens: list[Token], lex: Lexicon, names: frozenset[str], common_zipf: float,
                 wanted: list[int]) -> frozenset[str]:
    """Words that are pieces of place and venue names, never a word choice: a common English word
    the article capitalises (``names``) mostly right after another capitalised word, the tail of
    longer names ("Beach" of "West Palm Beach", "Virginia Beach"); a surname stays, being no
    common word ("Klitschko" of "Wladimir Klitschko"); and two capital letters mostly written
    after a place and its comma, a state's or province's code ("Camden, NJ", "Irving, TX"), or
    opening a listing's lines before a name, a position's or party's code ("TE Jimmy Graham").
    wanted: _wanted(tokens, words) of the scored words."""
    uses: Counter[str] = Counter(map(_NORM, map(tokens.__getitem__, wanted)))  # (at C speed: every wanted token)
    after_capital: Counter[str] = Counter()
    coded: Counter[str] = Counter()
    last = len(tokens) - 1
    for i in wanted:
        tok = tokens[i]
        norm = tok.norm
        if not tok.cap:
            continue
        if (len(tok.text) <= 3 and (i == 0 or "\n" in tok.gap) and tok.text.isupper() and i < last
                and tokens[i + 1].cap and tokens[i + 1].gap == " "):
            coded[norm] += 1  # "TE Jimmy Graham (ankle)": a list line's code before a name
            continue
        if i == 0:
            continue
        prev = tokens[i - 1]
        if not prev.cap or prev.possessive:
            continue
        if tok.gap in (" ", "-"):
            after_capital[norm] += 1
        elif tok.gap == ", " and len(tok.text) == 2 and tok.text.isupper():
            coded[norm] += 1
    tails = {w for w in names if 2 * after_capital[w] > uses[w] and lex.zipf(w) >= common_zipf}
    codes = {w for w, n in coded.items() if 2 * n > uses[w]}
    return frozenset(tails | codes)


def distinctive_terms(
    text_a: str,
    text_b: str,
    tokens: tuple[list[Token], list[Token]] | None = None,
    languages: tuple[str | None, str | None] = (None, None),
    settings: LexicalSettings = DEFAULT.compare.lexical,
    quoted: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]] = ((), ()),
    shown: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]] = ((), ()),
    headings: tuple[str, str] = ("", ""),
) -> tuple[tuple[DistinctiveTerm, ...], tuple[DistinctiveTerm, ...]]:
    """languages: each article's language tag; one without a background list gets its own
    function words dropped by the general rule of own_function_words. quoted: each article's
    sorted spans of direct quotation, whose words are left out (the speaker's words, not the
    outlet's: "you might remember him" is not the outlet's choice of words). shown: each
    article's spans of the names the comparison shows elsewhere (only in one article, a label
    contrast, the outlet itself): a term all of whose uses lie inside them is not listed again.
    Two articles in two languages have none: a word "never in B" is then only a word B writes in
    its own language ("library" against 図書館). headings: each article's headline and standfirst,
    not scored (the text is), but a word the other article's headings write is no choice of one
    ("rapprochement" against B's headline "… Rapprochement …": "never in B" would be untrue)."""
    primaries = {primary_subtag(lang) for lang in languages}
    if "" not in primaries and len(primaries) > 1:
        return (), ()
    lex = lexicon()
    toks = tokens or (tokenize(text_a), tokenize(text_b))
    if quoted[0] or quoted[1]:
        toks = (outside_quotes(toks[0], quoted[0]), outside_quotes(toks[1], quoted[1]))
    ca, cb = count_terms(text_a, toks[0]), count_terms(text_b, toks[1])
    own: frozenset[str] = frozenset()
    for lang, counts, side_tokens in zip(languages, (ca, cb), toks):
        primary = primary_subtag(lang)
        if primary and primary not in lex.background_languages:
            own |= own_function_words(counts, lowercase_counts(side_tokens), settings)
            own |= listed_function_words(primary)
    na = sum(v for k, v in ca.items() if " " not in k)
    nb = sum(v for k, v in cb.items() if " " not in k)
    if not na or not nb:
        return (), ()
    left_out = own | TIME_WORDS | HONORIFICS | REPORTING_VERBS | lex.titles | number_words()
    strength = settings.distinctive_prior_strength
    scored: tuple[list[tuple[float, str]], list[tuple[float, str]]] = ([], [])
    min_count = settings.distinctive_min_count
    pooled = settings.distinctive_pooled_weight
    a0 = strength + pooled * (na + nb)
    zipf_of, function_zipf = lex.background.get, settings.function_word_zipf

    def plain_words(words: list[str]) -> list[float] | None:
        """The words' background zipfs, or None when one of them is one of the ~130 most
        frequent English words ("had", "the turkish", "start of") or a word left out (titles,
        days, reporting verbs): such a term tells a reader nothing about word choice."""
        zipfs = [zipf_of(word, UNSEEN_ZIPF) for word in words]  # lex.zipf of each word
        if max(zipfs) >= function_zipf or any(word in left_out for word in words):
            return None
        return zipfs

    # the terms used often enough, in each article's order (read again for the phrases below)
    frequent = ([t for t, n in ca.items() if n >= min_count], [t for t, n in cb.items() if n >= min_count])
    for term in set(frequent[0]).union(frequent[1]):
        words = term.split(" ")
        zipfs = plain_words(words)
        if zipfs is None or any(_CONTRACTION.fullmatch(word) for word in words if "'" in word or "’" in word):
            continue
        ya, yb = ca.get(term, 0), cb.get(term, 0)
        # prior: background frequency (the independence prior p(w1)·p(w2) for a bigram) plus
        # the pair's own pooled count (Monroe et al.'s pooled prior), so a rare word absent
        # from one text does not get infinite variance
        p = 1.0
        for zipf in zipfs:
            p *= 10.0 ** (zipf - 9.0)  # lex.probability(word)
        alpha = strength * p + pooled * (ya + yb)
        la = math.log((ya + alpha) / (na + a0 - ya - alpha))
        lb = math.log((yb + alpha) / (nb + a0 - yb - alpha))
        z = (la - lb) / math.sqrt(1.0 / (ya + alpha) + 1.0 / (yb + alpha))
        if z >= settings.distinctive_min_z:
            scored[0].append((z, term))
        elif z <= -settings.distinctive_min_z:
            scored[1].append((-z, term))
    # a word the other outlet spells another way ("protesters" / "protestors", "colour" / "color",
    # "firebomb" / "fire bomb") is house style, not a choice of words
    scored = ([x for x in scored[0] if not spelt_otherwise(x[1], cb)],
              [x for x in scored[1] if not spelt_otherwise(x[1], ca)])
    # Best first, ties by the term: the terms came from a set, whose order changes with the hash
    # seed, and a phrase shows the best-scored word it holds (_as_phrases).
    for side in scored:
        side.sort(key=lambda item: (-item[0], item[1]))
    # Names are told apart only for the words of scored terms and of the phrases that may show
    # them (one pass, few lookups).
    phrases = (_phrase_of(scored[0], ca, settings, frequent[0]), _phrase_of(scored[1], cb, settings, frequent[1]))
    words = {word for side in scored for _, term in side for word in term.split(" ")}
    words |= {word for side in phrases for phrase in side.values() for word in phrase.split(" ")}
    wanted = (_wanted(toks[0], words), _wanted(toks[1], words))  # (read once for both rules)
    names_a, fragments_a = _names(toks[0], lex, settings.distinctive_name_rare_zipf, words, wanted[0])
    names_b, fragments_b = _names(toks[1], lex, settings.distinctive_name_rare_zipf, words, wanted[1])
    names, fragments = names_a | names_b, fragments_a | fragments_b
    pieces = _abbreviation_parts(text_a, toks[0], words, wanted[0], ca) | _abbreviation_parts(text_b, toks[1], words, wanted[1], cb)
    common = settings.distinctive_tail_common_zipf
    places = _place_parts(toks[0], lex, names_a, common, wanted[0]) | _place_parts(toks[1], lex, names_b, common, wanted[1])

    def telling(term: str) -> bool:
        parts = term.split(" ")
        if any(part in pieces for part in parts):
            return False  # "u" of "U.S.", "r" of "Joseph R. McCarthy"
        if parts[-1] in fragments:
            return False  # "Recep", "Recep Tayyip": the start of a name
        if all(part in places for part in parts):
            return False  # "Beach", "Palm Beach" of "West Palm Beach"; "NJ" of "Camden, NJ"
        # "Donmez stated": a name and a word, neither the name nor a phrase
        return not (len(parts) == 2 and (parts[0] in names) != (parts[1] in names))

    scored = ([x for x in scored[0] if telling(x[1])], [x for x in scored[1] if telling(x[1])])

    def phrase_ok(phrase: str) -> bool:
        words = phrase.split(" ")
        return plain_words(words) is not None and telling(phrase) and not any(w in names for w in words)

    tiers = tuple(_tiers(scored[side], phrases[side], own, other, names) if primary_subtag(lang) in (None, "", "en") else {}
                  for side, (own, other, lang) in enumerate(((ca, cb, languages[0]), (cb, ca, languages[1]))))
    # what each article writes anywhere, its headings included: a term the other writes is not its own
    written = (ca + count_terms(headings[0]) if headings[0].strip() else ca,
               cb + count_terms(headings[1]) if headings[1].strip() else cb)
    return (
        _telling_only(_ranked(_as_phrases(scored[0], phrases[0], phrase_ok), ca, toks[0], len(text_a), settings,
                              tiers[0], shown[0]), written[1], len(text_a), settings),
        _telling_only(_ranked(_as_phrases(scored[1], phrases[1], phrase_ok), cb, toks[1], len(text_b), settings,
                              tiers[1], shown[1]), written[0], len(text_b), settings),
    )


# What a listed term tells a reader, best first: the outlet's word for what the other article
# names with another word of the same meaning; a word that describes (a verb, an adjective, an
# adverb: "terminated", "relieved"); a noun or a name, which says what the story is about (its
# topic: "seasons", "impeachment"), no choice of words.
EXPLAINS, DESCRIBES, TOPIC = 0, 1, 2


def _tiers(scored: list[tuple[float, str]], phrase_of: dict[str, str], own: Counter[str], other: Counter[str],
           names: frozenset[str]) -> dict[str, int]:
    """term -> its tier (EXPLAINS, DESCRIBES, TOPIC), for each scored term and the phrase that
    may show it. Read with English lexicons: an article in another language gets no tiers (every
    term describes, ranked by its score alone)."""
    terms = {term for _, term in scored} | {phrase_of[term] for _, term in scored if term in phrase_of}
    if not terms:
        return {}
    counterpart = _counterparts(own, other)
    out = {}
    for term in terms:
        words = term.split(" ")
        if any(counterpart(word) for word in words if word not in names):
            out[term] = EXPLAINS
        elif not any(word in names for word in words) and _describes(words[-1]):
            out[term] = DESCRIBES
        else:
            out[term] = TOPIC
    return out


_VERB_AND_ADVERB_ENDINGS = ("ed", "ing", "ly")


def _describes(word: str) -> bool:
    """Whether a word describes rather than names what a story is about: mostly an adjective or
    an adverb (loaded_pos.tsv: "abrupt", "bitter", "unscheduled"), or no noun used mostly as one
    (nouns.tsv) and a verb's or an adverb's form ("terminated", "rusting", "aggressively", an
    irregular verb's "fought"). A word of none of these is more often a noun or a name the
    lexicons miss ("smartphone", "postseason")."""
    from sidebyside.compare.entities import describing_words  # (entities reads number_words here)

    if word in describing_words():
        return True
    return not nouns().is_noun(word) and (
        (len(word) > 4 and word.endswith(_VERB_AND_ADVERB_ENDINGS)) or word in _irregular_forms())


@functools.lru_cache(maxsize=1)
def _irregular_forms() -> frozenset[str]:
    """The irregular verbs' past forms ("fought", "told", "freed"), which only a verb writes; not
    their -s forms ("fights", "deals", "shows", "initials"), spelt as a plural noun is: a word in
    -s says nothing of a verb."""
    return frozenset(form for base, forms in irregular_verbs().items() for form in forms
                     if not _third_person(base, form))


def _third_person(base: str, form: str) -> bool:
    """Whether form is a verb's present -s form: "fights" of "fight", "goes" of "go", "flies" of
    "fly", "has" of "have", "quizzes" of "quiz"."""
    return form.endswith("s") and form in (base + "s", base + "es", base[:-1] + "ies", base[:-2] + "s",
                                           base + base[-1:] + "es")


def _counterparts(own: Counter[str], other: Counter[str]):
    """A test of a word: whether the other article writes, where this one never does, a word of
    the same meaning: one of its synonym group (synonyms.json: "militants" / "fighters") or a noun
    sharing one of its first senses (nouns.tsv: "regime" / "government"). Looked up from the
    word's side (its few synonyms, in any form), never over the other article's every word."""
    groups, members = _synonym_groups()
    lex = nouns()
    by_sense = _nouns_by_sense()

    def theirs(word: str) -> bool:
        return bool(other.get(word)) and not own.get(word)

    def counterpart(word: str) -> bool:
        group = groups.get(word)
        if group is not None and any(theirs(w) for w in members[group] if w != word):
            return True
        lemma = lex.lemma(word)
        if lemma is None:
            return False
        mates = {n for sense in lex.first_senses(lemma) for n in by_sense.get(sense, ()) if n != lemma}
        return any(theirs(form) for n in mates for form in _noun_forms(n, lex))

    return counterpart


def _noun_forms(noun: str, lex) -> tuple[str, ...]:
    """A noun and its plural as English writes it ("employee", "employees"; "company",
    "companies"; "man", "men")."""
    irregular = _irregular_plurals_of(lex).get(noun, ())
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return (noun, noun[:-1] + "ies", *irregular)
    return (noun, noun + "s", noun + "es", *irregular)


@functools.lru_cache(maxsize=1)
def _irregular_plurals_of(lex) -> dict[str, tuple[str, ...]]:
    """noun -> its irregular plurals: nouns.tsv's plural -> noun table read the other way once."""
    out: dict[str, list[str]] = defaultdict(list)
    for plural, noun in lex.plurals.items():
        out[noun].append(plural)
    return {noun: tuple(plurals) for noun, plurals in out.items()}


@functools.lru_cache(maxsize=1)
def _nouns_by_sense() -> dict[int, tuple[str, ...]]:
    """sense id -> the nouns of nouns.tsv that have it among their first senses."""
    lex = nouns()
    out: dict[int, list[str]] = defaultdict(list)
    for noun in lex.senses:
        for sense in lex.first_senses(noun):
            out[sense].append(noun)
    return {sense: tuple(found) for sense, found in out.items()}


@functools.lru_cache(maxsize=1)
def _synonym_groups() -> tuple[dict[str, int], tuple[tuple[str, ...], ...]]:
    """(word -> the index of its synonym group, the groups): synonyms.json, read by the lexicon."""
    groups = tuple(tuple(group) for group in lexicon().synonym_groups)
    return {word: n for n, group in enumerate(groups) for word in group}, groups


def _telling_only(terms: tuple[DistinctiveTerm, ...], other: Counter[str], text_length: int,
                  settings: LexicalSettings) -> tuple[DistinctiveTerm, ...]:
    """The ranked and capped list without what explains nothing: a term the other article writes
    too (more than ``distinctive_max_other_uses`` times) or in another inflection ("owns" where
    it writes "own" and "the Rell-owned company": the grammar of a sentence, and "never in B"
    would be untrue: inflected_otherwise), and a term whose uses all lie in one
    passage shorter than ``distinctive_min_spread`` of the text (the word of one passage's
    story, "pipelines" of a paragraph on gas, not the outlet's habit). Taken out after the cap,
    so no term further down the ranking takes a freed place (those are plain facts of one story:
    "fly", "capability", "declined", reader24)."""
    limit = settings.distinctive_max_other_uses
    passage = settings.distinctive_min_spread * text_length
    return tuple(t for t in terms if other.get(t.term, 0) <= limit
                 and not (t.spans and t.spans[-1].end - t.spans[0].start < passage)
                 and not inflected_otherwise(t.term, other))


def _phrase_of(scored: list[tuple[float, str]], counts: Counter[str], settings: LexicalSettings,
               frequent: list[str] | None = None) -> dict[str, str]:
    """listed word -> the two-word phrase of its article that holds most of its uses: at least
    ``distinctive_bigram_share`` of them and ``distinctive_min_count`` uses. frequent: the terms
    of counts used at least distinctive_min_count times, in its order, when the caller has them."""
    singles = {term for _, term in scored if " " not in term}
    if not singles:
        return {}
    share, min_count = settings.distinctive_bigram_share, settings.distinctive_min_count
    if frequent is None:
        frequent = [t for t, n in counts.items() if n >= min_count]
    best: dict[str, tuple[int, str]] = {}
    for term in frequent:
        if " " not in term:
            continue
        n = counts[term]
        words = term.split(" ")
        # every listed word of it is mostly written inside it: "death" and "penalty" both listed
        # become "death penalty"; "le" used alone elsewhere keeps "nord" from "le nord"
        if any(word in singles and n < share * counts[word] for word in words):
            continue
        for word in words:
            if word in singles and n > best.get(word, (0, ""))[0]:
                best[word] = (n, term)
    return {word: phrase for word, (_, phrase) in best.items()}


def _as_phrases(scored: list[tuple[float, str]], phrase_of: dict[str, str], phrase_ok) -> list[tuple[float, str]]:
    """A listed word written mostly inside one two-word phrase of its article is shown as that
    phrase, with the word's score: "penalty" as "death penalty", "hit" as "worst hit" (the word
    alone, or both words listed apart, would split what the article says); not a phrase holding
    a very frequent word, a left-out word or a name (a name's words are its own terms).
    One term per phrase: the best-scored word's."""
    out: list[tuple[float, str]] = []
    seen: set[str] = set()
    checked: dict[str, bool] = {}
    for z, term in scored:
        phrase = phrase_of.get(term, "")
        if phrase and checked.setdefault(phrase, phrase_ok(phrase)):
            term = phrase
        if term not in seen:
            seen.add(term)
            out.append((z, term))
    return out


# British and American endings, with the shortest stem each may follow: "honour", not "four";
# "cancelled", not "filled"; agent nouns only on long words ("protestors", not "minors").
_SPELLING_ENDINGS = (("our", "or", 3), ("ours", "ors", 3), ("ise", "ize", 3), ("ised", "ized", 3),
                     ("ises", "izes", 3), ("ising", "izing", 3), ("iser", "izer", 3),
                     ("isers", "izers", 3), ("isation", "ization", 3), ("isations", "izations", 3),
                     ("yse", "yze", 3), ("ysed", "yzed", 3), ("tre", "ter", 3), ("tres", "ters", 3),
                     ("lled", "led", 4), ("lling", "ling", 4), ("ller", "ler", 4), ("llers", "lers", 4),
                     ("llery", "lry", 4), ("ors", "ers", 6), ("or", "er", 6))


_ANY_SPELLING_ENDING = tuple(sorted({end for one, other, _ in _SPELLING_ENDINGS for end in (one, other)}))


def spelling_variants(term: str) -> set[str]:
    """Other spellings of a term: its compound closed, hyphenated or open, and its British or
    American ending."""
    closed = term.replace("-", "").replace(" ", "")
    out = {closed, term.replace(" ", "-"), term.replace("-", " ")}
    for base in {term, closed}:
        if not base.endswith(_ANY_SPELLING_ENDING):
            continue  # (most words: no ending of the table, none to try one by one)
        for one, other, stem in _SPELLING_ENDINGS:
            for end, swap in ((one, other), (other, one)):
                if base.endswith(end) and len(base) - len(end) >= stem:
                    out.add(base[: -len(end)] + swap)
    if " " not in term and "-" not in term:
        out.update(term[:i] + " " + term[i:] for i in range(3, len(term) - 2))  # "firebomb" / "fire bomb"
    out.discard(term)
    return out


def spelt_otherwise(term: str, other_counts: Counter[str]) -> bool:
    """Whether the other text writes the term in another spelling (spelling_variants), a
    bigram's first word included ("jewellery store" / "jewelry store")."""
    if any(other_counts.get(variant) for variant in spelling_variants(term)):
        return True
    first, _, rest = term.partition(" ")
    return bool(rest) and " " not in rest and any(
        other_counts.get(f"{variant} {rest}") for variant in spelling_variants(first) if " " not in variant)


def inflected_otherwise(term: str, other_counts: Counter[str]) -> bool:
    """Whether the other text writes another inflection of the term's (last) word: "own",
    "owned" (a hyphen's compound, "Rell-owned", counts its parts) or "owning" for "owns";
    "debate" for "debates"; "told" for "tells"."""
    head, _, last = term.rpartition(" ")
    return any(other_counts.get(f"{head} {form}" if head else form) for form in _other_inflections(last))


@functools.lru_cache(maxsize=4096)
def _other_inflections(word: str) -> frozenset[str]:
    """The other English inflections of a word: those of each base form it may be an inflection
    of (tokens.inflections), a known word of the background list; a singular noun ending in "s"
    ("news", "gas") is its own base only."""
    lex = lexicon()
    bases = {word}
    if not (word.endswith("s") and nouns().lemma(word) == word):
        bases.update(b for b in _base_candidates(word) if b in lex.background and word in inflections(b))
    return frozenset(form for b in bases for form in inflections(b)) - {word}


def _base_candidates(word: str) -> set[str]:
    """Base forms a word may be an inflection of, by the regular rules read backwards and the
    irregular verbs' table ("owned" -> "own", "owne"; "stopped" -> "stop"; "told" -> "tell")."""
    out = set(_irregular_bases().get(word, ()))
    for ending in ("ies", "ied"):
        if word.endswith(ending):
            out.add(word[:-3] + "y")
    for ending in ("es", "s", "ed", "d", "ing"):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            out.update({stem, stem + "e"})
            if ending in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # "stopped" -> "stop"
    out.discard(word)
    return out


@functools.lru_cache(maxsize=1)
def _irregular_bases() -> dict[str, tuple[str, ...]]:
    """An irregular verb's form -> its bases (irregular_verbs.json read the other way once)."""
    out: dict[str, list[str]] = defaultdict(list)
    for base, forms in irregular_verbs().items():
        for form in forms:
            out[form].append(base)
    return {form: tuple(bases) for form, bases in out.items()}


def _singular(term: str) -> str | None:
    """The singular a plural term is listed beside ("jabs" -> "jab", "gas hubs" -> "gas hub"),
    or None."""
    if len(term) > 3 and term.endswith("s") and not term.endswith(("ss", "'s", "’s")):
        return term[:-1]
    return None


def _ranked(
    scored: list[tuple[float, str]],
    counts: Counter[str],
    tokens: list[Token],
    text_length: int,
    settings: LexicalSettings,
    tiers: dict[str, int] | None = None,
    shown: Sequence[tuple[int, int]] = (),
) -> tuple[DistinctiveTerm, ...]:
    """Best first (by tier, then score: _tiers); one of a word and a bigram holding it; a term
    whose uses all lie in names shown elsewhere left out; capped in number, in topic terms and in
    painted text."""
    tiers = tiers or {}
    scored.sort(key=lambda item: (tiers.get(item[1], DESCRIBES), -item[0], item[1]))
    terms = {term for _, term in scored}
    dropped: set[str] = set()
    for _, term in scored:
        if " " not in term:
            continue
        listed = [word for word in term.split(" ") if word in terms]
        # the bigram says it when it holds most of each listed word's uses ("gas hub" / "hub")
        if all(counts[term] >= settings.distinctive_bigram_share * counts[word] for word in listed):
            dropped.update(listed)
        else:
            dropped.add(term)
    budget = settings.distinctive_max_share * text_length
    # occurrences are found for the candidates only: enough to fill the list many times over
    candidates = [(z, term) for z, term in scored if term not in dropped][: 20 * settings.distinctive_max_terms]
    # a plural and its singular are one term, shown once under the better-scored form ("jab", "jabs")
    listed = {term for _, term in candidates}
    twin = {}
    for term in listed:
        single = _singular(term)
        if single in listed:
            twin[term], twin[single] = single, term
    occurrences = term_occurrences(tokens, listed)
    out: list[DistinctiveTerm] = []
    painted = 0
    taken: list[tuple[int, int]] = []
    # the taken spans by start, and the furthest end among the first k of them: a span (s, e)
    # overlaps one when one of those starting before e reaches past s (two bisections a span)
    taken_starts: list[int] = []
    reach: list[int] = []
    listed_terms: set[str] = set()
    shown_spans = _merged(shown)
    shown_starts = [s for s, _ in shown_spans]
    topics = 0
    for z, term in candidates:
        if twin.get(term) in listed_terms:
            continue
        spans = sorted(occurrences[term] + occurrences.get(twin[term], []) if term in twin else occurrences[term])
        if shown_spans and spans and all(_inside(span, shown_spans, shown_starts) for span in spans):
            continue  # a name the comparison lists already (only in one article, a label contrast)
        topic = tiers.get(term) == TOPIC
        if topic and topics >= settings.distinctive_max_topic_terms:
            continue
        overlapping = 0
        for s, e in spans:
            k = bisect.bisect_left(taken_starts, e)
            if k and reach[k - 1] > s:
                overlapping += 1
        if 2 * overlapping >= len(spans) > 0:
            continue  # mostly inside terms listed before ("hit villages" after "worst hit")
        width = sum(end - start for start, end in spans)
        if out and painted + width > budget:
            continue
        painted += width
        taken.extend(spans)
        taken.sort()
        taken_starts = [s for s, _ in taken]
        reach = list(accumulate((e for _, e in taken), max))
        listed_terms.add(term)
        topics += topic
        out.append(DistinctiveTerm(term, round(z, 3), len(spans), tuple(Span(s, e) for s, e in spans)))
        if len(out) >= settings.distinctive_max_terms:
            break
    return tuple(out)


def _merged(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans joined where they overlap, sorted."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _inside(span: tuple[int, int], spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether span lies inside one of spans (merged and sorted: _merged; starts: their starts)."""
    k = bisect.bisect_right(starts, span[0])
    return k > 0 and span[1] <= spans[k - 1][1]


def for_one_story(framing: Framing) -> Framing:
    """The framing without its distinctive terms (the list and the headline's): for a pair not
    judged one event (relatedness "different events" or "unclear"). Distinctive terms tell the
    words one outlet chooses for a story both tell; between two stories they are each story's
    topic words ("hostages", "freed" against "legal", "administration"), each "never in" the
    other, and tell a reader nothing (reader28, reader29)."""
    if not (framing.distinctive_terms[0] or framing.distinctive_terms[1]):
        return framing
    headings = tuple(tuple(h for h in side if h.kind != "distinctive_term") for side in framing.heading_terms)
    return replace(framing, distinctive_terms=((), ()), heading_terms=headings)
