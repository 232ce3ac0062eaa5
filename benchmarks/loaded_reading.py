"""Judged precision of the loaded words the app reports on real news pages (the reading set).

``benchmarks/data/loaded_reading.json`` holds every word the app reported as loaded on 311 real
pages when each page was added, each judged by hand as loaded or not under the written rule stored in
the file: all 181 AEB pages (``../shared/data/aeb``), 28 English news and magazine pages of
``../shared/data/readability`` and 102 ECB+ news texts (``../shared/data/ecbplus``; 158 tune, 153
held-out pages in all). The pages are split by the stable hash of their
id (``common.held_out``): rules are tuned on the tune part, the held-out part is only measured.

For each part this prints the judged precision (share of reported words judged loaded) over
all words, the outlet's own words and the quoted ones, by source (``listed``: the hand-written
lists and the graded words shown as loaded, which carry no score; ``graded``: those the app only
calls possibly loaded; scare quotes), as the app shows them by default (``precision_shown``: no graded
word, the Possibly Loaded switch off; ``_shown_own`` / ``_shown_quoted``: the outlet's words and
the speakers', painted apart; ``shown_se``: the standard error of ``precision_shown``, sqrt(p(1-p)/n);
``shown_by_category``: per category, the words shown and the share judged loaded), and how many of the words judged loaded are still reported
(``kept_loaded``: a change that raises precision by dropping loaded words shows here). A word
reported now that the set has no judgement for is counted as ``unjudged`` and listed, so the
set can be extended by hand; it never counts as right or wrong. A phrase the app now shows
around a word judged alone ("so flawed", "utterly adrift") is judged as shown: by a judgement of
the phrase, else unjudged (its word's judgement cannot see a highlight too wide). A third part, ``unseen``, holds 14
news pages of ``../shared/data/readability`` judged only after the rules were chosen.

    .venv/bin/python benchmarks/loaded_reading.py [--part tune|held-out|unseen|all] [--unjudged] [--words] [--half 0|1]

``--half`` scores one half of the tune part (a second stable hash of the page id): a rule is kept
only when it holds on both halves.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "benchmarks"))  # common.py, and the scripts' shared helpers
import common  # noqa: E402,F401  (this checkout's src first, or SIDEBYSIDE_SRC's with its data)

from common import data_holding, held_out  # noqa: E402

from sidebyside.capture import capture_bytes  # noqa: E402
from sidebyside.compare import compare  # noqa: E402
from sidebyside.extract import extract  # noqa: E402
from sidebyside.model import Article, LoadedTerm  # noqa: E402

GOLD = REPO_DIR / "benchmarks" / "data" / "loaded_reading.json"
PARTS = ("tune", "held-out")
UNSEEN = "unseen"  # pages judged after the rules were chosen (gold["unseen"]): measured only
CONTEXT = 25  # characters either side of a word that identify it on its page


def part_of(page_id: str) -> str:
    return "held-out" if held_out(page_id) else "tune"


def half_of(page_id: str) -> int:
    """0 or 1: a second stable split of a part (the SHA-1's second byte), to check a rule on both."""
    return hashlib.sha1(page_id.encode("utf-8")).digest()[1] % 2


def load_page(data: Path, page_id: str) -> Article:
    corpus, name = page_id.split("/", 1)
    if corpus == "aeb":
        raw = gzip.decompress((data / "aeb" / "html" / f"{name}.html.gz").read_bytes())
    elif corpus == "readability":
        raw = (data / "readability" / "pages" / name / "source.html").read_bytes()
    elif corpus == "ecbplus":  # a text capture: its first paragraph is the headline
        return extract(capture_bytes((data / "ecbplus" / "docs" / f"{name}.txt").read_bytes(), path=f"{name}.txt"))
    else:
        raise ValueError(f"unknown corpus of {page_id}")
    return extract(capture_bytes(raw, path=f"{name}.html", format="html"))


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def context_key(text: str, start: int, end: int) -> tuple[str, str, str]:
    """A reported word as the set knows it: the word and the words around it (whitespace-folded,
    so a change of line breaks by the extractor keeps the key)."""
    left = _fold(text[max(0, start - 3 * CONTEXT) : start])[-CONTEXT:]
    right = _fold(text[end : end + 3 * CONTEXT])[:CONTEXT]
    return _fold(text[start:end]), left, right


def verdict_of(judged: dict, page_id: str, text: str, term: LoadedTerm) -> bool | None:
    """The judgement of a reported term as the app shows it: of its span, words and context.
    A phrase the app shows around a word judged alone ("so flawed", "utterly adrift") is judged
    as a phrase or not at all (unjudged, listed by ``--unjudged``): its word's verdict cannot
    tell whether the highlight is too wide."""
    return judged.get((page_id, term.category == "scare quotes", *context_key(text, term.start, term.end)))


def source_of(term: LoadedTerm) -> str:
    if term.category == "scare quotes":
        return "scare quotes"
    return "graded" if term.score is not None else "listed"


def reported(article: Article) -> tuple[LoadedTerm, ...]:
    """The loaded terms the app reports for this article, as the comparison computes them."""
    return compare(article, article).framing.loaded_terms[0]


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _standard_error(num: int, den: int) -> float | None:
    """The standard error of a share num/den (a binomial proportion): how far it moves by chance."""
    return round((num / den * (1 - num / den) / den) ** 0.5, 4) if den else None


def score(
    data: Path, gold: dict, parts: tuple[str, ...], show_unjudged: bool, half: int | None = None, show_words: bool = False
) -> dict:
    judged: dict[tuple[str, bool, str, str, str], bool] = {}
    loaded_total: Counter[str] = Counter()
    unseen = gold.get(UNSEEN, {"pages": [], "judgements": []})
    for j in gold["judgements"] + unseen["judgements"]:
        judged[(j["page"], j["scare_quote"], _fold(j["word"]), j["left"], j["right"])] = j["loaded"]
        if j["loaded"]:
            if half is None or j["page"] in unseen["pages"] or part_of(j["page"]) != "tune" or half_of(j["page"]) == half:
                loaded_total[UNSEEN if j["page"] in unseen["pages"] else part_of(j["page"])] += 1
    out: dict = {}
    for part in parts:
        counts: Counter[str] = Counter()
        unjudged: list[str] = []
        words: list[dict] = []
        pages = unseen["pages"] if part == UNSEEN else [p for p in gold["pages"] if part_of(p) == part]
        if half is not None and part == "tune":
            pages = [p for p in pages if half_of(p) == half]
        for page_id in pages:
            counts["pages"] += 1
            article = load_page(data, page_id)
            for term in reported(article):
                verdict = verdict_of(judged, page_id, article.text, term)
                counts["reported"] += 1
                if verdict is None:
                    counts["unjudged"] += 1
                    word, left, right = context_key(article.text, term.start, term.end)
                    unjudged.append(f"{page_id} | {left}[[{word}]]{right} | {term.category}")
                    continue
                if show_words:
                    word, left, right = context_key(article.text, term.start, term.end)
                    words.append({"loaded": verdict, "source": source_of(term), "category": term.category,
                                  "score": term.score, "quoted": term.quoted, "page": page_id,
                                  "context": f"{left}[[{word}]]{right}"})
                groups = ("all", "quoted" if term.quoted else "own", source_of(term))
                if term.score is None:  # shown by default (Possibly Loaded off): see ui/possibly_loaded.py
                    groups += ("shown", "shown_quoted" if term.quoted else "shown_own", f"category:{term.category}")
                for group in groups:
                    counts[f"{group}_judged"] += 1
                    counts[f"{group}_loaded"] += verdict
        result = {
            "pages": counts["pages"],
            "reported": counts["reported"],
            "unjudged": counts["unjudged"],
            "precision": _ratio(counts["all_loaded"], counts["all_judged"]),
            "kept_loaded": f"{counts['all_loaded']} of {loaded_total[part]}",
        }
        result["precision_shown"] = _ratio(counts["shown_loaded"], counts["shown_judged"])
        result["shown_se"] = _standard_error(counts["shown_loaded"], counts["shown_judged"])
        result["kept_loaded_shown"] = f"{counts['shown_loaded']} of {loaded_total[part]}"
        result["shown_by_category"] = {
            group.split(":", 1)[1]: [counts[f"{group}_judged"], _ratio(counts[f"{group}_loaded"], counts[f"{group}_judged"])]
            for group in sorted({key.rsplit("_", 1)[0] for key in counts if key.startswith("category:")})
        }
        for group in ("own", "quoted", "listed", "graded", "scare quotes", "shown_own", "shown_quoted"):
            result[f"precision_{group.replace(' ', '_')}"] = _ratio(counts[f"{group}_loaded"], counts[f"{group}_judged"])
            result[f"reported_{group.replace(' ', '_')}"] = counts[f"{group}_judged"]
        if show_unjudged:
            result["unjudged_words"] = unjudged
        if show_words:
            result["judged_words"] = words
        out[part] = result
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="the shared data folder (holding aeb/)")
    parser.add_argument("--part", choices=[*PARTS, UNSEEN, "all"], default="all")
    parser.add_argument("--half", type=int, choices=(0, 1), help="score only this half of the tune part")
    parser.add_argument("--unjudged", action="store_true", help="list the reported words the set has no judgement for")
    parser.add_argument("--words", action="store_true", help="list every judged word reported, with its verdict and score")
    args = parser.parse_args(argv)
    data = Path(args.data) if args.data else data_holding("aeb")
    if data is None or not (data / "aeb").is_dir():
        print("benchmark data not found: ../shared/data/aeb (set SIDEBYSIDE_SHARED_DATA or --data)", file=sys.stderr)
        return 2
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    parts = (*PARTS, UNSEEN) if args.part == "all" else (args.part,)
    start = time.process_time()
    report = {"benchmark": "loaded_reading", "data": str(data)}
    report.update(score(data, gold, parts, args.unjudged, args.half, args.words))
    report["cpu_s"] = round(time.process_time() - start, 2)
    report["load_average"] = list(os.getloadavg())
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
