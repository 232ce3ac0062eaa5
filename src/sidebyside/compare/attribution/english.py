"""English clause shapes that hand a quotation to another subject than the one the general rules
find: a participle after a coordinated clause with a subject of its own ("police stopped him, but
LaSalle refused to comply, saying ..."), and "the company" after a sentence whose subject is
another body than the one it names last; a "he" after a paragraph that describes someone else
than the latest subject; "said the navy chief" for the one admiral named before (the title table);
"X said the airline had warned of '...'" for X; a "she" after a surname two people share. Read by
SubjectSearch, DescriptionResolution, PronounResolution and QuoteCrediting."""

from __future__ import annotations

import bisect

from sidebyside.compare.attribution.crediting import _SUBORDINATORS
from sidebyside.compare.attribution.identity import name_key
from sidebyside.compare.attribution.records import NARRATOR, Clause, Speaker, _Person, _unresolved
from sidebyside.compare.attribution.vocabulary import (
    _DETERMINERS, _FUNCTION, _SPACE, DO_FORMS, FINITE_AUXILIARIES, _profession)
from sidebyside.compare.attribution.descriptions import CULPRIT_NOUNS
from sidebyside.model import Span
from sidebyside.resources import resource_json

# conjunctions that, after a comma, open a clause with a subject of its own ("..., but Smith refused")
_CLAUSE_CONJUNCTIONS = frozenset("but and yet".split())
# verbs that credit only the words next to them, save in "X reported that ... '...'" (speech.json)
_REPORTING_THAT = frozenset(resource_json("attribution/speech.json")["verbs_reporting_that"])
# finite forms a subject may take without a speech verb ("Smith refused", "she was", "he had",
# "they did"): the clause readers' auxiliaries with the forms of "do"
_FINITE_AUXILIARIES = FINITE_AUXILIARIES | DO_FORMS
# roles written after "the" and the titles before a name that hold them ("the navy chief": "Admiral X")
_ROLES_OF_TITLES = {role: frozenset(titles) for role, titles in resource_json("attribution/speech.json")["roles_of_titles"].items()}

# verbs of remembering: what their subject recalls "he said" may be another man's words
_RECALLING = frozenset(("recall", "remember", "recount"))


