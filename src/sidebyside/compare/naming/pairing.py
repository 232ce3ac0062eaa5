"""Across the pair: each article's chain key -> a key both share (acronyms, short names, a role
the other article gives a name, ages, descriptions of one sense, days)."""

from __future__ import annotations

from collections import Counter

from sidebyside.compare.entities import is_full_name, name_key, name_words, one_to_one, same_person_name, worded_alike
from sidebyside.compare.naming.chain_tools import (
    _COMPANY_SUFFIXES, _chain_keys, _chain_kind, _described, _description_gender, _gender_clash, _person_like, chain_texts,
    short_names,
)
from sidebyside.compare.naming.chains import ArticleChains, Described, Ref
from sidebyside.compare.naming.counted import _number, counted_maps
from sidebyside.compare.naming.descriptions import OWNED
from sidebyside.compare.naming.people import one_aged_within, told_age_spans
from sidebyside.compare.naming.shaping import _display
from sidebyside.compare.naming.slots import _slot_pair_differs
from sidebyside.compare.naming.words import NamingVocabulary, _ACRONYM_SKIP, _MEDIA_NOUNS, _WORD
from sidebyside.compare.naming.words import vocabulary as _vocabulary
from sidebyside.compare.nouns import NounLexicon, RelatedNouns, nouns
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.text import fold
from sidebyside.compare.times import link_times
from sidebyside.compare.tokens import singular
from sidebyside.resources import gendered_given_names
from sidebyside.settings import DEFAULT, NamingSettings


# --------------------------------------------------------------------------- across the pair

_BODY_HEAD_LINKS = frozenset(("of", "for", "on", "in"))  # a body's head is the word before them ("Commission for ...")


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _ACRONYM_SKIP)


