"""The headline without the site's name: "Headline | Site", "Headline - Site", "Site: Headline".

A segment is dropped only when it is known to name the site (og:site_name, the JSON-LD publisher,
the host) or, for the browser-tab <title>, when the page's own <h1> shows where the headline ends
or the segment is a short trailing tag. Colons and dashes that belong to the headline stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sidebyside.extract.dates import find_date
from sidebyside.extract.sites import names_site, site_key

# Separators between a headline and the site's name, written with spaces around them.
_SEPARATOR = re.compile(r"\s+(\||-{1,2}|–|—|::|»|·|•|~|/|\\|✩|★|◆)\s+")
_PREFIX_COLON = re.compile(r"^(?P<site>[^:]{2,60}):\s+(?P<rest>.+)$")
_DASHES = ("-", "--", "–", "—")
MAX_TRAILING_TAG_WORDS = 4


@dataclass
class TitleResult:
    title: str | None
    site: str | None = None  # the site name the title carried, when one was stripped


def split_segments(title: str) -> tuple[list[str], list[str]]:
    parts = _SEPARATOR.split(title)
    return parts[0::2], parts[1::2]


def strip_site(title: str, site_names: list[str], hosts: list[str], authors: list[str] = ()) -> TitleResult:
    """Drop leading and trailing segments that name the site (and trailing author names:
    "Headline | Jane Doe | Site")."""
    segments, seps = split_segments(title)
    site = None
    author_keys = {site_key(a) for a in authors if a}
    while len(segments) > 1 and (names_site(segments[-1], site_names, hosts)
                                 or site_key(segments[-1]) in author_keys):
        if names_site(segments[-1], site_names, hosts):
            site = site or segments[-1]
        segments, seps = segments[:-1], seps[:-1]
    while len(segments) > 1 and names_site(segments[0], site_names, hosts):
        site = site or segments[0]
        segments, seps = segments[1:], seps[1:]
    text = join_segments(segments, seps)
    prefix = _PREFIX_COLON.match(text)
    if prefix and names_site(prefix["site"], site_names, hosts) and len(prefix["rest"].split()) >= 2:
        site, text = site or prefix["site"], prefix["rest"]
    return TitleResult(text, site)


def clean_document_title(title: str, site_names: list[str], hosts: list[str],
                         headings: list[str], authors: list[str] = ()) -> TitleResult:
    """The <title> text made a headline: known site names, the <h1>'s extent, then short tags."""
    known = strip_site(title, site_names, hosts, authors)
    segments, seps = split_segments(known.title or "")
    if len(segments) == 1:
        # "Headline : Portal": a spaced colon before the site's name (a portal's <title>), taken
        # for a separator only where the page's own heading shows the headline ends there (a
        # headline's own colon, "Hélène Marchal : « … »", stays)
        head, colon, tail = (known.title or "").rpartition(" : ")
        if colon and head and tail and len(tail.split()) <= MAX_TRAILING_TAG_WORDS \
                and match_heading([head], [], headings, site_names, hosts) == head:
            return TitleResult(head, known.site or tail)
        return known
    # The page's own heading shows where the headline ends.
    matched = match_heading(segments, seps, headings, site_names, hosts)
    if matched:
        return TitleResult(matched, known.site)
    # Trailing dates and short tags ("- 21/12/2018 - Sport | Site") are not the headline: a tag
    # after a pipe-like separator has at most four words, after a dash at most two.
    site = known.site
    while len(segments) > 1:
        tail, sep = segments[-1], seps[-1]
        rest_words = len(join_segments(segments[:-1], seps[:-1]).split())
        is_date = find_date(tail) is not None
        is_tag = (sep in _DASHES and len(tail.split()) <= 2 and rest_words >= 4) or (
            sep not in _DASHES and sep not in ("/", "\\") and len(tail.split()) <= MAX_TRAILING_TAG_WORDS
            and rest_words >= 3)
        if not (is_date or is_tag):
            break
        if not is_date:
            site = site or tail
        segments, seps = segments[:-1], seps[:-1]
    return TitleResult(join_segments(segments, seps), site)


def match_heading(segments: list[str], seps: list[str], headings: list[str], site_names: list[str],
                  hosts: list[str]) -> str | None:
    """The longest run of title segments that the page shows as a heading ("Opinion | Headline"
    with <h1>Headline</h1> → "Headline"); the longest wins, so a site-name <h1> cannot."""
    wanted = {_compare_key(h) for h in headings if h}
    runs = [(start, end) for end in range(len(segments), 0, -1) for start in range(0, end)]
    runs.sort(key=lambda run: (-len(join_segments(segments[run[0]:run[1]], seps[run[0]:run[1] - 1])), run[0]))
    for start, end in runs:
        candidate = join_segments(segments[start:end], seps[start:end - 1])
        if _compare_key(candidate) in wanted and not names_site(candidate, site_names, hosts):
            return candidate
    return None


def join_segments(segments: list[str], seps: list[str]) -> str:
    out = segments[0] if segments else ""
    for sep, segment in zip(seps, segments[1:]):
        out += f" {sep} {segment}"
    return out.strip()


def _compare_key(text: str) -> str:
    return site_key(text)
