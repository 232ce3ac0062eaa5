"""Attribution clauses: a speech verb with the words naming who speaks, "according to", "told <medium>"."""

from __future__ import annotations

import bisect
import functools
from itertools import compress

from sidebyside.compare.attribution.records import Clause, _NameRun
from sidebyside.compare.attribution.vocabulary import FINITE_AUXILIARIES, _ACCORDING, _BE, _DETERMINERS, _DOCUMENT_SAYS, _DOCUMENT_VERBS, _FUNCTION, _NEGATIONS, _OPEN_MARKS, _PARTICIPLE_SUFFIX, _PREPOSITIONS, _PRONOUNS, _QUOTING_VERBS, _SENTENCE_BREAK, _SPACE, _SPACE_OR_HYPHEN, _SPEECH, _VERB_COST
from sidebyside.compare.tokens import singular, token_norms
from sidebyside.compare.text import POSSESSIVE_DETERMINERS

# speech verbs whose subject English wire copy puts after them (", said ONA.", ", added Smith."):
# none takes the person told as its object
_INVERTING_BASES = frozenset(("say", "add", "write", "report"))


# Verbs that put a label on something ("treating the death as "suspicious""): the label is the subject's words.
_CLOSE_MARKS = '"”’\'»“«'  # marks that close a quotation; “ closes German „…“, « German »…«
_REGARDING = frozenset("treat treats treating treated regard regards regarding regarded".split())


# past and present forms of "speak of" / "talk about" before a quoted phrase (a clause only then)
_SPOKE_OF = frozenset(("spoke", "talked", "speaks"))
# documents that are pictures: "released two videos of them" shows something, says nothing (speech.json)
_PICTURES = frozenset(_SPEECH["picture_documents"])
# "read a statement": a person voicing their own document (speech.json reading_verbs)
_READING = {k: frozenset(v) for k, v in _SPEECH["reading_verbs"].items()}

# words that may follow a gerund with no object of its own ("in writing in July", "in writing and by
# hand"): English prepositions and conjunctions
_AFTER_BARE_GERUND = frozenset("in on at by for to from with within and or but before after since during until".split())

