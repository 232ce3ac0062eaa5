"""Headline, publication-date and author accuracy against the peers; prints one JSON object.

    python benchmarks/bench_metadata.py [--set readability|aeb|aeb-visible|all] [--show SET]

Sets (each split by ``common.held_out``: the "tune" half may guide rules, the "held_out" half
is only measured, and is what we report):

- readability: Mozilla Readability's 130 test pages and their ``expected-metadata.json``.
- aeb: the 181 article-extraction-benchmark pages with the headline and date gold of
  ``data/aeb-metadata.json`` (``build_aeb_metadata.py`` says how it was labelled). A title is
  right when it is the visible headline or the headline the page's metadata states.
- aeb-visible: the same pages with their metadata hidden (JSON-LD, <meta>, microdata, <time
  datetime>, canonical links removed; the <title> stays): what an older page without
  metadata gives. Only the visible headline counts, and dates are scored on the pages that
  print theirs (or carry it in the URL); "invented" counts dates given on pages that show none.
  Authors are scored (below) on the pages crediting no person and on those whose every credited
  name is written in the visible page; a name stated only in the metadata is not scored here.

Authors (``authors``): on the aeb pages with the byline gold of ``data/aeb-bylines.json`` (read
its ``_rule``: the persons a reader sees credited, ``[]`` when the page credits no person) and on
the readability pages whose expected metadata gives a byline. Names are compared as
``bench_text.py`` compares bylines: each side is a set of normalised names, split at list
separators. A page is right when the two sets are equal (on a page crediting no person: when no
name is given); ``authors_named`` counts only the pages that credit a person, and
``authors_invented`` the pages crediting no person where a name was given anyway. Systems with
authors: ours and trafilatura (``author``).

Systems: ours (the Article the app shows: capture, then extract), trafilatura 2.3.1
(``bare_extraction`` with metadata), readability-lxml 0.9 (``short_title``; titles only),
htmldate (``find_date`` with ``extensive_search`` and ``original_date``, as trafilatura calls
it; dates only). All get the page's URL where the set has one. Titles match after NFKC, case,
quotes and whitespace are normalised; dates on the day (YYYY-MM-DD).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
import unicodedata
import warnings
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO_DIR, SHARED_DATA, held_out, load_aeb, require_shared_data  # noqa: E402

GOLD = REPO_DIR / "benchmarks" / "data" / "aeb-metadata.json"
BYLINE_GOLD = REPO_DIR / "benchmarks" / "data" / "aeb-bylines.json"
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"',
                         "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u2026": "..."})
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def norm_title(value) -> str | None:
    if not value:
        return None
    text = unicodedata.normalize("NFKC", str(value)).translate(_QUOTES)
    return " ".join(text.split()).casefold() or None


def norm_day(value) -> str | None:
    match = _DAY.search(str(value or ""))
    return match.group(0) if match else None


def people(value) -> frozenset[str]:
    """The persons an author field credits, as ``bench_text.py`` compares bylines."""
    from bench_text import byline_people

    if isinstance(value, (list, tuple)):
        value = ", ".join(v for v in value if v)
    return byline_people(value or None)


# ----------------------------------------------------------------------------- sets


def hide_metadata(html: str) -> str:
    """The page as an older one without metadata would be: no JSON-LD, <meta>, microdata,
    <time datetime> or canonical link; the visible page and its <title> unchanged."""
    root = lxml.html.document_fromstring(html)
    for script in root.xpath("//script[contains(translate(@type, 'JSONLD', 'jsonld'), 'ld+json')]"):
        script.drop_tree()
    for meta in root.xpath("//meta[not(@charset)]"):
        meta.drop_tree()
    for link in root.xpath("//link[@rel]"):
        link.drop_tree()
    for attr in ("itemprop", "itemscope", "itemtype", "property", "datetime", "pubdate", "content"):
        for el in root.xpath(f"//*[@{attr}]"):
            del el.attrib[attr]
    return lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")


def readability_pages(shared: Path) -> list[dict]:
    base = require_shared_data(shared, "readability") / "readability" / "pages"
    from common import decode_html

    pages = []
    for folder in sorted(p for p in base.iterdir() if (p / "expected-metadata.json").is_file()):
        labels = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        pages.append({"id": folder.name, "html": decode_html((folder / "source.html").read_bytes()), "url": None,
                      "titles": [labels["title"]] if labels.get("title") else [],
                      "date": norm_day(labels.get("publishedTime")),
                      "authors": labels["byline"] if labels.get("byline") else None})
    return pages


def aeb_pages(shared: Path, visible_only: bool) -> list[dict]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    bylines = json.loads(BYLINE_GOLD.read_text(encoding="utf-8"))
    pages = []
    for page_id, html, _body, url in load_aeb(shared):
        g = gold[page_id]
        titles = [g["title"]] + ([] if visible_only else g["title_alternates"])
        date = g["date"] if (g["date_visible"] or not visible_only) else None
        page_html = hide_metadata(html) if visible_only else html
        pages.append({"id": page_id, "html": page_html, "url": url,
                      "titles": titles, "date": date, "no_date_shown": visible_only and not g["date_visible"],
                      "hidden_date": g["date"], "authors": _visible_byline(bylines.get(page_id), page_html)
                      if visible_only else bylines.get(page_id)})
    return pages


def _visible_byline(names: list[str] | None, html: str) -> list[str] | None:
    """The byline gold where a reader of the page without metadata can see it: a page crediting
    no person, or one whose every credited name is written in its visible text (a name the page
    states only in its metadata is not scored on the page with the metadata hidden)."""
    if names is None or not names:
        return names
    root = lxml.html.document_fromstring(html)
    for hidden in root.xpath("//script|//style|//noscript|//template|//title"):
        hidden.drop_tree()
    visible = " ".join(root.text_content().split()).casefold()
    return names if all(" ".join(n.split()).casefold() in visible for n in names) else None


# ----------------------------------------------------------------------------- systems


def ours(html: str, url: str | None) -> dict:
    from sidebyside.extract.html import extract_html
    from sidebyside.model import Capture, Source

    article = extract_html(Capture(Source(path=None, format="html", url=url), html))
    return {"title": article.title, "date": article.published, "authors": list(article.authors)}


def trafilatura_peer(html: str, url: str | None) -> dict:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return {}
    get = (lambda k: doc.get(k)) if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    return {"title": get("title"), "date": get("date"), "authors": get("author")}


def readability_peer(html: str, url: str | None) -> dict:
    from readability import Document

    return {"title": Document(html, url=url).short_title()}


def htmldate_peer(html: str, url: str | None) -> dict:
    from htmldate import find_date

    return {"date": find_date(html, url=url, extensive_search=True, original_date=True)}


SYSTEMS = {
    "sidebyside": (ours, ("title", "date", "authors")),
    "trafilatura": (trafilatura_peer, ("title", "date", "authors")),
    "readability-lxml": (readability_peer, ("title",)),
    "htmldate": (htmldate_peer, ("date",)),
}


def score(pages: list[dict], system, fields, misses: list | None = None) -> dict:
    halves = {"held_out": {}, "tune": {}}
    times = []
    for page in pages:
        started = time.process_time()
        try:
            got = system(page["html"], page["url"]) or {}
        except Exception as exc:  # a peer failing on a page scores 0 there
            got = {"error": repr(exc)}
        times.append(time.process_time() - started)
        half = halves["held_out" if held_out(page["id"]) else "tune"]
        if "title" in fields and page["titles"]:
            ok = norm_title(got.get("title")) in {norm_title(t) for t in page["titles"]}
            half.setdefault("title", []).append(ok)
            if not ok and misses is not None:
                misses.append(("title", page["id"], page["titles"][0], got.get("title")))
        if "date" in fields and page["date"]:
            ok = norm_day(got.get("date")) == page["date"]
            half.setdefault("date", []).append(ok)
            if not ok and misses is not None:
                misses.append(("date", page["id"], page["date"], got.get("date")))
        if "authors" in fields and page.get("authors") is not None:
            want, have = people(page["authors"]), people(got.get("authors"))
            half.setdefault("authors", []).append(want == have)
            if want:
                half.setdefault("authors_named", []).append(want == have)
            else:
                half.setdefault("authors_invented", []).append(bool(have))
            if want != have and misses is not None:
                misses.append(("authors", page["id"], sorted(want), sorted(have)))
        if "date" in fields and page.get("no_date_shown"):
            # a page that prints no date: a date given is right only when it is the hidden one
            given = norm_day(got.get("date"))
            if given is not None and given != page.get("hidden_date"):
                half.setdefault("wrong_dates", []).append(True)
            else:
                half.setdefault("wrong_dates", []).append(False)
    out: dict = {}
    for name, half in halves.items():
        out[name] = {f: {"pct": round(100 * sum(v) / len(v), 1), "of": len(v)} if f != "wrong_dates"
                     else {"count": sum(v), "of": len(v)} for f, v in half.items() if v}
        if "authors_invented" in out[name]:
            out[name]["authors_invented"] = {"count": sum(half["authors_invented"]), "of": len(half["authors_invented"])}
    out["cpu_ms_median"] = round(statistics.median(times) * 1000, 2) if times else None
    return out


def run(which: str, shared: Path, show: bool = False, systems: list[str] | None = None) -> dict:
    warnings.filterwarnings("ignore")
    loaders = {"readability": lambda: readability_pages(shared), "aeb": lambda: aeb_pages(shared, False),
               "aeb-visible": lambda: aeb_pages(shared, True)}
    report = {}
    for name, load in loaders.items():
        if which not in (name, "all"):
            continue
        pages = load()
        misses: list = []
        report[name] = {"pages": len(pages), "held_out_pages": sum(held_out(p["id"]) for p in pages),
                        "systems": {s: score(pages, fn, fields, misses if s == "sidebyside" else None)
                                    for s, (fn, fields) in SYSTEMS.items() if not systems or s in systems}}
        if show:
            for field, page_id, want, got in misses:
                if held_out(page_id):
                    continue  # the held-out half is only measured: its misses are never listed
                print(f"{name}\ttune\t{field}\t{page_id[:12]}\twant={want!r}\tgot={got!r}", file=sys.stderr)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("readability", "aeb", "aeb-visible", "all"), default="all")
    parser.add_argument("--show", action="store_true", help="print our misses on the tune half to stderr")
    parser.add_argument("--systems", nargs="*", choices=sorted(SYSTEMS), help="only these systems")
    args = parser.parse_args(argv)
    shared = require_shared_data(SHARED_DATA)
    report = {"benchmark": "metadata: headline, publication date and authors", "loadavg": list(os.getloadavg()),
              **run(args.set, shared, args.show, args.systems)}
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
