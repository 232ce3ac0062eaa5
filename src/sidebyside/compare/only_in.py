"""Entities across the two articles: which are shared, which only one article names.

Matching is by canonical key (accent/case folded, coreference applied within each article), plus
one cross-article rule: a lone surname in one article ("Assad") is the person the other article
names in full ("Bashar al-Assad") when that is the only full name ending in it.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
from collections import Counter
from itertools import combinations, repeat
from dataclasses import dataclass, replace

from sidebyside.compare.cross_script import ForeignText
from sidebyside.compare.distinctive import listed_function_words
from sidebyside.compare.entities import (
    HYPHEN_PARTICLES, PARTICLES, Entity, company_suffix_words, is_facility, is_full_name, name_head_kind, name_key, name_words, one_to_one, surname_index,
    worded_alike,
)
from sidebyside.compare.nouns import nouns
from sidebyside.compare.entities_cuts import NAME_LINKS, STREET_WORDS, UNKNOWN_WORD_ZIPF, slips_between, typos_of_names
from sidebyside.compare.termdata import TERMS_DIR, Lexicon, lexicon, naming_data
from sidebyside.compare.text import casefolded
from sidebyside.compare.title_case import HEADLINE_WORDS, SMALL_WORDS, capitalised_throughout
from sidebyside.extract.datelines import dateline_source
from sidebyside.extract.cues import media_promo_lines
from sidebyside.extract.language import primary_subtag
from sidebyside.model import Framing, OnlyIn, Span
from sidebyside.name_lists import gendered_given_names
from sidebyside.resources import resource
from sidebyside.name_lists import given_names as known_given_names
from sidebyside.name_lists import honorific_genders
from sidebyside.settings import DEFAULT, EntitySettings, LexicalSettings, NamingSettings
from sidebyside.wordpattern import CASED_AS_ASCII

REPORTED_KINDS = frozenset({"person", "place", "organisation", "group", "event"})


@dataclass(frozen=True)
class EntityMatch:
    key_maps: tuple[dict[str, str], dict[str, str]]  # article key -> pair-wide key
    shared: tuple[str, ...]
    only_in: tuple[tuple[OnlyIn, ...], tuple[OnlyIn, ...]]


def _surnames(entities: list[Entity]) -> dict[str, str | None]:
    """Last word of each multi-word person key -> that key (None when ambiguous; a name of no
    known kind counts when initials or a given name open it: "Anthony LaCalamita III")."""
    return surname_index(e.key for e in entities if e.kind == "person" or e.kind == "other" and (
        _initials_and_surname(e.key) or (is_full_name(e.key) and e.key.split()[0] in known_given_names())))


def _initials_and_surname(key: str) -> bool:
    """"p j carlesimo" (P.J. Carlesimo): initials before a surname name a person, whatever kind
    the name was read as."""
    words = key.split()
    return len(words) >= 2 and all(len(w) == 1 for w in words[:-1]) and len(words[-1]) > 2


def _given_names(*sides: list[Entity]) -> dict[str, str | None]:
    """First word of each full person name of either article -> that name (None when two people
    share it): "Kathina" after "Kathina Thomas" is her, unless another Kathina is named. The word
    must be a known given name, or written alone as a person's name somewhere ("Kathina said"):
    "Intel" alone is not "Intel HD Graphics", a longer name that opens with it."""
    out: dict[str, str | None] = {}
    alone_as_person = {e.key for entities in sides for e in entities if e.kind == "person" and " " not in e.key}
    for entities in sides:
        for e in entities:
            if e.kind == "person" and is_full_name(e.key):
                # the first word past initials: "W. Mark Felt" is a Mark too
                first = next((w for w in e.key.split()[:-1] if len(w) > 1), "")
                if len(first) > 2 and (first in known_given_names() or first in alone_as_person):  # (not an initial)
                    out[first] = None if out.get(first, e.key) != e.key else e.key
    return out


def _key_map(own: list[Entity], other_surnames: dict[str, str | None],
             given: dict[str, str | None] | None = None, text: str | None = None) -> dict[str, str]:
    """A bare surname is the one person the other article names so ("Scott Peterson") when this
    article names at most one person of that surname in full, one its coreference did not join
    the bare name to ("Laci Peterson" beside "Peterson ... his wife"). An article naming two
    ("Scott and Laci Peterson") leaves its bare "Peterson" its own question, never the other's
    one Peterson; nor one it writes with an honorific of the other gender (text: the article's
    text): "Ms. Gomes", the suspect's mother, is not the other's Daniel Gomes."""
    own_surnames = _surnames(own)
    told = _honorific_genders(own, text) if text else {}
    mapping = {}
    for e in own:
        if e.kind in ("person", "other") and not is_full_name(e.key):
            last = e.key.rsplit(" ", 1)[-1]
            if last in own_surnames and own_surnames[last] is None:
                continue
            target = other_surnames.get(last)
            if target and own_surnames.get(last) and _other_gender(own_surnames[last], target):
                continue  # the "Miller" of this article's Jane Miller is not the other's John Miller
            if not target and given and " " not in e.key:
                target = given.get(e.key)
            if target and told.get(e.key) and gendered_given_names().get(target.split()[0]) not in (None, *told[e.key]):
                continue
            if target:
                mapping[e.key] = target
    return mapping


_HONORIFIC_GENDERS = honorific_genders()  # "ms": "female" (resources/attribution/honorifics.tsv)
_HONORIFIC_BEFORE = re.compile(
    r"\b(%s)\.?\s+$" % "|".join(sorted((h.capitalize() for h in _HONORIFIC_GENDERS), key=len, reverse=True)))


def _honorific_genders(own: list[Entity], text: str) -> dict[str, set[str]]:
    """Bare names (keys) -> the genders the honorifics written before them tell ("Ms. Gomes")."""
    found: dict[str, set[str]] = {}
    for e in own:
        if " " not in e.key:
            m = _HONORIFIC_BEFORE.search(text, max(0, e.start - 6), e.start)
            if m:
                found.setdefault(e.key, set()).add(_HONORIFIC_GENDERS[m.group(1).lower()])
    return found


def _other_gender(x: str, y: str) -> bool:
    """Whether two full names' (keys') given names are known to be a man's and a woman's: "Jane
    Miller" and "John Miller" are two people, whatever else they share."""
    genders = gendered_given_names()
    gx, gy = genders.get(x.split()[0]), genders.get(y.split()[0])
    return bool(gx and gy and gx != gy)


def _variant_names(ents_b: list[Entity], keys_a: set[str], surnames_a: dict[str, str | None], surnames_b: dict[str, str | None]) -> dict[str, str]:
    """B's full names that spell A's person differently ("Vladimir Zelensky" for "Volodymyr
    Zelensky"): same surname, unique in each article, same first initial."""
    mapping = {}
    for e in ents_b:
        if e.kind != "person" or not is_full_name(e.key) or e.key in keys_a:
            continue
        last = e.key.rsplit(" ", 1)[1]
        target = surnames_a.get(last)
        if target and surnames_b.get(last) == e.key and target[0] == e.key[0] and not _other_gender(target, e.key):
            mapping[e.key] = target
    return mapping


def _skeleton(key: str) -> str:
    """A spelling-tolerant form: Arabic article variants as "al", doubled letters single."""
    words = ["al" if w in HYPHEN_PARTICLES or w in ("el", "ul") else w for w in key.split()]
    out = []
    for ch in " ".join(words):
        if not out or ch != out[-1]:
            out.append(ch)
    return "".join(out)


def _spelling_variants(ents_a: list[Entity], ents_b: list[Entity], settings: NamingSettings) -> dict[str, str]:
    """B's multi-word names that spell one of A's names a little differently ("Karim Hadad" /
    "Karim Haddad", "Marta Lindquist" / "Marta Lindqvist", "Qasr an-Nur" / "Qasr al-Nour"):
    same first word, same kind, close spelling, and only one such name in A."""
    keys_a = {e.key for e in ents_a}
    by_first: dict[tuple[str, str], set[str]] = {}
    for e in ents_a:
        if " " in e.key and e.via in ("name", "media"):
            by_first.setdefault((e.kind, e.key.split(" ", 1)[0]), set()).add(e.key)
    mapping: dict[str, str] = {}
    seen: set[str] = set()
    families = _families(ents_a) | _families(ents_b)
    for e in ents_b:
        if " " not in e.key or e.key in keys_a or e.key in seen or e.via not in ("name", "media"):
            continue
        seen.add(e.key)
        candidates = by_first.get((e.kind, e.key.split(" ", 1)[0]), ())
        if len(candidates) > settings.max_spelling_candidates:
            continue  # so many names share the first word that a spelling match proves nothing
        if not candidates:
            continue
        # one matcher for B's name, its index built once; the quick bounds (never below ratio())
        # drop most candidates before the full ratio
        matcher = difflib.SequenceMatcher(None, "", _skeleton(e.key))
        close = [
            k for k in candidates
            if not (_generations_apart(k, e.key) and _surname(k) in families) and _spelt_close(matcher, _skeleton(k), settings.spelling_ratio)
            and _words_spelt_alike(k, e.key, settings.spelling_ratio)
        ]
        if len(close) == 1:
            mapping[e.key] = close[0]
    return mapping


def _spelt_close(matcher: difflib.SequenceMatcher, a: str, ratio: float) -> bool:
    """difflib's ratio of a against the matcher's second sequence reaches ratio."""
    matcher.set_seq1(a)
    return matcher.real_quick_ratio() >= ratio and matcher.quick_ratio() >= ratio and matcher.ratio() >= ratio


_GENERATIONS = frozenset("jr ii iii iv".split())


def _generations_apart(x: str, y: str) -> bool:
    """"Mark Felt Jr" and "Mark Felt": the same name but for a generation's mark."""
    wx, wy = set(x.split()), set(y.split())
    return wx != wy and bool((wx ^ wy) & _GENERATIONS)


def _surname(key: str) -> str:
    words = [w for w in key.split() if w not in _GENERATIONS and w != "sr"]
    return words[-1] if words else key


def _families(ents: list[Entity]) -> set[str]:
    """Surnames an article gives two people ("W. Mark Felt" and his son "Mark Felt Jr"): there,
    a generation's mark tells them apart ("L. Patrick Gray III" alone is "L. Patrick Gray")."""
    seen: dict[str, str] = {}
    out = set()
    for e in ents:
        if e.kind == "person" and is_full_name(e.key) and e.via == "name":
            last = _surname(e.key)
            if seen.setdefault(last, e.key) != e.key:
                out.add(last)
    return out


