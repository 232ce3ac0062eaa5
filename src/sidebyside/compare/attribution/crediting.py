"""The clause that credits one quotation: between its parts, after its close, before its opening, in its sentence."""

from __future__ import annotations

import bisect
import re

from sidebyside.compare.attribution.identity import name_key
from sidebyside.compare.attribution.records import Clause, Speaker, _unresolved
from sidebyside.compare.attribution.vocabulary import DO_FORMS, FINITE_AUXILIARIES, _ANSWERING, _BE, _DETERMINERS, _FUNCTION, _PRONOUNS, _RELATIVES, _SPACE, _STRONG
from sidebyside.compare.text import TIME_WORDS
from sidebyside.compare.tokens import singular
from sidebyside.resources import resource_json


_DASHES = (" — ", " – ", " -- ")
# verbs that hand on someone else's words ("quoted Abraham Lincoln:", "citing the report:")
_RELAYING = frozenset("quoted quoting quotes cited citing cites".split())
_POSSESSIVE_PRONOUNS = frozenset("his her their its my our your".split())
# parts of a document that a colon hands on ("a line in the report:", "the opening passage:")
_DOCUMENT_PARTS = frozenset(resource_json("attribution/speech.json")["document_parts"])
# words opening a subordinate clause that leads into its sentence ("After Jones spoke, ...")
_SUBORDINATORS = frozenset("after when whenever before while since because although though if once until".split())  # (not "As Nick says, ...": it credits the sentence)
# conjunctions that open a clause of its own after a comma (", and the board will be left to wonder:")
_COORDINATORS = frozenset("and but so yet while whereas".split())
# finite auxiliaries and forms of "be": one after a coordinator shows the new clause's verb
_FINITE = FINITE_AUXILIARIES | DO_FORMS


