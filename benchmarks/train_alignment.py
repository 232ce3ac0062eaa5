"""Fit the model of aligned sentences (LexicalSettings.align_weights) on the TUNE part of the
aligned-facts gold, and choose the probability a pair needs by cross-validation.

Development-time only. Every candidate pair of sentences (matching.align_candidates, the code
the app runs) of each tune pair is an example, positive when both sentences belong to one gold
fact. A logistic regression (Newton's method, L2 penalty, pure Python) is fitted on four fifths
of the article pairs and scored on the rest (five folds, by pair); recall of facts and precision
of aligned pairs are printed for each probability threshold, then the weights fitted on every
tune pair, ready for settings.py. The held-out part is never read. Every figure is also given
for the short pairs and the long same-story pages apart (lexical.gold_set), and at the app's
floors (align_min_probability, align_min_probability_long in long stories): cross-validated,
and for the weights fitted here and the shipped ones decoded on the same tune pairs (not
cross-validated: a refit ships only if it beats the shipped weights there too; the shipped ones
were fitted on most of these pairs).

    .venv/bin/python benchmarks/train_alignment.py [--data ../shared/data] [--l2 1.0]

With --misses, every tune fact the shipped weights miss and every pair they align outside the
gold is listed with its text, each miss with why the model could not find it (no candidate and
how many word clusters the gold sentences share, or its best probability): the reading list for
the next feature. A fact that is no candidate also names the filters of the candidate step that
drop it (each found by letting pairs through every other filter), counted for the short and the
long pairs apart (no_candidate_dropped_by), with what the shipped weights make of it once every
filter lets pairs through (no_candidate_if_let_through: "aligned" when the filters are what keep
it out, else "below the floor" or "outranked": the model would not align it either); a fact that
is a candidate but loses says why (why_it_loses: outranked by a right pair of another fact or by
a pair outside the gold, or below the floor by how much, a mutual best or not), counted the same
way (candidates_that_lose).
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import os
import random
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "benchmarks"))  # common.py, and the scripts' shared helpers
import common  # noqa: E402,F401  (this checkout's src first, or SIDEBYSIDE_SRC's with its data)
from lexical import GOLD_FACTS, _locate, gold_set, part_of, shared_data, unrelated_pairs  # noqa: E402

from sidebyside.compare import compare, text_quotes  # noqa: E402
from sidebyside.compare.alignment_checks import quoted_words  # noqa: E402
from sidebyside.compare.articletext import ArticleText  # noqa: E402
from sidebyside.compare.matching import (  # noqa: E402
    ALIGN_FEATURES,
    Tokenized,
    WordClusters,
    align_candidates,
    idf_of,
    informativeness,
    long_story,
    match_passages,
)
from sidebyside.compare.relatedness import DIFFERENT, relatedness  # noqa: E402
from sidebyside.compare.termdata import lexicon  # noqa: E402
from sidebyside.compare.text import HONORIFICS, article_time_words  # noqa: E402
from sidebyside.compare.tokens import match_words  # noqa: E402
from sidebyside.extract import extract_path  # noqa: E402
from sidebyside.settings import DEFAULT  # noqa: E402

THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def examples(pair: dict, data: Path, settings) -> dict:
    """The candidates of one gold pair with their labels, and its facts as sentence indexes
    (the same set-up as compare._compare: its date words, and the quotations' words that tell
    an attribution from a shared statement)."""
    paths = [REPO_DIR / pair[k] if pair[k].startswith("seeds/") else data / pair[k] for k in ("a", "b")]
    a, b = (extract_path(str(p)) for p in paths)
    at_a, at_b = ArticleText.of(a), ArticleText.of(b)
    spans_a = [(s.start, s.end) for s in at_a.sentences]
    spans_b = [(s.start, s.end) for s in at_b.sentences]
    tok_a = Tokenized(at_a.text, match_words(at_a.text, at_a.tokens))
    tok_b = Tokenized(at_b.text, match_words(at_b.text, at_b.tokens))
    clusters = WordClusters(tok_a.words() | tok_b.words())
    titles = frozenset(w for w in tok_a.words() | tok_b.words() if w in HONORIFICS)
    ua, ub = tok_a.units(spans_a, clusters, titles), tok_b.units(spans_b, clusters, titles)
    idf = idf_of(ua + ub)
    anchors = tok_a.capitalised(spans_a) | tok_b.capitalised(spans_b)
    numbers = {clusters[w] for w in anchors if w.isdigit()}
    dates = article_time_words(a.language) | article_time_words(b.language)
    names = frozenset(clusters[w] for w in anchors if not w.isdigit() and w not in dates)
    times = frozenset(clusters[w] for w in tok_a.words() | tok_b.words() if w in dates)
    passages, skip_a, skip_b = match_passages(ua, ub, settings)
    info = informativeness(clusters, lexicon(), settings.align_info_floor, settings.align_info_ceiling)
    quoted = tuple(quoted_words(tok.starts, tok.toks, clusters.ids, spans,
                                [(q.start, q.end) for q in text_quotes(at) if q.kind == "statement"])
                   for tok, spans, at in ((tok_a, spans_a, at_a), (tok_b, spans_b, at_b)))
    cands = align_candidates(ua, ub, idf, skip_a, skip_b, numbers, names, info, settings, times, quoted)
    if settings.align_needs_one_story:
        # As compare(): two different stories share no fact (shared quotes are left out here,
        # since they can only turn a verdict to "same event").
        if relatedness(a, b, (at_a, at_b), shared_passages=len(passages)).verdict == DIFFERENT:
            cands = []
    facts, positive = [], set()
    for fact in pair["facts"]:
        where = [[w for w in (_locate(at.text, s) for s in fact[side]) if w] for side, at in (("a", at_a), ("b", at_b))]
        ia = [k for k, u in enumerate(ua) if any(u.start < e and s < u.end for s, e in where[0])]
        ib = [k for k, u in enumerate(ub) if any(u.start < e and s < u.end for s, e in where[1])]
        facts.append((ia, ib))
        positive |= {(i, j) for i in ia for j in ib}
    return {"id": pair["id"], "cands": cands, "positive": positive, "facts": facts, "skip": (skip_a, skip_b),
            "articles": (a, b), "units": (ua, ub), "set": gold_set(pair), "long": long_story(ua, ub, settings)}


def floor_of(d: dict, settings) -> float:
    """The probability a pair of this document needs in the app (matching.align_sentences)."""
    return settings.align_min_probability_long if d["long"] else settings.align_min_probability


def fit(rows: list[tuple[tuple[float, ...], float]], l2: float, iterations: int = 25) -> list[float]:
    """Logistic regression by Newton's method; the bias is not penalised."""
    n = len(rows[0][0])
    w = [0.0] * n
    for _ in range(iterations):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, y in rows:
            p = _sigmoid(sum(a * b for a, b in zip(w, x)))
            for r in range(n):
                grad[r] += (p - y) * x[r]
                pr = p * (1 - p) * x[r]
                for c in range(r, n):
                    hess[r][c] += pr * x[c]
        for r in range(1, n):
            hess[r][r] += l2
            grad[r] += l2 * w[r]
        hess[0][0] += 1e-6
        for r in range(n):
            for c in range(r):
                hess[r][c] = hess[c][r]
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
    return w


