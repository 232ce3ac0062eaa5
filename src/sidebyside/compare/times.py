"""Times as referents: how each article dates its story ("on Tuesday night", "yesterday",
"Saturday (July 24, 2004)", "March 3"), grouped into chains of one day (or one month), and the
chains of two articles that date the same day.

A mention is read into what it states: a weekday, a day of a month, a year, a day relative to
the article's date ("yesterday" is -1), or a month alone ("last May"). With the article's
publication date the weekdays and relative days become dates. Within an article, mentions that
agree on everything both state, and state at least one thing in common, are one day; a month
alone joins the one day of that month the article gives. Across two articles, a day pairs with
the one day of the other that agrees with it; and the first day each article gives near its top
(the story's day) pair when nothing they state disagrees ("yesterday" / "on Monday" without a
publication date): two reports of one event date that event first.

Vocabulary: resources/terms/times.json; day and month names: sidebyside/calendar_words.py. Linear in the text (one regular expression pass).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from sidebyside import calendar_words
from sidebyside.compare.text import casefolded
from sidebyside.extract.datelines import read_dateline
from sidebyside.resources import resource_json
from sidebyside.wordpattern import CASED_AS_ASCII, CASED_AS_ASCII_OTHERS, alternation


@dataclass(frozen=True)
class TimeVocabulary:
    weekdays: tuple[str, ...]
    months: dict[str, int]
    parts: tuple[str, ...]
    relative: dict[str, int]
    qualifiers: tuple[str, ...]
    approximately: tuple[str, ...]
    prepositions: frozenset[str]
    hours: frozenset[str]  # words that give the hour of a day, not another day ("noon", "dawn")


@functools.lru_cache(maxsize=1)
def time_vocabulary() -> TimeVocabulary:
    data = resource_json("terms/times.json")
    return TimeVocabulary(
        weekdays=calendar_words.weekdays(),
        months=calendar_words.months(),
        parts=tuple(data["parts_of_day"]),
        relative=dict(data["relative_days"]),
        qualifiers=tuple(data["qualifiers"]),
        approximately=tuple(data["approximately"]),
        prepositions=frozenset(data["prepositions"]),
        hours=frozenset(data["hours"]["words"]),
    )


def _alt(words) -> str:
    return "(?:" + alternation(words, spaced=True) + ")"


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    v = time_vocabulary()
    wd = _alt(v.weekdays)
    # an abbreviation may end in a full stop ("Nov."), a month's name never does ("last May.")
    month = "(?:" + _alt(m for m in v.months if len(m) <= 4 and m not in ("may", "june", "july")) + r"(?:\.|\b)|" + _alt(
        m for m in v.months if len(m) > 4 or m in ("may", "june", "july")) + ")"
    part = _alt(v.parts)
    qual = _alt(v.qualifiers)
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    # "9.25 a.m.", also as some captures split it ("9. 25 a. m."): never "25 a. m." alone
    clock = (r"(?:" + _alt(v.approximately) + r"\s+){0,3}\d{1,2}(?:[:.]\s?\d\d)?\s?(?:[ap]\.?\s?m\b\.?)")
    date = (rf"(?:{month}\s+{day}\b(?:,?\s+{year}\b)?"
            rf"|{day}\s+(?:of\s+)?{month}(?:,?\s+(?:{year}|\d\d)\b)?)")
    rel = _alt(k for k in v.relative if k != "the day before")
    weekday_expr = (
        rf"(?:(?:the\s+early\s+hours\s+of|{qual}(?:\s+on)?)\s+)?(?:{clock}\s+(?:on\s+)?)?"
        rf"{wd}\b(?:\s+{part}\b)?"
        rf"(?:,?\s+(?:the\s+)?{date}|\s*\(\s*{date}\s*\))?(?:,?\s+(?:at\s+)?{clock})?"
    )
    date_expr = rf"(?:(?:the\s+night\s+of|{qual})\s+)?{date}(?:,?\s+(?:at\s+)?{clock})?"
    rel_expr = rf"(?:(?:{qual}|{clock})\s+)?{rel}\b(?!['’]s)(?:\s*\(\s*{date}\s*\))?"
    month_expr = rf"(?:(?:last|this|next|{qual}|mid-?)\s+)?{month}\s+{year}\b|(?:last|this|next|{qual}|mid-?)\s+{month}(?!\w)"
    # Every expression opens with a digit or with the first word of one of these, a whole word
    # (a space, a hyphen or a full stop after it, never a letter): the lookahead reads that word
    # (grouped by first letter) and lets the other places fail at once, before the expressions
    # try their optional parts there (the same matches, in less time).
    openers = ("the", "last", "this", "next", "mid", *v.qualifiers, *v.approximately, *v.weekdays, *v.months, *v.relative)
    rests: dict[str, set[str]] = {}
    for w in openers:
        word = w.split()[0].lower()
        rests.setdefault(word[0], set()).add(word[1:])
    first_word = "|".join(re.escape(c) + "(?:" + alternation(r) + ")" for c, r in sorted(rests.items()))
    return re.compile(rf"\b(?=\d|(?:{first_word})(?!\w))(?:{weekday_expr}|{date_expr}|{rel_expr}|{month_expr})",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _anchor() -> re.Pattern[str]:
    """The word every time expression holds (a weekday, a month, a relative day), found first:
    the full expression is then only tried around these, which keeps long pages fast."""
    opening, rests = _anchor_parts()
    return re.compile(rf"{opening}(?<!\w{opening})(?i:{rests})\b")


@functools.lru_cache(maxsize=1)
def _anchor_after_gap() -> re.Pattern[str]:
    """_anchor's words with the character before them, one that is no word's: the pattern opens
    with a class of the few characters between words, so the engine skips to those (the letters
    _anchor opens with are half of any text). _anchors gives the same places as _anchor."""
    opening, rests = _anchor_parts()
    return re.compile(rf"\W{opening}(?i:{rests})\b")


def _anchors(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each match of _anchor in text, found by _anchor_after_gap (and
    _anchor at the very start, where no character comes before).

    The pattern is tried only where the folded text writes one of the anchor words after a
    character (each word found by str.find, at C speed): the places where it can match, and the
    same matches as its scan of every character, which cost about 1 % of a comparison. A text
    whose fold is not one character a character, or holding a character that matches an ASCII
    letter without being one ("ſ", the Kelvin sign, "İ", "ı"), is scanned whole."""
    first = _anchor().match(text)
    if first is not None:
        yield first.span()
    pattern = _anchor_after_gap()
    lowered = casefolded(text)  # (the article's fold, which the naming chains made first)
    words = _anchor_words()
    if not words or len(lowered) != len(text) or any(c in text for c in CASED_AS_ASCII_OTHERS):
        for m in pattern.finditer(text):
            yield m.start() + 1, m.end()
        return
    places = set()
    for word in words:
        at = lowered.find(word, 1)
        while at >= 0:
            places.add(at - 1)
            at = lowered.find(word, at + 1)
    end = 0
    for place in sorted(places):
        if place < end:
            continue
        m = pattern.match(text, place)
        if m is not None:
            end = m.end()
            yield place + 1, end


