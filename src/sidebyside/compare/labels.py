"""Label contrasts: the same person, place, group or event named differently by two outlets.

Two sources of contrasts:
- descriptors: the titles, roles and nationality words before a person's name ("Syrian President
  Bashar al-Assad" vs "Syrian leader Bashar al-Assad"; "Turkey's Recep Tayyip Erdogan");
- contested label families (resources/terms/labels.json): words outlets choose between for one
  thing ("occupation" vs "presence of ... troops"), paired when both hits are anchored to the same
  entities (the places and actors in or next to the phrase).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.entities import Entity, EntityFinder, name_key
from sidebyside.compare.termdata import LabelFamily, Lexicon
from sidebyside.compare.text import fold
from sidebyside.compare.tokens import PhraseMatcher, inflected_phrases, joinable
from sidebyside.model import LabelContrast, Mention

_COMPASS = frozenset(
    "northern southern eastern western north south east west northeastern northwestern southeastern "
    "southwestern central occupied".split()
)
_DETERMINERS = frozenset("the a an its their his her this that these those".split())
_LOCATIVES = frozenset("in on across inside throughout".split())
_ANCHOR_WINDOW = 8  # tokens either side searched for anchors when the phrase names none
_NEAR_WINDOW = 4


# --------------------------------------------------------------------------- descriptors


@dataclass(frozen=True)
class Descriptor:
    start: int  # where the descriptor starts (the mention runs to the name's end)
    country: str | None  # key of the nationality/possessive place or organisation, if any
    role: str  # folded title words ("president", "foreign minister"); "" when none
    entity: Entity
    end: int = -1  # where the mention ends: the name's end, or the apposition's

    @property
    def stop(self) -> int:
        return self.end if self.end >= 0 else self.entity.end


def person_descriptors(view: ArticleView, finder: EntityFinder) -> list[Descriptor]:
    """Titles, roles, nationality words and possessives right before each person's name."""
    look = finder.look
    out = []
    for e in view.entities:
        if e.kind != "person":
            continue
        first = view.token_at_start.get(e.start)
        if first is None or first == 0:
            continue
        k = first
        country = None
        role_words: list[str] = []
        has_head = False
        while k > 0 and view.tokens[k].gap in (" ", "\u00a0"):
            tok = view.tokens[k - 1]
            ent = view.entity_at_token.get(k - 1)
            if ent is not None and ent.kind in ("place", "organisation") and (ent.via == "demonym" or tok.possessive or ent.kind == "organisation"):
                i0 = view.token_at_start.get(ent.start, k - 1)
                if country is None:
                    country = ent.key
                k = i0
                continue
            if tok.norm in look.title_words and not tok.possessive:
                role_words.append(tok.norm)
                has_head = has_head or tok.norm in look.title_heads
                k -= 1
                continue
            break
        for apposition in (_apposition(view, e, look), _apposition_before(view, e, look)):
            if apposition is not None:
                out.append(dataclasses.replace(apposition, role=_normal_role(apposition.role, finder.lex)))
        if k == first or not (has_head or country):
            continue
        role = _normal_role(" ".join(reversed(role_words)), finder.lex)
        out.append(Descriptor(view.tokens[k].start, country, role, e))
    return [d for d in out if not view.in_quote(d.start, d.stop)]


def _normal_role(role: str, lex: Lexicon) -> str:
    """One spelling per role: "premier" = "prime minister", "spokesman" = "spokesperson"."""
    if role in lex.title_synonyms:
        return lex.title_synonyms[role]
    return " ".join(lex.title_synonyms.get(w, w) for w in role.split())


def _apposition_before(view: ArticleView, e: Entity, look) -> Descriptor | None:
    """"The head of the Kiev regime, Vladimir Zelensky" -> a descriptor phrase before the comma."""
    tokens = view.tokens
    first = view.token_at_start.get(e.start)
    if first is None or first < 2 or tokens[first].gap != ", ":
        return None
    k = first - 1
    roles: list[str] = []
    country = None
    while k > 0 and first - k <= 8 and tokens[k].gap in (" ", "\u00a0") and not tokens[k].initial:
        k -= 1
    if tokens[k].norm not in ("the", "a", "an") or not (tokens[k].initial or tokens[k].gap.strip() in (",", "")):
        return None
    for i in range(k + 1, first):
        ent = view.entity_at_token.get(i)
        if ent is not None and ent.kind in ("place", "organisation") and country is None:
            country = ent.key
        elif tokens[i].norm in look.title_heads and not tokens[i].cap or tokens[i].norm in look.title_heads and ent is None:
            roles.append(tokens[i].norm)
    if not roles:
        return None
    return Descriptor(tokens[k].start, country, " ".join(roles), e)


def _apposition(view: ArticleView, e: Entity, look) -> Descriptor | None:
    """"Bashar al-Assad, the Syrian president," -> a descriptor after the name."""
    tokens = view.tokens
    last = view.token_at_end.get(e.end)
    if last is None or last + 2 >= len(tokens) or tokens[last].possessive:
        return None
    p = last + 1
    if tokens[p].gap.strip() != "," or tokens[p].norm not in ("the", "a", "an"):
        return None
    p += 1
    country = None
    role_words: list[str] = []
    end_idx = None
    while p < len(tokens) and p - last <= 6 and tokens[p].gap == " ":
        ent = view.entity_at_token.get(p)
        tok = tokens[p]
        if ent is not None and (ent.via == "demonym" or tok.possessive or ent.kind == "organisation"):
            country = country or ent.key
            p = view.token_at_end.get(ent.end, p) + 1
            continue
        if tok.norm in look.title_words:
            role_words.append(tok.norm)
            if tok.norm in look.title_heads:
                end_idx = p
            p += 1
            continue
        break
    if end_idx is None or end_idx != p - 1:
        return None
    after = tokens[end_idx + 1].gap if end_idx + 1 < len(tokens) else "."
    if not after.strip() or after.strip()[0] not in ",.;:)":
        return None  # "Assad, the president of ..." is not a closed apposition
    return Descriptor(e.start, country, " ".join(role_words), e, tokens[end_idx].end)  # normalised by caller


