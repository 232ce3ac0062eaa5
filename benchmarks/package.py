"""Size and start-up time of the frozen one-folder build, as JSON.

Usage: python benchmarks/package.py [--dist dist/sidebyside] [--build] [--runs 5]

Targets (issue: packaged app): bundle <= 120 MB unpacked and <= 50 MB as .tar.gz; frozen start
to the seed pair painted <= 0.8 s. Start-up is timed as the wall time of
`sidebyside --screenshot` offscreen, which exits once the comparison is painted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024


def tree_size(path: Path) -> tuple[int, Counter[str]]:
    total = 0
    by_top: Counter[str] = Counter()
    for file in path.rglob("*"):
        if file.is_file() and not file.is_symlink():
            size = file.stat().st_size
            total += size
            rel = file.relative_to(path).parts
            key = "/".join(rel[:3]) if rel[0] == "_internal" and len(rel) > 3 else "/".join(rel[:2])
            by_top[key] += size
    return total, by_top


def targz_size(path: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "bundle.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
            tar.add(path, arcname=path.name)
        return archive.stat().st_size


def startup_seconds(exe: Path, runs: int) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        env["SIDEBYSIDE_DATA_DIR"] = tmp
        for i in range(runs + 1):
            start = time.perf_counter()
            result = subprocess.run(
                [str(exe), "--screenshot", str(Path(tmp) / f"s{i}.png")], env=env,
                capture_output=True, timeout=120,
            )
            elapsed = time.perf_counter() - start
            if result.returncode != 0:
                raise SystemExit(f"frozen app failed: {result.stderr.decode()[-1500:]}")
            if i:  # the first run warms the file cache
                times.append(elapsed)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dist", default=str(ROOT / "dist" / "sidebyside"))
    parser.add_argument("--build", action="store_true", help="run pyinstaller first")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    dist = Path(args.dist)
    if args.build:
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
             "--distpath", str(dist.parent), "--workpath", str(ROOT / "build"),
             str(ROOT / "packaging" / "sidebyside.spec")],
            check=True,
        )
    if not dist.is_dir():
        raise SystemExit(f"{dist} does not exist: run `make package` or pass --build")
    exe = dist / ("sidebyside.exe" if sys.platform == "win32" else "sidebyside")
    unpacked, by_top = tree_size(dist)
    times = startup_seconds(exe, args.runs)
    print(json.dumps({
        "bundle_unpacked_mb": round(unpacked / MB, 1),
        "bundle_targz_mb": round(targz_size(dist) / MB, 1),
        "startup_to_painted_s": {"median": round(statistics.median(times), 3),
                                 "min": round(min(times), 3), "runs": len(times)},
        "targets": {"unpacked_mb": 120, "targz_mb": 50, "startup_s": 0.8},
        "largest_parts_mb": {k: round(v / MB, 1) for k, v in by_top.most_common(12)},
    }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
