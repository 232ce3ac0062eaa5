"""Speakers stated only by placement: a quotation right after the sentence that introduces it.

Four forms a careful reader reads as attribution although no speech verb sits beside the quote:

- a colon introduction whose speaker is not a name opening the sentence (that one the crediting
  rules take): 'In typical fashion, she released a jokey response to the honor: "..."', 'It was
  thirty four years before he finally broke cover, admitting in 2006:' / '"I'm the guy ..."';
- a paragraph whose last sentence has its subject put out words ('MWEB operations has issued an
  update regarding the downtime to its customers.'), right before a paragraph that opens with the
  quotation;
- a paragraph whose one sentence has a person decline to speak of something ('He would not specify
  how many people were in the building.'), right before a paragraph that opens with the quotation;
- a quotation closing its paragraph, and a next paragraph that opens with a named speaker's clause
  reporting nothing more ('"... Right now!" / Williams, a critic of NYPD policy, said before Kelly
  appeared on the scene.').

The introduction must say that someone speaks or puts out words (a speech verb, or an issuing verb
with a noun of what was said): a sentence that only mentions a person gives the quote after it
to no one. Nouns: resources/attribution/placement.json.
"""

from __future__ import annotations

import bisect
import functools
import json

from sidebyside.compare.attribution.records import Clause, Speaker
from sidebyside.compare.attribution.identity import name_key
from sidebyside.compare.attribution.leadins import statement_by
from sidebyside.compare.attribution.vocabulary import _DOCUMENT_VERBS, _PREPOSITIONS, _SPACE, _STRONG
from sidebyside.compare.tokens import singular
from sidebyside.resources import resource

_AUXILIARIES = frozenset("has have had also later then".split())
_BE_PAST_PRESENT = frozenset("was were is are".split())
_PERSONAL = ("he", "she")
_RELATIVES = frozenset("which who whom whose where that".split())
_MODALS = frozenset("would did could does do will".split())
_WHEN = frozenset("before after as while when".split())
_ASKED_ADVERBS = frozenset("also later then again repeatedly once".split())  # "was later asked"  # "said before Kelly appeared": only when


@functools.lru_cache(maxsize=1)
def _placement_words() -> dict:
    return json.loads(resource("attribution").joinpath("placement.json").read_text(encoding="utf-8"))


def _had_nouns() -> frozenset[str]:
    return frozenset(_placement_words()["had_nouns"])


def _introduction_nouns() -> frozenset[str]:
    return frozenset(_placement_words()["introduction_nouns"])


def _colon_verbs() -> frozenset[str]:
    return frozenset(_placement_words()["colon_verbs"])


def _speaking_adjectives() -> frozenset[str]:
    return frozenset(_placement_words()["speaking_adjectives"])


def _declined_verbs() -> frozenset[str]:
    return frozenset(_placement_words()["declined_verbs"])


