"""Text-capture extraction benchmark: the dev set of build_text_devset.py, per text form.

For each text form (w3m at 80 and 10,000 columns, lynx, a browser's select-all copy, and w3m
at 80 and 10,000 columns of each page set in a three-column table layout: ``table80``,
``table``, whose side cells' menus run beside the article; and the forms the six lack: elinks,
links2, inscriptis, a reader-mode copy, the copy wrapped at 72 columns, the copy and w3m80
without blank lines, see build_text_devset.py) and each
page of the chosen split, the capture is extracted and scored against the page's gold. The
splits (build_text_devset.part_of): ``tune``; ``read``, the third of the held-out pages whose
split hash's third byte % 3 == 0, spent openly (its collapses are read and general rules learnt
from them, as on tune); ``held_out`` (the default), the remaining two thirds, only measured;
``all``. Before this split, ``held_out`` meant read and held_out together (167 pages):
- body: the lead (when found) followed by Article.text, scored by the AEB metric (word 4-gram
  shingles, lower-cased, whitespace-split; per page P/R/F1, averaged): on all pages with a gold
  body of 20 words or more, and apart on the pages whose own layout is a table (``table_f1``)
  and, in the table forms, on the pages whose dump sets article lines beside side-cell text
  (``interleaved_f1``); on the pages whose gold body is mostly in a script without spaces
  (Chinese, Japanese: a third or more of its characters wide, eight characters or more a
  space-separated token, 20 wide characters or more, whether or not it has 20 space-separated
  words), whose "words" are whole sentences or clauses and whose word shingles break wherever
  a tool drops or adds a space, ``wide_script_char_f1`` beside their ``wide_script_word_f1``:
  the same P/R/F1 over character 4-gram shingles of the text without its whitespace (a wide
  character weighs about a word); ``f1_wide_by_chars`` is ``f1`` with those pages scored so;
  ``f1_by_half`` splits the pages in two by a second bit of the hash that chose their split
  (build_text_devset.split_of): on ``tune``, a rule is kept when it helps both halves;
- title, byline (authors joined by ", "), date (YYYY-MM-DD) and site name: strict matches after
  the normalisation of bench_readability.py, as the % of the pages whose gold has the field
  (the Readability pages and the project's fixtures have metadata gold; AEB has headline and date
  gold in data/aeb-metadata.json and byline gold in data/aeb-bylines.json: the people each page
  credits, read by hand from its HTML, or none);
  ``headline_pct`` also counts the gold title without the site name a ``<title>`` adds
  ("Headline | Site" → "Headline"), which no text capture shows; ``headline_visible_pct`` is
  the same on the pages whose capture shows that headline as a line of its own (many test pages
  state their title only in ``<title>``).
  ``byline_names_pct`` compares the set of people credited instead of the string: Readability's
  gold is the page's raw byline, so "A and B" there is "A, B" here although a reader sees the same
  two people; both sides are split at list separators ("," ";" "&" "and" "und" "et" "y", and
  "X (with Y)") and a leading "by" is dropped from each name. ``byline_by_set`` gives both per
  page set, with ``in_capture_pct``: the pages whose gold names are all written in the capture
  (the ceiling of any text reading), with ``in_capture_strict_pct`` / ``in_capture_names_pct``
  over those pages only, and on the AEB pages that credit no person,
  ``no_person_none_pct``: those where we credit no one either.

``loss`` says where the F1 lost to 1.0 comes from (``loss_bands``): collapsed pages (F1 under
0.5), the many between 0.5 and 0.95, the nearly right; for each, its pages, the points of mean F1
it costs and its mean precision and recall loss (furniture kept, article lines lost).

``--peers`` also hands trafilatura 2.3.1 the same text (one ``<p>`` per line, its
``bare_extraction`` with metadata) and scores it the same way. Times are CPU per page.

``--unseen --unseen-dir D`` scores a folder of captures written for the project (tests/data/text/
unseen*, their gold in gold.json; ``--html`` the HTML pages they were dumped from), body F1 as on
the dev set: ``f1`` by word shingles, and ``f1_wide_by_chars`` the same with the pages whose gold
body is mostly in a script without spaces (``wide_script``: a Japanese page's paragraph is one
"word", so one dropped space or caption scores the page 0) scored by character shingles: ``unseen``
and ``unseen2`` … ``unseen7`` are only measured; ``unseen8`` … ``unseen12``, each measured
at one release, are read sets from then on (their misses are read, as on ``tune`` and ``read``); a newer one
is measured.

Run: ``python benchmarks/bench_text.py [--split held_out|read|tune|all] [--forms w3m,copy] [--peers]
[--worst K] [--show title]`` prints JSON; build the dev set first (build_text_devset.py, or
``--build``). ``--show`` prints our mismatches on one field to stderr (use it on ``tune``).
"""

