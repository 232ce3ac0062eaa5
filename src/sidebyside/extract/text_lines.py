"""Split a text capture into classified lines (one linear pass, cheap tests first).

A w3m dump puts one HTML block per line: paragraphs are single long lines separated by blank
lines, list items start with a bullet ("•", "□", "1."), blockquotes are indented four spaces,
images without alt text print as "[name]". Copied text looks the same without bullets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sidebyside.extract import text_cues as cues
from sidebyside.extract.dates import MONTHS, find_date
from sidebyside.extract.text_wide import count_wide, has_wide

_BULLET = re.compile(r"^(?:[•◦▪▫●○■□‣⁃·*+\-–]|\d{1,3}[.)])\s+")
_LEADING_IMAGES = re.compile(r"^(?:\[[^\]\[]{0,80}\]\s*)+(?=\w)")
_INNER_SENTENCE = re.compile(r"[.!?。！？]\s|[。！？]")
_RULE = re.compile(r"^[\s━─_=*~\-–—•·.]{3,}$")
_RULE_FIRST = frozenset("━─_=*~-–—•·.")
_BULLET_FIRST = frozenset("•◦▪▫●○■□‣⁃·*+-–")
_SENTENCE_END = tuple('.!?…"”’»\')。！？」』')

# Line kinds (what a line is by itself; text.py decides what it is in context).
BLANK, RULE, IMAGE, FURNITURE, PROMO, META, CREDIT, APPEAL, PROSE, SHORT, COMMENTS = (
    "blank", "rule", "image", "furniture", "promo", "meta", "credit", "appeal", "prose", "short",
    "comments",  # a reader-comment header or the comment section's title
)


@dataclass(slots=True)
class Line:
    index: int
    text: str  # stripped, bullet marker removed
    indent: int
    bullet: bool
    kind: str
    weight: int  # length with wide (CJK) characters counted three times (a word each)
    words: int
    repeat_of_prev: bool = False  # same text as the previous non-blank line (image + caption)


def weight_of(text: str) -> int:
    if text.isascii():
        return len(text)
    return len(text) + 2 * count_wide(text)


def ends_sentence(text: str) -> bool:
    return text.endswith(_SENTENCE_END)


def is_wide(text: str) -> bool:
    return not text.isascii() and has_wide(text[:50])


_YEAR = re.compile(r"(?:19|20)\d\d")


def _by_first_char(prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Prefixes grouped by their first character, so a line is tested against a handful."""
    table: dict[str, list[str]] = {}
    for prefix in prefixes:
        table.setdefault(prefix[0], []).append(prefix)
    return {k: tuple(v) for k, v in table.items()}


def _starts(low: str, table: dict[str, tuple[str, ...]]) -> bool:
    group = table.get(low[:1])
    return group is not None and low.startswith(group)


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_CUE_TRAIL = cues._TRAIL
_CAPTION_STARTS = (
    "in this", "file", "photo illustration", "courtesy", "photo courtesy", "image courtesy", "picture courtesy",
)
_HINTS = cues.COMMENT_WORDS | cues.APPEAL_WORDS | cues.LEGAL_WORDS | cues.SOCIAL
_PROMO_SET = cues.PROMO_HEADERS
_PROMO_PREFIXES = cues.PROMO_PREFIXES
_FURNITURE_SET = cues.FURNITURE | cues.PROMO_HEADERS
_FURNITURE_BY_FIRST = _by_first_char(cues.FURNITURE_PREFIXES)


