"""The one tokeniser of the comparison: word tokens with the facts the framing stages need
(case, possessive, sentence start), the words matching reads (``match_words``), and a phrase
matcher over tokens. Offsets are Python str offsets into the text."""

from __future__ import annotations

import bisect
import functools
import re
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Callable, Generic, Iterable, TypeVar

from sidebyside.compare.text import fold
from sidebyside.resources import resource_json
from sidebyside.word_frequencies import english_zipf

# Letters/digits; an inner apostrophe keeps "Turkey's", "N'Djamena", "don't" whole. Invisible
# soft hyphens and zero-width characters stay inside a word and leave its folded form
# ("fir\u00ading" is "firing").
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# (Possessive quantifiers: a run of letters, of invisibles or a mark is never given back, as
# none of them can also start what follows it; the matches are the greedy pattern's, found
# without the engine saving a backtracking point a character.)
_PART = rf"[^\W_]++(?:[{_INVISIBLE}]++[^\W_]++)*+"
_TOKEN = re.compile(rf"{_PART}(?:['’]{_PART})*+")
_DROP_INVISIBLE = str.maketrans("", "", _INVISIBLE)
_BREAK = re.compile(r"[.!?:;\n“”\"«»()\[\]]")  # gap chars after which a capital may be sentence case
_OPENERS = frozenset("“\"«(‘'[")

T = TypeVar("T")


class Token:
    """A word of the text. A slotted class, not a named tuple: the comparison reads a token's
    fields about a million times on a 10k-word pair, and Python 3.11 specialises a slot's read
    (a few instructions) but not a named tuple's field (its descriptor called, about 160)."""

    __slots__ = ("cap", "end", "gap", "initial", "norm", "possessive", "start", "text")
    start: int
    end: int  # end of the word without a possessive 's
    text: str  # the word without a possessive 's
    norm: str  # folded text
    cap: bool  # starts with an upper-case letter
    initial: bool  # first word of a sentence, heading or quotation
    possessive: bool  # followed by 's / ’s / a lone apostrophe after s
    gap: str  # the text between the previous token and this one

    def __init__(self, start: int, end: int, text: str, norm: str, cap: bool, initial: bool, possessive: bool,
                 gap: str) -> None:
        # (one statement a field: a tuple built and unpacked a token costs more, 20,000 tokens a pair)
        self.start = start
        self.end = end
        self.text = text
        self.norm = norm
        self.cap = cap
        self.initial = initial
        self.possessive = possessive
        self.gap = gap

    def _replace(self, **changes: object) -> Token:
        """A copy with some fields changed (as a named tuple's _replace)."""
        fields = dict(zip(_TOKEN_FIELDS, self._fields_tuple()))
        fields.update(changes)
        return Token(**fields)  # type: ignore[arg-type]

    def _fields_tuple(self) -> tuple:
        return (self.start, self.end, self.text, self.norm, self.cap, self.initial, self.possessive, self.gap)

    def __iter__(self):  # (its fields in order, as the named tuple it was unpacked to)
        return iter(self._fields_tuple())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self._fields_tuple() == other._fields_tuple()

    def __hash__(self) -> int:
        return hash(self._fields_tuple())

    def __repr__(self) -> str:
        return "Token(" + ", ".join(f"{f}={v!r}" for f, v in zip(_TOKEN_FIELDS, self._fields_tuple())) + ")"


_TOKEN_FIELDS = ("start", "end", "text", "norm", "cap", "initial", "possessive", "gap")  # in order


@functools.lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    return fold(word.translate(_DROP_INVISIBLE))


def _fold_words(words: list[str]) -> list[str]:
    """fold_word of each word, folded in one pass over the words joined by line breaks (fold
    reads character by character, and no word holds a line break): a long article's thousands
    of words, most of them new to fold_word's cache, cost one fold at C speed, not a call each."""
    folded = fold("\n".join(words).translate(_DROP_INVISIBLE)).split("\n")
    if len(folded) != len(words):
        return list(map(fold_word, words))
    # one string a distinct word, as the cache gave (later lookups then meet the same object)
    same: dict[str, str] = {}
    return list(map(same.setdefault, folded, folded))


