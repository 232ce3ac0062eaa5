"""Common nouns: what kind of thing a noun names, and whether two nouns can name one thing.

Read from resources/terms/nouns.tsv (built from WordNet 3.0 by build_nouns.py): for each frequent
English noun, the lexicographer kinds of its first senses (person, group, location, artifact,
communication, ...), and the is-a links between senses. A description's head noun says what
kind of referent it can stand for ("the actress" a person, "the studio" a group, "the vehicle"
an artifact), and two heads can name one referent when they share a sense ("film" / "movie",
"gem" / "jewel") or one is a kind of the other ("car" / "vehicle", "ship" / "vessel").
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sidebyside.compare.termdata import TERMS_DIR
from sidebyside.parsed_cache import parsed
from sidebyside.resources import resource

# The kinds of referent a description can name, by the WordNet kind of the head's first sense.
REFERENT_KINDS = {
    "person": "person",
    "group": "organisation",
    "location": "place",
    "artifact": "thing",
    "object": "thing",
    "substance": "thing",
    "food": "thing",
    "animal": "thing",
}
# An is-a link counts when the more general noun is at least this far from WordNet's root
# ("vehicle" is; "object", "whole", "person" are too general to say two descriptions agree)...
_MIN_ANCESTOR_DEPTH = 6
# ...and at most this many is-a steps above the other noun's sense ("car" -> "vehicle": 4).
_MAX_STEPS = 5
_SENSES_COMPARED = 2
_KINDS_KEPT = 3  # kinds kept per noun, as nouns.tsv keeps them
# "-es" makes a plural only after these endings ("patches", "boxes", "buses", "heroes")
_ES_PLURAL_STEMS = ("s", "x", "z", "ch", "sh", "o")
_MAX_LEMMAS_KEPT = 200_000  # words whose lemma is remembered (English news uses far fewer)  # the first senses of each noun are compared (WordNet orders them by use)


@dataclass(frozen=True, eq=False)
class NounLexicon:
    kinds: dict[str, tuple[str, ...]]  # noun -> kinds of its first senses
    senses: dict[str, tuple[int, ...]]  # noun -> its first sense ids
    parent_lines: dict[str, str]  # sense id -> its is-a parents as the file writes them ("2,8"), read on use
    plurals: dict[str, str]  # irregular plural -> noun ("men" -> "man")
    other_nouns: frozenset[str]  # nouns of no kind a description names ("operation", "party")
    # nouns WordNet writes with a capital in every sense: names only ("drew": John Drew), no
    # common noun a lower-case word of running text can be ("The event drew praise")
    names_only: frozenset[str] = frozenset()
    depths: dict[int, int] = field(default_factory=dict)  # sense id -> is-a steps to the root (filled on use)
    reaches: dict[str, frozenset[int]] = field(default_factory=dict)  # noun -> reach() (filled on use)
    lemmas: dict[str, str | None] = field(default_factory=dict)  # word -> lemma() (filled on use, bounded)
    parents: dict[int, tuple[int, ...]] = field(default_factory=dict)  # sense id -> parents_of() (filled on use)
    # noun -> the first noun of its news_nouns.json 'one_thing' group ("update" -> "patch")
    one_thing: dict[str, str] = field(default_factory=dict)
    # nouns that name a part of a device or machine (news_nouns.json 'parts'): the whole's
    # more general noun does not name them ("the device" is the phone, not "a 1400 mAh battery")
    parts: frozenset[str] = frozenset()

    def lemma(self, word: str) -> str | None:
        """The noun a (folded) word is a form of, if the lexicon knows it: "doors" -> "door",
        "men" -> "man", "companies" -> "company"."""
        try:
            return self.lemmas[word]
        except KeyError:
            pass
        found = self._lemma(word)
        if len(self.lemmas) < _MAX_LEMMAS_KEPT:  # a page of invented words never grows it past this
            self.lemmas[word] = found
        return found

    def _lemma(self, word: str, names: frozenset[str] = frozenset()) -> str | None:
        """names: nouns not to answer (common_lemma's names_only)."""
        irregular = self.plurals.get(word)
        if irregular is not None:
            return irregular
        if word[-1:] == "s":  # (every plural ending below ends so: most words try none of them)
            for cut, add in (("ies", "y"), ("es", ""), ("s", "")):  # a plural first: "waters" is water
                if word.endswith(cut) and len(word) > len(cut) + 2:
                    stem = word[: -len(cut)] + add
                    if cut == "es" and not stem.endswith(_ES_PLURAL_STEMS):
                        continue  # "lines" is line, never "lin"; "patches" is patch
                    if stem in self.kinds and stem not in names:
                        return stem
        return word if word in self.kinds and word not in names else None

    def common_lemma(self, word: str) -> str | None:
        """lemma() of a lower-case word of running text, which is never a name: None for a noun
        WordNet knows only as a name ("drew"), the common noun of a plural it also lists as a
        name ("aides" is aide, not the name "Aides")."""
        found = self.lemma(word)
        if found is None or found not in self.names_only:
            return found
        return self._lemma(word, self.names_only)

    def is_noun(self, word: str) -> bool:
        """Whether a (folded) word is a form of a noun used mostly as a noun."""
        if self.lemma(word) is not None:
            return True
        return any(
            word[: -len(cut)] + add in self.other_nouns
            for cut, add in (("", ""), ("ies", "y"), ("es", ""), ("s", ""))
            if word.endswith(cut) and len(word) > len(cut) + 2
        )

    def is_common_noun(self, word: str) -> bool:
        """is_noun for a lower-case word of running text, which is never a name ("The event drew
        praise": "drew" is John Drew's name only)."""
        return self.is_noun(word) and (word not in self.names_only or self.common_lemma(word) is not None)

    def first_sense(self, word: str) -> str | None:
        """The WordNet kind of the first sense of a folded word's noun, read through its lemma
        ("rifles" -> "artifact", "painter" -> "person"), or None."""
        kinds = self.kinds.get(self.lemma(word) or word)
        return kinds[0] if kinds else None

    def kind(self, noun: str) -> str | None:
        """The kind of referent the noun's first sense names (REFERENT_KINDS), or None."""
        kinds = self.kinds.get(noun)
        return REFERENT_KINDS.get(kinds[0]) if kinds else None

    def can_be(self, noun: str, wordnet_kind: str) -> bool:
        """Whether one of the noun's first senses is of that WordNet kind ("bank": group)."""
        return wordnet_kind in self.kinds.get(noun, ())[:_SENSES_COMPARED]

    def related(self, a: str, b: str) -> bool:
        """Whether two nouns can name one referent: the same noun, a shared sense ("film" /
        "movie"), or one a kind of the other not far below it ("car" / "vehicle")."""
        if a == b:
            return True
        return bool(self.first_senses(b) & self.reach(a)) or bool(self.first_senses(a) & self.reach(b))

    def first_senses(self, noun: str) -> frozenset[int]:
        return frozenset(self.senses.get(noun, ())[:_SENSES_COMPARED])

    def reach(self, noun: str) -> frozenset[int]:
        """The noun's first senses and their ancestors within _MAX_STEPS is-a steps that are
        deep enough to be specific: a noun with one of these senses can name what it names."""
        found = self.reaches.get(noun)
        if found is None:
            senses = self.first_senses(noun)
            out = set(senses)
            frontier = set(senses) if noun not in self.parts else set()  # (a part: its own senses only)
            for _ in range(_MAX_STEPS):
                frontier = {p for s in frontier for p in self.parents_of(s)}
                out |= {p for p in frontier if self._depth(p) >= _MIN_ANCESTOR_DEPTH}
            found = self.reaches[noun] = frozenset(out)
        return found

    def parents_of(self, sense: int) -> tuple[int, ...]:
        """The sense's is-a parents (read from the file's line on first use: a comparison asks
        for a few hundred of the 15,000, and reading them all was most of the first one's wait
        for this lexicon)."""
        found = self.parents.get(sense)
        if found is None:
            line = self.parent_lines.get(str(sense))
            found = self.parents[sense] = tuple(map(int, line.split(","))) if line else ()
        return found

    def _depth(self, sense: int) -> int:
        """Is-a steps from the sense up to WordNet's root (the shortest way)."""
        depth = self.depths.get(sense)
        if depth is None:
            parents = self.parents_of(sense)
            depth = self.depths[sense] = 0 if not parents else 1 + min(self._depth(p) for p in parents)
        return depth


@functools.lru_cache(maxsize=1)
def nouns() -> NounLexicon:
    kinds, senses, parent_lines, plurals, other_nouns, names_only = parsed(
        "nouns", (f"{TERMS_DIR}/nouns.tsv",), _read_nouns, _nouns_shape)
    one_thing, parts = _add_news_nouns(kinds, senses)
    return NounLexicon(kinds, senses, parent_lines, plurals, other_nouns, names_only - frozenset(one_thing),
                       one_thing=one_thing, parts=parts)


def _nouns_shape(data: object) -> bool:
    return (isinstance(data, tuple) and len(data) == 6 and all(isinstance(d, dict) for d in data[:4])
            and isinstance(data[4], frozenset) and isinstance(data[5], frozenset))


def _read_nouns() -> tuple[dict, dict, dict, dict, frozenset, frozenset]:
    """nouns.tsv as (kinds, senses, parent_lines, plurals, other_nouns, names_only)."""
    kinds: dict[str, tuple[str, ...]] = {}
    senses: dict[str, tuple[int, ...]] = {}
    parent_lines: dict[str, str] = {}
    plurals: dict[str, str] = {}
    other_nouns: set[str] = set()
    names_only: set[str] = set()
    text = resource(TERMS_DIR).joinpath("nouns.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        if line[0] == "n":
            names_only.add(line[2:])  # ("n <TAB> noun": no third field)
            continue
        tag, key, rest = line.split("\t", 2)
        if tag == "w":
            k, ids = rest.split("\t")
            kinds[key] = tuple(k.split(","))
            senses[key] = tuple(map(int, ids.split(",")))
        elif tag == "a":
            other_nouns.add(key)
        elif tag == "s":
            parent_lines[key] = rest
        elif tag == "x":
            plurals[key] = rest
    return kinds, senses, parent_lines, plurals, frozenset(other_nouns), frozenset(names_only)


def _add_news_nouns(kinds: dict[str, tuple[str, ...]], senses: dict[str, tuple[int, ...]]) -> tuple[dict[str, str], frozenset[str]]:
    """news_nouns.json over WordNet's senses: a noun's news sense as its first kind ("patch", "flaw":
    things), and a new shared first sense for the nouns that name one thing in a story ("the
    patch" / "the update"). New sense ids start past the file's. Returns noun -> the first noun of its group,
    and the nouns of parts."""
    data = json.loads(resource(TERMS_DIR).joinpath("news_nouns.json").read_text(encoding="utf-8"))
    next_id = 1 + max((i for ids in senses.values() for i in ids), default=0)
    for noun, kind in data["things"].items():
        kinds[noun] = (kind, *kinds.get(noun, ()))[:_KINDS_KEPT]
        if noun not in senses:
            senses[noun] = (next_id,)
            next_id += 1
    one_thing: dict[str, str] = {}
    for group in data["one_thing"]:
        for noun in group:
            senses[noun] = (next_id, *senses.get(noun, ()))
            one_thing[noun] = group[0]
        next_id += 1
    return one_thing, frozenset(data.get("parts", ()))


class RelatedNouns:
    """The nouns of a set that can name what a given noun names (NounLexicon.related), found
    through an index of their senses: linear in the set, not in pairs of nouns."""

    def __init__(self, lex: NounLexicon, nouns: Iterable[str]):
        self.lex = lex
        self.by_sense: dict[int, set[str]] = {}  # sense -> nouns of the set with that first sense
        self.by_reach: dict[int, set[str]] = {}  # sense -> nouns of the set that reach it
        self.nouns = set(nouns)
        for noun in self.nouns:
            for sense in lex.first_senses(noun):
                self.by_sense.setdefault(sense, set()).add(noun)
            for sense in lex.reach(noun):
                self.by_reach.setdefault(sense, set()).add(noun)

    def of(self, noun: str) -> set[str]:
        out = {noun} & self.nouns
        for sense in self.lex.reach(noun):
            out |= self.by_sense.get(sense, set())
        for sense in self.lex.first_senses(noun):
            out |= self.by_reach.get(sense, set())
        return out



@functools.lru_cache(maxsize=1)
def _never_names() -> frozenset[str]:
    """common_nouns.txt.gz (build_common_nouns.py): nouns WordNet writes in lower case only.
    Read on first use: only a capitalised sentence opener the frequencies do not call common
    (or an event word before a rarer noun) asks."""
    raw = resource(TERMS_DIR).joinpath("common_nouns.txt.gz").read_bytes()
    return frozenset(w for w in gzip.decompress(raw).decode("utf-8").splitlines() if w and w[0] != "#")


def never_a_name(word: str, plurals: bool = True) -> bool:
    """Whether a (folded) word is a form of an English common noun that is never a name
    ("forecasters", "evacuees", "aardvark"): WordNet knows it in lower case only. Regular plurals
    are undone here ("-ies", "-es", "-s"; not with plurals=False, where a verb's "-s" form must
    not pass for a noun: "resumes"), irregular ones are listed."""
    words = _never_names()
    if word in words:
        return True
    if not plurals:
        return False
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(cut) and len(word) > len(cut) + 3 and word[: -len(cut)] + add in words:
            return True
    return False


def plural_never_a_name(word: str) -> bool:
    """never_a_name for a plural ("forecasters", "evacuees", "firemen"): a group of people or
    things a sentence opens with. A singular rarer noun may well be a firm's or a person's name
    ("Acme recalled heaters", "Glazier said"), so it is left to the other evidence."""
    if word.endswith("men"):
        return word in _never_names()
    return word.endswith("s") and not word.endswith("ss") and word not in _never_names() and never_a_name(word)
