"""Byline strings → the people they credit, for both families (a page's byline element or
JSON-LD author, a text capture's "By" line).

"By Jane Doe and John Roe, Staff Writers | March 3, 2023" becomes ["Jane Doe", "John Roe"]: the
"By", roles, dates, e-mail addresses, social handles and URLs go; an outlet set beside a person
stays a name of its own ("Jane Doe CNN" → "Jane Doe", "CNN"), for the family to keep or drop
(``credited_people``).
"""

from __future__ import annotations

import re

from sidebyside.calendar_words import month_table, weekday_names
from sidebyside.extract import cues, dates
from sidebyside.extract.sites import names_site
from sidebyside.name_lists import NAME_PARTICLES
from sidebyside.wordpattern import alternation

MAX_NAME_WORDS = 6
MAX_BYLINE_CHARS = 150

_PREFIX = re.compile(
    r"^\s*(?:" + cues.BYLINE_QUALIFIERS + r"\s+)?"
    + cues.BYLINE_OPENERS + r"\s*[:\-–—]?\s+",  # the byline words both families read
    re.IGNORECASE,
)
_LABEL = re.compile(r"^\s*" + cues.BYLINE_LABELS + r"\s*[:：]\s*", re.IGNORECASE)
EMAIL = re.compile(r"\S+@\S+\.\w+")  # also the text family's closing credits
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HANDLE = re.compile(r"@\w+")  # after e-mail addresses are gone: "Natasha Turak@NatashaTurak" too
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_MONTH = month_table().safe_pattern  # the one month table: "Jane Doe 12 März" ends at the date too
# the safe weekday names, full and short: "Jane Doe Monday", "Jane Doe Tue 10 Mar" end at the weekday
_WEEKDAYS_FULL = alternation(weekday_names("full", safe=True))
_WEEKDAYS_SHORT = alternation(weekday_names("short", safe=True))
# Where a date, a time or a dateline label ("Updated", "publié le": resources/dates/labels.tsv)
# starts, the names have ended.
_DATE_START = re.compile(
    rf"\b(?:(?:{_WEEKDAYS_FULL})\b|"
    rf"(?:{_MONTH})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{_MONTH})\b|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}|"
    rf"\d{{1,2}}:\d{{2}}|(?:{dates.label_alternation()})(?!\w)|\d{{4}}\b)",
    re.IGNORECASE,
)
# A new line, a bar, a dash between spaces, or a full stop after a word (not an initial) before a
# capital: "Jane Doe. Harbour Courier" is a name and the outlet it writes for.
# ("Mrs. Jane Doe", "Prof. Jane Doe": a title's full stop is no end).
_TITLE_STOPS = "".join(rf"(?<!\b{t})" for t in ("Mrs", "Mr", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Sgt",
                                               "Rev", "Hon", "Mme", "Mlle", "Sra", "Sr", "Jr", "St", "Ste", "Capt", "Lt"))
_SEGMENT_SPLIT = re.compile(rf"\s*(?:\n|\||•|·|\s[—–-]\s|(?<=[a-z]{{2}}){_TITLE_STOPS}\.\s+(?=[A-Z]))\s*")
# Between two names: "and" in any case; other languages' conjunctions in lower case only ("Bruce
# Y. Lee" is one name). Both families' byline parts and the text family's lines of names.
NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\b[Aa][Nn][Dd]\b|\bund\b|\bet\b|\b[ye]\b(?!\.))\s*")
# The writer's trade in more languages than the cue lexicon's (Dutch, Swedish, Polish, Czech,
# Slovak, Italian, Portuguese, Turkish, Finnish, Greek), written from each language's usual
# byline wording: "Jane Doe | Muhabir", "Jan Novák, redaktor".
_MORE_ROLE_NOUNS = (r"(?:redacteur|verslaggever|redaktör|redaktor(?:ka)?|dziennikar(?:z|ka)|"
                    r"reportér(?:ka)?|novinář(?:ka)?|redattore|redattrice|redator(?:a)?|jornalista|muhabir(?:i)?|"
                    r"toimittaja|δημοσιογράφος|συντάκτης|συντάκτρια)")
