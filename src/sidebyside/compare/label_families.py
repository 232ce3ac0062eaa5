"""Contested label families (resources/terms/labels.json): words outlets choose between for one
thing ("occupation" vs "presence of ... troops"), found in each article with the entities they
are about, and paired across the two articles when they are about the same thing but use
different variants. See resources/terms/README.md for the pairing rule."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.entities import name_key
from sidebyside.compare.termdata import LabelFamily, Lexicon, naming_data
from sidebyside.compare.text import ARTICLES, DEMONSTRATIVES
from sidebyside.compare.tokens import PhraseMatcher, inflected_phrases, joinable
from sidebyside.model import LabelContrast, LabelCount, Mention

_COMPASS = frozenset(
    "northern southern eastern western north south east west northeastern northwestern southeastern "
    "southwestern central occupied".split()
)
_DETERMINERS = ARTICLES | DEMONSTRATIVES | frozenset("its their his her".split())
_LOCATIVES = frozenset("in on across inside throughout".split())
_ANCHOR_WINDOW = 8  # tokens either side searched for anchors when the phrase names none
_NEAR_WINDOW = 4


@dataclass(frozen=True)
class FamilyHit:
    family: int
    term: str  # the variant the words belong to ("occupation", "presence", "forces")
    start: int
    end: int
    anchors: frozenset[str]
    actor: str | None  # surface nationality word or name of who acts ("Turkish")
    place: str | None  # surface place phrase ("northern Syria")
    own: bool = True  # anchors named by the phrase itself, not just found near it
    primary: str | None = None  # what the phrase is about: its place, else its actor


@functools.lru_cache(maxsize=1)
def _other_senses() -> tuple[dict[str, tuple[tuple[str, ...], ...]], dict[str, tuple[tuple[str, ...], ...]]]:
    """naming.json's family_other_senses: per family term, the word sequences after / before it
    that make it name something else ("death penalty", "sentenced to death")."""
    data = naming_data()
    senses = data.get("family_other_senses", {})
    return tuple(
        {term.casefold(): tuple(tuple(p.casefold().split()) for p in phrases) for term, phrases in senses.get(side, {}).items()}
        for side in ("after", "before")
    )  # type: ignore[return-value]


def _other_sense(tokens: list, i: int, j: int, term: str) -> bool:
    """Whether the family term at tokens[i:j] is used in another sense by the words around it."""
    after, before = _other_senses()
    for phrase in after.get(term, ()):
        if tuple(t.norm for t in tokens[j : j + len(phrase)]) == phrase:
            return True
    for phrase in before.get(term, ()):
        if i >= len(phrase) and tuple(t.norm for t in tokens[i - len(phrase) : i]) == phrase:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _unrealised_words() -> tuple[frozenset[str], frozenset[str]]:
    """naming.json's family_unrealised: (modals, intention words) that make a family verb a possibility."""
    data = naming_data()["family_unrealised"]
    return frozenset(data["modals"]), frozenset(data["intentions"])


def _unrealised(tokens: list, i: int) -> bool:
    """'could invade', 'intends to invade': what may happen is not the thing that happened, so it
    is no variant of the other article's fighting or occupation."""
    modals, intentions = _unrealised_words()
    before = [t.norm for t in tokens[max(0, i - 3) : i]]
    if before and before[-1] == "not":
        before.pop()
    if before and before[-1] in modals:
        return True
    return len(before) >= 2 and before[-1] == "to" and before[-2] in intentions


@functools.cache
def _other_instance_words() -> tuple[frozenset[str], frozenset[str]]:
    """naming.json's family_other_instance: (words that mark another instance, words that stop the look-back)."""
    data = naming_data()["family_other_instance"]
    return frozenset(data["words"]), frozenset(data["stops"])


def _another_instance(tokens: list, i: int, reach: int = 3) -> bool:
    """'an earlier Israeli strike', 'previous conflicts': another instance of the thing, told
    beside the one the story is about, so no variant of the other article's label. Looks back
    inside the noun phrase only (up to reach words, not past a determiner or preposition)."""
    words, stops = _other_instance_words()
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if tokens[k + 1].initial or tokens[k].norm in stops:
            return False
        if tokens[k].norm in words:
            return True
    return False


def _family_matcher(lex: Lexicon) -> PhraseMatcher[tuple[int, str, tuple[str, ...], str]]:
    matcher = lex.derived.get("families")
    if matcher is None:
        phrases = []
        # later (user) families first, so a user's family wins a term it shares with a shipped one
        for idx, family in reversed(list(enumerate(lex.label_families))):
            if family.scope == "person":
                continue
            for term, near, variant in family.terms:
                for form in inflected_phrases(term):
                    phrases.append((form, (idx, variant, near, term.casefold())))
        matcher = PhraseMatcher(phrases)
        lex.derived["families"] = matcher
    return matcher


