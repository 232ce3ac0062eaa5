"""The time pattern's opening lookahead reads a whole first word of an expression (or a digit)
and finds exactly what the plain form, which only looked at the first letter, finds: in every
window of a hand-written text and of a seeded scramble of its words."""

from __future__ import annotations

import random
import re

from sidebyside.compare import times

TEXT = (
    "On Monday, the minister said that last Tuesday the talks, held on 12 March 2011, failed. "
    "The deal came at about 9.30 a.m. on Friday (March 4), or shortly after 10 p.m. yesterday evening. "
    "In the early hours of Sunday and the night of 3 April, mid-May, mid June 2012 and late August, "
    "earlier today and this morning, tomorrow, tonight. Theodore said nothing; latest news; lastly, "
    "Mayor Smith met Marching bands on Mondays. Nov. 5, 2010 and Sept 11th, 2001 and 5th of November 02. "
    "Around 6am on Wed, at 7:45 pm Thursday; the 30th of June; ſunday and ſeptember; THIS WEEKEND, "
    "NEXT MONDAY, Tomorrow's vote, by noon Saturday, until January 2014 and roughly 4:15 p. m. today."
)


def _plain() -> re.Pattern[str]:
    """The pattern with the plain opening: a word boundary, then a digit or an opener's first letter."""
    fast = times._pattern()
    cut = fast.pattern.index(r"(?!\w))") + len(r"(?!\w))")
    assert fast.pattern.startswith(r"\b(?=\d|")
    v = times.time_vocabulary()
    openers = ("the", "last", "this", "next", "mid", *v.qualifiers, *v.approximately, *v.weekdays, *v.months, *v.relative)
    firsts = re.escape("".join(sorted({w[0].lower() for w in openers})))
    return re.compile(rf"\b(?=[{firsts}]|\d)" + fast.pattern[cut:], re.IGNORECASE)


def _found(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, lo, hi)]


def _texts() -> list[str]:
    words = TEXT.split(" ")
    out = [TEXT]
    for seed in range(4):
        rng = random.Random(seed)
        out.append(" ".join(rng.sample(words, len(words))))
    return out


def test_time_pattern_finds_what_the_plain_form_finds():
    plain = _plain()
    for text in _texts():
        for lo in range(0, len(text), 13):
            for hi in range(lo, len(text) + 1, 97):
                assert _found(times._pattern(), text, lo, hi) == _found(plain, text, lo, hi)
    found = [TEXT[s:e] for s, e in _found(times._pattern(), TEXT, 0, len(TEXT))]
    for expected in ("the early hours of Sunday", "mid June 2012", "Nov. 5, 2010", "ſunday", "roughly 4:15 p. m. today"):
        assert expected in found
    assert not any(f.startswith(("Theodore", "latest", "lastly", "Mayor", "Marching")) for f in found)


def test_every_opener_begins_with_a_whole_word():
    # the lookahead's word is followed by no letter: true of every expression only while each
    # opener's first word is letters alone
    v = times.time_vocabulary()
    for w in (*v.qualifiers, *v.approximately, *v.weekdays, *v.months, *v.relative):
        assert re.fullmatch(r"\w+", w.split()[0]), w
