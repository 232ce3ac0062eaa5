"""Shared quotations on real pairs: precision and recall of compare()'s shared quotes against a
hand-judged gold (benchmarks/data/shared_quotes/gold.json) on ECB+ document pairs about the same
event, read from the shared development data (``../shared/data/ecbplus``).

Every pair of quoted passages of the two texts that share two content words (or the same words)
was read and judged: the same utterance quoted by both, or not. A shared quote the program finds
matches a judged one when its spans overlap both of the judged passages. Precision: found pairs
judged the same utterance / found pairs (a found pair nobody judged is listed with --show and
counted as wrong until judged); recall: judged same utterances found / judged same utterances.
The document pairs are split by a stable hash of their id (SHA-1, even: tune, odd: held-out).
Prints JSON, with the teaching cue's counts (shared quotes credited to different speakers).

    .venv/bin/python benchmarks/shared_quotes.py [--data DIR] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "src"))
sys.path.insert(0, str(REPO_DIR / "benchmarks"))

from common import data_holding  # noqa: E402

from sidebyside.compare import compare  # noqa: E402
from sidebyside.model import Article, Source  # noqa: E402

GOLD = REPO_DIR / "benchmarks" / "data" / "shared_quotes" / "gold.json"



def part_of(pair_id: str) -> str:
    return "tune" if int(hashlib.sha1(pair_id.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder (holding ecbplus/)")
    parser.add_argument("--show", action="store_true", help="list misses and unjudged finds of the tune part")
    args = parser.parse_args(argv)
    data = args.data or data_holding("ecbplus")
    if data is None:
        sys.stderr.write("shared_quotes benchmark: no ../shared/data/ecbplus found (give --data)\n")
        return 2
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    corpus = json.loads((data / "ecbplus" / "gold.json").read_text(encoding="utf-8"))
    paths = {d["id"]: data / "ecbplus" / d["path"] for d in corpus["documents"]}
    pairs = {p["id"]: p for p in corpus["pairs"]}
    judged: dict[str, list[dict]] = {}
    for item in gold["judged"]:
        judged.setdefault(item["pair"], []).append(item)
    counts = {part: {"found": 0, "found_same": 0, "found_unjudged": 0, "gold_same": 0, "gold_found": 0,
                     "speaker_contrasts": 0} for part in ("tune", "heldout")}
    for pair_id in gold["pairs"]:
        pair = pairs[pair_id]
        part = part_of(pair_id)
        c = counts[part]
        texts = [paths[pair[side]].read_text(encoding="utf-8") for side in ("a", "b")]
        result = compare(*(Article(source=Source(path=None, format="text"), text=t) for t in texts))
        items = judged.get(pair_id, [])
        hit_items: set[int] = set()
        for sq in result.shared_quotes:
            c["found"] += 1
            c["speaker_contrasts"] += getattr(sq, "speaker_contrast", None) is not None
            match = [k for k, it in enumerate(items)
                     if _overlaps(sq.a.start, sq.a.end, it["a_start"], it["a_end"])
                     and _overlaps(sq.b.start, sq.b.end, it["b_start"], it["b_end"])]
            if any(items[k]["same"] for k in match):
                c["found_same"] += 1
                hit_items.update(k for k in match if items[k]["same"])
            elif not match:
                c["found_unjudged"] += 1
                if args.show and part == "tune":
                    print(f"unjudged {pair_id} {texts[0][sq.a.start:sq.a.end][:70]!r} | {texts[1][sq.b.start:sq.b.end][:70]!r}",
                          file=sys.stderr)
            elif args.show and part == "tune":
                print(f"wrong    {pair_id} {texts[0][sq.a.start:sq.a.end][:70]!r} | {texts[1][sq.b.start:sq.b.end][:70]!r}",
                      file=sys.stderr)
        for k, it in enumerate(items):
            if it["same"]:
                c["gold_same"] += 1
                c["gold_found"] += k in hit_items
                if args.show and part == "tune" and k not in hit_items:
                    print(f"missed   {pair_id} {it['a_text'][:70]!r} | {it['b_text'][:70]!r}", file=sys.stderr)
    out: dict = {"benchmark": "shared_quotes"}
    for part, c in counts.items():
        out[part] = {
            "document_pairs": sum(1 for p in gold["pairs"] if part_of(p) == part),
            **c,
            "precision": round(c["found_same"] / c["found"], 4) if c["found"] else None,
            "recall": round(c["gold_found"] / c["gold_same"], 4) if c["gold_same"] else None,
        }
    out["load_average"] = list(os.getloadavg())
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