def _compatible(x: Descriptor, y: Descriptor) -> bool:
    return x.role == y.role and (x.country == y.country or x.country is None or y.country is None)


def descriptor_contrasts(
    views: tuple[ArticleView, ArticleView], finder: EntityFinder, same_person: dict[str, str]
) -> list[LabelContrast]:
    """People both articles name whose titles/roles/nationality words differ.

    same_person maps an entity key of article B to the key of the same person in article A.
    """
    da = person_descriptors(views[0], finder)
    db = person_descriptors(views[1], finder)
    by_a: dict[str, list[Descriptor]] = {}
    for d in da:
        by_a.setdefault(d.entity.key, []).append(d)
    by_b: dict[str, list[Descriptor]] = {}
    for d in db:
        by_b.setdefault(same_person.get(d.entity.key, d.entity.key), []).append(d)
    leader_family = next((f for f in finder.lex.label_families if f.scope == "person"), None)
    leader_words = {t for t, _near, _variant in leader_family.terms} if leader_family else set()
    out = []
    for key, list_a in by_a.items():
        list_b = by_b.get(key)
        if not list_b:
            continue
        only_a = [d for d in list_a if not any(_compatible(d, o) for o in list_b)]
        only_b = [d for d in list_b if not any(_compatible(d, o) for o in list_a)]
        if not only_a or not only_b:
            continue
        roles = {d.role.split()[-1] for d in only_a + only_b if d.role}
        category = leader_family.id if leader_family and roles & leader_words and len(roles) > 1 else "title"
        out.append(
            LabelContrast(
                entity=_best_name(list_a[0].entity.name, list_b[0].entity.name),
                a=_mentions(views[0].text, only_a),
                b=_mentions(views[1].text, only_b),
                category=category,
            )
        )
    return out


def _best_name(a: str, b: str) -> str:
    return a if len(a) >= len(b) else b


def _mentions(text: str, descs: list[Descriptor]) -> tuple[Mention, ...]:
    seen = set()
    out = []
    for d in descs:
        if (d.start, d.stop) not in seen:
            seen.add((d.start, d.stop))
            out.append(Mention(d.start, d.stop, text[d.start : d.stop]))
    return tuple(out)


# --------------------------------------------------------------------------- label families


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


def _family_matcher(lex: Lexicon) -> PhraseMatcher[tuple[int, str, tuple[str, ...]]]:
    matcher = lex.derived.get("families")
    if matcher is None:
        phrases = []
        # later (user) families first, so a user's family wins a term it shares with a shipped one
        for idx, family in reversed(list(enumerate(lex.label_families))):
            if family.scope == "person":
                continue
            for term, near, variant in family.terms:
                for form in inflected_phrases(term):
                    phrases.append((form, (idx, variant, near)))
        matcher = PhraseMatcher(phrases)
        lex.derived["families"] = matcher
    return matcher


def family_hits(view: ArticleView, lex: Lexicon) -> list[FamilyHit]:
    tokens = view.tokens
    hits = []
    for i, n, (family, variant, near) in _family_matcher(lex).find_all(tokens):
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
    if not anchors:  # nothing close by: the names in the rest of the sentence
        anchors = _window_anchors(view, start_tok, end_tok, 60)
    start, end = tokens[start_tok].start, tokens[end_tok - 1].end
    return FamilyHit(family, variant, start, end, frozenset(anchors), actor, place, own, primary)


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
        is_place = ent.kind == "place" and ent.via != "demonym"
        if ent.via == "demonym" and end < n and joinable(tokens[end - 1], tokens[end]) and not tokens[end].cap:
            if tokens[end].norm not in _LOCATIVES:
                end += 1
        return end, {ent.key}, ent.text if is_place else None, None if is_place else ent.text
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
        out.append(
            LabelContrast(
                entity=_family_entity(family, side_a + side_b),
                a=tuple(Mention(h.start, h.end, views[0].text[h.start : h.end]) for h in side_a),
                b=tuple(Mention(h.start, h.end, views[1].text[h.start : h.end]) for h in side_b),
                category=family.id,
            )
        )
    return out


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


# --------------------------------------------------------------------------- place names


def name_contrasts(views: tuple[ArticleView, ArticleView], lex: Lexicon) -> list[LabelContrast]:
    """One place, two contested names ("Kyiv" / "Kiev", "West Bank" / "Judea and Samaria")."""
    found: list[dict[str, list[Entity]]] = [{}, {}]
    for side, view in enumerate(views):
        for e in view.entities:
            canonical = lex.contested_names.get(fold(e.text)) if e.via == "name" else None
            if canonical is not None and view.in_quote(e.start, e.end):
                continue
            if canonical is not None:
                found[side].setdefault(canonical, []).append(e)
    out = []
    for canonical, mentions_a in found[0].items():
        mentions_b = found[1].get(canonical)
        if not mentions_b:
            continue
        if {fold(e.text) for e in mentions_a} & {fold(e.text) for e in mentions_b}:
            continue
        out.append(
            LabelContrast(
                entity=canonical,
                a=tuple(Mention(e.start, e.end, e.text) for e in mentions_a),
                b=tuple(Mention(e.start, e.end, e.text) for e in mentions_b),
                category="place name",
            )
        )
    return out