class QuoteCrediting:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _clause_for(self, parts: list[int]) -> Clause | None:
        """The clause crediting an utterance, by the rules of the module docstring."""
        at, quotes = self.at, self.at.quotes
        first, last = quotes[parts[0]], quotes[parts[-1]]
        inside = first.nested_in
        # between the parts of a split quote
        for a, b in zip(parts, parts[1:]):
            qa, qb = quotes[a], quotes[b]
            if qa.close_at is not None:
                found = self._clauses_between(qa.close_at, qb.open_at, inside)
                if found:
                    return self._by("split", found[0])
        open_at = first.open_at
        s_start = self._sentence_start(open_at)
        if inside is not None:
            s_start = max(s_start, open_at - self.settings.nested_clause_chars)  # inside a quote: the words right before
        if first.kind == "fragment" and inside is None and len(parts) == 1 and self._possessive_term(first):
            # 'keep the "whistleblower's" identity secret': a word the writer holds at arm's length,
            # set inside a noun phrase; no one is quoted saying it
            return self._by("guard-possessive-term", None)
        if first.kind == "fragment" and inside is None:
            close = last.close_at if last.close_at is not None else last.end
            aside = self._relative_aside(open_at, close)
            after = self._clauses_between(close, self._sentence_end(close), None)
            credited_after = after and self._adjacent(close + 1, after[0]) and "," in self.text[close - 1 : close + 2]
            if aside is not None and not credited_after:  # (', which was "x," wrote Taylor': the clause after credits it)
                # 'Williams, whose career of "aqua-musicals" ..., died, her spokesman said': the writer's
                # words about someone, unless the aside itself credits them ('which he described as')
                found = [c for c in self._clauses_between(aside[0], open_at, None) if (c.base in _STRONG or c.base in self.vocab.naming)
                         and not (self.tokens[c.last].start < aside[0] and (c.speaker is None or c.speaker.kind != "person"))]
                # (a body the aside's "which" stands for names no scare quote: 'The council, which called the plan "reckless,"')
                if found:
                    return self._by("fragment-aside", found[-1])
                own = self._antecedent_speaks(aside[0], open_at)
                return self._by("fragment-aside-antecedent", own) if own is not None else self._by("guard-fragment-aside", None)
        preceding = [c for c in self._clauses_between(s_start, open_at, inside)
                     if not self._reduced_relative(c) and not self._in_subordinate_lead_in(c, s_start, open_at)
                     and not self._asks_to(c)]
        if len(preceding) > 1:
            # 'White told The Post after a hearing — where Heller said she was "x" — "I hear ...": the
            # clause inside the dashes is an aside; the quote after them is the sentence's speaker's
            outside = [c for c in preceding if not self._between_dashes(c, s_start, open_at)]
            if outside and len(outside) < len(preceding):
                preceding = outside
        if first.kind == "fragment":
            # a scare quote is the speaker's only inside what the verb reports: 'said the fire was
            # "potentially suspicious"', not 'responded to the blaze, using "a number" of trucks'
            preceding = [c for c in preceding if not self._break_between(c, open_at)]
        relayed = self._relaying_participle(open_at, first.kind == "fragment") if inside is None else None
        if relayed is None and inside is None and first.kind != "fragment" and not self._tells_inside(first):
            relayed = self._relaying_aside(last.close_at)  # '"...," LaRue, recalling Magruder's words, told': Magruder's
        if relayed is not None:
            # 'Recalling Ann Lee's words, Tom Reed told the crowd: "..."': hers, never his
            return self._by("relaying-participle", relayed) if relayed.speaker is not None else self._by("guard-relayed-words", None)
        if inside is None and self._told_medium(open_at):
            return self._by("guard-told-medium", None)  # '— рассказала «Тверской неделе» X': a paper's name (foreign.py)
        if preceding and self._adjacent_before(preceding[-1], open_at) and preceding[-1].base in _STRONG:
            return self._by("right-before", preceding[-1])  # 'he said, "I'll..."': the words' own speaker, before whoever reports them
        if inside is None and self._unresolved_right_before(open_at):
            return self._by("guard-unresolved-before", None)  # 'recalled that he said, "...," the office said': his words, though we cannot tell who he is
        close = last.close_at if last.close_at is not None else last.end
        if first.kind == "fragment" and inside is None:
            found = self._named_by_after(open_at, close)
            if found is not None:
                return self._by("passive-naming-by", found)
        sentence_end = self._sentence_end(close)
        new_sentence = self._colon_quote_ends_sentence(open_at, close)
        following = self._clauses_between(close, sentence_end, inside) if not new_sentence else []
        open_k = bisect.bisect_left(at.token_starts, open_at)
        # 'DiCaprio, who earned a nomination for his work in "Revolutionary Road," said': words
        # inside the aside between a clause's subject and its verb are the writer's, not the speaker's
        following = [c for c in following if not (c.first < open_k < c.verb and self.tokens[c.first].cap)]
        if following and preceding and self._closes_sentence(close):
            # 'Ann Lee said he had "walked away from the table." Tom Hale rejected that.': words that
            # open inside a sentence whose own clause reports them, and end it, are that clause's;
            # the next sentence's clause speaks of other words (not '"Why?" Hale asked.')
            following = []
            sentence_end = close + 1
        if following and preceding and self.text[close + 1 : self.tokens[following[0].first].start].strip() in (":", ";"):
            # 'Ann Lee said the ruling was "a material irregularity": the trial judge had told the jury
            # ...': a colon after the close opens the writer's explanation, not an attribution; the
            # sentence's own clause before the words is theirs
            following = []
        reported = self._reported_before_according(preceding, following, open_at, close)
        if reported is not None:
            return self._by("reported-before-according", reported)
        if following and preceding and inside is None and self._reported_inside_lead_in(preceding[-1], s_start, open_at, close):
            # 'When Ms Mulcahy said that the Taoiseach was "hiding behind a spreadsheet", the Ceann
            # Comhairle asked her to withdraw it': the lead-in's own speech verb reports the words
            return self._by("lead-in-reports", preceding[-1])
        # right after the close: '," X said' / '," said X'
        if following and self._adjacent(close + 1, following[0]) and not self._introduces_next(following[0], close) \
                and self.tokens[following[0].first].norm not in _RELATIVES:
            if first.kind == "fragment" and self._closes_sentence(close):
                # 'is "artificial replacement." As Trent Hamm explains, ...': the writer's term ends
                # the sentence; the clause after begins the next one and speaks its words
                return self._by("guard-fragment-sentence-end", None)
            quoted = self._quoting_after(following[0], sentence_end)
            if quoted is not None:
                # '"We will win," Ann Lee wrote on Twitter, quoting Tom Rell': his words, she hands them on
                return self._by("quoting-after", quoted) if quoted.speaker is not None else self._by("guard-relayed-words", None)
            return self._by("right-after", following[0])  # (not 'the "pain" that people feel': a relative clause about the words)
        # '"squatters," as Espinosa put it': an aside of the writer's that names who spoke the words
        if following and self._as_aside(close, following[0]):
            return self._by("as-aside", following[0])
        if inside is None and self._colon_relays_another(open_at):
            # 'Ann Lee read a letter from her son: "..."': not hers; another language's sentence says whose
            relayed = self._relayed_words_speaker(open_at)
            return self._by("relayed-words", relayed) if relayed is not None else self._by("guard-relayed-words", None)
        # before the opening, in the same sentence: 'X said: "..."'
        if preceding:
            strong = [c for c in preceding if c.base in _STRONG or c.base in ("according",)]
            pick = (strong or preceding)[-1]
            if self._rival_strong_clause(strong, pick, open_k, open_at):
                return self._by("guard-two-strong-clauses", None)
            if preceding[-1].base in self.vocab.naming and preceding[-1].speaker is not None:
                pick = preceding[-1]  # "He said his predecessor had dubbed it 'the Gordon problem'": who named it
            if first.kind == "fragment" and pick.first > 0 and self.tokens[pick.first - 1].norm == "as":
                # 'As the authors explain, research shows the brain "feels" ...': a paraphrase; the
                # term in marks is the writer's ('"squatters," as Espinosa put it' names its speaker)
                return self._by("guard-fragment-paraphrase", None)
            if first.kind == "fragment" and pick.base in self.vocab.reactions and not self._adjacent_before(pick, open_at):
                # 'the premier cheered on the "historic" move': a reaction says nothing; the marks
                # on a word of its object are the writer's (a scare quote), not the cheerer's word
                return self._by("guard-fragment-reaction", None)
            if self._owned_by_another(pick, open_at):
                return self._by("guard-owned-words", None)  # 'responded to Ann Lee's claim that "..."': hers, not his
            if pick.base in self.vocab.deciding and not self._reports_words(pick):
                return self._by("guard-decision", None)  # 'denied saying "..."', 'rejected the bid, a "..." plan'
            if self._unowned_participle_between(pick, open_k):
                return self._by("guard-unowned-participle", None)
            if self._unresolved_pronoun_between(pick, open_k):
                return self._by("guard-unresolved-pronoun", None)
            reporter = self._reporter_over(pick, preceding, open_at)
            if reporter is not None:
                return self._by("reporter-over-reported", reporter)
            if pick.base not in self.vocab.not_alone or self._adjacent_before(pick, open_at) or self._reports_that(pick):
                return self._by("before-in-sentence", pick)
        # later in the same sentence, as its closing aside: '"..." working in prisons, she said.'
        for clause in following:
            if self._closing_aside(clause) and not self._introduces_next(clause, close) and clause.base not in self.vocab.not_alone:
                if first.kind == "fragment" and self._stop_then_quotation(close, clause):
                    # 'cut her rating to "neutral" from "buy." "...," she wrote': the writer's term ends
                    # its sentence; the clause after the next quotation is that quotation's
                    return self._by("guard-fragment-sentence-end", None)
                if first.kind != "fragment" and self._long_tail_after_comma(open_at, close, clause):
                    return self._by("guard-tail-before-aside", None)
                return self._by("closing-aside", clause)
        # '"...," Kurinji Selvaraj, a research analyst at ... told CBS News': a name right after
        # the close that a speech verb later in the sentence leaves without its second comma
        found = self._name_after_close(close, sentence_end) if inside is None and not new_sentence else None
        if found is not None:
            return self._by("name-after-close", found)
        # 'Buckley, who phoned in from the set, had a similar experience: "..."': the sentence's subject
        found = self._colon_subject(open_at) if inside is None else None
        if found is not None:
            return found  # (_colon_subject names its rule)
        found = self._attribution_paragraph_after(close) if inside is None else None
        if found is not None:
            return self._by("attribution-paragraph-after", found)
        found = self._in_words_of(open_at) if inside is None else None
        if found is not None:
            return self._by("in-words-of", found)
        found = self._fronted_naming_subject(open_at, close) if inside is None else None
        if found is not None:
            return self._by("fronted-naming-participle", found)
        # "He said:" closing the paragraph before a quote that opens its own
        para = at.paragraph_at(open_at)
        if para > 0 and at.paragraphs[para][0] == open_at and inside is None:
            prev_lo, prev_hi = at.paragraphs[para - 1]
            if self.text[prev_hi - 1 : prev_hi] == ":":
                s_start = self._sentence_start(prev_hi - 1)
                # (not "After Jones told him the news, Smith was blunt:": the lead-in's speaker)
                found = [c for c in self._clauses_between(s_start, prev_hi, None)
                         if not self._in_subordinate_lead_in(c, s_start, prev_hi - 1)]
                if found:
                    return self._by("colon-paragraph-before", found[-1])
        return self._by(None, None)

    def _possessive_term(self, quote) -> bool:
        """A scare-quoted word or two in the possessive ("whistleblower's", "experts'") with a
        lower-case word right after the closing mark: a term inside a noun phrase."""
        words = self.text[quote.start : quote.end].strip().rstrip(",.")
        if not words or len(words.split()) > 2 or not re.search(r"\w(?:['’]s|s['’])$", words):
            return False
        close = quote.close_at if quote.close_at is not None else quote.end
        after = self.text[close + 1 : close + 3]
        return len(after) == 2 and after[0] == " " and after[1].islower()

    def _owned_by_another(self, clause: Clause, open_at: int) -> bool:
        """'John Smith responded to Ann Lee's claim that "..."', 'rejected the accusation that "..."':
        between the clause's verb and the quotation, a noun of words said (claim, accusation,
        description) owned by another name, or turned down or answered by the clause: the words
        are that claim's, not the clause speaker's ("his claim that ..." stays his)."""
        tokens = self.tokens
        end = bisect.bisect_left(self.at.token_starts, open_at)
        if end - clause.verb > self.settings.deciding_object_tokens:
            return False
        for m in range(clause.verb + 1, end):
            if tokens[m].norm not in self.vocab.claim_nouns or m == 0:
                continue
            prev = tokens[m - 1]
            # what the claim says follows it: "that ..." ("description of the vote as ...": an owner's)
            content = {tokens[j].norm for j in range(m + 1, end)}
            if prev.possessive and not prev.cap:
                continue  # "his claim", "their description": the subject's own
            if prev.possessive and content & {"that", "as"}:
                run = self._runs.get(m - 1)
                owner = self._speaker_of_run(run, prev.start) if run is not None else None
                if owner is None or clause.speaker is None or owner.key != clause.speaker.key:
                    return True
            elif prev.norm in _DETERMINERS and "that" in content and tokens[m + 1].norm == "that" \
                    and (clause.base in self.vocab.deciding or clause.base in _ANSWERING):
                return True  # (not 'rejected these accusations as "patently false"': its own words)
        return False

    def _stop_then_quotation(self, close: int, clause: Clause) -> bool:
        """Whether the quotation closing at close ends on a full stop, "!" or "?" inside its mark and
        another quotation opens before the clause."""
        if close < 1 or self.text[close - 1] not in ".!?":
            return False
        k = bisect.bisect_left(self.at.token_starts, close + 1)
        return any(self._quote_of_token[m] >= 0 for m in range(k, min(clause.first, clause.verb)))

    def _closes_sentence(self, close: int) -> bool:
        """Whether the quotation closing at close ends its sentence, as the text model splits the
        sentences: on a full stop, "!" or "?" right inside or right after the closing mark
        ('"replacement." As', '"total loss".'), not an abbreviation's ('"Inc." said') nor a stop
        that a lower-case word continues."""
        s = self.at.sentence_at(close)
        if s < 0:
            return False
        end = self.at.sentences[s].end
        stop = close - 1 if end == close + 1 else close + 1 if end == close + 2 else -1
        return stop >= 0 and self.text[stop] in ".!?…"

    def _asks_to(self, clause: Clause) -> bool:
        """'Diallo had asked to leave', 'she asked to be moved': a request, an infinitive after the
        verb, not words the clause reports (an "asked" clause goes on only with its question)."""
        v = clause.verb
        return clause.base in self.vocab.asking and v + 1 < len(self.tokens) and self.tokens[v + 1].norm == "to" \
            and self.tokens[v + 1].gap in _SPACE and not clause.inverted

    def _by(self, rule: str | None, clause: Clause | None) -> Clause | None:
        """Return clause, noting the rule that chose it (or, with no clause, the guard that refused
        one) for the quote's provenance (Attribution.speaker_rules)."""
        self._rule = rule if clause is not None or rule is None or rule.startswith("guard-") else None
        return clause

    def _in_words_of(self, open_at: int) -> Clause | None:
        """'In Dr. Shadlen's words, "..."', 'In the words of Ann Lee: "..."', 'In his words, "..."':
        a sentence that opens so, right before the quotation, gives whose words they are."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(open_at))
        end = bisect.bisect_left(self.at.token_starts, open_at)  # the tokens before the opening mark
        if end - k < 3 or end - k > 9 or tokens[k].norm != "in" or not any(c in self.text[tokens[end - 1].end : open_at] for c in ",:"):
            return None
        words = [t.norm for t in tokens[k:end]]
        if words[1] in ("his", "her") and words[2:] == ["words"]:
            clause = Clause(k + 1, k + 1, k + 1, "say", lead=k + 1, how="pronoun")
            clause.speaker = self._resolve_pronoun("he" if words[1] == "his" else "she", tokens[k + 1].start, clause)
            return clause if clause.speaker is not None else None
        if words[-1] == "words" and tokens[end - 2].possessive:
            run = self._runs.get(end - 2)
        elif words[1:4] == ["the", "words", "of"]:
            run = self._runs.get(end - 1)
            if run is not None and run.first != k + 4 and (run.run_first if run.run_first >= 0 else run.first) != k + 4:
                return None
        else:
            return None
        if run is None or run.kind not in ("person", "single", "institution"):
            return None
        clause = Clause(run.last, run.first, run.last, "say", lead=run.first)
        clause.speaker = self._speaker_of_run(run, tokens[run.first].start)
        return clause if clause.speaker is not None else None

    def _as_aside(self, close: int, clause: Clause) -> bool:
        """'"...," as Ivan Espinosa put it,' / '"...," as Smith said.': "as" right after the close,
        then the clause's subject and its verb (with "it"), the aside ending there."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, close + 1)
        if k >= len(tokens) or tokens[k].norm != "as" or clause.inverted or clause.first != k + 1 or clause.verb <= clause.last:
            return False
        if any(c.isalnum() for c in self.text[close + 1 : tokens[k].start]) or clause.verb - clause.last > 1:
            return False
        end = clause.verb + 1
        if end < len(tokens) and tokens[end].norm == "it" and tokens[end].gap in _SPACE:
            end += 1
        return end >= len(tokens) or any(c in tokens[end].gap for c in ",.;:!?)—–\n")

    def _between_dashes(self, clause: Clause, s_start: int, open_at: int) -> bool:
        """Whether the clause sits in a dash-set aside ("— where X said ... —") that closes before open_at."""
        before = self.text[s_start : self.tokens[min(clause.first, clause.verb)].start]
        after = self.text[self.tokens[max(clause.last, clause.verb)].end : open_at]
        return any(d in before and d in after for d in _DASHES)

    def _attribution_paragraph_after(self, close: int) -> Clause | None:
        """'"...dead." / Roesler said.': a quotation closing its paragraph, and a next paragraph
        that is nothing but an attribution (a text that sets each sentence apart breaks the
        sentence so): that clause."""
        at = self.at
        para = at.paragraph_at(close)
        if para < 0 or para + 1 >= len(at.paragraphs):
            return None
        if self.text[close + 1 : at.paragraphs[para][1]].strip(" \"”'’.,"):
            return None  # words after the close in its own paragraph
        lo, hi = at.paragraphs[para + 1]
        body = self.text[lo:hi].strip()
        if not body.endswith(".") or len(body.split()) > self.settings.attribution_paragraph_words or body[0] in "\"“”'‘’":
            return None
        found = self._clauses_between(lo, hi, None)
        if len(found) != 1 or found[0].speaker is None or found[0].base in self.vocab.not_alone:
            return None
        clause = found[0]
        first = min(self.tokens[clause.first].start, self.tokens[clause.verb].start)
        if self.text[lo:first].strip():
            return None  # the clause must open the paragraph: "Roesler said.", "said Roesler."
        end = max(self.tokens[clause.last].end, self.tokens[clause.verb].end)
        rest = self.text[end:hi].strip().rstrip(".").strip()
        if rest and not rest.startswith(",") and rest.split()[0].lower() not in self.vocab.when_where:
            return None  # "Roesler said the site logs hits.": what was said, no attribution alone
        return clause

    def _in_subordinate_lead_in(self, clause: Clause, s_start: int, open_at: int) -> bool:
        """'After Jones told him the news, John Smith was blunt: "..."': a clause inside a
        subordinate clause opening the sentence ("After", "When", "Although" ... up to its comma),
        with the main clause's words between that comma and the quotation, is not who speaks it."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, s_start)
        if k >= len(tokens) or tokens[k].norm not in _SUBORDINATORS or clause.first <= k and clause.verb <= k:
            return False
        first = min(clause.first, clause.verb, clause.lead if clause.lead >= 0 else clause.first)
        reach = self.settings.lead_in_clause_tokens  # a lead-in is short: the walks stay bounded
        if first - k > reach or any("," in tokens[m].gap for m in range(k + 1, first + 1)):
            return False  # the lead-in ended before the clause: 'While ..., an official said that ...'
        end = bisect.bisect_left(self.at.token_starts, open_at)
        after = max(clause.last, clause.verb) + 1
        comma = next((m for m in range(after, min(end, after + reach)) if "," in tokens[m].gap), None)
        return comma is not None and end - comma >= 2  # (a subject and a verb of the main clause at least)

    def _reported_inside_lead_in(self, clause: Clause, s_start: int, open_at: int, close: int) -> bool:
        """'When Ann Lee said the plan was "a disgrace", Tom Hale walked out': the quotation lies
        inside a subordinate clause opening the sentence (English), whose speech verb with its
        subject stands before it with no comma between, and the lead-in's comma comes right after
        the close: the clause after that comma is the main clause's, about something else."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, s_start)
        if self.language not in (None, "en") or k >= len(tokens) or tokens[k].norm not in _SUBORDINATORS \
                or clause.base not in _STRONG or clause.inverted or not k < clause.first < clause.verb:
            return False
        end = bisect.bisect_left(self.at.token_starts, open_at)
        if end - k > self.settings.lead_in_clause_tokens or any("," in tokens[m].gap for m in range(k + 1, end)):
            return False
        after = bisect.bisect_left(self.at.token_starts, close)
        return after < len(tokens) and "," in self.text[close : tokens[after].start]

    def _named_by_after(self, open_at: int, close: int) -> Clause | None:
        """'has been labeled "suspicious" by James Steele': a naming verb in the passive right
        before the fragment ("labeled", "called", "described as") and "by" and a name right after
        its close: that one named it so."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, open_at) - 1
        if k > 0 and tokens[k].norm == "as" and tokens[k].gap in _SPACE:
            k -= 1  # "described as"
        if k < 0 or any(c.isalnum() for c in self.text[tokens[k].end : open_at].replace(" as ", " ")) \
                or not tokens[k].norm.endswith("ed") or self.vocab.verbs.get(tokens[k].norm) not in self.vocab.naming:
            return None
        b = bisect.bisect_left(self.at.token_starts, close + 1)
        if b + 1 >= len(tokens) or tokens[b].norm != "by" or self.text[close + 1 : tokens[b].start].strip(" ,.\"”’'"):
            return None
        run = self._run_starting(b + 1)
        if run is None or run.kind == "place" or (run.run_first if run.run_first >= 0 else run.first) != b + 1:
            return None
        clause = Clause(k, run.first, run.last, self.vocab.verbs[tokens[k].norm], lead=b + 1)
        clause.speaker = self._speaker_of_run(run, tokens[run.first].start)
        return clause if clause.speaker is not None else None

    def _antecedent_speaks(self, lo: int, open_at: int) -> Clause | None:
        """'Smith, who described the plan as "reckless," left': the aside at lo opens with "who"
        right after a person's name, and a verb of saying or naming stands in it before the
        quotation: the person speaks the words."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, lo)
        if k <= 0 or k >= len(tokens) or tokens[k].norm != "who":
            return None
        run = self._runs.get(k - 1)
        if run is None or run.kind not in ("person", "single") or tokens[k - 1].possessive or self._quote_of_token[run.first] >= 0:
            return None
        end = bisect.bisect_left(self.at.token_starts, open_at)
        for v in range(k + 1, min(end, k + 1 + self.settings.subject_tokens)):
            base = self.vocab.verbs.get(tokens[v].norm)
            if base is not None and (base in _STRONG or base in self.vocab.naming):
                clause = Clause(v, run.first, run.last, base, lead=run.run_first if run.run_first >= 0 else run.first)
                clause.speaker = self._speaker_of_run(run, tokens[run.first].start)
                return clause if clause.speaker is not None else None
        return None

    def _reduced_relative(self, clause: Clause) -> bool:
        """"the letter Mike wrote was ...": a clause inside a noun phrase, its "that" left out; what
        the sentence goes on to say is not what the clause's speaker said."""
        tokens = self.tokens
        first = clause.lead if clause.lead >= 0 else clause.first
        v = clause.verb
        if clause.inverted or first < 2 or v <= first or v + 1 >= len(tokens):
            return False
        noun, det = tokens[first - 1], tokens[first - 2]
        return tokens[first].cap and not noun.cap and noun.norm not in _FUNCTION and noun.norm not in self.vocab.verbs \
            and det.norm in _DETERMINERS and noun.gap in _SPACE and tokens[first].gap in _SPACE \
            and tokens[v + 1].gap in _SPACE and tokens[v + 1].norm in _BE | {"had", "has", "have"}

    def _relative_aside(self, open_at: int, close: int) -> tuple[int, int] | None:
        """The non-restrictive relative clause (", whose ... ," / ", which ... ,") a quoted
        fragment sits in, as (start, end) offsets; None when the fragment is in no such aside."""
        tokens = self.tokens
        s_start = self._sentence_start(open_at)
        k = bisect.bisect_left(self.at.token_starts, open_at) - 1
        floor = k - self.settings.aside_tokens  # an aside is short: the walks stay bounded
        while k >= 0 and k > floor and tokens[k].start >= s_start:
            if "," in tokens[k].gap or any(c in tokens[k].gap for c in ";:()—–"):
                if tokens[k].norm in ("who", "whose", "which") and "," in tokens[k].gap:
                    break
                return None  # an aside that closed before the fragment, or none
            k -= 1
        else:
            return None
        end = self._sentence_end(close)
        m = bisect.bisect_left(self.at.token_starts, close + 1)
        ceiling = m + self.settings.aside_tokens
        while m < len(tokens) and m < ceiling and tokens[m].start < end:
            if "," in tokens[m].gap:
                return tokens[k].start, tokens[m].start
            m += 1
        return None  # the relative clause runs to the end of the sentence: the speaker may be outside

    def _unresolved_right_before(self, open_at: int) -> bool:
        """An unresolved clause (_unresolved) stands right before the quote ('that he said,
        "...'): the words are that speaker's."""
        v = bisect.bisect_left(self.at.token_starts, open_at)
        k = bisect.bisect_left(self._clause_verbs, v) - 1
        return k >= 0 and _unresolved(self.clauses[k]) and self._adjacent_before(self.clauses[k], open_at)

    def _unresolved_right_after(self, close: int) -> bool:
        """An unresolved clause (_unresolved) stands right after the quote ('," she told her
        father'): the words are that speaker's, not the last speaker's before them."""
        v = bisect.bisect_left(self.at.token_starts, close)
        k = bisect.bisect_left(self._clause_verbs, v)
        return k < len(self.clauses) and _unresolved(self.clauses[k]) and self._adjacent(close + 1, self.clauses[k])

    def _unowned_participle_between(self, pick: Clause, open_k: int) -> bool:
        """A speech verb's participle between the clause picked and the quote, whose subject is
        another clause's ('Lee indicated he acted when the group began throwing stones while
        shouting they "were going to kill them"'): the words are that subject's, not the clause's."""
        tokens = self.tokens
        verbs = {c.verb for c in self.clauses}
        for m in range(pick.verb + 1, min(open_k, len(tokens))):
            if not tokens[m].norm.endswith("ing") or tokens[m].norm not in self.vocab.verbs or m in verbs:
                continue
            if tokens[m].gap in _SPACE and self._new_subject_between(pick.verb, m):
                return True  # (not 'issued a statement warning that "...": the statement's words)
            if tokens[m].gap.strip() == "," and self._coordinated_subject(pick.verb, m) is False:
                return True  # 'X said police asked him out, but the driver refused, saying he "...": the driver's
        return False

    def _speech_verb_right_after(self, close: int) -> tuple[bool, Clause | None]:
        """A strong speech verb a few words after the close, in the same sentence ('," a man's
        voice says', '" in the FLDS community, Hoole told TIME'): the words have an attribution of
        their own, so they are not the previous speaker's. (whether there is one, its clause of
        the narration when it names someone)."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, close + 1)
        if k >= len(tokens):
            return False, None
        between = self.text[close + 1 : tokens[k].start]
        if between.strip(" \u00a0\n\"”’'")[:1] not in ("", ","):
            return False, None  # '"Hello Doctor".': the sentence ends with the quotation
        if tokens[k].cap and "," not in between and "," not in self.text[close - 1 : close] and tokens[k].text != "I":
            return False, None  # '..." He declined to say', '..." When his editors would ask': a new sentence ('?" I demanded' is no new one)
        reach = self.settings.verb_after_close_tokens
        if "\n" in between:
            if self.text[close - 1 : close] != ",":
                return False, None  # the next paragraph is a sentence of its own
            reach = 2  # '...inside,'"  // Pearce said': the sentence runs on over a lost break
        for m in range(k, min(len(tokens), k + reach)):
            if m > k and any(c in tokens[m].gap for c in ".!?;:\n\"“”") or m > k and "," in tokens[m].gap and "\n" in between:
                return False, None
            if self.vocab.after_quote.get(tokens[m].norm) in _STRONG:
                i = bisect.bisect_left(self._clause_verbs, m)
                own = self.clauses[i] if i < len(self.clauses) and self.clauses[i].verb == m else None
                if own is not None and (own.speaker is None or own.inside is not None):
                    own = None
                return True, own
        return False, None

    def _colon_relays_another(self, open_at: int) -> bool:
        """A quotation right after a colon whose sentence hands on words that are not its subject's:
        'quoted Abraham Lincoln:', 'pointed to a line in the report:', 'read a letter from her son:',
        'recalled his father's words:' (a quoting verb, an impersonal document or a document from
        someone right before the colon, a noun of words said owned by someone else)."""
        before = self.text[max(0, open_at - 4) : open_at].rstrip()
        if not before.endswith(":"):
            return False
        tokens, vocab = self.tokens, self.vocab
        colon = self.text.rfind(":", 0, open_at)
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(colon))
        end = bisect.bisect_left(self.at.token_starts, colon)  # the tokens before the colon
        if end <= k or end - k > self.settings.placement_sentence_tokens:
            return False
        for m in range(k + 1, end):
            norm = tokens[m].norm
            if norm in _DOCUMENT_PARTS and tokens[m - 1].norm in _DETERMINERS:
                return True  # "pointed to a line in the report:" (not "her perspective on these findings:")
            if norm in vocab.foreign_words_nouns and not tokens[m].initial and any(
                    tokens[x].cap for x in range(m + 1, min(end, m + 4))):
                return True  # "напомнила слова самого Лаврова, сказанные ...:", "erinnerte an die Worte von Trainer X:"
            if (norm in _RELAYING or norm in vocab.foreign_quoting) and m + 1 < end and not self._in_relative_aside(k, m):
                return True  # "quoted Abraham Lincoln:", "citing the report:", "ha citato il suo predecessore, che ...:"
            if norm in vocab.document_nouns and m + 1 < end and tokens[m + 1].norm == "from":
                return True  # "read a letter from her son:"
            if norm in vocab.claim_nouns and m == end - 1 and tokens[m - 1].possessive \
                    and tokens[m - 1].norm not in _POSSESSIVE_PRONOUNS and m - 1 > k:
                return True  # "recalled his father's words:" (not "His exact words:")
        return self._reported_speech_before_colon(k, end)

    def _reported_speech_before_colon(self, k: int, end: int) -> bool:
        """'ha ricordato che la madre di Brambati le aveva detto:', 'напомнил, что бухгалтер Сергей
        Никонов предупреждал:': a clause of reported speech (a complementizer of another language,
        a subject of its own that is no pronoun, then a speech verb) right before the colon hands on
        another's words, not the sentence's subject's ("erklärte, dass er gesagt habe:" may be his own)."""
        tokens, vocab = self.tokens, self.vocab
        for m in range(k + 1, end - 2):
            if tokens[m].norm in vocab.foreign_verbs and "," in tokens[m + 1].gap and tokens[m + 1].cap \
                    and self._run_starting(m + 1) is not None and self._run_starting(m + 1).kind in ("person", "single"):
                return True  # "Reiter ergänzte, Brandl habe ihm geraten:": reported speech with no complementizer
            if tokens[m].text.casefold() not in vocab.foreign_complementizers or self._romance_relative(m):
                continue  # (", che ha chiesto di restare anonimo,": a relative pronoun, no one's words reported)
            first = m + 1
            if tokens[first].norm in vocab.foreign_pronouns or tokens[first].norm in _PRONOUNS:
                continue
            for n in range(first + 1, end):
                if not tokens[n].cap and (tokens[n].norm in vocab.foreign_verbs or tokens[n].norm in vocab.verbs) \
                        and any(tokens[x].cap or tokens[x].norm in vocab.foreign_articles or self._bare_noun_subject(x)
                                for x in range(first, n)):
                    return True
        return False

    def _bare_noun_subject(self, x: int) -> bool:
        """A lower-case word of a language without articles that may be a clause's subject ("že mu
        asistent radil"): a word of four letters or more that is no verb nor auxiliary (precision
        first: a subject-dropped "que le había dicho" may be another's words too)."""
        tok = self.tokens[x]
        return len(tok.norm) >= 4 and tok.norm.isalpha() and tok.norm not in self.vocab.verbs \
            and tok.norm not in self.vocab.foreign_verbs and tok.norm not in self.vocab.foreign_auxiliaries

    def _colon_subject(self, open_at: int) -> Clause | None:
        """A quotation right after a colon: the person whose name opens that sentence."""
        before = self.text[max(0, open_at - 4) : open_at].rstrip()
        if not before.endswith(":"):
            return None
        colon = self.text.rfind(":", 0, open_at)
        words = self._words_introduced(bisect.bisect_left(self.at.token_starts, self._sentence_start(colon)), colon)
        if words is not None:
            return self._by("colon-words-introduced", words)
        opener = self._sentence_opener_speaks(open_at)
        if opener is not None and not self._foreign_object_name(colon, opener):
            return self._by("colon-sentence-opener", opener)
        named = self._name_before_colon(colon)
        if named is not None and self._foreign_object_name(colon, named):
            named = None  # ("Le préfet a félicité Jean-Paul Ducret :": whom he praised, not who speaks; foreign.py)
        if named is None:
            # "Prezes ... Marek Cieślak odrzuca jednak te podejrzenia:": another language's subject (foreign.py)
            foreign = self._foreign_colon_subject(colon)
            if foreign is not None:
                return self._by("colon-foreign-subject", foreign)
        return self._by("colon-name-before", named)

    def _name_before_colon(self, colon: int) -> Clause | None:
        """'such as the prophetic Dr Azm Al Homoud:' then the quotation: a full personal name
        right before the colon, with no speech verb in its sentence, introduces the words."""
        tokens = self.tokens
        end = bisect.bisect_left(self.at.token_starts, colon)
        run = self._runs.get(end - 1)
        if run is None or run.kind != "person" or run.last == run.first or self._quote_of_token[run.first] >= 0 \
                or self.text[tokens[run.last].end : colon].strip():
            return None
        start = bisect.bisect_left(self.at.token_starts, self._sentence_start(colon))
        if any(tokens[m].norm in _BE or tokens[m].norm in ("and", "or") for m in range(start, run.first)):
            return None  # "The victims were Ann Lee and John Smith:": names listed, not a speaker introduced
        if self._clauses_between(self._sentence_start(colon), colon, None) or any(tokens[m].norm in self.vocab.verbs for m in range(start, run.first)):
            return None  # 'adds that Tucker will not cast a shadow over new Time Lord:': a speaker of its own
        clause = Clause(run.last, run.first, run.last, "say", lead=run.first)
        clause.speaker = self._speaker_of_run(run, tokens[run.first].start)
        return clause if clause.speaker is not None else None

    def _sentence_opener_speaks(self, open_at: int) -> Clause | None:
        """The person whose name opens the sentence of a colon right before the quotation, or
        follows a short lead-in set off by a comma ('Asked about the vote, Mayor John Smith was
        blunt:')."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(open_at))
        if k >= len(tokens) or tokens[k].start >= open_at:
            return None
        ended = [q.close_at for q in self.at.quotes if q.close_at is not None and tokens[k].start < q.close_at < open_at
                 and self.text[q.close_at - 1 : q.close_at] in ".!?"]
        if ended:
            # 'Lanz hatte gesagt: „… Zuhause.“ Ihr Sohn, der Musiker Felix Lanz, sagte:': a quotation ending
            # with its full stop ended the sentence; the colon's sentence opens after it
            k = bisect.bisect_left(self.at.token_starts, max(ended) + 1)
            if k >= len(tokens) or tokens[k].start >= open_at:
                return None
        end = bisect.bisect_left(self.at.token_starts, open_at)
        opening = self._run_starting(k)
        if opening is None or (opening.run_first if opening.run_first >= 0 else opening.first) != k or tokens[k].norm in _SUBORDINATORS:
            lead_in = next((m for m in range(k + 1, min(end, k + self.settings.placement_lead_in_tokens))
                            if "," in tokens[m].gap), None)
            # (not 'After Jones said he would resign, ...': someone else spoke there; "Asked about it,"
            # opening the sentence is said of its subject)
            passive = 1 if tokens[k].norm.endswith("ed") else 0
            if lead_in is not None and (tokens[k].norm in _SUBORDINATORS or not any(
                    self.vocab.verbs.get(tokens[m].norm) in _STRONG for m in range(k + passive, lead_in))):
                k = lead_in  # ('After Jones told him the news, Smith was blunt:': Smith, the main clause's subject)
            elif tokens[k].norm in _SUBORDINATORS:
                return None
        run = self._run_starting(k)
        if run is None or run.kind not in ("person", "single") or (run.run_first if run.run_first >= 0 else run.first) != k:
            return None
        if run.kind == "single" and run.first == run.last and tokens[run.first].norm not in self.vocab.title_words \
                and not self._written_inside_a_sentence(tokens[run.first].norm):
            return None  # "Consultada sobre esto, una fuente ...:": a word opening its sentence, no name the text uses
        if run.kind == "single" and tokens[run.first].norm in self.vocab.title_words:
            titled = self._person_after_title(run)  # "Secretary of State Condoleezza Rice ...:"
            if titled is None:
                return None
            run = self._runs[titled[1]]
        if self._subject_changes(run.last + 1, end) or self._left_to_wonder(end):
            return None
        clause = Clause(run.last, run.first, run.last, "say", lead=k)
        clause.speaker = self._speaker_of_run(run, tokens[run.first].start)
        return clause if clause.speaker is not None else None

    def _subject_changes(self, lo: int, end: int) -> bool:
        """Whether a coordinated clause with a subject of its own opens among tokens lo..end (the
        colon's): ', and the board will be left to wonder:' after 'Vera Lind has a new deal': the
        colon ends that clause, so the words after it are its subject's or no one's, never the
        first clause's subject's. A conjunction followed by a verb ("..., and told reporters:"), a
        pronoun, or no finite verb after it ("Tom Rell, and Ann Lee:") keeps the one subject."""
        tokens, vocab = self.tokens, self.vocab
        if end - lo > self.settings.placement_sentence_tokens:
            return False  # (a sentence this long is read no further: one pass per quotation stays short)
        for m in range(lo, end):
            tok = tokens[m]
            if ";" in tok.gap:
                opens = m
            elif tok.norm in _COORDINATORS and "," in tok.gap and m + 1 < end:
                opens = m + 1
            else:
                continue
            if tokens[opens].norm in vocab.verbs or tokens[opens].norm in _FINITE or tokens[opens].norm in _PRONOUNS \
                    or self._quote_of_token[opens] >= 0:
                continue  # "..., and told reporters:", "..., and will say:", "..., and he was blunt:" (the pronoun rules')
            if any(tokens[x].norm in _FINITE for x in range(opens + 1, end)):
                return True
        return False

    def _left_to_wonder(self, end: int) -> bool:
        """'the board was left to wonder:', '... left asking:': a question the writer puts in the
        mouth of someone left with it, the writer's own words (no speaker)."""
        tokens = self.tokens
        for m in range(max(0, end - 4), end - 1):
            if tokens[m].norm != "left":
                continue
            nxt = m + 2 if tokens[m + 1].norm == "to" and m + 2 < end else m + 1
            if self.vocab.verbs.get(tokens[nxt].norm) in self.vocab.asking:
                return True
        return False

    def _reported_before_according(self, preceding: list[Clause], following: list[Clause], open_at: int,
                                   close: int) -> Clause | None:
        """'Mercer told officers he "never meant to hurt anyone," according to the police report':
        words a person's speech verb reports earlier in the sentence, with "according to" a
        document or a body right after the close, are that person's; the source after them tells
        where the report comes from, not who spoke (the person's clause, else None)."""
        if not following or not preceding or following[0].base != "according" or not self._adjacent(close + 1, following[0]):
            return None
        said = preceding[-1]
        if said.base not in _STRONG or said.inside is not None or said.speaker is None or said.speaker.kind != "person" \
                or self._break_between(said, open_at):
            return None
        return said

    def _quoting_after(self, clause: Clause, sentence_end: int) -> Clause | None:
        """'," Ann Lee wrote, quoting Tom Rell.': a participle of quoting ("quoting", not "citing":
        one cites a source for one's own words) after a comma in the clause's sentence hands the
        words on from its object: a clause of the person named right after it; one with no speaker
        when its object is no person's name ("quoting a line from the report"). None without one."""
        tokens = self.tokens
        end = bisect.bisect_left(self.at.token_starts, sentence_end)
        k = next((m for m in range(max(clause.verb, clause.last) + 1, min(end, len(tokens)))
                  if tokens[m].norm == "quoting" and "," in tokens[m].gap), None)
        if k is None or k + 1 >= len(tokens):
            return None
        run = self._run_starting(k + 1)
        if run is None or run.kind != "person" or (run.run_first if run.run_first >= 0 else run.first) != k + 1 \
                or tokens[run.last].possessive:
            return Clause(k, k, k, "quote", lead=k)
        found = Clause(k, run.first, run.last, "say", lead=k + 1)
        found.speaker = self._speaker_of_run(run, tokens[run.first].start)
        return found

    def _relaying_participle(self, open_at: int, fragment: bool) -> Clause | None:
        """A sentence opened by a participle that hands on someone else's words ("Recalling his
        father's words, Tom Reed told the crowd: "..."", "Quoting Lincoln, ..."), up to its comma,
        before the quotation: a clause of the owner when a person's name owns the words ("Recalling
        Ann Lee's words"), a clause with no speaker otherwise (the words are no one's we can tell);
        None when no such participle opens the sentence, or "recalling" has no words for object
        ("Recalling the flood, Tom Reed said": his own), or "quoting"/"citing" has none and the
        words are a fragment of the main clause's own report ("Citing the report, Reed said the town
        was "in real danger"")."""
        tokens, vocab = self.tokens, self.vocab
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(open_at))
        open_k = bisect.bisect_left(self.at.token_starts, open_at)
        if k >= open_k or tokens[k].norm not in vocab.relaying_participles:
            return None
        comma = next((m for m in range(k + 1, min(open_k, k + self.settings.subject_tokens)) if "," in tokens[m].gap), None)
        if comma is None:
            return None
        words = next((m for m in range(k + 1, comma) if tokens[m].norm in vocab.recalled_word_nouns), None)
        if words is None and (tokens[k].norm not in _RELAYING or fragment):
            return None
        return self._relayed_owner_clause(k, words)

    def _relaying_aside(self, close: int | None) -> Clause | None:
        """'"...," LaRue, recalling Magruder's words, told the paper.': the aside after the subject
        that follows the quotation, a relaying participle with words a person's name owns ("recalling
        Magruder's words", "quoting his father's advice"): the owner's words, as when the participle
        opens the sentence (_relaying_participle); a clause of no speaker when no person owns them.
        None when no such aside follows the quotation's close (at offset close) right after its subject."""
        tokens, vocab = self.tokens, self.vocab
        if close is None:
            return None
        after = bisect.bisect_left(self.at.token_starts, close + 1)
        end = min(len(tokens), after + self.settings.subject_tokens)
        k = next((m for m in range(after + 1, end) if tokens[m].norm in vocab.relaying_participles), None)
        if k is None or tokens[k].gap.strip() != "," or any(c in tokens[m].gap for m in range(after + 1, k) for c in ",.;:!?"):
            return None  # (the participle right after the subject's comma: '," LaRue, recalling')
        comma = next((m for m in range(k + 1, min(len(tokens), k + self.settings.subject_tokens)) if "," in tokens[m].gap), None)
        if comma is None:
            return None
        words = next((m for m in range(k + 1, comma) if tokens[m].norm in vocab.recalled_word_nouns), None)
        if words is None:
            return None  # "Lee, recalling the flood, said": her own words
        return self._relayed_owner_clause(k, words)

    def _tells_inside(self, quote) -> bool:
        """Whether a quotation holds a clause of speech of its own ('"He said, \'That's Liddy,\'"
        LaRue, recalling Magruder's words, told'): the teller's words, who hands the other's on inside them."""
        lo = bisect.bisect_left(self.at.token_starts, quote.start)
        hi = bisect.bisect_left(self.at.token_starts, quote.end)
        return any(c.inside is not None and c.base in _STRONG
                   for c in self.clauses[bisect.bisect_left(self._clause_verbs, lo) : bisect.bisect_left(self._clause_verbs, hi)])

    def _relayed_owner_clause(self, k: int, words: int | None) -> Clause:
        """The clause of the one whose words a relaying participle at token k hands on: the person
        whose name owns the words' noun at token words ("Ann Lee's words"), else a clause of no speaker."""
        tokens = self.tokens
        clause = Clause(k, k, k, "quote", lead=k)
        owner = words - 1 if words is not None else None
        if owner is not None and owner > k and tokens[owner].possessive:
            run = self._runs.get(owner)
            first = max(run.first, k + 1) if run is not None else k  # (the participle's capital joins no name)
            if run is not None and run.kind == "person" and first <= run.last and self._quote_of_token[first] < 0:
                clause = Clause(k, first, run.last, "say", lead=first)
                if first > run.first:  # the people index holds the run with the participle: the name alone
                    name = self.text[tokens[first].start : tokens[run.last].end].removesuffix("'s").removesuffix("’s")
                    clause.speaker = Speaker(name, "person", name_key(name)) if first < run.last else None
                else:
                    clause.speaker = self._speaker_of_run(run, tokens[first].start)
        return clause

    def _fronted_naming_subject(self, open_at: int, close: int) -> Clause | None:
        """'Calling them "really powerful", Lee showed how ...': words inside a participle of
        naming that opens its sentence ("Calling", "Describing ... as", "Dubbing") are the main
        clause's subject's: the person named, or the "he"/"she", right after the participle's
        comma, with a lower-case verb after the name. Nobody when the subject is no person's name
        or pronoun ('Calling it "a game changer", the report said': a clause of its own credits)."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(open_at))
        open_k = bisect.bisect_left(self.at.token_starts, open_at)
        if k >= open_k or not tokens[k].norm.endswith("ing") or self.vocab.verbs.get(tokens[k].norm) not in self.vocab.naming:
            return None
        if open_k - k > self.settings.subject_tokens or any(tokens[m].gap.strip() for m in range(k + 1, open_k)):
            return None  # only the participle's object before the words: no comma, no other mark
        after = bisect.bisect_left(self.at.token_starts, close + 1)
        if after + 1 >= len(tokens) or "," not in self.text[close - 1 : tokens[after].start] \
                or any(c in self.text[close + 1 : tokens[after].start] for c in ".!?"):
            return None
        if tokens[after].norm in ("he", "she"):
            verb = after + 1
            clause = Clause(verb, after, after, "say", lead=after, how="pronoun")
            clause.speaker = self._resolve_pronoun(tokens[after].norm, tokens[after].start, clause)
        else:
            run = self._run_starting(after)
            if run is None or run.kind not in ("person", "single") or (run.run_first if run.run_first >= 0 else run.first) != after \
                    or tokens[run.last].possessive:
                return None
            verb = run.last + 1
            clause = Clause(verb, run.first, run.last, "say", lead=after)
            clause.speaker = self._speaker_of_run(run, tokens[run.first].start)
        if verb >= len(tokens) or tokens[verb].cap or tokens[verb].gap not in _SPACE or not tokens[verb].norm.isalpha() \
                or tokens[verb].norm in _FUNCTION:
            return None  # ("Calling it "x", Lee and Cole ...": no verb right after the name)
        return clause if clause.speaker is not None and clause.speaker.kind == "person" else None

    def _words_introduced(self, k: int, colon: int) -> Clause | None:
        """'His exact words: "..."', 'Henry's statement: "..."': a sentence of only an owner and
        a noun of what was said, its colon right before the quotation; the owner speaks."""
        tokens = self.tokens
        end = bisect.bisect_left(self.at.token_starts, colon)  # the sentence's tokens before the colon
        if k >= len(tokens) or end - k > 6 or end <= k + 1 or tokens[end - 1].norm not in self.vocab.said_nouns:
            return None
        if any(tokens[m].cap for m in range(k + 1, end)) and tokens[k].norm in ("his", "her"):
            return None
        if tokens[k].norm in ("his", "her"):
            clause = Clause(k, k, k, "say", lead=k, how="pronoun")
            clause.speaker = self._resolve_pronoun("he" if tokens[k].norm == "his" else "she", tokens[k].start, clause)
            return clause if clause.speaker is not None else None
        run = self._run_starting(k)
        if run is None or run.kind not in ("person", "single", "institution") or not tokens[run.last].possessive \
                or any(tokens[m].cap for m in range(run.last + 1, end)):
            return None
        clause = Clause(run.last, run.first, run.last, "say", lead=k)
        clause.speaker = self._speaker_of_run(run, tokens[run.first].start)
        return clause if clause.speaker is not None else None

    def _name_after_close(self, close: int, sentence_end: int) -> Clause | None:
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, close + 1)
        if k >= len(tokens) or tokens[k].start > close + 4 or not tokens[k].cap:
            return None
        if self.at.paragraph_at(tokens[k].start) != self.at.paragraph_at(close):
            return None  # a name opening the next paragraph starts its own sentence, about other words
        run = self._run_starting(k)
        if run is None or run.kind != "person" or run.last + 1 >= len(tokens) or tokens[run.last + 1].gap.strip() != ",":
            return None
        for v in range(run.last + 1, min(len(tokens), run.last + self.settings.aside_tokens)):
            if tokens[v].start >= sentence_end:
                return None
            base = self.vocab.verbs.get(tokens[v].norm)
            if base in _STRONG:
                clause = Clause(v, run.first, run.last, base, lead=run.run_first)
                clause.speaker = self._speaker_of_run(run, tokens[run.first].start)
                return clause if clause.speaker is not None else None
        return None

    def _clauses_between(self, lo: int, hi: int, inside: int | None) -> list[Clause]:
        """Clauses whose verb lies in text[lo:hi], in the narration (inside=None) or inside the
        given top-level quote."""
        starts = self.at.token_starts
        v_lo = bisect.bisect_left(starts, lo)
        v_hi = bisect.bisect_left(starts, hi)
        k = bisect.bisect_left(self._clause_verbs, v_lo)
        out = []
        while k < len(self.clauses) and self.clauses[k].verb < v_hi and len(out) < 8:
            c = self.clauses[k]
            if c.inside == self._top_quote(inside) and c.speaker is not None or (inside is not None and c.inside == self._top_quote(inside)):
                out.append(c)
            k += 1
        return out

    def _top_quote(self, index: int | None) -> int | None:
        quotes = self.at.quotes
        while index is not None and quotes[index].nested_in is not None:
            index = quotes[index].nested_in
        return index

    def _adjacent(self, pos: int, clause: Clause) -> bool:
        """Only punctuation, spaces and the speaker's titles between pos and the clause
        ('," NASA Administrator Jim Bridenstine said', '," the 14th-ranked Schwartzman said')."""
        tokens = self.tokens
        first = min(clause.first, clause.verb, clause.lead if clause.lead >= 0 else clause.first)
        k = bisect.bisect_left(self.at.token_starts, pos)
        if first - k > self.settings.close_title_tokens:
            return False
        if first - k > self.settings.close_words and not all(tokens[m].cap or tokens[m].norm in ("and", "of", "for", "the")
                                     or tokens[m].norm in self.vocab.title_words for m in range(k, first)):
            return False  # a long run only of titles and names of bodies, not the writer's words
        gap = self.text[pos : tokens[k].start if k < first else tokens[first].start]
        if len(gap) > 6 or any(c.isalnum() for c in gap) or any(c in "!?\n" for c in gap):
            return False
        if k < first and tokens[k].norm in ("and", "but", "or", "while", "as", "because", "although"):
            return False  # '"patently false," and both analysts and sources told ...': another clause
        run = self._runs.get(clause.last)
        name_from = run.run_first if run is not None and run.run_first >= 0 else first
        for m in range(k, first):
            tok = tokens[m]
            if m > k and any(c in tok.gap for c in ",;:!?\n\"“”"):
                return False
            if tok.norm in self.vocab.verbs and m < name_from and not self._word_of_body_name(m, k) or tok.norm in _PRONOUNS:
                return False  # (not "State" of '," Oregon State Police Lt. Hastings said': a word of the speaker's name run)
            if tok.norm in _FUNCTION and tok.norm not in ("and", "of", "at", "for", "the", "a", "an") and (not tok.cap or tok.initial):
                return False  # '"...," lead researcher and NASA planetary scientist Lucas Paganini said' (not '." When his editors would ask')
        return True

    def _rival_strong_clause(self, strong: list[Clause], pick: Clause, open_k: int, open_at: int) -> bool:
        """An earlier strong clause of another speaker in the quotation's sentence, and between the
        picked nearer one and the opening mark a quotation of its own and more than
        settings.two_strong_reach_tokens tokens: 'Ann Lee said the ruling was "a material
        irregularity": the trial judge had told the jury it could convict if she "ought to have
        known" ..., and "truly exceptionally bad"' -- the nearer clause's words are given, and the
        later ones may be hers or the judge's (not 'Lee said Hale told her: "..."', nor 'Hale told
        the jury the plan was "bad" and "costly"' with no other speaker before)."""
        if pick not in strong or pick.speaker is None:
            return False
        if not any(c is not pick and c.verb < pick.verb and c.speaker is not None and c.speaker.key != pick.speaker.key
                   for c in strong):
            return False
        after = max(pick.last, pick.verb) + 1
        if open_k - after <= self.settings.two_strong_reach_tokens or self._adjacent_before(pick, open_at):
            return False
        mine = self._quote_of_token[open_k] if open_k < len(self.tokens) else -1
        return any(q >= 0 and q != mine for q in self._quote_of_token[after:open_k])

    def _adjacent_before(self, clause: Clause, open_at: int) -> bool:
        end = self.tokens[max(clause.last, clause.verb)].end
        gap = self.text[end:open_at]
        if len(gap) <= self.settings.adjacent_chars and not any(c.isalnum() for c in gap):
            return True
        if clause.base != "tell" or clause.inverted or clause.verb < clause.last:
            return False
        # 'A witness told the Daily News "The cops ..."': only whom the words were told between
        tokens = self.tokens
        k = clause.verb + 1
        end_k = bisect.bisect_left(self.at.token_starts, open_at)
        if end_k <= k or end_k - k > self.settings.told_whom_tokens:
            return False
        for m in range(k, end_k):
            tok = tokens[m]
            if m > k and tok.gap not in _SPACE or not (tok.cap or tok.norm in ("the", "a", "an") or tok.norm in self.vocab.media_nouns
                                                       or singular(tok.norm) in self.vocab.person_nouns):
                return False
        tail = self.text[tokens[end_k - 1].end : open_at]
        return len(tail) <= self.settings.adjacent_chars and not any(c.isalnum() for c in tail)

    def _closing_aside(self, clause: Clause) -> bool:
        """', she said.' ending a sentence: a comma before the clause (not ', and ...'); its
        subject may open with an article (', the CDC says.') and "tell" may take whom it was told
        (', Lee told me.', ', she told The Associated Press.')."""
        tokens = self.tokens
        first = min(clause.first, clause.verb)
        if 0 < first and not clause.inverted and tokens[first - 1].norm in ("the", "a", "an") and tokens[first].gap in _SPACE:
            first -= 1
        if first == 0 or tokens[first].gap.strip(" \"”’'»") != ",":
            return False
        if tokens[first].norm in ("and", "but", "or", "while", "as", "whereas"):
            return False
        end = max(clause.last, clause.verb)
        if clause.base == "tell" and not clause.inverted and clause.verb > clause.last:
            end = self._told_whom_end(end)
        nxt = tokens[end + 1] if end + 1 < len(tokens) else None
        if nxt is not None and nxt.norm in TIME_WORDS and nxt.gap in _SPACE and (
                end + 2 >= len(tokens) or any(c in tokens[end + 2].gap for c in ".!?\n")):
            return True  # ', officials said Saturday.'
        return nxt is None or any(c in nxt.gap for c in ".!?\n") or nxt.norm in ("in", "on", "at", "during", "after", "before", "to", "via", "through", "when", "while", "last", "this", "on")

    def _long_tail_after_comma(self, open_at: int, close: int, clause: Clause) -> bool:
        """'"We waited too long," the grant will go to small farms across the region, Lee told
        reporters': a quote closing on its comma awaits its clause right after it (or after a
        short aside); more than settings.close_words words of the writer's own before the clause
        say something else, and the clause at the end reports that, not the quote. (Words in
        marks inside the writer's sentence, 'is "a long overdue step," with ..., Lee told', are
        part of what the closing clause reports.)"""
        if "," not in self.text[max(0, close - 1) : close + 2] \
                or any(c.isalnum() for c in self.text[self._sentence_start(open_at) : open_at]):
            return False
        k = bisect.bisect_left(self.at.token_starts, close + 1)
        return min(clause.first, clause.verb) - k > self.settings.close_words

    def _told_whom_end(self, v: int) -> int:
        """The last token of whom "tell" at token v names ("told me", "told reporters", "told
        The Associated Press"), at most settings.told_whom_tokens words; v when none follows."""
        tokens = self.tokens
        end = v
        for m in range(v + 1, min(len(tokens), v + 1 + self.settings.told_whom_tokens)):
            tok = tokens[m]
            if tok.gap not in _SPACE:
                break
            if m == v + 1 and tok.norm in ("me", "us", "him", "her", "them"):
                return m
            if not (tok.cap or tok.norm in ("the", "a", "an") or tok.norm in self.vocab.media_nouns
                    or singular(tok.norm) in self.vocab.person_nouns):
                break
            end = m
        return end

    def _colon_quote_ends_sentence(self, open_at: int, close: int) -> bool:
        """'… costumava dizer aos jovens: "O fado não se aprende, vive-se." A neta, Sofia Correia,
        contou': a quotation a colon leads in, ending with a full stop, then a capital or another
        quotation: the words after the close begin the next sentence, which speaks of other words."""
        if not self.text[max(0, open_at - 4) : open_at].rstrip().endswith(":") or self.text[max(0, close - 1) : close] != ".":
            return False
        after = self.text[close + 1 : close + 4].lstrip()
        return after[:1].isupper() or after[:1] in ("„", "«", "“", "\"", "»")  # (or the next quotation opens)

    def _introduces_next(self, clause: Clause, after: int) -> bool:
        """The clause opens another quotation right after it ('people say, "..."')."""
        end = self.tokens[max(clause.last, clause.verb)].end
        tail = self.text[end : end + 4].lstrip(" ,:")
        word = self.text[end : end + 12].split(maxsplit=1)
        if len(word) == 2 and word[0].casefold() in self.vocab.foreign_complementizers:
            tail = word[1][:3]  # 'Nathalie Roux lui a répondu que « ... »': the next quotation's, after "que"
        if not tail or tail[0] not in "\"“«‘'":
            return False
        return end > after + 1

    def _sentence_start(self, offset: int) -> int:
        s = self.at.sentence_at(offset)
        if s < 0:
            return 0
        start = self.at.sentences[s].start
        p = self.at.paragraph_at(offset)
        return max(start, self.at.paragraphs[p][0] if p >= 0 else 0)

    def _sentence_end(self, offset: int) -> int:
        s = self.at.sentence_at(offset)
        if s < 0:
            return offset
        end = self.at.sentences[s].end
        if end <= offset + 1 and s + 1 < len(self.at.sentences):
            # the close ends its sentence ('...?” Pluznick recalled.'): the words right after it,
            # to the end of their sentence, may still credit the quote
            nxt = self.at.sentences[s + 1]
            if self.at.paragraph_at(nxt.start) == self.at.paragraph_at(offset) and nxt.start <= offset + 3:
                end = nxt.end
        return end
