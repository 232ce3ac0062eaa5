"""Questions asked of one article's chains (a chain's kind, gender, surnames, the spellings of one
name) and short names that join two chains, within an article or across the pair."""

from __future__ import annotations

import operator
import re
from collections import Counter

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.entities import is_full_name, same_person_name, surname_index
from sidebyside.compare.entities_cuts import SENTENCE_CASE_ZIPF
from sidebyside.compare.naming.chains import ArticleChains
from sidebyside.compare.naming.words import NamingVocabulary, vocabulary
from sidebyside.compare.tokens import Token, singular
from sidebyside.compare.termdata import lexicon, naming_data
from sidebyside.resources import gendered_given_names
from sidebyside.settings import DEFAULT, NamingSettings
from sidebyside.wordpattern import alternation


def _description_gender(chains: ArticleChains, chain: str, vocab: NamingVocabulary,
                        texts: dict[str, list[str]] | None = None) -> str | None:
    """The gender a description chain's words tell ("a female deputy", "the actress"), if one.
    texts: chain_texts(chains), for a loop that asks of many chains (each ask then reads only
    its chain's mentions, not every mention of the article)."""
    told = texts.get(chain, ()) if texts is not None else [r.text for r in chains.refs if r.chain == chain]
    for text in told:
        for w in _WORD.findall(text.casefold()):
            gender = vocab.genders.get(w) or vocab.gender_modifiers.get(w)
            if gender:
                return gender
    return None


_WORD = re.compile(r"[\w'’]+")


def chain_texts(chains: ArticleChains) -> dict[str, list[str]]:
    """Each chain's mention texts, in the article's order (read once for a loop over chains)."""
    out: dict[str, list[str]] = {}
    for r in chains.refs:
        out.setdefault(r.chain, []).append(r.text)
    return out


# "due to open on Friday", "will appear in court on Monday": a cue of a planned event, then the
# day in the same clause (no punctuation between), at most _FUTURE_REACH characters before it
_FUTURE_REACH = 60
_FUTURE_DAY = re.compile(r"\b(?:%s)\s[^,.;:!?()\n]*$" % alternation(naming_data()["future_day_cues"], spaced=True),
                         re.IGNORECASE)


def planned_day(text: str, start: int) -> bool:
    """Whether the time mention at start is a planned or expected day ("the festival was due to
    open on Friday"), not the day a story reports: never the story's day. A day told as past
    ("Microsoft was to release a patch yesterday", "last night") is the one it happened on."""
    if text[start:start + 9].casefold() == "yesterday" or text[start:start + 5].casefold() == "last ":
        return False
    return _FUTURE_DAY.search(text, max(0, start - _FUTURE_REACH), start) is not None


def _gender_clash(chains: ArticleChains, described: str, named: str, vocab: NamingVocabulary) -> bool:
    """Whether a description's noun ("woman") and a name's given name ("Jonathan") tell two
    genders, or two descriptions' nouns ("a 12-year-old boy" / "a 12-year-old girl": named is
    then the other's chain key, "role:girl")."""
    head = chains.described[described].head if described in chains.described else described.split(":")[1]
    gender = vocab.genders.get(head) or vocab.genders.get(singular(head))
    if named.startswith("role:"):
        other = named.split(":")[1]
        told = vocab.genders.get(other) or vocab.genders.get(singular(other))
        return bool(gender) and bool(told) and told != gender
    first = named.split()[0] if named else ""
    return bool(gender) and gendered_given_names().get(first, gender) != gender


def numbered_products(view: ArticleView, refs) -> set[str]:
    """Chains written with two different short numbers after the name ("Internet Explorer 8 ...
    Internet Explorer 9", "IE 8 and IE 9"): versions of a product, so no business "the company"
    stands for (one number is not enough: "to the Chiefs 7" is a yard line)."""
    numbers: dict[str, set[str]] = {}
    tokens = view.tokens
    for r in refs:
        if r.field != "text":
            continue
        j = view.token_at_end.get(r.end)
        if j is None or j + 1 >= len(tokens):
            continue
        nxt = tokens[j + 1]
        if nxt.gap == " " and nxt.norm.isdigit() and len(nxt.norm) <= 2:
            numbers.setdefault(r.chain, set()).add(nxt.norm)
    products = {chain for chain, seen in numbers.items() if len(seen) >= 2}
    # a number inside the name ("IE8" ... "IE6 through IE11"): versions when the body names two
    by_stem: dict[str, set[str]] = {}
    versioned: dict[str, re.Match[str]] = {}  # each key read once (the mentions' chains are among them)
    for key in set(map(_KEY, view.entities)).union(map(_CHAIN, refs)):
        if not key[-1:].isdigit():
            continue  # (most keys: the pattern ends in a digit)
        found = _VERSIONED.fullmatch(key)
        if found:
            versioned[key] = found
            by_stem.setdefault(found.group(1), set()).add(found.group(2))
    if not versioned:
        return products
    return products | {r.chain for r in refs if (m := versioned.get(r.chain)) and len(by_stem.get(m.group(1), ())) >= 2}