def pair_maps(sides: tuple[ArticleChains, ArticleChains], key_maps: tuple[dict[str, str], dict[str, str]],
              vocab: NamingVocabulary, title_heads: frozenset[str] = frozenset(),
              country_keys: frozenset[str] = frozenset(),
              settings: NamingSettings = DEFAULT.compare.naming) -> tuple[dict[str, str], dict[str, str]]:
    """Each article's chain key -> a key shared across the pair (country_keys: the name keys of
    countries, whose nationality in a description must match)."""
    maps = (dict(key_maps[0]), dict(key_maps[1]))
    chains = [set(_chain_keys(s)) for s in sides]
    acronyms = [{r.chain for r in s.refs if " " not in r.chain and r.text.replace(".", "").isupper()} for s in sides]
    for side in (0, 1):
        own, other = sides[side], sides[1 - side]
        other_keys = {maps[1 - side].get(c, c) for c in chains[1 - side]}
        # Acronyms: "DNC" here, "Democratic National Committee" there (and the reverse).
        by_initials: dict[str, str | None] | None = None  # (read at this article's first acronym: many write none)
        for c in chains[side]:
            if " " not in c and 2 <= len(c) <= 6 and c not in other_keys and c in acronyms[side]:
                if by_initials is None:
                    by_initials = _names_by_initials(other, chains[1 - side])
                target = by_initials.get(c)
                if target:
                    maps[side].setdefault(c, maps[1 - side].get(target, target))
    _acronym_prefixes(sides, maps, chains)
    _bodies_of_one_wording(sides, maps, chains, country_keys)
    # A shorter name of an organisation or a natural feature ("the Angels", "the Mediterranean").
    for side in (0, 1):
        other_keys = {maps[1 - side].get(o, o) for o in chains[1 - side]}
        for c, target in short_names(sides[side], sides[1 - side]).items():
            if maps[side].get(c, c) not in other_keys:
                maps[side].setdefault(c, maps[1 - side].get(target, target))
    # A city for its team: "a victory over Kansas City" in an article that calls the team the
    # "Chiefs" when the pair names the "Kansas City Chiefs" (never a city the article places
    # something in: "in Kansas City"; never a country: "Brazil" may be its government).
    media = frozenset(name_key(m) for m in lexicon().media)
    # (a team's name is often typed a person's by the verbs around it: "the Chiefs said")
    by_prefix: dict[str, set[str]] = {}  # "kansas city" -> {"kansas city chiefs"}
    for s in sides:
        for t in s.names:
            words = t.split()
            if len(words) > 1 and words[0] not in gendered_given_names():
                for n in range(1, min(len(words), settings.team_city_words + 1)):  # (a run of name words can be long)
                    by_prefix.setdefault(" ".join(words[:n]), set()).add(t)
    for side in (0, 1):
        own = sides[side]
        for c in own.names:
            if c not in by_prefix or c in maps[side] or c in own.located or c in country_keys:
                continue
            kind = _chain_kind(own, c)
            if kind != "place":
                continue  # a city: "the Academy" is not the Academy Awards
            teams = {t for t in by_prefix.get(c, ())
                     if (t in own.names or (t[len(c) + 1:] in own.names and _chain_kind(own, t[len(c) + 1:]) != "person"))
                     # a team's name is a plural ("Chiefs", "Red Sox", "76ers"), never a paper's
                     and t[-1] in "sx" and t not in media and t[len(c) + 1:] not in _COMPANY_SUFFIXES}
            if len(teams) == 1:
                team = teams.pop()
                written = team if team in own.names else team[len(c) + 1:]
                maps[side][c] = maps[side].get(written, written)
    # One person's full name written two ways across the pair ("Betty Page" / "Bettie Page").
    for side in (0, 1):
        own, other = sides[side], sides[1 - side]
        other_keys = {maps[1 - side].get(c, c) for c in chains[1 - side]}
        by_surname: dict[str, list[str]] = {}
        for c in other.names:
            if is_full_name(c) and _chain_kind(other, c) == "person":
                by_surname.setdefault(c.rsplit(" ", 1)[-1], []).append(c)
        for c in own.names:
            if c in maps[side] or maps[side].get(c, c) in other_keys or not is_full_name(c):
                continue
            if _chain_kind(own, c) != "person":
                continue
            namesakes = by_surname.get(c.rsplit(" ", 1)[-1], ())
            if len(namesakes) == 1 and same_person_name(c, namesakes[0]):
                maps[side][c] = maps[1 - side].get(namesakes[0], namesakes[0])
    # Descriptions only one article names ("the technician") -> the other's named chain that
    # carries that role noun (or a noun of the same sense, or a more general one: "the
    # driver" / "X, a motorist"), when exactly one does.
    lexicon_of_nouns = nouns()
    for side in (0, 1):
        own, other = sides[side], sides[1 - side]
        by_role: dict[str, set[str]] = {}
        by_head: dict[str, set[str]] = {}
        for o, roles in other.roles.items():
            if o in other.described or o.startswith("venue:"):
                continue
            for r in roles:
                by_role.setdefault(r, set()).add(o)
                by_head.setdefault(r.rsplit(" ", 1)[-1], set()).add(o)
        related_heads = RelatedNouns(lexicon_of_nouns, by_head)
        # role nouns the article itself gives a named person: a description with one of them
        # that it did not join to that person is someone else ("reporter Bob Woodward" ... "a
        # Biloxi reporter"), or one of several it names with that role
        own_heads = {r.rsplit(" ", 1)[-1] for o, roles in own.roles.items()
                     if o not in own.described and not o.startswith("venue:") for r in roles}
        # nouns the article itself gives a referent (a named one's role, a description's head):
        # it does not use them, nor a noun of their sense, for what its other, more general
        # nouns name ("General manager Ed Stefanski" ... "the head coach"; "The Indian warship"
        # ... "the pirate ship" is no "INS Tabar, a missile-frigate" either: a frigate is a warship)
        own_nouns = RelatedNouns(lexicon_of_nouns, (own_heads | {i.head for i in own.described.values()}) - vocab.generic)
        # "the newspaper" in an article that names a newspaper or broadcaster is one it names
        names_media = any(r.entity is not None and r.entity.via == "media" for r in own.refs)
        introduced = _indefinite_chains(own)
        shared = {maps[1 - side].get(o, o) for o in chains[1 - side]}  # the other article's referents
        # role nouns of someone's here ("saw his doctor" ... "The doctor"): a second bearer the
        # article does not name, so "the doctor" is not surely the other article's one
        someones_heads = {i.head for i in own.described.values() if not i.plural and i.possessed == "pronoun"}
        texts = chain_texts(own)
        for c in chains[side]:
            info = own.described.get(c)
            if info is None or c in maps[side]:
                continue
            head, role, country = info.head, info.role, info.country
            if info.ranked or info.plural or info.possessed == "own" or (head in vocab.generic and not country) or head in own_heads:
                continue
            if head in someones_heads and not info.possessed:
                continue
            if names_media and head in _MEDIA_NOUNS:
                continue
            # "the minister" for "Finance Minister X", never "the finance minister" for a defence minister
            # the same role noun first: a related one only when none carries it ("the chief
            # executive" is the executive named there, not a minister WordNet also calls an executive)
            found = set(by_role.get(role, ()))
            related = False  # found through another noun ("the envoy" / "X, an official")
            if " " not in role and not info.possessed:
                found |= by_head.get(head, set())
                if not found:
                    related = True
                    for h in related_heads.of(head):
                        rivals = {n for n in own_nouns.of(h) - {head} if not _more_general(lexicon_of_nouns, n, head)}
                        if not rivals:
                            found |= by_head[h]
            if head == "leader" and country:
                for h in title_heads & by_head.keys():
                    found |= by_head[h]
            if country:
                # "the Russian leader" only for a Russian title; "a Los Angeles County deputy" also
                # for a deputy whose title names no place
                found = {o for o in found if country in other.countries.get(o, ())
                         or (not other.countries.get(o) and country not in country_keys)}
            if info.modifier and "organisation" in (info.modifier_kind, _chain_kind(own, info.modifier)):
                # "an FBI bomb technician" is not "Senior Trooper Hakim, with the Oregon State
                # Police": a person written with another organisation than the description's
                modifier = maps[side].get(info.modifier, info.modifier)
                found = {o for o in found if not other.organisations.get(o)
                         or {info.modifier, modifier} & ({maps[1 - side].get(g, g) for g in other.organisations[o]}
                                                        | other.organisations[o])}
            gender = _description_gender(own, c, vocab, texts)
            if gender:
                # "a female sheriff's deputy" is no "Deputy Hoyt Teasley": a gendered description
                # joins a name only when its given name is known to say the same gender
                found = {o for o in found if gendered_given_names().get(o.split()[0]) == gender}
            if c in introduced:
                # "A Post editor dubbed him": "a" introduces someone, never a person the other
                # article names once in passing ("Post Editor Benjamin C. Bradlee", far down)
                found = {o for o in found if _main_actor(other, o)}
            kind = _chain_kind(own, c)
            # a description names a referent of its own kind: "the office" (a thing, a building)
            # is not "Vancouver Police", "the suburban Detroit building" not Beaumont Hospital
            found = {o for o in found if "other" in (kind, _chain_kind(other, o)) or kind == _chain_kind(other, o)}
            if len(found) == 1:
                target = found.pop()
                key = maps[1 - side].get(target, target)
                beside = {maps[side].get(p, p) for p in own.beside.get(c, ())}
                if beside and related and key not in beside:
                    # "Kurt Volker, the former special envoy" here, "official David Holmes"
                    # there: someone named right there bears the noun itself, the other
                    # article's official only a noun of its kind; a guess, not a join
                    continue
                if beside - shared and (key not in beside or info.possessed):
                    # "The political counselor was having lunch with Sondland ... Holmes could
                    # hear": its own sentence names someone the other article does not, whom it
                    # may well be; the other article's bearer is then only a guess, and a wrong
                    # one misleads more than none. The bearer named right there is the one
                    # meant ("Palin ... the Republican vice presidential candidate"), unless the
                    # description is someone's ("Dempsey ... told of a man who saw his doctor")
                    continue
                maps[side][c] = key
    # A description with an age ("a 66-year-old Burnsville woman") -> the other article's one
    # chain with that age ("LuAnn Marie Johnson, 66"), when no other chain here has it.
    for side in (0, 1):
        own, other = sides[side], sides[1 - side]
        by_age: dict[int, dict[str, str]] = {}
        for o, ages in other.ages.items():
            for age in ages:
                by_age.setdefault(age, {})[maps[1 - side].get(o, o)] = o
        own_ages = Counter(age for ages in own.ages.values() for age in ages)
        for c, ages in own.ages.items():
            if c in maps[side] or not _described(own, c) or len(ages) != 1:
                continue
            age = next(iter(ages))
            found = by_age.get(age, {})
            if own_ages[age] == 1 and len(found) == 1:
                key, o = next(iter(found.items()))
                if not _gender_clash(own, c, o, vocab):
                    maps[side][c] = key
    _ages_by_word(sides, maps)
    _nationals(sides, maps)
    # Chains of descriptions on both sides with nouns of one sense or one a kind of the other
    # ("the car" / "the vehicle", "the film" / "the movie"): one such chain in each article.
    described = [_DescriptionIndex(s, lexicon_of_nouns, vocab) for s in sides]
    indefinite = [_indefinite_chains(s) for s in sides]
    openers = [_first_words(s) for s in sides]
    counts = [_described_counts(s) for s in sides]
    opening = [_opening_group(s) for s in sides]
    for side in (0, 1):
        own, other = sides[side], sides[1 - side]
        other_keys = {maps[1 - side].get(o, o) for o in chains[1 - side]}
        own_keys = {maps[side].get(o, o) for o in chains[side]}
        for c in chains[side]:
            info = own.described.get(c)
            if info is None or c in maps[side] or c in other_keys or info.head in vocab.generic or info.ranked:
                continue
            found = [o for o in described[1 - side].related(info) if maps[1 - side].get(o, o) not in own_keys]
            if counts[side].get(c):
                # "seven AK-47 rifles" / "12 AK 47 guns": two counts are two lots (or two
                # accounts of one, a discrepancy to read, not a naming difference)
                found = [o for o in found if not counts[1 - side].get(o) or counts[1 - side][o] & counts[side][c]]
            if info.plural and _chain_kind(own, c) == "person":
                # a group of people introduced by another noun is often another group ("seven
                # attorneys" he fired / "prosecutors"): a bare plural joins by the same noun only
                found = [o for o in found if other.described[o].head == info.head
                         or not (info.bare or other.described[o].bare)
                         # ... unless each article opens with it: the story's actors ("Armed
                         # robbers stole ..." / "Thieves posing as women stole ...")
                         or (c == opening[side] and o == opening[1 - side])]
                # a counted group ("the two leaders": the two just named) is a closed set, a bare
                # plural with no count ("Arab leaders") an open one: not one group
                found = [o for o in found if not _closed_against_open(info, bool(counts[side].get(c)),
                                                                      other.described[o], bool(counts[1 - side].get(o)))]
            if info.possessed or c in indefinite[side]:
                # "his aides" / "their officers" (whose?), "a traitor" / "a criminal" (is one
                # meant at all?): the same noun, or the same owner ("His assailant" / "His attacker")
                found = [o for o in found if other.described[o].head == info.head
                         or (info.possessed and openers[side].get(c, set()) & openers[1 - side].get(o, set()))]
            # (a ranked one, "the first film", is never the one found, but leaves the others
            # ambiguous: "the new movie" is not the first film nor surely "the film")
            back = described[side].related(other.described[found[0]]) if len(found) == 1 else []
            # ("his car" is not the vehicle when the article has an unowned "the car" too)
            if (len(found) == 1 and not other.described[found[0]].ranked
                    and len(back) == 1 and (back[0] == c or OWNED not in c)):
                maps[side][c] = maps[1 - side].get(found[0], found[0])
                own_keys.add(maps[side][c])
    if settings.head_noun_across:
        _named_by_head_across(sides, maps, chains, vocab, lexicon_of_nouns)
    _join_suspects(sides, maps, vocab)
    if settings.counted_groups:
        counted_maps(sides, maps, vocab, settings)
    # Days: those both articles give; a day one article alone gives keeps a key of its own side.
    linked = link_times((sides[0].times, sides[1].times), (sides[0].story_day, sides[1].story_day),
                        bool(sides[0].story_words & sides[1].story_words))
    for side in (0, 1):
        for c in sides[side].times.facts:
            maps[side][c] = linked[side].get(c, f"{c}@{side}")
    return maps


