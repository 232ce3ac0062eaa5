"""Metadata lines of a text capture: bylines, datelines, read times, share counts, and the
dot-separated clusters of them ("By Jane Doe • 12 May 2024 • 4 min read")."""

from __future__ import annotations

import re

from sidebyside.calendar_words import month_table, weekday_names
from sidebyside.extract import cues
from sidebyside.extract.bylines import NAME_SPLIT, OTHER_ROLE, ROLE, is_outlet_name, without_slash_place
from sidebyside.extract.byline_lines import (
    GLUED_BEAT_ROLE, byline_names, capitalised, name_space_role, chart_credit, is_particle, is_role, name_shaped, source_credit,
)
from sidebyside.extract.text.shape import by_first_char
from sidebyside.extract.dates import find_dates, label_alternation, label_kinds
from sidebyside.extract.names import person_like, unrepeated
from sidebyside.settings import DEFAULT, TextSettings
from sidebyside.wordpattern import alternation

YEAR = re.compile(r"(?:19|20)\d\d")


_META_STARTS = tuple(w + sep for w in cues.BYLINE_FIRST_WORDS for sep in (" ", ":", "\u00a0"))
# a label in a script without spaces before its colon or slash: "作者：王小明", "文／王小明"
_WIDE_LABEL_STARTS = tuple(w + sep for w in cues.BYLINE_LABEL_WORDS if not w.isascii() for sep in ("：", "／", "/"))
_META_GUARD = _META_STARTS + _WIDE_LABEL_STARTS + ("reading", "read time", "lesezeit", "temps", "tempo", "tiempo", "leestijd")


META_BY_FIRST = by_first_char(_META_GUARD)


def is_meta(text: str, low: str | None = None, settings: TextSettings = DEFAULT.extract.text) -> bool:
    """Byline, source credit, share count, read time, or a line that is only a date."""
    low = low if low is not None else text.lower()
    if (text[0].isdigit() or low.startswith(("reading", "read time", "lesezeit", "temps", "tempo", "tiempo", "leestijd"))) and (
        cues.SHARE_COUNT.match(text) or cues.READ_TIME.match(text)
    ):
        return True
    if (":" in text or "：" in text or "／" in text or "/" in text) and (source_credit(text) or cues.AUTHOR_LABEL.match(text)
                                                                    or chart_credit(text)):
        return True
    if (low.startswith(_META_STARTS) or "," in text or role_after(text)) and byline_names(text, settings):
        return True
    if len(text) <= 60 and text[:1].isupper() and name_space_role(text, settings):  # "Ingrid Solberg Journalist"
        return True
    if _CLUSTER_MARK.search(text) and _is_meta_cluster(text, settings):
        return True
    if YEAR.search(text) is not None and name_date_names(text, True, settings):
        return True
    if text[-1] == ")" and noted_names(text, settings):
        return True
    if text[0].isdigit() and _WIDE_FIELDS.search(text) and _dated_fields(text):
        return True
    return len(text) <= 80 and YEAR.search(text) is not None and is_date_line(text)


# a field in a script without spaces: a label, a wide colon, its value ("来源：青禾晚报", "记者：林晓雯")
_WIDE_FIELDS = re.compile(r"[\u3040-\u9fff]：")


def _dated_fields(text: str) -> bool:
    """A date opening the line, then labelled fields in a script without spaces, glued or not:
    "2026-12-03 08:25:14 来源：青禾晚报 记者：林晓雯 责任编辑：周凯 阅读：18642", a Chinese
    story's dateline with its source, reporter and editor."""
    dates = find_dates(text[:40])
    return bool(dates) and dates[0].start == 0 and len(_WIDE_FIELDS.findall(text, dates[0].end)) >= 2


# a lower-case note in brackets after a name: "(now)", "(earlier)", "(she/her)"
NAME_NOTE = re.compile(r"(?<=\w)\s*\((?-i:[a-zà-ÿ][a-zà-ÿ/ ]{1,20})\)(?=\s|,|$)")


