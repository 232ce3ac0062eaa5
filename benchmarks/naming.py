"""Score the naming analysis (framing.label_contrasts) on the ECB+ entity-naming pairs.

The data and its scorer are ``ecbplus/`` of the shared data folder (gold.json, score_naming.py).
The comparison runs in this process (extract + compare, as ``sidebyside compare`` does) and its
JSON is scored by the data set's own scorer functions (imported from score_naming.py), so the
numbers are those of ``score_naming.py --cmd sidebyside`` without a process per pair.

The pairs are split by topic (a stable hash of the topic number), so the vocabulary of one event
never leaks from the part tuned on into the part only measured. Both parts are printed, labelled
"tune" and "held_out"; only "held_out" is a measurement.

Mentions outside the body (``field`` "title" or "lead") are left out of what is scored: their
offsets are not into ``articles[i].text``, which is all the scorer maps. Each part's
"with_headline" scores the same comparisons with each article's headline put back above its
text (an ECB+ capture's first paragraph is its headline, which extraction moves into ``title``),
so a contrast the app shows in the headline counts where the capture has it.

    .venv/bin/python benchmarks/naming.py [--data DIR] [--part tune|held_out|all] [--limit N]
        [--show] [--save DIR] [--speed-words N] [--classes]

The tune part is also scored in two halves ("half_0", "half_1", by a stable hash of the pair
id): a rule chosen while watching one half is kept only if it holds on the other.

"speed" (no data needed): CPU seconds of the whole framing analysis (tokens, entity chunking,
referent chains, label contrasts, only-in, and the other framing stages) and of the entity
chunking alone (tokens included), for a pair of pages made of N capitalised words each (default
200,000) and for a quarter of that, to show both grow linearly.

--data defaults to $SIDEBYSIDE_SHARED_DATA, else the first of ../shared/data (next to the
repository) and /work/shared/data that exists. --show prints each pair's predictions and gold
(of the tune part only unless --part says otherwise). --classes adds each part's "classes": its
contrasts counted by kind and category with the scorer's verdict on each alone (right, assigned
to a same-name chain, unassigned in annotated sentences, outside them). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "src"))

from sidebyside.compare import compare  # noqa: E402
from sidebyside.extract import extract_path  # noqa: E402
from sidebyside.model import comparison_to_json  # noqa: E402

SPLIT_SALT = "naming-split-1"
HALF_SALT = "naming-tune-half-1"
PARTS = ("tune", "held_out")


def data_dir(given: str | None) -> Path:
    candidates = [given, os.environ.get("SIDEBYSIDE_SHARED_DATA"), REPO_DIR.parent / "shared" / "data", "/work/shared/data"]
    for c in candidates:
        if c and (Path(c) / "ecbplus" / "gold.json").is_file():
            return Path(c) / "ecbplus"
    print("ECB+ data not found (give --data DIR holding ecbplus/, or set SIDEBYSIDE_SHARED_DATA)", file=sys.stderr)
    raise SystemExit(2)


def part_of_topic(topic: int) -> str:
    """A stable half of the topics is held out: the hash of the topic number decides."""
    digest = hashlib.sha1(f"{SPLIT_SALT}:{topic}".encode()).hexdigest()
    return "held_out" if int(digest, 16) % 2 else "tune"


def half_of_pair(pair_id: str) -> str:
    """The tune pairs fall in two halves by a stable hash of the pair id: a rule is chosen on one
    half and kept only if it helps (or does not hurt precision on) the other."""
    return "half_1" if int(hashlib.sha1(f"{HALF_SALT}:{pair_id}".encode()).hexdigest(), 16) % 2 else "half_0"


def load_scorer(base: Path):
    spec = importlib.util.spec_from_file_location("score_naming", base / "score_naming.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def text_mentions_only(out: dict) -> dict:
    """The comparison JSON with headline/lead mentions dropped from label contrasts."""
    for contrast in out["framing"]["label_contrasts"]:
        for side in ("a", "b"):
            contrast[side] = [m for m in contrast[side] if m.get("field", "text") == "text"]
    return out


def with_headline(out: dict) -> dict:
    """The comparison JSON as the scorer reads it, with each article's headline put back above
    its text (an ECB+ capture's first paragraph is its headline, which extraction moves into
    ``title``): headline mentions are scored at their place, body offsets shifted past it;
    standfirst mentions are dropped (the captures have none)."""
    shift = []
    for article in out["articles"]:
        title = (article.get("title") or "").strip()
        if title and article.get("text", "").startswith(title):
            title = ""  # already there
        article["text"] = f"{title}\n\n{article['text']}" if title else article["text"]
        shift.append(len(title) + 2 if title else 0)
    for contrast in out["framing"]["label_contrasts"]:
        for index, side in enumerate(("a", "b")):
            kept = []
            for m in contrast[side] + list(contrast.get("headings", [[], []])[index] or []):
                field = m.get("field", "text")
                if field == "text":
                    kept.append({**m, "start": m["start"] + shift[index], "end": m["end"] + shift[index]})
                elif field == "title" and shift[index]:
                    kept.append(m)
            contrast[side] = kept
    return out


def summarise(scorer, tot: collections.Counter, by_type: dict, cpu: float, pairs: int) -> dict:
    ratio = scorer.ratio
    recall, precision = ratio(tot["found"], tot["gold"]), ratio(tot["correct"], tot["predicted"])
    return {
        "pairs": pairs,
        "gold": tot["gold"],
        "predicted": tot["predicted"],
        "correct": tot["correct"],
        "found": tot["found"],
        "recall": _round(recall),
        "precision": _round(precision),
        "precision_in_annotated": _round(ratio(tot["correct"], tot["predicted"] - tot["outside_annotated"])),
        "recall_of_mappable": _round(ratio(tot["found"], tot["gold"] - tot["gold_unmapped"])),
        "assigned_to_same_name_chain": tot["same_name_chain"],
        "unassigned": tot["unassigned"],
        "outside_annotated": tot["outside_annotated"],
        "gold_unmapped": tot["gold_unmapped"],
        # Times ("Friday" / "on Friday night") weigh least in the naming table (see
        # docs/json-fields.md): recall without them is the figure of persons, groups and places.
        "recall_without_time": _round(ratio(
            sum(v["found"] for t, v in by_type.items() if t != "TIME"),
            sum(v["gold"] for t, v in by_type.items() if t != "TIME"),
        )),
        "recall_by_type": {t: _round(ratio(v["found"], v["gold"])) for t, v in sorted(by_type.items())},
        "gold_by_type": {t: v["gold"] for t, v in sorted(by_type.items())},
        "cpu_s_per_pair": round(cpu / pairs, 4) if pairs else None,
    }


def _round(value: float | None) -> float | None:
    return round(value, 4) if value is not None else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="folder holding ecbplus/ (default: see the module docstring)")
    parser.add_argument("--part", choices=PARTS + ("all",), default="all")
    parser.add_argument("--limit", type=int, help="score only the first N pairs of each part")
    parser.add_argument("--show", action="store_true", help="print each pair's predictions (stderr)")
    parser.add_argument("--save", help="folder to write each pair's comparison JSON into")
    parser.add_argument("--speed-words", type=int, default=200_000, help="capitalised words per page (0: skip)")
    parser.add_argument("--no-ecb", action="store_true", help="only the speed part")
    parser.add_argument("--classes", action="store_true",
                        help="also count each part's contrasts by kind and category, right or wrong")
    args = parser.parse_args()
    report: dict = {"set": "ecbplus-naming", "split": f"by topic, sha1('{SPLIT_SALT}:<topic>') % 2"}
    if args.speed_words:
        report["speed"] = speed(args.speed_words)
    if args.no_ecb:
        report["loadavg"] = [round(x, 2) for x in os.getloadavg()]
        print(json.dumps(report, ensure_ascii=False))
        return

    base = data_dir(args.data)
    scorer = load_scorer(base)
    gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
    docs = {d["id"]: d for d in gold["documents"]}
    wanted = PARTS if args.part == "all" else (args.part,)
    save = Path(args.save) if args.save else None
    if save:
        save.mkdir(parents=True, exist_ok=True)

    articles: dict[str, object] = {}
    texts_cache: dict = {}
    for part in wanted:
        pairs = [p for p in gold["pairs"] if part_of_topic(p["topic"]) == part][: args.limit]
        tot: collections.Counter = collections.Counter()
        by_type: dict = collections.defaultdict(collections.Counter)
        tot_headed: collections.Counter = collections.Counter()
        by_type_headed: dict = collections.defaultdict(collections.Counter)
        cpu = 0.0
        halves: dict = collections.defaultdict(lambda: (collections.Counter(), collections.defaultdict(collections.Counter)))
        classes: dict = collections.defaultdict(collections.Counter)
        for pair in pairs:
            for doc_id in (pair["a"], pair["b"]):
                if doc_id not in articles:
                    articles[doc_id] = extract_path(base / docs[doc_id]["path"])
            start = time.process_time()
            comparison = compare(articles[pair["a"]], articles[pair["b"]])
            cpu += time.process_time() - start
            full = comparison_to_json(comparison)
            headed = with_headline(json.loads(json.dumps(full)))
            out = text_mentions_only(full)
            if save:
                (save / f"{pair['id']}.json").write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
            t, bt = scorer.score_pair(pair, docs, base, out, texts_cache)
            tot.update(t)
            for k, v in bt.items():
                by_type[k].update(v)
            if part == "tune":
                half_tot, half_types = halves[half_of_pair(pair["id"])]
                half_tot.update(t)
                for k, v in bt.items():
                    half_types[k].update(v)
            t, bt = scorer.score_pair(pair, docs, base, headed, texts_cache)
            tot_headed.update(t)
            for k, v in bt.items():
                by_type_headed[k].update(v)
            if args.show:
                _show(pair, out, t)
            if args.classes:
                for key, verdict in verdicts(scorer, pair, docs, base, out, texts_cache):
                    classes[key][verdict] += 1
        report[part] = summarise(scorer, tot, by_type, cpu, len(pairs))
        for half, (half_tot, half_types) in sorted(halves.items()):
            report[part][half] = summarise(scorer, half_tot, half_types, 0.0, sum(
                1 for p in pairs if half_of_pair(p["id"]) == half))
        report[part]["topics"] = sorted({p["topic"] for p in pairs})
        if args.classes:
            report[part]["classes"] = {k: dict(v) for k, v in sorted(
                classes.items(), key=lambda kv: -(kv[1]["unassigned"] + kv[1]["same_name_chain"]))}
        # the same, with each headline scored where the capture has it (with_headline)
        report[part]["with_headline"] = summarise(scorer, tot_headed, by_type_headed, cpu, len(pairs))
    report["loadavg"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(report, ensure_ascii=False))


def speed(words: int) -> dict:
    """CPU seconds of analyse_framing on two pages of capitalised words (a hostile input)."""
    import random

    from sidebyside.compare.entities import EntityFinder
    from sidebyside.compare.framing import analyse_framing
    from sidebyside.compare.termdata import lexicon
    from sidebyside.compare.tokens import tokenize
    from sidebyside.model import Article, Source

    rng = random.Random(1)
    vocabulary = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet"]
    out = {}
    for n in (words // 4, words):
        pages = [
            Article(source=Source(path=None, format="text"), text=" ".join(rng.choice(vocabulary) for _ in range(n)))
            for _ in range(2)
        ]
        start = time.process_time()
        analyse_framing(*pages)
        out[f"framing_cpu_s_{n}_words"] = round(time.process_time() - start, 3)
        finder = EntityFinder(lexicon())
        start = time.process_time()
        for page in pages:
            finder.find(page.text, tokenize(page.text))
        out[f"entity_chunking_cpu_s_{n}_words"] = round(time.process_time() - start, 3)
    return out


def verdicts(scorer, pair: dict, docs: dict, base: Path, out: dict, texts_cache: dict):
    """Each contrast's class ("<kind> / <category>") and the scorer's verdict on it alone:
    "right", "same_name_chain", "unassigned" (in annotated sentences) or "outside_annotated"."""
    for contrast in out["framing"]["label_contrasts"]:
        alone = {**out, "framing": {**out["framing"], "label_contrasts": [contrast]}}
        t, _ = scorer.score_pair(pair, docs, base, alone, texts_cache)
        verdict = ("right" if t["correct"] else "same_name_chain" if t["same_name_chain"]
                   else "outside_annotated" if t["outside_annotated"] else "unassigned")
        yield f"{contrast.get('kind') or 'family'} / {contrast.get('category')}", verdict


def _show(pair: dict, out: dict, tot: collections.Counter) -> None:
    print(f"== {pair['id']} {pair['a']} | {pair['b']}  found {tot['found']}/{tot['gold']} "
          f"correct {tot['correct']}/{tot['predicted']}", file=sys.stderr)
    for chain in pair["chains"]:
        mark = "*" if chain["contrast"] else " "
        print(f"  gold{mark} {chain['type']:7} {chain['a']} | {chain['b']}", file=sys.stderr)
    for contrast in out["framing"]["label_contrasts"]:
        a = sorted({m["text"] for m in contrast["a"]})
        b = sorted({m["text"] for m in contrast["b"]})
        print(f"  pred  {contrast['entity']!r}: {a} | {b}", file=sys.stderr)


if __name__ == "__main__":
    main()
