"""A pronoun or a dropped subject after an unnamed source's "according to", or after the sentence
an unnamed source opens (issue 12).

"Selon une source proche de l'enquête, les fixations n'avaient pas été contrôlées. « … »,
souligne-t-elle.", "Secondo un funzionario del Comune, l'ipotesi è spostare il parcheggio: «…», ha
detto.": the sentence opens with the source it reports, so the "elle" or the verb with no subject
after it is that source, not the person named in the paragraph before (whom the pronoun rules would
find, as the salient person). Read in the languages besides English only, for clauses of their speech
verbs, and only when nothing between the "according to" and the verb names anyone else and the
pronoun's gender (or the past verb's) agrees with the indefinite article's (unnamed_sources.json).

"Ein Sprecher des Umweltministeriums bestätigte, dass ein Antrag vorliege. „…“, sagte er.": the
sentence before, in the same paragraph, opens with an indefinite article and a source's noun (the
``source_nouns`` of speech_languages.json, or any noun of a person there: "Un bénévole de la
Croix-Rouge, qui ..., se montrait inquiet. « … », a-t-il dit."); the pronoun after it is that source,
on the same terms.
"""

from __future__ import annotations

import bisect
import functools

from sidebyside.compare.attribution.records import Clause, Speaker
from sidebyside.compare.tokens import fold_word
from sidebyside.resources import resource_json


@functools.cache
def _indefinite_genders() -> dict[str, str]:
    data = resource_json("attribution/unnamed_sources.json")
    return {fold_word(w): g for w, g in data["indefinite_genders"].items()}


