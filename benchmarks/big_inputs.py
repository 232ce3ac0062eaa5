"""Big and hostile inputs: CPU, wall time and peak memory of every stage, one child process each.

    python benchmarks/big_inputs.py [--only SUBSTRING] [--skip pairs,notes,micro] [--pdf]
                                    [--timeout 120] [--memory-gb 3]

Builds the hostile corpus of tests/hostile_corpus.py in a temporary directory and
times, each case in a child process of its own (so one case's memory and imports do not count
against another's):

- captures: ``capture`` (load_capture) then ``extract``;
- pairs: two copies of a hostile page (the corpus's PAIR_TEXTS, which benchmarks/hostile.py
  times in process) as HTML through capture + extract (one figure), ``compare`` and ``report``
  (the HTML report; ``--pdf`` also prints the PDF one, through Qt);
- notes: ``notes import`` of a malformed or huge JSON-LD export into an empty store, then
  ``notes export`` of what was imported and ``notes list`` of the article the notes are on;
- micro: the in-process inputs of the capture, extract and framing tests (one child for all).

A child that passes ``--timeout`` seconds is killed (its case prints "timeout"); a child gets
``--memory-gb`` of address space. Prints one JSON object: for each case and stage its CPU
seconds (time.process_time of the child), wall seconds, the child's peak RSS so far (MiB) and
outcome ("ok", "error: <one-line message>", "crash: <exception>", "timeout"), with
os.getloadavg() before and after, and, for the cases the tests guard, the figure recorded in
tests/hang_guards.py and the headroom of the test's hang guard over what was measured now.
Needs no ../shared data.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"
sys.path.insert(0, str(TESTS))

import hang_guards  # noqa: E402
import hostile_corpus  # noqa: E402

SMALL_INPUTS = [name for name in hostile_corpus.CAPTURES if name not in hostile_corpus.EXTREME]


# --------------------------------------------------------------------------- the child


def peak_rss_mib() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss over
    from the parent through fork and exec, so a child would report the parent's size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


class _Failed(Exception):
    """A command that exited non-zero: its one-line message, reported as an error, not a crash."""


def _stage(name: str, fn, results: list, **extra):
    """Run one stage, print its JSON line at once (a later stage may be killed), return its value."""
    started, cpu_started = time.perf_counter(), time.process_time()
    value, outcome = None, "ok"
    try:
        value = fn()
    except Exception as exc:  # the benchmark reports failures, it does not stop on them
        from sidebyside.errors import SideBySideError

        if isinstance(exc, (SideBySideError, _Failed)):
            outcome = "error: " + str(exc)[:300]
        else:
            outcome = "crash: " + "".join(traceback.format_exception_only(type(exc), exc)).strip()[:300]
    row = {
        "stage": name,
        "cpu_s": round(time.process_time() - cpu_started, 3),
        "wall_s": round(time.perf_counter() - started, 3),
        "peak_rss_mib": peak_rss_mib(),
        "outcome": outcome,
        **extra,
    }
    results.append(row)
    sys.stdout.write(json.dumps(row) + "\n")
    sys.stdout.flush()
    return value if outcome == "ok" else None


def _child_capture(paths: list[str]) -> None:
    from sidebyside.capture import load_capture
    from sidebyside.extract import extract

    results: list = []
    for path in paths:
        name = Path(path).name
        capture = _stage("capture", lambda: load_capture(path), results, input=name)
        if capture is not None:
            _stage("extract", lambda: extract(capture), results, input=name)


def _child_pair(paths: list[str], pdf: bool) -> None:
    from sidebyside.compare import compare
    from sidebyside.extract import extract_path
    from sidebyside.report import render_report

    results: list = []
    articles = _stage("capture+extract", lambda: tuple(extract_path(p) for p in paths), results)
    if articles is None:
        return
    comparison = _stage("compare", lambda: compare(*articles), results)
    if comparison is None:
        return
    html = _stage("report", lambda: render_report(comparison, (), flavour="browser"), results)
    if html is not None:
        out = Path(tempfile.mkdtemp()) / "report.html"
        out.write_text(html, encoding="utf-8")
    if pdf:
        from sidebyside.report import write_report
        from sidebyside.ui.pdf import write_pdf  # the PDF is printed by Qt, as the app and CLI print it

        _stage("report-pdf", lambda: write_report(comparison, Path(tempfile.mkdtemp()) / "report.pdf",
                                                  print_pdf=write_pdf), results)


def _child_notes(paths: list[str]) -> None:
    import contextlib
    import io

    from sidebyside.cli import main

    results: list = []
    for path in paths:
        name = Path(path).name
        with tempfile.TemporaryDirectory() as store:
            def run(*argv: str) -> int:
                out, err = io.StringIO(), io.StringIO()
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    status = main(["notes", "--data-dir", store, *argv])
                if status != 0:
                    lines = err.getvalue().strip().splitlines()
                    raise _Failed(lines[-1].removeprefix("sidebyside: ") if lines else f"exit {status}")
                return status

            if _stage("notes import", lambda: run("import", path), results, input=name) is not None:
                _stage("notes export", lambda: run("export"), results, input=name)
                # The article the corpus's annotations are on (by URL): all of them re-anchored.
                page = Path(store) / "putin-assad.html"
                page.write_text(hostile_corpus.page(hostile_corpus.ENGLISH, head=(
                    '<link rel="canonical" href="https://news.example/world/putin-assad">')), encoding="utf-8")
                _stage("notes list", lambda: run("list", str(page)), results, input=name)


def _micro_cases() -> dict:
    """Key (as in tests/hang_guards.py) -> list of zero-argument callables; the figure is the slowest."""
    import importlib
    import importlib.util

    from sidebyside.capture import capture_bytes
    from sidebyside.compare.framing import analyse_framing
    from sidebyside.errors import SideBySideError
    from sidebyside.extract.text import extract_text
    from sidebyside.model import Capture, Source

    def load(path: Path, name: str):
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    builders = load(TESTS / "capture" / "conftest.py", "capture_builders")
    markup = load(TESTS / "capture" / "test_pathological_markup.py", "pathological_markup")
    soup = load(TESTS / "robustness" / "test_properties_capture.py", "properties_capture")
    framing = importlib.import_module("compare.test_framing")
    samples = TESTS / "data" / "capture"
    arabic = (samples / "arabic.txt").read_text(encoding="utf-8")

    def quietly(data: bytes, path: str = "hostile.html"):
        def run():
            try:
                capture_bytes(data, path=path)
            except SideBySideError:
                pass
        return run

    rng = random.Random(0)
    soups = ["".join(rng.choice(soup.TRICKY_TOKENS) for _ in range(rng.randint(1, 3000))).encode() for _ in range(60)]
    images = [builders.mime_part(b"\x89PNG\r\n\x1a\n" + bytes(40), content_type="image/png", encoding="base64",
                                 location=f"https://www.example.org/img/{i}.png") for i in range(1000)]
    thousand = builders.mhtml_file(images + [builders.mime_part(b"<html><body><p>x</p></body></html>")])
    many = b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n' + b"".join(
        b"--B\r\nContent-Type: image/png\r\n\r\nx\r\n" for _ in range(200_000)) + b"--B--\r\n"
    params = [b"MIME-Version: 1.0\r\n" + h + b"\r\n\r\n--B\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--B--\r\n" for h in (
        b"Content-Type: multipart/related" + b"; a=b" * 100_000 + b"; boundary=B",
        b"Content-Type: multipart/related;" + b"\r\n a=b;" * 50_000 + b" boundary=B")]
    utf8 = builders.html_page("Paragraph about the talks in Moscow, with “quotes” — and an em dash.\n\n" * 2800,
                              head='<meta charset="utf-8">').encode()
    legacy = builders.html_page((arabic + "\n\n") * 600).encode("windows-1256")
    paragraph = "<p>Russian President Vladimir Putin hosted Syrian leader Bashar al-Assad for talks — “значимые”.</p>\n"
    big_page = ("<html><head><meta charset='utf-8'></head><body>" + paragraph * 460_000 + "</body></html>").encode()

    import gzip

    aeb = TESTS / "data" / "text" / "aeb"
    base = gzip.decompress((aeb / "7a457a4f71.txt.gz").read_bytes()).decode("utf-8").splitlines()
    lines, k = [], 0
    while len(lines) < 200_000:
        for line in base:
            lines.append(f"{line} {k}" if line.strip() else line)
            k += 1
    text_capture = Capture(source=Source(path="big.txt", format="text"), content="\n".join(lines[:200_000]))

    grown_a = framing.article(framing._grow(framing.SAMPLE_A + " " + framing.SAMPLE_B, 10_000))
    grown_b = framing.article(framing._grow(framing.SAMPLE_B + " " + framing.SAMPLE_A, 10_000))
    analyse_framing(framing.article(framing.SAMPLE_A), framing.article(framing.SAMPLE_B))  # warm the term lists
    return {
        "capture:pathological-markup": [quietly(text.encode()) for text in markup.CASES.values()],
        "capture:token-soup": [quietly(s, "soup.html") for s in soups],
        "capture:mhtml-1000-parts": [quietly(thousand, "parts.mhtml")],
        "capture:mhtml-200k-parts": [quietly(many, "hostile.mhtml")],
        "capture:mhtml-huge-parameters": [quietly(p, "hostile.mhtml") for p in params],
        "capture:utf8-200kb": [quietly(utf8)],
        "capture:legacy-charset-page": [quietly(legacy)],
        "capture:page-50mb-bytes": [quietly(big_page, "big.html")],
        "extract:text-200k-lines": [lambda: extract_text(text_capture)],
        "framing:10k-words-pair": [lambda: analyse_framing(grown_a, grown_b)],
        "framing:pathological-texts": [
            (lambda t=t: analyse_framing(framing.article(t), framing.article(t[: len(t) // 2]))) for t in framing.PATHOLOGICAL_TEXTS
        ],
    }


def _child_micro(only: str | None) -> None:
    for key, runs in _micro_cases().items():
        if only and only not in key:
            continue
        cpu, wall, outcome = [], [], "ok"
        for run in runs:
            started, cpu_started = time.perf_counter(), time.process_time()
            try:
                run()
            except Exception as exc:  # reported, not fatal: the other cases still run
                outcome = "crash: " + "".join(traceback.format_exception_only(type(exc), exc)).strip()[:300]
            cpu.append(time.process_time() - cpu_started)
            wall.append(time.perf_counter() - started)
        row = {"stage": key, "cases": len(runs), "cpu_s": round(max(cpu), 3), "wall_s": round(max(wall), 3),
               "peak_rss_mib": peak_rss_mib(), "outcome": outcome}
        sys.stdout.write(json.dumps(row) + "\n")
        sys.stdout.flush()


def child(spec: dict) -> int:
    limit = int(spec["memory_gb"] * 1024**3)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    {"capture": lambda: _child_capture(spec["paths"]),
     "pair": lambda: _child_pair(spec["paths"], spec.get("pdf", False)),
     "notes": lambda: _child_notes(spec["paths"]),
     "micro": lambda: _child_micro(spec.get("only"))}[spec["kind"]]()
    return 0


# --------------------------------------------------------------------------- the parent


def run_child(spec: dict, timeout: float, data_dir: Path) -> tuple[list[dict], str | None]:
    """The stages a child printed, and what ended it early (None when it finished)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "SIDEBYSIDE_DATA_DIR": str(data_dir)}  # the user's notes store and caches stay out of it
    proc = subprocess.Popen([sys.executable, __file__, "--child", json.dumps(spec)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        ended = None if proc.returncode == 0 else f"exit {proc.returncode}: {err.strip()[-300:]}"
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        ended = f"timeout after {timeout:.0f} s"
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return rows, ended


def _guard_note(key: str, cpu: float) -> dict:
    if key not in hang_guards.FIGURES:
        return {}
    guard = hang_guards.cpu_limit(key)
    return {"recorded_figure_s": hang_guards.FIGURES[key], "test_guard_s": guard,
            "guard_headroom": round(guard / max(cpu, 1e-3), 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--only", help="run only the cases whose name contains this")
    parser.add_argument("--skip", default="", help="comma-separated sections to skip: captures,pairs,notes,micro")
    parser.add_argument("--pdf", action="store_true", help="also time the PDF report of each pair (needs Qt)")
    parser.add_argument("--timeout", type=float, default=120.0, help="wall seconds before a child is killed")
    parser.add_argument("--memory-gb", type=float, default=3.0, help="address space of each child")
    args = parser.parse_args()
    if args.child:
        return child(json.loads(args.child))

    skip = set(filter(None, args.skip.split(",")))
    wanted = (lambda name: args.only in name) if args.only else (lambda name: True)
    load_before = os.getloadavg()
    started = time.perf_counter()
    cases: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="sbs-big-inputs-") as tmp:
        root = Path(tmp)
        jobs: list[tuple[str, str, dict]] = []
        if "captures" not in skip:
            small = [n for n in SMALL_INPUTS if wanted(n)]
            paths = hostile_corpus.build_captures(root, small + [n for n in hostile_corpus.EXTREME if wanted(n)])
            if small:
                jobs.append(("small-inputs", "captures", {"kind": "capture", "paths": [str(paths[n]) for n in small]}))
            jobs += [(n, "captures", {"kind": "capture", "paths": [str(paths[n])]})
                     for n in hostile_corpus.EXTREME if wanted(n)]
        if "pairs" not in skip:
            for name in hostile_corpus.PAIR_TEXTS:
                if wanted(name):
                    a, b = hostile_corpus.build_pair(root, name)
                    jobs.append((name, "pairs", {"kind": "pair", "paths": [str(a), str(b)], "pdf": args.pdf}))
        if "notes" not in skip:
            names = [n for n in hostile_corpus.NOTES if wanted(n)]
            paths = hostile_corpus.build_notes(root, names)
            jobs += [(n, "notes", {"kind": "notes", "paths": [str(paths[n])]}) for n in names]
        if "micro" not in skip:
            jobs.append(("micro", "micro", {"kind": "micro", "only": args.only}))

        for name, section, spec in jobs:
            spec["memory_gb"] = args.memory_gb
            print(f"{section}: {name}", file=sys.stderr, flush=True)
            rows, ended = run_child(spec, args.timeout * (3 if section == "micro" else 1), root / "data")
            if name == "small-inputs":  # one figure per stage: the slowest of the small inputs
                for stage in ("capture", "extract"):
                    mine = [r for r in rows if r["stage"] == stage]
                    if mine:
                        worst = max(mine, key=lambda r: r["cpu_s"])
                        # (small inputs are hostile files: "error" is the clear message the app gives
                        # a damaged or disguised file, the expected outcome, not a failure)
                        cases.append({"case": f"{stage}:small-inputs", "section": section, **worst,
                                      "outcomes": sorted({r["outcome"].split(":")[0] for r in mine}),
                                      "errors_expected": True,
                                      **_guard_note(f"{stage}:small-inputs", worst["cpu_s"])})
            else:
                for row in rows:
                    key = row["stage"] if section == "micro" else f"{row['stage']}:{name}"
                    cases.append({"case": key, "section": section, **row, **_guard_note(key, row["cpu_s"])})
            if ended:
                cases.append({"case": name, "section": section, "outcome": ended})

    print(json.dumps({
        "benchmark": "big_inputs",
        "cpu_count": os.cpu_count(),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "child_timeout_s": args.timeout,
        "child_memory_gb": args.memory_gb,
        "total_wall_s": round(time.perf_counter() - started, 1),
        "cases": cases,
    }, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