def _words_spelt_alike(x: str, y: str, ratio: float) -> bool:
    """Word by word, each word the same or spelt alike ("Hadad" / "Haddad"): a long shared
    beginning does not make "Endangered Species Act" the "Endangered Species List"."""
    wx, wy = x.split(), y.split()
    if len(wx) != len(wy):
        # "Qasr an-Nur" / "Qasr al-Nour": particles make the counts differ; the whole-name ratio
        # decides, unless one name is the other with words added: "Los Angeles County Jail" is no
        # spelling of "Los Angeles County" (a longer name, another thing)
        short, long_ = sorted((wx, wy), key=len)
        return short != long_[:len(short)] and short != long_[-len(short):]
    return all(
        a == b or difflib.SequenceMatcher(None, _skeleton(a), _skeleton(b)).ratio() >= ratio or _skeleton(a) == _skeleton(b)
        or _british_american(a, b)
        for a, b in zip(wx, wy)
    )


def _british_american(x: str, y: str) -> bool:
    """"Centre" / "Center", "Theatre" / "Theater": one word in British and American spelling."""
    return len(x) == len(y) > 4 and x[:-2] == y[:-2] and {x[-2:], y[-2:]} == {"re", "er"}


def _short_forms(own: list[Entity], other: list[Entity]) -> dict[str, str]:
    """A short form the other article resolves ("IDF" after "Israel Defense Forces (IDF)",
    "Assad" after "Bashar al-Assad") means the same there when it stands alone here."""
    resolved: dict[str, str | None] = {}
    for e in other:
        if e.via == "short":
            key = name_key(e.text)
            resolved[key] = e.key if resolved.get(key, e.key) == e.key else None
    own_keys = {e.key for e in own}
    return {
        e.key: target
        for e in own
        if e.via in ("name", "media") and " " not in e.text
        and (target := resolved.get(e.key)) and target not in own_keys
    }


_NUMERALS = frozenset("ii iii iv".split())  # kept whole in initials: "WWII"


def _initials_of(key: str) -> str:
    return "".join(w if w in _NUMERALS else w[0] for w in key.split() if w not in _LINKS and w not in PARTICLES)


def _initialisms(own: list[Entity], other: list[Entity]) -> dict[str, str]:
    """A name in capitals here that spells the initials of the one name there: "WWII" / "World
    War II", "DNC" / "Democratic National Committee" (one thing, named short and long), when no
    other name there has those initials and this article does not spell it out itself."""
    acronyms = {e.key for e in own if e.text.isupper() and 2 <= len(e.key) <= 8 and " " not in e.key
                and e.kind in ("organisation", "other", "event", "place")}
    if not acronyms:
        return {}
    own_keys = {e.key for e in own}
    spelled: dict[str, str | None] = {}
    loose: dict[str, str | None] = {}
    for e in other:
        if " " in e.key and e.via in ("name", "media") and e.kind != "person":
            initials = _initials_of(e.key)
            if initials in acronyms:
                spelled[initials] = e.key if spelled.get(initials, e.key) == e.key else None
            for acronym in acronyms:
                if _initials_skipping_words(acronym, initials):
                    loose[acronym] = e.key if loose.get(acronym, e.key) == e.key else None
    for acronym, target in loose.items():
        spelled.setdefault(acronym, target)
    return {k: t for k, t in spelled.items() if t and t not in own_keys}


def _initials_skipping_words(acronym: str, initials: str) -> bool:
    """"FLDS" for the Fundamentalist Church of Jesus Christ of Latter-day Saints (initials
    "fcjclds"), "IBM" for International Business Machines Corp: an acronym of three letters or
    more made of some of a long name's initials in order, from the first, ending on its last or
    covering its opening words, and spelling at least half of them."""
    if len(acronym) < 3 or acronym == initials or acronym[0] != initials[0] or 2 * len(acronym) < len(initials):
        return False
    if initials.startswith(acronym):
        return True
    if acronym[-1] != initials[-1]:
        return False
    rest = iter(initials[1:-1])
    return all(ch in rest for ch in acronym[1:-1])


def _acronym_tails(own: list[Entity], other: list[Entity]) -> dict[str, str]:
    """A body's name here that ends in capitals spelling the initials of the rest of one name
    there, after the same opening words: "EYP MCF" / "EYP Mission Critical Facilities" (key
    here -> key there; only when one name there fits and this article does not spell it out)."""
    tails = {}
    for e in own:
        words = e.text.replace(".", " ").split()
        if len(words[-1]) == 1 and len(words) >= 3 and "." in e.text:
            # "Fort Worth P.D.": initials written with full stops are one word
            n = len(words)
            while n > 1 and len(words[n - 1]) == 1 and words[n - 1].isupper():
                n -= 1
            if len(words) - n >= 2:
                words = [*words[:n], "".join(words[n:])]
        if e.kind != "person" and e.via in ("name", "media") and len(words) >= 2 and words[-1].isupper() \
                and words[-1].isalpha() and len(words[-1]) >= 2:
            tails[e.key] = (name_key(" ".join(words[:-1])), words[-1].casefold())
    if not tails:
        return {}
    own_keys = {e.key for e in own}
    found: dict[str, str | None] = {}
    for e in other:
        if e.kind == "person" or e.via not in ("name", "media") or e.key in own_keys:
            continue
        for key, (opening, acronym) in tails.items():
            rest = e.key[len(opening) + 1:] if e.key.startswith(opening + " ") else ""
            if rest and " " in rest and acronym in (_initials_of(rest), _initials_of(_without_company_word(rest))):
                found[key] = e.key if found.get(key, e.key) == e.key else None
    return {k: t for k, t in found.items() if t}


def _without_company_word(key: str) -> str:
    """"mission critical facilities inc" without its closing "inc" (a body's head word)."""
    head, _, last = key.rpartition(" ")
    return head if head and name_head_kind(last) == "organisation" else key


def _opening_acronyms(own: list[Entity], other: list[Entity], mapping: dict[str, str],
                      other_mapping: dict[str, str]) -> dict[str, str]:
    """An abbreviation alone here ("EYP") that opens the one longer body's name there ("EYP
    MCF"), when this article too names that body at length, opening with it ("EYP Mission
    Critical Facilities Inc"), and no other: one company named short and long. "HP" is not "HP
    Labs" when this article spells out no HP name."""
    acronyms = {e.key for e in own if e.text.isupper() and e.text.isalpha() and " " not in e.key
                and e.kind in ("organisation", "other") and e.via in ("name", "media")}
    if not acronyms:
        return {}
    opening: dict[str, str | None] = {}
    for e in other:
        first = e.key.split(" ", 1)[0]
        if first in acronyms and " " in e.key and e.kind != "person" and e.via in ("name", "media"):
            filed = other_mapping.get(e.key, e.key)  # "EYP MCF" filed under "EYP Mission Critical Facilities"
            opening[first] = filed if opening.get(first, filed) == filed else None
    out = {}
    for acronym, target in opening.items():
        if not target:
            continue
        longer_here = {mapping.get(e.key, e.key) for e in own if " " in e.key and e.key.split(" ", 1)[0] == acronym}
        if longer_here == {target} and acronym not in {e.key for e in other}:
            out[acronym] = target
    return out


_BODY_KINDS = frozenset({"organisation", "other"})


def _suffixed_names(ents_a: list[Entity], ents_b: list[Entity]) -> tuple[dict[str, str], dict[str, str]]:
    """A company's name, then words that make no other company of it ("Orbit Music Records",
    "Orbit Music Label Group": company_suffix_words), where either article names the company
    bare ("Orbit Music"): the bare company, on both sides and however many such forms there
    are (key -> the bare key, one map a side). A person's or a place's name is no bare
    company's ("Boston" / "Boston Capital")."""
    suffixes = company_suffix_words()
    # each side's distinct keys of bodies whose last word is a suffix word (few): a name is
    # mentioned many times, and most end in no such word
    bodies = [{e.key for e in ents if e.kind in _BODY_KINDS} for ents in (ents_a, ents_b)]
    suffixed = [{key for key in keys if " " in key and key.rsplit(" ", 1)[-1] in suffixes} for keys in bodies]
    out: tuple[dict[str, str], dict[str, str]] = ({}, {})
    if not suffixed[0] and not suffixed[1]:
        return out
    # the names they may be short for, then those the texts write as names of bodies
    shorter = {" ".join(key.split()[:end]) for keys in suffixed for key in keys for end in range(2, key.count(" ") + 1)}
    bare = {e.key for e in (*ents_a, *ents_b) if e.key in shorter and e.kind in _BODY_KINDS and e.via in ("name", "media")}
    for side, keys in enumerate(suffixed):
        for key in keys:
            words = key.split()
            cut = len(words)
            while cut > 1 and words[cut - 1] in suffixes:
                cut -= 1
            # the longest bare form the texts write: "orbit music" of "orbit music label group";
            # of two words at least (a one-word name, "Kraft" of "Kraft Foods", is the entity
            # finder's and _head_dropped's to join)
            for end in range(len(words) - 1, max(cut, 2) - 1, -1):
                if (short := " ".join(words[:end])) in bare:
                    out[side][key] = short
                    break
    return out


def _generation_names(own: list[Entity], other: list[Entity], families: set[str]) -> dict[str, str]:
    """"W. Mark Felt Sr." here, "W. Mark Felt" there: "Sr." only tells a father from a son this
    article also names. "Jr" and "III" tell two people apart only where a family is named: when
    neither article names anyone else of that surname, "Anthony LaCalamita III" here is the
    "Anthony LaCalamita" there."""
    other_keys = {e.key for e in other if e.kind == "person"}
    own_keys = {e.key for e in own}
    out = {}
    for e in own:
        if e.kind not in ("person", "other") or " " not in e.key:
            continue  # (a name the finder could not type: the other article's person tells)
        head, mark = e.key.rsplit(" ", 1)
        if head not in other_keys or head in own_keys:
            continue
        if mark == "sr" or (mark in _GENERATIONS and _surname(e.key) not in families):
            out[e.key] = head
    return out


# A person's or a place's longer name is often someone or somewhere else: "Los Angeles" /
# "Los Angeles County", "Richmond Hill" / "South Richmond Hill", "Africa" / "South Africa".
_OWN_NAMES = frozenset({"person", "place"})
_LINKS = frozenset("of for on the and de la".split())


def _longer_name_is_another(e: Entity) -> bool:
    """A person's or a town's name, whose longer form is someone or somewhere else; a
    building's is the same one ("Municipal Stadium" / "Jacksonville Municipal Stadium")."""
    return e.kind in _OWN_NAMES and not (e.kind == "place" and is_facility(e.key))


