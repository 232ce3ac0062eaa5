"""Chain rules for descriptions ("the publicist", "a Biloxi motel", "the 29-year-old suspect"):
the words before a role noun and the chain a description joins."""

from __future__ import annotations

import functools
import re
from operator import and_, not_, or_
from collections import Counter
from itertools import compress

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.distinctive import cardinal_words
from sidebyside.compare.entities import CLOSED_CLASS, Entity, name_key, region_adjective
from sidebyside.compare.naming.candidates import bare_body, bare_place, bare_things, body_told_by_noun, place_of_name_nouns
from sidebyside.compare.naming.chain_tools import (
    _abbreviated_title, _add_bearer, _chain_kind, _person_like, _sole, j_end, merge_chains, numbered_products,
)
from sidebyside.compare.naming.chains import ArticleChains, Described, Ref
from sidebyside.compare.naming.events import EventRules
from sidebyside.compare.naming.words import (
    _AGE, _DETERMINERS, _MILITARY, _NOT_DESCRIPTION_HEADS, _ORDINALS, _POSSESSIVE_PRONOUNS,
    _SINGULAR_DETERMINERS, _VENUES, _VENUE_PARTS, _closed, _ranking, evaluative_words,
)
from sidebyside.compare.termdata import naming_data
from sidebyside.compare.tokens import Token, joinable, singular, token_column, token_norms
from sidebyside.wordpattern import alternation

# Endings of words in -s that are no verb: "class", "a perilous flaw", "a famous actress",
# "the bonus", "the tennis star"
_NOT_VERB_ENDINGS = ("ss", "us", "is")
# Words that set a group apart from the one told: "the other 100 workers got out safely"
_OTHER_SET = frozenset({"other", "another"})
# prepositions after which a noun and a bare plural are one phrase ("a band of jewel thieves")
_PHRASE_OPENERS = frozenset({"of", "for", "by", "from", "with", "against", "among"})
# Words after "the team", "the company" that tell whose it is, so it is no anaphor of the one
# named before ("the creative team behind it", "the company of his father")
_TOLD_BY_WHAT_FOLLOWS = frozenset({"behind", "of", "at", "for"})
_TEAM_NOUNS = frozenset({"team", "club", "franchise", "squad", "side"})
# Prepositions whose phrase after a description's noun restricts it, and the kinds of name each
# may take ("a resident of Ashgabat", "a man from Texas", "a technician with the state police")
_POST_PREPOSITIONS = frozenset({"of", "with", "from", "in"})
# ("in" + a name never: "struck by a car in Queens" tells where it struck; a venue's place is
# _venue_place's to read)
_POST_NAME_KINDS = {
    "of": frozenset({"place", "organisation", "group", "person", "other"}),
    "from": frozenset({"place", "organisation"}),
    "in": frozenset(),
    "with": frozenset({"organisation"}),
}
OWNED = ":of-"  # chain infix of a thing someone owns: "his car" is "role:car:of-his"
_PERSONAL_OWNERS = frozenset("his her their my our your".split())
_PLACE_KINDS = frozenset({"place"})  # "his home in Santa Rosa": a place's "in" + a place restricts it
_OBJECT_PRONOUNS = frozenset("it him her them us me".split())
# Nouns of a measure a "with" phrase gives a thing or an event ("a quake with a magnitude of 6.1")
_MEASURES = frozenset({"magnitude", "population", "capacity", "value", "length", "speed", "strength"})
_OWNER = re.compile(r"['’]s\b")  # "the 27-year-old's firm": a possessor, no description of a business


def opens_tabloid_title(tokens: list[Token], r: int) -> bool:
    """Whether the lower-case role noun at r opens its sentence, alone or after one word that is
    no determiner ("Furious mayor Brandt blasted …", a tabloid's title without an article; never "a
    sheriff's deputy Nichols", whose role sits inside a noun phrase)."""
    if tokens[r].initial:
        return True
    before = tokens[r - 1] if r > 0 else None
    return (before is not None and before.initial and tokens[r].gap == " " and not before.possessive
            and before.norm not in _DETERMINERS and before.norm not in _POSSESSIVE_PRONOUNS)