from __future__ import annotations

import argparse
import hashlib
import html as html_lib
import json
import os
import re
import statistics
import sys
import time
import unicodedata
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_readability import normalise  # noqa: E402
from build_text_devset import CACHE, DEFAULT_SHARED, FORMS, TABLE_FORMS, build, part_of  # noqa: E402
from common import shingle_prf  # noqa: E402

from sidebyside.extract import extract_path  # noqa: E402
from sidebyside.extract import warnings as extract_warnings  # noqa: E402
from sidebyside.extract.text import extract_text  # noqa: E402
try:
    from sidebyside.extract.wide import count_wide  # noqa: E402
except ImportError:  # code before the byline readers were shared (SIDEBYSIDE_SRC of an older tree)
    from sidebyside.extract.text.wide import count_wide  # noqa: E402
from sidebyside.model import Capture, Source  # noqa: E402
from sidebyside.settings import DEFAULT  # noqa: E402

META_FIELDS = ("title", "byline", "date", "site_name")
MIN_BODY_WORDS = 20
# A page's <title> often adds the site's name ("Headline | Site"), which no text capture shows.
_TITLE_PARTS = re.compile(r"\s+(?:\||-|–|—|::|·|»)\s+")


def headline_matches(got: str | None, gold: str | None) -> bool:
    """The headline as the page shows it: the gold title, or its longest part when the title
    adds the site's name before or after a separator."""
    have = normalise("title", got)
    if have is None:
        return False
    if have == normalise("title", gold):
        return True
    parts = [p for p in _TITLE_PARTS.split(gold or "") if len(p.split()) >= 2]
    return bool(parts) and have == normalise("title", max(parts, key=len))


_NAME_LIST = re.compile(r"\s*(?:[,;&)]|\b(?:and|und|et|y)\b|\((?:with|avec|mit|con)\b)\s*")


def byline_people(value: str | None) -> frozenset[str]:
    """The people a byline credits, as a set of normalised names (order and separators aside)."""
    text = normalise("byline", value)
    if text is None:
        return frozenset()
    return frozenset(n for n in (normalise("byline", part) for part in _NAME_LIST.split(text)) if n)


def byline_names_match(got: str | None, gold: str | None) -> bool:
    want = byline_people(gold)
    return bool(want) and byline_people(got) == want


SETTINGS = DEFAULT.extract.text
WIDE_SHARE = 1 / 3  # a gold body this share wide characters (of its non-space ones) is in a script without spaces


UNSPACED_TOKEN = 8  # ... with this many characters or more a space-separated token (Korean spaces its words)


def wide_script(text: str) -> bool:
    """Mostly a script without spaces between words (Chinese, Japanese)."""
    tokens = text.split()
    chars = sum(len(t) for t in tokens)
    return chars > 0 and count_wide(text) >= WIDE_SHARE * chars and chars >= UNSPACED_TOKEN * len(tokens)


def char_shingle_prf(pred: str, truth: str, n: int = 4) -> tuple[float, float, float]:
    """shingle_prf over character n-grams of the text without its whitespace, case folded:
    fair to scripts whose words no space separates."""
    def spaced(text: str) -> str:
        return " ".join("".join(text.casefold().split()))
    return shingle_prf(spaced(pred), spaced(truth), n)