def _name_head(key: str) -> str:
    """The noun a body's or place's name ends in, singular ("harwick primary school" -> "school";
    "coastguard agency of veland" -> "agency": a name "X of Y" is headed by the word before "of")."""
    words = key.split()
    for n, w in enumerate(words):
        if n and w in _BODY_HEAD_LINKS:
            words = words[:n]
            break
    return singular(words[-1])


def _headed_names(chains: ArticleChains) -> dict[str, set[str]]:
    """Noun -> the chains of one article named by a name of two words or more that ends in it
    ("Harwick Primary School": "school"), of a body, a place or a name of no known kind."""
    out: dict[str, set[str]] = {}
    for c, written in chains.names.items():
        if c in chains.described or _chain_kind(chains, c) == "person":
            continue
        for key in {c, *(name_key(w) for w in written)}:
            if " " in key:
                out.setdefault(_name_head(key), set()).add(c)
    return out


def _named_by_head_across(sides: tuple[ArticleChains, ArticleChains], maps: tuple[dict[str, str], dict[str, str]],
                          chains: list[set[str]], vocab: NamingVocabulary, lex: NounLexicon) -> None:
    """A chain of descriptions of one article ("A nearby school", "the hospital") -> the other
    article's one named body or place whose name ends in its noun ("Harwick Primary School"):
    within one article "the bank" is "West Coast Bank" (descriptions.py); across the pair the
    same holds when the noun is one referent's only: the describing article names nothing and
    describes nothing else by that noun, the other names one referent so and describes none
    apart. Never a person's noun, someone's ("his firm": whose is the reader's guess), a plural,
    a ranked one ("the second hospital"), a noun too vague to tell ("the area"), or a chain
    every mention of which is indefinite ("a nearby school": a school, if one is meant at all)."""
    heads = [_headed_names(s) for s in sides]
    described_heads = [Counter(info.head for info in s.described.values()) for s in sides]
    for side in (0, 1):
        own, other = sides[side], sides[1 - side]
        other_keys = {maps[1 - side].get(o, o) for o in chains[1 - side]}
        introduced = _indefinite_chains(own)
        for c in sorted(chains[side]):
            info = own.described.get(c)
            if info is None or c in maps[side] or c in other_keys or c in introduced:
                continue  # ("a hospital", every mention indefinite: which one, if one is meant at all?)
            head = info.head
            if info.plural or info.possessed or OWNED in c or info.ranked or head in vocab.generic or " " in info.role:
                continue
            if lex.kind(head) not in ("organisation", "place", "thing"):
                continue  # (a person's noun: "the chef" is never "Fenwick Hospitality")
            if heads[side].get(head) or described_heads[side][head] != 1 or described_heads[1 - side][head]:
                continue  # the article names one so itself, or either describes two or a second one
            found = heads[1 - side].get(head, set())
            if len(found) != 1:
                continue
            target = next(iter(found))
            kind = _chain_kind(other, target)
            if kind != "other" and _chain_kind(own, c) not in (kind, "other"):
                continue
            if info.modifier and info.modifier not in target:
                continue  # "the Velcor plant" is not "Harlow Chemical Plant"
            maps[side][c] = maps[1 - side].get(target, target)


