"""Train the text family's line scorer (src/sidebyside/extract/text/model.py) on the TUNE half of
the text dev set, and write its weights to resources/textlines/body.json.

Labels: each line of every tune page, in every text form, is aligned to the page's gold body
(AEB's ground truth; Readability's expected.html text; for the project's fixtures, what the HTML
extractor reads): the dump's words and the gold's words are matched in order (difflib's
longest matching blocks of 3+ words), and a line whose words are at least half matched is
body. Model: scikit-learn's logistic regression (L2, C below) over features.py's columns,
each line weighted by the square root of its word count (the body metric counts words). The
two decoding thresholds of model.py are chosen by 5-fold cross-validation over the tune pages
(grouped by page, every form of a page in one fold), scored as bench_text.py scores: the whole
extractor's lead + text against the gold body (word 4-gram shingle F1). The line rules alone are
scored the same way beside it.

scikit-learn is a build-time tool here (the ``bench`` extra), never a runtime dependency.

Run: ``python benchmarks/train_text_model.py [--cv-only]`` (build the dev set first:
benchmarks/build_text_devset.py). Prints JSON: cross-validated body F1 per form on tune.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from difflib import SequenceMatcher
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_text_devset import CACHE, FORMS  # noqa: E402
from common import REPO_DIR, shingle_prf  # noqa: E402

from sidebyside.extract.text import article_of, header_trimmed, read_lines, rows_of, rule_body  # noqa: E402
from sidebyside.extract.text.body import chosen_blocks  # noqa: E402
from sidebyside.extract.text.features import FEATURES  # noqa: E402
from sidebyside.extract.text.model import LineModel, chosen_lines  # noqa: E402
from sidebyside.model import Capture, Source  # noqa: E402
from sidebyside.settings import DEFAULT  # noqa: E402

OUT = REPO_DIR / "resources" / "textlines" / "body.json"
C = 1.0
RUN_THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)
KEEP_THRESHOLDS = (0.2, 0.3, 0.4, 0.5)
_TOKEN = re.compile(r"\w+")


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in _TOKEN.findall(text)]


def line_labels(texts: list[str], gold: str) -> list[float]:
    """The share of each line's words matched, in order, to the gold body's words."""
    dump: list[str] = []
    owner: list[int] = []
    for i, text in enumerate(texts):
        for word in _tokens(text):
            dump.append(word)
            owner.append(i)
    hit = [0] * len(dump)
    for a, _, size in SequenceMatcher(None, dump, _tokens(gold), autojunk=False).get_matching_blocks():
        if size >= 3 or (size and size == len(dump)):
            hit[a : a + size] = [1] * size
    total = [0] * len(texts)
    matched = [0] * len(texts)
    for k, i in enumerate(owner):
        total[i] += 1
        matched[i] += hit[k]
    return [m / t if t else 0.0 for m, t in zip(matched, total)]


def page_rows(text: str, gold: str) -> dict:
    lines = read_lines(text)
    start, end, blocks = rule_body(lines)
    rows = rows_of(lines, start, end, blocks)
    texts = [lines[i].text for i, _ in rows]
    return {"lines": lines, "rule_body": (start, end, blocks), "rows": rows, "texts": texts,
            "words": [lines[i].words for i, _ in rows], "labels": line_labels(texts, gold), "gold": gold}


_CAPTURE = Capture(source=Source(path="devset.txt", format="text"), content="")


def _scored(item: dict, start, end, blocks) -> float:
    article = article_of(_CAPTURE, item["lines"], start, end, blocks)
    body = "\n\n".join(x for x in (article.lead, article.text) if x)
    return shingle_prf(body, item["gold"])[2]


def rules_f1(item: dict) -> float:
    return _scored(item, *item["rule_body"])


def load(split: str) -> list[dict]:
    manifest = json.loads((CACHE / "manifest.json").read_text(encoding="utf-8"))
    out = []
    for page in manifest["pages"]:
        gold = page["gold"].get("body") or ""
        if page["split"] != split or len(gold.split()) < 20:
            continue
        for form in FORMS:
            path = CACHE / form / f"{page['set']}__{page['id']}.txt"
            if path.exists() and path.read_text(encoding="utf-8").strip():
                item = page_rows(path.read_text(encoding="utf-8"), gold)
                if item["rows"]:
                    out.append({**item, "page": f"{page['set']}/{page['id']}", "form": form})
    return out


def fit(items: list[dict]):
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([row for it in items for _, row in it["rows"]])
    y = np.array([1 if v >= 0.5 else 0 for it in items for v in it["labels"]])
    w = np.array([max(n, 1) ** 0.5 for it in items for n in it["words"]])
    return LogisticRegression(C=C, max_iter=5000).fit(x, y, sample_weight=w)


def as_model(clf, run: float, keep: float) -> LineModel:
    return LineModel(tuple(float(v) for v in clf.coef_[0]), float(clf.intercept_[0]), run, keep)


def body_f1(item: dict, model: LineModel) -> float:
    """The extractor's body F1 on one capture with this model (as model_body reads it)."""
    probs = model.probabilities(item["rows"])
    chosen = header_trimmed(item["lines"], chosen_lines(item["rows"], probs, item["words"], model),
                            DEFAULT.extract.text.line_model_header_lines)
    if not chosen:
        return rules_f1(item)
    return _scored(item, chosen[0], chosen[-1], chosen_blocks(item["lines"], chosen))


def cross_validate(items: list[dict], folds: int = 5) -> dict:
    """Body F1 per form and per (run, keep) thresholds, each page scored by a model not trained on it."""
    pages = sorted({it["page"] for it in items})
    fold_of = {p: k % folds for k, p in enumerate(pages)}
    scores: dict[tuple[float, float], dict[str, list[float]]] = {}
    for fold in range(folds):
        clf = fit([it for it in items if fold_of[it["page"]] != fold])
        for it in (it for it in items if fold_of[it["page"]] == fold):
            for run in RUN_THRESHOLDS:
                for keep in KEEP_THRESHOLDS:
                    f1 = body_f1(it, as_model(clf, run, keep))
                    scores.setdefault((run, keep), {}).setdefault(it["form"], []).append(f1)
    return {k: {form: statistics.fmean(v) for form, v in by_form.items()} for k, by_form in scores.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true", help="report cross-validation, write nothing")
    args = parser.parse_args()
    items = load("tune")
    cv = cross_validate(items)
    best = max(cv, key=lambda k: statistics.fmean(cv[k].values()))
    report = {"tune_pages": len({it["page"] for it in items}), "captures": len(items),
              "lines": sum(len(it["rows"]) for it in items), "thresholds": {"run": best[0], "keep": best[1]},
              "cv_f1": {form: round(v, 4) for form, v in cv[best].items()},
              "cv_f1_mean": round(statistics.fmean(cv[best].values()), 4),
              "rules_f1": {form: round(statistics.fmean(rules_f1(it) for it in items if it["form"] == form), 4)
                           for form in FORMS},
              "cv_f1_by_thresholds": {f"{r}/{k}": round(statistics.fmean(v.values()), 4) for (r, k), v in cv.items()}}
    if not args.cv_only:
        clf = fit(items)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps({
            "made_by": "benchmarks/train_text_model.py (logistic regression, scikit-learn) on the tune half "
                       "of the text dev set",
            "features": list(FEATURES),
            "weights": [round(float(v), 5) for v in clf.coef_[0]],
            "bias": round(float(clf.intercept_[0]), 5),
            "run_threshold": best[0], "keep_threshold": best[1],
            "cv": report,
        }, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
