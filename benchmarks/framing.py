"""Time and sanity-check the framing analysis (compare.framing.analyse_framing).

- seeds: the seed pair (seeds/, shipped), median of --runs, with what it found;
- ten_k: the seed bodies repeated to ~10,000 words each (the budget is well under 0.3 s);
- aeb: consecutive pairs of the AEB ground-truth bodies (../shared/data/aeb; skipped with a
  note when missing): median and worst time, and how many label contrasts the unrelated pairs
  produce (a false-positive check: unrelated stories should rarely contrast).

Times are CPU seconds of this process (time.process_time), so other jobs on a shared machine
do not inflate them. Prints JSON.

    .venv/bin/python benchmarks/framing.py [--runs 5] [--aeb-limit 180]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "benchmarks"))  # common.py, and the scripts' shared helpers
import common  # noqa: E402,F401  (this checkout's src first, or SIDEBYSIDE_SRC's with its data)

from common import SHARED_DATA  # noqa: E402

from sidebyside.compare.framing import analyse_framing  # noqa: E402
from sidebyside.extract import extract_path  # noqa: E402
from sidebyside.model import Article, Source  # noqa: E402
from sidebyside.resources import seed_pair_paths  # noqa: E402


def _cpu(fn, *args) -> tuple[object, float]:
    start = time.process_time()
    result = fn(*args)
    return result, time.process_time() - start


def _grow(article: Article, words: int) -> Article:
    parts = [article.text]
    while sum(len(p.split()) for p in parts) < words:
        parts.append(article.text)
    return dataclasses.replace(article, text="\n\n".join(parts), blocks=())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--aeb-limit", type=int, default=180)
    args = parser.parse_args()

    a, b = (extract_path(p) for p in seed_pair_paths())
    analyse_framing(a, b)  # load the term lists once
    times = []
    for _ in range(args.runs):
        framing, seconds = _cpu(analyse_framing, a, b)
        times.append(seconds)
    report: dict = {
        "seeds": {
            "median_s": round(statistics.median(times), 4),
            "label_contrasts": [
                {"entity": c.entity, "a": [m.text for m in c.a], "b": [m.text for m in c.b]}
                for c in framing.label_contrasts
            ],
            "sources": [[s.name for s in side] for side in framing.sources],
            "shared_entities": list(framing.shared_entities),
        }
    }
    big_a, big_b = _grow(a, 10_000), _grow(b, 10_000)
    ten_k = [_cpu(analyse_framing, big_a, big_b)[1] for _ in range(args.runs)]
    report["ten_k"] = {
        "words": [len(big_a.text.split()), len(big_b.text.split())],
        "median_s": round(statistics.median(ten_k), 4),
        "max_s": round(max(ten_k), 4),
    }

    truth_path = SHARED_DATA / "aeb" / "ground-truth.json"
    if truth_path.exists():
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        bodies = [v["articleBody"] for _, v in sorted(truth.items()) if v.get("articleBody")][: args.aeb_limit]
        arts = [Article(source=Source(None, "text"), text=t) for t in bodies]
        pair_times, contrasts = [], 0
        for left, right in zip(arts, arts[1:]):
            framing, seconds = _cpu(analyse_framing, left, right)
            pair_times.append(seconds)
            contrasts += len(framing.label_contrasts)
        report["aeb"] = {
            "pairs": len(pair_times),
            "median_s": round(statistics.median(pair_times), 4),
            "max_s": round(max(pair_times), 4),
            "label_contrasts_on_unrelated_pairs": contrasts,
        }
    else:
        report["aeb"] = {"skipped": f"benchmark data not found: {truth_path}"}
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