def _nationals(sides: tuple[ArticleChains, ArticleChains], maps: tuple[dict[str, str], dict[str, str]]) -> None:
    """"the American", "the Ukrainian" (a nationality alone for a person) -> the one person the
    pair gives that nationality ("American Dale Mercer", in either article), never when it gives
    it two (a reader could not tell which is meant) nor for a plural ("the Americans")."""
    demonyms = _demonym_words()
    wanted = [{c: info.country for c, info in s.described.items()
               if info.country and not info.plural and not info.possessed and c not in maps[side]
               and info.role in demonyms and _chain_kind(s, c) == "person"} for side, s in enumerate(sides)]
    if not wanted[0] and not wanted[1]:
        return  # (most pairs)
    of_country: dict[str, set[str]] = {}
    for side, s in enumerate(sides):
        for c, countries in s.countries.items():
            if c not in s.described and not c.startswith("role:") and _chain_kind(s, c) == "person":
                for country in countries:
                    of_country.setdefault(country, set()).add(maps[side].get(c, c))
    for side in (0, 1):
        for c, country in wanted[side].items():
            people = of_country.get(country, set())
            if len(people) == 1:
                maps[side][c] = next(iter(people))


def _demonym_words() -> frozenset[str]:
    """The one-word nationality adjectives and nouns ("american", "ukrainian", "briton")."""
    lex = lexicon()
    cached = lex.derived.get("naming_demonym_words")
    if cached is None:
        cached = lex.derived["naming_demonym_words"] = frozenset(fold(d) for d in lex.demonyms if " " not in d)
    return cached


