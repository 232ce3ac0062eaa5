"""Patterns rewritten to open with the character they match (so the regular-expression engine
skips to it) find exactly what their plain forms find; the word keys read from an endings trie
are the keys of the plain slice-by-slice reading; dotted letters are still made one word."""

from __future__ import annotations

import re

from sidebyside.compare import discrepancy, text, times, tokens
from sidebyside.compare.entities import EntityFinder, _dotted_as_one
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.text import SUFFIXES, match_keys, spelling
from sidebyside.compare.tokens import tokenize

# The plain forms: a look-behind or a word boundary first.
PLAIN_SCORE = re.compile(r"(?<![\w.,:/-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\w:/]|[.,]\d|[-–]\d)")
PLAIN_NAME_RUN = re.compile(r"(?<![.!?]\s)\b[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*)*")
PLAIN_INNER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
PLAIN_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»“«‘)\]]*(?=\s+|$)|\n\s*\n")

TEXT = (
    "Won 65-53 at home. They lost 3 – 4, then 1-2-3 and 7.5-6 on 12:30-1. x1-2 and a1 - 22 z.\n"
    "Bob Smith of the Bank of America met the U.S. Army. Then Anna O'Neil-Grey said it. "
    "aB C. 9A B! The Wi-Fi co-operation, US-led re-run-it. Doctor Who's e-mail 1-b é-é _-a a--b\n"
    "Really?!” he asked.) Yes… \n \nNo.\" End.]\n\n„Zuhause.“ Ihr. »Da.« Er. ‚Ja.‘ So. He left. “We\n"
    "On Monday, MONDAY's deal; xMonday _Tuesday 1Friday. Last ſunday and ſeptember, tomorrow."
)


def _found(pattern: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, lo, len(text) if hi is None else hi)]


def _every_span(text: str, step: int = 7) -> list[tuple[int, int]]:
    return [(lo, hi) for lo in range(0, len(text), step) for hi in range(lo, len(text) + 1, 2 * step)]


def test_score_name_run_and_hyphen_patterns_find_what_the_plain_forms_find():
    for lo, hi in _every_span(TEXT):
        assert _found(discrepancy._SCORE, TEXT, lo, hi) == _found(PLAIN_SCORE, TEXT, lo, hi)
        assert _found(discrepancy._NAME_RUN, TEXT, lo, hi) == _found(PLAIN_NAME_RUN, TEXT, lo, hi)
        assert _found(tokens._INNER_HYPHEN, TEXT, lo, hi) == _found(PLAIN_INNER_HYPHEN, TEXT, lo, hi)
        assert _found(text._SENTENCE_END, TEXT, lo, hi) == _found(PLAIN_SENTENCE_END, TEXT, lo, hi)
    # and they find something, and not everything
    assert [TEXT[s:e] for s, e in _found(discrepancy._SCORE, TEXT)][:2] == ["65-53", "3 – 4"]
    assert "x1-2" not in [TEXT[s - 1 : e] for s, e in _found(discrepancy._SCORE, TEXT)]
    assert "Bank of America" in " ".join(TEXT[s:e] for s, e in _found(discrepancy._NAME_RUN, TEXT))
    starts = [s for s, _ in _found(discrepancy._NAME_RUN, TEXT)]
    assert TEXT.index("aB C") + 1 not in starts and TEXT.index("9A B") + 1 not in starts  # no word's start


def test_time_anchor_finds_what_a_case_insensitive_boundary_first_pattern_finds():
    v = times.time_vocabulary()
    words = [*v.weekdays, *v.months, *(k.split()[-1] for k in v.relative)]
    firsts = "".join(sorted({w[0].lower() for w in words}))
    plain = re.compile(r"\b(?=[" + re.escape(firsts) + "])" + times._alt(set(words)) + r"\b", re.IGNORECASE)
    for lo, hi in _every_span(TEXT, 11):
        assert _found(times._anchor(), TEXT, lo, hi) == _found(plain, TEXT, lo, hi)
    found = [TEXT[s:e] for s, e in _found(times._anchor(), TEXT)]
    assert "Monday" in found and "MONDAY" in found and "ſunday" in found
    assert "Tuesday" not in found and "Friday" not in found  # after "_" and "1": no word's start


def _plain_keys(word: str) -> list[str]:
    if word.isdigit() or len(word) < 4 or len(word) > 40:
        return [word]
    word = spelling(word)
    n = len(word)
    keys = [word[:k] for k in range(n, max(3, n - max(map(len, SUFFIXES)) - 1), -1) if word[k:] in SUFFIXES]
    if len(word) >= 6:
        keys += [f"{word[:i]}?{word[i + 1:]}" for i in range(3, len(word))]
    return keys or [word]


def test_match_keys_are_the_stems_of_every_known_ending():
    for word in ("nations", "normalisation", "colours", "centres", "travelled", "sizes", "ating", "isms",
                 "ions", "turkish", "syrian", "relationships", "abcd", "abc", "1234", "x" * 41, "walk"):
        assert match_keys(word) == _plain_keys(word), word
    assert "nat" not in match_keys("nations")  # a stem has four letters at least
    assert match_keys("walk") == ["walk"]


def test_dotted_letters_still_make_one_known_word():
    finder = EntityFinder(lexicon())
    text = "The U.S. Navy met J.R. Smith and the U.N. in D.C."
    toks = _dotted_as_one(tokenize(text), finder.look.gazetteer)
    words = [t.text for t in toks]
    assert "U.S" in words and "Navy" in words and "U.N" in words
    assert "J" in words and "R" in words  # initials stay apart
    plain = tokenize("No dotted letters here at all")
    assert _dotted_as_one(plain, finder.look.gazetteer) is plain
