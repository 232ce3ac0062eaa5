"""Publication dates → ISO 8601, as precise as the page states them: the one date reader of both
extractor families (HTML and text captures).

- ``normalise_date``: machine-readable values (ISO 8601 and its common variants, RFC 2822, Unix
  times) read exactly, as meta tags, JSON-LD and ``<time datetime>`` give them.
- ``find_dates`` / ``find_date``: dates written for people ("Tuesday 10 March 2026 08.30 GMT",
  "7 gennaio 2024", "10 марта 2026 г., 14:05", "11/19/19 06:56 AM EST"), in any language of the
  month table (``resources/dates/months.tsv``), each with the label before it ("Published",
  "Updated", ``resources/dates/labels.tsv``): in "Updated 10 March 2026 — first published 9 March
  2026" the publication date is the 9th.
- ``url_date``: the date a URL's path carries (/2019/11/18/, /2019/nov/18/, /2019-11-18-).

Ambiguous numeric dates follow one rule, the page's locale (``numeric_dates_day_first``): "03/10/2026"
is the 3rd of October on a British, French or Brazilian page, and March 10 on an American one (or
an English page that names no region). What the numbers settle wins over the locale: a part above
12 can only be the day, and dotted dates ("10.03.2026") are day first.

A date without a time stays a date; a time is written to the minute unless the page gives seconds;
a stated time zone is written as ±HH:MM; the US zones a page names without saying standard or
daylight time ("8:03 am ET") take the offset the tz database gives that day and hour;
an ambiguous one ("CST": China's or Central) is dropped, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sidebyside.calendar_words import MonthTable, month_table, weekday_names, weekday_rows
from sidebyside.extract.language import primary_subtag
from sidebyside.resources import read_resource_text
from sidebyside.wordpattern import alternation, without_marks

MIN_YEAR, MAX_YEAR = 1990, 2100
MAX_TEXT = 400  # a dateline is short: longer text is read only up to here

# ----------------------------------------------------------------------------- vocabulary
# The month and weekday names are the one calendar vocabulary's (sidebyside/calendar_words.py).


@lru_cache(maxsize=1)
def label_kinds() -> dict[str, str]:
    """Each dateline label of ``labels.tsv`` (case-folded, single-spaced) → "published" or
    "updated": the one list of dateline words of both families."""
    kinds: dict[str, str] = {}
    for line in read_resource_text("dates/labels.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, phrase = line.split("\t")
            kinds[" ".join(phrase.casefold().split())] = kind
    return kinds


@lru_cache(maxsize=1)
def label_alternation() -> str:
    """Every dateline label as a regex alternation (longest first, any run of spaces between
    words, an Arabic label with or without its vowel marks), to be compiled case-insensitively."""
    return alternation(label_kinds(), spaced=True, marks=True)


@lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern, re.Pattern]:
    # the label ends right before the date: "Published: ", "Updated on ", "publié le ", "am ",
    # maybe with the day's name between ("First published on Mon 9 Mar", "publié le jeudi 5 mars")
    ending = re.compile(rf"(?<!\w)({label_alternation()})(?!\w)[\s:,.\-–—]*(?:on|le|am|el|il|em|op|at)?[\s:]*"
                        rf"(?:(?:{WEEKDAYS})\.?[,،]?\s*)?$", re.IGNORECASE)  # (the Arabic comma after a weekday too)
    opening = re.compile(rf"^\s*({label_alternation()})(?!\w)", re.IGNORECASE)
    return ending, opening


def label_opening(text: str) -> str | None:
    """"published" or "updated" when ``text`` opens with a dateline label ("Published Tue, Nov
    19 2019", "Mis à jour le 3 mars"), else None."""
    match = _labels()[1].match(text)
    return label_kinds().get(" ".join(without_marks(match.group(1)).casefold().split())) if match else None


# The weekday names as a regex alternation (any case): every name ("Monday", "Tue", "domingo"),
# before a date after a dateline label.
WEEKDAYS = alternation(weekday_names("full") + weekday_names("short"))

# A numeric date or a clock time anywhere in a line ("16.01.2023", "2019/11/18", "10-03-2026",
# "14:05"): the cheap shape both families read, where a full parse is not needed (an HTML
# dateline block; a text line that is therefore no headline).
NUMERIC_DATE_OR_TIME = r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b"

# ----------------------------------------------------------------------------- locale


def numeric_dates_day_first(locale: str | None) -> bool:
    """Whether a page in this locale writes 10/03/2026 for the 10th of March.

    Month first is the habit of the United States (and of the Philippines and a few Pacific
    states); elsewhere the day comes first. An English page that names no region ("en"), or a
    page whose language is unknown, is read month first: US sites declare "en" as often as
    "en-US", and British, Irish or Australian ones usually say "en-GB", "en-IE", "en-AU"
    (``page_locale`` adds the region a country-code host implies).
    """
    if not locale:
        return False
    tag = locale.strip().lower().replace("_", "-")
    return not (tag == "en" or tag.startswith(("en-us", "en-ph", "en-fm", "en-mh", "en-pw", "en-um", "es-us")))


_REGION_TLDS = {"uk": "gb", "ie": "ie", "au": "au", "nz": "nz", "in": "in", "za": "za", "ng": "ng",
                "ke": "ke", "pk": "pk", "sg": "sg", "my": "my", "ca": "ca", "ph": "ph", "us": "us"}


def page_locale(language: str | None, host: str | None = None) -> str | None:
    """The locale a page's numeric dates follow: its declared (or guessed) language tag, with the
    region its host's country code implies when the tag names none ("en" on a .co.uk host →
    "en-gb")."""
    if not language:
        return None
    tag = language.strip().lower().replace("_", "-")
    if "-" in tag or not host:
        return tag
    region = _REGION_TLDS.get(host.rstrip(".").rsplit(".", 1)[-1].lower())
    return f"{tag}-{region}" if region else tag


# ----------------------------------------------------------------------------- patterns

_DIGITS = {code: str(code - 0x0660) for code in range(0x0660, 0x066A)}  # Arabic-Indic
_DIGITS.update({code: str(code - 0x06F0) for code in range(0x06F0, 0x06FA)})  # Persian
_DIGITS.update({code: str(code - 0xFF10) for code in range(0xFF10, 0xFF1A)})  # full-width

# Zone abbreviations news pages print → offset hours; None: ambiguous or unknown, dropped.
_ZONES: dict[str, float | None] = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "EET": 2,
    "EEST": 3, "MSK": 3, "EST": -5, "EDT": -4, "CST": None, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "AKST": -9, "HST": -10, "IST": 5.5, "JST": 9, "KST": 9, "HKT": 8,
    "SGT": 8, "AEST": 10, "AEDT": 11, "AWST": 8, "NZST": 12, "NZDT": 13, "WAT": 1, "EAT": 3,
    "SAST": 2, "PKT": 5, "ET": None, "PT": None, "CT": None, "MT": None, "AMT": None, "WIB": 7,
}
# US zones written without standard or daylight ("ET", "PT") → the tz database's zone of the
# zone's largest city, whose rule gives standard or daylight time that day (_us_offset)
_US_ZONES: dict[str, str] = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
                             "PT": "America/Los_Angeles"}
