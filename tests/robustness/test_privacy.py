"""Nothing in a capture is fetched: a page full of references to a local server makes it see no request.

The server listens on 127.0.0.1 and counts every connection. The capture references it through
img src/srcset, link href (stylesheet, preload, icon), script src, CSS url() and @import, iframes,
object/embed, video poster, meta refresh and a base href. Opening, extracting, comparing, exporting the
report (HTML and PDF) and rendering the window must make zero requests.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from pdf_bytes import HELVETICA, pdf_file

from sidebyside.compare import compare
from sidebyside.extract import extract_path
from sidebyside.report import write_report

REPO = Path(__file__).resolve().parents[2]


class _Counter(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's naming)
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"x")

    do_POST = do_HEAD = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    _Counter.hits = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    accepted: list[int] = []
    original = httpd.get_request

    def counting_get_request():
        conn = original()
        accepted.append(1)
        return conn

    httpd.get_request = counting_get_request  # type: ignore[method-assign]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd, accepted
    httpd.shutdown()
    httpd.server_close()


def _hostile_page(base: str) -> str:
    para = (
        "The minister said the talks would continue next week in the capital, according to officials "
        "who asked not to be named because the negotiations were private. "
    )
    return f"""<!DOCTYPE html><html lang="en"><head>
<meta charset="utf-8"><title>Talks continue | Example News</title>
<base href="{base}/base/">
<meta http-equiv="refresh" content="0; url={base}/refresh">
<link rel="stylesheet" href="{base}/style.css"><link rel="preload" href="{base}/font.woff2" as="font">
<link rel="icon" href="{base}/favicon.ico"><link rel="canonical" href="{base}/canonical">
<style>@import url("{base}/import.css"); body {{ background: url({base}/bg.png); }}
@font-face {{ font-family: X; src: url({base}/x.woff); }}</style>
<script src="{base}/script.js"></script>
<script>fetch("{base}/fetch"); new Image().src = "{base}/beacon";</script>
<meta property="og:image" content="{base}/og.png">
</head><body>
<article><h1>Talks continue</h1>
<p>{para * 3}</p>
<figure><img src="{base}/photo.jpg" srcset="{base}/photo-2x.jpg 2x, {base}/photo-3x.jpg 3x" alt="photo">
<figcaption>A photo <img src="{base}/inline.png"></figcaption></figure>
<p style="background-image: url({base}/inline-style.png)">{para * 2}</p>
<iframe src="{base}/frame.html"></iframe><object data="{base}/object.swf"></object>
<embed src="{base}/embed.swf"><video poster="{base}/poster.jpg" src="{base}/video.mp4"></video>
<audio src="{base}/audio.mp3"></audio><svg><image href="{base}/svg-image.png"/></svg>
<p>{para * 2} <a href="{base}/link">a link</a></p>
</article></body></html>"""


@pytest.fixture
def hostile_capture(server, tmp_path):
    httpd, _ = server
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    path = tmp_path / "hostile.html"
    path.write_text(_hostile_page(base), encoding="utf-8")
    return path


def test_the_server_counts_a_real_request(server):
    """Control: the harness does see a request when one is made."""
    import urllib.request

    httpd, accepted = server
    urllib.request.urlopen(f"http://127.0.0.1:{httpd.server_address[1]}/control", timeout=5).read()
    assert accepted == [1] and _Counter.hits == ["/control"]


def test_extract_compare_and_report_make_no_request(server, hostile_capture, tmp_path, qapp):
    _, accepted = server
    article = extract_path(hostile_capture)
    assert "talks would continue" in article.text
    comparison = compare(article, extract_path(hostile_capture))
    write_report(comparison, tmp_path / "report.html")
    from sidebyside.ui.pdf import write_pdf

    write_report(comparison, tmp_path / "report.pdf", print_pdf=write_pdf)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'src="' not in html and "url(" not in html
    assert accepted == [] and _Counter.hits == []



def test_rendering_the_window_makes_no_request(server, hostile_capture, tmp_path):
    _, accepted = server
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SIDEBYSIDE_DATA_DIR=str(tmp_path / "notes"))
    result = subprocess.run(
        [sys.executable, "-m", "sidebyside", str(hostile_capture), str(hostile_capture),
         "--screenshot", str(tmp_path / "window.png")],
        env=env, capture_output=True, text=True, timeout=120, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "window.png").stat().st_size > 1000
    assert accepted == [] and _Counter.hits == []


# --------------------------------------------------------------------------- the other containers


def _pdf_with_actions(base: str) -> bytes:
    """A one-page PDF whose text is an article, with a JavaScript open action, a URI link and a
    launch action, all pointing at the counting server: none may ever be followed."""
    text = "The minister said the talks would continue next week in the capital, officials said."
    lines = "".join(f"BT /F1 11 Tf 72 {720 - 16 * i} Td ({text}) Tj ET\n" for i in range(30))
    stream = lines.encode("latin-1")
    objects = [
        f"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.launchURL('{base}/js');) >> >>".encode(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R 7 0 R] >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        HELVETICA,
        f"<< /Type /Annot /Subtype /Link /Rect [72 700 400 712] /A << /S /URI /URI ({base}/link) >> >>".encode(),
        f"<< /Type /Annot /Subtype /Link /Rect [72 680 400 692] /A << /S /Launch /F ({base}/launch) >> >>".encode(),
    ]
    return pdf_file(objects)


def _warc(page: str) -> bytes:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://news.example/talks", "response", payload=io.BytesIO(page.encode()), http_headers=headers))
    return buf.getvalue()


def _wacz(warc: bytes) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0"}\n{"url": "https://news.example/talks"}\n')
        zf.writestr("archive/data.warc.gz", warc)
    return buf.getvalue()


def test_pdf_warc_and_wacz_captures_make_no_request(server, tmp_path, qapp):
    httpd, accepted = server
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    files = {
        "hostile.pdf": _pdf_with_actions(base),
        "hostile.warc.gz": _warc(_hostile_page(base)),
        "hostile.wacz": _wacz(_warc(_hostile_page(base))),
    }
    articles = []
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        article = extract_path(path)
        assert "talks would continue" in article.text, name
        articles.append(article)
    comparison = compare(articles[0], articles[1])
    from sidebyside.ui.pdf import write_pdf

    write_report(comparison, tmp_path / "report.html")
    write_report(comparison, tmp_path / "report.pdf", print_pdf=write_pdf)
    assert accepted == [] and _Counter.hits == []
