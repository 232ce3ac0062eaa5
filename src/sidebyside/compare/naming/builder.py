"""One article's mentions and chains (all three fields): the body read token by token, then
the headline and standfirst. The rules for people, places and descriptions are mixins."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.entities import (
    CLOSED_CLASS,
    Entity,
    EntityFinder,
    is_full_name,
    name_key,
    placed_by_its_region,
)
from sidebyside.compare.naming.amounts import magnitude_refs, money_refs
from sidebyside.compare.naming.candidates import body_people, named_elsewhere
from sidebyside.compare.naming.chain_tools import (
    _chain_kind,
    _surname_map,
    merge_chains,
    planned_day,
    same_person_variants,
    short_names,
)
from sidebyside.compare.naming.chains import ArticleChains, Ref
from sidebyside.compare.naming.counted import counted_groups
from sidebyside.compare.naming.descriptions import DescriptionRules, opens_tabloid_title
from sidebyside.compare.naming.people import PeopleRules
from sidebyside.compare.naming.places import PlaceRules
from sidebyside.compare.naming.resolved import ResolvedDescriptions
from sidebyside.compare.naming.words import (
    _APPOSITION_KINDS,
    _DESCRIBED_KINDS,
    _DOTTED_LETTERS,
    _MILITARY,
    _OF_PLACE,
    _PLACE_PREPOSITIONS,
    _RANK_WORDS,
    NamingVocabulary,
)
from sidebyside.compare.nouns import nouns
from sidebyside.compare.termdata import Lexicon
from sidebyside.compare.text import ARTICLES, POSSESSIVE_DETERMINERS, casefolded
from sidebyside.compare.title_case import title_cased
from sidebyside.compare.times import find_times, in_dateline, time_chains
from sidebyside.compare.tokens import irregular_bases, singular, token_column, tokenize
from sidebyside.resources import gendered_given_names
from sidebyside.settings import NamingSettings


class ChainBuilder(PeopleRules, PlaceRules, DescriptionRules, ResolvedDescriptions):
    """Mentions and within-article chains of one article (all three fields)."""

    def __init__(self, lex: Lexicon, finder: EntityFinder, vocab: NamingVocabulary, settings: NamingSettings):
        self.lex = lex
        self.finder = finder
        self.vocab = vocab
        self.settings = settings
        self.capitals = {name_key(c): country for c, country in lex.capital_of.items()}
        self.title_words, self.title_heads = finder.look.title_words, finder.look.title_heads
        # title words that say which office ("finance", "foreign", "prime"), not how senior
        self.country_keys = frozenset(name_key(c) for c in lex.countries.values())
        self.name_heads = frozenset(w for kind in ("organisation", "place") for w in finder.look.heads.get(kind, ()))
        self.specifiers = frozenset(w for m in lex.title_modifiers for w in m.split()) - _RANK_WORDS
        self.nouns = nouns()
        self.known_places = frozenset(name_key(p) for p in (*lex.places, *lex.countries, *lex.capital_of))
        # head_of's answers, by word: kept with the lexicon for the next comparison (they depend
        # only on the vocabulary, the lexicon's titles and the noun lexicon, checked by identity)
        kept = lex.derived.get("naming heads")
        if kept is None or kept[0] is not vocab or kept[1] is not self.nouns or kept[2] is not self.title_heads \
                or len(kept[3]) > _MAX_KEPT_HEADS:
            kept = lex.derived["naming heads"] = (vocab, self.nouns, self.title_heads, {})
        self._heads: dict[str, tuple[str, str] | None] = kept[3]
        self._tells_arrest = True  # whether the article being read has an arrest verb (_body)
        self._elsewhere: frozenset[str] = frozenset()  # names_elsewhere's evidence for _body (candidates.py)
        self._nationality_chains: set[str] = set()  # chains of "the Briton" (the walk's, for resolved.py)

    def head_of(self, norm: str) -> tuple[str, str] | None:
        """(kind of referent, singular noun) of a word that can head a description: a role
        noun of naming.json ("publicist", "team", "hotel"), a title's head ("minister"), a
        work ("film"), or a noun the noun lexicon knows as a person, group, place or thing."""
        if norm in self._heads:
            return self._heads[norm]
        found = self._heads[norm] = self._head_of(norm)
        return found

    def _head_of(self, norm: str) -> tuple[str, str] | None:
        kind = self.vocab.roles.get(norm)
        if kind is not None:
            return kind, singular(norm)
        if norm in self.title_heads:
            return "person", norm
        if norm in CLOSED_CLASS or len(norm) < 3:
            return None  # "who", "at": words WordNet also lists as nouns ("WHO", astatine)
        work = singular(norm)
        if work in self.vocab.works:
            return "work", work  # (before the lexicon: "show" is more often a verb)
        lemma = self.nouns.common_lemma(norm)  # (never a name's sense: "The event drew praise")
        if lemma is None or lemma in self.vocab.not_heads:
            return None
        kind = self.nouns.kind(lemma)
        if kind not in _DESCRIBED_KINDS and lemma != norm and self.nouns.kind(norm) == "organisation":
            # a plural with a sense of a body of its own that its singular lacks ("the
            # authorities": the people in charge; "authority" is a power): the body's kind (a
            # thing's plural sense is left out: "small arms" would join any weapon)
            kind, lemma = "organisation", norm
        return (kind, lemma) if kind in _DESCRIBED_KINDS else None

    def build(self, view: ArticleView, fields: dict[str, str], names_elsewhere: frozenset[str],
              published: str | None = None) -> ArticleChains:
        """published: the article's date (ISO), which turns "yesterday" and "on Monday" into dates."""
        out = ArticleChains(opening_end=_paragraph_end(view.text, self.settings.main_actor_paragraphs),
                            lede_end=next((s.end for s in view.sentence_spans() if view.text[s.start:s.end].strip()), 0))
        self._elsewhere = named_elsewhere(view, names_elsewhere) if self.settings.bare_candidates else frozenset()
        self._nationality_chains = set()
        self._capitalised_inside = names_elsewhere
        self._portfolio_names: dict[str, str] = {}
        self._body(view, out)
        if self._portfolio_names:
            _rename_cut_titles(out, self._portfolio_names)
        out.military = _tells_of_a_military(view.tokens)
        self._organisations_beside(view, out)
        out.lede_actors = _lede_actors(view, out)
        self._times(view, published, out)
        magnitude_refs(view.text, out)
        money_refs(view.text, out)
        known = set(out.names) | set(out.roles)
        surnames = _surname_map(out)
        for name in ("title", "lead"):
            text = fields.get(name) or ""
            if text.strip():
                self._heading(name, text, names_elsewhere, known, surnames, out)
        return out

    # ------------------------------------------------------------------ body

    def _times(self, view: ArticleView, published: str | None, out: ArticleChains) -> None:
        """The body's times, one chain per day (compare/times.py), and the story's day: the
        first day given within the body's first paragraphs."""
        out.times = time_chains(find_times(view.text, published), self.settings.max_time_chains)
        top = _paragraph_end(view.text, self.settings.story_day_paragraphs)
        for m in out.times.mentions:
            out.refs.append(Ref("text", m.start, m.end, m.text, "time", m.chain, "time"))
            if out.story_day is None and m.start < top and out.times.day_level[m.chain] \
                    and not planned_day(view.text, m.start) \
                    and not in_dateline(view.text, m.start, m.end):  # (a plan; the day it was filed)
                out.story_day = m.chain
                out.story_words = _sentence_words(view, m.start, m.end)

    def _country_ending_a_name(self, view: ArticleView, e: Entity, i: int, pending: list[tuple[int, Ref]]) -> bool:
        """Whether a country's name at token i ends the name of a company written right before it
        ("T-Mobile USA", "Samsung UK"): a subsidiary's name, no mention of the country. The
        company's mention then takes it in ("T-Mobile USA" / "T-Mobile" is a short form, never
        the United States against "USA")."""
        if e.kind != "place" or e.via != "name" or e.key not in self.country_keys or i == 0:
            return False
        tokens = view.tokens
        if tokens[i].gap != " " or tokens[i - 1].possessive:  # ("Google's China unit": two names)
            return False
        before = view.entity_at_token.get(i - 1)
        if before is None or before.end != tokens[i - 1].end or before.via != "name" or not (
                before.kind in ("organisation", "other")
                or (before.kind == "place" and before.key not in self.known_places)):
            return False  # ("Cairo Egypt": a known town and its country; "Telecom Egypt" is a company)
        ref = next((r for _, r in reversed(pending) if r.end == before.end and r.entity is before), None)
        if ref is None:
            return False
        ref.end, ref.text = e.end, view.text[ref.start:e.end]
        return True

    def _of_title_start(self, tokens: list, k: int) -> int | None:
        """Where a title of the form "X of Y" starts when ``k`` is its Y ("Secretary of State",
        "Minister of Trade", "Secretary of the Interior"): a capitalised title word, then "of"
        (and "the"); else None."""
        if k > 2 and tokens[k - 1].norm == "the" and tokens[k].gap == " ":
            k -= 1  # "Secretary of the Interior"
        if k < 2 or tokens[k].gap != " " or tokens[k - 1].norm != "of" or tokens[k - 1].gap != " ":
            return None
        title = tokens[k - 2]
        return k - 2 if title.cap and title.norm in self.title_heads and tokens[k + 1 if tokens[k].norm == "the" else k].cap else None

    def _portfolio_cut(self, view: ArticleView, e: Entity, i: int, j: int) -> tuple[Entity, int] | None:
        """A name of three or more capitalised words right after an "X of" title ("Secretary of
        Trade Ivo Brandt"): its first words are the title's Y, the name is the rest, from its known
        given name or else its last two words (reader29: the row read "Trade Ivo Brandt").
        (entity, first token) of the name left, or None."""
        tokens = view.tokens
        if j - i < 2 or self._of_title_start(tokens, i) is None:
            return None
        if any(not tokens[m].cap or tokens[m].gap != " " for m in range(i + 1, j + 1)):
            return None
        known = gendered_given_names()
        p = i + 1
        while j - p > 1 and tokens[p].norm not in known:
            p += 1
        rest = view.text[tokens[p].start:e.end]
        self._portfolio_names[e.name] = rest
        return Entity(tokens[p].start, e.end, rest, "person", name_key(rest), rest, e.via), p

    def _trade_cut(self, view: ArticleView, e: Entity, i: int, j: int) -> tuple[Entity, int] | None:
        """A name whose first word is a trade's noun opening a sentence or following a dateline's
        dash ("Drugmaker Verenta Pharmaceuticals raised ...", "LONDON - Builders Bracewell said
        ..."; naming.json trade_descriptors): the noun is a descriptor, as "drugmaker Verenta" is
        mid-sentence, when the name's next word is written with a capital elsewhere, here or
        mid-sentence in the other article (never a name the noun begins that is written whole
        only). (entity of the rest, its first token) or None."""
        tokens = view.tokens
        first, nxt = tokens[i], tokens[i + 1]
        if (not (first.initial or first.gap.strip() in _DATELINE_DASHES) or first.norm not in self.vocab.trade_descriptors
                or not nxt.cap or nxt.gap != " " or first.possessive or e.kind == "place"):
            return None
        if nxt.norm not in self._capitalised_inside and not any(
                t.cap and t.norm == nxt.norm for m, t in enumerate(tokens) if m != i + 1):
            return None
        rest = view.text[nxt.start:e.end]
        return Entity(nxt.start, e.end, rest, "organisation", name_key(rest), rest, e.via), i + 1

    def _titled_surname(self, tokens: list, i: int) -> bool:
        """"President Brandt", "Senator Moss" (a tabloid's "Furious mayor Brandt" too): one name after a title, which the
        mention keeps, so a row never says the article drops a title it writes (reader29). Never a
        word that also heads names of places ("State Route")."""
        prev = tokens[i - 1] if i > 0 else None
        return (prev is not None and tokens[i].gap == " " and (prev.cap or opens_tabloid_title(tokens, i - 1))
                and prev.norm in self.title_heads and prev.norm not in self.name_heads)

    def _names_family(self, tokens: list, j: int) -> bool:
        """Whether a one-word name at token j is followed by a family noun, at most one
        lower-case word between ("Genovese crime family", "Kennedy clan")."""
        for m in (j + 1, j + 2):
            if m >= len(tokens) or tokens[m].gap != " " or tokens[m].cap or tokens[m - 1].possessive:
                return False
            if tokens[m].norm in self.vocab.family_groups:
                return True
        return False

    def _common_noun_compound(self, tokens: list, i: int, j: int) -> bool:
        """Whether a name of several common words (tokens i..j: "Internet Explorer Web") ends in
        a capitalised noun of a thing that modifies the lower-case noun after it ("Web browser"):
        the phrase goes on past the name, so a label ending there would be cut. A person's name
        has a word no common noun ("Elton Brand fans"); a one-word name before a noun still
        names its referent ("Bush administration", "Valley producers")."""
        if i == j or j + 1 >= len(tokens) or tokens[j].possessive:
            return False
        if not all(self.nouns.is_noun(t.norm) and t.norm not in gendered_given_names()
                   and self.lex.zipf(t.norm) >= self.settings.rare_name_zipf for t in tokens[i : j + 1]):
            return False
        if self.nouns.kind(self.nouns.lemma(tokens[j].norm) or tokens[j].norm) != "thing":
            return False
        nxt = tokens[j + 1]
        return (nxt.gap == " " and not nxt.cap and nxt.norm not in CLOSED_CLASS and self.nouns.is_noun(nxt.norm)
                and not nxt.norm.endswith(("ed", "ing")) and not self._past_verb(nxt.norm)
                and self.head_of(nxt.norm) is not None)

    def _inside_capitals(self, view: ArticleView, i: int) -> bool:
        """Whether a one-word name at token i stands inside a run of capitalised words, one
        before it (no name found) and two after it (no name of a known kind): "the Alaska State
        Fire Marshal's Office": a piece of a longer name the entity finder cut, no name of its own ("Senator
        Obama Tuesday said" is no such run)."""
        tokens = view.tokens
        if not 0 < i < len(tokens) - 2:
            return False
        prev, tok = tokens[i - 1], tokens[i]
        after = tokens[i + 1:i + 3]
        if not (prev.cap and tok.gap == " " and all(t.cap and t.gap == " " for t in after)):
            return False
        if prev.possessive or tok.possessive or prev.initial or tok.norm in gendered_given_names():
            return False
        return i - 1 not in view.entity_at_token and all(
            view.entity_at_token[m].kind == "other" for m in (i + 1, i + 2) if m in view.entity_at_token)

    def _body(self, view: ArticleView, out: ArticleChains) -> None:
        tokens = view.tokens
        folded = casefolded(view.text)
        self._tells_arrest = any(verb in folded for verb in (*self.vocab.arrest_verbs, *self.vocab.custody_cues))  # else no one is the suspect so
        taken = bytearray(len(tokens))  # tokens already inside a mention
        pending: list[tuple[int, Ref]] = []  # (token index, ref) in text order
        standalone = self._standalone_names(view) | self._elsewhere
        # the entity finder's key of a name opened by a trade's noun -> the cut name's key and kind
        trade_keys: dict[str, tuple[str, str]] = {}

        def claim(lo: int, hi: int, ref: Ref) -> None:
            """A description beside a name (before it, in apposition, stated of it) joins its chain."""
            for m in range(lo, hi):
                taken[m] = 1
            pending.append((lo, ref))
            self._note(out, ref)
        for e in view.entities:
            if e.via == "demonym" and e.kind == "place" and not view.in_quote(e.start, e.end):
                out.demonyms.append((e.start, e.key))
            if e.via in ("demonym", "event"):
                continue
            out.written.add(e.text)
            if view.in_quote(e.start, e.end):
                continue
            i, j = view.token_at_start.get(e.start), view.token_at_end.get(e.end)
            if i is None or j is None:
                continue
            if e.kind == "other" and not self._name_like(e, tokens[i], view.text, standalone) and e.key not in self.vocab.aliases:
                continue
            if self._country_ending_a_name(view, e, i, pending):
                for m in range(i, j + 1):
                    taken[m] = 1
                continue  # "T-Mobile USA": the company's name, no mention of the country
            if e.kind in ("person", "other") and i == j and self._names_family(tokens, j):
                continue  # "the Genovese crime family": the family, not Vito Genovese
            if e.kind in ("person", "other") and i == j and self._inside_capitals(view, i):
                continue  # "the Alaska State Fire Marshal's Office": "Fire" is a piece of a longer name
            if e.kind in ("person", "other") and self._common_noun_compound(tokens, i, j):
                continue  # "Internet Explorer Web browser", "a Web site": the name ends inside a compound
            trade = None
            if j > i and (cut := self._trade_cut(view, e, i, j)) is not None:
                trade_keys[e.key] = (cut[0].key, cut[0].kind)
                trade, (e, i) = i, cut  # "Drugmaker Verenta Pharmaceuticals": Verenta Pharmaceuticals
            elif e.key in trade_keys:
                key, kind = trade_keys[e.key]
                e = replace(e, key=key, kind=kind)  # its short forms ("Barclays said")
            of_title = None
            if trade is None and e.kind in ("person", "other") and (cut := self._portfolio_cut(view, e, i, j)) is not None:
                of_title, (e, i) = self._of_title_start(tokens, i), cut  # "Secretary of Trade Ivo Brandt": Ivo Brandt
            elif trade is None and e.kind == "person" and i > 2 and tokens[i - 1].cap and tokens[i].gap == " ":
                of_title = self._of_title_start(tokens, i - 1)  # the entity finder cut the title's Y off already
            chain, form = self._entity_chain(e, tokens, i, j)
            if chain is None:
                continue
            start = e.start
            head = None
            kind = "place" if form == "metonym" else e.kind  # the Kremlin stands for Russia
            if e.kind in ("person", "other") and (" " in e.key or e.kind == "person" and self._titled_surname(tokens, i)):
                k, head = (of_title, tokens[of_title].norm) if of_title is not None else self._premodifier(view, i)
                if head is not None and (of := self._of_title_start(tokens, k)) is not None:
                    k, head = of, tokens[of].norm  # "Secretary of State Mike Pompeo": one title
                if head is not None and (head != "of" or e.kind == "person"):
                    # "Turkey's Recep Tayyip Erdogan"; a role makes a name of no known kind a
                    # person's: "first baseman Mark Teixeira"
                    start, form, kind = tokens[k].start, "title", "person"
                    for m in range(k, i):
                        taken[m] = 1
                        if tokens[m].cap:
                            out.in_titles.setdefault(tokens[m].norm, tokens[m].start)
                else:
                    head = None
            if trade is not None:
                taken[trade] = 1
                out.roles.setdefault(chain, set()).add(singular(tokens[trade].norm))  # ("the lender" joins it)
            for m in range(i, j + 1):
                taken[m] = 1
            # "U.S" and spaced "U. S" (some wires' style): the entity leaves their last stop out
            dotted = "." in e.text and _DOTTED_LETTERS.fullmatch(e.text.replace(". ", "."))
            end = e.end + 1 if dotted and view.text[e.end : e.end + 1] == "." else e.end
            # ("at Apple's headquarters" places the headquarters: a possessor of no place kind is
            # not the place)
            owner = tokens[j].possessive and e.kind != "place"
            if start == e.start and (i > 0 and tokens[i].gap == " " and tokens[i - 1].norm in _PLACE_PREPOSITIONS and not owner
                                     or placed_by_its_region(view.text, e)):
                out.located.add(chain)  # "in Kansas City", "San Diego, Calif.": the city, not its team
            if i > 0 and tokens[i].gap == " " and tokens[i - 1].norm == "the" or e.text[:4].casefold() == "the ":
                out.definite.add(chain)
            if form != "metonym" and chain in self.country_keys and not tokens[j].possessive and not (
                    i > 0 and tokens[i - 1].norm in _PLACE_PREPOSITIONS | _OF_PLACE):
                out.acting.add(chain)  # "the U.S. imposed": maybe the country as its government;
                # "in the United States", "the United States' mysteries" are the country itself
            ref = Ref("text", start, end, view.text[start:end], form, chain, kind, e, head)  # "U.S." with its stop
            pending.append((i, ref))
            self._note(out, ref)
            described_as = _APPOSITION_KINDS.get(e.kind, frozenset())
            if start == e.start and described_as:
                before = self._apposition_before(view, i, chain, described_as)
                if before is not None:
                    claim(before[0], i, before[1])
            if described_as:
                appo = self._apposition_after(view, j, chain, described_as)
                if appo is not None and e.kind == "other" and appo[2].kind == "person":
                    ref.kind = "person"  # "Bettie Page, the pin-up model,": a person after all
                    out.kinds[chain]["person"] += 2
                if appo is not None:
                    claim(*appo)
                elif e.kind == "person":
                    told = self._predicate_after(view, j, chain)
                    if told is not None:
                        claim(*told)
            if e.kind == "person" and self._arrested(view, view.token_at_start.get(start, i), j):
                out.roles.setdefault(chain, set()).add("suspect")
                out.implied.setdefault(chain, set()).add("suspect")
            elif (e.kind == "person" and form == "name" and not tokens[j].possessive
                  and self._attacker_by(view, view.token_at_start.get(start, i))):
                out.implied.setdefault(chain, set()).add("suspect")  # "he was shot ... by Dan Rell"
        pending.sort(key=lambda p: p[0])
        self._descriptions(view, taken, pending, out)
        out.refs = [r for _, r in sorted(pending, key=lambda p: p[0])]
        merge_chains(out, same_person_variants(out, self.settings))
        merge_chains(out, short_names(out, out, self.country_keys))
        merge_chains(out, self._surnames_of_people(view, out))
        self._split_by_age(out)
        merge_chains(out, self._ages(view, out))
        merge_chains(out, self._venues_named(out))
        if self.settings.described_places:
            merge_chains(out, self._place_described(view, out))
        merge_chains(out, self._business_told_by_kind(view, out))
        merge_chains(out, self._work_told_by_kind(view, out))
        merge_chains(out, self._introduced_then_named(view.text, out))
        merge_chains(out, self._opening_description_named(view, out))
        merge_chains(out, self._told_twice(view, out))
        merge_chains(out, self._named_by_phrase(view, out))
        self._lede_attacker(view, out)
        merge_chains(out, self._held_is_the_suspect(out))
        merge_chains(out, self._boss_is_the_head(out))
        merge_chains(out, self._resolved_descriptions(view, out))
        self._children_apart(out)  # (after every join: an adult's chain gives up a child's description)
        self._one_thing_told(out)
        if self.settings.counted_groups:
            for ref in counted_groups(view, out, self.head_of, self.vocab, self.settings):
                # a mention of its own, whose noun no other join reads as a role ("one male
                # employee" is not the other article's "former employee")
                out.refs.append(ref)
                out.kinds.setdefault(ref.chain, Counter())[ref.kind] += 1
            out.refs.sort(key=lambda r: r.start)
        if self.settings.body_people:
            # "Coastguard chiefs": the body told by its people and a word of its name
            told = body_people(view, out, self.vocab.body_people, self._capitalised_inside, singular)
            if told:
                out.refs = sorted(out.refs + told, key=lambda r: r.start)
        self._people_beside(view, out)

    # ------------------------------------------------------------------ headline, standfirst

    def _heading(self, name: str, text: str, names_elsewhere: frozenset[str], known: set[str],
                 surnames: dict[str, str], out: ArticleChains) -> None:
        """Names in a headline or standfirst (often in title case, where every word has a
        capital): only those that name a chain the body already has, by key or surname."""
        if _in_capitals(text):
            self._heading_in_capitals(name, text, out)
            return
        tokens = tokenize(text)
        view = ArticleView(text, tokens, self.finder.find(text, tokens, names_elsewhere))
        title_case = self._title_case_parts(tokens)
        for e in view.entities:
            if e.via == "demonym" and e.kind == "place" and not view.in_quote(e.start, e.end):
                out.demonyms.append((e.start, e.key))
            if e.via in ("demonym", "event"):
                continue
            i, j = view.token_at_start.get(e.start), view.token_at_end.get(e.end)
            if i is None or j is None:
                continue
            chain, form = self._entity_chain(e, tokens, i, j)
            if chain not in known:
                short = surnames.get(e.key.rsplit(" ", 1)[-1]) if not is_full_name(e.key) else None
                if short is None:
                    continue
                chain, form = short, "short"
            start, head = e.start, None
            if e.kind == "person" or form == "short":
                k, head = self._premodifier(view, i, title_case[i])
                if head is not None:
                    start, form = tokens[k].start, "title"
            ref = Ref(name, start, e.end, text[start : e.end], form, chain, "place" if form == "metonym" else e.kind, e, head)
            out.refs.append(ref)

    def _title_case_parts(self, tokens: list) -> list[bool]:
        """For each token of a heading, whether its part (the heading's parts are set off by a
        colon or a dash: "Council to Name Dr. X Health Chief: rumour or news?") is in title case."""
        parts: list[list[int]] = [[]]
        for n, t in enumerate(tokens):
            if n and (":" in t.gap or " - " in t.gap or "\u2013" in t.gap or "\u2014" in t.gap or "|" in t.gap):
                parts.append([])
            parts[-1].append(n)
        out = [False] * len(tokens)
        for part in parts:
            if title_cased(((tokens[n].norm, tokens[n].cap) for n in part if tokens[n].norm[:1].isalpha()),
                           self.settings.heading_title_case_words, self.settings.heading_title_case_share):
                for n in part:
                    out[n] = True
        return out

    def _heading_in_capitals(self, name: str, text: str, out: ArticleChains) -> None:
        """A heading in capitals ("BANK OF AMERICA CUTS 500 JOBS"), where a capital tells nothing
        and the entity finder would cut names at their small words: the names the body gives its
        chains, found there whatever their case (word-bounded, the longest first, never two over
        one span)."""
        folded = text.casefold()
        if len(folded) != len(text):
            return  # (letters that change in number when folded: offsets would not hold)
        spellings = sorted({(n.casefold(), n, chain) for chain, names in out.names.items()
                            if not chain.startswith(("role:", "venue:", "time:")) for n in names if len(n) > 1},
                           key=lambda x: (-len(x[0]), x[0], x[2]))
        taken: list[tuple[int, int]] = []
        for spelling, written, chain in spellings:
            for m in re.finditer(r"(?<!\w)" + re.escape(spelling) + r"(?!\w)", folded):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                kind = _chain_kind(out, chain)
                found = text[m.start():m.end()]
                entity = Entity(m.start(), m.end(), found, kind, chain, written)
                out.refs.append(Ref(name, m.start(), m.end(), found, "name", chain, kind, entity))

    # ------------------------------------------------------------------ helpers

    def _people_beside(self, view: ArticleView, out: ArticleChains) -> None:
        """out.beside: for each chain of descriptions of people, the named people a reader may
        take its body mentions back to: those named in the sentence before and, in its own
        sentence, before it ("Last week official David Holmes revealed a call. The political
        counselor was having lunch ..."; never "the deal they gave to Hunter" after it)."""
        spans = view.sentence_spans()
        starts = [s.start for s in spans]
        by_sentence: dict[int, list[tuple[int, str]]] = {}
        described: list[tuple[int, int, str]] = []
        for r in out.refs:
            if r.field != "text" or r.kind != "person":
                continue
            at = bisect.bisect_right(starts, r.start) - 1
            if r.chain in out.described:
                described.append((at, r.start, r.chain))
            elif r.form in ("name", "short", "title"):
                by_sentence.setdefault(at, []).append((r.start, r.chain))
        for at, start, chain in described:
            before = {c for _, c in by_sentence.get(at - 1, ())} | {c for s, c in by_sentence.get(at, ()) if s < start}
            out.beside.setdefault(chain, set()).update(before)

    def _organisations_beside(self, view: ArticleView, out: ArticleChains) -> None:
        """Each named person's organisations: those named after the name in the same sentence
        (inside an apposition too), before another person is named."""
        text, entities = view.text, sorted(view.entities, key=lambda e: e.start)
        starts = [e.start for e in entities]
        for ref in out.refs:
            if ref.field != "text" or ref.kind != "person" or ref.entity is None or ref.chain.startswith("role:"):
                continue
            for e in entities[bisect.bisect_left(starts, ref.end):]:
                if e.start - ref.end > self.settings.organisation_reach or ". " in text[ref.end:e.start]:
                    break
                if e.kind == "person" and e.key != ref.chain:
                    break
                if e.kind == "organisation" or _chain_kind(out, e.key) == "organisation":
                    out.organisations.setdefault(ref.chain, set()).add(e.key)

    def _note(self, out: ArticleChains, ref: Ref) -> None:
        if ref.head and ref.head != "of":
            out.roles.setdefault(ref.chain, set()).add(ref.head)
        if ref.form in ("name", "short", "title", "alias") and ref.entity is not None:
            out.names.setdefault(ref.chain, []).append(ref.entity.name)
        kinds = out.kinds.get(ref.chain)
        if kinds is None:
            kinds = out.kinds[ref.chain] = _NEW_COUNTER(Counter)  # an empty Counter (below)
        kinds[ref.kind] = kinds.get(ref.kind, 0) + 1  # (as += 1, without Counter's __missing__ call)


