"""PDF extraction: body F1 and headline accuracy on dev pages printed to PDF by Chromium, as JSON.

Usage: python benchmarks/pdf.py [--dir DIR] [--part held-out|tune|all] [--show N]

The PDFs come from benchmarks/pdf_devset.py (run it first; it needs the Debian package
`chromium`). Body: the AEB shingle F1 (benchmarks/common.py) of each printed AEB page against
its gold body. Headline: the share of printed Readability pages whose extracted title equals the
page's labelled title after the Readability benchmark's normalisation (case, quotes, spaces).
Pages are split by a stable hash of their id (pdf_devset.is_held_out): rules are tuned on the
tune part; the held-out part is only measured. For scale, "html" scores our HTML extractor on
the same pages' HTML, and "all_text" the PDF's whole text (no extraction).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_readability import normalise  # noqa: E402
from common import load_aeb, require_shared_data, shingle_prf  # noqa: E402
from pdf_devset import DEFAULT_OUT, is_held_out, with_print_header  # noqa: E402

from sidebyside.capture import load_capture  # noqa: E402
from sidebyside.errors import SideBySideError  # noqa: E402
from sidebyside.extract import extract  # noqa: E402


def _in_part(page_id: str, part: str) -> bool:
    return part == "all" or (part == "held-out") == is_held_out(page_id)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--part", choices=("held-out", "tune", "all"), default="held-out")
    parser.add_argument("--show", type=int, default=0, help="print the N worst pages to stderr")
    args = parser.parse_args()
    shared = require_shared_data()
    if not args.dir.is_dir():
        print(f"no printed pages in {args.dir}: run benchmarks/pdf_devset.py first", file=sys.stderr)
        raise SystemExit(2)

    body: dict[str, list] = {"pdf": [], "all_text": [], "header": [], "no_header": []}
    times, failures, worst = [], [], []
    for page_id, _html, truth, _url in load_aeb(shared):
        pid = "aeb-" + page_id
        pdf = args.dir / f"{pid}.pdf"
        if not pdf.exists() or not _in_part(pid, args.part):
            continue
        started = time.process_time()
        try:
            capture = load_capture(pdf)
            article = extract(capture)
            text = article.text
        except SideBySideError as exc:
            failures.append(f"{pid}: {exc.reason}")
            text, capture = "", None
        times.append(time.process_time() - started)
        prf = shingle_prf(text, truth)
        body["pdf"].append(prf)
        body["header" if with_print_header(pid) else "no_header"].append(prf)
        body["all_text"].append(shingle_prf(capture.content.replace("\f", "\n") if capture else "", truth))
        worst.append((prf[2], pid, prf))

    titles = {"match": 0, "pages": 0, "outlet_found": 0}
    misses = []
    root = shared / "readability" / "pages"
    for folder in sorted(root.iterdir()):
        pid = "readability-" + folder.name
        pdf = args.dir / f"{pid}.pdf"
        labels_path = folder / "expected-metadata.json"
        if not pdf.exists() or not labels_path.exists() or not _in_part(pid, args.part):
            continue
        label = json.loads(labels_path.read_text(encoding="utf-8")).get("title")
        if not label:
            continue
        try:
            article = extract(load_capture(pdf))
            title, outlet = article.title, article.outlet
        except SideBySideError:
            title = outlet = None
        titles["pages"] += 1
        ok = normalise("title", title) == normalise("title", label)
        titles["match"] += ok
        titles["outlet_found"] += outlet is not None
        if not ok:
            misses.append((pid, title, label))

    def mean(prfs, i):
        return round(statistics.fmean(x[i] for x in prfs), 4) if prfs else None

    result = {
        "part": args.part,
        "body_aeb": {
            name: {"pages": len(v), "precision": mean(v, 0), "recall": mean(v, 1), "f1": mean(v, 2)}
            for name, v in body.items()
        },
        "headline_readability": {
            "pages": titles["pages"],
            "accuracy": round(titles["match"] / titles["pages"], 4) if titles["pages"] else None,
            "outlet_found": titles["outlet_found"],
        },
        "failures": failures,
        "cpu_ms_per_pdf": {
            "median": round(statistics.median(times) * 1000, 1) if times else None,
            "max": round(max(times) * 1000, 1) if times else None,
        },
        "loadavg": os.getloadavg(),
    }
    print(json.dumps(result, indent=1))
    if args.show:
        for f1, pid, prf in sorted(worst)[: args.show]:
            print(f"body {f1:.3f} P {prf[0]:.3f} R {prf[1]:.3f} {pid}", file=sys.stderr)
        for pid, title, label in misses[: args.show]:
            print(f"title {pid}: {title!r} != {label!r}", file=sys.stderr)


if __name__ == "__main__":
    main()
