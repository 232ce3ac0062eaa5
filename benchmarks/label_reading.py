"""Precision of label contrasts as a reader judges them, on ECB+ same-event pairs.

``benchmarks/naming.py`` scores contrasts only inside the sentences ECB+ annotates; most
contrasts fall outside them. Here every contrast (``framing.label_contrasts``) of a stable pool
of pairs is looked up in a file judged by hand by reading both articles:
``benchmarks/data/label_reading.json`` (its "rule" field says how a contrast is judged).

The pool: the ECB+ pairs (``ecbplus/gold.json``) whose sha1("label-reading-1:<pair id>") is
divisible by 4. Each pair is in "tune" or "held_out" by its topic, with the rule and salt of
``benchmarks/naming.py`` (so the held-out topics are the same). Only "held_out" is a measurement.

    .venv/bin/python benchmarks/label_reading.py [--data DIR] [--part tune|held_out|all]
        [--unjudged] [--judgements FILE]

--unjudged prints every contrast without a judgement (with the sentence around each label) to
stderr, for a reader to judge. Prints one JSON object: per part, contrasts, judged, right,
precision, and the keys of the judged-wrong contrasts (of the tune part only: the held-out part
prints their count).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import sys
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "benchmarks"))  # common.py, and the scripts' shared helpers
import common  # noqa: E402,F401  (this checkout's src first, or SIDEBYSIDE_SRC's with its data)

from naming import PARTS, data_dir, part_of_topic  # noqa: E402

from sidebyside.compare import compare  # noqa: E402
from sidebyside.extract import extract_path  # noqa: E402
from sidebyside.model import comparison_to_json  # noqa: E402

POOL_SALT = "label-reading-1"
JUDGED = REPO_DIR / "benchmarks" / "data" / "label_reading.json"


def in_pool(pair_id: str) -> bool:
    return int(hashlib.sha1(f"{POOL_SALT}:{pair_id}".encode()).hexdigest(), 16) % 4 == 0


def side_labels(mentions: list[dict]) -> list[str]:
    return sorted({m["text"] for m in mentions})


def contrast_key(pair_id: str, contrast: dict) -> str:
    a, b = side_labels(contrast["a"]), side_labels(contrast["b"])
    return f"{pair_id} | {contrast['entity']} | {' ; '.join(a)} || {' ; '.join(b)}"


def _context(article: dict, mention: dict, width: int = 90) -> str:
    text = article.get(mention.get("field", "text")) or ""
    if isinstance(text, list):
        text = " ".join(text)
    start, end = mention["start"], mention["end"]
    if text[start:end] != mention["text"]:
        return f"[{mention.get('field')}] {mention['text']}"
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"...{left}[[{mention['text']}]]{right}..."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="folder holding ecbplus/ (default: as benchmarks/naming.py)")
    parser.add_argument("--part", choices=PARTS + ("all",), default="all")
    parser.add_argument("--unjudged", action="store_true", help="print unjudged contrasts with context")
    parser.add_argument("--judgements", default=str(JUDGED), help="the judged file")
    args = parser.parse_args()

    base = data_dir(args.data)
    gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
    docs = {d["id"]: d for d in gold["documents"]}
    judged_file = Path(args.judgements)
    judged = json.loads(judged_file.read_text(encoding="utf-8"))["judged"] if judged_file.is_file() else {}
    report: dict = {
        "set": "ecbplus-label-reading",
        "pool": f"sha1('{POOL_SALT}:<pair id>') % 4 == 0; parts by topic as benchmarks/naming.py",
    }
    articles: dict[str, object] = {}
    wanted = PARTS if args.part == "all" else (args.part,)
    for part in wanted:
        pairs = [p for p in gold["pairs"] if in_pool(p["id"]) and part_of_topic(p["topic"]) == part]
        tot: collections.Counter = collections.Counter()
        wrong, by_category = [], collections.defaultdict(collections.Counter)
        for pair in pairs:
            for doc_id in (pair["a"], pair["b"]):
                if doc_id not in articles:
                    articles[doc_id] = extract_path(base / docs[doc_id]["path"])
            out = comparison_to_json(compare(articles[pair["a"]], articles[pair["b"]]))
            for contrast in out["framing"]["label_contrasts"]:
                key = contrast_key(pair["id"], contrast)
                tot["contrasts"] += 1
                verdict = judged.get(key)
                if verdict is None:
                    if args.unjudged:
                        _print_unjudged(key, contrast, out["articles"])
                    continue
                tot["judged"] += 1
                by_category[contrast.get("category", "?")]["judged"] += 1
                if verdict["right"]:
                    tot["right"] += 1
                    by_category[contrast.get("category", "?")]["right"] += 1
                else:
                    wrong.append(key)
        report[part] = {
            "pairs": len(pairs),
            "contrasts": tot["contrasts"],
            "judged": tot["judged"],
            "right": tot["right"],
            "precision": round(tot["right"] / tot["judged"], 4) if tot["judged"] else None,
            "by_category": {c: dict(v) for c, v in sorted(by_category.items())},
            "wrong_count": len(wrong),
            # the measured part's wrong contrasts stay unprinted: rule writers must not read them
            **({"wrong": wrong} if part != "held_out" else {}),
        }
    report["loadavg"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(report, ensure_ascii=False, indent=1))


def _print_unjudged(key: str, contrast: dict, articles: list[dict]) -> None:
    print(f"\n== {key}\n   category {contrast.get('category')} kind {contrast.get('kind')}", file=sys.stderr)
    for index, side in enumerate(("a", "b")):
        seen = set()
        for mention in contrast[side]:
            if mention["text"] in seen:
                continue
            seen.add(mention["text"])
            print(f"   {side}: {_context(articles[index], mention)}", file=sys.stderr)


if __name__ == "__main__":
    main()