# An empty Counter without Counter.__init__, whose Python-level update() call does nothing for
# an empty one but costs about four times the object itself (a Counter a chain, thousands a pair).
_NEW_COUNTER = Counter.__new__
_MAX_KEPT_HEADS = 200_000  # words whose head_of answer stays kept between comparisons (a bound on memory)


# "force" is mostly the verb ("to force the talks"); "forces" is one after a subject pronoun or
# before its object ("it forces", "forces the pace", "forces him")
_MILITARY_NOUNS = _MILITARY - {"force"}
_SUBJECT_PRONOUNS = frozenset("he she it this that which who nothing".split())
_OBJECT_OPENERS = ARTICLES | POSSESSIVE_DETERMINERS | frozenset("him her them us it".split())


def _lede_actors(view: ArticleView, out: ArticleChains) -> set[str]:
    """Chains of descriptions written with "a" in the body's first sentence right before a verb
    in the past ("A court heard yesterday", "as a raging river swamped their town"): the lede's
    actor, the story's own one; "tried to sell it to a quiet little museum" is no actor."""
    found = set()
    for r in out.refs:
        if (r.field != "text" or r.form != "description" or r.start >= out.lede_end
                or r.text[:2].casefold() not in ("a ", "an") or r.chain not in out.described):
            continue
        j = view.token_at_end.get(r.end)
        if j is None or j + 1 >= len(view.tokens):
            continue
        verb = view.tokens[j + 1]
        if verb.gap == " " and not verb.cap and verb.norm.isalpha() and (
                verb.norm.endswith("ed") or irregular_bases(verb.norm) or verb.norm in ("was", "has", "had")):
            found.add(r.chain)
    return found


