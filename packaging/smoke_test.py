"""Smoke-test a frozen build: it starts headless, paints real glyphs, and its CLI agrees.

Usage: python packaging/smoke_test.py dist/sidebyside

1. The frozen app renders the seed pair offscreen to a PNG (`--screenshot`) and exits 0.
2. The PNG shows real text. A build without fonts still exits 0 but draws empty boxes ("tofu")
   or nothing: all those boxes have the same shape, while real text is made of many different
   glyph shapes. We count the distinct shapes of dark connected components in the window.
3. The frozen `compare` prints exactly the JSON the unfrozen package prints for the same files.
4. So does `extract` on a PDF and a WARC: the libraries they need (PDFium, warcio) are bundled.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
MIN_DISTINCT_GLYPH_SHAPES = 40  # a page of real text has hundreds; tofu or blank has a handful
TIMEOUT = 120


def frozen_executable(dist: Path) -> Path:
    for name in ("sidebyside", "sidebyside.exe"):
        if (dist / name).exists():
            return dist / name
    raise SystemExit(f"no sidebyside executable in {dist}")


def headless_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["SIDEBYSIDE_DATA_DIR"] = tempfile.mkdtemp(prefix="sbs-smoke-notes-")
    return env


def glyph_shape_census(png: Path) -> tuple[int, int]:
    """(distinct component shapes, components) among dark-on-light or light-on-dark text pixels."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    stride = image.bytesPerLine()
    data = bytes(image.constBits())[: stride * height]
    histogram = Counter(data[::7])
    background = histogram.most_common(1)[0][0]
    ink = [[abs(data[y * stride + x] - background) > 90 for x in range(width)] for y in range(height)]

    seen = [[False] * width for _ in range(height)]
    shapes: Counter[tuple[int, int, int]] = Counter()
    components = 0
    for y in range(height):
        row = ink[y]
        for x in range(width):
            if not row[x] or seen[y][x]:
                continue
            stack = [(x, y)]
            seen[y][x] = True
            xs_min = xs_max = x
            ys_min = ys_max = y
            count = 0
            while stack:
                cx, cy = stack.pop()
                count += 1
                xs_min, xs_max = min(xs_min, cx), max(xs_max, cx)
                ys_min, ys_max = min(ys_min, cy), max(ys_max, cy)
                for nx, ny in ((cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1)):
                    if 0 <= nx < width and 0 <= ny < height and ink[ny][nx] and not seen[ny][nx]:
                        seen[ny][nx] = True
                        stack.append((nx, ny))
            w, h = xs_max - xs_min + 1, ys_max - ys_min + 1
            if 3 <= h <= 40 and w <= 40:  # glyph-sized, not rules, frames or ribbons
                components += 1
                shapes[(w, h, count)] += 1
    return len(shapes), components


def check_screenshot(exe: Path, workdir: Path) -> None:
    png = workdir / "frozen.png"
    result = subprocess.run(
        [str(exe), "--screenshot", str(png)], env=headless_env(), capture_output=True, text=True,
        timeout=TIMEOUT,
    )
    if result.returncode != 0:
        raise SystemExit(f"frozen app exited {result.returncode}:\n{result.stderr[-2000:]}")
    if not png.exists() or png.stat().st_size < 1000:
        raise SystemExit("frozen app wrote no screenshot")
    distinct, components = glyph_shape_census(png)
    print(f"screenshot: {components} glyph-sized components, {distinct} distinct shapes")
    if distinct < MIN_DISTINCT_GLYPH_SHAPES:
        raise SystemExit(
            f"the frozen app paints no real text ({distinct} distinct glyph shapes): fonts missing?"
        )


def check_compare_json(exe: Path) -> None:
    a, b = (str(p) for p in SEEDS[:2])
    frozen = subprocess.run(
        [str(exe), "compare", a, b], env=headless_env(), capture_output=True, text=True, timeout=TIMEOUT
    )
    unfrozen = subprocess.run(
        [sys.executable, "-m", "sidebyside", "compare", a, b], env=headless_env(), capture_output=True,
        text=True, timeout=TIMEOUT,
    )
    for name, result in (("frozen", frozen), ("unfrozen", unfrozen)):
        if result.returncode != 0:
            raise SystemExit(f"{name} compare exited {result.returncode}: {result.stderr[-2000:]}")
    if json.loads(frozen.stdout) != json.loads(unfrozen.stdout):
        raise SystemExit("frozen and unfrozen `compare` JSON differ")
    print("compare: frozen JSON equals unfrozen JSON")


def check_extract_containers(exe: Path, workdir: Path) -> None:
    """PDF (PDFium through ctypes) and WARC (warcio) captures extract the same frozen and unfrozen."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = workdir / "page.warc.gz"
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    page = (ROOT / "tests" / "data" / "e2e" / "harbor-convoy.html").read_bytes()
    writer.write_record(writer.create_warc_record(
        "https://news.example/convoy", "response", payload=io.BytesIO(page), http_headers=headers))
    warc.write_bytes(buf.getvalue())
    pdf = ROOT / "tests" / "data" / "capture" / "pdf" / "article-plain.pdf"
    for path in (pdf, warc):
        runs = [
            subprocess.run([*cmd, "extract", str(path)], env=headless_env(), capture_output=True, text=True,
                           timeout=TIMEOUT)
            for cmd in ([str(exe)], [sys.executable, "-m", "sidebyside"])
        ]
        for name, result in zip(("frozen", "unfrozen"), runs):
            if result.returncode != 0:
                raise SystemExit(f"{name} extract {path.name} exited {result.returncode}: {result.stderr[-2000:]}")
        if json.loads(runs[0].stdout) != json.loads(runs[1].stdout):
            raise SystemExit(f"frozen and unfrozen `extract {path.name}` JSON differ")
    print("extract: PDF and WARC give the same JSON frozen and unfrozen")


def main(argv: list[str]) -> int:
    dist = Path(argv[1] if len(argv) > 1 else ROOT / "dist" / "sidebyside")
    exe = frozen_executable(dist)
    with tempfile.TemporaryDirectory(prefix="sbs-smoke-") as tmp:
        check_screenshot(exe, Path(tmp))
        check_extract_containers(exe, Path(tmp))
    check_compare_json(exe)
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
