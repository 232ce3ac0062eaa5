"""Do two articles report the same event? How often the verdict (compare/relatedness.py) is right.

Pairs from ECB+ (../shared/data/ecbplus): each topic holds two seminal events of one kind
(two earthquakes, two big baseball contracts), "ecb" and "ecbplus". Three kinds of pairs:
- same: two texts of one event;
- near: one text of each event of a topic (same kind of event, elsewhere: the hard case);
- far: texts of two topics.
Pairs of real article pages (AEB, ../shared/data/aeb) on unrelated subjects are "far" too.

The split is by topic (a stable hash of its number): topics of the tuned part set the
thresholds, the measured part is only measured (printed first). For each kind of pair: how many
get each verdict. What matters most is that "same" pairs never read "different events" (a
false alarm over a real pair costs the reader's trust), then that "far" pairs do.

Only the text signal is measured here (no shared quote or passage counted), with the weights
and thresholds of settings.py (``compare.relatedness``). CPU seconds: time.process_time.

    .venv/bin/python benchmarks/relatedness.py [--data DIR]

--tune-languages prints instead the verdicts of the hand-written French, German and Spanish
pairs (tests/data/relatedness/tune_fr_de_es.json), the tune set of the weights of a language
without a background list, and, measured only, of the pairs of Readability test pages
(../shared/data/readability) of one language other than English: different stories ("far").
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import itertools
import json
import os
import random
import sys
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "benchmarks"))  # common.py, and the scripts' shared helpers
import common  # noqa: E402,F401  (this checkout's src first, or SIDEBYSIDE_SRC's with its data)

from common import data_holding  # noqa: E402

from sidebyside.compare.articletext import ArticleText  # noqa: E402
from sidebyside.compare.relatedness import relatedness  # noqa: E402
from sidebyside.model import Article, Source  # noqa: E402

PAIRS_PER_KIND_PER_TOPIC = 6
AEB_PAGES = 40



def measured(topic: str) -> bool:
    return int(hashlib.sha1(topic.encode()).hexdigest(), 16) % 3 == 0


def article(text: str, name: str, language: str | None = "en") -> Article:
    return Article(source=Source(name, "text"), text=text, language=language)


def ecb_docs(data: Path) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(topic, event) -> [(doc id, text)]."""
    events: dict[tuple[str, str], list[tuple[str, str]]] = collections.defaultdict(list)
    for path in sorted((data / "ecbplus" / "docs").glob("*.txt")):
        topic, rest = path.stem.split("_", 1)
        event = "ecbplus" if rest.endswith("ecbplus") else "ecb"
        events[(topic, event)].append((path.stem, path.read_text(encoding="utf-8")))
    return events