def _ages_by_word(sides: tuple[ArticleChains, ArticleChains], maps: tuple[dict[str, str], dict[str, str]]) -> None:
    """A description whose word tells an age span ("a teenage boy") -> the other article's one
    person named with a stated age in it ("Alexandros Grigoropoulos, 15"), when this article
    states no age in that span and tells it of no other description."""
    vocab = None
    for side in (0, 1):
        own, other = sides[side], sides[1 - side]
        spans = {c: span for c, span in told_age_spans(own).items() if c not in maps[side]}
        for c, span in spans.items():
            if sum(1 for s in spans.values() if s == span) > 1 or one_aged_within(own.ages, span, own.ages):
                continue
            people = [o for o in other.ages if not _described(other, o) and _person_like(other, o)]
            found = one_aged_within(other.ages, span, people)
            if len(found) == 1:
                vocab = vocab or _vocabulary()
                if not _gender_clash(own, c, found[0], vocab):
                    maps[side][c] = maps[1 - side].get(found[0], found[0])


def _names_by_initials(other: ArticleChains, chains: set[str]) -> dict[str, str | None]:
    """The initials of each of an article's names of two words or more -> that name's chain (None
    when two share them); "the" counts when written in the name or before it ("THR" for "The
    Hollywood Reporter")."""
    by_initials: dict[str, str | None] = {}
    written = {r.chain: r.entity.name for r in other.refs if r.entity is not None and r.chain == r.entity.key}
    for c in chains:
        if " " in c and not c.startswith("role:") and len(c.split()) >= 2:
            # "the" written in the name or before it ("''The Hollywood Reporter''")
            definite = c in other.definite or fold(written.get(c, "")).startswith("the ")
            with_the = "t" + _initials(c) if definite else ""
            for ini in (_initials(c), with_the):
                if len(ini) >= 2:  # "DNC"; "THR" for "The Hollywood Reporter"
                    by_initials[ini] = c if by_initials.get(ini, c) == c else None
    return by_initials


