"""Rules for the languages other than English (issue 12): the speaker beside a role's complement,
"according to" before an article, a dropped subject after a description with its name, a bare role
noun after a Russian or Czech verb, a body's noun before a name.

"afirmó la consejera de Acción Climática, Montserrat Puig", "disse o presidente do Sindicato dos
Metroviários, Ricardo Almeida": the capitalised words after the role's "de" / "do" name its
department or body, the name after the comma names the person who speaks. "Volgens de
Fietsersbond", "Secondo una fonte della prefettura": the "according to" of another language before
an article opens a body's name or an unnamed source. Each rule starts from words of the other
languages' lists (speech_languages.json) or is asked only for a clause of a foreign verb; the
English sets' output is unchanged by them.

Some rules belong to one language's grammar and run only in a text of that language (the engine's
``language``: the article's own, or guessed from the text): German writes every noun with a capital
("Anwohnerin Sabine Heitmann", "der Sprecher der SPD-Fraktion": no name before the given name, none
after the genitive article); Portuguese "a" is the article as well as the preposition ("afirmou a
ministra": the minister said). A name read after a long description ("dijo el presidente de la
Asociación de Empresarios de Medina, Ramiro Calvo") is the one set off by the comma after it.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import replace

from sidebyside.compare.articletext import NAME_PARTICLES
from sidebyside.compare.attribution.records import Clause, Speaker, _NameRun, _Person
from sidebyside.compare.attribution.identity import name_key
from sidebyside.compare.attribution.names import _ELIDED
from sidebyside.compare.attribution.unnamed import _indefinite_genders
from sidebyside.compare.attribution.vocabulary import _ELIDED_NOUN, _SENTENCE_BREAK, _SPACE, _SPACE_OR_HYPHEN, case_form, same_word
from sidebyside.compare.text import fold
from sidebyside.model import Span
from sidebyside.compare.tokens import fold_word
from sidebyside.resources import resource_json
from sidebyside.extract.datelines import read_dateline
from sidebyside.extract.language import guess_language, primary_subtag
from sidebyside.name_lists import given_names_of_the_world
from sidebyside.settings import DEFAULT, LanguageSettings

# Tags that name no one language ("undetermined", "multiple", "no linguistic content").
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis"})
# Languages that write every noun with a capital: a capitalised word before a given name is a noun
# describing the person ("Förster Jens Sölter"), and one after a genitive article names no one.
_NOUN_CAPITALS = frozenset({"de"})
# Languages that write no article: a bare noun may be a clause's subject ("že mu asistent radil"),
# and a name after a noun of words said is in the genitive ("слова самого Лаврова").
_NO_ARTICLES = frozenset({"ru", "uk", "cs", "pl"})
# Opening quotation marks and the closing mark of each, around a medium's name after a verb
_MEDIUM_MARKS = {"«": "»", "„": "“", "“": "”", "»": "«", "\"": "\""}
# Languages whose "de" / "di" is only "of" (in Dutch it is the article too).
_OF_LANGUAGES = frozenset({"fr", "es", "it", "pt"})
# Languages that write the owner's genitive as "-s" glued to the name, no apostrophe ("Lemvigs
# borgmester", "Bergens ordfører", "Volvos vd").
_S_GENITIVE = frozenset({"sv", "nb", "da"})
# German articles that are also particles of a name ("von der Heyden", "van den Berg"): alone, with
# no particle before them, they are the article of a noun ("der SPD-Fraktion").
_ARTICLE_PARTICLES = frozenset({"der", "den", "dem", "des"})


@functools.cache
def _portuguese_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """Portuguese (and Galician) "a" and "as", article and preposition both, and the words "a" is a
    preposition before with no article ("a quem", "a partir"): the "article_prepositions" and
    "not_nouns_after_a" of the language's speech_languages.json entry; empty for a language without them."""
    entry = resource_json("attribution/speech_languages.json").get(language or "", {})
    return (frozenset(fold_word(w) for w in entry.get("article_prepositions", ())),
            frozenset(fold_word(w) for w in entry.get("not_nouns_after_a", ())))


@functools.cache
def _feminine_agent_endings(language: str) -> tuple[str, ...]:
    """Endings of a language's feminine nouns of a person by what she does ("Anwohnerin",
    "Bewoonster"): the "feminine_agent_endings" of its speech_languages.json entry."""
    entry = resource_json("attribution/speech_languages.json").get(language, {})
    return tuple(fold_word(w) for w in entry.get("feminine_agent_endings", ()))


# quotation marks and spaces alone: no comma, no dash ('Vežėjas „Šiaurės linijos“ pranešė')
_MARKS_AND_SPACES = " \u00a0„“”\"«»‚‘’'"
# what may stand between a word of the sentence and a name inside it: a space, or an opening
# quotation mark ('des Gasthofs „Zum Anker“'); not a dateline's dash ("Kassel - Zum Tod von ...")
_NAME_OPENING_GAPS = frozenset({"", "„", "“", "\"", "«", "»", "‚", "‘", "'"})


@functools.cache
def _language_words(language: str, key: str) -> frozenset[str]:
    """The folded words of one list of a language's speech_languages.json entry ("quote_pointers",
    "definite_endings"), read only in a text of that language; empty for a language without it."""
    entry = resource_json("attribution/speech_languages.json").get(language, {})
    return frozenset(fold_word(w) for w in entry.get(key, ()))


@functools.cache
def _role_synonyms(language: str) -> dict[str, tuple[str, ...]]:
    """A language's nouns of one office, each to the others ("regidor" -> "alcalde", "alcaldesa",
    ...): the "role_synonyms" groups of its speech_languages.json entry, folded."""
    entry = resource_json("attribution/speech_languages.json").get(language, {})
    out: dict[str, tuple[str, ...]] = {}
    for group in entry.get("role_synonyms", ()):
        words = [fold_word(w) for w in group]
        for w in words:
            out[w] = tuple(x for x in words if x != w)
    return out


@functools.cache
def _sex_nouns(language: str) -> dict[str, str]:
    """A language's nouns of a man and of a woman ("Mann", "Frau"), folded, to the pronoun each
    stands for: the "sex_nouns" of its speech_languages.json entry."""
    entry = resource_json("attribution/speech_languages.json").get(language, {})
    return {fold_word(w): gender for gender, words in entry.get("sex_nouns", {}).items() for w in words}


@functools.cache
def _language_flag(language: str, key: str) -> bool:
    """A yes-or-no of a language's speech_languages.json entry ("subject_before_verb_after_quote")."""
    return bool(resource_json("attribution/speech_languages.json").get(language, {}).get(key))


@functools.cache
def _genitive_name_endings(language: str) -> dict[str, tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]]:
    """A language's "genitive_names": per sex ("he", "she"), the (genitive, nominative) endings of a
    given name and of a surname, the longest first."""
    entry = resource_json("attribution/speech_languages.json").get(language, {})

    def longest_first(pairs: list) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(((g, n) for g, n in pairs), key=lambda p: -len(p[0])))

    return {sex: (longest_first(rules["given"]), longest_first(rules["surname"]))
            for sex, rules in entry.get("genitive_names", {}).items()}


@functools.cache
def _according_bodies() -> frozenset[str]:
    """Common nouns of bodies that "according to" names as a source ("la patronal", "le syndicat",
    "a associação"): the "according_bodies" of the languages of speech_languages.json."""
    data = resource_json("attribution/speech_languages.json")
    return frozenset(fold_word(w) for k, entry in data.items() if k != "about" for w in entry.get("according_bodies", ()))


@functools.cache
def _language_given_names(language: str) -> frozenset[str]:
    """The shared given names and those of a language the shared lists lack ("Bernd", "Marijke"):
    the "given_names" of its speech_languages.json entry, read only in a text of that language."""
    entry = resource_json("attribution/speech_languages.json").get(language, {})
    own = entry.get("in_own_texts", {})
    keys = ("given_names", "given_names_he", "given_names_she")
    return given_names_of_the_world() | frozenset(fold_word(w) for k in keys for part in (entry, own) for w in part.get(k, ()))


@functools.cache
def _own_given_names(language: str) -> frozenset[str]:
    """The given names a language's speech_languages.json entry lists itself (not the shared
    lists): "per", "lars" of Swedish, read only in a text of that language."""
    entry = resource_json("attribution/speech_languages.json").get(language, {})
    own = entry.get("in_own_texts", {})
    keys = ("given_names", "given_names_he", "given_names_she")
    return frozenset(fold_word(w) for k in keys for part in (entry, own) for w in part.get(k, ()))


def text_language(text: str, declared: str | None = None,
                  settings: LanguageSettings = DEFAULT.compare.attribution.language) -> str | None:
    """The primary language subtag of ``declared`` ("pt-BR" -> "pt"), or the language guessed from
    the text's beginning (within ``settings``' bounds); None when neither says."""
    primary = primary_subtag(declared).strip() if declared else ""
    if not primary.isalpha() or len(primary) not in (2, 3) or primary in _NO_LANGUAGE:
        primary = ""  # (no tag, or "und", "mul", "zxx": the text tells)
    tag = primary or guess_language(text, settings)
    return primary_subtag(tag) or None


def _strip_ending(word: str, endings: tuple[tuple[str, str], ...]) -> list[str]:
    """``word`` with each (genitive, nominative) ending that fits it swapped, in the order given
    (a stem of two letters at least left)."""
    low = word.casefold()
    return [word[: len(word) - len(gen)] + nom for gen, nom in endings if low.endswith(gen) and len(word) - len(gen) >= 2]