def classify_text(text: str) -> str:
    """What a single line is, from its own wording and shape (cheap tests guard costly ones).

    Runs once per line of the capture (a million lines must stay well within the time budget):
    the table lookups are inlined and the tests are ordered cheapest first.
    """
    n = len(text)
    low = text.lower()
    words = low.split()
    hinted = not _HINTS.isdisjoint(words)  # most lines hold none of the cue words
    if n <= 160:
        if hinted and not cues.COMMENT_WORDS.isdisjoint(words) and cues.is_comment_marker(text):
            return COMMENTS
        cue = low.strip(_CUE_TRAIL).strip()
        if cue in _PROMO_SET or (len(cue) <= 40 and cue.startswith(_PROMO_PREFIXES)):
            return PROMO
        starts = _FURNITURE_BY_FIRST.get(low[:1])
        if cue in _FURNITURE_SET or (starts is not None and low.startswith(starts)) or (
            ("reserved" in low or "vorbehalten" in low) and cues.is_furniture(text, cue, low)
        ):
            return FURNITURE
        if hinted and 2 <= len(words) <= 12:
            social = len(cues.SOCIAL.intersection(words))
            if social >= 2 and social * 2 >= len(set(words)):
                return FURNITURE  # a share bar: "Whatsapp Facebook Pint Baixar"
        if ("»" in text or " > " in text or "›" in text) and (
            text.count(" » ") + text.count(" > ") + text.count(" › ") >= 2
        ):
            return FURNITURE  # a breadcrumb trail
        colon = ":" in text
        if colon and "." in text and cues.SITE_LINK.match(text):
            return FURNITURE
        first = text[0]
        if first == "[" and cues.IMAGE_PLACEHOLDER.match(text):
            return IMAGE
        if n <= 120:
            if first.isdigit() or colon or "," in text:
                guarded = True
            else:
                starts = _META_BY_FIRST.get(low[:1])
                guarded = (starts is not None and low.startswith(starts)) or (
                    n <= 80 and ("19" in text or "20" in text) and _YEAR.search(text) is not None
                )
            if guarded and is_meta(text, low):
                return META
            if ("/" in text or colon or "getty" in low or "shutterstock" in low or "istock" in low) and (
                cues.PHOTO_CREDIT.match(text) and not text.rstrip("/ ").endswith(_SENTENCE_END)
            ):
                return CREDIT
    if n <= 400 and ("(" in text or "/" in text or "|" in text or ":" in text or text[0].isdigit() or low.startswith(_CAPTION_STARTS)):
        if cues.CAPTION_SHAPE.search(text):
            return CREDIT
    if (hinted or "©" in text) and n <= 2000:  # appeals and footers are paragraph-sized
        if n >= 20 and not cues.APPEAL_WORDS.isdisjoint(words) and cues.is_appeal(text):
            return APPEAL
        if n >= 40 and ("©" in text or not cues.LEGAL_WORDS.isdisjoint(words)) and cues.is_legal(text):
            return FURNITURE
    if n < 36:  # every prose test below needs a weight of 36, and weight >= n
        if text.isascii() or weight_of(text) < 36:
            return SHORT
    weight = n if text.isascii() else weight_of(text)
    ends = text.endswith(_SENTENCE_END)
    if weight >= 80 and (ends or (weight >= 150 and _INNER_SENTENCE.search(text))):
        return PROSE
    if weight >= 80 and text[-1] == ":" and _INNER_SENTENCE.search(text) and _mostly_lowercase(text):
        return PROSE  # a paragraph that ends by introducing a quote or a list ("... on Tuesday. He said:")
    if weight >= 140 and 20 <= len(words) <= 60 and _mostly_lowercase(text):
        return PROSE  # a sentence that lost its final stop (not a headline, not a tag cloud)
    if weight >= 36 and ends and (len(words) >= 6 or is_wide(text)):
        return PROSE
    return SHORT


def _mostly_lowercase(text: str) -> bool:
    """Running prose: most words start lower-case, yet the line starts like a sentence and has
    commas or function words, unlike a tag cloud (all lower-case) or a Title Case headline."""
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    return words[0][:1].isupper() and 0.5 <= lower / len(words) < 0.95


_META_FIRST_WORDS = ("by", "written", "words", "von", "par", "por", "di", "door", "автор", "av", "af", "بقلم", "كتب", "كتبت")
_META_STARTS = tuple(w + sep for w in _META_FIRST_WORDS for sep in (" ", ":", "\u00a0"))
_META_GUARD = _META_STARTS + ("reading", "read time", "lesezeit", "temps", "tempo", "tiempo", "leestijd")


_META_BY_FIRST = _by_first_char(_META_GUARD)


def is_meta(text: str, low: str | None = None) -> bool:
    """Byline, source credit, share count, read time, or a line that is only a date."""
    low = low if low is not None else text.lower()
    if (text[0].isdigit() or low.startswith(("reading", "read time", "lesezeit", "temps", "tempo", "tiempo", "leestijd"))) and (
        cues.SHARE_COUNT.match(text) or cues.READ_TIME.match(text)
    ):
        return True
    if ":" in text and (cues.SOURCE_CREDIT.match(text) or cues.AUTHOR_LABEL.match(text)):
        return True
    if (low.startswith(_META_STARTS) or "," in text) and byline_names(text):
        return True
    if ("·" in text or "•" in text or "|" in text) and _is_meta_cluster(text):
        return True
    return len(text) <= 80 and _YEAR.search(text) is not None and is_date_line(text)


# "10.03.2026 12:40 · Автор: Анна Соколова", "By Jane Doe • 12 May 2024 • 4 min read": a date,
# a byline and a read time set on one line, parted by a middle dot, a bullet or a bar
CLUSTER_SEPARATOR = re.compile(r"\s+[·•|]\s+")


def _is_meta_cluster(text: str) -> bool:
    """Every part of a dot-separated line is itself metadata, and one is a byline or a date."""
    parts = [p for p in CLUSTER_SEPARATOR.split(text) if p]
    if not 2 <= len(parts) <= 4:
        return False
    kinds = [_meta_part(p) for p in parts]
    return all(kinds) and ("byline" in kinds or "date" in kinds)


def _meta_part(part: str) -> str | None:
    if byline_names(part):
        return "byline"
    if is_date_line(part):
        return "date"
    if cues.READ_TIME.match(part) or cues.SHARE_COUNT.match(part):
        return "count"
    return None


_NUMERIC_DATE = re.compile(r"\d[-./]\d")
MONTH_WORDS = frozenset(w for m in MONTHS for w in (*m.split(), m + "."))
_DATE_WORDS = re.compile(
    r"^(?:published|updated|posted|last updated|modified|date|on|am|le|el|il|veröffentlicht|"
    r"aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato)\b[\s:]*",
    re.I,
)
_DATE_LEFTOVER = re.compile(r"[\W\d_]|\b(?:am|pm|at|on|um|gmt|utc|et|est|edt|pst|cet|cest|bst|ist|msk)\b", re.I)