def _same_building(x: str, y: str) -> bool:
    """A building's shorter name keeps its head ("Municipal Stadium"); "Los Angeles" is no
    name of the Los Angeles County Jail."""
    if not (is_facility(x) or is_facility(y)):
        return True
    return x.rsplit(" ", 1)[-1] == y.rsplit(" ", 1)[-1]


def _body_inside(x: str, y: str) -> bool:
    """One name opens the other and the rest names a body of its own ("White House" / "White
    House National Security Council", "Senate Judiciary Committee"): a council, office or
    committee inside the shorter one's organisation, another referent. A one-word rest is the
    same body named at more length ("Red Cross" / "Red Cross Society")."""
    short, long = (x, y) if len(x) < len(y) else (y, x)
    if not long.startswith(short + " "):
        return False
    rest = long[len(short) + 1:].split()
    return len(rest) >= 2 and rest[0] not in _LINKS and rest[-1] in _body_heads() and rest[-1] != short.rsplit(" ", 1)[-1]


@functools.cache
def _body_heads() -> frozenset[str]:
    """naming.json's public_body_name_heads: the last words of the names of public bodies."""
    return frozenset(naming_data()["public_body_name_heads"]["words"])


# (how the lookup works, not a threshold: a name of up to this many words has each of its word
# subsets indexed; a longer name's shorter forms are found by scanning instead, the same answers)
_MAX_SUBSET_WORDS = 8


def _longer_names(ents_a: list[Entity], ents_b: list[Entity], taken: set[str]) -> dict[str, str]:
    """B's names that hold all the words of one of A's names of two words or more, or the other
    way round: "U. S. Medical Center" / "U. S. Medical Center for Federal Prisoners", "Carlton
    Hotel" / "Carlton Intercontinental Hotel" — one thing, named at more or less length. Only when
    just one name of A fits (key of B -> key of A; A's key when B's name is the shorter)."""
    # each distinct key's words read once (a name is mentioned many times)
    words_of = {key: name_words(key) for key in {e.key for e in ents_a} | {e.key for e in ents_b}}
    words_a = {e.key: (words_of[e.key], e.kind) for e in ents_a if e.via in ("name", "media") and not _longer_name_is_another(e)}
    by_word: dict[str, list[str]] = {}
    by_words: dict[frozenset[str], list[str]] = {}
    for key, (words, _) in words_a.items():
        by_words.setdefault(words, []).append(key)
        for w in words:
            by_word.setdefault(w, []).append(key)
    # the word sets each article writes as a name: two names of other heads written in one
    # article are two things ("Doctor Who" and "Doctor Who Live"; "Red Sox" and "Boston Red Sox"
    # keep one head and may be one team), never one named at more or less length
    written_a = {words_of[e.key] for e in ents_a if e.via in ("name", "media")}
    written_b = {words_of[e.key] for e in ents_b if e.via in ("name", "media")}
    out: dict[str, str] = {}
    for e in ents_b:
        if e.key in taken or e.key in words_a or e.via not in ("name", "media") or _longer_name_is_another(e) or e.key in out:
            continue
        mine = words_of[e.key]
        if len(mine) < 2:
            continue  # (a fit shares two words at least)

        def fits(k: str, mine: frozenset[str] = mine, kind: str = e.kind, key: str = e.key) -> bool:
            theirs, their_kind = words_a[k]
            return (worded_alike(mine, theirs)
                    and (mine == theirs or _one_head(key, k) or not (theirs in written_b or mine in written_a))
                    and (kind == their_kind or "other" in (kind, their_kind)) and _same_building(key, k)
                    and not _body_inside(key, k))

        # Only one fit matters, so the search stops at a second: A's names holding all of these
        # words come from the shortest word list, those holding only some of them from the
        # subsets of these words (a page of capitalised words would otherwise compare every
        # name with every other).
        found: set[str] = set()
        shortest = min((by_word.get(w, ()) for w in mine), key=len)
        for k in shortest:
            if fits(k):
                found.add(k)
                if len(found) > 1:
                    break
        if len(found) < 2:
            if len(mine) <= _MAX_SUBSET_WORDS:
                for size in range(2, len(mine)):
                    for words in combinations(sorted(mine), size):
                        found.update(k for k in by_words.get(frozenset(words), ()) if fits(k))
            else:
                found.update(k for w in mine for k in by_word.get(w, ()) if fits(k))
        if len(found) == 1:
            out[e.key] = found.pop()
    return one_to_one(out)


def _surname_before_generation(key: str) -> str | None:
    """The surname of a name of three words or more ending in a generation's mark ("arcade joseph
    vallier jr": "vallier"), else None."""
    words = key.split()
    if len(words) >= 3 and words[-1] in _GENERATIONS:
        return words[-2]
    return None


def _typos(own: list[Entity], other: list[Entity], lex: Lexicon, settings: EntitySettings) -> dict[str, str]:
    """A one-word name here that no word list knows and that is one slip of the keyboard from a
    one-word name there ("Marlwoville" / "Marlowville": two letters swapped, one dropped or added,
    the first letter kept): one referent, misspelt on one side (key here -> key there). Not when
    this article writes the other spelling too, nor a given name."""
    min_letters = settings.name_slip_min_letters
    own_keys = {e.key for e in own}
    other_keys = {e.key for e in other}
    sources = [key for key in {e.key for e in own if e.via == "name"} - other_keys
               if " " not in key and len(key) >= min_letters and key.isalpha()]
    if not sources:
        return {}
    frequencies = lex.background
    given = known_given_names()
    sources = [key for key, zipf in zip(sources, map(frequencies.get, sources, repeat(0.0)))
               if zipf <= UNKNOWN_WORD_ZIPF and key not in given]
    if not sources or len(sources) > settings.name_slip_max_names:
        return {}  # (none, or a roster of unknown names: see EntitySettings)
    targets = [key for key in {e.key for e in other if e.via in ("name", "media")} - own_keys if " " not in key]
    return slips_between(sources, targets, min_letters)


@functools.cache
def _administrative_words() -> frozenset[str]:
    """only_in.json's administrative_words ("autonomous", "region", "province")."""
    return frozenset(_only_in_words()["administrative_words"])


def _administrative_forms(own: list[Entity], other: list[Entity]) -> dict[str, str]:
    """A place named here with the words of its administrative unit after the name the other
    article gives it ("Inner Mongolia Autonomous Region" / "Inner Mongolia", "Hubei Province" /
    "Hubei"), or the other way: one place, named at more length (key here -> key there). Only
    when one place there fits."""
    places_there: dict[str, set[str]] = {}  # by first word: a longer name opens with the shorter
    for key in {e.key for e in other if e.kind == "place" and e.via in ("name", "media")}:
        places_there.setdefault(key.split(" ", 1)[0], set()).add(key)
    if not places_there:
        return {}
    words = _administrative_words()
    out: dict[str, str] = {}
    for key in {e.key for e in own if e.kind == "place"}:
        candidates = places_there.get(key.split(" ", 1)[0], ())
        if not candidates or key in candidates:
            continue
        found = None
        for there in candidates:
            short, long = (there, key) if len(there) < len(key) else (key, there)
            if long.startswith(short + " ") and all(w in words for w in long[len(short) + 1:].split()):
                found = there if found is None else ""
        if found:
            out[key] = found
    return out


def _bare_heads(own: list[Entity], other: list[Entity]) -> dict[str, str]:
    """A name that is only a kind's head word here ("the Gulf", "the Party") and the head of the
    one longer name of that kind there ("Persian Gulf"): one referent, named short (key here ->
    key there). Not when this article writes a longer name ending in it, nor when the other
    writes the word alone too; a name that is no head word ("Africa" / "South Africa") is
    another place."""
    single = [e for e in own if " " not in e.key and e.via != "short"]
    head_kinds = {key: name_head_kind(key) for key in {e.key for e in single}}  # each distinct key read once
    heads = {e.key: e.kind for e in single if head_kinds[e.key] is not None}
    if not heads:
        return {}
    longer_here = {_head_word(e.key) for e in own if " " in e.key}
    other_keys = {e.key for e in other}
    found: dict[str, str | None] = {}
    for e in other:
        if " " not in e.key or e.via not in ("name", "media"):
            continue
        head = _head_word(e.key)
        kind = heads.get(head)
        if kind is None or head in longer_here or head in other_keys or not (kind == e.kind or "other" in (kind, e.kind)):
            continue
        found[head] = e.key if found.get(head, e.key) == e.key else None
    return {k: t for k, t in found.items() if t}


_TEAM_KINDS = frozenset({"organisation", "other", "group"})


def _streets_of_towns(own: list[Entity], other: list[Entity]) -> dict[str, str]:
    """A street this article names bare ("High Street") that the other names with its town before
    it ("Wellington High Street"), the town a place either article names: one street, named at
    more or less length (own key -> the other's). "Main Street" stays apart from "Old Main
    Street": "Old" is no place."""
    towns = {e.key for e in (*own, *other) if e.kind == "place"}
    longer: dict[str, list[str]] = {}
    for e in other:
        words = e.key.split()
        if e.kind == "place" and len(words) >= 3 and words[-1] in STREET_WORDS:
            for cut in range(1, len(words) - 1):
                if " ".join(words[:cut]) in towns:
                    longer.setdefault(" ".join(words[cut:]), []).append(e.key)
    if not longer:
        return {}
    out = {}
    for e in own:
        found = set(longer.get(e.key, ()))
        if e.kind == "place" and len(found) == 1:
            out[e.key] = found.pop()
    return out


def _sites_named_after_places(groups: dict[str, list[Entity]]) -> list[str]:
    """One article's streets and sites (keys) of two words or more: what may open with the name
    of the town they are in ("Wellington High Street", "Kabul Airport")."""
    return [key for key, ms in groups.items() if " " in key
            and (key.rsplit(" ", 1)[-1] in STREET_WORDS or is_facility(key)) and _kind(ms) == "place"]


def _written_in(mentions: list[Entity], heading: str) -> bool:
    """Whether a headline or standfirst writes one of the mentions as it stands, a whole word
    with its capitals ("Wellington" in "Wellington supermarket fire")."""
    # (the plain substring test first: most names are not in a headline, and each pattern is
    # compiled for its one text)
    return any(text in heading and re.search(rf"(?<![\w-]){re.escape(text)}(?![\w-])", heading)
               for text in {m.text for m in mentions})