def ours(text: str, name: str) -> dict:
    article = extract_text(Capture(source=Source(path=name, format="text"), content=text), SETTINGS)
    return {
        "body": "\n\n".join(x for x in (article.lead, article.text) if x),
        "title": article.title,
        "byline": ", ".join(article.authors) or None,
        "date": article.published,
        "site_name": article.outlet,
        "warned": any(w not in NOT_BODY_WARNINGS for w in article.warnings),
    }


# the warnings that say nothing of the body (the others: the extractor doubts the body it read)
NOT_BODY_WARNINGS = (extract_warnings.NO_DATE, extract_warnings.NO_TITLE,
                     getattr(extract_warnings, "DATE_AFTER_ARTICLE", extract_warnings.NO_DATE))


def trafilatura_peer(text: str, name: str) -> dict:
    import trafilatura

    page = "<html><body>" + "".join(f"<p>{html_lib.escape(line)}</p>" for line in text.splitlines() if line.strip())
    doc = trafilatura.bare_extraction(page + "</body></html>", with_metadata=True, include_comments=False)
    if doc is None:
        return {}
    get = (lambda k: doc.get(k)) if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    return {"body": get("text") or "", "title": get("title"), "byline": get("author"), "date": get("date"),
            "site_name": get("sitename")}


AEB_BYLINES = HERE / "data" / "aeb-bylines.json"


def load_manifest() -> dict | None:
    """The dev set's manifest, with the AEB pages' byline gold of ``data/aeb-bylines.json`` (the
    people each page credits, read by hand; ``[]`` when it credits no person) as ``byline`` (the
    names joined by ", ") and ``byline_people`` (the list)."""
    path = CACHE / "manifest.json"
    if not path.exists():
        return None
    manifest = json.loads(path.read_text(encoding="utf-8"))
    people = json.loads(AEB_BYLINES.read_text(encoding="utf-8")) if AEB_BYLINES.exists() else {}
    for page in manifest["pages"]:
        if page["set"] == "aeb" and page["id"] in people:
            page["gold"]["byline_people"] = people[page["id"]]
            page["gold"]["byline"] = ", ".join(people[page["id"]]) or None
    return manifest


def _folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def byline_in_capture(text: str, gold: dict) -> bool:
    """Every person of the gold byline is written somewhere in the capture (case and spacing
    aside): the most any reading of the text can find."""
    names = gold.get("byline_people") or [n for n in byline_people(gold.get("byline"))]
    folded = _folded(text)
    return bool(names) and all(_folded(n) in folded for n in names)


_CELL = re.compile(r"\S+(?: \S+)*")


def interleaved(text: str, gold: str, min_lines: int = 3) -> bool:
    """The capture sets the article's lines beside other text: ``min_lines`` lines or more hold
    a cell of the gold body's words (3-word shingles) and a cell of other words, apart by two
    spaces or more."""
    words = gold.lower().split()
    grams = {tuple(words[i : i + 3]) for i in range(len(words) - 2)}

    def of_gold(cell: str) -> bool:
        w = cell.lower().split()
        shingles = [tuple(w[i : i + 3]) for i in range(len(w) - 2)]
        return bool(shingles) and sum(x in grams for x in shingles) * 2 >= len(shingles)

    mixed = 0
    for line in text.splitlines():
        cells = [c for c in _CELL.findall(line) if len(c) >= 12]
        if len(cells) >= 2:
            flags = [of_gold(c) for c in cells]
            mixed += any(flags) and not all(flags)
            if mixed >= min_lines:
                return True
    return False


def half_of(set_name: str, page_id: str) -> str:
    """"a" or "b": the page's half of its split, by the second byte of the hash that chose the
    split (the first). A rule is kept when it helps both halves of the tune part, not the one
    page it was written from."""
    return "ab"[hashlib.sha1(f"{set_name}:{page_id}".encode()).digest()[1] % 2]