# An author's role: a part of a byline that names no one, or a role glued after a name.
ROLE = re.compile(
    rf"\b(?:{cues.ROLE_NOUNS}|{_MORE_ROLE_NOUNS}|bureau|chief|contributing|senior|deputy|intern|staff\s+writer|"
    r"special\s+to|for\s+the|health\s+news|news\s+service)\b",
    re.IGNORECASE,
)
# The same roles in the plural too: a byline's part after several names ("By Jane Doe and John Roe,
# Staff Writers"); not in a name of its own ("Contributors to Wikimedia projects")
_ROLES = re.compile(ROLE.pattern[:-2] + r"s?\b", re.IGNORECASE)
_DEGREE = re.compile(
    r"^(?:ma|ms|msc|bsc|ba|phd|ph\.d|md|m\.d|mba|mph|rn|rdn|rd|np|jd|do|dds|dvm|esq|cfa)\.?$", re.IGNORECASE
)
_WITH_BRACKET = re.compile(r"\(\s*(?:with|avec|con|mit|com|met)\s+([^()]+)\)", re.IGNORECASE)
_HANDLE_BRACKET = re.compile(r"\(\s*@?[a-z0-9_.-]+\s*\)")  # lower-case: "(jdoe)", not "(R.J.)"
_LONE_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f'.-]+")
# Credits for other work than the writing: "Edited by", "Photos:", "Medically reviewed by"
OTHER_ROLE = re.compile(
    r"^\s*(?:edited|photos?|photographs?|photography|fotos?|bilder|grafik|illustrations?|illustrated|graphics|video|"
    r"design(?:ed)?|translated|translation|fact[- ]checked|produced|(?:medically\s+)?reviewed)\b(?:\s+by\b)?",
    re.IGNORECASE,
)
# A name and the noun of a photographer's trade after it, with no separator ("Ola Haugen Fotograf",
# an author box's photographer under its journalist): a credit for the pictures, no writer's.
PHOTOGRAPHER_AFTER = re.compile(rf"^[^\W\d_][^,;|]*?\s+{cues.PHOTOGRAPHER_NOUNS}\s*$", re.IGNORECASE)
_INVERTED_NAME = re.compile(r"[A-Za-z\u00c0-\u024f'-]+,\s*[^,&;]+")  # "Jong, Michiel de"
_OTHER_ROLE_INSIDE = re.compile(
    r"\b(?:edited|photos?|photographs?|illustrations?|graphics|video|designed|translated|produced)\s+by\b",
    re.IGNORECASE,
)
_GLUED_DAY = re.compile(r"(?<=[a-z])(?:" + "|".join(n.capitalize() for n in weekday_names("full", safe=True)) + r")\b")  # "Jeff FoustMonday"
# "Lucas Nolan22 Dec 2016", "Jane Doe Tue 10 Mar", "Jane Doe 5 hours ago": a date or a number
# ends the names ("CC7567", a user name, stays whole and is no name)
_NUMBER_START = re.compile(
    rf"(?-i:(?<=[a-z]))\d{{1,2}}\s*(?:{_MONTH})\b|\s(?:(?:{_WEEKDAYS_SHORT})\.?,?\s+)?\d", re.IGNORECASE)
_GLUED_BY = re.compile(r"(?<=[a-z])By\s+")  # "Eric SongBy Eric Song": a name glued to the byline
_DANGLING_WORDS = r"(?:on|at|le|el|am|il|em|op|the)"
_DANGLING = re.compile(rf"\s+{_DANGLING_WORDS}\s*$", re.IGNORECASE)
_ONLY_DANGLING = re.compile(rf"{_DANGLING_WORDS}", re.IGNORECASE)  # "on" left of "on Monday, ..." on its own line
_DOMAIN = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,}$", re.IGNORECASE)
_STAFF_SUFFIX = re.compile(r"\s+(?:editorial\s+|news\s+)?staff$", re.IGNORECASE)  # "Reuters Staff": Reuters
_MEDIA_WORDS = {"news", "today", "press", "post", "times", "daily", "herald", "tribune", "agency", "radio",
                "wire", "journal", "network", "media", "service", "desk"}
_NOT_NAMES = {
    "follow", "follow author", "share", "comments", "comment", "more", "view all posts",
    "about the author", "author", "authors", "by", "admin", "contact", "email", "twitter",
    "facebook", "read more", "see all", "profile", "bio", "avatar", "unknown", "anonymous",
}


def clean_authors(values: list[str]) -> list[str]:
    """Split, clean and deduplicate several byline strings (case-insensitively, first kept)."""
    names: list[str] = []
    seen: set[str] = set()
    for value in values:
        for name in split_byline(value):
            key = name.casefold()
            if key not in seen:
                seen.add(key)
                names.append(name)
    return names


