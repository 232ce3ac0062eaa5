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
"""

from __future__ import annotations

import bisect

from sidebyside.compare.attribution.records import Clause, Speaker, _NameRun
from sidebyside.compare.attribution.identity import name_key
from sidebyside.compare.attribution.vocabulary import _SENTENCE_BREAK, _SPACE
from sidebyside.compare.text import fold


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
        if h >= n or self._quote_of_token[v] >= 0 or tokens[a].cap and not tokens[a].initial \
                or tokens[a].norm not in vocab.foreign_articles and tokens[a].norm not in vocab.foreign_indefinite \
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
        if tokens[h].norm in vocab.foreign_source_nouns:
            self.clauses.append(Clause(v, a, h, "according"))
            return True
        if tokens[h].norm.isalpha() and len(tokens[h].norm) >= 4 and tokens[h].norm not in vocab.foreign_verbs \
                and h + 1 < len(tokens) and "," in tokens[h + 1].gap:
            # "Secondo la ricercatrice, ...": a noun alone, the person the article writes it beside
            # (never the person the passage is about: "Según la policía," names no one)
            self.clauses.append(Clause(v, a, h, "according", how="according-description"))
            return True
        return False

    def _apposed_to_description(self, end: int) -> Speaker | None:
        """'Il presidente dell'associazione dei consumatori, Sergio Pellegrini, ha parlato di «…».
        «…», ha aggiunto.': the full personal name set off by commas at the first comma after the
        description that opens the sentence before (its words ending at offset ``end``), which a
        dropped subject stands for, as the description itself does; None when the first comma
        opens no such name."""
        tokens, n = self.tokens, len(self.tokens)
        k = bisect.bisect_left(self.at.token_starts, end)
        for m in range(k, min(n, k + self.settings.description_tokens + 4)):
            if self._quote_of_token[m] >= 0 or any(c in tokens[m].gap for c in _SENTENCE_BREAK):
                return None
            if "," not in tokens[m].gap:
                continue
            run = next((r for x in range(m, min(n, m + self.settings.name_tokens + 1)) if (r := self._runs.get(x)) is not None), None)
            if run is None or run.first != m or run.kind != "person" or run.last <= run.first \
                    or run.last + 1 >= n or "," not in tokens[run.last + 1].gap:
                return None
            i = bisect.bisect_left(self._mention_starts, tokens[m].start)
            if i < len(self._mentions) and self._mentions[i].start == tokens[m].start:
                person = self._mentions[i]
                return Speaker(person.canonical, "person", person.key)
            return None
        return None

    def _description_before_dropped_sentence(self, at: int) -> tuple[str, int] | None:
        """'O ministro da Agricultura, Rui Caldeira, esteve em Beja. Disse que o Governo vai
        antecipar os apoios. "…", garantiu.': when the sentence before opens with a speech verb
        whose subject is dropped ("Disse que", "Ha aggiunto che"), the description opening the
        sentence before that one (PronounResolution._description_opening_sentence_before)."""
        tokens = self.tokens
        start = self._sentence_start(at)
        if start <= 0:
            return None
        k = bisect.bisect_left(self.at.token_starts, self._sentence_start(start - 1))
        if k >= len(tokens) or tokens[k].start >= start or self._quote_of_token[k] >= 0 or not tokens[k].cap \
                or tokens[k].norm not in self.vocab.foreign_dropped and tokens[k].norm not in self.vocab.foreign_auxiliaries:
            return None
        if tokens[k].norm in self.vocab.foreign_auxiliaries and (k + 1 >= len(tokens) or tokens[k + 1].norm not in self.vocab.foreign_dropped):
            return None  # ("Ha aggiunto che": the auxiliary, then the dropped subject's verb)
        return self._description_opening_sentence_before(tokens[k].start)

    def _bare_noun_after_cased_verb(self, v: int, k: int) -> bool:
        """'«…», — сказала министр.', '„…“, řekl ministr.': a lower-case noun alone right after a
        Russian or Czech speech verb (languages with no article to open a description), then the
        clause's end: a description, resolved as "dijo el ministro" is (the person the article
        writes that noun beside, or no one)."""
        tokens, vocab, n = self.tokens, self.vocab, len(self.tokens)
        if v < 0 or k >= n or tokens[v].norm not in vocab.case_verbs or tokens[k].cap or self._quote_of_token[k] >= 0:
            return False
        word = tokens[k].norm
        if len(word) < 4 or not word.isalpha() or word in vocab.verbs or word in vocab.foreign_pronouns \
                or word in vocab.foreign_prepositions or tokens[k].gap not in _SPACE:
            return False
        return k + 1 >= n or tokens[k + 1].gap.strip()[:1] in (".", ",", ";")

    def _titled_before_in_article(self, head: str, at: int) -> Speaker | None:
        """The latest person of the narration before offset ``at`` whose name follows the noun
        ``head`` in the very form written (the nominative of a title: "министр транспорта области
        Наталья Гусева", "Вратарь «Северстали» Алексей Жуков") within a few words of its
        sentence; None when none is. A case form ("хвалили вратаря") is another's object, not a
        title, so the form must match."""
        tokens = self.tokens
        i = bisect.bisect_left(self._mention_starts, at)
        limit = at - self.settings.pronoun_chars
        for m in reversed(self._mentions[max(0, i - 40) : i]):
            if m.start < limit:
                break
            t = bisect.bisect_left(self.at.token_starts, m.start)
            if self._quote_of_token[t] >= 0:
                continue
            for k in range(t - 1, max(-1, t - 6), -1):
                if any(c in tokens[k + 1].gap for c in ".!?;:\n"):
                    break
                if tokens[k].norm == head:
                    return Speaker(m.canonical, "person", m.key)
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
