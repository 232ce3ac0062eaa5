"""The object of a naming verb set before it (issue 12): "Zdražení označil za „ránu pro venkovské
hospody“" (the price rise he called "a blow to village pubs").

Languages that mark case on the noun set the object first as freely as the subject: a capitalised
word opening its sentence right before a verb of naming ("označil", "назвал", "nazwał") is the thing
named as often as the one who names it. Read as the subject only when the article names a person so
(a given name, or a surname that ends a full name elsewhere in the text); any other such word is the
object, and the verb's subject is dropped: the person the paragraph is about, as a dropped subject
resolves (the verb's past form telling the gender), or no one.
"""

from __future__ import annotations

from sidebyside.compare.attribution.records import Clause, Speaker


class FrontedObject:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _fronted_object(self, clause: Clause) -> bool:
        """Whether the clause's subject is the naming verb's object set first (module docstring)."""
        tokens, vocab = self.tokens, self.vocab
        first = clause.first
        if self.language == "en" or clause.base != "call" or clause.how != "name" or clause.inside is not None:
            return False
        if first != clause.last or first + 1 != clause.verb or tokens[clause.verb].norm not in vocab.foreign_verbs:
            return False
        word = tokens[first]
        return word.cap and word.initial and word.norm not in vocab.first_names and word.norm not in self._surnames \
            and self._quote_of_token[first] < 0

    def _speaker_past_fronted_object(self, clause: Clause) -> Speaker | None:
        """The dropped subject of a naming verb whose object opens the sentence."""
        clause.first = clause.last = clause.verb
        return self._dropped_subject(self.tokens[clause.verb].start, clause)