def tokenize(text: str) -> list[Token]:
    # Built in passes at C speed rather than a loop of Python statements a token: the text split
    # at its words (words and the gaps between them alternate), offsets from the running sum of
    # the parts' lengths, each distinct gap read once, a Python step only for the few words that
    # end in "s" (a possessive?). The tokens are those of the plain loop (see the tests).
    from itertools import accumulate

    parts = _TOKEN_SPLIT.split(text)  # gap, word, gap, word, ..., gap
    if len(parts) == 1:
        return []
    offsets = list(accumulate(map(len, parts)))
    words = parts[1::2]
    gaps = parts[0:-1:2]
    starts = offsets[0:-1:2]  # a word starts where the gap before it ends
    ends = offsets[1::2]
    possessives = [False] * len(words)
    n = len(text)
    for k in compress(range(len(words)), map(_S.__contains__, map(_LAST, words))):  # (a word is never empty)
        word, end = words[k], ends[k]
        if len(word) > 2 and word[-2] in "'’":
            words[k], ends[k], possessives[k] = word[:-2], end - 2, True
        elif end < n and text[end] in "'’" and not text[end + 1 : end + 2].isalnum():
            possessives[k] = True
    breaks = _BREAK.search
    initial_after = {gap: gap != " " and (bool(breaks(gap)) or (gap.rstrip()[-1:] in _OPENERS)) for gap in set(gaps)}
    initials = list(map(initial_after.__getitem__, gaps))
    initials[0] = True  # the first word opens the text
    norms = _fold_words(words)
    caps = list(map(str.isupper, map(_FIRST, words)))
    tokens = list(map(Token, starts, ends, words, norms, caps, initials, possessives, gaps))
    _remember(tokens, {"start": starts, "end": ends, "text": words, "norm": norms, "cap": caps, "initial": initials,
                       "possessive": possessives, "gap": gaps})
    return tokens


def token_column(tokens: list[Token], field: str) -> list:
    """One field of every token ("norm", "start", "text", "cap", ...), in order (never change
    the list: it is shared). The stages of a comparison read one article's token list again and
    again (the phrase matchers, entities, loaded words, descriptions, counted groups): each
    field's list is built once for it, by tokenize itself for the lists it makes (a list of
    tokens is never changed once made)."""
    for seen, columns in _SEEN:
        if seen is tokens:
            column = columns.get(field)
            if column is None:
                column = columns[field] = list(map(attrgetter(field), tokens))
            return column
    column = list(map(attrgetter(field), tokens))
    _remember(tokens, {field: column})
    return column


def token_norms(tokens: list[Token]) -> list[str]:
    """token_column(tokens, "norm"): the tokens' folded words."""
    return token_column(tokens, "norm")


def words_in_lower_case(tokens: list[Token]) -> frozenset[str]:
    """The folded words the tokens write without a capital: read once per token list (the
    speakers' engine, naming's standalone names and candidates all ask it of an article's tokens)."""
    return _derived(tokens, " lower", lambda: frozenset({t.norm for t in tokens if not t.cap}))


def words_capitalised_inside(tokens: list[Token]) -> frozenset[str]:
    """The folded words the tokens write with a capital inside a sentence (names): read once
    per token list (framing and the speakers' pronouns both ask it)."""
    return _derived(tokens, " capitalised", lambda: frozenset({t.norm for t in tokens if t.cap and not t.initial}))


def _derived(tokens: list[Token], key: str, build: Callable[[], frozenset[str]]) -> frozenset[str]:
    """A set read from every token of a list, kept beside its fields' lists under a key no field has."""
    for seen, columns in _SEEN:
        if seen is tokens:
            words = columns.get(key)
            if words is None:
                words = columns[key] = build()
            return words
    words = build()
    _remember(tokens, {key: words})
    return words


