"""Captures made now by the tools users make them with (w3m, lynx, chromium), and the window on a
real X server (Xvfb, Qt's xcb platform): each test is behind a marker and skipped, with the
reason, on a machine without the tool. The stored corpus (tests/data/e2e) covers the same
formats without any of them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sidebyside.extract import extract_path

CORPUS = Path(__file__).resolve().parents[1] / "data" / "e2e"
PAGE = CORPUS / "meridian-convoy.html"
TOOL_TIMEOUT = 120  # wall seconds: a hang guard for a program the suite does not own


def _paragraphs(path: Path) -> list[str]:
    article = extract_path(str(path))
    return [article.text[b.start : b.end] for b in article.blocks]


def _run(args: list[str], out: Path) -> Path:
    proc = subprocess.run(args, capture_output=True, timeout=TOOL_TIMEOUT)
    assert proc.returncode == 0, f"{args[0]} failed: {proc.stderr.decode(errors='replace')[-800:]}"
    out.write_bytes(proc.stdout)
    return out


def _assert_same_body(path: Path, fmt: str) -> None:
    article = extract_path(str(path))
    assert article.source.format == fmt
    saved = _paragraphs(PAGE)
    missing = [p for p in saved if p not in _paragraphs(path)]
    assert missing == [], f"{path.name}: paragraphs of the saved page missing from the capture: {missing[:2]}"


@pytest.mark.needs_w3m
def test_a_w3m_dump_made_now_reads_as_the_saved_page(tmp_path):
    dump = _run(["w3m", "-dump", "-T", "text/html", "-cols", "10000", "-I", "UTF-8", "-O", "UTF-8", str(PAGE)],
                tmp_path / "page.w3m.txt")
    _assert_same_body(dump, "text")


@pytest.mark.needs_lynx
def test_a_lynx_dump_made_now_reads_as_the_saved_page(tmp_path):
    """lynx wraps at most 1024 columns and indents paragraphs by three spaces."""
    dump = _run(["lynx", "-dump", "-nolist", "-width=1024", "-display_charset=UTF-8", "-assume_charset=UTF-8",
                 str(PAGE)], tmp_path / "page.lynx.txt")
    _assert_same_body(dump, "text")


@pytest.mark.needs_chromium
def test_a_dom_saved_by_chromium_now_reads_as_the_saved_page(tmp_path):
    browser = next(b for b in ("chromium", "chromium-browser") if shutil.which(b))
    args = [browser, "--headless", "--disable-gpu", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom", PAGE.as_uri()]
    if os.geteuid() == 0:
        args.insert(1, "--no-sandbox")  # chromium refuses to run its sandbox as root
    dom = _run(args, tmp_path / "page.chromium.html")
    _assert_same_body(dom, "html")


@pytest.mark.needs_xvfb
@pytest.mark.needs_xcb
def test_the_window_paints_on_a_real_x_server(xvfb_display, tmp_path):
    """Qt's xcb platform, as a desktop runs the app (the other GUI tests use offscreen)."""
    out = tmp_path / "xcb.png"
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "sidebyside", "--screenshot", str(out)],
                          capture_output=True, text=True, timeout=TOOL_TIMEOUT, env=env)
    assert proc.returncode == 0, proc.stderr[-1500:]
    assert out.stat().st_size > 10_000
    from PySide6.QtGui import QImage  # reading a PNG needs no QGuiApplication

    image = QImage(str(out))
    assert image.width() >= 800 and image.height() >= 500
    assert "Traceback" not in proc.stderr
