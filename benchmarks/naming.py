"""Score the naming analysis (framing.label_contrasts) on the ECB+ entity-naming pairs.

The data and its scorer are ``ecbplus/`` of the shared data folder (gold.json, score_naming.py).
The comparison runs in this process (extract + compare, as ``sidebyside compare`` does) and its
JSON is scored by the data set's own scorer functions (imported from score_naming.py), so the
numbers are those of ``score_naming.py --cmd sidebyside`` without a process per pair.

The pairs are split by topic (a stable hash of the topic number), so the vocabulary of one event
never leaks from the part tuned on into the part only measured: sha1("naming-split-1:<topic>")
odd holds a topic out, even puts it in "tune". Since 2026-12-06 (session 21) about a third of the
held-out topics, those whose sha1("naming-read-1:<topic>") is divisible by 3 (7 of the 16 topics,
49 of the 111 pairs), are the "read" part: rules written from guessed forms of description moved
tune but not held-out, and no one could see which descriptions held-out articles use, so these
topics were spent to be read. Before that date "held_out" was read + held_out (111 pairs); from
it, "held_out" is the remaining 62 pairs, the only measurement. The three parts are printed as
"tune", "read" and "held_out"; label_reading.py takes its parts from here, so it splits the same.

Mentions outside the body (``field`` "title" or "lead") are left out of what is scored: their
offsets are not into ``articles[i].text``, which is all the scorer maps. Each part's
"with_headline" scores the same comparisons with each article's headline put back above its
text (an ECB+ capture's first paragraph is its headline, which extraction moves into ``title``),
so a contrast the app shows in the headline counts where the capture has it.

    .venv/bin/python benchmarks/naming.py [--data DIR] [--part tune|read|held_out|all] [--limit N]
        [--show] [--save DIR] [--speed-words N] [--classes] [--stages]

The tune part is also scored in two halves ("half_0", "half_1", by a stable hash of the pair
id): a rule chosen while watching one half is kept only if it holds on the other.

"speed" (no data needed): CPU seconds of the whole framing analysis (tokens, entity chunking,
referent chains, label contrasts, only-in, and the other framing stages) and of the entity
chunking alone (tokens included), for a pair of pages made of N capitalised words each (default
200,000) and for a quarter of that, to show both grow linearly.

--data defaults to $SIDEBYSIDE_SHARED_DATA, else the first of ../shared/data (next to the
repository) and /work/shared/data that exists. --show prints each pair's predictions and gold,
and with --stages each miss, of the tune and read parts only: never of "held_out" (its pairs
are scored, never listed). --classes adds each part's "classes": its
contrasts counted by kind and category with the scorer's verdict on each alone (right, assigned
to a same-name chain, unassigned in annotated sentences, outside them). --stages adds each part's
"stages": every naming-contrast chain the comparison missed, counted by the stage that lost it
(STAGES below: (a) not a candidate mention, (b) not joined within its article, (c) not joined
across, (d) joined but the same labels over the whole texts, filtered, or not credited, (e) a
contrast reported whose mentions on one side lie only outside the annotated ones; and the misses
no label could fix: a difference only a pronoun or preposition makes, headline only), by type,
and, for mentions never found, what they are (with --show, each miss on stderr). Prints one JSON object.
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
sys.path.insert(0, str(REPO_DIR / "benchmarks"))  # common.py, and the scripts' shared helpers
import common  # noqa: E402,F401  (this checkout's src first, or SIDEBYSIDE_SRC's with its data)

from sidebyside.compare import compare  # noqa: E402
from sidebyside.extract import extract_path  # noqa: E402
from sidebyside.model import comparison_to_json  # noqa: E402

SPLIT_SALT = "naming-split-1"
READ_SALT = "naming-read-1"
HALF_SALT = "naming-tune-half-1"
PARTS = ("tune", "read", "held_out")
SHOWN_PARTS = ("tune", "read")  # --show never lists a held_out pair or miss


def data_dir(given: str | None) -> Path:
    candidates = [given, os.environ.get("SIDEBYSIDE_SHARED_DATA"), REPO_DIR.parent / "shared" / "data", "/work/shared/data"]
    for c in candidates:
        if c and (Path(c) / "ecbplus" / "gold.json").is_file():
            return Path(c) / "ecbplus"
    print("ECB+ data not found (give --data DIR holding ecbplus/, or set SIDEBYSIDE_SHARED_DATA)", file=sys.stderr)
    raise SystemExit(2)


def part_of_topic(topic: int) -> str:
    """A stable half of the topics is held out, and about a third of those is read: hashes of
    the topic number decide (the module docstring says why and since when)."""
    if not int(hashlib.sha1(f"{SPLIT_SALT}:{topic}".encode()).hexdigest(), 16) % 2:
        return "tune"
    return "read" if int(hashlib.sha1(f"{READ_SALT}:{topic}".encode()).hexdigest(), 16) % 3 == 0 else "held_out"


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
    parser.add_argument("--show", action="store_true", help="print each tune/read pair's predictions (stderr; never held_out)")
    parser.add_argument("--save", help="folder to write each tune or read pair's comparison JSON into (never a held-out pair's)")
    parser.add_argument("--speed-words", type=int, default=200_000, help="capitalised words per page (0: skip)")
    parser.add_argument("--no-ecb", action="store_true", help="only the speed part")
    parser.add_argument("--classes", action="store_true",
                        help="also count each part's contrasts by kind and category, right or wrong")
    parser.add_argument("--stages", action="store_true",
                        help="also count each part's missed contrast chains by the stage that lost them")
    args = parser.parse_args()
    report: dict = {"set": "ecbplus-naming", "split": (
        f"by topic, sha1('{SPLIT_SALT}:<topic>') % 2 (0: tune), then sha1('{READ_SALT}:<topic>') % 3"
        " (0: read, else held_out)")}
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
    captured = common.capture_referents() if args.stages else {}
    for part in wanted:
        pairs = [p for p in gold["pairs"] if part_of_topic(p["topic"]) == part][: args.limit]
        tot: collections.Counter = collections.Counter()
        by_type: dict = collections.defaultdict(collections.Counter)
        tot_headed: collections.Counter = collections.Counter()
        by_type_headed: dict = collections.defaultdict(collections.Counter)
        cpu = 0.0
        halves: dict = collections.defaultdict(lambda: (collections.Counter(), collections.defaultdict(collections.Counter)))
        classes: dict = collections.defaultdict(collections.Counter)
        misses: list[dict] = []
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
            if save and part != "held_out":  # the measured part's output is never put where it can be read
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
            if args.show and part in SHOWN_PARTS:
                _show(pair, out, t)
            if args.stages:
                misses += miss_stages(scorer, pair, docs, base, out, captured["last"], texts_cache)
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
        if args.stages:
            report[part]["stages"] = stages_summary(misses, tot["gold"])
            if args.show and part in SHOWN_PARTS:
                for m in misses:
                    print(f"  miss {m['stage']:26} {m['type']:7} {m['pair']} {half_of_pair(m['pair'])} "
                          f"{m['a']} | {m['b']}", file=sys.stderr)
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


# ---------------------------------------------------------------- --stages: where each miss is lost

# Words a gold mention can be that the naming analysis never shows as a label (by design:
# pronouns link a chain but are no label), for sorting the misses; a diagnostic, not app vocabulary.
_PRONOUN_WORDS = frozenset(
    "he she it they we i you him her them us me his hers its their theirs our my your who whom whose "
    "which that himself herself itself themselves this these those one".split())
_PREPOSITIONS = frozenset("on in at from by during since until for of near to".split())

STAGES = (
    # (a) a side where no mention of ours overlaps the chain's gold mentions, and no contrast we
    # report names the referent there
    "a_not_candidate",
    # (b) the gold mentions of a side sit in a chain of ours other than the one that holds the
    # referent's name there (the article names it, the description is left apart)
    "b_not_joined_within",
    # (c) both sides have the referent in a chain, never given one pair-wide key
    "c_not_joined_across",
    # (d) joined across, but over the whole of both texts our labels are the same: the gold sets
    # differ only because ECB+ annotates some sentences ("Klitschko" in one, "Wladimir Klitschko"
    # in the other, both forms in both texts)
    "d_same_labels_in_full_text",
    # (d) joined across, our labels differ, and no contrast is reported (a filter dropped it)
    "d_filtered",
    # (d) joined and reported, but the scorer gives the contrast to another chain
    "d_not_credited",
    # (e) a contrast on the referent is reported, but on one side its mentions lie only where
    # ECB+ does not annotate that chain (our chain never touches the annotated mentions)
    "e_reported_outside_annotated",
    # within the extracted texts, the gold sets differ only by a pronoun or a leading preposition
    # ("on Friday" / "Friday"), which the app never shows as a label, or by what the app takes
    # for one label (a plural, a title's spelling: "doors" / "door"), or not at all (the other
    # label is in the headline, which the extractor moves out of the text)
    "not_showable",
    # gold mentions of one side only in the headline the extractor moves out of the text
    "unmapped",
)


def _gold_label(text: str) -> str:
    """The scorer's phrase fold: \\w+ words, case-folded, leading determiners/honorifics dropped."""
    import re
    import unicodedata

    words = re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())
    while words and words[0] in ("the", "a", "an", "this", "that", "these", "those", "mr", "mrs", "ms", "miss", "dr"):
        words = words[1:]
    return " ".join(words)


