"""Bad and extreme captures through capture + extract: an Article or a SideBySideError naming the
file, in bounded memory, never another exception, never a hang.

Each case runs in a child process with CPU and wall-clock hang guards (tests/hang_guards.py: 10x
what benchmarks/big_inputs.py measures) and an address-space limit, so a hang or a runaway
allocation fails that case instead of the whole session. The corpus (hostile_corpus.py, shared
with the benchmark) is generated once per session.
"""

from __future__ import annotations

import codecs
import json
import math
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hang_guards import WALL_FACTOR, cpu_guard, cpu_limit
from hostile_corpus import EXTREME, build_captures

IMPORT_CPU_S = 5.0  # the child's imports, on top of the cases' guards
CLI_TIMEOUT = 120.0  # wall clock for one small CLI run: a hang guard
MEMORY_LIMIT = 3 * 1024**3  # address space of the child; a 50 MB page needs well under this

_CHILD = r"""
import json, resource, sys, time, traceback
limit, cpu = int(sys.argv[1]), int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
from sidebyside.capture import load_capture
from sidebyside.errors import SideBySideError
from sidebyside.extract import extract
for path in sys.argv[3:]:
    result = {"path": path, "capture_warnings": None}
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        capture = load_capture(path)
        result["capture_warnings"] = list(capture.warnings)
        result["format"] = capture.source.format
        result["encoding"] = capture.source.encoding
        article = extract(capture)
        text = article.text
        result.update(
            outcome="article",
            warnings=list(article.warnings),
            text_head=text[:2000],
            text_len=len(text),
            blocks_ok=all(0 <= b.start <= b.end <= len(text) for b in article.blocks),
            nblocks=len(article.blocks),
        )
    except SideBySideError as exc:
        result.update(outcome="error", error_type=type(exc).__name__, message=str(exc))
    except BaseException as exc:
        result.update(outcome="crash", error_type=type(exc).__name__,
                      message="".join(traceback.format_exception_only(type(exc), exc)).strip()[:500],
                      where=traceback.format_exc()[-1500:])
    result["elapsed"] = time.perf_counter() - started
    result["cpu"] = time.process_time() - cpu_started
    result["maxrss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sys.stdout.write("\n" + json.dumps(result) + "\n")
    sys.stdout.flush()
"""


def guard_of(path: Path) -> float:
    """CPU hang guard for capture + extract of one input (the small ones share one figure)."""
    name = path.name if path.name in EXTREME else "small-inputs"
    return cpu_limit(f"capture:{name}", f"extract:{name}")


def run_cases(paths: list[Path]) -> dict[str, dict]:
    """Capture and extract each path in one child process; path → its JSON report.

    The child's CPU limit is the sum of its cases' hang guards plus its imports; only inputs
    known to be small share a child, the extreme ones get one each.
    """
    names = ", ".join(p.name for p in paths)
    cpu = math.ceil(IMPORT_CPU_S + sum(guard_of(p) for p in paths))
    wall = WALL_FACTOR * cpu
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, str(MEMORY_LIMIT), str(cpu), *map(str, paths)],
            capture_output=True,
            text=True,
            timeout=wall,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{names}: no answer within {wall:.0f} s (a hang)")
    reports = {r["path"]: r for r in (json.loads(x) for x in proc.stdout.splitlines() if x.startswith("{"))}
    if proc.returncode == -signal.SIGXCPU:
        pytest.fail(f"{names}: killed after {cpu} s of CPU (the hang guard)"
                    f"; finished: {sorted(Path(p).name for p in reports)}")
    assert len(reports) == len(paths), f"{names}: child died (status {proc.returncode}): {proc.stderr[-1500:]}"
    return reports


def check(path: Path, expect: str = "either", report: dict | None = None) -> dict:
    """The common contract; ``expect`` is "article", "error" or "either"."""
    report = report or run_cases([path])[str(path)]
    assert report["outcome"] != "crash", f"{path.name}: {report['message']}\n{report.get('where', '')}"
    # A hang guard, not a speed test (benchmarks/big_inputs.py measures speed): CPU time, which
    # other jobs on a shared machine do not inflate.
    guard = guard_of(path)
    assert report["cpu"] < guard, f"{path.name}: {report['cpu']:.2f} s CPU, over the {guard:.0f} s hang guard"
    if expect != "either":
        assert report["outcome"] == expect, f"{path.name}: {report}"
    if report["outcome"] == "error":
        assert str(path) in report["message"], report["message"]
        assert "\n" not in report["message"]
    else:
        assert report["blocks_ok"], f"{path.name}: a block lies outside the text"
    return report


# --------------------------------------------------------------------------- the corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> dict[str, Path]:
    return build_captures(tmp_path_factory.mktemp("bad-input"))