class QuotePlacement:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _placed_clause(self, parts: list[int]) -> Clause | None:
        """The introduction crediting an utterance no clause beside it credits, or None."""
        first = self.at.quotes[parts[0]]
        if first.nested_in is not None or first.kind != "statement":
            return None
        colon = self._colon_right_before(first.open_at)
        if colon is not None:
            return self._by("placed-colon", self._colon_introduction(colon))
        found = self._introducing_paragraph(first.open_at)
        if found is not None:
            return self._by("placed-introducing-paragraph", found)
        found = self._declining_paragraph(first.open_at)
        if found is not None:
            return self._by("placed-declining-paragraph", found)
        found = self._asked_paragraph(parts)
        if found is not None:
            return self._by("placed-asked-paragraph", found)
        last = self.at.quotes[parts[-1]]
        return self._by("placed-next-paragraph", self._attribution_opening_next_paragraph(last.close_at if last.close_at is not None else last.end))

    def _colon_right_before(self, open_at: int) -> int | None:
        before = self.text[max(0, open_at - 6) : open_at].rstrip()
        if not before.endswith(":"):
            return None
        return max(0, open_at - 6) + len(before) - 1

    def _sentence_tokens(self, end: int) -> tuple[int, int]:
        """Token range [k, e) of the sentence ending at offset end."""
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(end))
        e = bisect.bisect_left(self.at.token_starts, end)
        return k, e

    def _colon_introduction(self, colon: int) -> Clause | None:
        tokens, vocab = self.tokens, self.vocab
        k, e = self._sentence_tokens(colon)
        if e <= k or e - k > self.settings.placement_sentence_tokens:
            return None  # a sentence this long introduces nothing we can tell (and is read no further)
        if any(self._quote_of_token[m] >= 0 for m in range(k, e)):
            return None
        came = self._came_from(k, e)
        if came is not None:
            return came  # "After his talk, a question came from a member of the audience:"
        owned = statement_by(self, k, e, _introduction_nouns())
        if owned is not None:
            return owned  # "Below is a statement by Francesca Grifo, director of the program:"
        cue = None
        if e - 2 > k and tokens[e - 1].norm in _speaking_adjectives() and tokens[e - 2].norm in _BE_PAST_PRESENT:
            cue = e - 1  # "Andrew Wetzler, director of the program, was blunt:" — how he speaks, then his words
        for m in range(e - 1, k - 1, -1) if cue is None else ():
            norm = tokens[m].norm
            if (vocab.verbs.get(norm) is not None or norm in _colon_verbs()) and not tokens[m].cap \
                    or norm in vocab.said_nouns or norm in _introduction_nouns() or self._had_noun(m, k):
                cue = m
                break
        if cue is None or self._left_to_wonder(e) or self._subject_changes(k + 1, cue):
            return None  # "the board was left to wonder:", "Lind has a deal, and the board will ask:" (crediting.py)
        if any(tokens[m].norm in _RELATIVES for m in range(k, cue)):
            return None  # '..., the website for the initiative, which contains the following statement:': not the subject's words
        base = vocab.verbs.get(tokens[cue].norm) or "say"
        if tokens[cue].norm.endswith("ing") and "," in tokens[cue].gap:
            return self._participle_subject(k, cue, base)  # '..., admitting in 2006:' — who does it
        return self._opening_subject(k, cue, base)

    def _participle_subject(self, k: int, cue: int, base: str) -> Clause | None:
        """The nearest person before a participle set off by a comma: the subject it takes."""
        tokens = self.tokens
        for m in range(cue - 1, max(k, cue - self.settings.subject_tokens * 2) - 1, -1):
            if tokens[m].norm in _PERSONAL and not tokens[m].cap or tokens[m].norm in _PERSONAL and m == k:
                return self._pronoun_clause(m, cue, base)
            run = self._runs.get(m)
            if run is not None and run.kind == "person" and m + 1 < cue and not tokens[m + 1].cap:
                return self._run_clause(run, cue, base)
        # no person before it: the people the sentence opens with ('Groups of young people roamed
        # the streets, shouting:'), lower-case words whose last names people, before a past verb
        for m in range(k + 1, min(cue, k + self.settings.placement_group_tokens + 1)):
            word = tokens[m].norm
            if tokens[m].cap or not word.isalpha() or tokens[m].gap not in (" ",):
                return None
            if word.endswith("ed") and word not in self.vocab.verbs and tokens[m - 1].norm in self.vocab.person_nouns \
                    and tokens[m - 1].norm.endswith(("s", "people")) and tokens[k].norm not in _PREPOSITIONS:
                name = self.text[tokens[k].start : tokens[m - 1].end]
                clause = Clause(cue, k, m - 1, base, lead=k)
                clause.speaker = Speaker(name, "group", name_key(name), sentence_case=True)
                return clause
        return None

    def _opening_subject(self, k: int, cue: int, base: str) -> Clause | None:
        """The subject opening the sentence, after a lead-in set off by a comma ("In typical fashion,")."""
        tokens = self.tokens
        s = k
        if tokens[s].norm in _PREPOSITIONS or tokens[s].norm.endswith("ly") or tokens[s].norm in _WHEN:
            # ("After Jones told him the news, Smith was blunt:": the lead-in's verb is no cue of Smith's)
            for m in range(s + 1, min(cue, s + self.settings.placement_lead_in_tokens)):
                if "," in tokens[m].gap:
                    s = m
                    break
            else:
                return None
        if s >= cue:
            return None
        if tokens[s].norm in _PERSONAL:
            return self._pronoun_clause(s, cue, base) if s + 1 <= cue else None
        if tokens[s].norm in self.vocab.foreign_pronouns and tokens[cue].norm in self.vocab.foreign_verbs and (
                s + 1 == cue or s + 2 == cue and tokens[s + 1].norm in self.vocab.foreign_auxiliaries) \
                and not self._first_name_of_someone(tokens[s].text):
            # "Er betonte auf einer Pressekonferenz:": the pronoun's person, never a name "Er" (not
            # "Il presidente ... ha annunciato:", "Il leur a rappelé ce que lui avait confié X :")
            pronoun = self.vocab.foreign_pronouns[tokens[s].norm]
            if tokens[s].norm == "sie" and tokens[cue].norm.endswith("en"):
                pronoun = "they"
            clause = Clause(cue, s, s, base, lead=s, how="pronoun")
            clause.speaker = self._resolve_pronoun(pronoun, tokens[s].start, clause)
            return clause if clause.speaker is not None else None
        run = self._run_starting(s)
        if run is None and not tokens[s].cap or run is not None and tokens[s].norm in ("one", "another", "a", "an"):
            return self._described_subject(s, cue, base)  # "One survey respondent summed this up as follows:"
        if run is None or (run.run_first if run.run_first >= 0 else run.first) != s or run.kind in ("place", "media"):
            return None
        after = run.last + 1
        if after < cue and tokens[after].gap.strip() == "," and tokens[cue].norm in _speaking_adjectives():
            # "Andrew Wetzler, director of the program, was blunt:": an apposition between name and verb
            after = next((m for m in range(after + 1, cue) if tokens[m].gap.strip() == ","), cue)
            if any(tokens[m].norm in _RELATIVES or tokens[m].norm in _PERSONAL or self.vocab.verbs.get(tokens[m].norm) is not None
                   for m in range(run.last + 1, after)):
                return None
        blunt = tokens[cue].norm in _speaking_adjectives()  # "was blunt:", never "was asked about it:"
        if after < cue and tokens[after].norm not in _AUXILIARIES \
                and not (blunt and tokens[after].norm in _BE_PAST_PRESENT) and not self._verb_like(after):
            return None
        return self._run_clause(run, cue, base)

    def _came_from(self, k: int, e: int) -> Clause | None:
        """'a question came from a member of the audience:' — words said ("question", "response",
        placement.json introduction_nouns) that "came from" someone named or described right before
        the colon: that one's."""
        tokens, vocab = self.tokens, self.vocab
        for m in range(k + 1, e - 2):
            if tokens[m].norm not in ("came", "comes") or tokens[m + 1].norm != "from":
                continue
            said = tokens[m - 1].norm
            if said not in vocab.said_nouns and said not in _introduction_nouns() and singular(said) not in _introduction_nouns():
                return None
            found = self._np_ending_at(e - 1)
            if found is None or found[0] != m + 2:
                run = self._runs.get(e - 1)
                found = (run.first, run.last) if run is not None and run.first == m + 2 and run.kind == "person" else None
            if found is None:
                return None
            clause = Clause(m, found[0], found[1], "say", lead=found[0])
            clause.speaker = self._resolve(clause)
            return clause if clause.speaker is not None else None
        return None

    def _described_subject(self, s: int, cue: int, base: str) -> Clause | None:
        """A description of an unnamed speaker opening the sentence right before its verb ("One
        survey respondent summed this up", "Another respondent highlighted"), or None."""
        tokens = self.tokens
        last = cue - 1
        if tokens[cue].norm in _speaking_adjectives():
            last -= 1  # "... was blunt:" — the subject before "was"
        while last > s and tokens[last].norm in _AUXILIARIES:
            last -= 1
        if last < s or cue - s > self.settings.placement_group_tokens + 3:
            return None
        found = self._np_ending_at(last)
        if found is None or found[0] != s or found[1] != last or not self._speaker_head(tokens[last].norm):
            return None
        clause = Clause(cue, found[0], found[1], base, lead=s)
        clause.speaker = self._resolve(clause)
        return clause if clause.speaker is not None else None

    def _had_noun(self, m: int, k: int) -> bool:
        """Token m is a noun of words given after "had" ("had advice for", "had a warning for")."""
        tokens = self.tokens
        if tokens[m].norm not in _had_nouns() or tokens[m].cap:
            return False
        h = m - 1
        if h > k and tokens[h].norm in ("a", "some", "strong", "harsh", "stern") and tokens[m].gap in _SPACE:
            h -= 1
        return h >= k and tokens[h].norm in ("had", "has", "have") and tokens[h + 1].gap in _SPACE

    def _verb_like(self, m: int) -> bool:
        norm = self.tokens[m].norm
        return norm in _DOCUMENT_VERBS or self.vocab.verbs.get(norm) is not None or norm.endswith("ed")

    def _pronoun_clause(self, m: int, cue: int, base: str) -> Clause | None:
        clause = Clause(cue, m, m, base, lead=m, how="pronoun")
        clause.speaker = self._resolve_pronoun(self.tokens[m].norm, self.tokens[m].start, clause)
        return clause if clause.speaker is not None else None

    def _run_clause(self, run, cue: int, base: str) -> Clause | None:
        clause = Clause(cue, run.first, run.last, base, lead=run.run_first)
        clause.speaker = self._speaker_of_run(run, self.tokens[run.first].start)
        return clause if clause.speaker is not None else None

    def _paragraph_before(self, open_at: int) -> tuple[int, int] | None:
        """(start, final full stop) of the paragraph right before the one a quotation opens at
        ``open_at``, when that paragraph ends a sentence; None otherwise."""
        at = self.at
        para = at.paragraph_at(open_at)
        if para <= 0 or at.paragraphs[para][0] != open_at:
            return None
        prev_lo, prev_hi = at.paragraphs[para - 1]
        body = self.text[prev_lo:prev_hi].rstrip()
        return (prev_lo, prev_lo + len(body) - 1) if body.endswith(".") else None

    def _introducing_paragraph(self, open_at: int) -> Clause | None:
        """'MWEB operations has issued an update ... to its customers.' closing the paragraph
        right before one that opens with the quotation: the subject puts out the words."""
        tokens = self.tokens
        before = self._paragraph_before(open_at)
        if before is None:
            return None
        k, e = self._sentence_tokens(before[1])
        if e <= k or e - k > self.settings.placement_sentence_tokens or any(self._quote_of_token[m] >= 0 for m in range(k, e)):
            return None
        # the issuing verb, a noun of words put out right after it, and its subject before it
        v = next((m for m in range(k + 1, min(e, k + 2 + self.settings.placement_subject_nouns + 2))
                  if tokens[m].norm in _DOCUMENT_VERBS), None)
        if v is None or not any(tokens[m].norm in _introduction_nouns() for m in range(v + 1, min(e, v + 4))):
            return None
        last = v - 1
        while last > k and tokens[last].norm in _AUXILIARIES:
            last -= 1
        if last == k and tokens[k].norm in _PERSONAL:
            return self._pronoun_clause(k, v, "issue")
        run = self._run_starting(k)
        if run is not None and (run.run_first if run.run_first >= 0 else run.first) == k and run.last == last \
                and run.kind not in ("place", "media"):
            return self._run_clause(run, v, "issue")
        # an acronym's body with at most two lower-case nouns ("MWEB operations"), named as written
        acronym = tokens[k].text.isupper() and len(tokens[k].text) >= 2 and tokens[k].text.isalpha()
        if not acronym or last - k > self.settings.placement_subject_nouns or any(
                tokens[m].cap or not tokens[m].norm.isalpha() or tokens[m].norm in _PREPOSITIONS for m in range(k + 1, last + 1)):
            return None
        name = self.text[tokens[k].start : tokens[last].end]
        clause = Clause(v, k, last, "issue", lead=k)
        clause.speaker = Speaker(name, "institution", name_key(name))
        return clause

    def _attribution_opening_next_paragraph(self, close: int) -> Clause | None:
        """'"... Right now!" / Williams, a critic of NYPD policy, said before Kelly appeared on the
        scene.': a quotation closing its paragraph, and a next paragraph that opens with a named
        speaker's clause whose verb reports nothing more (the sentence ends, or only says when:
        "before", "after", "on Monday"). One that goes on to report ('Williams said he was not
        surprised', 'said before the vote that ...') is a statement of its own."""
        at, tokens = self.at, self.tokens
        para = at.paragraph_at(close)
        if para < 0 or para + 1 >= len(at.paragraphs) or self.text[close + 1 : at.paragraphs[para][1]].strip(" \"”'’.,!?"):
            return None
        lo, hi = at.paragraphs[para + 1]
        body = self.text[lo:hi].strip()
        if not body.endswith(".") or body[0] in "\"“”'‘’" or any(c in body for c in "\"“”"):
            return None
        found = self._clauses_between(lo, hi, None)
        if len(found) != 1 or found[0].speaker is None or found[0].speaker.kind not in ("person",) \
                or found[0].base not in _STRONG or found[0].inverted:
            return None
        clause = found[0]
        if self.text[lo : tokens[clause.first].start].strip() or clause.verb < clause.last:
            return None  # the named speaker must open the paragraph, before the verb
        if self._sentence_end(tokens[clause.verb].start) < lo + len(body) - 1:
            return None  # one sentence only
        k = clause.verb + 1
        end = bisect.bisect_left(self.at.token_starts, hi)
        if k < end and tokens[k].norm not in self.vocab.when_where and tokens[k].norm not in _WHEN:
            return None
        if any(tokens[m].norm == "that" or self.vocab.verbs.get(tokens[m].norm) is not None for m in range(k, end)):
            return None
        return clause

    def _declining_paragraph(self, open_at: int) -> Clause | None:
        """'He would not specify how many people were in the building.' / '"They were all adults,
        and they all got out."': a paragraph whose one sentence has a person decline to speak of
        something (a speech verb after "would not", "did not", "declined to"), right before a
        paragraph that opens with the quotation: what they would say follows."""
        tokens = self.tokens
        before = self._paragraph_before(open_at)
        if before is None or self._sentence_start(before[1]) != before[0]:
            return None
        k, e = self._sentence_tokens(before[1])
        if e <= k + 3 or e - k > self.settings.placement_sentence_tokens or any(self._quote_of_token[m] >= 0 for m in range(k, e)):
            return None
        if tokens[k].norm in _PERSONAL:
            last = k
        else:
            run = self._run_starting(k)
            if run is None or run.kind != "person" or (run.run_first if run.run_first >= 0 else run.first) != k:
                return None
            last = run.last
        m = last + 1
        if m + 2 >= e:
            return None
        declines = tokens[m].norm in _MODALS and tokens[m + 1].norm in ("not", "n't") \
            or tokens[m].norm in ("declined", "refused") and tokens[m + 1].norm == "to"
        verb = tokens[m + 2].norm
        if not declines or self.vocab.verbs.get(verb) is None and verb not in _declined_verbs():
            return None
        base = self.vocab.verbs.get(verb) or "say"
        if last == k and tokens[k].norm in _PERSONAL:
            return self._pronoun_clause(k, m + 2, base)
        return self._run_clause(run, m + 2, base)

    def _asked_paragraph(self, parts: list[int]) -> Clause | None:
        """'Mayor John Smith was asked about the vote.' / '"It is over. We lost."': a paragraph
        whose last sentence has a person asked (a form of "be" and "asked" right after its subject),
        right before a paragraph that opens with a quotation that is no question: the answer is theirs."""
        tokens, quotes = self.tokens, self.at.quotes
        first, last_quote = quotes[parts[0]], quotes[parts[-1]]
        before = self._paragraph_before(first.open_at)
        if before is None or self.text[last_quote.start : last_quote.end].rstrip(" \"”’'").endswith("?"):
            return None
        k, e = self._sentence_tokens(before[1])
        if e <= k + 2 or e - k > self.settings.placement_sentence_tokens or any(self._quote_of_token[m] >= 0 for m in range(k, e)):
            return None
        if tokens[k].norm in _PERSONAL:
            run, last = None, k
        else:
            run = self._run_starting(k)
            if run is None or run.kind != "person" or (run.run_first if run.run_first >= 0 else run.first) != k:
                return None
            last = run.last
        words = [(m, tokens[m].norm) for m in range(last + 1, min(e, last + 5)) if tokens[m].norm not in _ASKED_ADVERBS]
        # "was asked", "was later asked", "has been asked", "had also been asked"
        if len(words) < 2 or words[0][1] not in ("was", "were", "is", "has", "had"):
            return None
        verb = words[1][0] if words[1][1] == "asked" else words[2][0] if len(words) > 2 and words[1][1] == "been" and words[2][1] == "asked" else None
        if verb is None:
            return None
        if run is None:
            return self._pronoun_clause(k, verb, "say")
        return self._run_clause(run, verb, "say")