def _in_compound(text: str, m: Entity) -> bool:
    """Whether a mention is a half of a hyphened compound that says where something else is: a
    place's adjective ("London-based", "Texas-based": only_in.json place_compound_suffixes) or a
    route between two names ("Baghdad-Damascus"). Not "Chinese-brokered", "Washington-backed":
    there the place acts."""
    after = _HYPHEN_WORD.match(text, m.end)
    if after is not None and (after.group(1)[0].isupper() or after.group(1).casefold() in _place_compound_suffixes()):
        return True
    before = _WORD_HYPHEN.search(text, max(0, m.start - 40), m.start)
    return before is not None and before.group(1)[0].isupper()


_HYPHEN_WORD = re.compile(r"-([^\W\d_][\w']*)")


def _members_acting(text: str, m: Entity) -> bool:
    """Whether a people's demonym stands before a noun of persons or of that people's groups
    ("Kurdish fighters", "Kurdish groups": only_in.json people_group_nouns): members of the
    people, not an adjective of a thing ("the Jewish state")."""
    if m.kind != "group":
        return False
    after = _LOWER_WORD_AFTER.match(text, m.end)
    return after is not None and (after.group(1) in _people_group_nouns() or _noun_of_a_person(after.group(1)))


@functools.cache
def _people_group_nouns() -> frozenset[str]:
    return frozenset(_only_in_words()["people_group_nouns"])


def _acting_compound(text: str, m: Entity) -> bool:
    """Whether a mention opens a compound with a past participle in which it acts ("a
    Chinese-brokered deal", "Iranian-backed militias", "Saudi-led coalition"), not one that says
    where something is ("London-based": _in_compound)."""
    after = _HYPHEN_WORD.match(text, m.end)
    if after is None:
        return False
    word = after.group(1)
    return word.islower() and word.endswith(("ed", "run")) and word not in _place_compound_suffixes()
_WORD_HYPHEN = re.compile(r"(?<![\w-])([^\W\d_][\w']*)-$")


@functools.cache
def _place_compound_suffixes() -> frozenset[str]:
    return frozenset(_only_in_words()["place_compound_suffixes"])


def _names_a_kind_of_person(key: str) -> bool:
    """A name of no kind whose last word is a noun of a kind of person ("Liberal Democrat",
    "Young Republican"): a party's or a group's member named by its kind, no entity."""
    return _noun_of_a_person(key.rsplit(" ", 1)[-1])  # (no name's noun: "the Ortegas" are a family)


_LOWER_WORD_AFTER = re.compile(r" ([a-z]+)\b")


def _before_a_person_noun(text: str, m: Entity) -> bool:
    """Whether a mention describes the noun of a person right after it ("Liberal Democrat
    leader", "a Young Republican activist"): a label of the person, no name of its own."""
    after = _LOWER_WORD_AFTER.match(text, m.end)
    return after is not None and _noun_of_a_person(after.group(1))


def _noun_of_a_person(word: str) -> bool:
    """Whether a word is a common noun (in any form) whose kind is a person ("leader", "members")."""
    noun = nouns()
    lemma = noun.common_lemma(word)
    return lemma is not None and noun.kind(lemma) == "person"


_QUOTE_OPENERS = frozenset("\"'“‘«")
_QUOTE_CLOSERS = frozenset("\"'”’»")


def _quoted_word(text: str, m: Entity) -> bool:
    """Whether a mention stands alone between quotation marks ("a wave of “Rellmania”")."""
    return m.start > 0 and text[m.start - 1] in _QUOTE_OPENERS and text[m.end : m.end + 1] in _QUOTE_CLOSERS


def _coined_from_a_name(key: str, name_words_here: set[str], lex: Lexicon, common_zipf: float) -> bool:
    """A word made of a word of a person's name the article writes and an English word of four
    letters or more at least common_zipf common ("rellmania" of Rell and "mania"): a coinage on
    the name, no name."""
    return any(key.startswith(w) and len(key) - len(w) >= 4 and lex.is_common(key[len(w):], common_zipf)
               for w in name_words_here)


def _team_short_forms(own: list[Entity], other: list[Entity]) -> dict[str, str]:
    """A capitalised plural alone here ("the Browns") and the last word of a body's longer name
    there ("the Cleveland Browns"): the team or body named short (key here -> key there). Not
    when this article writes a longer name ending in it, nor when the other writes the word
    alone too; of several longer names there, the one written most, if one is ("Cleveland
    Browns" 5x over a stats credit's "PFF CLE Browns" once). "Browns" is never "Brown"."""
    plurals = {e.key for e in own if " " not in e.key and e.via == "name" and e.kind in _TEAM_KINDS
               and len(e.key) > 4 and e.key.endswith("s") and not e.key.endswith("ss") and e.text[:1].isupper()
               and not e.text.isupper()}
    if not plurals:
        return {}
    plurals -= {e.key.rsplit(" ", 1)[-1] for e in own if " " in e.key}
    plurals -= {e.key for e in other}
    counts: dict[str, Counter] = {}
    for e in other:
        if " " in e.key and e.via in ("name", "media") and e.kind == "organisation" and (tail := e.key.rsplit(" ", 1)[-1]) in plurals:
            counts.setdefault(tail, Counter())[e.key] += 1
    found = {}
    for tail, keys in counts.items():
        ranked = keys.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            found[tail] = ranked[0][0]
    return found


def _head_word(key: str) -> str:
    """A name's head: its last word, or the word before "of" ("gulf" of "Gulf of Oman")."""
    words = key.split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _one_head(x: str, y: str) -> bool:
    """Two names ending in one word ("Red Sox" / "Boston Red Sox"): the longer one qualifies the
    shorter, where "Doctor Who Live" adds a head of its own."""
    return x.rsplit(" ", 1)[-1] == y.rsplit(" ", 1)[-1]


def _fold_contained(items: list[OnlyIn]) -> list[OnlyIn]:
    """One article's only-in people, a shorter name folded into the one longer person's name that
    holds all its words ("McCord" into "James W. McCord Jr", "Gordon Liddy" into "G. Gordon
    Liddy"): the article's own short form, not another person it alone names. Places and
    organisations are not folded ("Anchorage" / "Anchorage Daily News")."""
    words = [name_words(name_key(item.entity)) for item in items]
    people: dict[str, list[int]] = {}
    for j, v in enumerate(words):
        if items[j].kind == "person":
            for w in v:
                people.setdefault(w, []).append(j)
    into: dict[int, int] = {}
    for i, w in enumerate(words):
        if not w or items[i].kind not in ("person", "other", None):
            continue
        # the people whose names hold every word, from the shortest word list; one holder only
        # counts, so the search stops at a second
        holders: list[int] = []
        for j in min((people.get(x, ()) for x in w), key=len):
            if j != i and w <= words[j] and (w < words[j] or len(items[i].entity) < len(items[j].entity)):
                holders.append(j)
                if len(holders) > 1:
                    break
        if len(holders) == 1:
            into[i] = holders[0]
    into.update(_head_dropped(items, words, into))
    into.update(_titled_people(items, into))
    into.update(_own_acronyms(items, into))
    into.update(_qualified_tails(items, into))
    into.update(_qualifiers_dropped(items, into))
    keys = [name_key(item.entity) for item in items]
    into.update(_event_nouns_named(items, keys, into))
    into.update(_own_aliases(items, keys, into))
    folded: dict[int, list[int]] = {}  # target -> the items folded into it, in the order of into
    for i, target in into.items():
        folded.setdefault(target, []).append(i)
    out = []
    for j, item in enumerate(items):
        if j in into:
            continue
        extra = tuple(sp for i in folded.get(j, ()) for sp in items[i].spans)
        out.append(OnlyIn(item.entity, tuple(sorted(item.spans + extra, key=lambda sp: sp.start)), item.kind) if extra else item)
    return out


def _titled_people(items: list[OnlyIn], taken: dict[int, int]) -> dict[int, int]:
    """An other name that ends with the whole name (two words or more) of a person the article
    alone names, folded into that person: a title or honour glued before the name ("Super Bowl
    MVP Drew Brees" / "Drew Brees"), the same person, not another thing."""
    people = {}
    for j, item in enumerate(items):
        if item.kind == "person" and " " in item.entity:
            people.setdefault(name_key(item.entity), j)
    into: dict[int, int] = {}
    if not people:
        return into
    for i, item in enumerate(items):
        if item.kind != "other" or i in taken or item.entity.count(" ") < 2:
            continue
        ws = name_key(item.entity).split()
        for k in range(1, len(ws) - 1):
            j = people.get(" ".join(ws[k:]))
            if j is not None:
                into[i] = j
                break
    return into


def _qualified_tails(items: list[OnlyIn], taken: dict[int, int]) -> dict[int, int]:
    """A body's or an event's name of two words or more that ends the one longer item of its
    kind in the same article, after words that name a place or a body ("Security Council" after
    "UN Security Council", "civil war" after "Syrian Civil War"): the article's own short form of
    it, one omission, not two. Other words make another body ("Church of Jesus Christ of
    Latter-day Saints" / "Fundamentalist Church of ..."); one word alone stays apart
    ("Anchorage" / "Anchorage Daily News")."""
    keys = [name_key(item.entity) for item in items]
    ending: dict[str, list[int]] = {}  # each key's endings of whole words, shorter than the key
    for j, key in enumerate(keys):
        words = key.split(" ")
        for k in range(1, len(words)):
            ending.setdefault(" ".join(words[k:]), []).append(j)
    out = {}
    for i, item in enumerate(items):
        if i in taken or " " not in keys[i] or item.kind not in ("organisation", "event", "group", "other"):
            continue
        holders = [j for j in ending.get(keys[i], ()) if j != i and items[j].kind in (item.kind, "other")]
        if len(holders) == 1 and _place_or_body(_qualifier(items[holders[0]].entity, len(keys[i].split()))):
            out[i] = holders[0]
    return out


def _qualifiers_dropped(items: list[OnlyIn], taken: dict[int, int]) -> dict[int, int]:
    """A body's name that keeps the first word and the head of the one longer body's name of its
    article, without the qualifiers between or the complement after ("the House Committee" /
    "the House Select Committee on Intelligence"): the article's own short form, one omission.
    A name that drops the first word is another body ("Security Council" / "National Security
    Council")."""
    bodies = [(j, name_key(item.entity).split()) for j, item in enumerate(items) if item.kind == "organisation"]
    out = {}
    for i, short in bodies:
        if i in taken or len(short) < 2:
            continue
        holders = [j for j, long in bodies if j != i and len(long) > len(short) and _short_form_of(short, long)]
        if len(holders) == 1:
            out[i] = holders[0]
    return out


