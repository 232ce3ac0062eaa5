"""End-to-end helpers: the invented convoy-attack corpus and a cached command-line runner.

Every stage is driven through the real command line (``python -m sidebyside ...``) in a
subprocess, as a user or a script would; each distinct command runs once per session.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "data" / "e2e"
BAD = CORPUS / "bad"

# The same two articles in every capture format a user brings (see tests/data/e2e/build_corpus.py).
PAIRS = {
    "html": ("meridian-convoy.html", "harbor-convoy.html"),
    "mhtml": ("meridian-convoy.mhtml", "harbor-convoy.mhtml"),
    "singlefile": ("meridian-convoy.singlefile.html", "harbor-convoy.singlefile.html"),
    "copied": ("meridian-convoy.copied.txt", "harbor-convoy.copied.txt"),
    "w3m": ("meridian-convoy.w3m.txt", "harbor-convoy.w3m.txt"),
}
ARABIC = "wadi-convoy.ar.html"
RUSSIAN = "kurier-convoy.ru.html"


@dataclass(frozen=True)
class Run:
    status: int
    stdout: str
    stderr: str

    def json(self):
        return json.loads(self.stdout)

    def json_lines(self) -> list:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


_CACHE: dict[tuple[str, ...], Run] = {}


def run_cli(*args: str, data_dir: Path | None = None, cache: bool = True, timeout: int = 120) -> Run:
    """Run ``sidebyside ARGS`` from the corpus directory (so paths are as a user types them)."""
    key = (*args, str(data_dir))
    if cache and key in _CACHE:
        return _CACHE[key]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if data_dir is not None:
        env["SIDEBYSIDE_DATA_DIR"] = str(data_dir)
    proc = subprocess.run(
        [sys.executable, "-m", "sidebyside", *args],
        cwd=CORPUS, capture_output=True, text=True, encoding="utf-8", timeout=timeout, env=env,
    )
    run = Run(proc.returncode, proc.stdout, proc.stderr)
    if cache:
        _CACHE[key] = run
    return run


def extract_all() -> dict[str, dict]:
    """Every good capture extracted in one JSON Lines call, keyed by file name."""
    names = sorted({n for pair in PAIRS.values() for n in pair} | {ARABIC, RUSSIAN})
    run = run_cli("extract", *names)
    assert run.status == 0, run.stderr
    lines = run.json_lines()
    assert [line["source"]["path"] for line in lines] == names, "JSON Lines must keep input order"
    return dict(zip(names, lines))


def compare_pair(a: str, b: str) -> dict:
    run = run_cli("compare", a, b)
    assert run.status == 0, run.stderr
    return run.json()