def family_hits(view: ArticleView, lex: Lexicon) -> list[FamilyHit]:
    tokens = view.tokens
    hits = []
    for i, n, (family, variant, near, term) in _family_matcher(lex).find_all(tokens):
        if _other_sense(tokens, i, i + n, term) or _unrealised(tokens, i) or _another_instance(tokens, i):
            continue  # "the death penalty", "will die in prison", "intends to invade", "an earlier
            # strike": not the family's thing the other article tells
        if i in view.entity_at_token and view.entity_at_token[i].kind != "event" and tokens[i].cap:
            continue  # part of a name ("Free Syrian Army", "Government House")
        if near and not any(t.norm in near for t in tokens[i + n : i + n + _NEAR_WINDOW]):
            continue
        hit = _extend(view, i, i + n, family, variant)
        if view.in_quote(hit.start, hit.end):
            continue
        # "presence of Turkish troops": "troops" is part of the presence phrase, not a hit of its own
        if hits and hits[-1].family == hit.family and hits[-1].start <= hit.start and hit.end <= hits[-1].end:
            continue
        while hits and hits[-1].family == hit.family and hit.start <= hits[-1].start and hits[-1].end <= hit.end:
            hits.pop()
        hits.append(hit)
    return hits


def _extend(view: ArticleView, i: int, j: int, family: int, variant: str) -> FamilyHit:
    """The label with its arguments: a name, nationality or possessive before it, an of-phrase
    after it, and the in-phrase that locates it unless the label already has a name before it
    ("Turkish occupation" but "presence of Turkish troops in northern Syria", "war in Ukraine")."""
    tokens = view.tokens
    anchors: set[str] = set()
    actor = place = None
    start_tok, end_tok = i, j  # end exclusive
    # left: "Turkish occupation", "Russia's invasion"
    k = i
    while k > 0:
        ent = view.entity_at_token.get(k - 1)
        prev = tokens[k - 1]
        if ent is not None and ent.kind != "event" and ent.end == prev.end and (
            joinable(prev, tokens[k]) or prev.possessive
        ):  # "Turkish occupation", "Russia's invasion", "Assad regime", "Ukraine war"
            anchors.add(ent.key)
            actor = actor or ent.text
            k = view.token_at_start.get(ent.start, k - 1)
            continue
        break
    has_left = k < i
    start_tok = k
    m = j
    of = _of_phrase(view, j)
    if of is not None:
        m, of_key, of_place, of_actor = of
        anchors |= of_key
        place = place or of_place
        actor = actor or of_actor
    has_of = m > j
    # locative: "in (northern) Syria"
    loc_end, loc_place, loc_keys = _locative(view, m)
    if loc_end is not None:
        anchors |= loc_keys
        place = place or loc_place
        if has_of or not has_left:
            m = loc_end
    end_tok = m
    own = bool(anchors)
    primary = next(iter(loc_keys), None) if loc_end is not None else None
    if primary is None and of is not None and of_place:
        primary = next(iter(of[1]), None)
    if primary is None and own:
        primary = min(anchors)  # the actor (one name before the term, as a rule)
    if not anchors:
        anchors = _window_anchors(view, start_tok, end_tok, _ANCHOR_WINDOW)
        # the name right next to a phrase that names nothing is what it is most likely about
        primary = next(iter(sorted(_nearest_keys(view, start_tok, end_tok, _ANCHOR_WINDOW))), None)
    if not anchors:  # nothing close by: the names in the rest of the sentence
        anchors = _window_anchors(view, start_tok, end_tok, 60)
    start, end = tokens[start_tok].start, tokens[end_tok - 1].end
    return FamilyHit(family, variant, start, end, frozenset(anchors), actor, place, own, primary)


def _nearest_keys(view: ArticleView, i: int, j: int, window: int) -> set[str]:
    """Keys of the single nearest name to tokens i..j (both, when two are equally near)."""
    tokens = view.tokens
    best: tuple[int, set[str]] = (window + 1, set())
    for step in range(1, window + 1):
        for k in (i - step, j - 1 + step):
            if not 0 <= k < len(tokens):
                continue
            if (k < i and tokens[k + 1].initial) or (k >= j and tokens[k].initial):
                continue  # not across a sentence boundary
            ent = view.entity_at_token.get(k)
            if ent is not None and ent.kind in ("place", "organisation", "person", "group"):
                best = (step, best[1] | view.keys_at_token[k]) if step <= best[0] else best
        if best[1]:
            return best[1]
    return set()


