"""How numbers, dates and findings read to a person, the same in the app and the report."""

from __future__ import annotations

from datetime import date, datetime

# A quotation whose speaker the app did not find: the article may well name one ("he added"), so
# never "no one named", which says the outlet left the words unattributed. One wording for the
# tooltips, the panels, the coverage table and the report.
NO_SPEAKER = "speaker not found"
# The same under a column headed "Speaker" or "Said by", which already says whose: in words,
# greyed, never a dash (a reader takes a dash for "no one", and the Coverage tab's dash means
# "does not quote it").
NO_SPEAKER_CELL = "not found"


def human_date(iso: str | None) -> str:
    """'2023-01-16T19:07' -> '16 Jan 2023, 19:07'; with an offset '... 19:07 UTC+3'; a bare date
    stays a date; unparsable text as given.

    Written without strftime's "%-d", which Windows does not have.
    """
    if not iso:
        return ""
    try:
        if len(iso) <= 10:
            day = date.fromisoformat(iso)
            return f"{day.day} {day:%b %Y}"
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        return f"{moment.day} {moment:%b %Y, %H:%M}{_zone(moment)}"
    except ValueError:
        return iso


def _zone(moment: datetime) -> str:
    """' UTC', ' UTC+3', ' UTC-4:30' when the time states its offset: two outlets' times only
    compare when their zones show."""
    offset = moment.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return " UTC"
    sign, minutes = ("+" if minutes > 0 else "-"), abs(minutes)
    hours, rest = divmod(minutes, 60)
    return f" UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def count(n: int, singular: str, plural: str | None = None) -> str:
    """'1 shared quote', '3 shared quotes', '0 notes'."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def loaded_how(category: str, possibly: bool, quoted: bool) -> str:
    """'evaluative, possibly, in a quote': a loaded word's category and how sure the app is of it
    (a word found by its graded score, not a list, is only possibly loaded; a word inside a
    quotation is the speaker's, not the outlet's)."""
    return category + (", possibly" if possibly else "") + (", in a quote" if quoted else "")


def clipped(text: str, limit: int) -> str:
    """The text on one line (runs of white space as one space), cut to ``limit`` characters with
    an ellipsis: a quotation or a note in a list, a table cell or a tooltip."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def most_often_first(entries, spans=lambda entry: entry.spans) -> list:
    """Sources, or names only one outlet gives, the most often named first (ties in the order the
    article names them): whose voice a story carries is how often it is heard, and a list cut
    short keeps its weightiest entries rather than its earliest."""
    return sorted(entries, key=lambda entry: -len(spans(entry)))
