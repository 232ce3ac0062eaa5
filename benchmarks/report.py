"""Time the report of a huge pair: HTML and PDF of two ~100,000-word articles (200,000 words).

The pair is built by benchmarks/startup.py's long_pair (the seeds repeated, with shared
passages, aligned sentences and loaded terms at real offsets), so no comparison is timed here.
The PDF prints at most settings.report.pdf_words_per_article words of each article; --uncapped
prints everything (as before the cap). CPU seconds of this process (time.process_time).

    .venv/bin/python benchmarks/report.py [--words 100000] [--uncapped]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "benchmarks"))  # common.py, and the scripts' shared helpers
import common  # noqa: E402,F401  (this checkout's src first, or SIDEBYSIDE_SRC's with its data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=100_000, help="words per article")
    parser.add_argument("--uncapped", action="store_true", help="print every word in the PDF")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from startup import long_pair

    from sidebyside.report import write_report
    from sidebyside.settings import DEFAULT
    from sidebyside.ui.pdf import write_pdf

    comparison, words = long_pair(args.words)
    settings = DEFAULT.report
    if args.uncapped:
        settings = dataclasses.replace(settings, pdf_words_per_article=10**9)
    result = {"benchmark": "report", "loadavg": os.getloadavg(), "words": words,
              "pdf_words_per_article": settings.pdf_words_per_article}
    with tempfile.TemporaryDirectory() as folder:
        for suffix in ("html", "pdf"):
            out = Path(folder) / f"report.{suffix}"
            cpu, wall = time.process_time(), time.perf_counter()
            write_report(comparison, out, print_pdf=write_pdf, settings=settings)
            result[f"{suffix}_cpu_s"] = round(time.process_time() - cpu, 2)
            result[f"{suffix}_wall_s"] = round(time.perf_counter() - wall, 2)
            result[f"{suffix}_bytes"] = out.stat().st_size
    result["loadavg_after"] = os.getloadavg()
    print(json.dumps(result, indent=2))
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown at exit


if __name__ == "__main__":
    main()
