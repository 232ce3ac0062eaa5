"""Instructions of the 10k pair's comparison, stage by stage: each named function's own count
(without the named functions it calls), from one callgrind run.

Where ``instructions.py --function`` counts one function a run, this counts many at once: a tiny
C library (compiled here with the system's ``cc`` against valgrind's ``callgrind.h``) asks
callgrind to dump its counters at every entry and exit of the named functions, and each dump's
count goes to the function on top of the stack then. Name functions called a few times only
(each call costs two dumps, about 0.1 s of callgrind's time, and a file): the stages, not the
per-token helpers. The dumps add a few thousand instructions a call, and the figures are the
generated pair's (``compare.py``, ``--seed 8``) after a warm-up pair, as ``instructions.py`` counts.

    .venv/bin/python benchmarks/stage_instructions.py sidebyside.compare.framing:referents \\
        sidebyside.compare.entities:EntityFinder.find sidebyside.compare.only_in:match_entities

Prints JSON: each function's own instructions (M), share and calls, and "(rest)" for what no
named function ran. Needs valgrind with its headers (Debian package valgrind) and a C compiler.
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import functools
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SHIM = """#include <valgrind/callgrind.h>
void cg_dump(const char *s) { CALLGRIND_DUMP_STATS_AT(s); }
void cg_start(void) { CALLGRIND_TOGGLE_COLLECT; CALLGRIND_ZERO_STATS; }
"""


def _route(target: str, lib) -> None:
    """Dump callgrind's counters at every entry and exit of target ("module:Class.method")."""
    module_name, _, qualname = target.partition(":")
    owner = importlib.import_module(module_name)
    *path, name = qualname.split(".")
    for part in path:
        owner = getattr(owner, part)
    original = owner.__dict__[name]
    wrapper = type(original) if isinstance(original, (classmethod, staticmethod)) else None
    function = original.__func__ if wrapper else original
    enter, leave = f"E {target}".encode(), f"X {target}".encode()

    @functools.wraps(function)
    def routed(*args, **kwargs):
        lib.cg_dump(enter)
        try:
            return function(*args, **kwargs)
        finally:
            lib.cg_dump(leave)

    setattr(owner, name, wrapper(routed) if wrapper else routed)
    if not path:
        for module in list(sys.modules.values()):
            if getattr(module, "__dict__", {}).get(name) is original:
                setattr(module, name, routed)


def _child(shim: str, words: int, seed: int, targets: list[str]) -> None:
    import gc

    sys.path.insert(0, str(HERE))
    from compare import build_pair  # common.py puts SIDEBYSIDE_SRC first, with its resources

    from sidebyside.compare import compare

    lib = ctypes.CDLL(shim)
    lib.cg_dump.argtypes = [ctypes.c_char_p]
    compare(*build_pair(300))
    a, b = build_pair(words, seed=seed)
    for target in targets:
        _route(target, lib)
    gc.collect()
    gc.freeze()
    lib.cg_start()
    compare(a, b)
    lib.cg_dump(b"E (end)")


def _tally(prefix: Path) -> tuple[collections.Counter, collections.Counter]:
    """Each function's own count and calls, from the dumps in text order."""
    def part(path: Path) -> int:
        tail = path.name.rsplit(".", 1)[-1]
        return int(tail) if tail.isdigit() else 0

    stack, own, calls = ["(rest)"], collections.Counter(), collections.Counter()
    for path in sorted(prefix.parent.glob(prefix.name + ".*"), key=part):
        text = path.read_text(encoding="utf-8", errors="replace")
        trigger = re.search(r"^desc: Trigger: Client Request: (.*)$", text, re.M)
        total = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
        if not trigger:
            continue
        label = trigger.group(1).strip()
        own[stack[-1]] += int(total.group(1)) if total else 0
        if label.startswith("E "):
            stack.append(label[2:])
            calls[label[2:]] += 1
        elif label.startswith("X "):
            stack.pop()
    return own, calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("functions", nargs="*", metavar="MODULE:QUALNAME")
    parser.add_argument("--words", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--child", metavar="SHIM", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.words, args.seed, args.functions)
        return
    result: dict = {"benchmark": "stage_instructions", "words": args.words, "seed": args.seed,
                    "sidebyside_src": os.environ.get("SIDEBYSIDE_SRC", "this checkout")}
    valgrind, cc = shutil.which("valgrind"), shutil.which("cc")
    if not valgrind or not cc or not Path("/usr/include/valgrind/callgrind.h").exists():
        result["error"] = "needs valgrind with its headers (Debian package valgrind) and a C compiler"
        print(json.dumps(result, indent=2))
        return
    with tempfile.TemporaryDirectory() as tmp:
        source, shim, out = Path(tmp) / "shim.c", Path(tmp) / "shim.so", Path(tmp) / "cg"
        source.write_text(_SHIM, encoding="utf-8")
        subprocess.run([cc, "-O2", "-shared", "-fPIC", "-o", str(shim), str(source)], check=True)
        run = subprocess.run(
            [valgrind, "--tool=callgrind", "--collect-atstart=no", f"--callgrind-out-file={out}", sys.executable,
             __file__, "--child", str(shim), "--words", str(args.words), "--seed", str(args.seed), *args.functions],
            env={**os.environ, "PYTHONHASHSEED": "0"}, capture_output=True, text=True, check=False)
        if run.returncode:
            result["error"] = f"callgrind run failed (exit {run.returncode}): {run.stderr.strip()[-500:]}"
            print(json.dumps(result, indent=2))
            return
        own, calls = _tally(out)
    total = sum(own.values())
    result["instructions"] = total
    result["own_instructions"] = [
        {"function": name, "millions": round(count / 1e6, 1), "share_pct": round(100 * count / total, 1),
         "calls": calls[name]}
        for name, count in own.most_common()]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