def _acronym_prefixes(sides: tuple[ArticleChains, ArticleChains], maps: tuple[dict[str, str], dict[str, str]],
                      chains: list[set[str]]) -> None:
    """A name led by an acronym ("INS Sukanya") -> the other article's one name that spells the
    acronym out before the same words ("Indian Naval Ship Sukanya")."""
    for side in (0, 1):
        own, other = sides[side], sides[1 - side]
        # (both read at the first name led by an acronym, which most pairs write none of)
        other_keys: set[str] | None = None
        spelled: dict[tuple[str, str], set[str]] | None = None
        for r in own.refs:
            if r.entity is None:
                continue
            first, _, rest = r.entity.name.partition(" ")
            if not rest or not (2 <= len(first) <= 5 and first.isalpha() and first.isupper()):
                continue
            if other_keys is None:
                other_keys = {maps[1 - side].get(c, c) for c in chains[1 - side]}
            if r.chain in maps[side] or maps[side].get(r.chain, r.chain) in other_keys:
                continue
            if spelled is None:
                spelled = _spelled_out(other)
            found = spelled.get((first.lower(), " ".join(_WORD.findall(fold(rest)))), set())
            if len(found) == 1:
                target = next(iter(found))
                maps[side][r.chain] = maps[1 - side].get(target, target)


def _spelled_out(chains: ArticleChains) -> dict[tuple[str, str], set[str]]:
    """(initials of a name's first words, the words after them) -> the chains of the names so
    written ("Indian Naval Ship Sukanya": ("ins", "sukanya"), ("in", "ship sukanya"), ...)."""
    spelled: dict[tuple[str, str], set[str]] = {}
    read: set[tuple[str, str]] = set()  # (text, chain) already spelled: a name is mentioned many times
    for r in chains.refs:
        if r.entity is None or r.field != "text" or (r.text, r.chain) in read:
            continue
        read.add((r.text, r.chain))
        words = _WORD.findall(fold(r.text))
        for n in range(2, min(len(words), 9)):  # (an acronym spells out a few words)
            spelled.setdefault((_initials(" ".join(words[:n])), " ".join(words[n:])), set()).add(r.chain)
    return spelled


def _body_words(key: str, lex: NounLexicon, country_keys: frozenset[str]) -> tuple[str, frozenset[str]]:
    """An organisation's name as its head and the set of its words, each noun in its singular,
    without the words that link them nor the country it is of: "Central Commission for
    Elections and Referenda" and "Central Election and Referendum Commission" are (commission,
    {central, commission, election, referendum}); "Central Elections Commission of Turkmenistan"
    is (commission, {central, election, commission}), the country's body as "the country's
    Central Election Commission" is. The words are entities.name_words, as only_in's longer
    names are read, each noun in its singular."""
    words = key.split()
    for n in range(len(words) - 2, 0, -1):
        if words[n] == "of" and " ".join(words[n + 1:]) in country_keys:
            words = words[:n]
            break
    link = next((n for n, w in enumerate(words) if w in _BODY_HEAD_LINKS), len(words))
    head = words[max(link - 1, 0)]

    def noun(w: str) -> str:
        return singular(lex.lemma(w) or w)

    return noun(head), name_words(" ".join(words), noun)