def score_form(form: str, pages: list[dict], system, worst: int = 0, show: str | None = None) -> dict:
    body, table, times, mixed, wide = [], [], [], [], []
    fair: list[float] = []  # body F1 with wide-script pages scored by character shingles
    hits = {f: 0 for f in META_FIELDS}
    totals = {f: 0 for f in META_FIELDS}
    headlines = visible = visible_hits = people_hits = 0
    per_set: dict[str, list[float]] = {}
    per_half: dict[str, list[float]] = {}
    bylines: dict[str, dict[str, int]] = {}
    rows = []
    missing = 0
    for page in pages:
        path = CACHE / form / f"{page['set']}__{page['id']}.txt"
        if not path.exists():
            missing += 1
            continue
        text = path.read_text(encoding="utf-8")
        started = time.process_time()
        try:
            got = system(text, path.name) if text.strip() else {}
        except Exception as exc:  # a failure scores 0 on that page
            got = {"error": repr(exc)}
        times.append(time.process_time() - started)
        gold = page["gold"]
        if len((gold.get("body") or "").split()) >= MIN_BODY_WORDS:
            prf = shingle_prf(got.get("body") or "", gold["body"])
            body.append(prf)
            fair.append(char_shingle_prf(got.get("body") or "", gold["body"])[2] if wide_script(gold["body"]) else prf[2])
            per_set.setdefault(page["set"], []).append(prf[2])
            if page["table"]:
                table.append(prf[2])
            if form in TABLE_FORMS and interleaved(text, gold["body"]):
                mixed.append(prf[2])
            rows.append((prf[2], prf[0], prf[1], page["set"], page["id"], bool(got.get("warned"))))
            per_half.setdefault(half_of(page["set"], page["id"]), []).append(prf[2])
        if wide_script(gold.get("body") or "") and count_wide(gold["body"]) >= MIN_BODY_WORDS:
            # (a body of 20 wide characters or more: its few space-separated "words" may be fewer than 20)
            wide.append((shingle_prf(got.get("body") or "", gold["body"])[2],
                         char_shingle_prf(got.get("body") or "", gold["body"])[2]))
        if gold.get("byline_people") == []:  # the page credits no person
            tally = bylines.setdefault(page["set"], {"pages": 0, "strict": 0, "names": 0, "in_capture": 0})
            tally["no_person_pages"] = tally.get("no_person_pages", 0) + 1
            tally["no_person_credited"] = tally.get("no_person_credited", 0) + (not got.get("byline"))
        for field in META_FIELDS:
            want = normalise(field, gold.get(field))
            if want is None:
                continue
            totals[field] += 1
            if field == "title":
                hit = headline_matches(got.get("title"), gold.get("title"))
                headlines += hit
                if any(headline_matches(line.strip(), gold["title"]) for line in text.splitlines() if line.strip()):
                    visible += 1
                    visible_hits += hit
            have = normalise(field, got.get(field))
            if field == "byline":
                named = byline_names_match(got.get("byline"), gold.get("byline"))
                people_hits += named
                tally = bylines.setdefault(page["set"], {"pages": 0, "strict": 0, "names": 0, "in_capture": 0})
                tally["pages"] += 1
                tally["strict"] += have == want
                tally["names"] += named
                in_capture = byline_in_capture(text, gold)
                tally["in_capture"] += in_capture
                tally["in_capture_strict"] = tally.get("in_capture_strict", 0) + (in_capture and have == want)
                tally["in_capture_names"] = tally.get("in_capture_names", 0) + (in_capture and named)
            if have == want:
                hits[field] += 1
            elif show == field and not (field == "title" and headline_matches(got.get("title"), gold.get("title"))):
                same_people = field == "byline" and byline_names_match(got.get("byline"), gold.get("byline"))
                print(f"{form} {page['set']}/{page['id']}: want {gold.get(field)!r} got {got.get(field)!r}"
                      + (" (the same people)" if same_people else ""), file=sys.stderr)
    out = {
        "pages": len(body),
        "f1": round(statistics.fmean(f for _, _, f in body), 4) if body else None,
        "precision": round(statistics.fmean(p for p, _, _ in body), 4) if body else None,
        "recall": round(statistics.fmean(r for _, r, _ in body), 4) if body else None,
        "f1_wide_by_chars": round(statistics.fmean(fair), 4) if fair else None,
        "f1_by_set": {s: round(statistics.fmean(v), 4) for s, v in sorted(per_set.items())},
        "f1_by_half": {h: round(statistics.fmean(v), 4) for h, v in sorted(per_half.items())},
        "table_pages": len(table),
        "table_f1": round(statistics.fmean(table), 4) if table else None,
        **({"interleaved_pages": len(mixed), "interleaved_f1": round(statistics.fmean(mixed), 4) if mixed else None}
           if form in TABLE_FORMS else {}),
        "pages_below_0.5": sum(1 for f, *_ in rows if f < 0.5),
        # the pages whose body the extractor says it doubts (a warning beyond a missing date or title)
        "pages_warned": sum(1 for *_, w in rows if w),
        "pages_below_0.5_warned": sum(1 for f, *_, w in rows if f < 0.5 and w),
        "wide_script_pages": len(wide),
        **({"wide_script_word_f1": round(statistics.fmean(w for w, _ in wide), 4),
            "wide_script_char_f1": round(statistics.fmean(c for _, c in wide), 4)} if wide else {}),
        **{f"{f}_pct": round(100 * hits[f] / totals[f], 1) for f in META_FIELDS if totals[f]},
        "headline_pct": round(100 * headlines / totals["title"], 1) if totals["title"] else None,
        "byline_names_pct": round(100 * people_hits / totals["byline"], 1) if totals["byline"] else None,
        "byline_by_set": {name: _byline_figures(t) for name, t in sorted(bylines.items())},
        "headline_visible_pct": round(100 * visible_hits / visible, 1) if visible else None,
        "headline_visible_pages": visible,
        "metadata_pages": totals,
        "median_cpu_ms": round(statistics.median(times) * 1000, 2) if times else None,
    }
    out["loss"] = loss_bands(rows)
    if missing:
        out["missing_dumps"] = missing
    if worst:
        out["worst"] = [{"page": f"{s}/{i}", "f1": round(f, 3), "p": round(p, 3), "r": round(r, 3), "warned": w}
                        for f, p, r, s, i, w in sorted(rows)[:worst]]
    return out