class DescriptionRules(EventRules):
    """ChainBuilder's rules for descriptions (a mixin: it reads the builder's lex, vocab and settings)."""

    def _premodifier(self, view: ArticleView, i: int, title_case: bool = False) -> tuple[int, str | None]:
        """Titles and roles written before a person's name: "Syrian President", "actress",
        "Turkey's", "Senior Trooper". Returns (first token, the role noun or None).
        title_case: the text is a headline in title case, where a capital tells nothing: a
        capitalised word before the title may be a verb ("Council to Name Dr. X", "Owls Fire
        Coach X"), so the title takes only its own words."""
        tokens = view.tokens
        k = i
        head = None
        country = False
        # "The German Chancellor, Angela Merkel, said": a capitalised title after "The", set off
        # by commas before the name, is the name's title as "German Chancellor Angela Merkel" is
        apposed = self._apposed_title(view, i)
        while k > 0 and i - k < self.settings.max_title_words and (
            tokens[k].gap in (" ", "\u00a0") or _abbreviated_title(tokens[k - 1], tokens[k], self.title_words)
            or (apposed and k == i)
        ):
            prev = tokens[k - 1]
            ent = view.entity_at_token.get(k - 1)
            if (ent is not None and head is not None and ent.kind == "other" and ent.start == prev.start
                    and ent.end == prev.end and prev.norm in self.title_words):
                ent = None  # "Prime minister George Papandreou": a title word the other article capitalises, no name
            if ent is not None and ent.kind in ("place", "organisation", "group") and (
                ent.via == "demonym" or prev.possessive or ent.kind == "organisation"
                or (ent.kind == "place" and head is not None)  # "Ukraine President X", "British Columbia Attorney General X"
            ):
                k = view.token_at_start.get(ent.start, k - 1)
                # "Turkey's", "Syrian" alone may stand before a name; an organisation only with
                # a role after it ("Kremlin spokesperson Dmitry Peskov"): "with the BBC Capaldi
                # admitted" is two names
                country = country or ent.via == "demonym" or prev.possessive
                continue
            if ent is not None:
                break
            if prev.possessive:
                break
            role = (prev.norm in self.title_heads or self.vocab.roles.get(prev.norm) == "person"
                    or prev.norm in self.vocab.roles_before_names)  # ("His brief Peter Coyle")
            if role and singular(prev.norm) != prev.norm and singular(prev.norm) in self.vocab.kin:
                break  # "half-brothers Andrew Lopez and Jonathan ...": kin to each other, no one's role
            if role and not prev.cap and i == j_end(view, i) and not opens_tabloid_title(tokens, k - 1):
                # "a sheriff's deputy Nichols murdered": before a bare surname, a lower-case role
                # noun ends a phrase of its own; titles before a surname are capitalised (but a
                # tabloid's "Furious mayor Brandt blasted": the sentence opens with the role)
                break
            if role and head is None:
                head = prev.norm
                k -= 1
                if (k > 0 and tokens[k].gap == " " and tokens[k - 1].norm in _ORDINALS
                        and singular(head) in self.vocab.ordinal_titles):
                    k -= 1  # "third baseman Alex Rodriguez": the ordinal is the title's, never cut off
                continue
            if prev.norm in self.title_words and head is not None:
                k -= 1
                continue
            if role and head is not None and (prev.cap or prev.norm in self.title_words):
                k -= 1
                continue
            break
        if apposed:
            if head is None or k == 0 or tokens[k - 1].norm != "the" or tokens[k].gap != " ":
                return i, None  # ("Chairman, Smith": a list, no title; "the" says the phrase is whole)
            k -= 1
            head_at = max(m for m in range(k, i) if tokens[m].norm == head)
            return k, self._role_phrase(tokens, k + 1, head_at)
        if head is None and country and k < i:
            return k, "of"  # "Turkey's Recep Tayyip Erdogan": a nationality, no role
        if head is None:
            return i, None
        # capitalised words before the title belong to it ("Fire Chief James Steele", "Playboy
        # founder Hugh Hefner", "Commerce Secretary Gary Locke"): a label starts where its phrase
        # does; a sentence's first word only when a name or a noun ("Yesterday coach X" opens
        # with an adverb)
        while not title_case and k > 0 and i - k < self.settings.max_title_words + 3 and tokens[k].gap == " " \
                and tokens[k - 1].cap:
            prev, ent = tokens[k - 1], view.entity_at_token.get(k - 1)
            if prev.possessive or (ent is not None and ent.kind == "person") or (
                    prev.initial and ent is None and (prev.norm in CLOSED_CLASS or (
                        self.lex.zipf(prev.norm) >= self.settings.rare_name_zipf and not self.nouns.is_noun(prev.norm)
                        and prev.norm not in evaluative_words(self.lex)))):
                break  # (a tabloid's "Furious mayor Brandt": the emotive word is its label's)
            k -= 1
            if prev.initial:
                break
        if k > 1 and tokens[k].gap == " " and tokens[k - 1].norm in ("and", "&") and tokens[k - 2].cap and joinable(
                tokens[k - 2], tokens[k - 1]) and getattr(view.entity_at_token.get(k - 2), "kind", None) != "person" and (
                tokens[k].norm not in self.title_words):
            # "Fire and Rescue Chief X": "Rescue Chief X" would be a title cut short ("Ken Salazar
            # and Commerce Secretary Gary Locke", "the Oregon State Police and Capt. Tom Tennant":
            # after a name, each title is whole)
            return i, None
        if (k > 0 and tokens[k].gap == " " and tokens[k - 1].cap and not tokens[k - 1].possessive
                and (tokens[k - 1].norm in self.title_words or not (tokens[k - 1].initial or title_case))):
            # the title would still be cut ("Obama adviser X", "Deputy Prime minister ..." past
            # the longest title): the name goes without it
            return i, None
        head_at = max(m for m in range(k, i) if tokens[m].norm == head)
        return k, self._role_phrase(tokens, k, head_at)

    def _apposed_title(self, view: ArticleView, i: int) -> bool:
        """Whether the name at token i follows a capitalised title word and a comma and is closed
        by a comma or a full stop ("The German Chancellor, Angela Merkel, said"), the form a
        title in apposition before a name takes (never a list: "ministers, Merkel and ...")."""
        tokens = view.tokens
        if i < 2 or tokens[i].gap != ", ":
            return False
        prev = tokens[i - 1]
        if not prev.cap or prev.initial or prev.possessive or prev.norm not in self.title_heads:
            return False
        j = j_end(view, i)
        if j == i or j + 1 >= len(tokens):
            return False  # a full name only: a surname after a comma may start a list
        return tokens[j + 1].gap.strip()[:1] in (",", ".")

    def _title_before_single_name(self, tokens: list[Token], idx: int, ref: Ref) -> str | None:
        """The capitalised title written right before a person's one-word name ("President
        Trump"), which the name's mention does not take in; None when there is none."""
        if ref.kind != "person" or ref.head is not None or ref.form not in ("name", "short") or idx == 0:
            return None
        prev = tokens[idx - 1]
        if prev.cap and not prev.possessive and prev.norm in self.title_heads and joinable(prev, tokens[idx]):
            return prev.norm
        return None

    def _role_phrase(self, tokens: list[Token], start: int, head_at: int) -> str:
        """The role noun with the title words that specify it ("finance minister", not
        "minister" alone), so that a defence minister is never the finance minister."""
        # only the words right before the noun: "State" of "an Oregon State Police bomb squad
        # technician" names the police, not the technician's office
        first = head_at
        while first > start and tokens[first - 1].norm in self.specifiers:
            first -= 1
        if (first == head_at and first > start and tokens[first - 1].norm in _ORDINALS
                and singular(tokens[head_at].norm) in self.vocab.ordinal_titles):
            first -= 1  # "first baseman" is no third baseman
        spec = [tokens[m].norm for m in range(first, head_at)]
        described = self.head_of(tokens[head_at].norm)
        return " ".join(spec + [described[1] if described else singular(tokens[head_at].norm)])

    def _descriptions(self, view: ArticleView, taken: bytearray, pending: list[tuple[int, Ref]], out: ArticleChains) -> None:
        """Definite descriptions ("the president", "the bank", "her publicist") as mentions of
        the chain that carries their role noun, or whose name ends in it; else of their own."""
        tokens = view.tokens
        # Most recent chain carrying each role noun / name head, walking the text once.
        by_token = {idx: ref for idx, ref in pending}
        # (role, country key) -> the people named so far with that role; "the judge" stands for
        # one of them only when there is one (two judges named: the reader cannot tell which)
        with_role: dict[tuple[str, str | None], list[str]] = {}
        with_head: dict[str, list[str]] = {}  # name head -> chains: "West Coast Bank" ... "the bank"
        last_org: tuple[int, str] | None = None  # (token, chain) of the organisation most named so far
        latest_org: str | None = None  # the organisation (or name of no known kind) named last
        org_counts: Counter = Counter()
        top_count, most_named = 0, set()  # the highest count in org_counts and the chains that have it
        named_organisation = False  # once an organisation is named, names of no known kind are not "the company"
        # once a purchase or merger is told, "the company" may be either side of it: it joins
        # only a company named as the one bought ("to acquire ATI", "buying SeaMicro")
        deal_told, deal_until, bought = False, -1, set()
        recent_people: list[tuple[int, str]] = []  # (token, chain) of people named, in order
        window = self.settings.anaphora_window
        added: list[tuple[int, Ref]] = []
        genders = self._only_person_of_each_gender(tokens, pending, out)
        named_at: dict[str, list[int]] = {}  # chain -> the tokens its names open on, first first
        heads = self._heads  # head_of's answers so far: looked up here first, most tokens being seen words
        for i, ref in pending:
            named_at.setdefault(ref.chain, []).append(i)
        introduced: set[str] = set()  # chains of descriptions written so far
        described_at: dict[int, tuple[int, str]] = {}  # head token -> (first token, chain) of descriptions so far
        deal_words = self.vocab.deal_words
        products = numbered_products(view, [ref for _, ref in pending])  # "IE 8 ... IE 9": no company (a list: read thrice)
        ends: dict[int, Ref] | None = None  # person mentions by end: built at the first "as the"
        of_name: list[tuple[str, str]] = []  # (place, noun) of each "the town of X"
        for idx in self._tokens_to_read(view, by_token, taken):
            if tokens[idx].norm in deal_words:
                deal_told, deal_until = True, idx + self.settings.deal_object_window
            ref = by_token.get(idx)
            if ref is not None and idx <= deal_until and ref.kind in ("organisation", "other"):
                bought.add(ref.chain)
                deal_until = -1
            if ref is not None:
                organisation = ref.kind == "organisation" or out.kinds.get(ref.chain, {}).get("organisation")
                if ref.entity is not None and ref.form != "metonym" and (
                    organisation or (ref.kind == "other" and not ref.entity.text.isupper())
                ) and self._may_be_told_by_kind(ref.chain) and ref.chain not in products:
                    # a company or a team, not a league or a ministry; a name of no known kind
                    # ("Apple") counts for less than an organisation's
                    count = org_counts[ref.chain] = org_counts[ref.chain] + (2 if organisation else 1)
                    latest_org = ref.chain
                    if organisation:
                        named_organisation = True
                    # the most named so far, kept as the text is walked (counts only grow)
                    if count > top_count:
                        top_count, most_named = count, {ref.chain}
                    elif count == top_count:
                        most_named.add(ref.chain)
                    if len(most_named) == 1:
                        best = next(iter(most_named))
                        if top_count >= 2 and (out.kinds.get(best, {}).get("organisation") or not named_organisation):
                            last_org = (idx, best)  # the organisation the article keeps naming
                    else:
                        last_org = None  # two named as often ("the NBA", "the 76ers"): "the team" is neither
                if ref.kind == "person" and not ref.chain.startswith("role:"):
                    recent_people.append((idx, ref.chain))
                country = self._country_of(view, ref)
                if country:
                    out.countries.setdefault(ref.chain, set()).add(country)
                roles = ({ref.head} if ref.head and ref.head != "of" else set()) | out.roles.get(ref.chain, set())
                roles |= {r.rsplit(" ", 1)[-1] for r in roles}  # "the minister" for "Finance Minister X"
                titled = self._title_before_single_name(tokens, idx, ref)
                if titled:
                    # "President Trump" (a one-word name keeps no title of its own): he too bears
                    # it, so "the president" is not surely "Ukrainian President Zelensky"
                    _add_bearer(with_role, (titled, None), ref.chain)
                for r in roles:
                    _add_bearer(with_role, (r, None), ref.chain)
                    if country:
                        _add_bearer(with_role, (r, country), ref.chain)
                        if r.rsplit(" ", 1)[-1] in self.title_heads:
                            _add_bearer(with_role, ("leader", country), ref.chain)
                if (ref.entity is not None and " " in ref.entity.key and ref.kind in ("organisation", "place", "other")
                        and ref.form not in ("metonym", "alias") and ref.entity.key not in self.country_keys):
                    # "West Coast Bank" ... "the bank"; "the Coastguard Agency of Veland" ... "the agency"
                    # (a name of the form "X of Y" is headed by the word before "of")
                    head_part = ref.entity.key.split(" of ", 1)[0] if self.settings.head_before_of else ref.entity.key
                    name_head = singular(head_part.rsplit(" ", 1)[-1])
                    # (a name of no known kind by a place noun only: "the Kessler Bridge")
                    if (name_head in self.name_heads and ref.kind != "other") or self._place_head(name_head):
                        _add_bearer(with_head, name_head, ref.chain)
                continue
            tok = tokens[idx]
            if tok.norm in _MILITARY and idx > 0 and not taken[idx] and joinable(tokens[idx - 1], tok):
                ent = view.entity_at_token.get(idx - 1)
                if ent is not None and ent.via == "demonym" and ent.kind == "place" and ent.end == tokens[idx - 1].end:
                    # "Israeli forces", "the Russian army": the country acting through its military
                    k = view.token_at_start.get(ent.start, idx - 1)
                    s0, e0 = tokens[k].start, tok.end
                    if not view.in_quote(s0, e0):
                        ref = Ref("text", s0, e0, view.text[s0:e0], "description", ent.key, "place", None, None)
                        added.append((k, ref))
                        self._note(out, ref)
                        for m in range(k, idx + 1):
                            taken[m] = 1
                    continue
            if tok.norm == "police" and idx > 0 and not taken[idx] and not tok.cap and joinable(tokens[idx - 1], tok):
                ent = view.entity_at_token.get(idx - 1)
                if ent is not None and ent.kind in ("place", "other") and ent.via == "name" and ent.end == tokens[idx - 1].end:
                    # "Staunton police": the town's police force, named by its town
                    k = view.token_at_start.get(ent.start, idx - 1)
                    s0, e0 = tokens[k].start, tok.end
                    if not view.in_quote(s0, e0):
                        ref = Ref("text", s0, e0, view.text[s0:e0], "name", f"{ent.key} police", "organisation", None, None)
                        added.append((k, ref))
                        self._note(out, ref)
                        out.names.setdefault(ref.chain, []).append(ref.text)
                        for m in range(k, idx + 1):
                            taken[m] = 1
                    continue
            if tok.cap and not taken[idx] and self.settings.resolve_descriptions:
                told = self._nationality_noun(view, idx)
                if told is not None:
                    # "the 24-year-old Briton said": a person told by nationality
                    k0, ref = told
                    if not view.in_quote(ref.start, ref.end):
                        out.described[ref.chain] = Described(ref.head, False, view.entity_at_token[idx].key, None)
                        self._nationality_chains.add(ref.chain)
                        introduced.add(ref.chain)
                        added.append((k0, ref))
                        self._note(out, ref)
                        for m in range(k0, idx + 1):
                            taken[m] = 1
                    continue
            if taken[idx] or (tok.cap and not tok.initial):
                continue
            # (an event noun, or the last word of an event the entity finder read: most words are neither)
            told = (self._event_description(view, idx, taken, introduced)
                    if tok.norm in self.vocab.events or idx in view.entity_at_token else None)
            if told is not None:
                # "the quake", "the 7.6-magnitude earthquake": the event the story tells
                introduced.add(told[1].chain)
                described_at[idx] = (told[0], told[1].chain)
                added.append(told)
                self._note(out, told[1])
                for m in range(told[0], idx + 1):
                    taken[m] = 1
                continue
            described = heads[tok.norm] if tok.norm in heads else self.head_of(tok.norm)
            if (described is None and tok.norm in _VENUE_PARTS and idx > 0 and joinable(tokens[idx - 1], tok)
                    and tokens[idx - 1].norm in _VENUES):
                described = ("place", tok.norm)  # "a motel room" (never "room" alone: "no room for")
            if described is None:
                continue
            kind, head = described
            if idx > 0 and joinable(tokens[idx - 1], tok) and tokens[idx - 1].norm in self.vocab.compounds.get(head, ()):
                continue  # "a free agent" is a player, not an agent; "a travel agent" no sports agent
            nxt = tokens[idx + 1] if idx + 1 < len(tokens) else None
            if nxt is not None and nxt.gap == "-" and not tok.possessive:
                continue  # "the team-owned station", "a police-run school": the noun is a compound's first part
            if (tok.possessive and nxt is not None and nxt.gap == " " and self.head_of(nxt.norm) is not None
                    and self._indefinite_before(view, idx)):
                continue  # "a sheriff's deputy": the article goes with the deputy, whose sheriff it is
            after = tokens[idx + 2] if nxt is not None and nxt.norm in _ORDINALS and idx + 2 < len(tokens) else None
            if nxt is not None and joinable(tok, nxt) and not tok.possessive and not self._past_verb(nxt.norm) and not (
                    _present_verb(tokens, idx) or self._present_verb_before_object(tokens, idx)
                    or (kind == "person" and self._reduced_relative(tokens, idx + 1))) and (
                nxt.cap or self.head_of(nxt.norm) is not None
                or (nxt.norm in self.vocab.events and nxt.norm != tok.norm)  # "a courthouse robbery": the event is the head
                or (after is not None and joinable(nxt, after) and (self.head_of(after.norm) or ("",))[0] == "person")
                or self._compound_before_role(tokens, idx)
                or (self.nouns.is_common_noun(nxt.norm) and nxt.norm not in CLOSED_CLASS and not nxt.norm.endswith(("ing", "ed")))
            ):
                named = by_token.get(idx + 1)
                if (nxt.cap and kind != "person" and named is not None and named.kind != "person" and not tok.possessive
                        and head in with_head):
                    # "the public sector union ADEDY": a second union, so a later "the union"
                    # is not surely the "European Union" named before (only ever to make a
                    # join unsure: "the company Microsoft" starts none)
                    _add_bearer(with_head, head, named.chain)
                continue  # a title before a name, or a noun modifying another ("bank robber", "police operation")
            k = idx
            words = 0  # words before the head, a hyphenated one counting once ("a 59-year-old woman")
            while (k > 0 and words < self.settings.max_description_words
                   and (joinable(tokens[k - 1], tokens[k])  # "a sheriff's deputy": a common noun's possessive too
                        or (tokens[k - 1].possessive and not tokens[k - 1].cap and tokens[k].gap == " "))
                   # "the Biloxi motel"; never past an event told ("the quake destroyed homes")
                   and (not taken[k - 1] or getattr(view.entity_at_token.get(k - 1), "via", "event") != "event")):
                prev = tokens[k - 1]
                if prev.norm in _SINGULAR_DETERMINERS and tok.norm != head:
                    break  # "said that attackers broke in": a conjunction before a plural, no determiner
                if prev.norm in _DETERMINERS or prev.norm in _POSSESSIVE_PRONOUNS:
                    k -= 1
                    break
                ent = view.entity_at_token.get(k - 1)
                if (prev.cap and ent is None and k >= 2 and joinable(tokens[k - 2], prev)
                        and view.entity_at_token.get(k - 2) is None
                        and region_adjective(tokens[k - 2].text, prev.text, self.lex)):
                    words += 1  # "the gas-rich Central Asian nation": a region's adjective, one word
                    k -= 2
                    continue
                if prev.initial and ent is None or (prev.cap and ent is None):
                    break
                if ent is not None and ent.end == prev.end:
                    start_at = view.token_at_start.get(ent.start)
                    if start_at is None or start_at >= k:
                        break
                    words += 1  # a name counts as one word ("a Los Angeles County sheriff's deputy")
                    k = start_at
                    continue
                if prev.norm in self.finder.look.title_words or not _closed(prev.norm) or prev.norm in _ORDINALS:
                    # ("A former city councillor accused of ...": the participle heading the phrase
                    # after a role noun adds no word of its own to the description's length)
                    words += tokens[k].gap != "-" and not (k == idx and tok.norm in self.vocab.passive_participles)
                    k -= 1
                    continue
                break
            possessor = None  # "Turkey's president", "the man's killer": a possessor opens it as "his" would
            if (k > 0 and tokens[k - 1].possessive and tokens[k].gap == " " and (k == idx or tokens[k].norm not in
                                                                                  _DETERMINERS | _POSSESSIVE_PRONOUNS)
                    # the phrase ends at the noun ("Alabama's state medical association" is no state)
                    and not (nxt is not None and joinable(tok, nxt) and not nxt.cap and not _closed(nxt.norm)
                             and nxt.norm not in CLOSED_CLASS and not self._past_verb(nxt.norm)
                             and not nxt.norm.endswith("ed"))):
                ent = view.entity_at_token.get(k - 1)
                if ent is not None and ent.end == tokens[k - 1].end and ent.via != "event":
                    at = view.token_at_start.get(ent.start)
                    if at is not None and at < k and not (
                            at > 0 and tokens[at - 1].cap and joinable(tokens[at - 1], tokens[at])
                            and tokens[at - 1].norm not in self.title_words | _DETERMINERS):
                        # (its name tells the description's country or modifier; never part of a
                        # name cut short: "BBC One's hit drama" is no description of "One")
                        k, possessor = at, ent.key
                elif k - 1 in described_at:
                    k, possessor = described_at[k - 1][0], "of:" + described_at[k - 1][1]
            venue = _VENUES.get(head)
            if venue is None and head in _VENUE_PARTS and idx > k and tokens[idx - 1].norm in _VENUES:
                venue = _VENUES[tokens[idx - 1].norm]  # "a Biloxi motel room": the motel
            plural = tok.norm != head
            bare = possessor is None and (k == idx or tokens[k].norm not in _DETERMINERS | _POSSESSIVE_PRONOUNS)
            if bare and self.settings.bare_candidates and bare_place(view, k, idx, kind, head, plural, self._past_verb):
                bare = False  # "died in prison", "in federal prison": the one place the story tells
            elif bare and self.settings.bare_candidates and (things := bare_things(view, k, idx, kind, head, plural, self._past_verb)) is not None:
                k = things  # "seven AK-47 rifles", "Sudan Armed Forces planes": the set a name tells
            elif bare and self.settings.bare_bodies and (body := bare_body(view, k, idx, head, self._past_verb, self.vocab.noun_suffixes)) is not None:
                k = body  # "police said", "according to police": the body the story tells
            elif bare:
                # ("Authorities said": a plural of a body's speakers with a sense of its own)
                if not ((plural and kind == "person" or head in self.vocab.body_speakers)
                        and (not tok.initial or self._common_opener(view, idx))):
                    continue
                if k > 0 and tokens[k - 1].norm in _OTHER_SET:
                    continue  # "the other 100 workers": the ones not told, never the group told
                # but "pirates seized a ship", "Somali pirates": a bare plural names a group of
                # people, with no modifier but a nationality
                k = idx
                ent = view.entity_at_token.get(idx - 1)
                if ent is not None and ent.via != "event" and ent.end == tokens[idx - 1].end and joinable(tokens[idx - 1], tok):
                    k = view.token_at_start.get(ent.start, idx)  # "Somali pirates", "Watergate burglars"
                if self._inside_plural_phrase(view, k):
                    if not self._one_noun_modifier(view, k):
                        continue  # "Somali and Yemeni pirates", "sea brigands": the label would be cut from its phrase
                    k -= 1  # "a band of jewel thieves": the noun that opens the phrase is the label's
            s, e = tokens[k].start, tok.end
            end_idx = idx
            if view.in_quote(s, e):
                continue
            if head in _NOT_DESCRIPTION_HEADS:
                continue  # "a general strike", "the head of": not a role on its own
            if kind == "person" and tokens[k].norm in ("a", "an") and idx == k + 1 and k > 0 and tokens[k - 1].norm == "as":
                # "to make more money as a specialist": a role one could take, no one met ("identified
                # the victims as a 47-year-old man" tells who, with more than the noun)
                continue
            if any(tokens[m].norm.endswith("s") and not tokens[m].norm.endswith(_NOT_VERB_ENDINGS)
                   and tokens[m].norm not in self.title_words and tokens[m + 1].gap != "-"
                   and view.entity_at_token.get(m) is None for m in range(k + 1, idx)):
                # "the act requires federal agencies": a verb, not a modifier ("a perilous flaw" is
                # one; so is a compound's first word: "the gas-rich nation", "a class-action suit")
                continue
            role = self._role_phrase(tokens, k, idx)
            # "his parole officer", "their unborn son": someone else than the person just named
            definite = tokens[k].norm in _DETERMINERS and tokens[k].norm not in ("a", "an")
            named_modifier = next((view.entity_at_token[m] for m in range(k, idx) if m in view.entity_at_token
                                   # ("the shooting suspect" is the suspect of the story's one shooting)
                                   and view.entity_at_token[m].kind not in ("place", "group", "event")), None)
            if named_modifier is not None:
                definite = False  # "the Obama team" is not the organisation just named
            country = next(
                (view.entity_at_token[m].key for m in range(k, idx) if m in view.entity_at_token
                 and view.entity_at_token[m].kind in ("place", "group")),
                None,
            )
            post_end, post_name = (idx, None) if venue is not None else self._post_modifier(view, idx, kind)
            if (post_name is not None and post_name.kind == "place" and country is None and named_modifier is None
                    and tokens[idx + 1].norm != "with"):
                country = post_name.key  # "a resident of Ashgabat" is "an Ashgabat resident"
            chain = None
            ranked = self._ranked(tokens, k, idx)
            if ranked:
                definite = False  # "the fifth coach fired": whoever the sentence says, not the coach named
            # "the combined company", "its parent company": another organisation than any named
            another = kind == "organisation" and any(tokens[m].norm in _another_organisation() for m in range(k + 1, idx))
            if another:
                definite = False
            if venue is not None:
                modifier = country or (named_modifier.key if named_modifier is not None and named_modifier.kind == "other" else None)
                place, end_idx = self._venue_place(view, k, idx, modifier)
                if place is not None and not plural:
                    # "a hotel in Biloxi" / "the Biloxi motel": the venue of that kind in that place
                    chain = f"venue:{venue}:{place}"
                    e = tokens[end_idx].end
            if possessor is not None and possessor.startswith("of:"):
                definite = False  # "the victim's mother": the victim's, whoever else the text names
            if kind == "person" and not plural and tokens[k].norm == "the" and k > 2 and tokens[k - 1].norm == "as":
                # "DiLeo will replace Cheeks as the interim head coach": the verb says whose role it is
                if ends is None:
                    ends = {r.end: r for _, r in pending if r.kind == "person"}
                bearer = self._role_after_as(view, k, ends)
                if bearer is not None:
                    definite = False  # never whoever else carries the role
                    if bearer:
                        chain = bearer
                    else:
                        ranked = True  # said of someone in its sentence the reader cannot name
            if (chain is None and kind == "place" and not plural and post_name is not None and post_name.kind == "place"
                    and tokens[k].norm == "the" and named_modifier is None and not ranked and possessor is None
                    and head in place_of_name_nouns() and tokens[idx + 1].norm == "of"
                    and idx + 2 < len(tokens) and post_name.start == tokens[idx + 2].start):
                # "the town of Corvale", "the Greek island of Naxos": the place named, which then
                # carries the noun (a later "the town", the other article's "the island"); no label
                # of its own, the name in it being one ("the suburb of Dunmore" / "Dunmore" tells nothing)
                # (given once the walk is done: which place a later "the city" stands for is
                # place_anaphora's, by the place named last: "the city of Zarand ... in Dubai, ...
                # buildings in the city" is Dubai)
                of_name.append((post_name.key, head))
                for m in range(k, idx + 1):
                    taken[m] = 1
                continue
            if chain is None and definite and not plural:
                # "the Russian leader" is the chain with a Russian title, never the Syrian one;
                # "the finance minister" never the defence minister
                chain = (_sole(with_role, (role, country)) if country
                         else _sole(with_role, (role, None)) or _sole(with_head, role))
                if (chain is None and not country and kind == "organisation" and head in self.vocab.org_anaphors
                        and (not deal_told or (last_org is not None and last_org[1] in bought))):
                    if last_org is not None and idx - last_org[0] <= window and latest_org == last_org[1] and not (
                            nxt is not None and nxt.gap == " " and nxt.norm in _TOLD_BY_WHAT_FOLLOWS) and not (
                            head in _TEAM_NOUNS and _written_as_acronym(out, last_org[1])):
                        # (a league or a governing body goes by its letters, a team by its name: "the
                        # NBA", "the NCAA" ... "the team" is a team of theirs, not them)
                        # "Apple ... the company"; never when another was named since ("the NBA
                        # ... the Sixers ... the team": the reader cannot tell which)
                        chain = last_org[1]
            # "the mother": whose? "a spokesman": someone's, who speaks for another (never the one
            # man the article names: "a spokesman for the facility" is not the mobster it buried)
            gender = self.vocab.genders.get(head) if head not in self.vocab.kin and head not in self.vocab.speaks_for else None
            sole_named = named_at.get(genders.get(gender, ""), ()) if gender else ()  # the one of that sex named
            if (chain is None and gender and not plural and not country and named_modifier is None and not ranked
                    and possessor is None and tokens[k].norm in _DETERMINERS  # never "her daughter": someone else
                    # nor "the mother of a 10-year-old girl": an age is the age join's to tell
                    and not _AGE.search(view.text[s:e])
                    # "a woman" after the woman is named introduces someone else ("Hiller ... In
                    # February, a woman opened fire at the University of Alabama")
                    and not (tokens[k].norm in ("a", "an") and sole_named and sole_named[0] < k)
                    # nor "the woman" far from every mention of her name: there the reader has
                    # met others ("the woman's front door", pages after the deputy's mother was
                    # named, is the friend whose home the gunman hid in); "a woman" the lede
                    # introduces may be named much later
                    and (tokens[k].norm in ("a", "an")
                         or any(abs(i - k) <= self.settings.gendered_description_reach for i in sole_named))):
                # "a 59-year-old woman ... Raj Chohan, 59, ... she": the one woman the article
                # names, when it names one woman and she carries no other role
                chain = genders.get(gender)
            if chain is None and post_end > idx and kind == "person" and not plural and tokens[k].norm == "the":
                # "a hit on the boss of the family, Frank Costello,": the whole description in
                # apposition before a name (never when the phrase ends in a person: "the wife of
                # the victim, John Smith," may name the victim)
                chain = self._named_after(view, post_end, post_name, by_token)
            if chain is None:
                chain = f"role:{role}" + (":plural" if plural else "") + (f":{country}" if country else "")
                if named_modifier is not None:
                    chain += f":{named_modifier.key}"
                possessed = ""
                if kind == "person" and tokens[k].norm in _POSSESSIVE_PRONOUNS:
                    possessed = "own" if tokens[k + 1].norm == "own" else "pronoun"
                elif kind == "person" and possessor is not None and possessor.startswith("of:"):
                    possessed = "pronoun"  # "the victim's mother": someone's, as "her mother" is
                if possessed:
                    chain += ":possessed"
                elif kind != "person" and tokens[k].norm in _PERSONAL_OWNERS:
                    # "his car" and "her car": two owners' things, never one chain ("its" is the
                    # organisation's or the thing's own, as "the" would be); an owned thing is
                    # joined across by its noun's sense only when the article has no unowned one
                    # of that sense (pairing._DescriptionIndex)
                    chain += f"{OWNED}{tokens[k].norm}"
                if possessor is not None and possessor.startswith("of:"):
                    chain += f":{possessor}"  # one across the pair only when its possessor is too
                if tokens[k].norm in ("a", "an") and chain in introduced:
                    chain += f"@{idx}"  # a second "a woman": each "a" introduces someone new
                if ranked:
                    # "the first film" and "the second film" are two films: the rank words are
                    # part of the chain ("the fifth coach" is only ever another "fifth coach")
                    ranks = [tokens[m].norm for m in range(k + 1, idx) if _ranking(tokens[m].norm)]
                    chain += ":ranked" + "".join(f":{w}" for w in ranks)
                if kind == "organisation" and another:
                    chain += _ANOTHER  # "the combined company", "its parent company": not the one named
                out.described[chain] = Described(role, plural, country, named_modifier.key if named_modifier else None,
                                                 possessed, bare, named_modifier.kind if named_modifier else None, ranked)
            if view.in_quote(s, e):
                continue
            if chain.startswith("role:") and not plural and not ranked and idx - k >= 2 and (
                    tokens[k].norm == "the" or (tokens[k].norm in ("a", "an") and (country or named_modifier is not None))):
                # "the Republican president", not joined to the named one: a second bearer of
                # the role, so a later "the president" is not surely the named one; "A Texas
                # jury convicted ... The jury": the one bearer the article introduced
                _add_bearer(with_role, (head, None), chain)
            tail = 0
            if end_idx == idx and post_end > idx:
                tail = tokens[post_end].end - e
                e = tokens[post_end].end  # the label runs to the end of the phrase that restricts it
                if view.in_quote(s, e):
                    continue
            ref = Ref("text", s, e, view.text[s:e], "description", chain, "place" if venue and chain.startswith("venue:") else kind, None, role,
                      tail)
            introduced.add(chain)
            if kind == "person" and not plural and self._arrested(view, k, idx):
                out.implied.setdefault(chain, set()).add("suspect")  # "police arrested a man"
            described_at[idx] = (k, chain)
            added.append((k, ref))
            self._note(out, ref)
            for m in range(k, idx + 1):
                taken[m] = 1
        pending.extend(added)
        for place, noun in of_name:
            out.roles.setdefault(place, set()).add(noun)
        self._deal_told = deal_told  # for _business_told_by_kind, on the same article
        self._text = view.text  # for _one_thing_told, on the same article

    def _nationality_noun(self, view: ArticleView, idx: int) -> tuple[int, Ref] | None:
        """(first token, mention) of a nationality written as a noun after "the", with an age or
        lower-case words between at most ("the Briton said", "the 24-year-old Spaniard", "the
        Swiss, who won"): a person of that nationality. Never the adjective before a noun or a
        name ("the Swiss team", "the Israeli army", "the American Tom Smith"), nor a plural."""
        tokens = view.tokens
        tok, ent = tokens[idx], view.entity_at_token.get(idx)
        if (ent is None or ent.via != "demonym" or ent.kind != "place" or ent.start != tok.start or ent.end != tok.end
                or tok.possessive or (tok.norm.endswith("s") and not tok.norm.endswith("ss"))):
            return None
        if idx + 1 < len(tokens):
            nxt = tokens[idx + 1]
            if nxt.gap == "-":
                return None  # "the Ukrainian-born champion": a compound's first part
            spoken = nxt.norm in self.vocab.agent_verbs or nxt.norm in self.vocab.irregular_pasts
            if nxt.gap == " " and not spoken and (nxt.cap or nxt.norm not in CLOSED_CLASS and not (
                    nxt.norm.endswith("ed") and not self.nouns.is_noun(nxt.norm))):
                return None  # an adjective before its noun or name
        k, words = idx, 0
        while k > 0 and joinable(tokens[k - 1], tokens[k]) and words <= self.settings.max_description_words:
            prev = tokens[k - 1]
            if prev.norm == "the":
                k -= 1
                break
            if prev.cap or prev.possessive or _closed(prev.norm) or prev.norm in CLOSED_CLASS:
                return None
            words += tokens[k].gap != "-"
            k -= 1
        else:
            return None
        if tokens[k].norm != "the":
            return None
        start, end = tokens[k].start, tok.end
        # (a chain of each mention: "the Briton" twice may be two Britons, each the one just named)
        return k, Ref("text", start, end, view.text[start:end], "description", f"role:{tok.norm}:{ent.key}@{idx}",
                      "person", None, tok.norm)

    def _role_after_as(self, view: ArticleView, k: int, ends: dict[int, Ref]) -> str | None:
        """Whose role a description at token k right after "VERB NAME as" is (naming.json's
        role_after_as): the subject's after "replace"/"succeed" ("DiLeo will replace Cheeks as the
        interim head coach"; "Cheeks was replaced by DiLeo as": the one after "by"), the named
        object's after "name"/"appoint" ("the board named Smith as the new chief"). Returns that
        chain, "" when the verb says it is someone else's than the one named but no name says
        whose, None when no such verb stands there."""
        tokens = view.tokens
        if tokens[k].gap != " " or tokens[k - 1].gap != " ":
            return None
        obj = ends.get(tokens[k - 2].end)
        if obj is not None:
            v = view.token_at_start.get(obj.start, 0) - 1
        elif tokens[k - 2].norm in ("him", "her", "them"):
            v = k - 3
        else:
            return None
        if v < 1 or not tokens[v + 1].gap.isspace():
            return None
        words = _role_after_as_words()
        verb = tokens[v].norm
        if verb == "by" and tokens[v - 1].norm in words[0] and obj is not None:
            return obj.chain  # a passive: the one after "by" takes the role
        if verb in words[1]:
            return obj.chain if obj is not None else ""
        if verb not in words[0]:
            return None
        s = v - 1
        while s > 0 and v - s <= 3 and tokens[s].norm in words[2] and tokens[s + 1].gap == " ":
            s -= 1
        subject = ends.get(tokens[s].end) if tokens[s + 1].gap == " " else None
        if subject is None or (obj is not None and subject.chain == obj.chain):
            return ""
        return subject.chain

    # ------------------------------------------------- the organisation told by its kind

    def _present_verb_before_object(self, tokens: list[Token], idx: int) -> bool:
        """Whether the -s word after a singular noun at idx is its verb in the present because
        what follows it cannot continue a noun phrase: a name, a number or an object pronoun
        ("the bridge links Hartwell", "the suspect faces 20 years", "the mayor calls it a
        disaster"); never a noun of people ("the bank robbers Smith and Jones")."""
        if not self.settings.present_verb_objects or idx + 2 >= len(tokens):
            return False
        tok, verb, after = tokens[idx], tokens[idx + 1], tokens[idx + 2]
        if (singular(tok.norm) != tok.norm or verb.gap != " " or after.gap != " " or not verb.norm.endswith("s")
                or verb.norm.endswith(_NOT_VERB_ENDINGS) or verb.cap):
            return False
        if not (after.norm in _OBJECT_PRONOUNS or after.text[:1].isdigit() or after.norm in cardinal_words()
                or (after.cap and not after.initial)):
            return False
        lemma = self.nouns.lemma(verb.norm)
        return lemma is None or self.nouns.kind(lemma) != "person"

    def _place_head(self, norm: str) -> bool:
        """Whether a name's last word is a noun of a place the noun lexicon knows ("the Kessler
        Bridge", "the Bell Street Tunnel"), so "the bridge" may stand for the one name so headed;
        never a generic one ("the White House" is no "the house")."""
        if not self.settings.place_name_heads:
            return False
        described = self.head_of(norm)
        return described is not None and described[0] == "place" and described[1] not in self.vocab.generic

    def _common_opener(self, view: ArticleView, idx: int) -> bool:
        """Whether a plural noun of people opening a sentence ("Officials said", "Detectives
        believe") is the common noun: neither article writes it with a capital inside a
        sentence ("Democrats", "Jaguars": names) and no name is read there."""
        if not self.settings.bare_plural_openers or idx in view.entity_at_token:
            return False
        return view.tokens[idx].norm not in self._capitalised_inside

    def _tokens_to_read(self, view: ArticleView, by_token: dict[int, Ref], taken: bytearray) -> list[int]:
        """The tokens _descriptions' walk can act on, in order: a mention's, a deal word's, a
        military or police noun's, an event noun's, a venue part's, a named token's, or a word
        that can head a description (looked up once per word, of the words the walk would look
        up: in lower case or opening a sentence, and not taken; the walk marks tokens taken only
        up to the one it reads, so a later token is free then as now). Every other token leaves
        the walk as it was, so it skips them (picked out at C speed: most tokens are none of these)."""
        tokens = view.tokens
        heads, head_of = self._heads, self.head_of
        norms = token_norms(tokens)
        looked_up = map(and_, map(not_, taken), map(or_, map(not_, token_column(tokens, "cap")), token_column(tokens, "initial")))
        live = {w for w in set(compress(norms, looked_up)) if (heads[w] if w in heads else head_of(w)) is not None}
        live.update(self.vocab.deal_words, self.vocab.events, _MILITARY, _VENUE_PARTS, ("police",))
        found = set(compress(range(len(tokens)), map(live.__contains__, norms)))
        found.update(by_token, view.entity_at_token)
        return sorted(found)

    def _may_be_told_by_kind(self, chain: str) -> bool:
        """Whether a named organisation may be what "the company" or "the team" stands for: never
        a public body or institution ("the Justice Department", "the museum"), a product by its
        number ("IE8"), a news outlet that reports the story, a government seat or a country. The one
        test of both steps below (the organisation the article keeps naming, and the one
        business named before a leftover "the company")."""
        media = getattr(self, "_media_keys", None)
        if media is None:
            media = self._media_keys = frozenset(name_key(m) for m in self.lex.media)
        last = chain.rsplit(" ", 1)[-1]
        if last[-1:].isdigit():
            return False  # "IE8", "Windows 7", "Xbox 360": a product's number, no business (the "76ers" are a team)
        return (last not in self.vocab.public_body_heads and last not in self.vocab.outlet_heads and chain not in media
                and chain not in self.vocab.seats and chain not in self.country_keys)

    def _business_told_by_kind(self, view: ArticleView, out: ArticleChains) -> dict[str, str]:
        """"Microsoft ... the company", "Apple launched ... the company's largest laptop": a
        chain of definite descriptions of a business left of its own (no join by its noun or the
        organisation the article keeps naming) -> the one business the article names before it.
        Only when one organisation is named before its first mention (else one name of no known
        kind, when no organisation is named at all), of those _may_be_told_by_kind allows; never
        when a purchase or merger is told: "the company" may be either side, and only the walk's
        "the one the article keeps naming, named as the one bought" tells which ("the combined
        company" is neither: its chain is of its own)."""
        # ("police said" ... "the Staunton Police Department": a public body told by its noun
        # alone, the one name with that noun in it: candidates.body_told_by_noun)
        mapping = body_told_by_noun(out) if self.settings.bare_bodies else {}
        leftover = {c: info for c, info in out.described.items()
                    if info.head in self.vocab.business_anaphors and not c.endswith(_ANOTHER) and not (
                        info.plural or info.possessed or info.country or info.modifier or info.ranked)}
        if not leftover or getattr(self, "_deal_told", False):
            return mapping
        first: dict[str, int] = {}
        for r in out.refs:
            if r.field == "text":
                first.setdefault(r.chain, r.start)
        for e in view.entities:  # (a name inside another's title counts: "Apple CEO Steve Jobs")
            if e.key in out.names and e.start < first.get(e.key, len(view.text)):
                first[e.key] = e.start
        for key, at in out.in_titles.items():  # (a title's word that is no entity of its own)
            if key in out.names and at < first.get(key, len(view.text)):
                first[key] = at
        words_of_names = {w for k in out.names if " " in k for w in k.split()}
        counts = Counter(r.chain for r in out.refs if r.field == "text")
        products = numbered_products(view, out.refs)  # "IE 8 ... IE 9": a product, no business
        for c, info in leftover.items():
            mentions = [r for r in out.refs if r.chain == c and r.field == "text"]
            if not mentions or not all(r.text.split()[0].casefold() == "the" and not _OWNER.search(r.text) for r in mentions):
                continue  # "a company", "that firm": another one, or one told elsewhere; "the
                # 27-year-old's firm": no description of a business
            before = {k for k, at in first.items() if at < first[c] and k in out.names
                      and not k.startswith(("role:", "venue:", "time:")) and self._may_be_told_by_kind(k)}
            found = [k for k in before if _chain_kind(out, k) == "organisation"]
            if not found:
                # else a name of no known kind the article keeps naming ("Apple" seven times), never
                # a place, a person or a word of a longer name ("LaCalamita", "Web" of "Web browser")
                found = [k for k in before if _chain_kind(out, k) == "other" and k not in out.located
                         and k not in self.known_places and not _person_like(out, k) and k not in words_of_names
                         and counts[k] >= 2 and k not in products]
            if len(found) == 1:
                mapping[c] = found[0]
        return mapping

    def _work_told_by_kind(self, view: ArticleView, out: ArticleChains) -> dict[str, str]:
        """"the series Doctor Who ... the show", "The film, NEW MOON, ... the film", "Internet
        Explorer, Microsoft's browser, ... the browser": a chain of definite descriptions of a work
        or a thing left of its own -> the one name the article gives that kind (a work's noun
        right before the name, or an apposition's role), named before the description's first
        mention. Never when two names are given the kind (two shows: the reader cannot tell
        which), nor a chain with an "a/an" mention ("a special live show ... the sci-fi show":
        another one may be meant) or a possessor, a name or a place in it."""
        leftover = [c for c, info in out.described.items()
                    if c.startswith("role:") and "@" not in c and OWNED not in c and not c.endswith(_ANOTHER)
                    and not (info.plural or info.possessed or info.country or info.modifier or info.ranked or info.bare)
                    and (self.head_of(info.head) or ("",))[0] in ("work", "thing")]
        given = self._kinds_given(view, out, set(leftover))
        out.work_kinds = given  # (for the pair: the other article's "the film" may be this one's)
        if not leftover or not given:
            return {}
        told: dict[str, tuple[str, int]] = {}  # description chain -> (the one name given its kind, where first)
        for c in leftover:
            head = out.described[c].head
            bearers: dict[str, int] = {}
            for kind, named in given.items():
                if self._kind_of(head, kind):
                    for n, at in named.items():
                        bearers[n] = min(at, bearers.get(n, at))  # (a name given two kinds of that sense: the first)
            if len(bearers) == 1:
                told[c] = next(iter(bearers.items()))
        if not told:
            return {}
        # a name that is a longer or shorter one's of another chain ("Doctor Who Live" / "Doctor
        # Who"): a show of the one show, whichever "the show" means
        keys = [k for k in out.names if not k.startswith(("role:", "venue:", "time:"))]
        stems = {" ".join(k.split()[:n]) for k in keys for n in range(1, k.count(" ") + 1)}
        told = {c: (n, at) for c, (n, at) in told.items() if n not in stems and not any(
            " ".join(n.split()[:m]) in out.names for m in range(1, n.count(" ") + 1))}
        mentions: dict[str, list[Ref]] = {}
        for r in out.refs:
            if r.chain in told and r.field == "text":
                mentions.setdefault(r.chain, []).append(r)
        mapping = {}
        for c, (named, at) in told.items():
            refs = mentions.get(c)
            if refs and at <= refs[0].start and all(r.text.split(" ", 1)[0].casefold() in ("the", "this") for r in refs):
                mapping[c] = named
        return mapping

    def _reduced_relative(self, tokens: list, k: int) -> bool:
        """Whether the participle at k opens a reduced relative clause after a person's noun ("A
        former city councillor accused of taking bribes", "the teen charged in the shooting"): the
        noun before it heads the description, which ends there; "the accused" alone is a role."""
        return (k + 1 < len(tokens) and tokens[k].norm in self.vocab.passive_participles and tokens[k + 1].gap == " "
                and tokens[k + 1].norm in self.vocab.reduced_prepositions | {"of"})

    def _kinds_given(self, view: ArticleView, out: ArticleChains, left: set[str]) -> dict[str, dict[str, int]]:
        """Kind noun -> the named chains the article gives it ("the series Doctor Who", "The film,
        NEW MOON,", "Internet Explorer, Microsoft's browser,") -> where each is first given it;
        left: the chains of descriptions whose mention before a name may be its apposition."""
        tokens, text = view.tokens, view.text
        given: dict[str, dict[str, int]] = {}  # kind noun -> named chain -> where it is first given it
        first: dict[str, int] = {}
        described_by_end = {r.end: r for r in out.refs if r.chain in left and r.field == "text"}
        for r in out.refs:
            if r.field != "text":
                continue
            first.setdefault(r.chain, r.start)
            if (r.entity is None or r.form not in ("name", "short", "alias") or r.kind not in ("other", "place")
                    or r.chain.startswith(("role:", "venue:", "time:")) or _chain_kind(out, r.chain) == "person"):
                continue
            i = view.token_at_start.get(r.start)
            if i is None:
                continue
            if i > 0 and tokens[i].gap.strip() == ",":
                # "The film, NEW MOON, is based on ...": a work's description in apposition before
                # the name (a work's noun tells the kind of a name the finder took for a place's)
                before = described_by_end.get(tokens[i - 1].end)
                if before is not None and before.text.split(" ", 1)[0].casefold() == "the" and (
                        self.head_of(out.described[before.chain].head) or ("",))[0] == "work":
                    self._give_kind(given, out.described[before.chain].head, r.chain, before.start)
            # "the series Doctor Who", "the "Twilight" sequel "New Moon"": a work's noun before the
            # name (a thing's may be a clause's: "the car John Smith drove"); a work's noun tells the
            # kind of a name the finder took for a place's ("the film Iron Valley")
            if (i > 0 and not tokens[i - 1].cap and not tokens[i - 1].possessive and text[tokens[i - 1].end:r.start] in _KIND_GAPS
                    and not (i > 1 and _ranking(tokens[i - 2].norm))):
                # (never "the third film 'Mockingjay'": one of several the article tells)
                self._give_kind(given, tokens[i - 1].norm, r.chain, r.start, works_only=True,
                                only=None if r.kind == "other" else "work")
            # (never the noun after a name: "the Indian Navy ship", "Crowley fuel" are the name's
            # things, no kind of it)
        for chain, roles in out.roles.items():  # "The film, NEW MOON,", "Internet Explorer, Microsoft's browser,"
            if chain in first and not chain.startswith(("role:", "venue:", "time:")) and chain in out.names and (
                    _chain_kind(out, chain) == "other" and not _person_like(out, chain)):
                for role in roles:
                    self._give_kind(given, role.rsplit(" ", 1)[-1], chain, first[chain])
        return given

    def _give_kind(self, given: dict[str, dict[str, int]], norm: str, chain: str, at: int, works_only: bool = False,
                   only: str | None = None) -> None:
        """Note that a name is given a kind noun (a work's or a thing's), where first; only="work":
        a noun of the vocabulary's works alone."""
        # ("series", a work noun whose singular the noun rules cut short)
        if only == "work" and norm not in self.vocab.works:
            return
        described = ("work", norm) if norm in self.vocab.works else self.head_of(norm)
        if (described is None or described[0] not in (("work",) if works_only else ("work", "thing"))
                or described[1] in self.vocab.generic
                or (singular(norm) != norm and norm not in self.vocab.works)):  # ("Windows computers": things it runs on, no kind of it)
            return
        by = given.setdefault(described[1], {})
        if chain not in by or at < by[chain]:
            by[chain] = at

    def _kind_of(self, head: str, kind: str) -> bool:
        """Whether a description's noun names a kind a name was given: the same noun, one of its
        family (naming.json's kind_families: "show" for "series") or a more general one ("vehicle"
        for "sedan", by the noun lexicon)."""
        if head == kind or _kind_families().get(head, -1) == _kind_families().get(kind, -2):
            return True
        senses = self.nouns.first_senses(head)
        return bool(senses & self.nouns.reach(kind)) and not senses & self.nouns.first_senses(kind)

    def _inside_plural_phrase(self, view: ArticleView, k: int) -> bool:
        """Whether a bare plural starting at token k is the end of a longer noun phrase: a
        coordination ("Somali and Yemeni pirates": "Yemeni pirates" is a part of the group, and
        the whole is two) or a noun modifying it ("sea brigands"). Its label would be cut."""
        if k == 0 or not joinable(view.tokens[k - 1], view.tokens[k]):
            return False
        prev = view.tokens[k - 1]
        if prev.norm[:1].isdigit() and k >= 2 and view.tokens[k - 2].norm in ("and", "or", ","):
            return True  # "12 Somali and 11 Yemeni pirates": a part of the group counted
        if prev.norm in ("and", "or", "&"):
            return k >= 2 and (view.tokens[k - 2].cap or view.entity_at_token.get(k - 2) is not None) and joinable(
                view.tokens[k - 2], prev)
        return (not prev.cap and prev.norm not in CLOSED_CLASS and not _closed(prev.norm) and self.nouns.is_noun(prev.norm)
                and not prev.norm.endswith(("ed", "ing")) and not self._past_verb(prev.norm) and not prev.possessive
                )

    def _one_noun_modifier(self, view: ArticleView, k: int) -> bool:
        """Whether the one word before a bare plural at token k is a noun modifying it, after a
        preposition ("a band of jewel thieves", "for bank robbers"): the whole phrase a label."""
        if k < 2 or view.tokens[k - 1].norm in ("and", "or", "&") or view.tokens[k - 1].norm[:1].isdigit():
            return False
        before, modifier = view.tokens[k - 2], view.tokens[k - 1]
        if singular(modifier.norm) != modifier.norm:
            return False  # "confirmation of facts reporters had gathered": a noun modifying another is singular
        return before.norm in _PHRASE_OPENERS and joinable(before, modifier)

    def _named_by_phrase(self, view: ArticleView, out: ArticleChains) -> dict[str, str]:
        """A description followed by a naming phrase and a name is that name: "the shadowy source
        known as "Deep Throat"", "a business called Tall Grass Distribution Limited" ("called"
        only after "a": "the police called Smith" is a verb; never "called Flynn's phone")."""
        names = {r.start: r for r in out.refs if r.field == "text" and r.entity is not None
                 and r.form in ("name", "short", "title", "alias")}
        phrases = _naming_phrase_pattern(self.vocab.naming_phrases)
        ref_ends = {r.end for r in out.refs if r.field == "text"}
        mapping: dict[str, str] = {}
        for r in out.refs:
            info = out.described.get(r.chain)
            if r.field != "text" or info is None or info.plural:
                continue
            m = phrases.match(view.text, r.end)
            if m is None:
                # "police identified the victim as John Smith": the object of "identified", then "as"
                m = _AS.match(view.text, r.end) if _IDENTIFIED.search(view.text, max(0, r.start - 20), r.start) else None
                if m is None:
                    continue
            elif (m.group(1).casefold() == "called" and r.text.split(" ", 1)[0].casefold() not in ("a", "an")
                  or self._names_another(view, r, m, ref_ends)):
                continue
            name = names.get(m.end())
            if name is None or view.text.startswith(("'s", "’s"), name.end):
                continue
            if mapping.setdefault(r.chain, name.chain) != name.chain:
                mapping[r.chain] = ""  # named two ways: neither surely
        return {c: n for c, n in mapping.items() if n}

    def _names_another(self, view: ArticleView, r: Ref, m: re.Match[str], ref_ends: set[int]) -> bool:
        """Whether a verb that also names actively ("dubbed", "nicknamed", "called"; not "known
        as") makes the description the one who gives the name: the subject of a clause about
        someone just before it ("the man their editor dubbed "Deep Throat"") or a description
        of someone's ("their editor dubbed"). After a comma it is the one named ("the source,
        dubbed "Deep Throat""); "known as" and a passive ("was identified as") always name it."""
        phrase = m.group(1).casefold()
        if phrase.endswith("known as") or phrase.split()[0] in _AUXILIARIES or "," in view.text[r.end : m.start(1)]:
            return False
        tokens = view.tokens
        k = view.token_at_start.get(r.start)
        if k is None:
            return False
        if tokens[k].norm in _POSSESSIVE_PRONOUNS:
            return True
        if k == 0 or tokens[k].gap.strip():
            return False
        prev = tokens[k - 1]
        return prev.end in ref_ends or (not prev.cap and not _closed(prev.norm) and self.nouns.lemma(prev.norm) is not None
                                        and not prev.norm.endswith("ed"))

    def _one_thing_told(self, out: ArticleChains) -> None:
        """Descriptions whose nouns name one thing in a story (news_nouns.json's one_thing: "an
        emergency patch" ... "this update" ... "the fix") become one chain keyed by the group's
        first noun, as the other article's is, whatever else is written before the noun: when
        each is singular, nobody's, with no name, place or rank in it, and not a second "a/an"
        of its noun (each "an update" after "an update" introduces one more)."""
        mapping: dict[str, str] = {}
        described: dict[str, Described] = {}
        seen: set[str] = set()
        text = getattr(self, "_text", "")
        introduced: dict[str, int] = {}  # group -> where its last "a/an" mention starts
        for r in out.refs:
            info = out.described.get(r.chain)
            if r.field != "text" or info is None or r.chain in seen:
                continue
            seen.add(r.chain)
            group = self.nouns.one_thing.get(info.head)
            if (group is None or info.plural or info.possessed or info.modifier or info.country or info.ranked
                    or "@" in r.chain):
                continue
            target = f"role:{group}"
            if r.text.split(" ", 1)[0].casefold() in ("a", "an"):
                # "working on an official patch ... but it has released a stopgap fix": a second
                # "a/an" of the group in one sentence introduces another thing
                before = introduced.get(target)
                introduced[target] = r.start
                if before is not None and not _SENTENCE_BREAK.search(text, before, r.start):
                    continue
            described.setdefault(target, info)  # the first told describes the chain
            if target != r.chain:
                mapping[r.chain] = target
        merge_chains(out, mapping)
        out.described.update(described)
        self._one_event_named(out)
        self._named_event_told_by_noun(out)

    def _compound_before_role(self, tokens: list[Token], idx: int) -> bool:
        """"a bomb disposal technician": the noun at idx and the next one modify a person's role
        noun right after them (the next one no verb: "a car hit pedestrians" stays a car)."""
        if idx + 2 >= len(tokens):
            return False
        nxt, role = tokens[idx + 1], tokens[idx + 2]
        if not (joinable(tokens[idx], nxt) and joinable(nxt, role)) or nxt.cap or role.cap or _closed(nxt.norm):
            return False
        if nxt.norm.endswith(("ed", "ing", "s")) or role.norm != singular(role.norm):
            return False
        described = self.head_of(role.norm)
        return described is not None and described[0] == "person" and (
            self.nouns.lemma(nxt.norm) is not None or nxt.norm.endswith(self.vocab.noun_suffixes))

    def _post_modifier(self, view: ArticleView, idx: int, kind: str) -> tuple[int, Entity | None]:
        """(last token, the name it ends in or None) of the phrase after a description's head at idx that
        restricts it, so that its label is not cut before it: "a resident of Ashgabat", "a man
        from Texas", "the suspect in the shooting", "an earthquake with a magnitude of 6.1", "a
        mother of two". (idx, None) when none follows. Only a phrase whose attachment to the noun
        is sure: "of" + a name, a number or a determiner phrase (no event: "convicted the man of
        the murder" tells the charge); "from" + a name after a person's noun; "in" + "the" + an
        event, or + a place after a place's noun ("his home in Santa Rosa"; "struck by a car in
        Queens" tells where); "with" + an organisation's name, or +
        "a/an" + a measure after an event or a thing (never after a person: "hit a pedestrian
        with a car" tells how)."""
        tokens = view.tokens
        n = len(tokens)
        if idx + 2 >= n or tokens[idx].possessive:
            return idx, None
        prep = tokens[idx + 1]
        if prep.gap != " " or prep.cap or prep.norm not in _POST_PREPOSITIONS or tokens[idx + 2].gap != " ":
            return idx, None
        word = prep.norm
        at = idx + 2
        if word in ("with", "in") and tokens[at].norm == "the" and getattr(view.entity_at_token.get(at + 1), "via", "event") != "event":
            at += 1  # "a technician with the Oregon State Police" (a name with its article)
        ent = view.entity_at_token.get(at)
        if ent is not None and ent.start == tokens[at].start and ent.via != "event":
            wanted = _POST_NAME_KINDS[word] if not (word == "in" and kind == "place") else _PLACE_KINDS
            last = view.token_at_end.get(ent.end)
            if ent.kind not in wanted or last is None or tokens[last].possessive or not self._phrase_ends(view, last):
                return idx, None
            if word == "from" and kind != "person":
                return idx, None  # "a man from Texas"; never "bought the team from Smith"
            region = view.entity_at_token.get(last + 1) if ent.kind == "place" and last + 1 < len(tokens) else None
            if (region is not None and tokens[last + 1].gap.strip() == "," and region.start == tokens[last + 1].start
                    and (region.key in self.vocab.regions or region.key in self.country_keys)):
                after = view.token_at_end.get(region.end)  # "in Santa Rosa, California": the town with its state
                if after is not None and not tokens[after].possessive and self._phrase_ends(view, after):
                    last = after
            return last, ent
        first = tokens[at]
        if word == "of" and (first.norm.isdigit() or first.norm in cardinal_words()) and self._phrase_ends(view, at):
            return at, None  # "a mother of two"
        if first.norm not in ("a", "an", "the") or (word == "with" and (kind == "person" or first.norm == "the")):
            return idx, None
        if word in ("from",) or (word == "in" and first.norm != "the"):
            return idx, None
        last = at
        m = at + 1
        while m < n and m - at <= self.settings.max_description_words and tokens[m].gap in (" ", "-"):
            tok = tokens[m]
            if tok.cap or tok.possessive or tok.norm in CLOSED_CLASS or _closed(tok.norm) or self._past_verb(tok.norm):
                break
            last = m
            m += 1
            if self._noun_word(tok.norm) and self._phrase_ends(view, last):
                break
        if last == at or not self._noun_word(tokens[last].norm) or not self._phrase_ends(view, last):
            return idx, None
        if word == "in" and tokens[last].norm not in self.vocab.events:
            return idx, None  # "the suspect in the shooting"; never "arrested a man in the morning"
        if word == "of" and tokens[last].norm in self.vocab.events:
            return idx, None  # "convicted the man of the murder": the charge, no part of the man's label
        if word == "with" and last + 2 < n and tokens[last + 1].norm == "of" and tokens[last + 1].gap == " " and (
                tokens[last + 2].norm[:1].isdigit()):
            # "with a magnitude of 6.1": the measure with its number ("6.1" is two tokens)
            last += 2
            while last + 1 < n and tokens[last + 1].gap in (".", ",") and tokens[last + 1].norm.isdigit():
                last += 1
            if not self._phrase_ends(view, last):
                return idx, None
        elif word == "with" and tokens[last].norm not in _MEASURES:
            return idx, None  # "a car with a driver": how far it is the car's, not sure
        return last, None

    def _named_after(self, view: ArticleView, last: int, post_name: Entity | None, by_token: dict[int, Ref]) -> str | None:
        """The chain of a person's name set off by a comma right after a description's closing
        phrase (token last), the name closed by punctuation; None when the phrase ends in a
        person, who the name may be."""
        tokens = view.tokens
        if last + 1 >= len(tokens) or tokens[last + 1].gap.strip() != ",":
            return None
        if post_name is not None and post_name.kind in ("person", "other"):
            return None
        if post_name is None and (self.head_of(tokens[last].norm) or ("",))[0] == "person":
            return None
        named = by_token.get(last + 1)
        if (named is None or named.kind != "person" or named.entity is None or named.form not in ("name", "short")
                or named.start != tokens[last + 1].start):
            return None
        j = view.token_at_end.get(named.end)
        if j is None or tokens[j].possessive or (j + 1 < len(tokens) and tokens[j + 1].gap.strip()[:1] not in (",", ".", ";")):
            return None
        return named.chain

    def _noun_word(self, norm: str) -> bool:
        """A word that may end a noun phrase: a noun of the lexicon, a head of a description, an
        event noun, a measure ("magnitude", which the noun lexicon leaves out)."""
        return (self.nouns.is_noun(norm) or norm in self.vocab.events or norm in _MEASURES
                or self.head_of(norm) is not None or norm.endswith(self.vocab.noun_suffixes))

    def _phrase_ends(self, view: ArticleView, last: int) -> bool:
        """Whether a noun phrase may end at token last: punctuation, a function word or a verb
        follows, not another noun of the phrase ("of the city council" is not cut)."""
        tokens = view.tokens
        if last + 1 >= len(tokens):
            return True
        nxt = tokens[last + 1]
        if tokens[last].possessive or nxt.gap not in (" ", "-"):
            return not tokens[last].possessive and nxt.gap not in ("-",)
        if nxt.norm in CLOSED_CLASS or _closed(nxt.norm) or self._past_verb(nxt.norm) or nxt.norm.endswith("ed"):
            return True
        if nxt.cap:
            return False
        return not self.nouns.is_noun(nxt.norm) or nxt.norm.endswith("s") and not nxt.norm.endswith(_NOT_VERB_ENDINGS)

    def _indefinite_before(self, view: ArticleView, idx: int) -> bool:
        """Whether "a"/"an" opens the phrase ending at token idx, past its modifiers and names."""
        tokens = view.tokens
        k = idx
        for _ in range(self.settings.max_description_words + 1):
            if k == 0 or not joinable(tokens[k - 1], tokens[k]):
                return False
            prev = tokens[k - 1]
            if prev.norm in ("a", "an"):
                return True
            ent = view.entity_at_token.get(k - 1)
            k = view.token_at_start.get(ent.start, k - 1) if ent is not None else k - 1
            if ent is None and _closed(prev.norm):
                return False
        return False