@functools.lru_cache(maxsize=1)
def _anchor_words() -> frozenset[str]:
    """The words _anchor finds (weekdays, months, relative days' last words), in lower case;
    none when one is not in ASCII letters (whose cases alone are what str.casefold and the
    pattern's ignoring of case both equate, in a text without "ſ" and the like)."""
    v = time_vocabulary()
    words = frozenset(w.lower() for w in (*v.weekdays, *v.months, *(k.split()[-1] for k in v.relative)))
    return words if all(w.isascii() and w.isalpha() for w in words) else frozenset()


def _anchor_parts() -> tuple[str, str]:
    v = time_vocabulary()
    words = [*v.weekdays, *v.months, *(k.split()[-1] for k in v.relative)]
    # The lookahead on the words' first letters lets most places fail at once, rather than after
    # trying each of the forty words there (half the time of this pass, the same matches).
    firsts = "".join(sorted({w[0].lower() for w in words}))
    # The pattern opens with a class of those letters, written in both cases (and the four
    # letters whose case is an ASCII letter's: "K" the Kelvin sign, "ſ", "İ", "ı"), the word
    # boundary tested after it: a pattern that opens with one class lets the engine skip at
    # once to those letters (a boundary first made it try every place of the text). The rest
    # of each word follows its first letter, case-insensitively.
    ignoring_case = re.compile("[" + re.escape(firsts) + "]", re.IGNORECASE)
    opening = "[" + re.escape("".join(c for c in CASED_AS_ASCII if ignoring_case.fullmatch(c))) + "]"
    rests = "|".join(
        f"(?<={re.escape(first)})" + _alt({w[1:] for w in words if w[0].lower() == first}) for first in firsts
    )
    return opening, rests


