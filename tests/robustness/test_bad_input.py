"""Bad and extreme captures through capture + extract: an Article or a SideBySideError naming the
file, within 5 s and bounded memory each, never another exception, never a hang.

Each case runs in a child process with a wall-clock timeout and an address-space limit, so a
hang or a runaway allocation fails that case instead of the whole session. The large inputs
are generated once per session.
"""

from __future__ import annotations

import base64
import codecs
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

SECONDS_PER_CASE = 5.0  # CPU seconds for capture + extract, imports excluded
CHILD_TIMEOUT = 30.0  # wall clock for the whole child: the hang guard
CPU_LIMIT = 6  # the child is killed (SIGXCPU) past this: the 5 s plus imports, so a slow case ends early
MEMORY_LIMIT = 3 * 1024**3  # address space of the child; a 50 MB page needs well under this
SAMPLES = Path(__file__).parent.parent / "data" / "capture"

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


def run_cases(paths: list[Path]) -> dict[str, dict]:
    """Capture and extract each path in one child process; path → its JSON report.

    The CPU and wall-clock limits grow with the batch; only inputs known to be small share
    a child, the extreme ones get one each.
    """
    names = ", ".join(p.name for p in paths)
    cpu_limit = CPU_LIMIT + len(paths) - 1
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, str(MEMORY_LIMIT), str(cpu_limit), *map(str, paths)],
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT + 2 * len(paths),
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{names}: no answer within {CHILD_TIMEOUT:.0f} s (a hang)")
    reports = {r["path"]: r for r in (json.loads(x) for x in proc.stdout.splitlines() if x.startswith("{"))}
    if proc.returncode == -signal.SIGXCPU:
        pytest.fail(f"{names}: killed after {cpu_limit} s of CPU (capture + extract over {SECONDS_PER_CASE:.0f} s)"
                    f"; finished: {sorted(Path(p).name for p in reports)}")
    assert len(reports) == len(paths), f"{names}: child died (status {proc.returncode}): {proc.stderr[-1500:]}"
    return reports


def check(path: Path, expect: str = "either", report: dict | None = None) -> dict:
    """The common contract; ``expect`` is "article", "error" or "either"."""
    report = report or run_cases([path])[str(path)]
    assert report["outcome"] != "crash", f"{path.name}: {report['message']}\n{report.get('where', '')}"
    # CPU time, not wall time: the machine may be shared, and a hang is caught by the timeout.
    assert report["cpu"] < SECONDS_PER_CASE, f"{path.name}: {report['cpu']:.2f} s CPU ({report['elapsed']:.2f} s wall)"
    if expect != "either":
        assert report["outcome"] == expect, f"{path.name}: {report}"
    if report["outcome"] == "error":
        assert str(path) in report["message"], report["message"]
        assert "\n" not in report["message"]
    else:
        assert report["blocks_ok"], f"{path.name}: a block lies outside the text"
    return report


# --------------------------------------------------------------------------- the corpus


def _arabic() -> str:
    return (SAMPLES / "arabic.txt").read_text(encoding="utf-8")


def _russian() -> str:
    return (SAMPLES / "russian.txt").read_text(encoding="utf-8")


def _page(paragraphs: list[str], head: str = "", title: str = "Putin hosts Assad in Moscow") -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>\n{body}</article></body></html>\n"
    )


ENGLISH = [
    "Russian President Vladimir Putin hosted Syrian leader Bashar al-Assad for talks on Wednesday as the "
    "Kremlin sought to mend ties between Damascus and Ankara.",
    "The meeting follows the surprise announcement last week of a Chinese-brokered re-establishment of "
    "diplomatic relations between Saudi Arabia and Iran.",
    "Kremlin spokesperson Dmitry Peskov told reporters that the talks would focus on bilateral ties.",
    "Diplomats from Russia, Turkey, Syria and Iran are due to meet in Moscow this week, Turkish media said.",
]


def _mhtml(html_part: str, boundary_param: bool = True, nparts: int = 0) -> bytes:
    url = "https://news.example/world/putin-assad"
    lines = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {url}",
        "Subject: Putin hosts Assad",
        "Date: Wed, 15 Mar 2023 12:34:56 +0100",
        "MIME-Version: 1.0",
        'Content-Type: multipart/related; type="text/html"' + ('; boundary="BOUNDARY"' if boundary_param else ""),
        "",
    ]
    parts = [
        f"--BOUNDARY\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: https://news.example/img/{i}.png\r\n\r\niVBORw0KGgoAAAANSUhEUg==\r\n"
        for i in range(nparts)
    ]
    parts.append(
        f"--BOUNDARY\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: {url}\r\n\r\n{html_part}\r\n"
    )
    return ("\r\n".join(lines) + "\r\n" + "".join(parts) + "--BOUNDARY--\r\n").encode("ascii")


