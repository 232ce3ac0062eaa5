"""Time compare() on article pairs of growing size and fit how the time grows.

Articles are built from the seed captures' sentences (shipped in seeds/, so no shared data is
needed), varied word by word so they do not repeat, with quotes attributed to speakers, and with
shared passages, shared quotes and paraphrased sentences planted in both articles of a pair so the
matching has real work (the planted counts grow with the size). Prints JSON: median seconds per size (words per article), the fitted
exponent of time ~ words^k (log-log least squares), what was found, for a sanity check, and how
many objects one comparison leaves to the cyclic collector (reference cycles: 0 is the aim).

    .venv/bin/python benchmarks/compare.py [--sizes 1000 5000 20000 50000] [--runs 3] [--seed 7]

--seed picks other generated pairs: speed work is tuned on the default pairs (seed 7) and
measured also on pairs it never looked at (another seed).

    .venv/bin/python benchmarks/compare.py --dump out/after.json

--dump writes the comparisons' JSON (no timing) of the seed pair, 20 ECB+ pairs (when the shared
data is there) and three generated pairs, for a speed change to show its output unchanged: dump
with SIDEBYSIDE_SRC=<the old tree's src> too, then cmp the two files.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import random
import statistics
import sys
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "benchmarks"))  # common.py, and the scripts' shared helpers
import common  # noqa: E402,F401  (this checkout's src first, or SIDEBYSIDE_SRC's with its data)

from sidebyside.compare import compare  # noqa: E402
from sidebyside.compare.text import split_sentences  # noqa: E402
from sidebyside.model import Article, Source  # noqa: E402

SEEDS = sorted((REPO_DIR / "seeds").glob("*.txt"))
SPEAKERS = ["the minister said", "Peskov told reporters", "the source said", "he added", "officials said"]
SYLLABLES = "ka ri mo ta len vas dor pi nu shel ga bro tin ve lu sa mar ko dez fi".split()


def _pool() -> list[str]:
    """Sentences of the seed captures (read raw: the benchmark must not depend on the extractor;
    menus and tickers drop out as lines of fewer than eight words or with bullets)."""
    sentences = []
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        for s in split_sentences(text):
            piece = " ".join(text[s.start : s.end].split())
            if 8 <= len(piece.split()) <= 60 and "•" not in piece:
                sentences.append(piece.replace('"', ""))
    return sentences


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def _vary(sentence: str, rng: random.Random, rate: float = 0.35) -> str:
    """Replace about rate of the longer words with invented ones, keeping capitals and numbers."""
    out = []
    for w in sentence.split():
        core = w.strip(".,;:!?")
        if len(core) > 3 and rng.random() < rate:
            new = _word(rng)
            if core[0].isupper():
                new = new.capitalize()
            if core.isdigit():
                new = str(rng.randint(2, 2099))
            w = w.replace(core, new)
        out.append(w)
    return " ".join(out)


def _quote(sentence: str, rng: random.Random) -> str:
    return f'"{sentence.rstrip(".")}," {rng.choice(SPEAKERS)}.'


def build_pair(words: int, seed: int = 7) -> tuple[Article, Article]:
    """Two articles of about `words` words each. Planted in both, at random places: quotes (in B
    sometimes trimmed), wire passages of two or three sentences, and paraphrased sentences."""
    rng = random.Random(seed * 1000003 + words)
    pool = _pool()
    quotes = [_vary(rng.choice(pool), rng) for _ in range(max(2, words // 1500))]
    passages = [[_vary(rng.choice(pool), rng) for _ in range(rng.randint(2, 3))] for _ in range(max(2, words // 1000))]
    paraphrased = [_vary(rng.choice(pool), rng) for _ in range(max(2, words // 500))]
    planted_a = [[_quote(q, rng)] for q in quotes] + passages + [[p] for p in paraphrased]
    planted_b = (
        [[_quote(" ".join(q.split()[rng.choice((0, 0, 3)) :]), rng)] for q in quotes]
        + passages
        + [[_vary(p, rng, rate=0.25)] for p in paraphrased]
    )
    sides = []
    for planted in (planted_a, planted_b):
        units = list(planted)
        count = sum(len(" ".join(u).split()) for u in units)
        while count < words:
            # Filler: a seed sentence with most longer words replaced, so that two fillers from
            # one seed sentence are no more alike than two sentences of real news.
            unit = _vary(rng.choice(pool), rng, rate=0.6)
            if rng.random() < 0.15:
                unit = _quote(unit, rng)
            units.append([unit])
            count += len(unit.split())
        rng.shuffle(units)
        paragraphs, paragraph = [], []
        for unit in units:
            paragraph.extend(unit)
            if len(paragraph) >= rng.randint(2, 5):
                paragraphs.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            paragraphs.append(" ".join(paragraph))
        sides.append(Article(source=Source(path=None, format="text"), text="\n\n".join(paragraphs)))
    return sides[0], sides[1]


def time_compare(a: Article, b: Article, runs: int) -> tuple[float, float, dict]:
    """Median wall and CPU seconds (CPU time is the steadier one on a shared machine)."""
    times, cpu = [], []
    result = None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = compare(a, b)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    assert result is not None
    found = {
        "quotes": [len(result.quotes[0]), len(result.quotes[1])],
        "shared_quotes": len(result.shared_quotes),
        "related_quotes": len(result.related_quotes),
        "shared_passages": len(result.shared_passages),
        "aligned_sentences": len(result.aligned_sentences),
    }
    return statistics.median(times), statistics.median(cpu), found


def cyclic_garbage(a: Article, b: Article) -> int:
    """How many objects one comparison leaves that only the cyclic collector frees (reference
    cycles, and all they hold): it pauses during a comparison and rescans them when it resumes,
    a cost the CPU time includes. 0 when reference counting frees everything."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        compare(a, b)
        return gc.collect()
    finally:
        if was_enabled:
            gc.enable()


