"""What one article's chains hold: mentions (Ref), chains of mentions (ArticleChains), what a
chain of descriptions says (Described), and a mention's label."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from sidebyside.compare.entities import Entity
from sidebyside.compare.naming.words import _LABEL_STOP, _LETTER_STOPS, _WORD
from sidebyside.compare.text import fold
from sidebyside.compare.times import TimeChains
from sidebyside.model import Quote

if TYPE_CHECKING:
    from sidebyside.compare.naming.counted import Counted


def quoted_spans(quotes: Iterable[Quote]) -> tuple[tuple[int, int], ...]:
    """The sorted, merged spans of the direct quotations the labels must skip: the quote
    finder's (compare/quotes.py), which also runs a quotation whose later opening marks were
    lost on to the paragraph that closes it."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted((q.start, q.end) for q in quotes):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return tuple(merged)



@dataclass
class Ref:
    """One mention of a referent in one article."""

    field: str
    start: int
    end: int
    text: str
    form: str  # name | short | title | role | description | metonym | alias
    chain: str  # chain key within the article (pair-wide once mapped)
    kind: str
    entity: Entity | None = None
    head: str | None = None  # role noun of a description or title
    tail: int = 0  # characters at the end that are the phrase restricting the noun ("of two" of "a mother of two")

    @property
    def core(self) -> str:
        """The text up to the noun, without the phrase after it that restricts it: what the
        mention says of its own referent (an age in "the mother of a 10-year-old girl" is the girl's)."""
        return self.text[: len(self.text) - self.tail] if self.tail else self.text


@dataclass
class ArticleChains:
    refs: list[Ref] = field(default_factory=list)
    roles: dict[str, set[str]] = field(default_factory=dict)  # chain -> role nouns it carries
    names: dict[str, list[str]] = field(default_factory=dict)  # chain -> surface names, in order
    kinds: dict[str, Counter] = field(default_factory=dict)
    countries: dict[str, set[str]] = field(default_factory=dict)  # chain -> nationality keys of its titles
    described: dict[str, Described] = field(default_factory=dict)  # chain of descriptions only -> what they say
    written: set[str] = field(default_factory=set)  # every name the body writes, linked to a chain or not
    times: TimeChains = field(default_factory=TimeChains)  # the days (and months) the body dates things by
    story_day: str | None = None  # the chain of the first day the body gives near its top
    # the names and long words of the sentence giving the story's day: what that day is the day of
    story_words: frozenset[str] = frozenset()
    ages: dict[str, set[int]] = field(default_factory=dict)  # chain -> ages stated of it
    # person chain -> organisations written right after its name ("Hakim, a technician with
    # the Oregon State Police", "Tennant of the Woodburn Police Department")
    organisations: dict[str, set[str]] = field(default_factory=dict)
    located: set[str] = field(default_factory=set)  # chains written right after "in", "at", "from" ...: places there
    definite: set[str] = field(default_factory=set)  # chains written after "the" ("the Navy", "the Post")
    acting: set[str] = field(default_factory=set)  # countries written other than as places: maybe their governments
    # chain -> roles the text gives through the event, not in a noun beside the name ("police
    # arrested X": the suspect); they join "the suspect" but are no role a reader sees written
    implied: dict[str, set[str]] = field(default_factory=dict)
    opening_end: int = 0  # where the body's opening paragraphs end (settings.main_actor_paragraphs)
    lede_end: int = 0  # where the body's first sentence ends
    # kind noun of a work or thing -> the named chains the article gives it ("the film Iron Valley")
    # -> where first (descriptions.py _kinds_given)
    work_kinds: dict[str, dict[str, int]] = field(default_factory=dict)
    # chains of descriptions the first sentence introduces with "a" as a verb's subject ("a court
    # heard", "a raging river swamped"): the story's own one, where the other outlet names it
    lede_actors: set[str] = field(default_factory=set)
    slots: dict[tuple[int, int], list[tuple[str, str]]] = field(default_factory=dict)  # (start, end) -> its event slots
    # chain of descriptions -> the named people just before its mentions (the sentence before,
    # its own sentence up to it): whom a reader may take it back to
    beside: dict[str, set[str]] = field(default_factory=dict)
    # (start, country key) of each country the body tells by its people's nationality ("relayed
    # to the Ukrainian"): a country the reader has in mind, though no chain names it
    demonyms: list[tuple[int, str]] = field(default_factory=list)
    # chain -> the count the article gives the group ("40 people"; naming.counted)
    counted: dict[str, Counted] = field(default_factory=dict)
    # capitalised word of a title before a name -> where the body first writes it so ("Apple"
    # of "Apple CEO Steve Jobs"): a name the reader has met there, though no mention is made of it
    in_titles: dict[str, int] = field(default_factory=dict)
    military: bool = False  # the body writes of troops or forces ("soldiers", "the army"): a military action
    # the description of a person the body opens on ("A disgraced ex-politician raked in ..."), when
    # one does: its chain is the person's once joined to a name (people.py), for the pair to read
    lede: Ref | None = None
    # the one person of several named whom the evidence makes the lede's description (people.py)
    lede_named: str | None = None


@dataclass(frozen=True)
class Described:
    """What the descriptions of a chain of descriptions have in common ("the Russian
    officials": role "official", plural, country "russia")."""

    role: str  # the role noun with the title words that specify it ("finance minister")
    plural: bool
    country: str | None  # nationality or place written in it ("the Texas jury")
    modifier: str | None  # another name written in it ("the Obama team")
    # "their attorneys", "its director": someone's, whose the reader learns from this article
    # only: the other article's bearer of that very role at most, never of a related one;
    # "own" ("his own attorney") says the possessor himself, never anyone the other names
    possessed: str = ""  # "" | "pronoun" | "own"
    bare: bool = False  # a plural with no determiner ("seven attorneys", "Somali pirates"): a new group
    modifier_kind: str | None = None  # the kind of the name written in it ("organisation" for "an FBI agent")
    # "the fifth coach fired this season", "the best team in recent memory": one of a ranking,
    # said of someone in its sentence, never a name for whoever else carries the role
    ranked: bool = False

    @property
    def head(self) -> str:
        return self.role.rsplit(" ", 1)[-1]


_POSSESSIVE_S = re.compile(r"['’]s\b")  # "The Kremlin's": the possessive left out of a label


@functools.lru_cache(maxsize=8192)  # a pure function of the mention's text, asked thousands of times per pair
def label_of(text: str) -> str:
    """A mention's label: folded words, possessive 's and a leading determiner or honorific
    dropped ("The Kremlin's" -> "kremlin", "Mr. LaRue" -> "larue")."""
    # (each pattern needs a character most mentions lack: those skip its regex)
    if "'" in text or "’" in text:
        text = _POSSESSIVE_S.sub("", text)
    if "." in text:
        text = _LETTER_STOPS.sub("", text)  # "U.S." = "US": a house style
    words = _WORD.findall(fold(text))
    while words and words[0] in _LABEL_STOP:
        words = words[1:]
    return " ".join(words)
