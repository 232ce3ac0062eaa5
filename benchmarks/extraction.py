"""Extraction benchmarks; prints one JSON object with a section per set.

    python benchmarks/extraction.py [--set aeb|readability|text|all] [--limit N] [--pages]

Reads the public sets in ../shared/data (env SIDEBYSIDE_SHARED_DATA overrides) and exits 2
with a message when they are missing.

aeb: body extraction on the article extraction benchmark. Our "predicted body" is the text
of the Article, preceded by its lead when the lead was the first block of the page's body
(a visible standfirst that the Article keeps once, as ``lead``); a lead that only exists in
the page's <meta> description is not part of the body. Peers run in the same process on the
same decoded HTML strings: trafilatura (default and favor_precision) and readability-lxml.
Times are CPU milliseconds per page (``time.process_time``: the machine is shared), from the
decoded HTML string to a full Article (to trafilatura's text); the load average is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED_DATA, held_out, load_aeb, require_shared_data, shingle_prf, summarize, timed  # noqa: E402

from sidebyside.model import Capture, Source  # noqa: E402

BLOCKISH = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "br", "pre", "ul", "ol",
            "table", "section", "article", "dd", "dt")


def ours(html: str, url: str) -> str:
    from sidebyside.extract.html import extract_html_detail

    detail = extract_html_detail(Capture(Source(path=None, format="html", url=url or None), html))
    article = detail.article
    if detail.lead_in_body and article.lead:
        return article.lead + "\n\n" + article.text
    return article.text


def _trafilatura(html: str, **options) -> str:
    import trafilatura

    return trafilatura.extract(html, **options) or ""


def _readability(html: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    tree = lxml.html.fromstring(summary)
    for el in tree.iter(*BLOCKISH):  # keep block boundaries as whitespace
        el.tail = "\n" + (el.tail or "")
    return tree.text_content()


def peers() -> dict:
    found = {}
    try:
        import trafilatura  # noqa: F401

        found["trafilatura"] = _trafilatura
        found["trafilatura_precision"] = lambda html: _trafilatura(html, favor_precision=True)
    except ImportError:
        pass
    try:
        import readability  # noqa: F401

        found["readability"] = _readability
    except ImportError:
        pass
    return found


def run_aeb(shared_data: Path, limit: int | None, per_page: bool = False) -> dict:
    pages = load_aeb(shared_data, limit)
    systems = {"sidebyside": None, **peers()}
    prfs: dict[str, list] = {name: [] for name in systems}
    times: dict[str, list] = {name: [] for name in systems}
    errors: dict[str, int] = {name: 0 for name in systems}
    rows = []
    for page_id, html, truth, url in pages:
        row = {"id": page_id}
        for name, fn in systems.items():
            if name == "sidebyside":
                result, seconds = timed(ours, html, url)
            else:
                result, seconds = timed(fn, html)
            if not isinstance(result, str):
                errors[name] += 1
                result = ""
            prf = shingle_prf(result, truth)
            prfs[name].append(prf)
            times[name].append(seconds)
            row[name] = [round(x, 3) for x in prf]
        rows.append(row)
    held = [held_out(row["id"]) for row in rows]

    def part(name: str, want: bool) -> dict:
        return summarize([p for p, h in zip(prfs[name], held) if h == want],
                         [t for t, h in zip(times[name], held) if h == want])

    out = {
        "set": "aeb",
        "metric": "word 4-gram shingles, lower-cased, whitespace-split; per-page P/R/F1 averaged",
        "systems": {name: {**summarize(prfs[name], times[name]), "errors": errors[name]} for name in systems},
        # The stable split of every dev set (common.held_out): report the half rules are not tuned on.
        "held_out": {name: part(name, True) for name in systems},
        "tune": {name: part(name, False) for name in systems},
    }
    if per_page:
        out["pages"] = rows
    return out


def _external_section(module_name: str, shared_data: Path, limit: int | None) -> dict:
    try:
        module = __import__(module_name)
    except ImportError:
        return {"skipped": f"{module_name}.py not present"}
    return module.run(shared_data, limit)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=("aeb", "readability", "text", "all"), default="all")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument("--pages", action="store_true", help="include per-page scores (aeb)")
    args = parser.parse_args(argv)
    shared = require_shared_data(SHARED_DATA)
    report = {"loadavg": list(os.getloadavg())}
    if args.set in ("aeb", "all"):
        report["aeb"] = run_aeb(shared, args.limit, args.pages)
    if args.set in ("readability", "all"):
        report["readability"] = _external_section("bench_readability", shared, args.limit)
    if args.set in ("text", "all"):
        report["text"] = _external_section("bench_text", shared, args.limit)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