LOSS_BANDS = (("collapsed", 0.0, 0.5), ("middle", 0.5, 0.95), ("near", 0.95, 1.01))


def loss_bands(rows: list[tuple]) -> dict:
    """Where the body F1 lost to 1.0 comes from: per band of page F1 (collapsed below 0.5,
    middle 0.5-0.95, near), its pages, its share of the mean gap (the points of F1 it costs
    the average) and its mean precision and recall loss (furniture kept vs article lost)."""
    if not rows:
        return {}
    out = {"gap": round(statistics.fmean(1 - f for f, *_ in rows), 4)}
    for name, lo, hi in LOSS_BANDS:
        band = [(f, p, r) for f, p, r, *_ in rows if lo <= f < hi]
        out[name] = {
            "pages": len(band),
            "gap_points": round(sum(1 - f for f, _, _ in band) / len(rows), 4),
            **({"precision_loss": round(statistics.fmean(1 - p for _, p, _ in band), 3),
                "recall_loss": round(statistics.fmean(1 - r for _, _, r in band), 3)} if band else {}),
        }
    return out


def _byline_figures(t: dict[str, int]) -> dict:
    """One set's byline figures: strict and by-names % of its pages with byline gold, the % whose
    gold names are all in the capture, and, on the pages crediting no person, the % where we
    credit no one either."""
    n = t["pages"]
    out = {"pages": n, **({f"{k}_pct": round(100 * t[k] / n, 1) for k in ("strict", "names", "in_capture")} if n else {})}
    if t["in_capture"]:  # the same two figures over the pages whose byline the capture holds
        out["in_capture_pages"] = t["in_capture"]
        out["in_capture_strict_pct"] = round(100 * t.get("in_capture_strict", 0) / t["in_capture"], 1)
        out["in_capture_names_pct"] = round(100 * t.get("in_capture_names", 0) / t["in_capture"], 1)
    if t.get("no_person_pages"):
        out["no_person_pages"] = t["no_person_pages"]
        out["no_person_none_pct"] = round(100 * t["no_person_credited"] / t["no_person_pages"], 1)
    return out