def is_date_line(text: str) -> bool:
    if len(text) > 80:
        return False
    # a numeric date ("2016.12.01", "16/01/2023") or a month's name, before the full parse
    if _NUMERIC_DATE.search(text) is None and MONTH_WORDS.isdisjoint(text.lower().replace(",", " ").split()):
        if "年" not in text:
            return False
    if not find_date(text):
        return False
    rest = _DATE_WORDS.sub("", text)
    # what is left besides digits, punctuation and month/weekday names must be tiny
    letters = _DATE_LEFTOVER.sub(" ", rest).split()
    return len(letters) <= 3


_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.I)
_BYLINE_DATE = re.compile(
    r"\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d|\d|(?:published|updated|posted|on)\s|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.I,
)
_ROLE = re.compile(
    r"\b(?:correspondent|editor|reporter|writer|staff|columnist|contributor|producer|analyst|bureau|"
    r"redakteur|redakteurin|journaliste|periodista|corresponsal)\b",
    re.I,
)
_GLUED_BY = re.compile(r"(?<=[a-z])By\s+")
_DOMAIN = re.compile(r"\.(?:com|org|net|co|uk|de|fr|in|ru|info|news)\b", re.I)
_BYLINE_TAIL = re.compile(r"\s*(?:[|/／·•]|\s-\s|\s–\s|\s—\s).*$")


def byline_names(text: str) -> list[str]:
    """The people credited by a "By X and Y" line; [] when the line is not a byline."""
    if len(text) > 120 or ends_sentence(text) and not text.endswith("."):
        return []
    match = cues.BYLINE.match(text) or cues.AUTHOR_LABEL.match(text) or cues.AUTHOR_ROLE.match(text)
    if not match:
        return []
    who = _BYLINE_TAIL.sub("", match.group("who").replace("\u00a0", " ")).strip(" ,.:;")
    who = _GLUED_BY.split(who)[-1]  # "Eric SongBy Eric Song": a name glued to the byline
    who = _BYLINE_DATE.split(who, 1)[0].strip(" ,.:;")  # "By X and Y Tue 10 Mar 2026 08.30 GMT"
    if not who or not (_capitalised(who) or is_wide(who)):
        return []
    names = [n.strip(" .") for n in _NAME_SPLIT.split(who) if n.strip(" .")]
    names = [n for n in names if not _DOMAIN.search(n)]  # "cleveland.com" is the outlet
    # "By Priya Natarajan, Middle East correspondent": the role is not a second author
    names = [n for n in names if not _ROLE.search(n)] or names
    if not names or any(len(n.split()) > 5 for n in names):
        return []
    for name in names:  # each name is capitalised words (or in a script without capitals)
        if not is_wide(name) and not all(_capitalised(w) or w.lower() in _NAME_PARTICLES for w in name.split()):
            return []
    return names


def _capitalised(word: str) -> bool:
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower())  # Arabic, Hebrew, CJK


_NAME_PARTICLES = {"de", "da", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le", "di", "du", "del"}


def split_lines(content: str) -> list[Line]:
    """Classify every line of the capture; blank lines are kept (they separate blocks)."""
    out: list[Line] = []
    append = out.append
    classify = classify_text
    prev_text = None
    for index, raw in enumerate(content.splitlines()):
        stripped = raw.strip()
        if not stripped:
            append(Line(index, "", 0, False, BLANK, 0, 0))
            continue
        if stripped[0] in _INVISIBLE or stripped[-1] in _INVISIBLE:
            stripped = stripped.strip(_INVISIBLE + " \t\u00a0")
            if not stripped:
                append(Line(index, "", 0, False, BLANK, 0, 0))
                continue
        indent = len(raw) - len(raw.lstrip()) if raw[0] in " \t\u00a0" else 0
        bullet = False
        first = stripped[0]
        if first in _BULLET_FIRST or first.isdigit():
            match = _BULLET.match(stripped)
            if match and len(stripped) > match.end():
                bullet = True
                stripped = stripped[match.end():].strip()
                second = _BULLET.match(stripped)  # "• • LIVE"
                if second and len(stripped) > second.end() and not stripped[0].isdigit():
                    stripped = stripped[second.end():].strip()
                first = stripped[0]
        if first == "[" and not cues.IMAGE_PLACEHOLDER.match(stripped):
            stripped = _LEADING_IMAGES.sub("", stripped) or stripped
            first = stripped[0]
        if first in _RULE_FIRST and _RULE.match(stripped) and not any(ch.isalnum() for ch in stripped):
            append(Line(index, stripped, indent, bullet, RULE, 0, 0))
            continue
        weight = len(stripped) if stripped.isascii() else weight_of(stripped)
        append(
            Line(index, stripped, indent, bullet, classify(stripped), weight,
                 stripped.count(" ") + 1, stripped == prev_text)
        )
        prev_text = stripped
    return out
