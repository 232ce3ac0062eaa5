"""The command line with hostile file names and outputs: any bytes in a name work and are shown
with U+FFFD; a message is one line whatever the name holds; a report never overwrites a capture
or writes into a FIFO or a device."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hang_guards import blocking_guard
from seed_paths import SEED_FILES

SEED_A, SEED_B = SEED_FILES.values()
TIMEOUT = 300  # wall seconds for one command: a hang guard


def sbs(*args: str | bytes, data_dir: Path) -> subprocess.CompletedProcess:
    """Run the real command line: argv as bytes, output as bytes (decoded strictly by the caller)."""
    env = {**os.environ, "SIDEBYSIDE_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "sidebyside", *args], capture_output=True, timeout=TIMEOUT, env=env)


@pytest.fixture
def latin1_names(tmp_path) -> tuple[bytes, bytes]:
    """The seed pair under names that are not UTF-8 (Latin-1 'é', a stray 0xFF byte)."""
    a, b = os.fsencode(tmp_path) + b"/caf\xe9 \xff.txt", os.fsencode(tmp_path) + b"/na\xefve.txt"
    shutil.copyfile(SEED_A, a)
    shutil.copyfile(SEED_B, b)
    return a, b


def test_extract_and_compare_a_file_whose_name_is_not_utf8(latin1_names, tmp_path):
    a, b = latin1_names
    proc = sbs("extract", a, data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    article = json.loads(proc.stdout.decode("utf-8"))  # strictly UTF-8
    assert article["source"]["path"].endswith("/caf\ufffd \ufffd.txt")
    assert article["text"]
    proc = sbs("compare", a, b, data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert json.loads(proc.stdout.decode("utf-8"))["articles"][1]["source"]["path"].endswith("/na\ufffdve.txt")


def test_report_and_notes_on_a_file_whose_name_is_not_utf8(latin1_names, tmp_path):
    a, b = latin1_names
    quote = "Russian President Vladimir Putin"
    proc = sbs("notes", "add", a, "--quote", quote, "--body", "a note", data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert json.loads(proc.stdout.decode("utf-8"))["article"]["path"].endswith("/caf\ufffd \ufffd.txt")
    listed = json.loads(sbs("notes", "list", a, data_dir=tmp_path).stdout.decode("utf-8"))
    assert [n["body"] for n in listed] == ["a note"]
    out = os.fsencode(tmp_path) + b"/r\xe9port.html"
    proc = sbs("report", a, b, "-o", out, data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert proc.stderr.decode("utf-8").startswith("wrote ") and "r\ufffdport.html" in proc.stderr.decode("utf-8")
    html = Path(os.fsdecode(out)).read_text(encoding="utf-8")
    assert "caf\ufffd \ufffd.txt" in html and "a note" in html


def test_an_error_about_a_hostile_name_is_one_line_and_neutral(tmp_path):
    name = os.fsencode(tmp_path) + b"/two\nlines \xff \xe2\x80\xaelmth.exe"  # newline, bad byte, U+202E
    Path(os.fsdecode(name)).write_bytes(b"")
    proc = sbs("extract", name, data_dir=tmp_path)
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2 and proc.stdout == b""
    assert err.count("\n") == 1 and "\u202e" not in err
    assert "two\\nlines \ufffd \\u202elmth.exe: the file is empty" in err


def test_a_json_lines_error_names_the_file_in_valid_utf8(tmp_path, latin1_names):
    empty = os.fsencode(tmp_path) + b"/vide\xe9.html"
    Path(os.fsdecode(empty)).write_bytes(b"")
    proc = sbs("extract", latin1_names[0], empty, data_dir=tmp_path)
    lines = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert proc.returncode == 1 and lines[1]["source"]["path"].endswith("/vide\ufffd.html")
    assert lines[1]["error"] == "the file is empty"


def test_a_three_kilobyte_charset_label_is_shortened_in_the_warning(tmp_path):
    label = "x" * 3000
    page = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
            f"Content-Type: text/html; charset=\"{label}\"\r\nContent-Location: https://news.example/a\r\n\r\n"
            "<html><body><article><h1>Talks</h1><p>The talks in Geneva resumed on Monday, officials said.</p>"
            "</article></body></html>\r\n--B--\r\n")
    path = tmp_path / "label.mhtml"
    path.write_text(page, encoding="ascii")
    proc = sbs("extract", str(path), data_dir=tmp_path)
    warnings = json.loads(proc.stdout)["warnings"]
    [charset] = [w for w in warnings if "charset" in w]
    assert len(charset) < 300 and label not in charset


# --------------------------------------------------------------------------- report -o


@pytest.fixture
def pair(tmp_path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.html", tmp_path / "b.txt"
    shutil.copyfile(SEED_A, tmp_path / "a.html")  # a capture named like a report
    shutil.copyfile(SEED_B, b)
    return a, b


@pytest.mark.parametrize("how", ["itself", "symlink", "hard link"])
def test_report_refuses_to_overwrite_a_capture(pair, tmp_path, how):
    a, b = pair
    before = a.read_bytes()
    out = a
    if how == "symlink":
        out = tmp_path / "report.html"
        out.symlink_to(a)
    elif how == "hard link":
        out = tmp_path / "report.html"
        os.link(a, out)
    proc = sbs("report", str(a), str(b), "-o", str(out), data_dir=tmp_path)
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2 and err.count("\n") == 1
    assert "refusing to overwrite" in err and str(a) in err
    assert a.read_bytes() == before


def test_report_refuses_a_fifo_at_once(pair, tmp_path):
    a, b = pair
    fifo = tmp_path / "report.html"
    os.mkfifo(fifo)
    with blocking_guard("report -o FIFO"):
        proc = sbs("report", str(a), str(b), "-o", str(fifo), data_dir=tmp_path)
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2 and "not a regular file" in err and err.count("\n") == 1


def test_report_refuses_a_device(pair, tmp_path):
    a, b = pair
    out = tmp_path / "report.pdf"
    out.symlink_to("/dev/null")
    proc = sbs("report", str(a), str(b), "-o", str(out), data_dir=tmp_path)
    assert proc.returncode == 2 and "not a regular file" in proc.stderr.decode("utf-8")
