"""Text primitives shared by the comparison stages: sentences, words, normalisation.

Every function returns spans into the text it was given, never copies with lost offsets.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata

from sidebyside.calendar_words import time_words
from sidebyside.extract.language import primary_subtag
from sidebyside.model import Span
from sidebyside.resources import read_resource_text, title_abbreviations

_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # "h.r", "j.k": initials written close
# Stops (with the closing marks after them) before a space or the end, or a blank line; one
# class of the opening characters first, so the scan skips to them.
# (“ « ‘ close German „…“, »…« and ‚…‘ quotations: 'Zuhause.“ Ihr Sohn' ends its sentence; an
# English opening mark after a full stop has no space after it, so it is never taken)
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)\s*\n|(?<=[.!?…])[.!?…]*[\"'”’»“«‘)\]]*(?=\s+|$))")
# A full stop after a short number and before 1-3 digits that a lower-case word, a unit or a
# mark follows ("4. 6 was recorded", "(6. 6 feet)", "6. 1-magnitude"): a decimal point that wire
# copy spaced. A year before the stop ("in 1999. 20 died") or a capital after the digits ends a
# sentence as usual (news style spells out a number that opens one).
_DECIMAL_BEFORE = re.compile(r"(?<![\d,.\-–])\d{1,3}$")
_DECIMAL_AFTER = re.compile(r" \d{1,3}(?![\d.,]?\d)(?!\s*[A-Z])")
_JOINED_PART = re.compile(r"[-/–]")
_OPENERS = "([{\"'“‘«„"
_WORD = re.compile(r"\w+(?:['’\-]\w+)*", re.UNICODE)


def split_sentences(text: str) -> list[Span]:
    """Sentence spans (trimmed of surrounding whitespace), never crossing a blank line."""
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group().strip() and match.group()[0] == ".":
            dot = match.start()
            if _DECIMAL_BEFORE.search(text, max(0, dot - 3), dot) and _DECIMAL_AFTER.match(text, dot + 1):
                continue  # "5. 4 per cent", "$1. 29": wire copy's decimal point with a space after it
            before = text[start : match.start()].rsplit(None, 1)
            # "Aoraki-Mt.", "Aoraki/Mt.": the abbreviation is the last part of a joined word; "(Nov.
            # 18)": the bracket or quote mark opening it is no part of it
            last = before[-1].lstrip(_OPENERS) if before else ""
            last_word = _JOINED_PART.split(last.lower().rstrip("."))[-1]
            if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()) \
                    or _INITIALS.fullmatch(last_word) \
                    or last_word in title_abbreviations() and last[:1].isupper():  # "Dist. Atty."
                continue  # "Mr.", "R.", "H.R.": the full stop of an abbreviation or of initials
            # "3.5" or "U.S.-backed": a dot followed directly by a non-space is not an end.
        nxt = text[end : end + 3].lstrip()
        if nxt and nxt[0].islower() and match.group().strip():
            continue  # "...", "said Dr. smith" -- a lower-case continuation is the same sentence
        _append_trimmed(text, start, end, spans)
        start = end
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    left = start + (len(piece) - len(piece.lstrip()))
    spans.append(Span(left, left + len(stripped)))


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word spans in text[start:end], with offsets into the whole text."""
    end = len(text) if end is None else end
    return [Span(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


@functools.lru_cache(maxsize=4)
def casefolded(text: str) -> str:
    """text.casefold() of a whole article, kept for the last few texts: the entity matching and
    the naming chains each fold both articles' texts for questions of their own (4 of 6 folds a
    pair, each a pass over every character)."""
    return text.casefold()


def fold(text: str) -> str:
    """Case-, accent- and quote-insensitive form for matching (length not preserved).

    Character by character, so folding "\n".join(words) folds each word (bulk folding).
    """
    if text.isascii():
        return text.lower()  # the common case, and the hot path of tokenising long articles
    text = unicodedata.normalize("NFKD", text)
    if len(text) < 256:
        text = "".join(c for c in text if not unicodedata.combining(c))
    else:  # long text: test each distinct character once, then drop the marks in one pass
        marks = "".join(c for c in set(text) if unicodedata.combining(c))
        if marks:
            text = re.sub(f"[{marks}]+", "", text)  # combining marks are never class syntax
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return text.casefold()


# resources/terms/text_words.json: the text model's word lists (its README says where from).
_WORDS = json.loads(read_resource_text("terms/text_words.json"))
# Abbreviations after which a full stop ends no sentence: those written before a name ("Mr.",
# "Gen.", Spanish "la Sra.", Dutch "dhr."), which also keep a name run whole, and the others ("Jan.",
# "Inc.", "U.S.").
NAME_ABBREVIATIONS = frozenset(_WORDS["name_abbreviations"])
_ABBREVIATIONS = NAME_ABBREVIATIONS | frozenset(_WORDS["other_abbreviations"])

# Function words: they carry no fact, so matching and alignment ignore them.
STOPWORDS = frozenset(_WORDS["function_words"])

# Days and months are written with a capital but date a fact rather than name a party to it
# (English; calendar_words.time_words(language) adds a known language's own names).
TIME_WORDS = time_words()


@functools.lru_cache(maxsize=32)
def article_time_words(language: str | None) -> frozenset[str]:
    """TIME_WORDS with the day and month names of an article's language ("de-DE": German)."""
    return time_words(primary_subtag(language) or None)

# Titles written before a name ("President Vladimir Putin"): one outlet gives them, the other
# not, so sentence alignment leaves them out.
HONORIFICS = frozenset(_WORDS["titles_before_names"])

# English possessive determiners ("his", "their"): a noun follows them, never a name or a verb.
POSSESSIVE_DETERMINERS = frozenset(_WORDS["possessive_determiners"])
# The articles and demonstratives: with the possessives, the determiners every stage composes its
# own set from (one word list, each stage's choice of groups in its own module).
ARTICLES = frozenset(_WORDS["articles"])
DEMONSTRATIVES = frozenset(_WORDS["demonstratives"])
# The forms of "be": a passive's or a copula's auxiliary, each stage adding its own ("am", "got").
BE_FORMS = frozenset(_WORDS["be_forms"])

# Plain reporting verbs ("said", "told", "according"): how often an outlet writes them is house style
# ("says" against "said"), not a choice of words about the story.
REPORTING_VERBS = frozenset(_WORDS["plain_reporting_verbs"])


def is_content(word: str) -> bool:
    """A word that can carry a fact: not a function word, not a lone letter."""
    return len(word) > 1 and word not in STOPWORDS


# Endings that derivation and inflection add or swap ("Turk-ish"/"Turk-ey", "discuss-ed"/"-ion").
SUFFIXES = frozenset(
    """ s es ed d ing ion ions ation ations ive ively ly er ers est ian ians ish ese ey y ies ied a an
    ans n i is al ally ic ics ical ity ities ment ments ence ences ency ent ents ant ants ance ate ated
    ates ating ise ised ising ize ized izing isation ization e ship ships ist ists ism isms ness or
    ors""".split()
) | {""}


_LONGEST_SUFFIX = max(map(len, SUFFIXES))


def _endings_trie(endings: frozenset[str]) -> dict:
    """The endings spelt backwards as a trie of dicts (letter -> node); None in a node marks
    the end of an ending."""
    root: dict = {}
    for ending in endings:
        node = root
        for letter in reversed(ending):
            node = node.setdefault(letter, {})
        node[None] = True
    return root


_ENDINGS = _endings_trie(SUFFIXES)


def words_match(a: str, b: str) -> bool:
    """Same word up to inflection or derivation (a shared stem of four or more letters followed
    by known endings: "Turkish"/"Turkey", "Syrian"/"Syria", "relations"/"relationship"), or one
    letter of spelling in a long word ("normalization"/"normalisation"), British and American
    spelling aside ("normalising"/"normalizing", "defence"/"defense", "centre"/"center")."""
    if a == b:
        return True
    if a.isdigit() or b.isdigit() or max(len(a), len(b)) > 40:
        return False
    a, b = spelling(a), spelling(b)
    n = min(len(a), len(b))
    common = 0
    while common < n and a[common] == b[common]:
        common += 1
    for k in range(common, 3, -1):
        if a[k:] in SUFFIXES and b[k:] in SUFFIXES:
            return True
    if len(a) == len(b) and len(a) >= 6 and common >= 3:
        return sum(x != y for x, y in zip(a, b)) == 1
    return False


def match_keys(word: str) -> list[str]:
    """Keys two words share exactly when words_match says they are the same word: each stem
    left by stripping a known ending, and each one-letter wildcard of a long word."""
    keys, spelt = stem_keys(word)
    if spelt is not None:
        keys += one_letter_wildcards(spelt)
    return keys


def one_letter_wildcards(spelt: str) -> list[str]:
    """A long word's (stem_keys' second answer) keys with one letter after the third made a
    wildcard: two words share one exactly when they differ in that letter alone."""
    return [f"{spelt[:i]}?{spelt[i + 1:]}" for i in range(3, len(spelt))]


def stem_keys(word: str) -> tuple[list[str], str | None]:
    """match_keys without the one-letter wildcards, and the word's spelling those are made of
    when it has them (six letters or more), else None: a caller joining many words can find
    the words one letter apart without building every wildcard (matching.WordClusters)."""
    n = len(word)
    if n < 4 or n > 40 or word.isdigit():
        return [word], None  # a 40-letter "word" is a URL, a hash or junk, not a variant of another
    # spelling(), written out: this runs once a distinct word of the pair
    if "is" in word:
        word = _IS_SPELLING.sub("iz", word)
    if "our" in word:
        word = _OUR_SPELLING.sub("or", word)
    if "tre" in word:
        word = _TRE_SPELLING.sub("ter", word)
    if "ence" in word:
        word = _ENCE_SPELLING.sub("ense", word)
    if "ll" in word:
        word = _LL_SPELLING.sub("l", word)
    n = len(word)
    # stems of four letters or more, whose rest is an ending, shortest ending first: the word
    # itself (no ending), then the endings read letter by letter from the end in a trie of
    # them (most words leave it after a letter or two)
    keys = [word]
    node = _ENDINGS
    end = n
    for letter in word[:3:-1]:  # (the letters after the fourth, last first)
        node = node.get(letter)
        if node is None:
            break
        end -= 1
        if None in node:
            keys.append(word[:end])
    return keys, word if n >= 6 else None


# British and American spellings brought to one form (for matching keys only, never shown);
# each with the letters it needs, so that most words skip its regex.
_IS_SPELLING = re.compile(r"(?<=\w{3})is(?=(?:e|ed|es|ing|ation|ations|er|ers)$)")  # normalise
_OUR_SPELLING = re.compile(r"(?<=\w{2})our(?=s?$)")  # colour, labour
_TRE_SPELLING = re.compile(r"(?<=\w{3})tre(?=s?$)")  # centre, theatre
_ENCE_SPELLING = re.compile(r"(?<=\w{3})ence(?=s?$)")  # defence, licence
_LL_SPELLING = re.compile(r"(?<=\w{3})ll(?=(?:ed|ing|er|ers)$)")  # travelled, labelled
_SPELLING = (  # (stem_keys writes this loop out: keep the two in step)
    ("is", _IS_SPELLING, "iz"),
    ("our", _OUR_SPELLING, "or"),
    ("tre", _TRE_SPELLING, "ter"),
    ("ence", _ENCE_SPELLING, "ense"),
    ("ll", _LL_SPELLING, "l"),
)


def spelling(word: str) -> str:
    for needed, pattern, replacement in _SPELLING:
        if needed in word:
            word = pattern.sub(replacement, word)
    return word