def split_byline(text: str | None) -> list[str]:
    """The people or desks a byline string names, cleaned, in order."""
    if not text or _URL.fullmatch(text.strip()):
        return []
    text = EMAIL.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _EMPTY_BRACKETS.sub(" ", text)
    text = _WITH_BRACKET.sub(r", \1", text)  # "A (avec B et C)" → "A, B et C"
    text = _HANDLE_BRACKET.sub(" ", text)  # "Name (nickname)" → "Name"
    names: list[str] = []
    for segment in _SEGMENT_SPLIT.split(text):
        if OTHER_ROLE.match(segment):
            continue
        segment = _strip_prefixes(_GLUED_BY.split(segment)[-1])
        ends = (_DATE_START.search(segment), _OTHER_ROLE_INSIDE.search(segment), _GLUED_DAY.search(segment),
                _NUMBER_START.search(segment))
        for end in ends:
            if end:
                segment = segment[: end.start()]
        segment = _DANGLING.sub("", segment)  # "Jane Doe on" once "on March 3" is cut
        segment = without_slash_place(segment)  # "Elif Demir / Trabzon"
        pieces = [p.strip() for p in NAME_SPLIT.split(segment) if p.strip()]
        if len(pieces) > 1 and (_has_fragment(pieces) or _is_inverted_name(segment, pieces)):
            pieces = [segment]
        # "Priya Natarajan, Middle East correspondent": a part that is a role is no second name;
        # "Text: Anna Berger, Fotos: Max Weber": nor one credited with the pictures
        pieces = [p for p in pieces if not _ROLES.search(p) and not OTHER_ROLE.match(p)] or pieces
        for piece in pieces:
            if PHOTOGRAPHER_AFTER.match(piece):
                continue  # "Ola Haugen Fotograf": who took the pictures
            for part in person_and_outlet(piece):
                name = clean_name(part)
                if name:
                    names.append(name)
    return names


# a name, a spaced slash and one word closing the credit: the place written from or the desk
# ("Elif Demir / Trabzon", "Jan Novák / Brno"); a person's name after a slash is two words or more
_SLASH_PLACE = re.compile(r"^(?P<who>\S+(?:\s+\S+)+?)\s+/\s+[^\W\d_][\w.'’-]*\s*$")


def without_slash_place(text: str) -> str:
    """A credit without the one word a spaced slash sets after its name ("Elif Demir / Trabzon"
    → "Elif Demir"); unchanged otherwise."""
    if " / " not in text:
        return text
    match = _SLASH_PLACE.match(text.strip())
    return match.group("who") if match else text


def _has_fragment(pieces: list[str]) -> bool:
    """"Mac & i": a one- or two-letter piece (not a degree) is part of a name, not a person."""
    return any(_LONE_LATIN_WORD.fullmatch(p) and len(p) <= 2 and not _DEGREE.match(p) for p in pieces)


def _is_inverted_name(segment: str, pieces: list[str]) -> bool:
    """"Jong, Michiel de": surname, comma, given names (two words at least, so that
    "Reuters, AFP" stays two desks)."""
    return (len(pieces) == 2 and bool(_INVERTED_NAME.fullmatch(segment.strip()))
            and len(pieces[1].split()) >= 2 and not _DEGREE.match(pieces[1]))


def _strip_prefixes(text: str) -> str:
    text = " ".join(text.split())
    for _ in range(2):
        text = _LABEL.sub("", _PREFIX.sub("", text))
    return text


def clean_name(text: str) -> str | None:
    """One name, or None when the text is a role, a date, a link label or otherwise no name."""
    text = _strip_prefixes(text).strip(" \t,.;:-–—|()[]\"'／/（）【】")  # full-width brackets: "（北川真理子）"
    text = _STAFF_SUFFIX.sub("", text).strip()
    if not text or ROLE.search(text) or _DEGREE.match(text) or _DOMAIN.match(text) or _ONLY_DANGLING.fullmatch(text):
        return None
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS or text.casefold() in _NOT_NAMES:
        return None
    if not any(ch.isalpha() for ch in text) or sum(ch.isdigit() for ch in text) > 0:
        return None
    return name_case(text)


_INITIAL = re.compile(r"[A-Z]\.")


def name_case(name: str) -> str:
    """A name in capitals as names are written: "JOE HILDEBRAND" → "Joe Hildebrand", "OLGA R.
    RODRIGUEZ" → "Olga R. Rodriguez"; "USA TODAY", "BBC NEWS" keep their acronyms."""
    words = name.split()
    if (name.isupper() and name.isascii() and len(words) >= 2
            and all(len(w) > 2 or _INITIAL.fullmatch(w) for w in words)
            and not _MEDIA_WORDS & {w.casefold() for w in words}):
        return name.title()
    return name


