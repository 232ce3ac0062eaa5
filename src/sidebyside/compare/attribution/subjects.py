"""The subject of a speech verb: the words before it (across asides and lead-ins) or after it."""

from __future__ import annotations

import bisect

from sidebyside.compare.attribution.records import _NameRun
from sidebyside.compare.attribution.vocabulary import FINITE_AUXILIARIES, _STRONG, _BE, _ELIDED_NOUN, _MEDIA_HEADS, _POST_ADJECTIVES, _PREPOSITIONS, _DETERMINERS, _FUNCTION, _ONE_OF, _PRONOUNS, _SENTENCE_BREAK, _SKIP_BACK, _SPACE, _SPACE_OR_HYPHEN, _profession
from sidebyside.calendar_words import months, weekdays
from sidebyside.compare.title_case import title_cased
from sidebyside.compare.tokens import singular
from sidebyside.name_lists import NAME_PARTICLES


_TITLE_MARKS = '"“”'
_NO_TITLE_MARKS = str.maketrans("", "", _TITLE_MARKS)


_DASHES = ("—", "–", "--")  # an aside set off by dashes
# words of an aside that keeps a source unnamed ("who asked not to be named", "on condition of anonymity")
_UNNAMED_ASIDE_WORDS = frozenset("named identified anonymity anonymously authorized authorised".split())
_TOLD = (-1, -1)  # a name after a foreign verb that is whom the words were told ("dijo a la ministra X")

# time phrases between a subject and its verb ("The navy in November said")
_WEEKDAYS = frozenset(weekdays())
_MONTHS = frozenset(months(abbreviations=False))
_TIME_NOUNS = frozenset("week month year weekend night morning afternoon evening".split())
# conjunctions opening a subordinate clause with a subject of its own ("when the group began ...")
_SUBORDINATORS = frozenset("when while after before because since until although though whereas as".split())


