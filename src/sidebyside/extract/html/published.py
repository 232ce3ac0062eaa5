"""When an HTML page was published: stated in its markup, else printed near its headline, else
carried by its URL.

Order of trust: JSON-LD and the publication <meta> tags, microdata, a <time> marked as the
publication's; then the date the page prints in its dateline (a <time>, an element named
date/dateline/byline, a line starting "Published", or a short line near the headline), the
one labelled as the publication's and nearest the headline winning; then the URL's date; then
the last-modified date. A stated UTC timestamp whose calendar day is not the one the page
prints ("2019-11-20T01:50Z" on a page dated Nov. 19, Pacific time) gives way to the printed day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sidebyside.extract.dates import FoundDate, find_dates, label_ending, label_kinds, normalise_date, url_date
from sidebyside.extract.html.bylines import outside_noise
from sidebyside.extract.html.jsonld import JsonLdArticle
from sidebyside.extract.html.visible_text import elements_marked, near_headline, short_text, text_starting_with
from sidebyside.settings import DEFAULT, HtmlSettings

PUBLISHED_KEYS = (
    "article:published_time", "og:published_time", "published_time", "article.published",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
    "date", "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date",
    "article.created", "created", "datecreated", "original-publish-date", "cxenseparse:recs:publishtime",
)
MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
                 "last-modified", "lastmod")
MAX_DATELINE_CHARS = 200
_DATE_WORDS = ("date", "time", "publish", "posted", "dateline", "byline", "meta", "info", "stamp")
_DATE_MARK = re.compile(r"date|time|publish|posted|dateline|byline|meta|info|stamp", re.IGNORECASE)
_UPDATE_MARK = re.compile(r"updat|modif|edited", re.IGNORECASE)
_COMMENT_MARK = re.compile(r"comment|repl", re.IGNORECASE)
_PUBLISH_MARK = re.compile(r"publish|posted|created|pubdate", re.IGNORECASE)
# Text that opens so is a dateline: the publication labels of resources/dates/labels.tsv (the one
# list of both families), as pages write them ("Published", "PUBLISHED", "publié le")
_LABEL_STARTS = tuple(sorted({form for phrase, kind in label_kinds().items() if kind == "published"
                              for form in (phrase, phrase[:1].upper() + phrase[1:], phrase.upper())}))


def modified_date(metas, jsonld: JsonLdArticle) -> str | None:
    return normalise_date(jsonld.modified) or first_date(metas, MODIFIED_KEYS)


def publication_date(tree, metas, jsonld: JsonLdArticle, url: str | None, locale: str | None,
                     headline=None, settings: HtmlSettings = DEFAULT.extract.html) -> str | None:
    """The page's publication date as ISO 8601, as precise as the page states it, or None."""
    stated = stated_date(tree, metas, jsonld)
    from_url = url_date(url)
    if stated:
        if not _may_be_another_day(stated) or from_url == stated[:10]:
            return stated
        printed = printed_date(tree, locale, headline, settings)
        return on_printed_day(stated, printed.iso if printed else from_url)
    printed = printed_date(tree, locale, headline, settings)
    if printed and printed.label != "updated":
        if from_url and printed.iso[:10] != from_url:
            return from_url  # a date printed elsewhere on the page; the URL names the article's
        return printed.iso
    return from_url or modified_date(metas, jsonld) or (printed.iso if printed else None)


def _may_be_another_day(stated: str) -> bool:
    """A time stated in UTC or in no zone: the page may print the publisher's calendar day."""
    if len(stated) <= 10:
        return False
    moment = _naive(stated)
    return moment is not None and moment.utcoffset() in (None, timedelta(0))