_ZONE = r"(?P<tz>(?:UTC|GMT)\s*[+-−]\s*\d{1,2}(?::?\d{2})?|[+-−]\d{2}:?\d{2}|" + "|".join(
    sorted(_ZONES, key=len, reverse=True)) + r")(?![A-Za-z])"
_AMPM = r"(?P<ampm>[ap]\.?\s?m\b\.?)"
# A time after the date: "10 March 2026 08.30 GMT", "Nov 19, 2019 at 11:08 a.m.", "– 14h05"; the
# day's name may stand between them ("6 Aralık 2026 Pazar 14:05", "6. Dezember 2026, Sonntag, 14:05").
_TIME_AFTER = re.compile(
    r"\s*(?:г\.|r\.)?\s*"
    rf"(?:[,|·•\-–—]?\s*(?:{WEEKDAYS})\.?(?![^\W\d_])\s*)?"
    r"(?:,|@|\||·|•|-|–|—|/|\bat\b|\bum\b|à|\ba las\b|\bàs\b|\balle\b|\bв\b|\bkl\.?|\bo\b)?\s*,?\s*"
    r"(?:\bore\b|\bالساعة)?\s*"  # "7 gennaio 2024, ore 14:05", "7 يناير 2024 الساعة 14:05"
    r"(?P<h>\d{1,2})(?:[:.h時时](?P<mi>[0-5]\d)分?)(?::(?P<s>[0-5]\d)(?:\.\d+)?)?(?![\d.:/])\s*"
    + _AMPM + r"?\s*(?:" + _ZONE + r")?",
    re.IGNORECASE,
)
# A time before the date: "10:02 AM EST Nov 19, 2019", "10:48, Tue, Nov 19, 2019".
_TIME_BEFORE = re.compile(
    r"(?<![\d.:])(?P<h>\d{1,2})[:.h](?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?\s*" + _AMPM + r"?\s*(?:"
    + _ZONE + r")?\s*[,|·\-–]?\s*(?:[^\W\d_]{2,12}\.?,?\s*)?$",
    re.IGNORECASE,
)
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|ª|\.)?"
# a year, maybe glued to the time after it ("Nov 20 20194:29 AM EST", a layout's lost space)
_YEAR = r"(?P<y>(?:19|20)\d{2})(?:(?!\d)|(?=\d{1,2}:\d{2}(?!\d)))"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    months = month_table().pattern
    return (
        # 2023-01-16T19:07 / 2016.12.01 / 2023/01/16
        re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d])"
                   r"(?:T(?=\d))?"),
        # 2023年1月16日, 2023년 1월 16일
        re.compile(r"(?P<y>(?:19|20)\d{2})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]?"),
        # 16 Jan 2023 / 16. Januar 2023 / 3 de mayo de 2022 / 10 марта 2026 г.
        # ("Elena Marsh14 Nov 2025": a date glued to a byline's last word, after a lower-case letter)
        re.compile(rf"(?<![\d._])(?<!(?-i:[A-Z]))(?P<d>\d{{1,2}}){_ORDINAL}\s*(?:de\s+|of\s+)?(?P<mon>{months})(?![^\W\d_])\.?,?\s*"
                   rf"(?:de\s+|del\s+|\')?{_YEAR}", re.IGNORECASE),
        # January 16, 2023 / Nov. 18th, 2019 / Oktober 27, 2015 ("Sam OkaforJune 2, 2026": a
        # capitalised month glued to a byline's last word, after a lower-case letter)
        re.compile(rf"(?:(?<![^\W\d_])|(?<=(?-i:[a-zß-ÿ]))(?=(?-i:[A-Z])))(?P<mon>{months})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:.])\s*,?\s*{_YEAR}",
                   re.IGNORECASE),
        # 16.01.2023 / 16/01/2023 / 11/19/19 (a two-digit year only with a time or in a date field);
        # "16/08/2011-13:42": a time glued by a hyphen ends the date, a fourth number continues it
        re.compile(r"(?<![\d.,/])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)"
                   r"(?P<y>(?:19|20)\d{2}|\d{2})(?![\d]|[./]\d|-(?=\d)(?!\d{1,2}:\d{2}(?!\d)))"),
        # 08. 07. 2012 / 10. 3. 2026: dotted and spaced (Czech, Slovak, German), day first
        re.compile(r"(?<![\d.,/])(?P<a>\d{1,2})(?P<sep>\.)\s(?P<b>\d{1,2})\.\s(?P<y>(?:19|20)\d{2})(?!\d)"),
        # ۱۵ آذر ۱۴۰۵: a Solar Hijri day, month and year (Persian digits read as digits), converted
        re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?P<jmon>{alternation(solar_hijri_months())})\s*(?P<y>1[34]\d{{2}})(?!\d)"),
    )


