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


# ---------------------------------------------------------------- patterns that open on their mark

PLAIN_SINGLE_OPEN = re.compile(r"(?:^|(?<=:\s))(['‘])(?=[A-Za-z])")
PLAIN_LETTER_STOPS = re.compile(r"(?<=\b[A-Za-z])\.\s?(?=[A-Za-z]\b)")

MARKS = (
    "'Tis the season. 'A quiet man,\" she said: 'We will win.\" He said:  'no' and: ‘Yes,\" x:'b \n"
    "‘Bert was here. U.S. and U. S. troops, e.g. a.m., Mr. J.R.R. Tolkien, ab.c, a. b, A.B.C.D. '9 lives.\n"
    "“It is over,“ said Smith. ”No,” he said. “One” and «two» \"three\" ''' \"Shot! '' \n"
)


def _mark_texts() -> list[str]:
    rng = random.Random(1515)
    return [MARKS, *("".join(rng.choice(MARKS) for _ in range(400)) for _ in range(6))]


def test_single_opening_mark_pattern_finds_what_its_plain_form_finds():
    from sidebyside.compare.mismatched_marks import _SINGLE_OPEN

    for text in _mark_texts():
        for lo in range(0, len(text), 5):
            for hi in range(lo, len(text) + 1, 23):
                part = text[lo:hi]  # (read as a paragraph's own string: "^" is its start)
                assert _found(_SINGLE_OPEN, part, 0, len(part)) == _found(PLAIN_SINGLE_OPEN, part, 0, len(part))
                assert _found(PLAIN_LETTER_STOPS, text, lo, hi) == _found(
                    __import__("sidebyside.compare.naming.words", fromlist=["_LETTER_STOPS"])._LETTER_STOPS, text, lo, hi)
    assert [m.start(1) for m in _SINGLE_OPEN.finditer("'We win,\" he said: 'Yes.\" It's x: '9")] == [0, 19]


def test_a_single_mark_closed_by_a_double_one_is_mended_and_others_left_alone():
    from sidebyside.compare.mismatched_marks import mend_mismatched_closes
    from sidebyside.compare.quotes import paragraph_spans

    text = "'I cant speak for the first death, but it looks bad,\" Gaskin told the Herald.\n\nHe left."
    mended = mend_mismatched_closes(text, paragraph_spans(text), 2)
    assert mended[0] == '"' and len(mended) == len(text) and mended[1:] == text[1:]
    plain = "'Tis the season, he said.\n\n\"Fine,\" she said."
    assert mend_mismatched_closes(plain, paragraph_spans(plain), 2) == plain  # an elision opens no quotation
    curly = "“It is over,“ said Smith.\n\nNo marks here."
    assert mend_mismatched_closes(curly, paragraph_spans(curly), 2).startswith('"It is over," said')
    one = "“Over” said Smith."  # curly marks facing both ways: left as they are
    assert mend_mismatched_closes(one, paragraph_spans(one), 2) == one


def _plain_find_all(matcher, tokens):
    """find_all as a plain loop: match_at tried at every token after the last hit."""
    hits, free = [], 0
    for i in range(len(tokens)):
        hit = matcher.match_at(tokens, i) if i >= free else None
        if hit:
            hits.append((i, hit[0], hit[1]))
            free = i + hit[0]
    return hits


def test_phrases_found_where_the_first_two_words_open_one():
    from sidebyside.compare.tokens import PhraseMatcher

    matcher = PhraseMatcher([("the regime", 1), ("the", 0), ("war on terror", 2), ("terror", 3), ("on", 4)])
    text = "The regime waged the war on terror; on the other hand terror, the Regime. War on, the war-on terror"
    tokens = tokenize(text)
    found = matcher.find_all(tokens)
    assert found[:7] == [(0, 2, 1), (3, 1, 0), (4, 3, 2), (7, 1, 4), (8, 1, 0), (11, 1, 3), (12, 2, 1)]
    assert found == _plain_find_all(matcher, tokens)
    no_single = PhraseMatcher([("the regime", 1), ("war on terror", 2)])
    assert [(i, n) for i, n, _ in no_single.find_all(tokens)][:3] == [(0, 2), (4, 3), (12, 2)]
    assert no_single.find_all(tokens) == _plain_find_all(no_single, tokens)
    assert no_single.find_all(tokenize("the")) == [] and no_single.find_all([]) == []
    rng = random.Random(15)
    words = "the regime war on terror The Regime on-the war".split()
    for _ in range(200):
        scrambled = tokenize(" ".join(rng.choice(words) for _ in range(12)))
        assert matcher.find_all(scrambled) == _plain_find_all(matcher, scrambled)
        assert no_single.find_all(scrambled) == _plain_find_all(no_single, scrambled)


def test_name_kinds_read_places_ships_and_media_as_before():
    def kinds(text: str) -> dict[str, str]:
        return {r.text: r.kind for r in Attribution(ArticleText(text))._runs.values()}

    assert kinds("Officials met in Russia-Ukraine talks, said Anna Lee.") == {"Russia-Ukraine": "place", "Anna Lee": "person"}
    found = kinds("The chairman of Kowloon West Syria said on Monday that Patrol vessel INS Sukanya sailed.")
    assert found["Kowloon West Syria"] == "institution"  # a name ending with a place is no person's
    assert found["INS Sukanya"] == "place"  # a ship after "vessel"
    found = kinds("CBS Sports NFL Insider Jason La Canfora said it. CBS News reported it.")
    assert found["Jason La Canfora"] == "person" and found["CBS News"] == "media"


def test_hits_widen_over_the_tokens_their_offsets_start_and_end():
    from sidebyside.compare.loaded import _token_index, find_loaded_terms
    from sidebyside.compare.tokens import TOKEN_END as _END, TOKEN_START as _START

    text = "The claims were highly deceptive, critics said. Smith's aides' plan was a rambling mess."
    tokens = tokenize(text)
    starts = {t.start for t in tokens}
    asked = {tokens[3].start, tokens[3].start + 1, len(text) + 5, tokens[-1].start}
    assert _token_index(tokens, asked, _START) == {tokens[3].start: 3, tokens[-1].start: len(tokens) - 1}
    assert _token_index(tokens, {t.end for t in tokens}, _END) == {t.end: k for k, t in enumerate(tokens)}
    assert _token_index(tokens, starts, _START) == {t.start: k for k, t in enumerate(tokens)}
    assert _token_index([], {0}, _START) == {}
    found = [text[h.start : h.end] for h in find_loaded_terms(text)]
    assert "highly deceptive" in found  # the degree word joins the judging word
    assert "critics" not in " ".join(found)
