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
median with the spread. ``--function module:qualname`` counts only that function's calls in the
counted compare instead (all of them, with what they call; a call made inside another counted
call, as in recursion, is not counted twice), and says how many calls there were: a speed edit
confined to one function is checked in seconds of reading rather than in the whole pair's noise.
Needs ``valgrind`` (Debian package); without it the script says so and
prints no figure. About 45 seconds a run for the 10k pair. Another checkout is measured with ``SIDEBYSIDE_SRC`` (see
``common.py``).

    .venv/bin/python benchmarks/instructions.py [--words 10000] [--seed 8]
    .venv/bin/python benchmarks/instructions.py --runs 1 --function sidebyside.compare.entities:EntityFinder.find
"""

from __future__ import annotations

import argparse
import importlib
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


def _child(words: int, seed: int, function: str | None) -> None:
    """Run under callgrind: build the pair, warm up, freeze the collector, count one compare (or
    only function's calls in it)."""
    import gc
    import operator

    sys.path.insert(0, str(HERE))
    from compare import build_pair  # common.py puts SIDEBYSIDE_SRC first, with its resources

    from sidebyside.compare import compare

    compare(*build_pair(300))
    a, b = build_pair(words, seed=seed)
    calls = _counted(function) if function else None
    gc.collect()
    gc.freeze()
    if calls is None:
        operator.call(compare, a, b)
    else:
        compare(a, b)
        print(json.dumps({"calls": calls[0]}))


def _counted(target: str) -> list[int]:
    """Route every call of target ("module:Class.method" or "module:function") through
    operator.call, the function callgrind toggles on; every module that imported the function by
    name gets the routed one too. Returns the calls counter (a one-item list)."""
    import functools
    import operator

    module_name, _, qualname = target.partition(":")
    owner = importlib.import_module(module_name)
    *path, name = qualname.split(".")
    for part in path:
        owner = getattr(owner, part)
    original = owner.__dict__[name]
    if isinstance(original, (staticmethod, classmethod)):
        raise SystemExit(f"{target}: static and class methods are not supported")
    calls = [0]

    @functools.wraps(original)
    def routed(*args, **kwargs):
        calls[0] += 1
        return operator.call(original, *args, **kwargs)

    setattr(owner, name, routed)
    if not path:
        for module in list(sys.modules.values()):
            if getattr(module, "__dict__", {}).get(name) is original:
                setattr(module, name, routed)
    return calls


def _count(valgrind: str, words: int, seed: int, function: str | None = None) -> tuple[int, str]:
    """(instructions of one counted compare or function, "") or (0, what went wrong); the
    function's call count goes on the error's place, as "calls N"."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0"}  # strings hash alike on every run
        run = subprocess.run(
            [valgrind, "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=_operator_call",
             f"--callgrind-out-file={out}", sys.executable, __file__, "--child",
             "--words", str(words), "--seed", str(seed), *(["--function", function] if function else [])],
            env=env, capture_output=True, text=True, check=False)
    collected = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode or not collected:
        return 0, f"callgrind run failed (exit {run.returncode}): {run.stderr.strip()[-500:]}"
    calls = re.search(r'"calls": (\d+)', run.stdout)
    return int(collected.group(1)), f"calls {calls.group(1)}" if calls else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--function", metavar="MODULE:QUALNAME",
                        help="count only this function's calls (e.g. sidebyside.compare.tokens:tokenize)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.words, args.seed, args.function)
        return
    result: dict = {"benchmark": "instructions", "words": args.words, "seed": args.seed,
                    "sidebyside_src": os.environ.get("SIDEBYSIDE_SRC", "this checkout")}
    if args.function:
        result["function"] = args.function
    valgrind = shutil.which("valgrind")
    if not valgrind:
        result["error"] = "valgrind is not installed (Debian package valgrind): no figure"
        print(json.dumps(result, indent=2))
        return
    counts = []
    for _ in range(max(1, args.runs)):
        count, note = _count(valgrind, args.words, args.seed, args.function)
        if not count:
            result["error"] = note
            break
        if note:
            result["calls"] = int(note.split()[1])
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