def noted_names(text: str, settings: TextSettings = DEFAULT.extract.text) -> list[str]:
    """The writers of a line of names each with a note in brackets ("Jane Doe (now) and John
    Roe (earlier)", a live blog's): two names or more, or one opening with a known given name;
    [] for other lines."""
    if "(" not in text or NAME_NOTE.search(text) is None:
        return []
    bare = NAME_NOTE.sub("", text).strip()
    if names_shaped(bare):
        return [p for p in NAME_SPLIT.split(bare) if p]
    return [bare] if name_shaped(bare) and person_like(bare, False, settings) else []


# "Jane Doe – Staff Writer", "Jane DoeStaff Writer": a role after a dash, a bar, a slash or glued
_ROLE_AFTER = re.compile(r"(?:\s[|/–—-]\s*|(?<=[a-zà-ÿ]))(?=" + ROLE.pattern[2:] + ")"
                         r"|(?-i:(?<=[a-zà-ÿ]))(?=" + GLUED_BEAT_ROLE + ")", re.I)


_CHEAP_GLUE = re.compile(r"[a-z][A-Z]")


def role_after(text: str) -> bool:
    """A role after a dash, a bar, a slash or glued to the word before it (cheap tests first:
    every line of a capture may come here)."""
    if not (" / " in text or " – " in text or " — " in text or " - " in text or " | " in text
            or _CHEAP_GLUE.search(text)):
        return False
    return _ROLE_AFTER.search(text) is not None



# "10.03.2026 12:40 · Автор: Анна Соколова", "By Jane Doe • 12 May 2024 • 4 min read", "Chris
# Davies - Nov 19, 2019": a date, a byline and a read time set on one line, parted by a middle
# dot, a bullet, a bar or a spaced dash
CLUSTER_SEPARATOR = re.compile(r"\s+[·•|\-–—]\s+")


_CLUSTER_MARK = re.compile(r"[·•|]|\s[-–—]\s")


def _is_meta_cluster(text: str, settings: TextSettings) -> bool:
    """Every part of a dot-separated line is itself metadata, and one is a byline or a date."""
    parts = [p for p in CLUSTER_SEPARATOR.split(text) if p]
    if not 2 <= len(parts) <= 4:
        return False
    kinds = [_meta_part(p, settings) for p in parts]
    # "Le Monde | 04.05.2015 • Par X": the outlet's name may open a cluster of a date and a byline
    if kinds[0] is None and "byline" in kinds and "date" in kinds and _outlet_shaped(parts[0]):
        kinds[0] = "outlet"
    # "James Akinaka • 8h", "Jane Doe | Reporter", "Jane Doe — The Harbour Courier", "Jane Doe ·
    # Follow": a bare name (or a pair of names) counts beside a time, a date, a role, an outlet or
    # a button, not beside another name
    if not all(kinds):
        return False
    if "byline" in kinds:
        return True
    if ("outlet" in kinds or "button" in kinds) and kinds.count("name") == 1 and "date" not in kinds:
        # a name beside an outlet or a button alone: a menu's "Jogo de NASCAR - LBN" or "Local
        # News | Subscribe" names no one
        return _known_person(parts[kinds.index("name")], settings)
    if "button" in kinds and "name" in kinds and not _known_person(parts[kinds.index("name")], settings):
        return False
    return kinds.count("name") <= 1 and ("date" in kinds or (
        "name" in kinds and ("count" in kinds or "role" in kinds or "outlet" in kinds)))


def _known_person(part: str, settings: TextSettings) -> bool:
    """Each of the names in ``part`` opens with a known given name."""
    return all(person_like(p, False, settings) for p in NAME_SPLIT.split(part) if p)


def name_beside_outlet(text: str) -> bool:
    """"Jane Doe — The Harbour Courier": a line whose last dash-separated part is an outlet's
    name (the cheap test before the full metadata reading of a line without digits or bars);
    also a name and its role after a dash, a slash or glued ("Jane Doe – Staff Writer", "Jane
    DoeStaff Writer": a select-all copy joins them)."""
    for mark in (" — ", " – ", " - "):
        if mark in text and outlet_named(text.rsplit(mark, 1)[1].strip()):
            return True
    return role_after(text)


def _outlet_shaped(part: str) -> bool:
    """One to three capitalised words, no digits: a name set before a cluster's date."""
    words = part.split()
    return 1 <= len(words) <= 3 and not any(ch.isdigit() for ch in part) and all(
        capitalised(w) or is_particle(w) for w in words)


