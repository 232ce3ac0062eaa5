"""Every quotation attached to its clause; quotes inside quotes, quotations continued, cross-heads."""

from __future__ import annotations

import bisect
import functools
import re

from sidebyside.compare.text import fold
from sidebyside.compare.title_case import title_cased
from sidebyside.compare.tokens import fold_word, irregular_bases
from sidebyside.resources import resource_json
from sidebyside.model import Span
from sidebyside.compare.attribution.leadins import lead_quote_speaker, split_clause_next_paragraph
from sidebyside.compare.attribution.records import NARRATOR, Clause, Speaker, _NameRun
from sidebyside.compare.attribution.vocabulary import _ACCORDING, _ASKING, _DETERMINERS, _FUNCTION, _SENTENCE_BREAK, _PARTICIPLE_SUFFIX, _PRONOUNS, _QUOTE_COST, _SPACE, _STRONG, _WRITERS_PHRASE


_ADDING = frozenset(("add", "continue"))  # clauses that go on from words said before them
# the rules that credit words by a clause standing beside them (not carried on from before)
_NARRATOR_BESIDE = frozenset(("right-after", "right-before", "split", "verb-after-close", "before-in-sentence", "closing-aside"))
_CLOSE_QUOTE_MARKS = "\"”’»"
# an interview's labels before a question and before its answer ("Q: Why run?" / 'A: "Because ..."')
_QUESTION_LABEL = re.compile(r"(?:Q|Question)\s*[:.]\s+")
_ANSWER_LABEL = re.compile(r"(?:A|Answer)\s*[:.]\s+")
_OPEN_QUOTE_MARKS = "\"“‘'«"
# guards that settle a quotation as no one's: neither placement nor a speaker before carries on
_FINAL_GUARDS = frozenset(("guard-decision", "guard-owned-words", "guard-relayed-words", "guard-unowned-participle",
                           "guard-possessive-term"))


@functools.cache
def _so_called(language: str) -> tuple[tuple[str, ...], ...]:
    """A language's "so-called" words, each entry as its folded words ("так называемый" -> two)."""
    entry = resource_json("attribution/speech_languages.json").get(language, {})
    return tuple(tuple(fold_word(w) for w in re.split(r"[ -]", words)) for words in entry.get("so_called", ()))


def _echo_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’\-][^\W_]+)*", text.casefold())