def _of_phrase(view: ArticleView, m: int) -> tuple[int, set[str], str | None, str | None] | None:
    """'of (the) X' after a label, X its object: a name ("invasion of Ukraine"), a nationality
    with its noun ("presence of Turkish troops") or a bare noun ("presence of troops").
    Returns (end token, anchor keys, place, actor)."""
    tokens = view.tokens
    n = len(tokens)
    if m >= n or tokens[m].norm != "of" or not joinable(tokens[m - 1], tokens[m]):
        return None
    p = m + 1
    if p < n and tokens[p].norm in _DETERMINERS and joinable(tokens[p - 1], tokens[p]):
        p += 1
    if p >= n or not joinable(tokens[p - 1], tokens[p]):
        return None
    ent = view.entity_at_token.get(p)
    if ent is not None and ent.kind != "event" and ent.start == tokens[p].start:
        end = view.token_at_end.get(ent.end, p) + 1
        if tokens[end - 1].possessive or (end < n and tokens[end].cap and joinable(tokens[end - 1], tokens[end])):
            return None  # the name is a word of a longer one ("murder of Los Angeles County Sheriff's
            # Deputy Jerry Ortiz", "death of Brazil's environment minister"): no place of the deaths
        is_place = ent.kind == "place" and ent.via != "demonym"
        if ent.via == "demonym" and end < n and joinable(tokens[end - 1], tokens[end]) and not tokens[end].cap:
            if tokens[end].norm not in _LOCATIVES:
                end += 1
        return end, {ent.key}, ent.text if is_place else None, None if is_place else ent.text
    if p + 1 < n and tokens[p + 1].gap == "-":
        return None  # "the death of 20-year-old Ka'loni Flynn": never cut to "death of 20"
    if not tokens[p].cap and tokens[p].norm not in _LOCATIVES:
        return p + 1, set(), None, None
    return None


def _locative(view: ArticleView, m: int) -> tuple[int | None, str | None, set[str]]:
    tokens = view.tokens
    if m >= len(tokens) or tokens[m].norm not in _LOCATIVES or not joinable(tokens[m - 1], tokens[m]):
        return None, None, set()
    p = m + 1
    first = p
    if p < len(tokens) and tokens[p].norm == "the" and joinable(tokens[p - 1], tokens[p]):
        p += 1
    if p < len(tokens) and tokens[p].norm in _COMPASS and joinable(tokens[p - 1], tokens[p]):
        p += 1
    if p < len(tokens) and joinable(tokens[p - 1], tokens[p]):
        ent = view.entity_at_token.get(p)
        if ent is not None and ent.kind in ("place", "other") and ent.via != "demonym" and ent.start == tokens[p].start:
            end_idx = view.token_at_end.get(ent.end, p) + 1
            return end_idx, view.text[tokens[first].start : ent.end], {ent.key}
    return None, None, set()


def _window_anchors(view: ArticleView, i: int, j: int, window: int) -> set[str]:
    """Names within window words of the phrase (tokens i..j), in its sentence."""
    tokens = view.tokens
    found: set[str] = set()
    k = i - 1
    while k >= 0 and i - k <= window and not tokens[k + 1].initial:
        ent = view.entity_at_token.get(k)
        if ent is not None and ent.kind in ("place", "organisation", "person", "group"):
            found |= view.keys_at_token[k]  # "Russian Defence Ministry" is also about Russia
        k -= 1
    k = j
    while k < len(tokens) and k - j < window and not tokens[k].initial:
        ent = view.entity_at_token.get(k)
        if ent is not None and ent.kind in ("place", "organisation", "person", "group"):
            found |= view.keys_at_token[k]
        k += 1
    return found