def _meta_part(part: str, settings: TextSettings) -> str | None:
    if byline_names(part, settings):
        return "byline"
    if is_date_line(part):
        return "date"
    if cues.READ_TIME.match(part) or cues.SHARE_COUNT.match(part) or RELATIVE_TIME.search(part):
        return "count"
    if is_role(part) or OTHER_ROLE.match(part):
        return "role"  # "Reporter", "Medically reviewed by John Roe, MD"
    if _HANDLE_PART.fullmatch(part):
        return "count"  # "Jane Doe | @janedoe | March 3, 2021": the author's handle
    if outlet_named(part):
        return "outlet"  # "The Harbour Courier", "CNN"
    if cues.norm_cue(part) in cues.FURNITURE:
        return "button"  # "Jane Doe · Follow": the author's follow button
    if name_shaped(part) or names_shaped(part):
        return "name"
    return None


def outlet_named(part: str) -> bool:
    """An outlet's name standing alone: "The Harbour Courier", "CNN", "Bloomberg News"; not a
    picture agency or wire service ("John Roe | AFP" credits a photograph)."""
    return is_outlet_name(part) and _outlet_shaped(part) and part.casefold() not in cues.PICTURE_AGENCY_NAMES


def names_shaped(part: str) -> bool:
    """Two or three people's names joined by "and", "&" or commas: "Jane Doe and John Roe"."""
    pieces = [p for p in NAME_SPLIT.split(part) if p]
    return 2 <= len(pieces) <= 3 and all(name_shaped(p) for p in pieces)


_HANDLE_PART = re.compile(r"\(?@\w{2,30}\)?")


def cluster_parts(text: str) -> list[str]:
    """The parts of a dot-, bar- or dash-separated metadata line; [] when it has no separator."""
    if not _CLUSTER_MARK.search(text):
        return []
    return [p.strip() for p in CLUSTER_SEPARATOR.split(text) if p.strip()]


_NUMERIC_DATE = re.compile(r"\d[-./]\d")
_SPACED_DOTTED = re.compile(r"\d\.\s\d{1,2}\.\s(?:19|20)\d\d")  # "6. 12. 2026" (Czech, Slovak)
MONTH_WORDS = frozenset(w for m in month_table().months for w in (*m.split(), m + "."))
_DATE_WORDS = re.compile(rf"^(?:{label_alternation()}|date|on|am|le|el|il)(?!\w)[\s:]*", re.I)
# the one-word dateline labels ("Actualizado", "Bijgewerkt"), which may stand inside a dateline
_LABEL_WORDS = frozenset(label for label in label_kinds() if " " not in label)
_DATE_LEFTOVER = re.compile(r"[\W\d_]|\b(?:am|pm|at|on|um|gmt|utc|et|est|edt|pst|cet|cest|bst|ist|msk)\b", re.I)


def _may_hold_date(text: str) -> bool:
    """A numeric date ("2016.12.01", "16/01/2023") or a month's name: the cheap test before the
    full parse."""
    return (_NUMERIC_DATE.search(text) is not None or "年" in text or _SPACED_DOTTED.search(text) is not None
            or not MONTH_WORDS.isdisjoint(text.lower().replace(",", " ").split()))


def is_date_line(text: str) -> bool:
    if len(text) > 80:
        return False
    if not _may_hold_date(text):
        return False
    dates = find_dates(text)
    if not dates:
        return False
    rest = _DATE_WORDS.sub("", text)
    letters = _DATE_LEFTOVER.sub(" ", rest).split()
    if len(letters) > 3 and len(dates) >= 2:
        # a second date's label between the two dates is no extra word: "Gandía, 6 dic 2026 -
        # 10:32 Actualizado 6 dic 2026 - 12:15 CET" is the place and its two dates
        between = text[dates[0].end : dates[1].start].split()
        labels = sum(1 for w in between if w.strip(":,.()[]").casefold() in _LABEL_WORDS)  # "(modifica il …)" too
        return len(letters) - labels <= 3
    return len(letters) <= 3


