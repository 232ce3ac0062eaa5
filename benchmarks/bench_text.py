"""Text-capture extraction benchmark on the AEB pages turned into `w3m -dump` text.

Reads ../shared/data/aeb (html/<id>.html.gz, ground-truth.json; SIDEBYSIDE_SHARED_DATA overrides
the folder); says so and returns an error result when it is missing. Each page is dumped once with
``w3m -dump -T text/html -cols 10000 -O UTF-8`` and cached under benchmarks/.cache/w3m/
(gitignored). ``--cols 80`` scores w3m's default width instead (hard-wrapped paragraphs, which
the extractor joins back; cached under benchmarks/.cache/w3m80/). Score: per page precision/recall/F1 of lower-cased word 4-gram shingles, averaged.

The predicted body is what a reader of the article sees as its prose: the lead (standfirst),
when one is found, followed by Article.text. The truth labels of AEB include the standfirst
on most pages that have one, so leaving it out would only score the split, not the extraction.

``--outlets`` also compares the outlet named by the text capture with the one the HTML
extractor reads from the same page (its meta tags and JSON-LD: the reference), cached under
benchmarks/.cache/html_outlets.json: agreement counts a match (same name, case, a leading
"The", a web suffix and punctuation aside), "none" a text outlet left empty, "wrong" a different name.

Run standalone: ``python benchmarks/bench_text.py [--limit N] [--worst K] [--outlets]`` prints JSON.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache" / "w3m"
DEFAULT_SHARED = Path(os.environ.get("SIDEBYSIDE_SHARED_DATA") or HERE.parent.parent / "shared" / "data")
W3M_ARGS = ["-dump", "-T", "text/html", "-O", "UTF-8"]
WIDE = 10000

try:  # the shared scorer (word 4-gram shingles with counts, as the AEB scorer does)
    sys.path.insert(0, str(HERE))
    from common import shingle_prf  # type: ignore  # noqa: E402
except Exception:  # pragma: no cover - the same metric when run outside the repository
    from collections import Counter

    def _shingles(text: str, n: int = 4) -> Counter:
        words = text.lower().split()
        if len(words) < n:
            return Counter([tuple(words)]) if words else Counter()
        return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))

    def shingle_prf(predicted: str, truth: str) -> tuple[float, float, float]:
        p, t = _shingles(predicted), _shingles(truth)
        if not p or not t:
            return 0.0, 0.0, 0.0
        inter = sum((p & t).values())
        prec, rec = inter / sum(p.values()), inter / sum(t.values())
        f1 = 2 * prec * rec / (prec + rec) if inter else 0.0
        return prec, rec, f1


def _truth(aeb: Path) -> dict[str, str]:
    data = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    return {k: v.get("articleBody") or "" for k, v in data.items()}


def dump_page(aeb: Path, page_id: str, cols: int = WIDE) -> str | None:
    """The cached w3m dump of one page, made on first use; None without w3m."""
    cache = CACHE if cols == WIDE else CACHE.parent / f"w3m{cols}"
    cached = cache / f"{page_id}.txt"
    if cached.exists():
        return cached.read_text(encoding="utf-8", errors="replace")
    w3m = shutil.which("w3m")
    if not w3m:
        return None
    html = gzip.decompress((aeb / "html" / f"{page_id}.html.gz").read_bytes())
    cache.mkdir(parents=True, exist_ok=True)
    tmp = cache / f"{page_id}.html"
    tmp.write_bytes(html)
    try:
        args = [w3m, *W3M_ARGS, "-cols", str(cols), str(tmp)]
        out = subprocess.run(args, capture_output=True, timeout=60).stdout
    finally:
        tmp.unlink(missing_ok=True)
    text = out.decode("utf-8", errors="replace")
    cached.write_text(text, encoding="utf-8")
    return text


def predicted_body(text: str, page_id: str = "page") -> str:
    capture = Capture(source=Source(path=f"{page_id}.txt", format="text"), content=text)
    article = extract_text(capture)
    return "\n\n".join(x for x in (article.lead, article.text) if x)


def _outlet_key(name: str | None) -> str:
    """A name compared loosely: case, a leading "The", a web suffix and punctuation aside."""
    key = " ".join((name or "").lower().split())
    key = key[4:] if key.startswith("the ") else key
    key = re.sub(r"\.(?:com|co\.uk|co|org|net|ca|ie|in|au|info)$", "", key)
    return re.sub(r"\W+", "", key)


def html_outlets(aeb: Path, ids: list[str]) -> dict[str, str | None]:
    """The HTML extractor's outlet for each page (the reference), cached as JSON."""
    from sidebyside.extract.html import extract_html

    cached_file = HERE / ".cache" / "html_outlets.json"
    cached = json.loads(cached_file.read_text(encoding="utf-8")) if cached_file.exists() else {}
    missing = [i for i in ids if i not in cached]
    for page_id in missing:
        html = gzip.decompress((aeb / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        try:
            art = extract_html(Capture(source=Source(path=f"{page_id}.html", format="html"), content=html))
            cached[page_id] = art.outlet
        except Exception:
            cached[page_id] = None
    if missing:
        cached_file.parent.mkdir(parents=True, exist_ok=True)
        cached_file.write_text(json.dumps(cached, indent=0, ensure_ascii=False), encoding="utf-8")
    return {i: cached[i] for i in ids}


def outlet_agreement(aeb: Path, ids: list[str], outlets: dict[str, str | None]) -> dict:
    """How the text capture's outlet compares with the HTML extractor's on the same pages."""
    reference = html_outlets(aeb, ids)
    counts = {"agree": 0, "none": 0, "wrong": 0, "no_reference": 0}
    wrong: list[dict] = []
    for page_id in ids:
        ours, ref = outlets.get(page_id), reference[page_id]
        if not ref:
            counts["no_reference"] += 1
        elif not ours:
            counts["none"] += 1
        elif _outlet_key(ours) == _outlet_key(ref):
            counts["agree"] += 1
        else:
            counts["wrong"] += 1
            wrong.append({"id": page_id, "text": ours, "html": ref})
    named = counts["agree"] + counts["wrong"]
    counts["precision"] = round(counts["agree"] / named, 3) if named else 0.0
    return {**counts, "wrong_examples": wrong[:15]}


def run(
    shared_data: Path = DEFAULT_SHARED, limit: int | None = None, worst: int = 0, cols: int = WIDE,
    outlets: bool = False,
) -> dict:
    aeb = Path(shared_data) / "aeb"
    if not (aeb / "ground-truth.json").exists():
        msg = f"{aeb} is missing: no benchmark run"
        print(msg, file=sys.stderr)
        return {"benchmark": "text", "error": msg}
    truth = _truth(aeb)
    ids = sorted(truth)[: limit or None]
    scores: list[tuple[float, float, float, str]] = []
    times: list[float] = []
    named: dict[str, str | None] = {}
    for page_id in ids:
        text = dump_page(aeb, page_id, cols)
        if text is None:
            msg = "w3m is not installed and no cached dumps exist (apt-get install w3m)"
            print(msg, file=sys.stderr)
            return {"benchmark": "text", "error": msg}
        t0 = time.perf_counter()
        try:
            article = extract_text(Capture(source=Source(path=f"{page_id}.txt", format="text"), content=text))
            body = "\n\n".join(x for x in (article.lead, article.text) if x)
            named[page_id] = article.outlet
        except Exception:  # a failure scores 0, like an empty prediction
            body = ""
        times.append((time.perf_counter() - t0) * 1000)
        p, r, f = shingle_prf(body, truth[page_id])
        scores.append((p, r, f, page_id))
    n = len(scores)
    result = {
        "benchmark": f"text (w3m -cols {cols} dumps of aeb)",
        "pages": n,
        "precision": round(sum(s[0] for s in scores) / n, 4) if n else 0.0,
        "recall": round(sum(s[1] for s in scores) / n, 4) if n else 0.0,
        "f1": round(sum(s[2] for s in scores) / n, 4) if n else 0.0,
        "median_ms": round(statistics.median(times), 2) if times else 0.0,
    }
    if worst:
        result["worst"] = [
            {"id": s[3], "p": round(s[0], 3), "r": round(s[1], 3), "f1": round(s[2], 3)}
            for s in sorted(scores, key=lambda s: s[2])[:worst]
        ]
    if outlets:
        result["outlets"] = outlet_agreement(aeb, ids, named)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared-data", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--worst", type=int, default=0)
    parser.add_argument("--cols", type=int, default=WIDE, help="w3m -cols (default 10000; 80 is w3m's own)")
    parser.add_argument("--outlets", action="store_true", help="compare outlets with the HTML extractor's")
    args = parser.parse_args()
    result = run(args.shared_data, args.limit, args.worst, args.cols, args.outlets)
    print(json.dumps(result, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