_MARGIN = 100  # characters either side of an anchor that a time expression may reach


@dataclass
class TimeMention:
    start: int
    end: int
    text: str
    weekday: int | None = None  # 0 = Monday
    month: int | None = None
    day: int | None = None
    year: int | None = None
    relative: int | None = None  # days from the article's date
    chain: str = ""

    @property
    def day_level(self) -> bool:
        return self.day is not None or self.weekday is not None or self.relative is not None

    def resolve(self, published: _dt.date | None) -> None:
        """With the article's date, a weekday or a relative day becomes a date."""
        if published is None:
            return
        if self.month is not None and self.day is not None and self.year is None:
            self.year = published.year - (1 if self.month > published.month + 1 else 0)
        elif self.month is None and self.relative is not None:
            d = published + _dt.timedelta(days=self.relative)
            self.year, self.month, self.day = d.year, d.month, d.day
        elif self.month is None and self.weekday is not None:
            d = published - _dt.timedelta(days=(published.weekday() - self.weekday) % 7)
            self.year, self.month, self.day = d.year, d.month, d.day
        if self.year and self.month and self.day and self.weekday is None:
            try:
                self.weekday = _dt.date(self.year, self.month, self.day).weekday()
            except ValueError:
                pass

    def facts(self) -> dict[str, object]:
        """What the mention states, each comparable with another mention's."""
        out: dict[str, object] = {}
        if self.weekday is not None:
            out["weekday"] = self.weekday
        if self.month is not None:
            out["month"] = self.month
        if self.day is not None:
            out["day"] = self.day
        if self.year is not None:
            out["year"] = self.year
        if self.relative is not None and self.day is None:
            out["relative"] = self.relative
        return out


