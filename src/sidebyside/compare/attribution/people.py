"""The people an article names, their genders and full names, and whether a name is a sentence's subject."""

from __future__ import annotations

import bisect
from typing import Sequence

from sidebyside.compare.text import fold
from sidebyside.resources import resource_json, sex_nouns, world_given_names
from sidebyside.compare.attribution.identity import name_key
from sidebyside.compare.attribution.records import _NameRun, _Person
from sidebyside.compare.attribution.vocabulary import PRONOUN_OF_SEX, _CLOSE_MARKS, _DETERMINERS, _FUNCTION, _LEAD_IN_WORDS, _OPEN_MARKS, _PREPOSITIONS, _PROFESSIONS, _PRONOUNS, _SPACE

# the other sex's pronouns, to tell a "she" after a name's speech verb may be someone else's
# "Gary Tillett and his wife, Sandra": a spouse named by the given name shares the surname
_SPOUSE_NOUNS = frozenset(resource_json("attribution/speech.json")["spouse_nouns"])
# "the younger Price", "the elder Lemaire": adjectives that tell apart two people of one surname
_GENERATION = frozenset(resource_json("attribution/speech.json")["generation_adjectives"])
_OTHER_SEX = {"he": frozenset({"she", "her", "hers", "herself"}), "she": frozenset({"he", "him", "his", "himself"})}


# words opening a subordinate clause that leads into its sentence ("After Jones spoke, Smith ...")
_SUBORDINATORS = frozenset("after when whenever before while since because although though once until".split())


def _nearest(entries: Sequence, starts: Sequence[int], at: int, fits, tries: int) -> str | None:
    """The display name of the entry nearest before at whose words fit, else the nearest after
    (tries each way: bounded whatever the number of mentions)."""
    i = bisect.bisect_right(starts, at)
    for k in range(i - 1, max(-1, i - 1 - tries), -1):
        if fits(entries[k][1]):
            return entries[k][2]
    for k in range(i, min(len(entries), i + tries)):
        if fits(entries[k][1]):
            return entries[k][2]
    return None


