"""What attribution finds: speakers, clauses, and the people and names it reads on the way."""

from __future__ import annotations

from dataclasses import dataclass

from sidebyside.compare.attribution.vocabulary import _STRONG


def _unresolved(clause: Clause) -> bool:
    """A clause of the narration with a strong verb and no speaker we can name ("he said" about
    someone we cannot tell)."""
    return clause.speaker is None and clause.inside is None and clause.base in _STRONG


@dataclass(frozen=True)
class Speaker:
    name: str  # as shown: a full name, "the Kremlin", "a senior official"
    kind: str  # person | institution | media | group | anonymous
    key: str  # what citations of the same source share
    sentence_case: bool = False  # a description whose capital only opens its sentence ("Analysts say")
    medium: str | None = None  # an unnamed source's medium: "a security source told Reuters"
    parts: tuple[Speaker, ...] = ()  # the speakers of "Putin and Erdogan underlined"

    @property
    def cited_as(self) -> str:
        """The name in a list of sources: "analysts", "a security source (Reuters)"."""
        name = self.name[0].lower() + self.name[1:] if self.sentence_case else self.name
        return f"{name} ({self.medium})" if self.medium else name

    def __str__(self) -> str:
        return self.name


@dataclass
class Clause:
    """A speech verb and the words naming who speaks, with the speaker they resolve to."""

    verb: int  # token index of the verb ("according" for "according to")
    first: int  # token range of the subject words
    last: int
    base: str  # the verb's base form ("say"), or "according", "interview", "issue"
    speaker: Speaker | None = None
    medium: str | None = None  # "told Reuters" -> "Reuters"
    inside: int | None = None  # index of the top-level quote holding the clause; None in narration
    inverted: bool = False  # the subject follows the verb
    lead: int = -1  # first token of the words before the verb that name the speaker, descriptions included
    how: str = "name"  # how the subject words resolve to the speaker: name, pronoun, description, ...


@dataclass
class _Person:
    start: int
    canonical: str
    key: str
    descriptors: frozenset[str]
    subject: bool  # the subject of its sentence or of a clause
    possessive: bool = False  # "McDonald's cameo"


@dataclass
class _NameRun:
    first: int  # token range of the name words (titles and demonyms stripped)
    last: int
    kind: str  # person | institution | media | place | single
    descriptors: frozenset[str]
    text: str
    run_first: int = -1  # first token of the whole capitalised run (titles included)


# the first person of the narration ("said I"): a source the text never names; labelled so in the
# speaker gold (benchmarks/data/speakers/README.md), kind "person" as for "the president"
NARRATOR = Speaker("the narrator", "person", "np:the narrator")