class EnglishReading:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _coordinated_subject(self, k: int, v: int) -> tuple[int, int] | bool | None:
        """The subject of the latest clause of the sentence (opening at token k) joined by ", but",
        ", and" or ", yet" before the participle at v ("According to the charges, police stopped
        his car, but LaSalle refused to comply, saying officers ..."): a name or a pronoun with a
        finite verb after it; False when the clause opens with another subject ("the officers
        refused"): no one for sure, not the sentence's opening subject either; None when no such
        clause stands there (", and tried to ...": the same subject goes on)."""
        tokens = self.tokens
        for m in range(v - 2, k, -1):
            tok = tokens[m]
            if tok.norm not in _CLAUSE_CONJUNCTIONS or tok.cap or "," not in tok.gap or self._in_quote(m):
                continue
            s = m + 1
            if tokens[s].gap not in _SPACE:
                return None
            if tokens[s].norm in ("he", "she", "they") and not tokens[s].cap:
                end = s
            elif tokens[s].cap:
                run = self._run_starting(s)
                if run is None or run.kind == "place" or (run.run_first if run.run_first >= 0 else run.first) != s:
                    return False  # ", but I refused", ", but Ohio refused": no speaker the rules read
                end = run.last
            elif tokens[s].norm in _DETERMINERS:
                # ", but the officers refused, saying": a subject of its own, which no name gives
                return False if any(self._finite(tokens[j]) for j in range(s + 1, min(v, s + 5))) else None
            else:
                return None
            after = end + 1
            return (s, end) if after < v and not tokens[after].cap and self._finite(tokens[after]) else None
        return None

    @staticmethod
    def _finite(tok) -> bool:
        return tok.gap in _SPACE and (tok.norm.endswith("ed") or tok.norm in _FINITE_AUXILIARIES)

    def _other_body_opens_sentence(self, start: int, key: str) -> tuple[int, Speaker] | None:
        """The other one-word or body name, set off by a comma, that opens the sentence holding a
        body named at offset start not as its subject ("TSMC, the world's largest maker of chips,
        said ... it will manufacture for ATI"): the body a later "the company" stands for is that
        subject, not the name the sentence gives last. (where it is named, its speaker), or None."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(start))
        if k >= len(tokens) or self._quote_of_token[k] >= 0 or tokens[k].start >= start:
            return None
        run = self._run_starting(k)
        if run is not None and run.first == k and run.kind in ("single", "institution"):
            last, name = run.last, run.text
        elif len(tokens[k].text) >= 2 and tokens[k].text.isupper() and tokens[k].text.isalpha():
            last, name = k, tokens[k].text  # "TSMC, the world's largest maker of chips,": an acronym no run holds
        else:
            return None
        if last + 1 >= len(tokens) or "," not in tokens[last + 1].gap or name_key(name) in key.split():
            return None
        return tokens[k].start, Speaker(name, "institution", name_key(name))

    def _described_by_relative(self, m, pronoun: str | None) -> bool:
        """Whether a person named, not as a subject, in the paragraph just before a "he"/"she"
        is what that paragraph describes: a relative clause on the name ("A big reason why was
        Quinn, who was just 10 of 22"), with no pronoun of that gender going on about someone
        else there. A subject further back is then no surer a referent than this one."""
        tokens = self.tokens
        if m.possessive or self._complement_of_noun(m.start):
            return False
        k = bisect.bisect_left(self.at.token_starts, m.start)
        run = self._run_starting(k)
        last = run.last if run is not None and run.first == k else k
        if last + 1 >= len(tokens) or tokens[last + 1].norm != "who" or tokens[last + 1].cap:
            return False
        return pronoun is None or not self._pronoun_subject_before(m.start, pronoun)

    def _reports_that(self, clause: Clause) -> bool:
        """'Reed reported that the lorry had been "driving far too fast"': "report", "reveal" or
        "disclose" with "that" right after it reports someone's words as "said that" does, so the
        words in marks later in its sentence are the subject's (no paper's or channel's)."""
        v = clause.verb + 1
        return clause.base in _REPORTING_THAT and v < len(self.tokens) and self.tokens[v].norm == "that" \
            and self.tokens[v].gap in _SPACE and clause.speaker is not None and clause.speaker.kind != "media"

    def _goes_on_to_words(self, v: int) -> bool:
        """'He goes on: "..."', '"...," she went on, "..."': "go on" speaks only when a colon, a comma
        or a quotation mark follows its particle (or the text ends there); not "went on a mission",
        "goes on for hours", nor "went on to say" (whose "say" speaks)."""
        k = v + 2
        return k >= len(self.tokens) or any(c in self.tokens[k].gap for c in ':,"\u201c\u201d\u2018\u2019')

    def _reporter_over(self, pick: Clause, preceding: list[Clause], open_at: int) -> Clause | None:
        """The clause whose reported words hold the clause picked for a quotation later in the
        sentence ("Analyst Mei Tan said the airline had warned of staff shortages 'for a year at
        least'"): the words are the reporter's, since the reported subject is said to have spoken
        only of something, not these words. None when the picked verb gives the words as its own
        ("said the airline had warned that '...'", 'had warned: "..."'): only a verb that takes
        "of" or "about" ("warned of", "spoke about") says what was spoken of; or no such reporter."""
        tokens = self.tokens
        if len(preceding) < 2 or pick.inverted or pick.first > pick.verb or pick.speaker is None:
            return None
        outer = preceding[-2] if preceding[-1] is pick else None
        if outer is None or outer.speaker is None or outer.inverted or outer.verb >= pick.first \
                or outer.base != "say" or outer.speaker.key == pick.speaker.key:
            return None
        s = outer.verb + 1
        if s < pick.first and tokens[s].norm == "that" and tokens[s].gap in _SPACE:
            s += 1
        if s != pick.first or tokens[s].gap not in _SPACE:
            return None  # ("said on Sunday the airline had warned": not read as a reported clause here)
        nxt = tokens[pick.verb + 1] if pick.verb + 1 < len(tokens) else None
        if nxt is None or nxt.norm not in ("of", "about") or nxt.gap not in _SPACE or self._in_quote(pick.verb + 1):
            return None  # only "warned of", "spoke about": what was spoken of, not the words
        return outer

    def _titled_subject_before(self, at: int, pronoun: str) -> Speaker | None:
        """'Asked whether she would reopen the decision, the mayor did not rule it out. / "Council
        has spoken," she said.': a "he"/"she" right after a quotation opening its sentence, when the
        sentence of narration before it (in its paragraph or closing the one before) has for subject
        "the" and a role the text wrote as a title before one person's name ("Mayor Lise
        Thibodeau"), opening it or after the comma of a lead-in: that person, when not of the
        other sex and no one is named between; not the person named last."""
        if self.language not in (None, "en"):
            return None
        found = self._quoted_sentence_of_pronoun(at)
        if found is None:
            return None
        tokens = self.tokens
        s, first, _v = found
        before = self.at.sentences[s - 1]
        if self.at.paragraph_at(before.start) not in (self.at.paragraph_at(at), self.at.paragraph_at(at) - 1):
            return None
        lo = bisect.bisect_left(self.at.token_starts, before.start)
        subject = next((m for m in range(lo, min(first, lo + self.settings.lead_in_tokens))
                        if tokens[m].norm == "the" and (m == lo or "," in tokens[m].gap) and self._quote_of_token[m] < 0), None)
        if subject is None:
            return None
        for last in (subject + 1, subject + 2):
            after = last + 1
            if after >= first or not all(not t.cap and t.norm.isalpha() and t.gap in _SPACE for t in tokens[subject + 1 : after + 1]):
                return None  # ("the mayor did": lower-case words, a verb after the role)
            if tokens[last].norm not in self._titled_words:
                continue
            if tokens[after].norm in ("of", "for", "and", "or", "at", "in"):
                return None  # "the mayor of Dartmouth": another office, or two people
            speaker = self._role_as_title(subject, last, tokens[subject].start)
            if speaker is None or self._gender.get(speaker.key, pronoun) != pronoun:
                return None
            if any(not self._in_quote(bisect.bisect_left(self.at.token_starts, p.start))
                   for p in self._mentions_between(tokens[subject].start, at)):
                return None  # someone named since, whom the pronoun may be
            return speaker
        return None

    def _role_by_title(self, first: int, last: int, at: int) -> Speaker | None:
        """'"We acted in self-defence," said the navy chief' after "Admiral Ravi Kohl had declared":
        a role the title table gives to a title ("navy chief": admiral) stands for the one person
        the text titled so before it (the latest within reach; another so titled anywhere before: no one)."""
        tokens = self.tokens
        if last - first not in (2, 3) or any(t.possessive or not t.norm.isalpha() for t in tokens[first + 1 : last + 1]):
            return None
        titles = _ROLES_OF_TITLES.get(" ".join(t.norm for t in tokens[first + 1 : last + 1]))
        if titles is None:
            return None
        found: Speaker | None = None
        for m in self._mentions[: bisect.bisect_left(self._mention_starts, at)]:
            if titles & self._titled_as.get(m.key, set()):
                if found is not None and found.key != m.key:
                    return None  # two admirals: the navy chief may be either
                found = Speaker(m.canonical, "person", m.key)
                near = m.start >= at - self.settings.resolve_chars
        return found if found is not None and near else None

    def _one_of_a_surname(self, m: _Person, pronoun: str) -> _Person | bool | None:
        """For a subject written as a surname alone that the text gives two people or more in full
        ("Ellen Dorn had married John Dorn ... Dorn recalls ...; she said"), which the index read as
        one of them of another gender than the pronoun's: the one person of that surname of the
        pronoun's gender (her latest mention), or False when none or several are: the pronoun is
        no one then, not someone named further back. None when m is no such surname."""
        k = bisect.bisect_left(self.at.token_starts, m.start)
        run = self._run_starting(k)
        if run is None or run.first != k or run.last != k or run.run_first not in (-1, k):
            return None
        people = {e[2]: name_key(e[2]) for e in self._full.get(self.tokens[k].norm, ()) if len(e[1]) >= 2}
        if len(set(people.values())) < 2 or m.key not in people.values():
            return None
        fits = {key for key in people.values() if self._gender.get(key) == pronoun}
        if len(fits) != 1:
            return False
        (key,) = fits
        i = bisect.bisect_left(self._mention_starts, m.start)
        return next((p for p in reversed(self._mentions[:i]) if p.key == key), False)

    def _unresolved_pronoun_between(self, pick: Clause, open_k: int) -> bool:
        """A "he" or "she" of the narration that speaks between the clause picked and the quotation
        and that names no one the rules can tell ("Dorn recalls that ...; she said she was
        'stunned'", two women named Dorn): the words are that pronoun's, not the earlier clause's."""
        k = bisect.bisect_right(self._clause_verbs, pick.verb)
        for clause in self.clauses[k : k + 4]:
            if clause.verb >= open_k:
                break
            if clause.speaker is None and clause.inside is None and clause.first == clause.last \
                    and self.tokens[clause.first].norm in ("he", "she") and not clause.inverted:
                return True
        return False

    def _pronoun_passes_over_speaker(self, parts: list[int], clause: Clause, speaker: Speaker,
                                     speakers: list, rules: list) -> bool:
        """Whether a "he"/"she" clause credits someone else than the one who spoke the latest
        quotation before it, with nothing in the narration since that brings its referent back:
        '"I'm scared," said fisherman's wife Mapahai. / "We have no medicine," she said' after a
        governor (a speaker the rules could not read), or '"... preview, Tyler Reguly ... says. /
        ... / He adds, "..."' after Paul Henry (a clause a stray mark left inside a quotation).
        The two are equally good referents, so the words are no one's. A speaker of the other
        gender than the pronoun's is no such rival (a "she" after a man's quotation)."""
        if clause.inside is not None or clause.first != clause.last or self.tokens[clause.first].norm not in ("he", "she"):
            return False
        if clause.how in ("deed-description", "titled-description"):
            return False  # (the description the sentence before has for subject brings its person back: "The convicted killer ...", "the mayor")
        pronoun = self.tokens[clause.first].norm
        quotes, at = self.at.quotes, self.at
        j = self._statement_before(parts)
        if j is None or at.paragraph_at(quotes[parts[0]].open_at) - at.paragraph_at(quotes[j].open_at) > 2:
            return False
        rival = speakers[j]
        if rival is None:
            if rules[j] != "guard-unnamed-verb-after":
                return False  # (a quotation no one is said to speak: no rival)
        elif rival.key in (speaker.key, NARRATOR.key) or rival.kind != "person" \
                or self._gender.get(rival.key, pronoun) != pronoun:
            return False  # (the narrator's "said I" is no rival: "he answered" is the one he speaks to)
        # the narration since that quotation names the pronoun's referent again: it is the latest one
        verb_at = self.tokens[clause.verb].start
        if self._possessed_subject_noun(quotes[j].end, verb_at) is not None:
            return False  # ("Her son said she swam daily. / '...,' he said": the one described so, brought back)
        return not any(m.key == speaker.key for m in self._mentions_between(quotes[j].end, verb_at))

    def _statement_before(self, parts: list[int]) -> int | None:
        """The latest quotation of a statement (not nested) among the seven before parts' first."""
        quotes = self.at.quotes
        return next((j for j in range(parts[0] - 1, max(-1, parts[0] - 8), -1)
                     if quotes[j].nested_in is None and quotes[j].kind == "statement"), None)

    def _rival_adding_on(self, parts: list[int], clause: Clause, speakers: list) -> Speaker | None:
        """When _pronoun_passes_over_speaker refuses a "he"/"she" clause whose verb goes on from
        words said before ("He adds", "she continued"): the person who spoke the latest quotation
        before, who the verb says goes on ('"..., Tyler Reguly ... says. / He adds, "..."'); None
        for any other verb."""
        if clause.base not in ("add", "continue"):
            return None
        j = self._statement_before(parts)
        rival = speakers[j] if j is not None else None
        return rival if rival is not None and rival.kind == "person" else None

    def _pronoun_passes_over_description(self, parts: list[int], clause: Clause, speaker: Speaker) -> bool:
        """Whether a "he"/"she" clause right after a quotation credits someone the sentence of
        narration right before the quotation does not speak of: that sentence's subject is a person
        described, not named ("The 45-year-old welder lost his job in May. "It is hard," he said."),
        whom the description does not resolve to the one credited, and no name of that one stands
        in it. The pronoun is the described person's, whom we cannot tell: no one rather than the
        last man named before."""
        tokens, vocab = self.tokens, self.vocab
        if clause.inside is not None or clause.first != clause.last or tokens[clause.first].norm not in ("he", "she"):
            return False
        open_at = self.at.quotes[parts[0]].open_at
        if tokens[clause.first].start < open_at:
            return False  # ('He said: "..."': the pronoun before the words is read with its own sentence)
        s = self._sentence_before_quote(open_at)
        if s < 0 or self.at.sentences[s].end > open_at or self.text[self.at.sentences[s].end : open_at].strip(" \u00a0\n\"“‘'"):
            return False  # (only narration right before the words, a sentence of its own)
        sentence = self.at.sentences[s]
        m = bisect.bisect_left(self.at.token_starts, sentence.start)
        if m + 3 >= len(tokens) or tokens[m].norm != "the" or self._quote_of_token[m] >= 0:
            return False
        i = bisect.bisect_left(self._mention_starts, sentence.start)
        described_so = {d for p in self._mentions[:i] for d in p.descriptors}  # ("Tom Reed, a welder,": "the welder")
        heads = [j for j in range(m + 1, min(m + 6, len(tokens))) if tokens[j].start < sentence.end and not tokens[j].cap
                 and (tokens[j].norm in vocab.person_nouns or _profession(tokens[j].norm) or tokens[j].norm in described_so
                      or tokens[j].norm == "old" and tokens[j - 1].norm in ("year", "years"))]
        k = next((j for j in heads if j + 1 < len(tokens) and tokens[j + 1].gap in _SPACE
                  and tokens[j + 1].norm not in vocab.person_nouns and not _profession(tokens[j + 1].norm)), None)
        if k is not None and k + 1 < len(tokens) and tokens[k + 1].gap.strip() == ",":
            k = self._after_aside(k, sentence.end)  # "The convicted killer, wearing an orange jumpsuit, spoke"
        if k is None or k + 1 >= len(tokens) or tokens[k + 1].cap or tokens[k + 1].norm in _FUNCTION \
                or tokens[k + 1].gap not in _SPACE or not tokens[k + 1].norm.isalpha():
            return False  # (the description is the sentence's subject, a verb right after it)
        head = tokens[k].norm
        if head.endswith("woman") and tokens[clause.first].norm == "he" or head.endswith("man") and not head.endswith("woman") \
                and tokens[clause.first].norm == "she":
            return False
        if any(p.key == speaker.key for p in self._mentions_between(sentence.start, sentence.end)):
            return False
        # the one credited was described so before ("Tom Reed, a welder, ..."): the description is his
        return not any(p.key == speaker.key and head in p.descriptors for p in self._mentions[:i])

    def _after_aside(self, k: int, end: int) -> int | None:
        """The last token of a participle's or a relative clause's aside set off by commas after
        the head noun at k ("killer, wearing an orange jumpsuit, spoke": "jumpsuit"), so that the
        verb after it is read as the head's; None when no such aside closes in the sentence."""
        tokens = self.tokens
        opener = tokens[k + 1].norm
        if not (opener.endswith(("ing", "ed")) or opener in ("who", "whose")) or tokens[k + 1].cap:
            return None
        for j in range(k + 2, min(len(tokens), k + 16)):
            if tokens[j].start >= end or self._quote_of_token[j] >= 0:
                return None
            if tokens[j].gap.strip() == ",":
                return j - 1
        return None

    def _sentence_before_quote(self, open_at: int) -> int:
        """The index of the sentence the text model ends right before a quotation opening at
        open_at (the one its opening mark starts skipped)."""
        s = self.at.sentence_at(open_at)
        while s > 0 and self.at.sentences[s].start >= open_at - 1:
            s -= 1
        return s

    def _person_described_by_head(self, parts: list[int], pronoun: str) -> Speaker | None:
        """The one person the text described, before, with the head noun of the description that
        the sentence right before the quotation opens with ("Tom Reed, a welder, ... / The welder
        lost his job. "...," he said."): when _pronoun_passes_over_description refuses the
        pronoun's first referent, the description's own person, or None (none or several)."""
        sentence = self.at.sentences[self._sentence_before_quote(self.at.quotes[parts[0]].open_at)]
        m = bisect.bisect_left(self.at.token_starts, sentence.start)
        i = bisect.bisect_left(self._mention_starts, sentence.start)
        words = {self.tokens[j].norm for j in range(m + 1, min(m + 6, len(self.tokens))) if self.tokens[j].start < sentence.end}
        people = {p.key: p for p in self._mentions[:i] if p.descriptors & words}
        if not people:  # "The convicted killer, ..., spoke": the one whose deed the article told
            head = next((j for j in range(m + 1, min(m + 6, len(self.tokens))) if self.tokens[j].norm in CULPRIT_NOUNS), None)
            subject = [self.tokens[j].norm for j in range(m + 1, head + 1)] if head is not None else []
            return self._person_by_deed(subject, sentence.start, pronoun) if subject else None
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        if self._gender.get(person.key, pronoun) != pronoun:
            return None  # ("Ann Lee, a welder, ... / The welder ... he said": not her)
        return Speaker(person.canonical, "person", person.key)

    def _own_verb_unread_before(self, open_at: int) -> bool:
        """Whether a speech verb stands right before the quotation's opening mark (a comma or a
        colon between them at most) in a clause whose subject names no one the rules can tell
        ("and everyone said 'yes, that's the Doctor'", "someone shouted: '...'"): the words have a
        speaker of their own, so they carry on no earlier speaker's."""
        k = bisect.bisect_left(self.at.token_starts, open_at) - 1
        if k < 0 or self.text[self.tokens[k].end : open_at].strip() not in ("", ",", ":"):
            return False
        i = bisect.bisect_left(self._clause_verbs, k)
        return i < len(self.clauses) and self.clauses[i].verb == k and self.clauses[i].speaker is None \
            and not self.clauses[i].inverted

    def _names_same_document(self, clause: Clause, words: list[str]) -> bool:
        """Whether the subject of clause (its determiner aside) is the document the words after
        "the" name: the same words, or the same words after the capitalised name of the body that
        put it out ("The NCAA report says ... / ..., the report said": the NCAA report)."""
        tokens = self.tokens
        subject = tokens[clause.first + 1 : clause.last + 1]
        n = len(subject) - len(words)
        if n < 0 or [t.norm for t in subject[n:]] != words:
            return False
        return all(t.cap and not t.possessive for t in subject[:n])

    @staticmethod
    def _document_of_another_body(modifiers: set[str], author: Speaker) -> bool:
        """Whether a document's description names, in capitals, a body other than the author the
        latest speaking body would make it ("the NCAA report" after "Ohio State said"): no word of
        the one is a word of the other, so the report is not that body's."""
        return bool(modifiers) and not modifiers & {w.casefold() for w in author.name.split()}

    def _word_of_body_name(self, m: int, k: int) -> bool:
        """Whether the capitalised token m, after another capitalised word from token k on, is a
        word of a body's name before a speaker's title ('," Ohio State president Karen Holbrook
        said'), not a verb of its own ("state")."""
        tokens = self.tokens
        return m > k and tokens[m].cap and tokens[m - 1].cap and tokens[m].gap in _SPACE \
            and not tokens[m - 1].possessive and tokens[m - 1].norm.isalpha()

    def _introduced_by_unresolved(self, open_at: int) -> bool:
        """Whether a clause whose subject names no one we can tell introduces the quotation in its
        own sentence, a comma or a colon between them ("A staff member recalled that he said,
        '...,' the office said"): the words are that one's, not those of a clause after the close."""
        v = bisect.bisect_left(self.at.token_starts, open_at)
        k = bisect.bisect_left(self._clause_verbs, v) - 1
        if k < 0 or not _unresolved(self.clauses[k]):
            return False
        end = self.tokens[max(self.clauses[k].last, self.clauses[k].verb)].end
        return self.text[end:open_at].strip(" \u00a0\"\u201c\u2018'") in (",", ":")

    def _pronoun_reported_by_its_referent(self, clause: Clause) -> bool:
        """Whether a "he"/"she" clause stands in what a clause of the same sentence recalls, whose
        subject is the person the pronoun was resolved to ("Tom Hale, a neighbour, recalled that he
        said, '...'"): the pronoun may as well be someone else whose words he recalls, so it names
        no one for sure. (Not after "said": "Smith said he told police" is Smith.)"""
        tokens = self.tokens
        p = clause.first
        if clause.inside is not None or clause.first != clause.last or tokens[p].norm not in ("he", "she") \
                or clause.speaker is None or p < 2:
            return False
        v = p - 1 if tokens[p - 1].norm == "that" else p
        i = bisect.bisect_left(self._clause_verbs, v) - 1
        if i < 0:
            return False
        outer = self.clauses[i]
        return outer.verb == v - 1 and outer.base in _RECALLING and outer.inside is None and outer.speaker is not None \
            and outer.speaker.key == clause.speaker.key and tokens[v].gap in _SPACE

    def _owner_noun_opens(self, h: int, k: int) -> bool:
        """Whether token h, a possessive, is the lower-case noun opening a description after a
        speech verb ("said fisherman's wife Mapahai, 35"): the description's owner, a word of it."""
        return h == k and not self.tokens[h].cap and self.tokens[h].norm[:-2].isalpha()

    def _aged_lone_name(self, run) -> bool:
        """A one-word name given an age right after it ("wife Mapahai, 35,"): a person, as a full
        name is, after a description of a person's role."""
        return run.first == run.last and run.kind in ("person", "single") and self._aged(run)

    def _narrated_in_own_paragraph(self, index: int, p_lo: int, speakers: list, spans: list):
        """'"...," Quinn says. / She started the book after her father died. "He used to say ..."':
        a quotation after one sentence of narration that opens its paragraph with "He"/"She" and
        holds no clause of speech, the pronoun standing for the last speaker credited before it:
        that speaker speaks on, as after a paragraph of such narration (_speaker_narrated_before)."""
        if self._one_sentence_before(index, p_lo) is None:
            return None, None
        return self._speaker_narrated_before(index, p_lo, speakers, spans)

    def _one_sentence_before(self, index: int, p_lo: int) -> str | None:
        """The narration from the paragraph's start p_lo to quotation index's opening mark, when it
        is one sentence, ended ("Asked about it, Lee laughed."), else None."""
        before = self.text[p_lo : self.at.quotes[index].open_at].rstrip(" \u00a0\"\u201c\u2018'")
        if not before.endswith((".", "!", "?")) or self.at.sentence_at(p_lo) != self.at.sentence_at(len(before) + p_lo - 1):
            return None
        return before

    def _action_beat_before(self, index: int, p_lo: int, speakers: list | None = None):
        """_action_beat for a quotation after one sentence of narration that opens its paragraph
        and holds no clause anyone speaks on ("Asked what he would do now, Whitfield laughed.")."""
        before = self._one_sentence_before(index, p_lo)
        return None if before is None else self._action_beat(index, p_lo + len(before) - 1, speakers)

    def _action_beat(self, index: int, stop: int, speakers: list | None = None):
        """'Asked what he would do now, Whitfield laughed. "Sleep past five."': a sentence that
        ends on a person's name and a lower-case verb of no speech (an action: "laughed",
        "shrugged", an adverb after it at most), right before a quotation in its paragraph that
        has no clause of its own: that person's words, as a reader takes them. Never a name the
        quotation holds ('Lee paused. "Ann Lee is a friend."'). The speaker and its span, or None."""
        tokens = self.tokens
        v = bisect.bisect_left(self.at.token_starts, stop) - 1  # the last word before the full stop
        if v < 1 or tokens[v].end != stop:
            return None
        if tokens[v].norm.endswith("ly") and tokens[v].gap in _SPACE:
            v -= 1
        verb = tokens[v]
        if verb.cap or not verb.norm.isalpha() or verb.gap not in _SPACE or not verb.norm.endswith(("ed", "s")) \
                or verb.norm in _FUNCTION:
            return None
        if tokens[v - 1].norm in ("he", "she"):
            return self._pronoun_beat(index, v, speakers or [])
        run = self._runs.get(v - 1)
        if run is None or run.kind not in ("person", "single") or run.last != v - 1 or tokens[run.last].possessive \
                or self._quote_of_token[run.first] >= 0:
            return None
        first = run.run_first if run.run_first >= 0 else run.first
        if not tokens[first].initial:
            # only after a lead-in that opens the sentence ("Asked about it,", "After the vote,"),
            # never after a subject of its own ("The council, led by Ann Lee, agreed.")
            opening = tokens[bisect.bisect_left(self.at.token_starts, self._sentence_start(tokens[first].start))]
            if tokens[first].gap.strip() != "," or not (opening.norm.endswith(("ed", "ing")) or opening.norm in _SUBORDINATORS):
                return None  # (the name opens its sentence, or follows a lead-in's comma: the sentence's subject)
        speaker = self._speaker_of_run(run, tokens[run.first].start)
        if speaker is None or speaker.kind != "person" or self._named_inside(speaker, [index]):
            return None
        return speaker, Span(tokens[run.first].start, tokens[run.last].end)

    def _pronoun_beat(self, index: int, v: int, speakers: list):
        """'"Not really." She laughs. "One critic ..."', 'When I ask what she does, she laughs. "..."':
        a reaction verb ("laughs", "sighs": speech.json reaction_verbs) after "he"/"she" that opens
        its sentence or follows a lead-in's comma: the one its clause resolved the pronoun to, a
        person the quotation does not name. Other verbs after a pronoun are left to the rules of
        narration (_narrated_in_own_paragraph). Never after a quotation of its paragraph or the one
        before credited to someone else or to no one, or a question ('"Stu, are you all right?" / He
        sighed. "..."': a change of speaker in a dialogue, which the pronoun's resolution does not see)."""
        tokens = self.tokens
        k = bisect.bisect_left(self._clause_verbs, v)
        clause = self.clauses[k] if k < len(self.clauses) and self.clauses[k].verb == v else None
        if clause is None or clause.base not in self.vocab.reactions or clause.first != v - 1 or clause.inside is not None:
            return None
        pronoun = tokens[v - 1]
        if not pronoun.initial:
            opening = tokens[bisect.bisect_left(self.at.token_starts, self._sentence_start(pronoun.start))]
            if pronoun.gap.strip() != "," or not (opening.norm.endswith(("ed", "ing")) or opening.norm in _SUBORDINATORS):
                return None
        speaker = clause.speaker
        if speaker is None or speaker.kind != "person" or self._named_inside(speaker, [index]):
            return None
        para = self.at.paragraph_at(pronoun.start)
        lo = self.at.paragraphs[para - 1][0] if para > 0 else 0
        if index > 0 and self.at.quotes[index - 1].start >= lo and index - 1 < len(speakers) \
                and (speakers[index - 1] is None or speakers[index - 1].key != speaker.key
                     or self.text[self.at.quotes[index - 1].start : self.at.quotes[index - 1].end].rstrip(" \"'”’").endswith("?")):
            return None  # (nor after a question: '"Are you all right?" Brandt said. / He sighed. "...": the answer is another's)
        return speaker, Span(pronoun.start, pronoun.end)