class QuoteAttachment:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _attach_quotes(self) -> tuple[list[Speaker | None], list[Span | None], list[str | None]]:
        """Each quoted part's speaker, the words naming it, and the rule that credited it (or the
        guard that refused a speaker; None where no rule applied): "<rule>/<how>" when a clause
        credits it, how its subject words resolve ("right-after/pronoun")."""
        quotes = self.at.quotes
        speakers: list[Speaker | None] = [None] * len(quotes)
        spans: list[Span | None] = [None] * len(quotes)
        rules: list[str | None] = [None] * len(quotes)
        by_utterance: dict[int, list[int]] = {}
        unclaimed: list[int] = []  # utterances no clause credits, nor speaks of
        for i, q in enumerate(quotes):
            by_utterance.setdefault(q.utterance, []).append(i)
        for utterance in sorted(by_utterance):
            if not self.budget.spend(_QUOTE_COST, "speakers"):
                break
            # "he never used the term 'three amigos'": words mentioned, no one says them
            parts = [i for i in by_utterance[utterance] if not self._mentioned(i) and not self._title_cased(i)]
            for i in by_utterance[utterance]:
                if i not in parts:
                    rules[i] = "guard-mentioned" if self._mentioned(i) else "guard-title-cased"
            if not parts:
                continue
            self._rule = None
            clause = self._clause_for(parts)
            if clause is None and self._rule not in _FINAL_GUARDS:
                guard = self._rule
                clause = self._placed_clause(parts)  # placement: right after its introduction
                if clause is None:
                    self._rule = guard
            rule = self._rule
            if clause is not None and rule is not None:
                rule = f"{rule}/{clause.how}"
            if clause is not None and self._medium_reports(clause):
                # '"Let's do it for the family," according to Vanity Fair': the magazine reports
                # the words, it does not say them; who did, this sentence does not tell
                for i in parts:
                    speakers[i] = spans[i] = None
                    rules[i] = "guard-medium-reports"
                continue
            speaker = clause.speaker if clause is not None else None
            if speaker is not None and clause.first == clause.last and (
                    self.tokens[clause.first].norm in ("he", "she") and self._named_inside(speaker, parts)
                    or self.tokens[clause.first].norm in self.vocab.foreign_pronouns and self._named_inside(speaker, parts, given=True)):
                speaker = None  # '"It could have been easy for Mary Steenburgen ...," she said': not Steenburgen
                rule = "guard-named-inside"
            elif speaker is not None and self._pronoun_passes_over_speaker(parts, clause, speaker, speakers, rules):
                # '"...," said fisherman\'s wife Mapahai. / "...," she said': not the governor before; but
                # '"..., Tyler Reguly ... says. / He adds, "..."': the one who just spoke goes on
                speaker = self._rival_adding_on(parts, clause, speakers)
                rule = "pronoun-adds-to-last-speaker" if speaker is not None else "guard-pronoun-passes-speaker"
            elif speaker is not None and self._pronoun_passes_over_description(parts, clause, speaker):
                # 'The 45-year-old welder lost his job. "It is hard," he said': not the man named before;
                # the one person the text described so, if any ("Tom Reed, a welder,")
                speaker = self._person_described_by_head(parts, self.tokens[clause.first].norm)
                rule = "pronoun-to-described-person" if speaker is not None else "guard-pronoun-passes-description"
            span = self._span(clause) if clause is not None and speaker is not None else None
            first = quotes[parts[0]]
            if first.nested_in is not None and (speaker is None or clause is not None and clause.inside is not None):
                speaker, span = self._nested_speaker(parts, clause, speakers, spans)
                rule = self._rule
            # a quote with a clause of its own that names no one we can tell ('," she told her
            # father') is that person's: never the last speaker's before it
            last = quotes[parts[-1]]
            if rule in _FINAL_GUARDS:
                pass  # 'John Smith denied saying "..."': words he denies, carried on from no one either
            elif speaker is None and clause is None and first.nested_in is None and first.kind == "statement" \
                    and not self._unresolved_right_before(first.open_at) \
                    and not self._unresolved_right_after(last.close_at if last.close_at is not None else last.end):
                verb, own = self._speech_verb_right_after(last.close_at if last.close_at is not None else last.end)
                if not verb and own is None:
                    # '"Nippers," said I, "what do you think?"': an attribution between the parts
                    # of a split quotation that names no one we can tell
                    verb = any(self._speech_verb_right_after(quotes[i].close_at)[0] for i in parts[:-1] if quotes[i].close_at is not None)
                if own is not None:
                    speaker, span = own.speaker, self._span(own)  # '," in the FLDS community, Hoole told TIME'
                    rule = f"verb-after-close/{own.how}"
                elif (ending := next((c for c in map(self._clause_ending_quote, (quotes[i] for i in parts)) if c is not None), None)) is not None:
                    speaker, span = ending.speaker, self._span(ending)
                    rule = f"clause-ending-quote/{ending.how}"
                elif verb:
                    rule = "guard-unnamed-verb-after"
                elif self._tail_attributes(last):
                    speaker, span = self._name_in_tail(last)
                    rule = "name-in-tail"
                    if speaker is None:
                        speaker, span = self._pronoun_in_tail(last, parts, speakers, rules)
                        rule = "pronoun-in-tail" if speaker is not None else "guard-tail-without-name"
                elif (signed := self._signature_after(last)) is not None:
                    speaker, span = signed
                    rule = "signature-after"
                elif (answered := self._interview_answer(parts, speakers)) is not None:
                    speaker, span, rule = answered, None, "interview-answer"
                elif (answered := self._answer_to_question_about(parts)) is not None:
                    speaker, span, rule = answered, None, "answer-to-question"
                else:
                    speaker, span = self._continued(parts[0], speakers, spans)
                    rule = self._rule
                    if speaker is None:
                        speaker, span = self._speaker_around(parts, speakers, spans)
                        rule = "speaker-around" if speaker is not None else rule
                    if speaker is None and (rule is None or not rule.startswith("guard-")):
                        added = self._adding_next_paragraph(parts)
                        if added is not None:
                            speaker, span, rule = added.speaker, self._span(added), f"added-next-paragraph/{added.how}"
                    if speaker is None and rule is None:
                        split = split_clause_next_paragraph(self, parts)
                        if split is not None:
                            speaker, span, rule = split.speaker, self._span(split), f"split-clause-next-paragraph/{split.how}"
                    if speaker is None and rule == "guard-heading-or-cross-head":
                        opened = lead_quote_speaker(self, parts)
                        if opened is not None:
                            speaker, span, rule = opened.speaker, self._span(opened), f"lead-quote-next-paragraph/{opened.how}"
            elif speaker is None and clause is None and first.nested_in is None and first.kind == "statement" \
                    and not self._introduced_by_unresolved(first.open_at) \
                    and (own := self._speech_verb_right_after(last.close_at if last.close_at is not None else last.end)[1]) is not None:
                # '... doing no more writing. / "Why, how now?" exclaimed I, "do no more writing?"': the
                # words' own clause right after the close, before an unresolved one in the sentence before
                speaker, span = own.speaker, self._span(own)
                rule = f"verb-after-close/{own.how}"
            elif speaker is None and clause is None and first.nested_in is None and first.kind == "statement":
                # 'Its opening line reads: "..."': a document's own words (_document_words), no one's
                rule = "guard-document-words" if self._document_beside(first.open_at, last) else "guard-unresolved-clause"
            if speaker is None and clause is None and first.nested_in is None:
                unclaimed.append(utterance)
            if speaker is None and rule is not None and not rule.startswith("guard-"):
                rule = f"unresolved:{rule}"  # the rule's clause names no one we can tell
            for i in parts:
                speakers[i] = speaker
                spans[i] = span
                rules[i] = rule
        for utterance in unclaimed:
            self._credit_echo(by_utterance[utterance], speakers, spans, rules)
        for parts in by_utterance.values():
            # the narrator ("said I", resolved with the other pronouns) speaks only the words its
            # clause stands beside: a novel's narration names whom "I" answers, the words carried
            # on from the narrator's clause or quotation may be the other's ('"...," I called to
            # him ... Bartleby replied, "I would prefer not to."')
            if speakers[parts[0]] is not None and speakers[parts[0]].key == NARRATOR.key:
                base = (rules[parts[0]] or "").split("/")[0]
                for i in parts:
                    if base in _NARRATOR_BESIDE:
                        rules[i] = f"narrator/{base}"
                    else:
                        speakers[i] = spans[i] = None
                        rules[i] = "guard-narrator-apart"
        return speakers, spans, rules

    def _clause_ending_quote(self, quote) -> Clause | None:
        """'"It's important to reiterate that ALL versions are affected, Tyler Reguly, technical
        manager at Tripwire, says.' with the closing mark left out: a speech verb that ends the
        quoted words, after a full personal name set off by a comma, is the narration's clause that
        the page's marks swallowed; it names the speaker."""
        tokens = self.tokens
        end = quote.end
        while end > quote.start and self.text[end - 1] in " .,\n":
            end -= 1
        k = bisect.bisect_left(self.at.token_starts, end) - 1
        if k < 0 or tokens[k].end != end:
            return None
        i = bisect.bisect_left(self._clause_verbs, k)
        if i >= len(self.clauses) or self.clauses[i].verb != k:
            return None
        clause = self.clauses[i]
        run = self._runs.get(clause.last)
        if clause.base not in _STRONG or clause.speaker is None or clause.speaker.kind != "person" or clause.inverted \
                or run is None or run.kind != "person" or run.first == run.last:
            return None
        lead = run.run_first if run.run_first >= 0 else run.first
        if "," not in tokens[lead].gap or tokens[clause.first].start < quote.start:
            return None
        return clause

    def _interview_pairs(self) -> dict[int, int]:
        """The paragraphs that answer an interviewer's question: a paragraph of only a question
        ("Why run at all?", "Q: What will you do first?": no quotation marks, ending with "?")
        followed by one that opens with a quotation (after an "A:" label, if any), by index of the
        answer's paragraph to the question's; empty unless the article holds two such pairs or
        more (one rhetorical question before a quotation is no interview)."""
        if self._interview is not None:
            return self._interview
        text, pairs = self.text, {}
        paragraphs = self.at.paragraphs
        for p in range(1, len(paragraphs)):
            q_lo, q_hi = paragraphs[p - 1]
            question = text[q_lo:q_hi].strip()
            label = _QUESTION_LABEL.match(question)
            question = question[label.end() :] if label else question
            if not question.endswith("?") or len(question) > self.settings.interview_question_chars \
                    or any(c in question for c in _OPEN_QUOTE_MARKS + _CLOSE_QUOTE_MARKS) and not label:
                continue
            answer = text[paragraphs[p][0] : paragraphs[p][1]].lstrip()
            label = _ANSWER_LABEL.match(answer)
            if (answer[label.end() :] if label else answer)[:1] in _OPEN_QUOTE_MARKS:
                pairs[p] = p - 1
        self._interview = pairs if len(pairs) >= 2 else {}
        return self._interview

    def _interview_answer(self, parts: list[int], speakers: list) -> Speaker | None:
        """'Q: Why run at all? / A: "Because I kept going to council meetings ..."': a quotation
        opening the answer to an interviewer's question (_interview_pairs), with no clause of its
        own, is the interviewee's: the speaker of the latest answer credited before it, or else the
        one person the narration names before the first question (two or more: no one)."""
        pairs = self._interview_pairs()
        if not pairs:
            return None
        quotes, at = self.at.quotes, self.at
        first = quotes[parts[0]]
        para = at.paragraph_at(first.open_at)
        if para not in pairs:
            return None
        lo = at.paragraphs[para][0]
        lead = self.text[lo : first.open_at].strip()
        if lead and not _ANSWER_LABEL.match(lead + " "):
            return None  # words of the writer's before the quotation: not the answer itself
        for k in range(parts[0] - 1, -1, -1):
            if speakers[k] is not None and quotes[k].nested_in is None and at.paragraph_at(quotes[k].open_at) in pairs:
                return speakers[k]
        q_para = min(pairs.values())
        first_question = at.paragraphs[q_para][0]
        before = bisect.bisect_left(self._mention_starts, first_question)
        named = {m.key: m for m in self._mentions[:before]}
        if len(named) != 1 and q_para > 0:
            # "I ask Kessling a few quick questions." over the questions: the one person the
            # paragraph that leads into them names, when the article named several before
            lead_lo = at.paragraphs[q_para - 1][0]
            named = {m.key: m for m in self._mentions[bisect.bisect_left(self._mention_starts, lead_lo) : before]}
        if len(named) != 1:
            return None
        person = next(iter(named.values()))
        return Speaker(person.canonical, "person", person.key)

    def _answer_to_question_about(self, parts: list[int]) -> Speaker | None:
        """'Does she read the reviews? "Never. My mother reads them."': a quotation with no clause of
        its own right after a yes-or-no question of the writer's about "he" or "she" that opens its
        paragraph (an auxiliary, the pronoun: question_auxiliaries) is the answer of the person the
        pronoun stands for (the one the passage is about, as a "he"/"she" of the narration; nobody
        when the quotation names them: someone else speaks of them)."""
        quotes, at, tokens = self.at.quotes, self.at, self.tokens
        first = quotes[parts[0]]
        para = at.paragraph_at(first.open_at)
        if para < 0:
            return None
        lo = at.paragraphs[para][0]
        question = self.text[lo : first.open_at].strip()
        if not question.endswith("?") or len(question) > self.settings.interview_question_chars \
                or any(c in question for c in _OPEN_QUOTE_MARKS + _CLOSE_QUOTE_MARKS + ".!;:") or "?" in question[:-1]:
            return None
        k = bisect.bisect_left(at.token_starts, lo)
        if k + 1 >= len(tokens) or tokens[k].norm not in self.vocab.question_auxiliaries or tokens[k + 1].norm not in ("he", "she"):
            return None
        pronoun = tokens[k + 1].norm
        person = self._salient_person(tokens[k + 1].start, pronoun)
        if person is None:
            return None
        speaker = Speaker(person.canonical, "person", person.key)
        return None if self._named_inside(speaker, parts) else speaker

    def _credit_echo(self, parts: list[int], speakers: list, spans: list, rules: list) -> None:
        """'Grisham, by her own accounting, has given "plenty of on-the-record statements"': words
        no clause credits that repeat, word for word, part of a credited quotation before them are
        that quotation's speaker's (at least settings.echo_min_words words, so no idiom is credited);
        so are those of a pull quote, a paragraph of only words a credited quotation after it holds."""
        quotes = self.at.quotes
        words = [self._echo_words_of(i)[0] for i in parts]
        if sum(len(w) for w in words) < self.settings.echo_min_words:
            return
        wanted = " ".join(w for part in words for w in part)
        wanted_count, padded = len(wanted.split()), f" {wanted} "
        first = parts[0]
        for k in range(first - 1, -1, -1):
            if speakers[k] is None or quotes[k].nested_in is not None or quotes[k].end > quotes[first].start:
                continue  # (a quotation a broken mark runs over these words holds them, it said them no earlier)
            said, said_padded = self._echo_words_of(k)
            # a part of what was said, not all of it (a slogan or a title repeated whole is no echo)
            if len(said) > wanted_count and padded in said_padded:
                for i in parts:
                    speakers[i], spans[i], rules[i] = speakers[k], spans[k], "echo"
                return
        if wanted_count < self.settings.pull_quote_min_words or not self._fills_paragraph(parts):
            return  # (a short line of quoted words is a slogan or a cross-head as often)
        # a pull quote: a paragraph of only words quoted again further on, where a clause credits
        # them (whole or in part: the display repeats the sentence it was pulled from)
        for k in range(parts[-1] + 1, min(len(quotes), parts[-1] + 1 + self.settings.echo_ahead_quotes)):
            if speakers[k] is None or quotes[k].nested_in is not None or rules[k] == "echo":
                continue
            said, said_padded = self._echo_words_of(k)
            if len(said) >= wanted_count and padded in said_padded:
                for i in parts:
                    speakers[i], spans[i], rules[i] = speakers[k], spans[k], "echo-ahead"
                return

    def _echo_words_of(self, k: int) -> tuple[list[str], str]:
        """Quote k's words (_echo_words) and them joined, padded with spaces: read once per
        quotation (each unclaimed one looks back over every quotation before it)."""
        cache = self.__dict__.get("_echoes")
        if cache is None:
            cache = self._echoes = {}
        found = cache.get(k)
        if found is None:
            quote = self.at.quotes[k]
            said = _echo_words(self.text[quote.start : quote.end])
            found = cache[k] = (said, " " + " ".join(said) + " ")
        return found

    def _fills_paragraph(self, parts: list[int]) -> bool:
        """Whether the quoted parts are all their paragraph holds (marks and stops aside)."""
        at, quotes = self.at, self.at.quotes
        first, last = quotes[parts[0]], quotes[parts[-1]]
        para = at.paragraph_at(first.open_at)
        if para < 0 or at.paragraph_at(last.end) != para:
            return False
        lo, hi = at.paragraphs[para]
        close = last.close_at if last.close_at is not None else last.end
        return not self.text[lo : first.open_at].strip() and not self.text[close : hi].strip(" \u00a0\"”’'.,!?")

    def _named_inside(self, speaker: Speaker, parts: list[int], given: bool = False) -> bool:
        """Whether the quoted parts name the speaker by their last name (a third person, so
        someone else speaks of them); given: by their given name too ('„Wenn Jonas so hält …“,
        sagte er' after "Jonas Beck": a coach speaks of his player so)."""
        words = speaker.name.split()
        names = [w for w in (words[-1:] + (words[:1] if given and len(words) >= 2 else [])) if w[:1].isupper()]
        for name in names:
            pattern = re.compile(r"\b" + re.escape(name) + r"\b")
            if any(pattern.search(self.text, self.at.quotes[i].start, self.at.quotes[i].end) for i in parts):
                return True
        return False

    def _break_between(self, clause: Clause, open_at: int) -> bool:
        """Between the clause and open_at, the words the verb reports end: a comma opens a phrase of
        the writer's own (", which last year was declared", ", when the first chants", ", using
        two trucks as well as") rather than more of the report (", but that", ", while others")."""
        tokens = self.tokens
        v_end = max(clause.last, clause.verb)
        k_open = bisect.bisect_left(self.at.token_starts, open_at)
        for m in range(v_end + 1, k_open):
            gap = tokens[m].gap
            if not any(mark in gap for mark in (",", "(", "—", "–", "--")):
                continue
            word = tokens[m].norm
            if word in _WRITERS_PHRASE or word.endswith(_PARTICIPLE_SUFFIX) and word not in self.vocab.verbs:
                return True
        return False

    def _medium_reports(self, clause: Clause) -> bool:
        """An "according to" clause naming a paper, magazine or broadcaster ("according to Vanity
        Fair", "according to People magazine", "according to the newspaper")."""
        if clause.base == "interview" and clause.speaker is not None and (
                clause.speaker.kind == "media" or self.tokens[clause.last].possessive):
            return True  # "said in an interview with NBC's Real Life program": the medium asked, no one of it spoke
        if clause.base != _ACCORDING or clause.speaker is None:
            return False
        if clause.speaker.kind == "media":
            return True
        tokens, vocab = self.tokens, self.vocab
        words = [tokens[k] for k in range(clause.first, clause.last + 1)]
        name = " ".join(t.text for t in words)
        bare = name[4:] if name.startswith("The ") else name
        if name in vocab.media_titles or bare in vocab.media_titles or words[-1].norm in vocab.media_nouns:
            return True
        if any(t.cap and t.text in vocab.media_name_words for t in words):
            return True  # "the Sun Times News Group", "the Associated Press"
        after = clause.last + 1
        return after < len(tokens) and tokens[after].gap in _SPACE and tokens[after].norm in vocab.media_nouns

    def _title_cased(self, index: int) -> bool:
        """A short quotation with every word but the small ones capitalised is a slogan, a sign or
        a title ("Less Money on Testing, More Money on Students."), not words someone says."""
        q = self.at.quotes[index]
        words = [self.tokens[k] for k in self.at.token_range(q.start, q.end)]
        return 3 <= len(words) <= 10 and title_cased(
            ((t.norm, t.cap) for t in words if t.text[:1].isalpha()), 3, small=self.vocab.title_small)

    def _mentioned(self, index: int) -> bool:
        """The quotation follows "the term", "the phrase", "the word", or "so-called": a mention
        (a name the writer distances himself from), not words said."""
        open_at = self.at.quotes[index].open_at
        k = bisect.bisect_left(self.at.token_starts, open_at) - 1
        if k < 1 or self.tokens[k].end < open_at - 2:
            return False
        if self.tokens[k].norm == "called" and self.tokens[k].gap in ("-", " ") and self.tokens[k - 1].norm == "so":
            return True  # 'the so-called "medical conscience" rule', 'the so-called "peace plan"'
        if self._so_called_before(k):
            return True  # 'el llamado "plan de rescate"', 'der sogenannte „Deal“': another language's "so-called"
        if self.tokens[k].norm == "as" and self.tokens[k - 1].norm in self.vocab.mention_before_as:
            return True  # 'the loss of a species, known as "take," carries penalties': what it is called
        return self.tokens[k].norm in self.vocab.mention_nouns and self.tokens[k - 1].norm in ("the", "a", "this", "that")

    def _so_called_before(self, k: int) -> bool:
        """The words ending at token k are this text's language's "so-called" (its speech_languages.json
        "so_called": "llamado", "sogenannte", "так называемый", "soi-disant")."""
        if self.language in (None, "en"):
            return False
        tokens = self.tokens
        for entry in _so_called(self.language):
            if k + 1 >= len(entry) and all(tokens[k - i].norm == word and (i == 0 or tokens[k - i + 1].gap in ("-", " "))
                                           for i, word in enumerate(reversed(entry))):
                return True
        return False

    def _span(self, clause: Clause) -> Span:
        return Span(self.tokens[clause.first].start, self.tokens[clause.last].end)

    def _nested_speaker(self, parts: list[int], clause: Clause | None, speakers: list, spans: list):
        """A quote inside a quote: who speaks inside the outer one ("I said, 'I want more'" is
        the outer speaker; "I heard President Trump ask, 'So...?'" is Trump)."""
        outer = self.at.quotes[parts[0]].nested_in
        outer_speaker, outer_span = speakers[outer], spans[outer]
        if clause is None:
            if self._someone_else_speaks_before(parts[0]) or self._introduced_by_another(parts[0]) \
                    or self._reported_of_another(parts[0]):
                self._rule = "guard-nested-other-speaker"
                return None, None  # "there's a man telling a car 'No, no, stop'": the man's words
            if self.at.quotes[parts[0]].kind == "statement" and not self._first_person_before(parts[0]):
                self._rule = "guard-nested-reported"
                return None, None  # 'Those are plays you want to say, "Just give him a chance."': words he reports
            self._rule = "nested-outer"  # a term in his own sentence ("illegitimate 'impeachment' proceedings")
            return outer_speaker, outer_span
        subject = self.tokens[clause.last]
        if clause.first == clause.last and subject.norm in ("i", "we"):
            self._rule = "nested-outer-first-person"
            return outer_speaker, outer_span
        if clause.first == clause.last and subject.norm in _PRONOUNS:
            self._rule = "guard-nested-pronoun"
            return None, None
        run = self._runs_in_quote(clause)
        if run is not None:
            speaker = self._speaker_of_run(run, self.tokens[run.first].start)
            if speaker is not None:
                self._rule = f"nested-clause/{clause.how}"
                return speaker, Span(self.tokens[run.first].start, self.tokens[run.last].end)
        self._rule = None
        return None, None

    def _first_person_before(self, index: int) -> bool:
        """Whether the outer speaker introduces nested quote index as his own words: "I", "we",
        "me" or "my" among the words before it in its sentence, which may close the paragraph
        before within the same quotation ("I told him as I left, / 'You'll be sorry.'")."""
        tokens, quotes = self.tokens, self.at.quotes
        k = bisect.bisect_left(self.at.token_starts, quotes[index].start)
        outer = quotes[index].nested_in
        lo = bisect.bisect_left(self.at.token_starts, quotes[quotes[outer].utterance].start) if outer is not None else 0
        for h in range(k - 1, max(lo, k - self.settings.aside_tokens) - 1, -1):
            if tokens[h].norm in ("i", "we", "me", "us", "my", "our"):
                return True
            if h < k - 1 and any(c in tokens[h + 1].gap for c in ".!?"):
                return False
        return False

    def _someone_else_speaks_before(self, index: int) -> bool:
        """Whether the words right before nested quote index, inside the outer one, are a person
        described ("a man", "the officer") and a speech verb: "there's a man telling a car '...'"."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, self.at.quotes[index].start)
        outer = self.at.quotes[index].nested_in
        lo = bisect.bisect_left(self.at.token_starts, self.at.quotes[outer].start) if outer is not None else 0
        for v in range(k - 1, max(lo, k - 6) - 1, -1):
            if self.vocab.verbs.get(tokens[v].norm) is None and self.vocab.after_quote.get(tokens[v].norm) is None:
                continue
            for h in range(v - 1, max(lo, v - 3) - 1, -1):
                if tokens[h].norm in ("i", "we", "me", "us"):
                    return False
                if tokens[h].norm in self.vocab.person_nouns and h > lo and tokens[h - 1].norm in ("a", "an", "the", "this", "another", "one"):
                    return True
            return False
        return False

    def _reported_of_another(self, index: int) -> bool:
        """Whether nested quote index follows a speech verb of a sentence, inside the outer
        quotation, whose subject is a third person ("Coach (Frank) Vogel came in here and said,
        'Congratulations,'" in James's words): that person's words, not the outer speaker's."""
        tokens, at = self.tokens, self.at
        quote = at.quotes[index]
        outer = at.quotes[quote.nested_in]
        k = bisect.bisect_left(at.token_starts, quote.open_at)
        lo = bisect.bisect_left(at.token_starts, outer.start)
        verb = next((v for v in range(k - 1, max(lo, k - 4) - 1, -1)
                     if tokens[v].norm in self.vocab.verbs or tokens[v].norm in self.vocab.after_quote), None)
        if verb is None:
            return False
        start = verb
        while start > lo and not any(c in tokens[start].gap for c in _SENTENCE_BREAK) and verb - start < self.settings.aside_tokens:
            start -= 1
        words = [t.norm for t in tokens[start:verb]]
        if not words or any(w in ("i", "we") for w in words):
            return False
        first = tokens[start]
        if first.norm in ("my", "his", "her", "their", "our", "the", "a", "an") and len(words) > 1:
            return True  # "My brother looked at me and said": a noun phrase, no "I" or "we" before the verb
        return first.norm in ("he", "she", "they") or first.cap and first.norm not in self.vocab.openers \
            and fold(first.text) not in self.vocab.openers

    def _introduced_by_another(self, index: int) -> bool:
        """Whether nested quote index opens a paragraph of the quotation holding it right after a
        paragraph that introduces it, ending with a comma or a colon, whose last sentence is
        about someone else ("He drove off in his big car and scolded me, / 'You'll be sorry.'"):
        that person's words, not the outer speaker's."""
        at, text = self.at, self.text
        quote = at.quotes[index]
        para = at.paragraph_at(quote.open_at)
        lo = at.paragraphs[para][0]
        if para == 0 or text[lo : quote.open_at].strip(" \u00a0\"“'‘"):
            return False
        prev_hi = at.paragraphs[para - 1][1]
        if text[prev_hi - 1 : prev_hi] not in (",", ":"):
            return False
        k = bisect.bisect_left(at.token_starts, self._sentence_start(prev_hi - 1))
        if k >= len(self.tokens) or self._quote_of_token[k] < 0:
            return False
        first = self.tokens[k].norm
        return first in ("he", "she", "they") or first in ("a", "an", "the") and k + 1 < len(self.tokens) \
            and self.tokens[k + 1].norm in self.vocab.person_nouns

    def _runs_in_quote(self, clause: Clause) -> _NameRun | None:
        """Name runs are read outside quotations only; inside one, parse the subject on demand."""
        runs = self.at.cap_runs
        k = bisect.bisect_right(runs, (clause.last, len(self.tokens))) - 1
        if k >= 0 and runs[k][0] <= clause.last < runs[k][1]:
            return self._parse_run(runs[k][0], min(runs[k][1] - 1, clause.last))
        return None

    def _name_opens_sentence_between(self, lo: int, hi: int, speaker) -> bool:
        """A sentence of the narration between offsets lo and hi opens with two capitalised words
        (a name: "De Boer, die het bedrijf overnam, is tevreden.") of which the speaker's name holds
        neither: someone else the next words may be."""
        if speaker is None:
            return False
        tokens, starts = self.tokens, self.at.token_starts
        words = {w.casefold() for w in speaker.name.split()}
        s, last = self.at.sentence_at(lo), self.at.sentence_at(hi)
        if s < 0 or last < 0:
            return False
        for i in range(s + 1, last + 1):
            k = bisect.bisect_left(starts, self.at.sentences[i].start)
            if k + 1 >= len(tokens) or tokens[k].start >= hi or self._quote_of_token[k] >= 0:
                continue
            first, second = tokens[k], tokens[k + 1]
            if first.cap and second.cap and second.gap in _SPACE and self._quote_of_token[k + 1] < 0 \
                    and first.norm not in self.vocab.openers and first.text.casefold() not in words \
                    and second.text.casefold() not in words and self._foreign_sentence(k, hi):
                return True
        return False

    def _foreign_sentence(self, k: int, hi: int) -> bool:
        """The sentence from token k holds an article of another language in lower case ("het",
        "la", "der"; not "die", "o", "l", English words or letters too): not an English sentence."""
        tokens = self.tokens
        m = k
        while m < len(tokens) and tokens[m].start < hi and not (m > k and any(c in tokens[m].gap for c in ".!?")):
            if not tokens[m].cap and tokens[m].norm in self.vocab.foreign_articles and tokens[m].norm not in ("die", "o", "l"):
                return True
            m += 1
        return False

    def _colon_after_foreign_verb(self, open_at: int) -> bool:
        """The quotation follows a colon (or a complementizer: "a répondu que « … »") whose sentence holds a speech verb of another language
        ("Il presidente Aldo Brivio, invece, ha già annunciato il rinnovo:"): that sentence names its
        own speaker, even when its subject was not read; the speaker of an earlier quote is not it
        (a pronoun subject aside)."""
        starts = self.at.token_starts
        tokens = self.tokens
        if self.text[max(0, open_at - 4) : open_at].rstrip().endswith(":"):
            colon = self.text.rfind(":", 0, open_at)
        else:
            # "Nathalie Roux lui a répondu que « … »": a complementizer right before the quotation
            c = bisect.bisect_left(starts, open_at) - 1
            if c < 0 or tokens[c].text.casefold() not in self.vocab.foreign_complementizers \
                    or self.text[tokens[c].end : open_at].strip() not in ("", "«", "„", "“", "\"", "»"):
                return False
            colon = tokens[c].start
        k, end = bisect.bisect_left(starts, self._sentence_start(colon)), bisect.bisect_left(starts, colon)
        verb = next((m for m in range(k, end) if not tokens[m].cap and tokens[m].norm in self.vocab.foreign_verbs
                     and self._quote_of_token[m] < 0), None)
        # ("Interrogé par la radio, il a ajouté :": a pronoun, whom the earlier quote's speaker may be)
        vocab = self.vocab
        return verb is not None and not any(
            tokens[m].norm in vocab.foreign_pronouns and (not tokens[m].initial or tokens[m + 1].norm in vocab.foreign_auxiliaries
                                                          or tokens[m + 1].norm in vocab.foreign_verbs)
            and not (m > k and tokens[m - 1].cap and not tokens[m - 1].initial)
            for m in range(k, verb))  # (not "Il presidente": an Italian article; not "Nathalie Roux lui a répondu": an object)

    def _continued(self, index: int, speakers: list, spans: list):
        """A bare statement quote after a credited one: the nearest clause before it in its
        paragraph speaks on; a quote opening a paragraph with no clause of its own continues
        the last speaker of the paragraph before."""
        at, quotes = self.at, self.at.quotes
        q = quotes[index]
        para = at.paragraph_at(q.open_at)
        p_lo = at.paragraphs[para][0] if para >= 0 else 0
        if self._document_opens_sentence(q.open_at):
            self._rule = "guard-document-words"
            return None, None  # 'The book opens with the line: "..."': the book's words, not its writer's
        if self._colon_after_foreign_verb(q.open_at):
            self._rule = "guard-colon-own-verb"
            return None, None  # 'Ihr Sohn, der Musiker ..., sagte am Samstag: „…“': a speaker of its own, not read
        if self._own_verb_unread_before(q.open_at):
            self._rule = "guard-own-verb-unread"
            return None, None  # "... and everyone said 'yes, that's the Doctor'": theirs, not the last speaker's
        found = self._clauses_between(p_lo, q.open_at, None)
        s_start = self._sentence_start(q.open_at)
        if self._unresolved_according_before(s_start, q.open_at):
            self._rule = "guard-according-unresolved"
            return None, None  # 'Según la consejera, «…»' with no consejera named: never the one before
        candidates = [c for c in found if self._speaks_on(c) and not self._asked_of_another(c, q)
                      and not self._in_subordinate_lead_in(c, s_start, q.open_at)]
        prior = self._last_credited_quote(index, p_lo, speakers)
        if candidates and self._other_subject_after(candidates[-1], q.open_at):
            candidates = []  # 'Ann Lee said it was rigged. John Smith disagreed. "It was fair."': not Lee's
        if candidates:
            c = candidates[-1]
            if c.first == c.last and self.tokens[c.first].norm in ("he", "she") and self._named_inside(
                    c.speaker, [j for j in range(max(0, index - 12), index + 1) if quotes[j].start >= p_lo]):
                self._rule = "guard-named-inside"
                return None, None  # '"... Mary Steenburgen ...," she said. "She put in the time"': not Steenburgen
            if prior is None or self.tokens[c.verb].start > quotes[prior].end:
                self._rule = f"continued-clause/{c.how}"
                return c.speaker, self._span(c)
        if prior is not None and self._name_opens_sentence_between(quotes[prior].end, q.open_at, speakers[prior]):
            self._rule = "guard-other-name-between"
            return None, None  # '"…," zei Hoekstra. De Boer, die ..., is tevreden. "…"': maybe De Boer's
        if prior is not None:
            self._rule = "continued-prior-quote"
            return speakers[prior], spans[prior]
        if para > 0 and p_lo == q.open_at and not self._clauses_between(q.open_at, at.paragraphs[para][1], None):
            prev_lo, prev_hi = at.paragraphs[para - 1]
            if self._heading_like(prev_lo, prev_hi) or self._cross_head(q, para, prev_hi):
                named = self._heading_names(prev_lo, prev_hi) if not self._cross_head(q, para, prev_hi) else None
                if named is not None:
                    self._rule = "heading-names-speaker"  # 'Ann Lee, 34, teacher' over her words (vox pops)
                    return named
                self._rule = "guard-heading-or-cross-head"
                return None, None
            found = [c for c in self._clauses_between(prev_lo, prev_hi, None) if self._speaks_on(c) and not self._asked_of_another(c, q)
                     and not self._in_subordinate_lead_in(c, self._sentence_start(self.tokens[c.verb].start), prev_hi - 1)]
            if found and self._other_subject_after(found[-1], prev_hi):
                self._rule = "guard-other-subject-after"
                return None, None
            prior = self._last_credited_quote(index, prev_lo, speakers)
            if (found or prior is not None) and self._others_named_in(
                    q.end, at.paragraphs[para][1], found[-1].speaker if found else speakers[prior]) > self.settings.continuation_rivals:
                self._rule = "guard-other-person-after"
                return None, None  # '"…" That was the verdict of Laila Haddad, a scientist.': not the last speaker's
            if found and (prior is None or self.tokens[found[-1].verb].start > quotes[prior].end):
                self._rule = f"continued-paragraph-before-clause/{found[-1].how}"
                return found[-1].speaker, self._span(found[-1])
            if prior is not None and self._narration_after_quote(quotes[prior], spans[prior], prev_hi):
                self._rule = "guard-narration-after-quote"
                return None, None  # 'A critic wrote she had "…," and she never went back.' / "…": not the critic's
            if prior is not None:
                self._rule = "continued-paragraph-before-quote"
                return speakers[prior], spans[prior]
            if not found and self._quote_of_token[bisect.bisect_left(at.token_starts, prev_lo)] < 0:
                speaker, span = self._speaker_narrated_before(index, prev_lo, speakers, spans)
                self._rule = "narrated-before" if speaker is not None else "guard-spoken-of" if self._spoken_of_before(index) else None
                return speaker, span
        if p_lo < q.open_at and not candidates:
            beat = self._action_beat_before(index, p_lo, speakers)
            if beat is not None:
                self._rule = "action-beat"  # 'Asked what he would do now, Whitfield laughed. "Sleep past five."'
                return beat
        if not found and p_lo < q.open_at and not candidates:
            speaker, span = self._narrated_in_own_paragraph(index, p_lo, speakers, spans)
            if speaker is not None:
                self._rule = "narrated-before-in-paragraph"  # 'She started the book after her father died. "He used to say ..."'
                return speaker, span
        self._rule = "guard-spoken-of" if self._spoken_of_before(index) else None
        return None, None

    def _spoken_of_before(self, index: int) -> bool:
        """Whether the last clause before the quotation, in its paragraph or the one before, speaks
        of a person who may be the one answering (_spoken_of_may_answer)."""
        at, q = self.at, self.at.quotes[index]
        para = at.paragraph_at(q.open_at)
        lo = at.paragraphs[para - 1][0] if para > 0 else 0
        found = [c for c in self._clauses_between(lo, q.open_at, None) if c.speaker is not None]
        return bool(found) and self._spoken_of_may_answer(found[-1])

    def _tail_attributes(self, quote) -> bool:
        """'"We have no idea what caused it," the Rev. / Larry Kroon ... said': a comma after the
        close and words to the end of the paragraph credit the quotation there, however broken;
        it carries on no speaker from before."""
        close = quote.close_at if quote.close_at is not None else quote.end
        para = self.at.paragraph_at(close)
        if para < 0:
            return False
        tail = self.text[quote.end : self.at.paragraphs[para][1]].strip(" \u00a0\"”’'")
        return tail.startswith(",") and any(c.isalpha() for c in tail)

    def _signature_after(self, quote):
        """'"We will not back down." — Ann Lee (@annlee) May 3, 2020': a post a page embeds, its
        words in marks and its author signed after a dash, alone in the rest of the paragraph (a
        handle in brackets and a date at most): that person's full name and its span, else None."""
        close = quote.close_at if quote.close_at is not None else quote.end
        para = self.at.paragraph_at(close)
        if para < 0:
            return None
        para_end = self.at.paragraphs[para][1]
        tail = self.text[close + 1 : para_end]
        if not tail.lstrip(" \u00a0").startswith(("—", "–", "- ", "-- ")):
            return None
        k = bisect.bisect_right(self.at.token_starts, close)
        run = self._run_starting(k) if k < len(self.tokens) else None
        if run is None or run.kind != "person" or run.last == run.first or self._quote_of_token[run.first] >= 0 \
                or (run.run_first if run.run_first >= 0 else run.first) != k:
            return None
        rest = self.text[self.tokens[run.last].end : para_end].strip()
        if rest and not rest.startswith("(@"):
            return None  # ('" — Ann Lee, who ...': a sentence goes on; no signature)
        speaker = self._speaker_of_run(run, self.tokens[run.first].start)
        if speaker is None or speaker.kind != "person":
            return None
        return speaker, Span(self.tokens[run.first].start, self.tokens[run.last].end)

    def _name_in_tail(self, quote):
        """'"...," Andrew Mwangura, head of the Seafarers Assistance Program' and no verb: the full
        personal name right after the close; no one else."""
        close = quote.close_at if quote.close_at is not None else quote.end
        k = bisect.bisect_right(self.at.token_starts, close)
        run = self._run_starting(k) if k < len(self.tokens) else None
        if run is None or run.kind not in ("person", "single") or self._quote_of_token[run.first] >= 0 \
                or (run.run_first if run.run_first >= 0 else run.first) != k:
            return None, None
        if run.last == run.first and not self._acts_next(run.last):
            return None, None
        speaker = self._speaker_of_run(run, self.tokens[run.first].start)
        if speaker is None or run.last == run.first and (speaker.kind != "person" or len(speaker.name.split()) < 2):
            return None, None  # one word: only a person the text named in full before
        return speaker, Span(self.tokens[run.first].start, self.tokens[run.last].end)

    def _pronoun_in_tail(self, quote, parts: list[int], speakers: list, rules: list):
        """'"... before we got it off the ground," he lamented.': a "he"/"she" right after the
        close and its comma, then a lower-case verb no rule reads as one of speech, is the person
        the pronoun resolves to (as "he said" would), never one the quotation names, nor when
        another person of that gender spoke the quotation before (_pronoun_passes_over_speaker)."""
        close = quote.close_at if quote.close_at is not None else quote.end
        k = bisect.bisect_right(self.at.token_starts, close)
        tokens = self.tokens
        if k >= len(tokens) or tokens[k].norm not in ("he", "she") or self._quote_of_token[k] >= 0 \
                or self.text[quote.end : tokens[k].start].replace(" ", "").strip("\u00a0\"”’'") != "," or not self._acts_next(k):
            return None, None
        clause = Clause(k + 1, k, k, "say", how="pronoun")
        speaker = self._resolve_pronoun(tokens[k].norm, tokens[k].start, clause)
        if speaker is None or speaker.kind != "person" or self._named_inside(speaker, parts) \
                or self._pronoun_passes_over_speaker(parts, clause, speaker, speakers, rules):
            return None, None
        return speaker, Span(tokens[k].start, tokens[k].end)

    def _acts_next(self, k: int) -> bool:
        """'," Izuku grinned', '," Izuku verbally dodged': a one-word name right after the close
        takes a lower-case verb (an adverb may come first) and no comma between."""
        tokens = self.tokens
        m = k + 1
        if m < len(tokens) and tokens[m].norm.endswith("ly") and tokens[m].gap in _SPACE:
            m += 1
        if m >= len(tokens) or tokens[m].gap not in _SPACE or tokens[m].cap or not tokens[m].norm.isalpha():
            return False
        word = tokens[m].norm
        # (an irregular past too: '," she began, before her voice was lost under the cheering')
        return word not in _FUNCTION and (word.endswith(("ed", "s")) or word in self.vocab.verbs or bool(irregular_bases(word)))

    def _speaker_around(self, parts: list[int], speakers: list, spans: list):
        """A quotation that fills its paragraph, with no clause of its own and no speaker the
        paragraph before carries on, is the one person the paragraphs around it speak of: the
        paragraph before holds attribution clauses of that person only, its last sentence among
        them ('Darin Schroeder, ..., agreed with Salazar's decision. / "We are gratified ..."'),
        or the paragraph after opens with a clause of the speaker of the last quotation before it
        ('"He was incredibly bright," said Nancy O'Higgins. / ... / "They weren't married very
        long." / She said ...'). Never a person the quotation names, never when the paragraphs
        around hold a clause of someone else or a sentence about another person named there."""
        at, quotes, text = self.at, self.at.quotes, self.text
        first, last = quotes[parts[0]], quotes[parts[-1]]
        para, last_para = at.paragraph_at(first.open_at), at.paragraph_at(last.end)
        if para <= 0 or last_para < para:
            return None, None
        lo, hi = at.paragraphs[para][0], at.paragraphs[last_para][1]
        if text[lo : first.open_at].strip() or text[last.close_at if last.close_at is not None else last.end : hi].strip(" \u00a0\"”’'"):
            return None, None  # narration beside the quotation: its own clauses decide
        para_after = last_para + 1
        prev_lo, prev_hi = at.paragraphs[para - 1]
        if self._heading_like(prev_lo, prev_hi) or self._quote_of_token[bisect.bisect_left(at.token_starts, prev_lo)] >= 0:
            return None, None
        # (not "After Jones told him the news, Smith left:": the lead-in's speaker is not the paragraph's)
        before = [c for c in self._clauses_between(prev_lo, prev_hi, None)
                  if not self._in_subordinate_lead_in(c, self._sentence_start(self.tokens[c.verb].start), prev_hi - 1)]
        after: list[Clause] = []
        if para_after < len(at.paragraphs):
            next_lo, next_hi = at.paragraphs[para_after]
            if self._quote_of_token[bisect.bisect_left(at.token_starts, next_lo)] < 0:
                after = self._clauses_between(next_lo, min(next_hi, self._sentence_end(next_lo)), None)
        people = {c.speaker.key for c in (*before, *after)}
        if len(people) != 1 or any(c.speaker.kind != "person" for c in (*before, *after)):
            return None, None
        clause = (before or after)[-1] if before else after[0]
        if self._named_inside(clause.speaker, parts) or self._other_subject_in(prev_lo, prev_hi, clause.speaker.key):
            return None, None
        if before:
            if at.sentence_at(self.tokens[before[-1].verb].start) != at.sentence_at(prev_hi - 1):
                return None, None  # the person's clause is not the last thing the paragraph tells
            if before[-1].base in self.vocab.asking and not text[first.open_at : last.end].rstrip(" \u00a0\"”’'").endswith("?"):
                return None, None  # 'X asked about the budget. / "We will not cut ..."': the answer, someone else's
            if not self._reports_words(before[-1]) or self._spoken_of_may_answer(before[-1]):
                # 'The judge dismissed the case. / "There was never any evidence."': a decision;
                # 'Ann Lee praised John Smith. / "I only did my job."': maybe the one praised
                return None, None
            return clause.speaker, self._span(clause)
        # only the paragraph after: its clause opens it and the last quotation before was theirs
        if bisect.bisect_left(at.token_starts, at.paragraphs[para_after][0]) != min(clause.first, clause.verb):
            return None, None
        prior = self._last_credited_quote(parts[0], prev_lo - self.settings.pronoun_chars, speakers)
        if prior is None or speakers[prior].key != clause.speaker.key:
            return None, None
        return clause.speaker, self._span(clause)

    def _adding_next_paragraph(self, parts: list[int]) -> Clause | None:
        """'"It is over." / He added that the city would appeal.': a quotation filling its
        paragraph, no one before it to carry on, and a next paragraph that opens with its
        speaker's clause of adding or going on ("X added", "he continued"): the words before
        were theirs too."""
        at = self.at
        if not self._fills_paragraph(parts):
            return None
        para = at.paragraph_at(self.at.quotes[parts[-1]].end)
        if para + 1 >= len(at.paragraphs):
            return None
        lo, hi = at.paragraphs[para + 1]
        found = self._clauses_between(lo, min(hi, self._sentence_end(lo)), None)
        if not found or found[0].base not in _ADDING or found[0].inverted or found[0].speaker is None \
                or found[0].speaker.kind != "person" or self._named_inside(found[0].speaker, parts):
            return None
        clause = found[0]
        k = bisect.bisect_left(at.token_starts, lo)
        lead = clause.lead if clause.lead >= 0 else clause.first
        if min(lead, clause.first) != k or clause.verb - clause.last > 2:
            return None  # the speaker's clause must open the paragraph ("He added", "Smith later added")
        return clause

    def _other_subject_after(self, clause: Clause, hi: int) -> bool:
        """Whether, after the sentence of the clause and before hi, a sentence has another person
        for its subject: the passage has moved on from the clause's speaker."""
        if clause.speaker is None:
            return False
        lo, key = self._sentence_end(self.tokens[clause.verb].start), clause.speaker.key
        k = bisect.bisect_left(self._mention_starts, lo)
        for m in self._mentions[k : k + self.settings.subject_tokens]:  # the nearest few: bounded per quote
            if m.start >= hi:
                break
            if m.key != key and m.subject and not m.possessive:
                return True
        return False

    def _others_named_in(self, lo: int, hi: int, speaker: Speaker | None) -> int:
        """How many people other than speaker the narration of text[lo:hi] names (not in a
        possessive: "Voss's team"), each of whom the quotation there may go on with as well."""
        if speaker is None:
            return 0
        return len({m.key for m in self._mentions_between(lo, hi) if m.key != speaker.key and not m.possessive})

    def _other_subject_in(self, lo: int, hi: int, key: str) -> bool:
        """Whether text[lo:hi] names, as a sentence's subject, a person other than key."""
        k = bisect.bisect_left(self._mention_starts, lo)
        while k < len(self._mentions) and self._mentions[k].start < hi:
            m = self._mentions[k]
            if m.key != key and m.subject and not m.possessive:
                return True
            k += 1
        return False

    def _speaker_narrated_before(self, index: int, prev_lo: int, speakers: list, spans: list):
        """'... Kroon said. / He would not specify how many people were there. / "They were all
        adults."': a quotation opening its paragraph after a paragraph of narration with no
        clause that opens with "He"/"She", the pronoun standing for the last speaker credited
        in the paragraphs just before: that speaker speaks on."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, prev_lo)
        if k >= len(tokens) or tokens[k].norm not in ("he", "she") or not tokens[k].cap:
            return None, None
        if self.text[: self.at.quotes[index].open_at].rstrip()[-1:] == ":":
            return None, None  # "She shared the website, which contains the following statement:": its words
        prior = self._last_credited_quote(index, prev_lo - self.settings.pronoun_chars, speakers)
        person = self._salient_person(tokens[k].start, tokens[k].norm)
        if prior is None or person is None or speakers[prior].kind != "person" or speakers[prior].key != person.key:
            return None, None
        return speakers[prior], spans[prior]

    def _document_beside(self, open_at: int, last) -> bool:
        """Whether the unresolved clause right before the opening or right after the close has a
        document of its own words for subject (PronounResolution._document_words)."""
        v = bisect.bisect_left(self.at.token_starts, open_at)
        k = bisect.bisect_left(self._clause_verbs, v)
        close = last.close_at if last.close_at is not None else last.end
        for j, beside in ((k - 1, lambda c: self._adjacent_before(c, open_at)), (k, lambda c: self._adjacent(close + 1, c))):
            if 0 <= j < len(self.clauses) and self.clauses[j].how == "document" and beside(self.clauses[j]):
                return True
        return False

    def _speaks_on(self, clause: Clause) -> bool:
        """Whether a clause's speaker may speak on in the quotes after it: a named speaker, not a
        medium that only reported words ('according to the Vanity Fair article')."""
        return clause.speaker is not None and clause.base not in self.vocab.not_alone and not self._medium_reports(clause) \
            and self._reports_words(clause) and not self._issues_impersonal(clause) and not self._spoken_of_may_answer(clause)

    def _spoken_of_may_answer(self, clause: Clause) -> bool:
        """'Police accused John Smith of theft. / "I did nothing wrong."', 'The council praised the
        firefighters. / "We only did our job."': a verb that speaks of someone (vocabulary
        verbs_about_someone) with a person for object leaves the words after it to either; no one
        speaks on ("criticised the plan" speaks on: a thing answers nothing)."""
        if clause.base not in self.vocab.about_someone or clause.inverted:
            return False
        tokens = self.tokens
        m = clause.verb + 1
        if m < len(tokens) and tokens[m].norm in _DETERMINERS and tokens[m].gap in _SPACE:
            m += 1
        while m + 1 < len(tokens) and not tokens[m].cap and tokens[m + 1].gap in _SPACE and tokens[m].norm not in _FUNCTION \
                and tokens[m].norm not in self.vocab.person_nouns and m - clause.verb < 4:
            m += 1  # "the local firefighters", "the two men"
        if m >= len(tokens) or tokens[m].gap not in _SPACE:
            return False
        run = self._runs.get(m) or self._run_starting(m)
        if run is not None and run.kind in ("person", "single"):
            return True
        return tokens[m].norm in self.vocab.person_nouns or tokens[m].norm in ("him", "her", "them")

    def _issues_impersonal(self, clause: Clause) -> bool:
        """'The ministry released a video.', 'Ann Lee published the report.': what it puts out speaks
        its own words (vocabulary impersonal_documents), which the one who put it out does not say."""
        if clause.base != "issue":
            return False
        tokens = self.tokens
        for m in range(clause.verb + 1, min(len(tokens), clause.verb + 5)):
            if tokens[m].gap not in _SPACE:
                return False
            if tokens[m].norm in self.vocab.document_nouns:
                return tokens[m].norm in self.vocab.impersonal_documents
        return False

    def _document_opens_sentence(self, open_at: int) -> bool:
        """'The book opens with the line: "..."', 'Its opening line reads: "..."': the sentence of the
        quotation has a document of impersonal words for subject; no speaker before it carries on."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(open_at))
        end = bisect.bisect_left(self.at.token_starts, open_at)
        if end > k and tokens[end - 1].norm in self.vocab.impersonal_documents and ":" in self.text[tokens[end - 1].end : open_at]:
            return True  # 'The book opens with the line: "..."'
        for j in range(k, min(end, k + 4)):  # "The", "Its opening": determiners and modifiers before the head
            t = tokens[j]
            nxt = tokens[j + 1] if j + 1 < end else None
            if j > k and not t.cap and t.norm in self.vocab.impersonal_documents and not (
                    nxt is not None and (nxt.norm in self.vocab.person_nouns or nxt.norm in self.vocab.body_nouns)):
                return True  # (not "One survey respondent", "Page went": a noun of people after it, a name)
            if not (t.norm in _DETERMINERS or j > k and not t.cap and t.norm not in _FUNCTION and t.norm not in self.vocab.verbs):
                return False
        return False

    def _reports_words(self, clause: Clause) -> bool:
        """Whether a clause reports words: always, save for a verb that also names a decision
        ("The court rejected the claim.", "The judge dismissed the case.", "denied bail"), which
        reports words only beside a quotation ('," Smith denied'), with what was said after it
        ("denied that ...", "dismissed the claims as ...", "rejected the offer: ...") or when what it
        turns down is a blame ("denied any wrongdoing", "rejected the allegations")."""
        if clause.base not in self.vocab.deciding:
            return True
        tokens = self.tokens
        after = clause.verb + 1
        if after < len(tokens) and tokens[after].norm.endswith("ing") and self.vocab.verbs.get(tokens[after].norm) is not None:
            return False  # 'denied saying "..."': the words denied, no one's said here
        first = min(clause.first, clause.verb, clause.lead if clause.lead >= 0 else clause.first)
        if any(c in tokens[first].gap for c in _CLOSE_QUOTE_MARKS):
            return True  # '"We did nothing wrong," the company denied': right after the words
        for m in range(clause.verb + 1, min(len(tokens), clause.verb + 1 + self.settings.deciding_object_tokens)):
            gap = tokens[m].gap
            if ":" in gap:
                return True  # 'rejected the offer: "..."'
            if any(c in gap for c in ".!?;\n"):
                return False
            if any(c in gap for c in "\"“"):
                return True  # 'dismissed it, "..."'
            if tokens[m].norm in ("that", "as") and self._quote_of_token[m] < 0:
                return True
            if tokens[m].norm in self.vocab.denial_objects and m - clause.verb <= 3:
                return True  # "denied any wrongdoing", "rejected the allegations": a denial is words
        return False

    def _asked_of_another(self, clause: Clause, q) -> bool:
        """'Reporters asked about the budget. / "We have no plan."': after a clause of asking, a
        bare quotation that is no question is the answer, someone else's words."""
        return clause.base in _ASKING and not self.text[q.start : q.end].rstrip(" \"”’'").endswith("?")

    def _narration_after_quote(self, quote, span, hi: int) -> bool:
        """Whether a quotation credited by a clause before it is followed, before hi (its paragraph's
        end), by narration with a subject pronoun of its own ('A critic wrote that she had "…," and
        she did not go back.'): the paragraph ends on the writer's words, not on the speaker's, so
        a bare quotation opening the next paragraph is not read as the same speaker's going on."""
        if span is None or span.start > quote.open_at:
            return False
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, quote.end)
        while k < len(tokens) and tokens[k].start < hi:
            if tokens[k].norm in ("he", "she", "they", "i", "we") and not tokens[k].cap and self._quote_of_token[k] < 0:
                return True
            k += 1
        return False

    def _last_credited_quote(self, index: int, lo: int, speakers: list) -> int | None:
        quotes = self.at.quotes
        for j in range(index - 1, max(-1, index - 12), -1):
            if quotes[j].end < lo:
                return None
            if quotes[j].nested_in is None and quotes[j].kind == "statement" and speakers[j] is not None:
                return j
        return None

    def _cross_head(self, q, para: int, prev_hi: int) -> bool:
        """A paragraph that is only a few quoted words with no punctuation ("'Completely false'"
        between two paragraphs of narration): a cross-head repeating words quoted further on, not
        the next words of the speaker before; not after a paragraph ending in a colon."""
        lo, hi = self.at.paragraphs[para]
        body = self.text[lo:hi].strip().strip("\"“”'‘’")
        if self.text[q.end : hi].strip(" \"“”'‘’") != "" or self.text[:prev_hi].rstrip().endswith(":"):
            return False
        if len(body.split()) <= self.settings.cross_head_words and not any(c in body for c in ".,;:!?"):
            return True
        # '“… block the return of the families from the camp”': a quoted line that opens on an
        # ellipsis or has no sentence end is a heading that repeats a claim, not words said next
        return body.startswith(("…", "...")) or not body.rstrip(" \u00a0\"“”'‘’").endswith((".", "!", "?", "…"))

    def _heading_names(self, lo: int, hi: int):
        """A heading line that is only a person's full name, then at most a description set off by
        a comma ('Ann Lee', 'Ann Lee, 34, teacher'): the (speaker, span) of the quotation opening
        the paragraph under it, or None."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, lo)
        run = self._run_starting(k) if k < len(tokens) and tokens[k].start < hi else None
        if run is None or run.kind != "person" or run.last == run.first or run.first != k or run.run_first not in (-1, k):
            return None
        name = self.text[tokens[run.first].start : tokens[run.last].end]
        if tokens[k].norm not in self.vocab.first_names and self.text.count(name) < 2:
            return None  # a heading in title case ("Budget Cuts Ahead") names no one: a given name, or a name the text gives again
        rest = self.text[tokens[run.last].end : hi].strip()
        if rest and (not rest.startswith(",") or any(self.vocab.verbs.get(t.norm) is not None for t in tokens[run.last + 1 : bisect.bisect_left(self.at.token_starts, hi)])):
            return None  # more than a name and its description ("Ann Lee says no", "Ann Lee and the vote")
        speaker = self._speaker_of_run(run, tokens[run.first].start)
        if speaker is None or speaker.kind != "person":
            return None
        return speaker, Span(tokens[run.first].start, tokens[run.last].end)

    def _heading_like(self, lo: int, hi: int) -> bool:
        text = self.text[lo:hi].rstrip()
        if len(text) >= 80 or text.endswith((".", ":", "!", "?", '"', "”", "’", "'")):
            return False
        # '"This will grind economies to a halt," he said' with its full stop lost: no heading
        return not (any(c in text for c in '"“”') and self._clauses_between(lo, hi, None))