def _event_nouns_named(items: list[OnlyIn], keys: list[str], taken: dict[int, int]) -> dict[int, int]:
    """An event told by its common noun alone ("election") that ends the name of the one event
    the article names with it ("General Election"): that event again, one omission. keys: the
    items' name keys."""
    ending: dict[str, list[int]] = {}
    for j, item in enumerate(items):
        if item.kind == "event" and " " in keys[j]:
            ending.setdefault(keys[j].rsplit(" ", 1)[-1], []).append(j)
    out = {}
    if not ending:
        return out
    for i, item in enumerate(items):
        key = keys[i]
        holders = ending.get(key, ()) if item.kind == "event" and " " not in key and i not in taken else ()
        if len(holders) == 1:
            out[i] = holders[0]
    return out


@functools.cache
def _alias_groups() -> dict[str, int]:
    """naming.json's aliases (names of one referent: "Islamic State", "ISIS"): key -> group."""
    return {name_key(name): n for n, group in enumerate(naming_data()["aliases"]) for name in group}


def _own_aliases(items: list[OnlyIn], keys: list[str], taken: dict[int, int]) -> dict[int, int]:
    """Two of one article's only-in items that are names of one referent ("Islamic State" and
    "ISIS", naming.json aliases): one omission, folded into the first listed. keys: the items'
    name keys."""
    groups = _alias_groups()
    first: dict[int, int] = {}
    out = {}
    for i in range(len(items)):
        group = groups.get(keys[i])
        if group is None or i in taken:
            continue
        if group in first:
            out[i] = first[group]
        else:
            first[group] = i
    return out


def _short_form_of(short: list[str], long: list[str]) -> bool:
    """Whether the words ``short`` open as ``long`` opens and end on its head (its last word
    before "of", "on", "for"), keeping some of the words between in their order."""
    link = next((x for x in range(1, len(long)) if long[x] in NAME_LINKS), len(long))
    head = long[:link]
    if short[0] != head[0] or short[-1] != head[-1] or len(head) < 2:
        return False
    rest = iter(head[1:-1])
    return all(w in rest for w in short[1:-1])


def _qualifier(name: str, tail_words: int) -> str:
    """The words of a name before its last ``tail_words`` (as name_key counts them)."""
    words = name.split()
    while words and len(name_key(" ".join(words)).split()) > tail_words:
        words.pop(0)
    return name[: len(name) - len(" ".join(words))].strip()


@functools.lru_cache(maxsize=1024)
def _place_or_body(words: str) -> bool:
    """Whether words read as a place or a body's name ("UN", "U.S.", "Syrian", "National
    League"), read in a plain sentence as the entity finder reads any name."""
    from sidebyside.compare.entities import find_entities

    if not words:
        return False
    frame = "They met the "
    found = [e for e in find_entities(f"{frame}{words} officials on Monday.") if e.kind in ("place", "organisation")]
    # every letter and digit of the words inside a place's or a body's name
    return all(any(e.start <= len(frame) + at < e.end for e in found) for at, ch in enumerate(words) if ch.isalnum())


def _own_acronyms(items: list[OnlyIn], taken: dict[int, int]) -> dict[int, int]:
    """An acronym among one article's only-in items spelling the initials of the one longer
    item of that article ("UN" and "United Nations" it writes both): one body, named short and
    long, not two omissions. A person's initials are no acronym of the person."""
    by_initials: dict[str, list[int]] = {}
    for j, item in enumerate(items):
        key = name_key(item.entity)
        if " " in key and item.kind != "person":
            by_initials.setdefault(_initials_of(key), []).append(j)
    out = {}
    for i, item in enumerate(items):
        letters = item.entity.replace(".", "")
        if i in taken or " " in letters or not (letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 8):
            continue
        holders = by_initials.get(letters.casefold(), ())
        if len(holders) == 1 and item.kind in (items[holders[0]].kind, "other", None):
            out[i] = holders[0]
    return out


def _head_dropped(items: list[OnlyIn], words: list[frozenset[str]], taken: dict[int, int]) -> dict[int, int]:
    """One-word items that are the one longer item of their article without its head: "Macworld"
    after "Macworld Expo", "Peabody" after "Peabody College" (a name's head is often left out; an
    item whose last word is no head, "Intel HD Graphics", keeps its own first word apart, and a
    place is no organisation named after it)."""
    by_first: dict[str, list[int]] = {}
    for j, item in enumerate(items):
        key = name_key(item.entity).split()
        if len(key) == 2 and name_head_kind(key[1]) is not None:
            by_first.setdefault(key[0], []).append(j)
    out = {}
    for i, item in enumerate(items):
        key = name_key(item.entity)
        holders = by_first.get(key, ()) if " " not in key and i not in taken else ()
        # of one kind, or a name of no known kind: "Boston" the city is not "Boston University"
        if len(holders) == 1 and item.kind in (items[holders[0]].kind, "other", None):
            out[i] = holders[0]
    return out


