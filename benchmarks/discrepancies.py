"""The "same fact, other numbers" cue on real pairs: how many flagged discrepancies a reader agrees with.

Pairs: ECB+ documents of one sub-topic (real news about one event, ``../shared/data/ecbplus``),
up to ``--per-subtopic`` pairs of each sub-topic, taken in the order of the SHA-1 of
``"<a>|<b>"`` (so the pool is the same on every run). Every discrepancy the comparison flags (a
number, date or place two aligned sentences state differently) is looked up in a hand-judged
gold (benchmarks/data/discrepancies/gold.json): a reader said whether the two values are the
same fact told differently (a true cue) or not (two facts, another scope, a wrong pairing of
numbers). Precision: flags judged true / judged flags; flags nobody judged are counted apart
and listed with --show (judge them before reading a number). Recall cannot be had without
reading every pair in full; "true_found" counts the true cues still flagged, so a change that
loses them shows.

The pairs are split by topic (a stable hash of the topic number): rules were written from
"tune"; "held_out" was judged by a second reader and measured, and then read too, so the number
to quote is "fresh" (--fresh): the next pairs of every sub-topic, judged by a reader who did not
write the rules, before and after, and never read to write one. Once that part had been read, a
second fresh part, "fresh2" (--fresh2: every pair of a sub-topic after the first two blocks of
per-subtopic pairs), was judged on the flags of the rules of its day, before any later rule was
scored on it, by a reader who also writes rules (each such entry says so in its "reader").
These four parts hold every same-sub-topic pair of ECB+, so a third fresh part (--fresh3) cannot
be new pairs. It is the flags no earlier part counts: those on shared passages (near-verbatim
copies, flagged in the app like aligned sentences; the other parts read aligned sentences only),
of every pair, and those on aligned sentences of the pairs on which no flag was ever judged (no
gold entry; "pairs" counts these), in a new hash order (``FRESH3_SALT``). Its flags are judged
(judge "fresh3") on the rules of the day they first appear, before the figure is read.

A measure that needs no judging (--other-event): pairs of one topic whose documents report two
different events of one kind (ECB+ sub-topics: two earthquakes, two shootings), up to
``--per-subtopic`` pairs of each topic; every flag there compares two events and is wrong by
construction (a pair the comparison calls different events gets no aligned sentence, so no
flag). Reported as flags per 100 pairs, split by a stable hash of the pair (rules are read on
"tune" only).

    .venv/bin/python benchmarks/discrepancies.py [--data DIR] [--per-subtopic N] [--fresh | --fresh2 | --fresh3 | --other-event] [--show] [--list]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import sys
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "benchmarks"))  # common.py, and the scripts' shared helpers
import common  # noqa: E402,F401  (this checkout's src first, or SIDEBYSIDE_SRC's with its data)

from common import data_or_exit  # noqa: E402

from sidebyside.compare import compare  # noqa: E402
from sidebyside.compare.relatedness import DIFFERENT  # noqa: E402
from sidebyside.extract import extract_path  # noqa: E402

GOLD = REPO_DIR / "benchmarks" / "data" / "discrepancies" / "gold.json"
SPLIT_SALT = "discrepancy-split-1"
OTHER_EVENT_SALT = "discrepancy-other-event-1"
FRESH3_SALT = "discrepancy-fresh3-1"


def part_of_topic(topic: int) -> str:
    digest = hashlib.sha1(f"{SPLIT_SALT}:{topic}".encode()).hexdigest()
    return "held_out" if int(digest, 16) % 2 else "tune"


def pool(corpus: dict, per_subtopic: int | None, offset: int = 0) -> list[tuple[str, str, int]]:
    """(a, b, topic) for up to per_subtopic document pairs (None: all) of each sub-topic after the
    first offset ones, a stable choice."""
    by_sub: dict[tuple[int, str], list[str]] = {}
    for doc in corpus["documents"]:
        by_sub.setdefault((doc["topic"], doc["subtopic"]), []).append(doc["id"])
    out = []
    for (topic, _), ids in sorted(by_sub.items()):
        pairs = sorted(itertools.combinations(sorted(ids), 2), key=lambda p: hashlib.sha1(f"{p[0]}|{p[1]}".encode()).hexdigest())
        out += [(a, b, topic) for a, b in pairs[offset : None if per_subtopic is None else offset + per_subtopic]]
    return out


def fresh3_pool(corpus: dict, gold: dict) -> tuple[list[tuple[str, str, int]], set[tuple[str, str]]]:
    """(a, b, topic) for every same-sub-topic pair, in the order of sha1(FRESH3_SALT:<a>|<b>), and
    the pairs on which no flag was ever judged (whose aligned sentences fresh3 reads)."""
    judged = {(j["a_doc"], j["b_doc"]) for j in gold["judged"]}
    pairs = sorted(pool(corpus, None), key=lambda p: hashlib.sha1(f"{FRESH3_SALT}:{p[0]}|{p[1]}".encode()).hexdigest())
    return pairs, {(a, b) for a, b, _ in pairs if (a, b) not in judged}


def other_event_pool(corpus: dict, per_topic: int) -> list[tuple[str, str, str]]:
    """(a, b, part) for up to per_topic pairs of each topic whose two documents belong to two
    sub-topics (two events of one kind: two earthquakes, two shootings), a stable choice; part
    by a stable hash of the pair."""
    by_topic: dict[int, list[tuple[str, str]]] = {}
    for doc in corpus["documents"]:
        by_topic.setdefault(doc["topic"], []).append((doc["subtopic"], doc["id"]))
    out = []
    for _, docs in sorted(by_topic.items()):
        pairs = [(a, b) for (sa, a), (sb, b) in itertools.combinations(sorted(docs), 2) if sa != sb]
        pairs.sort(key=lambda p: hashlib.sha1(f"{p[0]}|{p[1]}".encode()).hexdigest())
        for a, b in pairs[:per_topic]:
            digest = hashlib.sha1(f"{OTHER_EVENT_SALT}:{a}|{b}".encode()).hexdigest()
            out.append((a, b, "held_out" if int(digest, 16) % 2 else "tune"))
    return out


def other_events(corpus: dict, paths: dict, per_topic: int, listing: bool) -> int:
    """Flags on pairs of two different events of one kind: each compares two events, so each is
    wrong (unless the comparison first calls the pair different events, when none is made)."""
    parts = {p: {"pairs": 0, "called_different": 0, "pairs_flagged": 0, "flags": 0} for p in ("tune", "held_out")}
    articles: dict[str, object] = {}
    cpu = time.process_time()
    for a_doc, b_doc, part in other_event_pool(corpus, per_topic):
        for doc in (a_doc, b_doc):
            if doc not in articles:
                articles[doc] = extract_path(str(paths[doc]))
        a, b = articles[a_doc], articles[b_doc]
        result = compare(a, b)
        row = parts[part]
        row["pairs"] += 1
        row["called_different"] += result.relatedness is not None and result.relatedness.verdict == DIFFERENT
        flags = [(s, d) for s in result.aligned_sentences for d in s.discrepancies]
        row["flags"] += len(flags)
        row["pairs_flagged"] += bool(flags)
        if listing:
            for s, d in flags:
                print(json.dumps({"part": part, "a_doc": a_doc, "b_doc": b_doc, "kind": d.kind, "a": d.a.text, "b": d.b.text,
                                  "a_sentence": " ".join(a.text[s.a.start : s.a.end].split()),
                                  "b_sentence": " ".join(b.text[s.b.start : s.b.end].split())}, ensure_ascii=False))
    for row in parts.values():
        row["flags_per_100_pairs"] = round(100 * row["flags"] / row["pairs"], 2) if row["pairs"] else None
    print(json.dumps({"set": "ecbplus-discrepancies-other-event", "per_topic": per_topic,
                      "split": f"by pair, sha1('{OTHER_EVENT_SALT}:<a>|<b>') % 2", **parts,
                      "cpu_s": round(time.process_time() - cpu, 2), "loadavg": list(os.getloadavg())}))
    return 0


def key(a_doc: str, b_doc: str, a: str, b: str, a_sentence: str) -> str:
    return "|".join((a_doc, b_doc, a, b, " ".join(a_sentence.split())[:60]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder (holding ecbplus/)")
    parser.add_argument("--per-subtopic", type=int, default=30)
    fresh = parser.add_mutually_exclusive_group()
    fresh.add_argument("--fresh", action="store_true",
                       help="the next per-subtopic pairs of each sub-topic instead: pairs no rule was written from")
    fresh.add_argument("--fresh2", action="store_true",
                       help="every pair of each sub-topic after the first two blocks of per-subtopic pairs instead")
    fresh.add_argument("--fresh3", action="store_true",
                       help="every same-sub-topic pair on which no flag was ever judged, in a new hash order, instead")
    fresh.add_argument("--other-event", action="store_true",
                       help="pairs of one topic but two sub-topics (two events of one kind) instead: every flag there is wrong")
    parser.add_argument("--show", action="store_true", help="print the unjudged flags as gold entries to judge")
    parser.add_argument("--list", action="store_true", help="print every flag with its verdict (null: unjudged)")
    args = parser.parse_args(argv)
    data = data_or_exit(args.data, "ecbplus", "discrepancies")
    corpus = json.loads((data / "ecbplus" / "gold.json").read_text(encoding="utf-8"))
    paths = {d["id"]: data / "ecbplus" / d["path"] for d in corpus["documents"]}
    if args.other_event:
        return other_events(corpus, paths, args.per_subtopic, args.list)
    gold = json.loads(GOLD.read_text(encoding="utf-8")) if GOLD.is_file() else {"judged": []}
    judged = {key(j["a_doc"], j["b_doc"], j["a"], j["b"], j["a_sentence"]): j for j in gold["judged"]}
    articles: dict[str, object] = {}
    names = ("fresh",) if args.fresh else ("fresh2",) if args.fresh2 else ("fresh3",) if args.fresh3 else ("tune", "held_out")
    parts = {p: {"pairs": 0, "flags": 0, "judged": 0, "true": 0, "false": 0, "unjudged": 0} for p in names}
    true_keys = {p: {k for k, j in judged.items() if j["same_fact"] and j.get("judge") == p} for p in parts}
    found_true = {p: 0 for p in parts}
    unjudged = []
    cpu = time.process_time()
    unread: set[tuple[str, str]] | None = None  # fresh3: the pairs whose aligned sentences are read
    if args.fresh3:
        chosen, unread = fresh3_pool(corpus, {"judged": [j for j in gold["judged"] if j.get("judge") != "fresh3"]})
    elif args.fresh2:
        chosen = pool(corpus, None, 2 * args.per_subtopic)
    else:
        chosen = pool(corpus, args.per_subtopic, args.per_subtopic if args.fresh else 0)
    for a_doc, b_doc, topic in chosen:
        part = names[0] if len(names) == 1 else part_of_topic(topic)
        for doc in (a_doc, b_doc):
            if doc not in articles:
                articles[doc] = extract_path(str(paths[doc]))
        a, b = articles[a_doc], articles[b_doc]
        result = compare(a, b)
        if unread is None:
            matches = [(s, "sentence") for s in result.aligned_sentences]
        else:  # fresh3: every shared passage's flags (no earlier part counts them), aligned sentences of unread pairs
            matches = [(s, "sentence") for s in result.aligned_sentences if (a_doc, b_doc) in unread]
            matches += [(s, "passage") for s in result.shared_passages]
        parts[part]["pairs"] += unread is None or (a_doc, b_doc) in unread
        for s, on in matches:
            for d in s.discrepancies:
                sentence_a, sentence_b = a.text[s.a.start : s.a.end], b.text[s.b.start : s.b.end]
                k = key(a_doc, b_doc, d.a.text, d.b.text, sentence_a)
                parts[part]["flags"] += 1
                if k in judged:
                    parts[part]["judged"] += 1
                    verdict = judged[k]["same_fact"]
                    parts[part]["true" if verdict else "false"] += 1
                    found_true[part] += verdict
                    if args.list:
                        print(json.dumps({"part": part, "on": on, "same_fact": verdict, "a": d.a.text, "b": d.b.text,
                                          "similarity": round(getattr(s, "similarity", 1.0), 3),
                                          "a_sentence": " ".join(sentence_a.split()),
                                          "b_sentence": " ".join(sentence_b.split())}, ensure_ascii=False))
                else:
                    parts[part]["unjudged"] += 1
                    unjudged.append({"a_doc": a_doc, "b_doc": b_doc, "topic": topic, "on": on, "kind": d.kind, "a": d.a.text,
                                     "b": d.b.text, "a_sentence": " ".join(sentence_a.split()),
                                     "b_sentence": " ".join(sentence_b.split()), "same_fact": None, "why": ""})
    for p, row in parts.items():
        row["precision"] = round(row["true"] / row["judged"], 4) if row["judged"] else None
        row["true_in_gold"] = len(true_keys[p])
        row["true_found"] = found_true[p]
    if args.show:
        for item in unjudged:
            print(json.dumps(item, ensure_ascii=False))
    print(json.dumps({"set": "ecbplus-discrepancies", "per_subtopic": args.per_subtopic,
                      "split": f"by topic, sha1('{SPLIT_SALT}:<topic>') % 2", **parts,
                      "cpu_s": round(time.process_time() - cpu, 2), "loadavg": list(os.getloadavg())}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
