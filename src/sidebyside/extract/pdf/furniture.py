"""Page furniture of a printed page: the running header and footer a browser adds (date, title,
URL, "2/5"), and anything printed at the same place on every page (a fixed bar, a page number).

What the furniture says is kept apart: the page's URL and the moment it was printed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from sidebyside.model import Page, TextLine
from sidebyside.settings import DEFAULT, PdfSettings

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of|von|de|sur|из)\s*\d{1,4})?$", re.I)
_URL = re.compile(r"\b(?:https?|file)://\S+", re.I)
_PRINT_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?$")


@dataclass
class Furniture:
    lines: set[tuple[int, int]] = field(default_factory=set)  # (page, line) indices
    url: str | None = None
    title: str | None = None  # the running header's title: the document's <title>


def find_furniture(pages: tuple[Page, ...] | list[Page], settings: PdfSettings = DEFAULT.extract.pdf) -> Furniture:
    found = Furniture()
    repeats: Counter[tuple[str, int]] = Counter()
    for page in pages:
        seen = {_key(line) for line in page.lines}
        repeats.update(seen)
    several = len(pages) >= 2
    for p, page in enumerate(pages):
        band = settings.margin_band * page.height
        for i, line in enumerate(page.lines):
            in_band = line.bottom <= band or line.top >= page.height - band
            repeated = several and repeats[_key(line)] >= max(2, settings.repeat_share * len(pages))
            typical = _PAGE_NUMBER.match(line.text) or _PRINT_DATE.match(line.text) or _URL.match(line.text)
            if (in_band and (repeated or typical)) or (repeated and len(pages) >= 3):
                found.lines.add((p, i))
    _read(found, pages)
    return found


def _key(line: TextLine) -> tuple[str, int]:
    """A line as it repeats from page to page: its text with numbers blanked, and its height."""
    return _DIGITS.sub("0", line.text.lower()), round(line.top / 4)


def _read(found: Furniture, pages) -> None:
    """The URL (unless elided) and the title of the running header and footer."""
    for p, i in sorted(found.lines):
        line = pages[p].lines[i]
        url = _URL.search(line.text)
        if url and found.url is None:
            value = url.group(0)
            if not value.endswith(("…", "...")) and value.lower().startswith("http"):
                found.url = value
        page = pages[p]
        centred = abs((line.x0 + line.x1) / 2 - page.width / 2) < 0.1 * page.width
        if found.title is None and p == 0 and line.top < page.height / 2 and centred and not url:
            if not (_PAGE_NUMBER.match(line.text) or _PRINT_DATE.match(line.text)):
                found.title = line.text