def match_entities(
    ents_a: list[Entity],
    ents_b: list[Entity],
    outlets: tuple[str | None, str | None] = (None, None),
    texts: tuple[str, str] | None = None,
    settings: NamingSettings = DEFAULT.compare.naming,
    languages: tuple[str | None, str | None] = (None, None),
    headings: tuple[str, str] = ("", ""),
) -> EntityMatch:
    """outlets: each article's own outlet name; an outlet naming itself ("she told the Meridian
    Post") is not an entity the other article leaves out. texts: the two articles' texts; when
    one is written in another script, a name is looked for there by transliteration
    (cross_script.py) before it is called only-in. languages: each article's language tag; in
    a language that capitalises its nouns a capital alone makes no name (_capitals_say_nothing).
    headings: each article's headline and standfirst, where they stand apart from its text; a
    name the other writes there ("Wellington supermarket fire") is no omission of the other's."""
    surnames_a, surnames_b = _surnames(ents_a), _surnames(ents_b)
    given = _given_names(ents_a, ents_b)
    maps = (_key_map(ents_a, surnames_b, given, texts[0] if texts else None),
            _key_map(ents_b, surnames_a, given, texts[1] if texts else None))
    suffixed = _suffixed_names(ents_a, ents_b)
    for side, mapping in enumerate(maps):
        for key, target in suffixed[side].items():
            mapping.setdefault(key, target)
    for own, other, mapping in ((ents_a, ents_b, maps[0]), (ents_b, ents_a, maps[1])):
        for key, target in _short_forms(own, other).items():
            mapping.setdefault(key, target)
    families = _families(ents_a) | _families(ents_b)
    for own, other, mapping in ((ents_a, ents_b, maps[0]), (ents_b, ents_a, maps[1])):
        for key, target in _generation_names(own, other, families).items():
            mapping.setdefault(key, target)
        for key, target in _initialisms(own, other).items():
            mapping.setdefault(key, target)
    for own, other, mapping in ((ents_a, ents_b, maps[0]), (ents_b, ents_a, maps[1])):
        for key, target in _acronym_tails(own, other).items():
            mapping.setdefault(key, target)
    maps[1].update(_variant_names(ents_b, {e.key for e in ents_a}, surnames_a, surnames_b))
    for key, target in _spelling_variants(ents_a, ents_b, settings).items():
        maps[1].setdefault(key, target)
    for key, target in _longer_names(ents_a, ents_b, set(maps[1])).items():
        maps[1].setdefault(key, target)
    for own, other, mapping in ((ents_a, ents_b, maps[0]), (ents_b, ents_a, maps[1])):
        for key, target in _bare_heads(own, other).items():
            mapping.setdefault(key, target)
        for key, target in _administrative_forms(own, other).items():
            mapping.setdefault(key, target)
        for key, target in _streets_of_towns(own, other).items():
            mapping.setdefault(key, target)
        team_forms = _team_short_forms(own, other)
        if team_forms:
            # over a surname match: "the Browns" is the team, not "PFF CLE Browns" read as a person
            people_there = {e.key for e in other if e.kind == "person"}
            for key, target in team_forms.items():
                if mapping.get(key) is None or mapping[key] in people_there:
                    mapping[key] = target
    # B's name pointed at a key of A's that A itself files under another ("W. Mark Felt" at
    # "W. Mark Felt Sr", which A files under "W. Mark Felt"): follow A's filing
    for key, target in list(maps[1].items()):
        maps[1][key] = maps[0].get(target, target)
        if maps[1][key] == key:
            del maps[1][key]
    # and the other way: A's name pointed at a name of B's that B files under one of A's ("EYP
    # MCF" at B's "EYP Mission Critical Facilities Inc", filed under A's spelt-out name)
    for key, target in list(maps[0].items()):
        if maps[1].get(target) is not None:
            maps[0][key] = maps[1][target]
            if maps[0][key] == key:
                del maps[0][key]
    for own, other, mapping, other_mapping in ((ents_a, ents_b, maps[0], maps[1]), (ents_b, ents_a, maps[1], maps[0])):
        for key, target in _opening_acronyms(own, other, mapping, other_mapping).items():
            mapping.setdefault(key, target)
    groups: list[dict[str, list[Entity]]] = [{}, {}]
    for side, ents in enumerate((ents_a, ents_b)):
        for e in ents:
            key = maps[side].get(e.key, e.key)
            groups[side].setdefault(key, []).append(e)
    names: dict[str, str] = {}
    for side in (0, 1):
        for key, mentions in groups[side].items():
            candidates = [m.name for m in mentions if m.via != "demonym"] or [mentions[0].name]
            longest = max(len(c) for c in candidates)
            best = stable_name([c for c in candidates if len(c) == longest])
            if len(best) > len(names.get(key, "")):
                names[key] = best
    lex = lexicon()
    shared = tuple(names[k] for k in groups[0] if k in groups[1] and _reported(groups[0][k] + groups[1][k], lex, settings))
    checks = (ForeignText(texts[0], settings), ForeignText(texts[1], settings)) if texts else (None, None)
    only: list[tuple[OnlyIn, ...]] = []
    written = ({name_key(e.text) for e in ents_a}, {name_key(e.text) for e in ents_b})
    credits = (credit_spans(texts[0]) + media_promo_lines(texts[0]), credit_spans(texts[1]) + media_promo_lines(texts[1])) if texts else ([], [])
    # (most texts hold no link and no handle: their names are never read back for one)
    linked = tuple(bool(t) and ("://" in t or "www." in t or "@" in t or _BARE_LINK_END.search(t) is not None) for t in texts) if texts else (False, False)
    sides = (ents_a, ents_b)
    noun_grammar = tuple(_noun_capitalising_grammar(language) for language in languages)
    foreign = tuple(bool(texts) and primary_subtag(language) not in (None, "", "en") for language in languages)
    for side in (0, 1):
        other = groups[1 - side]
        # slips of the keyboard: of a name the other writes ("Schnectady" / "Schenectady") or of
        # one this article writes right elsewhere ("Browsnville" / "Brownsville"); left out of
        # the list only, so that no naming chain shows a slip as another name
        slipped = set(_typos(sides[side], sides[1 - side], lex, settings.entities)) | set(typos_of_names(sides[side], lex, settings.entities))
        spellings = None
        items = []
        openers: set[int] = set()  # the ids of items whose every mention opens a sentence, in a non-English article
        owns = outlet_keys(outlets[side], texts[side] if texts else "")  # the outlet naming itself: no omission
        last_words = None
        full_surnames = None
        bodies_there = None  # the other article's organisations' keys, padded with spaces
        places_there = None  # the other article's streets and sites named after a place (keys)
        persons_here = None  # the words of this article's people's names (see _coined_from_a_name)
        family_names_here = None  # the last words of this article's people's full names
        for key, mentions in groups[side].items():
            if key in other or not _reported(mentions, lex, settings) or key in owns:
                continue
            kind = _kind(mentions)  # (once: most checks below ask it)
            if any(own.startswith(key + " ") for own in owns) and kind in ("organisation", "other"):
                continue  # "CBS" in an article of CBS News: the outlet naming itself
            if " " not in key and key.endswith("s") and len(key) > 4:
                last_words = {k.rsplit(" ", 1)[-1] for k in other} if last_words is None else last_words
                if key[:-1] in last_words:
                    continue  # "the Klitschkos": a family the other article names by one of them
            if _in_spans(mentions, credits[side]):
                continue  # the article's own reporters and agency, named in its credit line, or
                # the names of a video's title the page left in the body (cues.media_promo_lines)
            if _not_a_name(mentions):
                continue
            if all(m.via == "demonym" and m.text.casefold() != m.name.casefold()
                   and not (texts and (_acting_compound(texts[side], m) or _members_acting(texts[side], m)))
                   for m in mentions):
                continue  # "Palestinian land", "British actor", "Jewish state": an adjective, no
                # mention of the place or people; it may join a place the article names, never
                # make one (an article that never writes "Palestine" does not name it: reader29).
                # Not "a Chinese-brokered deal": there the country acts (entities29); nor "Kurdish
                # groups", members of a people
            if texts and all(_in_american_compound(texts[side], m, lex) for m in mentions):
                continue  # "African American voters": a people of the US, neither Africa nor the US
            if texts and kind == "place" and all(_person_label(texts[side], m) for m in mentions):
                continue  # "the Ukrainian dominated", "the Kiev fighter": a person's label, not the place
            if kind == "place":
                if bodies_there is None:
                    heads = _jurisdiction_heads()
                    bodies_there = [f" {k} " for k, ms in other.items()
                                    if " " in k and k.rsplit(" ", 1)[-1] in heads and _kind(ms) == "organisation"]
                if any(f" {key} " in body for body in bodies_there):
                    continue  # "Ridgeway" here, "Ridgeway Police Department" there: the place is
                    # named with the body that polices it (not "New York" in "New York Daily News")
                if places_there is None:
                    places_there = _sites_named_after_places(other)
                if any(site.startswith(key + " ") for site in places_there):
                    continue  # "Wellington" here, "Wellington High Street" there: the town's street
                if texts and all(_in_compound(texts[side], m) for m in mentions):
                    continue  # "the London-based website", "the Baghdad-Damascus highway": a
                    # compound's half that describes something else, no place the story tells
            if headings[1 - side] and _written_in(mentions, headings[1 - side]):
                continue  # the other's headline or standfirst names it ("Wellington supermarket fire")
            if noun_grammar[side] is not None and _capitals_say_nothing(names[key], kind, noun_grammar[side]):
                continue  # "Funktion", "Version der Anwendung": German nouns, capitalised as all are
            if key in slipped:
                continue  # a slip of the keyboard, see above
            if " " in key and (surname := _surname_before_generation(key)) in other:
                if full_surnames is None:
                    full_surnames = {k.rsplit(" ", 1)[-1] for k in other if " " in k}
                if surname not in full_surnames:
                    continue  # "Arcade Joseph Vallier Jr" here, "Vallier" alone there, no
                    # Vallier named in full there: one man, named short
            if kind in ("person", "other"):
                spellings = _other_spellings(other, settings.translit_min_letters) if spellings is None else spellings
                if _spelt_otherwise(key, spellings, settings.translit_min_letters):
                    continue  # "Zelenskyy" here, "Zelenskiy" there: one person, spelt another way
            if all(name_key(m.text) in written[1 - side] for m in mentions):
                continue  # the other article writes this very name ("Felt"), chained there to
                # a fuller one this article leaves apart: a naming difference, not an omission
            if checks[1 - side] is not None and checks[1 - side].names_any(mentions, names[key], texts[side]):
                continue
            if texts and all(m.via == "event" for m in mentions) and (
                    not (shared or _situation_label(mentions)) or not _event_only_here(mentions, texts[side], texts[1 - side], settings)):
                continue  # "the evacuation", "the crisis": what this article calls an event of the
                # story; and with no name shared, the other tells another story, whose events
                # are not left out of it ("election" beside a story of a refugee camp)
            if texts and kind == "other" and all(_before_a_person_noun(texts[side], m) for m in mentions) \
                    and _names_a_kind_of_person(key):
                continue  # "former Liberal Democrat leader": a party's member, no entity
            if texts and kind == "other" and " " not in key:
                if persons_here is None:
                    persons_here = {w for k, ms in groups[side].items() if _kind(ms) == "person" for w in k.split() if len(w) >= 3}
                if family_names_here is None:
                    family_names_here = {k.rsplit(" ", 1)[-1] for k, ms in groups[side].items() if " " in k and _kind(ms) == "person"}
                if key in family_names_here and all(_LOWER_WORD_AFTER.match(texts[side], m.end) for m in mentions):
                    continue  # "the group's Rell network" beside "Dan Rell", "Ivo Rell": the family's
                    # name describing its network or clan, no referent of its own (reader29)
                if all(_quoted_word(texts[side], m) for m in mentions) and _coined_from_a_name(key, persons_here, lex, settings.sentence_case_zipf):
                    continue  # a wave of "Rellmania": a word coined on a name the article writes
            if texts and all(_in_title_case(texts[side], m.start, m.end, lex, settings) for m in mentions):
                continue  # "Shows Dramatic Rescue": capitals of a headline left in the body, no name
            if texts and len(mentions) > 1 and all(_counted_unit(texts[side], m.start, m.end) for m in mentions):
                continue  # "1 sack, 1 TFL, 2 QH.": what a number counts, row after row, no name;
                # one count alone may be of a named body's members ("35 UMP (sur 198)"): kept
            if linked[side] and all(_in_link(texts[side], m.start) for m in mentions):
                continue  # "https://t.co/XPxUJuyIAC", "@RobertMaguire_": a link or a handle, no name
            if texts and all(_heading_line(texts[side], m.start, m.end, settings.heading_max_chars)
                             and (kind == "other" or m.text.isupper()) for m in mentions):
                continue  # "BLACK DEATH FEARS", "Did Not Practice:": a kicker, subheading or label;
                # in a line wholly in capitals no kind holds either: "WHO IS THE FRONT-RUNNER?"
                # is no health body, "HOW WILL OBAMA PLAY?" no organisation
            spans = tuple(Span(m.start, m.end) for m in mentions)
            items.append(OnlyIn(entity=_own_name(mentions) if kind == "place" else names[key], spans=spans, kind=kind))
            if foreign[side] and kind == "other" and " " not in key and all(
                    _in_sentence_case(m.text) and _opens_sentence(texts[side], m.start) for m in mentions):
                openers.add(id(items[-1]))
        # a word in plain sentence case that only ever opens a sentence, in a language other
        # than English ("Deixe", "Obrigado", "Estou" after "Prof. Ana:"; not "UMP" nor
        # "AgileBits"), is no name of its own: see _opens_sentence.
        # Left out after folding, so that a speaker's label ("Tiago:") still counts for the
        # person it names in full ("Tiago Morais")
        only.append(tuple(item for item in _fold_contained(items) if id(item) not in openers))
    return EntityMatch(maps, shared, (only[0], only[1]))


_EVENT_SUFFIXES = ("ations", "ation", "ions", "ion", "ings", "ing", "s")
# a capitalised word mid-sentence, then at most two lower-case words, before the noun
_NAME_BEFORE = re.compile(r"(?<![.!?:\"“\s])\s+[A-Z][\w-]*(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}$")


@functools.lru_cache(maxsize=1)
def _only_in_words() -> dict:
    return json.loads(resource(TERMS_DIR).joinpath("only_in.json").read_text(encoding="utf-8"))


def _situation_labels() -> frozenset[str]:
    return frozenset(_only_in_words()["situation_labels"])


def _situation_label(mentions: list[Entity]) -> bool:
    """Whether an event noun's mentions are of a situation label ("crisis"), which
    _event_only_here keeps only where a name pins one down ("Greece's debt crisis")."""
    return mentions[0].key.removeprefix("event:").split()[-1] in _situation_labels()


