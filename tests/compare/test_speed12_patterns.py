"""The number, clock and first-person patterns rewritten to open on the character they match
(the look-behind or word boundary moved after it) find exactly what their plain forms find, in
every window of a hand-written text and of a seeded scramble of its characters."""

from __future__ import annotations

import random
import re

from sidebyside.compare import discrepancy, quotes

# The plain forms: a look-behind or a word boundary first.
PLAIN_DIGITS = re.compile(r"(?<![\w.,:/])(?<![^\W\d]-)\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\w:/]|[.,]\d)")
PLAIN_CLOCK = re.compile(r"(?<![\d:])(\d{1,2})[:.](\d{2})\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
PLAIN_FIRST_SINGULAR = re.compile(r"\b(?:I|[Mm]y|[Mm]e)\b")
PLAIN_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b")
PLAIN_SPOKEN_TO = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e|[Yy]ou|[Yy]our)\b")

TEXT = (
    "$5 and $1,200,000 rose 3.5% to 12,50 by 1,234.56; a$7 x9 COVID-19 and 2-3, 4/5, 6:7, .8 ,9 $ 10 $$11.\n"
    "At 9:27 a.m. and 10.05 PM, 09:30am, 123:45 pm, 1:2 am, 7.15a. m. 7:15 p m :5:30 am 5:30 amx.\n"
    "I said my word to me, and we, our, us, you and your Mme. Imy wee ours usy yours You. Ours? MY ME\n"
    "I'm, I've, \"We lost,\" she said. Me-too, you-know, Your Honour, 1I, _we, é me, mé, Iago.\n"
)


def _every_span(text: str, step: int = 5) -> list[tuple[int, int]]:
    return [(lo, hi) for lo in range(0, len(text), step) for hi in range(lo, len(text) + 1, 3 * step)]


def _scrambled(seed: int, length: int = 400) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(TEXT) for _ in range(length))


def _texts() -> list[str]:
    return [TEXT, *(_scrambled(seed) for seed in range(6))]


def _found(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text, lo, hi)]


def test_numbers_read_by_the_opening_digit_pattern_are_those_of_the_plain_form(monkeypatch):
    vocab = discrepancy._vocabulary()
    for text in _texts():
        for lo, hi in _every_span(text, 7):
            fast = discrepancy._numbers(text, lo, hi, vocab)
            with monkeypatch.context() as m:
                m.setattr(discrepancy, "_DIGITS", PLAIN_DIGITS)
                assert discrepancy._numbers(text, lo, hi, vocab) == fast, (lo, hi)
            spans = [(s, e) for s, e, _ in _found(discrepancy._DIGITS, text, lo, hi)]
            assert spans == [(s, e) for s, e, _ in _found(PLAIN_DIGITS, text, lo, hi)]
    found = [(TEXT[s:e], v) for s, e, v in discrepancy._numbers(TEXT, 0, len(TEXT), vocab)]
    assert ("$5", 5.0) in found and ("$1,200,000", 1200000.0) in found and ("1,234.56", 1234.56) in found
    assert not any(t in ("9", "19", "$7") for t, _ in found)  # "x9", "COVID-19": no numbers; "a$7": no sign


def test_clock_pattern_finds_what_the_plain_form_finds():
    for text in _texts():
        for lo, hi in _every_span(text):
            assert _found(discrepancy._CLOCK, text, lo, hi) == _found(PLAIN_CLOCK, text, lo, hi)
    found = [m.group(0) for m in discrepancy._CLOCK.finditer(TEXT)]
    assert "9:27 a.m." in found and "10.05 PM" in found
    assert not any(f.startswith(("23:45", "3:45", "30 am")) for f in found)  # "123:45 pm", ":5:30 am": no clock


def test_first_person_patterns_find_what_the_plain_forms_find():
    pairs = [(quotes._FIRST_SINGULAR, PLAIN_FIRST_SINGULAR), (quotes._FIRST_PERSON, PLAIN_FIRST_PERSON),
             (quotes._SPOKEN_TO, PLAIN_SPOKEN_TO)]
    for text in _texts():
        for lo, hi in _every_span(text):
            for fast, plain in pairs:
                assert _found(fast, text, lo, hi) == _found(plain, text, lo, hi)
    assert quotes._FIRST_SINGULAR.search("and then I left") and not quotes._FIRST_SINGULAR.search("Imy wee MY")
    assert not quotes._FIRST_PERSON.search("The ours usy meal, Mme. Iago") and quotes._SPOKEN_TO.search("thank you.")