@dataclass(frozen=True)
class FoundDate:
    iso: str
    label: str | None  # "published", "updated", or None when nothing before it says
    start: int
    end: int


def find_dates(text: str | None, locale: str | None = None, free_text: bool = False) -> list[FoundDate]:
    """Every date written in a short text, in order, each with its time (when one is written
    next to it) and its label.

    ``locale`` settles numeric dates that read both ways (see ``numeric_dates_day_first``) and,
    with ``free_text``, which month names that are also ordinary words may count: in running
    text ("get set 4 2019 ...") "set" is September only on an Italian or Portuguese page. A
    date field (a dateline, a ``<time>``) passes ``free_text=False``.
    """
    if not text or not any(ch.isdigit() for ch in text[:MAX_TEXT]):
        return []
    text = text[:MAX_TEXT].translate(_DIGITS)
    language = primary_subtag(locale)
    table = month_table()
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for index, pattern in enumerate(_patterns()):
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            day = _day_of(match, index, locale, table, language, free_text)
            if day is None:
                continue
            end = match.end()
            after = _TIME_AFTER.match(text, end)
            moment = _time_of(after) if after else None
            if moment is not None:
                end = after.end()
            elif match.group("y") and len(match.group("y")) == 2:
                if free_text:
                    continue  # "3/4/19" in running text may be anything
            start = match.start()
            if moment is None:
                before = _TIME_BEFORE.search(text, max(0, start - 40), start)
                if before:
                    moment = _time_of(before)
                    if moment is not None:
                        start = before.start()
            taken.append((start, end))
            found.append(FoundDate(_format(day, moment), _label_before(text, start, taken), start, end))
    found.sort(key=lambda f: f.start)
    return found


