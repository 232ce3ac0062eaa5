"""The same fact told with different numbers, dates or places: a teaching cue on aligned sentences.

Two sentences already aligned as one fact are read for what they state precisely:
- numbers, with what they count: the word after the number ("3,000 people", "nine minutes",
  "47 KOs"; else the word before it, "aged 85"), compared through the pair's word clusters, so
  "minutes"/"minute" or a synonym count as the same thing. Two numbers of one thing differ when
  their values differ: "3,000" and "3000", "three" and "3", "2.5 million" and "2,500,000" are
  the same value; "about 2,500" and "3,000" are not (the hedge is kept in the text shown);
- dates: a weekday against another weekday, a day of a month against another, a year against
  another year;
- places: a known place (a country, a capital, a place of the gazetteer) after "in"/"at"/...
  against another, unless one is the capital of the other.
A thing counted or dated in only one of the two sentences is no discrepancy: only values of one
thing on both sides are compared, and a side with several values that include the other's is
consistent. Two numbers are the same quantity only when they count the same thing (the same
unit or noun) *and* say it of the same fact: the words around each number must share
``discrepancy_min_shared_context`` content words, one at least not a name, and when both name
someone or somewhere there
(a town a distance is measured from, a country a toll is counted in) the names must meet. A
number whose digits a tokeniser split ("6. 1-magnitude", "170, 000") is read as no number (read as
one number, "170, 000" was flagged right 3 times in 11 on pairs no rule came from: the counts it
unlocks are mostly of another scope or unit); after a month and a day ("June 5, 200 people") the
count is a number. Vocabulary: resources/terms/quantities.json; day and month names: sidebyside/calendar_words.py.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import math
import re
from dataclasses import dataclass
from typing import Callable, TypeVar

from sidebyside.calendar_words import months, weekdays
from sidebyside.compare.matching import WordClusters
from sidebyside.compare.nouns import nouns
from sidebyside.compare.termdata import Lexicon, lexicon
from sidebyside.compare.text import TIME_WORDS, fold, is_content
from sidebyside.model import AlignedSentence, Discrepancy, Mention, SharedPassage
from sidebyside.resources import resource_json
from sidebyside.settings import DEFAULT, LexicalSettings
from sidebyside.wordpattern import CASED_AS_ASCII, alternation

WEEKDAYS = weekdays()  # Monday first: a weekday's number is its place here
MONTHS = tuple(months(abbreviations=False))
_WRITING_DAY_REACH = 6  # words between "posted" and the date it gives
# (each pattern opens with the character it matches, its look-behind after it, so that the scan
# skips at once to the digits or capitals: the same matches, a look-behind tried at every place
# of a sentence was most of the time)
_SCORE = re.compile(r"\d(?<![\w.,:/-]\d)\d{0,2}\s?[-–]\s?\d{1,3}(?![\w:/]|[.,]\d|[-–]\d)")
_DATE_FILLERS = frozenset("on in at of late early last next this that the a an by since until from to for and".split())
_OPENING_REACH = 6  # words after an opening date within which its act is looked for
_MONTH_CUES = frozenset("in of since until by last next early late mid from through during".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Digits a tokeniser split apart ("6. 1-magnitude", "170, 000"): which number is meant is unsure.
_SPLIT_BEFORE = re.compile(r"\d[.,] $")
_SPLIT_AFTER = re.compile(r"[.,] \d")
# A number in digits, with a dollar sign: not after a word, a point, a comma, a colon or a slash,
# nor after a letter and a hyphen ("COVID-19"). Written plainly that is
#   (?<![\w.,:/])(?<![^\W\d]-)\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\w:/]|[.,]\d)
# but a pattern that opens with a look-behind makes the engine try every place of the text; this
# one opens on the sign or digit it matches (so it skips at once to them), the look-behinds
# moved after it. Group 1 ends where the number's digits end (see _numbers).
_DIGITS = re.compile(
    r"[$\d](?<![\w.,:/][$\d])(?<![^\W\d]-[$\d])"
    r"((?<=\$)(?:\d{1,3}(?:,\d{3})+|\d+)|(?<=\d)(?:\d{0,2}(?:,\d{3})+|\d*))"
    r"(?:\.(\d+))?(?![\w:/]|[.,]\d)")
# A month and a day before "200": a date, then a count ("June 5, 200 people"), no split thousands group.
_DAY_BEFORE = re.compile(rf"\b(?:{alternation(MONTHS)})\.?\s+\d{{1,2}}, $", re.IGNORECASE)


@dataclass(frozen=True)
class _Vocabulary:
    number_words: dict[str, float]
    scales: dict[str, float]
    approximators: tuple[tuple[str, ...], ...]  # longest first: "just over" before "over"
    bounds: dict[tuple[str, ...], str]  # hedge -> "lower" ("more than") or "upper" ("up to")
    prepositions: frozenset[str]
    ignored_heads: frozenset[str]
    word_number: re.Pattern[str]
    cumulative: re.Pattern[str]  # "so far", "a total of": a count over more than the one event
    relative: frozenset[str]  # "ago": a time counted back from each article's own day
    age: re.Pattern[str]  # "-year-old" after a number
    age_before: frozenset[str]  # "aged" right before a number
    running_before: frozenset[str]  # "after" of "after four days of riots": a count up to the day of writing
    running_units: frozenset[str]  # "days" of "after four days of riots"
    writing_day: frozenset[str]  # "posted" before a date: the day a text was written
    writing_day_words: frozenset[str]  # "today" of "today (14 October 2011)": the day a text was written
    series_position: frozenset[str]  # "first" of "the first eight points": a part of a series
    distance_units: frozenset[str]  # "miles": a distance, one fact only with the same direction and origin
    directions: frozenset[str]  # "east" of "13 miles east of Cloverdale"
    relative_offsets: frozenset[str]  # "before" of "three weeks before": counted from a day, one way
    game_stat_units: frozenset[str]  # "yards", "points": a game's or a season's tallies
    vague: re.Pattern[str]  # "a dozen": a number as rough as "about 12"
    evening_after: re.Pattern[str]  # "night" of "Friday night": the end of a day
    late_before: re.Pattern[str]  # "late" of "late Thursday"
    small_hours_before: re.Pattern[str]  # "early" of "early Saturday": the start of a day
    small_hours_after: re.Pattern[str]  # "before dawn" of "Saturday before dawn"
    earlier_opening: re.Pattern[str]  # "Earlier," opening a sentence: a figure of an earlier time (matched at its start)
    earlier: re.Pattern[str]  # "last year" anywhere in a sentence: the same


@functools.lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    data = resource_json("terms/quantities.json")
    words = {k.casefold(): float(v) for k, v in data["number_words"].items()}
    alternatives = alternation(words)
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in data["cumulative_cues"])
    ages = "|".join(re.escape(a).replace(r"\ ", r"[\s-]").replace(r"\-", r"[\s-]") for a in data["age_words"])
    return _Vocabulary(
        number_words=words,
        scales={k.casefold(): float(v) for k, v in data["scales"].items()},
        approximators=tuple(sorted((tuple(a.casefold().split()) for a in data["approximators"]), key=len, reverse=True)),
        bounds={tuple(k.casefold().split()): v for k, v in data["bounds"].items()},
        prepositions=frozenset(w.casefold() for w in data["location_prepositions"]),
        ignored_heads=frozenset(w.casefold() for w in data["ignored_heads"]),
        word_number=_opening_class(sorted(words, key=lambda w: (-len(w), w)), r"[\w-]", rf"(?:-(?:{alternatives}))?(?![\w])")
        or re.compile(rf"(?<![\w-])(?:{alternatives})(?:-(?:{alternatives}))?(?![\w])", re.IGNORECASE),
        cumulative=_opening_class(data["cumulative_cues"], r"\w", r"\b", spaced=True)
        or re.compile(rf"\b(?:{cues})\b", re.IGNORECASE),
        relative=frozenset(w.casefold() for w in data["relative_time"]),
        age=re.compile(rf"[\s-]?(?:{ages})\b", re.IGNORECASE),
        age_before=frozenset(w.casefold() for w in data["age_words_before"]),
        running_before=frozenset(w.casefold() for w in data["running_count_before"]),
        running_units=frozenset(w.casefold() for w in data["running_count_units"]),
        writing_day=frozenset(w.casefold() for w in data["writing_day_cues"]),
        writing_day_words=frozenset(data["writing_day_words"]),
        series_position=frozenset(w.casefold() for w in data["series_position_before"]),
        distance_units=frozenset(w.casefold() for w in data["distance_units"]),
        directions=frozenset(w.casefold().replace("-", "") for w in data["directions"]),
        relative_offsets=frozenset(w.casefold() for w in data["relative_offsets"]),
        game_stat_units=frozenset(w.casefold() for w in data["game_stat_units"]),
        vague=re.compile(alternation(data["vague_numbers"]), re.IGNORECASE),
        evening_after=re.compile(rf"\s+(?:{_alternatives(data['evening_after'])})\b", re.IGNORECASE),
        late_before=re.compile(rf"\b(?:{_alternatives(data['late_before'])})\s+(?:on\s+)?$", re.IGNORECASE),
        small_hours_before=re.compile(rf"\b(?:{_alternatives(data['small_hours_before'])})\s+(?:on\s+)?$", re.IGNORECASE),
        small_hours_after=re.compile(rf"\s+(?:{_alternatives(data['small_hours_after'])})\b", re.IGNORECASE),
        earlier_opening=re.compile(rf"[\W_]*(?:{_alternatives(data['earlier_opening'])})\b", re.IGNORECASE),
        earlier=_opening_class(sorted(data["earlier_anywhere"], key=lambda w: (-len(w), w)), r"\w", r"\b", spaced=True)
        or re.compile(rf"\b(?:{_alternatives(data['earlier_anywhere'])})\b", re.IGNORECASE),
    )


def _opening_class(phrases: list[str], not_before: str, after: str, spaced: bool = False) -> re.Pattern[str] | None:
    """``(?<!not_before)(?:phrases)after``, ignoring case, the phrases tried in the order given
    (not_before: a class of one character); None unless every phrase opens with an ASCII letter,
    all of a letter in one case. The pattern opens with a class of the phrases' first letters
    in both cases (and the four letters whose case is an ASCII letter's), the look-behind after
    it, then the phrases of that letter: the engine skips at once to those letters, where a
    pattern opening with a look-behind is tried at every place of the text. At one place only
    the phrases of one first letter can match, in their order: the same matches."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        first = phrase[:1]
        if not (first.isascii() and first.isalpha()) or any(p[0] != first for p in groups.get(first.lower(), ())):
            return None
        groups.setdefault(first.lower(), []).append(phrase)
    if not groups:
        return None

    def escaped(rest: str) -> str:
        return re.escape(rest).replace(r"\ ", r"\s+") if spaced else re.escape(rest)

    opening = "".join(c for c in CASED_AS_ASCII if any(re.fullmatch(x, c, re.IGNORECASE) for x in groups))
    body = "|".join(f"(?<={x})(?:{'|'.join(escaped(p[1:]) for p in group)})" for x, group in groups.items())
    return re.compile(f"[{opening}](?<!{not_before}.)(?i:(?:{body}){after})")


def _alternatives(phrases: list[str]) -> str:
    return alternation(phrases, spaced=True)


@dataclass(frozen=True)
class _Stated:
    """One precise statement in a sentence: a value of something (what it counts or dates)."""

    kind: str  # number, date, place
    thing: object  # what is counted or dated (a word cluster id, "weekday", "year", "place", "age")
    value: object
    start: int
    end: int
    bound: str | None = None  # "lower" (more than 40), "upper" (up to 40) or None (40, about 40)
    whose: frozenset[object] = frozenset()  # an age's person: "16-year-old Kimani Gray" -> gray, kimani
    running: bool = False  # a count up to the day of writing: "after four days of riots"
    rough: bool = False  # hedged without a bound ("about 2,500") or vague ("a dozen")
    unit: str | None = None  # the counted word as written, folded ("yards")
    anchor: object = None  # a distance's (direction, origin words); an offset's direction ("before")
    tally: bool = False  # a game's or a season's tally: "66 yards", "13 home runs"
    money: bool = False  # "$2199": an amount of money, never a count of things
    low: float | None = None  # a range's lower end ("between 200 and 300": 200; value is 300)
    lost: bool = False  # a character the capture lost beside it ("4\ufffd" for "4½"): only its first digits are known


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text, start, end)]


