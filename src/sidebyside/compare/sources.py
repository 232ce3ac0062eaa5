"""Who an article cites: named people, institutions, media, and unnamed sources.

Found from attribution patterns (subject + speech verb, speech verb + subject after a quotation,
"according to X", "in an interview with X", "told <medium>") and from the speakers of the
article's quotations. Pronouns and definite descriptions ("he", "the official", "the Russian
leader", "the source", "the statement", "the militants") are resolved to the latest fitting
person, source or group; "the minister" only to someone titled minister; "the agency" to the
organisation just named. People in or of a place ("diplomats in Geneva") are the source, not the
place; a relative clause between source and verb ("an official, who asked not to be named,
said") is skipped.

Naming rule for unnamed sources: the noun phrase as written, lower-cased at a sentence start
("analysts", "a diplomatic source"); when the source spoke to another medium, that medium in
brackets: "a diplomatic source (Sputnik)".
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.entities import CLOSED_CLASS, Entity, name_key, title_vocabulary
from sidebyside.compare.termdata import Lexicon
from sidebyside.compare.tokens import Token, inflections, joinable
from sidebyside.model import Quote, SourceCitation, Span

_VERB_BASES = """say tell add note state stress announce underline claim insist explain warn argue confirm
emphasise emphasize report tweet declare reiterate indicate comment reply respond deny admit allege
acknowledge concede assert urge write post stress highlight mention recall observe remark complain
predict estimate believe vow pledge promise accuse condemn demand reject dismiss""".split()
_IRREGULAR = {"said", "told", "wrote", "written", "says", "tells"}
_SKIP_BACK = frozenset("also then further earlier previously later recently has have had reportedly again once repeatedly publicly separately".split())
_PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "any"}
_DETERMINERS = frozenset("a an the some several many two three four other one".split())
_PERSON_ROLES = frozenset(
    """official minister spokesperson spokesman spokeswoman adviser advisor leader president diplomat envoy
    ambassador premier chancellor secretary aide commander general chief head king prince emir expert
    analyst economist researcher scientist professor lawyer attorney executive administrator director""".split()
)
_MEDIA_NOUNS = frozenset(
    "newspaper daily paper broadcaster channel agency outlet website magazine radio tv television network".split()
)
# "the official", "the aide" may be anyone named before; "the minister" only someone called so.
_GENERIC_ROLES = frozenset("official aide adviser advisor diplomat".split())
_LEADER = frozenset("leader president premier prime chancellor king emir prince ruler head sultan monarch".split())
_ROLE_GROUPS = {role: _LEADER for role in _LEADER}
# Plural nouns for armed or organised groups: "the militants said" is the group named just before.
_GROUP_NOUNS = frozenset(
    "militants fighters rebels insurgents gunmen separatists guerrillas jihadists extremists protesters "
    "demonstrators activists group organisation organization movement militia brigade faction".split()
)
_GROUP_RESOLVE_CHARS = 600
# "the agency", "the organisation": the organisation named just before, when there is one.
_ORGANISATION_NOUNS = frozenset("agency organisation organization charity body institution".split())
_POST_PREPOSITIONS = frozenset("to with in at from within inside of on".split())
_POST_ADJECTIVES = frozenset("close familiar near linked loyal opposed".split())
_STATEMENT_NOUNS = frozenset("statement communique communiqué readout text release".split())
# Source nouns that are documents, bodies or media, not people: "reports in Turkish media said"
# stays a citation of the media.
_NOT_PEOPLE = frozenset("reports report statement communique media press headquarters outlets figures side".split())
_CLAUSE_TOKENS = 30  # the longest relative clause between a subject and its verb
_FUNCTION_ZIPF = 5.6  # lower-case words this frequent end a source noun phrase ("that", "and")
_RESOLVE_CHARS = 2500  # how far back a pronoun or definite description may look


@dataclass
class _Citation:
    name: str
    kind: str
    spans: list[Span] = field(default_factory=list)
    has_article: bool = False
    head: str | None = None  # head noun of an unnamed source ("expert")


@dataclass
class _State:
    citations: dict[str, _Citation] = field(default_factory=dict)
    order: list[tuple[int, str]] = field(default_factory=list)  # (offset, key) of each citation


class SourceFinder:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        forms: set[str] = set(_IRREGULAR)
        for base in _VERB_BASES:
            forms |= inflections(base)
        forms.discard("noting")
        self.verbs = frozenset(forms)

    def find(self, view: ArticleView, quotes: tuple[Quote, ...] = ()) -> tuple[SourceCitation, ...]:
        self.view = view
        self.state = _State()
        self._name_index = self._country_cache = None
        self.persons = [e for e in view.entities if e.kind == "person"]
        self.person_starts = [e.start for e in self.persons]
        self.groups = [e for e in view.entities if e.kind in ("organisation", "group") and e.via != "media"]
        self.group_starts = [e.start for e in self.groups]
        self.orgs = sorted((e for e in view.entities if e.kind == "organisation"), key=lambda e: e.start)
        self.org_starts = [e.start for e in self.orgs]
        tokens = view.tokens
        for v, tok in enumerate(tokens):
            if tok.norm == "reported" and v + 2 < len(tokens) and tokens[v + 1].norm == "by":
                self._object_at(v + 2)  # "as reported by the Independent"
            elif tok.norm in self.verbs and not tok.cap:
                self._subject_before(v)
                if v > 0 and _after_quote(tok):
                    self._subject_after(v)
            elif tok.norm == "read" and v > 0 and tokens[v - 1].norm in _STATEMENT_NOUNS:
                self._subject_before(v)
            elif tok.norm == "according" and v + 2 < len(tokens) and tokens[v + 1].norm == "to":
                self._object_at(v + 2)
            elif tok.norm == "interview" and v + 2 < len(tokens) and tokens[v + 1].norm == "with":
                self._object_at(v + 2)
        for quote in quotes:
            self._from_quote(quote)
        out = []
        for cit in self.state.citations.values():
            spans = tuple(sorted(set(cit.spans), key=lambda s: (s.start, s.end)))
            out.append(SourceCitation(cit.name, spans, cit.kind))
        out.sort(key=lambda c: c.spans[0].start if c.spans else 0)
        return tuple(out)

    # ------------------------------------------------------------------ patterns

    def _subject_before(self, v: int) -> None:
        tokens, view = self.view.tokens, self.view
        k = v - 1
        while k >= 0 and tokens[k].norm in _SKIP_BACK and not tokens[k].cap and joinable(tokens[k], tokens[k + 1]):
            k -= 1
        if k >= 0 and tokens[k + 1].gap == ", ":
            before_clause = self._relative_clause_subject(k)
            if before_clause is None:
                self._subject_before_apposition(k)  # "Peskov, the Kremlin spokesman, said"
                return
            k = before_clause  # "A senior official, who asked not to be named, said"
        elif k < 0 or tokens[k + 1].gap not in (" ", "\u00a0"):
            return
        head = self._post_modified_head(k)
        if head is not None:  # "Diplomats in Geneva said", "Two residents of the town told"
            self._cite_np(self._source_np(head), k, v)
            return
        ent = view.entity_at_token.get(k)
        if ent is not None and ent.end == tokens[k].end and ent.kind != "event" and not tokens[k].possessive:
            self._cite_entity(ent, view.token_at_start.get(ent.start, k))
            self._conjoined(view.token_at_start.get(ent.start, k))
            return
        tok = tokens[k]
        if tok.norm in _PRONOUNS and not tok.possessive:
            self._cite_pronoun(tok)
            return
        np_start = self._source_np(k)
        if np_start is not None:
            self._cite_np(self._extend_np_left(np_start), k, v)

    def _relative_clause_subject(self, k: int) -> int | None:
        """The token before ", who/which ..., " when the clause ends at token k, else None."""
        tokens = self.view.tokens
        for m in range(k, max(0, k - _CLAUSE_TOKENS), -1):
            tok = tokens[m]
            if any(c in tok.gap for c in ".!?;:\n\"“”"):
                return None
            if tok.gap == ", " and tok.norm in ("who", "which") and m < k:
                return m - 1 if tokens[m - 1].norm not in _DETERMINERS else None
        return None

    def _subject_before_apposition(self, k: int) -> None:
        """A name, then ", the/a ... ," ending at token k, then the verb."""
        tokens, view = self.view.tokens, self.view
        for m in range(k - 1, max(-1, k - 10), -1):
            if tokens[m + 1].gap == ", ":
                if tokens[m + 1].norm not in _DETERMINERS and tokens[m + 1].norm not in title_vocabulary(self.lex)[0]:
                    return
                ent = view.entity_at_token.get(m)
                if ent is not None and ent.end == tokens[m].end and ent.kind in ("person", "organisation"):
                    self._cite_entity(ent, view.token_at_start.get(ent.start, m))
                return
            if tokens[m + 1].gap not in (" ", "\u00a0", "-"):
                return

    def _subject_after(self, v: int) -> None:
        """'"...," said Peskov.' -- a name right after the verb."""
        tokens = self.view.tokens
        if v + 1 >= len(tokens) or not joinable(tokens[v], tokens[v + 1]):
            return
        ent = self.view.entity_at_token.get(v + 1)
        if ent is not None and ent.start == tokens[v + 1].start and ent.kind != "event":
            self._cite_entity(ent, v + 1)
            return
        if tokens[v + 1].norm in _DETERMINERS:  # '"...," said one legal expert'
            for q in range(v + 2, min(v + 6, len(tokens))):
                if not joinable(tokens[q - 1], tokens[q]) or tokens[q].cap:
                    break
                if tokens[q].norm in self.lex.source_nouns:
                    self._cite_np(v + 1, q, v)
                    break

    def _object_at(self, k: int) -> None:
        """The source after "according to" / "in an interview with"."""
        tokens, view = self.view.tokens, self.view
        if k >= len(tokens):
            return
        p = k
        if tokens[p].norm in _DETERMINERS:
            p += 1
            if p >= len(tokens):  # "according to a" at the very end
                return
        # "Turkish broadcast TVnet": walk to the name that ends the phrase, if any
        last = p
        while last + 1 < len(tokens) and last + 1 < p + 4 and joinable(tokens[last], tokens[last + 1]):
            last += 1
        for q in range(p, last + 1):  # a name first: "Turkish broadcaster TVnet"
            ent = view.entity_at_token.get(q)
            if ent is not None and ent.via != "demonym" and ent.kind != "event":
                self._cite_entity(ent, view.token_at_start.get(ent.start, q), media=ent.via == "media")
                return
        for q in range(p, last + 1):  # else a source noun phrase: "Turkish media"
            if tokens[q].norm in self.lex.source_nouns:
                self._cite_np(k, q, None)
                return

    def _from_quote(self, quote: Quote) -> None:
        """The quotation's speaker: the citation already found at the speaker's words, else the
        entity the speaker names, else a citation of that name."""
        if not quote.speaker:
            return
        span = quote.speaker_span or Span(quote.start, quote.end)
        for key, cit in self.state.citations.items():
            if any(s.start < span.end and span.start < s.end for s in cit.spans):
                self._attach(key, span)
                return
        words = quote.speaker.split()
        while words and words[0].casefold() in _DETERMINERS:
            words = words[1:]
        key = name_key(" ".join(words))
        if not key:
            return
        ent = self._entity_for_name(key)
        if ent is not None:
            self._add(ent.key, ent.name, _kind_of(ent), span)
            return
        for existing, cit in self.state.citations.items():
            if existing == key or name_key(cit.name).removeprefix("the ").startswith(key) or cit.head == key:
                self._attach(existing, span)
                return
        kind = "person" if quote.speaker[:1].isupper() else "anonymous"
        self._add(key, quote.speaker, kind, span)

    # ------------------------------------------------------------------ citing

    def _cite_entity(self, ent: Entity, first_tok: int, media: bool = False, span: Span | None = None) -> None:
        tokens = self.view.tokens
        last = self.view.token_at_end.get(ent.end)
        followed_by_medium = last is not None and last + 1 < len(tokens) and tokens[last + 1].norm in _MEDIA_NOUNS
        kind = "media" if (media or ent.via == "media" or followed_by_medium) else _kind_of(ent)
        article = first_tok > 0 and tokens[first_tok - 1].norm == "the" and kind != "person"
        name = ent.name
        if kind != "person":
            name = self.view.text[ent.start : ent.end] if ent.via not in ("demonym",) else ent.name
            if ent.kind == "organisation" and name_key(name) != ent.key:
                name = ent.name
        start = tokens[first_tok - 1].start if article else ent.start
        self._add(ent.key, ("the " + name) if article else name, kind, span or Span(start, ent.end), article)

    def _conjoined(self, first_tok: int) -> None:
        """"Putin and Erdogan said": cite the first name too."""
        tokens = self.view.tokens
        if first_tok >= 2 and tokens[first_tok - 1].norm == "and" and joinable(tokens[first_tok - 2], tokens[first_tok - 1]):
            ent = self.view.entity_at_token.get(first_tok - 2)
            if ent is not None and ent.kind == "person" and ent.end == tokens[first_tok - 2].end:
                self._cite_entity(ent, self.view.token_at_start.get(ent.start, first_tok - 2))

    def _cite_pronoun(self, tok: Token) -> None:
        want = _PRONOUNS[tok.norm]
        if want == "person":
            ent = self._latest_person(tok.start)
            if ent is not None:
                self._add(ent.key, ent.name, "person", Span(tok.start, tok.end))
            return
        key = self._latest_citation(tok.start, exclude_kind="person" if want == "thing" else None)
        if key is not None:
            self.state.citations[key].spans.append(Span(tok.start, tok.end))
            self.state.order.append((tok.start, key))

    def _source_np(self, k: int) -> int | None:
        """Start token of a source noun phrase ending at token k ("a diplomatic source"), else None."""
        tokens = self.view.tokens
        head = tokens[k]
        if (head.norm not in self.lex.source_nouns and head.norm not in _GROUP_NOUNS) or head.possessive:
            return None
        if head.cap and not head.initial:
            return None  # a name, handled as an entity
        s = k
        while s > 0 and k - s < 4 and joinable(tokens[s - 1], tokens[s]):
            prev = tokens[s - 1]
            ent = self.view.entity_at_token.get(s - 1)
            if prev.norm in _DETERMINERS and not prev.cap or (prev.norm in _DETERMINERS and prev.initial):
                s -= 1
                break
            if ent is not None and ent.kind != "person" and ent.end == prev.end:
                # "the Turkish presidency", "the Gaza health ministry", "a Hamas spokesman"
                s = self.view.token_at_start.get(ent.start, s - 1)
                continue
            if prev.cap or prev.norm in CLOSED_CLASS or self.lex.zipf(prev.norm) >= _FUNCTION_ZIPF or prev.norm in self.verbs:
                break
            s -= 1
        return s

    def _post_modified_head(self, k: int) -> int | None:
        """The source noun before a place or group phrase ending at token k ("diplomats in
        Geneva", "residents of the town"): the speakers are the people, not the place."""
        tokens = self.view.tokens
        for p in range(k, max(0, k - 5), -1):
            if not joinable(tokens[p - 1], tokens[p]):
                return None
            if tokens[p].norm in _POST_PREPOSITIONS and not tokens[p].cap:
                h = p - 1
                head = tokens[h]
                if head.norm not in self.lex.source_nouns or head.norm in _NOT_PEOPLE or head.possessive \
                        or (head.cap and not head.initial) or p == k:
                    return None
                ent = self.view.entity_at_token.get(k)
                if ent is not None and ent.kind == "organisation" and ent.end == tokens[k].end:
                    return None  # "officials of the Al-Fajr Brigade said": the organisation speaks
                s = self._source_np(h)
                # plural people, or one unnamed person ("a diplomat in Geneva"); "the spokesman of
                # Hamas" stays a citation of the organisation
                if s is not None and (head.norm.endswith("s") or tokens[s].norm in ("a", "an", "one")):
                    return h
                return None
        return None

    def _extend_np_left(self, s: int) -> int:
        """'a source close to the presidency': the source noun before a post-modifier."""
        tokens = self.view.tokens
        p = s - 1
        if p < 1 or tokens[p].norm not in _POST_PREPOSITIONS or not joinable(tokens[p], tokens[s]):
            return s
        q = p - 1
        if tokens[q].norm in _POST_ADJECTIVES and q > 0:
            if not joinable(tokens[q], tokens[p]):
                return s
            q -= 1
        if not joinable(tokens[q], tokens[q + 1]) or tokens[q].norm not in self.lex.source_nouns:
            return s
        outer = self._source_np(q)
        return outer if outer is not None and tokens[outer].norm in _DETERMINERS else s

    def _cite_np(self, s: int, k: int, verb: int | None) -> None:
        tokens, text = self.view.tokens, self.view.text
        start, end = tokens[s].start, tokens[k].end
        phrase = text[start:end]
        if tokens[s].initial and tokens[s].cap and not self.view.entity_at_token.get(s):
            phrase = phrase[0].lower() + phrase[1:]
        first = tokens[s].norm
        head = tokens[k].norm
        for p in range(s + 1, k):  # "a source close to the presidency": the head is "source"
            if tokens[p].norm in _POST_PREPOSITIONS:
                h = p - 1 if tokens[p - 1].norm not in _POST_ADJECTIVES else p - 2
                head = tokens[h].norm
                break
        span = Span(start, end)
        if first in ("the", "this", "that"):
            key = self._latest_citation(start, head=head)
            if key is not None:  # "one legal expert ... the expert warned"
                self._attach(key, span)
                return
            if head in _PERSON_ROLES:
                demonym = next((self.view.entity_at_token[i] for i in range(s, k) if i in self.view.entity_at_token), None)
                ent = self._latest_person(start, country=demonym.key if demonym else None, role=head)
                if ent is not None:
                    self._add(ent.key, ent.name, "person", span)
                    return
            if head in _STATEMENT_NOUNS:
                key = self._latest_citation(start, exclude_kind="person")
                if key is not None:
                    self._attach(key, span)
                    return
            if head in ("source", "sources"):
                key = self._latest_citation(start, only_kind="anonymous")
                if key is not None:
                    self._attach(key, span)
                    return
            if head in _ORGANISATION_NOUNS:  # "according to the World Food Programme. The agency said"
                org = self._latest_organisation(start)
                if org is not None:
                    self._cite_entity(org, self.view.token_at_start.get(org.start, s), span=span)
                    return
            if head in _GROUP_NOUNS:  # "militants of the Al-Fajr Brigade ... The militants denied"
                group = self._latest_group(start)
                if group is not None:
                    self._cite_entity(group, self.view.token_at_start.get(group.start, s), span=span)
                    return
        kind = "anonymous" if first in ("a", "an", "one") or head in ("source", "sources") else "group"
        if head in ("ministry", "presidency", "government", "administration", "embassy", "office", "military", "army", "kremlin", "council", "party", "command", "police", "authorities"):
            kind = "institution"
        if head in ("media", "press", "broadcaster", "newspaper", "daily", "outlet", "outlets", "channel", "website", "agency"):
            kind = "media"
        if kind == "anonymous" and verb is not None:
            medium = self._medium_after(verb)
            if medium is not None:
                phrase = f"{phrase} ({medium.name})"
        key = "np:" + name_key(phrase)
        self._add(key, phrase, kind, span)
        self.state.citations[key].head = head

    def _medium_after(self, v: int) -> Entity | None:
        """'a source said told Sputnik' / 'a source told Sputnik': the medium spoken to."""
        tokens = self.view.tokens
        for q in range(v, min(v + 4, len(tokens))):
            ent = self.view.entity_at_token.get(q)
            if ent is not None and ent.via == "media":
                return ent
            if q > v and not joinable(tokens[q - 1], tokens[q]):
                break
        return None

    # ------------------------------------------------------------------ bookkeeping

    def _add(self, key: str, name: str, kind: str, span: Span, has_article: bool = False) -> None:
        cit = self.state.citations.get(key)
        if cit is None:
            cit = self.state.citations[key] = _Citation(name, kind)
        elif has_article and not cit.has_article:
            cit.name = name  # prefer "the Kremlin" over "Kremlin"
        cit.has_article = cit.has_article or has_article
        cit.spans.append(span)
        self.state.order.append((span.start, key))

    def _attach(self, key: str, span: Span) -> None:
        self.state.citations[key].spans.append(span)
        self.state.order.append((span.start, key))

    def _latest_person(self, before: int, country: str | None = None, role: str | None = None) -> Entity | None:
        """The latest person named before an offset; with a nationality or a specific role
        ("the Russian leader", "the minister"), the latest one described that way."""
        wanted = _ROLE_GROUPS.get(role, {role}) if role and role not in _GENERIC_ROLES else None
        idx = bisect.bisect_left(self.person_starts, before) - 1
        while idx >= 0:
            ent = self.persons[idx]
            if before - ent.start > _RESOLVE_CHARS:
                break
            countries, roles = self._profile(ent.key)
            if (country is None or country in countries) and (wanted is None or wanted & roles):
                return ent
            idx -= 1
        return None

    def _profile(self, person_key: str) -> tuple[set[str], set[str]]:
        """Nationalities and role words written before any mention of the person."""
        cache = self._country_cache
        if cache is None:
            cache = self._country_cache = {}
            tokens, view = self.view.tokens, self.view
            words, _heads = title_vocabulary(self.lex)
            for ent in self.persons:
                countries, roles = cache.setdefault(ent.key, (set(), set()))
                k = view.token_at_start.get(ent.start)
                steps = 0
                while k is not None and k > 0 and steps < 6 and tokens[k].gap in (" ", "\u00a0"):
                    other = view.entity_at_token.get(k - 1)
                    if other is not None and other.kind in ("place", "organisation"):
                        countries.add(other.key)
                        k = view.token_at_start.get(other.start, k - 1)
                    elif tokens[k - 1].norm in words:
                        roles.add(tokens[k - 1].norm)
                        k -= 1
                    else:
                        break
                    steps += 1
        return cache.get(person_key, (set(), set()))

    def _latest_organisation(self, before: int) -> Entity | None:
        """The latest organisation (a medium included: "Reuters ... the agency") named before an
        offset, nearby."""
        idx = bisect.bisect_left(self.org_starts, before) - 1
        if idx >= 0 and before - self.orgs[idx].start <= _GROUP_RESOLVE_CHARS:
            return self.orgs[idx]
        return None

    def _latest_group(self, before: int) -> Entity | None:
        """The latest organisation or group named before an offset (not a medium), nearby."""
        idx = bisect.bisect_left(self.group_starts, before) - 1
        if idx >= 0 and before - self.groups[idx].start <= _GROUP_RESOLVE_CHARS:
            return self.groups[idx]
        return None

    def _latest_citation(
        self, before: int, exclude_kind: str | None = None, only_kind: str | None = None, head: str | None = None
    ) -> str | None:
        for offset, key in reversed(self.state.order):
            if offset >= before:
                continue
            if before - offset > _RESOLVE_CHARS:
                return None
            kind = self.state.citations[key].kind
            if exclude_kind and kind == exclude_kind:
                continue
            if only_kind and kind != only_kind:
                continue
            if head is not None and self.state.citations[key].head != head:
                continue
            return key
        return None

    def _entity_for_name(self, key: str) -> Entity | None:
        index = self._name_index
        if index is None:
            index = self._name_index = {}
            surnames = self._surname_index = {}
            for ent in self.view.entities:
                index.setdefault(ent.key, ent)
                index.setdefault(name_key(ent.text), ent)
                if ent.kind == "person":
                    surnames.setdefault(ent.key.rsplit(" ", 1)[-1], ent)
        return index.get(key) or self._surname_index.get(key.rsplit(" ", 1)[-1] if key else "")


def _after_quote(tok: Token) -> bool:
    gap = tok.gap
    return any(c in gap for c in "”\"’'") or gap.strip() == ","


def _kind_of(ent: Entity) -> str:
    if ent.via == "media":
        return "media"
    return {"person": "person", "organisation": "institution", "place": "institution", "group": "group"}.get(ent.kind, "other")
