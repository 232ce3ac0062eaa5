"""Counted groups: people an article counts ("40 people", "two managing partners", "one man").

Two reports of one event count the people it touched alike and name them each their own way:
"leaving 40 people dead" / "killed about 40 Palestinians", "arrested 23 ... pirates" / "nabbed
23 ... sea brigands", "wounded two men" / "two managing partners wounded". A count is a better
anchor than the noun: the first group of a number each article counts near its top (its opening
paragraphs) are one referent when the two tell no different gender and (a small number fits many
groups: settings.counted_verb_up_to) their sentences share an event verb ("killing one man" /
"killing one person"). A large count (settings.counted_anywhere_from) each article gives one
group of is one referent wherever the two write it. Within an article, a count with the same
noun is the same group. A named
group ("two Bountiful residents, Winston Blackmore and James Oler") is its names', not counted.

Vocabulary: number words from resources/terms/quantities.json (as the discrepancy cue reads them).
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from itertools import compress
from operator import or_
from typing import Callable

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.entities import CLOSED_CLASS
from sidebyside.compare.naming.chain_tools import _chain_keys, _described
from sidebyside.compare.naming.chains import ArticleChains, Ref
from sidebyside.compare.naming.slots import _verb_stem
from sidebyside.compare.naming.words import NamingVocabulary
from sidebyside.compare.termdata import naming_data
from sidebyside.compare.tokens import token_column, token_norms
from sidebyside.resources import resource_json
from sidebyside.settings import DEFAULT, NamingSettings


@dataclass(frozen=True)
class Counted:
    """What an article says of a group it counts: the number, the noun, where, and the event
    verbs of its sentence (stems: "kill" of "killing")."""

    number: int
    head: str
    start: int
    verbs: frozenset[str]
    vague: bool = False  # "Thousands of residents": number is the least the words say


@functools.lru_cache(maxsize=1)
def _counted_nouns() -> dict[str, str]:
    """"people" -> "person": nouns of a count of people that name no role (naming.json)."""
    return {k: v for k, v in naming_data()["counted_nouns"].items() if k != "about"}


@functools.lru_cache(maxsize=1)
def _vague_counts() -> dict[str, int]:
    """naming.json vague_counts: "thousands" -> 2000, "tens of thousands" -> 20000."""
    return {k: v for k, v in naming_data()["vague_counts"].items() if k != "about"}


def _vague_count(tokens: list, idx: int) -> tuple[int, int] | None:
    """(the least number, the index of the last "of") of a vague count opening at token idx
    ("Thousands of", "tens of thousands of"), or None."""
    counts = _vague_counts()
    for n in (4, 2):  # the longer phrase first: "tens of thousands of" before "tens of"
        words = [t.norm for t in tokens[idx:idx + n]]
        if len(words) == n and words[-1] == "of" and all(t.gap == " " for t in tokens[idx + 1:idx + n]):
            floor = counts.get(" ".join(words[:-1]))
            if floor is not None:
                return floor, idx + n - 1
    return None


@functools.lru_cache(maxsize=1)
def _number_values() -> dict[str, int]:
    data = resource_json("terms/quantities.json")
    return {w: int(v) for w, v in data["number_words"].items() if float(v).is_integer()}


def _number(norm: str) -> int | None:
    """The count a word writes ("23", "two"), or None; never a year ("in 2008 people voted")."""
    if norm.isdigit():
        value = int(norm)
        return value if len(norm) <= 4 and not 1800 <= value <= 2100 else None
    return _number_values().get(norm)


def counted_groups(view: ArticleView, out: ArticleChains,
                   head_of: Callable[[str], tuple[str, str] | None], vocab: NamingVocabulary,
                   settings: NamingSettings = DEFAULT.compare.naming) -> list[Ref]:
    """The groups of people the body counts ("23 heavily armed Somali pirates", "one person"):
    out.counted gets each one's chain; a group no mention of the article holds yet becomes a
    new mention (returned), whose chain is keyed by its number and noun."""
    tokens = view.tokens
    spans = view.sentence_spans()
    starts = [s.start for s in spans]
    token_starts = token_column(tokens, "start")
    refs = sorted((r for r in out.refs if r.field == "text"), key=lambda r: r.start)
    ref_starts = [r.start for r in refs]
    added: list[Ref] = []
    verbs_of: dict[int, frozenset[str]] = {}  # sentence -> stems of its event verbs, each read once

    def verbs(sentence: int) -> frozenset[str]:
        found = verbs_of.get(sentence)
        if found is None:
            lo = bisect.bisect_left(token_starts, spans[sentence].start)
            hi = bisect.bisect_left(token_starts, spans[sentence].end)
            found = verbs_of[sentence] = frozenset(
                _verb_stem(t.norm) for t in tokens[lo:hi]
                if not t.cap and t.norm.isalpha() and t.norm not in CLOSED_CLASS
                and (t.norm.endswith(("ed", "ing")) or t.norm in vocab.irregular_pasts))
        return found

    values = _number_values()
    counted_until = -1  # end of the last group counted: "12 Somali and 11 Yemeni pirates" is one
    # only the tokens of a number (most words are none: picked out at C speed, none is read)
    norms = token_norms(tokens)
    vague_words = {w.split()[0] for w in _vague_counts()}
    at_numbers = map(or_, map(str.isdigit, norms), map(values.__contains__, norms))
    for idx in compress(range(len(tokens)), map(or_, at_numbers, map(vague_words.__contains__, norms))):
        tok = tokens[idx]
        if tok.start < counted_until:
            continue  # "11 Yemeni pirates" of it: a part of the group, whose label would be cut
        if _thousands_group(tokens, idx):
            continue  # "400" of "1,400": its first group reads the whole number
        if idx > 0 and tok.gap == "." and tokens[idx - 1].norm.isdigit():
            continue  # "4" of "1.4 million passengers": a decimal's fraction counts no one
        number, last = _number(tok.norm), idx
        vague = _vague_count(tokens, idx) if tok.norm in vague_words else None
        if vague is not None:
            number, last = vague  # "Thousands of terrified residents": at least two thousand
        elif tok.norm in vague_words and not number:
            continue
        if tok.norm.isdigit() and len(tok.norm) <= 3:
            # "1,400 pupils", "35,000 fans": a number written with thousands separators is one count
            while last + 1 < len(tokens) and _thousands_group(tokens, last + 1):
                last += 1
            if last > idx:
                number = int("".join(t.norm for t in tokens[idx:last + 1]))
        if not number or last + 1 >= len(tokens) or tokens[last + 1].gap != " ":
            continue  # "a 40-year-old", "$40", "40%": no count of people
        if idx > 0 and tokens[idx - 1].norm in ("no", "any", "every", "each", "per"):
            continue
        idx = last
        head_at, noun = None, ""
        # "23 heavily armed Somali and Yemeni pirates": modifiers, names and "and" up to the noun
        for k in range(idx + 1, min(len(tokens), idx + 2 + settings.max_counted_words)):
            word = tokens[k]
            if word.gap not in (" ", "-") or (word.norm in CLOSED_CLASS and word.norm != "and"):
                break
            person = _person_noun(view, k, head_of)
            if person is not None:
                if (word.norm != person) == (number > 1) and not word.possessive:
                    head_at, noun = k, person
                break
            if word.possessive:
                break
        if head_at is None:
            continue
        head = tokens[head_at]
        if head_at + 1 < len(tokens) and tokens[head_at + 1].gap == " " and head_of(tokens[head_at + 1].norm):
            continue  # "two police officers' ...": the count is of another noun's
        s, e = tok.start, head.end
        if view.in_quote(s, e):
            continue
        counted_until = e
        key = f"~{number}" if vague is not None else str(number)  # (a vague count keys no exact one's chain)
        at = bisect.bisect_right(ref_starts, head.start) - 1
        holder = refs[at] if at >= 0 and refs[at].start <= head.start and head.end <= refs[at].end else None
        if holder is not None and not _described(out, holder.chain):
            if not _people_by_nation(holder, head):
                continue  # a named group ("two Bountiful residents, Winston Blackmore and ...") is its names'
            # "about 40 Palestinians": a group the article counts, not the nation its noun names
            holder.start, holder.text, holder.form, holder.chain = s, view.text[s:e], "description", f"count:{key}:{noun}"
            holder.kind, holder.entity, holder.head = "person", None, noun
        if holder is None:
            chain = f"count:{key}:{noun}"
            holder = Ref("text", s, e, view.text[s:e], "description", chain, "person", None, noun)
            added.append(holder)
        if holder.chain not in out.counted:
            out.counted[holder.chain] = Counted(number, noun, s, verbs(max(0, bisect.bisect_right(starts, s) - 1)),
                                                vague is not None)
    return added


def _thousands_group(tokens: list, k: int) -> bool:
    """Whether token k is a group of three digits after a thousands separator ("400" of "1,400")."""
    return (k > 0 and tokens[k].gap == "," and len(tokens[k].norm) == 3 and tokens[k].norm.isdigit()
            and tokens[k - 1].norm.isdigit() and len(tokens[k - 1].norm) <= 3)


def _people_by_nation(holder: Ref, head) -> bool:
    """Whether a mention is exactly a plural noun of people by their nation or group, written
    as a name ("Palestinians", "Iraqis"), at the head of a count."""
    entity = holder.entity
    return (entity is not None and holder.start == head.start and holder.end == head.end
            and (entity.via == "demonym" or entity.kind == "group"))


def _person_noun(view: ArticleView, k: int, head_of: Callable[[str], tuple[str, str] | None]) -> str | None:
    """The singular of a noun of people at token k ("pirates" -> "pirate", "people" -> "person",
    "Palestinians" -> "palestinian"), or None."""
    word = view.tokens[k]
    if word.cap:
        entity = view.entity_at_token.get(k)
        if (entity is not None and (entity.via == "demonym" or entity.kind == "group") and entity.end == word.end
                and entity.start == word.start and word.norm.endswith("s")):
            return word.norm[:-1]  # "Palestinians": people by their nation
        return None
    counted = _counted_nouns().get(word.norm)
    if counted is not None:
        return counted
    described = head_of(word.norm)
    return described[1] if described is not None and described[0] == "person" else None


def counted_maps(sides: tuple[ArticleChains, ArticleChains], maps: tuple[dict[str, str], dict[str, str]],
                 vocab: NamingVocabulary, settings: NamingSettings = DEFAULT.compare.naming) -> None:
    """Join across the pair the two groups of one number (see the module's docstring)."""
    by_number: list[dict[int, list[tuple[str, Counted]]]] = [{}, {}]
    keys = []
    for side in (0, 1):
        chains = set(_chain_keys(sides[side]))
        keys.append({maps[side].get(c, c) for c in chains})
        for chain, info in sides[side].counted.items():
            if chain in chains and info.start < sides[side].opening_end and not info.vague:
                by_number[side].setdefault(info.number, []).append((chain, info))
        for found in by_number[side].values():
            found.sort(key=lambda item: item[1].start)  # the first group of that number the article gives
    for number in by_number[0].keys() & by_number[1].keys():
        (c0, i0), (c1, i1) = by_number[0][number][0], by_number[1][number][0]
        if number <= settings.counted_verb_up_to and not i0.verbs & i1.verbs:
            continue  # one man, two people: many groups fit; the same event verb must tell them
        genders = (vocab.genders.get(i0.head), vocab.genders.get(i1.head))
        if genders[0] and genders[1] and genders[0] != genders[1]:
            continue
        _join(maps, keys, (c0, c1), f"count:{number}")
    if settings.counted_anywhere_from:
        _large_counts_anywhere(sides, maps, keys, by_number, settings.counted_anywhere_from)
    _vague_maps(sides, maps, keys, settings)


def _large_counts_anywhere(sides: tuple[ArticleChains, ArticleChains], maps: tuple[dict[str, str], dict[str, str]],
                           keys: list[set[str]], opening: list[dict[int, list[tuple[str, Counted]]]],
                           least: int) -> None:
    """"About 850 employees" / "The firm's 850 staff", "an estimated 6,000 passengers" / "the
    6,000 travellers stranded abroad": a count of at least ``least`` people that each article
    gives one group of, wherever in its body (not both in the opening paragraphs, which
    counted_maps read), is one group; few groups of one story share a large number. Never a
    vague count ("thousands of fans"), nor a number two groups of an article share."""
    anywhere: list[dict[int, list[str]]] = [{}, {}]
    for side in (0, 1):
        chains = set(_chain_keys(sides[side]))
        for chain, info in sides[side].counted.items():
            if chain in chains and not info.vague and info.number >= least:
                anywhere[side].setdefault(info.number, []).append(chain)
    for number in (anywhere[0].keys() & anywhere[1].keys()) - (opening[0].keys() & opening[1].keys()):
        if len(anywhere[0][number]) == 1 and len(anywhere[1][number]) == 1:
            _join(maps, keys, (anywhere[0][number][0], anywhere[1][number][0]), f"count:{number}")


def _join(maps: tuple[dict[str, str], dict[str, str]], keys: list[set[str]], chains: tuple[str, str], key: str) -> None:
    """One key for a group in each article, unless each is joined to another chain already."""
    c0, c1 = chains
    k0, k1 = maps[0].get(c0, c0), maps[1].get(c1, c1)
    if k0 == k1:
        return
    joined = (k0 in keys[1], k1 in keys[0])
    if all(joined):
        return  # each joined to another chain already
    if joined[0]:
        maps[1][c1] = k0
    elif joined[1]:
        maps[0][c0] = k1
    else:
        maps[0][c0] = maps[1][c1] = key


def _vague_maps(sides: tuple[ArticleChains, ArticleChains], maps: tuple[dict[str, str], dict[str, str]],
                keys: list[set[str]], settings: NamingSettings) -> None:
    """A tabloid's rounded count ("Thousands of terrified residents") and the wire's number
    ("About 2,000 residents"): one group when each is the only one of its article's opening
    paragraphs that fits the other (the number from the vague count's floor up to
    settings.vague_count_span times it)."""
    opening = [[(c, i) for c, i in s.counted.items() if i.start < s.opening_end and c in set(_chain_keys(s))]
               for s in sides]
    for side in (0, 1):
        for chain, info in opening[side]:
            if not info.vague:
                continue
            fits = [(c, i) for c, i in opening[1 - side]
                    if not i.vague and info.number <= i.number < info.number * settings.vague_count_span]
            rivals = [c for c, i in opening[side] if i.vague and c != chain and fits
                      and i.number <= fits[0][1].number < i.number * settings.vague_count_span]
            if len(fits) != 1 or rivals:
                continue
            pair = (chain, fits[0][0]) if side == 0 else (fits[0][0], chain)
            _join(maps, keys, pair, f"count:~{info.number}")