@functools.lru_cache(maxsize=1)
def _credit_cue() -> re.Pattern:
    cues = _only_in_words()["credit_lines"]
    anywhere = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues["anywhere"])
    opening = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues["opening"])
    return re.compile(rf"(?<!\w)(?:{anywhere})(?!\w)|(?:^|(?<=[\n(])|(?<=[.!?;]\s))\s*(?:{opening})(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _credit_hint() -> tuple[tuple[str, ...], re.Pattern]:
    """The cue phrases' first words, and the phrases as a case-sensitive pattern for case-folded
    text: a text with no credit line (most) is told so by a few substring searches, and the full
    cue pattern, whose assertions and case-insensitive alternatives are tried at every
    character, runs only on a text that has one of the phrases."""
    cues = _only_in_words()["credit_lines"]
    phrases = [c.casefold() for c in (*cues["anywhere"], *cues["opening"])]
    first_words = tuple(sorted({c.split()[0] for c in phrases}))
    return first_words, re.compile("|".join(re.escape(c).replace(r"\ ", r"\s+") for c in phrases))


_SENTENCE_OPENS = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z(“\"])|\n")
_SENTENCE_ENDS = re.compile(r"[.!?][\"'”’)]*(?=\s|$)|\n")


def _holds_a_phrase(folded: str, first_words: tuple[str, ...], phrases: re.Pattern) -> bool:
    """Whether phrases match somewhere in folded: tried only where one of their first words
    stands (a search of the pattern tries it at every character of a long text)."""
    for word in first_words:
        at = folded.find(word)
        while at >= 0:
            if phrases.match(folded, at):
                return True
            at = folded.find(word, at + 1)
    return False


def credit_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of a newsroom's credit line ("Associated Press writers Jane Doe and John Roe
    contributed to this report.", "(Reporting by Jane Doe; Editing by John Roe)") and a
    photograph's credits in brackets ("(ITV via AP)"), as offsets: whom they name made the
    article; they are no part of the story the other one tells."""
    spans = _photo_credits(text)
    first_words, phrases = _credit_hint()
    folded = casefolded(text)  # (a cue spelt with a Turkish dotted or dotless i aside, as the full pattern reads it)
    if not _holds_a_phrase(folded, first_words, phrases):
        return spans
    for cue in _credit_cue().finditer(text):
        start = 0
        for opening in _SENTENCE_OPENS.finditer(text, max(0, cue.start() - 600), cue.start()):
            start = opening.end()
        end = _SENTENCE_ENDS.search(text, cue.end())
        spans.append((start, end.end() if end else len(text)))
    return spans


@functools.lru_cache(maxsize=1)
def _photo_credit_pattern() -> re.Pattern:
    """A bracket of capitalised names only ("ITV", "AP Photo", "Jane Doe") joined by a credit's
    link ("via") or a slash, or one name holding a picture service's word ("Getty Images")."""
    words = _only_in_words()
    name = r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}"
    links = "|".join(re.escape(w) for w in words["photo_credit_links"])
    service = "|".join(re.escape(w) for w in words["photo_credit_words"])
    return re.compile(rf"\((?:{name}(?: (?:{links}) |/){name}|(?:[A-Z][\w.&'’-]* ){{1,3}}(?:{service}))\)")


def _photo_credits(text: str) -> list[tuple[int, int]]:
    """The offsets of a photograph's credits in brackets (see _photo_credit_pattern)."""
    if "(" not in text:
        return []
    return [m.span() for m in _photo_credit_pattern().finditer(text)]


# "-sky", "-skyy", "-skiy", "-ski": one Slavic ending in the transliterations outlets use
# ("Zelensky" / "Zelenskyy" / "Zelenskiy", "Dmitry" / "Dmitriy"), after a consonant


_TRANSLIT_ENDING = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])(?:iy|yy|ij|ii|y|i)$")


@functools.lru_cache(maxsize=8192)
def translit_key(key: str, min_letters: int) -> str:
    """A name's key with the Slavic ending of each word of min_letters or more written one way."""
    # (every ending ends in "i", "y" or "j": a word ending otherwise, most, skips the regex)
    return " ".join(_TRANSLIT_ENDING.sub("y", w) if len(w) >= min_letters and w[-1] in "iyj" else w
                    for w in key.split())


