"""The one calendar vocabulary: month and weekday names in every language of ``resources/dates``
(CLDR names, see its README), read by the extractors' date reader and by the comparison alike.

The comparison reads English unless it knows an article's language: then that language's names
are added where they are safe (``time_words("fr")`` holds "lundi" and "janvier", never "mars",
which is also an ordinary word). The extractors read every language at once (``month_table``,
``weekday_names``). Qt-free and free of both families, so either may import it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sidebyside.resources import read_resource_text
from sidebyside.wordpattern import alternation

ENGLISH = "en"


@dataclass(frozen=True)
class CalendarName:
    name: str  # lower case, no trailing dot
    number: int  # month 1..12, or weekday 1..7 (Monday 1)
    language: str  # ISO 639-1
    full: bool  # "january", "monday"; False for "jan", "tue"
    safe: bool  # months: no ordinary word anywhere; weekdays: no person's name nor ordinary word


def _names(table: str) -> tuple[CalendarName, ...]:
    """Every row of one table of ``resources/dates`` (name, number, language, form, safe), in order."""
    rows = (line.split("\t") for line in read_resource_text(table).splitlines() if line.strip() and not line.startswith("#"))
    return tuple(CalendarName(name.casefold(), int(number), language, form == "full", safe.strip() == "yes")
                 for name, number, language, form, safe in rows)


@lru_cache(maxsize=1)
def month_rows() -> tuple[CalendarName, ...]:
    """Every row of ``dates/months.tsv``, in the file's order."""
    return _names("dates/months.tsv")


@lru_cache(maxsize=1)
def weekday_rows() -> tuple[CalendarName, ...]:
    """Every row of ``dates/weekdays.tsv``, in the file's order."""
    return _names("dates/weekdays.tsv")


# ----------------------------------------------------------------------------- one language


@lru_cache(maxsize=None)
def weekdays(language: str = ENGLISH) -> tuple[str, ...]:
    """The full weekday names of one language, Monday first ("monday" … "sunday"); a weekday
    with two spellings ("sábado", "sabado") gives its first."""
    days: dict[int, str] = {}
    for row in weekday_rows():
        if row.language == language and row.full:
            days.setdefault(row.number, row.name)
    return tuple(days[n] for n in sorted(days))


@lru_cache(maxsize=None)
def weekday_abbreviations(language: str = ENGLISH) -> tuple[str, ...]:
    """The short weekday names of one language ("mon", "tue", "tues" …), in the table's order."""
    return tuple(r.name for r in weekday_rows() if r.language == language and not r.full)


@lru_cache(maxsize=None)
def months(language: str = ENGLISH, abbreviations: bool = True) -> dict[str, int]:
    """The month names of one language → 1..12 ("january" and "jan" → 1), in the table's order;
    without ``abbreviations`` only the full names."""
    return {r.name: r.number for r in month_rows() if r.language == language and (abbreviations or r.full)}


@lru_cache(maxsize=None)
def time_words(language: str | None = None) -> frozenset[str]:
    """Days and months by their full names: written with a capital in English, they date a fact
    rather than name a party to it. English always; a known other language adds its own names
    that are safe (no ordinary word, no person's name)."""
    words = {*weekdays(), *months(abbreviations=False)}
    if language and language != ENGLISH:
        words |= {r.name for r in (*weekday_rows(), *month_rows()) if r.language == language and r.full and r.safe}
    return frozenset(words)


# ----------------------------------------------------------------------------- every language


@dataclass(frozen=True)
class MonthTable:
    months: dict[str, int]  # name (lower-case, no trailing dot) → 1..12
    languages: dict[str, frozenset[str]]  # name → the languages that use it
    unsafe: frozenset[str]  # names that are ordinary words somewhere
    pattern: str  # alternation of every name, longest first

    @property
    def safe_pattern(self) -> str:
        """Alternation of the names that are no ordinary word in any language, longest first."""
        return alternation(set(self.months) - self.unsafe)


@lru_cache(maxsize=1)
def month_table() -> MonthTable:
    """Every month name of every language, as the date reader matches them."""
    numbers: dict[str, int] = {}
    languages: dict[str, set[str]] = {}
    unsafe: set[str] = set()
    for row in month_rows():
        numbers.setdefault(row.name, row.number)
        languages.setdefault(row.name, set()).add(row.language)
        if not row.safe:
            unsafe.add(row.name)
    pattern = alternation(numbers)
    return MonthTable(numbers, {n: frozenset(l) for n, l in languages.items()}, frozenset(unsafe), pattern)


@lru_cache(maxsize=None)  # one entry per form and flag: both are asked for in turn
def weekday_names(form: str, safe: bool = False) -> tuple[str, ...]:
    """The weekday names of every language of one form, "full" ("monday", "Mittwoch") or
    "short" ("tue"), lower case, longest first. ``safe``: only the names that are no person's
    name nor ordinary word anywhere ("domingo", "Sabato" are), the ones that may end a byline's
    names."""
    names = [r.name for r in weekday_rows() if r.full == (form == "full") and (not safe or r.safe)]
    return tuple(sorted(names, key=len, reverse=True))
