"""CPU time of the comparison on hostile pages: walls of quote marks, of "said" clauses, of
capitalised words. Each page is compared with a copy of itself (the worst case for matching).

Prints JSON: per case, the CPU seconds of building the text model (tokens, sentences, quoted
parts) of one page and of the whole comparison of the pair, with what was found; and the load
average (the machine is shared: CPU time is the steadier figure).

    .venv/bin/python benchmarks/hostile.py [--cases straight said ...] [--stage text|compare|both]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "src"))

from sidebyside.compare import compare  # noqa: E402
from sidebyside.compare.articletext import ArticleText  # noqa: E402
from sidebyside.model import Article, Source  # noqa: E402

CASES = {
    "straight": lambda: '"word ' * 100_000,
    "guillemets": lambda: "«word " * 100_000,
    "curly": lambda: "“word " * 100_000,
    "single": lambda: "‘word " * 100_000,
    "nested": lambda: "“‘«word " * 100_000,
    "million-guillemets": lambda: "«" * 1_000_000,
    "said": lambda: " ".join(f'"We will stay here," Smith{i % 97} said.' for i in range(30_000)),
    "said-paragraphs": lambda: "\n\n".join(
        f'"We will stay here," said Mr. Smith{i % 97}, a Democrat of Ohio. He added: "Never."' for i in range(30_000)
    ),
    "capitalised": lambda: " ".join(f"Word{i % 977}" for i in range(200_000)),
}


def _article(text: str) -> Article:
    return Article(source=Source(path=None, format="text"), text=text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="+", choices=sorted(CASES), default=list(CASES))
    parser.add_argument("--stage", choices=("text", "compare", "both"), default="both")
    args = parser.parse_args(argv)
    compare(_article('"Warm up," he said.'), _article('"Warm up," he said.'))  # lazy imports, term lists
    rows = []
    for name in args.cases:
        page = CASES[name]()
        row: dict = {"case": name, "chars": len(page)}
        if args.stage in ("text", "both"):
            start = time.process_time()
            at = ArticleText(page)
            row["text_model_cpu_s"] = round(time.process_time() - start, 3)
            row["quoted_parts"] = len(at.quotes)
        if args.stage in ("compare", "both"):
            start = time.process_time()
            result = compare(_article(page), _article(page))
            row["compare_cpu_s"] = round(time.process_time() - start, 3)
            row["found"] = {
                "quotes": len(result.quotes[0]),
                "with_speaker": sum(1 for q in result.quotes[0] if q.speaker),
                "shared_quotes": len(result.shared_quotes),
                "warnings": list(getattr(result, "warnings", ())),
            }
        rows.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
    print(json.dumps({"benchmark": "hostile", "cases": rows, "load_average": list(os.getloadavg())}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