@pytest.fixture(scope="session")
def small_reports(corpus) -> dict[str, dict]:
    """The small inputs share one child (its start-up costs more than they do)."""
    return run_cases([path for name, path in corpus.items() if name not in EXTREME])


@pytest.fixture
def small(corpus, small_reports):
    """check() for a small input, from the shared child's report."""

    def run(name: str, expect: str = "either") -> dict:
        return check(corpus[name], expect, small_reports[str(corpus[name])])

    return run


# --------------------------------------------------------------------------- the cases


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("empty.html", "the file is empty"),
        ("whitespace.html", "the file is empty"),
        ("png-named.html", "looks like a PNG image"),
        ("pdf-named.html", "looks like a PDF document"),
        ("zip-named.mhtml", "looks like a ZIP archive"),
        ("nul-heavy.html", "looks like binary data"),
    ],
)
def test_unreadable_files_are_capture_errors(small, name, needle):
    report = small(name, expect="error")
    assert report["error_type"] == "CaptureError"
    assert needle in report["message"]


def test_stray_nul_bytes_are_dropped_with_a_warning(small):
    report = small("nul-bytes.html", expect="article")
    assert any("NUL" in w for w in report["capture_warnings"])
    assert "\x00" not in report["text_head"]
    assert "Kremlin" in report["text_head"]


def test_invalid_utf8_decodes_with_replacement(small):
    report = small("invalid-utf8.html", expect="article")
    assert report["encoding"] == "utf-8"
    assert any("U+FFFD" in w for w in report["capture_warnings"])


@pytest.mark.parametrize("name", ["utf16-bom.html", "utf16-nobom.html", "utf16be-nobom.txt"])
def test_utf16_with_and_without_bom(small, name):
    report = small(name, expect="article")
    assert report["encoding"].startswith("utf-16")
    assert "Vladimir Putin" in report["text_head"]


@pytest.mark.parametrize(
    ("name", "encoding", "words"),
    [
        ("windows-1256.html", "windows-1256", "فلاديمير بوتين"),
        ("koi8-r.html", "koi8-r", "Владимир Путин"),
        ("koi8-r.txt", "koi8-r", "Владимир Путин"),
    ],
)
def test_undeclared_legacy_charsets(small, name, encoding, words):
    report = small(name, expect="article")
    assert report["encoding"] == encoding
    assert words in report["text_head"]


@pytest.mark.parametrize("name", ["mhtml-no-boundary.mhtml", "mhtml-broken-base64.mhtml", "mhtml-1000-parts.mhtml"])
def test_damaged_and_huge_mhtml(small, name):
    report = small(name)
    if report["outcome"] == "article":
        assert report["format"] == "mhtml"
        assert "Vladimir Putin" in report["text_head"]
        if name != "mhtml-1000-parts.mhtml":
            assert report["capture_warnings"], "a damaged MHTML file must leave a warning"


@pytest.mark.parametrize("name", ["home-page.html", "login-wall.html"])
def test_pages_that_are_not_articles(small, name):
    report = small(name)
    if report["outcome"] == "article":
        assert report["warnings"], f"{name}: an article-less page must say so in a warning"


@pytest.mark.parametrize(
    "name",
    [
        "nested-100k.html",
        "single-line-5mb.html",
        "single-line-5mb.txt",
        "million-lines.txt",
        "mhtml-50mb.mhtml",
        "page-50mb.html",
    ],
)
def test_extreme_sizes_and_shapes(corpus, name):
    report = check(corpus[name])
    if report["outcome"] == "article":
        assert report["text_len"] > 0 or report["warnings"]


# --------------------------------------------------------------------------- the command line


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sidebyside", "extract", *args],
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.parametrize("name", ["empty.html", "png-named.html", "nul-heavy.html"])
def test_cli_single_bad_input_exits_2_with_one_line(corpus, name):
    proc = _cli(str(corpus[name]))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and str(corpus[name]) in proc.stderr


def test_cli_mixed_inputs_give_json_lines(corpus):
    names = ["koi8-r.txt", "pdf-named.html", "utf16-bom.html"]
    proc = _cli(*(str(corpus[n]) for n in names))
    assert proc.returncode == 1
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [line["source"]["path"] for line in lines] == [str(corpus[n]) for n in names]
    assert "error" not in lines[0] and "error" not in lines[2]
    assert lines[1]["error"].startswith("looks like a PDF document")
    assert codecs.lookup(lines[0]["source"]["encoding"]).name == "koi8-r"


@pytest.mark.parametrize(
    "name", ["page-50mb.html", "mhtml-50mb.mhtml", "million-lines.txt", "single-line-5mb.html", "nested-100k.html"]
)
def test_capture_alone_finishes_on_the_big_inputs(corpus, name):
    """The capture stage in-process, under its own hang guard (extraction has its cases above)."""
    from sidebyside.capture import load_capture

    with cpu_guard(f"capture:{name}"):
        capture = load_capture(corpus[name])
    assert capture.content