UNSEEN = HERE.parent / "tests" / "data" / "text" / "unseen"


def unseen_gold_body(text: str, gold: dict) -> str:
    """The gold body of an unseen capture: its paragraphs when the gold lists them (``body``), else
    its lines from ``body_from`` to ``body_to``, without the lines that start with a ``not_body``
    entry."""
    if "body" in gold:
        return "\n".join(gold["body"])
    out, inside = [], False
    for line in (ln.strip() for ln in text.splitlines()):
        inside = inside or line.startswith(gold["body_from"])
        if inside and line and not any(line.startswith(x) for x in gold["not_body"]):
            out.append(line)
        if inside and line.startswith(gold["body_to"]):
            break
    return "\n".join(out)


def html_of_captures(folder: Path) -> dict[str, str]:
    """Each capture's HTML page, as the folder's build.sh dumps it ("... html/P.html ... > C.txt")."""
    build_script = folder / "build.sh"
    if not build_script.exists():
        return {}
    pairs = re.findall(r"html/(\S+\.html)\b.*?>\s*(\S+\.txt)", build_script.read_text(encoding="utf-8"))
    found = {capture: page for page, capture in pairs}
    # A build.sh that dumps through shell functions ("w3m80 de-page" writing de-page-w3m80.txt)
    # names no capture beside its page: a capture is then the page whose name opens its own.
    stems = sorted((p.stem for p in (folder / "html").glob("*.html")), key=len, reverse=True)
    for capture in (p.name for p in folder.glob("*.txt")):
        page = next((s for s in stems if capture.startswith(s + "-")), None)
        if capture not in found and page:
            found[capture] = page + ".html"
    return found


def ours_html(path: Path) -> dict:
    """The HTML path's reading of a page, in the fields ``ours`` gives for a capture."""
    article = extract_path(path)
    return {"body": "\n\n".join(x for x in (article.lead, article.text) if x), "title": article.title,
            "byline": ", ".join(article.authors) or None, "date": article.published}


def score_unseen(folder: Path = UNSEEN, html: bool = False) -> dict:
    """Our scores on the captures written for the project that no rule was tuned on; html: on the
    HTML pages they were dumped from instead (each page once, against its first capture's gold),
    to set the text path beside the HTML path on the same pages."""
    golds = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    sources = html_of_captures(folder) if html else {}
    if html and not sources:
        raise SystemExit(f"{folder}: no build.sh naming the HTML page of each capture")
    pages = {}
    for name, gold in sorted(golds.items()):
        if name.startswith("_"):
            continue
        text = (folder / name).read_text(encoding="utf-8")
        if html:
            name = sources[name]
            if name in pages:
                continue
        started = time.process_time()
        got = ours_html(folder / "html" / name) if html else ours(text, name)
        cpu = time.process_time() - started
        gold_body = unseen_gold_body(text, gold)
        f1 = shingle_prf(got["body"], gold_body)[2]
        pages[name] = {
            "f1": round(f1, 4),
            # a page mostly in a script without spaces scored by character shingles (as on the dev set)
            "f1_wide_by_chars": round(char_shingle_prf(got["body"], gold_body)[2] if wide_script(gold_body) else f1, 4),
            "wide_script": wide_script(gold_body),
            "title": normalise("title", got["title"]) == normalise("title", gold["title"]),
            "byline": normalise("byline", got["byline"]) == normalise("byline", ", ".join(gold["authors"])),
            "byline_names": byline_names_match(got["byline"], ", ".join(gold["authors"])),
            "date": normalise("date", got["date"]) == normalise("date", gold["date"]),
            "got": {k: got[k] for k in ("title", "byline", "date")},
            "cpu_ms": round(cpu * 1000, 2),
        }
    n = len(pages) or 1
    return {"pages": len(pages), "f1": round(statistics.fmean(p["f1"] for p in pages.values()), 4),
            "f1_wide_by_chars": round(statistics.fmean(p["f1_wide_by_chars"] for p in pages.values()), 4),
            "wide_script_pages": sum(p["wide_script"] for p in pages.values()),
            **{f"{f}_pct": round(100 * sum(p[f] for p in pages.values()) / n, 1) for f in ("title", "byline", "byline_names", "date")},
            "per_page": pages}


