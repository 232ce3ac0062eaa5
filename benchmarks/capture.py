"""Capture on big and hostile inputs: CPU seconds and peak memory of capture + extract, as JSON.

Usage: python benchmarks/capture.py [--only NAME ...]

Each input is generated into a temporary folder, then loaded and extracted in a fresh child
process (so peak memory is its own) that reports CPU time (time.process_time, capture alone and
with extraction), peak RSS and the outcome (an article, or the one-line message). Goal (issues
11 and 15): each case <= 5 s and <= 1 GB, or refused early with a clear message; a 50 MB MHTML
captured in <= 1 s CPU. The machine is shared: CPU time, not wall time, with the load average.
"""

from __future__ import annotations

import argparse
import base64
import gc
import gzip
import io
import json
import os
import quopri
import random
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from pdf_bytes import pdf_of_drawn_letters, pdf_of_empty_pages  # noqa: E402

_CHILD = r"""
import json, resource, sys, time
from sidebyside.capture import load_capture
from sidebyside.errors import SideBySideError
from sidebyside.extract import extract
result = {}
started = time.process_time()
try:
    capture = load_capture(sys.argv[1])
    result["capture_cpu_s"] = round(time.process_time() - started, 3)
    article = extract(capture)
    result["outcome"] = f"article: {len(article.text):,} characters"
    result["warnings"] = [w[:100] for w in capture.warnings]
except SideBySideError as exc:
    result["outcome"] = "message: " + exc.reason[:160]
result["cpu_s"] = round(time.process_time() - started, 3)
# VmHWM belongs to this program's memory (ru_maxrss would carry the parent's peak over exec).
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")]
result["peak_rss_mb"] = int(hwm[0].split()[1]) // 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps(result))
"""

PARAGRAPH = (
    "<p>Russian President Vladimir Putin hosted Syrian leader Bashar al-Assad for talks on Wednesday "
    "as the Kremlin sought to mend ties between Damascus and Ankara.</p>\n"
)
PAGE = "<!DOCTYPE html><html><head><title>Putin hosts Assad</title></head><body><article><h1>Putin hosts Assad</h1>\n" + PARAGRAPH * 20 + "</article></body></html>\n"
URL = "https://news.example/world/putin-assad"


def _mhtml(parts: bytes, extra_headers: str = "") -> bytes:
    head = (
        f"MIME-Version: 1.0\r\nSnapshot-Content-Location: {URL}\r\nDate: Wed, 15 Mar 2023 12:34:56 +0100\r\n"
        f"{extra_headers}Content-Type: multipart/related; boundary=B\r\n\r\n"
    ).encode()
    main = f"--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Location: {URL}\r\n\r\n{PAGE}\r\n--B--\r\n"
    return head + parts + main.encode()


def _image_parts(count: int, size: int) -> bytes:
    image = base64.encodebytes(random.Random(0).randbytes(size)).replace(b"\n", b"\r\n")
    return b"".join(
        b"--B\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Location: https://news.example/img/%d.jpg\r\n\r\n" % i + image for i in range(count)
    )


def _html_part(encoding: str, payload: bytes) -> bytes:
    head = f"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=B\r\n\r\n--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: {encoding}\r\n\r\n"
    return head.encode() + payload + b"\r\n--B--\r\n"


def _big_page(size: int) -> bytes:
    return ("<html><body><article><h1>Talks</h1>" + PARAGRAPH * (size // len(PARAGRAPH)) + "</article></body></html>").encode()






def _warc(records: int, page: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)

    def write(uri: str, body: bytes, content_type: str) -> None:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))

    if page:
        write(URL, PAGE.encode(), "text/html; charset=utf-8")
    for i in range(records):
        write(f"https://news.example/asset/{i}.css", b"a{color:red}", "text/css")
    return buf.getvalue()


def _zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0"}\n{"url": "%s"}\n' % URL)
        with zf.open("archive/data.warc", "w", force_zip64=True) as member:
            for _ in range(2048):  # 2 GiB of zeros, about 2 MB deflated
                member.write(bytes(1 << 20))
    return buf.getvalue()


def cases() -> dict[str, Callable[[], bytes]]:
    """Each input's builder: built one at a time, so the children start from a small parent."""
    qp_line = "<p>Путин провёл переговоры с Асадом в Москве = значимые.</p>\n"
    return {
        "mhtml-50mb.mhtml": lambda: _mhtml(_image_parts(4, 9_000_000)),
        "mhtml-base64-45mb-image.mhtml": lambda: _mhtml(_image_parts(1, 33_000_000)),
        "mhtml-base64-45mb-page.mhtml": lambda: _html_part("base64", base64.encodebytes(_big_page(33_000_000))),
        "mhtml-qp-60mb.mhtml": lambda: _html_part(
            "quoted-printable", quopri.encodestring((qp_line * (60_000_000 // (3 * len(qp_line.encode())))).encode())
        ),
        "mhtml-500k-header-lines.mhtml": lambda: _mhtml(
            b"", "".join(f"X-Header-{i}: value {i}\r\n" for i in range(500_000))
        ),
        "mhtml-60mb-header.mhtml": lambda: _mhtml(b"", "X-Big: " + "a" * 60_000_000 + "\r\n"),
        "charset-3kb-label.mhtml": lambda: _html_part("8bit", PAGE.encode()).replace(
            b"charset=utf-8", b"charset=" + b"x" * 3000
        ),
        "pdf-10000-pages.pdf": lambda: pdf_of_empty_pages(10_000),
        "pdf-page-of-900k-drawings.pdf": lambda: pdf_of_drawn_letters(900_000),
        "pdf-page-of-10m-drawings.pdf": lambda: pdf_of_drawn_letters(10_000_000),
        "warc-10000-records.warc.gz": lambda: _warc(10_000),
        "warc-truncated-member.warc.gz": lambda: _warc(3)[:-300],
        "warc-200mb-header-line.warc": lambda: (
            b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nX-Long: " % URL.encode()
            + b"a" * 200_000_000 + b"\r\n\r\n"
        ),
        "wacz-zip-bomb.wacz": _zip_bomb,
        "gzip-not-warc.html.gz": lambda: gzip.compress(PAGE.encode()),
    }


def run(path: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        proc = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, timeout=120, env=env)
    except subprocess.TimeoutExpired:
        return {"outcome": "timeout after 120 s"}
    line = proc.stdout.strip().splitlines()[-1:] or [""]
    try:
        return json.loads(line[0])
    except ValueError:
        return {"outcome": "crash: " + proc.stderr[-300:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in cases().items():
            if args.only and name not in args.only:
                continue
            path = Path(tmp) / name
            path.write_bytes(build())
            size = path.stat().st_size
            gc.collect()
            results[name] = {"size_mb": round(size / 1e6, 1), **run(path)}
            path.unlink()
    print(json.dumps({"cases": results, "loadavg": os.getloadavg()}, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