def _tells_of_a_military(tokens: list) -> bool:
    """Whether a text writes of troops or forces ("Israeli forces", "the army"), never the verbs
    "force" and "forces" ("Erekat said it was the latest move to force the talks": reader29)."""
    last = len(tokens) - 1
    for i, t in enumerate(tokens):
        if t.norm not in _MILITARY_NOUNS:
            continue
        if t.norm == "forces" and ((i > 0 and tokens[i - 1].norm in _SUBJECT_PRONOUNS)
                                   or (i < last and tokens[i + 1].norm in _OBJECT_OPENERS)):
            continue
        return True
    return False


def _sentence_words(view: ArticleView, start: int, end: int) -> frozenset[str]:
    """The names (entity keys) and the words of five letters or more of the sentence holding
    text[start:end], but for that span and closed-class words: what a day near the top is the
    day of, for the pair to tell whether two first days date one event (times.link_times)."""
    spans = view.sentence_spans()
    at = bisect.bisect_right([sp.start for sp in spans], start) - 1
    lo, hi = (spans[at].start, spans[at].end) if at >= 0 else (0, len(view.text))
    out: set[str] = set()
    for idx in range(bisect.bisect_left(token_column(view.tokens, "start"), lo), len(view.tokens)):
        tok = view.tokens[idx]
        if tok.start >= hi:
            break
        if start <= tok.start < end:
            continue
        keys = view.keys_at_token.get(idx)
        if keys:
            out.update(keys)
        elif len(tok.norm) >= 5 and not tok.cap and tok.norm not in CLOSED_CLASS:
            out.add(singular(tok.norm))
    return frozenset(out)


_DATELINE_DASHES = frozenset("-–—")  # "LONDON, March 4 - Drugmaker Verenta ...": the body's first word after a dateline


def _rename_cut_titles(out: ArticleChains, names: dict[str, str]) -> None:
    """The short forms of a name cut from its "X of" title ("Brandt" of "Secretary of Trade Ivo
    Brandt") carry the entity finder's whole name as theirs: give them the name without the title."""
    for r in out.refs:
        if r.entity is not None and r.entity.name in names:
            r.entity = replace(r.entity, name=names[r.entity.name])


def _in_capitals(text: str) -> bool:
    """Whether a heading is written in capitals (two words of letters at least, none in lower case)."""
    return not any(c.islower() for c in text) and len(_WORD.findall(text)) >= 2


_WORD = re.compile(r"[^\W\d_]+")


def _paragraph_end(text: str, paragraphs: int) -> int:
    """Offset where the text's first paragraphs end (paragraphs are separated by blank lines)."""
    at = 0
    for _ in range(paragraphs):
        found = text.find("\n\n", at)
        if found < 0:
            return len(text)
        at = found + 2
    return at