def run(shared_data: Path = DEFAULT_SHARED, limit: int | None = None, split: str = "held_out",
        forms: tuple[str, ...] = FORMS, peers: bool = False, worst: int = 0, show: str | None = None,
        sets: tuple[str, ...] = ()) -> dict:
    manifest = load_manifest()
    if manifest is None:
        msg = f"no text dev set in {CACHE}: run benchmarks/build_text_devset.py (or --build)"
        print(msg, file=sys.stderr)
        return {"benchmark": "text", "error": msg}
    pages = [p for p in manifest["pages"] if split == "all" or part_of(p["set"], p["id"]) == split]
    if sets:
        pages = [p for p in pages if p["set"] in sets]
    pages = pages[: limit or None]
    warnings.filterwarnings("ignore")
    systems = {"sidebyside": ours}
    if peers:
        systems["trafilatura (same text)"] = trafilatura_peer
    result: dict = {"benchmark": "text captures", "split": split,
                    "load_average": os.getloadavg(),
                    "metric": "body: AEB word 4-gram shingle F1 of lead + text; metadata: strict match %",
                    "forms": {}}
    for form in forms:
        result["forms"][form] = {name: score_form(form, pages, fn, worst if name == "sidebyside" else 0,
                                                  show if name == "sidebyside" else None)
                                 for name, fn in systems.items()}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared-data", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--split", choices=("held_out", "read", "tune", "all"), default="held_out",
                        help="held_out: the measured two thirds of the held-out pages; read: the third read and learnt from")
    parser.add_argument("--forms", default=",".join(f for f in FORMS if (CACHE / f).is_dir()),
                        help="the forms to score (default: those whose dumps are built)")
    parser.add_argument("--sets", default="", help="aeb,readability,fixture,made (default all)")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--peers", action="store_true", help="score trafilatura on the same text too")
    parser.add_argument("--worst", type=int, default=0)
    parser.add_argument("--show", choices=META_FIELDS, default=None)
    parser.add_argument("--build", action="store_true", help="build the missing dumps first")
    parser.add_argument("--unseen", action="store_true",
                        help="score the unseen captures of tests/data/text/unseen instead of the dev set")
    parser.add_argument("--unseen-dir", type=Path, default=UNSEEN, help="another folder of unseen captures")
    parser.add_argument("--html", action="store_true",
                        help="with --unseen: score the HTML pages the captures were dumped from (a folder with build.sh)")
    args = parser.parse_args()
    if args.unseen:
        print(json.dumps({"benchmark": "text captures, unseen",
                          "load_average": os.getloadavg(), **score_unseen(args.unseen_dir, args.html)}, indent=1, ensure_ascii=False))
        return
    forms = tuple(f for f in args.forms.split(",") if f)
    if args.build:
        build(args.shared_data, forms, None, 2)
    result = run(args.shared_data, args.limit, args.split, forms, args.peers, args.worst, args.show,
                 tuple(s for s in args.sets.split(",") if s))
    print(json.dumps(result, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