def find_times(text: str, published: str | None = None) -> list[TimeMention]:
    """Every time expression of a day or a month in text, read and (with the article's date)
    resolved."""
    v = time_vocabulary()
    pub = _date_of(published)
    out = []
    pattern = _pattern()
    for lo, hi in _windows(text):
        for m in pattern.finditer(text, lo, hi):
            mention = _read(m.group(0), m.start(), v)
            if mention is None:
                continue
            mention.resolve(pub)
            out.append(mention)
    return out


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around the anchors, merged; each starts at a line start or a space."""
    out: list[tuple[int, int]] = []
    for start, end in _anchors(text):
        lo, hi = max(0, start - _MARGIN), min(len(text), end + _MARGIN)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
            continue
        if lo:
            space = text.find(" ", lo, start)
            lo = space + 1 if space >= 0 else start
        out.append((lo, hi))
    return out


_NUMBER = re.compile(r"\d+")
_WORDS = re.compile(r"[^\W\d_]+")


_CLOCK = re.compile(r"\d{1,2}(?:[:.]\s?\d\d)?\s?[ap]\.?\s?m", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _relative_patterns(relative: tuple[tuple[str, int], ...]) -> tuple[tuple[str, re.Pattern[str], int], ...]:
    """The relative phrases, longest first, each with its whole-word pattern compiled once."""
    return tuple((phrase, re.compile(rf"\b{re.escape(phrase)}\b"), offset)
                 for phrase, offset in sorted(relative, key=lambda kv: -len(kv[0])))


def _read(text: str, start: int, v: TimeVocabulary) -> TimeMention | None:
    words = [w.casefold() for w in _WORDS.findall(text)]
    mention = TimeMention(start, start + len(text), text)
    folded = " ".join(words)
    for i, w in enumerate(words):
        if w in v.weekdays:
            mention.weekday = v.weekdays.index(w)
        elif w in v.months and mention.month is None:
            # "may" and "march" are months only with a capital (or in a date with a number)
            raw = _WORDS.findall(text)[i]
            if w in ("may", "march") and not raw[0].isupper():
                continue
            mention.month = v.months[w]
    for phrase, pattern, offset in _relative_patterns(tuple(v.relative.items())):
        if phrase in folded and pattern.search(folded):  # (the plain test first: most phrases are absent)
            mention.relative = offset
            break
    if mention.month is not None:
        numbers = [n for n in _NUMBER.finditer(text)]
        clock = _CLOCK.search(text)
        for n in numbers:
            if clock and clock.start() <= n.start() < clock.end():
                continue
            value = int(n.group(0))
            if len(n.group(0)) == 4:
                mention.year = value
            elif 1 <= value <= 31 and mention.day is None:
                mention.day = value
            elif len(n.group(0)) == 2 and mention.day is not None:
                mention.year = 2000 + value  # "10 Nov 11"
    if mention.month is None and mention.weekday is None and mention.relative is None:
        return None
    if mention.month is not None and mention.day is None and mention.year is None and not re.match(
        r"(?i)(last|this|next|early|late|mid)", text
    ):
        return None
    return mention


def _date_of(published: str | None) -> _dt.date | None:
    if not published:
        return None
    try:
        return _dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _agree(a: dict[str, object], b: dict[str, object]) -> bool | None:
    """True when two sets of facts share one and differ in none, False when they differ, None
    when they share none."""
    shared = a.keys() & b.keys()
    if any(a[k] != b[k] for k in shared):
        return False
    if shared - {"year"}:
        return True
    return None


@dataclass
class TimeChains:
    """One article's time mentions grouped into days (chain key -> facts and mentions)."""

    mentions: list[TimeMention] = field(default_factory=list)
    facts: dict[str, dict[str, object]] = field(default_factory=dict)
    day_level: dict[str, bool] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)  # chain -> offset of its first mention


def time_chains(mentions: list[TimeMention], max_chains: int = 60) -> TimeChains:
    """Mentions grouped into one chain per day: a mention joins the first chain whose facts
    agree with its own; a month alone joins the one day of that month, else makes its own.
    Past max_chains days (no article dates its story by so many) a mention of a new day is left
    out, which keeps a page of dates linear."""
    out = TimeChains()
    order: list[str] = []
    for m in mentions:
        if not m.day_level:
            continue
        facts = m.facts()
        target = next((c for c in order if _agree(out.facts[c], facts)), None)
        if target is None and len(order) >= max_chains:
            continue
        if target is None:
            target = f"time:{len(order)}"
            order.append(target)
            out.facts[target] = dict(facts)
            out.first[target] = m.start
            out.day_level[target] = True
        else:
            out.facts[target].update(facts)
        m.chain = target
        out.mentions.append(m)
    for m in mentions:
        if m.day_level:
            continue
        facts = m.facts()
        days = [c for c in order if out.day_level[c] and _agree(out.facts[c], facts)]
        months = [c for c in order if not out.day_level[c] and _agree(out.facts[c], facts)]
        if len(days) == 1:
            target = days[0]
        elif not days and months:
            target = months[0]
        elif len(order) >= max_chains:
            continue
        else:
            target = f"time:{len(order)}"
            order.append(target)
            out.facts[target] = dict(facts)
            out.first[target] = m.start
            out.day_level[target] = False
        m.chain = target
        out.mentions.append(m)
    out.mentions.sort(key=lambda m: m.start)
    return out