def family_contrasts(
    views: tuple[ArticleView, ArticleView], lex: Lexicon, key_maps: tuple[dict[str, str], dict[str, str]]
) -> list[LabelContrast]:
    """Pairs of label-family hits in A and B anchored to a shared entity, using different terms.

    key_maps turn each article's entity keys into keys shared across the pair ("assad" in one
    article -> "bashar al assad" when the other names him in full)."""
    capitals = {name_key(c): name_key(country) for c, country in lex.capital_of.items()}

    def anchors_of(h: FamilyHit, key_map: dict[str, str]) -> frozenset[str]:
        keys = {key_map.get(k, k) for k in h.anchors}
        return frozenset(keys | {capitals[k] for k in keys if k in capitals})  # Kyiv is about Ukraine

    hits_a, hits_b = (
        [
            FamilyHit(
                h.family, h.term, h.start, h.end, anchors_of(h, m), h.actor, h.place, h.own,
                m.get(h.primary, h.primary) if h.primary else None,
            )
            for h in family_hits(view, lex)
        ]
        for view, m in zip(views, key_maps)
    )
    everything = [(0, h) for h in hits_a] + [(1, h) for h in hits_b]
    parent = list(range(len(everything)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # Two hits are about the same thing when both name a shared entity themselves, or when a
    # phrase that names nothing ("the occupation") has next to it what the other phrase is
    # about (its place, else its actor). Names merely near both phrases link nothing.
    first_own: dict[tuple[int, str], int] = {}
    first_primary: dict[tuple[int, str], int] = {}
    for idx, (_side, hit) in enumerate(everything):
        if hit.own:
            for anchor in hit.anchors:
                other = first_own.setdefault((hit.family, anchor), idx)
                if other != idx:
                    parent[find(idx)] = find(other)
            if hit.primary:
                first_primary.setdefault((hit.family, hit.primary), idx)
    for idx, (_side, hit) in enumerate(everything):
        if not hit.own:
            for anchor in hit.anchors:
                other = first_primary.get((hit.family, anchor))
                if other is not None:
                    parent[find(idx)] = find(other)
    # Two phrases that name nothing pair when the same name is the nearest to both
    # ("Regime officials blamed militants of the Al-Fajr Brigade" / "the government and fighters
    # from the Al-Fajr Brigade").
    first_near: dict[tuple[int, str], int] = {}
    for idx, (_side, hit) in enumerate(everything):
        if not hit.own and hit.primary:
            other = first_near.setdefault((hit.family, hit.primary), idx)
            if other != idx:
                parent[find(idx)] = find(other)
    # A group that names nothing ("the killing" / "his death") and the one group of its family
    # that names what it is about ("Kathina Thomas died" / "killed her") are one event told twice,
    # when the pair tells no other of that family: one death is not counted as two.
    spans: dict[int, tuple[set[int], bool]] = {}  # root -> (sides with hits, whether a hit names its anchor)
    for idx, (side, hit) in enumerate(everything):
        sides, named = spans.setdefault(find(idx), (set(), False))
        sides.add(side)
        spans[find(idx)] = (sides, named or (hit.own and bool(hit.anchors)))
    by_family: dict[int, tuple[list[int], list[int]]] = {}
    for root, (sides, named) in spans.items():
        if sides == {0, 1}:
            by_family.setdefault(everything[root][1].family, ([], []))[0 if named else 1].append(root)
    for named, loose in by_family.values():
        if len(named) == 1:
            for root in loose:
                parent[find(root)] = find(named[0])
    groups: dict[int, list[tuple[int, FamilyHit]]] = {}
    for idx, item in enumerate(everything):
        groups.setdefault(find(idx), []).append(item)
    out = []
    for members in groups.values():
        terms_a = {h.term for s, h in members if s == 0}
        terms_b = {h.term for s, h in members if s == 1}
        if not terms_a or not terms_b or terms_a == terms_b:
            continue
        side_a = [h for s, h in members if s == 0 and h.term not in terms_b] or [h for s, h in members if s == 0]
        side_b = [h for s, h in members if s == 1 and h.term not in terms_a] or [h for s, h in members if s == 1]
        family = lex.label_families[members[0][1].family]
        mentions = [
            tuple(Mention(h.start, h.end, view.text[h.start : h.end]) for h in hits)
            for view, hits in zip(views, (side_a, side_b))
        ]
        out.append(
            LabelContrast(
                entity=_family_entity(family, side_a + side_b),
                a=mentions[0],
                b=mentions[1],
                category=family.id,
                labels=(_variant_counts(side_a, mentions[0]), _variant_counts(side_b, mentions[1])),
                telling=FAMILY_TELLING,
            )
        )
    return out


# A contested label family ("occupation" / "presence of troops") is a choice of words a reader
# is taught to notice: it ranks above every naming difference of a single referent.
FAMILY_TELLING = 1.5


def _variant_counts(hits: list[FamilyHit], mentions: tuple[Mention, ...]) -> tuple[LabelCount, ...]:
    """The variants one article uses, each with its most frequent phrase and count."""
    phrases: dict[str, list[str]] = {}
    for hit, mention in zip(hits, mentions):
        phrases.setdefault(hit.term, []).append(mention.text)
    rows = [
        LabelCount(label=max(dict.fromkeys(texts), key=texts.count), count=len(texts), form="description")
        for texts in phrases.values()
    ]
    return tuple(sorted(rows, key=lambda r: -r.count))


def _family_entity(family: LabelFamily, hits: list[FamilyHit]) -> str:
    """The family's entity template with {actor} and {place} filled from the phrases; a slot that
    cannot be filled is dropped with its preposition, and with none filled the fallback is used."""
    actor = next((h.actor for h in hits if h.actor), None)
    places = [h.place for h in hits if h.place]
    place = max(places, key=len) if places else None
    if not actor and not place:
        return family.fallback
    name = family.entity
    name = name.replace("{actor}", actor) if actor else re.sub(r"\s*\{actor\}\s*", " ", name)
    name = name.replace("{place}", place) if place else re.sub(r"\s*\b(?:in|of|on)?\s*\{place\}\s*", " ", name)
    name = " ".join(name.split())
    return name if name and name != " ".join(family.entity.split()) else family.fallback
