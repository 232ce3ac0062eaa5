"""Score the lexical framing stages on public dev sets, a tune part and a held-out part of each.

- loaded: ``lexical-bias/score_lexical.py`` (BABE/MBIC sentences with the words annotators marked
  as biased) run on each part of ``sentences.jsonl``. The parts come from a stable hash of each
  sentence id (SHA-1, first byte even: tune; odd: held-out), so every run and every machine
  splits alike. The scorer's own pairing, metrics and JSON are used unchanged; by default its
  ``CMD compare A B`` call runs in this process (the same capture → extract → compare → JSON
  path as the CLI, without a Python start per call); ``--subprocess`` runs the real CLI.
  Each part is scored in three views of the same calls: every loaded word the JSON lists; as
  the app shows them by default (``shown``: no graded-score word, the Possibly Loaded switch
  off); and of those only the outlet's own (``shown_own``: none inside a quotation, the
  speaker's words the app paints apart; in process only). ``shown`` is the figure that counts.
  ``shown_by_form`` splits its gold by how each span is written (in process only): function
  words ("the", "of": the data set marks every occurrence of a marked word in its sentence,
  so most are repeats no word finder paints), hyphenated compounds, contractions, other words.
- distinctive: the share of real articles' characters the distinctive terms paint (AEB bodies,
  consecutive pairs: mostly two stories, which compare() no longer gives terms), and how many
  terms each article lists; and the same on the pairs of one event of the aligned-facts gold
  (``same_event_pairs``), the pairs the terms are meant for.
- alignment: the hand-built gold of aligned facts (``benchmarks/data/aligned_facts.json``: real
  pairs of news texts about one event, from ECB+, and the sentence pairs a reader sees as the
  same fact), precision and recall of ``aligned_sentences`` per part (the gold file says which
  pair is in which part, by the same hash of the pair id), also apart for the short pairs (ECB+,
  the seeds) and the long ones (AEB pages of one story, ``by_set``); and the pairs aligned in
  articles of two different topics (article a of each pair with article b of the next pair of
  another topic), where every aligned pair is wrong.

Reads ``../shared/data`` (``SIDEBYSIDE_SHARED_DATA`` or ``--data`` overrides; else
``/work/shared/data`` when it exists). Prints one JSON object, with the load average.

    .venv/bin/python benchmarks/lexical.py [--part tune|held-out|both] [--max-calls 0] [--half 0|1]
    .venv/bin/python benchmarks/lexical.py --only alignment --part tune --show
    .venv/bin/python benchmarks/lexical.py --only loaded --part tune --misses

``--half`` scores one half of each part (the hash's next byte): a rule chosen on the tune part is
checked to hold on both halves before the held-out part is measured. ``--misses`` lists the tune
part's annotated words that nothing shown overlaps, each in its sentence (never the held-out part's).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import io
import json
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "benchmarks"))  # common.py, and the scripts' shared helpers
import common  # noqa: E402,F401  (this checkout's src first, or SIDEBYSIDE_SRC's with its data)

from sidebyside.compare import compare  # noqa: E402
from sidebyside.extract import extract_path  # noqa: E402
from sidebyside.model import comparison_to_json  # noqa: E402

GOLD_FACTS = REPO_DIR / "benchmarks" / "data" / "aligned_facts.json"
PARTS = ("tune", "held-out")


def shared_data(explicit: str | None) -> Path | None:
    candidates = [explicit, os.environ.get("SIDEBYSIDE_SHARED_DATA"), REPO_DIR.parent / "shared" / "data",
                  "/work/shared/data"]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def part_of(key: str) -> str:
    """tune or held-out, from a stable hash of an id (the same on every run and machine)."""
    return PARTS[hashlib.sha1(key.encode("utf-8")).digest()[0] % 2]


# --------------------------------------------------------------------------- loaded language


# The views of the loaded words scored from one set of compare calls: every word the JSON lists;
# as the app shows them by default (View ▸ Highlights ▸ Possibly Loaded off: no graded-score
# word); and of those only the outlet's own (not inside a quotation: the speaker's words, which
# the app paints apart as quoted). "shown" is the figure that counts.
VIEWS = ("all", "shown", "shown_own")


def _view(framing: dict, view: str) -> dict:
    """The framing with only the loaded terms of this view."""
    if view == "all":
        return framing
    keep = (lambda t: t.get("score") is None) if view == "shown" else (lambda t: t.get("score") is None and not t.get("quoted"))
    return {**framing, "loaded_terms": [[t for t in side if keep(t)] for side in framing.get("loaded_terms") or []]}


def _in_process_run_pair(scorer, results: dict, view: str = "all"):
    """score_lexical.run_pair, with the compare call made in this process (once per pair: the
    results are kept in ``results`` for the other views)."""

    def run_pair(cmd, pair, timeout, title, keep):
        a, b, _kind = pair
        key = (tuple(r["id"] for r in a["sents"]), tuple(r["id"] for r in b["sents"]), title)
        if key not in results:
            results[key] = _compare_pair(scorer, a, b, title)
        out = results[key]
        return {**out, "framing": _view(out["framing"], view)} if out["ok"] else out

    return run_pair


def _compare_pair(scorer, a: dict, b: dict, title: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="lexbias-") as tmp:
        pa, pb = os.path.join(tmp, "A.txt"), os.path.join(tmp, "B.txt")
        scorer.write_text(pa, a, title)
        scorer.write_text(pb, b, title)
        t0 = time.monotonic()
        try:
            data = comparison_to_json(compare(extract_path(pa), extract_path(pb)))
        except Exception as exc:  # noqa: BLE001 - a failure is counted, as the scorer does
            return {"ok": False, "why": f"{type(exc).__name__}: {exc}", "secs": time.monotonic() - t0}
        data = json.loads(json.dumps(data))  # exactly what the CLI would print
    texts = [data["articles"][0]["text"], data["articles"][1]["text"]]
    return {"ok": True, "secs": time.monotonic() - t0, "texts": texts, "framing": data["framing"]}


_RECORDS: dict[str, dict] = {}  # sentence id -> its record, for the breakdown of recall by form


def half_of(key: str) -> int:
    """0 or 1, a second stable split of a part (the hash's next byte): a rule chosen on the tune
    part is checked to hold on both of its halves."""
    return hashlib.sha1(key.encode("utf-8")).digest()[1] % 2


def score_loaded(
    data: Path, part: str, max_calls: int, subprocess_cmd: str | None, half: int | None = None, show_misses: bool = False
) -> dict:
    folder = data / "lexical-bias"
    spec = importlib.util.spec_from_file_location("score_lexical", folder / "score_lexical.py")
    scorer = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(scorer)
    lines = (folder / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["id"] if line.strip() else None for line in lines]
    kept = [
        line for line, key in zip(lines, ids)
        if key is not None and part_of(key) == part and (half is None or half_of(key) == half)
    ]
    _RECORDS.update((key, json.loads(line)) for line, key in zip(lines, ids) if key is not None)
    results: dict = {}
    views = {}
    start = time.process_time()
    with tempfile.TemporaryDirectory(prefix="lexical-bench-") as tmp:
        subset = Path(tmp) / f"{part}.jsonl"
        subset.write_text("\n".join(kept) + "\n", encoding="utf-8")
        argv = ["--data", str(subset), "--max-calls", str(max_calls)]
        if subprocess_cmd:
            argv += ["--cmd", subprocess_cmd, "--jobs", "2"]
        else:
            argv += ["--cmd", "in-process", "--jobs", "1"]
        for view in (("all",) if subprocess_cmd else VIEWS):
            if not subprocess_cmd:
                scorer.run_pair = _in_process_run_pair(scorer, results, view)
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                scorer.main(argv)
            views[view] = out.getvalue().strip().splitlines()
    cpu = time.process_time() - start
    table = views["all"]
    summary = json.loads(table[-1])
    summary["categories"] = _category_lines(table)
    for view in VIEWS[1:]:
        if view in views:
            shown = json.loads(views[view][-1])
            summary[view] = {k: shown[k] for k in ("recall_loaded", "chars_highlighted_loaded", "loaded_spans", "loaded_spans_no_gold")}
    if results:
        misses: list[str] | None = [] if show_misses and part == "tune" else None
        summary["shown_by_form"] = _recall_by_form(scorer, results, misses)
        if misses is not None:
            summary["missed_words"] = misses
    summary["cpu_s"] = round(cpu, 2)
    summary["load_average"] = list(os.getloadavg())  # the machine's load while this part ran
    return summary


def _gold_form(word: str) -> str:
    """How an annotated span is written: a function word ("the", "of": the data set marks every
    occurrence of a marked word in its sentence, so most of these are repeats of a word of a
    marked phrase, which no loaded-word finder paints), a hyphenated compound, a contraction or
    another word."""
    from sidebyside.compare.text import STOPWORDS

    folded = word.strip("\"'“”‘’").casefold()
    if folded in STOPWORDS:
        return "function word"
    if "-" in folded:
        return "hyphenated"
    if "'" in folded or "’" in folded:
        return "contraction"
    return "word"


def _recall_by_form(scorer, results: dict, misses: list[str] | None = None) -> dict[str, list]:
    """Shown recall of the annotated spans by how they are written (_gold_form): form ->
    [gold spans, share found], from the compare calls already made (the scorer's own locating
    and overlap rule): where the misses are, and how much of the gold no word finder can reach.
    With ``misses`` (a list), every annotated word or compound nothing shown overlaps is appended
    to it in its sentence, marked ``[[word]]``, with what the app lists there unshown
    (``possibly loaded`` for a graded word) — to read by class, on the tune part only."""
    gold: Counter = Counter()
    found: Counter = Counter()
    for (a_ids, b_ids, _title), out in results.items():
        if not out["ok"]:
            continue
        for side, ids in enumerate((a_ids, b_ids)):
            text = out["texts"][side]
            shown = [(t["start"], t["end"]) for t in (out["framing"].get("loaded_terms") or [[], []])[side]
                     if t.get("score") is None]
            art_norm, hint = scorer.normalise(text), 0
            for record in (_RECORDS[i] for i in ids):
                loc = scorer.locate(text, record["text"], hint, art_norm)
                if loc is None:
                    continue
                f, _, hint = loc
                for span in record["biased"]:
                    start, end = f(span["start"]), f(span["end"] - 1) + 1
                    form = _gold_form(span["text"])
                    gold[form] += 1
                    hit = any(s < end and start < e for s, e in shown)
                    found[form] += hit
                    if misses is not None and not hit and form in ("word", "hyphenated"):
                        misses.append(_miss_line(out["framing"], side, text, record, span, start, end))
    return {form: [n, round(found[form] / n, 4)] for form, n in gold.most_common()}


def _miss_line(framing: dict, side: int, text: str, record: dict, span: dict, start: int, end: int) -> str:
    """One missed annotated span in its sentence, and what the app lists over it but does not show."""
    sent = record["text"]
    marked = sent[: span["start"]] + "[[" + sent[span["start"] : span["end"]] + "]]" + sent[span["end"] :]
    unshown = [
        "possibly loaded" if t.get("score") is not None else t.get("category", "?")
        for t in (framing.get("loaded_terms") or [[], []])[side] if t["start"] < end and start < t["end"]
    ]
    return f"{record['id']} | {span['text']} | {', '.join(unshown) or '-'} | {marked}"


def _category_lines(table: list[str]) -> dict[str, list]:
    """The scorer's per-category lines: category -> [spans, share overlapping no gold span]."""
    out: dict[str, list] = {}
    inside = False
    for line in table:
        if line.startswith("loaded_terms by category"):
            inside = True
            continue
        if inside:
            if not line.startswith("  "):
                break
            name, spans, share = line.strip().rsplit(None, 2)
            out[name] = [int(spans), None if share == "None" else float(share)]
    return out


# --------------------------------------------------------------------------- distinctive terms


def score_distinctive(data: Path, pairs: int) -> dict:
    """How much of real articles the distinctive terms paint (what the app shows: highlights.py),
    on consecutive pairs of AEB article bodies."""
    from sidebyside.compare.framing import analyse_framing
    from sidebyside.compare.relatedness import DIFFERENT, UNCLEAR, relatedness
    from sidebyside.highlights import collect
    from sidebyside.model import Article, Comparison, Source

    truth = json.loads((data / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    bodies = [v["articleBody"] for _, v in sorted(truth.items()) if v.get("articleBody")][: pairs + 1]
    arts = [Article(source=Source(None, "text"), text=t) for t in bodies]
    shares, counts, one_story = [], [], []
    for left, right in zip(arts, arts[1:]):
        framing = analyse_framing(left, right)
        painted = collect(Comparison(articles=(left, right), framing=framing))
        verdict = relatedness(left, right).verdict
        for side, art in enumerate((left, right)):
            chars = bytearray(len(art.text))
            for h in painted.of_kind(side, "distinctive_term"):
                chars[h.start : h.end] = b"\x01" * (h.end - h.start)
            shares.append(sum(chars) / max(len(art.text), 1))
            counts.append(len(framing.distinctive_terms[side]))
            one_story.append(verdict not in (DIFFERENT, UNCLEAR))
    shown = [share for share, kept in zip(shares, one_story) if kept]
    return {
        "articles": len(shares),
        "mean_share_of_characters_painted": round(sum(shares) / len(shares), 4),
        "max_share_of_characters_painted": round(max(shares), 4),
        "mean_terms_listed": round(sum(counts) / len(counts), 2),
        # what compare() shows: none for a pair not judged one event (distinctive.for_one_story);
        # consecutive AEB bodies are mostly two stories
        "articles_of_pairs_judged_one_event": len(shown),
        "mean_share_shown_by_compare": round(sum(shown) / len(shares), 4),
        "same_event_pairs": score_distinctive_same_event(data),
    }


def score_distinctive_same_event(data: Path) -> dict:
    """The share compare() paints on pairs about one event (every pair of the aligned-facts gold:
    ECB+ reports and long AEB pages of one story), the pairs distinctive terms are meant for."""
    from sidebyside.highlights import collect

    gold = json.loads(GOLD_FACTS.read_text(encoding="utf-8"))
    shares, counts, shown_pairs = [], [], 0
    for pair in gold["pairs"]:
        a, b = _gold_articles(pair, data)
        result = compare(a, b)
        painted = collect(result)
        listed = result.framing.distinctive_terms
        shown_pairs += any(listed)
        for side, art in enumerate((a, b)):
            chars = bytearray(len(art.text))
            for h in painted.of_kind(side, "distinctive_term"):
                chars[h.start : h.end] = b"\x01" * (h.end - h.start)
            shares.append(sum(chars) / max(len(art.text), 1))
            counts.append(len(listed[side]))
    return {
        "pairs": len(gold["pairs"]),
        "pairs_with_terms_shown": shown_pairs,
        "mean_share_of_characters_painted": round(sum(shares) / len(shares), 4),
        "max_share_of_characters_painted": round(max(shares), 4),
        "mean_terms_listed": round(sum(counts) / len(counts), 2),
    }


# --------------------------------------------------------------------------- aligned facts


def _locate(text: str, snippet: str) -> tuple[int, int] | None:
    at = text.find(snippet)
    if at < 0:
        folded = " ".join(text.split())
        if " ".join(snippet.split()) not in folded:
            return None
        # map back through the whitespace-folded text: find the first word run by regex
        import re

        pattern = r"\s+".join(re.escape(w) for w in snippet.split())
        m = re.search(pattern, text)
        return (m.start(), m.end()) if m else None
    return at, at + len(snippet)


def _overlaps(span, spans) -> bool:
    return any(span.start < e and s < span.end for s, e in spans)


def topic(path: str) -> str:
    """The ECB+ topic of a document ("ecbplus/docs/12_6ecb.txt": 12), or the folder of others."""
    name = Path(path).name
    return name.split("_")[0] if path.startswith("ecbplus/") else str(Path(path).parent)


def unrelated_pairs(pairs: list[dict]) -> list[dict]:
    """Article a of each pair with article b of the next pair of another topic: two stories
    whose sentences share words by chance, where every aligned pair is wrong."""
    out = []
    for k, p in enumerate(pairs):
        other = next((q for q in pairs[k + 1 :] + pairs[:k] if topic(q["b"]) != topic(p["a"])), None)
        if other is not None:
            out.append({"id": f"{p['id']}+{other['id']}", "a": p["a"], "b": other["b"], "facts": []})
    return out


def _gold_articles(pair: dict, data: Path):
    paths = [REPO_DIR / pair[k] if pair[k].startswith("seeds/") else data / pair[k] for k in ("a", "b")]
    return [extract_path(str(p)) for p in paths]


def gold_set(pair: dict) -> str:
    """"long" for the pairs of long AEB pages of one story, "short" for the others (mostly ECB+),
    so a change can be read on each."""
    return "long" if pair["a"].startswith("aeb/") else "short"


def score_alignment(data: Path, part: str, show: bool = False) -> dict:
    """Facts of the hand-built gold found by aligned sentences (or shared passages or quotes),
    and the share of aligned sentence pairs that are gold facts. The facts missed are listed on
    the tune part only (the held-out part gives figures, never lines to tune on); with show, the
    tune part also lists every aligned pair outside the gold, with both sentences."""
    gold = json.loads(GOLD_FACTS.read_text(encoding="utf-8"))
    facts = found = aligned = aligned_in_gold = unlocated = 0
    discrepancies = 0
    missed: list[str] = []
    outside: list[dict] = []
    show = show and part == "tune"
    by_set: dict[str, Counter] = defaultdict(Counter)  # the same counts for short and long pairs apart
    for pair in gold["pairs"]:
        if part_of(pair["id"]) != part:
            continue
        group = by_set[gold_set(pair)]
        before = (facts, found, aligned, aligned_in_gold)
        a, b = _gold_articles(pair, data)
        result = compare(a, b)
        linked = [(x.a, x.b) for x in result.aligned_sentences]
        others = [(x.a, x.b) for x in (*result.shared_passages, *result.shared_quotes)]
        located = []
        for fact in pair["facts"]:
            spans = []
            for side, art in (("a", a), ("b", b)):
                where = [_locate(art.text, snippet) for snippet in fact[side]]
                unlocated += where.count(None)
                spans.append([w for w in where if w])
            located.append(spans)
            facts += 1
            if any(_overlaps(sa, spans[0]) and _overlaps(sb, spans[1]) for sa, sb in linked + others):
                found += 1
            else:
                missed.append(f"{pair['id']}: {fact['a'][0][:50]}")
        for x in result.aligned_sentences:
            aligned += 1
            right = any(_overlaps(x.a, sa) and _overlaps(x.b, sb) for sa, sb in located)
            aligned_in_gold += right
            discrepancies += bool(getattr(x, "discrepancies", ()))
            if show and not right:
                outside.append({"pair": pair["id"], "similarity": x.similarity,
                                "a": a.text[x.a.start : x.a.end], "b": b.text[x.b.start : x.b.end]})
        group.update(dict(zip(("facts", "found", "aligned", "in_gold"),
                              (now - then for now, then in zip((facts, found, aligned, aligned_in_gold), before)))))
    # Articles of two different topics share no fact: every pair aligned there is wrong.
    unrelated = unrelated_pairs([p for p in gold["pairs"] if part_of(p["id"]) == part])
    in_unrelated = sum(len(compare(*_gold_articles(p, data)).aligned_sentences) for p in unrelated)
    report = {
        "pairs": sum(1 for p in gold["pairs"] if part_of(p["id"]) == part),
        "unrelated_pairs": len(unrelated),
        "aligned_pairs_in_unrelated_pairs": in_unrelated,
        "facts": facts,
        "facts_found": found,
        "recall": round(found / facts, 4) if facts else None,
        "aligned_pairs": aligned,
        "aligned_pairs_in_gold": aligned_in_gold,
        "precision": round(aligned_in_gold / aligned, 4) if aligned else None,
        "aligned_pairs_with_discrepancies": discrepancies,
        "snippets_not_found": unlocated,
        "by_set": {name: {"facts": g["facts"], "facts_found": g["found"],
                          "recall": round(g["found"] / g["facts"], 4) if g["facts"] else None,
                          "aligned_pairs": g["aligned"], "aligned_pairs_in_gold": g["in_gold"],
                          "precision": round(g["in_gold"] / g["aligned"], 4) if g["aligned"] else None}
                   for name, g in sorted(by_set.items())},
    }
    if part == "tune":
        report["missed"] = missed
    if show:
        report["aligned_outside_gold"] = outside
    return report


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="the shared data folder")
    parser.add_argument("--part", choices=[*PARTS, "both"], default="both")
    parser.add_argument("--only", choices=["loaded", "distinctive", "alignment"], help="run one section")
    parser.add_argument("--aeb-pairs", type=int, default=60, help="AEB article pairs for distinctive terms")
    parser.add_argument("--max-calls", type=int, default=0, help="compare calls per part for loaded (0: all pairs)")
    parser.add_argument("--half", type=int, choices=(0, 1), help="loaded: score only this half of each part")
    parser.add_argument("--show", action="store_true",
                        help="alignment: list the tune part's aligned pairs outside the gold (tune only)")
    parser.add_argument("--misses", action="store_true",
                        help="loaded: list the tune part's annotated words nothing shown overlaps, in their sentences (tune only)")
    parser.add_argument("--subprocess", metavar="CMD", help="run this command (e.g. '.venv/bin/sidebyside') per pair")
    args = parser.parse_args(argv)
    data = shared_data(args.data)
    if data is None:
        print("benchmark data not found: ../shared/data (set SIDEBYSIDE_SHARED_DATA or --data)", file=sys.stderr)
        return 2
    parts = PARTS if args.part == "both" else (args.part,)
    report: dict = {"benchmark": "lexical", "data": str(data)}
    if args.only in (None, "loaded"):
        report["loaded"] = {p: score_loaded(data, p, args.max_calls, args.subprocess, args.half, args.misses) for p in parts}
    if args.only in (None, "alignment"):
        report["alignment"] = {p: score_alignment(data, p, args.show) for p in parts}
    if args.only in (None, "distinctive"):
        report["distinctive"] = score_distinctive(data, args.aeb_pairs)
    report["load_average"] = list(os.getloadavg())
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