class ForeignReading:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _speaker_past_complement(self, run: _NameRun) -> _NameRun | None:
        """The name that speaks where a foreign verb's phrase reads ``run``: when ``run`` is the
        complement of a lower-case role noun ("la consejera de Acción Climática"), the full
        personal name set off by a comma right after it (", Montserrat Puig,"), or the run itself
        when a given name stands inside it ("la diputada de Infraestructuras Ana López"), else None:
        a department or a body named after its role's "de" is no speaker (no one rather than a
        wrong one). Any other run is returned as it is."""
        if not self._complement_after_of(run.first):
            return run
        after = self._apposed_after_complement(run)
        if after is not None:
            return after
        inside = any(fold(self.tokens[k].text) in self.vocab.first_names for k in range(run.first + 1, run.last + 1))
        return run if inside else None

    def _apposed_after_complement(self, run: _NameRun) -> _NameRun | None:
        """The full personal name set off by a comma right after ``run`` (", Montserrat Puig,"),
        or None."""
        tokens, n = self.tokens, len(self.tokens)
        if run.last + 1 >= n or "," not in tokens[run.last + 1].gap:
            return None
        # (the runs are keyed by their last token)
        after = next((r for m in range(run.last + 2, min(n, run.last + 6)) if (r := self._runs.get(m)) is not None), None)
        if after is None or after.kind != "person" or after.first != run.last + 1:
            return None
        return after

    def _given_name_of_the_text(self, k: int) -> bool:
        """"säger Per Lindqvist": token k is a given name the text's own language lists ("Per" in a
        Swedish text), whatever English word it also is ("per"): the start of a name, no opener."""
        return bool(self.language) and self.tokens[k].norm in _own_given_names(self.language)

    def _description_and_its_place(self, i: int, j: int) -> bool:
        """"L'alcaldessa de Torrefonda", "L'assessore di Sorino": in a text of another language, a
        capitalised run (tokens i..j-1) whose first word is an elided article glued to a lower-case
        noun (capitalised only as it opens the sentence) and whose last word follows a lower-case
        particle: a description and the place or body it is of; its last word is no one's surname."""
        tokens = self.tokens
        if self.language in (None, "en") or j - i < 3 or tokens[j - 2].cap:
            return False
        elided = _ELIDED.match(tokens[i].text)
        return elided is not None and elided.group(1).islower()

    def _romance_relative(self, m: int) -> bool:
        """'Un infermiere, che ha chiesto di restare anonimo, racconta:', 'Uno de ellos, que prefirió
        no dar su nombre, explicó:': in a French, Spanish, Italian or Portuguese text, "che", "que",
        "qui" (the language's "relative_pronouns") right after a comma is the relative pronoun of an
        aside, not the complementizer of reported speech (which takes no comma there: "ha ricordato
        che la madre ..."; German "dass", Russian "что" do take one, and are left alone)."""
        return bool(self.language) and self.tokens[m].gap.strip() == "," \
            and self.tokens[m].norm in _language_words(self.language, "relative_pronouns")

    def _past_quoted_medium(self, v: int) -> int | None:
        """'— рассказала «Вечернему Верхнекамску» учительница Анна Гордеева': in a text of another
        language, a newspaper's or a channel's name in quotation marks (four words at most, the first
        capitalised) right after a speech verb v, whom the words were told: the token after its
        closing mark, where the subject is read; None for anything else."""
        tokens, n = self.tokens, len(self.tokens)
        k = v + 1
        if self.language in (None, "en") or k >= n or tokens[v].norm not in self.vocab.foreign_verbs \
                or self._quote_of_token[v] >= 0 or tokens[k].gap.strip() not in _MEDIUM_MARKS:
            return None
        closing = _MEDIUM_MARKS[tokens[k].gap.strip()]
        if not tokens[k].cap:
            return None
        for m in range(k, min(n, k + 4)):
            if self._quote_of_token[m] != self._quote_of_token[k]:
                return None  # (a title in marks is one quotation of its own, opening right after the verb)
            if m + 1 < n and tokens[m + 1].gap.strip() == closing and tokens[m + 1].gap.endswith(" "):
                return m + 1
            if m + 1 < n and tokens[m + 1].gap not in _SPACE:
                return None
        return None

    def _told_medium(self, open_at: int) -> bool:
        """Whether the quotation opening at open_at is the medium's name _past_quoted_medium reads
        past, right after a speech verb: a title, no one's words."""
        k = bisect.bisect_left(self.at.token_starts, open_at)
        return 0 < k < len(self.tokens) and self.tokens[k].start > open_at and self._past_quoted_medium(k - 1) is not None

    def _surname_after_agency(self, m: int, k: int) -> bool:
        """'„…,“ uvedla pro ČTK Hájková', '— сообщил для ТАСС Петров': after a verb of another
        language (its subject read from token k), a preposition and an agency's capitals, then at
        token m the surname the article gave someone in full before: the subject, past whom the
        words were given to."""
        tokens = self.tokens
        if self.language in (None, "en") or m < k + 2 or m - k > 3:
            return False
        run = self._runs.get(m)
        agency, prep = tokens[m - 1], tokens[m - 2]
        return run is not None and run.first == m and run.kind == "single" and tokens[m].norm in self._surnames \
            and agency.text.isupper() and len(agency.text) >= 2 and agency.gap in _SPACE and tokens[m].gap in _SPACE \
            and prep.norm in self.vocab.foreign_prepositions and not prep.cap

    def _in_relative_aside(self, k: int, m: int) -> bool:
        """'Un commerciante di Castagnola, che chiede di non essere citato, è amareggiato:': token m
        stands inside a Romance relative aside (_romance_relative) opened after token k and not yet
        closed by a comma: a word of the aside ("citato"), not the sentence's own."""
        for j in range(m, k, -1):
            if self._romance_relative(j):
                return True
            if "," in self.tokens[j].gap:
                return False
        return False

    def _foreign_colon_subject(self, colon: int) -> Clause | None:
        """'Prezes miejskiego przedsiębiorstwa wodociągowego Marek Cieślak odrzuca jednak te
        podejrzenia: „…”', 'La titolare di un bar vicino al ponte, Marta Sartori, guarda la strada
        vuota: "…"', 'Наставник «Амура» Олег Сафронов был краток: «…»': in a text of another
        language, a sentence with no speech verb of its own ending in the colon before the
        quotation, that names one person only, in full, as its subject: within a description's
        length of its start, with no verb, auxiliary, pronoun, preposition or "of" before the name
        (not "La fille de Jean Ducret se souvient :"), and no comma but the pair that sets the name
        off after a description (_subject_position). A clause for that name, or None."""
        tokens = self.tokens
        if self.language in (None, "en"):
            return None
        start = self._sentence_start(colon)
        k, end = bisect.bisect_left(self.at.token_starts, start), bisect.bisect_left(self.at.token_starts, colon)
        if end <= k or any(c.speaker is not None or c.how == "pronoun" for c in self._clauses_between(start, colon, None)):
            return None  # (a speech verb whose subject was not read: "Une sage-femme ..., qui ..., nous écrit :")
        people = [r for m in range(k, end) if (r := self._runs.get(m)) is not None and r.kind == "person"
                  and r.last > r.first and self._quote_of_token[r.first] < 0]
        if not people:
            return self._indefinite_colon_subject(k, end) or (self._pronoun_colon_subject(k, end) if self.text[colon] == ":" else None)
        if len(people) != 1:
            return None
        run = people[0]
        first = run.run_first if run.run_first >= 0 else run.first
        if first - k > self.settings.description_tokens:
            return None
        if not self._subject_position(k, run):
            return None
        clause = Clause(run.last, run.first, run.last, "say", lead=k)
        clause.speaker = self._speaker_of_run(run, tokens[run.first].start)
        return clause if clause.speaker is not None else None

    def _credit_after_narrated_subject(self) -> None:
        """'Die Mieterin Jasmin Akgün hat bei dem Brand ihre Wohnung verloren. „Ich habe alles
        verloren.“', 'Son ancien collègue Michel Garnier se souvient de ses débuts. « … »': in a text
        of another language, a quotation no rule credited nor refused, a sentence of its own (a
        capital opening it) right after a sentence of its paragraph that names one person only, in
        full, as its subject, and no speech verb (_foreign_colon_subject, read up to that sentence's
        stop): that person's words, as after a colon."""
        if self.language in (None, "en"):
            return
        text, quotes = self.text, self.at.quotes
        for i, q in enumerate(quotes):
            if self.speakers[i] is not None or self.speaker_rules[i] is not None or q.nested_in is not None:
                continue
            before = text[: q.open_at].rstrip(" \u00a0")
            stop = len(before) - 1
            opened = text[q.open_at + 1 : q.open_at + 3].lstrip()
            if stop < 1 or before[stop] not in ".!?" or not opened[:1].isupper() \
                    or self.at.paragraph_at(stop) != self.at.paragraph_at(q.open_at) or self.at.in_quote(stop):
                continue
            clause = self._foreign_colon_subject(stop)
            if clause is None or clause.speaker is None or clause.speaker.kind != "person":
                continue
            if any(self.tokens[m].norm in _language_words(self.language, "object_articles") for m in range(clause.lead, clause.first)):
                continue  # 'Die Polizei befragte den Mieter Jonas Vehling.': the article of an object before the name
            after = clause.last + 1
            if after < len(self.tokens) and "," in self.tokens[after].gap and self.tokens[after].norm in self.vocab.foreign_pronouns:
                continue  # 'Interrogée sur la préfète, Mme Corinne Abadie, elle reste diplomate.': "elle" is the subject
            run_first, run_last = self.tokens[clause.first], self.tokens[clause.last]
            # (with the paragraphs the quotation runs on into, its closing mark left for the last:
            # '‘Henk is het geheugen van deze gracht. … / ‘Als ze hem weghalen, …’')
            for j in range(i, len(quotes)):
                if quotes[j].utterance != q.utterance or quotes[j].nested_in is not None:
                    continue
                if self.speakers[j] is None and (j == i or self.speaker_rules[j] is None):
                    self.speakers[j] = clause.speaker
                    self.speaker_spans[j] = Span(run_first.start, run_last.end)
                    self.speaker_rules[j] = "narrated-subject-before/foreign"

    def _pronoun_colon_subject(self, k: int, end: int) -> Clause | None:
        """'Raadslid Gijs Hofstede stemde tegen. In de raadszaal hield hij een lang betoog: ‘…’': a
        colon's sentence (tokens k..end-1) with no speech verb and no name whose one personal
        pronoun is a subject's (the language's "colon_pronouns": "hij", "er", "elle", "он"; no
        preposition before it): a clause of that pronoun, resolved as "he said" is."""
        tokens, vocab = self.tokens, self.vocab
        allowed = _language_words(self.language, "colon_pronouns")
        found = [m for m in range(k, end) if tokens[m].norm in vocab.foreign_pronouns and self._quote_of_token[m] < 0]
        if len(found) != 1 or tokens[found[0]].norm not in allowed:
            return None
        m = found[0]
        if m > k and (tokens[m - 1].norm in vocab.foreign_prepositions or tokens[m - 1].norm in vocab.foreign_sentence_prepositions):
            return None  # ("mit ihr", "avec elle": whom the sentence is about, no subject)
        clause = Clause(m, m, m, "say", lead=k, how="pronoun")
        clause.speaker = self._resolve_pronoun(vocab.foreign_pronouns[tokens[m].norm], tokens[m].start, clause)
        return clause if clause.speaker is not None else None

    def _indefinite_colon_subject(self, k: int, end: int) -> Clause | None:
        """'Un commerciante di Castagnola, che chiede di non essere citato, è amareggiato: «…»': a
        sentence whose subject no clause read and that names no one, opened by an indefinite article
        and a noun of a person (_indefinite_person_noun, or a listed source noun) and a relative
        aside (or the colon) after its words, before the colon: that unnamed source, as its words up
        to the aside describe it."""
        tokens, vocab = self.tokens, self.vocab
        if end - k < 3 or tokens[k].norm not in vocab.foreign_indefinite or not tokens[k].initial \
                or not (tokens[k + 1].norm in vocab.foreign_source_nouns or self._indefinite_person_noun(k + 1, opening=True)):
            return None
        last = k + 1
        while last + 1 < end and tokens[last + 1].gap.strip() in ("", "-", "'", "’") and self._quote_of_token[last + 1] < 0 \
                and last - k < self.settings.description_tokens:
            last += 1  # its complement ("di Castagnola"), up to the comma or the verb's words
        verb = next((m for m in range(k + 2, last + 1) if not tokens[m].cap and tokens[m].norm in vocab.foreign_verbs), None)
        if verb is not None and _language_words(self.language or "", "verb_object_words"):
            # "Egy nevét nem vállaló meteorológus azt mondta: „…”": a language that puts the noun last
            # and the speech verb after it, with its object word ("azt", "így"): the words before them
            last = verb - 1
            while last > k + 1 and tokens[last].norm in _language_words(self.language, "verb_object_words"):
                last -= 1
            words = self.text[tokens[k].start : tokens[last].end]
            clause = Clause(verb, k, last, "say", lead=k, how="description")
            clause.speaker = Speaker(words, "anonymous", words)
            return clause
        if last + 1 < end and not self._romance_relative(last + 1) and not (
                tokens[last + 1].gap.strip() == "," and tokens[last + 1].norm in _language_words(self.language, "aside_relatives")):
            return None  # (only a relative aside after it: "Une semaine plus tard, la direction répond :" is no source's)
        words = self.text[tokens[k].start : tokens[last].end]
        clause = Clause(k + 1, k, last, "say", lead=k, how="description")
        clause.speaker = Speaker(words, "anonymous", words)
        return clause

    def _subject_position(self, k: int, run: _NameRun) -> bool:
        """Whether the name ``run`` stands as the subject of the sentence that opens at token k: no
        verb, auxiliary, pronoun, preposition or "of" before it (not "La fille de Jean Ducret", "Le
        préfet a félicité Jean Dupont"), and no comma but the pair that sets it off after a
        description ("La titolare di un bar, Marta Sartori,")."""
        tokens, vocab = self.tokens, self.vocab
        first = run.run_first if run.run_first >= 0 else run.first
        apposed = first > k and tokens[first].gap.strip() == "," and run.last + 1 < len(tokens) \
            and tokens[run.last + 1].gap.strip() == ","
        if first > k and self._after_preposition(first) or run.first > max(first, k) and self._after_preposition(run.first):
            # ("Interrogée par Odile Ferrandon, la directrice a répondu :": whom she was asked by; so in a
            # run the participle opens, "Interpellata da Ornella Caprioli,")
            return False
        for m in range(k, first):
            tok = tokens[m]
            if self._quote_of_token[m] >= 0:
                continue  # ("Наставник «Амура»": a club's name in marks)
            # (an auxiliary's word opening the sentence is an article there: Portuguese "A presidente")
            if tok.gap.strip() == "," and m > k or not tok.cap and (tok.norm in vocab.verbs or tok.norm in vocab.foreign_verbs) \
                    or tok.norm in vocab.foreign_auxiliaries and not tok.initial or tok.norm in vocab.foreign_pronouns and not tok.cap \
                    or not apposed and not (tok.initial and (tok.norm in vocab.foreign_articles or self._portuguese_article(m, opening=True))) \
                    and (tok.norm in vocab.foreign_prepositions or tok.norm in vocab.foreign_of):
                # (an article opening the sentence that is a preposition too: Portuguese "A agricultora X")
                return False
        return True

    def _after_preposition(self, t: int) -> bool:
        """Whether the name opening at token t stands right after a preposition of the text's
        language (a passive's agent, "Interrogée par Odile Ferrandon,", "Preguntada por X,", or
        another: "Devant X,"): the object of a phrase, never the subject, and a noun after the comma
        closing that phrase ("…, la directrice a répondu") the sentence's subject, none of hers."""
        if t < 1 or not self.language or self.language == "en" or self.tokens[t].gap not in _SPACE:
            return False
        before = self.tokens[t - 1]
        return not before.cap and (before.norm in _language_words(self.language, "agent_prepositions")
                                   or before.norm in self.vocab.foreign_prepositions
                                   or before.norm in self.vocab.foreign_sentence_prepositions)

    def _bare_description_speaking_before(self, at: int) -> tuple[Speaker | None] | None:
        """'Wojewódzki konserwator zabytków zapowiedział kontrolę …. „…” – napisał w oświadczeniu.',
        'Pracownik muzeum, który prosił o anonimowość, twierdzi, że …. „…” – powiedział.': in a text of
        a language that drops the subject and writes no article, the sentence of the narration right
        before the quotation of a dropped subject at offset at (in its paragraph, which names no one
        before it) opened by a noun phrase that is no name, whose speech verb comes before any name:
        the dropped subject is that unnamed one, never a person of the paragraphs before. A one-tuple: the unnamed source when the
        phrase holds one of the language's source nouns ("Pracownik muzeum"), else None (no one we
        can name); None when no such sentence stands there."""
        language = self.language
        if language in (None, "en") or not _language_flag(language, "subject_dropped") \
                or _language_words(language, "articles") or _language_flag(language, "subject_before_verb_after_quote"):
            return None
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        start = self._sentence_start(at)
        if start <= 0:
            return None
        k = self._narration_sentence_before(start)
        if k + 1 >= n or tokens[k].start >= start or self._quote_of_token[k] >= 0 or not tokens[k].initial \
                or not tokens[k].cap or tokens[k + 1].cap or tokens[k + 1].gap not in _SPACE \
                or self.at.paragraph_at(tokens[k].start) != self.at.paragraph_at(at):
            return None
        head = tokens[k]
        p = self.at.paragraph_at(at)
        lo = self.at.paragraphs[p][0] if p >= 0 else 0
        if any(lo <= m.start < at for m in self._mentions):
            return None  # ("… – powiedział dyrektor muzeum ks. Andrzej Nowicki. Duchowny przyznał, …": him)
        if not head.norm.isalpha() or head.norm in vocab.foreign_pronouns or head.norm in vocab.foreign_sentence_prepositions \
                or head.norm in vocab.foreign_verbs or head.norm in vocab.foreign_according or head.norm in vocab.openers \
                or bisect.bisect_left(self._mention_starts, head.start) < len(self._mentions) \
                and self._mentions[bisect.bisect_left(self._mention_starts, head.start)].start == head.start:
            return None  # (a name, a pronoun, a phrase of place or time, a verb opening the sentence)
        end = self._sentence_end(head.start)
        phrase_end = None  # the description's last token: before its first comma or its verb
        for m in range(k + 1, n):
            tok = tokens[m]
            if tok.start >= end or self._quote_of_token[m] >= 0:
                return None
            if phrase_end is None and "," in tok.gap:
                phrase_end = m - 1
            run = self._run_starting(m) if tok.cap else None
            if run is not None and run.kind in ("person", "single"):
                return None  # (a name before the verb: the rules of names read it)
            if not tok.cap and (tok.norm in vocab.foreign_verbs or tok.norm in vocab.foreign_dropped):
                phrase_end = m - 1 if phrase_end is None else phrase_end
                break
        else:
            return None
        words = [tokens[x].norm for x in range(k, phrase_end + 1)]
        if phrase_end < k or phrase_end - k >= self.settings.description_tokens:
            return None
        if any(w in vocab.foreign_source_nouns for w in words):
            phrase = self.text[head.start : tokens[phrase_end].end]
            return (Speaker(phrase, "anonymous", phrase),)
        return (None,)

    def _owner_of_role(self, run: _NameRun) -> bool:
        """Whether a capitalised run of two words or more, in a text of a language that capitalises
        its nouns, opens with a person's surname in the genitive (the surname of another name the
        text gives, with -s, -' or -'s: "Kiprops Manager" after "Daniel Kiprop"): the owner and a
        noun he owns, a role ("his manager"), no person's name."""
        if self.language in (None, "en") or not _language_flag(self.language, "capitalised_nouns") or run.last <= run.first:
            return False
        word = self.tokens[run.first].text
        stems = {word[:-2] for end in ("'s", "’s") if word.endswith(end)} | {word[:-1] for end in ("s", "'", "’") if word.endswith(end)}
        stems.discard("")
        return any(other is not run and other.kind in ("person", "single") and other.first <= other.last
                   and self.tokens[other.last].text in stems and other.last != run.first
                   for other in self._runs.values())

    def _name_apposed_to_owned_role(self, run: _NameRun) -> _NameRun | None:
        """The full personal name in the apposition set off by a comma right after an owned role
        ("Kiprops Manager, der Niederländer Joost van Leeuwen, nannte …"), within a description's
        length and before the apposition's closing comma; None when there is none."""
        tokens, n = self.tokens, len(self.tokens)
        k = run.last + 1
        if k >= n or tokens[k].gap.strip() != ",":
            return None
        for m in range(k, min(n, k + self.settings.description_tokens)):
            if m > k and (tokens[m].gap.strip() or self._quote_of_token[m] >= 0):
                return None
            found = self._run_starting(m) if tokens[m].cap else None
            if found is None or found.last <= found.first:
                continue
            after = tokens[found.last + 1].gap.strip()[:1] if found.last + 1 < n else "."
            if after != ",":
                return None
            if found.kind == "person":
                return found
            # "der Niederländer Joost van Leeuwen": a capitalised noun before the name (the demonym
            # or role such a language writes with a capital), the name from its given name on
            given = _language_given_names(self.language)
            g = next((x for x in range(found.first + 1, found.last) if tokens[x].cap and fold_word(tokens[x].text) in given), None)
            if g is None:
                return None
            return replace(found, first=g, kind="person", text=self.text[tokens[g].start : tokens[found.last].end], run_first=g)
        return None

    def _domain_of_role(self, m: _Person) -> bool:
        """Whether a person of the index, in a text of another language, is a capitalised run with
        no given name of the language's lists right after a lower-case noun and its "of" ("consejero
        de Universidades del Gobierno", "ministro de Exteriores", "assessore ai Trasporti"): the
        domain of that role, a body or a field, no person."""
        if self.language in (None, "en"):
            return False
        tokens, vocab = self.tokens, self.vocab
        k = bisect.bisect_left(self.at.token_starts, m.start)
        of = k - 1
        if of >= 2 and tokens[of].norm in vocab.foreign_articles and tokens[of - 1].norm in vocab.foreign_of:
            of -= 1  # "de la Junta"
        if of < 1 or tokens[of].cap or tokens[of].norm not in vocab.foreign_of or tokens[of].gap not in _SPACE:
            return False
        noun = tokens[of - 1]
        if noun.cap or not noun.norm.isalpha() or noun.norm in vocab.foreign_of or noun.norm in vocab.foreign_articles:
            return False
        given = _language_given_names(self.language)
        return not any(w[:1].isupper() and fold_word(w) in given for w in m.canonical.split())

    def _name_apposed_to_domain(self, m: _Person, at: int) -> _Person | None:
        """The person named right after the domain m of a role, set off by a comma a few words on
        in its sentence, before offset at ("El consejero de Universidades del Gobierno regional,
        Tomás Arroyo, ..."): the one the role is; None when there is none."""
        tokens, starts = self.tokens, self.at.token_starts
        i = bisect.bisect_left(self._mention_starts, m.start)
        following = self._mentions[i + 1] if i + 1 < len(self._mentions) else None
        if following is None or following.start >= at or self._domain_of_role(following):
            return None
        a, b = bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, following.start)
        if not 0 < b - a <= self.settings.name_tokens + 4 or "," not in tokens[b].gap \
                or any(c in tokens[x].gap for x in range(a + 1, b + 1) for c in _SENTENCE_BREAK) \
                or any(self._quote_of_token[x] >= 0 for x in range(a, b + 1)):
            return None
        return following

    def _article_before_name(self, k: int) -> bool:
        """Whether token k, capitalised, is one of the articles that a language which writes an
        article before a person's name ("Ο Νίκος Αλεξίου δήλωσε", "Η Μαρία Παπαδοπούλου") puts there,
        a capitalised word after it: the article, no part of the name."""
        language = self.language
        if language in (None, "en") or not _language_flag(language, "article_before_names") or k + 1 >= len(self.tokens):
            return False
        tok = self.tokens[k]
        return tok.cap and tok.norm in _language_words(language, "articles") and self.tokens[k + 1].cap \
            and self.tokens[k + 1].gap in _SPACE

    def _object_of_preposition(self, k: int) -> bool:
        """Whether the word at token k is the object of one of the language's
        object_prepositions, an article between or none ("die mit dem Renndirektor nicht verwandt
        ist", "cugina del sindaco", "de buurman van de burgemeester"): a noun written after a name
        that describes someone else, never the one named. Only in a text of a language that lists them."""
        if not self.language or self.language == "en" or k < 1:
            return False
        prepositions = _language_words(self.language, "object_prepositions")
        if not prepositions:
            return False
        before = self.tokens[k - 1]
        if before.norm in _language_words(self.language, "object_prepositions_articles") and k >= 2 and before.gap in _SPACE:
            before = self.tokens[k - 2]
        return not before.cap and before.norm in prepositions

    def _place_by_preposition(self, i: int, j: int) -> bool:
        """Whether the capitalised run of tokens i..j, in a text of a language with cases, names a
        place by the preposition before or in it: right after its "from" ("Сімейна лікарка з Нижньої
        Слободи", "Učitelka z Horní Lhoty"; not a first word in the instrumental of "with", which
        Ukrainian and Polish write so too: "з Іваном Петренком"), or opened by one of its prepositions
        written with a capital inside a sentence ("na zastávce U Mostu", "v ulici Na Příkopě")."""
        tokens, language = self.tokens, self.language
        if not language or not _language_flag(language, "case_marked") or tokens[i].gap not in _SPACE:
            return False
        if i > 0 and not tokens[i - 1].cap and tokens[i - 1].norm in _language_words(language, "from_prepositions"):
            return not tokens[i].norm.endswith(tuple(_language_words(language, "from_prepositions_other_case")))
        word = tokens[i]
        return i < j and word.cap and not word.initial and len(word.text) <= 3 and tokens[i + 1].gap in _SPACE \
            and (word.norm in self.vocab.foreign_prepositions or word.norm in self.vocab.foreign_sentence_prepositions
                 or word.norm in _language_words(language, "place_prepositions"))

    def _past_opening_phrase(self, i: int, j: int) -> int:
        """Where a name may start in the capitalised run i..j that opens its sentence, past a phrase
        of the text's language no name opens with: a participle and its agent's preposition
        ("Interpellata da Ornella Caprioli", "Interrogée par X", "Befragt von X": the name after it;
        not "Leonardo da Vinci", a given name), or a preposition fused with its article ("Im
        Sitzungssaal", "Beim Landgericht": no name at all, j + 1). i when neither."""
        tokens, language = self.tokens, self.language
        if not language or language == "en" or not tokens[i].initial or i >= j or tokens[i].norm in self.vocab.first_names:
            return i
        if tokens[i].norm in _language_words(language, "fused_prepositions") and tokens[i + 1].gap in _SPACE:
            return j + 1
        if j == i + 1 and self._role_of_a_body_opening(i):
            return j + 1  # "Poslanec Národnej rady Peter Lukáč": a role and the body it serves, no name
        if not tokens[i + 1].cap and tokens[i + 1].gap in _SPACE and tokens[i + 1].norm in _language_words(language, "agent_prepositions") \
                and i + 2 <= j and tokens[i].norm.isalpha() and not self._given_name_of_the_text(i):
            return i + 2
        return i

    def _past_verb_clitic(self, k: int) -> int:
        """'„…“, rekao je lučki kapetan Ivan Horvat', '„…“, izjavila je.': in a text of a language
        that writes its auxiliary as a clitic right after the past participle (its "verb_clitics"),
        the token after such a clitic at k (its gap tells whether the clause goes on); else k."""
        if not self.language or self.language == "en" or k >= len(self.tokens) \
                or self.tokens[k].norm not in _language_words(self.language, "verb_clitics"):
            return k
        return k + 1

    def _fused_preposition_opening(self, i: int, j: int) -> bool:
        """'Die Wirtin des Gasthofs „Zum Anker“', 'im Hotel Zur Post': inside a sentence, a
        capitalised run that opens with a preposition fused with its article (the language's
        "fused_prepositions", written with a capital only there) is the name of an inn, a shop or a
        street, never a person's."""
        tokens, language = self.tokens, self.language
        return bool(language) and language != "en" and i < j and tokens[i].cap and tokens[i + 1].gap in _SPACE \
            and tokens[i].gap.strip() in _NAME_OPENING_GAPS and tokens[i].norm in _language_words(language, "fused_prepositions")

    def _role_of_a_body_opening(self, i: int) -> bool:
        """'Poslanec Národnej rady Peter Lukáč', 'Predsjednik Hrvatske gospodarske komore': in a
        text of a language with cases that writes only a body's first word with a capital, two
        capitalised words opening the sentence, the second in an oblique case of an adjective (the
        language's "oblique_adjective_endings") before a lower-case word: a noun of a role,
        capitalised as it opens the sentence, and the name of the body it serves; no one's name.
        A given name first ("Ivan Horvat") is a name."""
        tokens, language = self.tokens, self.language
        endings = tuple(_language_words(language, "oblique_adjective_endings"))
        if not endings or i + 2 >= len(tokens) or self._given_name_of_the_text(i):
            return False
        adjective, after = tokens[i + 1], tokens[i + 2]
        return adjective.gap in _SPACE and adjective.norm.endswith(endings) and len(adjective.norm) > 4 \
            and after.gap in _SPACE and not after.cap and after.norm.isalpha()

    def _foreign_object_name(self, colon: int, clause: Clause) -> bool:
        """In a text of another language, the name a colon rule read before the colon stands where
        no subject does (after a verb or a preposition: "Le préfet a félicité Jean-Paul Ducret :",
        "La fille de Jean-Paul Ducret se souvient :"): a name of the sentence, not its speaker."""
        if self.language in (None, "en"):
            return False
        run = self._runs.get(clause.last)
        if run is None or run.kind != "person":
            return False
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(colon))
        first = run.run_first if run.run_first >= 0 else run.first
        return (k < first or run.first > first) and not self._subject_position(k, run)

    def _body_noun(self, norm: str) -> bool:
        """A common noun of a body that speaks as such ("préfecture", "Polizei", "syndicat"): the
        "source_bodies" and "according_bodies" of speech_languages.json."""
        return norm in self.vocab.foreign_source_bodies or norm in _according_bodies()

    def _body_subject_ending_at(self, e: int) -> tuple[int, int] | None:
        """'La préfecture des Vosges a indiqué que « … »', 'Le syndicat a déclaré :': in a text of another
        language, a definite article opening the sentence and a body's common noun, with its
        complement up to token e: the article's and the noun's tokens (the body as written, a
        speaker of its own), or None."""
        tokens, vocab = self.tokens, self.vocab
        if self.language in (None, "en"):
            return None
        one_of = self._one_of_ending_at(e)
        if one_of is not None:
            return one_of
        if self.language in _NO_ARTICLES:
            return self._bare_body_subject_ending_at(e)
        for a in range(e - 1, max(-1, e - self.settings.description_tokens - 1), -1):
            if tokens[a + 1].gap.strip() not in ("", "-", "'", "’") or self._quote_of_token[a] >= 0:
                return None  # (a name's hyphens and apostrophes inside it: "de la Côte-d'Or")
            if tokens[a].initial and (tokens[a].norm in vocab.foreign_articles or self._portuguese_article(a, opening=True)) \
                    and self._body_noun(tokens[a + 1].norm) and tokens[a + 1].cap == (self.language in _NOUN_CAPITALS):
                return a, a + 1
        return None

    def _one_of_ending_at(self, e: int) -> tuple[int, int] | None:
        """'Uno de ellos, que prefirió no dar su nombre, explicó', 'Один из диспетчеров, попросивший …,
        рассказал': the "one of" a group (_one_of_opening) that opens the sentence and ends at token e,
        or None."""
        tokens = self.tokens
        for k in range(e, max(-1, e - self.settings.description_tokens - 1), -1):
            if tokens[k].initial:
                found = self._one_of_opening(k) if self._quote_of_token[k] < 0 else None
                return (k, e) if found is not None and found[2] == e else None
        return None

    def _bare_body_subject_ending_at(self, e: int) -> tuple[int, int] | None:
        """'Ministerstvo zemědělství uvedlo, že …', 'Rada miasta poinformowała', 'Klub Kladna v prohlášení
        uvedl', 'Сотрудник зоопарка, попросивший …, рассказал': in a language without articles, a
        body's common noun (`source_bodies`) or an unnamed source's (`source_nouns`) opening the
        sentence, with its complement up to token e: the source as written, up to a preposition after
        it (the statement or the place it spoke in), or None."""
        tokens = self.tokens
        for a in range(e, max(-1, e - self.settings.description_tokens - 1), -1):
            if self._quote_of_token[a] >= 0 or a < e and tokens[a + 1].gap.strip() not in ("", "-"):
                return None
            if tokens[a].initial:
                if self._locative_body_opening(a, e):
                    return a, e  # "В министерстве промышленности заявили, что": the body's people, as written
                if not tokens[a].cap or not (self._body_noun(tokens[a].norm) or tokens[a].norm in self.vocab.foreign_source_nouns):
                    return None  # (a source's noun too: "Сотрудник зоопарка, попросивший …, рассказал")
                prepositions = self.vocab.foreign_prepositions | _language_words(self.language, "sentence_prepositions")
                last = next((m - 1 for m in range(a + 1, e + 1) if tokens[m].norm in prepositions and not tokens[m].cap), e)
                return a, last
        return None

    def _conjunct_subject(self, k: int, v: int) -> tuple[int, int] | None:
        """'Rektor ved Hammarvik skole, Bjørn Eide, vil ikke kommentere vedtaket, men sier at …',
        'Rektorn Anna Berg var besviken och sa att …': in a text of another language, a speech verb v
        right after the language's "and" or "but" at token k (`coordinators`) has the subject of the
        sentence's first clause: the one person the sentence names in full before k, as its subject
        (opening it, after a role, or set off by commas after a description with no verb we know);
        None when another name, a complementizer or a quotation stands before k."""
        tokens = self.tokens
        if self.language in (None, "en") or k + 1 != v or tokens[k].cap \
                or tokens[k].norm not in _language_words(self.language, "coordinators") \
                or tokens[v].norm not in self.vocab.foreign_verbs:
            return None
        s_start = bisect.bisect_left(self.at.token_starts, self._sentence_start(tokens[k].start))
        people = [r for m in range(s_start, k) if (r := self._runs.get(m)) is not None and r.kind == "person"]
        if len(people) != 1 or any(self._quote_of_token[m] >= 0 for m in range(s_start, k)) \
                or any(tokens[m].text.casefold() in self.vocab.foreign_complementizers for m in range(s_start, k)):
            return None
        run = people[0]
        if run.last == run.first or any(self._first_name_of_someone(tokens[m].text) for m in range(run.last + 1, k)):
            return None  # (a name after the subject's may be another's: "… kritiserte Eide, men sier")
        return (run.first, run.last) if run.last + 1 < k and self._named_opening_subject(run, s_start) else None

    def _named_opening_subject(self, run: _NameRun, s_start: int) -> bool:
        """Whether the name ``run`` is the subject of the sentence opening at token s_start: opening
        it, after a role (PeopleIndex._is_subject), or set off by commas after a description with no
        verb we know ("Rektor ved Hammarvik skole, Bjørn Eide, vil", "Die Mutter zweier Kinder, Aylin
        Demir, nahm")."""
        tokens = self.tokens
        first = run.run_first if run.run_first >= 0 else run.first
        lead = range(s_start, first)
        apposed = 0 < first - s_start <= self.settings.description_tokens and tokens[first].gap.strip() == "," \
            and run.last + 1 < len(tokens) and tokens[run.last + 1].gap.strip() == "," and tokens[s_start].initial \
            and not any(tokens[m].norm in self.vocab.foreign_verbs or tokens[m].norm in self.vocab.foreign_auxiliaries for m in lead)
        return apposed or self._is_subject(run)

    def _sentence_before_quoted(self, at: int) -> tuple[int, int] | None:
        """(start of the sentence before, start of the sentence) for offset ``at``, the sentence
        taken from where a quotation holding it opens; None at the text's start or when the two
        sentences lie in different paragraphs."""
        at_ = self.at
        start = self._sentence_start(at)
        opening = next((q for q in at_.quotes if q.open_at <= start < q.end and q.open_at < at), None)
        if opening is not None:
            start = self._sentence_start(opening.open_at)
        if start <= 0:
            return None
        before = self._sentence_start(start - 1)
        return None if at_.paragraph_at(before) != at_.paragraph_at(start) else (before, start)

    def _plural_source_before(self, at: int) -> Speaker | None:
        """'Fuentes de la organización aseguraron que …. “…”, indicaron.': for a dropped subject in the
        plural at offset ``at`` after a quotation, the sources (the language's `plural_sources`) that
        open the sentence right before the quotation's, in its paragraph, with the "of" phrases of
        their complement ("Fuentes de la Confederación"), when no one is named between; else None."""
        tokens, at_ = self.tokens, self.at
        if self.language in (None, "en"):
            return None
        sentences = self._sentence_before_quoted(at)
        if sentences is None:
            return None
        before, start = sentences
        k = bisect.bisect_left(at_.token_starts, before)
        if k + 1 >= len(tokens) or not tokens[k].initial \
                or self._quote_of_token[k] >= 0 or tokens[k].norm not in _language_words(self.language, "plural_sources"):
            return None
        last, m = k, k + 1
        while m + 1 < len(tokens) and tokens[m].norm in self.vocab.foreign_of and tokens[m].gap in _SPACE:
            m += 1 + (tokens[m + 1].norm in self.vocab.foreign_articles)  # "de la", "della", "do"
            if m >= len(tokens) or tokens[m].gap not in _SPACE or tokens[m].norm in self.vocab.foreign_verbs:
                return None
            last = m
            while last + 1 < len(tokens) and tokens[last].cap and tokens[last + 1].cap and tokens[last + 1].gap in _SPACE:
                last += 1  # ("de la Confederación Hidrográfica": a body's name of several words)
            m = last + 1
        if self._someone_named(last + 1, bisect.bisect_left(at_.token_starts, at)):
            return None
        words = self.text[tokens[k].start : tokens[last].end]
        return Speaker(words, "anonymous", words)

    def _subject_of_sentence_before(self, at: int) -> Speaker | None:
        """'Una delle vittime, Maria Colombo, 84 anni, ha raccontato in aula l'incontro. "…", ha detto.',
        'El consejero de Agricultura, Tomás Elorza, visitó la zona el martes. "…", anunció.': for a
        dropped subject at offset ``at`` after a quotation, the one person the sentence right before
        the quotation's (in its paragraph, outside quotations) names, in full and as its subject
        (opening it, after a role, or set off after a description): the person the verb takes up;
        None when that sentence names anyone else, no one, or a person in another place (an object:
        "O técnico elogiou o avançado Tiago Mendes")."""
        tokens, at_ = self.tokens, self.at
        if self.language in (None, "en"):
            return None
        start = self._sentence_start(at)
        opening = next((q for q in at_.quotes if q.open_at <= start < q.end and q.open_at < at), None)
        if opening is not None:  # (a sentence inside the quotation's words: the one its mark opens)
            start = self._sentence_start(opening.open_at)
        if start <= 0:
            return None
        before = self._sentence_start(start - 1)
        if at_.paragraph_at(before) != at_.paragraph_at(start):
            return None
        lo, hi = bisect.bisect_left(at_.token_starts, before), bisect.bisect_left(at_.token_starts, start)
        if any(self._quote_of_token[m] >= 0 for m in range(lo, hi)):
            return None
        people = {id(r): r for m in range(lo, hi) if (r := self._runs.get(m)) is not None and r.kind == "person"}
        if len(people) != 1:
            return None
        run = next(iter(people.values()))
        if run.last == run.first or not self._named_opening_subject(run, lo) \
                or any(self._first_name_of_someone(tokens[m].text) for m in range(run.last + 1, hi) if tokens[m].cap):
            return None
        i = bisect.bisect_left(self._mention_starts, tokens[run.first].start)
        if i >= len(self._mentions) or self._mentions[i].start >= tokens[run.last].end:
            return None
        person = self._mentions[i]
        return Speaker(person.canonical, "person", person.key)

    def _role_subject_before(self, at: int, pronoun: str) -> Speaker | None:
        """'Глава района с этим не согласился. «…», — заявил он журналистам.': a pronoun right after a
        quotation whose sentence follows, in its paragraph, a sentence of narration that opens with a
        noun of a role (bare in a language without articles, after its definite article in one with
        them: "Le maire n'était pas de cet avis") and names no one: the one person of the pronoun's
        gender the article set by that noun before ("глава района Андрей Лукин"), not the person named
        last (a namesake); None when it set it by no one or by two."""
        tokens, at_, vocab = self.tokens, self.at, self.vocab
        if self.language in (None, "en"):
            return None
        v = bisect.bisect_left(at_.token_starts, at)
        sentences = self._sentence_before_quoted(at)
        if sentences is None:
            return None
        before, start = sentences
        k, hi = bisect.bisect_left(at_.token_starts, before), bisect.bisect_left(at_.token_starts, start)
        if hi >= v or self._quote_of_token[hi] < 0 or sum(self._quote_of_token[m] < 0 for m in range(hi, v)) > 3:
            return None  # (narration of its own before the pronoun, past its verb and auxiliary)
        if any(self._quote_of_token[m] >= 0 for m in range(k, hi)) or any(
                (r := self._runs.get(m)) is not None and r.kind == "person" for m in range(k, hi)):
            return None  # (a quotation or a name in it: read by the other rules)
        if self.language in _NO_ARTICLES:
            head = k
        elif tokens[k].norm in vocab.foreign_articles and tokens[k].initial:
            head = k + 1
        else:
            return None
        if head + 1 >= hi or not tokens[head].norm.isalpha() or len(tokens[head].norm) < 4 or tokens[head + 1].gap not in _SPACE \
                or tokens[head].norm in vocab.verbs or tokens[head].norm in vocab.foreign_verbs or tokens[head].norm in vocab.openers \
                or tokens[head].norm in vocab.foreign_pronouns or tokens[head].norm in vocab.foreign_prepositions \
                or tokens[head].norm in vocab.foreign_sentence_prepositions or tokens[head + 1].cap:
            return None
        people = self._people_described_before(tokens[head].norm, before, pronoun)
        if len(people) > 1:  # ("Інженер Богдан Мельник, однофамілець голови": the noun in another case, of someone else)
            people = [p for p in people if self._role_form_by(p.key, tokens[head].norm, before)]
        return people[0] if len(people) == 1 else None

    def _role_form_by(self, key: str, noun: str, at: int) -> bool:
        """Whether the narration before offset ``at`` writes ``noun`` in that very form beside a
        mention of the person ``key`` ("Голова громади Степан Мельник" for "Голова")."""
        starts = self.at.token_starts
        for m in self._mentions[: bisect.bisect_left(self._mention_starts, at)]:
            t = bisect.bisect_left(starts, m.start)
            if m.key == key and not self._in_quote(t):
                lo, hi = self._words_around(t)
                if any(self.tokens[x].norm == noun for x in range(lo, hi + 1)):
                    return True
        return False

    def _foreign_subject_after_verb(self, v: int, k: int) -> tuple[int, int] | None:
        """The subject after a speech verb v of another language, from token k, that the English
        reading misses: a body in the locative (_locative_body_after) or a full name set off after a
        long description of a role (_apposed_name_after_role); None else."""
        return self._locative_body_after(v, k) or self._apposed_name_after_role(v, k)

    def _apposed_name_after_role(self, v: int, k: int) -> tuple[int, int] | None:
        """'"…", declaró el portavoz económico del principal partido de la oposición, Andrés Molina.',
        '«…», sier daglig leder i Fjordlaks AS, Kari Brekke, til NRK.': after a speech verb v of a
        language that marks whom the words were told by a preposition (not by case), a lower-case
        description of a role from token k (its complement's words, names of bodies and places
        among them) and a full personal name set off by the description's one comma, closing the
        phrase (a comma or the sentence's end after it): the name speaks. None when the phrase opens
        with a preposition, or one of whom the words were told stands in it ("dijo el alcalde a la
        consejera, María López": `addressee_prepositions`), or a verb, a quotation, a stop or a name
        comes first."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        if self.language in (None, "en") or _language_flag(self.language, "case_marked") or k + 2 >= n \
                or tokens[k].cap or tokens[v].norm not in vocab.foreign_verbs or not tokens[k].norm.isalpha():
            return None
        addressee = _language_words(self.language, "addressee_prepositions")
        if tokens[k].norm in vocab.foreign_prepositions or tokens[k].norm in addressee or tokens[k].norm in vocab.foreign_pronouns \
                or tokens[k].norm in _language_words(self.language, "sentence_prepositions") \
                or tokens[k].norm in _portuguese_words(self.language)[0] and not self._portuguese_article(k):
            return None
        for m in range(k + 1, min(n, k + self.settings.long_description_tokens)):
            tok = tokens[m]
            stripped = tok.gap.strip()
            if self._in_quote(m) or stripped not in ("", ",", "-", "'", "’") or tok.norm in addressee \
                    or not tok.cap and (tok.norm in vocab.verbs or tok.norm in vocab.foreign_verbs):
                return None
            run = self._run_starting(m) if tok.cap else None
            if stripped == ",":
                if run is None or run.first != m or run.kind != "person" or run.last == run.first:
                    return None
                after = tokens[run.last + 1].gap.strip()[:1] if run.last + 1 < n else "."
                if after not in (",", ".", ";"):
                    return None
                self._named_past_words.add(run.first)  # (a name read past the verb's phrase)
                return run.first, run.last
            if run is not None and run.first == m and run.kind == "person" \
                    and not (run.last + 1 < n and tokens[run.last + 1].gap.strip() == ","):
                return None  # (a name inside the description: read by the rules before; not "el abogado
                # de Pedro Ruiz, Juan López," nor "daglig leder i Fjordlaks AS, Kari Brekke,")
        return None

    def _locative_body_after(self, v: int, k: int) -> tuple[int, int] | None:
        """'«…», — сообщили в пресс-службе суда.': after a plural speech verb v, a place preposition at
        token k and a body's noun in the locative (as _locative_body_opening reads them), with the words
        after it up to the sentence's punctuation: the body's people, as written; None elsewhere."""
        tokens, n = self.tokens, len(self.tokens)
        if self.language not in _NO_ARTICLES or k + 1 >= n or tokens[k].cap:
            return None
        verb = tokens[v].norm
        if verb not in self.vocab.foreign_verbs or not verb.endswith(self.vocab.foreign_plural_endings):
            return None
        last = k + 1
        while last + 1 < n and last - k < self.settings.description_tokens and tokens[last + 1].gap in _SPACE_OR_HYPHEN \
                and not self._in_quote(last + 1) and tokens[last + 1].norm not in self.vocab.foreign_verbs:
            last += 1
        return (k, last) if self._locative_body_opening(k, last, verb_at=v) else None

    def _locative_body_opening(self, a: int, e: int, verb_at: int | None = None) -> bool:
        """'В пресс-службе губернатора сообщили, что «…»', 'У міністерстві повідомили': a place
        preposition opening the sentence at token a, a body's noun in the locative right after it
        (one noun in two cases, same_word) and a plural speech verb right after token e, which has
        no subject of its own: the body's people speak (Russian and Ukrainian news' impersonal
        plural)."""
        tokens, n = self.tokens, len(self.tokens)
        v = e + 1 if verb_at is None else verb_at
        if a >= e or v >= n or tokens[a].norm not in _language_words(self.language, "place_prepositions") \
                or tokens[a + 1].cap or verb_at is None and tokens[v].gap not in _SPACE:
            return False
        verb = tokens[v].norm
        if verb not in self.vocab.foreign_verbs or not verb.endswith(self.vocab.foreign_plural_endings):
            return False
        return self._locative_body(a, e) is not None

    def _locative_body(self, a: int, e: int) -> tuple[str, int] | None:
        """The body's noun (its nominative, as `source_bodies` lists it) that the locative after the
        preposition at token a names, within token e, and the noun's last token; or None."""
        tokens = self.tokens
        for start in range(a + 1, min(e, a + 3) + 1):
            # (one or two adjectives before the noun: "В областном департаменте информационной политики")
            if start > a + 1 and (tokens[start - 1].cap or not tokens[start - 1].norm.isalpha()
                                  or tokens[start - 1].norm in self.vocab.foreign_verbs or tokens[start].gap not in _SPACE):
                return None
            h = start
            while h + 1 <= e and tokens[h + 1].gap == "-":
                h += 1  # "пресс-службе": one noun of two tokens
            noun = "-".join(tokens[m].norm for m in range(start, h + 1))
            body = next((b for b in sorted(self.vocab.foreign_source_bodies) if same_word(noun, b, least_stem=4)), None)
            if body is not None:
                return body, h
        return None

    def _locative_body_speaker(self, clause: Clause) -> Speaker | None:
        """'В пресс-службе суда сообщили', '— сообщили в пресс-службе суда': the body a locative
        subject (_locative_body_opening, _locative_body_after) names, in the nominative with the words
        after its noun as written ("пресс-служба суда"), as the other rules name a body; None for
        any other subject."""
        tokens = self.tokens
        first, last = clause.first, clause.last
        if self.language not in _NO_ARTICLES or first >= last \
                or tokens[first].norm not in _language_words(self.language, "place_prepositions"):
            return None
        found = self._locative_body(first, last)
        if found is None:
            return None
        body, h = found
        rest = self.text[tokens[h].end : tokens[last].end]
        words = body + rest
        return Speaker(words, "anonymous", name_key(words))

    def _indefinite_source_ending_at(self, e: int) -> tuple[int, int] | None:
        """The indefinite article and the noun of a person opening a phrase that ends at token e, its
        complement between ("Un commerciante di Castagnola", "Un ouvrier de 52 ans", "Uno de ellos"
        not: "de" is no noun): the article's and the noun's tokens, or None."""
        tokens, vocab = self.tokens, self.vocab
        for a in range(e - 1, max(-1, e - self.settings.description_tokens - 1), -1):
            if tokens[a + 1].gap.strip() or self._quote_of_token[a] >= 0:
                return None
            if tokens[a].norm in vocab.foreign_indefinite and self._indefinite_person_noun(a + 1, opening=tokens[a].initial):
                return a, a + 1
        return None

    def _indefinite_person_noun(self, m: int, opening: bool = False) -> bool:
        """'», a glissé un enseignant, qui ...', '", dice un pescatore di Ginostra', '“, sagte eine
        Hebamme, die ...': in a text of another language, a noun right after that language's
        indefinite article (capitalised in German, lower-case elsewhere), no time or quantity of its
        "not_people_after_indefinite" ("a dit un jour", "dijo una vez", "un autre"): an unnamed
        source as its own words describe it, as a listed source noun is (asked only for the words
        right after the verb: not "ha detto a margine di un convegno"). opening: the article opens
        its sentence, with a capital ("Un bénévole de la Croix-Rouge, qui ..., se montrait inquiet")."""
        tokens, vocab = self.tokens, self.vocab
        if self.language in (None, "en") or m < 1 or m + 1 > len(tokens):
            return False
        tok, article = tokens[m], tokens[m - 1]
        if article.norm not in vocab.foreign_indefinite or article.cap != opening or opening and not article.initial \
                or tok.gap not in _SPACE \
                or tok.cap != (self.language in _NOUN_CAPITALS) or len(tok.norm) < 4 or not tok.norm.isalpha() \
                or tok.norm in vocab.verbs or tok.norm in vocab.foreign_verbs or tok.norm in vocab.foreign_prepositions \
                or tok.norm in vocab.foreign_of or tok.norm in vocab.foreign_articles or self._quote_of_token[m] >= 0:
            # (not "Una delle vittime": "one of the", a part of a group the words after name)
            return False
        return tok.norm not in _language_words(self.language, "not_people_after_indefinite")

    def _bare_noun_of_someone_named(self, first: int, last: int, at: int, clause: Clause,
                                    definite: bool = False) -> tuple[Speaker | None] | None:
        """'„…,“ vysvetlila hovorkyňa', '«…», — отмечает эксперт', '„…“, објаснила је стручњакиња': in a
        text of a language that writes no article, a source noun alone after the verb (no "one", no
        complement) is a definite description, as "the expert" is: the person the text set that noun
        by before (_described_in_article), else the person the passage is about when its gender
        agrees (_passage_person_by_noun: its subject, nobody named since), else no one when the
        quotation's paragraph names someone before it in its narration (the noun may be theirs or
        another's); None (the noun stands as an unnamed source, as before) when the paragraph names no one.
        definite: a noun that writes "the" as its ending ("eksperti", "dommeren"), whose own reading
        (_definite_described) found no one the text set it by. A one-tuple: the speaker or None."""
        tokens = self.tokens
        if self.language in (None, "en") or first != last or tokens[first].cap or clause.inside is not None \
                or not definite and _language_words(self.language, "articles") or tokens[first].norm in self.vocab.foreign_indefinite:
            return None
        noun = tokens[first].norm
        named = None if definite else self._described_in_article(noun, at, clause)
        if named is not None:
            return (named,)
        gender = self.vocab.verb_gender(tokens[clause.verb].norm) if clause.verb >= 0 else None
        p = self.at.paragraph_at(at)
        lo = self.at.paragraphs[p][0] if p >= 0 else 0
        named_here = [m for m in self._mentions
                      if lo <= m.start < at and self._quote_of_token[bisect.bisect_left(self.at.token_starts, m.start)] < 0]
        if not named_here:
            return None
        person = self._passage_person_by_noun(noun, at, clause, gender or _sex_nouns(self.language).get(noun))
        if person is not None and (gender is None or self._gender.get(person.key) in (None, gender)) \
                and any(m.key == person.key for m in named_here):
            return (person,)  # (named in the quotation's own paragraph: the noun's one referent there)
        return (None,)

    def _unnamed_source_by_noun(self, noun: str, at: int, gender: str | None) -> Speaker | None:
        """'Een medewerker van een fietsenwinkel, die ..., verwacht omzetverlies. ‘…’, aldus de
        medewerker', 'Eine Mitarbeiterin der Stadtverwaltung, die ..., bestätigte ... „…“, sagte die
        Frau': a definite noun after a verb of another language stands for the unnamed source that an
        indefinite article and a noun of a person opened a sentence of its paragraph with, before it:
        the same noun, or the language's noun of a man or a woman ("sex_nouns") when that article
        agrees. The latest such source, when no person is named between; else None."""
        tokens, vocab, at_ = self.tokens, self.vocab, self.at
        if self.language in (None, "en") or len(noun) < 3:
            return None
        sex = _sex_nouns(self.language).get(noun)
        para = at_.paragraph_at(at)
        lo = at_.paragraphs[para][0] if para >= 0 else 0
        end = bisect.bisect_left(at_.token_starts, at)
        first = bisect.bisect_left(at_.token_starts, lo)
        if para > 0 and first < end and self._quote_of_token[first] >= 0:
            lo = at_.paragraphs[para - 1][0]  # the paragraph a quotation opens: the source the one before brought in
        for k in range(end - 2, bisect.bisect_left(at_.token_starts, lo) - 1, -1):
            tok = tokens[k]
            if not tok.initial or tok.norm not in vocab.foreign_indefinite or self._quote_of_token[k] >= 0:
                continue
            head = tokens[k + 1]
            if head.norm not in vocab.foreign_source_nouns and not self._indefinite_person_noun(k + 1, opening=True):
                continue
            article_gender = _indefinite_genders().get(tok.norm)
            if sex is not None:
                if article_gender not in (sex, "person") or gender not in (None, sex):
                    return None  # ("sagte die Frau" after "Ein Mitarbeiter": someone else)
            elif head.norm != noun:
                return None  # the latest source opening a sentence is described otherwise: not it
            m = k + 2  # its complement: "der Stadtverwaltung", "van de netbeheerder", "de la Croix-Rouge"
            while m < end and not tokens[m].gap.strip() and self._quote_of_token[m] < 0 and (
                    tokens[m].cap or tokens[m].norm in vocab.foreign_of or tokens[m].norm in vocab.foreign_articles):
                m += 1
            while m > k + 2 and not tokens[m - 1].cap:
                m -= 1  # (no "of" or article left dangling at its end)
            if self._someone_named(m, end):
                return None  # a person named since: maybe theirs
            words = self.text[tok.start : tokens[m - 1].end]
            return Speaker(words, "anonymous", words)
        return None

    def _people_described_before(self, noun: str, at: int, gender: str | None = None) -> list[Speaker]:
        """The people of the narration before offset ``at``, as far back as a description looks
        (settings.resolve_chars), beside whom the text writes ``noun`` or a compound of it
        ("Klinikgeschäftsführer Matthias Oberender" for "der Geschäftsführer"), of the gender given
        if any; the latest first, each once."""
        if len(noun) < 4:
            return []
        starts, limit = self.at.token_starts, at - self.settings.resolve_chars
        # (or a noun of the same office: "dijo el regidor" after "El alcalde de la localidad, Luis Pedrosa")
        nouns = (noun, *_role_synonyms(self.language).get(noun, ())) if self.language else (noun,)
        out: dict[str, Speaker] = {}
        for m in reversed(self._mentions[: bisect.bisect_left(self._mention_starts, at)]):
            if m.start < limit:
                break
            t = bisect.bisect_left(starts, m.start)
            if m.key not in out and not self._in_quote(t) and any(self._role_near(t, n) for n in nouns) \
                    and not self._other_gender(m.canonical, gender):
                out[m.key] = Speaker(m.canonical, "person", m.key)
        return list(out.values())

    def _role_near(self, t: int, noun: str) -> bool:
        """_noun_near for a noun of one office that takes several words ("presidente da câmara" for
        "disse o autarca"): those words in a row within ten words before token t, in its sentence
        (not the name of the body they end in: "Câmara de Peniche")."""
        words = noun.split()
        if len(words) == 1:
            return self._noun_near(t, noun)
        tokens = self.tokens
        for k in range(max(0, t - 10), t - len(words) + 1):
            if all(tokens[k + j].norm == w for j, w in enumerate(words)) \
                    and not any(c in tokens[x].gap for x in range(min(k, t) + 1, max(k, t) + 1) for c in _SENTENCE_BREAK):
                return True
        return False

    def _complement_in_opening_description(self, head: tuple[int, ...]) -> bool:
        """'El presidente de la cooperativa olivarera San Isidro, Manuel Jurado, lo resumía', 'El
        consejero de Agricultura de la Junta, Tomás Cabrera, aseguró': in a text of another language,
        a capitalised run that names no person (a body, a place, a firm named after a saint) ending a description that opens
        its sentence with an article and a lower-case noun, with no comma inside: the description's
        complement; the name in the aside after it is the person described."""
        tokens, vocab = self.tokens, self.vocab
        run = self._runs.get(head[1])
        if self.language in (None, "en") or run is None or run.first < 1:
            return False
        before = tokens[run.first - 1]
        if run.kind == "person" and (before.cap or before.norm in vocab.title_words or before.norm in vocab.foreign_source_nouns):
            return False  # (a title's person, "El presidente Juan Pérez"; only a thing's name, "la cooperativa San Isidro")
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(tokens[head[0]].start))
        if k + 2 > head[0] or not tokens[k].initial or tokens[k + 1].cap or not tokens[k + 1].norm.isalpha() \
                or not (tokens[k].norm in vocab.foreign_articles or self._portuguese_article(k, opening=True)) \
                or tokens[k + 1].norm in vocab.foreign_verbs or tokens[k + 1].norm in vocab.verbs:
            return False
        return not any(tokens[m].gap.strip() or self._quote_of_token[m] >= 0 for m in range(k + 1, head[1] + 1))

    def _complement_after_of(self, k: int) -> bool:
        """Whether token k follows the "of" of another language ("de", "do", "della") that follows a
        lower-case word, an article between or not ("presidente do Sindicato", "consejera de la
        Junta"): the complement of that word."""
        tokens, vocab = self.tokens, self.vocab
        j = k - 1
        if j >= 1 and tokens[j].norm not in vocab.foreign_of and tokens[j].norm in vocab.foreign_articles and not tokens[j].cap:
            j -= 1  # ("de" is an article too, in Dutch)
        return j >= 1 and tokens[j].norm in vocab.foreign_of and not tokens[j].cap \
            and not tokens[j - 1].cap and tokens[j - 1].norm.isalpha()

    def _according_article_clause(self, v: int) -> bool:
        """A one-word "according to" of another language (token v), an article, then a body's
        capitalised name ("Volgens de Fietsersbond", "Selon la CGT") or the noun of an unnamed source
        ("Secondo una fonte della prefettura", "Según un portavoz"): a clause for the name or the
        article and noun, as "according to X" is read. False elsewhere (a lower-case noun of no
        source list, "Según la patronal del sector", names no one here; one alone before a comma,
        "Secondo la ricercatrice,", is resolved as a description)."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        a, h = v + 1, v + 2
        if self.language in _S_GENITIVE and h < n and self._quote_of_token[v] < 0 and not tokens[a].cap \
                and tokens[a].gap in _SPACE and tokens[a].norm.isalpha() and tokens[a].norm not in vocab.foreign_prepositions:
            # "Enligt föreningens ordförande i länet, Mats Olofsson, är det ”…”": these languages set
            # no article before the noun; the full name its description's comma sets off is the source
            named = self._name_apposed_from(a)
            if named is not None:
                self.clauses.append(Clause(v, named.first, named.last, "according"))
                return True
        if a < n and self.language and not tokens[a].cap and tokens[a].gap in _SPACE and self._quote_of_token[v] < 0 \
                and self._quote_of_token[a] < 0 and tokens[a].norm in _language_words(self.language, "plural_sources"):
            # "Según fuentes del Ayuntamiento, «…»": a bare plural of sources (no article), unnamed, as written
            self.clauses.append(Clause(v, a, self._complement_end(a), "according", how="according-body"))
            return True
        if h >= n or self._quote_of_token[v] >= 0 or tokens[a].cap and not tokens[a].initial \
                or tokens[a].norm not in vocab.foreign_articles and tokens[a].norm not in vocab.foreign_indefinite \
                and not self._portuguese_article(a) \
                or tokens[a].gap not in _SPACE or tokens[h].gap not in _SPACE or self._quote_of_token[h] >= 0:
            return False
        if tokens[h].cap:
            run = next((r for m in range(h, min(n, h + self.settings.name_tokens + 1)) if (r := self._runs.get(m)) is not None), None)
            # (the article may be read into the run as a name's particle, "de Fietsersbond", "la CGT":
            # one capitalised word after it is then a body's name, not a person's)
            glued = run is not None and run.first == a and run.last == h
            if run is None or not (run.first == h and run.kind in ("institution", "single", "media") or glued):
                return False  # (a person after an article is a role's name: read as before)
            self.clauses.append(Clause(v, run.first, run.last, "according"))
            return True
        compound = h + 1 < n and tokens[h + 1].gap == "-" and not tokens[h + 1].cap \
            and f"{tokens[h].norm}-{tokens[h + 1].norm}" in vocab.foreign_source_nouns
        if compound:
            h += 1  # "Selon le porte-parole de la préfecture": one noun written in two words
        if compound or tokens[h].norm in vocab.foreign_source_nouns:
            # "Según el portavoz del PSOE en el consistorio, Andrés Moyano, el equipo ...": the name
            # set off by commas after the description is the source, as after a verb
            named = self._name_apposed_from(h + 1) if tokens[a].norm not in vocab.foreign_indefinite else None
            self.clauses.append(Clause(v, named.first, named.last, "according") if named is not None else Clause(v, a, h, "according"))
            return True
        if tokens[h].norm in _according_bodies():
            # "Según la patronal, «…»", "Selon le syndicat": a body by its common noun, the source as
            # written (never a person of the sentences before: the sentence names its source), with
            # its name when one follows ("Según el sindicato CCOO"; not a person's, read as before)
            last = h
            if h + 1 < n and tokens[h + 1].cap and tokens[h + 1].gap in _SPACE:
                run = next((r for m in range(h + 1, min(n, h + self.settings.name_tokens + 2)) if (r := self._runs.get(m)) is not None), None)
                if run is None or run.first != h + 1 or run.kind == "person":
                    return False
                last = run.last
            self.clauses.append(Clause(v, a, last, "according", how="according-body"))
            return True
        if tokens[h].norm.isalpha() and len(tokens[h].norm) >= 4 and tokens[h].norm not in vocab.foreign_verbs \
                and h + 1 < len(tokens) and "," in tokens[h + 1].gap:
            # "Secondo la ricercatrice, ...": a noun alone, the person the article writes it beside
            # (never the person the passage is about: "Según la policía," names no one)
            self.clauses.append(Clause(v, a, h, "according", how="according-description"))
            return True
        named = self._name_after_role_words(h)
        if named is not None:
            # "Segundo o dirigente sindical Carlos Bexiga, do Sindicato ...,": the name the role's words lead to
            self.clauses.append(Clause(v, named.first, named.last, "according"))
            return True
        return False

    def _complement_end(self, h: int) -> int:
        """The last token of the complement after a noun at token h ("fuentes del Ayuntamiento",
        "fonti della prefettura", "fuentes municipales"): an "of", an article and the words up to a
        comma, or one lower-case word right before it, four words at most, no quotation, no verb; h
        itself when none follows so."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        for last in range(h + 1, min(n, h + 5)):
            tok = tokens[last]
            if tok.gap not in _SPACE or self._quote_of_token[last] >= 0 or tok.norm in vocab.foreign_verbs or tok.norm in vocab.verbs:
                return h
            if last + 1 >= n or "," in tokens[last + 1].gap:
                return last if last == h + 1 and not tok.cap or tokens[h + 1].norm in vocab.foreign_of else h
        return h

    def _name_after_role_words(self, h: int) -> _NameRun | None:
        """A full personal name right after the lower-case words of a role from token h on ("o
        dirigente sindical Carlos Bexiga", "la portavoce regionale Anna Bruni"): words with no
        punctuation, quotation, verb, preposition or "of" between; None elsewhere (not "el
        presidente de la Junta Pedro Ruiz": a body's complement between)."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        for m in range(h, min(n, h + 4)):
            tok = tokens[m]
            if tok.gap not in _SPACE or self._quote_of_token[m] >= 0:
                return None
            if tok.cap:
                run = self._run_starting(m)
                return run if run is not None and run.first == m and run.kind == "person" and run.last > run.first else None
            if not tok.norm.isalpha() or tok.norm in vocab.verbs or tok.norm in vocab.foreign_verbs \
                    or tok.norm in vocab.foreign_prepositions or tok.norm in vocab.foreign_of or tok.norm in vocab.foreign_articles:
                return None
        return None

    def _apposed_to_description(self, end: int) -> Speaker | None:
        """'Il presidente dell'associazione dei consumatori, Sergio Pellegrini, ha parlato di «…».
        «…», ha aggiunto.': the full personal name set off by commas at the first comma after the
        description that opens the sentence before (its words ending at offset ``end``), which a
        dropped subject stands for, as the description itself does; None when the first comma
        opens no such name."""
        run = self._name_apposed_from(bisect.bisect_left(self.at.token_starts, end))
        if run is None:
            return self._indefinite_opening_source(end)
        i = bisect.bisect_left(self._mention_starts, self.tokens[run.first].start)
        if i < len(self._mentions) and self._mentions[i].start == self.tokens[run.first].start:
            person = self._mentions[i]
            return Speaker(person.canonical, "person", person.key)
        return None

    def _indefinite_opening_source(self, end: int) -> Speaker | None:
        """'Uma nadadora-salvadora da piscina, que pediu para não ser identificada, contou que … /
        "…" / "…", afirmou.': when the description a dropped subject stands for is an indefinite
        article and a noun of a person opening its sentence (its noun ending at offset ``end``,
        _indefinite_opening_before_quotation), that unnamed source, with the "of" phrase of its
        complement; else None."""
        tokens, vocab = self.tokens, self.vocab
        h = bisect.bisect_left(self.at.token_starts, end) - 1
        if h < 1 or tokens[h].end != end or not tokens[h - 1].initial or tokens[h - 1].norm not in vocab.foreign_indefinite:
            return None
        a = h - 1
        m = h + 1  # its complement: "da piscina", "de la Croix-Rouge", up to the comma or the verb
        while m < len(tokens) and tokens[m].gap == "-":
            h = m  # (a compound noun: "nadadora-salvadora")
            m += 1
        while m < len(tokens) and tokens[m].gap in _SPACE and self._quote_of_token[m] < 0 and (
                tokens[m].norm in vocab.foreign_of or tokens[m].norm in vocab.foreign_articles
                or m > h + 1 and tokens[m - 1].norm in vocab.foreign_of | vocab.foreign_articles and not tokens[m].norm in vocab.foreign_verbs):
            m += 1
        while m > h + 1 and (tokens[m - 1].norm in vocab.foreign_of or tokens[m - 1].norm in vocab.foreign_articles):
            m -= 1  # (no "of" or article left dangling at its end)
        words = self.text[tokens[a].start : tokens[m - 1].end]
        return Speaker(words, "anonymous", words)

    def _name_apposed_from(self, k: int) -> _NameRun | None:
        """The full personal name set off by commas at the first comma from token k on, within a
        description's length ("el portavoz del PSOE en el consistorio, Andrés Moyano, ..."); None
        when that comma opens no such name, or a sentence or a quotation comes first."""
        tokens, n = self.tokens, len(self.tokens)
        for m in range(k, min(n, k + self.settings.description_tokens + 4)):
            if self._quote_of_token[m] >= 0 or any(c in tokens[m].gap for c in _SENTENCE_BREAK):
                return None
            if "," not in tokens[m].gap:
                continue
            run = next((r for x in range(m, min(n, m + self.settings.name_tokens + 1)) if (r := self._runs.get(x)) is not None), None)
            if run is None or run.first != m or run.kind != "person" or run.last <= run.first \
                    or run.last + 1 >= n or "," not in tokens[run.last + 1].gap:
                return None
            return run
        return None

    def _description_before_dropped_sentence(self, at: int) -> tuple[str, int] | None:
        """'O ministro da Agricultura, Rui Caldeira, esteve em Beja. Disse que o Governo vai
        antecipar os apoios. "…", garantiu.': when the sentence before opens with a speech verb
        whose subject is dropped ("Disse que", "Ha aggiunto che"), the description opening the
        sentence before that one (PronounResolution._description_opening_sentence_before); else
        a possessive's description opening the sentence before (_possessive_opening_sentence_before)."""
        tokens = self.tokens
        start = self._sentence_start(at)
        if start <= 0:
            return None
        owned = self._possessive_opening_sentence_before(start) or self._indefinite_opening_before_quotation(start)
        if owned is not None:
            return owned
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(start - 1))
        if k >= len(tokens) or tokens[k].start >= start or self._quote_of_token[k] >= 0 or not tokens[k].cap \
                or tokens[k].norm not in self.vocab.foreign_dropped and tokens[k].norm not in self.vocab.foreign_auxiliaries:
            return None
        if tokens[k].norm in self.vocab.foreign_auxiliaries and (k + 1 >= len(tokens) or tokens[k + 1].norm not in self.vocab.foreign_dropped):
            return None  # ("Ha aggiunto che": the auxiliary, then the dropped subject's verb)
        return self._description_opening_sentence_before(tokens[k].start)

    def _possessive_opening_sentence_before(self, start: int) -> tuple[str, int] | None:
        """'Su hermana, que lleva la taquilla desde hace tres décadas, recuerda las colas. «…»,
        lamenta.': the sentence before the one starting at offset ``start``, in its paragraph and
        outside quotations, opened by a possessive and a lower-case noun ("Su hermana", "Sa fille"):
        that noun and where it ends. The dropped subject is the person so described (the one the
        article names beside that noun, if any), never a person of the paragraphs before."""
        tokens = self.tokens
        k = self._narration_sentence_before(start)
        if k + 1 >= len(tokens) or tokens[k].start >= start or self._quote_of_token[k] >= 0 or not tokens[k].initial \
                or tokens[k].norm not in self._owner_determiners() \
                or self.at.paragraph_at(tokens[k].start) != self.at.paragraph_at(start):
            return None
        head = tokens[k + 1]
        if head.cap or not head.norm.isalpha() or head.gap not in _SPACE or head.norm in self.vocab.foreign_verbs:
            return None
        return head.norm, head.end

    def _narration_sentence_before(self, start: int) -> int:
        """The first token of the sentence of the narration before the one starting at offset
        ``start``, past the quotation's own sentences ("«Aquí venía todo el pueblo. Ahora …», lamenta"),
        over paragraphs a quotation runs on (len(tokens) when there is none)."""
        tokens = self.tokens
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(start - 1)) if start > 0 else len(tokens)
        for _ in range(6):
            s0 = self._sentence_start(tokens[k].start) if k < len(tokens) else 0
            if k >= len(tokens) or self._quote_of_token[k] < 0 or s0 <= 0:
                break
            k = bisect.bisect_left(self.at.token_starts, self._sentence_start(s0 - 1))
        return k

    def _indefinite_opening_before_quotation(self, start: int) -> tuple[str, int] | None:
        """'Uma nadadora-salvadora da piscina, que pediu para não ser identificada, contou que …
        / "…" / "…", afirmou.': the sentence of the narration right before a dropped subject's
        quotation (in its paragraph, or the paragraph before when the quotation opens its own and
        runs on), opened by an indefinite article and a noun of a person: someone the text brings
        in unnamed, whom the dropped subject stands for, never a person named before. That noun and
        where it ends (PronounResolution then finds no one set by it, or the one named beside it)."""
        tokens = self.tokens
        k = self._narration_sentence_before(start)
        if k + 1 >= len(tokens) or tokens[k].start >= start or self._quote_of_token[k] >= 0 or not tokens[k].initial \
                or tokens[k].norm not in self.vocab.foreign_indefinite:
            return None
        if any(self._quote_of_token[m] < 0 for m in range(bisect.bisect_left(self.at.token_starts, self._sentence_end(tokens[k].start)),
                                                          bisect.bisect_left(self.at.token_starts, start))):
            return None  # (narration between: the sentence before is not the quotation's introduction)
        head = tokens[k + 1]
        if head.norm not in self.vocab.foreign_source_nouns and not self._indefinite_person_noun(k + 1, opening=True):
            return None
        return head.norm, head.end

    def _points_back_to_quotation(self, v: int) -> bool:
        """'»Vinden drejer først i løbet af mandagen.« Det siger meteorolog Signe Kjær': a pronoun of
        the language's "quote_pointers" ("Det", "Dette") right before verb v, opening the sentence
        right after a quotation's close in the same paragraph, stands for the quotation: the subject
        follows the verb."""
        tokens = self.tokens
        first = v - 1
        if first < 1 or not self.language or not tokens[first].cap or tokens[v].gap not in _SPACE \
                or tokens[first].norm not in _language_words(self.language, "quote_pointers") \
                or tokens[v].norm not in self.vocab.foreign_verbs or self._quote_of_token[first] >= 0:
            return False
        return self._quote_of_token[first - 1] >= 0 and "\n" not in tokens[first].gap

    def _definite_noun_after_verb(self, v: int, k: int) -> bool:
        """'«…», sier rektoren.', '»…,« sagde dommeren, da dommen blev afsagt': in a text of a language
        that writes "the" as a noun's ending (its "definite_endings": Norwegian, Danish, Swedish), a
        lower-case noun so ending right after one of its speech verbs, then the clause's end (or a
        phrase of whom the words were told: "sier lederen til NTB"): a description of the speaker."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        endings = tuple(_language_words(self.language, "definite_endings")) if self.language else ()
        if not endings or v < 0 or k >= n or k != v + 1 or tokens[v].norm not in vocab.foreign_verbs \
                or tokens[k].cap or tokens[k].gap not in _SPACE or self._quote_of_token[k] >= 0:
            return False
        word = tokens[k].norm
        if len(word) < 5 or not word.isalpha() or not word.endswith(endings) or word in vocab.verbs \
                or word in vocab.foreign_pronouns or word in vocab.foreign_prepositions or word in vocab.openers:
            return False
        if k + 1 >= n or tokens[k + 1].gap.strip()[:1] in (".", ",", ";"):
            return True
        return tokens[k + 1].gap in _SPACE and not tokens[k + 1].cap and tokens[k + 1].norm in vocab.foreign_prepositions

    def _definite_described(self, k: int, at: int, clause: Clause | None = None) -> Speaker | None:
        """The speaker a definite noun after the verb describes ("sier rektoren"): the latest person
        of the narration before offset ``at`` the article writes that noun, or a noun of the same
        office ("a spus edilul" after "Primarul comunei, Gheorghe Stanciu"), beside ("rektor Kari
        Nordahl", "Formanden ..., Poul Vestergaard"), however far back; a noun of a man or a woman
        ("a povestit femeia") the person the passage is about, or no one; else the unnamed source
        the noun took up ("O asistentă din secția de chirurgie, care ..., susține"), else the
        description itself, as an unnamed source ("sagde dommeren": the judge, whom the article never names)."""
        head = self.tokens[k].norm
        nouns = (head, *_role_synonyms(self.language).get(head, ())) if self.language else (head,)
        i = bisect.bisect_left(self._mention_starts, at)
        for m in reversed(self._mentions[:i]):
            t = bisect.bisect_left(self.at.token_starts, m.start)
            if self._quote_of_token[t] < 0 and any(self._noun_near(t, noun) and not self._only_owner_near(t, noun) for noun in nouns):
                return Speaker(m.canonical, "person", m.key)
        sex = _sex_nouns(self.language).get(head) if self.language else None
        if sex is not None:
            # (one whose given name tells that sex: not "Consiliul Județean" for "a spus bărbatul")
            person = self._passage_person_by_noun(head, at, clause, sex) if clause is not None else None
            if person is not None and self._gender.get(person.key) == sex:
                return person
            # "Un șofer de camion, care ..., a declarat că … / „…”, a spus bărbatul": the unnamed
            # source of that sex the paragraph (or the one a quotation's paragraph follows) brought in
            return self._unnamed_source_by_noun(head, at, sex) if clause is None or clause.inside is None else None
        unnamed = self._unnamed_source_by_noun(head, at, None)
        if unnamed is not None:
            return unnamed
        if clause is not None:
            # '„…“, paralajmëroi eksperti' after 'Agronomi Besnik Dervishi shpjegon …': the one the
            # passage is about, or no one when the paragraph names someone (as a bare noun: _bare_noun_of_someone_named)
            bare = self._bare_noun_of_someone_named(k, k, at, clause, definite=True)
            if bare is not None:
                return bare[0]
        words = self.tokens[k].text
        return Speaker(words, "anonymous", name_key(words))

    def _only_owner_near(self, t: int, noun: str) -> bool:
        """In a language that glues the owner's "-s" to a noun ("Spillerens far, Lars Holm", "Elevens
        mor Kari Lie"), whether every form of ``noun`` (a definite noun: "spilleren") near the name at
        token t is that genitive before another noun: the name is of someone the noun's person owns
        (a father), not of that person."""
        if self.language not in _S_GENITIVE:
            return False
        tokens = self.tokens
        lo, hi = self._words_around(t)
        forms = [k for k in range(lo, hi + 1) if tokens[k].norm.startswith(noun[:-2]) and len(tokens[k].norm) <= len(noun) + 2]
        return bool(forms) and all(tokens[k].norm.endswith("s") and not noun.endswith("s") and k + 1 < len(tokens)
                                   and tokens[k + 1].gap in _SPACE and not tokens[k + 1].cap for k in forms)

    def _elided_before_capital(self, m: int) -> bool:
        """Whether token m is an elided "of" or article glued to a capitalised word ("d'ERC",
        "dell'Anas", "l'Ajuntament"): in a description's complement, a name's word as the capital is."""
        text = self.tokens[m].text
        cut = max(text.find("'"), text.find("’"))
        return 0 < cut <= 4 and cut + 1 < len(text) and text[cut + 1].isupper() and text[:cut].isalpha() and text[0].islower()

    def _one_asked(self, asking: Clause, gender: str | None) -> Speaker | None:
        """'El fiscal Javier Lanuza le preguntó por una transferencia. "No voy a contestar", dijo el
        acusado': a noun after an answer's verb, when the passage's person is the one who just asked
        (PronounResolution._passage_person_by_noun), stands for the one asked: the person the passage
        was about before the asking sentence, of the noun's gender when the text tells theirs, never
        the asker; None when there is no such person."""
        start = self._sentence_start(self.tokens[asking.verb].start)
        person = self._salient_person(start, gender) if start > 0 else None
        if person is None or asking.speaker is None or person.key == asking.speaker.key \
                or self._gender.get(person.key) not in (None, gender) or gender is None and self._gender.get(person.key) is None:
            return None
        return Speaker(person.canonical, "person", person.key)

    def _nominative_by_ending(self, run: _NameRun) -> Speaker | None:
        """'Kaupunginjohtaja Pekka Ahosen mukaan': in a language whose surnames take the genitive by
        a regular ending (its "nominative_from_genitive": Finnish "-sen" of "-nen"), the person a
        genitive name after an "according to" names, its last word in the nominative ("Pekka
        Ahonen"), when the article names no one so; None in any other language, for a name of one
        word, or with no ending that fits."""
        entry = resource_json("attribution/speech_languages.json").get(self.language or "", {})
        words = run.text.split()
        if run.kind != "person" or len(words) < 2:
            return None  # (a paper's or a body's name: "Helsingin Sanomien mukaan")
        named = self._nominative_of_genitive_name(words)
        if named is not None:
            return Speaker(named, "person", name_key(named))
        masculine = frozenset(fold_word(w) for w in entry.get("masculine_object_articles", ()))
        if masculine:
            # "σύμφωνα με τον οικονομολόγο Δημήτρη Καραγιάννη": after the masculine article of the
            # accusative, the nominative is each word with its "-ς" back (Δημήτρης Καραγιάννης); a
            # woman's name keeps its form ("σύμφωνα με την Μαρία Παπαδοπούλου")
            tokens = self.tokens
            k = run.first - 1
            while k >= 0 and run.first - k <= self.settings.genitive_role_words + 1 and not tokens[k].cap \
                    and tokens[k].norm not in masculine:
                k -= 1
            if k >= 0 and tokens[k].norm in masculine:
                endings = tuple(fold_word(e) for e in entry.get("masculine_object_endings", ()))
                words = [w + entry.get("masculine_subject_ending", "") if fold_word(w).endswith(endings) else w for w in words]
            name = " ".join(words)
            return Speaker(name, "person", name_key(name))
        for genitive, nominative in entry.get("nominative_from_genitive", ()):
            if words and words[-1].endswith(genitive) and len(words[-1]) - len(genitive) >= 3:
                name = " ".join([*words[:-1], words[-1][: len(words[-1]) - len(genitive)] + nominative])
                return Speaker(name, "person", name_key(name))
        return None

    def _nominative_of_genitive_name(self, words: list[str]) -> str | None:
        """'według Andrzeja Wojtasa', 'за словами Оксани Литвин': a given name and a surname in the
        genitive, in the nominative ("Andrzej Wojtas", "Оксана Литвин") by the language's
        "genitive_names" endings: the given name's nominative one of that sex the app knows, the
        surname's by the longest ending of that sex that fits (a woman's that fits none as it stands,
        undeclined). None when no sex's given name fits, for a man's surname no ending fits, or for
        any other length of name (no nominative guessed then)."""
        if len(words) != 2 or not self.language:
            return None
        given, surname = words
        for sex, (given_endings, surname_endings) in _genitive_name_endings(self.language).items():
            first = next((c for c in _strip_ending(given, given_endings) if self.vocab.first_names.get(fold(c)) == sex), None)
            if first is None:
                continue
            last = next(iter(_strip_ending(surname, surname_endings)), None)
            if last is None and sex == "she":
                last = surname
            return f"{first} {last}" if last is not None else None
        return None

    def _pronoun_between_quotation_and_verb(self, v: int) -> bool:
        """'”Kuulin vain yleisön huudon”, hän sanoo.': in a text of a language that sets its subject
        before the verb after a quotation (its "subject_before_verb_after_quote": Finnish), a pronoun
        of the language right after the quotation's close and right before its speech verb v."""
        tokens = self.tokens
        if v < 2 or not self.language or not _language_flag(self.language, "subject_before_verb_after_quote") \
                or tokens[v].norm not in self.vocab.foreign_verbs or tokens[v].gap not in _SPACE:
            return False
        pronoun = tokens[v - 1]
        return not pronoun.cap and pronoun.norm in self.vocab.foreign_pronouns and self._quote_of_token[v - 1] < 0 \
            and self._after_quote_close(v - 1)

    def _office_after_plural_verb(self, v: int) -> tuple[int, int] | None:
        """'«…», — повідомили в пресслужбі міськради': after a quotation's close, a speech verb in the
        plural with no subject, then "in" and an office's noun (the language's "office_prepositions"
        and "office_stems"): the office speaks; its words (and a lower-case complement after them,
        "of the city council") as written. None elsewhere."""
        tokens, n = self.tokens, len(self.tokens)
        stems = tuple(_language_words(self.language, "office_stems")) if self.language else ()
        if not stems or v + 2 >= n or tokens[v].norm not in self.vocab.foreign_verbs \
                or not tokens[v].norm.endswith(self.vocab.foreign_plural_endings) or not self._after_quote_close(v):
            return None
        prep, office = tokens[v + 1], tokens[v + 2]
        if prep.norm not in _language_words(self.language, "office_prepositions") or prep.gap not in _SPACE \
                or office.gap not in _SPACE or office.cap or not office.norm.startswith(stems):
            return None
        last = v + 2
        if last + 1 < n and tokens[last + 1].gap in _SPACE and not tokens[last + 1].cap and tokens[last + 1].norm.isalpha() \
                and tokens[last + 1].norm not in self.vocab.foreign_prepositions:
            last += 1
        return v + 2, last

    def _ungendered_pronoun_speaker(self, at: int) -> Speaker | None:
        """Finnish "hän" at offset ``at`` (she or he): the person the passage is about, as "he" or
        "she" is read with no gender to agree, when the text names that person in full (a given name
        and a surname); no one for a one-word name ("Kaupunki" opening a sentence may be no one's)."""
        person = self._salient_person(at, None)
        if person is None or len(person.canonical.split()) < 2:
            return None
        if self._other_speech_since_paragraph(person, at):
            return None
        return Speaker(person.canonical, "person", person.key)

    def _other_speech_abstains(self, person: _Person, at: int, verb: int | None = None) -> bool:
        """'Един жител на селото, …, твърди, че … „…“, каза той': in a text of a language whose entry
        asks it ("pronoun_other_speech_abstains"), whether a "he"/"she" standing for ``person`` credits
        no one, as Finnish "hän" does: the person was last named before the pronoun's paragraph and
        that paragraph's narration holds a speech verb of its own (someone else spoke there); verb: the
        token of the pronoun's own verb, none of someone else's ("Im Sitzungssaal sagte er: „…“")."""
        return bool(self.language) and _language_flag(self.language, "pronoun_other_speech_abstains") \
            and self._other_speech_since_paragraph(person, at, verb)

    def _name_in_marks_before(self, h: int) -> bool:
        """'Vežėjas „Šiaurės linijos“ pranešė, kad …': in a text of a language whose entry asks it
        ("name_in_marks_before_verb"), whether the verb (or its auxiliary) at token h follows a
        quotation's close with a space alone (no comma, no dash) and that quotation follows a word
        of its own sentence: the marks hold a name, the subject or its apposition, no words said,
        and the verb's dropped subject is no one the passage is about."""
        tokens = self.tokens
        if h < 2 or not self.language or not _language_flag(self.language, "name_in_marks_before_verb") \
                or self._quote_of_token[h - 1] < 0 or tokens[h].gap.strip(_MARKS_AND_SPACES) or "\n" in tokens[h].gap:
            return False
        q = h - 1
        while q > 0 and self._quote_of_token[q - 1] == self._quote_of_token[h - 1]:
            q -= 1
        return q > 0 and self._quote_of_token[q - 1] < 0 and "\n" not in tokens[q].gap \
            and not tokens[q].gap.strip(_MARKS_AND_SPACES) and tokens[q - 1].norm.isalpha() \
            and self._sentence_start(tokens[q].start) <= tokens[q - 1].start

    def _other_speech_since_paragraph(self, person: _Person, at: int, verb: int | None = None) -> bool:
        """'Anna Virtanen … ”…”, tutkija sanoo. / Päivystävä palomestari, joka …, kertoi, että … ”…”,
        hän sanoi.': whether the person the passage was about was last named before at's paragraph,
        and that paragraph's narration before at holds a speech verb of its own (someone else, named
        or not, told something there): a pronoun with no gender to agree then has no second cue
        for that person, and credits no one. The narration read ends at the quotation the pronoun
        follows: the pronoun's own verb after its close ('„…,“ sagði hún', '„…“, каза той') is none."""
        lo = self._paragraph_start(at)
        if person.start >= lo:
            return False
        tokens, span = self.tokens, self.at.token_range(lo, at)
        end = span.stop
        while end > span.start and self._quote_of_token[end - 1] < 0:
            end -= 1  # (back over the pronoun's own clause to the quotation it follows, if any)
        if end == span.start:
            end = span.stop  # (no quotation before the pronoun in its paragraph: "Hún sagði: …")
        own = (verb, span.stop - 1)  # (its verb, or the verb right before the pronoun: "sagte er", "sagði hún")
        return any(self._quote_of_token[k] < 0 and k not in own and tokens[k].norm in self.vocab.foreign_verbs
                   for k in range(span.start, end))

    def _role_of_genitive_owner(self, k: int) -> tuple[int, int] | tuple[()] | None:
        """'»…,« siger Lemvigs borgmester, Jens Hedegaard': in a Swedish, Norwegian or Danish text,
        one capitalised word ending in "s" right before a lower-case noun is the owner of a role (the
        town's mayor), never the speaker: the full personal name right after the noun or set off by
        its comma speaks; () when none does (no one rather than the town); None when token k opens
        no such phrase."""
        tokens, n = self.tokens, len(self.tokens)
        if self.language not in _S_GENITIVE or k + 1 >= n or not tokens[k].cap or tokens[k].initial \
                or not tokens[k].norm.endswith("s") or len(tokens[k].norm) < 4 or self._quote_of_token[k] >= 0:
            return None
        noun = tokens[k + 1]
        if noun.cap or noun.gap not in _SPACE or not noun.norm.isalpha() or noun.norm in self.vocab.verbs \
                or self._runs.get(k) is None or self._run_starting(k + 1) is not None:
            return None
        if k + 2 < n and (tokens[k + 2].gap in _SPACE or tokens[k + 2].gap.strip() == ","):
            run = self._run_starting(k + 2)
            if run is not None and run.first == k + 2 and run.kind == "person" and run.last > run.first:
                return run.first, run.last
        return ()

    def _bare_noun_after_cased_verb(self, v: int, k: int) -> bool:
        """'«…», — сказала министр.', '„…“, řekl ministr.': a lower-case noun alone right after a
        Russian or Czech speech verb (languages with no article to open a description), then the
        clause's end: a description, resolved as "dijo el ministro" is (the person the article
        writes that noun beside, or no one)."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        if v < 0 or k >= n or tokens[v].norm not in vocab.case_verbs or tokens[k].cap or self._quote_of_token[k] >= 0:
            return False
        word = tokens[k].norm
        if len(word) < 3 or not word.isalpha() or word in vocab.verbs or word in vocab.foreign_pronouns \
                or word in vocab.foreign_prepositions or tokens[k].gap not in _SPACE:
            return False
        if k + 3 <= n and tokens[k + 1].gap in _SPACE and not tokens[k + 1].cap and tokens[k + 1].norm in vocab.foreign_prepositions \
                and tokens[k + 2].gap in _SPACE and tokens[k + 2].text.isupper() and len(tokens[k + 2].text) >= 2:
            k += 2  # "uvedl ředitel pro ČTK": the medium he told it to, in capitals
        return k + 1 >= n or tokens[k + 1].gap.strip()[:1] in (".", ",", ";")

    def _former_description_after(self, v: int, k: int) -> tuple[int, int] | None:
        """'a déclaré l'ancien maire.', 'dijo el ex alcalde.', 'sagte der frühere Bürgermeister.',
        '— ответил бывший мэр.': right after a speech verb v, the word of the text's language for
        "former" (its "former_modifiers", glued to an elided article, after an article, or alone in
        a language without articles) and one noun, then the clause's end: a description of the
        speaker, its first and last token (the noun last); None for any other shape."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        former = _language_words(self.language, "former_modifiers") if self.language else frozenset()
        if not former or k >= n or k != v + 1 or self._quote_of_token[k] >= 0 or tokens[k].cap:
            return None
        m = k
        if tokens[k].norm in vocab.foreign_articles or self._portuguese_article(k):
            m = k + 1
        elif self.language not in _NO_ARTICLES and tokens[k].norm[1:2] not in ("'", "’"):
            return None  # (an article or an elided one opens the description)
        h = m + 1
        if h >= n or tokens[m].norm not in former or tokens[m].gap not in _SPACE or tokens[h].gap not in _SPACE \
                or self._quote_of_token[h] >= 0 or not tokens[h].norm.isalpha() or len(tokens[h].norm) < 3 \
                or self._runs.get(h) is not None and self._runs[h].kind == "person":
            return None
        if h + 1 < n and tokens[h + 1].gap.strip()[:1] not in (".", ",", ";", ":"):
            return None
        return k, h

    def _former_described(self, first: int, last: int, at: int, clause: Clause) -> Speaker | None:
        """The speaker a "former" description after the verb (_former_description_after) stands
        for: the one person of the narration before offset ``at`` the article set by that noun with
        that word right before it ("L'ancien maire de Vernoux, Gérard Lhomme,", "Renato Galli, 61
        anni, ex direttore"), however far back; no one when two people are, or when the noun stands
        by someone in another shape (the current holder, "Апелляционный суд смягчил приговор бывшему
        мэру Пскова Евгению Лаврову": a case's ending the name's canonical form keeps); the
        description itself, an unnamed source, when the article sets that noun by no one."""
        tokens = self.tokens
        noun = tokens[last].norm
        if clause.inside is not None:
            return None
        found, near = {}, False
        for m in reversed(self._mentions[: bisect.bisect_left(self._mention_starts, at)]):
            t = bisect.bisect_left(self.at.token_starts, m.start)
            if self._quote_of_token[t] >= 0:
                continue
            if self._former_noun_near(t, noun):
                found.setdefault(m.key, m)
            near = near or self._former_noun_near(t, noun, former_needed=False)
        clause.how = "description"
        if len(found) == 1:
            person = next(iter(found.values()))
            return Speaker(person.canonical, "person", person.key)
        if found or near:
            return None
        clause.how = "unnamed"
        name = self.text[tokens[first].start : tokens[last].end]
        return Speaker(name, "anonymous", name_key(name))

    def _former_word(self, word: str) -> bool:
        """Whether ``word`` is the text's language's "former" in any ending ("ancienne", "бывшему"):
        the noun after it names a former holder of the office, never the current one."""
        if not self.language or self.language == "en":
            return False
        return any(same_word(word, f) for f in _language_words(self.language, "former_modifiers"))

    def _former_noun_near(self, t: int, noun: str, former_needed: bool = True) -> bool:
        """Whether the noun, a "former" word right before it (or, ``former_needed`` False, any word),
        stands within a few words of token t in its sentence: before the name, or after it set off
        by a comma ("Renato Galli, 61 anni, ex direttore di una filiale"); in the very form written
        in a language with cases and no articles (the nominative: "бывший мэр Игорь Соколов"; not
        "бывшему мэру Евгению Лаврову", whose name keeps the dative), else with another ending
        ("ancienne", "früheren")."""
        tokens = self.tokens
        former = _language_words(self.language, "former_modifiers")
        cased = self.language in _NO_ARTICLES
        lo, hi = self._words_around(t)
        for j in range(max(lo, 1), hi + 1):
            word, before = tokens[j].norm, tokens[j - 1].norm
            if former_needed and cased and (word != noun or before not in former):
                continue
            if not same_word(word, noun) or former_needed and not any(same_word(before, f) for f in former):
                continue
            if j < t or any("," in tokens[m].gap for m in range(t + 1, j)):
                return True
        return False

    def _narrated_mentions_before(self, at: int):
        """The people named in the narration (not in a quotation) before offset ``at``, latest
        first, as far back as a pronoun looks: each mention with its first token's index."""
        i = bisect.bisect_left(self._mention_starts, at)
        limit = at - self.settings.pronoun_chars
        for m in reversed(self._mentions[max(0, i - 40) : i]):
            if m.start < limit:
                return
            t = bisect.bisect_left(self.at.token_starts, m.start)
            if self._quote_of_token[t] < 0:
                yield m, t

    def _titled_before_in_article(self, head: str, at: int) -> Speaker | None:
        """The latest person of the narration before offset ``at`` whose name follows the noun
        ``head`` in the very form written (the nominative of a title: "министр транспорта области
        Наталья Гусева", "Вратарь «Северстали» Алексей Жуков") within a few words of its
        sentence; None when none is. A case form ("хвалили вратаря") is another's object, not a
        title, so the form must match."""
        tokens = self.tokens
        for m, t in self._narrated_mentions_before(at):
            for k in range(t - 1, max(-1, t - 6), -1):
                if any(c in tokens[k + 1].gap for c in ".!?;:\n"):
                    break
                if tokens[k].norm == head:
                    return Speaker(m.canonical, "person", m.key)
        relative = self._relative_source_before(at, head)
        if relative is not None:
            return relative  # ("Сімейна лікарка ..., яка попросила ...": the unnamed one, whoever's object the noun was)
        if self._case_form_near_someone(head, at):
            return None  # ("хвалил вратаря": someone's object, maybe the passage's person's, never their title)
        return self._one_of_source_before(at, noun=head) or self._passage_person_by_gendered_verb(head, at)

    def _relative_source_before(self, at: int, head: str) -> Speaker | None:
        """'Сімейна лікарка з Нижньої Слободи, яка попросила не називати її прізвища, розповіла, що ….
        «…». «…», — додала лікарка.': a bare noun after the verb, in a language without articles, stands
        for the unnamed source a sentence of its paragraph (or of the one before, when a quotation
        opens its own) opens with: words that name no one, the noun among them in any case, up to a
        comma and the language's relative pronoun ("яка", "která"); the latest such, when no one is
        named since. None else."""
        tokens, at_ = self.tokens, self.at
        relatives = _language_words(self.language, "relative_pronouns") if self.language in _NO_ARTICLES else frozenset()
        if not relatives or len(head) < 3:
            return None
        para = at_.paragraph_at(at)
        lo = at_.paragraphs[para][0] if para >= 0 else 0
        end = bisect.bisect_left(at_.token_starts, at)
        back = para
        while back > 0 and para - back < 3 and self._quote_of_token[bisect.bisect_left(at_.token_starts, at_.paragraphs[back][0])] >= 0:
            back -= 1  # (paragraphs a quotation opens: the one before brought the source in; "«…\n«…», — додала")
        lo = at_.paragraphs[back][0] if back >= 0 else 0
        stem = head[: max(3, len(head) - 2)]
        for k in range(end - 2, bisect.bisect_left(at_.token_starts, lo) - 1, -1):
            if not tokens[k].initial or self._quote_of_token[k] >= 0:
                continue
            m = next((m for m in range(k, min(end - 1, k + self.settings.description_tokens))
                      if "," in tokens[m + 1].gap and tokens[m + 1].norm in relatives), None)
            if m is None or any("," in tokens[x].gap or self._quote_of_token[x] >= 0 for x in range(k + 1, m + 1)):
                continue
            if not any(tokens[x].norm.startswith(stem) for x in range(k, m + 1)) or any(
                    (r := self._runs.get(x)) is not None and r.kind == "person" for x in range(k, m + 1)):
                return None  # the latest such source is described otherwise, or named: not it
            if self._someone_named(m + 1, end):
                return None
            words = self.text[tokens[k].start : tokens[m].end]
            return Speaker(words, "anonymous", words)
        return None

    def _case_form_near_someone(self, head: str, at: int) -> bool:
        """Whether the narration before offset ``at`` (as far back as a pronoun looks) writes ``head``
        in another case ("вратаря" of "вратарь": its stem, another ending; not a compound of it,
        "Samosoudkyně" of "soudkyně") within a few words after a person it names, in their sentence (their
        object: "Капитан Дмитрий Осипов хвалил вратаря")."""
        tokens = self.tokens
        for m, t in self._narrated_mentions_before(at):
            for k in range(t + 1, min(len(tokens), t + 8)):
                if any(c in tokens[k].gap for c in _SENTENCE_BREAK):
                    break
                word = tokens[k].norm
                if word != head and not word.endswith(head) and case_form(word, head):
                    return True
        return False

    def _passage_person_by_gendered_verb(self, head: str, at: int) -> Speaker | None:
        """'Міська голова Ірина Савчук запевнила, що … «…», — наголосила посадовиця.': a bare noun
        after a verb whose form tells the speaker's sex (the past of Russian, Ukrainian, Czech, Polish)
        that the text never set by a name stands for the person the passage is about, when that
        person's given name tells the same sex (PronounResolution._passage_person_by_noun); else None."""
        tokens = self.tokens
        v = bisect.bisect_left(self.at.token_starts, at) - 1
        # (a noun of a woman or a man tells the sex a verb in the present does not: "— говорит женщина")
        gender = _sex_nouns(self.language).get(head) if self.language else None
        if gender is None:
            gender = self.vocab.verb_gender(tokens[v].norm) if v >= 0 else None
        if gender not in ("he", "she"):
            return None
        i = bisect.bisect_left(self._clause_verbs, v)
        clause = self.clauses[i] if i < len(self.clauses) and self.clauses[i].verb == v else None
        person = self._passage_person_by_noun(head, at, clause, gender) if clause is not None else None
        return person if person is not None and self._gender.get(person.key) == gender else None

    def _one_of_opening(self, k: int) -> tuple[str, int, int] | None:
        """'Один из диспетчеров, попросивший ...', 'Jeden z hasičů, kteří ...', 'Одна з водійок, яка
        ...': at token k, opening its sentence, the language's "one" (its "one_of" entry: a man's,
        a woman's) and "of" and a lower-case noun (with the words of its complement up to a comma:
        "jedna z mieszkanek osiedla Słoneczne"): an unnamed source, one of a group. Its gender and
        its noun's and last tokens, or None."""
        tokens = self.tokens
        entry = resource_json("attribution/speech_languages.json").get(self.language or "", {}).get("one_of")
        if not entry or k + 2 >= len(tokens) or not tokens[k].initial:
            return None
        gender = next((g for g in ("he", "she") if tokens[k].norm in {fold_word(w) for w in entry[g]}), None)
        noun = k + 2
        if gender is None or tokens[k + 1].norm not in {fold_word(w) for w in entry["of"]} or tokens[k + 1].gap not in _SPACE:
            return None
        if tokens[noun].gap not in _SPACE or tokens[noun].cap or not tokens[noun].norm.isalpha() or len(tokens[noun].norm) < 4 \
                or self._quote_of_token[noun] >= 0:
            return None
        last = noun
        while last + 1 < len(tokens) and tokens[last + 1].gap in _SPACE and self._quote_of_token[last + 1] < 0 \
                and last - k < self.settings.description_tokens and (tokens[last + 1].cap or tokens[last + 1].norm.isalpha()
                                                                     and tokens[last + 1].norm not in self.vocab.foreign_verbs
                                                                     and tokens[last + 1].norm not in self.vocab.verbs):
            last += 1
        if last + 1 < len(tokens) and "," not in tokens[last + 1].gap:
            return None  # (its verb right after: "Один из диспетчеров рассказал", a clause of its own)
        return gender, noun, last

    def _one_of_source_before(self, at: int, noun: str | None = None, gender: str | None = None) -> Speaker | None:
        """The unnamed "one of" source (_one_of_opening) that opens a sentence before offset ``at``,
        within a pronoun's reach and with no person named since, that a definite noun after a verb
        ("řekl hasič" after "Jeden z hasičů", "каже жінка" after "Одна з водійок": the same noun's
        stem, or the language's noun of a man or a woman agreeing) or a pronoun of agreeing gender
        ("сказал он") stands for; None when there is none, or the noun is another."""
        tokens, at_ = self.tokens, self.at
        if self.language in (None, "en"):
            return None
        lo = bisect.bisect_left(at_.token_starts, at - self.settings.pronoun_chars)
        end = bisect.bisect_left(at_.token_starts, at)
        for k in range(end - 1, lo - 1, -1):
            found = self._one_of_opening(k) if tokens[k].initial and self._quote_of_token[k] < 0 else None
            if found is None:
                continue
            one_gender, head, last = found
            if self._someone_named(last + 1, end):
                return None  # someone named since: maybe theirs
            if noun is not None:
                if _sex_nouns(self.language).get(noun) != one_gender and not any(
                        same_word(tokens[m].norm, noun, least_stem=4) for m in range(head, last + 1)):
                    return None
            elif gender not in (None, "person", one_gender):
                return None
            words = self.text[tokens[k].start : tokens[last].end]
            return Speaker(words, "anonymous", words)
        return None

    def _body_named_after_noun(self, first: int, last: int) -> Speaker | None:
        """'De gemeente Reimerswaal noemt ...': a name right after the article opening its sentence
        and a lower-case noun of a body (`source_bodies`: "gemeente", "politie") is that body's name
        ("the municipality of Reimerswaal"), not a person's: the body speaks, by the words as
        written. None elsewhere (not "De burgemeester Vries": a role, the person)."""
        tokens = self.tokens
        run = self._runs.get(last)
        if first < 2 or run is None or run.first != first or run.kind == "person" or tokens[first].gap not in _SPACE:
            return None  # (not "De burgemeester Jan de Vries": a person after the role noun)
        noun, article = tokens[first - 1], tokens[first - 2]
        if noun.cap or noun.norm not in self.vocab.foreign_source_bodies or noun.gap not in _SPACE \
                or not (article.cap and article.initial) or article.norm not in self.vocab.foreign_articles \
                or self._quote_of_token[first - 2] >= 0:
            return None
        words = self.text[article.start : tokens[last].end]
        words = words[:1].lower() + words[1:]
        return Speaker(words, "institution", name_key(words))

    # ---------------------------------------------------------------- one language's grammar

    def _portuguese_article(self, k: int, opening: bool = False) -> bool:
        """'«…», afirmou a ministra': in a Portuguese (or Galician) text, "a" (or "as") right after a verb and
        before a lower-case noun with no article of its own is the noun's article, not the
        preposition (which would contract with an article: "disse à ministra"; a bare plural after
        "a" is whom the words were told: "disse a jornalistas"). opening: "A" opening a sentence
        ("A mulher do pescador esteve no cais") is read the same way."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        articles, not_nouns = _portuguese_words(self.language)
        if not articles or k + 1 >= n or (tokens[k].cap and not (opening and tokens[k].initial)):
            return False
        if tokens[k].norm not in articles:
            return False
        noun = tokens[k + 1]
        if noun.cap or noun.gap not in _SPACE or not noun.norm.isalpha() or self._quote_of_token[k + 1] >= 0 \
                or noun.norm in vocab.foreign_articles or noun.norm in vocab.foreign_indefinite \
                or noun.norm in vocab.foreign_prepositions or noun.norm in vocab.foreign_of \
                or noun.norm in vocab.foreign_pronouns or noun.norm in vocab.verbs or noun.norm in not_nouns:
            return False
        return tokens[k].norm != "a" or not noun.norm.endswith("s")

    def _according_body_speaker(self, clause: Clause) -> Speaker:
        """The body an "according to" clause names by its article and common noun, as written (or
        the unnamed sources it names by a bare plural: "fuentes del Ayuntamiento")."""
        words = self.text[self.tokens[clause.first].start : self.tokens[clause.last].end]
        sources = bool(self.language) and self.tokens[clause.first].norm in _language_words(self.language, "plural_sources")
        return Speaker(words, "institution" if self.tokens[clause.last].cap and not sources else "anonymous", name_key(words))

    def _other_gender(self, name: str, gender: str | None) -> bool:
        """Whether the given name opening ``name`` is one of the other gender than the one an
        article told ("la consejera" is not "Pedro Ibáñez", whom "el consejero" describes)."""
        if gender not in ("he", "she") or self.language in (None, "en"):
            return False
        told = self.vocab.first_names.get(fold(name.split()[0])) if name else None
        return told is not None and told != gender

    def _unresolved_according_before(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] (a quotation's sentence before it) holds an "according to" of another
        language whose source no one resolves ("Según la consejera, «…»" with no consejera named):
        the sentence names its own source, so the quotation is no one else's."""
        tokens, starts = self.tokens, self.at.token_starts
        v_lo, v_hi = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        k = bisect.bisect_left(self._clause_verbs, v_lo)
        while k < len(self.clauses) and self.clauses[k].verb < v_hi:
            c = self.clauses[k]
            if c.base == "according" and c.speaker is None and c.inside is None \
                    and tokens[c.verb].norm in self.vocab.foreign_according:
                return True
            k += 1
        return False

    def _description_reach(self, k: int, near: int) -> int:
        """How far after a verb of another language its subject is looked for from token k: past
        the near reach ``near`` to ``long_description_tokens`` when a description opens there (an
        article and a lower-case noun: "a regretté le président de la Fédération départementale des
        syndicats d'exploitants agricoles de l'Isère, Julien Arnaud"), in a text of such a language."""
        tokens, n = self.tokens, len(self.tokens)
        if self.language in (None, "en") or k + 1 >= n or tokens[k].cap or tokens[k + 1].cap \
                or not (tokens[k].norm in self.vocab.foreign_articles or self._portuguese_article(k)):
            return near
        return max(near, k + self.settings.long_description_tokens)

    def _past_near_reach(self, m: int, comma: bool, pending: bool) -> str:
        """Token m past the near reach of a verb's subject: "stop" at a stop, a quotation, a verb
        or a second comma; "read" for the full personal name the description's first comma sets
        off (its first and last tokens); "comma" for that comma before anything else; "skip" else."""
        tokens, vocab = self.tokens, self.vocab
        tok = tokens[m]
        stripped = tok.gap.strip()
        if stripped not in ("", "'", "’", "-", ",") or self._in_quote(m) or tok.norm in vocab.verbs and not tok.cap:
            return "stop"
        if "," in stripped:
            if comma or pending:
                return "stop"
            run = self._run_starting(m)
            opens = run is not None and run.first == m and run.kind == "person" and run.last > run.first
            return "read" if opens else "comma"
        run = self._runs.get(m)
        if comma and run is not None and run.kind == "person" and "," in tokens[run.first].gap:
            return "read"
        return "skip"

    def _without_elided_article(self, word: str) -> str:
        """"assessore" of "l'assessore", "avocate" of "l'avocate": in a French or Italian text, the
        noun after an elided article glued to it (one token); the word itself elsewhere."""
        if self.language not in ("fr", "it") or len(word) < 4 or word[1] not in "'’":
            return word
        return word[2:]

    def _italian_noun_gender(self, noun: str) -> str | None:
        """The gender an Italian noun of a person tells by its ending ("l'assessora": she,
        "l'avvocato": he); None elsewhere ("l'assessore", any noun of another language)."""
        if self.language != "it":
            return None
        return "she" if noun.endswith("a") else "he" if noun.endswith("o") else None

    def _of_in_romance_text(self, m: int) -> bool:
        """"dijo a la ministra de Sanidad, María López": in a French, Spanish, Italian or Portuguese
        text, "de" (an article in Dutch) is the "of" of the noun before it, which opens no new
        phrase: the minister told and her name after the comma stay in the phrase of whom the
        words were told."""
        return self.language in _OF_LANGUAGES and self.tokens[m].norm in self.vocab.foreign_of and m > 0 \
            and not self.tokens[m - 1].cap and self.tokens[m].gap in _SPACE

    def _article_opened_body(self, k: int, j: int) -> bool:
        """"O Governo anunciou", "El Gobierno aprobó", "Il Comune ha deciso": in a text of another
        language than English, an article opening its sentence with a capital, then one capitalised
        word that is no given name, is a body's noun written with a capital, no person's name
        (a surname with an article, "Le Pen", "Lo Bianco", "De Boer", is a name the text also writes
        inside a name of more words: "Jelle de Boer van De Terp")."""
        tokens = self.tokens
        if self.language not in (None, "en") and self._body_name_after_article(k, j):
            return True
        if self.language in (None, "en") or j != k + 1 or not tokens[k].initial or not tokens[k].cap \
                or tokens[k].norm not in self.vocab.foreign_articles or tokens[j].gap not in _SPACE:
            return False
        word = tokens[j].norm
        if word in self.vocab.first_names or word in given_names_of_the_world():
            return False
        surnames = self.__dict__.get("_surnames_not_after_article")
        if surnames is None:  # (read once: the words after the first of the names no article opens)
            articles = self.vocab.foreign_articles
            surnames = self._surnames_not_after_article = frozenset(
                tokens[x].norm for i, e in self.at.cap_runs
                if e - i >= 2 and not (tokens[i].initial and tokens[i].norm in articles) for x in range(i + 1, e))
        return word not in surnames

    def _body_name_after_article(self, k: int, j: int) -> bool:
        """"A Associação Nacional dos Industriais de Conservas de Peixe considerou", "La Federación
        Española de Municipios": a run whose first word is one of the language's "body_name_heads",
        right after the article that opens its sentence (or that article itself first in the run),
        is the name of a body, none of a person with a description before it."""
        tokens = self.tokens
        articles = self.vocab.foreign_articles | _portuguese_words(self.language)[0]
        head = k + 1 if tokens[k].initial and tokens[k].cap and tokens[k].norm in articles else k
        article = head - 1
        if head > j or article < 0 or not tokens[article].initial or not tokens[article].cap \
                or tokens[article].norm not in articles or tokens[head].gap not in _SPACE:
            return False
        return tokens[head].norm in _language_words(self.language, "body_name_heads")

    def _portuguese_article_gender(self, k: int) -> str | None:
        """"she" for the Portuguese article "a" before its noun ("a ministra"), else None."""
        return "she" if self.tokens[k].norm == "a" and self._portuguese_article(k) else None

    def _capitalised_noun_before_given(self, prev: int, m: int) -> bool:
        """'Anwohnerin Sabine Heitmann', 'Bewoonster Marijke ter Horst': token ``prev``, a capitalised
        word that is no given name, stands before a given name at ``m`` (or is a feminine noun of a
        person by what she does, "-erin", "-ster"): in a German text (which capitalises every noun),
        or opening a sentence of another language's text, it is a noun describing the person, no
        part of the name."""
        if self.language is None or self.language == "en" or _language_flag(self.language, "family_name_first"):
            return False  # ("Tóth Anna": Hungarian writes the family name before the given name)
        tokens, first_names, given = self.tokens, self.vocab.first_names, _language_given_names(self.language)
        before, tok = tokens[prev], tokens[m]
        if not tok.cap or tok.gap not in _SPACE or before.norm in first_names or before.norm in given \
                or not before.cap or before.text.isupper() or not before.norm.isalpha() or len(before.norm) < 4 \
                or not (self.language in _NOUN_CAPITALS or before.initial or self._role_opens_before(prev, given)):
            return False
        return tok.norm in first_names or tok.norm in given or before.norm.endswith(_feminine_agent_endings(self.language))

    def _role_opens_before(self, prev: int, given: frozenset[str]) -> bool:
        """'Burmistrz Kwidzyna Halina Borkowska': a capitalised word (the role's complement, "of
        Kwidzyn") right after the capitalised role noun that opens the sentence, neither a given name:
        both describe the person, no part of the name."""
        tokens = self.tokens
        if prev < 1 or tokens[prev].gap not in _SPACE:
            return False
        role = tokens[prev - 1]
        # (a title of three letters too: "Мэр Заречья Иван Костылев")
        return role.initial and role.cap and not role.text.isupper() and role.norm.isalpha() and len(role.norm) >= 3 \
            and role.norm not in self.vocab.first_names and role.norm not in given \
            and role.norm not in self.vocab.foreign_articles and role.norm not in self.vocab.foreign_indefinite \
            and role.norm not in self.vocab.openers

    def _article_before_noun(self, prev: int) -> bool:
        """"der Sprecher der SPD-Fraktion": in a German text, "der" with no particle before it
        ("von der Heyden") is the genitive article of the capitalised noun after it, which names
        no person."""
        tokens = self.tokens
        if self.language not in _NOUN_CAPITALS or tokens[prev].cap or tokens[prev].norm not in _ARTICLE_PARTICLES:
            return False
        return prev == 0 or tokens[prev - 1].norm not in NAME_PARTICLES or tokens[prev - 1].norm in _ARTICLE_PARTICLES

    def _name_before_german_article(self, i: int, j: int) -> int:
        """'dass Manthey der Mannschaft … gesagt habe': in a German text, a capitalised run of a
        surname the text names (a person's last word elsewhere), a lower-case article ("der", no
        particle before it: not "von der Heyden") and one noun is the person and the article's
        noun (to the team), no body "Manthey der Mannschaft": the run's last token, cut before the
        article (j when it is no such run)."""
        tokens = self.tokens
        m = j - 1
        if m - 1 < i or not self._article_before_noun(m) or not tokens[m - 1].cap or not tokens[j].cap \
                or tokens[m - 1].norm not in self._surnames or tokens[m - 1].gap not in _SPACE and m - 1 > i:
            return j
        return m - 1

    def _name_before_owner_genitive(self, i: int, j: int) -> int:
        """'kertoo järjestäjä Pekka Virtanen Koivulahden kalastusseurasta', 'Jäätutkija Anna Virtanen
        Suomen ympäristökeskuksesta': in a text of a language that writes the genitive of a place or
        a body before the noun it owns with an ending (its "owner_genitive_endings", less the
        nominatives ending so, "owner_genitive_not"), a capitalised run of a given name, a surname
        and one word in that genitive right before a lower-case word is the person, then the owner
        of the noun after it: the run's last token, cut before the genitive (j when it is no such run)."""
        tokens, language = self.tokens, self.language
        if not language or language == "en" or j - i < 2 or j + 1 >= len(tokens):
            return j
        endings = tuple(_language_words(language, "owner_genitive_endings"))
        last, after = tokens[j], tokens[j + 1]
        if not endings or not last.norm.endswith(endings) or last.norm.endswith(tuple(_language_words(language, "owner_genitive_not"))) \
                or after.cap or after.gap not in _SPACE or not after.norm.isalpha() or last.gap not in _SPACE:
            return j
        given = tokens[j - 2]
        if given.norm not in self.vocab.first_names and not self._given_name_of_the_text(j - 2):
            return j
        return j - 1

    def _particle_after_common_word(self, m: int, k: int) -> bool:
        """"Asociación de Empresarios de Medina": in a text of another language than English, a name
        read back to a lower-case particle ("de", "di") that follows a word the text writes in
        lower case too ("la asociación") is the rest of a body's name, no person's ("Santiago Ruiz
        de Olano" is read back past its particle to the given name)."""
        tokens = self.tokens
        return self.language not in (None, "en") and m > k and not tokens[m].cap and tokens[m].norm in NAME_PARTICLES

    def _apposed_after_description(self, k: int, run: _NameRun) -> _NameRun | None:
        """'ha detto la portavoce del comitato dei pendolari della linea Milano-Tirano, Silvia
        Bonomi': after a verb, a description opened by an article (or "a" in Portuguese) and a
        lower-case noun at token k, and a capitalised run inside it set off by a comma from a full
        personal name after it: the run is the description's complement (a line, a body, a
        place), the name after the comma the person described. None elsewhere."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        if self.language in (None, "en") or k + 1 >= n or run.first <= k + 1 or tokens[k].cap \
                or not (tokens[k].norm in vocab.foreign_articles or self._portuguese_article(k)) or tokens[k + 1].cap:
            return None
        return self._apposed_after_complement(run)

    def _relayed_words_speaker(self, open_at: int) -> Clause | None:
        """'ha ricordato che la madre di Brambati le aveva detto anni fa: "…"', 'contó que Quiroga le
        dijo al jubilarse: «…»', 'Reiter ergänzte, Brandl habe ihm geraten: „…“', 'zitierte seinen
        früheren Trainer Klaus Hartwig mit den Worten: „…“': in a text of another language, words a
        colon's sentence hands on (crediting's _colon_relays_another) are the ones of whom it says
        spoke them: the subject of the reported clause its complementizer (or, in German, a comma
        after a speech verb) opens, a speech verb after it; or the one person named after a quoting
        verb or a noun of words said ("напомнила слова самого Лаврова" in the nominative the article
        names him in). A clause for them, or None (no one is credited then)."""
        if self.language in (None, "en"):
            return None
        tokens, vocab = self.tokens, self.vocab
        colon = self.text.rfind(":", 0, open_at)
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(colon))
        end = bisect.bisect_left(self.at.token_starts, colon)
        for m in range(k + 1, end - 1):
            tok = tokens[m]
            if tok.text.casefold() in vocab.foreign_complementizers and not self._romance_relative(m):
                return self._reported_subject(m + 1, end)
            if tok.norm in vocab.foreign_verbs and "," in tokens[m + 1].gap and tokens[m + 1].cap:
                # (German reported speech with no complementizer: its verb in the subjunctive, any verb)
                return self._reported_subject(m + 1, end, verb_needed=False)
            if tok.norm in vocab.foreign_quoting or tok.norm in vocab.foreign_words_nouns:
                return self._one_named_after(m + 1, end)
        return None

    def _reported_subject(self, first: int, end: int, verb_needed: bool = True) -> Clause | None:
        """The subject of a reported clause that opens at token ``first`` and whose speech verb comes
        before token ``end``: a person's name, a noun of a person after an article or a possessive
        (with the complement naming whose: "la madre di Brambati", "o pai da administradora", "suo
        nonno"), or, in a language without articles, a bare noun ("že mu asistent radil"); an object
        pronoun may stand before it ("že jí otec říkal"). None for anything else (a pronoun: whose
        words they are is another rule's)."""
        tokens, vocab = self.tokens, self.vocab
        x = first
        if x < end and not tokens[x].cap and len(tokens[x].norm) <= 3 and tokens[x].norm not in vocab.foreign_articles \
                and tokens[x].norm not in self._owner_determiners() and tokens[x].norm not in vocab.foreign_pronouns:
            x += 1  # an object pronoun before the subject ("že mu asistent")
        if x >= end or self._quote_of_token[x] >= 0:
            return None
        run = self._run_starting(x)
        if run is None and self.language in _NO_ARTICLES:
            # "что главный бухгалтер завода Сергей Никонов предупреждал": a role's words before the name
            run = next((r for y in range(x + 1, min(end, x + self.settings.description_tokens)) if (r := self._runs.get(y))
                        is not None and r.first > x and all(not tokens[z].cap for z in range(x, r.first))), None)
        if run is not None:
            if not self._person_run(run) or verb_needed and not self._speech_verb_between(run.last + 1, end):
                return None
            return self._clause_of_run(run, x)
        noun, owned = x, False
        if tokens[x].norm in vocab.foreign_articles or tokens[x].norm in self._owner_determiners():
            owned = tokens[x].norm not in vocab.foreign_articles
            noun = x + 1
            if noun < end and tokens[noun].norm in self._owner_determiners():  # "il suo predecessore"
                noun, owned = noun + 1, True
        elif self.language not in _NO_ARTICLES:
            return None
        if noun >= end or tokens[noun].gap not in _SPACE or tokens[noun].cap != (self.language in _NOUN_CAPITALS) \
                or not self._noun_of_subject(noun, bare=noun == x):
            return None
        last = noun
        if last + 2 < end and tokens[last + 1].norm in vocab.foreign_of:  # "di Brambati", "da administradora"
            last += 2 if not tokens[last + 2].norm in vocab.foreign_articles else 3
            run = self._runs.get(last)
            last = run.last if run is not None and run.first <= last else last
        if last >= end or not self._speech_verb_between(last + 1, end):
            return None
        if owned and self._family_named(self._sentence_start(tokens[x].start), tokens[x].start):
            return None  # 'Sa fille, Sophie Arnaud, rappelle que sa mère ...': her mother may be the Arnaud it names
        if last == noun and not owned and noun > x:
            # "lo que el director le decía": the person the article wrote that noun beside, if any
            described = self._people_described_before(tokens[noun].norm, self._sentence_start(tokens[x].start))
            if len(described) != 1:
                return None
            clause = Clause(noun, x, last, "say", lead=x, how="description")
            clause.speaker = described[0]
            return clause
        words = self.text[tokens[x].start : tokens[last].end]
        clause = Clause(noun, x, last, "say", lead=x, how="description")
        clause.speaker = Speaker(words, "anonymous", words)
        return clause

    def _one_named_after(self, first: int, end: int) -> Clause | None:
        """The one person named between tokens ``first`` and ``end`` (outside quotation marks), in
        the nominative the article writes them in where the language declines names; None when no
        one, or more than one, is named there."""
        people = {r.last: r for m in range(first, end) if (r := self._runs.get(m)) is not None
                  and r.first >= first and self._quote_of_token[r.first] < 0 and (r.kind in ("person", "single"))}
        if not people:  # "ha citato il suo predecessore, che nel 2015 aveva scritto:"
            return self._reported_subject(first, end)
        if len(people) != 1:
            return None
        run = next(iter(people.values()))
        return self._clause_of_run(run, run.first) if self._person_run(run) else None

    def _family_named(self, lo: int, hi: int) -> bool:
        """Whether a person named between offsets lo and hi shares a surname with another person the
        article names: a relative the article may be speaking of ("sa mère" of "Sophie Arnaud")."""
        here = [m for m in self._mentions if lo <= m.start < hi]
        return any(m.key != o.key and m.canonical.split()[-1] == o.canonical.split()[-1] and len(o.canonical.split()) > 1
                   for m in here for o in self._mentions)

    def _noun_of_subject(self, m: int, bare: bool) -> bool:
        """A word at m that may be the noun of a reported clause's subject: bare (no article before
        it), a word of four letters or more as _bare_noun_subject asks; after an article or a
        possessive, of three ("o pai"); never a pronoun, a preposition or a verb."""
        tok, vocab = self.tokens[m], self.vocab
        if tok.norm in vocab.foreign_pronouns or tok.norm in vocab.foreign_prepositions or tok.norm in vocab.foreign_of:
            return False
        if bare:
            return self._bare_noun_subject(m)
        return len(tok.norm) >= 3 and tok.norm.isalpha() and tok.norm not in vocab.verbs \
            and tok.norm not in vocab.foreign_verbs and tok.norm not in vocab.foreign_auxiliaries

    def _person_run(self, run: _NameRun) -> bool:
        """A name that names a person: a person's, or one word the article writes as the last of a
        longer name ("Brandl" after "Markus Brandl"), or, in a language that declines names, one whose
        nominative the article writes ("Лаврова" of "Евгений Лавров")."""
        if run.kind == "person" or self.language in _NO_ARTICLES:
            return run.kind in ("person", "single")
        return run.kind == "single" and self.tokens[run.last].norm in self._surnames

    def _clause_of_run(self, run: _NameRun, lead: int) -> Clause | None:
        """A clause crediting the person a name run names (in a language that declines names, as the
        article names them in the nominative, when it does)."""
        at = self.tokens[run.first].start
        speaker = self._nominative_named(run, at) if self.language in _NO_ARTICLES else None
        if speaker is None and run.last > run.first + 1 and self._capitalised_noun_before_given(run.first, run.first + 1):
            name = self.text[self.tokens[run.first + 1].start : self.tokens[run.last].end]  # "Ausbilder Georg Pfaffinger"
            speaker = Speaker(name, "person", name_key(name))
        if speaker is None and (run.kind == "person" or self.language not in _NO_ARTICLES):
            speaker = self._speaker_of_run(run, at)
        if speaker is None:
            return None
        clause = Clause(run.last, run.first, run.last, "say", lead=lead)
        clause.speaker = speaker
        return clause

    def _speech_verb_between(self, lo: int, hi: int) -> bool:
        """A lower-case speech verb (of the text's language, or English's) among tokens lo..hi-1."""
        tokens, vocab = self.tokens, self.vocab
        return any(not tokens[y].cap and (tokens[y].norm in vocab.foreign_verbs or tokens[y].norm in vocab.verbs)
                   for y in range(lo, hi))

    def _description_opens_for_name(self, s_start: int, k: int) -> bool:
        """'O vereador da oposição Rui Pinheiro (PS) acusa ...', 'Su impulsora, la profesora jubilada
        Pilar Ramos, cree ...': in a text of another language, a sentence opened by an article or a
        possessive, then a description of a few words with no verb, no name and no capital but a
        body's after "of", right before the name: the name is the sentence's subject (the person the
        passage is about, whom a dropped subject or a pronoun after the next quotation takes up).
        Not a name after "of" or a preposition ("La visita di Mario Rossi"), nor one of two people
        the sentence names ("Le patron pêcheur Yannick Daniel se plaint ..., et son matelot Erwan
        Morvan partage sa colère": either may speak next)."""
        tokens, vocab = self.tokens, self.vocab
        if self.language in (None, "en"):
            return False
        s_start = self._past_dateline(s_start, k)
        if not 2 <= k - s_start <= 7:
            return False
        if tokens[s_start].norm not in vocab.foreign_articles and tokens[s_start].norm not in self._owner_determiners() \
                and not self._portuguese_article(s_start, opening=True) and not _ELIDED_NOUN.match(tokens[s_start].norm):
            return False  # (an elided article glued to the noun: "L'ancien gérant de l'entrepôt, Gérard Lhomme,")
        before = tokens[k - 1]
        # (a place or a body after "of" may end the description when a comma sets the name off:
        # "L'ancien gérant de l'entrepôt de Montbrison, Gérard Lhomme,")
        apposed_after_of = "," in tokens[k].gap and k - 2 > s_start and tokens[k - 2].norm in vocab.foreign_of
        if before.cap and not apposed_after_of or before.norm in vocab.foreign_of or before.norm in vocab.foreign_prepositions \
                or before.norm in vocab.foreign_articles and "," not in tokens[k].gap:
            return False
        for m in range(s_start + 1, k):
            tok = tokens[m]
            if tok.norm in vocab.verbs or tok.norm in vocab.foreign_verbs or self._quote_of_token[m] >= 0 \
                    or self._runs.get(m) is not None and self._runs[m].kind in ("person", "single") \
                    and not (apposed_after_of and m == k - 1) \
                    or tok.cap and tokens[m - 1].norm not in vocab.foreign_of and not tokens[m - 1].cap:
                return False
        m = k + 1
        while m < len(tokens) and not any(c in tokens[m].gap for c in _SENTENCE_BREAK):
            if self._runs.get(m) is not None and self._runs[m].kind == "person" and self._runs[m].first > k:
                return False
            m += 1
        return True

    def _foreign_name_subject(self, s_start: int, run: _NameRun) -> bool:
        """Whether the name ``run`` is the subject of the sentence opening at token s_start in a
        shape of another language that PeopleIndex._is_subject reads no further: after the verb
        (_subject_after_opening_verb), or set off after a description past a dateline ("LYON (AFP) -
        L'ancien gérant de l'entrepôt de Montbrison, Gérard Lhomme, a contesté": the dateline's
        capitals are no titles of the name)."""
        return self._subject_after_opening_verb(s_start, run) or (
            self._past_dateline(s_start, run.first) > s_start and self._description_opens_for_name(s_start, run.first))

    def _subject_after_opening_verb(self, s_start: int, run: _NameRun) -> bool:
        """'In aula ha testimoniato Giovanna Rossi, titolare di una merceria.', 'Ha deposto Rosa
        Bertolino, vedova di un operaio.': in a text of a language that sets the subject after a
        verb opening its sentence (its "subject_after_opening_verb"), a full name right after one of
        its speech verbs, with only the verb's auxiliary and a short phrase opened by a preposition
        before it (no subject of its own: not "Il tribunale ha ascoltato Renato Galli"), then the
        sentence's end or a comma: the name is the sentence's subject, the person the passage is
        about ("«…», ha detto la commerciante" after it is hers)."""
        tokens, vocab = self.tokens, self.vocab
        if not self.language or not _language_flag(self.language, "subject_after_opening_verb") or run.last == run.first:
            return False
        first = run.run_first if run.run_first >= 0 else run.first
        v = first - 1
        if v < s_start or tokens[v].cap or tokens[v].norm not in vocab.foreign_verbs or tokens[first].gap not in _SPACE \
                or self._quote_of_token[v] >= 0:
            return False
        lead_end = v - 1 if v - 1 >= s_start and tokens[v - 1].norm in vocab.foreign_auxiliaries else v
        if lead_end > s_start:
            # (a phrase of place or time: "In aula", "Nel pomeriggio"; never a noun phrase of its own)
            if lead_end - s_start > self.settings.description_tokens or tokens[s_start].norm not in vocab.foreign_sentence_prepositions:
                return False
            if any(tokens[m].cap or tokens[m].norm in vocab.foreign_verbs or "," in tokens[m].gap
                   for m in range(s_start + 1, lead_end)):
                return False
        after = run.last + 1
        return after >= len(tokens) or "," in tokens[after].gap or any(c in tokens[after].gap for c in _SENTENCE_BREAK)

    def _colon_description_subject(self, v: int, base: str) -> Clause | None:
        """'Preguntada por la piscina, la alcaldesa respondió: «…»', 'Dans un courrier, une habitante
        du centre écrivait : « … »': in a text of a language with articles, a speech verb v right
        before the colon that opens a quotation, with its subject right before it (past its
        auxiliary and an object pronoun): an article and a noun (the "of" phrases of its complement
        after it), opening the sentence or after the comma that closes a phrase opening it. A clause
        read as "La ministre lui a répondu que « … »" is (pronouns: "reported-description", only a
        person the article writes that noun beside), an unnamed source for an indefinite article;
        None for any other shape."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        if self.language in (None, "en") or tokens[v].norm not in vocab.foreign_verbs or self._quote_of_token[v] >= 0 \
                or v + 1 >= n or not tokens[v + 1].gap.strip().startswith(":") or self._quote_of_token[v + 1] < 0:
            return None
        h = v
        while h > 0 and tokens[h].gap in _SPACE and not tokens[h].initial and (
                tokens[h - 1].norm in vocab.foreign_auxiliaries or tokens[h - 1].norm in vocab.object_clitics):
            h -= 1  # "lui a répondu", "ha aggiunto"
        last = h - 1
        if last < 1 or tokens[h].gap not in _SPACE or tokens[last].cap or not tokens[last].norm.isalpha() \
                or self._quote_of_token[last] >= 0:
            return None
        if self.language in _NO_ARTICLES:
            return None  # ("мэр ответила": a bare noun, the subject or a genitive's head; not read)
        k = last - 1
        while k >= 1 and tokens[k].norm not in vocab.foreign_articles and tokens[k].norm not in vocab.foreign_indefinite \
                and not self._portuguese_article(k, opening=tokens[k].initial) and last - k < self.settings.description_tokens:
            k -= 1  # (the complement: "une habitante du centre")
        if k < 0 or tokens[k + 1].cap or tokens[k + 1].norm in vocab.verbs or tokens[k + 1].norm in vocab.foreign_verbs \
                or any(tokens[m].gap not in _SPACE or self._quote_of_token[m] >= 0 for m in range(k + 1, h)):
            return None
        if k + 1 < last and tokens[k + 2].norm not in vocab.foreign_of:
            return None  # (only a noun and the "of" phrases of its complement)
        opening = tokens[k].initial or "," in tokens[k].gap and self._opens_sentence_phrase(k)
        if not opening:
            return None
        if tokens[k].norm in vocab.foreign_indefinite:
            return Clause(v, k, last, base, how="description")
        return Clause(v, k, k + 1, base, how="reported-description")

    def _opens_sentence_phrase(self, k: int) -> bool:
        """Whether the comma before token k closes a phrase opening its sentence with no subject
        and no speech verb of its own ("Preguntada por la piscina municipal, cerrada desde 2022,",
        "Dans un courrier publié samedi par nos lecteurs,"): no name, pronoun, speech verb or
        quotation in it (a name there, "Interrogée par Odile Ferrandon,", stands beside the noun
        after the comma, which a description's reading would take for hers)."""
        tokens, vocab = self.tokens, self.vocab
        s = bisect.bisect_left(self.at.token_starts, self._sentence_start(tokens[k].start))
        if s >= k or k - s > self.settings.lead_in_tokens:
            return False
        return not any(self._quote_of_token[m] >= 0 or self._names_someone_at(m, s)
                       or tokens[m].norm in vocab.foreign_pronouns and not tokens[m].cap
                       or tokens[m].norm in vocab.foreign_verbs and not tokens[m].cap for m in range(s, k))

    def _names_someone_at(self, m: int, s: int) -> bool:
        """Whether a person's name ends at token m of the sentence opening at token s; not the one
        word opening it that is neither a given name nor a surname of the text ("Preguntada por la
        piscina,": a participle, capitalised only as it opens the sentence)."""
        run = self._runs.get(m)
        if run is None or run.kind not in ("person", "single"):
            return False
        return not (m == s and run.first == run.last and run.kind == "single" and self.tokens[m].norm not in self._surnames
                    and self.tokens[m].norm not in self.vocab.first_names)

    def _past_dateline(self, s_start: int, k: int) -> int:
        """The first token after a dateline that opens the sentence at token s_start, before token
        k ("LYON (AFP) - L'ancien gérant ...", "MILANO (ANSA) - Il tribunale", "Lemgo (dpa) - Der
        TBV", "PARIS, 3 mars (AFP) - "; extract.datelines); s_start itself when the sentence opens
        with no dateline."""
        dateline = read_dateline(self.text, self.tokens[s_start].start)
        if dateline is None:
            return s_start
        m = bisect.bisect_left(self.at.token_starts, dateline.end)
        return m if m < k else s_start

    def _asked_in_sentence_before(self, at: int, gender: str | None) -> Speaker | None:
        """'La présidente du tribunal, Mme Sandrine Vauclair, lui a demandé pourquoi …. « … », a
        répondu le prévenu': for a noun of a person after a verb at offset ``at``, when the sentence
        right before the quotation's (in its paragraph) has someone ask "him" or "her" (an object
        pronoun before one of the language's "asking_verbs", its auxiliary between), the one asked:
        the person the passage was about before that sentence (PronounResolution._salient_person),
        of the noun's gender, and never the asker, whom that sentence must name; None for any other
        shape."""
        tokens, at_ = self.tokens, self.at
        asking = _language_words(self.language, "asking_verbs") if self.language else frozenset()
        if not asking:
            return None
        sentences = self._sentence_before_quoted(at)
        if sentences is None:
            return None
        before, start = sentences
        lo, hi = bisect.bisect_left(at_.token_starts, before), bisect.bisect_left(at_.token_starts, start)
        verb = next((m for m in range(lo + 1, hi) if not tokens[m].cap and tokens[m].norm in asking and self._quote_of_token[m] < 0), None)
        if verb is None:
            return None
        c = verb - 1 if tokens[verb - 1].norm in self.vocab.foreign_auxiliaries else verb
        if c - 1 < lo or tokens[c - 1].norm not in self.vocab.object_clitics or tokens[c - 1].cap:
            return None
        askers = {m.key for m in self._mentions_between(tokens[lo].start, tokens[c - 1].start)}
        if not askers:
            return None  # ("Elle lui a demandé": the asker a pronoun, maybe the person before)
        person = self._salient_person(tokens[lo].start, gender)
        if person is None or person.key in askers or gender is not None and self._gender.get(person.key) not in (None, gender):
            return None
        return Speaker(person.canonical, "person", person.key)

    def _owner_determiners(self) -> frozenset[str]:
        """The text's language's possessive determiners ("suo", "son", "seine"): they open a noun."""
        if not self.language:
            return frozenset()
        return _language_words(self.language, "possessive_determiners") | _language_words(self.language, "owner_determiners")