def _bodies_of_one_wording(sides: tuple[ArticleChains, ArticleChains], maps: tuple[dict[str, str], dict[str, str]],
                           chains: list[set[str]], country_keys: frozenset[str]) -> None:
    """An organisation's name here -> the other article's one organisation of the same head
    named by the same words in another order or number ("the Central Commission for Elections
    and Referenda" / "the Central Election and Referendum Commission", "Ministry of Defence" /
    "Defence Ministry"), or else by some of them ("Central Elections Commission of
    Turkmenistan" / "Central Election and Referendum Commission"): a body's name is translated
    or abridged by each outlet in its own way, and the same words with the same head cannot
    name another body in one story. Only when one name there fits."""
    lex = nouns()
    for side in (0, 1):
        own, other = sides[side], sides[1 - side]
        other_keys = {maps[1 - side].get(c, c) for c in chains[1 - side]}
        theirs = {c: _body_words(c, lex, country_keys) for c in other.names
                  if " " in c and _chain_kind(other, c) == "organisation"}
        if not theirs:
            continue
        proposed: dict[str, str] = {}
        for c in own.names:
            if " " not in c or c in maps[side] or c in other_keys or _chain_kind(own, c) != "organisation":
                continue
            head, words = _body_words(c, lex, country_keys)
            if len(words) < 2:
                continue
            found = [o for o, (h, w) in theirs.items() if w == words and o != c]
            if not found:
                found = [o for o, (h, w) in theirs.items() if h == head and o != c and worded_alike(words, w)]
            if len(found) == 1:
                proposed[c] = found[0]
        for c, target in one_to_one(proposed).items():  # two bodies here fitting one there: it is neither surely
            maps[side][c] = maps[1 - side].get(target, target)


def _more_general(lex: NounLexicon, noun: str, than: str) -> bool:
    """Whether a noun names a kind that another is one of, and is no other word for it
    ("ship" than "warship"; not "manager" than "coach", one of whose senses it shares)."""
    senses = lex.first_senses(noun)
    return bool(senses & lex.reach(than)) and not senses & lex.first_senses(than)


def _suspects(chains: ArticleChains, mapping: dict[str, str]) -> dict[str, str]:
    """Pair-wide key -> a chain of the people an article says were arrested or charged, or calls
    "the suspect" (one person: "the suspects" are a group)."""
    out: dict[str, str] = {}
    told = {c for c, roles in chains.roles.items() if any(r.rsplit(" ", 1)[-1] == "suspect" for r in roles)}
    for c in sorted(told | chains.implied.keys()):
        info = chains.described.get(c)
        if info is not None and info.plural:
            continue
        said = "suspect" in chains.implied.get(c, ()) or any(r.rsplit(" ", 1)[-1] == "suspect" for r in chains.roles.get(c, ()))
        if said and _chain_kind(chains, c) == "person":
            out.setdefault(mapping.get(c, c), c)
    return out


def _join_suspects(sides: tuple[ArticleChains, ArticleChains], maps: tuple[dict[str, str], dict[str, str]],
                   vocab: NamingVocabulary) -> None:
    """The one person each article says was arrested or charged, or calls the suspect ("police
    arrested a man" / "a Bloomington man has been charged"): the suspect of the one event both
    tell, when one of the two is only described (two names are two people) and nothing they say
    tells two people apart (a gender, an age, another role)."""
    suspects = [_suspects(sides[side], maps[side]) for side in (0, 1)]
    if len(suspects[0]) != 1 or len(suspects[1]) != 1:
        return
    (k0, c0), (k1, c1) = next(iter(suspects[0].items())), next(iter(suspects[1].items()))
    if k0 == k1:
        return
    keys = [{maps[side].get(c, c) for c in _chain_keys(sides[side])} for side in (0, 1)]
    across = (k0 in keys[1], k1 in keys[0])
    if all(across):
        return  # each already one of a chain the other article names
    side = 1 if across[0] else 0  # the chain not yet joined across takes the other's key
    if any(across) and not _described(sides[side], (c0, c1)[side]):
        return
    if _slot_pair_differs(sides, c0, c1, vocab):
        return
    maps[side][(c0, c1)[side]] = (k1, k0)[side]


def _described_counts(chains: ArticleChains) -> dict[str, set[int]]:
    """Each chain of plural descriptions -> the counts its mentions open with ("seven AK-47
    rifles": 7, "the two leaders": 2)."""
    out: dict[str, set[int]] = {}
    for r in chains.refs:
        if r.form != "description" or r.field != "text":
            continue
        info = chains.described.get(r.chain)
        if info is None or not info.plural:
            continue
        first = _WORD.findall(fold(r.text)[:24])
        if len(first) > 1 and first[0] == "the":
            del first[0]  # "the two leaders": a count of a group told before
        value = _number(first[0]) if first else None
        if value is not None:
            out.setdefault(r.chain, set()).add(value)
    return out


