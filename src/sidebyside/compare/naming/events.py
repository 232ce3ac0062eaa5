"""Descriptions of the event a story tells ("the quake", "the 7.6-magnitude earthquake", "Friday's
blaze", "the acquisition"): mentions of one chain per event noun group (naming.json event_nouns,
and the entity finder's event nouns), so two articles' words for the event can be compared."""

from __future__ import annotations

import functools
import re

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.entities import CLOSED_CLASS
from sidebyside.compare.naming.chain_tools import _chain_kind, merge_chains
from sidebyside.compare.naming.chains import ArticleChains, Ref
from sidebyside.compare.naming.words import _DETERMINERS, _ORDINALS, _POSSESSIVE_PRONOUNS, _closed
from sidebyside.compare.termdata import naming_data
from sidebyside.compare.tokens import joinable, singular

_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # "the 2004 tsunami": another event than the one told
_EVENT_PREFIX = "event:"
# Prefixes that make an event noun another instance of the event ("the re-election", "a re-run")
_AGAIN_PREFIXES = frozenset({"re"})


@functools.cache
def _asking_words() -> frozenset[str]:
    data = naming_data()
    return frozenset(data.get("story_event_nouns", {}).get("asked_for", ())) | frozenset(
        data["family_unrealised"]["intentions"])