class ClauseFinding:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _spoke_of_quote(self, v: int) -> bool:
        """ "spoke of" / "talked about" at v, then a quotation opening within a few words of the
        same phrase ("talked of Sudan's "pending invasion"", "spoke of a "new era"")."""
        tokens, n = self.tokens, len(self.tokens)
        if v + 2 >= n or tokens[v + 1].norm not in ("of", "about") or tokens[v + 1].gap not in _SPACE:
            return False
        for m in range(v + 2, min(n, v + 6)):
            if self._quote_of_token[m] >= 0:
                return tokens[m].gap.strip() in _OPEN_MARKS
            if tokens[m].gap not in _SPACE and tokens[m].gap not in ("' ", "’ "):
                return False
        return False

    def _made_reference(self, v: int) -> int | None:
        """The verb of "make reference to" / "made a reference to" whose noun is at v, when a
        quotation opens right after "to": the token to read the clause's subject before."""
        tokens, n = self.tokens, len(self.tokens)
        if v + 2 >= n or tokens[v + 1].norm != "to" or self._quote_of_token[v + 2] < 0 or tokens[v + 2].gap.strip() not in _OPEN_MARKS:
            return None
        m = v - 1
        if m >= 0 and tokens[m].norm in ("a", "repeated", "several", "frequent") and tokens[v].gap in _SPACE:
            m -= 1
        if m >= 0 and tokens[m].norm in ("make", "makes", "made", "making") and tokens[m + 1].gap in _SPACE:
            return m
        return None

    def _what_one_names(self, v: int) -> bool:
        """ "what <pronoun or name> <naming verb>" (the verb at v): "what he calls", "what his
        church calls" (never the noun: "the calls")."""
        tokens = self.tokens
        if v < 2 or tokens[v].gap not in _SPACE or tokens[v - 1].gap not in _SPACE:
            return False
        k = v - 1
        run = self._runs.get(k)
        if run is not None:
            k = run.first
        elif tokens[k].norm not in ("he", "she", "they", "it") and not (
                k > 0 and tokens[k - 1].norm in ("his", "her", "their", "its") and tokens[k - 1].gap in _SPACE and not tokens[k].cap):
            return False
        elif tokens[k].norm not in ("he", "she", "they", "it"):
            k -= 1
        return k > 0 and tokens[k - 1].norm == "what" and tokens[k].gap in _SPACE

    @functools.cached_property
    def label_clauses(self) -> list[Clause]:
        """The clauses of a verb of judging in the narration ("Vesk considers it a hoax", "which he
        considers conspiracy theories", "Critics deemed the vote a sham", "regards the deal as a
        betrayal"), with the subject before it. Kept apart from ``clauses``: a view held is no
        words said, so they credit no quotation and cite no source; only the label after their
        object is their subject's (attribution/reported.py ``labelled_words``, with the clauses
        of the verbs of naming, "called it a hoax"). Finite active forms only: "is considered a
        hoax" is no one's, and "considering" opens a condition as often."""
        tokens, judging = self.tokens, self.vocab.judging
        out: list[Clause] = []
        for v in compress(range(len(tokens)), map(judging.__contains__, token_norms(tokens))):
            tok = tokens[v]
            if v == 0 or tok.cap and not tok.initial or self._quote_of_token[v] >= 0 or self._in_heading(tok.start):
                continue
            if tokens[v - 1].norm in _BE or tokens[v - 1].norm in _NEGATIONS or tokens[v - 1].norm == "to":
                continue  # "is considered", "does not consider", "to regard": no one holds the view here
            if not self.budget.spend(_VERB_COST, "speakers"):
                break
            subject = self._subject_before(v)
            if subject is not None and self._quote_of_token[subject[0]] < 0:
                out.append(Clause(v, subject[0], subject[1], judging[tok.norm], how="label"))
        return out

    def _find_clauses(self) -> None:
        tokens, vocab = self.tokens, self.vocab
        n = len(tokens)
        # the words that open a clause with no verb of saying: every other non-verb is skipped at once
        cues = (vocab.after_quote.keys() | _REGARDING | _DOCUMENT_VERBS | vocab.foreign_according
                | vocab.foreign_according_openers | vocab.foreign_according_after | vocab.separable.keys() | vocab.foreign_before_name
                | vocab.view_openers
                | {"in", "per", _ACCORDING, "interview", "reference"} | _SPOKE_OF)
        # (the verbs and cues picked out at C speed: most tokens are neither)
        opens = vocab.verbs.keys() | cues
        for v in compress(range(n), map(opens.__contains__, token_norms(tokens))):
            tok = tokens[v]
            norm = tok.norm
            base = vocab.verbs.get(norm)
            if base is None and norm in vocab.after_quote and self._after_quote_close(v):
                base = vocab.after_quote[norm]  # '," comments Johnston': a verb there, whatever else it can be
            if base is None and norm in vocab.after_quote and norm.endswith("s") and v > 0 and tokens[v - 1].norm in ("he", "she") \
                    and tokens[v].gap in _SPACE:
                base = vocab.after_quote[norm]  # 'he responds, "..."': after "he"/"she" an -s form is a verb, no noun
            if base is None and norm in vocab.foreign_before_name and self._after_quote_close(v) and self._names_after_word(v):
                base = "say"  # '„…“, so Oltmanns'
            if base is None and vocab.after_quote.get(norm) in vocab.naming and self._what_one_names(v):
                base = vocab.after_quote[norm]  # 'to perform what he calls the "ordinance of comfort"': a verb there
            if base is None and norm in _REGARDING and self._as_quoted_after(v):
                base = "treat"  # 'Police are treating the fire as "potentially suspicious"': their words
            if base is None and norm in vocab.after_quote and self._named_before_quote_open(v):
                base = vocab.after_quote[norm]  # 'Sky News estimates "at least 50"': a verb between a name and a quote
            if base is None and vocab.after_quote.get(norm) in vocab.naming and self._names_object_as_quoted(v):
                base = vocab.after_quote[norm]  # 'Apple calls the laptop the "world's lightest"': the name's words
            if norm in _DOCUMENT_VERBS and self._document_follows(v) \
                    or norm in _READING["verbs"] and self._document_follows(v, _READING["documents"]):
                base = "issue"  # "The port authority later issued a statement:", "his mother read a statement"
            if norm == "read" and base != "issue" and self.budget.spend(_VERB_COST, "speakers"):
                author = self._author_of_statement_read(v)
                if author is not None:
                    self.clauses.append(Clause(v, author[0], author[1], "issue"))  # "A statement from his widow, X, was read"
                    continue
            if norm == "in" and self._document_from_after(v):
                continue  # "In a statement from her people, it was confirmed": as "according to"
            if norm in vocab.foreign_according and v + 1 < n and tokens[v + 1].cap:
                self._object_clause(v, v + 1, "according")  # "laut Scholz", "selon Macron", "según Sánchez"
                continue
            if norm in vocab.foreign_according and self._according_article_clause(v):
                continue  # "Volgens de Fietsersbond", "Secondo una fonte della prefettura"
            if norm in vocab.view_openers and tok.cap and self._view_clause(v):
                continue  # "Pour l'archéologue Bernard Tisserand, la découverte est « majeure »"
            opening = self._foreign_according_phrase(v) if norm in vocab.foreign_according_openers else 0
            if (norm in vocab.foreign_according or opening) and self._according_pronoun(v + max(opening, 1)):
                k = v + max(opening, 1)  # "según ella", "secondo lui", "segundo ele", "podle něj"
                self.clauses.append(Clause(v, k, k, "according", how="according-pronoun"))
                continue
            if not opening and norm in vocab.foreign_according_openers and self._pronoun_inside_according(v):
                self.clauses.append(Clause(v, v + 1, v + 1, "according", how="according-pronoun"))  # "по его словам"
                continue
            named = self._role_then_name(v + 1) if norm in vocab.foreign_according else None
            if named is not None:
                self._named_past_words.add(named)
                self._object_clause(v, named, "according")  # "volgens rechter Anneke de Wit"
                continue
            phrase = self._foreign_according_phrase(v) if norm in vocab.foreign_according_openers else 0
            if phrase and not self._according_pronoun(v + phrase):  # "nach Angaben von X", "d'après X", "по словам X", "podle X"
                if v + phrase < n and tokens[v + phrase].cap:
                    self._object_clause(v, v + phrase, "according")
                elif (named := self._genitive_role_then_name(v + phrase)) is not None:
                    self._named_past_words.add(named[0])  # "По словам директора библиотеки Ольги Нестеровой"
                    self.clauses.append(Clause(v, named[0], named[1], "according", how="role-genitive"))
                continue
            if norm in vocab.foreign_according_after and not tok.cap and self._quote_of_token[v] < 0:
                run = self._runs.get(v - 1)  # "Dem Minister Volker Wissing zufolge": the name before
                if run is not None and run.kind in ("person", "institution", "single") and tokens[v].gap in _SPACE \
                        and tokens[run.first].norm not in ("dem", "der", "den", "des"):  # (not "Dem Bericht zufolge": a document)
                    self.clauses.append(Clause(v, run.first, run.last, "according"))
                continue
            if base is None and norm in vocab.separable and self._particle_ends_clause(v, vocab.separable[norm][1]):
                base = vocab.separable[norm][0]  # "Wissing fügte hinzu", "X wies darauf hin": the particle at the clause's end
            if norm == "per" and self._source_opens_sentence(v):
                self._object_clause(v, v + 1, "according")  # "Per THR, the talks are ...": as "according to"
                continue
            if norm in _SPOKE_OF and base is None and self._spoke_of_quote(v):
                base = "speak"  # 'Salva Kiir talked of Sudan's "pending invasion"': his words
            if norm == "reference" and base is None:
                made = self._made_reference(v)
                if made is not None and self.budget.spend(_VERB_COST, "speakers"):
                    self._context = self._quote_of_token[made]
                    clause = self._clause_at(made, "refer")
                    if clause is not None and self._quote_of_token[made] < 0 and self._quote_of_token[clause.first] < 0:
                        self.clauses.append(clause)  # 'He also makes reference to "drawing close"': his words
                continue
            if base is None and norm not in (_ACCORDING, "interview"):
                continue
            if not self.budget.spend(_VERB_COST, "speakers"):
                break
            self._context = self._quote_of_token[v]
            if norm == _ACCORDING:
                if v + 1 < n and tokens[v + 1].norm == "to":
                    self._object_clause(v, v + 2, "according")
                continue
            if norm == "interview":
                if v + 1 < n and tokens[v + 1].norm == "with":
                    after_verb = self._interview_after_verb(v)
                    before = len(self.clauses)
                    self._object_clause(v, v + 2, "interview")
                    if after_verb and len(self.clauses) > before and not self._names_medium(self.clauses[-1]):
                        del self.clauses[before:]  # who asked, no speaker (a medium stays: a source the article cites)
                continue
            if tok.cap and not tok.initial:
                continue  # "Said" inside a name
            if self._in_heading(tok.start):
                continue  # a headline in title case is no attribution clause ("Prime Minister Calls ... 'Murder'")
            if base in vocab.particles and not (v + 1 < n and tokens[v + 1].norm in vocab.particles[base]):
                continue  # "point" without "out"
            if base == "go" and not self._goes_on_to_words(v):
                continue  # "went on a mission", "goes on for hours": no words to come
            clause = self._clause_at(v, base) if base != "treat" else self._regarding_clause(v)
            if clause is not None and self._quote_of_token[clause.first] != self._context:
                continue  # 'Students chanting "Pigs! Murderers!" clapped': the words of a quotation name no speaker
            if clause is not None:
                clause.inside = self._quote_of_token[v] if self._quote_of_token[v] >= 0 else None
                self.clauses.append(clause)
        self._context = -1

    def _view_clause(self, v: int) -> bool:
        """A sentence opening "Pour X," / "Para X," / "Für X" (in X's view) with a full personal name,
        the words of a role before it or not ("Pour l'archéologue Bernard Tisserand,", "Para a
        presidente do sindicato, Lúcia Farias,"), then a comma: the quotation later in that sentence
        is X's, as after "according to X". Only at a sentence's start, and only a person ("Pour la
        région, ..." names no one)."""
        tokens, n = self.tokens, len(self.tokens)
        if self._quote_of_token[v] >= 0 or v > 0 and not any(c in tokens[v].gap for c in _SENTENCE_BREAK):
            return False
        commas = 0
        for last in range(v + 1, min(n, v + 14)):
            gap = tokens[last].gap.strip()
            if last > v + 1 and gap == ",":
                commas += 1
            elif last > v + 1 and gap not in ("", "'", "’", "-"):
                return False
            if commas > 1 or self._quote_of_token[last] >= 0 or tokens[last].norm in self.vocab.verbs and not tokens[last].cap:
                return False
            run = self._runs.get(last)
            if run is not None and run.kind == "person" and run.last > run.first and run.first > v \
                    and last + 1 < n and tokens[last + 1].gap.strip() == ",":
                self._named_past_words.add(run.first)
                self.clauses.append(Clause(v, run.first, run.last, "according"))
                return True
        return False

    def _according_pronoun(self, k: int) -> bool:
        """A pronoun of another language right after its "according to", then a comma or a verb
        ("según ella,", "secondo lui", "podle něj"): who it stands for is resolved as "she said" is."""
        tokens = self.tokens
        return k < len(tokens) and (tokens[k].norm in self.vocab.foreign_pronouns
                                    or tokens[k].text.casefold() in self.vocab.according_pronouns) and not tokens[k].cap \
            and tokens[k].gap in _SPACE and self._quote_of_token[k] < 0

    def _pronoun_inside_according(self, v: int) -> bool:
        """'По его словам': an "according to" phrase ("по словам") with a possessive pronoun after
        its first word."""
        tokens, n = self.tokens, len(self.tokens)
        if v + 2 >= n or tokens[v + 1].text.casefold() not in self.vocab.according_pronouns or tokens[v + 1].gap not in _SPACE:
            return False
        for phrase in self.vocab.foreign_according_phrases:
            if tokens[v].norm == phrase[0] and v + len(phrase) + 1 <= n and all(
                    tokens[v + 1 + i].norm == w and tokens[v + 1 + i].gap in _SPACE for i, w in enumerate(phrase) if i):
                return True
        return False

    def _role_then_name(self, k: int) -> int | None:
        """Where a full personal name starts after a lower-case role noun at token k, its article
        before it or not ("volgens rechter Anneke de Wit", "según el alcalde Julián Ortega"): the
        noun describes the person named. None otherwise."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        if k < n and tokens[k].norm in vocab.foreign_articles and not tokens[k].cap:
            k += 1
        if k + 1 >= n or tokens[k].cap or tokens[k + 1].gap not in _SPACE or tokens[k].gap not in _SPACE:
            return None
        role = tokens[k].norm
        if not (role in vocab.title_words or role in vocab.role_nouns or role.endswith(vocab.foreign_roles)):
            return None
        run = None
        for last in range(k + 1, min(n, k + 1 + self.settings.name_tokens)):
            run = self._runs.get(last)
            if run is not None:
                break
        return k + 1 if run is not None and run.first == k + 1 and run.kind == "person" and run.last > run.first else None

    def _genitive_role_then_name(self, k: int) -> tuple[int, int] | None:
        """The token range of a full personal name after a few lower-case words at token k, which
        an "according to" phrase that takes the genitive puts before it ("По словам директора
        библиотеки Ольги Нестеровой", "Według rzeczniczki urzędu miasta Anny Nowak"): those words
        are the person's role, the name the speaker. None otherwise (a verb, a pronoun, a
        preposition or punctuation among the words)."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        j = k
        while j < n and j - k < self.settings.genitive_role_words and not tokens[j].cap and tokens[j].norm.isalpha() \
                and tokens[j].gap in _SPACE and self._quote_of_token[j] < 0:
            if tokens[j].norm in vocab.foreign_verbs or tokens[j].norm in vocab.foreign_pronouns \
                    or tokens[j].norm in vocab.foreign_prepositions or tokens[j].norm in vocab.verbs:
                return None
            j += 1
        titled = tokens[j].gap.strip() == "." and tokens[j - 1].norm in vocab.title_words  # ("Według prof. Tomasza ...")
        if j == k or j + 1 >= n or not tokens[j].cap or tokens[j].gap not in _SPACE and not titled:
            return None
        for last in range(j + 1, min(n, j + self.settings.name_tokens)):
            run = self._runs.get(last)
            if run is not None:
                return (run.first, run.last) if run.first == j and run.kind == "person" and run.last > run.first else None
        return None

    def _names_after_word(self, v: int) -> bool:
        """German "so" after a quotation ('„…“, so Oltmanns', '„…“, so eine Sprecherin') credits only
        a name, a title or a German article right after it, never a pronoun ('"...," so he left')."""
        tokens = self.tokens
        if v + 1 >= len(tokens) or tokens[v + 1].gap not in _SPACE:
            return False
        nxt = tokens[v + 1]
        return nxt.cap and nxt.text != "I" or nxt.norm in self.vocab.noun_articles or nxt.norm in self.vocab.foreign_indefinite

    def _interview_after_verb(self, v: int) -> bool:
        """'"It wasn't me," he mused in an interview with a Biloxi reporter': after a speech verb of
        its sentence, "in an interview with X" names who asked, not who spoke (X is no speaker,
        nor the speaker of the paragraphs of quotation that follow)."""
        if not self.clauses or v < 2 or self.tokens[v - 2].norm != "in":
            return False
        prior = self.clauses[-1]
        if prior.base in (_ACCORDING, "interview") or prior.inside is not None:
            return False
        tokens = self.tokens
        return 0 < v - prior.verb <= self.settings.interview_after_verb_tokens \
            and tokens[prior.verb].start >= self._sentence_start(tokens[v].start)

    def _names_medium(self, clause: Clause) -> bool:
        """The clause's words end with a paper's or broadcaster's name ("Turkish broadcaster TVnet")."""
        run = self._runs.get(clause.last)
        if run is not None and run.kind == "media":
            return True
        name = " ".join(t.text for t in self.tokens[clause.first : clause.last + 1])
        return name in self.lex.media or name in self.vocab.media_titles

    def _foreign_according_phrase(self, v: int) -> int:
        """The length of the "according to" phrase of another language opening at token v ("nach
        Angaben von", "de acuerdo con", "по словам"), its words joined by spaces; 0 if none."""
        tokens = self.tokens
        if tokens[v].norm not in self.vocab.foreign_according_openers:
            return 0
        for phrase in self.vocab.foreign_according_phrases:
            if tokens[v].norm == phrase[0] and v + len(phrase) <= len(tokens) and all(
                    tokens[v + i].norm == w and tokens[v + i].gap in _SPACE for i, w in enumerate(phrase) if i):
                return len(phrase)
        return 0

    def _particle_ends_clause(self, v: int, particle: str) -> bool:
        """'fügte Wissing hinzu', 'wies darauf hin:': a German verb's particle closing its clause
        within a few words (a comma, a colon, a full stop, a quote mark or the text's end after it,
        or the complementizer of the clause it reports: Dutch "liet weten dat")."""
        tokens, n = self.tokens, len(self.tokens)
        for m in range(v + 1, min(n, v + 10)):
            if m > v + 1 and tokens[m].gap not in _SPACE:
                return False
            if tokens[m].norm == particle:
                # (or a complementizer opening the clause it reports: "liet in een reactie weten dat")
                return m + 1 >= n or tokens[m + 1].gap not in _SPACE \
                    or tokens[m + 1].text.casefold() in self.vocab.foreign_complementizers and not self._romance_relative(m + 1)
        return False

    def _source_opens_sentence(self, v: int) -> bool:
        """"Per THR, ...": a capitalised "Per" opening a sentence, then a name and its comma (not
        "per cent", "per year")."""
        tokens = self.tokens
        if not tokens[v].cap or v + 1 >= len(tokens) or tokens[v + 1].gap not in _SPACE:
            return False
        if v > 0 and not any(c in tokens[v].gap for c in _SENTENCE_BREAK):
            return False
        for last in range(v + 1, min(len(tokens), v + 2 + self.settings.name_tokens)):
            run = self._runs.get(last)
            if run is not None and run.first == v + 1 or run is not None and tokens[v + 1].norm == "the" and run.first == v + 2:
                return last + 1 < len(tokens) and tokens[last + 1].gap.strip() == ","
        return False

    def _relative_of_speaker_after(self, h: int) -> bool:
        """Whether "who" and a verb of being follow the head at token h ('..., said the official who
        is familiar with the talks'): a relative clause describing the speaker, as a comma would end
        the subject ('said the suspects who fled had ...' has no "is"/"was" right after "who")."""
        tokens = self.tokens
        return h + 2 < len(tokens) and tokens[h + 1].norm == "who" and tokens[h + 1].gap in _SPACE \
            and tokens[h + 2].norm in _BE and tokens[h + 2].gap in _SPACE

    def _document_from_after(self, v: int) -> bool:
        """'in a statement from her people', 'in a letter by the ministry': the one named after the
        document's "from" or "by" gives its words, as "according to" does (added as such a clause)."""
        tokens, n = self.tokens, len(self.tokens)
        if v + 4 >= n or tokens[v + 1].norm not in ("a", "an", "the") or self._quote_of_token[v] >= 0:
            return False
        if v > 0 and not any(c in tokens[v].gap for c in _SENTENCE_BREAK) and "," not in tokens[v].gap:
            return False  # 'Lindqvist said in a statement from Geneva': where she said it, her words
        for h in range(v + 2, min(n - 2, v + 5)):
            if tokens[h].gap not in _SPACE:
                return False
            if tokens[h].norm in self.vocab.document_nouns:
                if tokens[h + 1].norm not in ("from", "by") or tokens[h + 1].gap not in _SPACE:
                    return False
                before = len(self.clauses)
                self._object_clause(v, v + 1, "according")
                if len(self.clauses) > before and (self.clauses[-1].first <= h or self._is_place_np(
                        (self.clauses[-1].first, self.clauses[-1].last)) or tokens[self.clauses[-1].last].text in self.lex.places):
                    del self.clauses[before:]  # "in a letter from prison", "from Geneva": the document or a place names no one
                return len(self.clauses) > before
        return False

    def _document_follows(self, v: int, documents: frozenset[str] | None = None) -> bool:
        """"issued a statement", "released a brief statement", "put out a letter" (documents: only
        those nouns)."""
        tokens = self.tokens
        for m in range(v + 1, min(len(tokens), v + 5)):
            if tokens[m].gap not in _SPACE:
                return False
            if tokens[m].norm in (self.vocab.document_nouns if documents is None else documents):
                return not self._figure_or_anothers(v, m)
        return False

    def _figure_or_anothers(self, v: int, m: int) -> bool:
        """Whether the document after a publishing verb is a figure ("posted a record of 43-39",
        "posted a 43-39 record": a tally, no words), a picture of something ("released two videos
        of them": shown, not said) or another's words ("released a letter from his
        physician", "a statement from the family's lawyer": the one who releases it says nothing)."""
        tokens = self.tokens
        n = len(tokens)
        if any(tokens[k].text[:1].isdigit() for k in range(v + 1, m)):
            return True
        if m + 2 < n and tokens[m + 1].norm == "of" and tokens[m + 2].text[:1].isdigit():
            return True
        if m + 1 < n and tokens[m].norm in _PICTURES and tokens[m + 1].norm == "of" and tokens[m + 1].gap in _SPACE:
            return True  # "released two videos of them": a picture shown, no words said
        if m + 2 < n and tokens[m + 1].norm == "from" and tokens[m + 1].gap in _SPACE:
            owner = tokens[m + 2]
            return owner.norm in POSSESSIVE_DETERMINERS or owner.possessive \
                or m + 3 < n and tokens[m + 3].possessive and tokens[m + 2].norm in ("the", "a")
        return False

    def _clause_at(self, v: int, base: str) -> Clause | None:
        tokens = self.tokens
        if base in self.vocab.naming and tokens[v].norm.endswith("ed") and v + 1 < len(tokens) and tokens[v + 1].gap in _SPACE:
            if tokens[v + 1].norm == "by":
                return self._passive_naming(v, base)
            if tokens[v + 1].norm == "as" and v >= 2 and tokens[v - 2].norm in ("the", "a", "an") and not tokens[v - 1].cap:
                return None  # "the man described as": the one described names no one
            if tokens[v + 1].cap and tokens[v].gap in _SPACE and not tokens[v - 1].cap and tokens[v - 1].norm not in _PRONOUNS \
                    and any(tokens[m].norm in ("a", "an") for m in range(max(0, v - 4), v - 1)):
                return None  # "A restoration company called Heritage Properties bought it": a name given, no words
        prev = tokens[v - 1] if v > 0 else None
        if prev is not None and tokens[v].norm in ("written", "signed") and v + 1 < len(tokens) and tokens[v + 1].norm == "by" \
                and prev.norm in self.vocab.document_nouns and tokens[v].gap in _SPACE:
            return None  # "A statement written by his parents was read": the document is no writer (its author is read there)
        if prev is not None and prev.norm in _NEGATIONS and tokens[v].gap in _SPACE:
            return None  # "did not say"; not 'pockets where it is not," said Rep. X': a quotation ends between
        if prev is not None and prev.norm == "without" and tokens[v].norm.endswith("ing") and tokens[v].gap in _SPACE:
            return None  # 'told the jury ..., without explaining that it had to be "truly exceptionally bad"': words not said
        if prev is not None and tokens[v].norm.endswith("ing") and tokens[v].gap in _SPACE \
                and (prev.possessive or prev.norm in ("the", "a", "an")) and self.language in (None, "en"):
            return None  # "after hearing a jury's ruling that he be put to death": a noun, whose owner
            # (if anyone) speaks, never the sentence's subject ("A convicted cop killer" was a source)
        if prev is not None and prev.norm == "worth" and tokens[v].norm.endswith("ing") and tokens[v].gap in _SPACE:
            return None  # "(Rell, it's also worth noting, sought ...)": the writer's aside, no one's words
        if prev is not None and tokens[v].norm.endswith("ing") and tokens[v].gap in _SPACE \
                and self.vocab.verbs.get(prev.norm) == "deny":
            return None  # 'denied saying "the vote was rigged"': words he denies, no one's said here
        if base in self.vocab.asking and prev is not None and tokens[v].gap in _SPACE \
                and (prev.norm == "left" or prev.norm == "to" and v > 1 and tokens[v - 2].norm == "left"):
            return None  # 'the board was left wondering: "why?"': a question the writer puts in its mouth
        nxt = tokens[v + 1] if v + 1 < len(tokens) else None
        if prev is not None and prev.norm == "in" and tokens[v].norm.endswith("ing") and tokens[v].gap in _SPACE \
                and (nxt is None or nxt.gap not in _SPACE or nxt.norm in _AFTER_BARE_GERUND):
            return None  # "asked to leave in writing in July": the form something took, no one speaking
        if nxt is not None and nxt.norm in ("guilty", "innocent", "not") and base in ("plead", "admit", "deny"):
            return None  # "pleaded guilty": a plea, not words
        if nxt is not None and nxt.norm == "nothing" and nxt.gap in _SPACE:
            return None  # "He answered nothing.", "she said nothing": silence, no words to credit
        if tokens[v].norm.endswith(_PARTICIPLE_SUFFIX) and base not in ("say",) or tokens[v].norm in ("saying",):
            quoted = self._quoted_as_saying(v)
            if quoted is not None:
                return quoted
            if v > 0 and tokens[v].gap in _SPACE and (tokens[v - 1].norm in self.vocab.document_nouns
                                                       or singular(tokens[v - 1].norm) in self.vocab.document_nouns):
                return None  # 'held signs reading "Phil Ford 2,290"': the sign's words, no one's speech
            if tokens[v].gap in _SPACE and v > 0:
                right_before = self._runs.get(v - 1)
                lead = right_before.run_first if right_before is not None and right_before.run_first >= 0 else v - 1
                object_of = tokens[lead - 1].norm if lead > 0 and tokens[lead].gap in _SPACE else ""
                if object_of == "the" and lead > 1 and tokens[lead - 1].gap in _SPACE:
                    object_of = tokens[lead - 2].norm  # "with the EU warning"
                if right_before is not None and (right_before.kind in ("person", "single") and (
                        object_of == "with" or object_of not in _PREPOSITIONS) or object_of == "with"):
                    # "with Ayman Safadi warning", "with the EU calling it": the one named after
                    # "with" speaks; not "posted on Twitter accusing": the place of the post
                    return Clause(v, right_before.first, right_before.last, base)
                np = self._np_ending_at(v - 1) if right_before is None else None
                if np is not None and np[0] > 0 and tokens[np[0] - 1].norm == "with" and tokens[np[0]].gap in _SPACE \
                        and self._speaker_head(tokens[v - 1].norm):
                    return Clause(v, np[0], np[1], base)  # "with a spokesman stating:": the spokesman's words
                group = tokens[v - 1].norm
                quote_next = v + 1 < len(tokens) and any(c in tokens[v + 1].gap for c in _OPEN_MARKS)
                if right_before is None and group in self.vocab.person_nouns and group.endswith("s") and quote_next \
                        and not self._in_quote(v - 1) and tokens[v - 1].gap != "-":
                    s = v - 1  # 'Students chanting "..."', 'hundreds of angry protesters chanting': the people doing it
                    while s > 0 and v - 1 - s < 3 and tokens[s].gap in _SPACE and tokens[s - 1].norm.isalpha() \
                            and not tokens[s - 1].cap and tokens[s - 1].norm not in _FUNCTION \
                            and not tokens[s - 1].norm.endswith(("s", "ed")) and tokens[s - 1].norm not in self.vocab.verbs:
                        s -= 1
                    if s > 0 and tokens[s - 1].norm in _DETERMINERS and tokens[s].gap in _SPACE:
                        s -= 1
                    return Clause(v, s, v - 1, base)
            if tokens[v].gap.strip() in (",", "", "—", "–") or tokens[v].gap in _SPACE:
                named = self._named_relative_subject(v)
                if named is not None:
                    return Clause(v, named[0], named[1], base)
                subject = self._sentence_subject(v)
                if subject is not None:
                    return Clause(v, subject[0], subject[1], base)
                be = self._progressive_be(v)
                subject = self._subject_before(be) if be is not None else None
                if subject is not None and self._people_opening_sentence(subject[0], subject[1]):
                    # "Critics are alleging that": as "Critics alleged"
                    return Clause(v, subject[0], subject[1], base, lead=subject[2] if len(subject) > 2 else subject[0])
            return None
        if tokens[v].gap.strip() == "," and tokens[v].norm in ("said", "says") and nxt is not None \
                and (nxt.norm in ("his", "her", "their", "the", "a", "an")
                     or nxt.norm == "one" and v + 2 < len(tokens) and tokens[v + 2].norm == "of"
                     or nxt.possessive and not nxt.cap and nxt.norm not in _PRONOUNS) and nxt.gap in _SPACE:
            after = self._subject_after(v)
            ends = after is not None and (after[1] + 1 >= len(tokens) or any(c in tokens[after[1] + 1].gap for c in ",.;")
                                         or self._relative_of_speaker_after(after[1]))
            head = tokens[after[1]].norm if after is not None else ""
            if nxt.norm == "one":
                head = singular(head)  # "said one of the rebel leaders, ...": one leader
            named = self._runs.get(after[1]) if after is not None else None
            if ends and (self._speaker_head(head) or named is not None and named.kind == "person" and after[0] > v + 1) \
                    and tokens[after[1]].norm not in self.vocab.document_nouns:
                # (not '..., said the suspects had fled': what was said)
                # "The driver had seethed with a sense of injustice, said his girlfriend": hers;
                # "..., said one of the rebel leaders, Abdel Aziz al-Hilu,": the name in apposition
                return Clause(v, after[0], after[1], base, inverted=True)
        inverted = self._inverted_pronoun(v)
        if inverted is not None:
            return Clause(v, inverted, inverted, base, inverted=True)  # '», affirme-t-elle', '», a-t-il déclaré'
        office = self._office_after_plural_verb(v)
        if office is not None:  # '«…», — повідомили в пресслужбі міськради': the office, as written
            return Clause(v, office[0], office[1], base, inverted=True, how="according-body")
        if self._pronoun_between_quotation_and_verb(v):
            return Clause(v, v - 1, v - 1, base)  # '”…”, hän sanoo': the pronoun before its verb, after the close
        if self._points_back_to_quotation(v):
            # '»…« Det siger meteorolog Signe Kjær': "Det" stands for the quotation, the subject follows the verb
            after = self._subject_after(v)
            return Clause(v, after[0], after[1], base, inverted=True) if after is not None else None
        if self._one_after_quotation(v):
            return Clause(v, v - 1, v - 1, base, how="one-of-them")  # '"We had to come," one said': one of those just named
        closing = self._name_closing_sentence_after(v) if base in _INVERTING_BASES else None
        if closing is not None:
            # "The cable, KX-South, will open in May, said ONA.": the name the sentence ends on after
            # ", said" is the speaker; a name set off by commas before it is what the words are about
            return Clause(v, closing[0], closing[1], base, inverted=True)
        before = self._subject_before(v)
        if before is not None and tokens[self._head_of(before[0], before[1])].norm in self.vocab.document_nouns \
                and base not in _DOCUMENT_SAYS:
            before = None  # "a statement shared to its website": a document only says, reads, notes
            # (its head: "the authors of the research argued" is the authors')
        if before is not None and before[0] >= 2 and tokens[before[0] - 1].norm in ("at", "on", "in", "outside", "near") \
                and tokens[before[0]].gap in _SPACE and tokens[before[0] - 1].gap in _SPACE \
                and (tokens[before[0] - 2].norm in self.vocab.document_nouns or singular(tokens[before[0] - 2].norm) in self.vocab.document_nouns):
            before = None  # "A sign at his headquarters warned": the sign's words, not the headquarters'
        if before is not None and before[0] == before[1] and before[0] > 0 and tokens[v].norm in self.vocab.foreign_verbs:
            prep = tokens[before[0] - 1]
            if not prep.cap and (prep.norm in self.vocab.foreign_prepositions or prep.norm in self.vocab.foreign_sentence_prepositions
                                 or prep.norm in self.vocab.foreign_of):
                before = None  # "Leserin Gisela M. aus Nidda schreibt": a place after a preposition, no subject
        elif before is not None and before[0] > 0 and tokens[v].norm in self.vocab.foreign_verbs \
                and tokens[before[0] - 1].norm == "von" and not tokens[before[0] - 1].cap:
            # "Zum Tod von Hildegard Scheufele sagte Bürgermeister Jan Ott": whom the phrase is of; the
            # subject follows the verb (a German sentence opening with a phrase puts it there)
            after = self._subject_after(v)
            return Clause(v, after[0], after[1], base, inverted=True) if after is not None and tokens[after[0]].cap else None
        if before is not None and (tokens[v].norm in self.vocab.foreign_verbs or tokens[v].norm in self.vocab.separable):
            before = self._unnamed_source_over_complement(before)  # "Een woordvoerder van het OM liet weten"
        if before is None or self._names_no_person(before):
            opener = self._person_opening_sentence(v)
            if opener is not None and (before is None or before[0] > opener[1]):
                # "Analyst Rob Enderle of Enderle Group in Silicon Valley said", "Darin Schroeder, Vice
                # President ... at the environmental organization, American Bird Conservancy, agreed"
                before = opener
        if before is not None and self._quote_of_token[v] < 0 <= self._quote_of_token[before[0]]:
            before = None  # '„Jeder Monat, das ist klar, macht es teurer“, sagte X': the quotation's words, no subject
        if before is not None:
            clause = Clause(v, before[0], before[1], base, lead=before[2] if len(before) > 2 else before[0])
            clause.medium = self._medium_after(v) if base == "tell" else None
            return clause
        if before is None and tokens[v].norm in self.vocab.foreign_dropped and self._dative_opens_sentence_of(v):
            # "Novinářům řekl: „…“", "Redakci sdělila:": whom the words were told opens the sentence, the
            # subject is dropped: the person the sentences before just named (pronouns._told_dropped)
            return Clause(v, v, v, base, inverted=True, how="dropped-told")
        if before is None:
            reported = self._reporting_subject(v, base) or self._colon_description_subject(v, base)
            if reported is not None:
                return reported  # "Añadió que … «…»", "La ministre lui a répondu que « … »"
        if self._after_quote_close(v):
            after = self._subject_after(v)
            if after is not None:
                return Clause(v, after[0], after[1], base, inverted=True)
            if tokens[v].norm in self.vocab.foreign_dropped and self._nothing_named_after(v) \
                    and not self._name_in_marks_before(v):  # (foreign.py: 'Vežėjas „Šiaurės linijos“ pranešė')
                # '«…», dijo.', '«…», ha detto ai giornalisti': no subject, the verb alone speaks for
                # the person the paragraph is about (resolved as "he said" is)
                return Clause(v, v, v, base, inverted=True, how="dropped")
        return None

    def _name_closing_sentence_after(self, v: int) -> tuple[int, int] | None:
        """The name after an English ", said" / ", added" when it ends the sentence (", said ONA.",
        ", said Reuters.", ", said John Smith."): the inverted subject of wire copy (only verbs that
        take no person as object: "…, told NBC News." names whom). Not a weekday or a month ("…, said
        Tuesday."), not inside a quotation."""
        tokens = self.tokens
        if tokens[v].gap.strip() != "," or tokens[v].norm in self.vocab.foreign_verbs or self._in_quote(v):
            return None
        after = self._subject_after(v)
        if after is None or not tokens[after[0]].cap or tokens[after[0]].norm in self.vocab.when_where:
            return None
        run = self._runs.get(after[1])
        if run is None or run.kind not in ("person", "institution", "media", "single") or run.first != after[0]:
            return None
        end = after[1] + 1
        if end < len(tokens) and not tokens[end].gap.strip().startswith((".", "!", "?")) and "\n" not in tokens[end].gap:
            return None
        return after

    def _progressive_be(self, v: int) -> int | None:
        """The finite form of "be" that makes the -ing verb at v a progressive ("Critics are
        alleging", "officials have been warning", "they were also claiming"): its token, past
        adverbs between; None for a participle on its own ("..., warning that") or a passive."""
        tokens = self.tokens
        k = v - 1
        while k > 0 and tokens[k + 1].gap in _SPACE and tokens[k].norm.endswith("ly") and len(tokens[k].norm) > 4 \
                or k > 0 and tokens[k + 1].gap in _SPACE and tokens[k].norm in ("also", "still", "now", "again"):
            k -= 1
        if k < 1 or tokens[k + 1].gap not in _SPACE or tokens[k].norm not in _BE - {"be", "being"}:
            return None
        return k

    def _people_opening_sentence(self, first: int, last: int) -> bool:
        """Whether the words first..last open their sentence and are headed by a noun of people
        ("Critics", "Local doctors", "The residents"): the subject a progressive verb of saying
        takes (a name is read before, as a participle's sentence subject; a subject inside the
        sentence may be a subordinate clause's, no speaker's)."""
        tokens, vocab = self.tokens, self.vocab
        if not tokens[first].initial:
            return False
        head = tokens[self._head_of(first, last)].norm
        return head in vocab.person_nouns or singular(head) in vocab.person_nouns

    def _unnamed_source_over_complement(self, before: tuple[int, ...]) -> tuple[int, ...]:
        """'Een woordvoerder van het Openbaar Ministerie liet weten': a name read as a foreign verb's
        subject in a sentence that opens with an indefinite article and a noun of an unnamed source,
        no comma between (no apposition naming that source): the name is the noun's complement and
        the source speaks (its article and noun); else the subject as read."""
        tokens, vocab = self.tokens, self.vocab
        k = before[0] - 1
        while k > 0 and not tokens[k].initial and tokens[k + 1].gap in _SPACE and before[0] - k <= self.settings.description_tokens:
            k -= 1
        if k + 1 >= before[0] or not tokens[k].initial or not self._opens_narration(k) or tokens[k].norm not in vocab.foreign_indefinite \
                or tokens[k + 1].norm not in vocab.foreign_source_nouns or any(tokens[m].gap not in _SPACE for m in range(k + 1, before[0] + 1)):
            return before
        return k, k + 1

    def _complementizer_after(self, v: int) -> int | None:
        """The complementizer of another language that opens the clause speech verb v reports, a
        few lower-case words on in its sentence ("añadió que", "garantiu ainda que", "a indiqué
        dans un communiqué que", "dodała, że"): its token, or None (a relative "que" is none)."""
        tokens, vocab = self.tokens, self.vocab
        for m in range(v + 1, min(len(tokens), v + 1 + self.settings.subject_tokens // 2)):
            gap = tokens[m].gap
            if self._quote_of_token[m] >= 0 or tokens[m].cap or gap not in _SPACE and gap.strip() != ",":
                return None
            if tokens[m].text.casefold() in vocab.foreign_complementizers:
                return m if not self._romance_relative(m) else None
            if gap.strip() == ",":
                return None  # (a comma only right before the complementizer: "dodała, że")
        return None

    def _opens_narration(self, k: int) -> bool:
        """Token k follows a word of the narration (a space) or opens a sentence of it (after a
        paragraph break, or a full stop, ending a quotation or not: '…». Añadió que'); not a
        verb right after a quotation's close ('», comentó una vecina que')."""
        gap = self.tokens[k].gap
        if gap in _SPACE or "\n" in gap:
            return True
        ending = gap.strip()
        if ending[-1:] in _CLOSE_MARKS:
            # ('"¿Qué hago?" preguntó': the quotation's own mark, its attribution in lower case)
            ending = ending.rstrip(_CLOSE_MARKS) if self.tokens[k].cap else ""
        return ending[-1:] in (".", "!", "?")

    def _reporting_subject(self, v: int, base: str) -> Clause | None:
        """The subject of a speech verb of another language whose reported clause a complementizer
        opens, when no other reading found one: the verb (its auxiliary, an object pronoun) opening
        its sentence in a language that drops subjects ("Añadió que", "Disse ainda que": the person
        the passage is about, as "«…», dijo." resolves), or an article and a noun opening it ("La
        ministre lui a répondu que", "O edil garantiu que": only a person the article writes that
        noun beside). A quotation inside that clause is then the subject's words."""
        tokens, vocab = self.tokens, self.vocab
        if self.language in (None, "en") or tokens[v].norm not in vocab.foreign_verbs or self._quote_of_token[v] >= 0 \
                or self._complementizer_after(v) is None:
            return None
        h = v
        while h > 0 and tokens[h].gap in _SPACE and not tokens[h].initial and (
                tokens[h - 1].norm in vocab.foreign_auxiliaries or tokens[h - 1].norm in vocab.object_clitics):
            h -= 1  # "lui a répondu", "ha aggiunto"
        if h > 0 and not self._opens_narration(h):
            return None  # ('«…», comentó una vecina que prefirió': after a quotation, a relative "que")
        if self._name_in_marks_before(h):
            return None  # (foreign.py: 'Vežėjas „Šiaurės linijos“ pranešė, kad': the marks hold a name)
        if tokens[h].initial and not self._in_heading(tokens[h].start):
            if tokens[v].norm in vocab.foreign_dropped:
                return Clause(v, v, v, base, inverted=True, how="dropped")
            return None
        k = h - 2
        if k < 0 or not tokens[k].initial or tokens[h].gap not in _SPACE or tokens[k + 1].gap not in _SPACE:
            return None
        noun = tokens[k + 1]
        if not (tokens[k].norm in vocab.foreign_articles or self._portuguese_article(k, opening=True)) or noun.cap \
                or not noun.norm.isalpha() or noun.norm in vocab.verbs or noun.norm in vocab.foreign_verbs:
            return None
        return Clause(v, k, k + 1, base, how="reported-description")

    def _dative_opens_sentence_of(self, v: int) -> bool:
        """Whether verb v's sentence opens with a noun in the dative (and at most a medium's name
        after it: "Reportérovi ČTK") right before v, and a colon follows v."""
        tokens = self.tokens
        k = v - 1
        if k > 0 and not tokens[k].initial and (tokens[k].text.isupper() or tokens[k].text in self.lex.media):
            k -= 1
        return k >= 0 and tokens[k].initial and self._dative_plural(tokens[k]) \
            and v + 1 < len(tokens) and ":" in tokens[v + 1].gap

    def _inverted_pronoun(self, v: int) -> int | None:
        """French inversion after a quotation: the pronoun joined by hyphens after the verb
        ('», dit-il', '», affirme-t-elle') or after its auxiliary ('», a-t-il déclaré')."""
        tokens, n, vocab = self.tokens, len(self.tokens), self.vocab
        if tokens[v].norm not in vocab.foreign_verbs:
            return None
        k = v + 1
        if k + 1 < n and tokens[k].norm == "t" and tokens[k].gap == "-":
            k += 1
        if k < n and tokens[k].gap == "-" and tokens[k].norm in vocab.foreign_pronouns and (
                self._after_quote_close(v) or self._after_quote_part(v)):
            return k
        k = v - 1
        if k > 0 and tokens[k].norm in vocab.foreign_pronouns and tokens[k].gap == "-" and tokens[v].gap in _SPACE:
            aux = k - 2 if tokens[k - 1].norm == "t" and tokens[k - 1].gap == "-" else k - 1
            if aux >= 0 and tokens[aux].norm in vocab.foreign_auxiliaries and (any(c in tokens[aux].gap for c in _CLOSE_MARKS)
                                                                              or self._after_quote_part(aux)) \
                    and "\n" not in tokens[aux].gap:
                return k
        return None

    def _after_quote_part(self, m: int) -> bool:
        """'« A, a-t-il expliqué. B »': token m follows, after a comma, the first part of a quotation
        whose guillemets hold the attribution too (compare.quotes cuts it in two there)."""
        tokens = self.tokens
        return m > 0 and tokens[m].gap.strip() == "," and self._quote_of_token[m] < 0 and self._quote_of_token[m - 1] >= 0 \
            and "«" in self.text[max(0, tokens[m].start - 600) : tokens[m].start]

    def _nothing_named_after(self, v: int) -> bool:
        """The verb ends its clause, or a preposition follows it ("dijo a la prensa", "ha detto in
        tv"): no subject comes after it."""
        tokens = self.tokens
        if v + 1 < len(tokens) and tokens[v + 1].gap in _SPACE and self._past_verb_clitic(v + 1) != v + 1:
            v += 1  # '„…“, rekao je.': the verb's clitic auxiliary, then nothing (foreign.py)
        if v + 1 >= len(tokens) or tokens[v + 1].gap not in _SPACE:
            return True
        if not (tokens[v + 1].norm.split("'")[0].split("’")[0] in self.vocab.foreign_prepositions and not tokens[v + 1].cap):
            return False  # (the preposition may be elided on its noun: "ha dichiarato all'uscita")
        if self._foreign_subject_later(v + 1) == (-1, -1):
            return True  # "ha detto al sindaco Paolo Conti": the name is whom the words were told
        # 'píše ve svém hodnocení server Claret and Hugh': the subject after the verb's phrase
        for m in range(v + 2, min(len(tokens), v + 2 + self.settings.subject_tokens)):
            if any(c in tokens[m].gap for c in ",.;:!?\n\"“”«»"):
                break
            run = self._runs.get(m)
            if run is not None and run.kind != "place" and not self._in_quote(m):
                return False
        return True

    def _passive_naming(self, v: int, base: str) -> Clause | None:
        """'the man described by The New York Times Magazine as "..."': the one after "by" names
        him so (never the man described)."""
        tokens = self.tokens
        for a in range(v + 3, min(len(tokens), v + 3 + self.settings.name_tokens + 2)):
            if tokens[a].norm == "as" and tokens[a].gap in _SPACE:
                np = self._np_ending_at(a - 1)
                if np is not None and np[0] == v + 2:
                    return Clause(v, np[0], np[1], base)
                run = self._run_starting(v + 2)
                if run is not None and run.last == a - 1 and run.kind != "place":
                    return Clause(v, run.first, run.last, base)
                return None
        return None

    def _named_relative_subject(self, v: int) -> tuple[int, int] | None:
        """'welcomed by Smith who pre-recorded a message, saying': the person a relative clause of
        the sentence is about, when a name stands right before its "who"."""
        tokens = self.tokens
        for m in range(v - 1, max(0, v - self.settings.aside_tokens), -1):
            if any(c in tokens[m].gap for c in _SENTENCE_BREAK) or tokens[m].norm in self.vocab.verbs and m < v - 1:
                return None
            if tokens[m].norm == "who" and tokens[m].gap in _SPACE and m > 0:
                run = self._runs.get(m - 1)
                if run is None or run.kind not in ("person", "single") or tokens[m - 1].possessive:
                    return None
                return self._np_ending_at(m - 1)
        return None

    def _quoted_as_saying(self, v: int) -> Clause | None:
        """'the New York Daily News quoted witness Devonte Brown as saying': the one quoted speaks
        (the paper only reports), the clause reaching back to the paper's name."""
        tokens = self.tokens
        if v >= 3 and tokens[v - 1].norm in self.vocab.perceived and tokens[v - 2].norm in _BE \
                and tokens[v].gap in _SPACE and tokens[v - 1].gap in _SPACE:
            # '," Jeffs was heard saying': the one heard speaks
            subject = self._subject_before(v - 2)
            return Clause(v, subject[0], subject[1], "say") if subject is not None else None
        if v < 4 or tokens[v - 1].norm != "as" or tokens[v].gap not in _SPACE or tokens[v - 1].gap not in _SPACE:
            return None
        if tokens[v - 2].norm in _QUOTING_VERBS and tokens[v - 3].norm in _BE:
            # "the company was quoted as saying", "she is quoted as saying": the subject is quoted
            subject = self._subject_before(v - 3) if v >= 4 else None
            return Clause(v, subject[0], subject[1], "say") if subject is not None else None
        np = self._np_ending_at(v - 2)
        if np is None or np[0] < 1:
            return None
        verb = np[0] - 1
        while verb > np[0] - 3 and verb > 0 and tokens[verb].norm not in _QUOTING_VERBS and tokens[verb + 1].gap in _SPACE \
                and (tokens[verb].norm in self.vocab.person_nouns or tokens[verb].norm in self.vocab.title_words):
            verb -= 1  # "quoted witness Devonte Brown"
        if tokens[verb].norm not in _QUOTING_VERBS or tokens[verb + 1].gap not in _SPACE:
            return None
        reporter = self._np_ending_at(verb - 1) if verb >= 1 and tokens[verb].gap in _SPACE else None
        return Clause(v, np[0], np[1], "say", lead=reporter[0] if reporter is not None else verb)

    def _regarding_clause(self, v: int) -> Clause | None:
        """The subject of "are treating ... as", "regarded ... as": the noun phrase before the
        verb and its auxiliaries, in the same sentence (no passive: "was treated as")."""
        tokens = self.tokens
        k = v - 1
        while k >= 0 and tokens[k + 1].gap in _SPACE and tokens[k].norm in ("are", "is", "were", "was", "have", "has", "had", "been", "still", "now"):
            if tokens[k].norm in ("were", "was", "been", "is", "are") and tokens[v].norm.endswith("ed"):
                return None
            k -= 1
        if k < 0 or tokens[k + 1].gap not in _SPACE:
            return None
        found = self._np_ending_at(k)
        return Clause(v, found[0], found[1], "treat") if found is not None else None

    def _as_quoted_after(self, v: int) -> bool:
        """'treating a fire which has destroyed a supermarket as "potentially suspicious"': "as" and
        an opening mark right after it, later in the verb's sentence."""
        tokens = self.tokens
        for m in range(v + 1, min(len(tokens) - 1, v + self.settings.aside_tokens)):
            if any(c in tokens[m].gap for c in _SENTENCE_BREAK):
                return False
            if tokens[m].norm == "as" and any(c in tokens[m + 1].gap for c in '"“'):
                return True
        return False

    def _named_before_quote_open(self, v: int) -> bool:
        """'Sky News estimates "at least 50 people"': a word that is as often a noun ("estimates",
        "notes", "reports") is a verb when it stands, in the present tense, between a name and the
        double mark opening a quotation."""
        tokens = self.tokens
        tok = tokens[v]
        if tok.cap or not tok.norm.endswith("s") or v == 0 or v + 1 >= len(tokens) or tok.gap not in _SPACE:
            return False
        after = tokens[v + 1].gap.strip(" \u00a0")
        if after not in ('"', "“") or self._quote_of_token[v + 1] < 0 or self._quote_of_token[v] >= 0:
            return False
        run = self._runs.get(v - 1)
        return run is not None and run.kind in ("person", "institution", "media") and not tokens[v - 1].possessive

    def _names_object_as_quoted(self, v: int) -> bool:
        """'Apple calls the new laptop the "world's lightest notebook"': a naming verb that is as
        often a noun ("calls", "labels", "terms") is a verb when it stands, in the present tense,
        right after a name, and a double mark opens a quotation a few words on in its sentence,
        with no comma or other mark between (its object, then the name it is given)."""
        tokens = self.tokens
        tok = tokens[v]
        if tok.cap or not tok.norm.endswith("s") or v == 0 or tok.gap not in _SPACE or self._quote_of_token[v] >= 0:
            return False
        run = self._runs.get(v - 1)
        if run is None or run.kind not in ("person", "institution", "media", "single") or tokens[v - 1].possessive:
            return False
        for m in range(v + 2, min(len(tokens), v + 2 + self.settings.subject_tokens)):
            gap = tokens[m].gap.strip(" \u00a0")
            if gap in ('"', "“"):
                return self._quote_of_token[m] >= 0 and self._quote_of_token[m - 1] < 0
            if gap and gap != "-":  # (a hyphen joins the object's words: "the 17-inch laptop")
                return False
        return False

    def _one_after_quotation(self, v: int) -> bool:
        """'"We watched every episode," one said': a lower-case "one" alone between a quotation's
        closing mark and the verb, the subject of a vox pop (pronouns: one of the group that just
        spoke, or no one)."""
        tokens = self.tokens
        return v > 0 and tokens[v - 1].text == "one" and tokens[v].gap in _SPACE \
            and any(c in tokens[v - 1].gap for c in _CLOSE_MARKS)

    def _after_quote_close(self, v: int) -> bool:
        """'"...," said X' / '" says X': the verb follows a closing mark (or a comma: 'prices
        rose, said Mary E. Lovely, an economist')."""
        gap = self.tokens[v].gap
        if v > 0 and self.tokens[v].norm in self.vocab.foreign_verbs and gap in _SPACE \
                and self.tokens[v - 1].norm in self.vocab.foreign_auxiliaries:
            gap = self.tokens[v - 1].gap  # '», a déclaré X', '», ha detto X': the auxiliary after the close
        elif v > 1 and self.tokens[v].norm in self.vocab.foreign_verbs and gap in _SPACE and self.tokens[v - 1].gap == "-" \
                and self.tokens[v - 1].norm in self.vocab.foreign_pronouns:
            aux = v - 3 if self.tokens[v - 2].norm == "t" and self.tokens[v - 2].gap == "-" else v - 2
            if self.tokens[aux].norm in self.vocab.foreign_auxiliaries:
                gap = self.tokens[aux].gap  # '», a-t-elle précisé': the auxiliary and its pronoun after the close
        if gap.strip() == "," and self.tokens[v].norm in ("said", "says") and v + 1 < len(self.tokens) and self.tokens[v + 1].cap:
            return not self._name_opens_reported_clause(v + 1)
        if gap.strip() == "," and self.tokens[v].norm in ("said", "says") and v + 2 < len(self.tokens) and self._names_person_from(v + 2):
            return True  # '..., said new Interior Secretary Ken Salazar': a lower-case word before the title
        # '"See that guy?" said X': the quote's own ? or !; '"...", said X': the comma outside
        inner = gap.strip().strip(_CLOSE_MARKS)
        if inner[:1] in (")", "]") and any(c in gap for c in _CLOSE_MARKS):
            inner = inner[1:].strip(_CLOSE_MARKS)  # '... issues like (the IE flaw)," said X': the bracket is the quotation's
        if inner == "." and not self.tokens[v].cap:
            inner = ""  # '...again." said Anna Pavlidou': a full stop where the comma belongs, the verb in lower case
        if self.tokens[v].norm in self.vocab.foreign_verbs:
            inner = inner.rstrip("—–- ")  # '«…», — сказал X': the dash that opens Russian and Czech speech
            if "".join(c for c in inner if c not in _CLOSE_MARKS) in ("?,", "!,", "…,"):
                inner = ""  # '«…?», ha detto X', '„…!“, rekao je': the quotation's own mark, the comma outside
        return any(c in gap for c in _CLOSE_MARKS) and "\n" not in gap and inner in ("", ",", "?", "!", "?!", "…")

    def _author_of_statement_read(self, v: int) -> tuple[int, int] | None:
        """'A statement from Mr Ferris's widow, Joanna Ferris, was read to the court by the
        prosecutor', 'A statement written by his parents, X and Y, was read aloud': the author the
        statement opening the sentence is from speaks the quotations after it, not who reads it."""
        tokens = self.tokens
        if v < 4 or tokens[v - 1].norm not in ("was", "were") or self._quote_of_token[v] >= 0:
            return None
        start = bisect.bisect_left(self.at.token_starts, self.at.sentences[self.at.sentence_at(tokens[v].start)].start)
        for d in range(start, min(v - 2, start + 5)):
            if tokens[d].norm not in _READING["documents"] or d == start:
                continue
            p = d + 1
            if tokens[p].norm in ("written", "issued", "prepared", "made") and tokens[p + 1].norm == "by":
                p += 1  # "a statement written by his parents"
            if tokens[p].norm not in ("from", "by") or tokens[p].gap not in _SPACE or tokens[start].norm not in ("a", "an", "the"):
                return None
            author = self._subject_before(v - 1)  # the phrase before "was", across its aside
            if author is None or author[0] <= p or self._is_place_np(author[:2]):
                return None  # (not "A statement from Washington was read out": a place is no author)
            if tokens[author[1] + 1].gap.strip() == "," and tokens[v - 1].gap.strip() == ",":
                names = [self._runs.get(m) for m in range(author[1] + 1, v - 1)]
                names = [r for r in names if r is not None and r.kind in ("person", "single")]
                if names and names[0].first == author[1] + 1 and names[-1].kind == "person" and names[-1].last == v - 2:
                    return names[0].first, names[-1].last  # "his parents, Colin and Maureen Ashworth,": the names
            return author[:2]
        return None

    def _name_opens_reported_clause(self, k: int) -> bool:
        """The name at k, after ", said", has a finite verb right after it: the subject of the words
        reported ("An agent, who declined to be named, said Castellar had first bid"), no speaker set
        after the verb ("prices rose, said Mary Lovely, an economist")."""
        run = self._run_starting(k)
        end = run.last + 1 if run is not None and run.first == k else k + 1
        return end < len(self.tokens) and self.tokens[end].gap in _SPACE and self.tokens[end].norm in FINITE_AUXILIARIES

    def _person_after_title(self, run: _NameRun) -> tuple[int, int] | None:
        """The person a run of titles and names of bodies leads to: "NASA administrator Jim
        Bridenstine", "SeaMicro CEO and new AMD general manager Andrew Feldman", "Secretary of
        State Condoleezza Rice" (a title's "of the" goes on)."""
        tokens, n = self.tokens, len(self.tokens)
        m = run.last + 1
        while m < n and m - run.last <= 8 and (tokens[m].gap in _SPACE or tokens[m].gap.strip() == "."
                                               and tokens[m - 1].norm in self.vocab.abbreviations):  # "police Lt. Gerry"
            person = self._runs.get(m)
            if person is not None and person.kind == "person" and person.first > run.last:
                return person.first, person.last
            tok = tokens[m]
            titled = tok.norm in ("of", "the", "for") and tokens[run.first].norm in self.vocab.title_words
            if not (tok.cap or tok.norm == "and" or titled or tok.norm.isalpha() and tok.norm not in _FUNCTION
                    and tok.norm not in self.vocab.verbs):
                return None
            m += 1
        return None

    def _object_clause(self, v: int, k: int, base: str) -> None:
        """"according to X" / "in an interview with X": the words after."""
        tokens = self.tokens
        n = len(tokens)
        if k >= n or self._quote_of_token[v] >= 0:
            return  # "according to" inside a quotation credits nothing the narration shows
        name_at = k + 1 if tokens[k].norm == "the" and k + 1 < n and tokens[k + 1].cap else k
        if tokens[name_at].cap:  # "according to the World Food Programme"
            k0 = k
            k = name_at
            for last in range(k, min(n, k + self.settings.name_tokens + 3)):
                if last > k and not self._joined_in_name(last):
                    break
                run = self._runs.get(last)
                if run is not None and run.first >= k and tokens[run.last].possessive and base == "according":
                    owned = self._person_after_owner(run.last + 1)
                    if owned is not None:  # "according to RedMonk's Stephens": the analyst, not the firm
                        self.clauses.append(Clause(v, owned[0], owned[1], base))
                        return
                if run is not None and run.first >= k:
                    person = self._person_after_title(run) if run.kind in ("institution", "media", "single", "place") \
                        and not tokens[run.last].possessive else None
                    if person is not None and any(tokens[x].norm in self.vocab.title_words or tokens[x].norm in self.vocab.person_nouns
                                                  for x in range(run.last + 1, person[0])):
                        # "according to Troy police Lt. Gerry Scherlinck": the lieutenant (not "with NBC's Real Life")
                        self.clauses.append(Clause(v, person[0], person[1], base))
                        return
                    body = self._place_body_after(run) if base == "according" else None
                    if body is not None:  # "according to Ridgeway police an officer arrived": the place's police
                        self.clauses.append(Clause(v, run.first, body, base))
                        return
                    self.clauses.append(Clause(v, run.first, run.last, base))
                    return
            k = k0
        # a description: "the office release", "Turkish media", "a survey by X"
        for h in range(k, min(n, k + 6)):
            if h > k and tokens[h].gap not in _SPACE_OR_HYPHEN:
                break
            norm = tokens[h].norm
            data = norm in self.vocab.data_nouns
            if norm in self.vocab.person_nouns or norm in self.vocab.document_nouns or norm in self.vocab.body_nouns or data:
                while h + 1 < n and tokens[h + 1].gap in _SPACE and not tokens[h + 1].cap and self._speaker_head(tokens[h + 1].norm):
                    h += 1  # "court records", "police officials": the last noun heads the phrase
                    norm = tokens[h].norm
                    data = norm in self.vocab.data_nouns
                end = h
                if h + 1 < n and tokens[h + 1].cap and tokens[h + 1].gap in _SPACE and norm in self.vocab.person_nouns:
                    run = self._run_starting(h + 1)  # "according to shipping analyst Tom Reeve"
                    if run is not None and run.kind == "person":
                        self.clauses.append(Clause(v, run.first, run.last, base))
                        return
                if h + 1 < n and tokens[h + 1].norm in ("of", "by", "from") and tokens[h + 1].gap in _SPACE:
                    at_name = h + 3 if h + 3 < n and tokens[h + 2].norm == "the" and tokens[h + 3].cap else h + 2
                    run = self._run_starting(at_name)  # "a survey by Penelope Muse Abernathy"
                    if run is not None:
                        self.clauses.append(Clause(v, run.first, run.last, base))
                        return
                    owner = self._description_after(h + 2) if data or norm in self.vocab.document_nouns else None
                    if owner is not None:  # "figures from the port authority"
                        self.clauses.append(Clause(v, owner[0], owner[1], base))
                        return
                if data:
                    return  # "according to figures": numbers, no one who gave them
                self.clauses.append(Clause(v, k, end, base))
                return

    def _place_body_after(self, run) -> int | None:
        """'Ridgeway police', 'Marion County prosecutors': a capitalised name that is no person's
        (nor a surname the article gives one) right before a lower-case noun of a body, a space
        between: the body of that place is cited, not the name (the noun's token, else None)."""
        tokens = self.tokens
        h = run.last + 1
        if run.kind not in ("single", "place") or h >= len(tokens) or tokens[h].cap or tokens[h].gap not in _SPACE \
                or tokens[run.last].possessive or tokens[h].norm not in self.vocab.body_nouns \
                or any(tokens[m].norm in self._surnames for m in range(run.first, run.last + 1)):
            return None
        return h

    def _description_after(self, k: int) -> tuple[int, int] | None:
        """'the port authority', 'local officials': a description of a body or people opening at
        token k, up to its head noun (a few words, no punctuation between)."""
        tokens, vocab = self.tokens, self.vocab
        for h in range(k, min(len(tokens), k + 5)):
            if h > k and tokens[h].gap not in _SPACE_OR_HYPHEN:
                return None
            norm = tokens[h].norm
            if norm in vocab.body_nouns or norm in vocab.person_nouns or singular(norm) in vocab.person_nouns:
                return k, h
            if tokens[h].cap and tokens[h].text not in self.lex.demonyms or norm in _FUNCTION and norm not in _DETERMINERS:
                return None  # (a people's adjective modifies: "the Indian government")
        return None

    def _joined_in_name(self, m: int) -> bool:
        """Token m continues the name before it (a space, a hyphen, an initial's full stop)."""
        gap = self.tokens[m].gap
        if gap in (". ", ".") and self.tokens[m].norm.isdigit() and self.tokens[m - 1].norm == "no":
            return True  # "Juror No. 8"
        return gap in _SPACE_OR_HYPHEN or gap in (". ", ".") and self._abbreviation_before(m)  # "U.S. Attorney"

    def _medium_after(self, v: int) -> str | None:
        """'told Reuters', 'told the BBC': the medium spoken to."""
        tokens = self.tokens
        n = len(tokens)
        k = v + 1
        if k < n and tokens[k].norm == "the":
            k += 1
        for last in range(k, min(n, k + 4)):
            run = self._runs.get(last)
            if run is not None and run.first == k and run.kind in ("media", "institution", "single"):
                text = run.text
                if text in self.lex.media or run.kind == "media":
                    return text
        return None