def _numbers(text: str, start: int, end: int, vocab: _Vocabulary) -> list[tuple[int, int, float]]:
    """(start, end, value) of every number written in digits or words, with its scale word."""
    found: list[tuple[int, int, float]] = []
    for m in _DIGITS.finditer(text, start, end):
        s = m.start()
        digits = text[s + (text[s] == "$") : m.end(1)]
        value = float(digits.replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
        found.append((m.start(), m.end(), value))
    for m in vocab.word_number.finditer(text, start, end):
        parts = [vocab.number_words[p] for p in fold(m.group()).split("-")]
        found.append((m.start(), m.end(), float(sum(parts))))
    found.sort()
    out = []
    for s, e, value in found:
        after = re.match(r"[ \u00a0-]?([A-Za-z]+)\b", text[e:end])
        if after and fold(after.group(1)) in vocab.scales:
            value *= vocab.scales[fold(after.group(1))]
            e += after.end()
        out.append((s, e, value))
    return out


_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|this|that|whose)|['’]s)\s+"
    r"(?:[A-Z][a-z]+\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?\s+([A-Za-z][\w-]*)")
_NOT_A_NOUN = frozenset("of and or to in on at by for from with as is was were has had before after prior when while "
                        "that which night morning evening afternoon".split())


def _names_a_thing(text: str, start: int, s: int, e: int, end: int) -> bool:
    """Whether a date at s..e sits between a determiner and a noun ("the 2013 Academy Awards",
    "the June 20, 2005 attempted murder", "a September 11 ceremony"): it names an edition or an
    earlier event, not the day of what the sentence tells."""
    if not _DETERMINER_BEFORE.search(text[max(start, s - 24) : s]):
        return False
    after = _NOUN_AFTER.match(text, e, end)
    return bool(after) and after.group(1).casefold() not in _NOT_A_NOUN


def _writing_day_aside(text: str, start: int, s: int, vocab: _Vocabulary) -> bool:
    """Whether offset s lies in brackets that follow "today", "yesterday", "this morning": the
    date there ("today (14 October 2011)") is the day the article was written."""
    bracket = text.rfind("(", max(start, s - _WRITING_DAY_ASIDE_CHARS), s)
    if bracket < 0 or ")" in text[bracket:s]:
        return False
    before = _WORD.findall(text, max(start, bracket - 16), bracket)
    return bool(before) and fold(before[-1]) in vocab.writing_day_words


_WRITING_DAY_ASIDE_CHARS = 30  # from the opening bracket to a date inside it ("(Tuesday 16 August 2011)")