def fit_exponent(sizes: list[int], seconds: list[float]) -> float:
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-9)) for t in seconds]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def dump(path: str) -> int:
    """The comparisons' JSON of the real and generated pairs, keyed by pair, to path."""
    from sidebyside.extract import extract_path
    from sidebyside.model import comparison_to_json

    shared = Path(os.environ.get("SIDEBYSIDE_SHARED", "/work/shared"))
    seeds = sorted((shared / "seeds").glob("*.txt"))[:2]
    docs = sorted((shared / "data" / "ecbplus" / "docs").glob("*.txt"))
    pairs = [tuple(seeds)] if len(seeds) == 2 else []
    pairs += [(docs[k], docs[k + 1]) for k in range(0, min(len(docs) - 1, 980), 49)]
    out = {}
    for first, second in pairs:
        out[f"{first.name}|{second.name}"] = comparison_to_json(compare(extract_path(first), extract_path(second)))
    for size, seed in ((10000, 8), (5000, 7), (2000, 3)):
        out[f"generated {size}/{seed}"] = comparison_to_json(compare(*build_pair(size, seed=seed)))
    Path(path).write_text(json.dumps(out, indent=1, sort_keys=True, default=str), encoding="utf-8")
    print(f"{len(out)} comparisons written to {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000, 20000, 50000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7, help="which generated pairs (7: the ones tuned on)")
    parser.add_argument("--dump", metavar="FILE", help="write the comparisons' JSON to FILE instead of timing")
    args = parser.parse_args(argv)
    if args.dump:
        return dump(args.dump)
    if not SEEDS:
        sys.stderr.write(f"compare benchmark: no seed captures under {REPO_DIR / 'seeds'}\n")
        return 2
    rows = []
    compare(*build_pair(300))  # warm up: first-call costs (lazy imports, term lists) are not per-size
    garbage = cyclic_garbage(*build_pair(args.sizes[0], seed=args.seed))
    for size in args.sizes:
        a, b = build_pair(size, seed=args.seed)
        median, median_cpu, found = time_compare(a, b, args.runs)
        rows.append(
            {
                "words": size,
                "chars": [len(a.text), len(b.text)],
                "median_s": round(median, 4),
                "median_cpu_s": round(median_cpu, 4),
                "found": found,
            }
        )
    result = {
        "benchmark": "compare",
        "runs_per_size": args.runs,
        "seed": args.seed,
        "sizes": rows,
        "exponent": round(fit_exponent([r["words"] for r in rows], [r["median_s"] for r in rows]), 3)
        if len(rows) > 1
        else None,
        "exponent_cpu": round(fit_exponent([r["words"] for r in rows], [r["median_cpu_s"] for r in rows]), 3)
        if len(rows) > 1
        else None,
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        # objects left to the cyclic collector by one comparison of the first size's pair
        "cyclic_garbage": {"words": args.sizes[0], "objects": garbage},
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