_VERSIONED = re.compile(r"([a-z][a-z ]*?[a-z]) ?(\d{1,2})")
_KEY = operator.attrgetter("key")
_CHAIN = operator.attrgetter("chain")


def _person_like(chains: ArticleChains, chain: str) -> bool:
    """A person's chain, or a full name of no known kind ("LuAnn Marie Johnson")."""
    kind = _chain_kind(chains, chain)
    return kind == "person" or (kind == "other" and " " in chain and is_full_name(chain))


def _described(chains: ArticleChains, chain: str) -> bool:
    """Whether a chain holds descriptions only (no name)."""
    return chain in chains.described or chain.startswith("role:")


def _abbreviated_title(prev: Token, tok: Token, title_words: frozenset[str]) -> bool:
    """"Sgt. Hoyt Teasley", "Gov. Jan Brewer": an abbreviated title, its period no sentence end."""
    return tok.gap == ". " and prev.cap and prev.norm + "." in title_words  # the titles written with a period


def _add_bearer(table: dict, key, chain: str) -> None:
    """Note that chain bears a role (one person's two spellings count once; past two bearers
    the role is ambiguous whatever follows, so at most two are kept)."""
    bearers = table.setdefault(key, [])
    if len(bearers) < 2 and chain not in bearers and not (bearers and same_person_name(chain, bearers[0])):
        bearers.append(chain)


def _sole(table: dict, key) -> str | None:
    """The one chain named with a role, or None when none or several were."""
    bearers = table.get(key)
    return bearers[0] if bearers and len(bearers) == 1 else None



def view_token_after(tokens: list[Token], end: int, i: int) -> int:
    """Index of the first token starting at or after offset end (from token i on)."""
    while i < len(tokens) and tokens[i].start < end:
        i += 1
    return i


def j_end(view: ArticleView, i: int) -> int:
    """Index of the last token of the name starting at token i (i itself for one word)."""
    ent = view.entity_at_token.get(i)
    return view.token_at_end.get(ent.end, i) if ent is not None else i


def same_person_variants(chains: ArticleChains, settings: NamingSettings = DEFAULT.compare.naming) -> dict[str, str]:
    """Full names of one person written two ways in one article ("Betty Page", "Bettie Page",
    "Betty Mae Page"): same surname, matching first names, and no other person of that surname
    whose first name differs (two Kellys stay two people)."""
    by_surname: dict[str, list[str]] = {}
    for chain in chains.names:
        if is_full_name(chain) and _chain_kind(chains, chain) == "person":
            by_surname.setdefault(chain.rsplit(" ", 1)[-1], []).append(chain)
    out: dict[str, str] = {}
    for keys in by_surname.values():
        if not 2 <= len(keys) <= settings.max_name_variants:
            continue  # more people of one surname than one person's spellings: leave them apart
        if all(same_person_name(f, g) for f in keys for g in keys if f != g):
            main = max(keys, key=lambda k: (len(chains.names[k]), -keys.index(k)))
            out.update({k: main for k in keys if k != main})
    return out


_BUSINESS_HEADS = frozenset(
    "company companies corporation corp inc co ltd llc group holdings motors airlines airways studio studios lab "
    "labs systems technologies pharmaceuticals pharma media partners ventures capital robotics".split()
)
_COMPANY_SUFFIXES = frozenset("inc corp co ltd llc plc sa ag gmbh nv corporation incorporated limited".split())
# what an organisation's full name may add to the short name a text gives it ("Staunton police")
_ORGANISATION_TAILS = frozenset("department force service".split())


def introduced_in_lede(chains: ArticleChains, chain: str) -> bool:
    """Whether a chain of descriptions is the lede's own introduction of a referent: its first
    mention is the first sentence's "a" before a verb (chains.lede_actors: "A court heard
    yesterday ...", "... as a raging river swamped their town") and no later mention is
    indefinite again (a second "a court" is another one). A tabloid lede introduces the story's
    referent this way where a wire names it; further down, "a court" is any court."""
    if chain not in chains.lede_actors:
        return False
    mentions = [r for r in chains.refs if r.chain == chain and r.field == "text"]
    first = min(mentions, key=lambda r: r.start)
    return [r for r in mentions if r.text[:2].casefold() in ("a ", "an")] == [first] and first.start < chains.lede_end


def _chain_kind(chains: ArticleChains, chain: str) -> str:
    """The chain's kind: an organisation when any of its names says so ("Microsoft Corp."),
    since single words are otherwise typed by context ("at Microsoft" reads as a place)."""
    kinds = chains.kinds.get(chain)
    if not kinds:
        return "other"
    if len(kinds) == 1:
        return next(iter(kinds))  # what the lines below answer for one kind, most chains' case
    if kinds.get("organisation"):
        return "organisation"
    return max(kinds.items(), key=lambda kv: kv[1])[0]  # most_common(1)'s answer (the first most counted), without its heap


