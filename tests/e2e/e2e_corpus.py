"""End-to-end helpers: the invented convoy-attack corpus and a cached command-line runner.

Every stage is driven through the command line's own entry point with the arguments a user
types; each distinct command runs once per session.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "data" / "e2e"

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


def run_cli(*args: str, data_dir: Path | None = None, cache: bool = True, process: bool = False,
            timeout: int = 120) -> Run:
    """Run ``sidebyside ARGS`` from the corpus directory (so paths are as a user types them).

    By default the CLI's ``main`` runs in this process (a fresh interpreter per command would
    cost about a second each); ``process=True`` spawns ``python -m sidebyside`` instead, as
    Qt work and the real exit path need.
    """
    # Qt work (a PDF report, the window) gets its own process: a QGuiApplication created here
    # would outlive the test and abort the widget tests that run later in this session.
    process = process or any(a.lower().endswith(".pdf") for a in args) or args[:1] not in (
        ("extract",), ("compare",), ("report",), ("notes",))
    key = (*args, str(data_dir), str(process))
    if cache and key in _CACHE:
        return _CACHE[key]
    run = _spawn(args, data_dir, timeout) if process else _in_process(args, data_dir)
    if cache:
        _CACHE[key] = run
    return run


def _spawn(args, data_dir, timeout) -> Run:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if data_dir is not None:
        env["SIDEBYSIDE_DATA_DIR"] = str(data_dir)
    proc = subprocess.run(
        [sys.executable, "-m", "sidebyside", *args],
        cwd=CORPUS, capture_output=True, text=True, encoding="utf-8", timeout=timeout, env=env,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def _in_process(args, data_dir) -> Run:
    from sidebyside.cli import main

    saved_env = os.environ.get("SIDEBYSIDE_DATA_DIR")
    if data_dir is not None:
        os.environ["SIDEBYSIDE_DATA_DIR"] = str(data_dir)
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.chdir(CORPUS), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = main(list(args))
            except SystemExit as exc:  # argparse usage errors
                status = exc.code if isinstance(exc.code, int) else 2
    finally:
        if saved_env is None:
            os.environ.pop("SIDEBYSIDE_DATA_DIR", None)
        else:
            os.environ["SIDEBYSIDE_DATA_DIR"] = saved_env
    return Run(status, out.getvalue(), err.getvalue())


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
