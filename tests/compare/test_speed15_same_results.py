"""Reading rewritten to do less work per token finds what the plain forms found: the age
patterns that check their word boundary after the first character, the graded words picked out
per distinct word, the attribution verbs picked out before the walk, the headline test kept per
paragraph, and description heads kept for the next comparison."""

from __future__ import annotations

import random
import re

from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.attribution.engine import Attribution
from sidebyside.compare.entities import EntityFinder
from sidebyside.compare.loaded import _scored_hits
from sidebyside.compare.naming.builder import ChainBuilder
from sidebyside.compare.naming.words import _AGE, _BARE_AGE, vocabulary
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import tokenize
from sidebyside.settings import DEFAULT

# The plain forms: a word boundary first.
PLAIN_BARE_AGE = re.compile(r"\b[Tt]he (\d{1,3}-year-old)\b(?!['’]s|-)\s*([a-z]+)?")
PLAIN_AGE = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b(?!['’]s)", re.IGNORECASE)

AGES = (
    "The 61-year-old man was charged; the 32-year-old Klitschko's bout. aThe 4-year-old, xthe 5-year-old.\n"
    "A 1234-year-old oak, 12 years old, a 3-Year-Old colt, é12-year-old, _12-year-old, the 12-year-old-boy.\n"
    "the 15-year-old's child, The 7-year-old  girl, the 99 year old, 8-years-old, ethe 40-year-old.\n"
)


def _texts() -> list[str]:
    rng = random.Random(15)
    return [AGES, *("".join(rng.choice(AGES) for _ in range(500)) for _ in range(6))]


def _found(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text, lo, hi)]


def test_age_patterns_find_what_their_plain_forms_find():
    for text in _texts():
        for lo in range(0, len(text), 9):
            for hi in range(lo, len(text) + 1, 37):
                assert _found(_BARE_AGE, text, lo, hi) == _found(PLAIN_BARE_AGE, text, lo, hi), (lo, hi)
                assert _found(_AGE, text, lo, hi) == _found(PLAIN_AGE, text, lo, hi), (lo, hi)
    ages = [m.group(1) for m in _AGE.finditer(AGES)]
    assert "61" in ages and "12" in ages and "3" in ages
    assert "1234" not in ages and "234" not in ages  # inside a longer number: no age
    bare = [m.group(1) for m in _BARE_AGE.finditer(AGES)]
    assert "61-year-old" in bare and "4-year-old" not in bare  # "aThe": no word "the"


def test_graded_words_are_read_at_their_tokens_only():
    settings = DEFAULT.compare.lexical
    text = "The plan was shameful and reckless, critics wrote. Shameful Reckless met 12 people. The reckless call came."
    tokens = tokenize(text)
    found = [(tokens[k].text, k) for k, _, _ in _scored_hits(tokens, set(), [], [], settings)]
    words = [w for w, _ in found]
    assert words.count("reckless") == 2 and "shameful" in words
    assert "Shameful" in words  # capitalised as a sentence's first word: still judged
    assert "Reckless" not in words  # capitalised inside a sentence: a name
    assert "12" not in words and "people" not in words  # a number; a plain word
    taken = {k for w, k in found if w == "shameful"}
    assert "shameful" not in [tokens[k].text for k, _, _ in _scored_hits(tokens, taken, [], [], settings)]


def test_attribution_reads_its_verbs_and_cues_among_other_words():
    text = ('"We will appeal," Ann Lee said on Monday.\n\nAccording to Tom Hart, the costs rose.\n\n'
            'The painted door stood open while the crowd waited.')
    attribution = Attribution(ArticleText(text))
    verbs = [attribution.tokens[c.verb].norm for c in attribution.clauses]
    assert "said" in verbs and "according" in verbs
    assert not any(v in ("painted", "stood", "waited") for v in verbs)  # no verbs of saying


def test_a_headline_in_title_case_is_told_from_a_paragraph_of_the_story():
    text = ("Lindsay Lohan Checks Into Rehab at Betty Ford Center\n\n"
            "The actress checked into the clinic on Monday, her publicist Steve Honig said.")
    attribution = Attribution(ArticleText(text))
    assert attribution._in_heading(0) and attribution._in_heading(10)
    story = text.index("The actress")
    assert not attribution._in_heading(story) and not attribution._in_heading(story + 20)
    assert attribution._in_heading(5)  # asked again: the same answer


def test_description_heads_are_kept_for_the_next_builder_of_the_same_vocabulary():
    lex, vocab = lexicon(), vocabulary()
    finder = EntityFinder(lex)
    first = ChainBuilder(lex, finder, vocab, DEFAULT.compare.naming)
    assert first.head_of("publicist") is not None and first.head_of("quickly") is None
    second = ChainBuilder(lex, finder, vocab, DEFAULT.compare.naming)
    assert second._heads is first._heads and "publicist" in second._heads
    assert second.head_of("publicist") == first.head_of("publicist")


def test_another_vocabulary_starts_its_own_heads():
    import dataclasses

    lex, vocab = lexicon(), vocabulary()
    finder = EntityFinder(lex)
    first = ChainBuilder(lex, finder, vocab, DEFAULT.compare.naming)
    first.head_of("publicist")
    other = dataclasses.replace(vocab, roles={})
    second = ChainBuilder(lex, finder, other, DEFAULT.compare.naming)
    assert second._heads is not first._heads and "publicist" not in second._heads
    ChainBuilder(lex, finder, vocab, DEFAULT.compare.naming)  # (the shared vocabulary's builder again)