def stated_date(tree, metas, jsonld: JsonLdArticle) -> str | None:
    """What the markup states: JSON-LD, <meta>, microdata, <time datetime>."""
    structured = normalise_date(jsonld.published)
    from_meta = first_date(metas, PUBLISHED_KEYS)
    if structured and from_meta:
        return prefer_local_time(structured, from_meta)
    found = structured or from_meta or first_date(metas, ("itemprop:datepublished", "itemprop:datecreated"))
    if found:
        return found
    times = [t for t in tree.iter("time") if t.get("datetime")]
    for element in times:  # a <time> marked as the publication time
        marks = f"{element.get('class', '')} {element.get('id', '')} {element.get('itemprop', '')}"
        if element.get("pubdate") is not None or _PUBLISH_MARK.search(marks):
            found = normalise_date(element.get("datetime"))
            if found:
                return found
    for element in times:  # else the first <time> of the article itself
        marks = f"{element.get('class', '')} {element.get('itemprop', '')}"
        if not (_UPDATE_MARK.search(marks) or _COMMENT_MARK.search(marks)) and outside_noise(element):
            found = normalise_date(element.get("datetime"))
            if found:
                return found
    return None


def first_date(metas, keys) -> str | None:
    for key in keys:
        for value in metas.get(key, ()):
            found = normalise_date(value)
            if found:
                return found
    return None


def prefer_local_time(first: str, second: str) -> str:
    """Two statements of the same moment: keep the more precise one, or the one in the
    publisher's own time zone (its calendar date is the one printed on the page); otherwise
    keep ``first``."""
    if len(first) == 10 and len(second) > 10 and second.startswith(first):
        return second  # the same day, stated to the minute elsewhere: as precise as the page says
    a, b = _moment(first), _moment(second)
    if a and b and abs((a - b).total_seconds()) < 60 and a.utcoffset() == timedelta(0) != b.utcoffset():
        return second
    return first


def on_printed_day(stated: str, printed: str | None) -> str:
    """A stated time in UTC (or in no zone) whose calendar day is next to the day the page
    prints is the same moment seen from the publisher's zone: the printed statement wins."""
    if not printed or len(stated) <= 10 or stated[:10] == printed[:10]:
        return stated
    moment = _moment(stated) or _naive(stated)
    if moment is None or (moment.utcoffset() not in (None, timedelta(0))):
        return stated
    shift = (date.fromisoformat(printed[:10]) - moment.date()).days
    # a zone west of UTC is at most 12 hours behind, east at most 14 ahead
    if (shift == -1 and moment.hour < 12) or (shift == 1 and moment.hour >= 10):
        return printed
    return stated


def _moment(iso: str) -> datetime | None:
    moment = _naive(iso)
    return moment if moment and moment.tzinfo else None


def _naive(iso: str) -> datetime | None:
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        return None


# ----------------------------------------------------------------------------- printed dates


@dataclass(frozen=True)
class Printed:
    iso: str
    label: str | None


def printed_date(tree, locale: str | None, headline=None,
                 settings: HtmlSettings = DEFAULT.extract.html) -> Printed | None:
    """The date the page prints as its dateline, or None.

    Candidates: <time> elements, elements named like a date or byline, text starting with
    "Published", and short lines around the headline; never inside comments, related lists or
    page furniture. They are read nearest the headline first (in page order; from the top
    without a headline); the nearest wins, unless one labelled as the publication's is only a
    few elements farther, and a date labelled as an update's only when there is no other.
    """
    order = _PageOrder(tree)
    anchor = order.index(headline) if headline is not None else None
    candidates: dict = {}  # element → (free text?, label its markup implies)
    for element in tree.iter("time"):
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if not _COMMENT_MARK.search(marks):
            candidates.setdefault(element, (False, "updated" if _UPDATE_MARK.search(marks) else None))
    for element in elements_marked(tree, _DATE_WORDS):
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if _DATE_MARK.search(marks) and not _COMMENT_MARK.search(marks):
            candidates.setdefault(element, (False, "updated" if _UPDATE_MARK.search(marks) else None))
    for element in text_starting_with(tree, _LABEL_STARTS):
        candidates.setdefault(element, (False, None))
    for element in near_headline(tree):
        candidates.setdefault(element, (True, None))
    if anchor is not None:
        for element in order.around(anchor, settings.dateline_window_before, settings.dateline_window_after):
            candidates.setdefault(element, (True, None))
            if (element.tail or "").strip():  # a dateline loose after an element: "</dl> Posted 2018-08-25"
                candidates.setdefault(_Tail(element), (True, None))
    if not candidates:
        return None
    origin = anchor or 0

    def distance(candidate) -> tuple[int, bool]:
        position = order.index(candidate.element if isinstance(candidate, _Tail) else candidate)
        if position is None:
            return 1 << 30, True
        return abs(position - origin), position < origin  # below the headline first on a tie

    # Read nearest first; once a date is found, only those a few elements farther still compete
    # (a line labelled "Published" beats an unlabelled one next to it).
    found: list[tuple[int, int, Printed]] = []
    horizon = None
    for candidate in sorted(candidates, key=distance):
        far = distance(candidate)[0]
        if horizon is not None and far > horizon:
            break
        free_text, label = candidates[candidate]
        printed = _read_dateline(candidate, locale, free_text, label, settings)
        if printed is None:
            continue
        found.append((_LABEL_RANK.get(printed.label, 1), far, printed))
        if horizon is None and printed.label != "updated":
            horizon = far + settings.dateline_rival_distance
    return min(found, key=lambda item: item[:2])[2] if found else None