def _solve(m: list[list[float]], v: list[float]) -> list[float]:
    n = len(v)
    a = [row[:] + [v[k]] for k, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[p] = a[p], a[c]
        for r in range(n):
            if r != c and a[c][c]:
                f = a[r][c] / a[c][c]
                for k in range(c, n + 1):
                    a[r][k] -= f * a[c][k]
    return [a[k][n] / a[k][k] for k in range(n)]


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def decode(scored: list[tuple[float, int, int]], threshold: float, limit: int,
           second: float = 0.0) -> set[tuple[int, int]]:
    """As matching.align_sentences: most probable first, each sentence at most limit times, a
    sentence's second partner only from probability second."""
    used_a: Counter[int] = Counter()
    used_b: Counter[int] = Counter()
    out = set()
    for p, i, j in sorted(scored, key=lambda t: (-round(t[0], 9), t[1], t[2])):
        if p < threshold:
            break
        if used_a[i] >= limit or used_b[j] >= limit:
            continue
        if (used_a[i] or used_b[j]) and p < second:
            continue
        used_a[i] += 1
        used_b[j] += 1
        out.add((i, j))
    return out


def score(docs: list[dict], chosen: dict[str, set[tuple[int, int]]]) -> tuple[float, float, int]:
    """Recall of facts (a fact inside shared passages on both sides counts as found, as in the
    benchmark) and the share of aligned pairs inside a gold fact."""
    facts = found = aligned = right = 0
    for d in docs:
        pairs = chosen[d["id"]]
        skip_a, skip_b = d["skip"]
        for ia, ib in d["facts"]:
            facts += 1
            if any((i, j) in pairs for i in ia for j in ib) or (
                any(i in skip_a for i in ia) and any(j in skip_b for j in ib)
            ):
                found += 1
        aligned += len(pairs)
        right += len(pairs & d["positive"])
    return found / facts, right / max(aligned, 1), aligned


def unrelated_aligned(chosen: dict[str, set[tuple[int, int]]]) -> int:
    return sum(len(v) for k, v in chosen.items() if "+" in k)


# The candidate step's filters (LexicalSettings fields) and the value that lets every pair through.
CANDIDATE_FILTERS = {
    "align_max_posting": 10**6,  # words in many sentences are not probed
    "align_probed_per_sentence": 10**6,  # sentences of B scored in full for each of A
    "align_candidate_similarity": 0.0,  # the similarity floor
    "align_candidates_per_sentence": 10**6,  # a sentence's closest candidates kept
    "align_min_told": 0,  # names and dates alone (long enough articles)
    "align_min_told_short": 0,  # ... and short ones
    "align_quotes_share_words": False,  # the attribution only
    "align_fact_word_sentences": 0,  # the fact-word check
}


def filters_dropping(pair: dict, data: Path, settings,
                     facts: list[tuple[list[int], list[int]]]) -> list[tuple[str, str]]:
    """For each fact (its sentences on each side) that is no candidate: the filters of the
    candidate step that drop it, each found by letting every pair through all the others (joined
    by '+'); 'no shared word cluster' when no filter does (or the articles' relatedness). With
    each, what the shipped weights make of it when every filter lets pairs through (the pairs
    decoded as the app decodes them): whether a filter is what keeps it out (if_let_through)."""
    relaxed = replace(settings, **CANDIDATE_FILTERS)
    let_through = examples(pair, data, relaxed)
    every = {(c.i, c.j) for c in let_through["cands"]}
    alone = {name: {(c.i, c.j) for c in examples(pair, data, replace(relaxed, **{name: getattr(settings, name)}))["cands"]}
             for name in CANDIDATE_FILTERS}
    scored = probabilities([let_through], settings.align_weights)[let_through["id"]]
    chosen = decode(scored, floor_of(let_through, settings), settings.align_max_per_sentence,
                    settings.align_second_probability)
    best = {(i, j): p for p, i, j in scored}
    out = []
    for ia, ib in facts:
        pairs = {(i, j) for i in ia for j in ib}
        if not pairs & every:
            out.append(("no shared word cluster (or different stories)", "no candidate even so"))
            continue
        filters = "+".join(name for name, kept in alone.items() if not pairs & kept) or "several filters together"
        out.append((filters, let_through_verdict(max(best.get(c, -1.0) for c in pairs), bool(pairs & chosen),
                                                 floor_of(let_through, settings))))
    return out


def let_through_verdict(probability: float, aligned: bool, floor: float) -> str:
    """What the shipped weights make of a fact's most probable pair once the candidate filters
    let it through: aligned, or not (outranked at or above the floor, or below it)."""
    if aligned:
        return "aligned"
    return "outranked" if probability >= floor else "below the floor"


def why_it_loses(cells: set[tuple[int, int]], scored: dict[tuple[int, int], float], chosen: set[tuple[int, int]],
                 positive: set[tuple[int, int]], floor: float, second: float, limit: int) -> str:
    """Why a fact that is a candidate (cells: its sentence pairs) is not aligned, from its most
    probable pair: outranked (at or above the floor) by the pairs its sentences hold already (one
    outside the gold among them, or right pairs of other facts only; the sentence full, or the pair below
    the second partner's bar), or below the floor (by how much, and whether it is both its
    sentences' most probable candidate: a mutual best)."""
    p, i, j = max((scored[c], *c) for c in cells if c in scored)
    if p >= floor:
        held = {c for c in chosen if c[0] == i or c[1] == j}
        by = "a pair outside the gold" if held - positive else "a right pair of another fact"
        full = any(sum(1 for c in chosen if c[k] == (i, j)[k]) >= limit for k in (0, 1))
        return f"outranked by {by}, {'a sentence full' if full else 'below the second partner bar'}"
    gap = floor - p
    bucket = "< 0.05" if gap < 0.05 else "0.05 to 0.1" if gap < 0.1 else ">= 0.1"
    mutual = all(q <= p for (x, y), q in scored.items() if x == i or y == j)
    return f"below the floor by {bucket}{', a mutual best' if mutual else ''}"


def misses(docs: list[dict], settings, data: Path | None = None, pairs: dict | None = None) -> dict:
    """The facts the shipped weights miss and the pairs they align outside the gold, on the tune
    part, with the mechanism of each miss; with data and pairs (gold pairs by id), the filters of
    the candidate step that drop each fact that is no candidate, counted for the short and the long
    pairs apart."""
    weights = settings.align_weights
    causes: Counter[str] = Counter()
    dropped_by: dict[str, Counter[str]] = {"short": Counter(), "long": Counter()}
    let_through: dict[str, Counter[str]] = {"short": Counter(), "long": Counter()}
    losing: dict[str, Counter[str]] = {"short": Counter(), "long": Counter()}
    missed, wrong = [], []
    for d in docs:
        ua, ub = d["units"]
        a, b = d["articles"]
        scored = {(c.i, c.j): _sigmoid(sum(p * q for p, q in zip(weights, c.features))) for c in d["cands"]}
        floor = floor_of(d, settings)
        chosen = decode([(p, i, j) for (i, j), p in scored.items()], floor,
                        settings.align_max_per_sentence, settings.align_second_probability)
        skip_a, skip_b = d["skip"]
        no_candidate = [(ia, ib) for ia, ib in d["facts"] if ia and ib and not any(
            (i, j) in scored for i in ia for j in ib) and not (
                any(i in skip_a for i in ia) and any(j in skip_b for j in ib))]
        dropping = {}
        if no_candidate and pairs is not None and d["id"] in pairs:
            dropping = dict(zip(map(repr, no_candidate), filters_dropping(pairs[d["id"]], data, settings, no_candidate)))
        for ia, ib in d["facts"]:
            if any((i, j) in chosen for i in ia for j in ib) or (
                any(i in skip_a for i in ia) and any(j in skip_b for j in ib)
            ):
                continue
            filters, verdict = dropping.get(repr((ia, ib)), (None, None))
            if filters:
                dropped_by[d["set"]][filters] += 1
                let_through[d["set"]][verdict] += 1
            if not ia or not ib:
                cause = "snippet not found"
            else:
                best = max(scored.get((i, j), -1.0) for i in ia for j in ib)
                if best >= floor:
                    cause = "outranked: its sentences hold other pairs"
                elif best >= 0:
                    cause = "a candidate, below the probability needed"
                else:
                    shared = max(len(set(ua[i].content) & set(ub[j].content)) for i in ia for j in ib)
                    cause = f"no candidate: the sentences share {min(shared, 3)}{'+' if shared > 2 else ''} word clusters"
            causes[cause] += 1
            loses = None
            if cause.startswith(("outranked", "a candidate")):
                loses = why_it_loses({(i, j) for i in ia for j in ib}, scored, chosen, d["positive"], floor,
                                     settings.align_second_probability, settings.align_max_per_sentence)
                losing[d["set"]][loses] += 1
            missed.append({"pair": d["id"], "set": d["set"], "cause": cause,
                           **({"dropped_by": filters, "if_let_through": verdict} if filters else {}),
                           **({"loses": loses} if loses else {}),
                           "a": [a.text[ua[i].start : ua[i].end] for i in ia],
                           "b": [b.text[ub[j].start : ub[j].end] for j in ib]})
        for i, j in sorted(chosen - d["positive"]):
            wrong.append({"pair": d["id"], "set": d["set"], "probability": round(scored[(i, j)], 3),
                          "a": a.text[ua[i].start : ua[i].end], "b": b.text[ub[j].start : ub[j].end]})
    return {"missed_by_cause": dict(causes.most_common()),
            "no_candidate_dropped_by": {k: dict(v.most_common()) for k, v in dropped_by.items() if v},
            # the same facts with every candidate filter letting pairs through, decoded with the
            # shipped weights: "aligned" ones are kept out by the filters, the others by the model
            "no_candidate_if_let_through": {k: dict(v.most_common()) for k, v in let_through.items() if v},
            "candidates_that_lose": {k: dict(v.most_common()) for k, v in losing.items() if v},
            "missed": missed, "aligned_outside_gold": wrong}


def by_set(docs: list[dict], chosen: dict[str, set[tuple[int, int]]]) -> dict:
    """Recall and precision of the short and the long pairs apart (unrelated pairs left out)."""
    out = {}
    for name in ("short", "long"):
        part = [d for d in docs if d["set"] == name and "+" not in d["id"]]
        if part:
            recall, precision, n = score(part, chosen)
            out[name] = {"recall": round(recall, 4), "precision": round(precision, 4), "aligned_pairs": n}
    return out


def probabilities(docs: list[dict], weights) -> dict[str, list[tuple[float, int, int]]]:
    return {d["id"]: [(_sigmoid(sum(a * b for a, b in zip(weights, c.features))), c.i, c.j) for c in d["cands"]]
            for d in docs}


def at_floors(docs: list[dict], scored: dict[str, list[tuple[float, int, int]]], settings) -> dict:
    """Recall and precision (overall, and short and long pairs apart) of the pairs decoded at the
    app's floors: align_min_probability_long in long stories, align_min_probability elsewhere."""
    chosen = {d["id"]: decode(scored[d["id"]], floor_of(d, settings), settings.align_max_per_sentence,
                              settings.align_second_probability) for d in docs}
    recall, precision, n = score(docs, chosen)
    return {"recall": round(recall, 4), "precision": round(precision, 4), "aligned_pairs": n,
            "aligned_in_unrelated_pairs": unrelated_aligned(chosen), "by_set": by_set(docs, chosen)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="the shared data folder")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0, help="the shuffle of pairs into folds")
    parser.add_argument("--misses", action="store_true",
                        help="list the tune facts the shipped weights miss and the pairs they align outside the gold")
    parser.add_argument("--check", action="store_true", help="check that compare() aligns what the model decodes")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="another value of a LexicalSettings field (e.g. align_min_told=3)")
    args = parser.parse_args(argv)
    data = shared_data(args.data)
    if data is None:
        print("benchmark data not found: ../shared/data (set SIDEBYSIDE_SHARED_DATA or --data)", file=sys.stderr)
        return 2
    settings = replace(DEFAULT.compare.lexical, **{k: ast.literal_eval(v) for k, v in (s.split("=", 1) for s in args.set)})
    gold = json.loads(GOLD_FACTS.read_text(encoding="utf-8"))
    tune = [p for p in gold["pairs"] if part_of(p["id"]) == "tune"]
    docs = [examples(p, data, settings) for p in tune + unrelated_pairs(tune)]
    if args.misses:
        by_id = {p["id"]: p for p in tune}
        print(json.dumps({"part": "tune", **misses(docs, settings, data, by_id), "load_average": list(os.getloadavg())},
                         indent=1, ensure_ascii=False))
        return 0
    ids = sorted(d["id"] for d in docs)
    random.Random(args.seed).shuffle(ids)
    folds = [set(ids[k :: args.folds]) for k in range(args.folds)]
    scored: dict[str, list[tuple[float, int, int]]] = {}
    for fold in folds:
        rows = [(c.features, float((c.i, c.j) in d["positive"])) for d in docs if d["id"] not in fold for c in d["cands"]]
        w = fit(rows, args.l2)
        for d in docs:
            if d["id"] in fold:
                scored[d["id"]] = [(_sigmoid(sum(a * b for a, b in zip(w, c.features))), c.i, c.j) for c in d["cands"]]
    limit = settings.align_max_per_sentence
    cross = {}
    for t in THRESHOLDS:
        chosen = {k: decode(v, t, limit, settings.align_second_probability) for k, v in scored.items()}
        recall, precision, n = score(docs, chosen)
        cross[str(t)] = {"recall": round(recall, 4), "precision": round(precision, 4), "aligned_pairs": n,
                         "aligned_in_unrelated_pairs": unrelated_aligned(chosen), "by_set": by_set(docs, chosen)}
    rows = [(c.features, float((c.i, c.j) in d["positive"])) for d in docs for c in d["cands"]]
    weights = fit(rows, args.l2)
    report = {
        "part": "tune",
        "pairs": sum("+" not in d["id"] for d in docs),
        "unrelated_pairs": sum("+" in d["id"] for d in docs),
        "candidates": len(rows),
        "positives": int(sum(y for _, y in rows)),
        "cross_validated": cross,
        # at the app's floors (align_min_probability; align_min_probability_long in long stories):
        # the cross-validated figure, and (not cross-validated) the weights fitted here and the
        # shipped ones decoded on the same pairs
        "cross_validated_at_settings_floors": at_floors(docs, scored, settings),
        "fitted_on_all_at_settings_floors": at_floors(docs, probabilities(docs, weights), settings),
        "settings_weights_at_settings_floors": at_floors(docs, probabilities(docs, settings.align_weights), settings),
        "weights": {name: round(w, 4) for name, w in zip(ALIGN_FEATURES, weights)},
        "settings_line": "align_weights: tuple[float, ...] = ("
        + ", ".join(f"{w:.4f}" for w in weights)
        + ")",
        "load_average": list(os.getloadavg()),
    }
    if args.check:
        # What compare() aligns on each tune pair, with these weights, equals what they decode here.
        lexical = replace(settings, align_weights=tuple(weights))
        full = replace(DEFAULT, compare=replace(DEFAULT.compare, lexical=lexical))
        mismatched = []
        for d in docs:
            a, b = d["articles"]
            ua, ub = d["units"]
            got = {(next(k for k, u in enumerate(ua) if u.start == x.a.start), next(k for k, u in enumerate(ub) if u.start == x.b.start))
                   for x in compare(a, b, full).aligned_sentences}
            want = decode([(_sigmoid(sum(p * q for p, q in zip(weights, c.features))), c.i, c.j) for c in d["cands"]],
                          floor_of(d, settings), limit, settings.align_second_probability)
            if got != want:
                mismatched.append(d["id"])
        report["check_mismatched_pairs"] = mismatched
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
