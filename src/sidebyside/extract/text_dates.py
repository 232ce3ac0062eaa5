"""Find a publication date in a short line and give it as ISO 8601, as precise as written.

"16 Jan 2023 19:07" -> "2023-01-16T19:07"; "January 5, 2024" -> "2024-01-05";
"2016.12.01" -> "2016-12-01". Month names in English, French, German, Spanish, Italian,
Portuguese, Dutch, Russian and Arabic. Ambiguous numeric dates (01/02/2023) are read day first unless the
first number cannot be a day-of-month order (then month first).
"""

from __future__ import annotations

import datetime
import re

MONTHS = {}
for _number, _names in enumerate(
    [
        "january jan janvier janv januar jän enero ene gennaio gen janeiro januari",
        "february feb feb. février févr februar febrero febbraio fevereiro fev februari",
        "march mar mars märz marzo março maart",
        "april apr avril abril aprile",
        "may mai mayo maggio maio mei",
        "june jun juin juni junio giugno junho",
        "july jul juillet juil juli julio luglio julho",
        "august aug août agosto augustus ago",
        "september sep sept septembre settembre setembro set septiembre",
        "october oct octobre oktober okt octubre ottobre outubro out",
        "november nov novembre noviembre novembro",
        "december dec décembre déc dezember dez diciembre dic dicembre dezembro",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name.rstrip("."), _number)
for _number, _names in enumerate(  # Arabic: the Egyptian/Gulf names, then the Levantine ones
    [
        ("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار"), ("أبريل", "إبريل", "نيسان"),
        ("مايو", "أيار"), ("يونيو", "يونيه", "حزيران"), ("يوليو", "يوليه", "تموز"), ("أغسطس", "آب"),
        ("سبتمبر", "أيلول"), ("أكتوبر", "تشرين الأول"), ("نوفمبر", "تشرين الثاني"), ("ديسمبر", "كانون الأول"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS.setdefault(_name, _number)
for _number, _names in enumerate(  # Russian, nominative and genitive
    [
        "январь января", "февраль февраля", "март марта", "апрель апреля", "май мая", "июнь июня",
        "июль июля", "август августа", "сентябрь сентября", "октябрь октября", "ноябрь ноября",
        "декабрь декабря",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name.rstrip("."), _number)

_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_TIME = r"(?:\s*(?:,|at|um|à|a las|-|–|\||/)?\s*(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?)?"

PATTERNS = [
    # 2023-01-16T19:07 / 2023-01-16 19:07 / 2016.12.01 / 2023/01/16
    re.compile(r"\b(?P<y>(?:19|20)\d{2})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?:T|\b)" + _TIME, re.I),
    # 2023年1月16日
    re.compile(r"(?P<y>(?:19|20)\d{2})年\s*(?P<m>\d{1,2})月\s*(?P<d>\d{1,2})日" + _TIME),
    # 16 Jan 2023 19:07 / 16. Januar 2023 / 16 de enero de 2023
    re.compile(
        r"\b(?P<d>\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?P<mon>" + _MONTH_RE + r")\.?,?\s+(?:de\s+)?(?P<y>(?:19|20)\d{2})\b" + _TIME,
        re.I,
    ),
    # January 16, 2023 7:07 PM
    re.compile(
        r"\b(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b" + _TIME,
        re.I,
    ),
    # 16.01.2023 / 16/01/2023
    re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d{2})\b" + _TIME, re.I),
]


def find_date(line: str) -> str | None:
    """The first date in ``line`` as ISO 8601 (with the time when one follows it)."""
    for pattern in PATTERNS:
        for match in pattern.finditer(line):
            iso = _to_iso(match)
            if iso:
                return iso
    return None


def _to_iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    year = int(parts["y"])
    if parts.get("mon"):
        month = MONTHS.get(parts["mon"].lower().rstrip("."))
    else:
        month = int(parts["m"])
    day = int(parts["d"])
    if month is None:
        return None
    if month > 12 and day <= 12:  # numeric month-first date
        month, day = day, month
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if parts.get("h") is not None:
        hour, minute = int(parts["h"]), int(parts["mi"])
        ampm = (parts.get("ampm") or "").replace(".", "").lower()
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            iso += f"T{hour:02d}:{minute:02d}"
    return iso
