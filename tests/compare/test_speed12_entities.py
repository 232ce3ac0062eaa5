"""The entity finder's speed-only forms answer as the plain ones: the test for a line set wholly
in capitals (binary search in sorted lists) as the token-by-token tables, for every span of a
hand-written text; an entity built by the fast constructor as by the dataclass's own."""

from __future__ import annotations

from sidebyside.compare.entities import EntityFinder
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import tokenize

TEXT = (
    "BIGGEST PROTEST IN 20 YEARS\n"
    "Police said the BIGGEST crowd gathered.\n"
    "VOLATILE BORDER\n\n"
    "Officials in Kabul said NATO AND THE UN met.\n"
    "THE U.S. ARMY said on MONDAY 12 that\nIt was OVER 9000 PEOPLE\n"
    "ALL IN CAPITALS HERE AT THE END"
)


def _plain(tokens, k: int, m: int) -> bool:
    n = len(tokens)
    before, after = [True] * (n + 1), [True] * (n + 1)
    caps = [t.text.isupper() or t.text.isdigit() for t in tokens]
    for x in range(1, n):
        before[x] = "\n" in tokens[x].gap or (caps[x - 1] and before[x - 1])
    for x in range(n - 1, -1, -1):
        after[x] = "\n" in tokens[x].gap or (caps[x] and after[x + 1])
    return before[k] and after[m]


def test_line_in_capitals_answers_as_the_plain_tables():
    for text in (TEXT, TEXT.lower(), "\n" + TEXT.upper() + "\n", "ONE LINE", "a"):
        finder = EntityFinder(lexicon())
        finder.find(text, tokenize(text))
        tokens = finder.tokens
        answers = []
        for k in range(len(tokens)):
            for m in range(k + 1, len(tokens) + 1):
                answers.append(finder._line_in_capitals(k, m))
                assert answers[-1] == _plain(tokens, k, m), (text, k, m)
    finder = EntityFinder(lexicon())
    finder.find(TEXT, tokenize(TEXT))
    words = [t.text for t in finder.tokens]
    at = words.index("VOLATILE")
    assert finder._line_in_capitals(at, at + 2)  # a subheading in capitals
    police = words.index("BIGGEST", 3)
    assert not finder._line_in_capitals(police, police + 1)  # a word in capitals inside a sentence


def test_entities_built_by_the_fast_constructor_are_the_dataclass_entities():
    import dataclasses

    import pytest

    from sidebyside.compare.entities import Entity

    e = Entity(3, 8, "Smith", "person", "smith", "John Smith")
    assert [f.name for f in dataclasses.fields(Entity)] == list(vars(e))
    assert (e.via, e.title) == ("name", None)
    assert e == Entity(3, 8, "Smith", "person", "smith", "John Smith", "name", None)
    assert hash(e) == hash(Entity(start=3, end=8, text="Smith", kind="person", key="smith", name="John Smith"))
    assert e != Entity(3, 8, "Smith", "place", "smith", "John Smith")
    titled = dataclasses.replace(e, title="Senator")
    assert titled.title == "Senator" and titled.start == 3 and e.title is None
    assert repr(e) == "Entity(start=3, end=8, text='Smith', kind='person', key='smith', name='John Smith', via='name', title=None)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.kind = "place"  # type: ignore[misc]