def link_times(sides: tuple[TimeChains, TimeChains], story_day: tuple[str | None, str | None],
               told_alike: bool = True) -> tuple[dict[str, str], dict[str, str]]:
    """Chain key of each article -> a key shared across the pair, for the days both give.
    story_day: each article's first day near its top, paired when nothing they state differs;
    told_alike: whether the sentences giving the two first days share a name or a word, which a
    weekday and a date of no known weekday need to be one day ("Oct. 25" / "Monday")."""
    a, b = sides
    maps: tuple[dict[str, str], dict[str, str]] = ({}, {})
    candidates: dict[str, list[str]] = {}
    back: dict[str, list[str]] = {}
    sa, sb = story_day
    for ca, fa in a.facts.items():
        for cb, fb in b.facts.items():
            if a.day_level[ca] != b.day_level[cb] or not _agree(fa, fb):
                continue
            # a weekday alone fits one date in seven: it pairs with a date only as the story's day
            # ("On October 12" deep in one article is not the other's "on Wednesday")
            weak = ("day" in fa) != ("day" in fb) and not (fa.keys() & fb.keys()) - {"weekday", "year"}
            if not weak or (ca, cb) == (sa, sb):
                candidates.setdefault(ca, []).append(cb)
                back.setdefault(cb, []).append(ca)
    for ca, found in candidates.items():
        if len(found) == 1 and len(back[found[0]]) == 1:
            _pair(maps, ca, found[0])
    if (sa and sb and sa not in maps[0] and sb not in maps[1] and _agree(a.facts[sa], b.facts[sb]) is None
            and (told_alike or not _weekday_against_date(a.facts[sa], b.facts[sb]))):
        _pair(maps, sa, sb)
        _count_from_story_days(sides, (sa, sb), maps)
    # One article's story day, dated, and the one month the other gives of that month and year
    # ("shot ... Monday" / "an April 2007 shooting"): the day told at another precision.
    for side, day in ((0, sa), (1, sb)):
        own, other = sides[side], sides[1 - side]
        if not day or day in maps[side] or not {"year", "month", "day"} <= own.facts[day].keys():
            continue
        months = [c for c, f in other.facts.items() if not other.day_level[c] and "year" in f
                  and _agree(f, own.facts[day]) and c not in maps[1 - side]]
        if len(months) == 1:
            pair = (day, months[0]) if side == 0 else (months[0], day)
            _pair(maps, *pair)
    return maps


def _count_from_story_days(sides: tuple[TimeChains, TimeChains], story: tuple[str, str],
                           maps: tuple[dict[str, str], dict[str, str]]) -> None:
    """Two story days paired, a weekday on one side and a day counted from the article's own
    date on the other ("overnight on Sunday" / "the early hours of yesterday"): the other days
    the second counts ("today") fall on the weekdays that far from the first's ("on Monday"),
    and pair with the one such weekday the first gives, when it gives it once."""
    for side in (0, 1):
        told, counted = sides[side].facts[story[side]], sides[1 - side].facts[story[1 - side]]
        if set(told) != {"weekday"} or set(counted) != {"relative"}:
            continue
        weekdays: dict[int, list[str]] = {}
        for c, f in sides[side].facts.items():
            if set(f) == {"weekday"}:
                weekdays.setdefault(int(f["weekday"]), []).append(c)
        for c, f in sides[1 - side].facts.items():
            if set(f) != {"relative"} or c in maps[1 - side]:
                continue
            day = (int(told["weekday"]) + int(f["relative"]) - int(counted["relative"])) % 7
            found = weekdays.get(day, [])
            if len(found) == 1 and found[0] not in maps[side]:
                _pair(maps, *((found[0], c) if side == 0 else (c, found[0])))