def _showable(label: str) -> str:
    """A gold label as the app could show it: a pronoun dropped, a leading preposition dropped."""
    words = label.split()
    if len(words) == 1 and words[0] in _PRONOUN_WORDS:
        return ""
    while words and words[0] in _PREPOSITIONS:
        words = words[1:]
    return " ".join(words)


def miss_stages(scorer, pair: dict, docs: dict, base: Path, out: dict, refs, texts_cache: dict) -> list[dict]:
    """Each naming-contrast chain of the pair the comparison missed, with the stage that lost it
    (STAGES) and, for mentions never found, what they are. refs: framing.referents' answer for
    the pair (each article's chains and the maps to pair-wide keys)."""
    from sidebyside.compare.naming import canonical_label
    from sidebyside.compare.naming.contrasts import _canonical_words
    from sidebyside.compare.termdata import lexicon
    from sidebyside.compare.times import time_label

    canon = _canonical_words(lexicon())
    info = {c["chain"]: c for c in pair["chains"]}
    gold = [c for c, x in info.items() if x["contrast"]]
    mapped = []  # side -> chain -> [(span, text)]
    for side, doc_id in enumerate((pair["a"], pair["b"])):
        doc = docs[doc_id]
        path = base / doc["path"]
        if path not in texts_cache:
            texts_cache[path] = path.read_text(encoding="utf-8")
        mapper = scorer.SpanMapper(texts_cache[path], out["articles"][side]["text"])
        spans = collections.defaultdict(list)
        for m in doc["mentions"]:
            if m["chain"] in info:
                s = mapper.map(m["start"], m["end"])
                if s:
                    spans[m["chain"]].append((s, m["text"]))
        mapped.append(spans)
    overlaps = scorer.overlaps
    # each side's body mentions as (start, end, pair-wide key), and each key's labels
    ref_keys, labels = [], []
    for side in (0, 1):
        rows, by_key = [], collections.defaultdict(set)
        for r in refs.chains[side].refs:
            if r.field != "text":
                continue
            key = refs.maps[side].get(r.chain, r.chain)
            rows.append((r.start, r.end, key))
            label = time_label(r.text) if r.form == "time" else canonical_label(r.text, canon)
            if label:
                by_key[key].add(label)
        ref_keys.append(rows)
        labels.append(by_key)
    # the scorer's assignment of each contrast, and the pair-wide key of each reported contrast
    found, reported = set(), set()
    for pred in out["framing"]["label_contrasts"]:
        sides = [[(m["start"], m["end"]) for m in pred[k]] for k in ("a", "b")]
        best, best_key = None, None
        for c in info:
            n = [sum(1 for p in sides[i] if any(overlaps(p, g) for g, _ in mapped[i][c])) for i in (0, 1)]
            if n[0] and n[1]:
                key = (n[0] + n[1], c in gold, c)
                if best_key is None or key > best_key:
                    best, best_key = c, key
        if best in gold:
            found.add(best)
        keys = collections.Counter(k for p in sides[0] for s, e, k in ref_keys[0] if overlaps(p, (s, e)))
        if keys:
            reported.add(keys.most_common(1)[0][0])
    misses = []
    for c in gold:
        if c in found:
            continue
        entry = {"pair": pair["id"], "chain": c, "type": info[c]["type"], "a": info[c]["a"], "b": info[c]["b"]}
        if not mapped[0][c] or not mapped[1][c]:
            misses.append({**entry, "stage": "unmapped"})
            continue
        shown = [{_showable(_gold_label(t)) for _, t in mapped[i][c]} - {""} for i in (0, 1)]
        as_app = [{canonical_label(t, canon) for t in side} for side in shown]  # "doors" = "door"
        if shown[0] == shown[1] or as_app[0] == as_app[1]:
            misses.append({**entry, "stage": "not_showable"})
            continue
        # side -> pair-wide keys of our mentions over the chain's gold mentions, with counts
        keys = [collections.Counter(k for g, _ in mapped[i][c] for s, e, k in ref_keys[i] if overlaps(g, (s, e)))
                for i in (0, 1)]
        shared_keys = set(keys[0]) & set(keys[1])
        if shared_keys:
            key = max(shared_keys, key=lambda k: keys[0][k] + keys[1][k])
            if labels[0][key] != labels[1][key]:
                misses.append({**entry, "stage": "d_not_credited" if key in reported else "d_filtered"})
                continue
            # the same labels: where do the gold mentions that make the difference sit?
            shown = [{_showable(_gold_label(t)) for _, t in mapped[i][c]} for i in (0, 1)]
            differing = [(i, g, t) for i in (0, 1) for g, t in mapped[i][c]
                         if _showable(_gold_label(t)) and _showable(_gold_label(t)) not in shown[1 - i]]
            held = [{k for s, e, k in ref_keys[i] if overlaps(g, (s, e))} for i, g, _ in differing]
            if any(not h for h in held):
                texts = [t for (_, _, t), h in zip(differing, held) if not h]
                misses.append({**entry, "stage": "a_not_candidate", "what": _what(texts)})
            elif any(key not in h for h in held):
                misses.append({**entry, "stage": "b_not_joined_within"})
            else:
                misses.append({**entry, "stage": "d_same_labels_in_full_text"})
            continue
        present = [set(labels[i]) for i in (0, 1)]
        if not keys[0] or not keys[1]:
            i = 0 if not keys[0] else 1
            other = set(keys[1 - i])
            if other & reported and other & present[i]:
                misses.append({**entry, "stage": "e_reported_outside_annotated"})
            else:
                misses.append({**entry, "stage": "a_not_candidate", "what": _what([t for _, t in mapped[i][c]])})
            continue
        # both sides covered, no key in common: does a side name the other's key elsewhere?
        within = any(set(keys[1 - i]) & present[i] for i in (0, 1))
        misses.append({**entry, "stage": "b_not_joined_within" if within else "c_not_joined_across"})
    return misses


def _what(texts: list[str]) -> str:
    """What the gold mentions no mention of ours covers are: pronouns, names, times or descriptions."""
    labels = [_gold_label(t) for t in texts]
    if all(label in _PRONOUN_WORDS for label in labels):
        return "pronoun"
    if any(any(w[:1].isupper() for w in t.split()) for t in texts):
        return "name"
    return "description"


def stages_summary(misses: list[dict], gold_total: int) -> dict:
    by_stage = collections.Counter(m["stage"] for m in misses)
    by_type = collections.defaultdict(collections.Counter)
    what = collections.Counter()
    for m in misses:
        by_type[m["stage"]][m["type"]] += 1
        if "what" in m:
            what[f"{m['stage']} / {m['what']}"] += 1
    return {
        "gold": gold_total,
        "missed": len(misses),
        "by_stage": {s: by_stage[s] for s in STAGES},
        "by_stage_and_type": {s: dict(sorted(by_type[s].items())) for s in STAGES if by_type[s]},
        "not_candidate_by_what": dict(what.most_common()),
    }


if __name__ == "__main__":
    main()
