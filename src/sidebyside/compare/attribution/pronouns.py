"""A clause's words turned into a speaker: names into full names, pronouns into the person the passage is about."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from sidebyside.compare.attribution.identity import name_key
from sidebyside.compare.text import fold
from sidebyside.compare.attribution.records import NARRATOR, Clause, Speaker, _NameRun, _Person
from sidebyside.compare.attribution.descriptions import CULPRIT_NOUNS
from sidebyside.compare.attribution.vocabulary import case_form, relation_words
from sidebyside.resources import sex_nouns
from sidebyside.compare.attribution.vocabulary import _ANSWERING, _ASKING, _ELIDED_NOUN, _CLAUSE_COST, _DETERMINERS, _FUNCTION, _INDEFINITE, _PREPOSITIONS, _PRONOUNS, _SENTENCE_BREAK, _SPACE
from sidebyside.compare.tokens import singular, token_column, words_capitalised_inside
from sidebyside.model import Span
from sidebyside.name_lists import NAME_PARTICLES

# a sentence opening with a document's description and its title: 'The report, "Left High and Dry",'
_DOCUMENT_OPENING = re.compile(r'The (?:[\w-]+ ){0,3}?([a-z]+), ["“‘\']\S')
_TITLE_AFTER = re.compile(r',\s*["“‘\']\S')  # 'The report, "Left High and Dry",': a title set off after a description

_POSSESSIVE_DETERMINERS = frozenset("its their his her my our".split())
# words that may open a sentence before its subject ("Yet Sondland has ...")
_SENTENCE_CONJUNCTIONS = frozenset("but yet and so still".split())
# "I'm", "we're", "it's": a pronoun and its verb, capitalised as "I" always is
_PRONOUN_CONTRACTION = re.compile(r"^(?:i|we|you|he|she|it|they)['’](?:m|s|d|ll|ve|re)$")


class PronounResolution:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _resolve_clauses(self) -> None:
        self._subject_starts: set[int] = set()  # names that are the subject of a clause
        self._spoke_at: dict[str, int] = {}  # speaker key -> where it first spoke
        self._person_spoke: dict[str, Speaker] = {}  # people who spoke in the narration so far, by key
        for clause in self.clauses:
            if not self.budget.spend(_CLAUSE_COST, "speakers"):
                return
            if self._fronted_object(clause):  # "Zdražení označil za „…“": the object, not a name (fronted.py)
                clause.speaker, clause.how = self._speaker_past_fronted_object(clause), "fronted-object"
            else:
                clause.speaker = self._resolve(clause)
                if clause.speaker is not None and self._pronoun_reported_by_its_referent(clause):
                    clause.speaker = None  # "Tom Hale recalled that he said, '...'": maybe another man's words
            source = self._according_source_before(clause) if clause.speaker is not None else None
            source = source or self._source_opening_sentence_before(clause)
            if source is not None:  # "Selon une source ... « … », souligne-t-elle": the source (unnamed.py)
                clause.speaker, clause.how = source, "according-source"
            if clause.speaker is not None and clause.speaker.kind in ("group", "anonymous") and self._generic_subject(clause):
                clause.speaker = None  # "the people shrug and think, '...'", "the public will scream": no source
            if clause.how == "name" and clause.first in self._named_past_words:
                clause.how = "name-past-words"  # "dijo el alcalde de la localidad, Julián Ortega", "volgens rechter X"
            if clause.speaker is not None:
                self._spoke_at.setdefault(clause.speaker.key, self.tokens[clause.verb].start)
            if clause.speaker is not None and clause.speaker.kind == "anonymous" and clause.speaker.medium is None:
                medium = clause.medium or self._medium_of_unnamed(clause)
                if medium:  # "a diplomatic source told Sputnik"
                    clause.speaker = replace(clause.speaker, medium=medium)
            if clause.speaker is not None and self._runs.get(clause.last) is not None:
                self._subject_starts.add(self.tokens[self._runs[clause.last].first].start)
            if clause.speaker is not None and clause.speaker.kind == "person" and clause.inside is None:
                self._person_spoke.setdefault(clause.speaker.key, clause.speaker)

    def _first_name_of_someone(self, word: str) -> bool:
        """Whether a person the article names has this word in the name ("Ella Berg" before "Ella
        sagte", "Zhang Lei"): then a capitalised pronoun of another language may be that name."""
        return any(word in m.canonical.split() for m in self._mentions)

    def _generic_subject(self, clause: Clause) -> bool:
        """Whether the clause's subject is people at large: "the public", "everyone" (any verb), or
        "people" who think, believe or feel (not "some people said", "people at the scene said")."""
        tokens = self.tokens
        head = tokens[clause.last].norm
        if tokens[clause.last].cap and clause.first != clause.last:
            return False
        if head in self.vocab.generic_subjects:
            return True
        return head == "people" and clause.base in self.vocab.thinking_verbs \
            and all(tokens[m].norm in ("the", "most", "many") for m in range(clause.first, clause.last))

    def _resolve(self, clause: Clause) -> Speaker | None:
        tokens = self.tokens
        first, last = clause.first, clause.last
        head = tokens[last]
        at = tokens[first].start
        if first == last and head.norm in _PRONOUNS:
            clause.how = "pronoun"
            return self._resolve_pronoun(head.norm, at, clause)
        if first == last and first >= 2 and self.language in (None, "en") and head.text.isupper() and 2 <= len(head.text) <= 5 \
                and tokens[first - 1].norm == "former" and tokens[first - 2].norm == "the" \
                and tokens[first].gap in _SPACE and tokens[first - 1].gap in _SPACE:
            # "The former MCA accused the returning officer": a person by an office's letters (a
            # former member), whom these words do not name; no body speaks as "former": no one
            clause.how = "description"
            return None
        if clause.how == "according-body":
            return self._according_body_speaker(clause)  # "Según la patronal": the body as written
        if (located := self._locative_body_speaker(clause)) is not None:
            clause.how = "locative-body"  # "В пресс-службе суда сообщили": the body (foreign.py)
            return located
        foreign = first != clause.verb and (tokens[clause.verb].norm in self.vocab.foreign_verbs
                                            or tokens[clause.verb].norm in self.vocab.separable)
        body = self._body_named_after_noun(first, last) if foreign and head.cap and not clause.inverted else None
        if body is not None:
            clause.how = "body"  # "De gemeente Reimerswaal noemt": the municipality, not a person "Reimerswaal"
            return body
        if first == last and clause.how == "according-pronoun":
            clause.how = "pronoun"
            pronoun = self.vocab.foreign_pronouns.get(head.norm) or self.vocab.according_pronouns[head.text.casefold()]
            return self._resolve_pronoun(pronoun, at, clause)  # "según ella", "según él", "laut ihm"
        if clause.how == "according-description":
            clause.how = "description"  # "Secondo la ricercatrice,": only a person the article writes it beside
            return self._described_in_article(head.norm, at, clause, self.vocab.article_genders.get(tokens[first].norm))
        if clause.how == "reported-description":
            # "O edil garantiu que": a person the article writes that noun, or one of the same office, beside
            # (never the person the passage is about: "La ministre" is no deputy named before)
            clause.how = "description"
            gender = self.vocab.article_genders.get(tokens[first].norm) or self._portuguese_article_gender(first)
            found = self._described_in_article(head.norm, at, clause, gender)
            described = self._people_described_before(head.norm, at, gender) if found is None and clause.inside is None else []
            return found or (described[0] if len(described) == 1 else None)
        if first == last == clause.verb and clause.how == "dropped":
            return self._dropped_subject(at, clause)
        if first == last == clause.verb and clause.how == "dropped-told":
            return self._told_dropped(at, clause)
        if foreign and first == last and head.norm in self.vocab.foreign_pronouns and not head.cap:
            clause.how = "pronoun"
            pronoun = self.vocab.foreign_pronouns[head.norm]
            if head.norm == "sie" and tokens[clause.verb].norm.endswith("en"):
                pronoun = "they"  # "sagten sie": the plural
            return self._resolve_pronoun(pronoun, at, clause)
        if foreign and first == last and head.cap and head.initial and not clause.inverted \
                and head.norm in self.vocab.foreign_pronouns and not self._first_name_of_someone(head.text):
            # "Er betonte: ...", "Elle a ajouté": the pronoun opening its sentence, never a name "Er"
            clause.how = "pronoun"
            pronoun = self.vocab.foreign_pronouns[head.norm]
            if head.norm == "sie" and tokens[clause.verb].norm.endswith("en"):
                pronoun = "they"  # "Sie sagten": the plural
            return self._resolve_pronoun(pronoun, at, clause)
        if foreign and last > first and tokens[first].norm in self.vocab.foreign_articles and self._person_by_age(first) == (first, last):
            clause.how = "by-age"  # "zei de 71-jarige": the person the passage is about (of the article's gender)
            person = self._salient_person(at, self.vocab.article_genders.get(tokens[first].norm))
            return Speaker(person.canonical, "person", person.key) if person is not None else None
        if foreign and last > first and self._former_description_after(clause.verb, first) == (first, last):
            return self._former_described(first, last, at, clause)  # "a déclaré l'ancien maire" (foreign.py)
        if foreign and last - first <= 2 and (any(tokens[m].norm in self.vocab.foreign_source_nouns or m > first
                                                  and tokens[m].norm.endswith(self.vocab.long_source_nouns) for m in range(first, last + 1))
                                              or last == first + 1 and (self._indefinite_person_noun(last, opening=tokens[first].initial)
                                                                        or self._body_noun(tokens[last].norm))):
            return self._foreign_unnamed(first, last, at, clause)
        if foreign and last == first + 1 and (tokens[first].norm in self.vocab.foreign_articles or self._portuguese_article(first)) \
                and not tokens[first].cap:
            clause.how = "description"
            gender = self.vocab.article_genders.get(tokens[first].norm) or self._portuguese_article_gender(first)
            return self._described_in_article(head.norm, at, clause, gender) \
                or (self._unnamed_source_by_noun(head.norm, at, gender) if clause.inside is None else None) or (
                self._passage_person_by_noun(head.norm, at, clause, gender) if gender is not None else None) \
                or (self._asked_in_sentence_before(at, gender) if clause.inside is None else None)  # "lui a demandé" (foreign.py)
        if first < last and not tokens[first].cap and tokens[first].norm in NAME_PARTICLES and head.cap:
            full = self._full_name_ending(first, last)
            if full is not None:
                clause.how = "name"  # "sagte von der Heyden" after "Ursula von der Heyden"
                return Speaker(full, "person", name_key(full))
        if foreign and first == last and not head.cap and self._bare_noun_after_cased_verb(clause.verb, first):
            clause.how = "description"  # "— сказала министр."
            return self._titled_before_in_article(head.norm, at) if clause.inside is None else None
        if foreign and first == last and not head.cap and self._definite_noun_after_verb(clause.verb, first):
            clause.how = "description"  # "sier rektoren", "sagde dommeren": foreign.py
            return self._definite_described(first, at, clause) if clause.inside is None else None
        elided = _ELIDED_NOUN.match(head.norm) if foreign and first == last and not head.cap else None
        if elided is not None:
            clause.how = "description"  # "ha raccontato l'anziana", "a déclaré l'avocate"
            noun = elided.group(1)
            return self._described_in_article(noun, at, clause, self._italian_noun_gender(noun)) \
                or self._passage_person_by_noun(noun, at, clause)
        if clause.base == "according" and tokens[clause.verb].norm in self.vocab.foreign_genitive:
            run = self._runs.get(last)
            if run is not None and run.first >= first and run.kind in ("person", "single"):
                named = self._nominative_named(run, at) or self._nominative_by_ending(run)  # (foreign.py: Finnish)
                if named is not None:
                    clause.how = "genitive"
                    return named  # "по словам Путина" with "Путин" in the article: Putin
            if clause.how == "role-genitive":  # "Według rzeczniczki ... Ewy Kamińskiej ... – powiedziała Kamińska"
                return self._nominative_surname(run) if run is not None else None  # (else no form guessed)
        if tokens[last].norm in ("them", "those") and last - first == 2:
            clause.how = "one-of-them"
            return self._latest_group_head(at)
        if clause.how == "one-of-them":  # '," one said': one of a group that spoke nearby
            return self._latest_group_head(at, within=self.settings.group_resolve_chars)
        run = self._runs.get(last)
        while run is not None and first < run.first and tokens[first].norm in self.vocab.openers \
                and tokens[first].norm not in _DETERMINERS:
            first += 1  # "As Nick of Arachnid Labs says": the conjunction opening the sentence is no part of the name
        if run is not None and run.first > first and tokens[first].cap and any(
            tokens[m].norm in ("of", "for") for m in range(first, run.first)
        ) and self._name_of_name(run) is not None and not (
            tokens[first].norm in _DETERMINERS and tokens[first + 1].norm in self.vocab.person_nouns
        ):  # (not "A spokesperson for the Department for the Environment": the spokesperson, a description)
            name = self.text[tokens[first].start : tokens[last].end]
            with_article = self._article_before(first)
            clause.how = "office-name"
            return Speaker(("the " if with_article else "") + name, "institution", name_key(name))
        run = self._runs.get(last)
        office = self._office_start((first, last)) if run is not None and run.kind == "single" and clause.inside is None else None
        if office is not None:
            # "The Foreign Secretary said": an office in capitals names no one (not "Secretary"): the
            # description, the person named so before if any
            run, first = None, office
        if run is not None and run.first >= first and not (first < run.first and self._party_member_described(run)) and not any(
            tokens[m].norm in _PREPOSITIONS or tokens[m].possessive and not self._titled_person(run) for m in range(first, run.first)
        ):
            if run.first > first and tokens[first].norm not in _DETERMINERS and run.kind in ("person", "single") \
                    and tokens[run.first - 1].norm == "and":
                names = [self._speaker_of_run(r, at) for r in (self._runs.get(run.first - 2), run) if r is not None]
                names = [s for s in names if s is not None]
                if len(names) == 2:
                    clause.how = "two-names"
                    joined = " and ".join(s.name for s in names)
                    return Speaker(joined, "group", name_key(joined), parts=tuple(names))
            couple = self._couple_after_verb(clause, run, at)
            if couple is not None:
                clause.how = "two-names"  # '," said Colin and Maureen Ashworth': both
                return couple
            clause.how = "name"
            speaker = self._speaker_of_run(run, at, with_article=self._article_before(run.first))
            if speaker is not None and speaker.kind == "person" and self._named_as_body(run):
                return replace(speaker, kind="institution")  # "Preliminary tests by Pixel Forge reveal": a body
            return speaker
        clause.how = "description"
        named = self._given_name_apposition(last)
        if named is not None:
            return named  # "her mother, Fiona, said" ... "Fiona Parry issued a plea": Fiona Parry
        titled = self._titled_document(first, last, at)
        if titled is not None:
            clause.how = "document"
            return titled  # 'The report, "Left High and Dry", found': the report's own words
        found = self._resolve_description(first, last, clause)
        if found is not None and self._document_words(first, last, found):
            clause.how = "document"
            if tokens[first].norm in _POSSESSIVE_DETERMINERS:
                return None  # "Its opening line": no speaker rather than a phrase naming no document
            # 'Ann Lee wrote a report. "...," the report said': the report, as the text names it
            phrase = self.text[tokens[first].start : tokens[last].end]
            return Speaker(phrase, self._kind_of_description(first, last, tokens[last].norm), "np:" + name_key(phrase))
        return found

    def _couple_after_verb(self, clause: Clause, run: _NameRun, at: int) -> Speaker | None:
        """'"...," said Colin and Maureen Ashworth.': a given name alone and "and" between the
        verb and a full name are two people of that surname (PeopleIndex._couple_full_names gave
        the first one the full name), the group of both; else None."""
        tokens, k = self.tokens, run.first
        if not clause.inverted or k < 3 or tokens[k - 1].norm != "and" or clause.verb != k - 3:
            return None
        given = self._runs.get(k - 2)
        if given is None or given.kind != "single" or given.first != k - 2 \
                or fold(tokens[k - 2].text) not in self.vocab.first_names:
            return None
        names = [self._speaker_of_run(r, at) for r in (given, run)]
        if any(s is None or s.kind != "person" or len(s.name.split()) < 2 for s in names):
            return None
        joined = " and ".join(s.name for s in names)
        return Speaker(joined, "group", name_key(joined), parts=tuple(names))

    def _titled_document(self, first: int, last: int, at: int) -> Speaker | None:
        """A document the article names by its title, set off by commas after its description ('The
        budget document, "Delivering for Wexley", warns'), speaks its own words, never the latest
        body's; "the document" after it, while no other body or person has spoken, is the same one."""
        tokens = self.tokens
        if tokens[first].norm != "the" or tokens[self._head_of(first, last)].norm not in self.vocab.impersonal_documents:
            return None
        head = tokens[self._head_of(first, last)].norm
        if _TITLE_AFTER.match(self.text, tokens[last].end):
            phrase = self.text[tokens[first].start : tokens[last].end]
            return Speaker(phrase, "group", "np:" + name_key(phrase))
        earlier = self._latest_document(at)
        return earlier if earlier is not None and fold(earlier.name.split()[-1]) == head else None

    def _titled_document_opening(self, at: int) -> Speaker | None:
        """'The report, "Left High and Dry", found that … / "…," it says': the document that opens,
        named by its title, the sentence before the one at at (or that one): what "it" stands for."""
        s = self.at.sentence_at(at)
        for k in (s, s - 1):
            if k < 0:
                continue
            start = self.at.sentences[k].start
            m = _DOCUMENT_OPENING.match(self.text, start)
            if m is not None and m.end() < at and fold(m.group(1)) in self.vocab.impersonal_documents:
                phrase = self.text[start : m.end(1)]
                return Speaker(phrase, "group", "np:" + name_key(phrase))
        return None

    def _latest_document(self, at: int) -> Speaker | None:
        """The document a titled-document clause credited last before at, when no clause of another
        speaker came between (within pronoun_chars)."""
        k = bisect.bisect_left(self._clause_verbs, bisect.bisect_left(self.at.token_starts, at))
        for clause in reversed(self.clauses[max(0, k - 6) : k]):
            if self.tokens[clause.verb].start < at - self.settings.pronoun_chars:
                return None
            if clause.speaker is None or clause.inside is not None:
                continue
            return clause.speaker if clause.how == "document" and clause.speaker.key.startswith("np:") else None
        return None

    def _document_words(self, first: int, last: int, found: Speaker) -> bool:
        """Whether a clause's subject is a document whose words are its own, no person's ("Ann Lee
        published the report. Its opening line reads:", "the study says" after she wrote it): a
        person it resolves to speaks none of them, nor is "its opening line" a speaker. Letters,
        statements and posts stay their writer's words ("Willoughby wrote a letter ... the letter said")."""
        tokens = self.tokens
        if tokens[self._head_of(first, last)].norm not in self.vocab.impersonal_documents:
            return False
        if tokens[first].norm in _POSSESSIVE_DETERMINERS:
            return True  # "Its opening line reads:": a document of an earlier sentence, never named here
        return found.kind == "person"

    def _given_name_apposition(self, last: int) -> Speaker | None:
        """A description followed by a given name alone set off by commas ("her mother, Fiona,
        said"): the one person the article names in full with that given name, else None."""
        tokens = self.tokens
        k = last + 1
        if k + 1 >= len(tokens) or tokens[k].gap.strip() != "," or tokens[k + 1].gap.strip() != "," or not tokens[k].cap:
            return None
        given = tokens[k].norm
        if given not in self.vocab.first_names:
            return None
        people = {m.key: m for m in self._mentions if " " in m.canonical and fold(m.canonical.split()[0]) == given}
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        return Speaker(person.canonical, "person", person.key)

    def _titled_person(self, run: _NameRun) -> bool:
        """A full name right after a role ("the company's advanced threat researcher Paul
        Ferguson"): the person is the one who speaks, not the possessor before the role."""
        lead = run.run_first if run.run_first >= 0 else run.first
        if run.kind != "person" or run.last == run.first or lead == 0:
            return False
        role = self.tokens[lead - 1].norm
        return self.tokens[lead].gap in _SPACE and (role in self.vocab.title_words or role in self.vocab.person_nouns
                                                    or role.endswith(self.vocab.agent_suffixes))

    def _latest_group_head(self, at: int, within: int | None = None) -> Speaker | None:
        """"one of them": the people just named ("Two residents of the village" → residents);
        within: only a group whose clause is that near before at."""
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        for clause in reversed(self.clauses[max(0, k - 6) : k]):
            if within is not None and self.tokens[clause.verb].start < at - within:
                break
            s = clause.speaker
            if s is not None and s.kind == "group":
                head = self.tokens[self._head_of(clause.first, clause.last)]
                return Speaker(head.norm, "group", "np:" + head.norm)
        return None

    def _article_before(self, k: int) -> bool:
        return k > 0 and self.tokens[k - 1].norm == "the" and self.tokens[k].gap in _SPACE

    def _speaker_of_run(self, run: _NameRun, at: int, with_article: bool = False) -> Speaker | None:
        start = run.run_first if run.run_first >= 0 else run.first
        if run.first == run.last and _PRONOUN_CONTRACTION.match(self.tokens[run.first].norm):
            return None  # "the reason I'm writing it": a pronoun with its verb, no name
        if self._name_modifies_noun(run):
            return None  # "The Obama administration's first comments": the name only modifies who speaks
        if self._relative_of_name(run):
            return None  # "Die Tochter von Werner Albrecht erinnert sich": the daughter speaks, not Albrecht
        if run.kind == "person" and self._owner_of_role(run):
            # "Kiprops Manager, der Niederländer Joost van Leeuwen, nannte": the one set off after the
            # owned role, or no one (foreign.py)
            apposed = self._name_apposed_to_owned_role(run)
            return self._speaker_of_run(apposed, at) if apposed is not None else None
        if self._named_after_body_noun(run):
            run = replace(run, kind="institution")  # "the rights group Civic Witness", "the charity Aid Now"
            with_article = with_article or (start > 1 and self.tokens[start - 2].norm == "the")
        if run.kind in ("person", "single"):
            if run.kind == "single" and with_article:
                return Speaker("the " + run.text, "institution", name_key(run.text))  # "the Pentagon"
            name = self._person_name(run, at) or run.text
            if self._common_word_opening(run, name):
                return None  # "Quick access to Siri by saying", "Obviously a change is required": no one
            return Speaker(name, "person", name_key(name))
        if run.kind == "place":
            return Speaker(run.text, "institution", name_key(run.text))  # "Washington said": a government
        name = ("the " if with_article else "") + run.text
        return Speaker(name, run.kind, name_key(run.text))

    def _named_after_body_noun(self, run: _NameRun) -> bool:
        """A name right after a body noun ("the rights group Civic Witness", "the delivery company
        FreshCart"): the body's, not a person's (not "company CEO Andy Vesey", a titled person)."""
        start = run.run_first if run.run_first >= 0 else run.first
        return run.kind in ("person", "single") and start > 0 and self.tokens[start - 1].norm in self.vocab.body_nouns \
            and self.tokens[start].gap in _SPACE and not self._role_before(run, start - 1) \
            and not (run.kind == "person" and run.first > start)

    def _relative_of_name(self, run: _NameRun) -> bool:
        """A name right after a noun of a tie to it and that noun's "of" ("die Tochter von Werner
        Albrecht", "la moglie di Salvatore Licata", "the wife of Mayor John Smith"; titles before
        the name aside): the relative, friend or lawyer the noun names is who speaks, someone the
        name only describes (relation_nouns.json). Not "Werner Albrecht, der Vater von Anna": there
        the name before the noun speaks, and "Anna" only is the complement."""
        if run.kind not in ("person", "single"):
            return False
        return self._relation_noun_before(run.first, run.run_first if run.run_first >= 0 else run.first) is not None

    def _relation_noun_before(self, k: int, floor: int) -> int | None:
        """The token of a relation noun ("Tochter", "moglie", "wife") joined by its "of" to the name
        at token k, capitalised words back to token floor (titles: "of Mayor John Smith") skipped;
        None when the name follows no such noun."""
        nouns, ofs = relation_words(self.language)
        noun = self._noun_of_before(k, ofs, floor)
        if noun is None or self.tokens[noun].norm not in nouns:
            return None
        # (the "of" set apart by spaces: not "wife, of", not "Tochter-von")
        return noun if self.tokens[noun + 1].gap in _SPACE and self.tokens[noun + 2].gap in _SPACE else None

    def _noun_of_before(self, k: int, ofs: frozenset[str], floor: int,
                        articles: frozenset[str] = frozenset()) -> int | None:
        """The token before an "of" (one of ``ofs``, lower case) that joins it to the name at token
        k: the one reader of "noun + of + name" (a relation noun's, a Romance complement's). Skipped
        between them: capitalised words back to token ``floor`` (titles, "of Mayor John Smith"), then
        one of ``articles`` ("de la Croix-Rouge"). None when no "of" stands there."""
        tokens = self.tokens
        m = k - 1
        while m >= floor and m > 0 and tokens[m].cap and tokens[m + 1].gap in _SPACE:
            m -= 1
        if m >= 1 and tokens[m].norm in articles and not tokens[m].cap:
            m -= 1  # "de la", "de l'"
        return m - 1 if m >= 1 and tokens[m].norm in ofs and not tokens[m].cap else None

    def _relative_subject(self, m: _Person) -> bool | None:
        """For a mention after a relation noun and its "of" ("Die Tochter von Werner Albrecht war im
        Saal"): True when that noun's phrase opens its sentence (the relative is its subject, whom
        a "she" after it stands for), False when it stands elsewhere; None for any other mention."""
        k = bisect.bisect_left(self.at.token_starts, m.start)
        noun = self._relation_noun_before(k, k - self.settings.name_tokens)
        if noun is None:
            return None
        opening = noun if not (noun >= 1 and self.tokens[noun].gap in _SPACE and (
            self.tokens[noun - 1].norm in _DETERMINERS or self.tokens[noun - 1].norm in self.vocab.foreign_articles
            or self.tokens[noun - 1].norm in self.vocab.noun_articles or self.tokens[noun - 1].norm in self.vocab.foreign_possessives)) \
            else noun - 1
        return opening == 0 or self.at.sentence_at(self.tokens[opening].start) != self.at.sentence_at(self.tokens[opening - 1].start)

    def _name_modifies_noun(self, run: _NameRun) -> bool:
        """A name right before a lower-case noun that owns something or names a body ("the Obama
        administration's comments", "the Clinton campaign said"): the noun is who speaks, not the name."""
        if run.kind not in ("person", "single") or self.tokens[run.last].possessive:
            return False  # ("Erdogan's office": the owner, which the description reads)
        k = run.last + 1
        if k >= len(self.tokens):
            return False
        noun = self.tokens[k]
        return noun.gap in _SPACE and not noun.cap and noun.norm not in self.vocab.verbs \
            and (noun.possessive or noun.norm in self.vocab.body_nouns)

    def _common_word_opening(self, run: _NameRun, name: str) -> bool:
        """A lone capitalised word that only opens its sentence, is an everyday English word (one
        this text also writes in lower case, or an adverb in -ly) and names nobody the text names
        in full ("Quick", "Obviously"): a word of the sentence, not a name. ("White", "Obama":
        frequent words too, but never written in lower case there.)"""
        tok = self.tokens[run.first]
        return run.kind == "single" and run.first == run.last and name == run.text and not run.descriptors \
            and (run.first == 0 or any(c in tok.gap for c in ".!?\n")) and not any(c in tok.gap for c in "\"“”") \
            and (tok.norm in self._lower or tok.norm.endswith("ly")) and self.lex.is_common(tok.norm, self.settings.common_word_zipf)

    def _written_inside_a_sentence(self, word: str) -> bool:
        """Whether the text capitalises word somewhere inside a sentence, or it is a given name."""
        if self._midcap is None:
            self._midcap = words_capitalised_inside(self.tokens)
        return word in self._midcap or word in self.vocab.first_names

    def _only_sentence_case(self, word: str) -> bool:
        """A very common English word ("Pressure", "Inside") that this text never capitalises
        inside a sentence and that is no given name: its capital only opens the sentence. (Only
        for a subject a participle hangs on: "White said" may be a Mr White.)"""
        return not self._written_inside_a_sentence(word) and self.lex.is_common(word, self.settings.sentence_case_zipf)

    def _role_before(self, run: _NameRun, noun: int) -> bool:
        """"Crane operator Sami Haddad": an agent noun with no article before a full name is
        the person's role, not a body's kind ("the operator DP World")."""
        tokens = self.tokens
        if run.kind != "person" or not tokens[noun].norm.endswith(("er", "or")):
            return False
        m = noun
        while m > 0 and noun - m < 3 and tokens[m].gap in _SPACE:
            m -= 1
            if tokens[m].norm in _DETERMINERS or tokens[m].possessive:
                return False
        return True

    def _resolve_pronoun(self, pronoun: str, at: int, clause: Clause) -> Speaker | None:
        if clause.inside is not None:
            return None  # "he said" inside a quotation: resolved with the quotation (nested quotes)
        if pronoun == "i" and self.tokens[clause.first].text == "I":
            return NARRATOR  # "said I", "I said" in the narration: the writer's own voice, a first-person narrator's
        if pronoun == "person":  # Finnish "hän": she or he, the person the passage is about (foreign.py)
            return self._ungendered_pronoun_speaker(at)
        if pronoun in ("he", "she"):
            if clause.base == "add":
                went_on = self._speaker_adding_on(at, pronoun)
                if went_on is not None:
                    return went_on  # '"...," her mother, Fiona, said. / ... / She added:': the mother adds, not Eloise
            if clause.base in _ANSWERING:
                asked = self._person_asked_before(at, pronoun)
                if asked is not None:
                    return asked  # "Lynch asked Coleman, '...?' / 'Yes,' he responded": Coleman
            described = self._described_subject_before(at, pronoun) or self._role_subject_before(at, pronoun)  # (foreign.py)
            if described is not None:
                return described  # 'One Mac customer was sceptical. / "...," he said': the customer
            titled = self._titled_subject_before(at, pronoun)  # (english.py)
            if titled is not None:
                clause.how = "titled-description"  # (its own rule name: "right-after/titled-description")
                return titled  # '..., the mayor did not rule it out. / "...," she said': the one titled mayor
            culprit = self._culprit_subject_before(at, pronoun)
            if culprit is not None:
                if culprit[0] is not None:
                    clause.how = "deed-description"  # (its own rule name: "right-after/deed-description")
                return culprit[0]  # 'The convicted killer spoke briefly. / "...," he said': the one convicted, or no one
            person = self._salient_person(at, pronoun)
            if person is not None and self._other_speech_abstains(person, at, clause.verb):
                return None  # (foreign.py: someone else spoke in the pronoun's paragraph, in a language that asks it)
            if person is None:
                spoke = self._description_spoke_before(at, pronoun)
                if spoke is not None:
                    return spoke  # 'The mayor said the bridge would reopen. "…," he said.': the mayor
                kin = self._kin_spoken_of(at, pronoun, clause)
                found = kin if kin is not None else self._unnamed_speaker_quoted_on(at, pronoun, clause)
                if found is None:
                    found = self._lone_person_before(at, pronoun)
                    if found is not None:
                        clause.how = "lone-person"  # (its own rule name: "right-after/lone-person")
                if found is None:
                    found = self._paragraph_before_is_about(at, pronoun)
                    if found is not None:
                        clause.how = "paragraph-about"  # (its own rule name: "right-after/paragraph-about")
                return found
            if person.key not in self._gender and self._only_person_in_paragraph(person, at):
                self._gender[person.key] = pronoun  # "Steenburgen ... she said": she, from now on
            return Speaker(person.canonical, "person", person.key)
        if pronoun == "they":
            group = self._group_subject_before(at)
            if group is not None:
                return group  # 'The protesters struggle to say what they want. / "Don't bend," they chanted'
        if pronoun == "it":
            document = self._latest_document(at) or self._titled_document_opening(at)
            if document is not None:
                return document  # 'The report, "Left High and Dry", found ... "…," it says': the report
            body = self._one_word_body_spoke_last(at)
            if body is not None:
                return body  # "... said Mozilla. / It is also ... and said": the one that spoke last, no older body
        if pronoun in ("it", "they"):
            found = self._latest_speaker(at, kinds=("institution", "media") if pronoun == "it" else ("institution", "media", "group"))
            if found is not None and pronoun == "they" and (
                    self._people_since(found, at) >= 2 or self._person_spoke_since(found, at)
                    or self._group_subject_since(found, at)):
                # "Senator Warren and Rep. Ocasio-Cortez ... They criticised"; "Kym Lino, a
                # spokesperson, confirmed ... they said": not the body that spoke before; "The
                # protesters struggle ... 'Don't bend,' they chanted": the protesters, unnamed
                return None
            return found
        return None

    def _speaker_adding_on(self, at: int, pronoun: str) -> Speaker | None:
        """'She added': the speaker of the latest clause of the narration before (within
        settings.pronoun_chars), when that one is of the pronoun's gender (a name the text shows
        so, or a noun of kin or a woman or a man: "her mother, Fiona, said"); None when someone else
        of that gender is named in between or the gender is not known."""
        tokens = self.tokens
        paragraph = self.at.paragraph_at(at)
        if paragraph < 0:
            return None
        lo = max(0, at - self.settings.pronoun_chars)
        for clause in reversed(self.clauses):
            verb_at = tokens[clause.verb].start
            if verb_at >= at:
                continue
            if verb_at < lo:
                return None
            if clause.inside is not None or clause.speaker is None or clause.speaker.key == NARRATOR.key:
                continue  # (the narrator's "I asked her" is not who "she added" stands for)
            speaker = clause.speaker
            if speaker.kind == "person":
                gender = self._gender.get(speaker.key)
            elif speaker.kind in ("anonymous", "group"):
                head = tokens[clause.last].norm
                gender = self.vocab.kin.get(head) or ("she" if head.endswith("woman") else "he" if head.endswith("man") else None)
            else:
                gender = None
            if gender != pronoun:
                return None
            between = self._mentions[bisect.bisect_right(self._mention_starts, verb_at) : bisect.bisect_left(self._mention_starts, at)]
            starts = self.at.token_starts
            if any(m.key != speaker.key and self._gender.get(m.key, pronoun) == pronoun
                   and self._quote_of_token[bisect.bisect_left(starts, m.start)] < 0 for m in between):
                return None  # someone else the narration names since, who may be "she"
            return speaker
        return None

    def _told_dropped(self, at: int, clause: Clause) -> Speaker | None:
        """"Dvěma góly se blýskl útočník Ondřej Kratochvíl. Novinářům řekl:": the latest person its
        paragraph (or the sentence before it) names before the verb, outside quotations, when the verb's gender fits them (a
        Czech subject often follows its verb, so the subject of the sentence before may be another);
        with nobody named in the paragraph, the person it is about, as "«…», dijo."."""
        clause.how = "pronoun"
        if self.tokens[clause.verb].norm.endswith(self.vocab.foreign_plural_endings) \
                or self.tokens[clause.verb].norm in self.vocab.foreign_not_third:
            return None  # (a plural, or "I said", "we said": no one person the passage is about)
        gender = self.vocab.verb_gender(self.tokens[clause.verb].norm)
        p = self.at.paragraph_at(at)
        lo = self.at.paragraphs[p][0] if p >= 0 else 0
        s0 = self._sentence_start(at)
        lo = min(lo, self._sentence_start(s0 - 2)) if s0 >= 2 else 0  # (and the sentence before, in the paragraph before)
        i = bisect.bisect_left(self._mention_starts, at)
        for m in reversed(self._mentions[max(0, i - 20) : i]):
            if m.start < lo:
                break
            if m.possessive:
                continue
            known = self._gender.get(m.key)
            if gender is not None and known is not None and known != gender:
                continue
            return Speaker(m.canonical, "person", m.key)
        return self._dropped_subject(at, clause)

    def _dropped_subject(self, at: int, clause: Clause) -> Speaker | None:
        """'«…», dijo.': the person the paragraph is about, as "he said" resolves (never a name
        inside the quotation); no one inside a quotation."""
        if clause.inside is not None:
            return None
        clause.how = "pronoun"
        if self.tokens[clause.verb].norm in self.vocab.foreign_not_third:
            return None  # ('„…“, teicu.', '”…”, ütlesin': the writer's or a quoted speaker's own words, no one the passage is about)
        if self.tokens[clause.verb].norm.endswith(self.vocab.foreign_plural_endings):
            # '“…”, indicaron.', '— сообщили': a plural, no one person; the sources that opened the
            # sentence before, if any ("Fuentes de la organización aseguraron …": foreign.py)
            return self._plural_source_before(at)
        described = self._description_opening_sentence_before(at) or self._description_before_dropped_sentence(at)
        if described is not None:
            # 'La concejala detalló las inversiones. "…", explicó.': the one described so before that
            # sentence (not "O técnico elogiou o avançado Tiago Mendes": his object), or no one (not
            # the person the paragraph named last); the name set off after it ("Il presidente
            # dell'associazione, Sergio Pellegrini, ha parlato") is that one
            return self._apposed_to_description(described[1]) or self._described_in_article(described[0], described[1], clause)
        described = self._description_opening_sentence_before(at, past_quotation=True)
        if described is not None:
            # 'La portavoz estudiantil considera insuficientes esas ayudas. «Dos cursos …. Que alguien
            # nos explique las cuentas», replicó.': the one described so before the quotation's own
            # sentences, when the text names her beside that noun (else the person the passage is about)
            found = self._apposed_to_description(described[1]) or self._described_in_article(described[0], described[1], clause)
            if found is not None:
                return found
        bare = self._bare_description_speaking_before(at)
        if bare is not None:
            return bare[0]  # "Pracownik muzeum … twierdzi, że …. „…” – powiedział.": that unnamed one (foreign.py)
        # "«…», сказала.": a past form of Russian or Czech tells the speaker's gender, as "she" does
        person = self._salient_person(at, self.vocab.verb_gender(self.tokens[clause.verb].norm))
        if person is None:
            return self._subject_of_sentence_before(at)  # "Maria Colombo ha raccontato …. "…", ha detto." (foreign.py)
        return Speaker(person.canonical, "person", person.key)

    def _description_opening_sentence_before(self, at: int, past_quotation: bool = False) -> tuple[str, int] | None:
        """The noun of a description of another language ("La concejala", "Il portavoce") opening,
        outside any quotation, the sentence before the one at offset at, in its paragraph, and
        where the description's words end; past_quotation: the sentence of the narration before the
        quotation's own sentences when that one is inside it."""
        tokens, vocab = self.tokens, self.vocab
        start = self._sentence_start(at)
        if start <= 0:
            return None
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(start - 1))
        if past_quotation and k < len(tokens) and self._in_quote(k):
            # '«Dos cursos de ayuda …. Que alguien nos explique las cuentas», replicó.': past the
            # quotation's own sentences, to the narration before it (foreign.py)
            k = self._narration_sentence_before(start)
        if k + 1 >= len(tokens) or tokens[k].start >= start or self._in_quote(k) \
                or self.at.paragraph_at(tokens[k].start) != self.at.paragraph_at(at):
            return None
        head = tokens[k + 1]
        if tokens[k].initial and (tokens[k].norm in vocab.foreign_articles or self._portuguese_article(k, opening=True)) \
                and not head.cap and head.norm.isalpha() \
                and head.gap in _SPACE and head.norm not in vocab.verbs and head.norm not in vocab.foreign_verbs:
            # up to the first lower-case word past the description's own words ("O presidente da Câmara
            # de Braga, Luís Sampaio, esteve"): a name after it is the sentence's object
            m = k + 2
            while m < len(tokens) and tokens[m].start < start and (tokens[m].cap or tokens[m].norm in vocab.foreign_of
                                                                   or tokens[m].norm in vocab.foreign_articles
                                                                   or self._elided_before_capital(m)):  # ("d'ERC": foreign.py)
                m += 1
            return head.norm, tokens[min(m, len(tokens) - 1)].start
        return None

    def _foreign_unnamed(self, first: int, last: int, at: int, clause: Clause) -> Speaker | None:
        """'», a précisé la préfecture', 'erklärte ein Sprecher', 'řekl zdroj z radnice': an
        unnamed source of another language, by its words; a definite person ("der Sprecher") is the
        one the article names beside that noun, or no one (a body, "la préfecture", speaks as such)."""
        tokens = self.tokens
        if (tokens[first].norm in self.vocab.foreign_articles or self._portuguese_article(first, opening=tokens[first].initial)) \
                and (not tokens[first].cap or tokens[first].initial and self._body_noun(tokens[first + 1].norm)):
            named = self._described_in_article(tokens[first + 1].norm, at, clause)
            clause.how = "description"
            gender = self.vocab.article_genders.get(tokens[first].norm) or self._portuguese_article_gender(first)
            if named is None and last == first + 1 and clause.inside is None:
                # "aldus de medewerker" after "Een medewerker van ..., die ...,": that unnamed source (foreign.py)
                named = self._unnamed_source_by_noun(tokens[first + 1].norm, at, gender)
            if named is None and gender is not None and last == first + 1 and not self._body_noun(tokens[first + 1].norm):
                # "Der Hausmeister Günter Pohl hatte ... angetroffen. „…“, sagte der Zeuge": the one the passage is about
                named = self._passage_person_by_noun(tokens[first + 1].norm, at, clause, gender)
            if named is not None or not self._body_noun(tokens[first + 1].norm):
                return named
        bare = self._bare_noun_of_someone_named(first, last, at, clause)
        if bare is not None:
            clause.how = "description"
            return bare[0]  # '„…,“ vysvetlila hovorkyňa' after 'Hovorkyňa … Zuzana Králiková …' (foreign.py)
        clause.how = "unnamed"
        name = self.text[tokens[first].start : tokens[last].end]
        return Speaker(name, "anonymous", name_key(name))

    def _described_in_article(self, head: str, at: int, clause: Clause, gender: str | None = None) -> Speaker | None:
        """'«…», dijo el ministro': the latest person of the narration before whom or right after
        whom the article writes that noun ("el ministro de Exteriores, José Manuel Albares", "la
        ministre Catherine Vautrin", "Verkehrsminister Volker Wissing"); no one when none is."""
        if clause.inside is not None or len(head) < 4:
            return None
        i = bisect.bisect_left(self._mention_starts, at)
        limit = at - self.settings.pronoun_chars
        starts = token_column(self.tokens, "start")  # (shared: not a list of every token per call)
        for m in reversed(self._mentions[max(0, i - 40) : i]):
            if m.start < limit:
                break
            t = bisect.bisect_left(starts, m.start)
            if self._in_quote(t) or self._relative_subject(m) is not None:
                continue  # ("La figlia di Salvatore Licata": the noun is the daughter's, not his)
            if self._noun_near(t, head) and not self._other_gender(m.canonical, gender):
                if self._domain_of_role(m):
                    # "El consejero de Universidades del Gobierno regional, Tomás Arroyo,": the role's
                    # domain, no person; the name set off after it is the one (foreign.py)
                    apposed = self._name_apposed_to_domain(m, at)
                    if apposed is not None:
                        return Speaker(apposed.canonical, "person", apposed.key)
                    continue
                return Speaker(m.canonical, "person", m.key)  # (not "la consejera" for "el consejero ... Pedro")
        return None

    def _passage_person_by_noun(self, noun: str, at: int, clause: Clause, gender: str | None = None) -> Speaker | None:
        """"La proprietaria, Angela Ferrari, ... «…», ha raccontato l'anziana": a noun the text never
        set by a name (an age, a trade) stands for the person the passage is about, as "the
        56-year-old" does: the subject of the narration before, nobody else named since, of the
        gender an Italian noun's ending tells ("-a": she; "-o": he) or its article ("sagte der Zeuge")."""
        if clause.inside is not None or noun.endswith(self.vocab.foreign_spokes):
            return None  # ("sagte der Sprecher": one who speaks for a body, someone else)
        if gender is None:
            gender = "she" if noun.endswith("a") else "he" if noun.endswith("o") else None
        earlier = self._people_described_before(noun, at, gender)
        if earlier:
            # "Klinikgeschäftsführer Matthias Oberender" long before "versicherte der Geschäftsführer": the
            # one the text set the noun by (foreign.py), or no one when it set it by two
            return earlier[0] if len(earlier) == 1 else None
        person = self._salient_person(at, gender)
        if person is None or not (person.subject or person.start in self._subject_starts) or self._others_named_since(person, at):
            return None
        if self._indefinite_noun_since(noun, person.start, at):
            return None  # "Una treballadora de Renfe ... assegura ... «…», ha explicat la treballadora": she, unnamed
        if self._former_noun_near(bisect.bisect_left(self.at.token_starts, person.start), noun):
            return None  # "El ex alcalde de Alcotén, Anselmo Peñalver, ... «…», dijo el alcalde": the mayor now (foreign.py)
        if gender is None and self._gender.get(person.key) is None:
            return None  # ("l'ufficiale", "l'agente": either gender, and the person's unknown)
        p = self.at.paragraph_at(at)
        lo = self.at.paragraphs[p][0] if p >= 0 else 0
        asking = next((c for c in self.clauses if c.base in _ASKING and c.speaker is not None and c.speaker.key == person.key
                       and lo <= self.tokens[c.verb].start < at), None)
        if asking is not None:
            return self._one_asked(asking, gender)  # '… le ha chiesto: "…?" "…", ha risposto l'anziana': the one asked answers
        return Speaker(person.canonical, "person", person.key)

    def _indefinite_noun_since(self, noun: str, lo: int, hi: int) -> bool:
        """Whether a sentence of the narration between offsets lo and hi opens with an indefinite
        article and ``noun`` ("Una treballadora de Renfe ..."): someone unnamed the noun may stand for."""
        tokens, starts = self.tokens, self.at.token_starts
        for k in range(bisect.bisect_left(starts, lo), min(len(tokens) - 1, bisect.bisect_left(starts, hi))):
            if tokens[k].initial and tokens[k].norm in self.vocab.foreign_indefinite and tokens[k + 1].norm == noun \
                    and self._quote_of_token[k] < 0:
                return True
        return False

    def _words_around(self, t: int) -> tuple[int, int]:
        """The first and last token within five words before and eight after token t, not past
        its sentence: where a noun describing the name at t stands ("the minister X", "X, 61,
        former director of")."""
        tokens = self.tokens
        lo = t
        while lo > 0 and t - lo < 5 and not any(c in tokens[lo].gap for c in _SENTENCE_BREAK):
            lo -= 1
        hi = t
        while hi + 1 < len(tokens) and hi - t < 8 and not any(c in tokens[hi + 1].gap for c in _SENTENCE_BREAK):
            hi += 1
        return lo, hi

    def _noun_near(self, t: int, head: str) -> bool:
        """The noun (or a compound or other gender of it: "Verkehrsminister", "ministra") within
        a few words of token t in its sentence."""
        tokens = self.tokens
        if self._after_preposition(t):
            # ("Interrogée par Odile Ferrandon, la directrice a répondu": a noun after her is no apposition;
            # "Биологот Марија Стефановска од Природно-математичкиот факултет": nor one before the
            # preposition, which describes the phrase's head, not its object; foreign.py)
            return False
        lo, hi = self._words_around(t)
        for k in range(lo, hi + 1):
            if k > 0 and self._former_word(tokens[k - 1].norm):
                continue  # ("L'ancien maire de Vernoux, Gérard Lhomme," is no mayor now: foreign.py)
            if k > t and self._object_of_preposition(k):
                continue  # ("Katrin Brandt, die mit dem Renndirektor ...", "cugina del sindaco": someone else; foreign.py)
            word = self._without_elided_article(tokens[k].norm)  # "l'assessore regionale ai Trasporti, Davide Orsenigo"
            if word == head or word.endswith(head) and len(word) - len(head) >= 3 or case_form(word, head):
                return True
        return False

    def _nominative_named(self, run: _NameRun, at: int) -> Speaker | None:
        """'по словам Путина', 'podle Fialy': the person the article names in the nominative
        ("Путин", "Petr Fiala"), the written form being one of the language's genitive endings
        on it; None when the article names no such person (the form as written is kept)."""
        written = self.tokens[run.last].norm
        forms = {written[: len(written) - len(gen)] + nom for nom, gen in self.vocab.genitive_endings
                 if written.endswith(gen) and len(written) - len(gen) >= 2}
        forms.discard(written)
        found = [m for m in self._mentions if m.key.split()[-1:] and m.key.split()[-1] in forms]
        before = [m for m in found if m.start < at]
        # the latest named before, else the first named further on ("По словам Путина ... Путин заявил")
        m = before[-1] if before else found[0] if found else None
        return Speaker(m.canonical, "person", m.key) if m is not None else None

    def _nominative_surname(self, run: _NameRun) -> Speaker | None:
        """The surname of a genitive name ("Ewy Kamińskiej") as the narration writes it alone in
        the nominative elsewhere ("powiedziała Kamińska"), one of the language's genitive endings
        on it; None when the narration never does (no nominative guessed from endings alone)."""
        written = self.tokens[run.last].norm
        forms = {written[: len(written) - len(gen)] + nom for nom, gen in self.vocab.genitive_endings
                 if written.endswith(gen) and len(written) - len(gen) >= 2}
        forms.discard(written)
        for other in self._runs.values():
            if other.first == other.last and other.kind in ("person", "single") and self.tokens[other.first].norm in forms \
                    and self._quote_of_token[other.first] < 0:
                word = self.tokens[other.first].text
                return Speaker(word, "person", name_key(word))
        return None

    def _one_word_body_spoke_last(self, at: int) -> Speaker | None:
        """'A statement from Waitrose said ... / "...," it added': "it" after a one-word name that
        spoke last, which nothing shows to be a person (no given name, no person's surname, no
        title, no "he" or "she" taken for it), is that body."""
        clause = self._latest_clause(at, ("person", "institution", "media", "group", "anonymous"),
                                     self.settings.resolve_chars, lambda speaker: True)
        last = clause.speaker if clause is not None else None
        if last is None or last.kind != "person" or " " in last.name or last.key in self._gender:
            return None
        run = self._runs.get(clause.last)
        if run is None or run.descriptors:
            return None  # "Lt. Hastings": a titled person
        word = fold(last.name)
        if word in self.vocab.first_names or word in self.vocab.title_words or any(
                r.kind == "person" and r.last > r.first and self.tokens[r.last].norm == word for r in self._runs.values()):
            return None  # (a person's surname: "Guest" after "Peter Guest")
        return Speaker(last.name, "institution", last.key)

    def _unnamed_speaker_quoted_on(self, at: int, pronoun: str, own: Clause | None = None) -> Speaker | None:
        """'"...," said a senior officer. / "... / ...," he added', '... the spokeswoman said ... /
        She added: "..."': one unnamed person ("a senior officer", "the spokesman") whose clause is
        the latest, with nothing but quotation between its sentence and the pronoun's (no narration
        that could bring in someone else), save the words the pronoun's own clause reports when it
        closes their sentence ('..., a spokeswoman said. / The cause is unknown, she said.')."""
        v = bisect.bisect_left(self.at.token_starts, at)
        reported = self._reported_by_own_clause(v, own)
        k = bisect.bisect_left(self._clause_verbs, v)
        for clause in reversed(self.clauses[max(0, k - 3) : k]):
            if clause.inside is not None:
                continue
            speaker = clause.speaker
            head = self.tokens[self._head_of(clause.first, clause.last)].norm  # ("an agent familiar with the talks")
            if speaker is not None and speaker.name.lower().startswith(("his ", "her ", "their ")) \
                    and self.vocab.kin.get(head) == pronoun:
                pass  # "..., said his girlfriend. / '...,' she said": the girlfriend
            elif speaker is None or speaker.kind != "anonymous" or not speaker.name.lower().startswith(("a ", "an ", "the ")) \
                    or self._plural_or_collective(head):
                return None
            if head.endswith("woman") and pronoun == "he" or head.endswith("man") and not head.endswith("woman") and pronoun == "she":
                return None  # "a spokeswoman said ... He added": someone else
            end = bisect.bisect_left(self.at.token_starts, self._sentence_end(self.tokens[clause.verb].start))
            if v - end > self.settings.pronoun_scan_tokens * 4:
                return None
            if v < end:
                return None  # "A staff member recalled that he said": someone else in her own sentence
            if all(self._quote_of_token[m] >= 0 or m >= reported for m in range(end, v)):
                return speaker  # (or the pronoun's sentence comes right after the clause's: '... the spokeswoman said ... / She added:')
            return None
        return None

    def _reported_by_own_clause(self, v: int, own: Clause | None) -> int:
        """The first token of the words a pronoun's clause reports when it closes their sentence
        after a comma ("France Telecom isn't sure what caused the cut, she said."): that sentence
        is the speaker's, not narration that could bring in someone else. len(tokens) otherwise."""
        tokens = self.tokens
        none = len(tokens)
        if own is None or own.first != v or own.verb != v + 1 or v < 2 \
                or self.text[tokens[v - 1].end : tokens[v].start].strip() != ",":
            return none
        s = self.at.sentence_at(tokens[v].start)
        if s < 0 or self.text[tokens[v + 1].end : self.at.sentences[s].end].strip() not in (".", ""):
            return none  # "..., she said, after ...": more narration follows in the sentence
        first = bisect.bisect_left(self.at.token_starts, self.at.sentences[s].start)
        if any(self._quote_of_token[m] >= 0 for m in range(first, v)):
            return none  # the quotation's own sentence: read by the rule above
        return first

    def _group_subject_since(self, speaker: Speaker, at: int) -> bool:
        """Whether a sentence after the latest clause of speaker and before at opens with a plural
        noun of people ("The protesters, however, struggle"): "they" is then more likely that group."""
        since = self._latest_clause_start(speaker, at)
        if since is None:
            return False
        s, last = self.at.sentence_at(since), self.at.sentence_at(at)
        tokens = self.tokens
        for sentence in self.at.sentences[s + 1 : last + 1] if s >= 0 else ():
            m = bisect.bisect_left(self.at.token_starts, sentence.start)
            if m + 1 < len(tokens) and tokens[m].norm in ("the", "these", "those", "many", "some") \
                    and not tokens[m + 1].cap and tokens[m + 1].start < at \
                    and self._people_noun(tokens[m + 1].norm):
                return True
        return False

    def _group_subject_before(self, at: int) -> Speaker | None:
        """The people a plural noun names ("the protesters") when it is the subject of the
        sentence of the narration right before the one holding at."""
        s = self.at.sentence_at(at)
        if s <= 0:
            return None
        sentence = self.at.sentences[s - 1]
        tokens = self.tokens
        m = bisect.bisect_left(self.at.token_starts, sentence.start)
        if m + 2 >= len(tokens) or self._quote_of_token[m] >= 0 or tokens[m].norm != "the" \
                or tokens[m + 1].cap or not self._people_noun(tokens[m + 1].norm):
            return None
        if tokens[m + 2].norm in _FUNCTION and tokens[m + 2].gap.strip() != ",":
            return None  # "The protesters who ...", "the protesters and police": not a plain subject
        name = "the " + tokens[m + 1].text
        return Speaker(name, "anonymous", name_key(name))

    def _people_noun(self, word: str) -> bool:
        """A plural noun of people by what they do ("protesters", "students", "residents")."""
        one = singular(word)
        return word == "people" or one != word and len(one) >= 5 and one.endswith(self.vocab.agent_suffixes)

    def _person_asked_before(self, at: int, pronoun: str) -> Speaker | None:
        """The person the latest "X asked Y" of the narration put a question to, when an answer
        follows within reach: the one who answers is the one asked, not the one who asked."""
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        tokens = self.tokens
        for clause in reversed(self.clauses[max(0, k - 6) : k]):
            if tokens[clause.verb].start < at - self.settings.resolve_chars:
                return None
            if clause.inside is not None or clause.base != "ask":
                continue
            run = self._run_starting(clause.verb + 1) if clause.verb + 1 < len(tokens) else None
            if run is None or run.kind not in ("person", "single") or run.first != clause.verb + 1:
                return None  # "asked about", "asked whether": no one asked by name
            speaker = self._speaker_of_run(run, tokens[run.first].start)
            if speaker is None or speaker.kind != "person" or self._gender.get(speaker.key, pronoun) != pronoun:
                return None
            return speaker
        return None

    def _person_spoke_since(self, speaker: Speaker, at: int) -> bool:
        """Whether a person speaks in a clause of at's paragraph after the latest clause of speaker."""
        lo = self._paragraph_start(at)
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        for clause in reversed(self.clauses[max(0, k - 12) : k]):
            if clause.first == clause.last and self.tokens[clause.first].norm in _PRONOUNS:
                continue  # "who it thinks": resolved from the others
            if clause.speaker is speaker or self.tokens[clause.verb].start < lo:
                return False
            if clause.inside is None and clause.speaker is not None and clause.speaker.kind == "person":
                return True
        return False

    def _latest_clause_start(self, speaker: Speaker, at: int) -> int | None:
        """Where the verb of speaker's latest clause before at stands (among the 12 clauses
        before it), or None."""
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        for clause in reversed(self.clauses[max(0, k - 12) : k]):
            if clause.speaker is speaker:
                return self.tokens[clause.verb].start
        return None

    def _people_since(self, speaker: Speaker, at: int) -> int:
        """How many other people the narration names between the latest clause of speaker and at."""
        since = self._latest_clause_start(speaker, at) or 0
        return len({m.key for m in self._mentions_between(since, at) if m.key != speaker.key})

    def _salient_person(self, at: int, pronoun: str | None) -> _Person | None:
        """The person a "he"/"she" at offset at refers to: the latest subject of the narration
        (a name opening its sentence or speaking in a clause) of the pronoun's paragraph, else
        its latest person (a possessive only when nobody else is left), else the latest subject
        of the paragraphs just before; never a name inside a quotation, never one of another
        gender than the pronoun's, no one when the pronoun's paragraph speaks of someone it does
        not name ("one mother")."""
        i = bisect.bisect_left(self._mention_starts, at)
        paragraph = self.at.paragraph_at(at)
        para_start = self.at.paragraphs[paragraph][0] if paragraph >= 0 else 0
        limit = at - self.settings.pronoun_chars
        fallback = possessive = None
        rival = False  # another person the paragraph names so, who may be the pronoun as well
        own_paragraph = True
        crossed = 0  # paragraphs walked back past the pronoun's own
        described = None  # a person the paragraph just before describes in a relative clause ("Quinn, who was")
        complement = False  # the paragraph named someone only as a noun's complement ("guidato da Marta Ferrandi")
        passed: list[_Person] = []  # people the walk back passed, not as subjects, in the paragraphs before (_passed_rival)
        for m in reversed(self._mentions[max(0, i - 40) : i]):
            if m.start < limit:
                break
            if m.start < para_start:
                if own_paragraph and complement and fallback is None and possessive is None and self.language not in (None, "en"):
                    # "Di parere opposto il comitato ..., guidato da Marta Ferrandi, cugina del sindaco. «…»,
                    # sostiene.": the paragraph is about that noun's one or its complement, never a person
                    # of the paragraphs before (foreign texts: _complement_of_noun reads another language's "of")
                    return None
                if own_paragraph and self._unnamed_person_in(para_start, at):
                    return None  # "WIRED spoke to one mother, who ... on Instagram": she is the mother
                if own_paragraph and fallback is None and possessive is None and self._indefinite_opening(para_start, at):
                    return None  # "Uno dei due operai feriti, ...": someone the paragraph brings in, no one before
                if own_paragraph and fallback is None and self._lone_name_subject_in(para_start, at):
                    return None  # "... the reasons that ScreamMyName has been pushing ... / he told me": maybe him
                if own_paragraph and fallback is None and possessive is None and pronoun is not None:
                    noun = self._possessed_subject_noun(para_start, at)
                    if noun is not None and self.vocab.kin.get(noun, pronoun) == pronoun:
                        # "Her son said she had swum every day. / '...,' he said": the son, the one
                        # named so before if only one was, else no one (never a man named earlier)
                        return self._person_described_as(noun, at, pronoun)
                if fallback is not None:
                    # the paragraph's own person before anyone of the paragraphs before; none when it
                    # names two ("The deal was signed by John Smith and Mike Brown. '...,' he said")
                    return None if rival else fallback
                if self._kin_subject_in(m.start, para_start):
                    return None  # "Nichols' mother expressed their sentiments. / '...,' she said": the mother
                if own_paragraph and m.possessive and self._owns_a_person(m) and self._only_person_of_paragraph(m):
                    return None  # "Dan Cole's lawyer spoke to the jury. / '...,' he said": the lawyer, maybe
                # (not when that paragraph's own "he" goes on about someone before: "At 55, he is the
                # same age as William Hartnell when he was cast. / '...,' he said" is not Hartnell's)
                carried = own_paragraph and pronoun is not None and self._pronoun_subject_before(m.start, pronoun)
                if own_paragraph and pronoun is not None and self._gender.get(m.key) == pronoun \
                        and not carried and self._narration_only_paragraph(m.start, m.key):
                    return m  # "That's something that Benson echoes. / '...,' she said": the one just named
                if own_paragraph and pronoun is not None and not carried:
                    only = self._only_one_of_gender(m.start, pronoun)
                    if only is not None:
                        return only  # "Minister Gérald Darmanin met Mayor Anne Hidalgo. / '…,' she said": the woman
                own_paragraph = False
                crossed += 1
                p = self.at.paragraph_at(m.start)
                para_start = self.at.paragraphs[p][0] if p >= 0 else 0
            if pronoun is not None and self._gender.get(m.key, pronoun) != pronoun:
                if m.subject or m.start in self._subject_starts:
                    shared = self._one_of_a_surname(m, pronoun)
                    if shared is not None:
                        return shared or None  # "Dorn recalls ...; she said" after John and Ellen Dorn: hers
                continue
            if self._modifies_described_person(m.start):
                continue  # "one Mac customer from the show floor was sceptical": the customer, not a "Mac"
            if m.possessive and self._owns_a_person(m):
                continue  # "John Smith's lawyer spoke. / '...,' he said": the lawyer, not Smith
            relative = self._relative_subject(m)
            if relative:
                return None  # "Die Tochter von Werner Albrecht war im Saal. / „…“, sagte sie": the daughter
            if relative is not None:
                continue  # "Anna Kurz traf den Sohn von Werner Albrecht. / „…“, sagte sie": not Albrecht
            if m.subject or m.start in self._subject_starts:
                if described is not None and described.key != m.key:
                    return None  # "Hillis added 101 yards. / A big reason was Quinn, who ... / '...,' he said": either
                if not own_paragraph and crossed == 1 and self._quoted_speaker_before_topic(m, at, pronoun):
                    # "... the Rev. Alvin Toussaint ... / '"...," Toussaint said.' / He was married for 52
                    # years ...": a paragraph of narration opening with "he" after a paragraph that is
                    # only someone's quotation goes back to the one the article is about, maybe: no one
                    return None
                if not own_paragraph and self._passed_rivals(passed, m, pronoun) > self.settings.pronoun_back_rivals:
                    # "… said Gwen Tarrant. / Among the patients is Doreen Ashby, 74. / '…,' she said":
                    # a pronoun carried back over paragraphs to a subject past someone else of its
                    # gender the narration names nearer: either, so no one
                    return None
                return m
            if not own_paragraph:
                if crossed == 1 and described is None and self._described_by_relative(m, pronoun):
                    described = m
                if not m.possessive:
                    passed.append(m)
                continue  # in the paragraphs before, only a subject
            if m.possessive:
                possessive = possessive or m
            elif fallback is None and self._complement_of_noun(m.start):
                complement = True
                continue  # "Un bénévole de la Croix-Rouge, ...", "le fils de Jean Dupont": the noun is the one meant
            elif fallback is None and not (pronoun is not None and self._pronoun_subject_before(m.start, pronoun)):
                fallback = m  # (not "He was arrested for the call to Omar": that paragraph is about him)
            elif fallback is not None and m.key != fallback.key:
                rival = True
        if (fallback or possessive) is not None and self._unnamed_person_in(self._paragraph_start(at), at):
            return None
        if rival:
            return None
        found = fallback or possessive
        if found is not None and self._unindexed_subject_in(self._paragraph_start(at), at, found.key):
            return None  # "Yet Sondland has amended his testimony — '...,' he said" after "Joe Biden": not Biden
        return found

    def _quoted_speaker_before_topic(self, m: _Person, at: int, pronoun: str | None) -> bool:
        """Whether m, the subject a "he"/"she" found in the paragraph before its own, is only the
        speaker of that paragraph's quotation (its narration outside the marks at most
        settings.quote_paragraph_narration_tokens tokens), the pronoun's paragraph opens with a
        "he"/"she" of the narration, and the narration before names someone else of the pronoun's
        sex more often than m: the pronoun may be that one, the one the article is about."""
        if pronoun not in ("he", "she") or self.language not in (None, "en"):
            return False
        p, q = self.at.paragraph_at(m.start), self.at.paragraph_at(at)
        if p < 0 or q < 0:
            return False
        lo, hi = self.at.paragraphs[p]
        tokens = list(self.at.token_range(lo, hi))
        quoted = sum(self._quote_of_token[k] >= 0 for k in tokens)
        if not quoted or len(tokens) - quoted > self.settings.quote_paragraph_narration_tokens:
            return False
        first = bisect.bisect_left(self.at.token_starts, self.at.paragraphs[q][0])
        if first >= len(self.tokens) or self.tokens[first].norm != pronoun or self._quote_of_token[first] >= 0:
            return False
        counts: dict[str, int] = {}
        for other in self._mentions_between(0, at):
            if not self._in_quote(bisect.bisect_left(self.at.token_starts, other.start)):
                counts[other.key] = counts.get(other.key, 0) + 1
        mine = counts.get(m.key, 0)
        return any(n > mine and key != m.key and self._gender.get(key, pronoun) == pronoun for key, n in counts.items())

    def _passed_rivals(self, passed: list[_Person], m: _Person, pronoun: str | None) -> int:
        """How many people other than m, named (not as subjects) in the paragraphs between m's and
        the pronoun's, the pronoun may stand for as well: each of its gender, or of none the text
        shows but marked as a person by a title, an age or an apposition ("Doreen Ashby, 74, a
        retired postmistress"; not "Hatchet Rock", a place read as a name). Those of m's own
        paragraph do not count: that paragraph is about m ("Halvorsen has led the board. Before
        that he was at Western Pacific Rail, a point Bhandari raised"); nor those after the pronoun
        opening a clause of their paragraph ("He was arrested for the call to Rep. Amal Noor"): that
        paragraph goes on about someone named before."""
        para = self.at.paragraph_at(m.start)
        return len({p.key for p in passed if p.key != m.key and self.at.paragraph_at(p.start) != para
                    and (self._gender.get(p.key) == pronoun or p.key not in self._gender and p.descriptors)
                    and not (pronoun is not None and self._pronoun_subject_before(p.start, pronoun))})

    def _unindexed_subject_in(self, lo: int, hi: int, key: str) -> bool:
        """Whether a sentence of the narration between lo and hi opens (after "But", "Yet", ...)
        with a one-word capitalised name the people index holds no one for ("Sondland, a wealthy
        hotelier, ...", "Yet Sondland has") that is no word of key's name: the person a pronoun
        after it is more likely to be than a name the paragraph gives only as an object."""
        tokens = self.tokens
        own = set(key.split())
        for k in self.at.token_range(lo, hi):
            run = self._runs.get(k)
            if run is None or run.kind != "single" or run.first != run.last or self._quote_of_token[k] >= 0:
                continue
            first = run.run_first if run.run_first >= 0 else run.first
            opening = first > 0 and self.at.sentence_at(tokens[first].start) != self.at.sentence_at(tokens[first - 1].start)
            if not opening and first > 0 and tokens[first - 1].norm in _SENTENCE_CONJUNCTIONS and tokens[first - 1].cap:
                opening = first < 2 or self.at.sentence_at(tokens[first - 1].start) != self.at.sentence_at(tokens[first - 2].start)
            if first == 0:
                opening = True
            if not opening or k + 1 >= len(tokens) or tokens[k + 1].cap and tokens[k + 1].gap in _SPACE:
                continue
            word = tokens[k].norm
            if word in own or tokens[k].possessive or word in self._lower or singular(word) in self._lower \
                    or word in self.vocab.person_nouns or tokens[k].text in self.lex.demonyms \
                    or self._only_sentence_case(word) or self._person_name(run) != run.text:
                continue  # (a common word, a demonym, a surname the index gives a full name)
            return True
        return False

    def _lone_person_before(self, at: int, pronoun: str) -> Speaker | None:
        """'I called to Bartleby to join this group. / I heard a scrape, and soon he appeared. /
        "What is wanted?" said he': when no subject is found, the one person the narration of the
        pronoun's paragraph and the two before names (a name of the people index, or a lone name
        that spoke before), of the pronoun's gender; no one when two are named there, or someone
        described and not named ("a stranger"), or a name the text writes only inside quotations."""
        p = self.at.paragraph_at(at)
        if p < 0:
            return None
        lo = max(self.at.paragraphs[max(0, p - 2)][0], at - self.settings.pronoun_chars)
        if self._unnamed_person_in(lo, at):
            return None
        found: dict[str, Speaker | None] = {}  # None: a capitalised name no one showed a person
        for m in self._mentions_between(lo, at):
            if m.possessive:
                return None  # "Nichols' mother expressed their sentiments. / '...,' he said": maybe not Nichols
            found.setdefault(m.key, Speaker(m.canonical, "person", m.key))
        tokens = self.tokens
        for k in self.at.token_range(lo, at):
            run = self._runs.get(k)
            if run is None or self._quote_of_token[run.first] >= 0:
                continue
            if run.kind not in ("person", "single"):
                found[name_key(run.text)] = None  # "The Kentucky Democrats won.": a body or a group may speak
                continue
            key = name_key(self._person_name(run) or run.text)
            if key in self._person_spoke:
                found.setdefault(key, self._person_spoke[key])
            elif key not in found and not tokens[run.first].initial:
                found[key] = None  # "As Nippers was departing, Turkey approached": someone "he" may be
        if len(found) != 1:
            return None
        (key, speaker), = found.items()
        return speaker if speaker is not None and self._gender.get(key, pronoun) == pronoun else None

    def _only_person_of_paragraph(self, m: _Person) -> bool:
        """Whether m is the one person its paragraph names ("Dan Cole's coach praised the line."; not
        "Deputy Timothy Brennan, who had been Ortiz's partner, ...": Brennan is named there too)."""
        p = self.at.paragraph_at(m.start)
        lo, hi = self.at.paragraphs[p] if p >= 0 else (m.start, m.start)
        return all(other.key == m.key for other in self._mentions_between(lo, hi))

    def _paragraph_before_is_about(self, at: int, pronoun: str) -> Speaker | None:
        """'A big reason why was Quinn, who was just 10 of 22. / "This game was on my shoulders,"
        he said.': a "he"/"she" right after a quotation that opens its paragraph, when the paragraph
        before is narration (no quotation, no clause of speech) naming exactly one person and no
        body, no one described and no owner ("Quinn's coach"): that person, the one the paragraph
        is about, of the pronoun's gender; None otherwise."""
        p = self.at.paragraph_at(at)
        if p < 1:
            return None
        p_lo = self.at.paragraphs[p][0]
        opening = next((q for q in self.at.quotes if q.open_at == p_lo and q.nested_in is None), None)
        close = opening.close_at if opening is not None and opening.close_at is not None else None
        if close is None or self.text[close + 1 : at].strip(" \u00a0,") or self.at.paragraph_at(close) != p:
            return None  # (the pronoun right after the close of the quotation opening its paragraph)
        lo, hi = self.at.paragraphs[p - 1]
        if self._unnamed_person_in(lo, hi) or any(lo <= q.start < hi for q in self.at.quotes) \
                or any(lo <= self.tokens[c.verb].start < hi for c in self.clauses):
            return None
        found: set[str] = set()
        for k in self.at.token_range(lo, hi):
            run = self._runs.get(k)
            if run is None:
                continue
            if run.kind not in ("person", "single") or self.tokens[run.last].possessive:
                return None  # a body, a place or an owner: someone else may speak
            found.add(name_key(self._person_name(run) or run.text))
        people = {m.key: m for m in self._mentions_between(lo, hi)}
        if len(people) != 1 or len(found) != 1 or set(people) != found:
            return None
        (key, person), = people.items()
        if self._gender.get(key, pronoun) != pronoun:
            return None
        return Speaker(person.canonical, "person", key)

    def _owns_a_person(self, m: _Person) -> bool:
        """Whether a possessive mention names someone else's owner: "John Smith's lawyer", "Lee's
        spokeswoman" (a noun of a person or an office right after the possessive name)."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, m.start)
        for j in range(k, min(len(tokens) - 1, k + self.settings.name_tokens)):
            if tokens[j].possessive:
                nxt = tokens[j + 1].norm
                return nxt in self.vocab.person_nouns or nxt in self.vocab.title_words
        return False

    def _others_named_since(self, person: _Person, at: int) -> bool:
        """Whether the narration names someone else between person's mention and at ("the
        56-year-old" after "sacked by Manchester United" and "Pochettino": no one for sure)."""
        i, j = bisect.bisect_right(self._mention_starts, person.start), bisect.bisect_left(self._mention_starts, at)
        return any(m.key != person.key for m in self._mentions[i : min(j, i + 40)])

    def _pronoun_subject_before(self, at: int, pronoun: str) -> bool:
        """Whether the pronoun opens a sentence or clause of the narration between the start of
        at's paragraph and at: the paragraph goes on about someone named before it."""
        p = self.at.paragraph_at(at)
        lo = self.at.paragraphs[p][0] if p >= 0 else 0
        tokens = self.at.token_range(lo, at)
        for k in range(max(tokens.start, tokens.stop - self.settings.pronoun_scan_tokens), tokens.stop):  # bounded: linear
            tok = self.tokens[k]
            if tok.norm == pronoun and self._quote_of_token[k] < 0 and (tok.initial or "," in tok.gap):
                return True
        return False

    def _only_person_in_paragraph(self, person: _Person, at: int) -> bool:
        """Whether the person is the only one named in the narration of at's paragraph before at."""
        p = self.at.paragraph_at(at)
        lo = self.at.paragraphs[p][0] if p >= 0 else 0
        mentions = self._mentions_between(lo, at)
        return bool(mentions) and all(m.key == person.key for m in mentions)

    def _only_one_of_gender(self, offset: int, pronoun: str) -> _Person | None:
        """The one person of the pronoun's gender the narration paragraph at offset names, when it
        names nobody else but people of the other gender (each known: a given name, an honorific,
        a verb form that agrees), else None: "she" after a paragraph about a man and a woman."""
        p = self.at.paragraph_at(offset)
        if p < 0:
            return None
        lo, hi = self.at.paragraphs[p]
        mentions = self._mentions_between(lo, hi)
        genders = {m.key: self._gender.get(m.key) for m in mentions}
        if None in genders.values() or list(genders.values()).count(pronoun) != 1 or len(genders) < 2:
            return None
        if any(self._quote_of_token[k] >= 0 for k in self.at.token_range(lo, hi)):
            return None
        return next(m for m in reversed(mentions) if genders[m.key] == pronoun)

    def _narration_only_paragraph(self, offset: int, key: str) -> bool:
        """Whether the paragraph at offset is narration only (no quotation) naming one person, key."""
        p = self.at.paragraph_at(offset)
        if p < 0:
            return False
        lo, hi = self.at.paragraphs[p]
        return all(m.key == key for m in self._mentions_between(lo, hi)) \
            and all(self._quote_of_token[k] < 0 for k in self.at.token_range(lo, hi))

    def _possessed_subject_noun(self, lo: int, hi: int) -> str | None:
        """The noun of a person a sentence of the narration in text[lo:hi] opens with through a
        possessive pronoun ("Her son said ...", "His lawyer told ..."), not named right after it
        ("Her son, Tom Reed,"); None when none does."""
        tokens = self.tokens
        for k in self.at.token_range(lo, hi):
            tok = tokens[k]
            if tok.norm not in ("his", "her", "their") or not tok.initial or self._quote_of_token[k] >= 0 \
                    or k + 2 >= len(tokens):
                continue
            noun = tokens[k + 1]
            if noun.cap or noun.gap not in _SPACE or noun.norm not in self.vocab.kin and noun.norm not in self.vocab.person_nouns:
                continue
            if tokens[k + 2].gap.strip() == "," and tokens[k + 2].cap:
                continue  # "Her son, Tom Reed, said": the name is the subject
            return noun.norm
        return None

    def _person_described_as(self, noun: str, at: int, pronoun: str) -> _Person | None:
        """The one person named before offset at whom the text describes by noun ("her son, Arthur
        Marlowe") and whose gender is not the other; None when none or several are."""
        found = {m.key: m for m in self._mentions[: bisect.bisect_left(self._mention_starts, at)]
                 if noun in m.descriptors and self._gender.get(m.key, pronoun) == pronoun}
        return next(iter(found.values())) if len(found) == 1 else None

    def _kin_subject_in(self, lo: int, hi: int) -> bool:
        """Whether a sentence of the narration in text[lo:hi] opens (after a lead-in) with a person
        described through another's name ("Nichols' mother expressed ...", "Smith's lawyer
        said"): someone the text does not name, whom a "she" after it may stand for."""
        tokens = self.tokens
        for k in self.at.token_range(lo, hi):
            tok = tokens[k]
            if not tok.possessive or not tok.cap or self._quote_of_token[k] >= 0 or k + 1 >= len(tokens):
                continue
            nxt = tokens[k + 1]
            if nxt.norm not in self.vocab.person_nouns or nxt.cap or nxt.gap not in (*_SPACE, "' ", "’ "):
                continue
            if k + 2 < len(tokens) and tokens[k + 2].gap.strip() in (",", "") and tokens[k + 2].cap:
                continue  # "Jeffs' attorney, Mike Picarretta": named right after
            s = self.at.sentence_at(tok.start)
            s_start = self.at.sentences[s].start if s >= 0 else lo
            lead = self.text[s_start : tok.start]
            if lead.strip() == "" or lead.rstrip().endswith(","):
                return True
        return False

    def _kin_spoken_of(self, at: int, pronoun: str, clause: Clause) -> Speaker | None:
        """'Nichols' mother expressed their sentiments. / "...," she said': the relative of the
        pronoun's gender whom a sentence of the narration opens with, in the pronoun's paragraph
        or the one before, when no named person is the one meant (asked of _salient_person first)."""
        tokens = self.tokens
        paragraph = self.at.paragraph_at(at)
        if paragraph < 0:
            return None
        lo = self.at.paragraphs[max(0, paragraph - 1)][0]
        found = None
        for k in self.at.token_range(lo, at):
            if tokens[k].possessive and tokens[k].cap and k + 1 < len(tokens) and self._quote_of_token[k] < 0 \
                    and self.vocab.kin.get(tokens[k + 1].norm) == pronoun and self._kin_subject_in(tokens[k].start, tokens[k + 1].end):
                found = k
        if found is None:
            return None
        owner = self._runs.get(found)
        first = owner.first if owner is not None else found
        return self._resolve_description(first, found + 1, clause)

    def _lone_name_subject_in(self, lo: int, hi: int) -> bool:
        """Whether the narration of text[lo:hi] has a lone capitalised word the people index leaves
        out (no title, no full name: a user name, a nickname) as the subject of a verb inside its
        sentence ("the reasons that ScreamMyName has been pushing"): someone a "he" may stand for."""
        tokens = self.tokens
        for k in self.at.token_range(lo, hi):
            run = self._runs.get(k)
            if run is None or run.kind != "single" or run.first != k or self._quote_of_token[k] >= 0:
                continue
            if k + 1 >= len(tokens) or tokens[k + 1].gap not in _SPACE or tokens[k + 1].cap:
                continue
            nxt = tokens[k + 1].norm
            if tokens[k].initial:
                # "Haoyu smiled brightly and waved him over.": a lone name opening its sentence
                # before a past verb, no opener ("Then", "Later") nor function word
                if tokens[k].norm not in self.vocab.openers and tokens[k].norm not in _FUNCTION \
                        and len(nxt) > 4 and nxt.endswith("ed") and nxt.isalpha():
                    return True
                continue
            if nxt in ("has", "had", "is", "was", "says", "said") or self.vocab.verbs.get(nxt) is not None:
                return True
            if len(nxt) > 4 and nxt.endswith("ed") and nxt.isalpha():
                return True  # "ScreamMyName pitched this project": a past verb after the name
        return False

    def _complement_of_noun(self, start: int) -> bool:
        """Whether the name at offset start follows a lower-case noun and the "of" of another
        language, an article between ("bénévole de la Croix-Rouge", "figlio di Mario Rossi"): the
        complement of that noun, not the person a pronoun after it stands for."""
        k = bisect.bisect_left(self.at.token_starts, start)
        noun = self._noun_of_before(k, self.vocab.foreign_of, k, self.vocab.foreign_articles)
        word = self.tokens[noun] if noun is not None else None
        return word is not None and not word.cap and word.norm.isalpha() and word.norm not in _FUNCTION

    def _indefinite_opening(self, lo: int, hi: int) -> bool:
        """Whether a sentence of text[lo:hi] opens with an indefinite article of another language
        ("Uno dei due operai feriti, Davide Colombo, ...", "Eine Anwohnerin ...", "Un agent ..."):
        someone new the paragraph speaks of, whom a pronoun after it may be (never a person of the
        paragraphs before)."""
        tokens, vocab = self.tokens, self.vocab
        return any(tokens[k].initial and tokens[k].cap and tokens[k].norm in vocab.foreign_indefinite
                   and tokens[k].norm not in vocab.openers and self._quote_of_token[k] < 0
                   for k in self.at.token_range(lo, hi))

    def _unnamed_person_in(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] speaks of a person by a description ("one mother", "a man")."""
        tokens = self.tokens
        for k in self.at.token_range(lo, hi):
            if k == 0 or tokens[k].norm not in self.vocab.person_nouns or self._quote_of_token[k] >= 0:
                continue
            for d in range(k - 1, max(-1, k - 4), -1):  # "one mother", "The staff member who reported the call"
                if tokens[d].norm in _INDEFINITE or tokens[d].norm == "the" and tokens[d].initial:
                    if d >= 2 and tokens[d - 1].norm == "by" and self.vocab.verbs.get(tokens[d - 2].norm) in ("ask", "question"):
                        break  # "Asked by a reporter whether she would resign, she said": the one asked answers
                    if k + 1 < len(tokens) and tokens[k + 1].gap.strip() == "," and self._apposition_name_after(k) is not None:
                        break  # "Another analyst, Sunita Rao of ...": named right after, no one unnamed
                    return True
                if tokens[d].cap and not self._indefinite_before_name(d, k) \
                        or tokens[d].norm in _FUNCTION or tokens[d + 1].gap not in _SPACE:
                    break
        return False

    def _quoted_sentence_of_pronoun(self, at: int) -> tuple[int, int, int] | None:
        """The sentence whose pronoun at ``at`` stands right after a quotation's words with no
        narration of its own before it ('"…," he said'), when a sentence precedes it: the shape the
        rules reading the sentence before start from. (its index, its first token, the pronoun's
        token), or None (narration of its own is read by the other rules)."""
        v = bisect.bisect_left(self.at.token_starts, at)
        s = self.at.sentence_at(at)
        if s <= 0 or v < 1 or self._quote_of_token[v - 1] < 0:
            return None
        first = bisect.bisect_left(self.at.token_starts, self.at.sentences[s].start)
        if any(self._quote_of_token[m] < 0 for m in range(first, v)):
            return None
        return s, first, v

    def _narration_before_quoted(self, at: int) -> tuple[Span, int, int, int] | None:
        """For a pronoun at ``at`` in the shape _quoted_sentence_of_pronoun reads ('"…," he said'),
        the sentence before the quotation's when it opens with narration (its first token in no
        quotation): (that sentence, its first token, the quotation's sentence's first token, the
        pronoun's token); None for any other shape. Where the rules reading who that sentence
        describes start."""
        found = self._quoted_sentence_of_pronoun(at)
        if found is None:
            return None
        s, first, v = found
        quote = self._quote_of_token[first]
        while s > 1 and self.language in (None, "en"):
            # '"We looked at every piece. The blood test decided it," she said': the sentence
            # before the one the quotation opens in, not the quotation's own first sentence
            opening = bisect.bisect_left(self.at.token_starts, self.at.sentences[s - 1].start)
            if opening >= len(self.tokens) or self._quote_of_token[opening] != quote \
                    or self.at.paragraph_at(self.at.sentences[s - 1].start) != self.at.paragraph_at(at):
                break
            s, first = s - 1, opening
        sentence = self.at.sentences[s - 1]
        m = bisect.bisect_left(self.at.token_starts, sentence.start)
        if m >= len(self.tokens) or self._quote_of_token[m] >= 0:
            return None
        return sentence, m, first, v

    def _noun_of_other_sex(self, head: str, pronoun: str) -> bool:
        """Whether the person noun ``head`` names someone of the other sex than "he" or "she"
        (``pronoun``) says: a "-woman" for "he", a "-man" for "she", a kin noun of the other
        ("mother" for "he")."""
        return (head.endswith("woman") and pronoun == "he" or head.endswith("man") and not head.endswith("woman") and pronoun == "she"
                or self.vocab.kin.get(head, pronoun) != pronoun)

    def _described_subject_before(self, at: int, pronoun: str) -> Speaker | None:
        """'However, one Mac customer from the show floor was sceptical of the claims. / "Apple says
        five years ...," he said.': a person described, not named ("one Mac customer", "a local
        fisherman", "another analyst"), opening the sentence of narration right before the quotation whose clause
        the pronoun is, with nothing but that quotation between them; the description is the
        speaker. Not when a name follows the noun ("a neighbour, John Smith,"), nor when the noun
        is of the other gender."""
        tokens, vocab = self.tokens, self.vocab
        found = self._narration_before_quoted(at)
        if found is None:
            return None
        sentence, m, first, v = found
        if tokens[m].norm in vocab.openers and m + 1 < len(tokens) and tokens[m + 1].gap.strip() == ",":
            m += 1  # "However, one Mac customer ..."
        if m + 1 >= len(tokens) or tokens[m].norm not in ("a", "an", "one", "another") or tokens[m].start >= sentence.end:
            return None
        k = m + 1
        while k < len(tokens) and k - m <= 3 and tokens[k].norm not in vocab.person_nouns and tokens[k].gap in _SPACE \
                and tokens[k].norm.isalpha() and tokens[k].norm not in _FUNCTION and vocab.verbs.get(tokens[k].norm) is None:
            k += 1
        if k >= len(tokens) or k - m > 3 or tokens[k].norm not in vocab.person_nouns or tokens[k].cap \
                or tokens[k].gap not in _SPACE:
            return None
        head = tokens[k].norm
        if k + 2 < len(tokens) and tokens[k + 1].gap.strip() == "," and tokens[k + 1].cap:
            return None  # "a neighbour, John Smith, said": the name is the one meant
        if k + 2 < len(tokens) and tokens[k + 1].norm in ("was", "were", "is", "has", "had", "been") \
                and (tokens[k + 2].norm.endswith("ed") or tokens[k + 2].norm in ("been", "taken", "shot", "hit", "found", "held")):
            return None  # "A woman was arrested on Friday": someone done to, whom another speaks of
        appos = k + 2 if k + 2 < len(tokens) and tokens[k + 1].gap.strip() == "," and tokens[k + 1].norm in ("a", "an") \
            and tokens[k + 2].norm in vocab.person_nouns and tokens[k + 2].gap in _SPACE and self.language in (None, "en") else -1
        if appos > 0 and self._noun_of_other_sex(tokens[appos].norm, pronoun):
            return None  # "One juror, a man who ...": no "she"
        if any(tokens[j].norm in vocab.person_nouns and j != appos for j in range(k + 1, first) if tokens[j].start < sentence.end):
            # "A reporter spoke to one mother whose son ...": the pronoun may be the other one (not the
            # apposition of the described one: "One juror, a woman who declined to give her name, said")
            return None
        third = ("he", "him", "his") if pronoun == "he" else ("she", "her", "hers")
        if any(tokens[j].norm in third for j in range(first, v)):
            return None  # '"She was calm," she said': someone speaks of her
        if self._noun_of_other_sex(head, pronoun):
            return None
        if any(not self._in_quote(bisect.bisect_left(self.at.token_starts, p.start)) and not self._modifies_described_person(p.start)
               for p in self._mentions_between(tokens[m].start, at)):
            return None  # someone named since, whom the pronoun may be
        name = self.text[tokens[m].start : tokens[k].end]
        return Speaker(name[0].lower() + name[1:] if tokens[m].initial else name, "anonymous", name_key(name))

    def _description_spoke_before(self, at: int, pronoun: str) -> Speaker | None:
        """'The mayor said the bridge would reopen in June. "We have waited long enough," he said.':
        a "he"/"she" right after a quotation, when no person named before is one it may stand for,
        is the one a description names as the speaker of the sentence right before it (one person,
        no name found for it), when the description's noun is not of the other gender and no
        one is named between."""
        tokens = self.tokens
        found = self._quoted_sentence_of_pronoun(at)
        if found is None:
            return None
        s, first, _v = found
        before = self.at.sentences[s - 1]
        para = self.at.paragraph_at(at)
        if self.at.paragraph_at(before.start) not in (para, para - 1):
            return None  # (the sentence closing the paragraph just before: news writes one sentence a paragraph)
        lo, hi = bisect.bisect_left(self.at.token_starts, before.start), first
        said = [c for c in self.clauses if lo <= c.verb < hi and c.inside is None]  # (few: the sentence's clauses)
        if len(said) != 1 or said[0].speaker is None or said[0].how != "description" \
                or said[0].speaker.kind != "person" or not said[0].speaker.key.startswith("np:"):
            return None
        head = tokens[said[0].last].norm
        if self._noun_of_other_sex(head, pronoun) or sex_nouns().get(head, pronoun) != pronoun \
                or self._plural_or_collective(head):
            return None
        if self._mentions_between(tokens[said[0].verb].start, at):
            return None  # someone named since, whom the pronoun may be
        return said[0].speaker

    def _culprit_subject_before(self, at: int, pronoun: str) -> tuple[Speaker | None] | None:
        """'The convicted killer, wearing an orange jumpsuit, spoke briefly. / "...," he said': a
        person described by a deed (speech.json culprit_nouns) opening the sentence of narration
        right before the quotation whose clause the pronoun is; the person the article told did
        it (DescriptionResolution._person_by_deed), or no one (a 1-tuple of None): never the
        person spoken of before. None when the sentence opens otherwise."""
        tokens = self.tokens
        found = self._narration_before_quoted(at)
        if found is None or tokens[found[1]].norm != "the":
            return None
        sentence, m, _first, _v = found
        head = next((k for k in range(m + 1, min(m + 4, len(tokens)))
                     if tokens[k].start < sentence.end and tokens[k].norm in CULPRIT_NOUNS and not tokens[k].cap), None)
        if head is None or any(tokens[k].cap or tokens[k].possessive or tokens[k].gap not in _SPACE for k in range(m + 1, head + 1)):
            return None
        return (self._person_by_deed([tokens[k].norm for k in range(m + 1, head + 1)], sentence.start, pronoun),)

    def _modifies_described_person(self, start: int) -> bool:
        """Whether the name at offset start stands between an indefinite article and a person noun
        ("one Mac customer", "a Kraft representative"): a modifier of someone described."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, start)
        if k < 1 or k >= len(tokens) or tokens[k - 1].norm not in _INDEFINITE or tokens[k - 1].cap and not tokens[k - 1].initial:
            return False
        j = k
        while j + 1 < len(tokens) and j - k < 2 and tokens[j + 1].cap and tokens[j + 1].gap in _SPACE:
            j += 1
        return j + 1 < len(tokens) and tokens[j + 1].norm in self.vocab.person_nouns and not tokens[j + 1].cap \
            and self._indefinite_before_name(k, j + 1)

    def _indefinite_before_name(self, d: int, k: int) -> bool:
        """'one Mac customer', 'a Kraft representative': a capitalised word between an indefinite
        article and a person noun modifies the noun (a brand, a body), it names no one; the noun is
        still someone described. Not 'Smith's customer', not a title before a name."""
        tokens = self.tokens
        return d >= 1 and not tokens[d].possessive and tokens[d - 1].norm in _INDEFINITE \
            and not tokens[d - 1].cap and tokens[d].gap in _SPACE and tokens[k].gap in _SPACE


    def _latest_speaker(self, at: int, kinds: tuple[str, ...], within: int | None = None, fits=None) -> Speaker | None:
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        reach = self.settings.resolve_chars if within is None else within
        for clause in reversed(self.clauses[max(0, k - 12) : k]):
            if self.tokens[clause.verb].start < at - reach:
                break
            if clause.speaker is not None and clause.speaker.kind in kinds and clause.inside is None \
                    and (fits is None or fits(clause.speaker)) and self._reports_words(clause):
                return clause.speaker  # (not "The court rejected the bid.": a decision, no words of its own)
        return None
