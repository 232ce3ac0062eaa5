"""Names read from runs of capitalised words: where they end, what kind of name each is."""

from __future__ import annotations

import bisect
import functools
import re
from typing import Sequence

from sidebyside.compare.articletext import NAME_PARTICLES
from sidebyside.compare.entities_cuts import entity_words
from sidebyside.compare.text import TIME_WORDS, fold
from sidebyside.compare.title_case import title_cased
from sidebyside.compare.tokens import Token
from sidebyside.resources import resource_json
from sidebyside.compare.attribution.records import _NameRun
from sidebyside.compare.attribution.vocabulary import _DETERMINERS, _FUNCTION, _SPACE, _SPACE_OR_HYPHEN, _SPEECH, _stem

# the object a participle opening a sentence takes ("Recovering myself", "Turning the corner"):
# after a capitalised "-ing" word, these show a verb, not a name (English grammar, closed class)
_PARTICIPLE_OBJECTS = frozenset(
    """myself yourself himself herself itself ourselves themselves me him us them it
    the a an his their its my our your this these those""".split()
)


# German articles of the cases "zufolge" takes ("Dem Minister X zufolge"): they open no name.
_GERMAN_CASED_ARTICLES = frozenset("dem der den des".split())


# an elided article glued to a lower-case noun opening a sentence ("L'avvocato", "Dell'ospedale",
# "Un'infermiera"); not "O'Neill", "D'Angelo"
@functools.cache
def _place_prepositions(language: str | None) -> frozenset[str]:
    """The prepositions of one language that put a name right after them as a place ("в", "w",
    "v"): speech_languages.json's "place_prepositions" of that language only (no other's)."""
    entry = resource_json("attribution/speech_languages.json").get(language or "", {})
    return frozenset(fold(w) for w in entry.get("place_prepositions", ()))


_ALSO_ENGLISH = frozenset({"um"})  # an indefinite article that is an English word too ("um", not "Uma Thurman")
_ELIDED = re.compile(r"\w{1,4}['’](\w)")
# the stop that ends a sentence of the text model, with the closing marks after it ('."', '?)')
_CLOSING_STOP = re.compile(r"[.!?…]+[\"'”’»“«‘)\]]*$")


# the words of a paper's edition that open its name ("the Daily Star", "the Sunday Times")
_EDITION_WORDS = frozenset(_SPEECH["paper_edition_words"])
# the last words of a building's or a site's name that no body speaking as itself ends in ("Delmar County
# Courthouse", "Route 9 Highway"): of entities.json's facility_heads, those of no business (not "hotel", "store")
_SITE_HEADS = frozenset(entity_words()["facility_heads"]) & frozenset(
    "courthouse prison jail penitentiary cemetery road highway avenue boulevard plaza building".split())