def _remember(tokens: list[Token], columns: dict[str, list | frozenset[str]]) -> None:
    _SEEN.insert(0, (tokens, columns))
    del _SEEN[_KEPT:]


def forget_token_lists() -> None:
    """Let go of the token lists read last: a comparison's lists serve no later one (each builds
    its own), and kept here they stay alive after it, their 20,000 tokens of a 10k-word pair
    scanned by the cyclic collector when it resumes and at each of its full passes after."""
    _SEEN.clear()


# the token lists read last with their fields' lists, newest first (a pair's two articles and
# the few short texts tokenised beside them); an entry keeps its list alive, so no other list
# takes its place
_SEEN: list[tuple[list[Token], dict[str, list | frozenset[str]]]] = []
_KEPT = 8


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # (the words kept by split, between the gaps)
_FIRST = itemgetter(0)
_LAST = itemgetter(-1)
_WORD_END = itemgetter(1)  # a match word's (start, end, norm) end
_S = frozenset("sS")  # a word's last letter that may end a possessive 's (read as a set: str.endswith parses its arguments a call)


# A Token's fields as getters, for the passes that map them over every token at C speed.
TOKEN_START = attrgetter("start")
TOKEN_END = attrgetter("end")
TOKEN_TEXT = attrgetter("text")
TOKEN_NORM = attrgetter("norm")
TOKEN_CAP = attrgetter("cap")
TOKEN_INITIAL = attrgetter("initial")
TOKEN_POSSESSIVE = attrgetter("possessive")
TOKEN_GAP = attrgetter("gap")


def match_words(text: str, toks: list[Token] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of each word of text, as shared quotes, passages and aligned
    sentences match them: tokenize()'s words (a possessive 's left out), each hyphenated pair
    whose joined spelling is a word made one (``joined_compounds``). toks: tokenize(text),
    when the caller has it already."""
    toks = tokenize(text) if toks is None else toks
    # (the columns tokenize kept, zipped at C speed: no three attribute reads a token)
    return joined_compounds(text, list(zip(token_column(toks, "start"), token_column(toks, "end"), token_norms(toks))))


# A hyphen inside a word ("Wi-Fi", "e-mail", "co-operation"): the compound is one word when
# the joined spelling is an English word in its own right ("wifi", "email"), so that "Wi-Fi",
# "WiFi" and "wifi" match; otherwise ("two-day", "al-Assad", "US-led") its parts stay words.
_INNER_HYPHEN = re.compile(r"-(?<=[^\W\d_]-)(?=[^\W\d_])")  # (the look-behind after the hyphen: the scan skips to hyphens)


def joined_compounds(text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """words ((start, end, folded word) of text, in order) with each hyphenated pair whose
    joined form is a known word made one word."""
    hyphens = [m.start() for m in _INNER_HYPHEN.finditer(text)]
    if not hyphens:
        return words
    known = english_zipf()
    joins: dict[int, tuple[int, int, str]] = {}  # index of the first part -> the joined word
    for h in hyphens:
        i = bisect.bisect_left(words, h, key=_WORD_END)
        if i + 1 < len(words) and words[i][1] == h and words[i + 1][0] == h + 1 \
                and text[words[i + 1][1] : words[i + 1][1] + 1] != "-" \
                and text[words[i][0] - 1 : words[i][0]] != "-":  # "re-run-it": no pair
            joined = words[i][2] + words[i + 1][2]
            if joined in known:
                joins[i] = (words[i][0], words[i + 1][1], joined)
    if not joins:
        return words
    # the words between joins copied a slice at a time (a few joins among thousands of words);
    # joins come in text order, and a join's second part is never the first of another
    out: list[tuple[int, int, str]] = []
    done = 0  # the first word not yet copied
    for i, joined in joins.items():
        if i < done:
            continue  # (the second part of the join before: left out, as that join holds it)
        out += words[done:i]
        out.append(joined)
        done = i + 2
    out += words[done:]
    return out


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The folded words of a phrase, as tokenize() would give their norms (without building
    Tokens: thousands of term-list phrases are keyed on the first comparison)."""
    if phrase.isascii() and phrase.replace(" ", "").isalpha():
        return tuple(phrase.lower().split())  # plain words: what the general reading below gives
    keys = []
    for word in _TOKEN.findall(phrase):
        if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
            word = word[:-2]  # a possessive 's is not part of the word
        keys.append(fold_word(word))
    return tuple(keys)