def credited_people(names: list[str]) -> list[str]:
    """The people among a byline's names: a role or an outlet set after a name without a comma
    cut off ("Tom Davies Associated Press", "Jane Doe Staff Writer", "Jane Doe CNN"), a part that
    is an outlet dropped ("Jane Doe, The Associated Press"), each person once. An outlet alone
    ("By Associated Press") is kept: it is who the page credits."""
    people: list[str] = []
    for name in names:
        person = person_name(name)
        if person and _of_the_desk(person):
            continue  # "Por Ricardo Almeida, da Redação": the desk he writes for, no second person
        if person and person.casefold() not in {p.casefold() for p in people}:
            people.append(person)
    return [p for p in people if not is_outlet_name(p)] or people


def _of_the_desk(name: str) -> bool:
    """"da Redação", "de la rédaction", "der Redaktion": a desk (cues byline_desks) after a
    lower-case preposition or article."""
    words = name.split()
    if len(words) < 2 or not words[0].islower():
        return False
    while len(words) > 1 and words[0].islower():
        words = words[1:]
    return " ".join(words).casefold() in DESKS


def person_name(name: str) -> str:
    """A name without the role or outlet glued after it; unchanged when cutting would leave
    fewer than two words."""
    return person_and_outlet(name)[0]


def person_and_outlet(name: str) -> list[str]:
    """A name and the outlet set after it without a comma ("Tom Davies Associated Press" →
    "Tom Davies", "Associated Press"); a role glued after it goes ("Jane Doe Staff Writer");
    unchanged when cutting would leave fewer than two words."""
    words = name.split()
    if words and words[-1].lower() == "staff":
        return [name]  # "Jerusalem Post Staff", "Practical Horseman Editorial Staff": a staff credit
    if words and words[0] == "The":
        return [name]  # "The New York Times": an outlet's name whole (no "The New" and "York Times")
    for k in range(2, len(words)):
        word = words[k]
        if ROLE.search(word):
            return [" ".join(words[:k])]  # "Jane Doe Staff Writer"
        if word == "The" or (_acronym(word) and words[k - 1][:1].isupper() and not all(map(_acronym, words[:k]))):
            return [" ".join(words[:k]), " ".join(words[k:])]  # "Jane Doe The Post", "Jane Doe CNN"
        if k >= 3 and word.lower() in cues.BYLINE_OUTLET_WORDS:
            return [" ".join(words[: k - 1]), " ".join(words[k - 1 :])]  # the outlet: this noun and the word before
    return [name]


def is_outlet_name(name: str) -> bool:
    """"The Associated Press", "CNN", "Bloomberg News": an outlet's name, not a person's; in the
    languages that set the noun first, "Agencia Informativa del Pacífico", "Noticias Continentales"."""
    words = name.split()
    return bool(words) and (words[0] == "The" or (len(words) == 1 and _acronym(words[0]))
                            or len(words) <= 4 and words[-1].lower() in cues.BYLINE_OUTLET_WORDS
                            or 2 <= len(words) <= 5 and words[0][:1].isupper()
                            and words[0].casefold() in cues.BYLINE_OUTLET_OPENERS)


def _acronym(word: str) -> bool:
    """"CNN", "AP", "BBC": two to five capitals (not an initial like "J.", not "III")."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper() and not set(word) <= set("IVX")


# ----------------------------------------------------------------------------- persons only

# A credit that names a desk or a kind of piece ("Editorial", "Redaktion"): cues.json byline_desks.
DESKS = cues.BYLINE_DESKS
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z\u00df-\u00ff]{4,}\b")


def is_person(name: str, site_names: list[str], hosts: list[str], agencies=frozenset()) -> bool:
    """A name a reader takes for a person's, not an outlet's, a desk's or a user name: not an
    outlet's shape ("The Courier", "CNN", "Valley News"), not an agency or the site itself
    ("Harbour Courier" on harbourcourier.com), not a desk ("Editorial"); in a Latin script
    neither all lower case ("jdoe", "jane_doe") nor holding a common lower-case word
    ("Syrian defense ministries"), name particles aside ("Pietro della Valle": name_lists')."""
    folded = name.casefold()
    if is_outlet_name(name) or folded in agencies or folded in DESKS or names_site(name, site_names, hosts):
        return False
    if "_" in name or any(_DOMAIN.match(w) for w in name.split()):
        return False
    if _LATIN.search(name):
        if name == name.lower():
            return False
        if any(m.group(0) not in NAME_PARTICLES for m in _LOWER_WORD.finditer(name)):
            return False
    return True
