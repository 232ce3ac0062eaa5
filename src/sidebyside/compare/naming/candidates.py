"""Candidate mentions the description walk and the name rules leave out by default: a place
noun with no determiner after a preposition ("died in prison", "in federal prison", "held in
jail"), and a one-word name that only opens sentences here but that the other article writes
as a name inside a sentence ("Microsoft has released ..." / "a patch from Microsoft Corp.").

A bare place is only a candidate: its chain ("role:prison") is kept only when the other article
uses its noun for a description too (keep_told_in_both), so a bare noun one article alone tells
is never a contrast; within its article it joins the one venue of its kind the article tells
with its place ("the federal prison in Springfield, Mo.": places.py)."""

from __future__ import annotations

import functools
import json
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from itertools import compress

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.entities import CLOSED_CLASS
from sidebyside.compare.naming.business_across import business_across
from sidebyside.compare.naming.chain_tools import _chain_kind, introduced_in_lede, merge_chains
from sidebyside.compare.naming.chains import ArticleChains, Ref
from sidebyside.compare.naming.event_classes import event_class_across, measured_thing_across, named_event_across
from sidebyside.compare.naming.words import _VENUES, vocabulary
from sidebyside.compare.nouns import nouns
from sidebyside.compare.termdata import TERMS_DIR, naming_data, resource
from sidebyside.compare.tokens import joinable, token_norms, words_in_lower_case


