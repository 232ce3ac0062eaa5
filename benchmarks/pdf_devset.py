"""Print the dev pages to PDF with headless Chromium: the PDF benchmark's input.

Usage: python benchmarks/pdf_devset.py [--out DIR] [--limit N]

Each AEB page and each Readability test page is printed once, offline (its scripts removed
beforehand, every host name unresolvable, so nothing is fetched), with the browser's running header and footer
(date, title, URL, page numbers) for half the pages and without for the other half, chosen by a
stable hash of the page id. The PDFs land in DIR (default: $SIDEBYSIDE_PDF_DEVSET, else
~/.cache/sidebyside-bench/pdf); pages already printed are kept. Needs the Debian package
`chromium` and ../shared/data. Prints a JSON summary.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import require_shared_data  # noqa: E402

# Chromium's switch for turning scripts off also stops it printing, so scripts are cut out.
_SCRIPT = re.compile(rb"<script\b.*?</script\s*>", re.I | re.S)
DEFAULT_OUT = Path(os.environ.get("SIDEBYSIDE_PDF_DEVSET") or Path.home() / ".cache" / "sidebyside-bench" / "pdf")


def stable_bucket(page_id: str, buckets: int = 100) -> int:
    return int(hashlib.sha256(page_id.encode()).hexdigest(), 16) % buckets


def with_print_header(page_id: str) -> bool:
    """Half the pages are printed with Chromium's header and footer, half without."""
    return int(hashlib.sha256(("header:" + page_id).encode()).hexdigest(), 16) % 2 == 0


def is_held_out(page_id: str) -> bool:
    """One page in three is only measured, never tuned on."""
    return stable_bucket(page_id) % 3 == 0


def dev_pages(shared: Path) -> list[tuple[str, Path, bool]]:
    """(id, source file, gzipped) for every AEB and Readability page."""
    pages = []
    for path in sorted((shared / "aeb" / "html").glob("*.html.gz")):
        pages.append(("aeb-" + path.name.removesuffix(".html.gz"), path, True))
    for folder in sorted((shared / "readability" / "pages").iterdir()):
        if (folder / "source.html").exists():
            pages.append(("readability-" + folder.name, folder / "source.html", False))
    return pages


def chromium_binary() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def print_pdf(browser: str, html: Path, out: Path, header: bool, timeout: float = 60.0) -> bool:
    with tempfile.TemporaryDirectory() as profile:
        cmd = [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            f"--user-data-dir={profile}", f"--print-to-pdf={out}",
        ]
        if not header:
            cmd.append("--no-pdf-header-footer")
        cmd.append(html.resolve().as_uri())
        try:
            subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return False
    return out.exists() and out.stat().st_size > 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    browser = chromium_binary()
    if browser is None:
        print("chromium not found (Debian package `chromium`)", file=sys.stderr)
        raise SystemExit(2)
    shared = require_shared_data()
    args.out.mkdir(parents=True, exist_ok=True)
    printed = kept = failed = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for page_id, source, gzipped in dev_pages(shared)[: args.limit]:
            out = args.out / f"{page_id}.pdf"
            if out.exists():
                kept += 1
                continue
            html = Path(tmp) / f"{page_id}.html"
            raw = gzip.decompress(source.read_bytes()) if gzipped else source.read_bytes()
            html.write_bytes(_SCRIPT.sub(b"", raw))
            if print_pdf(browser, html, out, with_print_header(page_id)):
                printed += 1
            else:
                failed += 1
            html.unlink()
    print(json.dumps({"out": str(args.out), "printed": printed, "kept": kept, "failed": failed,
                      "seconds": round(time.perf_counter() - started, 1), "loadavg": os.getloadavg()}))


if __name__ == "__main__":
    main()