def aeb_texts(data: Path) -> list[tuple[str, str]]:
    """Texts of real pages (the AEB ground truth's article bodies), when the set is there."""
    try:
        truth = json.loads((data / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out = []
    for page_id, record in sorted(truth.items()):
        body = record.get("articleBody") if isinstance(record, dict) else None
        if isinstance(body, str) and len(body.split()) > 150:
            out.append((page_id[:10], body))
        if len(out) >= AEB_PAGES:
            break
    return out


def pairs(events, rng) -> list[tuple[str, str, tuple, tuple]]:
    """(kind, topic for the split, doc, doc)."""
    out = []
    topics = sorted({t for t, _ in events})
    for topic in topics:
        ecb, plus = events.get((topic, "ecb"), []), events.get((topic, "ecbplus"), [])
        same = list(itertools.combinations(ecb, 2)) + list(itertools.combinations(plus, 2))
        near = list(itertools.product(ecb, plus))
        for kind, pool in (("same", same), ("near", near)):
            for a, b in rng.sample(pool, min(PAIRS_PER_KIND_PER_TOPIC, len(pool))):
                out.append((kind, topic, a, b))
        others = [t for t in topics if t != topic]
        for _ in range(PAIRS_PER_KIND_PER_TOPIC):
            other = rng.choice(others)
            a = rng.choice(ecb + plus)
            b = rng.choice(events.get((other, "ecb"), []) + events.get((other, "ecbplus"), []))
            out.append(("far", topic, a, b))
    return out


TUNE_LANGUAGES = REPO_DIR / "tests" / "data" / "relatedness" / "tune_fr_de_es.json"


def tune_languages() -> None:
    """The verdict of each hand-written pair, by language and kind, with its similarity."""
    data = json.loads(TUNE_LANGUAGES.read_text(encoding="utf-8"))
    out: dict[str, dict[str, list]] = {}
    for language, docs in data["languages"].items():
        for kind, keys in data["pairs"].items():
            for ka, kb in keys:
                verdict = relatedness(article(docs[ka], ka, language), article(docs[kb], kb, language))
                out.setdefault(language, {}).setdefault(kind, []).append(
                    [f"{ka}-{kb}", verdict.verdict, verdict.similarity])
    measured_pairs: dict[str, list] = {}
    pages = data_holding("readability")
    if pages is not None:
        from sidebyside.extract import extract_path

        by_language: dict[str, list[tuple[str, Article]]] = collections.defaultdict(list)
        for folder in sorted((pages / "readability" / "pages").iterdir()):
            try:
                lang = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8")).get("lang")
            except (OSError, ValueError):
                continue
            primary = (lang or "").split("-")[0].lower()
            if primary and primary != "en" and (folder / "expected.html").is_file():
                art = extract_path(str(folder / "expected.html"))
                by_language[primary].append((folder.name, article(art.text, folder.name, lang)))
        for language, arts in sorted(by_language.items()):
            for (na, a), (nb, b) in itertools.combinations(arts, 2):
                verdict = relatedness(a, b)
                measured_pairs.setdefault(language, []).append([f"{na}-{nb}", verdict.verdict, verdict.similarity])
    print(json.dumps({"benchmark": "relatedness --tune-languages", "pairs": out,
                      "measured (real pages, far)": measured_pairs}, indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=data_holding("ecbplus"))
    parser.add_argument("--tune-languages", action="store_true",
                        help="the verdicts of the hand-written French, German and Spanish pairs")
    args = parser.parse_args()
    if args.tune_languages:
        tune_languages()
        return
    if args.data is None:
        print(json.dumps({"error": "no ../shared/data/ecbplus; pass --data"}))
        return
    rng = random.Random(20260301)
    events = ecb_docs(args.data)
    texts: dict[str, ArticleText] = {}

    def text_of(doc) -> ArticleText:
        if doc[0] not in texts:
            texts[doc[0]] = ArticleText(doc[1])
        return texts[doc[0]]

    results = {"measured": collections.defaultdict(collections.Counter),
               "tuned": collections.defaultdict(collections.Counter)}
    similarities = {"measured": collections.defaultdict(list), "tuned": collections.defaultdict(list)}
    cpu = time.process_time()
    count = 0
    for kind, topic, a, b in pairs(events, rng):
        split = "measured" if measured(topic) else "tuned"
        verdict = relatedness(article(a[1], a[0]), article(b[1], b[0]), (text_of(a), text_of(b)))
        results[split][kind][verdict.verdict] += 1
        similarities[split][kind].append(verdict.similarity)
        count += 1
    pages = aeb_texts(args.data)
    for (na, ta), (nb, tb) in zip(pages[0::2], pages[1::2]):
        verdict = relatedness(article(ta, na), article(tb, nb))
        results["measured"]["far (real pages)"][verdict.verdict] += 1
        similarities["measured"]["far (real pages)"].append(verdict.similarity)
        count += 1
    cpu = time.process_time() - cpu

    def summary(split):
        out = {}
        for kind, verdicts in results[split].items():
            sims = sorted(s for s in similarities[split][kind] if s is not None) or [None]
            n = sum(verdicts.values())
            out[kind] = {"pairs": n, "verdicts": dict(verdicts),
                         "unmeasured": similarities[split][kind].count(None),  # too short to judge
                         "similarity_min_p10_p50_p90_max": [sims[int(q * (len(sims) - 1))]
                                                            for q in (0, 0.1, 0.5, 0.9, 1)],
                         "lowest": sims[:6]}
        return out

    print(json.dumps({
        "benchmark": "relatedness",
        "measured": summary("measured"),
        "tuned": summary("tuned"),
        "pairs": count,
        "cpu_seconds": round(cpu, 2),
        "loadavg": os.getloadavg(),
    }, indent=2))


if __name__ == "__main__":
    main()