def _weekday_against_date(a: dict[str, object], b: dict[str, object]) -> bool:
    """A weekday on one side and a date of no known weekday on the other ("Monday" / "Oct. 25",
    neither article dated): nothing says the date fell on that weekday, so their place near the
    top alone does not make them one day (reader28, reader29: two stories' first days joined)."""
    return ("weekday" in a and "day" in b) or ("weekday" in b and "day" in a)


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is a wire dateline's ("HARTWELL, March 3 (Wire) -",
    "PORTLAND, Ore., March 3, 2024 —"): the day the article was filed, not the day its story
    tells of."""
    dateline = read_dateline(text, text.rfind("\n", 0, start) + 1)
    return dateline is not None and dateline.told[0] <= start and end <= dateline.told[1]


def _pair(maps: tuple[dict[str, str], dict[str, str]], ca: str, cb: str) -> None:
    key = f"{ca}~{cb}"
    maps[0][ca] = key
    maps[1][cb] = key


_WORD_RUN = re.compile(r"\w+")
_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th)$")


def time_label(text: str) -> str:
    """The label compared across the articles: folded words, without a leading preposition,
    months in one spelling and days without their ordinal ending ("on Nov. 12th" = "November 12")."""
    v = time_vocabulary()
    full = {n: name for name, n in v.months.items() if len(name) > 4 or name in ("may", "june", "july")}
    words = [w.casefold() for w in _WORD_RUN.findall(text)]
    while words and (words[0] in v.prepositions or words[0] == "the"):
        words = words[1:]
    out: list[str] = []
    for w in words:
        if w in v.months:
            w = full.get(v.months[w], w)
            if out and out[-1].isdigit():
                out.insert(len(out) - 1, w)  # "2 December" = "December 2": a house style
                continue
            if out and out[-1] == "of" and len(out) > 1 and out[-2].isdigit():
                out[-2:] = [w, out[-2]]  # "the 6th of June"
                continue
        if w[:1].isdigit():  # (isdigit: every \d and more)
            w = _ORDINAL.sub(r"\1", w)
        out.append(w)
    return " ".join(out)


@functools.lru_cache(maxsize=1)
def _part_groups() -> dict[str, str]:
    """Parts of the day a reader takes for one another ("Tuesday evening" / "Tuesday night")."""
    data = resource_json("terms/times.json")
    return {k: v for k, v in data["part_of_day_groups"].items() if k != "about"}


def parts_of_day(texts) -> set[str]:
    """The parts of the day some of the texts give ("Monday morning" -> {"morning"})."""
    groups = _part_groups()
    return {groups[w] for t in texts for w in re.findall(r"\w+", t.casefold()) if w in groups}


def other_parts_of_day(a, b) -> bool:
    """Whether two sides date a day by different parts of it only ("Monday morning" /
    "Monday afternoon"): often two events of one day (the shooting, a message posted later),
    which a contrast would show as a disagreement that is not there."""
    pa, pb = parts_of_day(a), parts_of_day(b)
    return bool(pa) and bool(pb) and not pa & pb



def same_day_in_other_words(a, b) -> bool:
    """Whether two sides' labels of one day differ only in how they point at it: a day told
    from the article's date ("tonight", "yesterday", "last night", "on Friday") where the other
    writes its date, or an hour, a part of the day or a qualifier one side adds ("Tuesday
    evening", "4 p.m. Friday", "early Thursday" / "Thursday"). The same time in other words: a
    deixis the article's date fixes, or a detail of the hour, never a naming a reader learns from."""
    relative, refining = _other_words()

    def written(texts) -> set[str]:
        out = set()
        for t in texts:
            # (the chain already says which day "yesterday" is; a year says which year, not which day)
            label = _YEAR.sub(" ", _CLOCK.sub(" ", relative.sub(" ", time_label(t))))
            words = [w for w in label.split() if w not in refining]
            if words:
                out.add(" ".join(words))
        return out

    wa, wb = written(a), written(b)
    # a month or a day also given with more of its date ("last May" beside "May 29"): no other day
    every = [set(w.split()) for w in wa | wb]
    wa, wb = ({w for w in side if not any(set(w.split()) < o for o in every)} for side in (wa, wb))
    return not wa or not wb or wa == wb


# a clock time as time_label leaves it ("4 p m", "8 30pm", "10am", "9 25 a m")
_CLOCK = re.compile(r"\b\d{1,2}(?: \d{2})?(?: ?(?:a m|p m|am|pm))(?!\w)")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


@functools.lru_cache(maxsize=1)
def _other_words() -> tuple[re.Pattern, frozenset[str]]:
    """The relative days (as time_label writes them) and the words that only refine a day."""
    v = time_vocabulary()
    labels = sorted((re.escape(time_label(k)) for k in v.relative), key=len, reverse=True)
    relative = re.compile(r"\b(?:" + "|".join(labels) + r")\b")
    refining = frozenset({*v.parts, *v.qualifiers, *v.approximately, *v.prepositions, *_part_groups(),
                          *v.hours, *v.weekdays, "the", "last", "this", "next"})
    return relative, refining