class NameReading:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _quoted_tokens(self) -> list[int]:
        """For each token, the index of the top-level quote holding it, or -1."""
        out = [-1] * len(self.tokens)
        starts = self.at.token_starts
        for qi, q in enumerate(self.at.quotes):
            if q.nested_in is not None:
                continue
            lo = bisect.bisect_left(starts, q.start)
            hi = bisect.bisect_left(starts, q.end, lo)
            for k in range(lo, hi):
                out[k] = qi
        return out

    def _in_quote(self, k: int) -> bool:
        """Whether token k sits in another quotation than the clause being read (the narration
        reads no words inside quotes; a clause inside a quote reads only its own quote's)."""
        return self._quote_of_token[k] != self._context

    def _name_runs(self) -> dict[int, _NameRun]:
        """Parsed capitalised runs, keyed by their last token (those inside quotations too: a
        clause inside a quotation names its speaker with them)."""
        tokens = self.tokens
        # last words of names of two words or more: "Early" of "Chris Early" is a surname here
        self._surnames = {tokens[j - 1].norm for i, j in self.at.cap_runs
                          if j - i >= 2 and not self._description_and_its_place(i, j)}  # (foreign.py)
        out: dict[int, _NameRun] = {}
        bodies: set[str] = set()  # names the text showed to be bodies ("..., Big Machine, says")
        short_forms: set[str] = set()  # their first words ("Big Machine" of "Big Machine Records")
        shown_people: set[str] = set()  # names the text showed to be people's though a head ends them ("Tom Harbour, 52,")
        office_start = {j: i for i, j in self.at.cap_runs}  # (run end -> its start: the office before a complement)
        for i, j in self._joined_at_and(self.at.cap_runs):
            if j - i > 3 * self.settings.name_tokens:
                continue
            if self._office_complement(i):
                # "The Regional Commissioner for Water Safety": the office with what it is for is
                # the speaker, an institution's office; "Water Safety" alone is no one
                first = office_start.get(i - 1, i - 2)
                first += tokens[first].text == "The" and first < i - 2
                out[j - 1] = _NameRun(first, j - 1, "institution", frozenset(), self.text[tokens[first].start : tokens[j - 1].end], first)
                continue
            owner = self._owner_of_body(i, j, office_start)
            if owner is not None:
                # "the Pike County Sheriff's Office": the owner's body, one institution; neither a
                # person "Office" nor a person "Pike County Sheriff"
                out.pop(i - 1, None)
                out[j - 1] = _NameRun(owner, j - 1, "institution", frozenset(), self.text[tokens[owner].start : tokens[j - 1].end], owner)
                continue
            if j - i > 1 and self._in_heading(tokens[i].start):  # (a one-word run has no word to end before)
                j = self._name_end_in_heading(i, j)  # "Lindsay Lohan Checks Into Rehab": the name ends before "Checks"
            run = self._parse_run(i, j - 1)
            if run is not None:
                run.run_first = min(run.first, self._past_opening_phrase(i, j - 1))  # (not "Interpellata da": foreign.py)
                self._number_after(run)
                if run.kind == "institution":
                    bodies.add(run.text)
                    words = run.text.split()
                    short_forms.update(" ".join(words[:n]) for n in range(1, len(words)))
                elif run.kind in ("person", "single") and (run.text in bodies or run.text in short_forms
                                                           and fold(run.text.split()[0]) not in self.vocab.first_names):
                    run.kind = "institution"  # (not "Dick Clark" of "Dick Clark Productions": a person's name)
                elif run.kind in ("place", "institution") and run.text in shown_people:
                    run.kind = "person"  # "Tom Harbour said" after "Tom Harbour, 52,": the person again
                if run.kind == "person" and run.text not in bodies and self._shown_a_person(run.first, run.last):
                    shown_people.add(run.text)
                out[run.last] = run
        return out

    def _owner_of_body(self, i: int, j: int, run_start: dict[int, int]) -> int | None:
        """The first token of the capitalised owner of a one-word run i..j-1 that is a body's noun
        ("Office", "Department") right after the owner's possessive ("the Pike County Sheriff's
        Office", "the Governor's Office"), else None."""
        tokens = self.tokens
        if j - i != 1 or i < 1 or tokens[i].gap != " " or not (tokens[i - 1].possessive and tokens[i - 1].cap) \
                or fold(tokens[i].text) not in self.vocab.body_nouns or self._quote_of_token[i] >= 0:  # (the fold last: most runs fail before it)
            return None
        return run_start.get(i, i - 1)

    def _shown_a_person(self, k: int, last: int) -> bool:
        """Whether the text shows the two-word name k..last, whose last word heads names of places
        or bodies ("Harbour", "Union", "Bank"), to be a person's: an age after it ("Tom Harbour,
        52,") or its last word after an honorific elsewhere ("Mr Harbour")."""
        tokens = self.tokens
        head = tokens[last].norm
        if last != k + 1 or fold(tokens[k].text) not in self.vocab.first_names:
            return False
        if head not in self._place_heads and head not in self.vocab.org_heads and head not in self.vocab.body_nouns:
            return False
        n = last + 1
        if n + 1 < len(tokens) and tokens[n].norm.isdigit() and tokens[n].gap == ", " and tokens[n + 1].gap.startswith(","):
            return True
        return tokens[last].text in self._honorific_surnames

    @functools.cached_property
    def _honorific_surnames(self) -> frozenset[str]:
        """The capitalised words the text writes right after "Mr", "Mrs", "Ms" or "Miss"."""
        tokens, courtesy = self.tokens, self.vocab.courtesy_sexes
        return frozenset(tokens[m + 1].text for m in range(len(tokens) - 1)
                         if tokens[m].norm in courtesy and tokens[m].cap and tokens[m + 1].cap and tokens[m + 1].gap in (" ", ". "))

    def _office_complement(self, i: int) -> bool:
        """Whether the capitalised run at token i is what an office before it is for ("The
        Regional Commissioner for Water Safety", "the Minister for Health"), with no given name in
        it: no one's name, and never the speaker the office's words go to."""
        tokens, vocab = self.tokens, self.vocab
        if i < 2 or tokens[i - 1].norm != "for" or not tokens[i - 2].cap or tokens[i - 2].norm not in vocab.title_words:
            return False
        k = i
        while k < len(tokens) and tokens[k].cap and fold(tokens[k].text) not in vocab.first_names:
            k += 1
        return k >= len(tokens) or not tokens[k].cap  # ("Minister for Health Ana Berg": her name follows)

    def _joined_at_and(self, runs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Capitalised runs, with a body's name that holds "and" made one run ("the U.S. Food and
        Drug Administration", "Surrey Fire and Rescue Service"): an everyday word before "and",
        and after it one everyday word and the word that heads a body's name. Two names stay
        two ("Smith and Jones", "Big Machine and Dick Clark Productions")."""
        tokens = self.tokens

        def everyday(tok: Token) -> bool:
            return self._common(tok) and fold(tok.text) not in self.vocab.first_names and tok.norm not in self.vocab.org_heads

        out: list[tuple[int, int]] = []
        for i, j in runs:
            if out and j - i <= 3 and tokens[j - 1].norm in self.vocab.company_suffixes and out[-1][1] - out[-1][0] <= 2 \
                    and fold(tokens[out[-1][0]].text) not in self.vocab.first_names and (
                    out[-1][1] + 1 == i and tokens[i - 1].norm == "and" and tokens[i - 1].gap in _SPACE and tokens[i].gap in _SPACE
                    or out[-1][1] == i and tokens[i].gap in (" & ", "\u00a0&\u00a0")):
                out[-1] = (out[-1][0], j)  # "Barnes and Noble Inc.", "Procter & Gamble Co.": one company
                continue
            if out and out[-1][1] == i and tokens[i].gap in (" & ", "\u00a0&\u00a0") and j - i <= 2 and out[-1][1] - out[-1][0] <= 2:
                out[-1] = (out[-1][0], j)  # "Fenwick & Lowe", "Marks & Spencer": an ampersand joins a firm's name, never two people
                continue
            if out and out[-1][1] + 1 == i and j - i == 2 and tokens[i - 1].norm == "and" \
                    and tokens[i - 1].gap in _SPACE and tokens[i].gap in _SPACE \
                    and tokens[j - 1].norm in self.vocab.org_heads and everyday(tokens[i]) and everyday(tokens[i - 2]):
                out[-1] = (out[-1][0], j)
                continue
            out.append((i, j))
        return out

    def _number_after(self, run: _NameRun) -> None:
        """'Juror No. 8', 'Witness Number 3': a person known by a number keeps it ("Juror No"
        alone is no one; when "Juror" was read as a role before the name "No", the role is the name's)."""
        tokens, nxt = self.tokens, run.last + 1
        lead = run.run_first if 0 <= run.run_first < run.first and run.last == run.first else run.first
        if run.kind != "place" and run.last > lead and tokens[run.last].norm in ("no", "number") \
                and nxt < len(tokens) and tokens[nxt].norm.isdigit() and tokens[nxt].gap in (*_SPACE, ". ", ".\u00a0"):
            if lead < run.first:
                run.first, run.descriptors = lead, frozenset()
            run.last = nxt
            run.text = self.text[tokens[run.first].start : tokens[nxt].end]

    def _in_heading(self, offset: int) -> bool:
        """Whether offset lies in a headline set in title case ("Lindsay Lohan Checks Into Rehab at
        Betty Ford Center"): short, no closing full stop, nearly every word capitalised."""
        p = self.at.paragraph_at(offset)
        if p < 0:
            return False
        cache = self.__dict__.get("_headings")  # each paragraph's answer (asked for every name and verb)
        if cache is None:
            cache = self._headings = {}
        found = cache.get(p)
        if found is None:
            found = cache[p] = self._heading_paragraph(p)
        return found

    def _heading_paragraph(self, p: int) -> bool:
        lo, hi = self.at.paragraphs[p]
        if hi - lo > 2 * self.settings.heading_chars:
            return False  # a paragraph of the story
        line = self.text[lo:hi].rstrip()
        words = [self.tokens[k] for k in self.at.token_range(lo, hi) if self.tokens[k].text[:1].isalpha()]
        return len(line) <= self.settings.heading_chars and not line.endswith((".", "!", "?", ":", '"', "”", "’")) \
            and title_cased(((t.norm, t.cap) for t in words if t.norm not in _FUNCTION), 3,
                            self.settings.heading_capitals, self.vocab.title_small)

    def _name_end_in_heading(self, i: int, j: int) -> int:
        """Where a capitalised run of a headline stops being a name: at the first word after its
        first that the text writes in lower case, or a function or speech word ("Checks", "Into")."""
        lower_stems = self.__dict__.get("_lower_stems")
        if lower_stems is None:
            lower_stems = self._lower_stems = {_stem(w) for w in self._lower}
        for k in range(i + 1, j):
            norm = self.tokens[k].norm
            if norm in self._lower or norm in _FUNCTION or norm in self.vocab.verbs or norm in self.vocab.title_small \
                    or _stem(norm) in lower_stems:  # "Checks" where the story says "checked"
                return k
            if k - i >= 2 and self._common_s_form(norm):
                return k  # "Lindsay Lohan Checks", "Serena Williams Wins": a verb after a full name
            if k - i == 1 and self._common_s_form(norm) and self.tokens[i].norm in self._alone_names():
                return k  # "Microsoft Launches", "Microsoft Releases" where the story says "Microsoft said": a verb
        return j

    def _common_s_form(self, norm: str) -> bool:
        """A word in -s whose stem is a common word: "Checks", "Launches", and "Releases", "Closes"
        (the stem with its final "e": "release", not "releas")."""
        if not norm.endswith("s"):
            return False
        zipf = self.settings.heading_verb_zipf
        return self.lex.is_common(_stem(norm), zipf) or norm.endswith("es") and self.lex.is_common(norm[:-1], zipf)

    def _alone_names(self) -> frozenset[str]:
        """Capitalised words the text writes alone before a lower-case word, mid-sentence or
        opening one ("Microsoft has released"): names that need no second word."""
        alone = self.__dict__.get("_alone")
        if alone is None:
            tokens = self.tokens
            alone = self._alone = frozenset(
                tokens[k].norm for k in range(len(tokens) - 1)
                if tokens[k].cap and not tokens[k + 1].cap and tokens[k + 1].gap in _SPACE and tokens[k + 1].text[:1].isalpha()
            )
        return alone

    def _place_prepositions(self) -> frozenset[str]:
        return _place_prepositions(self.language)

    def _opens_a_question(self, k: int) -> bool:
        """Whether the sentence token k opens ends with a question mark."""
        return self.text.startswith("?", self._words_end(self.tokens[k].start))

    def _words_end(self, offset: int) -> int:
        """Where the words of the text model's sentence holding offset end: at its stop (before
        the closing marks after it), or at its end when it has none."""
        sentence = self.at.sentences[self.at.sentence_at(offset)]
        stop = _CLOSING_STOP.search(self.text, sentence.start, sentence.end)
        return stop.start() if stop is not None else sentence.end

    def _paper_by_edition(self, i: int, j: int) -> bool:
        """Whether a run after "the" is a paper named by its edition ("the Daily Telegraph", "the
        Sunday Times", "the Evening Standard", "the Daily Star"): the edition word is no title nor
        time of the name, the whole is the paper's (not a person "Telegraph" or "Times")."""
        tokens = self.tokens
        return 1 <= j - i <= 2 and i > 0 and tokens[i - 1].norm == "the" and tokens[i].gap in _SPACE \
            and tokens[i].norm in _EDITION_WORDS and all(tokens[x].cap and tokens[x].gap in _SPACE for x in range(i + 1, j + 1)) \
            and not tokens[j].possessive

    def _parse_run(self, i: int, j: int) -> _NameRun | None:
        """Tokens i..j (a capitalised run) as a name: an institution, medium or place the term
        lists or the last word tell; else a person's name, read from the right (at most four
        words, hyphenated parts, particles and initials kept), titles, honorifics, demonyms and
        office words before it kept as descriptors. None when nothing name-like is left."""
        tokens, vocab = self.tokens, self.vocab
        while j > i and tokens[j].gap == "-" and not tokens[j].cap and (
                tokens[j].norm in vocab.title_words or tokens[j].norm in vocab.person_nouns
                or len(tokens[j].norm) >= 5 and tokens[j].norm.endswith(vocab.agent_suffixes)):
            j -= 1  # "Jonathan Wright-director of ...": a dash with no spaces, the name ends before it ("Cheuk Hau-yip" stays)
        while j > i and tokens[j].text == "I" and not (j + 1 < len(tokens) and tokens[j + 1].gap.startswith(".")):
            j -= 1  # "touching Nippers I was persuaded": the pronoun after a name, no initial of it
        j = self._name_before_german_article(i, j)  # (foreign.py: "Manthey der Mannschaft")
        j = self._name_before_owner_genitive(i, j)  # (foreign.py: "Pekka Virtanen Koivulahden kalastusseurasta")
        k = self._foreign_opening(i, j)
        if k is None:
            return None
        e = i + 1 if i < j and tokens[i].text == "The" else i  # ("according to The Daily Star")
        if self._paper_by_edition(e, j):
            return _NameRun(e, j, "media", frozenset(), self.text[tokens[e].start : tokens[j].end])
        while k <= j and tokens[k].norm in vocab.openers and (k == i or tokens[k].initial) \
                and not self._given_name_of_the_text(k):  # (foreign.py: Swedish "Per")
            if k < j and len(tokens[k].text) == 1 and tokens[k + 1].gap.startswith("."):
                break  # "A.J. Smith", "A. J. Smith": an initial, not the article "a"
            if k == j and tokens[k].norm in self._surnames and (
                    not tokens[k].initial or k + 1 < len(tokens) and tokens[k + 1].norm in vocab.verbs):
                break  # "Early says" after "Chris Early": a surname, not an opener
            k += 1  # "But Chris Tang", "Earlier"
        if k < j and self._article_before_name(k):
            k += 1  # "Ο Νίκος Αλεξίου δήλωσε": the article a language writes before a person's name (foreign.py)
        if k < j and tokens[k].initial and tokens[k].norm in vocab.question_auxiliaries and self._opens_a_question(k):
            k += 1  # "Will Brandt continue ...?": the modal opening a question, no given name
        if k < j and tokens[k].initial:
            k += self._foreign_according_phrase(k)  # "Nach Angaben von Volker Wissing", "Podle Fialy": the name after
        if j - k >= 2 and tokens[k].norm in _GERMAN_CASED_ARTICLES and j + 1 < len(tokens) \
                and tokens[j + 1].norm in vocab.foreign_according_after:
            k += 2  # "Dem Verkehrsminister Volker Wissing zufolge": the article and its noun (German writes
            # nouns with capitals) are no part of the name
        if k <= j and tokens[k].initial and self._dative_plural(tokens[k]):
            if k == j or k + 1 == j and (tokens[j].text.isupper() or tokens[j].text in self.lex.media):
                return None  # "Novinářům řekl:", "Reportérovi ČTK řekla:": whom the words were told, no one's name
            k += 1  # "Журналистам Савельев сказал": the name after it
        article_noun = self._article_noun_opening(k, j)
        if article_noun == "none":
            return None
        if article_noun == "institution":
            return _NameRun(k, j, "institution", frozenset(), self.text[tokens[k].start : tokens[j].end])
        if article_noun == "person":
            k += 2  # "Der Bauer Karl Hahn": the person after the article and its noun
            if tokens[k].norm in NAME_PARTICLES and not tokens[k].cap:
                k += 1  # "Zum Tod von Margarete Lindqvist": the person the noun is of
        elif k > 0 and j - k >= 2 and tokens[k - 1].norm in vocab.noun_articles and not tokens[k - 1].cap \
                and tokens[k].gap in _SPACE and all(tokens[x].cap and tokens[x].gap in _SPACE for x in range(k + 1, j + 1)) \
                and not any(w in self.lex.media or w in self.lex.organisations or w in self.lex.places
                            for w in (self.text[tokens[k].start : tokens[j].end], self.text[tokens[k + 1].start : tokens[j].end])):
            article_noun = "person"
            k += 1  # "der Musiker Felix Lanz": the noun after a lower-case article describes the person after it
        while k <= j and tokens[k].norm in TIME_WORDS:
            k += 1  # "Monday Big Machine Records"
        if k < j and tokens[k].initial and self._opening_participle(tokens[k].norm) and (
                not tokens[k].norm.endswith("ed") or self._verb_before_alone_name(k, j)):
            k += 1  # "Describing Yida as ...", "Haunted Izuku on the drive home": a verb opening the sentence, no first name
        if k > j:
            return None  # "Thursday"
        if k == j and tokens[k].initial and tokens[k].norm.endswith("ing") and self._opening_participle(tokens[k].norm) \
                and j + 1 < len(tokens) and tokens[j + 1].gap in _SPACE and tokens[j + 1].norm in _PARTICIPLE_OBJECTS:
            return None  # "Recovering myself, I advanced", "Turning the corner": a participle and its object, no name
        if self._party_tag(k, j):
            return None
        whole = self.text[tokens[k].start : tokens[j].end]
        kind = self._kind_of_name(k, j, whole)
        if kind is None:
            return None
        if kind == "person" and self._article_opened_body(k, j):
            return _NameRun(k, j, "institution", frozenset(), whole)  # "O Governo anunciou": a body, no one
        if kind in ("person", "single") and k == i + 1 and tokens[i].initial and tokens[i].norm in vocab.foreign_sentence_prepositions \
                and tokens[i].norm not in vocab.openers:
            return _NameRun(k, j, "place", frozenset(), whole)  # "Im Ortsteil Kau, wo ...": the object of the preposition, no one
        if kind in ("person", "single") and k == i and i > 0 and not tokens[i - 1].cap and tokens[i].gap in _SPACE \
                and tokens[i - 1].norm in self._place_prepositions():
            return _NameRun(k, j, "place", frozenset(), whole)  # "о переводе в Усть-Луговск": a place, no one
        if kind in ("person", "single") and k == i and self._place_by_preposition(i, j):
            return _NameRun(k, j, "place", frozenset(), whole)  # "лікарка з Нижньої Слободи", "U Mostu": a place (foreign.py)
        if kind in ("person", "single") and i > 0 and tokens[i - 1].norm in ("a", "an") and tokens[i].gap in _SPACE:
            kind = "institution"  # "a Go-Kart Track", "a Hamas spokesman": no person's name
        if kind in ("person", "single") and tokens[i].text == "The" and not tokens[i].initial and i < j \
                and tokens[i + 1].norm not in vocab.title_words:
            return None  # "a movie, The Notorious Bettie Page,": a capital "The" inside a sentence opens a title, no one's name
        if kind not in ("person", "single"):
            return _NameRun(k, j, kind, frozenset(), whole)
        if k == i and i > 0 and tokens[i - 1].norm == "the" and tokens[i].gap in _SPACE \
                and all(tokens[x].norm in vocab.title_words for x in range(k, j + 1)):
            return None  # "the District Attorney": a title in capitals, a description to resolve, no name
        while j > k and tokens[j].norm in TIME_WORDS:
            j -= 1  # "Twitter Tuesday"
        last = j
        while last > k and tokens[last].norm in vocab.suffixes:
            last -= 1
        m, words = last, 1
        while m > k:
            prev, tok = tokens[m - 1], tokens[m]
            if self.language not in (None, "en") and m >= k + 2 and tok.norm in vocab.first_names and tok.gap in _SPACE \
                    and prev.cap and prev.norm not in vocab.first_names and tokens[m - 2].norm in NAME_PARTICLES \
                    and not tokens[m - 2].cap:
                break  # "Minister van Infrastructuur Esther Koopmans": an office's "van" before the given name, no particle of hers
            if tok.gap == "-" or prev.norm in NAME_PARTICLES:
                if self._article_before_noun(m - 1):  # "der SPD-Fraktion": a German article, no particle
                    return _NameRun(m, j, "institution", frozenset(), self.text[tok.start : tokens[j].end])
                m -= 1  # "Eva-Marie", "Van Der Beek", "bin Salman"
                continue
            if self._descriptor_word(prev) or words >= 4 or self._capitalised_noun_before_given(m - 1, m):
                break  # (a German noun before a given name: "Anwohnerin Sabine Heitmann")
            if words >= 2 and len(prev.text) > 1 and (prev.norm in self._lower or self.lex.zipf(prev.norm) >= self.settings.office_word_zipf):
                break  # "State Mike Pompeo": an office word, not a first name
            m -= 1
            if len(prev.text) > 1:
                words += 1
        if self._particle_after_common_word(m, k):
            return _NameRun(k, j, "institution", frozenset(), whole)  # "Asociación de Empresarios de Medina"
        descriptors = {tokens[x].norm for x in range(k, m)}
        if article_noun == "person":
            descriptors.add(tokens[k - 1].norm)  # ("Bauer", "Schauspieler": what the article calls the person)
        if descriptors:  # (most names have none)
            descriptors |= {vocab.title_abbreviations[d] for d in descriptors if d in vocab.title_abbreviations}  # "Gov." is a governor
        x = i - 1  # "Kremlin spokesperson Dmitry Peskov" (not "... to the actor. Bergeron")
        while x >= max(0, i - 3) and tokens[x + 1].gap in _SPACE_OR_HYPHEN:
            if tokens[x].norm in _FUNCTION or tokens[x].norm in vocab.verbs or tokens[x].norm in vocab.foreign_of:
                break  # "the comedian added on Twitter": no title of Twitter ("la maire de Redon": nor of Redon)
            if tokens[x].norm in vocab.title_words and not tokens[x].possessive and not self._abbreviation_as_word(tokens[x]):
                descriptors.add(tokens[x].norm)
            x -= 1
        text = self.text[tokens[m].start : tokens[j].end]
        if len(text) < 2 or not any(map(str.isalpha, text)):
            return None
        if self._apposition_head(j) in self.vocab.body_nouns or self._body_before(i):
            return _NameRun(k, j, "institution", frozenset(), whole)  # "TallGrass Distribution, a distributor of ..."
        single = m == last
        if single and len(tokens[m].text) == 1:
            return None  # "E" of "E! News"
        if single and tokens[m].initial and (self._speaker_head(tokens[m].norm) or tokens[m].norm in self._lower) \
                and tokens[m].norm not in self._surnames:
            return None  # "Analysts say", "Critics accused": a description in sentence case
        if single and tokens[m].initial and tokens[m].norm in _DETERMINERS:
            return None  # "Another analyst, Sunita Rao, ...": a determiner in sentence case, no name
        return _NameRun(m, j, "single" if single else "person", frozenset(descriptors), text)

    def _abbreviation_as_word(self, tok: Token) -> bool:
        """A title's abbreviation written in lower case with no period, in a text of another
        language than English: a word of that language ("amb Adif", Catalan "with"; not "Amb."
        for an ambassador)."""
        return self.language not in (None, "en") and not tok.cap and tok.norm in self.vocab.title_abbreviations

    def _dative_plural(self, tok: Token) -> bool:
        """A Czech or Russian noun in the dative plural ("Novinářům", "Журналистам", "Rozhodčím"):
        a long word with such an ending, no given name; it opens a sentence as whom the words were
        told, never as their speaker."""
        word = tok.text.casefold()
        return len(word) >= 6 and (word.endswith(self.vocab.dative_plural_endings) or word in self.vocab.dative_words) \
            and tok.norm not in self.vocab.first_names

    def _article_noun_opening(self, k: int, j: int) -> str | None:
        """A run k..j opening its sentence with a German or Dutch definite article ("Der Bauer Karl
        Hahn", "Die Tochter der Verstorbenen", "Het Waterschap Scheldestromen"): German capitalises
        every noun, so the article and the noun after it are no part of a name. "person" when a
        name of two words or more follows them, or one word after a role noun; "institution" for
        one word after another noun (a named body: "Het Waterschap Zeeland"); "none" for the
        article and its noun alone or a genitive after them ("Die Tochter", "Die Tochter der
        Verstorbenen": a description, no name). None when the run opens otherwise, is a name the
        term lists know ("Der Spiegel") or is a body's noun alone ("Das Ministerium")."""
        tokens, vocab = self.tokens, self.vocab
        if k >= j:
            return None
        opens = tokens[k].initial or k > 0 and tokens[k].gap.strip() in ("-", "–", "—")  # (after a dateline's dash too)
        if not opens or not tokens[k].cap or tokens[k].norm not in vocab.noun_articles | vocab.foreign_possessives:
            return None  # (a possessive opens a noun the same way: "Ihr Sohn Felix Lanz")
        noun = tokens[k + 1]
        if not noun.cap or noun.gap not in _SPACE:
            return None
        whole = self.text[tokens[k].start : tokens[j].end]
        bare = self.text[noun.start : tokens[j].end]
        if any(w in self.lex.media or w in self.lex.organisations for w in (whole, bare)):
            return None
        rest = [x for x in range(k + 2, j + 1)]
        if len(rest) >= 3 and not tokens[rest[0]].cap and tokens[rest[0]].norm in ("von", "van") \
                and all(tokens[x].cap for x in rest[1:]):
            return "person"  # "Zum Tod von Margarete Lindqvist": a name after the noun and "von"
        if not rest and (noun.norm in vocab.body_nouns or noun.norm in vocab.org_heads
                         or noun.norm in vocab.foreign_source_bodies):
            return None  # "Das Ministerium teilte mit", "Die Bank": a body, read as before
        if not rest or not all(tokens[x].cap or tokens[x].norm in NAME_PARTICLES for x in rest) \
                or not tokens[rest[0]].cap:
            return "none"
        if len([x for x in rest if tokens[x].cap]) >= 2:
            return "person"
        role = noun.norm in vocab.role_nouns or noun.norm in vocab.person_nouns or self._glued_role(noun.norm) \
            or noun.norm in vocab.foreign_source_nouns and noun.norm not in vocab.foreign_source_bodies
        return "person" if role else "institution"

    def _foreign_opening(self, i: int, j: int) -> int | None:
        """The first token of a name in the capitalised run i..j, past a foreign preposition opening
        its sentence ("En Barcelona, ...", "Im Saal"); None when an indefinite article opens it and
        no capital follows ("Eine der Geschädigten", "Uno dei feriti", "Een van de bewoners": one of
        a group, a description, no one's name). A given name ("Al", "Una") stays a name."""
        tokens, vocab = self.tokens, self.vocab
        tok = tokens[i]
        if not tok.initial and self._fused_preposition_opening(i, j):
            return None  # 'des Gasthofs „Zum Anker“': an inn's or a shop's name, no one's (foreign.py)
        if not tok.initial or tok.norm in vocab.first_names or len(tok.text) == 1 and i < j and tokens[i + 1].gap.startswith("."):
            return i  # (a one-letter word before a full stop is an initial: "V. Novák")
        if (past := self._past_opening_phrase(i, j)) != i:
            return past if past <= j else None  # "Interpellata da Ornella Caprioli", "Im Sitzungssaal" (foreign.py)
        if self.language not in (None, "en") and tok.norm in vocab.foreign_verbs and i < j and tokens[i + 1].gap == "-" \
                and not tokens[i + 1].cap:
            # "Explicou-nos:", "Disse-me": a speech verb with its clitic pronoun opening the sentence, no name
            nxt = next((m for m in range(i + 2, j + 1) if tokens[m].cap), None)
            return nxt
        elided = _ELIDED.match(tok.text)
        if elided is not None and elided.group(1).islower():
            k = i + 1
            while k < j and not tokens[k].cap and tokens[k].norm in vocab.foreign_of:
                k += 1  # "L'alcaldessa de Torrefonda": the noun's "of" is no particle of a name after it
            return k if i < j else None  # "L'avvocato Marco Ferri", "L'assessore": an article and a noun
        if tok.norm in vocab.foreign_indefinite and tok.norm not in vocab.openers:
            if i == j or not tokens[i + 1].cap:
                return None  # (the run's lower-case word is a particle's: "der", "dei", "van")
            # (past it when the text writes such articles in lower case: "Ein Hagelsturm hat", no one)
            return i + 1 if tok.norm in self._lower or self._lower & vocab.foreign_indefinite - _ALSO_ENGLISH else i
        if tok.norm in vocab.foreign_sentence_prepositions and i < j and tokens[i + 1].gap in _SPACE and (
                tok.norm in self._lower or self.text[tokens[i + 1].start : tokens[j].end] in self.lex.places):
            return i + 1  # (a word this text writes in lower case too, or before a place: no given name)
        return i

    def _opening_participle(self, word: str) -> bool:
        """A common "-ing" or "-ed" form of a common verb ("Describing", "Speaking", "Citing",
        "Haunted", "Pressed"), which opens a sentence as a participle or a verb; not a name ending
        so ("Sterling", "Irving", "Fleming", "Jared", "Alfred": a stem of four letters at least)."""
        if word in self.vocab.first_names or word in self._surnames:
            return False
        zipf = self.settings.sentence_case_zipf - 1
        if word.endswith("ing"):
            stem, least = word[:-3], 3
        elif word.endswith("ed"):
            stem, least = word[:-2], 4
        else:
            return False
        return self.lex.zipf(word) >= zipf and len(stem) >= least and max(self.lex.zipf(stem), self.lex.zipf(stem + "e")) >= zipf

    def _verb_before_alone_name(self, k: int, j: int) -> bool:
        """Whether "-ed" word k opening the run k..j stands before one name the text writes as a
        capitalised word of its own elsewhere ("Haunted Izuku" where "Izuku asked"), not inside a name of more words or of
        a country, place or body ("United States", "Concerned Citizens")."""
        if j != k + 1 or self._written_inside_a_sentence(self.tokens[k].norm):
            return False  # (a word the text capitalises inside a sentence too is a name's: "the United Airlines pilots")
        single = self.__dict__.get("_single_runs")
        if single is None:
            single = self._single_runs = frozenset(self.tokens[i].norm for i, e in self.at.cap_runs if e - i == 1)
        if self.tokens[j].norm not in single:
            return False
        whole = self.text[self.tokens[k].start : self.tokens[j].end]
        return not (whole in self.lex.countries or whole in self.lex.places or whole in self.lex.organisations)

    def _body_before(self, i: int) -> bool:
        """The name at token i stands in apposition to a body opening its sentence: "The group
        that owns most of her music, Big Machine, says"."""
        tokens = self.tokens
        if i == 0 or tokens[i].gap.strip() != ",":
            return False
        s = bisect.bisect_left(self.at.token_starts, self._sentence_start(tokens[i].start))
        if i - s > 12 or tokens[s].norm not in ("the", "a", "an", "its", "their"):
            return False
        for h in range(s + 1, min(i, s + 4)):
            if tokens[h].norm in self.vocab.body_nouns and not tokens[h].possessive:
                return h + 1 < i and (tokens[h + 1].gap.strip() == "," or tokens[h + 1].norm in ("that", "which"))
            if tokens[h].cap:
                return False
        return False

    def _descriptor_word(self, tok: Token) -> bool:
        """A word before a name that describes rather than names: a title, a nationality, a
        country, an organisation or medium, an acronym ("DL", "NASA"), a weekday or month."""
        lex, vocab = self.lex, self.vocab
        word = tok.text
        return (
            tok.norm in vocab.title_words
            or tok.norm in vocab.person_nouns  # "NFL Insider Jason La Canfora"
            or tok.possessive
            or word in lex.demonyms
            or word in lex.countries
            or word in lex.media
            or word in lex.organisations
            or (word.isupper() and len(word) > 1)
            or tok.norm in TIME_WORDS
            or self._glued_role(tok.norm)
        )

    def _glued_role(self, norm: str) -> bool:
        """A German role noun glued to its modifiers ("Bundesinnenministerin", "Polizeipräsident"),
        feminine or not: a description before a name, no first name."""
        if len(norm) < 4 or norm in self.vocab.first_names:
            return False
        base = norm[:-2] if norm.endswith("in") and not norm.endswith("ein") else norm
        return base.endswith(self.vocab.foreign_roles)

    def _common(self, tok: Token) -> bool:
        """A capitalised word that is an everyday word in lower case ("Earlier", "Public")."""
        return tok.norm.isalpha() and self.lex.is_common(tok.norm, self.settings.common_word_zipf)

    def _party_tag(self, k: int, j: int) -> bool:
        """"R-Iowa", "D-Minn.": a party and a state after a lawmaker's name."""
        tokens = self.tokens
        return len(tokens[k].text) == 1 and tokens[k].text in "RDI" and k < j and tokens[k + 1].gap == "-"

    def _kind_of_name(self, k: int, last: int, text: str) -> str | None:
        """institution, media or place when the term lists or the run's last word say so;
        "person" otherwise (a lone word: "single"); None for a dateline ("WASHINGTON —")."""
        tokens, lex, vocab = self.tokens, self.lex, self.vocab
        bare = text[4:] if text.startswith("The ") else text
        if bare in lex.media or text in lex.media or tokens[k].text in lex.media and last > k and not any(
                tokens[m].norm in vocab.title_words or tokens[m].norm in vocab.person_nouns
                for m in range(k + 1, last)):  # not "CBS Sports NFL Insider Jason La Canfora"
            return "media"
        for m in range(max(0, k - 2), k):
            if tokens[m + 1].gap in _SPACE and (tokens[m].norm in vocab.vessel_prefixes or tokens[m].norm in vocab.vessel_nouns
                                                and (m == k - 1 or tokens[k - 1].norm in vocab.vessel_prefixes)):
                return "place"  # "Patrol vessel INS Sukanya", "the deadly INS Mysore": a ship, which speaks for no one
        if last > k and tokens[k].text.isupper() and tokens[k].norm in vocab.vessel_prefixes:
            return "place"
        if bare in lex.organisations or text in lex.organisations:
            return "institution"
        if bare in lex.countries or bare in lex.places:
            return "place"
        if last == k + 1 and tokens[k].norm in vocab.courtesy_sexes and tokens[last].text in self._honorific_surnames:
            return "person"  # "Mr Harbour": an honorific and a surname, though it heads names of places too
        if last == k + 1 and fold(tokens[k].text) in vocab.first_names and self._shown_a_person(k, last):
            return "person"  # "Tom Harbour, 52,", "Mr Harbour" elsewhere: a given name and a surname that is a head too
        if last > k and tokens[last].norm in self._place_heads:
            return "place"  # "Sahel City", "Idlib Province"
        if last > k and tokens[last].norm in _SITE_HEADS and self.language in (None, "en") \
                and not any(fold(tokens[m].text) in vocab.first_names for m in range(k, last)):
            return "place"  # "the Delmar County Courthouse": a building, no person (not "Tom Road")
        if k < last <= k + 2 and tokens[k].norm in vocab.place_first_words and not tokens[k].text.isupper() \
                and not any(tokens[m].norm in vocab.title_words for m in range(k + 1, last + 1)):
            return "place"  # "Fort Coffee", "Mount Isa" ("Herbert Flynn of Fort Coffee said": Flynn, not the town;
            # not "Mount Isa Mayor Jane Cole", a title and a name after the place)
        if last > k and tokens[last].norm in vocab.title_words and tokens[last - 1].norm in self._place_heads \
                and not any(fold(tokens[m].text) in vocab.first_names for m in range(k, last)):
            return None  # "the Pike County Sheriff", "the Lake City Mayor": an office, no one's name
        if last > k and tokens[last].norm in vocab.event_heads:
            return None  # "Election Day", "New Year's Eve": a date, no one
        if last > k and tokens[last].norm in vocab.party_members:
            return "institution"  # "Louisiana Democrats": a party's people, no person's name
        if tokens[last].text in lex.countries or tokens[last].text in lex.places:  # (most runs end in no place)
            if all(tokens[m].text in lex.countries or tokens[m].text in lex.places for m in range(k, last)):
                return "place"  # "Russia-Ukraine"
            if last == k + 1 and tokens[k].norm in vocab.first_names and not tokens[k].text.isupper():
                return "person"  # "Maria Colombo", "Davide Colombo": a given name, a surname that is a place too
            return "institution"  # "Kowloon West Syria"... a name ending with a place is no person's
        # a country first is a descriptor: "Britain Liu Xiaming" (China's ambassador to Britain)
        if bare.isupper() and len(bare) > 3 and tokens[k].start == self._paragraph_start(tokens[k].start):
            return None  # "WASHINGTON —": a dateline
        if last > k and tokens[last - 1].norm in vocab.noun_articles and not tokens[last - 1].cap \
                and (last - 1 == k or tokens[last - 2].norm not in ("von", "zu", "van")):
            return "institution"  # "Die Fraktionsvorsitzende der Grünen": a body after a German article (not "von der
            # Leyen", "van den Broek")
        if last <= k + 1 and tokens[k].initial and tokens[k].norm in vocab.foreign_possessives:
            return None  # "Ihr Sohn, der Musiker ...", "Meine Mutter": a possessive and its noun, no one's name
        head = tokens[last].norm
        if last > k and (head in vocab.org_heads or head in vocab.body_nouns):
            return "institution"  # "British Foreign Office", "Big Machine Records"
        if last > k and head in vocab.body_heads_not_after_given_names \
                and not any(fold(tokens[m].text) in vocab.first_names for m in range(k, last)):
            return "institution"  # "Marine Accident Investigation Branch"; not "(Singer) Michelle Branch"
        if last > k and tokens[last].text.isupper() and head in vocab.title_words:
            return "institution"  # "SeaMicro CEO": a body and a title, the person comes after
        if last > k and head in self._office_words:
            return "institution"  # "Homeland Security", "Foreign Affairs": an office
        if last > k and all(tokens[m].norm in self._lower for m in range(k, last + 1) if len(tokens[m].text) > 1):
            return "institution"  # "Big Machine", "White House": words this text also writes in lower case
        if last == k:
            word = tokens[k].text
            if word.isupper() and 1 < len(word) <= 6:
                if tokens[k].norm in vocab.title_words or self.lex.zipf(tokens[k].norm) >= self.settings.everyday_acronym_zipf:
                    return None  # "CEO", "TV": a title or an everyday word, no body's name
                return "institution"  # "NASA", "CBP"
            if word in lex.demonyms or word in lex.groups:
                return None
            if tokens[k].initial and (tokens[k].norm in vocab.foreign_articles or tokens[k].norm in vocab.noun_articles):
                return None  # "De wethouder reageerde", "Die Stadt": an article opening its sentence, no one's name
            if k > 0 and tokens[k - 1].norm in vocab.noun_articles and not tokens[k - 1].cap and tokens[k].gap in _SPACE:
                return None  # "Auf die Frage, ob ...": German capitalises the noun after an article, no one's name
            if k > 1 and tokens[k].gap == ". " and tokens[k - 1].text.isdigit() and tokens[k - 2].norm in vocab.noun_articles \
                    and not tokens[k - 2].cap:
                return None  # "zu ihrem 80. Geburtstag": a German ordinal's full stop ends no sentence; a noun
            return "single"
        if k > 0 and tokens[k - 1].norm in vocab.noun_articles and not tokens[k - 1].cap and tokens[k].gap in _SPACE:
            return "institution"  # "für die Deutschen Meisterschaften": German capitalises the nouns after an article
        return "person"

    def _paragraph_start(self, offset: int) -> int:
        p = self.at.paragraph_at(offset)
        return self.at.paragraphs[p][0] if p >= 0 else 0