class PhraseMatcher(Generic[T]):
    """Longest-first lookup of multi-word phrases over a token list (folded comparison).

    Only adjacent tokens separated by spaces or hyphens form a phrase.
    """

    def __init__(self, phrases: Iterable[tuple[str, T]]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        for phrase, payload in phrases:
            key = phrase_key(phrase)
            if key:
                self._by_first.setdefault(key[0], []).append((key, payload))
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._by_next: dict[str, dict[str | None, list[tuple[tuple[str, ...], T]]]] = {}
        self._openings: tuple[frozenset[str], frozenset[tuple[str, str]]] | None = None  # (find_all)

    def grouped(self) -> dict[str, list[tuple[tuple[str, ...], T]]]:
        """The folded phrases and payloads by first word, longest first: what ``from_grouped``
        rebuilds the matcher from (a cache stores it)."""
        return self._by_first

    @classmethod
    def from_grouped(cls, grouped: dict[str, list[tuple[tuple[str, ...], T]]]) -> "PhraseMatcher[T]":
        matcher: PhraseMatcher[T] = cls(())
        matcher._by_first = grouped
        return matcher

    def _entries_before(self, first: str, entries: list[tuple[tuple[str, ...], T]]) -> dict[str | None, list[tuple[tuple[str, ...], T]]]:
        """first's phrases that can match before each second word (None: before none, the
        one-word phrases), in the order of entries: a frequent first word ("the", "on") then
        tries only the few phrases whose second word follows, not all of its phrases."""
        by_next = self._by_next.get(first)
        if by_next is None:
            by_next = {None: [e for e in entries if len(e[0]) == 1]}
            for second in {key[1] for key, _ in entries if len(key) > 1}:
                by_next[second] = [e for e in entries if len(e[0]) == 1 or e[0][1] == second]
            self._by_next[first] = by_next
        return by_next

    def match_at(self, tokens: list[Token], i: int, limit: int | None = None) -> tuple[int, T] | None:
        """(number of tokens, payload) of the longest phrase starting at tokens[i]."""
        first = tokens[i].norm
        entries = self._by_first.get(first)
        if not entries:
            return None
        limit = len(tokens) if limit is None else limit
        if len(entries) > 1:
            by_next = self._by_next.get(first) or self._entries_before(first, entries)
            entries = by_next.get(tokens[i + 1].norm, by_next[None]) if i + 1 < limit else by_next[None]
        for key, payload in entries:
            n = len(key)
            if i + n > limit:
                continue
            ok = True
            prev = tokens[i]
            for k in range(1, n):
                tok = tokens[i + k]
                # as joinable(prev, tok), inline: this runs for every phrase tried
                if tok.norm != key[k] or prev.possessive or tok.gap not in _JOINING_GAPS:
                    ok = False
                    break
                prev = tok
            if ok:
                return n, payload
        return None

    def find_all(self, tokens: list[Token]) -> list[tuple[int, int, T]]:
        """Non-overlapping (first token, token count, payload) hits, left to right."""
        hits = []
        by_first = self._by_first
        if self._openings is None:
            self._openings = (
                frozenset(first for first, entries in by_first.items() if any(len(key) == 1 for key, _ in entries)),
                frozenset(key[:2] for entries in by_first.values() for key, _ in entries if len(key) > 1),
            )
        alone, pairs = self._openings  # first words of one-word phrases; first two words of the others
        norms = token_norms(tokens)
        n = len(norms)
        free = 0  # the first token after the last hit
        # the few tokens that open some phrase, picked out in one pass (at C speed: it runs over
        # every token of the article once per matcher)
        for i in compress(range(n), map(by_first.__contains__, norms)):
            if i < free:
                continue
            first = norms[i]
            if first not in alone and (i + 1 == n or (first, norms[i + 1]) not in pairs):
                continue  # no phrase can start here ("the" before a word no phrase of "the ..." has)
            hit = self.match_at(tokens, i)
            if hit:
                hits.append((i, hit[0], hit[1]))
                free = i + hit[0]
        return hits


_JOINING_GAPS = (" ", "-", "\u00a0")


def joinable(prev: Token, tok: Token) -> bool:
    """Whether two tokens are adjacent words of one phrase (space or hyphen, no possessive)."""
    return not prev.possessive and tok.gap in _JOINING_GAPS


def singular(word: str) -> str:
    """A folded plural noun's singular by the regular rules ("companies" -> "company",
    "chairmen" -> "chairman", "witnesses" -> "witness", "taxes" -> "tax"); any other word as it is.
    Naming and attribution both ask it of role nouns, so it lives once here."""
    # (the last letter first: a word ending in neither "s" nor "n", most words, is read no further)
    last = word[-1:]
    if last == "s":
        if word.endswith("ies") and len(word) > 4:
            return word[:-3] + "y"
        if word.endswith(("sses", "shes", "xes", "zzes")) and len(word) > 4:
            return word[:-2]
        if not word.endswith("ss") and len(word) > 3:
            return word[:-1]
    elif last == "n" and word.endswith("men"):
        return word[:-3] + "man"
    return word


@functools.cache
def irregular_verbs() -> dict[str, tuple[str, ...]]:
    """base -> its other forms, for the verbs the regular rules get wrong ("told", "slain"):
    resources/terms/irregular_verbs.json, the one table of them."""
    return dict(resource_json("terms/irregular_verbs.json")["forms"])


@functools.cache
def _irregular_bases() -> dict[str, frozenset[str]]:
    bases: dict[str, set[str]] = {}
    for base, forms in irregular_verbs().items():
        for form in (base, *forms):
            bases.setdefault(form, set()).add(base)
    return {form: frozenset(b) for form, b in bases.items()}


def irregular_bases(word: str) -> frozenset[str]:
    """The irregular verbs a folded word is a form of ("sought" -> {"seek"}; none for a regular
    word): two words are forms of one verb when their bases meet."""
    return _irregular_bases().get(word, frozenset())


def inflections(word: str) -> set[str]:
    """English inflections of a base form (noun plural, verb -s/-ed/-ing); an irregular verb's
    forms from its table ("tell" -> "told", "tells", "telling")."""
    w = word.casefold()
    forms = {w}
    irregular = irregular_verbs().get(w)
    if irregular is not None:
        forms.update(irregular)
        return forms
    if not w.isalpha() or len(w) < 3:
        return forms
    if w.endswith("y") and w[-2] not in "aeiou":
        forms.update({w[:-1] + "ies", w[:-1] + "ied", w + "ing"})
    elif w.endswith("e"):
        forms.update({w + "s", w + "d", w[:-1] + "ing"})
    elif w.endswith(("s", "x", "z", "ch", "sh")):
        forms.update({w + "es", w + "ed", w + "ing"})
    else:
        forms.update({w + "s", w + "ed", w + "ing"})
        if len(w) <= 5 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
            forms.update({w + w[-1] + "ed", w + w[-1] + "ing"})  # "stop" -> "stopped"
    return forms


def inflected_phrases(phrase: str) -> set[str]:
    """The phrase with its last word inflected ("claim" -> "claims", "claimed", ...)."""
    head, _, last = phrase.rpartition(" ")
    return {f"{head} {form}" if head else form for form in inflections(last)}