def find_date(text: str | None, locale: str | None = None, free_text: bool = False) -> str | None:
    """The publication date a short text states, as ISO 8601, or None.

    Of several dates, the one labelled as the publication's ("first published 9 March") wins,
    then the first one not labelled as an update's, then the first.
    """
    dates = find_dates(text, locale, free_text)
    if not dates:
        return None
    for wanted in (lambda f: f.label == "published", lambda f: f.label != "updated"):
        chosen = next((f for f in dates if wanted(f)), None)
        if chosen:
            return chosen.iso
    return dates[0].iso


def _day_of(match: re.Match, index: int, locale: str | None, table: MonthTable, language: str,
            free_text: bool) -> date | None:
    groups = match.groupdict()
    if groups.get("jmon"):
        try:
            day = solar_hijri_to_gregorian(int(groups["y"]), solar_hijri_months()[groups["jmon"]], int(groups["d"]))
        except ValueError:
            return None
        return day if MIN_YEAR <= day.year <= MAX_YEAR else None
    year = int(groups["y"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    if groups.get("mon"):
        name = groups["mon"].casefold().rstrip(".")
        if free_text and name in table.unsafe and language not in table.languages.get(name, ()):
            return None
        month, day = table.months.get(name), int(groups["d"])
    elif index >= 4:  # numeric, day and month in either order
        first, second = int(groups["a"]), int(groups["b"])
        day_first = groups["sep"] == "." or first > 12 or numeric_dates_day_first(locale)
        if second > 12:
            day_first = False
        elif first <= 12 and first != second and groups["sep"] != ".":
            # "Thứ bảy, 5/12/2026", "Saturday, 5/12/2026": the weekday written before a date that
            # reads both ways settles it, whatever the locale says
            day_first = _weekday_order(match, year, first, second, day_first)
        day, month = (first, second) if day_first else (second, first)
    else:
        month, day = int(groups["m"]), int(groups["d"])
    if month is None or not (MIN_YEAR <= year <= MAX_YEAR):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


# a weekday's name right before a date (a comma or a dot at most between them)
_WEEKDAY_BEFORE = re.compile(rf"(?<![^\W\d_])(?P<w>{alternation(weekday_names('full') + weekday_names('short'), spaced=True)})"
                             r"\.?[\s,،]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _weekday_numbers() -> dict[str, frozenset[int]]:
    """Each weekday name (case-folded, single-spaced) → its day numbers (Monday 1)."""
    numbers: dict[str, set[int]] = {}
    for row in weekday_rows():
        numbers.setdefault(" ".join(row.name.split()), set()).add(row.number)
    return {name: frozenset(days) for name, days in numbers.items()}


def _weekday_order(match: re.Match, year: int, first: int, second: int, day_first: bool) -> bool:
    """Whether a date that reads both ways is day first, by the weekday named right before it:
    the reading whose day is that weekday wins when the other's is not; ``day_first`` otherwise."""
    named = _WEEKDAY_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
    if named is None:
        return day_first
    days = _weekday_numbers().get(" ".join(named.group("w").casefold().split()), frozenset())
    fits = []
    for order in (True, False):
        day, month = (first, second) if order else (second, first)
        try:
            fits.append(date(year, month, day).isoweekday() in days)
        except ValueError:
            fits.append(False)
    return fits[0] if fits[0] != fits[1] else day_first


@lru_cache(maxsize=1)
def solar_hijri_months() -> dict[str, int]:
    """The Solar Hijri month names of ``dates/solar_hijri_months.tsv`` → month number (Farvardin
    1), each also with the Arabic letters ي and ك a page may write for the Persian ی and ک."""
    months: dict[str, int] = {}
    for line in read_resource_text("dates/solar_hijri_months.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            name, number, _language = line.split("\t")
            for spelling in (name, name.replace("ی", "ي").replace("ک", "ك")):
                months[spelling] = int(number)
    return months


# 1 Farvardin 1354 was 21 March 1975: the day the conversion counts from
_NOWRUZ_1354 = date(1975, 3, 21)


def _solar_hijri_leap(year: int) -> bool:
    """A leap year of the Solar Hijri calendar by its 33-year arithmetic rule, which gives the
    years of the astronomical calendar Iran keeps from 1178 to 1634 (1799-2256): eight leap years
    in 33, the first, fifth, ninth ... of the cycle."""
    return (25 * year + 11) % 33 < 8


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian day of a Solar Hijri date (1 Farvardin is Nowruz, 20 or 21 March): the first
    six months have 31 days, the next five 30, Esfand 29 (30 in a leap year). Raises ValueError
    for a day the month lacks or a year outside 1300-1499. No library is needed: between 1300
    and 1499 the arithmetic rule is the calendar (tests check it against known Nowruz days)."""
    if not 1300 <= year <= 1499 or not 1 <= month <= 12:
        raise ValueError("no Solar Hijri date read here")
    length = 31 if month <= 6 else 30 if month <= 11 else 30 if _solar_hijri_leap(year) else 29
    if not 1 <= day <= length:
        raise ValueError("no such day")
    days = sum(366 if _solar_hijri_leap(y) else 365 for y in range(1354, year)) - sum(
        366 if _solar_hijri_leap(y) else 365 for y in range(year, 1354))
    into = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return _NOWRUZ_1354 + timedelta(days=days + into + day - 1)


def _time_of(match: re.Match) -> tuple[int, int, int | None, timezone | str | None] | None:
    hour, minute = int(match.group("h")), int(match.group("mi"))
    ampm = (match.group("ampm") or "").replace(".", "").replace(" ", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    seconds = int(match.group("s")) if match.group("s") else None
    named = (match.group("tz") or "").upper()
    return hour, minute, seconds, named if named in _US_ZONES else _zone_of(named)


def _zone_of(text: str | None) -> timezone | None:
    if not text:
        return None
    text = text.upper().replace("−", "-").replace(" ", "")
    if text in _ZONES:
        hours = _ZONES[text]
        return None if hours is None else timezone(timedelta(hours=hours))
    offset = re.fullmatch(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?", text)
    if not offset:
        return None
    hours, minutes = int(offset.group(2)), int(offset.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    sign = -1 if offset.group(1) == "-" else 1
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _label_before(text: str, start: int, taken: list[tuple[int, int]]) -> str | None:
    """"published"/"updated" when the words right before the date say so (not past another date)."""
    floor = max([end for s, end in taken if end <= start] + [max(0, start - 40)])
    return label_ending(text[floor:start])


def label_ending(text: str) -> str | None:
    """"published" or "updated" when ``text`` ends with a dateline label ("Updated on", "Publié le")."""
    match = _labels()[0].search(text[-40:])
    return label_kinds().get(" ".join(without_marks(match.group(1)).casefold().split())) if match else None


def _format(day: date, moment: tuple | None) -> str:
    if moment is None:
        return day.isoformat()
    hour, minute, seconds, zone = moment
    text = f"{day.isoformat()}T{hour:02d}:{minute:02d}" + (f":{seconds:02d}" if seconds is not None else "")
    if isinstance(zone, str):  # "ET": standard or daylight time as the day says
        zone = _us_offset(day, hour, minute, zone)
        if zone is None:
            return text
    return text + _offset(zone.utcoffset(None)) if zone is not None else text


def _us_offset(day: date, hour: int, minute: int, name: str) -> timezone | None:
    """The offset a US zone named without standard or daylight ("ET") has at that local time, from
    the tz database (``zoneinfo``, with the ``tzdata`` package where the system has none); None in
    the hour the clocks go back (it reads both ways), in the hour they skip, and without a tz
    database."""
    try:
        zone = ZoneInfo(_US_ZONES[name])
    except (ZoneInfoNotFoundError, ValueError):
        return None
    local = datetime(day.year, day.month, day.day, hour, minute)
    first, second = (local.replace(tzinfo=zone, fold=fold).utcoffset() for fold in (0, 1))
    return timezone(first) if first == second and first is not None else None


def _offset(delta: timedelta) -> str:
    total = int(delta.total_seconds() // 60)
    sign = "-" if total < 0 else "+"
    return f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"


# ----------------------------------------------------------------------------- machine-readable

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})"
    r"(?:[T\s]+(?P<H>\d{1,2}):?(?P<M>\d{2})(?::?(?P<S>\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*$",
    re.IGNORECASE,
)
_EPOCH = re.compile(r"^\s*(\d{10})(\d{3})?\s*$")


def normalise_date(value: str | None) -> str | None:
    """A machine-readable date (meta tags, JSON-LD, <time datetime>) as ISO 8601, or None."""
    if not value:
        return None
    value = value.strip()
    match = _ISO.match(value)
    if match:
        return _from_iso_match(match)
    epoch = _EPOCH.match(value)
    if epoch:
        moment = datetime.fromtimestamp(int(epoch.group(1)), tz=timezone.utc)
        return moment.strftime("%Y-%m-%dT%H:%M:%S+00:00") if MIN_YEAR <= moment.year <= MAX_YEAR else None
    return find_date(value)


def _from_iso_match(match: re.Match) -> str | None:
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if not (MIN_YEAR <= year <= MAX_YEAR):
        return None
    try:
        moment = date(year, month, day)
    except ValueError:
        return None
    if match["H"] is None:
        return moment.isoformat()
    hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return moment.isoformat()
    text = f"{moment.isoformat()}T{hour:02d}:{minute:02d}" + (f":{second:02d}" if match["S"] else "")
    zone = _zone_of(match["tz"]) if match["tz"] else None
    return text + _offset(zone.utcoffset(None)) if zone is not None else text


# ----------------------------------------------------------------------------- URLs

_URL_YMD = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)")
_URL_YMONTHD = re.compile(r"/((?:19|20)\d{2})/([a-z]{3,9})/(\d{1,2})(?=/|$)", re.IGNORECASE)
_URL_COMPACT = re.compile(r"[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)")


def url_date(url: str | None) -> str | None:
    """The day a URL's path states (/2019/11/18/, /2019/nov/18/, /2019-11-18-, /20191118/)."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]*", "", url.split("?")[0].split("#")[0], flags=re.IGNORECASE)
    for pattern in (_URL_YMD, _URL_YMONTHD, _URL_COMPACT):
        match = pattern.search(path)
        if not match:
            continue
        year, month, day = match.groups()
        month_number = int(month) if month.isdigit() else month_table().months.get(month.casefold())
        try:
            found = date(int(year), month_number or 0, int(day))
        except ValueError:
            continue
        if MIN_YEAR <= found.year <= MAX_YEAR:
            return found.isoformat()
    return None
