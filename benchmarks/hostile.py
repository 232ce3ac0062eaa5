"""CPU time of the comparison's stages on hostile pages, in process: walls of quote marks, of
"said" clauses, of capitalised words (the pages of tests/hostile_corpus.py).

For each page: the text model of one copy (tokens, sentences, quoted parts), the speakers and
sources of that copy, and the whole comparison of the page with a copy of itself whose last
paragraph differs, with what it found and the warnings of the stages the work budget stopped.
benchmarks/big_inputs.py times the same pairs end to end (capture, extract, compare, report) in
child processes; this script splits the comparison into its stages. Prints JSON with the load
average (the machine is shared: CPU time is the steadier figure).

    .venv/bin/python benchmarks/hostile.py [--cases said-30k quote-word-100k ...]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "benchmarks"))  # common.py, and the scripts' shared helpers
import common  # noqa: E402,F401  (this checkout's src first, or SIDEBYSIDE_SRC's with its data)
sys.path.insert(0, str(REPO_DIR / "tests"))

from hostile_corpus import PAIR_TEXTS  # noqa: E402

from sidebyside.compare import compare, quotes_of  # noqa: E402
from sidebyside.compare.articletext import ArticleText  # noqa: E402
from sidebyside.compare.attribution import Attribution  # noqa: E402
from sidebyside.model import Article, Source  # noqa: E402


def _article(text: str) -> Article:
    return Article(source=Source(path=None, format="text"), text=text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="+", choices=sorted(PAIR_TEXTS), default=list(PAIR_TEXTS))
    args = parser.parse_args(argv)
    compare(_article('"Warm up," he said.'), _article('"Warm up," he said.'))  # lazy imports, term lists
    rows = []
    for name in args.cases:
        paragraphs = PAIR_TEXTS[name]()
        page = "\n\n".join(paragraphs)
        other = "\n\n".join(paragraphs[:-1] + ["The last paragraph differs in the second copy."])
        row: dict = {"case": name, "chars": len(page)}
        start = time.process_time()
        at = ArticleText(page)
        row["text_model_cpu_s"] = round(time.process_time() - start, 3)
        start = time.process_time()
        attribution = Attribution(at)
        attribution.sources(quotes_of(at, attribution))
        row["speakers_cpu_s"] = round(time.process_time() - start, 3)
        start = time.process_time()
        result = compare(_article(page), _article(other))
        row["compare_cpu_s"] = round(time.process_time() - start, 3)
        row["found"] = {
            "tokens": len(at.tokens),
            "quotes": len(result.quotes[0]),
            "with_speaker": sum(1 for q in result.quotes[0] if q.speaker),
            "shared_quotes": len(result.shared_quotes),
            "shared_passages": len(result.shared_passages),
        }
        row["warnings"] = list(result.warnings)
        rows.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
    print(json.dumps({"benchmark": "hostile", "cases": rows, "load_average": list(os.getloadavg())}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