class UnnamedAccording:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _foreign_pronoun_clause(self, clause: Clause) -> bool:
        """A clause of a speech verb of a language besides English whose subject is a pronoun or
        dropped, outside any quotation: the only clauses these rules read."""
        return self.language not in (None, "en") and clause.inside is None and clause.how == "pronoun" \
            and self.tokens[clause.verb].norm in self.vocab.foreign_verbs

    def _agrees(self, clause: Clause, gender: str) -> bool:
        """The clause's pronoun (or, subject dropped, its past verb) agrees with ``gender``, or
        tells none."""
        tokens, vocab = self.tokens, self.vocab
        said = vocab.foreign_pronouns.get(tokens[clause.first].norm) if clause.first != clause.verb \
            else vocab.verb_gender(tokens[clause.verb].norm)
        # ("person": Finnish "hän", of no one gender; an article of no one gender, Dutch "een")
        return said in (None, "person") or gender == "person" or said == gender

    def _opens_no_article_language(self, dropping: bool = False) -> bool:
        """A text of a language that writes no article (its "articles" empty); dropping: and that
        drops its subject."""
        from sidebyside.compare.attribution.foreign import _language_flag, _language_words
        return self.language not in (None, "en") and not _language_words(self.language, "articles") \
            and (not dropping or _language_flag(self.language, "subject_dropped"))

    def _bare_source_opening(self, k: int, end_at: int) -> tuple[str, int] | None:
        """'Сотрудник администрации, попросивший …, признал', 'Вработен во фабриката, кој …, тврди',
        'Eräs kunnan työntekijä, joka …, arvioi', 'Një zyrtar i Ministrisë …, që …, pranoi': in a text of
        a language that writes no article, a sentence (opening at token k, before offset end_at) whose
        first word, or the word after its "one" (indefinite_articles) and one lower-case word (a
        genitive: "kunnan"), is one of the language's source nouns, then a relative aside set off by a
        comma and a speech verb of its own: the unnamed source that sentence brings in. The gender
        its verb's past form tells ("person" when none) and the last token of its words (the noun and its
        complement, up to the comma: "Mieszkaniec osiedla"); None for any other shape."""
        tokens, vocab = self.tokens, self.vocab
        if not self._opens_no_article_language():
            return None
        if tokens[k].norm in vocab.foreign_indefinite:
            # after its "one": the noun, or a lower-case genitive and the noun ("Eräs kunnan työntekijä")
            first = k + 1
            candidates = [first] + ([first + 1] if first + 1 < len(tokens) and not tokens[first].cap
                                    and tokens[first].norm.isalpha() and tokens[first + 1].gap == " " else [])
        else:
            first, candidates = k, [k]
        noun = next((m for m in candidates if m < len(tokens) and tokens[m].norm in vocab.foreign_source_nouns), None)
        if noun is None or first > k and tokens[first].gap != " ":
            return None
        if noun + 1 >= len(tokens) or self._quote_of_token[noun] >= 0:
            return None
        # a comma within the description's words, then a speech verb of the narration before end_at
        comma = next((m for m in range(noun + 1, min(len(tokens), noun + self.settings.description_tokens)) if "," in tokens[m].gap), None)
        if comma is None:
            return None
        verb = next((m for m in range(comma, len(tokens)) if tokens[m].start < end_at and self._quote_of_token[m] < 0
                     and not tokens[m].cap and tokens[m].norm in vocab.foreign_verbs), None)
        if verb is None:
            return None
        return vocab.verb_gender(tokens[verb].norm) or "person", comma - 1

    def _someone_named(self, lo: int, hi: int) -> bool:
        """A person (or a surname the article gives one) is named among tokens lo..hi, outside
        quotations."""
        for m in range(lo, hi):
            run = self._runs.get(m)
            if run is None or self._quote_of_token[m] >= 0:
                continue
            if run.kind == "person" or (run.kind == "single" and self.tokens[m].norm in self._surnames):
                return True
        return False

    def _according_source_before(self, clause: Clause) -> Speaker | None:
        """The unnamed source of the "according to" clause right before ``clause`` in its
        paragraph, when ``clause`` is a foreign verb's pronoun or dropped subject that stands for it
        (see the module docstring); else None."""
        tokens, vocab = self.tokens, self.vocab
        if not self._foreign_pronoun_clause(clause):
            return None
        k = bisect.bisect_left(self._clause_verbs, clause.verb) - 1
        if k < 0:
            return None
        prev = self.clauses[k]
        if prev.base != "according" or prev.inside is not None or prev.speaker is None or prev.how != "description":
            return None
        gender = _indefinite_genders().get(tokens[prev.first].norm)
        if gender is None or tokens[prev.first].norm not in vocab.foreign_indefinite:
            return None  # "Secondo la ricercatrice": a definite description, another rule's
        if not self._agrees(clause, gender):
            return None
        lo, hi = prev.last + 1, min(clause.first, clause.verb)
        for m in range(prev.verb + 1, max(clause.first, clause.verb) + 1):
            if "\n" in tokens[m].gap:
                return None  # another paragraph
        if self._someone_named(lo, hi):
            return None  # someone else named between: the pronoun may be theirs ("del Comune" names no one)
        return prev.speaker

    def _source_opening_sentence_before(self, clause: Clause) -> Speaker | None:
        """The unnamed source that opens the sentence before ``clause``'s in its paragraph ("Ein
        Sprecher des Umweltministeriums bestätigte ..."), when ``clause`` is a foreign verb's
        pronoun or dropped subject that stands for it (see the module docstring); else None."""
        tokens, vocab, at = self.tokens, self.vocab, self.at
        if not self._foreign_pronoun_clause(clause):
            return None
        here = tokens[min(clause.first, clause.verb)].start
        start = self._sentence_start(here)
        opening = next((q for q in at.quotes if q.open_at <= start < q.end and q.open_at < here), None)
        if opening is not None:  # (a sentence inside the quotation's words: „…“, sagte er) the one of its mark
            start = self._sentence_start(opening.open_at)
        if start <= 0:
            return None
        pronoun = vocab.foreign_pronouns.get(tokens[clause.first].norm) if clause.first != clause.verb else None
        if clause.first != clause.verb and pronoun is not None or clause.first == clause.verb and self._opens_no_article_language(dropping=True):
            # "Один из диспетчеров, ..., рассказал ... «…\n«…», — сказал он.", "Jeden z doručovateľov, ktorý
            # ..., upozorňuje, že … „…,“ povedal." (foreign.py; a dropped subject's gender is its past verb's)
            one_of = self._one_of_source_before(here, gender=pronoun if clause.first != clause.verb
                                                else vocab.verb_gender(tokens[clause.verb].norm))
            if one_of is not None:
                return one_of
        before = self._sentence_start(start - 1)
        if at.paragraph_at(before) != at.paragraph_at(here):
            return None
        k = bisect.bisect_left(at.token_starts, before)
        if k + 1 >= len(tokens) or not tokens[k].initial:
            return None
        bare = self._bare_source_opening(k, start)
        if bare is not None:
            # "Сотрудник администрации, попросивший не называть его имени, признал, что … «…» — сказал
            # он.", "Eräs kunnan työntekijä, joka …, arvioi … ”…”, hän sanoo.": the source's noun
            # opening the sentence with no article (the language writes none) or after its "one"
            gender, m = bare
            if not self._agrees(clause, gender) or self._someone_named(k, min(clause.first, clause.verb)):
                return None
            words = self.text[tokens[k].start : tokens[m].end]
            return Speaker(words, "anonymous", words)
        if tokens[k].norm not in vocab.foreign_indefinite:
            return None
        gender = _indefinite_genders().get(tokens[k].norm)
        noun = tokens[k + 1]
        if gender is None or noun.gap.strip() or noun.norm not in vocab.foreign_source_nouns \
                and not self._indefinite_person_noun(k + 1, opening=True):
            return None  # (any noun of a person after the article: "Un bénévole de la Croix-Rouge", foreign.py)
        if not self._agrees(clause, gender):
            return None
        m = k + 2  # the description's own words: its genitive or "of" and the capitalised words after it
        while m < len(tokens) and tokens[m].start < start and (tokens[m].cap or tokens[m].norm in vocab.foreign_of
                                                               or tokens[m].norm in vocab.foreign_articles) \
                and not tokens[m].gap.strip():
            m += 1
        if self._someone_named(m, min(clause.first, clause.verb)):
            return None  # someone else named between
        words = self.text[tokens[k].start : tokens[m - 1].end]
        return Speaker(words, "anonymous", words)