_LABEL_RANK = {"published": 0, None: 1, "updated": 2}


@dataclass(frozen=True)
class _Tail:
    """The text right after an element (inside its parent), read as a candidate of its own."""

    element: object


def _read_dateline(candidate, locale: str | None, free_text: bool, label: str | None,
                   settings: HtmlSettings) -> Printed | None:
    if isinstance(candidate, _Tail):
        element = candidate.element.getparent()
        text = " ".join((candidate.element.tail or "")[:4 * MAX_DATELINE_CHARS].split())
        if element is None or len(text) > MAX_DATELINE_CHARS:
            return None
    else:
        element = candidate
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "body", "html"):
            return None
        text = " ".join((short_text(element, MAX_DATELINE_CHARS) or "").split())
    if len(text) < 6 or not any(ch.isdigit() for ch in text) or not outside_noise(element):
        return None
    dates = find_dates(text, locale, free_text)
    if not dates:
        return None
    other_words = len(text.split()) - sum(len(text[d.start:d.end].split()) for d in dates)
    if free_text and other_words > settings.dateline_other_words:
        return None  # a sentence that mentions a date, not a dateline
    chosen = _choose(dates)
    if chosen.label is None and chosen.start == 0 and not isinstance(candidate, _Tail):
        label = _label_before_element(element) or label  # "<span>Updated</span> <time>...</time>"
    return Printed(chosen.iso, chosen.label or label)


def _label_before_element(element) -> str | None:
    """The dateline label written just before the element, in its parent ("Updated" in a span
    of its own before the <time>)."""
    parent = element.getparent()
    if parent is None:
        return None
    parts = [parent.text or ""]
    for sibling in parent:
        if sibling is element:
            break
        parts.append((short_text(sibling, 80) or "") if isinstance(sibling.tag, str) else "")
        parts.append(sibling.tail or "")
    return label_ending(" ".join(" ".join(parts).split()))


def _choose(dates: list[FoundDate]) -> FoundDate:
    for wanted in (lambda f: f.label == "published", lambda f: f.label != "updated"):
        chosen = next((f for f in dates if wanted(f)), None)
        if chosen:
            return chosen
    return dates[0]


class _PageOrder:
    """Elements in page order, built on first use (one pass over the tree)."""

    def __init__(self, tree) -> None:
        self.tree = tree
        self._list: list | None = None
        self._index: dict | None = None

    def _build(self) -> None:
        self._list = [el for el in self.tree.iter() if isinstance(el.tag, str)]
        self._index = {el: i for i, el in enumerate(self._list)}

    def index(self, element) -> int | None:
        if self._index is None:
            self._build()
        return self._index.get(element)

    def around(self, position: int, before: int, after: int) -> list:
        if self._list is None:
            self._build()
        return self._list[max(0, position - before): position + after]