# "2 hours ago", "8h", "vor 3 Stunden", "il y a 2 heures", "hace 5 minutos", "před 2 hodinami"
RELATIVE_TIME = re.compile(
    r"^\d{1,3}\s*[hmd]$|\b\d{1,3}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|"
    r"\b(?:vor|il y a|hace|há|před|fa)\s+\d{1,3}\s+\w+|\b\d{1,3}\s+\w+\s+(?:fa|geleden|temu|назад)\b",
    re.I,
)

# The separators that may part a name, its date and its sections ("|", "·", "-", "/")
_EDGE = " \t|·•/-–—,:"
# every weekday name ("Monday", "Tue", "domingo"), and the safe ones, full and short
_WEEKDAYS = alternation(weekday_names("full") + weekday_names("short"))
_SAFE_WEEKDAYS = alternation(weekday_names("full", safe=True) + weekday_names("short", safe=True))
# a weekday between a name and its date: only a safe one ("Jane Doe Mittwoch, 3. März", but
# "Plácido Domingo 3 de marzo" keeps its surname)
_BEFORE_DATE = re.compile(rf"\s*\b(?:(?:{_SAFE_WEEKDAYS})\.?,?|on|am|le|el|il)\s*$", re.I)
# what stands before a date and names no one: "Published", "Updated on", "Posted: Tue," (the
# dateline labels of resources/dates/labels.tsv, the one list of both families)
_DATE_LABEL = re.compile(
    rf"^\s*(?:{label_alternation()})(?!\w)\s*(?:on|am|le|el|il|em|at)?\s*:?"
    rf"(?:\s*(?:{_WEEKDAYS})\.?,?)?\s*$",
    re.I,
)
_HANDLE_END = re.compile(r"@\w+\s*$")  # "Keris Lahiff@kerisalison": the author's handle after the name
_SECONDS = re.compile(r"^:\d\d\b")  # "17:27:46": the seconds a date's time leaves
_SEPARATOR_NEXT = re.compile(r"\s*[|·•]|\s+[-–—]\s")
_SECTION_SPLIT = re.compile(r"\s*[,|·•/]\s*|\s+[-–—]\s+")
_SECTION_LABEL = re.compile(r"^(?:in|filed under|under|categories|category|topics?)\s*:?\s+", re.I)
# "2 comentários", "Comente!", "0 Comments", "Leave a comment": a comment count among the sections
_COMMENT_COUNT = re.compile(r"^(?:\d+\s+)?(?:leave an?\s+|no\s+)?(?:comment|coment|komment)\w*!?\s*", re.I)
# the lower-case words a section's name may hold ("Brinquedos e Brincadeiras", "Arts & Culture")
_SECTION_JOINERS = frozenset({"&", "and", "e", "y", "et", "und", "of", "de", "da", "do", "des", "du", "the", "in"})


def _sections(text: str) -> bool:
    """Only the names of a story's sections, and a comment count: "Politics, Local News",
    "2 comentários Alfabetização, Atividades"."""
    text = _COMMENT_COUNT.sub("", _SECTION_LABEL.sub("", text.strip(_EDGE)))
    for part in _SECTION_SPLIT.split(text):
        words = part.split()
        if not words:
            continue
        if len(words) > 4 or not (words[0][:1].isupper() and words[0][0].isalpha()) or any(
                not (w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()) and w.lower() not in _SECTION_JOINERS
                for w in words):
            return False
    return True