def _other_spellings(groups: dict[str, list[Entity]], min_letters: int) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The other article's person names (keys as written and as filed) and the surnames of its
    longer ones, each by its key as translit_key writes it."""
    names: dict[str, set[str]] = {}
    surnames: dict[str, set[str]] = {}
    for key, mentions in groups.items():
        if any(m.kind in ("person", "other") for m in mentions):
            for k in {key, *(m.key for m in mentions)}:
                names.setdefault(translit_key(k, min_letters), set()).add(k)
                if " " in k:
                    last = k.rsplit(" ", 1)[-1]
                    surnames.setdefault(translit_key(last, min_letters), set()).add(last)
    return names, surnames


def _spelt_otherwise(key: str, spellings: tuple[dict[str, set[str]], dict[str, set[str]]], min_letters: int) -> bool:
    """Whether the other article writes this person's name with another Slavic ending only
    ("Zelenskyy" / "Volodymyr Zelenskiy"): the whole name, a bare name against the surname of a
    longer one there, or a longer name's surname against a bare name there. The same spelling
    there is left to the surname rules (two Millers)."""
    names, surnames = spellings

    def otherwise(form: str, table: dict[str, set[str]]) -> bool:
        there = table.get(translit_key(form, min_letters), ())
        return bool(there) and form not in there

    if " " not in key:
        return otherwise(key, names) or otherwise(key, surnames)
    last = key.rsplit(" ", 1)[-1]
    return otherwise(key, names) or (otherwise(last, names) and " " not in next(iter(names[translit_key(last, min_letters)])))


_WORD = re.compile(r"[^\W\d_][^\W_]*")
# the words a title leaves in lower case (resources/terms/title_case.json: the small words and
# the headline words); any other word in lower case makes the line a sentence
_TITLE_SMALL_WORDS = SMALL_WORDS | HEADLINE_WORDS


def _in_title_case(text: str, start: int, end: int, lex: Lexicon, settings: NamingSettings) -> bool:
    """Whether a name stands in a line written in title case: a headline, subheading or listing
    the capture left in the body ("'We Got Her!' Video Shows Dramatic Rescue of Kidnapped Girl",
    "The Doobie Brothers Tour Dates"). There every long word is capitalised, common words
    ("Shows", "Rescue", "Dates") as much as names, so a run of capitals proves no name and the
    run's edges are guesses ("Kidnapped Girl", "Coral Sky Amphitheatre June"). Read around the
    name only (``title_case_window`` characters each way, within its line): a line of names alone
    ("Tom Johnston, John McFee") is no title, as its common words are given names."""
    room = settings.title_case_window
    lo = max(0, start - room)
    lo = max(lo, text.rfind("\n", lo, start) + 1)
    hi = min(len(text), end + room)
    newline = text.find("\n", end, hi)
    hi = hi if newline < 0 else newline
    if lo > 0 and text[lo - 1].isalnum():  # the window's edges cut no word in two ("…ptember")
        lo = max(lo, _next_space(text, lo, start))
    if hi < len(text) and text[hi].isalnum():
        hi = min(hi, max(end, text.rfind(" ", end, hi)))
    # (read lazily: prose stops at its first word in lower case, most windows after a word or two)
    if not capitalised_throughout(map(re.Match.group, _WORD.finditer(text, lo, hi)), _TITLE_SMALL_WORDS):
        return False  # "Drivers for DoorDash and the Things app met.": a sentence
    least = settings.title_case_min_letters
    long_words = [w for w in _WORD.findall(text, lo, hi) if w[0].isupper() and len(w) >= least]
    if len(long_words) < settings.title_case_min_words:
        return False
    given = known_given_names()
    common = [w for w in long_words if not w.isupper() and (low := w.lower()) not in given
              and lex.zipf(low) >= settings.title_case_common_zipf]
    return len(common) >= settings.title_case_min_common


_LINK_LOOKBACK = 300  # characters of a link or handle before the name read back (a window, no threshold: longer than any address)


def _in_link(text: str, start: int) -> bool:
    """Whether a name starts inside a link ("https://t.co/XPxUJuyIAC") or right after the "@" of
    a handle ("@RobertMaguire_"): the letters of an address, whatever their capitals."""
    if 0 < start <= len(text) and text[start - 1] == "@":
        return True
    window = text[max(0, start - _LINK_LOOKBACK):start]
    word = window[max(window.rfind(" "), window.rfind("\n"), window.rfind("\t")) + 1:]
    return "://" in word or word.startswith("www.") or _BARE_LINK.match(word) is not None


# an address written without its scheme: a host of two or more labels, then a path
# ("pic.twitter.com/I8NWz4blQC", "goo.gl/FDS4xU"), whose letters are no name
_BARE_LINK = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/")
_BARE_LINK_END = re.compile(r"\.[a-z]{2,}/")  # its host's last label and slash: whether a text may hold one


def _heading_line(text: str, start: int, end: int, room: int = DEFAULT.compare.naming.heading_max_chars) -> bool:
    """Whether a name is a line of its own kind: a line of several words wholly in capitals (a
    kicker or subheading: "BLACK DEATH FEARS", "SCORES QUARANTINED"), or a line that is the name
    and a colon (a list's label: "Did Not Practice:"). Capitals prove no name there. A single word
    in capitals ("MELBOURNE", a dateline) and a label with words after its colon (a speaker's
    "John Smith: yes") are read as usual. room: the characters a heading's line may run on
    either side of the name."""
    if not (text[start:end].isupper() or text.startswith(":", end)):
        return False  # (most names: neither in capitals nor before a colon)
    lo = text.rfind("\n", max(0, start - room), start)
    if lo < 0 and start > room:
        return False  # a line this long is prose (and is not read back to its start)
    hi = text.find("\n", end, end + room)
    if hi < 0 and end + room < len(text):
        return False
    line = text[lo + 1: len(text) if hi < 0 else hi].strip()
    if line.rstrip(":").strip() == text[start:end] and line.endswith(":"):
        return True
    return len(line.split()) >= 2 and line.isupper()


def _next_space(text: str, lo: int, start: int) -> int:
    at = text.find(" ", lo, start)
    return start if at < 0 else at


def _not_a_name(mentions: list[Entity]) -> bool:
    """A word in capitals that names nothing ("You are going to be OK", "51 KO", "figure out WTF
    it is"): only_in.json."""
    words = _not_names()
    return all(m.text.casefold() in words for m in mentions)


@functools.cache
def _noun_capitalising_grammar(language: str | None) -> frozenset[str] | None:
    """The closed-class words of a language that writes every noun with a capital (only_in.json),
    or None for any other language."""
    primary = primary_subtag(language)
    if not primary or primary not in _only_in_words().get("noun_capitalising_languages", ()):
        return None
    return listed_function_words(primary)


# a title's article opening a name ("Die Zeit", "Der Spiegel"): the one closed-class word a name holds
_LEADING_ARTICLES = frozenset({"der", "die", "das"})


def _capitals_say_nothing(name: str, kind: str, grammar: frozenset[str]) -> bool:
    """In a language that capitalises every noun, whether an only-in entry is common words, not
    a name: one word in plain sentence case that nothing marks as a place, a person or an
    organisation ("Funktion", "Sicherheit", "Sie"; "Köln" after "in" is a place, "DMEXCO" and
    "AgileBits" are written as names); a phrase holding a closed-class word of the language
    ("Version der Anwendung", "Kommen Sie", "Unser Partner"; a leading "Die" of "Die Zeit" aside);
    a person whose first word is no given name the project knows ("Neues Leitmotto")."""
    words = name.split()
    rest = words[1:] if len(words) > 1 and words[0].casefold() in _LEADING_ARTICLES else words
    if len(rest) == 1:  # "Funktion"; "Das Update" opening a sentence
        word = rest[0].replace("-", "")
        return kind == "other" and word.isalpha() and word[:1].isupper() and word[1:].islower()
    if any(word.casefold() in grammar for word in rest):
        return True
    return kind == "person" and words[0].casefold() not in known_given_names()


_DIGIT_BEFORE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?[ \u00a0]$")
_NO_WORD_AFTER = re.compile(r"[ \u00a0]*(?:[^\w\s]|\n|$)")


def _counted_unit(text: str, start: int, end: int) -> bool:
    """Whether a word in capitals is what a number written in digits counts, ending its phrase:
    a unit or a statistic's abbreviation ("2 QH.", "1 TFL, 2 INT"). A name the number qualifies
    runs on into a noun ("12 NATO allies") and stays a name."""
    word = text[start:end]
    return (word.isupper() and " " not in word and _DIGIT_BEFORE.search(text, max(0, start - 12), start) is not None
            and _NO_WORD_AFTER.match(text, end) is not None)


_THE_BEFORE = re.compile(r"(?:^|(?<=\W))[Tt]he $")
_WORD_AFTER = re.compile(r" ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?")
_NAME_AFTER = re.compile(r"[ -]?[A-Z]")


def _person_label(text: str, mention: Entity) -> bool:
    """A demonym written as a noun for a person ("the Ukrainian dominated the encounter"), or a
    place's name before a noun for a person that ends the phrase ("the Kiev fighter never let
    up", "the Ukrainian champion said"): how the article labels someone (the naming rows' work),
    no mention of the place an only-in list would show."""
    if not _THE_BEFORE.search(text, max(0, mention.start - 4), mention.start):
        return False
    after = _WORD_AFTER.match(text, mention.end)
    noun = nouns()
    if after is None or not noun.is_common_noun(after.group(1)):
        # "the Ukrainian," / "the Ukrainian dominated"; not "the Canadian Press", a name
        return mention.via == "demonym" and _NAME_AFTER.match(text, mention.end) is None
    return noun.kind(after.group(1)) == "person" and not (after.group(2) and noun.is_common_noun(after.group(2)))


_AMERICAN_AFTER = re.compile(r"[ -]Americans?\b")
_WORD_BEFORE = re.compile(r"([A-Z][^\W\d_]+)[ -]$")


def _in_american_compound(text: str, mention: Entity, lex: Lexicon) -> bool:
    """Whether a mention is a half of an ethnic label of the United States written with a
    demonym and "American" ("African American voters", "Mexican-American families", "Asian
    Americans"): the compound names a people, neither the place its first half is the demonym
    of, nor the United States, nor the Americans at large."""
    if mention.text in ("American", "Americans"):
        before = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        return before is not None and before.group(1) in lex.demonyms
    return mention.via == "demonym" and _AMERICAN_AFTER.match(text, mention.end) is not None


def _in_sentence_case(word: str) -> bool:
    """"Deixe", "Ces": a capital, then lower case only; not "UMP" nor "AgileBits", written as
    only names are written."""
    return word[:1].isupper() and word[1:].islower()


# what may stand between a sentence's end (or a speaker's label: "Prof. Ana:") and its next word
_SENTENCE_BREAK_BEFORE = re.compile(r"(?m)(?:^|[.!?:…][\"'”’»)\]]*)\s*$")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a word opens a paragraph, a sentence or what a speaker's label introduces. In an
    article in a language other than English a capital there proves no name, and the test that
    lets a one-word name of no known kind through (rare in English: "DoorDash") lets every word
    of the language through ("Deixe", "Receba", "Obrigado")."""
    line = text.rfind("\n", 0, start) + 1
    return _SENTENCE_BREAK_BEFORE.search(text, max(line, start - 12), start) is not None


@functools.lru_cache(maxsize=1)
def _jurisdiction_heads() -> frozenset[str]:
    return frozenset(_only_in_words()["jurisdiction_heads"])


@functools.lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    words = _only_in_words()
    return frozenset(w.casefold() for w in (*words["not_names"], *words["internet_interjections"]))


def _in_spans(mentions: list[Entity], spans: list[tuple[int, int]]) -> bool:
    return bool(spans) and all(any(s <= m.start and m.end <= e for s, e in spans) for m in mentions)


def _event_only_here(mentions: list[Entity], text: str, other: str, settings: NamingSettings) -> bool:
    """Whether an event told by a common noun alone ("the earthquake", "the evacuation") is one
    the other article leaves out, as a reader would say "only this outlet mentions it". Two
    articles on one story tell its events in their own words: an evacuation the other tells with
    a verb or another form of the word ("residents were evacuated", "evacuees") is a naming
    difference, not an omission; and a noun that only judges how grave the story is ("the
    crisis", only_in.json) names no event of its own for the other to leave out, unless a name
    makes it one ("Greece's debt crisis")."""
    noun = mentions[0].key.removeprefix("event:").split()[-1]
    if noun in _situation_labels():
        # unless a name pins a particular one down: "Greece's debt crisis", not "the crisis"
        return any(_NAME_BEFORE.search(text, max(0, m.start - 60), m.start) for m in mentions)
    shortest = settings.event_min_stem
    stem = next((noun[: -len(s)] for s in _EVENT_SUFFIXES if noun.endswith(s) and len(noun) - len(s) >= shortest), noun)
    if len(stem) < shortest:
        return True  # "war": too short to tell its family by spelling ("warning", "ward")
    if len(stem) >= settings.event_long_stem:
        stem = stem[:-1]
    return _word_opening(stem).search(other) is None


def _word_opening(stem: str) -> re.Pattern[str]:
    """A word that opens with stem, in any case: ``\\b`` + stem, ignoring case. Written so that it
    opens with a class of the first letter's cases (the four letters whose case is an ASCII
    letter's among them), the word boundary tested after it: the engine then skips at once to
    those letters, where a pattern opening with a boundary, or with a letter whose case is
    ignored, is tried at every place of the text (the same matches)."""
    if not (stem[0].isascii() and stem[0].isalpha()):
        return re.compile(r"\b" + re.escape(stem), re.IGNORECASE)
    first = re.compile(re.escape(stem[0]), re.IGNORECASE)
    opening = "".join(c for c in CASED_AS_ASCII if first.fullmatch(c))
    return re.compile(f"[{opening}](?<!\\w.)(?i:{re.escape(stem[1:])})")


def _kind(mentions: list[Entity]) -> str:
    """The most frequent kind; a tie goes to the kind seen first (never to set order)."""
    kinds = [m.kind for m in mentions if m.kind != "other"]
    return max(dict.fromkeys(kinds), key=kinds.count) if kinds else "other"


def _reported(mentions: list[Entity], lex: Lexicon, settings: NamingSettings) -> bool:
    """People, places, organisations, groups, events; and other names: of several words
    ("Blue Stream"), or of one word rare in English ("DoorDash"; not "Things")."""
    if any(m.kind in REPORTED_KINDS for m in mentions):
        return True
    rare = settings.rare_name_zipf
    return any(
        m.kind == "other"
        and (" " in m.text or all(lex.zipf(w) < rare for w in m.key.split() if w not in PARTICLES))
        for m in mentions
    )


def _own_name(mentions: list[Entity]) -> str:
    """A place as this article spells it ("Kiev", not the gazetteer's "Kyiv")."""
    surfaces = [m.text for m in mentions if m.via == "name"]
    return stable_name(surfaces) if surfaces else mentions[0].name


def stable_name(surfaces: list[str]) -> str:
    """One spelling of a name, the same whatever the hash seed: the most frequent, then one not
    in capitals ("Washington" over a dateline's "WASHINGTON"), then the longest, then the first."""
    if len(surfaces) == 1:
        return surfaces[0]  # (most names have one spelling)
    order = {s: i for i, s in reversed(list(enumerate(surfaces)))}
    return min(order, key=lambda s: (-surfaces.count(s), s.isupper(), -len(s), order[s]))


@functools.lru_cache(maxsize=8)
def dateline_sources(text: str) -> frozenset[str]:
    """The keys of the outlets and agencies a text's datelines name in brackets, at the opening of
    a line ("WASHINGTON (AP) — New", "(CNN)President": the extractor's reader of a dateline), read
    once per text: the only-in list and the distinctive terms both ask."""
    out = set()
    at = text.find("(")
    while at >= 0:  # each line with a bracket, once
        if (source := dateline_source(text, text.rfind("\n", 0, at) + 1)) is not None:
            out.add(_outlet_key(source))
        end = text.find("\n", at)
        at = -1 if end < 0 else text.find("(", end)
    return frozenset(out)


def outlet_keys(outlet: str | None, text: str) -> frozenset[str]:
    """The keys an article's outlet names itself by: its name, and the outlet or agency its
    dateline names ("(CNN)President ...", "WASHINGTON (AP) —")."""
    return frozenset(k for k in (_outlet_key(outlet), *dateline_sources(text)) if k)


def names_shown(items: tuple[OnlyIn, ...], mentions, entities: list[Entity], outlet: str | None,
                text: str, settings: LexicalSettings = DEFAULT.compare.lexical) -> list[tuple[int, int]]:
    """One article's spans of the names a comparison shows already: its only-in items, the
    mentions of its label contrasts, and the outlet naming itself (its name, or a dateline's:
    "(CNN)", "Sources told CNN"), which is no word of its choosing. With
    distinctive_story_name_min_uses set, an only-in item written that many times or more is the
    article's own angle, a name the other never writes ("Carlyle Group" 5x; "Smith" 5x where the
    other says "Matt"), and is left to the distinctive terms too (off by default: see settings)."""
    owns = outlet_keys(outlet, text)
    least = settings.distinctive_story_name_min_uses
    spans = [(sp.start, sp.end) for item in items if not least or len(item.spans) < least for sp in item.spans]
    spans += [(m.start, m.end) for m in mentions if m.field == "text"]
    spans += [(e.start, e.end) for e in entities if e.key in owns]
    return spans


def _outlet_key(outlet: str | None) -> str | None:
    if not outlet:
        return None
    key = name_key(outlet)
    return key[4:] if key.startswith("the ") else key


def events_of_one_story(framing: Framing) -> Framing:
    """The framing without the only-in events told by a common noun ("annexation", "insurgency",
    "war"): for a pair not judged one event (relatedness "different events" or "unclear"). Each of
    two stories tells its own events; the other leaves none of them out, whether or not the two
    share a name (reader29: two stories quoting one minister). Named events ("Six-Day War") stay."""
    only = tuple(tuple(o for o in side if not (o.kind == "event" and o.entity[:1].islower()))
                 for side in framing.only_in)
    if only == framing.only_in:
        return framing
    return replace(framing, only_in=only)
