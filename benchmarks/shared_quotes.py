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

    .venv/bin/python benchmarks/shared_quotes.py [--data DIR] [--show] [--candidates]

--candidates prints (JSON) every candidate pair of quoted passages of the gold's document pairs
that is not judged yet, for a person to read and judge: passages are what the app finds in
quotation marks and, independently of it, every run of text between a pair of double (or curly
single) marks inside one paragraph, so a passage the app misses is still judged.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "benchmarks"))  # common.py, and the scripts' shared helpers
import common  # noqa: E402,F401  (this checkout's src first, or SIDEBYSIDE_SRC's with its data)

from common import data_or_exit  # noqa: E402

from sidebyside.compare import compare  # noqa: E402
from sidebyside.model import Article, Source  # noqa: E402

GOLD = REPO_DIR / "benchmarks" / "data" / "shared_quotes" / "gold.json"



def part_of(pair_id: str) -> str:
    return "tune" if int(hashlib.sha1(pair_id.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


_LIBERAL_QUOTE = re.compile(r'"([^"\n]+)"|“([^”\n]+)”|‘([^’\n]+)’(?!\w)')
_WORDS = re.compile(r"\w+(?:['’\-]\w+)*")


def quoted_passages(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted passage: the app's parts and every marked run in a paragraph."""
    from sidebyside.compare.quotes import find_quotes

    spans = {(q.start, q.end) for q in find_quotes(text)}
    for m in _LIBERAL_QUOTE.finditer(text):
        k = next(i for i in (1, 2, 3) if m.group(i) is not None)
        lo, hi = m.start(k), m.end(k)
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",;:"):
            hi -= 1
        if hi > lo:
            spans.add((lo, hi))
    return sorted(spans)


def candidates(texts: tuple[str, str]) -> list[tuple[int, int, int, int]]:
    """Pairs of quoted passages sharing two content words, or the very same words."""
    from sidebyside.compare.text import is_content

    out = []
    side = [[(lo, hi, [w.lower() for w in _WORDS.findall(t, lo, hi)]) for lo, hi in quoted_passages(t)] for t in texts]
    for a0, a1, wa in side[0]:
        ca = {w for w in wa if is_content(w)}
        for b0, b1, wb in side[1]:
            if len(ca & {w for w in wb if is_content(w)}) >= 2 or (wa and wa == wb):
                out.append((a0, a1, b0, b1))
    return out


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder (holding ecbplus/)")
    parser.add_argument("--show", action="store_true", help="list misses and unjudged finds of the tune part")
    parser.add_argument("--unjudged", action="store_true",
                        help="list the finds of both parts that nobody judged yet (to judge them, not to tune on)")
    parser.add_argument("--contrasts", action="store_true", help="list the speaker contrasts (to read whether each is true)")
    parser.add_argument("--candidates", action="store_true", help="print the candidate pairs not judged yet")
    args = parser.parse_args(argv)
    data = data_or_exit(args.data, "ecbplus", "shared_quotes")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    corpus = json.loads((data / "ecbplus" / "gold.json").read_text(encoding="utf-8"))
    paths = {d["id"]: data / "ecbplus" / d["path"] for d in corpus["documents"]}
    pairs = {p["id"]: p for p in corpus["pairs"]}
    pairs.update({p["id"]: p for p in gold.get("extra_pairs", ())})  # more same-sub-topic pairs, read for this gold
    judged: dict[str, list[dict]] = {}
    for item in gold["judged"]:
        judged.setdefault(item["pair"], []).append(item)
    if args.candidates:
        todo = []
        for pair_id in gold["pairs"]:
            pair = pairs[pair_id]
            texts = tuple(paths[pair[side]].read_text(encoding="utf-8") for side in ("a", "b"))
            seen = {(it["a_start"], it["a_end"], it["b_start"], it["b_end"]) for it in judged.get(pair_id, ())}
            for span in candidates(texts):
                if span not in seen:
                    a0, a1, b0, b1 = span
                    todo.append({"pair": pair_id, "a": pair["a"], "b": pair["b"], "a_start": a0, "a_end": a1,
                                 "b_start": b0, "b_end": b1, "a_text": texts[0][a0:a1], "b_text": texts[1][b0:b1]})
        print(json.dumps(todo, indent=1, ensure_ascii=False))
        return 0
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
            contrast = getattr(sq, "speaker_contrast", None)
            c["speaker_contrasts"] += contrast is not None
            if args.contrasts and contrast is not None:
                print(f"contrast {part} {pair_id} {contrast}: {sq.speaker_a!r} / {sq.speaker_b!r}: "
                      f"{texts[0][sq.a.start:sq.a.end][:60]!r}", file=sys.stderr)
            match = [k for k, it in enumerate(items)
                     if _overlaps(sq.a.start, sq.a.end, it["a_start"], it["a_end"])
                     and _overlaps(sq.b.start, sq.b.end, it["b_start"], it["b_end"])]
            if any(items[k]["same"] for k in match):
                c["found_same"] += 1
                hit_items.update(k for k in match if items[k]["same"])
            elif not match:
                c["found_unjudged"] += 1
                if (args.show and part == "tune") or args.unjudged:
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
