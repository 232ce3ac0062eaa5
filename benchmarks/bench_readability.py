"""Metadata benchmark on Mozilla Readability's test pages (../shared/data/readability/pages).

Each page folder holds ``source.html`` and ``expected-metadata.json`` (title, byline, siteName,
publishedTime, excerpt, lang). The labels are Readability.js's own output, so a few are noisy.

Metric (../shared/data/README.md): a strict match after normalising case, quotes and whitespace,
with a leading "by" dropped; dates compared as YYYY-MM-DD. Each field is scored as the % of the
pages whose label has that field.

What is compared:
- ours: ``extract_metadata`` on ``lxml.html.document_fromstring`` of the page (decoded by
  ``common.decode_html``); the metadata stage alone, not the body extractor, and no URL is given
  (the page's canonical link is all it knows). byline = ", ".join(authors), the separator
  Readability.js uses for several JSON-LD authors; excerpt = lead; lang = language, compared on
  the primary subtag for everyone ("en-us" and "en" both count as "en").
- ours (full pipeline): ``capture_bytes`` + ``extract`` on the page's UTF-8 bytes, i.e. the
  Article the app shows (the body extractor may supply the title and the lead).
- bylines: ";" counts as "," for every system, so trafilatura's "A; B" is not penalised for its
  separator.
- trafilatura 2.3.1 ``bare_extraction(with_metadata=True)``: title, author, date, sitename,
  description.
- readability-lxml 0.9: ``Document.short_title()`` and ``Document.title()`` (titles only).
Fields a system does not produce are left out of its scores rather than counted as 0.

Run standalone: ``.venv/bin/python benchmarks/bench_readability.py [--limit N] [--show FIELD]``
prints the scores as JSON (``--show`` prints our mismatches on one field to stderr).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import unicodedata
import warnings
from pathlib import Path

import lxml.html

from common import SHARED_DATA, decode_html, require_shared_data
from sidebyside.extract.html.metadata import Metadata, extract_metadata

FIELDS = ("title", "byline", "date", "site_name", "excerpt", "lang")
LABEL_KEYS = {
    "title": "title",
    "byline": "byline",
    "date": "publishedTime",
    "site_name": "siteName",
    "excerpt": "excerpt",
    "lang": "lang",
}

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u00ab": '"', "\u00bb": '"'})
_SPACES = re.compile(r"\s+")
_LEADING_BY = re.compile(r"^by\b[\s:]*", re.IGNORECASE)
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def normalise(field: str, value: str | None) -> str | None:
    """The metric's normalisation: case, quotes, whitespace; "by" dropped; dates to YYYY-MM-DD."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", str(value)).translate(_QUOTES)
    text = _SPACES.sub(" ", text).strip().lower()
    if field == "byline":
        text = _LEADING_BY.sub("", text).strip().replace(" ;", ";").replace(";", ",")
    elif field == "date":
        match = _DATE.search(text)
        text = match.group(0) if match else text
    elif field == "lang":
        text = re.split(r"[-_]", text)[0]
    return text or None


def load_pages(shared_data: Path, limit: int | None = None) -> list[tuple[str, str, dict]]:
    """(page id, HTML, labels) for each readability test page, sorted by id."""
    root = require_shared_data(shared_data, "readability") / "readability" / "pages"
    pages = []
    for folder in sorted(p for p in root.iterdir() if (p / "expected-metadata.json").is_file()):
        html = decode_html((folder / "source.html").read_bytes())
        labels = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        pages.append((folder.name, html, labels))
    return pages[:limit] if limit else pages


def ours(html: str) -> dict:
    meta: Metadata = extract_metadata(lxml.html.document_fromstring(html), None)
    return {
        "title": meta.title,
        "byline": ", ".join(meta.authors) or None,
        "date": meta.published,
        "site_name": meta.outlet,
        "excerpt": meta.lead,
        "lang": meta.language,
    }


def ours_pipeline(html: str) -> dict:
    """What the app shows: capture_bytes + extract (body extractor, lead and title fallbacks)."""
    from sidebyside.capture import capture_bytes
    from sidebyside.extract import extract

    article = extract(capture_bytes(html.encode("utf-8"), path="page.html", format="html"))
    return {
        "title": article.title,
        "byline": ", ".join(article.authors) or None,
        "date": article.published,
        "site_name": article.outlet,
        "excerpt": article.lead,
        "lang": article.language,
    }


def trafilatura_peer(html: str) -> dict:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        return {}
    get = (lambda k: doc.get(k)) if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    return {
        "title": get("title"),
        "byline": get("author"),
        "date": get("date"),
        "site_name": get("sitename"),
        "excerpt": get("description"),
    }


def readability_short_title(html: str) -> dict:
    from readability import Document

    return {"title": Document(html).short_title()}


def readability_title(html: str) -> dict:
    from readability import Document

    return {"title": Document(html).title()}


# Each system and the fields it produces.
SYSTEMS = {
    "ours": (ours, FIELDS),
    "ours (full pipeline)": (ours_pipeline, FIELDS),
    "trafilatura": (trafilatura_peer, ("title", "byline", "date", "site_name", "excerpt")),
    "readability-lxml short_title": (readability_short_title, ("title",)),
    "readability-lxml title": (readability_title, ("title",)),
}


def score(pages, system, fields=FIELDS, mismatches: dict | None = None) -> dict:
    hits = {f: 0 for f in fields}
    totals = {f: 0 for f in fields}
    times = []
    for page_id, html, labels in pages:
        started = time.perf_counter()
        try:
            predicted = system(html)
        except Exception as exc:  # a peer crashing on a page scores 0 there
            predicted = {"error": repr(exc)}
        times.append((time.perf_counter() - started) * 1000)
        for f in fields:
            want = normalise(f, labels.get(LABEL_KEYS[f]))
            if want is None:
                continue
            totals[f] += 1
            got = normalise(f, predicted.get(f))
            if got == want:
                hits[f] += 1
            elif mismatches is not None:
                mismatches.setdefault(f, []).append((page_id, labels.get(LABEL_KEYS[f]), predicted.get(f)))
    result = {f: round(100 * hits[f] / totals[f], 1) for f in fields if totals[f]}
    result["median_ms"] = round(statistics.median(times), 2) if times else None
    return result


def run(shared_data: Path, limit: int | None = None, mismatches: dict | None = None) -> dict:
    """Score ours and each peer on every field; returns {"pages": n, "fields": {...}, "systems": {...}}."""
    pages = load_pages(Path(shared_data), limit)
    warnings.filterwarnings("ignore")
    systems = {}
    for name, (system, fields) in SYSTEMS.items():
        systems[name] = score(pages, system, fields, mismatches if name == "ours" else None)
    counts = {f: sum(1 for _, _, lab in pages if normalise(f, lab.get(LABEL_KEYS[f]))) for f in FIELDS}
    return {"benchmark": "readability-metadata", "pages": len(pages), "pages_with_field": counts,
            "systems": systems}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA, help="the shared data folder")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", choices=FIELDS, action="append", default=[],
                        help="print our mismatches on this field to stderr")
    args = parser.parse_args(argv)
    mismatches: dict = {}
    result = run(args.data, args.limit, mismatches)  # exits 2 with a message when data is missing
    for f in args.show:
        for page_id, want, got in mismatches.get(f, []):
            print(f"{f}\t{page_id}\twant={want!r}\tgot={got!r}", file=sys.stderr)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
