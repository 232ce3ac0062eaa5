"""Where and when a saved HTML page was captured, as the file itself states it.

Sources, most specific first: the browser's ``<!-- saved from url=(NNNN)... -->`` mark, the
header comment SingleFile writes (``url:`` / ``saved date:``), Save Page WE's ``savepage-*``
meta tags, then the publisher's ``<link rel=canonical>`` and ``og:url``. Only the head of
the page is scanned, so a huge page costs nothing extra.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin

# SingleFile inlines stylesheets into the head, so canonical links can sit far down.
HEAD_CHARS = 2 * 1024 * 1024

_SAVED_FROM = re.compile(r"<!--\s*saved from url=\((\d{1,5})\)(\S+?)\s*-->", re.I)
_SINGLEFILE = re.compile(r"<!--(?:(?!-->).){0,400}?\bsaved with singlefile\b(.{0,4000}?)-->", re.I | re.S)
_SF_URL = re.compile(r"^\s*url:\s*(\S+)", re.I | re.M)
_SF_DATE = re.compile(r"^\s*saved date:\s*(.+?)\s*$", re.I | re.M)
_TAG = re.compile(r"<(link|meta|base)\b([^<>]{0,4000})>", re.I)
_ATTR = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]{0,60}+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")
_HEAD_END = re.compile(r"<body\b", re.I)


def find_provenance(page: str) -> tuple[str | None, str | None]:
    """(original URL, ISO 8601 capture time) from a saved page's head; None where not stated."""
    head = page[:HEAD_CHARS]
    body = _HEAD_END.search(head)
    if body:
        head = head[: body.start()]

    saved_url = saved_date = None
    if m := _SAVED_FROM.search(head[:4096]):
        saved_url = m.group(2)[: int(m.group(1))] or None
    marker = head[:16384].lower().find("saved with singlefile")
    if marker >= 0 and (m := _SINGLEFILE.search(head, max(0, marker - 500), marker + 4500)):
        comment = m.group(1)
        if u := _SF_URL.search(comment):
            saved_url = saved_url or u.group(1)
        if d := _SF_DATE.search(comment):
            saved_date = parse_js_date(d.group(1))

    canonical = og_url = base = None
    for tag in _TAG.finditer(head):
        attrs = _attributes(tag.group(2))
        name = tag.group(1).lower()
        if name == "base":
            base = base or attrs.get("href")
        elif name == "link" and "canonical" in attrs.get("rel", "").lower().split():
            canonical = canonical or attrs.get("href")
        elif name == "meta":
            key = (attrs.get("property") or attrs.get("name") or "").lower()
            content = attrs.get("content")
            if key == "og:url":
                og_url = og_url or content
            elif key == "savepage-url":
                saved_url = saved_url or content
            elif key == "savepage-date" and content:
                saved_date = saved_date or parse_js_date(content)

    url = None
    for candidate in (saved_url, canonical, og_url):
        url = _absolute_http(candidate, saved_url or base)
        if url:
            break
    return url, saved_date


def _attributes(text: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for m in _ATTR.finditer(text):
        value = next((g for g in m.groups()[1:] if g is not None), "")
        attrs.setdefault(m.group(1).lower(), html.unescape(value).strip())
    return attrs


def _absolute_http(url: str | None, base: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    if not re.match(r"https?://", url, re.I) and base and re.match(r"https?://", base, re.I):
        url = urljoin(base, url)
    return url if re.match(r"https?://\S+$", url, re.I) else None


_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_JS_DATE = re.compile(
    r"(?:[A-Za-z]{3},?\s+)?([A-Za-z]{3})\s+(\d{1,2}),?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"(?:\s*(?:GMT|UTC)?\s*([+-])(\d{2}):?(\d{2}))?"
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")


def parse_js_date(value: str) -> str | None:
    """JavaScript's Date.toString() ("Mon Jan 16 2023 10:00:00 GMT+0100 (CET)") or ISO → ISO 8601."""
    value = value.strip()
    if _ISO_DATE.match(value):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            return moment.date().isoformat() if len(value) == 10 else moment.isoformat()
        except ValueError:
            return None
    m = _JS_DATE.search(value)
    if not m or m.group(1).lower()[:3] not in _MONTHS:
        return None
    month = _MONTHS[m.group(1).lower()[:3]]
    try:
        tz = None
        if m.group(7):
            sign = 1 if m.group(7) == "+" else -1
            tz = timezone(sign * timedelta(hours=int(m.group(8)), minutes=int(m.group(9))))
        moment = datetime(
            int(m.group(3)), month, int(m.group(2)), int(m.group(4)), int(m.group(5)), int(m.group(6) or 0), tzinfo=tz
        )
    except ValueError:
        return None
    return moment.isoformat()