@functools.cache
def candidate_words() -> dict[str, frozenset[str]]:
    """resources/terms/naming_candidates.json, as sets."""
    data = json.loads(resource(TERMS_DIR).joinpath("naming_candidates.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


def bare_place(view: ArticleView, k: int, idx: int, kind: str, head: str, plural: bool,
               verb: Callable[[str], bool]) -> bool:
    """A place noun right after a preposition, with no determiner and at most adjectives
    between ("died in prison", "in federal prison", "held in jail"): the place the story
    happens at. k: the first token of the phrase the description walk found, idx: its noun."""
    words = candidate_words()
    tokens = view.tokens
    if plural or kind != "place" or head in words["not_bare_places"] or k == 0 or view.in_quote(tokens[k].start, tokens[idx].end):
        return False
    before = tokens[k - 1]
    if before.norm not in words["bare_place_prepositions"] or not joinable(before, tokens[k]):
        return False
    if k > 1 and tokens[k - 2].norm in words["term_words"]:
        return False  # "119 years in prison", "life in prison": a sentence, no place the story is at
    for m in range(k, idx):
        norm = tokens[m].norm
        if tokens[m].cap or m in view.entity_at_token or verb(norm) or norm in CLOSED_CLASS or norm.endswith(("ing", "ly")):
            return False  # "in Oregon prison" is the walk's to read; "in shooting range" no place told
    nxt = tokens[idx + 1] if idx + 1 < len(tokens) else None
    # "in prison cells", "at school board meetings": the noun modifies another
    return nxt is None or not joinable(tokens[idx], nxt) or nxt.gap != " " or nouns().lemma(nxt.norm) is None or (
        nxt.norm in CLOSED_CLASS)


def bare_things(view: ArticleView, k: int, idx: int, kind: str, head: str, plural: bool,
                verb: Callable[[str], bool]) -> int | None:
    """The first token of a plural thing with no determiner but a name in it ("seven AK-47
    rifles", "Sudan Armed Forces planes"), past any verb or adverb the walk back took in ("the
    commandos also recovered 12 AK-47 rifles"), or None. The name is the evidence: such a set
    joins across only a set that names it too (pairing's related descriptions share their
    modifier); a set of things told by common words alone ("three undersea cables") joins
    nothing the reader could not see is the same, so it is left out."""
    tokens = view.tokens
    if not plural or kind != "thing" or head in candidate_words()["not_bare_things"] or tokens[idx].initial:
        return None
    if view.in_quote(tokens[k].start, tokens[idx].end):
        return None
    nxt = tokens[idx + 1] if idx + 1 < len(tokens) else None
    if nxt is not None and nxt.gap == " " and nxt.norm == "of":
        return None  # "pieces of the wreck": a measure of what follows
    start = k
    for m in range(idx - 1, k - 1, -1):
        norm = tokens[m].norm
        if m not in view.entity_at_token and (verb(norm) or norm in CLOSED_CLASS or norm.endswith(("ed", "ing", "ly"))):
            start = m + 1
            break
    named = any(view.entity_at_token[m].kind not in ("place", "group", "event")
                for m in range(start, idx) if m in view.entity_at_token)
    return start if named else None


def bare_body(view: ArticleView, k: int, idx: int, head: str, verb: Callable[[str], bool],
              noun_suffixes: tuple[str, ...] = ()) -> int | None:
    """The first token of a public body's noun with no determiner ("police said", "Police
    allege", "according to police"; a place or nationality right before it is kept: "Italian
    police"), or None. k: where the description walk stopped, idx: the noun; verb: whether a word
    is a verb ("told police", "contacted police"). Never a quotation, a possessive ("police's"),
    the first word of a compound ("police officer": the walk's), nor a force of a kind a common
    word tells ("state police", "riot police": not surely the one the article names)."""
    tokens = view.tokens
    if head not in candidate_words()["bare_bodies"] or tokens[idx].possessive:
        return None
    nxt = tokens[idx + 1] if idx + 1 < len(tokens) else None
    if nxt is not None and joinable(tokens[idx], nxt) and not nxt.cap and nxt.norm.endswith(noun_suffixes):
        return None  # "a police investigation": a noun the noun lexicon leaves out is the head
    start = idx
    ent = view.entity_at_token.get(idx - 1) if idx > 0 else None
    if (ent is not None and ent.kind in ("place", "group") and ent.via != "event" and ent.end == tokens[idx - 1].end
            and joinable(tokens[idx - 1], tokens[idx])):
        start = view.token_at_start.get(ent.start, idx)
    elif idx > 0 and joinable(tokens[idx - 1], tokens[idx]):
        prev = tokens[idx - 1]
        if not prev.cap and prev.norm not in CLOSED_CLASS and not verb(prev.norm) and not prev.norm.endswith("ed"):
            return None  # "state police", "riot police": a force of some kind, not surely the one named
    if view.in_quote(tokens[start].start, tokens[idx].end):
        return None
    return start


def _bodies_named(side: ArticleChains) -> dict[str, set[str]]:
    """Each bare-body noun -> the chains of the names the article gives with that noun in them
    ("staunton police", "new york police department"), never a description's."""
    nouns = candidate_words()["bare_bodies"]
    out: dict[str, set[str]] = {}
    for c in side.names:
        words = set(c.split()) & nouns if " " in c else ()  # (a one-word name is no force's: "Police")
        if not words or c.startswith(("role:", "venue:", "time:", "event:")) or _chain_kind(side, c) not in (
                "organisation", "other"):
            continue
        for word in words:
            out.setdefault(word, set()).add(c)
    return out


def _body_chains(side: ArticleChains) -> dict[str, str]:
    """The chains of a public body told by its noun alone ("police", "the police"), -> the
    noun: nobody's, of no country, name or rank ("Italian police" is told by its country)."""
    nouns = candidate_words()["bare_bodies"]
    found = {c: info.head for c, info in side.described.items()
             if info.head in nouns and c.startswith("role:") and not (
                 info.plural or info.possessed or info.country or info.modifier or info.ranked or OWNED_MARK in c)}
    if found:
        # ("an ongoing police ...": one of some, never the one the story tells)
        for r in side.refs:
            if r.chain in found and r.text.split(" ", 1)[0].casefold() in ("a", "an"):
                found.pop(r.chain)
    return found


def body_told_by_noun(side: ArticleChains) -> dict[str, str]:
    """"police said" ... "the Staunton Police Department": the chain of a body told by its noun
    -> the one name the article gives with that noun in it; none when it names two ("Woodburn
    police" and "Oregon State Police": the reader cannot tell which)."""
    told = _body_chains(side)
    if not told:
        return {}  # (most articles)
    named = _bodies_named(side)
    mapping = {}
    for c, noun in told.items():
        found = named.get(noun, set())
        if len(found) == 1:
            mapping[c] = next(iter(found))
    return mapping


def body_across(sides: tuple[ArticleChains, ArticleChains]) -> None:
    """A body one article tells by its noun alone and names nowhere ("police said") and the
    other names once ("the Staunton Police Department") -> one key: the chain of the noun takes
    the other's name's, as venue_across does for venues."""
    told = [_body_chains(side) for side in sides]
    if not any(told):
        return  # (most pairs)
    named = [_bodies_named(side) for side in sides]
    for index, side in enumerate(sides):
        mapping = {}
        for c, noun in told[index].items():
            theirs = named[1 - index].get(noun, set())
            if not named[index].get(noun) and len(theirs) == 1:
                mapping[c] = next(iter(theirs))
        merge_chains(side, mapping)


def _speaker_chains(side: ArticleChains, words: frozenset[str]) -> dict[str, str]:
    """Head -> the chain of the body's speakers told by that noun alone ("officials said", "the
    authorities"): of no country, name, rank or possessor ("Russian officials" are told by
    their country, "hospital officials" by their body)."""
    found: dict[str, str] = {}
    for c, info in side.described.items():
        if info.head in words and c.startswith("role:") and not (
                info.possessed or info.country or info.modifier or info.ranked or OWNED_MARK in c) and info.role == info.head:
            found[info.head] = c
    return found


def speakers_across(sides: tuple[ArticleChains, ArticleChains]) -> None:
    """"officials said" in one article, "authorities said" in the other (naming.json
    body_speakers): one referent, the body in charge speaking, when each article tells its
    speakers by one such noun only and never by the other's; the second's chain takes the
    first's key."""
    words = vocabulary().body_speakers
    if not words:
        return
    found = [_speaker_chains(side, words) for side in sides]
    if len(found[0]) != 1 or len(found[1]) != 1:
        return  # (most pairs: none, or two told apart)
    (head_a, chain_a), (head_b, chain_b) = next(iter(found[0].items())), next(iter(found[1].items()))
    if head_a != head_b:
        merge_chains(sides[1], {chain_b: chain_a})


BODY_PEOPLE_MARK = ":by:"  # "role:chief:by:coastguard": the chiefs of a body told by a word of its name


def body_people(view: ArticleView, out: ArticleChains, words: frozenset[str], elsewhere: frozenset[str],
                singular_of: Callable[[str], str]) -> list[Ref]:
    """"Coastguard chiefs said", "Competition watchdogs must approve": a plural of words (the
    people who run or speak for a body) right after a capitalised word with no determiner or
    other word of the phrase before it, the word one that this article or the other
    (elsewhere: its words written with a capital inside a sentence) writes in a name. Each becomes a mention of its own chain,
    "role:<noun>:by:<word>", in place of the bare plural the walk took alone; the pair's
    evidence (body_people_across) joins it to the one body so named, or leaves it alone."""
    tokens = view.tokens
    found = [i for i in compress(range(len(tokens)), map(words.__contains__, token_norms(tokens))) if i > 0]
    if not found:
        return []  # (most articles)
    own: set[str] | None = None  # the words of this article's names, read on first need
    starts: list[int] | None = None  # the mentions' starts in order, and the furthest end of the
    reach: list[int] = []  # mentions up to each: read on first need too
    added: list[Ref] = []

    def crossed(at: int) -> bool:
        """Whether a mention starts before the offset and ends after it."""
        n = bisect_left(starts, at)
        return n > 0 and reach[n - 1] > at

    for idx in found:
        word = tokens[idx - 1]
        if not joinable(word, tokens[idx]) or tokens[idx].possessive or word.possessive or word.norm in CLOSED_CLASS:
            continue
        if not word.cap:
            continue  # ("bank officials", "police chiefs": a kind of body, not surely the one named)
        if own is None:
            own = {w for c in out.names for w in c.split()}
        if word.norm not in own and word.norm not in elsewhere:
            continue
        ent = view.entity_at_token.get(idx - 1)
        if ent is not None and (ent.kind in ("place", "group", "person") or ent.start != word.start):
            continue  # "Russian officials", "Israeli officials": told by their country, not a body's word
        before = tokens[idx - 2] if idx > 1 and joinable(tokens[idx - 2], word) else None
        if before is not None and (before.norm in _OPENERS or before.cap or nouns().is_noun(before.norm)):
            continue  # "the Competition watchdogs", "Athens Police chiefs", "state Health officials": another phrase
        s, e = word.start, tokens[idx].end
        if starts is None:
            spans = sorted((r.start, r.end) for r in out.refs if r.field == "text")
            starts = [a for a, _ in spans]
            furthest = 0
            for _, b in spans:
                furthest = max(furthest, b)
                reach.append(furthest)
        if view.in_quote(s, e) or crossed(s) or crossed(e):
            continue  # (a mention across its edge: "Athens police chiefs" holds "Athens police")
        chain = f"role:{singular_of(tokens[idx].norm)}{BODY_PEOPLE_MARK}{word.norm}"
        added.append(Ref("text", s, e, view.text[s:e], "description", chain, "person", None, singular_of(tokens[idx].norm)))
    if added:
        spans = [(r.start, r.end) for r in added]
        out.refs = [r for r in out.refs if r.field != "text" or not any(r.start < e and s < r.end for s, e in spans)]
        for r in added:
            out.kinds.setdefault(r.chain, Counter())["person"] += 1
    return added


def body_people_across(sides: tuple[ArticleChains, ArticleChains]) -> None:
    """A body told by its people after a word of its name ("Coastguard chiefs") -> the one
    organisation an article names with that word in it ("the Coastguard Agency of Veland"):
    this article's when it names one, else the other's when it names one and this one none."""
    told = [{r.chain for r in side.refs if BODY_PEOPLE_MARK in r.chain} for side in sides]
    if not any(told):
        return  # (most pairs)
    bodies = []
    for side in sides:
        by_word: dict[str, set[str]] = {}
        for c in side.names:
            if c.startswith(("role:", "event:", "time:")):
                continue
            kind = _chain_kind(side, c)
            # (a one-word name only of a known organisation: "CNN officials"; never "Obama officials")
            if kind == "organisation" or (" " in c and kind == "other"):
                for w in c.split():
                    by_word.setdefault(w, set()).add(c)
        bodies.append(by_word)
    for index, side in enumerate(sides):
        mapping = {}
        for c in told[index]:
            word = c.rsplit(BODY_PEOPLE_MARK, 1)[1]
            own, theirs = bodies[index].get(word, set()), bodies[1 - index].get(word, set())
            if len(own) == 1:
                mapping[c] = next(iter(own))
            elif not own and len(theirs) == 1:
                mapping[c] = next(iter(theirs))
        merge_chains(side, mapping)


def named_elsewhere(view: ArticleView, names_elsewhere: frozenset[str]) -> frozenset[str]:
    """Keys of one-word names of no known kind that this article writes only where a sentence
    opens (so its own text cannot tell a name from a capitalised word) but that the other
    article writes with a capital inside a sentence, and this one never in lower case; never a
    common noun ("Police caught up with him" / "New York Police said")."""
    if not names_elsewhere:
        return frozenset()
    tokens, at = view.tokens, view.token_at_start
    # (only a name opening a sentence needs the other article's word: _name_like takes the rest)
    found = {e.key for e in view.entities
             if e.kind == "other" and e.via == "name" and e.key in names_elsewhere and " " not in e.key
             and e.start in at and tokens[at[e.start]].initial}
    found = {key for key in found if nouns().lemma(key) is None}
    if not found:
        return frozenset()
    return frozenset(found - words_in_lower_case(tokens))


def _bare(ref: Ref) -> bool:
    """A place description with no determiner nor possessor: a candidate of bare_place's (a
    set of things bare_things takes has a name in it, which pairs it)."""
    if (ref.form != "description" or ref.kind != "place" or ref.entity is not None
            or not ref.head or not ref.chain.startswith("role:")):
        return False
    first = ref.text.split(" ", 1)[0]
    return first.casefold() not in _OPENERS and not _POSSESSOR.search(first)


def keep_told_in_both(sides: tuple[ArticleChains, ArticleChains]) -> None:
    """Drop the chains made only of bare places whose noun the other article never uses in a
    description: "in prison" stays when the other article tells "the federal prison" or "in
    federal prison"; a bare noun told in one article only is no referent both name."""
    candidates = [{r.chain for r in side.refs if _bare(r)} for side in sides]
    heads: list[set[str] | None] = [None, None]  # each side's description nouns, when asked
    for index, side in enumerate(sides):
        if not candidates[index]:
            continue  # (most articles: no bare place at all)
        only = candidates[index] - {r.chain for r in side.refs if r.chain in candidates[index] and not _bare(r)}
        if heads[1 - index] is None:
            heads[1 - index] = {_last(r.head) for r in sides[1 - index].refs if r.head}
        drop = {r.chain for r in side.refs if r.chain in only} - {
            r.chain for r in side.refs if r.chain in only and r.head and _last(r.head) in heads[1 - index]}
        if drop:
            side.refs = [r for r in side.refs if r.chain not in drop]
            for c in drop:
                side.described.pop(c, None)


def pair_candidates(sides: tuple[ArticleChains, ArticleChains]) -> None:
    """The pair's evidence on the candidates, before the chains are paired: bare places the
    other article tells too (keep_told_in_both), venues told by their noun alone in one article
    and with their place in the other (venue_across), the story's event named by two nouns of
    one class (event_classes), a thing both describe by one measure, the pair's one business
    named in one and told by a business noun in the other (business_across)."""
    keep_told_in_both(sides)
    passing_places(sides)
    venue_across(sides)
    body_across(sides)
    speakers_across(sides)
    body_people_across(sides)
    named_kind_across(sides)
    work_kind_across(sides)
    described_kind_across(sides)
    event_class_across(sides)
    named_event_across(sides)
    measured_thing_across(sides)
    business_across(sides)


def venue_across(sides: tuple[ArticleChains, ArticleChains]) -> None:
    """A venue one article tells with its place ("the federal prison in Springfield, Mo.") and
    the other by its noun alone ("died in federal prison", "the prison") -> one key, when each
    article tells one venue of that kind: the chain of the noun alone takes the venue's key, as
    places.py joins them within one article."""
    from sidebyside.compare.naming.descriptions import OWNED  # (descriptions reads this module)

    venues = [_venue_chains(side) for side in sides]
    for index, side in enumerate(sides):
        mapping = {}
        for c, info in side.described.items():
            venue = _VENUES.get(info.role)
            theirs = venues[1 - index].get(venue or "", set())
            if (len(theirs) != 1 or venues[index].get(venue or "") or not c.startswith("role:") or OWNED in c
                    or info.plural or info.country or info.modifier or info.possessed or info.ranked
                    or any(r.chain == c and r.text[:2].casefold() in ("a ", "an") for r in side.refs)):
                continue
            mapping[c] = next(iter(theirs))
        if len({v for v in mapping.values()}) == len(mapping):  # one noun chain per venue
            merge_chains(side, mapping)


@functools.cache
def _named_kinds() -> tuple[dict[str, int], dict[str, int]]:
    """naming.json's named_kinds: noun -> its kind's number, and a name's first word -> the same."""
    data = naming_data()["named_kinds"]
    groups = data["groups"]
    by_noun = {w: n for n, group in enumerate(groups) for w in group}
    by_first = {w: by_noun[kind] for w, kind in data["name_prefixes"].items() if kind in by_noun}
    return by_noun, by_first


@functools.cache
def place_of_name_nouns() -> frozenset[str]:
    """naming.json named_kinds' place_of_name_nouns: "the town of Corvale" is Corvale."""
    return frozenset(naming_data()["named_kinds"]["place_of_name_nouns"])


def passing_places(sides: tuple[ArticleChains, ArticleChains]) -> None:
    """A place one article names once, in passing ("violence also broke out in the northern city
    of Thessaloniki"), and the other never: its kind of place ("city") is no role the other
    article's "the city" may join it by, which most often stands for the story's own city."""
    nouns = place_of_name_nouns()
    for index, side in enumerate(sides):
        places = [c for c, roles in side.roles.items() if roles & nouns and c in side.names and not c.startswith(_NOT_NAMES)]
        if not places:
            continue  # (most articles)
        named = Counter(r.chain for r in side.refs if r.form in ("name", "short") and r.field == "text")
        for c in places:
            if named[c] < 2 and c not in sides[1 - index].names:
                side.roles[c] = side.roles[c] - nouns


_NOT_NAMES = ("role:", "venue:", "time:", "event:", "count:")


def _kinds_named(side: ArticleChains) -> dict[int, set[str]]:
    """Kind number -> the named chains whose name says that kind by its last word ("Marrow
    River", "Bell Street Tunnel") or its first ("MV Aegean Star"): never a person's."""
    by_noun, by_first = _named_kinds()
    out: dict[int, set[str]] = {}
    for c in side.names:
        words = c.split()
        if len(words) < 2 or c.startswith(_NOT_NAMES):
            continue
        kind = by_noun.get(words[-1], by_first.get(words[0]))
        if kind is not None and _chain_kind(side, c) != "person":
            out.setdefault(kind, set()).add(c)
    return out


def named_kind_across(sides: tuple[ArticleChains, ArticleChains]) -> None:
    """"the river" here, "the Marrow River" there; "the vessel" / "the MV Aegean Star": the
    descriptions one article gives by a kind noun (naming.json named_kinds: "the span", "the
    crossing" are one bridge) take the key of the one name of that kind the other article gives,
    when their own article names nothing of that kind and introduces no other one ("a fishing
    boat": then "the boat" may be either; one it introduces and returns to, "a sleepy museum ...
    the museum", as its only description of the kind, is the one). Each must point back at
    something known: "the", no "a", nobody's ("his boat"), no place, name or rank in it, one thing."""
    by_noun = _named_kinds()[0]
    told: list[dict[int, list[str]]] = [{}, {}]
    for index, side in enumerate(sides):
        for c, info in side.described.items():
            kind = by_noun.get(info.head)
            if kind is not None and c.startswith("role:"):
                told[index].setdefault(kind, []).append(c)
        for c in {r.chain for r in side.refs if r.chain.startswith("venue:")}:
            # "the Eastbrook high school": a venue told with a place the other article names too
            _, venue, place = c.split(":", 2)
            kind = by_noun.get(venue)
            if kind is not None and place in sides[1 - index].names:
                told[index].setdefault(kind, []).append(c)
    if not any(told):
        return  # (most pairs)
    named = [_kinds_named(side) for side in sides]
    for index, side in enumerate(sides):
        if not told[index]:
            continue
        indefinite = {r.chain for r in side.refs if r.form == "description" and r.text[:2].casefold() in ("a ", "an")}
        returned = _introduced_then_told(side, indefinite)
        mapping = {}
        for kind, chains in told[index].items():
            theirs = named[1 - index].get(kind, set())
            if len(theirs) != 1 or named[index].get(kind):
                continue
            if len(chains) == 1 and chains[0] in returned:
                pass  # "a sleepy provincial museum ... The museum": the one of its kind the story keeps telling
            elif (len(chains) == 1 and chains[0] in side.described and introduced_in_lede(side, chains[0])
                  and not _other_one(side.described[chains[0]])
                  and _chain_kind(side, chains[0]) != "person"):
                pass  # "A court heard yesterday": the lede introduces the story's own one
            elif any(c in indefinite or OWNED_MARK in c or (c in side.described and _other_one(side.described[c]))
                   or _chain_kind(side, c) == "person" for c in chains):
                continue  # another one of the kind told here: the reader cannot tell which is the one named there
            target = next(iter(theirs))
            mapping.update((c, target) for c in chains)
        merge_chains(side, mapping)


def work_kind_across(sides: tuple[ArticleChains, ArticleChains]) -> None:
    """"The film Iron Valley took $41 million" there, "The gritty film ... The film took" here:
    a chain of definite descriptions by a work's noun that its own article joins to no name ->
    the one name the other article gives that kind (descriptions.py _kinds_given: a work's noun
    before the name or in apposition), the same noun or one of its family (naming.json
    kind_families: "show" / "series"). Never when the describing article gives the kind to a
    name itself (its own rule decides), describes two works of the kind, or writes one with
    "a", a possessor, a place, a name or a rank (another may be meant); nor when the other
    article gives the kind to two names or tells one more work of the kind by its noun alone."""
    if not (sides[0].work_kinds or sides[1].work_kinds):
        return  # (most pairs)
    from sidebyside.compare.naming.descriptions import _ANOTHER, OWNED, _kind_families  # (descriptions reads this module)

    works = vocabulary().works
    families = _kind_families()

    def same(head: str, kind: str) -> bool:
        return head == kind or families.get(head, -1) == families.get(kind, -2)

    for index, side in enumerate(sides):
        other = sides[1 - index]
        if not other.work_kinds:
            continue
        described = [c for c, info in side.described.items() if info.head in works]
        mapping = {}
        for c in described:
            info = side.described[c]
            if (not c.startswith("role:") or "@" in c or OWNED in c or c.endswith(_ANOTHER) or _other_one(info)
                    or any(same(info.head, k) for k in side.work_kinds)
                    or sum(1 for o in described if same(side.described[o].head, info.head)) != 1):
                continue
            mentions = [r for r in side.refs if r.chain == c and r.field == "text"]
            if not mentions or any(r.text.split(" ", 1)[0].casefold() not in ("the", "this") for r in mentions):
                continue
            bearers = {n for kind, named in other.work_kinds.items() if same(info.head, kind) for n in named}
            if len(bearers) != 1 or any(same(o.head, info.head) for o in other.described.values()):
                continue
            target = next(iter(bearers))
            if target in other.names:
                mapping[c] = target
        merge_chains(side, mapping)


def _introduced_then_told(side: ArticleChains, indefinite: set[str]) -> set[str]:
    """Chains of descriptions first written with "a" and later with "the" ("a sleepy provincial
    museum ... The museum"): one thing the article introduces and returns to, not one of many."""
    first: dict[str, Ref] = {}
    later: set[str] = set()
    for r in side.refs:
        if r.chain not in indefinite or r.field != "text" or r.form != "description":
            continue
        if r.chain not in first:
            first[r.chain] = r
        elif r.text.split(" ", 1)[0].casefold() == "the":
            later.add(r.chain)
    return {c for c in later if first[c].text[:2].casefold() in ("a ", "an")}


def described_kind_across(sides: tuple[ArticleChains, ArticleChains]) -> None:
    """"the plant" / "the factory", "the island's harbour" / "the port of Naxos": one chain of
    descriptions in each article by nouns of one kind (naming.json named_kinds) and of one place
    (written in it, or its possessor), where neither article tells another one of that kind:
    one thing, the second article's chain taking the first's key. The noun lexicon's senses
    (pairing's related descriptions) leave these apart when a noun is missing from it or the
    two are no synonyms there."""
    by_noun = _named_kinds()[0]
    found: list[dict[tuple[int, str], list[str]]] = [{}, {}]
    blocked: list[set[int]] = [set(), set()]
    for index, side in enumerate(sides):
        for c, info in side.described.items():
            kind = by_noun.get(info.head)
            if kind is None or not c.startswith("role:"):
                continue
            if OWNED_MARK in c or info.plural or info.modifier or info.possessed or info.ranked or info.bare:
                blocked[index].add(kind)
                continue
            found[index].setdefault((kind, info.country or _possessor(c)), []).append(c)
    if not (found[0] and found[1]):
        return  # (most pairs)
    for index, side in enumerate(sides):
        for r in side.refs:
            if r.form == "description" and r.text[:2].casefold() in ("a ", "an"):
                kind = by_noun.get(r.head or "")
                if kind is not None:
                    blocked[index].add(kind)  # "a ferry": a new one, maybe not the other's
    mapping = {}
    for (kind, place), chains in found[1].items():
        theirs = found[0].get((kind, place), [])
        if kind in blocked[0] or kind in blocked[1] or len(chains) != 1 or len(theirs) != 1:
            continue
        if sum(k == kind for k, _ in found[0]) != 1 or sum(k == kind for k, _ in found[1]) != 1:
            continue  # two places' ones
        if chains[0] != theirs[0]:
            mapping[chains[0]] = theirs[0]
    merge_chains(sides[1], mapping)


def _possessor(chain: str) -> str:
    """The named possessor written in a description's chain ("role:harbour:of:naxos"), or ""."""
    at = chain.find(":of:")
    rest = chain[at + 4:] if at >= 0 else ""
    return "" if not rest or rest.startswith("role:") else rest


def _other_one(info) -> bool:
    """A description that may tell another one of its kind: several, someone's, of a place, with
    a name or a rank in it."""
    return bool(info.plural or info.country or info.modifier or info.possessed or info.ranked or info.bare)


def _venue_chains(side: ArticleChains) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in side.refs:
        if r.chain.startswith("venue:"):
            out.setdefault(r.chain.split(":")[1], set()).add(r.chain)
    return out


def _last(role: str) -> str:
    return role.rsplit(" ", 1)[-1]


OWNED_MARK = ":of-"  # (descriptions.OWNED, which reads this module)
_OPENERS = frozenset("the a an this that these those his her its their my our your".split())
_POSSESSOR = re.compile(r"['’]s?$")
