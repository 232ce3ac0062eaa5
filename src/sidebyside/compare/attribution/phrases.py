"""Noun phrases walked leftwards from a verb: descriptions, objects, names of people and places."""

from __future__ import annotations

from sidebyside.compare.text import fold
from sidebyside.compare.attribution.records import _NameRun
from sidebyside.compare.attribution.vocabulary import _DETERMINERS, _FUNCTION, _ONE_OF, _POST_ADJECTIVES, _PREPOSITIONS, _PRONOUNS, _SPACE, _SPACE_OR_HYPHEN, _profession
from sidebyside.compare.tokens import singular


class NounPhrases:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _is_object(self, k: int) -> bool:
        """Token k (with its article) follows a verb or a preposition: an object, not a subject."""
        tokens = self.tokens
        m = k - 1 if k > 0 and tokens[k - 1].norm == "the" and tokens[k].gap in _SPACE else k
        if m == 0 or tokens[m].gap not in _SPACE:
            return False
        prev = tokens[m - 1]
        return not prev.cap and (prev.norm in _PREPOSITIONS or prev.norm in self.vocab.verbs
                                 or prev.norm.endswith("s") and prev.norm not in _FUNCTION and not prev.possessive
                                 and m >= 2 and tokens[m - 2].norm in ("that", "which", "who"))

    def _is_place_np(self, np: tuple[int, int]) -> bool:
        """A place: one the term lists know, or a lone name after "in X," ("in Greenbelt, Maryland")."""
        run = self._runs.get(np[1])
        if run is None:
            return False
        if run.kind == "place":
            return True
        first = run.run_first if run.run_first >= 0 else run.first
        if run.kind == "single" and first > 0 and self.tokens[first].gap.strip() == ",":
            before = self._runs.get(first - 1)
            return before is not None and self._object_start(before.run_first if before.run_first >= 0 else before.first) is not None
        return False

    def _is_name_np(self, np: tuple[int, int]) -> bool:
        run = self._runs.get(np[1])
        return run is not None and run.first == np[0]

    def _np_ending_at(self, k: int) -> tuple[int, int] | None:
        """The noun phrase that ends at token k and can be a speaker: a name, a pronoun, or a
        description ("a person familiar with the matter", "Turkish officials", "Swift's rep")."""
        tokens, vocab = self.tokens, self.vocab
        tok = tokens[k]
        if self._in_quote(k) or tok.possessive:
            return None  # "Jeanine Pirro's comments": a possessive is no subject
        if tok.norm in ("them", "those") and k >= 2 and tokens[k - 1].norm == "of" and (
            tokens[k - 2].norm in _ONE_OF or tokens[k - 2].norm in self.vocab.openers
        ):
            return k - 2, k  # "one of them said"
        if tok.norm in _PRONOUNS:
            return k, k
        run = self._runs.get(k)
        if run is not None and self._party_member_described(run):
            return self._plain_np_start(k), k  # "a senior Democrat said": one of the party, described
        if run is not None:
            origin = self._person_of(run)
            if origin is not None:
                return origin  # "Sen. Dianne Feinstein of California said": the senator, not the state
            owner = self._name_of_name(run)
            if owner is not None:
                first = self._object_start(owner[0])
                if first is not None:
                    outer = self._with_post_modifier_owner(first, k)
                    if outer[0] < first:
                        return outer  # "a spokesperson for the Department for the Environment": the spokesperson
                return owner  # "the Harran Observatory for Human Rights"
            if run.kind == "person" and run.run_first >= 0 and run.first > run.run_first:
                return self._with_conjoined(run.first, k)  # "China's ambassador to Britain Liu Xiaming"
            first = self._object_start(run.run_first if run.run_first >= 0 else run.first)
            if first is not None:  # "the journal JAMA Psychiatry", "ambassador to Britain"
                owner = self._with_post_modifier_owner(first, k)
                if owner[0] == first and self._document_from(first):
                    return run.first, k  # "A statement from Waitrose said": the body it comes from says it
                return owner if owner[0] < first else None
            return self._with_conjoined(run.first, k)
        if tok.cap and not tok.initial and not self._title_in_capitals(k):
            return None  # a capitalised word that is no name we read
        owned = k > 0 and (tokens[k - 1].possessive and tok.gap in _SPACE or tok.gap in ("' ", "’ "))
        if not tok.norm.isalpha() or tok.norm in _FUNCTION or tok.norm in vocab.not_subjects \
                or tok.norm in vocab.verbs and not owned:  # "the team's thinking" is a noun
            return None
        s = self._description_start(k)
        if s is None:  # "residents of the valley": the place is no speaker, the people are
            plain = self._plain_np_start(k)
            if plain is None:
                return None
            owner = self._with_post_modifier_owner(plain, k)
            return owner if owner[0] < plain else None
        return self._with_post_modifier_owner(s, k)

    def _party_member_described(self, run) -> bool:
        """A party's member in the singular after a lower-case word ("a senior Democrat", "the
        Republican"): a description of one of them, no name."""
        tokens, k = self.tokens, run.first
        return run.first == run.last and tokens[k].norm + "s" in self.vocab.party_members and k > 0 \
            and not tokens[k - 1].cap and tokens[k].gap in _SPACE and self._plain_np_start(k) is not None

    def _title_in_capitals(self, k: int) -> bool:
        """Whether token k ends a title written in capitals after "the" ("the District Attorney
        said"): a description like "the district attorney", no name."""
        tokens, m = self.tokens, k
        while m > 0 and tokens[m].cap and tokens[m].norm in self.vocab.title_words and tokens[m].gap in _SPACE:
            if tokens[m - 1].norm == "the":
                return True
            m -= 1
        return False

    def _plain_np_start(self, k: int) -> int | None:
        """First token of the noun phrase ending at k (up to its determiner), whatever its head."""
        tokens = self.tokens
        s = k
        owned = False
        while s > 0 and k - s < self.settings.subject_tokens and (
                tokens[s].gap in _SPACE_OR_HYPHEN or not owned and tokens[s].gap in ("' ", "’ ")):
            prev = tokens[s - 1]
            if prev.norm in _DETERMINERS:
                return s - 1
            if not owned and prev.norm.isalnum() and (prev.possessive and tokens[s].gap in _SPACE
                                                      or tokens[s].gap in ("' ", "’ ") and prev.norm.endswith("s")):
                owned = True  # "the team's thinking", "the 76ers' thinking": the owner's phrase is the phrase's
                s -= 1
                continue
            if prev.norm in _FUNCTION or prev.possessive or not prev.norm.isalpha():
                break
            s -= 1
        return s

    def _person_of(self, run: _NameRun) -> tuple[int, int] | None:
        """The person a name follows as "X of <place or body>" / "X from <place>", else None."""
        tokens = self.tokens
        first = run.run_first if run.run_first >= 0 else run.first
        if first >= 3 and tokens[first - 1].norm == "the" and tokens[first].gap in _SPACE:
            first -= 1  # "the Rev. Larry Kroon of the Wasilla Bible Church said": the pastor
        if first < 2 or tokens[first - 1].norm not in ("of", "from") \
                or tokens[first].gap not in _SPACE or tokens[first - 1].gap not in _SPACE:
            return None
        person = self._runs.get(first - 2)
        if person is None or person.kind != "person" or self._in_quote(first - 2):
            return None
        if run.kind == "person" and not self._given_name_before_body(person, run):
            return None
        return person.first, person.last

    def _given_name_before_body(self, person: _NameRun, run: _NameRun) -> bool:
        """"Priya Natarajan of Colfax Securities": a name opening with a given name before "of" and
        a capitalised run whose first word is none is a person and the firm she works for, read
        as a name only because no term list knows its last word."""
        tokens, given = self.tokens, self.vocab.first_names
        return person.last > person.first and fold(tokens[person.first].text) in given \
            and fold(tokens[run.first].text) not in given and run.last > run.first

    def _name_of_name(self, run: _NameRun) -> tuple[int, int] | None:
        """A name joined to the name before it by "of"/"for" ("Office of the Inspector General",
        "United Nations High Commissioner for Human Rights"): the span of both, or None."""
        tokens = self.tokens
        first = run.run_first if run.run_first >= 0 else run.first
        if first < 2:
            return None
        p = first - 1
        if tokens[p].norm == "the" and p >= 2:
            p -= 1
        if tokens[p].norm not in ("of", "for") or tokens[p].gap not in _SPACE or tokens[p + 1].gap not in _SPACE:
            return None
        before = self._runs.get(p - 1)
        if before is None or before.kind == "person" or self._in_quote(p - 1):
            return None
        if run.kind == "person" and tokens[p - 1].norm not in self.vocab.org_heads:
            return None  # a person's name after a body's head is the body's ("the Coalition of Radical Left")
        return (before.run_first if before.run_first >= 0 else before.first), run.last

    def _document_from(self, first: int) -> bool:
        """Whether the name at first follows "a statement from" / "a joint letter by": a document
        opening its sentence, then the preposition of its author."""
        tokens = self.tokens
        p = first - 1
        if p < 2 or tokens[p].norm not in ("from", "by") or tokens[first].gap not in _SPACE or tokens[p].gap not in _SPACE:
            return False
        d = p - 1
        if tokens[d].norm not in self.vocab.document_nouns:
            return False
        while d > 0 and p - d <= 3 and tokens[d].gap in _SPACE and tokens[d - 1].norm not in _DETERMINERS:
            if tokens[d - 1].norm in _FUNCTION or tokens[d - 1].cap and not tokens[d - 1].initial:
                return False
            d -= 1  # "a joint statement"
        return d > 0 and tokens[d - 1].norm in _DETERMINERS and (d - 1 == 0 or tokens[d - 1].initial)

    def _object_start(self, first: int) -> int | None:
        """When the words ending at a name are the object of a preposition ("in the journal
        JAMA Psychiatry", "to Britain"), the first token after the preposition; else None."""
        tokens = self.tokens
        m = first
        for _ in range(3):
            if m == 0 or tokens[m].gap not in _SPACE:
                return None
            prev = tokens[m - 1]
            if prev.norm in _PREPOSITIONS and not prev.cap:
                before = tokens[m - 2] if m >= 2 else None
                if before is not None and before.cap and prev.norm in ("of", "for") and not (
                        before.initial and before.norm in self.vocab.person_nouns and before.norm not in self.vocab.title_words
                        and not self._written_inside_a_sentence(before.norm)):
                    # "Secretary of State Mike Pompeo", "Commissioner for Human Rights" (not "Friends of
                    # Kathryn Jenkin said": a noun of people, capitalised only to open the sentence)
                    return None
                return m
            if prev.cap or prev.norm not in _DETERMINERS and (prev.norm in _FUNCTION or not prev.norm.isalpha()):
                return None
            m -= 1
        return None

    def _with_conjoined(self, first: int, last: int) -> tuple[int, int]:
        """"Tova Noel and Michael Thomas said": both names."""
        tokens = self.tokens
        if first >= 2 and tokens[first - 1].norm == "and" and tokens[first].gap in _SPACE and tokens[first - 1].gap in _SPACE:
            other = self._runs.get(first - 2)
            if other is not None and other.kind in ("person", "single") and not self._in_quote(first - 2):
                return other.first, last
        return first, last

    def _description_start(self, k: int) -> int | None:
        """First token of a description whose head is token k, or None when no head of a
        speaker: walks left over modifiers to a determiner, a possessive or the sentence start."""
        tokens, vocab = self.tokens, self.vocab
        head = tokens[k].norm
        if head in vocab.indefinite_pronouns:
            return k  # "overheard someone say": a pronoun takes no modifier, no determiner
        plural = head.endswith("s") and not head.endswith("ss") or head in vocab.collective  # "which police said"
        s = k
        limit = self.settings.subject_tokens
        while s > 0 and k - s < limit and (tokens[s].gap in _SPACE_OR_HYPHEN or tokens[s - 1].possessive
                                           and tokens[s].gap in ("' ", "’ ")  # "the dockworkers' union"
                                           or tokens[s].gap in ('" ', "” ")
                                           # "the U.S. government": the letters of an abbreviation
                                           or tokens[s].gap in (".", ". ") and len(tokens[s - 1].text) == 1 and tokens[s - 1].cap):
            if tokens[s].gap in ('" ', "” "):
                # 'the "Pose" actor': a title in marks between the determiner and the head
                m = s - 1
                while m > max(0, s - 5) and tokens[m].gap in _SPACE and tokens[m].cap:
                    m -= 1
                if m > 0 and tokens[m].cap and tokens[m].gap.strip() in ('"', "“") and tokens[m - 1].norm in _DETERMINERS:
                    s = m - 1
                break
            prev = tokens[s - 1]
            if prev.norm == "s" and not prev.cap and prev.gap.strip() in (".'", ".’", "'", "’") and s >= 2 \
                    and self._runs.get(s - 2) is not None:
                # "the D. A.'s release": a possessive after an abbreviation's full stop, read as a lone "s"
                run = self._runs[s - 2]
                s = run.run_first if run.run_first >= 0 else run.first
                if s > 0 and tokens[s - 1].norm == "the" and tokens[s].gap in _SPACE:
                    s -= 1
                break
            if prev.possessive:
                s -= 1  # "Swift's rep", "Carlineo's attorney", "the victim's mother"
                run = self._runs.get(s)
                if run is not None:  # "the European Space Agency's team": the whole name
                    s = run.run_first if run.run_first >= 0 else run.first
                    while s < run.first and not (tokens[s].cap and tokens[s].norm not in vocab.openers):
                        s += 1  # "when President Trump's advisers": from the name's first capital
                    if s > 0 and tokens[s - 1].norm == "the" and tokens[s].gap in _SPACE:
                        s -= 1
                else:  # "the victim's mother", "Bolivia's public defender's office", "the U.S. attorney's office"
                    m = s
                    while m > 0 and s - m < 4 and (tokens[m].gap in _SPACE or tokens[m].gap in (".", ". ") and len(tokens[m - 1].text) == 1):
                        before = tokens[m - 1]
                        if before.norm in _DETERMINERS:
                            s = m - 1
                            break
                        if before.norm in _FUNCTION or not before.norm.isalpha() or before.norm in vocab.verbs \
                                or self._in_quote(m - 1):
                            break
                        m -= 1
                        if before.cap or before.possessive:
                            s = m  # a name or an owner belongs to the phrase even with no article
                break
            if prev.norm in _DETERMINERS:
                s -= 1
                break
            if prev.cap and not prev.initial and not self._in_quote(s - 1):
                s -= 1  # "the US military", "the IT department": a capitalised modifier
                continue
            if prev.norm in ("and", "or") and not prev.cap and tokens[s].cap:
                joined = self._coordinated_modifiers_start(s - 1)
                if joined is None:
                    return None  # "... Danish and Swedish ministries" with no article before: no part of a list
                s = joined  # "the Danish and Swedish defense ministries": both, not "Swedish defense ministries"
                break
            if prev.norm in ("of", "for") and not prev.cap and s >= 2 and s < k and tokens[s].cap and tokens[s - 1].gap in _SPACE \
                    and tokens[s - 2].cap and tokens[s - 2].norm in vocab.org_heads and not self._in_quote(s - 2):
                s -= 2  # "A Department for Education spokesperson": a body's name with "for" inside modifies
                continue
            if s == k and self._verb_form_modifier(s - 1):
                s -= 1  # "federal and state agencies", "the state agency": a noun that is also a speech verb
                if tokens[s - 1].norm in ("and", "or"):
                    joined = self._lower_modifier_before(s - 1)
                    if joined is not None:
                        s = joined  # "Federal and state agencies": both modifiers, from the sentence's start
                        break
                continue
            if prev.norm in _FUNCTION or prev.norm in vocab.verbs or self._in_quote(s - 1):
                break
            if not (prev.norm.isalpha() or prev.norm.replace("-", "").isalnum()):
                break
            if self._past_verb_after_subject(s - 1):
                return None  # "Howell reminded jurors that ...": the object of another's verb, no subject
            s -= 1
        starts_sentence = s == 0 or tokens[s].initial
        determined = tokens[s].norm in _DETERMINERS or any(tokens[m].possessive for m in range(s, k))
        if not (determined or plural or starts_sentence):
            return None
        if not self._speaker_head(head) and not (head == "old" and tokens[k - 1].norm in ("year", "years")) \
                and not (head in self._title_heads and tokens[s].norm == "the" and k - s <= 3) \
                and not (head in vocab.title_words and head in self._titled_words and tokens[s].norm == "the" and k - s <= 3) \
                and not (k == s + 1 and tokens[s].norm == "the" and head in self._body_name_heads):
            # "the 56-year-old" is a person; so is "the captain" after "Fire Captain Brian Soto", a
            # role this text wrote as a title before a name (resolved to that one person, or no one),
            # or "the chair" after "the committee's chair, Donna Kirkwood": a title it gave a named person;
            # "the federation" after "the Insurers' Federation": the last word of a body's name
            return None
        return s

    def _past_verb_after_subject(self, m: int) -> bool:
        """Whether token m is a past verb right after its subject (a name or a personal pronoun:
        "Howell reminded", "she urged"): lower case, "-ed", a space before it. A description walking
        left meets it past its object's words, so the phrase is no subject of its own."""
        tokens = self.tokens
        tok = tokens[m]
        if m < 1 or tok.cap or not tok.norm.endswith("ed") or len(tok.norm) < 5 or tok.gap not in _SPACE:
            return False
        before = tokens[m - 1]
        return (before.cap and not before.possessive and self._runs.get(m - 1) is not None) or before.norm in _PRONOUNS

    def _verb_form_modifier(self, m: int) -> bool:
        """Whether token m, a speech verb's bare form right before the head ("state" of "federal and
        state agencies"), modifies it as a noun: lower case, a space after it, and a determiner,
        "and" or "or" right before it, which no verb's subject ends on."""
        tokens = self.tokens
        tok = tokens[m]
        return m >= 1 and not tok.cap and self.vocab.verbs.get(tok.norm) == tok.norm and tokens[m + 1].gap in _SPACE \
            and (tok.gap in _SPACE and (tokens[m - 1].norm in _DETERMINERS or tokens[m - 1].norm in ("and", "or"))
                 or tok.gap.strip() == "," and tokens[m + 1].norm in self.vocab.person_nouns) \
            and not self._in_quote(m)  # (or a clause's first word after a comma: "..., state officials said")

    def _lower_modifier_before(self, c: int) -> int | None:
        """The modifier before the "and"/"or" at token c when it opens its sentence or a clause after a
        comma, or follows a determiner ("Federal and state agencies", "the federal and state agencies"): its first token
        (the determiner's), else None."""
        tokens, m = self.tokens, c - 1
        if m < 0 or tokens[c].gap not in _SPACE or tokens[m].cap and not tokens[m].initial or not tokens[m].norm.isalpha() \
                or tokens[m].norm in _FUNCTION or tokens[m].norm in self.vocab.verbs or self._in_quote(m):
            return None
        if tokens[m].initial or tokens[m].gap.strip() == ",":
            return m  # (or after a comma: "..., federal and state officials said, and")
        if m >= 1 and tokens[m - 1].norm in _DETERMINERS and tokens[m].gap in _SPACE:
            return m - 1
        return None

    def _coordinated_modifiers_start(self, c: int) -> int | None:
        """Token c is the "and"/"or" of capitalised words before one head ("the Danish and Swedish
        defense ministries", "the French, German and Dutch governments", "The US Interior and
        Commerce departments"): the determiner before the first of them, or that first one when it
        opens its sentence or its "that" clause, else None (the whole subject, or none)."""
        tokens = self.tokens
        if tokens[c].gap not in _SPACE:
            return None
        m = c - 1
        while m >= 0 and c - m <= self.settings.subject_tokens:
            tok = tokens[m]
            run = self._runs.get(m)
            if not tok.cap or tok.possessive or self._in_quote(m) or run is not None and run.kind == "person":
                return None  # "Ann Lee and Danish officials": a person and a body, no shared head
            if tok.initial:
                return m
            before = tokens[m - 1] if m > 0 else None
            if before is not None and before.cap and not before.possessive and (tok.gap in _SPACE or tok.gap.strip() == ","):
                m -= 1  # "the French, German and Dutch governments", "the US Interior"
                continue
            if before is not None and tok.gap in _SPACE and before.norm == "that" and not before.cap:
                return m  # "reminded jurors that Acme Wireless and FBI experts testified" ("that" opens the clause, no determiner)
            if before is not None and tok.gap in _SPACE and before.norm in _DETERMINERS:
                return m - 1
            return None
        return None

    def _speaker_head_listed(self, word: str) -> bool:
        vocab = self.vocab
        return word in vocab.person_nouns or word in vocab.body_nouns or word in vocab.document_nouns

    def _speaker_head(self, word: str) -> bool:
        """A noun that can head a description of a speaker: a person, a body, a document."""
        vocab = self.vocab
        for form in {word, singular(word)}:
            if form in vocab.person_nouns or form in vocab.body_nouns or form in vocab.document_nouns:
                return True
        return _profession(word)  # "the comedian added": resolved to the person, else no one

    def _with_post_modifier_owner(self, s: int, k: int) -> tuple[int, int]:
        """'a person familiar with the matter', 'diplomats in Geneva', 'a spokesperson for the
        British Foreign Office': the speaker noun before a prepositional phrase ending at k."""
        tokens, vocab = self.tokens, self.vocab
        for _ in range(2):
            p = s - 1
            if p < 1 or tokens[p].norm not in _PREPOSITIONS or tokens[s].gap not in _SPACE or tokens[p].gap not in _SPACE:
                break
            q = p - 1
            if tokens[q].norm in _POST_ADJECTIVES and q > 0 and tokens[q + 1].gap in _SPACE:
                q -= 1
            if tokens[q].norm in ("close", "familiar") and q > 0:
                q -= 1
            elif tokens[q].norm in vocab.knowledge_nouns and q > 1 and tokens[q - 1].norm == "with" \
                    and tokens[q].gap in _SPACE and tokens[q - 1].gap in _SPACE:
                q -= 2  # "a source with knowledge of the talks"
            head = tokens[q].norm
            # "a coalition of several dozen groups", "a group of protesters": the body the people make up
            body_of = tokens[p].norm == "of" and head in vocab.body_nouns and singular(tokens[k].norm) != tokens[k].norm
            if not (head in vocab.person_nouns or singular(head) in vocab.person_nouns or body_of) \
                    or tokens[q].cap and not tokens[q].initial:
                break
            outer = self._description_start(q)
            if outer is None:
                break
            s = outer
        return s, k