def name_date_names(text: str, english: bool = True, settings: TextSettings = DEFAULT.extract.text) -> list[str]:
    """The person a "name, date, sections" line credits ("Pamela Wilson | Nov 19, 2019 |
    Politics, Elections", "Jane Doe March 3, 2021", "Nov 19, 2019 | Pamela Wilson | Politics",
    "2019-11-20 17:27 Marcus De Guzman"); [] for other lines. ``english``: whether a name may
    be told by its rare words (see ``person_like``)."""
    if len(text) > settings.meta_max_chars or not text[:1].isalnum() or not _may_hold_date(text):
        return []
    dates = find_dates(text)
    if not dates:
        return []
    before = _DATE_LABEL.sub("", text[: dates[0].start]).strip(_EDGE)  # "Published Tue, Nov 19 2019 …"
    after_date = text[dates[-1].end :]
    handle = _HANDLE_END.search(after_date)  # a name with its social handle is a person's
    rest = _SECONDS.sub("", after_date[: handle.start()] if handle else after_date).strip(_EDGE)
    if before:
        before = without_slash_place(unrepeated(_BEFORE_DATE.sub("", before).strip(_EDGE)))  # "Elif Demir / Trabzon"
        names = _name_then(before, rest, english, settings)
        if not names and (not rest or _counts_only(text, dates)):
            # "Petra Dvořáková 2. prosince 2026 11:20 Čtení na 3 minuty Diskuse (84)": the
            # cluster of an author's name and the date, with its read time, comment count or
            # update's date after it, set as words without separators (in any language: each
            # part after the date holds a number); "Lucía Herrero | Daniel Sanz Madrid - 04 dic
            # 2026 - 13:47 CET Actualizado: …": two writers parted by a bar, the place written
            # from before the date's dash
            names = _barred_names(before, _PLACE_DASH.search(text[: dates[0].start]) is not None, english, settings)
        return names
    if not rest:
        return []
    if cues.BYLINE.match(rest):  # "Publié le 3 mars 2021 par Jeanne Dupont"
        return byline_names(rest, settings)
    if _SEPARATOR_NEXT.match(text, dates[-1].end):  # the date first, then the name set apart
        name, *after = CLUSTER_SEPARATOR.split(rest, maxsplit=1)
        return _name_then(name, after[0] if after else "", english, settings)
    # the date first and no separator: a person's name alone, or before a list of sections
    # ("21/06/2014 Tony Carter All, Books, Kit Reviews"); not one heading ("Impeachment Inquiry"):
    # told by a known given name, or by a rare word when the name ends on its handle
    words = rest.split()
    for n in range(2, min(3, len(words)) + 1):
        name, after = " ".join(words[:n]), " ".join(words[n:])
        if (not after or "," in after) and _name_then(name, after, english and handle is not None and not after, settings):
            return [name]
    return []


# a word holding a number: "(84)", "3", "08:10"
_NUMBER_WORD = re.compile(r"\d")
_MARKS_ONLY = re.compile(r"^[|·•/\-–—,:()]+$")


def _counts_only(text: str, dates: list) -> bool:
    """What follows a name's first date on its line is only counts and later dates: a read time,
    a comment count, an update's labelled date ("Čtení na 3 minuty Diskuse (84)", "Actualizado:
    05 dic 2026 - 08:10 CET"): a few words, no sentence, no run of three words without a number."""
    pieces, at = [], dates[0].end
    for found in dates[1:]:  # a later date counts as a number
        pieces.append(text[at : found.start] + " 0 ")
        at = found.end
    pieces.append(text[at:])
    words = [w for w in " ".join(pieces).split() if not _MARKS_ONLY.match(w)]
    if not words or len(words) > 8 or any(w.endswith((".", "!", "?")) for w in words):
        return False
    numbers = [k for k, w in enumerate(words) if _NUMBER_WORD.search(w)]
    if not numbers:
        return False
    gaps = [b - a - 1 for a, b in zip([-1, *numbers], [*numbers, len(words)])]
    return max(gaps) <= 2


# a place between a byline's names and its date, set off by a spaced dash: "… Daniel Sanz Madrid - 04 dic 2026"
_PLACE_DASH = re.compile(r"\s[-–—]\s*$")


def _barred_names(before: str, place: bool, english: bool, settings: TextSettings) -> list[str]:
    """The writers of a name-and-date cluster's head: one name, or names parted by bars; before a
    spaced dash, the last word of a last name of three words or more is the place written from
    (a name of two words before the dash is only the name: "Chris Davies - Nov 19, 2019")."""
    parts = [p.strip() for p in before.split("|") if p.strip()]
    if not parts or len(parts) > 3:
        return []
    if place and len(parts[-1].split()) >= 3:
        parts[-1] = parts[-1].rsplit(None, 1)[0]
    if not _name_then(parts[0], "", english, settings) or not all(name_shaped(p) for p in parts):
        return []
    return parts


def _name_then(name: str, rest: str, english: bool, settings: TextSettings) -> list[str]:
    """[name] when it reads as a person's name and only sections follow it."""
    if not name_shaped(name) or not person_like(name, english, settings) or not _sections(rest):
        return []
    return [name]