class PeopleIndex:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _index_people(self) -> None:
        """Full names (two words or more) by their last word, and every person mention."""
        self._full: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}  # by last word, in text order
        self._full_first: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}  # by first word
        self._mentions: list[_Person] = []
        self._full_titles: dict[int, frozenset[str]] = {}  # the titles a full name was written with ("Dr")
        tokens = self.tokens
        longest: dict[str, int] = {}  # the most words of a full name with this last word so far
        in_marks: dict[int, bool] = {}  # _title_in_marks of the person runs read here (asked again below)
        for last, run in self._runs.items():  # in text order
            if run.kind != "person" or self._quote_of_token[run.first] >= 0:
                continue
            in_marks[last] = marked = self._title_in_marks(run)
            if marked:
                continue
            words = self._name_words(run)
            if self._french_mister(run):
                continue  # "M. Gasser": a title and a surname, no full name of its own
            # (a longer name with this last word first, else none can end with these words: a
            # name repeated in full skips the scan of the names before it)
            if longest.get(words[-1], 0) > len(words) and any(
                    len(e[1]) > len(words) and e[1][len(e[1]) - len(words) :] == words
                    for e in self._full[words[-1]][-self.settings.name_tries:]):
                continue  # "Van Rompuy" after "Herman Van Rompuy": the same person, not a new full name
            if len(words) >= 2:
                entry = (tokens[run.first].start, words, self._name_text(run))
                self._full_titles[entry[0]] = run.descriptors & self.vocab.title_words
                longest[words[-1]] = max(longest.get(words[-1], 0), len(words))
                self._full.setdefault(words[-1], []).append(entry)
                self._full_first.setdefault(words[0], []).append(entry)
        self._nicknamed_full_names()
        self._spouse_full_names()
        self._couple_full_names()
        self._full_starts = {k: [e[0] for e in v] for k, v in self._full.items()}
        self._full_first_starts = {k: [e[0] for e in v] for k, v in self._full_first.items()}
        titled: set[str] = set()  # lone names the text gave a title ("President Trump", then "Trump")
        titled_as: dict[str, set[str]] = {}
        role_owners: dict[str, set[str]] = {}  # "ashgrove" of "Ashgrove manager Stuart Kirwan"
        for last, run in self._runs.items():
            if run.kind not in ("person", "single") or self._quote_of_token[run.first] >= 0 \
                    or (in_marks[last] if last in in_marks else self._title_in_marks(run)):
                continue  # a name inside a quotation is no one the narration is about
            if self._in_heading(tokens[run.first].start):
                continue  # nor one in a headline: "he" in the story is someone its sentences name
            if self._attributive(run) or self._modifies_role_of_person(run):
                continue  # "the American Pie actress", "Masters champion Trevor Immelman": no person itself
            canonical = self._person_name(run)
            if run.kind == "single" and run.descriptors & self.vocab.title_words:
                titled.add(run.text)
            if canonical is None or run.kind == "single" and canonical == run.text and not run.descriptors \
                    and run.text not in titled and not self._aged(run):
                continue  # a lone word nobody titled nor named in full: maybe no person at all
            start = tokens[run.first].start
            role_before = self._role_apposed_before(run)
            owners = self._owners_of_role_before(run)
            if owners:
                role_owners.setdefault(name_key(canonical), set()).update(owners)
            self._mentions.append(
                _Person(start, canonical, name_key(canonical),
                        run.descriptors | self._apposition_words(run.last) | role_before, self._is_subject(run),
                        tokens[run.last].possessive)
            )
            if run.descriptors or role_before:
                # the roles written as a title before the name ("Fire Chief Roberto Alvarez"), which
                # "the chief" may later stand for alone (DescriptionResolution._role_as_title)
                titled_as.setdefault(name_key(canonical), set()).update(run.descriptors | role_before)
                title = tokens[run.first - 1].norm if 0 <= run.run_first < run.first else ""
                if title in run.descriptors and title.isalpha() and len(title) > 2 and title not in self.vocab.title_abbreviations \
                        and title not in self.vocab.postpositive_titles:
                    self._title_heads.add(title)  # "Captain" of "Fire Captain Brian Soto" (not "Dr.")
        self._mention_starts = [m.start for m in self._mentions]
        self._titled_as = titled_as
        self._role_owners = role_owners
        self._titled_words = frozenset(w for words in titled_as.values() for w in words)
        self._descriptors: dict[str, set[str]] = {}
        for m in self._mentions:
            self._descriptors.setdefault(m.key, set()).update(m.descriptors)
        self._gender = self._genders()

    def _nicknamed_full_names(self) -> None:
        """'Vincent "The Chin" Gigante': a given name, a nickname in marks, a surname. The marks
        cut the name's run in two; the full name is the given name and the surname, so that
        "Gigante" alone is Vincent Gigante and not a brother the text names in full later."""
        tokens = self.tokens
        for last, run in list(self._runs.items()):
            if run.kind != "single" or run.first != last or self._quote_of_token[last] >= 0 \
                    or fold(tokens[last].text) not in self.vocab.first_names:
                continue
            j = last + 1
            if j >= len(tokens) or tokens[j].gap.strip() not in ("\"", "“", "'", "‘") or not tokens[j].cap:
                continue
            # the nickname: up to three words, its closing mark in the gap before the surname
            end = next((e for e in range(j + 1, min(len(tokens), j + 4))
                        if tokens[e].gap.strip() in ("\"", "”", "'", "’") or tokens[e].gap.strip()), None)
            if end is None or tokens[end].gap.strip() not in ("\"", "”", "'", "’") or not tokens[end].gap.endswith(" ") \
                    or not tokens[end].cap:
                continue
            surname = self._run_starting(end)
            if surname is None or surname.first != end or surname.kind not in ("single", "person") or surname.last - surname.first > 1:
                continue
            words = (tokens[last].norm, *self._name_words(surname))
            entry = (tokens[last].start, words, f"{tokens[last].text} {surname.text}")
            bisect.insort(self._full.setdefault(words[-1], []), entry)
            bisect.insort(self._full_first.setdefault(words[0], []), entry)

    def _spouse_full_names(self) -> None:
        """"Gary Tillett and his wife, Sandra,": the spouse's given name and the surname make a full
        name, so that "Mrs Tillett" later is Sandra Tillett, not Gary. Only when the given name is
        of the sex the spouse noun tells."""
        tokens, n = self.tokens, len(self.tokens)
        for last, run in list(self._runs.items()):
            j = last + 1
            if run.kind != "person" or j + 4 >= n or tokens[j].norm != "and" or tokens[j + 1].norm not in ("his", "her") \
                    or tokens[j + 2].norm not in _SPOUSE_NOUNS or tokens[j + 3].gap.strip() != "," \
                    or self._quote_of_token[run.first] >= 0:
                continue
            words, given = self._name_words(run), tokens[j + 3]
            told = self.vocab.kin.get(tokens[j + 2].norm)
            if len(words) < 2 or told is None or not given.cap or tokens[j + 4].cap \
                    or self.vocab.first_names.get(fold(given.text)) != told:
                continue  # "his wife, Sandra Hale": a full name of her own, read as one
            surname = next(t.text for t in reversed(tokens[run.first : last + 1]) if t.norm == words[-1])  # not "Jr"
            entry = (given.start, (given.norm, words[-1]), f"{given.text} {surname}")
            bisect.insort(self._full.setdefault(words[-1], []), entry)
            bisect.insort(self._full_first.setdefault(given.norm, []), entry)

    def _couple_full_names(self) -> None:
        """"Colin and Maureen Ashworth": a lone given name joined by "and" to a full name that opens
        with a given name shares its surname ("Mr Ashworth" is Colin, never Maureen)."""
        tokens, n = self.tokens, len(self.tokens)
        for last, run in list(self._runs.items()):
            j = last + 1
            if run.first != last or run.kind not in ("single", "person") or j + 2 >= n or tokens[j].norm != "and" \
                    or tokens[j].gap != " " or tokens[j + 1].gap != " " or self._quote_of_token[last] >= 0 \
                    or tokens[last].norm in self._full or fold(tokens[last].text) not in self.vocab.first_names:
                continue
            other = self._run_starting(j + 1)
            if other is None or other.kind != "person" or other.first != j + 1:
                continue
            words = self._name_words(other)
            if len(words) != 2 or fold(tokens[j + 1].text) not in self.vocab.first_names:
                continue  # "Colin and Maureen Ashworth", not "Colin and Ashworth Holdings"
            entry = (tokens[last].start, (tokens[last].norm, words[-1]), f"{tokens[last].text} {tokens[other.last].text}")
            bisect.insort(self._full.setdefault(words[-1], []), entry)
            bisect.insort(self._full_first.setdefault(tokens[last].norm, []), entry)

    def _title_in_marks(self, run: _NameRun) -> bool:
        """A capitalised run that fills a pair of quotation marks whole ('the film "The Notorious
        Bettie Page," starring ...'): a title, not a person's full name."""
        lead = run.run_first if run.run_first >= 0 else run.first
        before = self.text[max(0, self.tokens[lead].start - 1) : self.tokens[lead].start]
        after = self.text[self.tokens[run.last].end : self.tokens[run.last].end + 2].lstrip(",.")
        return before in _OPEN_MARKS and after[:1] in _CLOSE_MARKS

    def _aged(self, run: _NameRun) -> bool:
        """A lone name given an age ("25-year-old Guzel", "Maral, 45,"): a person, whom a "she"
        after it may stand for."""
        tokens, lead, nxt = self.tokens, run.run_first if run.run_first >= 0 else run.first, run.last + 1
        if lead >= 3 and tokens[lead - 1].norm == "old" and tokens[lead - 2].norm == "year" \
                and tokens[lead - 3].norm.isdigit() and tokens[lead].gap in _SPACE:
            return True
        return nxt + 1 < len(tokens) and tokens[nxt].norm.isdigit() and tokens[nxt].gap == ", " \
            and tokens[nxt + 1].gap.startswith(",") and int(tokens[nxt].norm) < 120

    def _attributive(self, run: _NameRun) -> bool:
        """A name written before a lower-case noun of a person ("the American Pie actress", "the
        Twilight star"), after "the" or "a": it modifies the noun and names no one by itself."""
        tokens = self.tokens
        lead = run.run_first if run.run_first >= 0 else run.first
        nxt = run.last + 1
        if nxt >= len(tokens) or tokens[nxt].cap or tokens[nxt].gap not in _SPACE:
            return False
        if tokens[lead].norm not in ("the", "a", "an") and (  # "The" opening a sentence is in the run
                lead == 0 or tokens[lead - 1].norm not in ("the", "a", "an") or tokens[lead].gap not in _SPACE):
            return False
        noun = tokens[nxt].norm
        return noun in _PROFESSIONS or noun in self.vocab.person_nouns

    def _modifies_role_of_person(self, run: _NameRun) -> bool:
        """A name written before a lower-case noun of a person's role and that person's full name
        ("U.S. Masters champion Trevor Immelman", "Apple co-founder Steve Wozniak"): it modifies
        the noun, the person is the name after it."""
        tokens, vocab = self.tokens, self.vocab
        nxt = run.last + 1
        if nxt + 1 >= len(tokens) or tokens[nxt].cap or tokens[nxt].gap not in _SPACE or tokens[run.last].possessive:
            return False
        noun = tokens[nxt].norm
        if not (noun in _PROFESSIONS or noun in vocab.person_nouns or noun in vocab.title_words or noun in vocab.role_nouns):
            return False
        person = self._run_starting(nxt + 1)
        return person is not None and person.kind == "person" and person.last > person.first and tokens[nxt + 1].gap in _SPACE

    def _mentions_between(self, lo: int, hi: int) -> list[_Person]:
        """The mentions of people the narration makes from offset lo up to hi (hi excluded)."""
        starts = self._mention_starts
        return self._mentions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def _genders(self) -> dict[str, str]:
        """"he" or "she" for the people the text shows it: an honorific ("Mr.", "Ms."), a "he" or
        "she" right after a speech verb in the sentence a name opens ("Omar asked for compassion,
        saying she ..."), or opening the next sentence of its paragraph. The majority wins. (A
        possessive proves nothing: "Hefner said her appearance ..." is about someone else.)"""
        votes: dict[str, list[int]] = {}
        tokens = self.tokens
        starts = self.at.token_starts
        verbs = self.vocab.verbs
        kin, sexed = self.vocab.kin, sex_nouns()
        # (read only in a text that writes one of those articles in lower case: English text, never)
        apposed = any(a in self._lower for a in self.vocab.apposition_genders)
        for m in self._mentions:
            tally = votes.setdefault(m.key, [0, 0])
            courtesy = self._courtesy_sexes(m.descriptors)
            if "he" in courtesy:  # "Mr Reed"
                tally[0] += 1
            if "she" in courtesy:  # "Mrs Reed", "Ms Reed"
                tally[1] += 1
            told = {g for g in (kin.get(d) or sexed.get(d) for d in m.descriptors) if g}
            if len(told) == 1:  # "spokeswoman Robin Tate", "his wife, Sam Reed": a noun of one sex
                tally[0 if "he" in told else 1] += 1
            given = [w for w in m.canonical.split()[:-1] if len(w.rstrip(".")) > 1]  # "W. Mark Felt": Mark
            first = self.vocab.first_names.get(fold(given[0])) if given else None
            if first is not None:  # "Hugh Hefner", "Bettie Page"
                tally[0 if first == "he" else 1] += 2
            agreed = self._verb_agreeing(m)
            if agreed is not None:  # "Сергей Лавров встретился", "сказала Захарова": the verb's gender
                tally[0 if agreed == "he" else 1] += 1
            beside = self._apposition_gender(m) if apposed and "," in self.text[max(0, m.start - 3) : m.start] else None
            if beside is not None:  # "la présidente de l'association, Nadine Quéré": a woman
                tally[0 if beside == "he" else 1] += 1
            if not m.subject:
                continue
            k = bisect.bisect_left(starts, m.start)
            s = self.at.sentence_at(m.start)
            nxt = self.at.sentences[s + 1] if s + 1 < len(self.at.sentences) else None
            end = nxt.start if nxt is not None else len(self.text)
            hint = None
            for j in range(k + 1, min(len(tokens), k + 40)):
                if tokens[j].start >= end or self._quote_of_token[j] >= 0:
                    break
                if tokens[j].norm in self.vocab.person_nouns or (tokens[j].cap and self._runs.get(j) is not None
                                                                  and j > k + 4):
                    break  # someone else comes first: "a boy whose ... his"
                if tokens[j].norm in ("he", "she") and tokens[j - 1].norm in verbs:
                    if not self._other_sex_after(j, end):
                        hint = tokens[j].norm  # "Omar asked for compassion, saying she ..."
                    break  # (not "Colm Hardy said she taught him": "she" is someone else)
            if hint is None and nxt is not None and self.at.paragraph_at(nxt.start) == self.at.paragraph_at(m.start):
                j = bisect.bisect_left(starts, nxt.start)
                nxt_end = self.at.sentences[s + 2].start if s + 2 < len(self.at.sentences) else len(self.text)
                if j < len(tokens) and tokens[j].norm in ("he", "she") and self._quote_of_token[j] < 0 \
                        and not self._other_sex_after(j, nxt_end):
                    hint = tokens[j].norm  # (not '"He gets stung," she said': a quotation's "he" is another)
            if hint is not None:
                tally[0 if hint == "he" else 1] += 1
        return {key: ("he" if he > she else "she") for key, (he, she) in votes.items() if he != she}

    def _other_sex_after(self, j: int, end: int) -> bool:
        """Whether the narration after the pronoun at token j, up to offset end, names the other
        sex with a pronoun ("said she taught him", "she told his ..."): then the pronoun may be
        someone else's than the name's, and tells nothing of it."""
        other = _OTHER_SEX[self.tokens[j].norm]
        for t in range(j + 1, len(self.tokens)):
            if self.tokens[t].start >= end:
                break
            if self._quote_of_token[t] < 0 and self.tokens[t].norm in other:
                return True
        return False

    def _apposition_gender(self, m: _Person) -> str | None:
        """The gender the article of the role noun a name follows after a comma tells: "la
        présidente de l'association des riverains, Nadine Quéré", "Le maire, Hervé Le Goff" (the
        noun's complements "de l'association" skipped back over; "jefe de bomberos" after "al" tells
        nothing); None elsewhere."""
        tokens, vocab = self.tokens, self.vocab
        k = bisect.bisect_left(self.at.token_starts, m.start)
        if k < 2 or "," not in tokens[k].gap or self._quote_of_token[k] >= 0:
            return None
        head = k - 1
        for _ in range(4):  # "... de l'association des riverains": back over the complements
            j = head - 1
            if j >= 0 and (tokens[j].norm in vocab.foreign_articles or tokens[j].norm == "l") and not tokens[j].cap:
                j -= 1
            if j >= 1 and tokens[j].norm in vocab.foreign_of and not tokens[j].cap:
                head = j - 1
                continue
            break
        if head < 1 or tokens[head].cap or not tokens[head].norm.isalpha():
            return None
        article = tokens[head - 1]
        if "," in tokens[head].gap or (article.cap and not article.initial):
            return None
        return vocab.apposition_genders.get(article.norm)

    def _verb_agreeing(self, m: _Person) -> str | None:
        """The gender a past verb of Russian or Czech tells of the name it agrees with: the verb
        right after the name ("Лавров ответил", "Jana Nováková řekla") or, for a speech verb, right
        before it ('», — сказала Захарова'); None elsewhere."""
        tokens, vocab = self.tokens, self.vocab
        k = bisect.bisect_left(self.at.token_starts, m.start)
        if k > 0 and tokens[k].gap in _SPACE and tokens[k - 1].norm in vocab.verb_genders and not tokens[k - 1].cap:
            return vocab.verb_genders[tokens[k - 1].norm]
        j = k
        while j < len(tokens) and tokens[j].cap and j - k < self.settings.name_tokens:
            j += 1
        if j == k or j >= len(tokens) or tokens[j].gap not in _SPACE or tokens[j].cap:
            return None
        return vocab.verb_gender(tokens[j].norm)

    def _post_nominals(self, run: _NameRun) -> int:
        """How many words at the end of a person's run of two words or more are letters written after
        a name ("Simon Farrant KC", "Ann Lee MP"): no part of the name."""
        tokens, n = self.tokens, 0
        while run.last - n > run.first + 1 and tokens[run.last - n].norm in self.vocab.post_nominals \
                and tokens[run.last - n].text.isupper():
            n += 1
        return n

    def _name_text(self, run: _NameRun) -> str:
        """The run's text without the letters after the name (_post_nominals)."""
        n = self._post_nominals(run)
        return run.text if n == 0 else self.text[self.tokens[run.first].start : self.tokens[run.last - n].end]

    def _name_words(self, run: _NameRun) -> tuple[str, ...]:
        words = [t.norm for t in self.tokens[run.first : run.last + 1 - self._post_nominals(run)]]
        while len(words) > 1 and words[-1] in self.vocab.suffixes:
            words.pop()
        return tuple(w for w in words if len(w) > 1 or w.isalpha())  # initials kept: "joseph r mccarthy"

    def _person_name(self, run: _NameRun, at: int | None = None) -> str | None:
        """The full name a person run stands for: itself when full, else the full name before it
        ending with the same words. When the text names two people so ("Doug McDermott", his
        father "Greg McDermott"), the one named in this sentence or the one before, else the one
        named first (the one the article goes on calling by the surname alone); the one named first
        too when those two sentences name several of them (a list of relatives)."""
        words = self._name_words(run)
        if not words:
            return None
        start = self.tokens[run.first].start if at is None else at

        def fits(fwords: tuple[str, ...]) -> bool:
            return len(fwords) >= len(words) and fwords[len(fwords) - len(words) :] == words

        entries = self._full.get(words[-1], ())
        starts = self._full_starts.get(words[-1], ())
        kept = self._of_honorific_gender(run, entries)
        if not kept and entries:
            return None  # "Mrs Pellow" after "Gary Pellow" alone: his wife, whom the text does not name; no one
        if kept is not entries:
            entries, starts = kept, [e[0] for e in kept]
        if self._french_mister(run):
            found = _nearest(entries, self._full_starts.get(words[-1], ()), start,
                             lambda fwords: len(fwords) >= 2 and fwords[-1] == words[-1], self.settings.name_tries)
            return found if found is not None else run.text
        found = _nearest(entries, starts, start, fits, self.settings.name_tries)
        if found is not None and found != run.text:
            people = {e[2] for e in entries[: self.settings.name_tries] if fits(e[1])}
            if len(people) > 1:
                s = self._sentence_of_quotation_before(self.at.sentence_at(start))
                recent = self.at.sentences[s - 1].start if s >= 1 else 0
                near = [e for e in entries if fits(e[1]) and recent <= e[0] <= start]
                if len({e[2] for e in near}) > 1:
                    near = []  # "his daughters Patricia LaRue ..., Leslie LaRue ...; ... Mr. LaRue": a list of kin names no one of them
                titles = run.descriptors & self.vocab.title_words - frozenset(self.vocab.courtesy_sexes)
                if not near and self._generation_adjective_before(run):
                    # "the younger Price" two sentences after "substitute Jamie Price, no relation to
                    # the sent-off defender": the one named in full last, in this paragraph or the one before
                    p = self.at.paragraph_at(start)
                    lo = self.at.paragraphs[max(0, p - 1)][0] if p >= 0 else start
                    near = [e for e in entries if fits(e[1]) and lo <= e[0] <= start]
                    if len({e[2] for e in near}) > 1:
                        near = []  # "brothers Luke Price and Jamie Price": both near, the adjective tells nothing here
                if not near and titles:
                    # "Dr Brennan" after "Aoife Brennan TD" and "Dr Fergal Brennan": the one of them
                    # named before with that title, when only one was
                    near = [e for e in entries if fits(e[1]) and e[0] <= start and titles & self._full_titles.get(e[0], frozenset())]
                    if len({e[2] for e in near}) > 1:
                        near = []
                found = near[-1][2] if near else next(e[2] for e in entries if fits(e[1]))
        if found is None and len(words) == 1:  # "Liu" for "Liu Xiaming": a family name written first
            found = _nearest(self._full_first.get(words[0], ()), self._full_first_starts.get(words[0], ()), start,
                             lambda fwords: True, self.settings.name_tries)
        return found if found is not None else self._name_text(run)

    def _generation_adjective_before(self, run: _NameRun) -> bool:
        """"the younger Price", "the elder Lemaire": a bare surname after "the" and an adjective
        that tells apart two people of one surname (speech.json's generation_adjectives)."""
        tokens, f = self.tokens, run.run_first if run.run_first >= 0 else run.first
        return f >= 2 and tokens[f - 1].norm in _GENERATION and tokens[f - 2].norm == "the" \
            and tokens[f].gap in _SPACE and tokens[f - 1].gap in _SPACE

    def _sentence_of_quotation_before(self, s: int) -> int:
        """The sentence where the quotation opens that ends in sentence s, when s opens inside
        one ('"Vinayak-ji was given two portfolios. If he had any grievance, ...," Ms. Patil
        said.': the sentence of "Vinayak-ji"), else s: a quotation and its attribution are one
        sentence of the narration, so the sentence before them is the one before the quotation."""
        sentences = self.at.sentences
        if not 0 <= s < len(sentences):
            return s
        k = bisect.bisect_left(self.at.token_starts, sentences[s].start)
        q = self._quote_of_token[k] if k < len(self.tokens) else -1
        if q < 0:
            return s
        return min(s, self.at.sentence_at(self.at.quotes[q].start))

    def _of_honorific_gender(self, run: _NameRun, entries: Sequence) -> Sequence:
        """The full names a surname with an honorific may stand for: "Mr. Lindahl" after "Nora
        Lindahl, 29, and her brother, Erik Lindahl" is the brother, not the one named first. Full
        names whose given name tells that gender are kept when there are any, else those whose given
        name does not tell the other gender, when one is left; none when every given name tells
        the other gender ("Mrs Pellow" after "Gary Pellow" alone)."""
        courtesy = self._courtesy_sexes(run.descriptors)
        told = "he" if "he" in courtesy else "she" if "she" in courtesy else None
        if told is None or not entries:
            return entries
        genders = [self._given_name_sex(e[1][0]) for e in entries]
        if all(g is not None and g != told for g in genders):
            return []  # "Mrs Pellow" after "Gary Pellow" alone: his wife, unnamed; never the man
        if len(entries) < 2:
            return entries
        kept = [e for e, g in zip(entries, genders) if g == told] or [e for e, g in zip(entries, genders) if g is None]
        return kept if kept and len(kept) < len(entries) else entries

    def _given_name_sex(self, given: str) -> str | None:
        """The pronoun a given name tells ("he", "she"), from the engine's first names, else from
        the world's given names of one sex (given_names_world.tsv: "eamon", "sunanda"), read only
        here, to tell apart by "Mr"/"Ms" two people of one surname (the gender vote does not read
        them: on every read set they cost more than they won there)."""
        folded = fold(given)
        told = self.vocab.first_names.get(folded)
        if told is None:
            told = PRONOUN_OF_SEX.get(world_given_names().get(folded, ""))
        return told

    def _french_mister(self, run: _NameRun) -> bool:
        """"Selon M. Gasser": French "M." (Monsieur) and a surname, the run opening after no
        capitalised word (not the middle initial of "Sarah M. Jones"), a full name elsewhere."""
        tokens, f = self.tokens, run.first
        return run.last == f + 1 and tokens[f].text == "M" and tokens[f + 1].gap.startswith(".") \
            and (f == 0 or not tokens[f - 1].cap or run.run_first < f) and tokens[f + 1].norm in self._full

    def _apposition_head(self, last: int) -> str | None:
        """The head noun of an apposition after a name ("a distributor of natural health products"
        -> distributor; "the company's chief operating officer" -> officer); None when a name of
        its own follows the noun ("According to Vera Lind, her former label Orbit, which ...": the
        label is Orbit, no description of Vera Lind)."""
        tokens = self.tokens
        k = last + 1
        if k >= len(tokens) or tokens[k].gap.strip() != "," or tokens[k].norm not in _DETERMINERS:
            return None
        head = None
        for m in range(k + 1, min(len(tokens), k + 10)):
            tok = tokens[m]
            if any(c in tok.gap for c in ",.;:()\"“”\n") or tok.norm in _PREPOSITIONS or tok.norm in ("who", "which", "that"):
                break
            if head is not None and tok.norm in self.vocab.verbs:
                return None  # "boarded the Salahaddin, the military said": the clause's subject, no apposition
            if head is not None and tok.cap and tok.gap in _SPACE and tokens[m - 1].norm == head:
                return None
            if not tok.cap and tok.norm not in _FUNCTION and not tok.possessive:
                head = tok.norm
        return head

    def _apposition_words(self, last: int) -> frozenset[str]:
        """Lower-case words of an apposition after a name: "X, the U.S. attorney for ..., said"."""
        tokens = self.tokens
        k = last + 1
        if k >= len(tokens) or tokens[k].gap.strip() != ",":
            return frozenset()
        lead = tokens[k]
        if not (lead.norm in _DETERMINERS or lead.norm in self.vocab.title_words or lead.norm.isdigit() or lead.cap):
            return frozenset()  # ", saying ...": no apposition
        words = set()
        for m in range(k, min(len(tokens), k + 12)):
            if m > k and any(c in tokens[m].gap for c in ",.;:()\"“”\n"):
                break
            if not tokens[m].cap and tokens[m].norm not in _FUNCTION:
                words.add(tokens[m].norm)
        return frozenset(words)

    def _role_apposed_before(self, run: _NameRun) -> frozenset[str]:
        """The role noun of an apposition before a name, "City's coach, Mark Farrow," or "the Rovers
        manager, Gary Lindqvist,": the role the text gives that person ("the coach said" later)."""
        tokens = self.tokens
        first = run.run_first if run.run_first >= 0 else run.first
        if first < 2 or tokens[first].gap.strip() != ",":
            return frozenset()
        after = tokens[run.last + 1].gap.strip() if run.last + 1 < len(tokens) else "."
        if after != "," and not after.startswith("."):
            return frozenset()  # (the name closed by a comma or its sentence's end: not "the coach, Mark Farrow said")
        role = tokens[first - 1]
        if role.cap and after == "," and self._capitalised_office((first - 1, first - 1)):
            # "The Minister for Housing, Colm Dineen," or "The Health Secretary, Rachel Okafor,": the
            # office's title word ("the Minister said" later)
            m = first - 1
            for x in range(first - 2, max(0, first - self.settings.name_tokens), -1):
                if tokens[x].norm in ("for", "of") and not tokens[x].cap:
                    m = x - 1  # "The Minister for Health": the office's title, not a word of its remit
                    break
                if not tokens[x].cap:
                    break
            while m > 0 and tokens[m].norm not in self.vocab.title_words and first - m < self.settings.name_tokens:
                m -= 1
            return frozenset((tokens[m].norm,)) if tokens[m].norm in self.vocab.title_words else frozenset()
        if role.cap or role.possessive or self._quote_of_token[first - 1] >= 0 \
                or not (role.norm in self.vocab.person_nouns or role.norm in self.vocab.title_words):
            return frozenset()
        # the phrase opens with a determiner or an owner a few words before ("City's", "the Rovers");
        # a name ending its sentence only after a speech verb ('," said Tallow's spokeswoman, Robin Tolley.')
        for m in range(first - 2, max(-1, first - 6), -1):
            if tokens[m].norm in _DETERMINERS or tokens[m].possessive:
                v = m - 1 if m > 1 and tokens[m].possessive and tokens[m - 1].norm in _DETERMINERS else m
                # ('," said the committee's chair, Donna Kirkwood.': "the" and the owner after the verb)
                closed = after == "," or v > 0 and tokens[v].gap in _SPACE and tokens[v - 1].norm in self.vocab.verbs
                return frozenset((role.norm,)) if closed else frozenset()
            if tokens[m + 1].gap not in _SPACE or tokens[m].norm in _FUNCTION:
                break
        return frozenset()

    def _courtesy_sexes(self, descriptors: frozenset[str] | set[str]) -> set[str]:
        """The sexes the courtesy honorifics among a name's descriptors tell ("mr": "he"; "mrs", "ms": "she")."""
        courtesy = self.vocab.courtesy_sexes
        return {courtesy[d] for d in descriptors if d in courtesy}

    def _owners_of_role_before(self, run: _NameRun) -> frozenset[str]:
        """The capitalised words written right before the lower-case role noun that introduces a
        name ("Ashgrove manager Stuart Kirwan", "the Rovers manager, Gary Lindqvist,", "City's
        coach Mark Farrow"): whose role it is, which "the Ashgrove manager" names again later
        (DescriptionResolution._latest_described). Folded; none when no role noun stands there."""
        tokens, vocab = self.tokens, self.vocab
        k = run.run_first if run.run_first >= 0 else run.first
        if k < 2 or tokens[k].gap not in _SPACE and tokens[k].gap.strip() != ",":
            return frozenset()

        def role(t) -> bool:
            return not t.cap and not t.possessive and (t.norm in vocab.title_words or t.norm in vocab.person_nouns or t.norm in vocab.role_nouns)

        j = k - 1
        while j >= 0 and k - j <= 2 and role(tokens[j]) and (j == k - 1 or tokens[j + 1].gap in _SPACE):
            j -= 1
        if j == k - 1 or j < 0 or tokens[j + 1].gap not in _SPACE:
            return frozenset()  # no role noun before the name, or one its owner is not written right before
        owners: list[str] = []
        while j >= 0 and len(owners) < 3 and tokens[j].cap and tokens[j].norm not in _FUNCTION \
                and tokens[j].norm not in _DETERMINERS and tokens[j].norm not in vocab.title_words \
                and self._quote_of_token[j] < 0 and (not tokens[j].possessive or not owners):
            owners.append(fold(tokens[j].norm))
            if tokens[j].gap not in _SPACE:
                break
            j -= 1
        return frozenset(owners)

    def _is_subject(self, run: _NameRun) -> bool:
        """The name opens its sentence: first, after titles ("Kremlin spokesperson Dmitry
        Peskov"), after a conjunction or after a short lead-in with no name ("On Tuesday,")."""
        tokens, vocab = self.tokens, self.vocab
        k = run.first
        s_start = bisect.bisect_left(self.at.token_starts, self._sentence_start(tokens[k].start))
        if s_start < k and tokens[s_start].norm.endswith("ed") and vocab.verbs.get(tokens[s_start].norm) in vocab.asking \
                and not any("," in tokens[m].gap for m in range(s_start + 1, k + 1)):
            # "Asked whether Lemaire would be in the squad, the 52-year-old said": a name inside the
            # fronted question is what was asked about; the subject comes after its comma
            return False
        if s_start < k and tokens[s_start].norm in _SUBORDINATORS:
            # "After Mike Brown fired him, John Smith spoke": the name right after the comma closing
            # the subordinate clause (titles aside) is the sentence's subject, as the one inside it is its clause's
            comma = next((m for m in range(s_start + 1, k + 1) if "," in tokens[m].gap), None)
            if comma is not None and comma - s_start <= self.settings.lead_in_tokens and all(
                    tokens[m].norm in vocab.title_words or tokens[m].cap for m in range(comma, k)):
                return True
        if self._foreign_name_subject(s_start, run):
            return True  # "In aula ha testimoniato Giovanna Rossi, ...", "LYON (AFP) - L'ancien gérant ..., X," (foreign.py)
        if k - s_start > 8:
            return self._after_lead_in(s_start, k)
        lead = range(s_start, k)
        if all(tokens[m].norm in vocab.title_words or tokens[m].norm in vocab.openers or tokens[m].cap
               and not tokens[m].possessive and tokens[m].norm not in vocab.person_nouns or self._role_modifier(m, k)
               or m == k - 1 and tokens[m].norm in vocab.role_nouns for m in lead):
            # "U.S. Masters champion Trevor Immelman": the name before the role modifies it
            return not any(self._runs.get(m) is not None and self._runs[m].kind in ("person", "single")
                           and not self._modifies_role_of_person(self._runs[m]) for m in lead)
        if tokens[k].gap.strip() == "," and not any(
            self._runs.get(m) is not None or tokens[m].cap and m > s_start for m in lead
        ):
            return True
        if tokens[k].gap.strip() == "," and k - s_start <= 5 and tokens[s_start].initial \
                and (tokens[s_start].norm in vocab.foreign_articles or tokens[s_start].norm in vocab.noun_articles) \
                and run.last + 1 < len(tokens) and tokens[run.last + 1].gap.strip() == "," \
                and not any(tokens[m].norm in vocab.verbs or tokens[m].norm in vocab.foreign_verbs for m in lead) \
                and not any(self._runs.get(m) is not None and self._runs[m].kind in ("person", "single") for m in lead):
            return True  # "Die Fraktionsvorsitzende der Grünen, Martina Eckhardt, widersprach": the apposition's name
        # "Her son, director Charlie McDowell, ...": a description, a comma, titles, the name
        comma = next((m for m in lead if tokens[m].gap.strip() == ","), None)
        return comma is not None and comma - s_start <= 4 and all(
            tokens[m].norm in vocab.title_words or tokens[m].cap for m in range(comma, k)
        ) and not any(self._runs.get(m) is not None and self._runs[m].kind in ("person", "single") for m in range(s_start, comma)) \
            or self._named_after_kin(s_start, k) or self._named_after_one_of(s_start, run) \
            or self._description_opens_for_name(s_start, k)  # (foreign.py: "O vereador da oposição Rui Pinheiro acusa")

    def _named_after_kin(self, s_start: int, k: int) -> bool:
        """"Nichols' lawyer, Tom Reed, spoke ...": a person described through another's name, a
        comma, then the name: the name is the sentence's subject (not Nichols)."""
        tokens = self.tokens
        if k - s_start == 2 and tokens[s_start].norm in ("his", "her", "their") and tokens[k - 1].norm in self.vocab.kin \
                and not tokens[k - 1].cap and tokens[k].gap.strip() in ("", ","):
            return True  # "Her daughter Kayla Greer, a junior, spoke next.": the daughter is the subject
        if k - s_start > 4 or tokens[k].gap.strip() != ",":
            return False
        owners = [m for m in range(s_start, k) if tokens[m].possessive and tokens[m].cap]
        return len(owners) == 1 and owners[0] == k - 2 and tokens[k - 1].norm in self.vocab.person_nouns \
            and not tokens[k - 1].cap

    def _named_after_one_of(self, s_start: int, run: _NameRun) -> bool:
        """"Eine der Geschädigten, die 81-jährige Ingrid Hoffmann, verfolgte ...", "Uno dei due
        operai feriti, Davide Colombo, ha assistito ...": a sentence opened by an indefinite article
        (one of a group), a comma, an article, an age or titles, then the name in an apposition
        closed by a comma: the name is the sentence's subject."""
        tokens, vocab = self.tokens, self.vocab
        k = run.first
        if tokens[s_start].norm not in vocab.foreign_indefinite or k - s_start > self.settings.lead_in_tokens \
                or run.last + 1 >= len(tokens) or tokens[run.last + 1].gap.strip() != ",":
            return False
        commas = [m for m in range(s_start + 1, k + 1) if "," in tokens[m].gap]
        if len(commas) != 1 or any(self._runs.get(m) is not None and self._runs[m].kind in ("person", "single")
                                   for m in range(s_start, commas[0])):
            return False
        for m in range(commas[0], k):
            tok = tokens[m]
            if not (tok.norm in vocab.title_words or tok.norm in vocab.foreign_articles or tok.norm in vocab.noun_articles
                    or tok.norm[:1].isdigit() or tok.gap == "-" and tokens[m - 1].norm.isdigit() or tok.cap):
                return False  # (a number and the word glued to it by a hyphen: an age, "81-jährige", "71-jarige")
        return True

    def _after_lead_in(self, s_start: int, k: int) -> bool:
        """"At a hearing last month of the House subcommittee that funds NASA, Rep. Robert Aderholt
        ...": a long phrase opened by a preposition, then a comma, titles and the name."""
        tokens, vocab = self.tokens, self.vocab
        if tokens[s_start].norm not in _LEAD_IN_WORDS or k - s_start > self.settings.lead_in_tokens:
            return False
        commas = [m for m in range(s_start + 1, k + 1) if "," in tokens[m].gap]
        if len(commas) != 1 or any(tokens[m].norm in _PRONOUNS for m in range(s_start, commas[0])):
            return False  # one phrase, then the subject ("After it did, he was ..., thanking X, Y": no)
        comma = commas[0]
        return all(tokens[m].norm in vocab.title_words or tokens[m].cap and not tokens[m].possessive for m in range(comma, k)) \
            and not any(self._runs.get(m) is not None and self._runs[m].kind in ("person", "single") for m in range(comma, k))

    def _role_modifier(self, m: int, name: int) -> bool:
        """A lower-case word inside a title before a name: "chief" and "technology" of "AMD chief
        technology officer Mark Papermaster" (words before a title word, no verb form)."""
        tokens, vocab = self.tokens, self.vocab
        for x in range(m, name):  # "chief technology officer": lower-case words up to a title word
            tok = tokens[x]
            if x > m and tok.gap not in _SPACE:
                return False
            if x > m and (tok.norm in vocab.title_words or tok.norm.endswith(vocab.agent_suffixes)):
                return True
            if tok.cap or tok.norm in _FUNCTION or tok.norm in vocab.verbs or tok.norm.endswith(("ed", "ing")):
                return False
        return False

    def _abbreviation_before(self, m: int) -> bool:
        """Whether the full stop in the gap before token m ends an abbreviation or an initial."""
        prev = self.tokens[m - 1] if m > 0 else None
        return prev is not None and (len(prev.text) == 1 and prev.cap or prev.norm in self.vocab.abbreviations
                                     or prev.norm in ("u", "s", "jr", "sr", "st")
                                     or prev.cap and prev.norm in self.vocab.company_suffixes)  # "Acme Corp. said"
