"""Word choices and distinctive terms as a teacher reads them, on real pairs.

Every word choice (``framing.word_choices``) and every distinctive term
(``framing.distinctive_terms``) the app lists for the pairs of
``benchmarks/data/read_pairs/word_choices.json`` is looked up among the judgements there (right,
useless or wrong, as a media-literacy teacher would use it; the file says how). The pairs are in
two parts, chosen before any output was read: "tune" (the seed pairs and reader20-24's pairs,
read to write the rules) and "measured" (ECB+ pairs nobody had read, judged once at the end).

    .venv/bin/python benchmarks/word_choices.py [--part tune|measured|all] [--unjudged]

--unjudged prints each listed item without a judgement to stderr (with its sentences), for a
reader to judge. Prints one JSON object: per part and kind, right / useless / wrong / unjudged.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "benchmarks"))  # common.py, and the scripts' shared helpers
import common  # noqa: E402,F401  (this checkout's src first, or SIDEBYSIDE_SRC's with its data)

from common import SHARED_DATA  # noqa: E402

from sidebyside.compare import compare  # noqa: E402
from sidebyside.extract import extract_path  # noqa: E402
from sidebyside.resources import seed_pair_paths  # noqa: E402

JUDGEMENTS = REPO_DIR / "benchmarks" / "data" / "read_pairs" / "word_choices.json"
VERDICTS = {"R": "right", "U": "useless", "W": "wrong"}


def load(ref: str, scratch: Path):
    """An article from a pair reference: "ecb:<doc>", "aeb:<id prefix>", "seed:<0|1>" (the
    bundled real pair) or "repo:<path>" (a file of this repository)."""
    kind, _, ident = ref.partition(":")
    if kind == "ecb":
        return extract_path(str(SHARED_DATA / "ecbplus" / "docs" / f"{ident}.txt"))
    if kind == "aeb":
        [page] = sorted((SHARED_DATA / "aeb" / "html").glob(f"{ident}*.html.gz"))
        out = scratch / page.name[: -len(".gz")]
        out.write_bytes(gzip.decompress(page.read_bytes()))
        return extract_path(str(out))
    if kind == "seed":
        return extract_path(seed_pair_paths()[int(ident)])
    return extract_path(str(REPO_DIR / ident))


def listed(comparison) -> list[tuple[str, str, str]]:
    """(kind, key, context) of every item the Framing tab lists: a word choice's key is
    "A words | B words"; a distinctive term's "A: term" or "B: term"."""
    a, b = comparison.articles
    out = []
    for w in getattr(comparison.framing, "word_choices", ()):  # (none before session 21)
        context = f"A: {a.text[w.pair[0].start:w.pair[0].end]}\n    B: {b.text[w.pair[1].start:w.pair[1].end]}"
        out.append(("word_choice", f"{w.a.text} | {w.b.text}", context))
    for side, terms in enumerate(comparison.framing.distinctive_terms):
        for t in terms:
            out.append(("distinctive", f"{'AB'[side]}: {t.term}", f"{t.count}×"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("tune", "measured", "all"), default="all")
    parser.add_argument("--unjudged", action="store_true")
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    args = parser.parse_args()
    data = json.loads(args.judgements.read_text(encoding="utf-8"))
    counts: dict[str, dict[str, dict[str, int]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for pair in data["pairs"]:
            if args.part != "all" and pair["part"] != args.part:
                continue
            comparison = compare(load(pair["a"], Path(scratch)), load(pair["b"], Path(scratch)))
            judged = pair.get("judged", {})
            for kind, key, context in listed(comparison):
                verdict = VERDICTS.get(judged.get(key, {}).get("verdict", ""), "unjudged")
                part = counts.setdefault(pair["part"], {})
                tally = part.setdefault(kind, {"right": 0, "useless": 0, "wrong": 0, "unjudged": 0})
                tally[verdict] += 1
                if verdict == "unjudged" and args.unjudged:
                    print(f"{pair['a']} {pair['b']} [{kind}] {key}\n    {context}", file=sys.stderr)
    print(json.dumps(counts, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
