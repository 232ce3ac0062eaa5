"""Rebuild the PDF fixtures: print article.html (served from 127.0.0.1, so the footer shows an
http URL) and scan.html with headless Chromium, offline. Run from the repository root:

    .venv/bin/python tests/data/capture/pdf/make_pdfs.py

article-header.pdf   two columns, Chromium's running header and footer (date, title, URL, n/N)
article-plain.pdf    the same page printed with --no-pdf-header-footer
scan.pdf             a page that is only an image: a PDF without text
arabic.pdf           a right-to-left page (its text is drawn in visual order)
"""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent


def chromium(url: str, out: Path, header: bool) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    with tempfile.TemporaryDirectory() as profile:
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", f"--user-data-dir={profile}", f"--print-to-pdf={out}"]
        if not header:
            cmd.append("--no-pdf-header-footer")
        subprocess.run([*cmd, url], capture_output=True, timeout=120)
    if not out.exists():
        raise SystemExit(f"chromium did not print {url}")


def main() -> None:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(HERE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        chromium(f"{base}/article.html", HERE / "article-header.pdf", header=True)
        chromium(f"{base}/article.html", HERE / "article-plain.pdf", header=False)
        chromium(f"{base}/scan.html", HERE / "scan.pdf", header=False)
        chromium(f"{base}/arabic.html", HERE / "arabic.pdf", header=True)
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