def statements(
    text: str, start: int, end: int, key_of: Callable[[str], object], lex: Lexicon
) -> list[_Stated]:
    """The numbers, dates and places a sentence states, each with what it is about."""
    vocab = _vocabulary()
    words = _words(text, start, end)
    # a date dates what happened, not a name: "presented at the Brooklyn Supreme Court on
    # Thursday" dates no word ("court" / "went on trial Wednesday" are two acts), "in Alabama in 2002"
    unnamed = [w if not text[w[0]].isupper() or w[0] == start else (w[0], w[1], "of") for w in words]
    out: list[_Stated] = []
    for k, (s, e, w) in enumerate(words):
        if w not in WEEKDAYS and w not in MONTHS:
            continue  # most words: every date below opens at a weekday or a month
        if (w in WEEKDAYS or w in MONTHS) and any(v in vocab.writing_day for _, _, v in words[max(0, k - _WRITING_DAY_REACH) : k]):
            continue  # "posted in Accidents on Wednesday, September 18": the day a text was written
        if (w in WEEKDAYS or w in MONTHS) and _writing_day_aside(text, start, s, vocab):
            continue  # "announced today (14 October 2011)": the day of writing, not of the event
        if w in WEEKDAYS and k > 0 and text[words[k - 1][0]].isupper() and words[k - 1][0] != start:
            continue  # "Patch Tuesday": a weekday inside a name dates nothing
        if (w in WEEKDAYS or w in MONTHS) and _names_a_thing(text, start, s, e, end):
            continue  # "the June 20, 2005 attempted murder": it names another event, it dates no verb
        if w in WEEKDAYS:
            out.append(_Stated("date", ("weekday", _dated_past_names(words, unnamed, k, key_of)), w, s, e))
        elif w in MONTHS and text[s].isupper():
            after = re.match(r"\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)", text[e:end])
            before = re.search(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+$", text[max(start, s - 8) : s])
            if after:
                out.append(_Stated("date", ("day", _dated_past_names(words, unnamed, k, key_of)), f"{w} {int(after.group(1))}", s, e + after.end()))
            elif before:
                out.append(_Stated("date", ("day", _dated_past_names(words, unnamed, k, key_of)), f"{w} {int(before.group(1))}", s - len(before.group(0)), e))
            elif k > 0 and words[k - 1][2] in _MONTH_CUES:
                # "in May", not a sentence-opening "May"
                out.append(_Stated("date", ("month", _dated_past_names(words, unnamed, k, key_of)), w, s, e))
    numbers = _numbers(text, start, end, vocab)
    ranges = _ranges(text, start, numbers)
    lows = {low for low, _ in ranges.values()}
    for i, (s, e, value) in enumerate(numbers):
        if i in lows:
            continue  # "200" of "between 200 and 300 people": read with its range's other end
        if (_SPLIT_BEFORE.search(text[max(0, s - 3) : s]) and not _DAY_BEFORE.search(text, max(start, s - 20), s)) \
                or _SPLIT_AFTER.match(text, e):
            continue  # "6. 1-magnitude": the tokeniser split a decimal or a thousands group
        if _inside_date(out, s, e) or re.match(r"[-–]\d", text[e : e + 2]) or re.search(r"\d[-–]$", text[max(0, s - 2) : s]):
            continue  # a date, or a score or record ("2-6", "53-3")
        if _writing_day_aside(text, start, s, vocab):
            continue  # "today (14 October 2011)": the day and year of writing, no count
        if 1900 <= value <= 2100 and value == int(value) and re.fullmatch(r"\d{4}", text[s:e]):
            if re.match(r"['’]?s\b", text[e : e + 3]):
                continue  # "the 1930s": a decade, which 1931 lies in
            if _names_a_thing(text, start, s, e, end):
                continue  # "the 2013 Academy Awards": a year in a name of an edition, not when a verb happened
            k = next((i for i, (ws, _, _) in enumerate(words) if ws >= s), len(words))
            out.append(_Stated("date", ("year", _dated(unnamed, k, key_of)), int(value), s, e))
            continue
        hedge_start, bound = _hedge(text, start, s, vocab)
        age = vocab.age.match(text, e, end)
        if age or any(w in vocab.age_before and 0 < s - we <= 2 for _, we, w in words):
            whose = _whose(text, age.end() if age else e, words, key_of)
            out.append(_Stated("number", "age", value, hedge_start, age.end() if age else e, bound, whose))
            continue
        if _counted_back(text, e, end, vocab):
            continue  # "four years ago": counted from each article's own day
        if re.search(r"\d\s+$", text[max(start, s - 3) : s]):
            continue  # "3 of 4 3-pointers": a number right after another names a thing, it counts none
        previous = [w for _, we, w in words if we <= s][-1:]
        if previous and previous[0] in vocab.series_position:
            continue  # "the first eight points", "the final two games": a part of a series, not the whole
        thing = _counted(text, s, e, end, words, vocab, key_of)  # None: counted thing unknown
        rough = (hedge_start != s and bound is None) or bool(vocab.vague.fullmatch(text, hedge_start, e))
        converted = _converted_from(text, start, s, out)
        if converted is not None:  # "less than 50 km (30 miles)": the same claim in another unit
            bound, rough = converted.bound, converted.rough or rough
        low = None
        if i in ranges:  # "between 200 and 300 people": any value from 200 to 300 agrees
            low_index, low_start = ranges[i]
            low, hedge_start, bound, rough = numbers[low_index][2], min(hedge_start, low_start), None, False
        unit = _unit(text, e, end)
        anchor = (_distance_anchor(text, e, end, vocab) if unit in vocab.distance_units else _offset(text, e, end, vocab))
        tally = any(w in vocab.game_stat_units for w in _next_words(text, e, end, 2))
        money = bool(re.search(r"[$€£]\s*$", text[max(start, s - 2) : s + 1])) or unit in _MONEY_WORDS
        lost = text[s - 1 : s] == "\ufffd" or text[e : e + 1] == "\ufffd"
        out.append(_Stated("number", thing, value, hedge_start, e, bound, running=_running(text, s, e, end, words, vocab),
                           rough=rough, unit=unit, anchor=anchor, tally=tally, money=money, low=low, lost=lost))
    places = _places(words, lex, vocab, key_of)
    out += [_Stated("place", ("place", located), place, s, e) for s, e, place, located in places]
    return out


# "200 to 300", "between 200 and 300", "two or three": a range, the joiner between its two ends
_RANGE_JOIN = re.compile(r"\s+(to|and|or)\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _ranges(text: str, start: int, numbers: list[tuple[int, int, float]]) -> dict[int, tuple[int, int]]:
    """The ranges a sentence gives: for the index of each range's upper end, the index of its
    lower end and where the range starts ("between 200 and 300 people", "200 to 300 people",
    "two or three people"). "and" makes a range only after "between" ("killed 5 and 7" is not
    one); a lower end that is not lower is no range ("scored 30 to 20")."""
    out: dict[int, tuple[int, int]] = {}
    for i in range(1, len(numbers)):
        (s0, e0, v0), (s1, _, v1) = numbers[i - 1], numbers[i]
        join = _RANGE_JOIN.fullmatch(text, e0, s1)
        if not join or not v0 < v1 or (i - 1) in out:
            continue
        between = _BETWEEN.search(text, max(start, s0 - 9), s0)
        if join.group(1).casefold() == "and" and not between:
            continue
        out[i] = (i - 1, between.start() if between else s0)
    return out


_MONEY_WORDS = frozenset(("dollars", "dollar", "euros", "euro", "pounds", "usd", "mm"))


def _next_words(text: str, e: int, end: int, n: int) -> list[str]:
    """The n words right after a number, folded, up to a punctuation mark."""
    m = re.match(r"[\s\u00a0-]?([A-Za-z]+(?:[\s-]+[A-Za-z]+)*)", text[e:end])
    return [fold(w) for w in re.split(r"[\s-]+", m.group(1))][:n] if m else []


def _unit(text: str, e: int, end: int) -> str | None:
    m = re.match(r"[\s\u00a0-]?([A-Za-z]+(?:-[a-z]+)?)", text[e:end])
    return fold(m.group(1)) if m else None


def _converted_from(text: str, start: int, s: int, stated: list[_Stated]) -> _Stated | None:
    """The number a parenthesised number converts ("50 km (30 miles)"), None when it is none."""
    if not re.search(r"\(\s*$", text[max(start, s - 3) : s]):
        return None
    before = [x for x in stated if x.kind == "number" and 0 <= s - x.end <= 20]
    return before[-1] if before else None


_UNITS_RUN = re.compile(r"(?:[\s\u00a0-]*[A-Za-z]+)?(?:\s*\([^()]{0,30}\))?[\s,]*")
_ORIGIN_FILLERS = frozenset("the a an of main city town port village capital region's region".split())


def _distance_anchor(text: str, e: int, end: int, vocab: _Vocabulary) -> tuple[str, frozenset[str]] | None:
    """Where a distance goes: its direction and the words of the place it is measured from
    ("13 miles east of Cloverdale" -> east, {cloverdale}); None when the sentence does not say
    (a depth, a radius, a pursuit's length)."""
    m = _UNITS_RUN.match(text, e, end)
    words = [(w.group(), fold(w.group())) for w in _WORD.finditer(text, m.end(), min(end, m.end() + 60))]
    k = 0
    while k < len(words) and words[k][1] in vocab.distance_units:
        k += 1
    direction = ""
    if k < len(words) and words[k][1].replace("-", "") in vocab.directions - {"of", "from"}:
        direction = words[k][1].replace("-", "")
        k += 1
    if k >= len(words) or words[k][1] not in ("of", "from"):
        return None
    origin_words = []
    for _, w in words[k + 1 : k + 7]:
        if w in vocab.prepositions:
            break  # "north of Santa Rosa in the Geysers area": the origin ends at the next place word
        if w not in _ORIGIN_FILLERS:
            origin_words.append(w)
    return direction, frozenset(origin_words)


def _offset(text: str, e: int, end: int, vocab: _Vocabulary) -> str | None:
    """Which way a time counts from a day: "three weeks before he was murdered" -> before."""
    m = re.match(r"[\s-]*[A-Za-z]+\s+([A-Za-z]+)", text[e:end])
    return fold(m.group(1)) if m and fold(m.group(1)) in vocab.relative_offsets else None


_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\"“”]")


def _event_words(text: str, x: _Stated, span: tuple[int, int], key_of, reach: int) -> set[object]:
    """What a number is said of: the plain (lower-case) words of its clause within reach words
    before it and after what it counts ("injuring five people and damaging" -> injuring,
    damaging), its counted thing left out."""
    vocab = _vocabulary()
    lo = x.start
    before = text[span[0] : lo]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    left = [w for w in _words(before, cut, len(before))][-reach:]
    tail = text[x.end : span[1]]
    stop = _CLAUSE_END.search(tail)
    right = _words(tail, 0, stop.start() if stop else len(tail))[1 : 1 + reach]
    out = set()
    for s, _, w in left:
        if is_content(w) and not before[s].isupper() and w not in vocab.number_words:
            out.add(key_of(w))
    for s, _, w in right:
        if is_content(w) and not tail[s].isupper() and w not in vocab.number_words:
            out.add(key_of(w))
    out.discard(x.thing)
    return out


def _same_event(text_a: str, p: _Stated, span_a: tuple[int, int], text_b: str, q: _Stated, span_b: tuple[int, int],
                key_of, reach: int) -> bool:
    """Two numbers are said of one event when their clauses share a plain word ("were evacuated"
    / "to be evacuated"), or when either clause has none to compare."""
    ev_p = _event_words(text_a, p, span_a, key_of, reach)
    ev_q = _event_words(text_b, q, span_b, key_of, reach)
    return not ev_p or not ev_q or bool(ev_p & ev_q)


_CLAUSE_OR_ELLIPSIS_END = re.compile(r"[,;:.!?()\[\]\"“”…]")


def _clause_names(text: str, x: _Stated, span: tuple[int, int], names: tuple[_Name, ...]) -> tuple[_Name | None, tuple[_Name, ...]]:
    """The first name of a number's own clause before it (most often who did what the number
    tells: "the Red Sox offered Mark Teixeira an eight-year deal"), None when there is none, and
    every name of that clause."""
    before = text[span[0] : x.start]
    lo = span[0] + max((m.end() for m in _CLAUSE_OR_ELLIPSIS_END.finditer(before)), default=0)
    stop = _CLAUSE_OR_ELLIPSIS_END.search(text, x.end, span[1])
    hi = stop.start() if stop else span[1]
    clause = tuple(n for n in names if lo <= n.start and n.end <= hi)
    first = next((n for n in clause if n.end <= x.start), None)
    return first, clause


def _same_party(a: tuple[_Name | None, tuple[_Name, ...]], b: tuple[_Name | None, tuple[_Name, ...]]) -> bool:
    """Whether two numbers may be said by or of one party: "the Red Sox offered ... an eight-year
    deal" / "the O's have only offered seven years" are two teams' offers. They are not when
    both clauses name someone before their number and neither of these is named in the other
    clause."""
    (first_a, clause_a), (first_b, clause_b) = a, b
    if first_a is None or first_b is None:
        return True
    return _names_meet((first_a,), clause_b) or _names_meet((first_b,), clause_a)


_WORD_AND_NEXT = re.compile(r"[\s\u00a0-]?([A-Za-z]+)([\s-]+)([a-z]+)")


def _modifies(text: str, x: _Stated, other: str, other_span: tuple[int, int], y: _Stated) -> bool:
    """Whether the word a number counts is the first half of a compound, which the other
    sentence writes away from its number ("one rocket propelled grenade launcher" / "a
    rocket-propelled grenade launcher with two rockets"): the number then counts the
    compound's thing (a launcher), the other's number the word alone (rockets)."""
    m = _WORD_AND_NEXT.match(text, x.end)
    if not m or not is_content(fold(m.group(3))):
        return False
    pattern = re.compile(rf"\b{re.escape(m.group(1))}([\s-]+){re.escape(m.group(3))}\b", re.IGNORECASE)
    for found in pattern.finditer(other, *other_span):
        if found.start() - y.end <= 2 and found.start() >= y.end:
            continue  # the same compound after the other number: one thing counted on both sides
        return True
    return False


def _clear_pair(text_a: str, same_a: list[_Stated], span_a: tuple[int, int], text_b: str, same_b: list[_Stated],
                span_b: tuple[int, int], key_of, reach: int) -> tuple[_Stated, _Stated] | None:
    """When a sentence gives several values of one thing (a count of one group and of another:
    "killed 5 people, and police shot 2"; a figure for each of two products), the one pair of
    numbers whose clauses share the most plain words, more than any pair of other values; None
    when no pair stands out (a cue would pair a part with a whole, or one product with another)."""
    events_a = [(x, _event_words(text_a, x, span_a, key_of, reach)) for x in same_a]
    events_b = [(y, _event_words(text_b, y, span_b, key_of, reach)) for y in same_b]
    ranked = sorted(((len(ea & eb), x, y) for x, ea in events_a for y, eb in events_b), key=lambda t: -t[0])
    best, x, y = ranked[0]
    if best == 0 or any(n == best and (u.value, v.value) != (x.value, y.value) for n, u, v in ranked[1:]):
        return None
    return x, y


def _place_scope(text: str, x: _Stated, span: tuple[int, int], lex: Lexicon, reach: int) -> frozenset[str]:
    """The named place a number's own clause restricts it to ("168,000 people in Indonesia's Aceh
    province" -> {indonesia, aceh}; "killed by a landslide in Bener Meriah district"), empty
    when it names none. A count in one place is not a count over a wider or unsaid one (a
    province's toll, the whole ocean's): two numbers are one quantity only with the same scope.
    Distances are left out: their place is their origin."""
    if isinstance(x.anchor, tuple):
        return frozenset()
    tail = text[x.end : span[1]]
    stop = _CLAUSE_END.search(tail)
    words = _words(tail, 0, stop.start() if stop else len(tail))[:reach]
    for k, (_, _, w) in enumerate(words[:-1]):
        following = words[k + 1][0]
        if w == "in" and tail[following].isupper():
            named = [n for n in _names(tail, 0, len(tail), lex) if n.start == following]
            if named:
                return named[0].words
    return frozenset()


def _anchors_meet(p: _Stated, q: _Stated) -> bool:
    """Two distances are one fact only in the same direction from the same place; two spans of
    time only counted the same way from their day."""
    if p.anchor is None or q.anchor is None:
        return p.anchor is None and q.anchor is None
    if isinstance(p.anchor, tuple) and isinstance(q.anchor, tuple):
        (dir_p, origin_p), (dir_q, origin_q) = p.anchor, q.anchor
        return dir_p == dir_q and (origin_p == origin_q or bool(origin_p & origin_q))
    return p.anchor == q.anchor


def _dated(words: list[tuple[int, int, str]], k: int, key_of) -> object:
    """What a date dates: the nearest content word before it ("evacuated on Monday", "died
    Thursday"); two dates of one sentence pair are compared only when they date the same word."""
    for i in range(k - 1, max(-1, k - 5), -1):
        word = words[i][2]
        if word not in _DATE_FILLERS and word not in TIME_WORDS and not word.isdigit():
            return key_of(word)
    return None


def _dated_past_names(words: list[tuple[int, int, str]], unnamed: list[tuple[int, int, str]], k: int, key_of) -> object:
    """What a date dates, names skipped (a name dates no act): "presented at the Brooklyn
    Supreme Court on Thursday" is not "went on trial Wednesday"; a word found past a name keeps
    that name, as it places the act ("province of Aceh on Tuesday" is not "West Papua province
    Wednesday"); with no plain word within reach, the names are what is dated ("in the Gulf of
    Aden on Thursday" / "transiting the Gulf of Aden on Friday": one place, one act)."""
    first = max(0, k - 4)
    for i in range(k - 1, first - 1, -1):
        word = unnamed[i][2]
        if word not in _DATE_FILLERS and word not in TIME_WORDS and not word.isdigit():
            skipped = _names_skipped(words, unnamed, i + 1, k, key_of)
            return (key_of(word), skipped) if skipped else key_of(word)
    if all(w in _DATE_FILLERS for _, _, w in words[:k]):
        return _opening_dated(words, unnamed, k, key_of) or None
    return _names_skipped(words, unnamed, first, k, key_of) or None


def _opening_dated(words: list[tuple[int, int, str]], unnamed: list[tuple[int, int, str]], k: int, key_of) -> object:
    """What a date opening its sentence dates: the act told after it, its first word past the
    subject's names and nouns ("In May, NASA awarded …", "On Tuesday, the council approved …"),
    with the names skipped; None when no such word comes within reach."""
    noun_lexicon = nouns()
    for i in range(k + 1, min(len(words), k + _OPENING_REACH)):
        word = unnamed[i][2]
        if word in _DATE_FILLERS or word in TIME_WORDS or word.isdigit() or noun_lexicon.is_noun(word):
            continue
        return ("opening", key_of(word), _names_skipped(words, unnamed, k + 1, i, key_of))
    return None


def _names_skipped(words: list[tuple[int, int, str]], unnamed: list[tuple[int, int, str]], i: int, k: int, key_of) -> frozenset[object]:
    return frozenset(key_of(w) for (_, _, w), (_, _, u) in zip(words[i:k], unnamed[i:k]) if w != u)


def _inside_date(stated: list[_Stated], s: int, e: int) -> bool:
    return any(x.kind == "date" and x.start <= s and e <= x.end for x in stated)


def _counted(
    text: str, s: int, e: int, end: int, words: list[tuple[int, int, str]], vocab: _Vocabulary, key_of
) -> object | None:
    """What a number counts: the next word (skipping a hyphen: "16-year-old"), else the word
    before it ("aged 85"); None when neither is a plain word."""
    nxt = next(((ws, w) for ws, we, w in words if ws >= e), None)
    if nxt is not None and nxt[0] - e <= 3 and not re.search(r"[\d,.;:!?()\[\]]", text[e : nxt[0]]):
        if nxt[1] in vocab.ignored_heads:
            return None
        if is_content(nxt[1]):
            # "a seven-year history": a span of time that describes a thing, not the span an
            # "offer for eight years" runs; other units stay what is counted (".38-caliber revolver")
            head = re.match(r"-[A-Za-z]+ ([a-z]+)\b", text[e:end]) if nxt[1] in vocab.running_units else None
            if head and is_content(head.group(1)) and head.group(1) not in vocab.number_words:
                return (key_of(nxt[1]), key_of(fold(head.group(1))))
            return key_of(nxt[1])
    prev = next(((we, w) for ws, we, w in reversed(words) if we <= s), None)
    if (
        prev is not None
        and s - prev[0] <= 2
        and not text[prev[0] : s].strip(" $\u00a0")
        and prev[1] not in vocab.ignored_heads
        and is_content(prev[1])
    ):
        return key_of(prev[1])
    return None


def _hedge(text: str, start: int, s: int, vocab: _Vocabulary) -> tuple[int, str | None]:
    """Where the shown number starts, at its hedge ("about 2,500"), so a reader sees the whole
    claim; and the bound the hedge sets ("more than 40": lower, "up to 40": upper)."""
    before = _words(text, max(start, s - 30), s)
    for phrase in vocab.approximators:
        n = len(phrase)
        if len(before) >= n and tuple(w for _, _, w in before[-n:]) == phrase and not text[before[-1][1] : s].strip(" $"):
            return before[-n][0], vocab.bounds.get(phrase)
    return s, None


def _whose(text: str, e: int, words: list[tuple[int, int, str]], key_of) -> frozenset[object]:
    """Whom an age describes: the words right after it, a noun and the name beside it ("16-year-old
    Kimani Gray", "the 36-year-old driver", "32-year-old climber Robert Buckley"); empty when the
    sentence does not say ("the 12-year-old.")."""
    out: list[object] = []
    last = e
    for ws, we, w in words:
        if ws < e:
            continue
        if len(out) == 4 or ws - last > 2 or not (is_content(w) or text[ws].isupper()) or w in TIME_WORDS:
            break
        out.append(key_of(w))
        last = we
    return frozenset(out)


def _running(text: str, s: int, e: int, end: int, words: list[tuple[int, int, str]], vocab: _Vocabulary) -> bool:
    """Whether a number counts time up to the day of writing: "after four days of riots"."""
    before = [w for _, we, w in words if we <= s][-1:]
    m = re.match(r"[\s-]+([A-Za-z]+)\s+of\b", text[e:end])
    return bool(before) and before[0] in vocab.running_before and bool(m) and fold(m.group(1)) in vocab.running_units


def _counted_back(text: str, e: int, end: int, vocab: _Vocabulary) -> bool:
    """Whether a number counts back from the day of writing ("four years ago")."""
    m = re.match(r"[\s-]*[A-Za-z]+\s+([A-Za-z]+)", text[e:end])
    return bool(m) and fold(m.group(1)) in vocab.relative


def _places(words: list[tuple[int, int, str]], lex: Lexicon, vocab: _Vocabulary, key_of) -> list[tuple[int, int, str, object]]:
    """Known places right after a preposition of place: (start, end, canonical name, what the
    place locates). Two places are compared only when they locate the same word: "met in
    Moscow" / "met in Tehran", not "a ceasefire in Gaza" / "conflicts in Lebanon"."""
    known = _known_places(lex)
    out = []
    for k in range(1, len(words)):
        if words[k - 1][2] not in vocab.prepositions:
            continue
        for n in (3, 2, 1):
            if k + n > len(words):
                continue
            phrase = " ".join(w for _, _, w in words[k : k + n])
            if phrase in known:
                out.append((words[k][0], words[k + n - 1][1], known[phrase], _dated(words, k - 1, key_of)))
                break
    return out


def _known_places(lex: Lexicon) -> dict[str, str]:
    places = lex.derived.get("discrepancy_places")
    if places is None:
        places = {}
        for surface, canonical in (*lex.countries.items(), *lex.places.items()):
            places[fold(surface)] = canonical
        lex.derived["discrepancy_places"] = places
    return places


def _context(text: str, x: _Stated, key_of, chars: int, lex: Lexicon) -> tuple[set[object], set[object], set[object]]:
    """Content words close to a stated number (its head left out: "were evacuated from"), the
    words of names among them ("from Wasilla"), and those written in lower case. The window may
    reach a neighbouring sentence (a tokeniser may have cut ". 38-caliber revolver" off its
    sentence). A word the window cuts is read whole: "off the ha|rbour" is near "harbour"."""
    lo, hi = max(0, x.start - chars), min(len(text), x.end + chars)
    while lo > 0 and text[lo - 1].isalpha():
        lo -= 1
    while hi < len(text) and text[hi].isalpha():
        hi += 1
    near, lower = set(), set()
    for s, e, w in _words(text, lo, hi):
        if (e <= x.start or s >= x.end) and is_content(w) and key_of(w) != x.thing:
            near.add(key_of(w))
            if not text[s].isupper():
                lower.add(key_of(w))
    named = {key_of(w) for n in _names(text, lo, hi, lex) for w in n.words}
    return near, named & near, lower


def _shared_context(
    text_a: str, p: _Stated, text_b: str, q: _Stated, key_of, settings: LexicalSettings,
    names: tuple[tuple[_Name, ...], tuple[_Name, ...]], lex: Lexicon,
) -> int:
    """How many words two numbers of one thing share around them (0 when that does not make them
    one quantity): enough words, one at least a plain word, and no different people or places
    named there (distances from two towns) — unless the other sentence names them too (its
    name for the same thing may sit further from its number)."""
    near_a, names_a, lower_a = _context(text_a, p, key_of, settings.discrepancy_context_chars, lex)
    near_b, names_b, lower_b = _context(text_b, q, key_of, settings.discrepancy_context_chars, lex)
    all_a = {key_of(w) for n in names[0] for w in n.words}
    all_b = {key_of(w) for n in names[1] for w in n.words}
    if names_a and names_b and not names_a & names_b and not (names_a & all_b or names_b & all_a):
        return 0
    shared = near_a & near_b
    # Names alone do not make one fact ("Lawson ... the Tar Heels" of a record and of a game's
    # score): one shared word at least is a plain word, written in lower case on one side.
    if len(shared) >= settings.discrepancy_min_shared_context and shared & (lower_a | lower_b):
        return len(shared)
    return 0


def _days_apart(published: tuple[str | None, str | None]) -> int | None:
    """Days between the two articles' dates (ISO), None when either is unknown."""
    try:
        a, b = (_dt.date.fromisoformat(x[:10]) for x in published)  # type: ignore[index]
    except (TypeError, ValueError):
        return None
    return abs((a - b).days)


def _ages_agree(p: _Stated, q: _Stated, days_apart: int | None, settings: LexicalSettings) -> bool:
    """Two ages of one person agree when their difference fits the birthdays that may fall
    between the two articles' days (38 in April 2007, 39 in April 2008); articles a few days
    apart give one age."""
    if days_apart is None or p.value == q.value:
        return p.value == q.value
    birthdays = math.ceil((days_apart - settings.discrepancy_days_for_a_birthday) / 365.25)
    return abs(p.value - q.value) <= max(0, birthdays)  # type: ignore[operator]


def _tied_alike(sa: list[_Stated], sb: list[_Stated], text_a: str, span_a: tuple[int, int], text_b: str,
                span_b: tuple[int, int], lex: Lexicon) -> bool:
    """Whether two sentences' numbers may be said of one fact: numbers of sentences that name
    other places or give other scores or records ("23 points ... 65-53" / "five points during a
    15-2 run") are other facts. Places are compared when both sentences give one; scores must
    be the same."""
    pa = [x.value for x in sa if x.kind == "place"]
    pb = [y.value for y in sb if y.kind == "place"]
    if pa and pb and not any(_compatible_places(p, q, lex) for p in pa for q in pb):  # type: ignore[arg-type]
        return False
    return _scores(text_a, span_a) == _scores(text_b, span_b)


def _scores(text: str, span: tuple[int, int]) -> frozenset[str]:
    """The scores or records a sentence gives ("65-53")."""
    return frozenset(re.sub(r"\s", "", m.group()).replace("–", "-") for m in _SCORE.finditer(text, *span))


def _dates_near(x: _Stated, stated: list[_Stated]) -> dict[str, object]:
    """The date of each kind (year, day, month, weekday) closest to a number in its sentence."""
    out: dict[str, tuple[int, object]] = {}
    for d in stated:
        if d.kind == "date":
            gap = max(d.start - x.end, x.start - d.end)
            if d.thing[0] not in out or gap < out[d.thing[0]][0]:  # type: ignore[index]
                out[d.thing[0]] = (gap, d.value)  # type: ignore[index]
    return {k: v for k, (_, v) in out.items()}


# "9:27 a.m.", not after a digit or a colon: plainly (?<![\d:])(\d{1,2})[:.](\d{2})\s*([ap])\.?\s?m\b\.?,
# written to open on its first digit (the look-behind after it) so the engine skips to digits.
_CLOCK = re.compile(r"(\d(?<![\d:]\d)\d?)[:.](\d{2})\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)


def _clock_near(text: str, x: _Stated, span: tuple[int, int]) -> str | None:
    """The time of day closest to a number in its sentence ("9:27 a.m."), None when it gives none."""
    best = None
    for m in _CLOCK.finditer(text, *span):
        gap = max(m.start() - x.end, x.start - m.end())
        if best is None or gap < best[0]:
            best = (gap, f"{int(m.group(1))}:{m.group(2)}{m.group(3).lower()}")
    return best[1] if best else None


def _same_date(p: _Stated, sa: list[_Stated], q: _Stated, sb: list[_Stated],
               clocks: tuple[str | None, str | None] = (None, None)) -> bool:
    """Two numbers are of one fact only if the dates closest to them agree where both sentences
    give one of a kind: "a 12-year sentence ... in 1997" is not "a five-year rap in 1959", and
    a quake at 9:27 a.m. is not one at 2:09 a.m."""
    if clocks[0] and clocks[1] and clocks[0] != clocks[1]:
        return False
    near_p, near_q = _dates_near(p, sa), _dates_near(q, sb)
    return all(near_p[k] == near_q[k] for k in near_p.keys() & near_q.keys())


def _one_night(text_a: str, p: _Stated, text_b: str, q: _Stated) -> bool:
    """Whether two weekdays a day apart may tell one night: the earlier in its evening ("Friday
    evening", "late Thursday") or the later in its small hours ("early Saturday")."""
    vocab = _vocabulary()
    days = (WEEKDAYS.index(p.value), WEEKDAYS.index(q.value))  # type: ignore[arg-type]
    for (t_early, early, d_early), (t_late, late, d_late) in (((text_a, p, days[0]), (text_b, q, days[1])),
                                                             ((text_b, q, days[1]), (text_a, p, days[0]))):
        if (d_early + 1) % 7 != d_late:
            continue
        evening = bool(vocab.evening_after.match(t_early, early.end) or vocab.late_before.search(t_early[max(0, early.start - 16) : early.start]))
        small_hours = bool(vocab.small_hours_before.search(t_late[max(0, late.start - 16) : late.start])
                           or vocab.small_hours_after.match(t_late, late.end))
        if evening or small_hours:
            return True
    return False


def _same_person(p: _Stated, q: _Stated) -> bool:
    """Two ages are of one person only when both say whom and the two meet: a victim and a
    suspect are two people, and so may be "a 14-year-old girl" and "when he was 5 years old"."""
    return p.thing != "age" or bool(p.whose & q.whose)


def _digits(value: object) -> str:
    """A number's digits as written, without its point: 4.5 -> "45", 412.0 -> "412"."""
    return f"{value:g}".replace(".", "").lstrip("-") if isinstance(value, (int, float)) else str(value)


def _agree(p: _Stated, q: _Stated, rough_tolerance: float = 0.0) -> bool:
    """Whether two values of one quantity can both be true: equal, a bound the other keeps
    ("more than 200" and 230; "up to 8" and five), or a rough value close to the other ("a
    dozen" and 13, within rough_tolerance of the larger)."""
    if p.value == q.value or (p.bound and p.bound == q.bound):
        return True
    if p.lost or q.lost:  # "4\ufffd" may be 4½ or 412: it agrees with a value its known digits begin
        return any(_digits(y.value).startswith(_digits(x.value)) for x, y in ((p, q), (q, p)) if x.lost)
    if p.low is not None or q.low is not None:  # a range holds any value inside it
        low_p, low_q = (p.value if p.low is None else p.low), (q.value if q.low is None else q.low)
        return low_p <= q.value and low_q <= p.value  # type: ignore[operator]
    if (p.rough or q.rough) and abs(p.value - q.value) <= rough_tolerance * max(abs(p.value), abs(q.value)):  # type: ignore[operator]
        return True  # "less than 30 miles" and "less than 15 miles" can both be true
    if {p.bound, q.bound} == {"lower", "upper"}:
        low, high = (p, q) if p.bound == "lower" else (q, p)
        return low.value < high.value  # type: ignore[operator]  # "more than 100" and "up to 120"
    for x, y in ((p, q), (q, p)):  # one bound, the other a plain value
        if x.bound == "lower" and y.value > x.value:  # type: ignore[operator]
            return True
        if x.bound == "upper" and y.value < x.value:  # type: ignore[operator]
            return True
    return False


# not after a sentence's end; \b before the capital as (?<!\w[A-Z]) after it (see _SCORE)
_NAME_RUN = re.compile(r"[A-Z](?<!\w[A-Z])(?<![.!?]\s[A-Z])[\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*)*")
_NAME_JOINERS = frozenset(("of", "the"))


@dataclass(frozen=True)
class _Name:
    """A name a sentence gives: a run of capitalised words ("Kimani Gray", "Bank of America")."""

    start: int
    end: int
    words: frozenset[str]  # its folded words, without day and month names, "of" and "the"


def _without_possessive(word: str) -> str:
    """A folded word without a possessive 's at its end ("kelly's" -> "kelly"): what
    re.sub(r"['’]s$", "", word) gives a word, without a pattern looked up and run a word."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _names(text: str, start: int, end: int, lex: Lexicon) -> tuple[_Name, ...]:
    """The names a sentence gives: runs of capitalised words, without day and month names nor the
    sentence's first word when it is a common English word ("Hansbrough" is a name, "Police" of
    "Police Commissioner Raymond Kelly" is not). The one reading of a sentence's names, for
    whether two sentences name the same people and for which names sit near a number."""
    out = []
    for m in _NAME_RUN.finditer(text, start, end):
        words = [(w.start(), w.end(), _without_possessive(fold(w.group()))) for w in _WORD.finditer(text, m.start(), m.end())]
        if words and words[0][0] == start and lex.is_common(words[0][2]):
            words = words[1:]
        words = [w for w in words if w[2] not in TIME_WORDS and w[2] not in _NAME_JOINERS]
        if words:
            out.append(_Name(words[0][0], words[-1][1], frozenset(w for _, _, w in words)))
    return tuple(out)


def _names_meet(names_a: tuple[_Name, ...], names_b: tuple[_Name, ...]) -> bool:
    """Two sentences that both name someone or somewhere speak of one thing only when a name of
    one is (part of) a name of the other: "Gray" / "Kimani Gray", not "Indian Navy" / "British
    Royal Navy" nor "Hansbrough" / "Austin Daye"."""
    if not names_a or not names_b:
        return True
    return any(x.words <= y.words or y.words <= x.words for x in names_a for y in names_b)


def _compatible_places(a: str, b: str, lex: Lexicon) -> bool:
    return a == b or lex.capital_of.get(a) == b or lex.capital_of.get(b) == a


def _earlier(vocab: _Vocabulary, sentence: str) -> bool:
    """Whether a sentence tells of an earlier time: opens with "Earlier," or says "last year"."""
    return bool(vocab.earlier_opening.match(sentence)) or bool(vocab.earlier.search(sentence))


def discrepancies(
    text_a: str,
    span_a: tuple[int, int],
    text_b: str,
    span_b: tuple[int, int],
    key_of: Callable[[str], object],
    settings: LexicalSettings = DEFAULT.compare.lexical,
    published: tuple[str | None, str | None] = (None, None),
    similarity: float | None = None,
    stated: tuple[StatedSentences, StatedSentences] | None = None,
) -> tuple[Discrepancy, ...]:
    """Numbers, dates and places of one thing that differ between two aligned sentences;
    published: the two articles' dates (ISO), against which ages and running counts are read;
    similarity: how alike the alignment found the two sentences (None: copies of one passage).

    Sentences aligned with little in common are not read at all (two strikes on two schools);
    two numbers are said of one fact only when their clauses share a plain word, unless the
    sentences are alike enough to be one statement.

    Numbers are compared only when the two sentences count over the same stretch (not "so far"
    or "a total of" in one alone), speak of the same people or places (a name of one is part
    of a name of the other, when both name any) and tie them to no other date, place or score;
    of several numbers of one thing, the two with the most alike surroundings are compared
    (when one sentence gives several values of the thing, the one pair whose clauses share the
    most plain words, or none). A range holds the values inside it; two parties' figures, a
    number before a compound the other writes apart, and a sentence of an earlier time
    ("Earlier,", "last year") against one of now are no discrepancy. stated: each article's
    statements read once (StatedSentences, with this key_of), when the caller keeps them."""
    if similarity is not None and similarity < settings.discrepancy_min_similarity:
        return ()
    check_event = bool(settings.discrepancy_event_reach) and (
        similarity is not None and similarity < settings.discrepancy_one_statement_similarity
    )
    lex = lexicon()
    vocab = _vocabulary()
    if _earlier(vocab, text_a[span_a[0] : span_a[1]]) != _earlier(vocab, text_b[span_b[0] : span_b[1]]):
        return ()  # "Earlier, AMD revealed plans ... 2007": an earlier time's figure (another incident, a revised count)
    if stated is not None:
        sa, sb = stated[0](*span_a), stated[1](*span_b)
    else:
        sa = statements(text_a, *span_a, key_of, lex)
        sb = statements(text_b, *span_b, key_of, lex)
    if not any((x.kind, x.thing) == (y.kind, y.thing) for x in sa for y in sb
               if x.thing is not None and not (x.kind == "date" and x.thing[1] is None)):
        return ()  # nothing both state of one thing (most pairs): the reading below would compare nothing
    names = (_names(text_a, *span_a, lex), _names(text_b, *span_b, lex))
    days_apart = _days_apart(published)
    cumulative = (bool(vocab.cumulative.search(text_a, *span_a)), bool(vocab.cumulative.search(text_b, *span_b)))
    numbers_comparable = (
        cumulative[0] == cumulative[1]
        # "killed so far" in articles days apart: two days' counts
        and not (cumulative[0] and (days_apart is None or days_apart > settings.discrepancy_days_for_one_count))
        and _names_meet(*names)
        and _tied_alike(sa, sb, text_a, span_a, text_b, span_b, lex)
    )
    # A game's or a season's tallies (yards, points) are one fact only when both sentences
    # give the same score: the game is then one.
    same_game = bool(_scores(text_a, span_a)) and _scores(text_a, span_a) == _scores(text_b, span_b)
    out: list[Discrepancy] = []
    seen: set[tuple[str, object]] = set()
    numbers_a = [x for x in sa if x.kind == "number"]
    numbers_b = [y for y in sb if y.kind == "number"]
    for x in sa:
        if (x.kind, x.thing) in seen or x.thing is None or (x.kind == "date" and x.thing[1] is None):
            continue
        if x.kind == "number" and not numbers_comparable:
            continue
        same_a = [y for y in sa if (y.kind, y.thing) == (x.kind, x.thing)]
        same_b = [y for y in sb if (y.kind, y.thing) == (x.kind, x.thing)]
        if not same_b:
            continue
        seen.add((x.kind, x.thing))
        if x.kind == "place":
            if any(_compatible_places(p.value, q.value, lex) for p in same_a for q in same_b):  # type: ignore[arg-type]
                continue
        elif x.kind == "date" and (
            {p.value for p in same_a} & {q.value for q in sb if q.kind == "date" and q.thing[0] == x.thing[0]}  # type: ignore[index]
            or {q.value for q in same_b} & {p.value for p in sa if p.kind == "date" and p.thing[0] == x.thing[0]}  # type: ignore[index]
        ):
            continue  # the date is on both sides, maybe said of another word
        elif x.kind == "date" and x.thing[0] == "weekday" and any(_one_night(text_a, p, text_b, q) for p in same_a for q in same_b):  # type: ignore[index]
            continue  # "on Friday evening" / "early Saturday": one night, told from either side of midnight
        elif x.kind == "number" and (
            {p.value for p in same_a} & {y.value for y in numbers_b} or {q.value for q in same_b} & {y.value for y in numbers_a}
        ):
            continue  # the number is on both sides, maybe said of another word
        p, q = same_a[0], same_b[0]
        if x.kind == "number":
            if (any(p.running for p in same_a) or any(q.running for q in same_b)) and days_apart != 0:
                continue  # "after four days of riots" / "after eight days": counted up to each article's day
            if not same_game and any(p.tally for p in same_a + same_b):
                continue  # "caught eight passes for 66 yards" / "caught 52 passes": which game, which season?
            scored = [(_shared_context(text_a, p, text_b, q, key_of, settings, names, lex), k, p, q)
                      for k, (p, q) in enumerate((p, q) for p in same_a for q in same_b
                                                 if _same_person(p, q) and _anchors_meet(p, q) and p.money == q.money
                                                 and not _modifies(text_a, p, text_b, span_b, q) and not _modifies(text_b, q, text_a, span_a, p)
                                                 and _same_party(_clause_names(text_a, p, span_a, names[0]),
                                                                 _clause_names(text_b, q, span_b, names[1]))
                                                 and _place_scope(text_a, p, span_a, lex, settings.discrepancy_scope_reach)
                                                 == _place_scope(text_b, q, span_b, lex, settings.discrepancy_scope_reach)
                                                 and (not check_event
                                                      or _same_event(text_a, p, span_a, text_b, q, span_b, key_of, settings.discrepancy_event_reach))
                                                 and _same_date(p, sa, q, sb, (_clock_near(text_a, p, span_a), _clock_near(text_b, q, span_b))))]
            scored = [t for t in scored if t[0]]
            if not scored:
                continue  # little in common around them, other places, other people: maybe other quantities
            _, _, p, q = max(scored, key=lambda t: (t[0], -t[1]))
            if len({y.value for y in same_a}) > 1 or len({y.value for y in same_b}) > 1:
                paired = _clear_pair(text_a, same_a, span_a, text_b, same_b, span_b, key_of, settings.discrepancy_event_reach)
                if paired is None or not any((t[2], t[3]) == paired for t in scored):
                    continue  # "five hours ... and four hours with the 9600M" / "7 hours": which of them is the other's?
                p, q = paired
            if _agree(p, q, settings.discrepancy_rough_tolerance) or (x.thing == "age" and _ages_agree(p, q, days_apart, settings)):
                continue
        out.append(Discrepancy(x.kind, Mention(p.start, p.end, text_a[p.start : p.end]), Mention(q.start, q.end, text_b[q.start : q.end])))
    return tuple(sorted(out, key=lambda d: (d.a.start, d.b.start)))


class StatedSentences:
    """The numbers, dates and places of an article's sentences (statements), each sentence read
    once however many stages ask: the alignment's checks of kind (compare/alignment_checks.py)
    and the discrepancy cue read the same statements."""

    def __init__(self, text: str, key_of: Callable[[str], object]):
        self.text, self.key_of = text, key_of
        self._read: dict[tuple[int, int], list[_Stated]] = {}

    def __call__(self, start: int, end: int) -> list[_Stated]:
        found = self._read.get((start, end))
        if found is None:
            found = self._read[start, end] = statements(self.text, start, end, self.key_of, lexicon())
        return found


def cluster_key(clusters: WordClusters) -> Callable[[str], object]:
    """What a word is counted or dated as: its cluster in the pair (a possessive's without its
    "'s"), else the word itself."""
    ids = clusters.ids

    def key_of(word: str) -> object:
        word = word[:-2] if word.endswith("'s") else word
        return ids.get(word, word)

    return key_of


M = TypeVar("M", AlignedSentence, SharedPassage)


def with_discrepancies(
    matches: list[M], text_a: str, text_b: str, clusters: WordClusters, settings: LexicalSettings = DEFAULT.compare.lexical,
    published: tuple[str | None, str | None] = (None, None),
    stated: tuple[StatedSentences, StatedSentences] | None = None,
) -> list[M]:
    """The matches (aligned sentences, shared passages), each with the discrepancies of its two
    sides; published: the two articles' dates (ISO), when known; stated: the two articles'
    statements read so far (made with cluster_key(clusters)), when the caller keeps them."""
    key_of = stated[0].key_of if stated is not None else cluster_key(clusters)
    return [
        dataclasses.replace(
            x, discrepancies=discrepancies(text_a, (x.a.start, x.a.end), text_b, (x.b.start, x.b.end), key_of, settings, published,
                                           x.similarity if isinstance(x, AlignedSentence) else None, stated)
        )
        for x in matches
    ]


def opens_on_an_earlier_time(sentence: str) -> bool:
    """Whether a sentence opens on an earlier time ("Earlier,", "Previously,", "Last year"; the
    cue's earlier_opening, resources/terms/quantities.json)."""
    return bool(_vocabulary().earlier_opening.match(sentence))
