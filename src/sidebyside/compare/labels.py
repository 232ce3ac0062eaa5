"""Label contrasts: the same person, place, group or event named differently by two outlets.

Here: descriptors, the titles, roles and nationality words around a person's name ("Syrian
President Bashar al-Assad" vs "Syrian leader Bashar al-Assad"; "Turkey's Recep Tayyip Erdogan";
"Bashar al-Assad, the Syrian president,"), and contested place names ("Kyiv" vs "Kiev").
Contested label families ("occupation" vs "presence of ... troops") are in label_families.py.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.entities import Entity, EntityFinder
from sidebyside.compare.termdata import Lexicon
from sidebyside.compare.text import fold
from sidebyside.model import LabelContrast, Mention

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


def _unmatched(mine: list[Descriptor], theirs: list[Descriptor]) -> list[Descriptor]:
    """My descriptors with no equivalent among theirs: same role, and the same nationality or
    none stated on one side ("President Erdogan" matches "Turkish President Erdogan")."""
    roles: dict[str, set[str | None]] = {}
    for d in theirs:
        roles.setdefault(d.role, set()).add(d.country)
    return [
        d
        for d in mine
        if d.role not in roles or not (d.country is None or None in roles[d.role] or d.country in roles[d.role])
    ]


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
        only_a = _unmatched(list_a, list_b)
        only_b = _unmatched(list_b, list_a)
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
