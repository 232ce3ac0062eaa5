"""Count the machine instructions of one comparison, a figure that does not move with the load.

CPU seconds of the 10k-word pair move by ±5 % with what else runs on the machine; the count of
instructions callgrind sees moves by a few hundredths of a percent, so a change of half a percent
is visible. The pair is ``compare.py``'s generated pair (``--seed 8``, the measured one). Before
the counted call, a small pair warms the caches and the cyclic collector is collected and frozen,
as the app freezes it after its first pair: otherwise one collection that the warm-up happens to
leave due is counted or not as allocations before it change, a jump of about 1 % that is no change
of the comparison. Only the ``compare`` call is counted (callgrind's toggle on ``operator.call``).

Runs of one tree differ by up to about 0.2 % (sets of objects hashed by address iterate in
another order when the addresses move), so the script counts ``--runs`` times (3) and gives the
median with the spread. Needs ``valgrind`` (Debian package); without it the script says so and
prints no figure. About 45 seconds a run for the 10k pair. Another checkout is measured with ``SIDEBYSIDE_SRC`` (see
``common.py``).

    .venv/bin/python benchmarks/instructions.py [--words 10000] [--seed 8]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _child(words: int, seed: int) -> None:
    """Run under callgrind: build the pair, warm up, freeze the collector, count one compare."""
    import gc
    import operator

    sys.path.insert(0, str(HERE))
    from compare import build_pair  # common.py puts SIDEBYSIDE_SRC first, with its resources

    from sidebyside.compare import compare

    compare(*build_pair(300))
    a, b = build_pair(words, seed=seed)
    gc.collect()
    gc.freeze()
    operator.call(compare, a, b)


def _count(valgrind: str, words: int, seed: int) -> tuple[int, str]:
    """(instructions of one counted compare, "") or (0, what went wrong)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0"}  # strings hash alike on every run
        run = subprocess.run(
            [valgrind, "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=_operator_call",
             f"--callgrind-out-file={out}", sys.executable, __file__, "--child",
             "--words", str(words), "--seed", str(seed)],
            env=env, capture_output=True, text=True, check=False)
    collected = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode or not collected:
        return 0, f"callgrind run failed (exit {run.returncode}): {run.stderr.strip()[-500:]}"
    return int(collected.group(1)), ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.words, args.seed)
        return
    result: dict = {"benchmark": "instructions", "words": args.words, "seed": args.seed,
                    "sidebyside_src": os.environ.get("SIDEBYSIDE_SRC", "this checkout")}
    valgrind = shutil.which("valgrind")
    if not valgrind:
        result["error"] = "valgrind is not installed (Debian package valgrind): no figure"
        print(json.dumps(result, indent=2))
        return
    counts = []
    for _ in range(max(1, args.runs)):
        count, error = _count(valgrind, args.words, args.seed)
        if error:
            result["error"] = error
            break
        counts.append(count)
    if counts:
        result["instructions"] = statistics.median_low(counts)
        result["runs"] = counts
        result["spread_pct"] = round(100 * (max(counts) - min(counts)) / min(counts), 3)
    result["valgrind"] = subprocess.run([valgrind, "--version"], capture_output=True, text=True).stdout.strip()
    result["python"] = sys.version.split()[0]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