def _closed_against_open(info: Described, counted: bool, other: Described, other_counted: bool) -> bool:
    """Whether one of two plural descriptions counts its group and the other is a bare plural
    counting none ("the two leaders" / "Arab leaders")."""
    return (counted and other.bare and not other_counted) or (other_counted and info.bare and not counted)


def _opening_group(chains: ArticleChains) -> str | None:
    """The chain of a bare plural group of people whose mention is the article's first of anyone
    ("Armed robbers stole diamonds ..."): the group the story is about, not another one."""
    first = min((r for r in chains.refs if r.field == "text" and (r.kind == "person" or (r.entity is not None and r.kind == "other"))),
                key=lambda r: r.start, default=None)  # (a name of no known kind may be a person's: "Jeffs")
    if first is None:
        return None
    info = chains.described.get(first.chain)
    return first.chain if info is not None and info.plural and info.bare else None


def _indefinite_chains(chains: ArticleChains) -> set[str]:
    """Chains of descriptions every mention of which is indefinite ("a traitor")."""
    seen: dict[str, bool] = {}
    for r in chains.refs:
        if r.chain in chains.described:
            seen[r.chain] = seen.get(r.chain, True) and r.text.lower().startswith(("a ", "an "))
    return {c for c, only in seen.items() if only}


def _main_actor(chains: ArticleChains, chain: str) -> bool:
    """Whether an article names a chain within its opening paragraphs or more than once."""
    body = [r.start for r in chains.refs if r.chain == chain and r.field == "text"]
    return len(body) > 1 or any(start < chains.opening_end for start in body)


def _first_words(chains: ArticleChains) -> dict[str, set[str]]:
    """Chain of descriptions -> the first words of its mentions ("his", "their", "the")."""
    out: dict[str, set[str]] = {}
    for r in chains.refs:
        if r.chain in chains.described and r.text:
            out.setdefault(r.chain, set()).add(r.text.split(" ", 1)[0].lower())
    return out


class _DescriptionIndex:
    """An article's chains of descriptions by head noun, to find those that can describe what
    another description does."""

    def __init__(self, chains: ArticleChains, lexicon_of_nouns: NounLexicon, vocab: NamingVocabulary):
        self.chains = chains
        self.by_head: dict[str, list[str]] = {}
        for o, info in chains.described.items():
            if info.head not in vocab.generic:
                self.by_head.setdefault(info.head, []).append(o)
        self.heads = RelatedNouns(lexicon_of_nouns, self.by_head)

    def related(self, info: Described) -> list[str]:
        """Same number, no other country, the same name in it (or none), a head of the same
        sense or one a kind of the other."""
        out = []
        for head in sorted(self.heads.of(info.head)):
            for o in self.by_head[head]:
                other = self.chains.described[o]
                if (other.plural == info.plural and other.possessed == info.possessed
                        and (not info.country or not other.country or info.country == other.country)
                        # "the Philadelphia Eagles practice squad" is not whatever "the team" is
                        and other.modifier == info.modifier
                        and (other.role != info.role or other.country != info.country or other.modifier != info.modifier
                             or other.ranked != info.ranked)):
                    out.append(o)
        if len(out) > 1:
            # "his car", "her car", "the car": the unowned one is what another noun of that sense
            # names ("the vehicle"), when it is the only one
            unowned = [o for o in out if OWNED not in o]
            if len(unowned) == 1:
                return unowned
        return out


def named_in_both(sides: tuple[ArticleChains, ArticleChains], maps: tuple[dict[str, str], dict[str, str]]
                  ) -> tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]]:
    """Per article, the body spans of names whose referent the other article also names, in
    whatever words (an alias, an acronym, a capital for its government, another spelling) ->
    the referent's name. Such a name is a naming difference, never an omission."""
    by_key: list[dict[str, list[Ref]]] = [{}, {}]
    for side in (0, 1):
        for r in sides[side].refs:
            by_key[side].setdefault(maps[side].get(r.chain, r.chain), []).append(r)
    out: tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]] = ({}, {})
    names: dict[str, str] = {}
    for side in (0, 1):
        for key, refs in by_key[side].items():
            if key not in by_key[1 - side]:
                continue
            name = names.get(key)
            if name is None:
                name = names[key] = _display(by_key[0][key] + by_key[1][key], key)
            for r in refs:
                if r.entity is not None and r.field == "text":
                    out[side][(r.entity.start, r.entity.end)] = name
    return out