class SubjectSearch:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _sentence_subject(self, v: int) -> tuple[int, int] | None:
        """The subject of the clause a participle hangs on: the latest clause of the sentence,
        else the noun phrase opening the sentence."""
        s = self.at.sentence_at(self.tokens[v].start)
        s_start = self.at.sentences[s].start if s >= 0 else 0
        k = bisect.bisect_left(self.at.token_starts, s_start)
        tokens = self.tokens
        # "напомнил, что бухгалтер Сергей Никонов ещё в 2022 году предупреждал": a verb after a
        # complementizer of another language has its own subject there, never the main clause's
        comp = next((m for m in range(v - 1, k - 1, -1) if tokens[m].text.casefold() in self.vocab.foreign_complementizers), None)
        for clause in reversed(self.clauses[-4:]):
            if self.tokens[clause.verb].start >= s_start and clause.verb < v:
                if comp is not None and clause.verb < comp:
                    return None
                if self._new_subject_between(clause.verb, v):
                    return None  # '... indicated he had acted when the group began throwing stones while shouting'
                coordinated = self._coordinated_subject(clause.verb, v)
                if coordinated is not None:
                    return coordinated or None  # "X said ..., but Y refused, saying": Y's
                return clause.first, clause.last
        if comp is not None:
            return None
        coordinated = self._coordinated_subject(k, v)
        if coordinated is not None:
            return coordinated or None  # "police stopped his car, but LaSalle refused to comply, saying": his
        if k < v and tokens[k].norm in self.vocab.openers and tokens[k].norm not in _PRONOUNS:
            # "In his initial Instagram announcement, Van Der Beek ...": after the lead-in
            for m in range(k + 1, min(v, k + 12)):
                if tokens[m].gap.strip() == ",":
                    k = m
                    break
        if k >= v:
            return None
        run = self._run_starting(k)
        if run is not None and (run.run_first if run.run_first >= 0 else run.first) == k:
            if run.first == run.last and run.kind == "single" and self._only_sentence_case(tokens[k].norm):
                # "Pressure has been mounting, warning ...": no one; "Beat writer Larry Holder puts": him
                return self._opening_np_before_verb(k, v)
            if run.kind == "single" and tokens[run.first].norm in self.vocab.title_words:
                titled = self._person_after_title(run)
                if titled is not None:
                    return titled  # "Secretary of State Condoleezza Rice will present ..., asking"
            if not tokens[run.last].possessive:
                return run.first, run.last
            # "Jeffs' attorney, Mike Picarretta, hinted ... and said": the one the possessive describes
            h = run.last + 1
            while h < v and (tokens[h].gap in _SPACE or h == run.last + 1 and tokens[h].gap.strip() in ("'", "’")) \
                    and not tokens[h].cap and tokens[h].norm not in _FUNCTION:
                h += 1  # ("Jeffs' attorney": the plural possessive's mark stands in the gap)
            if h - 1 == run.last:
                return None
            head = tokens[h - 1].norm
            described = self._apposition_name_after(h - 1)
            if described is None and (head in self.vocab.person_nouns or head in self.vocab.title_words
                                      or head in self.vocab.body_nouns or head.endswith(self.vocab.agent_suffixes)):
                described = (k, h - 1)  # "Jeffs' attorney said" (not "Henry's reference to ...")
            return described
        if tokens[k].norm in ("he", "she", "it", "they"):
            return k, k
        return self._opening_np_before_verb(k, v)

    def _opening_np_before_verb(self, k: int, v: int) -> tuple[int, int] | None:
        """The noun phrase opening a sentence at k when a finite verb follows it: "Beat writer
        Larry Holder puts ...", "Sudanese government spokesperson Rabie A. Atti defended ...", "An
        assistant delivered ...", "other protesters joined ...". Only a name, or a description
        whose head names people, and only before a regular past ("-ed") or present ("-s") form:
        an unknown word after it ("The decision was welcomed") leaves the participle unowned."""
        tokens = self.tokens
        for m in range(k, min(v - 1, k + self.settings.subject_tokens)):
            if any(c in tokens[m + 1].gap for c in ",;:()\"“”"):
                return None  # a comma or a mark: the phrase is no plain subject
            verb = tokens[m + 1].norm
            aux = m + 2 if m + 2 < v and tokens[m + 2].norm in ("been", "being") else m + 1
            progressive = verb in FINITE_AUXILIARIES and aux + 1 < v and tokens[aux + 1].gap in _SPACE \
                and tokens[aux + 1].norm.endswith(("ing", "ed"))  # "Detectives are scouring CCTV and believe"
            if tokens[m + 1].cap or tokens[m + 1].gap not in _SPACE or (verb in _FUNCTION or not verb.isalpha() \
                    or not (verb.endswith("ed") or verb.endswith("s") and not verb.endswith("ss"))) and not progressive:
                continue
            np = self._np_ending_at(m)
            if np is None:
                continue  # "other protesters joined": a plural noun ends in -s too
            if any(tokens[j].norm in ("who", "whom") for j in range(m + 2, v)):
                return None  # "Police arrested the protesters, who waved flags, shouting": theirs or not
            if np[0] < k or np[0] - k > 4 or any(
                    tokens[j].norm in _FUNCTION and tokens[j].norm not in _DETERMINERS or tokens[j].possessive
                    or tokens[j].norm.endswith("ed") or tokens[j].norm in self.vocab.verbs for j in range(k, np[0])):
                return None  # "Police arrested a man who ...": the words before are no role of the name
            run = self._runs.get(np[1])
            if run is not None:
                return np if run.kind in ("person", "single") and not self._only_sentence_case(tokens[run.first].norm) else None
            head = tokens[np[1]].norm
            return np if head in self.vocab.person_nouns or singular(head) in self.vocab.person_nouns \
                or _profession(head) else None
        return None

    def _role_before_person(self, m: int) -> bool:
        """'said importer Luis Mendez': a noun of a person by what they do (by its ending) right
        before a full personal name; a name of one word or of a body is not taken on this alone."""
        role = self.tokens[m - 1].norm
        if len(role) < 5 or not role.endswith(self.vocab.agent_suffixes):
            return False
        run = self._run_starting(m)
        return run is not None and run.first == m and run.kind == "person" and run.last > run.first

    def _person_after_owner(self, h: int) -> tuple[int, int] | None:
        """'said RedMonk's Stephens', 'according to Apple's Tim Cook': right after an owner's
        possessive name, a person's name (a full one, or one word the text gives elsewhere as
        the last of a full name) is the one who speaks, not the owner."""
        tokens = self.tokens
        if h >= len(tokens) or not tokens[h].cap or tokens[h].gap not in _SPACE:
            return None
        run = self._run_starting(h)
        if run is None or run.first != h or (run.run_first >= 0 and run.run_first != h) or tokens[run.last].possessive:
            return None
        nxt = tokens[run.last + 1] if run.last + 1 < len(tokens) else None
        if nxt is not None and nxt.gap in _SPACE and not nxt.cap and nxt.norm not in _FUNCTION and nxt.norm not in self.vocab.verbs:
            return None  # "NBC's Real Life program": a name modifying a noun, no one's
        if run.kind == "person" and run.last > run.first or run.kind == "single" and tokens[h].norm in self._surnames:
            return run.first, run.last
        return None

    def _person_after_owned_role(self, h: int) -> tuple[int, int] | None:
        """'said Hardester's Market clerk Alicia Mullin': after an owner's name, the rest of the
        owner's name and a lower-case noun of the person's role, then a full personal name."""
        tokens, n = self.tokens, len(self.tokens)
        m = h
        while m < n and m - h <= self.settings.name_tokens and tokens[m].gap in _SPACE and not tokens[m].possessive:
            prev = tokens[m - 1]
            if not tokens[m].cap and (tokens[m].norm in _FUNCTION or tokens[m].norm in self.vocab.verbs or not tokens[m].norm.isalpha()):
                return None
            if tokens[m].cap and m > h and not prev.cap and prev.gap in _SPACE:
                person = self._run_starting(m)
                if person is not None and person.first == m and person.kind == "person" and person.last > person.first:
                    return person.first, person.last
                return None
            m += 1
        return None

    def _run_starting(self, k: int) -> _NameRun | None:
        for last in range(k, min(k + self.settings.name_tokens + 3, len(self.tokens))):
            run = self._runs.get(last)
            if run is not None:
                return run if run.first >= k and self.tokens[k].cap else None
        return None

    def _subject_before(self, v: int) -> tuple[int, int] | None:
        tokens = self.tokens
        g = self._verb_before_to(v)
        if g is not None:
            return self._subject_before(g)  # "He went on to say", "Smith continued to insist": the subject of "went"
        k = v - 1
        while k >= 0 and not tokens[k].cap and tokens[k + 1].gap in _SPACE:
            if tokens[k].norm in _SKIP_BACK or tokens[k].norm.endswith("ly") and len(tokens[k].norm) > 4 \
                    and tokens[k].norm not in self.vocab.person_nouns:
                k -= 1  # "also said", "tearfully asked" (not "his family said")
            elif k >= 1 and tokens[k].gap == "-" and f"{tokens[k - 1].norm}-{tokens[k].norm}" in _SKIP_BACK:
                k -= 2  # "flat-out denied"
            elif tokens[k].norm in self.vocab.foreign_auxiliaries and tokens[v].norm in self.vocab.foreign_verbs:
                k -= 1  # "il a ajouté", "Arnaud a estimé", "la pm ha aggiunto": the auxiliary of a foreign verb
            elif tokens[k].norm in self.vocab.object_clitics and tokens[v].norm in self.vocab.foreign_verbs \
                    and (k + 1 == v or tokens[k + 1].norm in self.vocab.foreign_auxiliaries):
                k -= 1  # "elle lui a répondu", "la pm le ha chiesto", "le dijo": whom she spoke to, no subject
            else:
                break
        if k < 0:
            return None
        when = self._time_before_verb(k)
        if when is not None and when > 0 and tokens[when].gap in _SPACE:
            found = self._np_ending_at(when - 1)
            run = self._runs.get(found[1]) if found is not None else None
            if run is not None and run.last == found[1] and run.kind in ("person", "institution", "media"):
                return found  # "The Indian Navy in November said", "Tom Hale last week said": the name before the time
        if any(tokens[m].norm in self.vocab.object_clitics for m in range(k + 1, v)) and self._question_ends_at(v):
            return None  # "Cosa le ha detto?": a question to someone, no attribution
        if tokens[k].norm in _BE and tokens[v].norm.endswith("ed") or tokens[k].norm in ("been", "being"):
            return None  # "Epstein was mentioned": a passive names no speaker
        if tokens[k].norm in ("who", "which") and tokens[k].gap.strip() == "," and k > 0 and tokens[k + 1].gap in _SPACE:
            # "the U.S. government, which condemned the strike as", "Jane Smith, who said": the
            # relative clause's subject is the phrase before the comma (a speaker's, or no one)
            return self._np_ending_at(k - 1)
        if (conjunct := self._conjunct_subject(k, v)) is not None:
            return conjunct  # "…, men sier at", "och sa att": the sentence's subject (foreign.py)
        if tokens[k].norm in ("and", "but") and tokens[k + 1].gap in _SPACE:
            if k > 0 and self._subject_before_relative(k - 1) is not None:
                # "an employee who had followed her in and had yelled": the relative clause's own
                return self._subject_before_relative(k - 1)
            for m in range(k - 1, max(0, k - self.settings.aside_tokens), -1):
                if any(c in tokens[m].gap for c in _SENTENCE_BREAK):
                    break
                if tokens[m].norm == "who":
                    if any("," in tokens[x].gap for x in range(m + 1, k + 1)):
                        break  # "Assad, who arrived on Tuesday, voiced support and said": the aside closed
                    # "Firemen had to restrain a woman outside the bank, who wept and cried": hers, not
                    # the firemen's; her phrase is not read surely, so no one
                    return None
            own = self._group_subject_of_conjunct(k)
            if own is not None:
                return own  # "the more the people shrug and think", "the crowd cheered and shouted"
            return self._sentence_subject(v)  # "Assad voiced support and said"
        gap = tokens[k + 1].gap
        if gap.strip() == "." and self._abbreviation_before(k + 1):
            gap = " "  # "James Kennedy Jr. said"
        elif gap.strip() == "." and self._state_after_place(k):
            # "Matt Smith, the county attorney in Mohave County, Az. said": the aside's closing
            # comma after the state's abbreviation was left out
            return self._name_before_unclosed_aside(k - 1)
        if gap in _SPACE:
            found = self._np_ending_at(k)
            relative = self._relative_object_of(found) if found is not None and not self._is_name_np(found) else None
            if relative is not None:
                # "The union that represents the workers said": the relative clause's object does not speak
                return self._np_ending_at(relative - 1) if relative > 0 else None
            if found is None and tokens[k].norm in _ONE_OF and (k == 0 or tokens[k].gap.strip()):
                return None  # "..., most believe": a quantity of people, not a noun phrase further back
            if found is None and tokens[k].norm not in _DETERMINERS and (k == 0 or tokens[k - 1].norm not in _DETERMINERS):
                found = self._subject_before_relative(k)
            if found is not None and found[0] >= 2 and tokens[found[0] - 1].norm == "by" and tokens[found[0]].gap in _SPACE \
                    and tokens[found[0] - 1].gap in _SPACE and not tokens[found[0] - 2].cap \
                    and tokens[found[0] - 2].norm.endswith("ed") and self.language in (None, "en"):
                # "A crash reconstruction expert called by the defense told jurors": the agent of the
                # participle is no subject; the one it was called by speaks only as the people before it
                found = self._agent_participle_subject(found[0] - 2) or found
            if found is None:
                found = self._subject_before_participle(k)
            if found is None:
                found = self._body_subject_ending_at(k)  # "La préfecture des Vosges a indiqué" (foreign.py)
            if found is not None and tokens[found[0]].norm in ("a", "an") and found[0] > 0 \
                    and tokens[found[0]].gap.strip() == ",":
                named = self._runs.get(found[0] - 1)
                lead = (named.run_first if named.run_first >= 0 else named.first) if named is not None else 0
                if named is not None and named.kind == "person" and (lead == 0 or any(c in tokens[lead].gap for c in _SENTENCE_BREAK)):
                    # "Fares Ghanem, a hospital official told the AP": an apposition whose closing
                    # comma was left out describes the name opening the sentence (not "a deal
                    # by the Red Sox, a source said": the name of the clause before, the source speaks)
                    return named.first, named.last, lead
            if found is None or self._runs.get(found[1]) is None or self._runs[found[1]].kind != "person":
                opener = self._name_before_unclosed_aside(k)
                if opener is not None:
                    return opener
            return found
        stripped = self._title_marks_out(k + 1).strip()
        if stripped in (",", ".,"):
            return self._subject_across_aside(k)  # ".," ends an abbreviation: "Ben Sasse, R-Neb., called"
        if stripped in _DASHES:
            return self._subject_across_dashes(k, stripped)  # "Jason Waxman — who heads the group — tells"
        if stripped in (")", ".)"):  # "Nick Rahall (D-W. Va.) called": an abbreviation closes the bracket
            m = self._open_bracket(k)
            if m is not None and m > 0 and tokens[m].gap.strip() == "(":
                return self._np_ending_at(m - 1)
        return None

    def _group_subject_of_conjunct(self, k: int) -> tuple[int, int] | None:
        """The verbs joined by "and" at k have a subject of their own when a noun of a group of
        people stands right before the first of them, after whatever opens the sentence ("In other
        words, the more Smith talks, the more the people shrug and think"; "the crowd cheered and
        shouted"); not when a speech verb of the sentence comes before that noun ("Smith said the
        protesters left and added": his, maybe), nor a noun inside a quotation."""
        tokens = self.tokens
        s_start = self._sentence_start(tokens[k].start)
        for m in range(k - 1, max(0, k - self.settings.aside_tokens), -1):
            tok = tokens[m]
            if tok.start < s_start or self._quote_of_token[m] >= 0:
                return None
            if m + 1 >= k or tok.cap or tok.possessive or tokens[m + 1].gap not in _SPACE \
                    or tokens[m + 1].cap or tokens[m + 1].norm in _PREPOSITIONS or tokens[m + 1].norm in _DETERMINERS \
                    or tokens[m + 1].norm in _PRONOUNS or tokens[m + 1].norm in ("who", "that", "which", "and", "or"):
                continue
            if tok.norm not in self.vocab.group_subjects:
                continue
            np = self._np_ending_at(m)
            first = np[0] if np is not None else m
            said = [c.verb for c in self.clauses[-4:] if tokens[c.verb].start >= s_start and c.verb < first and c.base in _STRONG]
            if said and not any(tokens[j].norm in ("and", "but") and "," in tokens[j].gap or ";" in tokens[j].gap
                                for j in range(said[-1] + 1, first + 1)):
                return None  # (", and the crowd cheered": a clause of its own after the speech verb's)
            return first, m
        return None

    def _names_no_person(self, found: tuple[int, ...]) -> bool:
        """The words found before a verb end with a body, a place or a body's description ("in
        Silicon Valley", "the environmental organization"), not with a person."""
        run = self._runs.get(found[1])
        first = self.tokens[found[0]]
        if first.cap and first.norm in self.vocab.org_heads and any(
                self.tokens[m].norm == "of" for m in range(found[0] + 1, found[1])):
            return True  # "the University of Leeds", read as two words apart: a body's name
        if run is not None:
            return run.kind in ("institution", "place", "media")
        return self.tokens[found[1]].norm in self.vocab.body_nouns

    def _person_opening_sentence(self, v: int) -> tuple[int, int, int] | None:
        """The full personal name opening the sentence of verb v when all the words between it and
        the verb describe it: a prepositional phrase or an aside set off by commas or brackets
        ("Analyst Rob Enderle of Enderle Group in Silicon Valley said"), with no verb, clause,
        pronoun, possessive nor second subject joined by "and" in it. The long description may end
        with a body or a place, which is then no speaker."""
        tokens, vocab = self.tokens, self.vocab
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(tokens[v].start))
        if k < len(tokens) and tokens[k].norm in ("but", "and") and tokens[k].cap:
            k += 1  # "But Rob Enderle of ... said"
        run = self._run_starting(k) if k < v else None
        if run is None or (run.run_first if run.run_first >= 0 else run.first) != k or run.kind != "person" \
                or run.last == run.first or tokens[run.last].possessive or v - run.last > self.settings.aside_tokens \
                or tokens[k].norm in _DETERMINERS or any(tokens[m].norm in vocab.title_words for m in range(run.first, run.last + 1)):
            return None  # "The United Nations High Commissioner for Human Rights said": an office, no name
        after = run.last + 1
        if after >= v or not (any(c in tokens[after].gap for c in ",(") or tokens[after].norm in _PREPOSITIONS):
            return None  # "Barack Obama administration officials said": the name modifies, it does not speak
        for m in range(after, v):
            tok = tokens[m]
            norm = tok.norm
            if any(c in tok.gap for c in _SENTENCE_BREAK) or tok.possessive or norm in _PRONOUNS or norm in _BE \
                    or norm in vocab.verbs or norm in ("who", "whom", "whose", "which", "that", "when", "while", "where", "because", "after", "if") \
                    or tok.text.casefold() in vocab.foreign_complementizers:
                return None  # ("напомнил, что ...": a clause of its own)
            if norm in ("and", "or") and m + 1 < v and (not tokens[m + 1].cap or tokens[m + 1].norm in _DETERMINERS):
                return None  # "Smith, a former mayor, and the city council said": two subjects
            if not tok.cap and norm.endswith(("ed", "ing")) and tok.gap in _SPACE and not (
                    tokens[m - 1].norm in _DETERMINERS or tokens[m - 1].norm.endswith("ly")):
                return None  # "Smith resigned, the company said": a verb of its own
            if not tok.cap and m == after and tok.gap in _SPACE and norm not in _PREPOSITIONS:
                return None
        return run.first, run.last, k

    def _state_after_place(self, k: int) -> bool:
        """Token k is a short capitalised abbreviation after a place and its comma ("Mohave County,
        Az.") and a lower-case word follows its full stop: the sentence runs on."""
        tokens = self.tokens
        if k < 1 or k + 1 >= len(tokens) or not tokens[k].cap or len(tokens[k].text) > 5:
            return False
        if not tokens[k + 1].text[:1].islower() or tokens[k].gap.strip() != ",":
            return False
        place = self._runs.get(k - 1)
        return place is not None and place.kind == "place"

    def _name_before_unclosed_aside(self, k: int) -> tuple[int, int, int] | None:
        """'Peter Guest, Assistant Chief Fire Officer at Surrey Fire and Rescue Service says': a
        sentence opens with a person's name and an apposition whose closing comma was left out runs
        up to the verb after token k; the name is the subject, not the body or place ending the aside."""
        tokens = self.tokens
        for m in range(k, max(0, k - self.settings.aside_tokens), -1):
            gap = tokens[m].gap
            if any(c in gap for c in _SENTENCE_BREAK):
                return None
            norm = tokens[m].norm
            if norm in ("who", "which", "whose", "whom", "that") or norm in self.vocab.verbs:
                return None  # a clause of its own, not a description
            if norm in ("and", "or") and m < k and (not tokens[m + 1].cap or tokens[m + 1].norm in _DETERMINERS):
                return None  # "Guest, the chief and the mayor said": a list of speakers
            if gap.strip() != ",":
                continue
            named = self._runs.get(m - 1) if m > 0 else None
            if named is None or named.kind != "person":
                return None
            aside = self._runs.get(k)
            if aside is not None and aside.first <= m:
                return None  # "Guest, Mary Jones said": two names, no description
            lead = named.run_first if named.run_first >= 0 else named.first
            if lead > 0 and not any(c in tokens[lead].gap for c in _SENTENCE_BREAK):
                return None  # "After meeting Guest, the mayor said": the name opens no sentence
            return named.first, named.last, lead
        return None

    def _question_ends_at(self, v: int) -> bool:
        """The sentence of token v ends with a question mark right after it ("Cosa le ha detto?")."""
        end = self.tokens[v].end
        return self.text[end : end + 2].lstrip()[:1] == "?"

    def _relative_object_of(self, np: tuple[int, ...]) -> int | None:
        """The "that", "which" or "who" whose clause's verb takes the noun phrase np as its object
        ("the union that represents the workers": "that" for "the workers"), when it stands right
        before that verb; None elsewhere."""
        tokens = self.tokens
        k = np[0] - 1  # the relative clause's verb
        if k < 1 or tokens[np[0]].gap not in _SPACE or tokens[k].gap not in _SPACE or tokens[k].cap:
            return None
        rel = k - 1
        if tokens[rel].norm not in ("that", "which", "who") or not self._is_object(np[0]):
            return None
        return rel

    def _subject_before_relative(self, k: int) -> tuple[int, int] | None:
        """'A spokesperson who did not wish to be named said': the noun phrase before "who"."""
        tokens = self.tokens
        for m in range(k, max(0, k - self.settings.aside_tokens), -1):
            if any(c in tokens[m].gap for c in _SENTENCE_BREAK):
                return None
            if tokens[m].norm in ("who", "that") and tokens[m].gap in _SPACE and m > 0:
                found = self._np_ending_at(m - 1)
                if found is not None and (tokens[m].norm == "who" or self._speaker_head(tokens[m - 1].norm)):
                    return found
                return None
        return None

    def _time_before_verb(self, k: int) -> int | None:
        """The first token of a time phrase that ends at token k, between a subject and its verb:
        "on Tuesday", "in November", "last week", "earlier this month", "yesterday"."""
        tokens = self.tokens
        norm = tokens[k].norm
        if norm in ("yesterday", "today"):
            return k
        if k < 1 or tokens[k].gap not in _SPACE:
            return None
        before = tokens[k - 1].norm
        if tokens[k].cap and (norm in _WEEKDAYS or norm in _MONTHS) and before in ("on", "in"):
            return k - 1
        if norm in _TIME_NOUNS and before in ("last", "this"):
            if before == "this" and k >= 2 and tokens[k - 2].norm == "earlier" and tokens[k - 1].gap in _SPACE:
                return k - 2
            return k - 1
        return None

    def _new_subject_between(self, verb: int, v: int) -> bool:
        """A subordinate clause with a subject of its own opens between a clause's verb and the
        participle at v ("Lee said ... when the group began throwing stones while shouting"): the
        participle hangs on that clause, whose subject is not the speech verb's (no comma between)."""
        tokens = self.tokens
        for m in range(verb + 1, v - 1):
            if tokens[m].norm in _SUBORDINATORS and not tokens[m].cap and tokens[m + 1].gap in _SPACE:
                nxt = tokens[m + 1]
                if (nxt.norm in _DETERMINERS or nxt.norm in _PRONOUNS or nxt.cap) \
                        and not any("," in tokens[j].gap for j in range(m + 1, v + 1)):
                    return True  # (not 'spoke after the council met, saying': the comma hands it back)
        return False

    def _subject_before_participle(self, k: int) -> tuple[int, int] | None:
        """'The authors of the research published in the journal JAMA Psychiatry argued', 'an
        Interior official speaking on the condition of anonymity said': the noun phrase of people
        before a participle and its preposition (a reduced relative clause), no comma between."""
        tokens = self.tokens
        if tokens[k].norm in _FUNCTION or tokens[k].norm in _DETERMINERS or tokens[k].norm in _ONE_OF:
            return None  # "physicians licensed to operate in all states": "states" a noun, no verb
        for m in range(k - 1, max(0, k - self.settings.aside_tokens), -1):
            if tokens[m + 1].gap not in _SPACE:
                return None
            tok = tokens[m]
            if not tok.cap and tok.norm.endswith(("ed", "ing")) and tokens[m + 1].norm in _PREPOSITIONS and tok.gap in _SPACE:
                found = self._np_ending_at(m - 1)
                if found is not None and self._speaker_head(tokens[self._head_of(found[0], found[1])].norm):
                    return found
                return None
        return None

    def _agent_participle_subject(self, p: int) -> tuple[int, int] | None:
        """'A crash reconstruction expert called by the defense', 'an engineer hired by the family':
        the people before the participle at p whose agent "by" names; a person's noun (or a
        profession) heads them, else None (a report commissioned by a council is left as it was)."""
        tokens = self.tokens
        if p < 1 or tokens[p].gap not in _SPACE:
            return None
        found = self._np_ending_at(p - 1)
        if found is None or found[1] != p - 1 or tokens[found[0]].norm not in _DETERMINERS:
            return None
        head = tokens[self._head_of(found[0], found[1])].norm
        if head in self.vocab.person_nouns and head not in self.vocab.body_nouns or _profession(head):
            return found
        return None

    def _open_bracket(self, k: int) -> int | None:
        tokens = self.tokens
        for m in range(k, max(-1, k - 8), -1):
            if "(" in tokens[m].gap:
                return m
        return None

    def _title_marks_out(self, m: int) -> str:
        """The gap before token m without the marks of a title set in them that is no quotation
        ('his work in "Revolutionary Road," said'): the marks of a title end no sentence."""
        gap = self.tokens[m].gap
        if m == 0 or not any(c in gap for c in _TITLE_MARKS):
            return gap
        if any(q >= 0 and not self._titled_fragment(q) for q in (self._quote_of_token[m], self._quote_of_token[m - 1])):
            return gap
        return gap.translate(_NO_TITLE_MARKS)

    def _titled_fragment(self, index: int) -> bool:
        """A short quoted part whose every word but the small ones is capitalised ("Revolutionary
        Road,"): a title, even when a comma inside keeps it among the quotations."""
        q = self.at.quotes[index]
        words = [self.tokens[k] for k in self.at.token_range(q.start, q.end)]
        return q.kind == "fragment" and bool(words) and title_cased(((t.norm, t.cap) for t in words), 0,
                                                                    small=self.vocab.title_small)

    def _verb_before_to(self, v: int) -> int | None:
        """The verb that carries speech verb v after "to" and takes its subject ("went on to say",
        "continued to insist"; speech.json "verbs_before_to"), else None."""
        tokens = self.tokens
        if v < 2 or tokens[v - 1].norm != "to" or tokens[v].gap not in _SPACE or tokens[v - 1].gap not in _SPACE:
            return None
        for phrase in self.vocab.verbs_before_to:
            g = v - 1 - len(phrase)
            if g >= 0 and all(tokens[g + i].norm == w and (i == 0 or tokens[g + i].gap in _SPACE) for i, w in enumerate(phrase)):
                return g
        return None

    def _subject_across_dashes(self, k: int, dash: str) -> tuple[int, int] | None:
        """Token k ends "— <aside> —" before the verb ("Intel's Jason Waxman — who heads the
        group — tells Wired"): the name before the opening dash, when the aside is a relative
        clause or describes a name (an aside between dashes holds no subject of the verb)."""
        tokens = self.tokens
        for m in range(k, max(0, k - self.settings.aside_tokens), -1):
            gap = tokens[m].gap
            if any(c in gap for c in _SENTENCE_BREAK):
                return None
            if gap.strip() != dash:
                continue
            head = self._np_ending_at(m - 1) if m > 0 else None
            if head is None or self._in_quote(m - 1):
                return None
            if tokens[m].norm in ("who", "whose") or self._is_name_np(head) and self._runs[head[1]].kind == "person":
                return head
            return None
        return None

    def _subject_across_aside(self, k: int) -> tuple[int, int] | None:
        """Token k ends ", <aside>," before the verb: an apposition ("Brown, a Democrat of Ohio,")
        or a relative clause ("officials, who asked not to be named,")."""
        tokens = self.tokens
        lo = max(0, k - self.settings.aside_tokens)
        in_list = False  # "at Boeing Defense, Space, and Security": the commas of a list of names
        for m in range(k, lo, -1):
            gap = self._title_marks_out(m)
            if gap.strip() in ("),", ".),") and tokens[m].norm in ("who", "whose") and m < k:
                # "Nick Rahall (D-W. Va.), who had sought it, called": the name before the bracket
                b = self._open_bracket(m - 1)
                if b is not None and b > 0 and tokens[b].gap.strip() == "(":
                    return self._np_ending_at(b - 1)
                return None
            if any(c in gap for c in _SENTENCE_BREAK) and not (gap.strip() in (".", ".,") and self._abbreviation_before(m)):
                return None
            if gap.strip() == "," or gap.strip() == ".," and self._abbreviation_before(m):
                if m == 0:
                    return None
                if tokens[m].norm in ("and", "or") and m < k and tokens[m + 1].cap:
                    in_list = True
                    continue
                if in_list and tokens[m].cap and tokens[m].norm not in ("who", "which"):
                    continue
                if self._list_after_of(m, k):
                    continue  # "vice president of environment, technology and regulatory affairs,"
                in_list = False
                aside_run = self._runs.get(k)
                head = self._np_ending_at(m - 1) or self._body_subject_ending_at(m - 1)  # (foreign.py: "Сотрудник зоопарка,")
                if head is None and m >= 2 and tokens[m - 1].norm.isdigit() and tokens[m - 1].gap.strip() == ",":
                    head = self._np_ending_at(m - 2)  # "Sami Haddad, 41, who has worked ..., said": an age
                if tokens[m].norm in ("who", "which", "whose", "whom"):
                    return head
                if self._romance_relative(m):
                    # "Un infermiere, che ha chiesto di restare anonimo, racconta": the phrase before the aside
                    return head or self._indefinite_source_ending_at(m - 1) or self._body_subject_ending_at(m - 1)
                if aside_run is not None and aside_run.first == m + 2 and aside_run.kind == "person" and not tokens[m].cap \
                        and tokens[m].norm in self.vocab.foreign_articles and tokens[m + 1].cap and tokens[m + 2].gap in _SPACE \
                        and head is not None and getattr(self._runs.get(head[1]), "kind", None) != "person":
                    # "Eine frühere Schülerin, die Ärztin Miriam Sander, sagte": the name after the aside's
                    # article and noun (German writes nouns with capitals), not the noun before the comma
                    return aside_run.first, aside_run.last, head[0]
                if aside_run is not None and aside_run.first == m and aside_run.kind == "person" and (
                    head is None or not self._is_name_np(head) or self._after_foreign_of(head[0])
                    or self._complement_after_of(head[0])  # "Le représentant de la CGT, Thierry Colin,"
                    or self._complement_in_opening_description(head)  # "El presidente de la cooperativa San Isidro, X,"
                    or self._capitalised_office(head)  # "The Health Secretary, Rachel Okafor, said"
                ):
                    lead = head[0] if head is not None else aside_run.first
                    return aside_run.first, aside_run.last, lead  # "the charity's head, Omar Faris, said"
                if aside_run is not None and aside_run.first == m and aside_run.kind in ("person", "single", "institution", "media") \
                        and (head is not None and self._is_name_np(head) and self._is_object(head[0])
                             or aside_run.kind == "institution" and self._body_before(m)):
                    # "The company that runs the AMAs, Dick Clark Productions, denies": the name, not the object
                    return aside_run.first, aside_run.last, aside_run.first
                relative = self._relative_object_of(head) if head is not None and not self._is_name_np(head) else None
                if relative is not None:
                    # "The union that represents the plant's workers, the Bakery Workers Local 412, called":
                    # the phrase before the comma is the relative clause's object; the aside names the subject
                    if aside_run is not None and aside_run.kind in ("person", "institution", "media") \
                            and (aside_run.first == m or aside_run.first == m + 1 and tokens[m].norm == "the"):
                        return aside_run.first, aside_run.last, aside_run.first
                    return self._np_ending_at(relative - 1) if relative > 0 else None
                if head is not None and not self._is_name_np(head) and head[0] > 0 and tokens[head[0]].gap.strip() == ",":
                    outer = self._np_ending_at(head[0] - 1)
                    if outer is not None and self._is_name_np(outer):
                        return outer  # "Omar Lamrani, a senior analyst at Stratfor, the ... organization, told"
                if head is None or self._is_place_np(head):
                    continue  # "Dylan Nelson, a fellow at the institute in Munich, Germany, and co-author ..., said"
                return head
        return None

    def _capitalised_office(self, head: tuple[int, int]) -> bool:
        """'The Health Secretary', 'the Foreign Minister': "the" and capitalised words ending with a
        title word, an office written in capitals, which reads as a name but names no one: the person
        in apposition after it holds it."""
        if self._office_start(head) is not None:
            return True
        # "The Minister for Housing, Colm Dineen, said", "the Secretary of State for Health": the
        # office with its remit after "for" or "of", in capitals too
        tokens, last = self.tokens, head[1]
        for x in range(last - 1, max(0, last - self.settings.name_tokens) - 1, -1):
            if not all(tokens[y].cap and tokens[y].gap in _SPACE for y in range(x + 1, last + 1)):
                return False
            if tokens[x].norm in ("for", "of") and not tokens[x].cap and tokens[x].gap in _SPACE and x > 0 \
                    and self._office_start((min(head[0], x - 1), x - 1)) is not None:
                return True
        return False

    def _office_start(self, head: tuple[int, int]) -> int | None:
        """The token of "the" opening the capitalised office that head ends (_capitalised_office), or None."""
        tokens = self.tokens
        first, last = head[0], head[1]
        if tokens[last].norm not in self.vocab.title_words or tokens[last].possessive:
            return None
        while first > 0 and tokens[first].norm != "the" and tokens[first].cap and tokens[first].gap in _SPACE \
                and last - first < self.settings.name_tokens:
            first -= 1  # (back over the office's capitalised words to its article)
        if tokens[first].norm == "the" and first < last \
                and all(tokens[x].cap and tokens[x].gap in _SPACE for x in range(first + 1, last + 1)):
            return first
        return None

    def _after_rank_stop(self, t: int) -> bool:
        """Whether token t, capitalised, follows the full stop of a rank or title written in lower
        case before a name ("asp. Joanna Nowicka", "ks. Andrzej Nowicki"): that stop ends no sentence."""
        tokens = self.tokens
        return t > 0 and tokens[t].gap in (". ", ".\u00a0") and tokens[t].cap \
            and tokens[t - 1].norm in self.vocab.honorifics and not tokens[t - 1].cap

    def _list_after_of(self, m: int, k: int) -> bool:
        """Tokens m..k end a lower-case list that an "of" before the comma opens ("director of
        environment, technology and regulatory affairs"): the list's comma does not close an aside."""
        tokens = self.tokens
        piece = range(m, k + 1)
        if k - m > 5 or any(tokens[x].cap or tokens[x].gap.strip() for x in piece if x > m):
            return False
        if not any(tokens[x].norm in ("and", "or") for x in piece if x > m) or tokens[m].cap:
            return False
        for x in range(m - 1, max(0, m - 4), -1):  # "of" shortly before, the words between lower-case
            if tokens[x].norm == "of":
                return True
            if tokens[x].cap or tokens[x].gap.strip() or tokens[x].norm in _DETERMINERS:
                return False
        return False

    def _subject_after(self, v: int) -> tuple[int, int] | None:
        """'"...," said Jason Foy, who...' / 'said one legal expert' / 'says the letter signed by
        seven physicians' / 'said another witness ..., former adviser Fiona Hill'."""
        tokens = self.tokens
        n = len(tokens)
        k = v + 1
        medium = self._past_quoted_medium(v) if k < n and tokens[k].gap not in _SPACE else None
        if medium is not None:
            k = medium  # "— рассказала «Вечернему Верхнекамску» учительница X": past whom it was told (foreign.py)
        elif k >= n or tokens[k].gap not in _SPACE:
            return None
        if tokens[k].norm in _PRONOUNS:
            return k, k
        foreign = tokens[v].norm in self.vocab.foreign_verbs or tokens[v].norm in self.vocab.separable
        if foreign and self._past_verb_clitic(k) != k:
            k += 1  # '„…“, rekao je lučki kapetan Ivan Horvat': past the verb's clitic auxiliary (foreign.py)
            if k >= n or tokens[k].gap not in _SPACE:
                return None
        if foreign and tokens[k].norm in self.vocab.foreign_pronouns and not tokens[k].cap and not self._article_first(k):
            return k, k  # '«…», sagte er', '«…», a déclaré elle', '«…», — сказал он'
        while k + 1 < n and any(c.isdigit() for c in tokens[k].norm) and tokens[k + 1].gap in ("-", *_SPACE):
            k += 1  # "wrote 43-year-old Martin Taylor"
            while k + 1 < n and tokens[k].gap == "-" and tokens[k + 1].gap == "-":
                k += 1
            if tokens[k].gap == "-" and not tokens[k].cap:
                k += 1
        if k >= n:
            return None
        if foreign and k + 2 < n and tokens[k].norm in self.vocab.foreign_articles and not tokens[k].cap \
                and tokens[k + 1].norm in self.vocab.honorifics and tokens[k + 2].gap.startswith("."):
            k += 1  # "dijo la Sra. Quiroga": the article of the honorific, read past
        if foreign and k + 1 < n and tokens[k].norm in self.vocab.honorifics and tokens[k + 1].gap.startswith(".") \
                and tokens[k + 1].cap and tokens[k + 1].norm not in self.vocab.honorifics:
            k += 1  # "aldus dhr. Verhulst", "zei mevr. De Kok", "añadió el Sr. Lema": the name after the title
        aged = self._person_by_age(k) if foreign else None
        if aged is not None:
            return aged
        located = self._foreign_subject_after_verb(v, k) if foreign else None
        if located is not None:
            return located  # "— сообщили в пресс-службе суда", "sier daglig leder i X AS, Kari Brekke," (foreign.py)
        later = self._foreign_subject_later(k) if foreign else None
        if later is not None:
            return None if later == _TOLD else later
        former = self._former_description_after(v, k) if foreign else None
        if former is not None:
            return former  # "a déclaré l'ancien maire", "ответил бывший мэр" (foreign.py)
        if foreign and (tokens[k].norm in self.vocab.foreign_articles or self._portuguese_article(k)) and not tokens[k].cap and k + 1 < n \
                and tokens[k + 1].gap in _SPACE and tokens[k + 1].norm.isalpha() and not self._in_quote(k + 1) \
                and not (k + 2 < n and tokens[k + 2].gap in _SPACE and tokens[k + 2].cap):
            # "dijo el ministro", "a déclaré la ministre", "sagte der Minister": a noun alone, resolved
            # from the article (not "dijo el presidente Pedro Sánchez": the name after, read below)
            return k, k + 1
        named = self._surname_with_particles(k)
        if named is not None:
            return named  # '„…“, sagte von der Heyden': the surname of "Ursula von der Heyden" named before
        if foreign and not tokens[k].cap and _ELIDED_NOUN.match(tokens[k].norm) and not self._in_quote(k) \
                and (k + 1 >= n or tokens[k + 1].gap.strip()[:1] in (".", ",", ";", ":")):
            return k, k  # "ha raccontato l'anziana.": a noun alone after its elided article, resolved as "dijo el ministro"
        if foreign and self._bare_noun_after_cased_verb(v, k):
            return k, k  # "— сказала министр.": a noun alone, resolved as "dijo el ministro"
        if foreign and self._definite_noun_after_verb(v, k):
            return k, k  # "säger rektorn.": the noun and its article's ending, a description
        described = self._person_after_description(k)
        if described is not None:
            return described
        owned = self._role_of_genitive_owner(k) if foreign else None
        if owned is not None:
            return owned or None  # "siger Lemvigs borgmester, Jens Hedegaard": the mayor, not the town
        m = k
        while m < n and m - k < 4 and not tokens[m].cap and tokens[m].norm not in _FUNCTION \
                and tokens[m].norm.isalpha() and tokens[m + 1 if m + 1 < n else m].gap in _SPACE:
            m += 1  # "said planetary scientist Rosaly Lopes": lower-case titles before the name
        if m > k and m < n and tokens[m].cap and (tokens[m - 1].norm in self.vocab.title_words
                                                   or tokens[m].norm in self.vocab.title_words
                                                   or self._role_before_person(m)
                                                   or self._names_person_from(m)):
            # "said state Rep. Barry Fleming", "said state Senator X": a lower-case word before a title
            k = m
        for last in range(k, min(n, k + self.settings.name_tokens + 2)):
            run = self._runs.get(last)
            if run is not None and tokens[k].cap and all(self._joined_in_name(m) for m in range(k + 1, last + 1)):
                if tokens[run.last].possessive:  # "said Ms. Davis's sister Crystal"
                    h = run.last + 1
                    if h < n and tokens[h].norm in self.vocab.person_nouns | self.vocab.title_words:
                        person = self._run_starting(h + 1) if h + 1 < n and tokens[h + 1].cap else None
                        if person is not None and person.kind in ("person", "single"):
                            return person.first, person.last
                        return k, h
                    return self._person_after_owner(h) or self._person_after_owned_role(h)
                if run.kind in ("institution", "media", "single", "place"):
                    person = self._person_after_title(run)
                    if person is not None:
                        return person
                if run.kind == "person" and run.last + 2 < n and tokens[run.last + 1].norm == "and" \
                        and tokens[run.last + 1].gap in _SPACE and tokens[run.last + 2].gap in _SPACE:
                    other = self._run_starting(run.last + 2)
                    if other is not None and other.kind == "person" and other.first == run.last + 2:
                        return run.first, other.last  # 'said Laurence Mark and Bill Condon': the two
                return run.first, run.last
        if tokens[k].norm not in _DETERMINERS:
            return None
        if tokens[k].norm == "that" and k + 1 < n and (tokens[k + 1].norm in _DETERMINERS or tokens[k + 1].norm in _PRONOUNS):
            return None  # '"…", warns that the council faces': the complementizer of what is said, no subject
        if tokens[k].norm == "the" and k + 1 < n and tokens[k + 1].gap in _SPACE and tokens[k + 1].text in self.lex.demonyms \
                and (k + 2 >= n or tokens[k + 2].gap.strip()[:1] in (".", ",", ";")):
            return k, k + 1  # '," said the American.': the person the passage is about, as "said the 29-year-old"
        member = self._runs.get(k + 1) if k + 1 < n else None
        if member is not None and member.first == k + 1 and self._party_member_described(member) and self._unnamed_aside_after(k + 1):
            return k, k + 1  # '," said the Democrat, who is familiar with the talks': an unnamed source of the party
        for h in range(k + 1, min(n, k + 6)):
            if tokens[h].gap not in _SPACE_OR_HYPHEN:
                break
            if tokens[h].norm == "old" and tokens[h].gap == "-" and tokens[h - 1].norm in ("year", "years") \
                    and any(c.isdigit() for c in tokens[h - 2].norm):
                return k, h  # '," said the 29-year-old': the person the passage is about
            if h == k + 1 and tokens[k].norm == "the" and _profession(tokens[h].norm) and not self._speaker_head_listed(tokens[h].norm) \
                    and (h + 1 >= n or tokens[h + 1].gap.strip()[:1] in (".", ",", ";")):
                return k, h  # '," said the striker, who joined in May': the player the passage is about, or no one
            if self._speaker_head_listed(tokens[h].norm):
                while h + 1 < n and not tokens[h].possessive and tokens[h + 1].gap in _SPACE and not tokens[h + 1].cap \
                        and tokens[h + 1].norm in self.vocab.person_nouns:
                    h += 1  # "said a police officer", "said the company spokesman": a compound's head is its last noun
                if tokens[h].possessive:  # "said the company's advanced threat researcher Paul Ferguson"
                    m = h + 1
                    while m < n and m - h <= 6 and tokens[m].gap in (*_SPACE, "' ", "’ "):
                        if tokens[m].cap:
                            person = self._run_starting(m)
                            if person is not None and person.kind == "person":
                                return person.first, person.last
                            break
                        if tokens[m].norm in _FUNCTION or tokens[m].norm in self.vocab.verbs:
                            break
                        m += 1
                    if h + 1 < n and tokens[h + 1].gap in _SPACE and not tokens[h + 1].cap \
                            and (tokens[h + 1].norm in self.vocab.person_nouns or tokens[h + 1].norm in self.vocab.title_words) \
                            and not self._in_quote(h + 1):
                        h += 1  # "said a county sheriff's deputy": the deputy speaks, not the sheriff
                name = self._apposition_name_after(h)
                if name is None and tokens[h].norm in self.vocab.document_nouns and h + 2 < n \
                        and tokens[h + 1].norm in ("from", "by", "of") and tokens[h + 2].cap:
                    owner = self._run_starting(h + 2)  # "said a report from Kotak Institutional Equities"
                    if owner is not None and owner.kind != "place":
                        return owner.first, owner.last
                if name is None and tokens[h].norm in _MEDIA_HEADS and h + 1 < n and tokens[h + 1].gap in _SPACE \
                        and tokens[h + 1].cap and any(tokens[m].norm == "in" for m in range(k + 1, h)):
                    paper = self._run_starting(h + 1)
                    if paper is not None and paper.first == h + 1 and paper.kind != "place":
                        # "said an editorial in the conservative daily Eleftheros Typos": the paper
                        return paper.first, paper.last
                return name if name is not None else (k, h)
        return None

    def _unnamed_aside_after(self, k: int) -> bool:
        """The words after token k say who speaks is not named: "who is familiar with the talks",
        ", who asked not to be named", "who spoke on condition of anonymity"."""
        tokens = self.tokens
        if k + 1 >= len(tokens) or tokens[k + 1].norm not in ("who", "whose"):
            return False
        return any(tokens[m].norm in _UNNAMED_ASIDE_WORDS or tokens[m].norm in _POST_ADJECTIVES
                   for m in range(k + 2, min(len(tokens), k + 10)) if tokens[m].start < self._sentence_end(tokens[k].start))

    def _surname_with_particles(self, k: int) -> tuple[int, int] | None:
        """Particles in lower case and a capitalised word at token k ("von der Heyden", "van den
        Berg") that end a full name the text gave before: that person's surname, as a name."""
        tokens, n = self.tokens, len(self.tokens)
        m = k
        while m < n and m - k < 3 and not tokens[m].cap and tokens[m].norm in NAME_PARTICLES:
            m += 1
        if m == k or m >= n or not tokens[m].cap or any(tokens[x].gap not in _SPACE for x in range(k + 1, m + 1)):
            return None
        return (k, m) if self._full_name_ending(k, m) is not None else None

    def _full_name_ending(self, k: int, m: int) -> str | None:
        """The latest full name the text gave whose last words are tokens k..m (a surname with
        its particles), as written."""
        words = tuple(t.norm for t in self.tokens[k : m + 1])
        for _, full, text in reversed(self._full.get(self.tokens[m].norm, ())[-self.settings.name_tries :]):
            if len(full) > len(words) and full[-len(words) :] == words:
                return text
        return None

    def _after_foreign_of(self, k: int) -> bool:
        """"La diputada provincial de Infraestructuras, Marta Linares,": a name after "de", "di", "do"
        ends the description of the person named in the aside (a department, a town), no speaker."""
        return k > 0 and self.tokens[k - 1].norm in self.vocab.foreign_of and not self.tokens[k - 1].cap \
            and self.tokens[k].gap in _SPACE

    def _person_by_age(self, k: int) -> tuple[int, int] | None:
        """"ha detto il 54enne", "zei de 71-jarige": an article and a noun of
        a person by age (the person the passage is about, as English "said the 29-year-old")."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        if k + 1 >= n or tokens[k].norm not in vocab.foreign_articles or tokens[k].cap or tokens[k + 1].gap not in _SPACE:
            return None
        word = tokens[k + 1].norm
        last = None
        if word[:1].isdigit() and any(word.endswith(s) and word[: -len(s)].isdigit() for s in vocab.age_suffixes):
            last = k + 1
        elif word.isdigit() and k + 2 < n and tokens[k + 2].gap == "-" and tokens[k + 2].norm in vocab.age_nouns:
            last = k + 2
        if last is None or last + 1 < n and tokens[last + 1].cap and tokens[last + 1].gap in _SPACE:
            return None  # (not "zei de 71-jarige Anna Smit": her name follows)
        return k, last

    def _article_first(self, k: int) -> bool:
        """Italian "il" (a French pronoun too) opening a phrase: "ha detto il ministro" (the French
        pronoun after a verb is joined by hyphens, "a-t-il dit")."""
        tokens = self.tokens
        return tokens[k].norm in self.vocab.foreign_articles and k + 1 < len(tokens) and tokens[k + 1].gap in _SPACE \
            and tokens[k + 1].norm.isalpha()

    def _foreign_subject_later(self, k: int) -> tuple[int, int] | None:
        """After a verb of another language, a subject past the words between ("a déclaré à l'AFP
        Sylvie Mareuil", "dijo el alcalde de la localidad, Julián Ortega", "ha spiegato l'avvocato
        Alberto Mancuso", "erklärte ein Sprecher", "заявил в суде представитель застройщика"): the
        first full personal name, or a noun of an unnamed source (from its indefinite article).
        Inside a phrase a preposition opens, a name or a noun after a lower-case word is whom the
        words were told ("dijo a la ministra María López", "ha detto a un vecino"): none, unless
        a medium's name or an article of a new phrase stands between ("à l'AFP Sylvie Mareuil").
        Only where a lower-case word follows the verb (a name right after it is read as before);
        None at a stop, a quotation, a second comma or another verb; _TOLD for whom the words were told."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        if k >= n or tokens[k].cap:
            return None
        # Russian and Czech mark whom the words were told by case, not by a phrase: a preposition
        # governs the word right after it ("řekla po závodě trenérka Jana Malá")
        cased = k > 0 and tokens[k - 1].norm in vocab.case_verbs
        pending = False  # inside a phrase a preposition opened
        comma = False
        after_prep = False  # the token right before is the preposition
        pending_at: dict[int, bool] = {}
        near = k + self.settings.description_tokens + 4
        for m in range(k, min(n, self._description_reach(k, near))):
            tok = tokens[m]
            pending_at[m] = pending
            if m >= near:  # past the near reach, only the name the description's first comma sets off
                verdict = self._past_near_reach(m, comma, pending)
                if verdict == "stop":
                    return None
                if verdict != "read":
                    comma = comma or verdict == "comma"
                    continue
            if m > k:
                stripped = tok.gap.strip()
                if stripped == "," and not comma:
                    comma = True  # one apposition: "el alcalde de la localidad, Julián Ortega"
                elif self._after_rank_stop(m):
                    pass  # "poinformowała rzeczniczka komendy powiatowej asp. Joanna Nowicka": a rank's stop
                elif stripped not in ("", "'", "’", "-"):
                    return None
            if self._in_quote(m) or tok.norm in vocab.verbs and not tok.cap:
                return None
            run = self._runs.get(m)
            if self._surname_after_agency(m, k):
                return m, m  # "uvedla pro ČTK Hájková" after "Petra Hájková" (foreign.py)
            if run is not None and run.kind == "person" and run.last > run.first and run.first >= k \
                    and not tokens[run.last].possessive:
                if cased and (run.first > k and tokens[run.first - 1].norm in vocab.foreign_prepositions) \
                        or not cased and pending_at.get(run.first, pending):
                    return _TOLD
                # "la portavoce del comitato ... della linea Milano-Tirano, Silvia Bonomi": the name after the comma
                apposed = self._apposed_after_description(k, run)
                run = apposed or self._speaker_past_complement(run)  # "la consejera de Acción Climática, Montserrat Puig"
                if run is None:
                    return None
                self._named_past_words.add(run.first)
                return run.first, run.last
            norm = tok.norm
            determined = m > k and (tokens[m - 1].norm in vocab.foreign_articles | vocab.foreign_indefinite
                                    or self._portuguese_article(m - 1))
            titled = m + 1 < n and tokens[m + 1].cap and tokens[m + 1].gap in _SPACE and self._names_person_from(m + 1)
            source = norm in vocab.foreign_source_nouns or determined and tok.cap and norm.endswith(vocab.long_source_nouns) \
                or m == k + 1 and self._indefinite_person_noun(m)  # "a glissé un enseignant", "sagte eine Hebamme"
            if source and not comma and (not tok.cap or determined) and not titled \
                    and not (pending and not cased and (determined or tokens[m - 1].norm in vocab.foreign_prepositions)) \
                    and not (cased and tokens[m - 1].norm in vocab.foreign_prepositions):
                # "ein Sprecher", "un délégué syndical", "la préfecture", "zdroj z radnice": its article
                # and one word of its own after it ("представитель застройщика")
                indefinite = determined and tokens[m - 1].norm in vocab.foreign_indefinite
                if not indefinite and self._name_after_source(m):
                    continue  # "vysvětlil mluvčí ředitelství Jan Studený": the noun is the named person's title
                # ("sagte ein Sprecher von Ministerin Anke Rohlfs": an unnamed spokesman of the name after)
                start = m - 1 if determined else m
                nxt = tokens[m + 1] if m + 1 < n else None
                end = m + 1 if nxt is not None and nxt.gap in _SPACE and not nxt.cap and len(nxt.norm) > 3 and nxt.norm.isalpha() \
                    and nxt.norm not in vocab.verbs and nxt.norm not in vocab.foreign_prepositions and not self._in_quote(m + 1) else m
                return start, end
            if tok.cap or len(tok.text) > 2 and tok.text[1] in "'’" and tok.text[2].isupper():  # "l'AFP"
                named = self._run_starting(m)
                if (named is None or named.first != m or named.kind != "person") and not (pending and self._complement_after_of(m)):
                    pending = False  # "à l'AFP", "pro ČTK": a medium's name closes the phrase
                    # (not "dijo a la ministra de Sanidad, María López": the minister's department, told too)
                after_prep = False
                continue
            article_a = self._portuguese_article(m)  # (not "afirmou a ministra": the Portuguese article)
            if norm in vocab.foreign_prepositions and not article_a:
                pending, after_prep = True, True
                continue
            if (norm in vocab.foreign_articles or norm in vocab.foreign_indefinite or article_a) and not after_prep \
                    and not self._of_in_romance_text(m):
                pending = False  # "in aula il pubblico ministero": a new phrase opens
            after_prep = False
        return None

    def _name_after_source(self, m: int) -> bool:
        """Whether a full personal name follows the source noun at m and its complement, with no
        punctuation, verb or preposition between ("mluvčí ředitelství Jan Studený", "представитель
        застройщика Иван Петров", "der Sprecher des Landratsamts Peter Vogt"): the noun and its
        complement describe the person the name gives."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        for t in range(m + 1, min(n, m + self.settings.description_tokens + 1)):
            tok = tokens[t]
            if tok.gap not in _SPACE and not self._after_rank_stop(t) or self._in_quote(t) or tok.norm in vocab.verbs and not tok.cap \
                    or tok.norm in vocab.foreign_prepositions:
                return False  # (a rank's stop is none: "rzeczniczka komendy powiatowej asp. Joanna Nowicka")
            run = self._run_starting(t)
            if run is not None and run.first == t and run.kind == "person" and run.last > run.first:
                return True
        return False

    def _person_after_description(self, k: int) -> tuple[int, int] | None:
        """'said central Aceh district resident Bensu Elianita', 'said Trend Micro advanced threat
        researcher Paul Ferguson': after the verb, a description of words of any case (no function
        word, no verb, no punctuation) whose last word, in lower case, is a noun of a person's role,
        then a full personal name: the name speaks, not the place or the body the description holds."""
        tokens, vocab = self.tokens, self.vocab
        for m in range(k + 1, min(len(tokens), k + self.settings.description_tokens + 1)):
            prev = tokens[m - 1]
            if tokens[m].gap not in _SPACE_OR_HYPHEN or prev.possessive and not self._owner_noun_opens(m - 1, k) \
                    or not prev.norm.isalpha() and not prev.possessive or prev.norm in _FUNCTION or prev.norm in vocab.verbs:
                return None
            if not tokens[m].cap or prev.cap or not self._role_noun(prev.norm):
                continue
            run = self._run_starting(m)
            if run is not None and run.first == m and (run.kind == "person" and run.last > run.first or self._aged_lone_name(run)):
                return run.first, run.last
            return None
        return None

    def _role_noun(self, word: str) -> bool:
        """A lower-case noun of a person by standing or work ("resident", "researcher", "spokesman")."""
        vocab = self.vocab
        return word in vocab.person_nouns or word in vocab.title_words or word in vocab.role_nouns or _profession(word) \
            or len(word) >= 5 and word.endswith(vocab.agent_suffixes)

    def _names_person_from(self, m: int) -> bool:
        """Whether the capitalised words from m name a person, at once or after a title
        ("new Interior Secretary Ken Salazar": the lower-case words before them describe that person)."""
        tokens = self.tokens
        for first in range(m, min(len(tokens), m + 4)):
            if not tokens[first].cap or first > m and tokens[first].gap not in _SPACE:
                return False
            run = self._run_starting(first)
            if run is not None and run.first == first:
                return run.kind == "person"
        return False

    def _apposition_name_after(self, h: int, kinds: tuple[str, ...] = ("person",)) -> tuple[int, int] | None:
        """'another witness in the impeachment probe, former White House adviser Fiona Hill' (kinds:
        the name runs taken; a body's: "the utility's parent firm, Northvale Water Group,")."""
        tokens = self.tokens
        n = len(tokens)
        m = h + 1
        while m < n and m - h < 8 and tokens[m].gap in _SPACE:
            m += 1
        if m >= n or tokens[m].gap.strip() != ",":
            return None
        for last in range(m, min(n, m + 10)):
            if last > m and tokens[last].gap not in _SPACE_OR_HYPHEN and not (
                    tokens[last].gap.strip() == "." and len(tokens[last - 1].text) == 1 and tokens[last - 1].cap):
                return None  # (an initial's full stop goes on: "Rabie A. Atti")
            if not tokens[last].cap and tokens[last].norm not in ("a", "an", "the") \
                    and (tokens[last].norm in _FUNCTION or tokens[last].norm in self.vocab.verbs):
                return None  # '," said a city spokesman, adding that Tom Hale would visit': a clause, no apposition
            run = self._runs.get(last)
            if run is not None and run.kind in kinds:
                return run.first, run.last
        return None
