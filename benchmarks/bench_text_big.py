"""Big text captures: CPU time and peak memory of capture + extract, each in a fresh process.

Cases (generated in memory, the shapes of the hostile-input corpus):
- ``million-lines``: 1,000,000 short numbered lines ("Russian Presiden 7.");
- ``prose-63mb``: 63 MB of prose, one paragraph per line (each its own), blank lines between;
- ``blank-separated-1.5m``: 1,500,000 short lines each followed by a blank line;
- ``one-line-5mb``: a single 5 MB line of prose.

Each case runs in its own child (so peak RSS is its own): capture_bytes + extract, CPU seconds
(time.process_time, imports excluded) and the child's max RSS. Targets: million-lines ≤ 1 s CPU,
the others ≤ 5 s and ≤ 1 GB (or refused early with a clear message).

Run: ``python benchmarks/bench_text_big.py [--cases million-lines,prose-63mb] [--repeat 3]``
prints JSON with the machine's load average.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
from hostile_corpus import CAPTURES, ENGLISH as SENTENCES  # noqa: E402  the hostile corpus's sentences


def make(case: str) -> bytes:
    if case == "million-lines":
        return CAPTURES["million-lines.txt"]()  # the capture the hang guard's test reads
    if case == "prose-63mb":
        para = " ".join(SENTENCES)
        count = 63_000_000 // (len(para) + 12) + 1
        return "".join(f"{para} Note {i}.\n\n" for i in range(count)).encode()
    if case == "blank-separated-1.5m":
        return "".join(f"{SENTENCES[i % 4][:24]} {i}\n\n" for i in range(1_500_000)).encode()
    if case == "one-line-5mb":
        return ((" ".join(SENTENCES) + " ") * (5_000_000 // 400)).encode()
    raise ValueError(case)


CASES = ("million-lines", "prose-63mb", "blank-separated-1.5m", "one-line-5mb")

_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from bench_text_big import make
from sidebyside.capture import capture_bytes
from sidebyside.errors import SideBySideError
from sidebyside.extract import extract
from sidebyside.settings import DEFAULT
settings = DEFAULT
data = make(sys.argv[1])
rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
started = time.process_time()
out = {"case": sys.argv[1], "bytes": len(data)}
try:
    article = extract(capture_bytes(data, path=sys.argv[1] + ".txt"), settings)
    out.update(outcome="article", text_chars=len(article.text), blocks=len(article.blocks),
               warnings=list(article.warnings))
except SideBySideError as exc:
    out.update(outcome="refused", message=str(exc))
out["cpu_s"] = round(time.process_time() - started, 3)
out["max_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
out["rss_before_mib"] = round(rss_before, 1)
print(json.dumps(out))
"""


def run_case(case: str) -> dict:
    here = os.path.dirname(os.path.abspath(__file__))
    proc = subprocess.run([sys.executable, "-c", _CHILD, case, here], capture_output=True, text=True,
                          timeout=600)
    lines = [x for x in proc.stdout.splitlines() if x.startswith("{")]
    if not lines:
        return {"case": case, "outcome": "crash", "stderr": proc.stderr[-800:]}
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--repeat", type=int, default=1, help="runs per case; the median CPU is reported")
    args = parser.parse_args()
    results = []
    for case in (c for c in args.cases.split(",") if c):
        runs = [run_case(case) for _ in range(args.repeat)]
        best = dict(runs[-1])
        cpus = [r["cpu_s"] for r in runs if "cpu_s" in r]
        if cpus:
            best["cpu_s"] = round(statistics.median(cpus), 3)
            best["cpu_s_runs"] = cpus
        results.append(best)
    print(json.dumps({"benchmark": "text captures, big inputs",
                      "load_average": os.getloadavg(),
                      "cases": results}, indent=1))


if __name__ == "__main__":
    main()