def _b64(html: str) -> str:
    return base64.encodebytes(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def _big_mhtml(page: str) -> bytes:
    """A 50 MB MHTML file: four large base64 images, then the page."""
    import random

    image = base64.encodebytes(random.Random(0).randbytes(9_000_000)).replace(b"\n", b"\r\n")
    url = "https://news.example/world/putin-assad"
    parts = b"".join(
        b"--B\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Location: https://news.example/img/%d.jpg\r\n\r\n" % i + image
        for i in range(4)
    )
    head = f"MIME-Version: 1.0\r\nSnapshot-Content-Location: {url}\r\nContent-Type: multipart/related; boundary=B\r\n\r\n"
    main = f"--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Location: {url}\r\n\r\n{page}\r\n--B--\r\n"
    return head.encode() + parts + main.encode()


def _home_page() -> str:
    sections = []
    for s in range(12):
        links = "".join(
            f'<li><a href="/section{s}/story{i}">Headline number {i} in section {s} about world events</a></li>'
            for i in range(15)
        )
        sections.append(f"<section><h2>Section {s}</h2><ul>{links}</ul></section>")
    return f"<html><head><title>News Example — Home</title></head><body><nav>{''.join(sections)}</nav></body></html>"


LOGIN_WALL = (
    "<html><head><title>Subscribe to continue</title></head><body><header><a href='/'>News Example</a></header>"
    "<main><h1>Sign in to keep reading</h1><form><label>Email<input name=email></label>"
    "<label>Password<input type=password name=pw></label><button>Sign in</button></form>"
    "<p>Subscribe for unlimited access. Cancel anytime.</p></main></body></html>"
)


def _build_corpus(root: Path) -> dict[str, Path]:
    files: dict[str, bytes] = {
        "empty.html": b"",
        "whitespace.html": b" \n\t\r\n  ",
        "png-named.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500),
        "pdf-named.html": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(500),
        "zip-named.mhtml": b"PK\x03\x04\x14\x00\x00\x00" + bytes(500),
        "nul-heavy.html": b"\x00\x01" * 5000,
        "nul-bytes.html": _page(ENGLISH).replace("Kremlin", "Krem\x00lin", 2).encode(),
        "invalid-utf8.html": _page(ENGLISH + [_russian()], head="<meta charset=utf-8>")
        .encode()
        .replace(b"Peskov", b"Pes\xff\xfekov"),
        "utf16-bom.html": _page(ENGLISH + [_russian()]).encode("utf-16"),
        "utf16-nobom.html": _page(ENGLISH + [_russian()]).encode("utf-16-le"),
        "utf16be-nobom.txt": "\n\n".join(ENGLISH + [_russian()]).encode("utf-16-be"),
        "windows-1256.html": _page(_arabic().split("\n\n"), title="بوتين وأردوغان").encode("windows-1256"),
        "koi8-r.html": _page(_russian().split("\n\n"), title="Путин и Асад").encode("koi8-r"),
        "koi8-r.txt": _russian().encode("koi8-r"),
        "mhtml-no-boundary.mhtml": _mhtml(_b64(_page(ENGLISH)), boundary_param=False),
        "mhtml-broken-base64.mhtml": _mhtml(_b64(_page(ENGLISH))[:-40] + "@@@ not base64 ###\r\n", True),
        "mhtml-1000-parts.mhtml": _mhtml(_b64(_page(ENGLISH)), nparts=1000),
        "home-page.html": _home_page().encode(),
        "login-wall.html": LOGIN_WALL.encode(),
        "nested-100k.html": (
            "<html><body>" + "<div>" * 100_000 + "<p>" + ENGLISH[0] + "</p>" + "</div>" * 100_000 + "</body></html>"
        ).encode(),
        "single-line-5mb.html": ("<html><body>" + "".join(f"<p>{p}</p>" for p in ENGLISH * 9000) + "</body></html>")
        .replace("\n", " ")
        .encode(),
        "single-line-5mb.txt": (" ".join(ENGLISH) + " ").encode() * 9000,
        "million-lines.txt": "".join(f"{ENGLISH[i % 4][:16]} {i}.\n" for i in range(1_000_000)).encode(),
        "page-50mb.html": _page(ENGLISH * 94_000).encode(),
        "mhtml-50mb.mhtml": _big_mhtml(_page(ENGLISH)),
    }
    paths = {}
    for name, data in files.items():
        path = root / name
        path.write_bytes(data)
        paths[name] = path
    return paths


EXTREME = (
    "nested-100k.html",
    "single-line-5mb.html",
    "single-line-5mb.txt",
    "million-lines.txt",
    "page-50mb.html",
    "mhtml-50mb.mhtml",
)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> dict[str, Path]:
    return _build_corpus(tmp_path_factory.mktemp("bad-input"))


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
        timeout=CHILD_TIMEOUT,
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
def test_capture_alone_is_fast_on_the_big_inputs(corpus, name):
    """The capture stage's share of the 5 s, measured in-process (extraction has its own cases above)."""
    import time

    from sidebyside.capture import load_capture

    started = time.process_time()
    capture = load_capture(corpus[name])
    elapsed = time.process_time() - started
    assert capture.content
    assert elapsed < 1.0, f"{name}: capture took {elapsed:.2f} s CPU"
