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
        if clause.first != clause.verb and pronoun is not None:
            # "Один из диспетчеров, ..., рассказал ... «…\n«…», — сказал он." (foreign.py)
            one_of = self._one_of_source_before(here, gender=pronoun)
            if one_of is not None:
                return one_of
        before = self._sentence_start(start - 1)
        if at.paragraph_at(before) != at.paragraph_at(here):
            return None
        k = bisect.bisect_left(at.token_starts, before)
        if k + 1 >= len(tokens) or not tokens[k].initial or tokens[k].norm not in vocab.foreign_indefinite:
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