def _present_verb(tokens: list[Token], idx: int) -> bool:
    """Whether the word after a singular noun at idx is its verb in the present ("the patch
    fixes a flaw", "the company owns the team"): it ends in -s and a determiner follows it."""
    if idx + 2 >= len(tokens):
        return False
    tok, verb, after = tokens[idx], tokens[idx + 1], tokens[idx + 2]
    return (singular(tok.norm) == tok.norm and verb.gap == " " and verb.norm.endswith("s")
            and not verb.norm.endswith(_NOT_VERB_ENDINGS) and after.gap == " "
            and after.norm in _DETERMINERS | _POSSESSIVE_PRONOUNS)


def _written_as_acronym(out: ArticleChains, chain: str) -> bool:
    """Whether every name the article writes for a chain is in capitals ("NBA", "NCAA")."""
    written = out.names.get(chain) or []
    return bool(written) and all(w.replace(".", "").replace("-", "").isupper() for w in written)


_SENTENCE_BREAK = re.compile(r"[.!?;][\"”’')]*\s|\n")  # where a sentence (or a clause after ";") ends
_IDENTIFIED = re.compile(r"\bidentified\s+$", re.IGNORECASE)  # "police identified " right before a description
_AS = re.compile(r"\s+as\s+")
_AUXILIARIES = frozenset("was is has had".split())  # "was identified as": a passive, the description is the one named
_ANOTHER = ":another"  # chain suffix of an organisation described as another than the one named


_KIND_GAPS = frozenset({" ", ' "', " “", " '", " ‘"})  # between a kind noun and the name it gives a kind


@functools.lru_cache(maxsize=1)
def _kind_families() -> dict[str, int]:
    """naming.json's kind_families: noun -> its group's number."""
    return {w: n for n, group in enumerate(naming_data()["kind_families"]["groups"]) for w in group}


@functools.lru_cache(maxsize=1)
def _role_after_as_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """naming.json's role_after_as: (subject verbs, object verbs, auxiliaries)."""
    data = naming_data()["role_after_as"]
    return frozenset(data["subject_verbs"]), frozenset(data["object_verbs"]), frozenset(data["auxiliaries"])


@functools.lru_cache(maxsize=1)
def _another_organisation() -> frozenset[str]:
    """naming.json's another_organisation_modifiers: "the combined company" is not a part of the merger."""
    return frozenset(naming_data()["another_organisation_modifiers"]["words"])


@functools.lru_cache(maxsize=4)
def _naming_phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """", known as "" and the like, up to where the name starts (past an opening quote mark)."""
    words = alternation(phrases, spaced=True)
    return re.compile(rf",?\s+({words})\s+[\"“'‘]?", re.IGNORECASE)
