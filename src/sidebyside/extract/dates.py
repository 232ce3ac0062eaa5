"""Publication dates → ISO 8601, as precise as the page states them.

Machine-readable values (ISO 8601 and its common variants, RFC 2822, Unix times) are read exactly;
visible text ("Published 7 March 2023, 14:05 GMT") goes through python-dateutil, which handles the
many English layouts far better than a hand-written parser. A date without a time stays a date; a
time zone is written as ±HH:MM.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta, timezone

from dateutil import parser as date_parser

MIN_YEAR, MAX_YEAR = 1990, 2100

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})"
    r"(?:[T\s]+(?P<H>\d{1,2}):?(?P<M>\d{2})(?::?(?P<S>\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*$",
    re.IGNORECASE,
)
_EPOCH = re.compile(r"^\s*(\d{10})(\d{3})?\s*$")
_HAS_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
_HAS_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")
# Words around visible dates that dateutil should not see.
_NOISE = re.compile(
    r"\b(published|updated|last updated|posted|modified|first published|on|at|date|le|um|el|"
    r"the|by|de|del|der|du)\b\s*:?",
    re.IGNORECASE,
)
# Month names of other common news languages, mapped to English for dateutil.
_MONTHS = {
    "janvier": "January", "février": "February", "fevrier": "February", "mars": "March",
    "avril": "April", "mai": "May", "juin": "June", "juillet": "July", "août": "August",
    "aout": "August", "septembre": "September", "octobre": "October", "novembre": "November",
    "décembre": "December", "decembre": "December",
    "januar": "January", "februar": "February", "märz": "March", "juni": "June", "juli": "July",
    "oktober": "October", "dezember": "December",
    "enero": "January", "febrero": "February", "marzo": "March", "abril": "April", "mayo": "May",
    "junio": "June", "julio": "July", "agosto": "August", "septiembre": "September",
    "setiembre": "September", "octubre": "October", "noviembre": "November", "diciembre": "December",
    "janeiro": "January", "fevereiro": "February", "março": "March", "maio": "May", "junho": "June",
    "julho": "July", "setembro": "September", "outubro": "October", "novembro": "November",
    "dezembro": "December",
    # Russian, nominative and genitive ("10 марта 2026").
    "январь": "January", "января": "January", "февраль": "February", "февраля": "February",
    "март": "March", "марта": "March", "апрель": "April", "апреля": "April", "мая": "May",
    "май": "May", "июнь": "June", "июня": "June", "июль": "July", "июля": "July",
    "август": "August", "августа": "August", "сентябрь": "September", "сентября": "September",
    "октябрь": "October", "октября": "October", "ноябрь": "November", "ноября": "November",
    "декабрь": "December", "декабря": "December",
    # Arabic: the Egyptian/Gulf names and the Levantine ones.
    "يناير": "January", "فبراير": "February", "مارس": "March", "أبريل": "April", "ابريل": "April",
    "إبريل": "April", "مايو": "May", "يونيو": "June", "يوليو": "July", "أغسطس": "August",
    "اغسطس": "August", "سبتمبر": "September", "أكتوبر": "October", "اكتوبر": "October",
    "نوفمبر": "November", "ديسمبر": "December", "كانون الثاني": "January", "شباط": "February",
    "آذار": "March", "نيسان": "April", "أيار": "May", "حزيران": "June", "تموز": "July",
    "آب": "August", "أيلول": "September", "تشرين الأول": "October", "تشرين الثاني": "November",
    "كانون الأول": "December",
}
# Arabic-Indic and Persian digits read as ASCII ones.
_DIGITS = {code: str(code - 0x0660) for code in range(0x0660, 0x066A)}
_DIGITS.update({code: str(code - 0x06F0) for code in range(0x06F0, 0x06FA)})
# All-numeric dates: "10.03.2026" is day-first; "03/10/2026" is month-first unless a part says
# otherwise (a first part above 12 can only be a day).
_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])")
_NUMERIC_YMD = re.compile(r"(?<![\d.])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d])")
_MONTH_WORD = re.compile(r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


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
        return _format(moment, with_time=True) if MIN_YEAR <= moment.year <= MAX_YEAR else None
    return parse_visible_date(value)


def parse_visible_date(text: str | None, day_first: bool = False) -> str | None:
    """A date written for people ("March 7, 2023 2:05 pm ET", "7 mars 2023"), or None.

    ``day_first`` settles numeric dates that read both ways ("10/03/2026"): the page's locale
    knows (see numeric_dates_day_first); without it they are read month first.
    """
    if not text or len(text) > 120:
        return None
    text = text.translate(_DIGITS)
    if not _HAS_YEAR.search(text):
        return None
    cleaned = _MONTH_WORD.sub(lambda m: " " + _MONTHS[m.group(1).lower()] + " ", text)
    cleaned = _NUMERIC_YMD.sub(lambda m: _iso_day(m.group(1), m.group(3), m.group(4)), cleaned)
    cleaned = _NUMERIC_DATE.sub(lambda m: _numeric_to_iso(m, day_first), cleaned)
    cleaned = _NOISE.sub(" ", cleaned).replace("|", " ").replace("•", " ").strip(" ,.-")
    try:
        with warnings.catch_warnings():  # an unknown zone name only loses the zone
            warnings.simplefilter("ignore")
            moment, _skipped = date_parser.parse(cleaned, fuzzy_with_tokens=True, default=_DEFAULT,
                                                 tzinfos=_ZONES)
    except (ValueError, OverflowError, TypeError):
        return None
    if not (MIN_YEAR <= moment.year <= MAX_YEAR):
        return None
    # Guard against dateutil inventing a date out of stray numbers: the year must be in the text.
    if str(moment.year) not in text:
        return None
    return _format(moment, with_time=bool(_HAS_TIME.search(cleaned)))


_DEFAULT = datetime(2000, 1, 1)
# Zone abbreviations news pages print; ambiguous ones ("ET" without daylight saving) are left out.
_ZONES = {name: int(hours * 3600) for name, hours in {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "IST": 5.5, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "AEST": 10, "AEDT": 11,
}.items()}


def numeric_dates_day_first(locale: str | None) -> bool:
    """Whether a page in this locale writes 10/03/2026 for the 10th of March.

    Month first is the United States' (and the Philippines') habit; elsewhere the day comes
    first. A page that says only "en", or nothing, keeps the month-first reading.
    """
    if not locale:
        return False
    tag = locale.strip().lower().replace("_", "-")
    return not (tag == "en" or tag.startswith(("en-us", "en-ph")))


def _numeric_to_iso(match: re.Match, day_first_locale: bool = False) -> str:
    first, sep, second, year = int(match.group(1)), match.group(2), int(match.group(3)), match.group(4)
    day_first = sep == "." or first > 12 or day_first_locale
    if second > 12:
        day_first = False
    day, month = (first, second) if day_first else (second, first)
    return _iso_day(year, month, day)


def _iso_day(year, month, day) -> str:
    return f" {int(year):04d}-{int(month):02d}-{int(day):02d} "


def _from_iso_match(match: re.Match) -> str | None:
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    try:
        moment = datetime(year, month, day)
    except ValueError:
        return None
    if not (MIN_YEAR <= year <= MAX_YEAR):
        return None
    if match["H"] is None:
        return moment.strftime("%Y-%m-%d")
    hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return moment.strftime("%Y-%m-%d")
    moment = moment.replace(hour=hour, minute=minute, second=second, tzinfo=_zone(match["tz"]))
    return _format(moment, with_time=True, seconds=match["S"] is not None)


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    if text.upper() in ("Z", "UTC", "GMT"):
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _format(moment: datetime, with_time: bool, seconds: bool = True) -> str:
    if not with_time:
        return moment.strftime("%Y-%m-%d")
    text = moment.strftime("%Y-%m-%dT%H:%M:%S" if seconds else "%Y-%m-%dT%H:%M")
    offset = moment.utcoffset()
    if offset is not None:
        total = int(offset.total_seconds() // 60)
        sign = "-" if total < 0 else "+"
        text += f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"
    return text