class EventRules:
    """ChainBuilder's rules for descriptions of events (a mixin: it reads the builder's vocab,
    settings, nouns and head_of)."""

    def _past_verb(self, norm: str) -> bool:
        """A past tense that is also a noun, which after a noun is its verb, no compound: "the
        gunman shot", "the victim spoke", "the blast hit" (never "the gunman shot" as a shot)."""
        # ("the teen accused of": a role noun, the phrase's head)
        return norm in self.vocab.irregular_pasts or (norm in self.vocab.agent_verbs and self.head_of(norm) is None)

    def _present_verb_after(self, tokens, idx: int) -> bool:
        """Whether the -s word after the event noun at idx is its verb in the present, no
        compound's head: a determiner, a name, a number or an object pronoun follows it ("The
        collapse leaves an estimated 6,000 passengers", "the strike hits 40 hospitals";
        descriptions.py's readings for role nouns)."""
        from sidebyside.compare.naming.descriptions import _present_verb  # (descriptions reads this module)

        return _present_verb(tokens, idx) or self._present_verb_before_object(tokens, idx)

    def _asked_for(self, tokens, k: int) -> bool:
        """Whether a verb that asks for an event, or an intention word, stands right before the
        determiner at k ("called for an inquiry", "wants a recount"; naming.json
        story_event_nouns asked_for and family_unrealised)."""
        j = k - 1
        if j >= 0 and tokens[j].norm == "for":
            j -= 1
        return j >= 0 and tokens[j].norm in _asking_words()

    def _event_head(self, view: ArticleView, idx: int) -> tuple[int, str, str] | None:
        """(first token of the event noun, the group's key noun, the noun as written) when the
        noun at idx names an event in the singular; None otherwise."""
        tok = view.tokens[idx]
        events = self.vocab.events
        ent = view.entity_at_token.get(idx)
        if ent is not None and ent.via == "event" and ent.end == tok.end and ent.key.startswith(_EVENT_PREFIX):
            noun = ent.key[len(_EVENT_PREFIX):]
            if tok.norm.endswith("s") and not noun.endswith("s"):
                return None  # "the attacks": several events, not the one the other article tells
            first = view.token_at_start.get(ent.start, idx)
            written = " ".join(t.norm for t in view.tokens[first : idx + 1])
            return first, events.get(noun, noun), written
        key = events.get(tok.norm)
        return (idx, key, tok.norm) if key is not None else None

    def _event_description(self, view: ArticleView, idx: int, taken: bytearray,
                           introduced: set[str]) -> tuple[int, Ref] | None:
        """The description an event noun at idx heads ("the 7.6-magnitude earthquake", "Peru's
        quake", "its acquisition"), as (first token, mention of "event:<key>"); None when the noun
        heads none: a bare noun ("fire broke out"), a modifier of another noun ("the shooting
        suspect", "quake-hit"), a quotation, or another event of its kind ("the 2004 tsunami",
        "a previous attack", "the second shooting", a second "an earthquake")."""
        found = self._event_head(view, idx)
        if found is None:
            return None
        first, key, written = found
        tokens = view.tokens
        tok = tokens[idx]
        nxt = tokens[idx + 1] if idx + 1 < len(tokens) else None
        if nxt is not None and not tok.possessive and (
                nxt.gap == "-" or (joinable(tok, nxt) and not nxt.cap and not self._past_verb(nxt.norm)
                                   and not self._present_verb_after(tokens, idx) and (
                    nxt.norm in self.vocab.events or self.head_of(nxt.norm) is not None
                    or (self.nouns.is_common_noun(nxt.norm) and nxt.norm not in CLOSED_CLASS)))):
            return None
        if first > 0 and tokens[first].gap == "-" and tokens[first - 1].norm in _AGAIN_PREFIXES:
            return None  # "the re-election", "a re-vote": another instance of the event
        if (idx + 2 < len(tokens) and tokens[idx + 1].norm == "of" and joinable(tok, tokens[idx + 1])
                and (tokens[idx + 2].norm in self.vocab.other_instance
                     or (tokens[idx + 2].norm in ("a", "an") and idx + 3 < len(tokens)
                         and tokens[idx + 3].norm in _ORDINALS))):
            return None  # "the attempted murder of another man", "the killing of a second officer":
            # another event of its kind, whose victim is someone else
        k, words, opened, named = first, 0, False, None
        while k > 0 and words < self.settings.max_description_words:
            prev = tokens[k - 1]
            ent = view.entity_at_token.get(k - 1)
            if prev.possessive and tokens[k].gap == " ":
                # "Peru's earthquake", "Friday's blaze": the possessor opens the phrase
                opened = True
                if ent is not None and ent.via != "event":
                    named = ent.key
                    k = view.token_at_start.get(ent.start, k - 1)
                    break
                k -= 1
                if prev.cap or _closed(prev.norm):
                    break
                continue  # "his daughter's murder": the possessor's own determiner opens the phrase
            if tokens[k].gap in (".", ",") and prev.text.isdigit() and tokens[k].text.isdigit():
                k -= 1  # "7.6": one number
                continue
            if not joinable(prev, tokens[k]):
                break
            if prev.norm in _DETERMINERS or prev.norm in _POSSESSIVE_PRONOUNS:
                k -= 1
                opened = True
                break
            if ent is not None and ent.via != "event" and ent.end == prev.end:
                start_at = view.token_at_start.get(ent.start)
                if start_at is None or start_at >= k:
                    break
                named = named or ent.key  # "the Sandy Hook shooting", "the Peruvian quake"
                words += 1
                k = start_at
                continue
            if taken[k - 1] or prev.cap or _closed(prev.norm) or prev.norm in CLOSED_CLASS:
                break
            words += tokens[k].gap != "-"
            k -= 1
        if not opened:
            return None
        if tokens[k].norm in ("a", "an") and self._asked_for(tokens, k):
            return None  # "wants an impartial probe", "called for an inquiry": an event not yet held
        # ("the worst quake in decades" is the quake told, "the 81st Academy Awards ceremony" one edition)
        # ("that win over Barrett", "that fight" in 2008: a demonstrative points at an earlier one told)
        if any(t.norm in self.vocab.other_instance or _YEAR.fullmatch(t.norm) or t.norm in _ORDINALS
               for t in tokens[k:first]) or tokens[k].norm in ("that", "those"):
            return None
        post_end, post_name = self._post_modifier(view, idx, "event")
        if named is None and post_name is not None and post_name.kind == "place" and tokens[idx + 1].norm != "with":
            named = post_name.key  # "the earthquake in Peru", as "the Peru earthquake"
        chain = f"{_EVENT_PREFIX}{key}" + (f":{named}" if named else "")
        if tokens[k].norm in ("a", "an") and chain in introduced:
            return None  # a second "an earthquake": another one (an aftershock, an earlier quake)
        s, e = tokens[k].start, tokens[post_end].end  # ("an earthquake with a magnitude of 6.1": whole)
        if view.in_quote(s, e):
            return None
        return k, Ref("text", s, e, view.text[s:e], "description", chain, "event", None, written, e - tok.end)

    def _one_event_named(self, out: ArticleChains) -> None:
        """"The Academy Awards ceremony" ... "the ceremony", "the Peru earthquake" ... "the quake":
        an article's one description of an event noun with a name or place in it joins the
        chain of that noun's plain descriptions, which the other article's plain ones share;
        never when the article tells two such ("the Aurora shooting", "the Newtown shooting")."""
        by_key: dict[str, set[str]] = {}
        for r in out.refs:
            if r.chain.startswith(_EVENT_PREFIX):
                by_key.setdefault(r.chain.split(":", 2)[1], set()).add(r.chain)
        mapping = {}
        for key, chains in by_key.items():
            plain = f"{_EVENT_PREFIX}{key}"
            named = chains - {plain}
            if plain in chains and len(named) == 1:
                mapping[next(iter(named))] = plain
        merge_chains(out, mapping)

    def _named_event_told_by_noun(self, out: ArticleChains) -> None:
        """"The Brightwater Festival" ... "the festival", "the Rome Summit" ... "the summit": the
        plain descriptions of an event noun join the one name the article gives that ends in it,
        a head of event names (gazetteer.json name_heads.event; an organisation's name may end in
        one too: "festival"), as "the
        bank" joins "West Coast Bank"; never when two names end so ("the Cannes Film Festival" and
        "the Venice Film Festival": the reader cannot tell which), nor a person's or place's name."""
        if not self.settings.named_event_heads:
            return
        heads = self.finder.look.heads.get("event", frozenset())
        ending: dict[str, list[str]] = {}  # the last word of each name ending in a head of event names
        for chain in out.names:
            if " " in chain and not chain.startswith((_EVENT_PREFIX, "role:", "time:", "venue:")):
                last = singular(chain.rsplit(" ", 1)[-1])
                if last in heads and _chain_kind(out, chain) in ("event", "organisation", "other"):
                    ending.setdefault(last, []).append(chain)
        if not ending:
            return  # (most articles)
        plain = {r.chain[len(_EVENT_PREFIX):] for r in out.refs if r.chain.startswith(_EVENT_PREFIX) and r.chain.count(":") == 1}
        events = self.vocab.events
        named: dict[str, list[str]] = {}
        for last, chains in ending.items():
            key = events.get(last, last)  # ("summit": the entity finder's event noun, its own key)
            if key in plain:
                named.setdefault(key, []).extend(chains)
        mapping = {}
        for key, found in named.items():
            if len(found) == 1:
                mapping[f"{_EVENT_PREFIX}{key}"] = found[0]
                out.roles.setdefault(found[0], set()).add(f"{_EVENT_PREFIX}{key}")  # (named_event_across reads it)
        merge_chains(out, mapping)