def _business_first_word(words: list[str], kind: str, countries: frozenset[str]) -> bool:
    """Whether a name's first word alone may be the business it names: the name ends in a word of
    a business's trade ("Verenta Pharmaceuticals", "Bracewell Construction"; naming.json
    business_name_heads) after a first word of its own, no common English word ("General Motors"),
    given name ("Ford Motors" may be Mr Ford's) or country ("Jordan Airlines")."""
    return (len(words) >= 2 and kind in ("organisation", "other") and words[-1] in vocabulary().business_name_heads
            and words[0] not in countries and words[0] not in gendered_given_names()
            and not lexicon().is_common(words[0], SENTENCE_CASE_ZIPF) and words[0].isalpha())


def short_names(own: ArticleChains, other: ArticleChains, countries: frozenset[str] = frozenset()) -> dict[str, str]:
    """Names of an organisation or place that ``own`` writes shorter than ``other`` does:
    a team or company by its last word ("the Angels" / "Los Angeles Angels", "Sixers"), a
    natural feature without its kind ("the Mediterranean" / "the Mediterranean Sea"), a business
    by its name's first word ("Verenta" / "Verenta Pharmaceuticals": _business_first_word). Only when
    exactly one name of ``other`` fits, and never for a person (a surname is entities.py's job).
    Within one article (own is other) only a feature or an organisation without its kind, and
    never a country (countries: their name keys): "Jordan" is not the Jordan River."""
    by_last: dict[str, list[str]] = {}
    by_stem: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}
    seats = vocabulary().seats
    features = lexicon().natural_features  # gazetteer.json: "sea", "strip"; never "city"
    for c in other.names:
        words = c.split()
        if len(words) < 2 or c.startswith("role:"):
            continue
        kind = _chain_kind(other, c)
        if kind == "person":
            continue
        if kind in ("organisation", "other") and c not in seats:
            by_last.setdefault(words[-1], []).append(c)
        if words[-1] in features or (words[-1] in _ORGANISATION_TAILS and kind == "organisation"):
            by_stem.setdefault(" ".join(words[:-1]), []).append(c)
        if _business_first_word(words, kind, countries):
            by_first.setdefault(words[0], []).append(c)  # "Verenta" / "Verenta Pharmaceuticals"
    surnames = {c.rsplit(" ", 1)[-1] for side in (own, other) for c in side.names
                if " " in c and _chain_kind(side, c) == "person"} if by_first else set()
    out: dict[str, str] = {}
    same = own is other  # within one article: "Gaza" ... "the Gaza Strip", never a country's river
    for c in own.names:
        if (c in other.names and not same) or (same and c in countries):
            continue
        kind = _chain_kind(own, c)
        if kind == "person":
            continue
        found = by_stem.get(c, [])
        if c in by_first and kind in ("organisation", "other") and c not in own.located and c not in surnames:
            # ("in Verenta": a place; "Kessler" of a "Mark Kessler" either article names: the man)
            found = found + by_first[c]
        if " " not in c and not same and kind in ("organisation", "other") and (
                c[-1:] in "sx" or c in own.definite):
            # a team's plural ("the Angels", "Sixers") or a name's last word after "the" ("the
            # Post", "the Navy"): never "Medicine" alone for a Society of Reproductive Medicine,
            # "FIRE" (of "FIRE crews") for a fire service; never "House" for the White House
            found = found + [t for t in by_last.get(c, []) if t != c and t not in seats]
        if len(set(found)) == 1 and found[0] != c:
            out[c] = found[0]
    return out


def merge_chains(chains: ArticleChains, mapping: dict[str, str]) -> None:
    if not mapping:
        return
    for r in chains.refs:
        r.chain = mapping.get(r.chain, r.chain)
    for table in (chains.roles, chains.countries, chains.ages, chains.implied):
        for old, new in mapping.items():
            if old in table:
                table.setdefault(new, set()).update(table.pop(old))
    for old, new in mapping.items():
        chains.described.pop(old, None)  # a description joined to a named chain describes it
        for table in (chains.located, chains.definite):
            if old in table:
                table.add(new)
        if old in chains.names:
            chains.names.setdefault(new, []).extend(chains.names.pop(old))
        if old in chains.kinds:
            chains.kinds.setdefault(new, Counter()).update(chains.kinds.pop(old))


def _surname_map(chains: ArticleChains) -> dict[str, str]:
    """Last word of a full person name -> that chain, when only one chain ends in it (and no
    full name of no known kind with a given name: "Anthony LaCalamita III" makes "LaCalamita"
    no surname of Michele LaCalamita's alone)."""
    kinds = [(chain, _chain_kind(chains, chain)) for chain in chains.names]  # (each chain's kind read once)
    people = [chain for chain, kind in kinds if kind == "person"]
    unknown = [chain for chain, kind in kinds if kind == "other" and is_full_name(chain) and chain.split()[0] in gendered_given_names()]
    found = surname_index(people + unknown)
    return {last: chain for last, chain in surname_index(people).items() if chain and found.get(last) == chain}


def _chain_keys(chains: ArticleChains) -> list[str]:
    seen: dict[str, None] = {}
    for r in chains.refs:
        seen.setdefault(r.chain, None)
    return list(seen)
