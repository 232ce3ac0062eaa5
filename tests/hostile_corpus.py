"""The hostile and big-input corpus, built on demand in a directory.

One definition for the tests (tests/robustness, tests/notes, tests/compare) and the benchmarks
that time them (benchmarks/big_inputs.py, benchmarks/hostile.py): captures for capture +
extract, pages whose two copies are compared, and malformed notes exports for ``notes
import``. Everything is generated; no file of the corpus is stored in the repository.
"""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path
from typing import Callable

SAMPLES = Path(__file__).parent / "data" / "capture"

ENGLISH = [
    "Russian President Vladimir Putin hosted Syrian leader Bashar al-Assad for talks on Wednesday as the "
    "Kremlin sought to mend ties between Damascus and Ankara.",
    "The meeting follows the surprise announcement last week of a Chinese-brokered re-establishment of "
    "diplomatic relations between Saudi Arabia and Iran.",
    "Kremlin spokesperson Dmitry Peskov told reporters that the talks would focus on bilateral ties.",
    "Diplomats from Russia, Turkey, Syria and Iran are due to meet in Moscow this week, Turkish media said.",
]


def arabic() -> str:
    return (SAMPLES / "arabic.txt").read_text(encoding="utf-8")


def russian() -> str:
    return (SAMPLES / "russian.txt").read_text(encoding="utf-8")


def page(paragraphs: list[str], head: str = "", title: str = "Putin hosts Assad in Moscow") -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>\n{body}</article></body></html>\n"
    )


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


def _big_mhtml(html: str) -> bytes:
    """A 50 MB MHTML file: four large base64 images, then the page."""
    image = base64.encodebytes(random.Random(0).randbytes(9_000_000)).replace(b"\n", b"\r\n")
    url = "https://news.example/world/putin-assad"
    parts = b"".join(
        b"--B\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Location: https://news.example/img/%d.jpg\r\n\r\n" % i + image
        for i in range(4)
    )
    head = f"MIME-Version: 1.0\r\nSnapshot-Content-Location: {url}\r\nContent-Type: multipart/related; boundary=B\r\n\r\n"
    main = f"--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Location: {url}\r\n\r\n{html}\r\n--B--\r\n"
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

# --------------------------------------------------------------------------- captures

# name -> builder of the file's bytes. The small ones are cheap; EXTREME ones are big or deep.
CAPTURES: dict[str, Callable[[], bytes]] = {
    "empty.html": lambda: b"",
    "whitespace.html": lambda: b" \n\t\r\n  ",
    "png-named.html": lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500),
    "pdf-named.html": lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(500),
    "zip-named.mhtml": lambda: b"PK\x03\x04\x14\x00\x00\x00" + bytes(500),
    "nul-heavy.html": lambda: b"\x00\x01" * 5000,
    "nul-bytes.html": lambda: page(ENGLISH).replace("Kremlin", "Krem\x00lin", 2).encode(),
    "invalid-utf8.html": lambda: page(ENGLISH + [russian()], head="<meta charset=utf-8>")
    .encode()
    .replace(b"Peskov", b"Pes\xff\xfekov"),
    "utf16-bom.html": lambda: page(ENGLISH + [russian()]).encode("utf-16"),
    "utf16-nobom.html": lambda: page(ENGLISH + [russian()]).encode("utf-16-le"),
    "utf16be-nobom.txt": lambda: "\n\n".join(ENGLISH + [russian()]).encode("utf-16-be"),
    "windows-1256.html": lambda: page(arabic().split("\n\n"), title="بوتين وأردوغان").encode("windows-1256"),
    "koi8-r.html": lambda: page(russian().split("\n\n"), title="Путин и Асад").encode("koi8-r"),
    "koi8-r.txt": lambda: russian().encode("koi8-r"),
    "mhtml-no-boundary.mhtml": lambda: _mhtml(_b64(page(ENGLISH)), boundary_param=False),
    "mhtml-broken-base64.mhtml": lambda: _mhtml(_b64(page(ENGLISH))[:-40] + "@@@ not base64 ###\r\n", True),
    "mhtml-1000-parts.mhtml": lambda: _mhtml(_b64(page(ENGLISH)), nparts=1000),
    # Files that are not captures at all, whatever their name says: refused, named by their content.
    "random-bytes.txt": lambda: random.Random(1).randbytes(6000),
    "random-high-bytes.html": lambda: bytes(0x80 + b % 0x80 for b in random.Random(2).randbytes(6000)),
    "elf-named.txt": lambda: b"\x7fELF\x02\x01\x01\x00" + bytes(8) + random.Random(3).randbytes(3000),
    "windows-exe-named.html": lambda: b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + random.Random(4).randbytes(3000),
    "mp3-named.html": lambda: b"ID3\x04\x00\x00\x00\x00\x00\x00" + random.Random(5).randbytes(3000),
    "tar-named.txt": lambda: b"story.txt".ljust(257, b"\x00") + b"ustar\x0000" + bytes(1000),
    # Text with a few stray control characters (a saving glitch) still opens.
    "stray-controls.txt": lambda: "\n\n".join(ENGLISH).replace("Kremlin", "Krem\x01lin", 1)
    .replace("Moscow", "Mos\x1fcow", 1).encode("cp1252"),
    "home-page.html": lambda: _home_page().encode(),
    "login-wall.html": lambda: LOGIN_WALL.encode(),
    "nested-100k.html": lambda: (
        "<html><body>" + "<div>" * 100_000 + "<p>" + ENGLISH[0] + "</p>" + "</div>" * 100_000 + "</body></html>"
    ).encode(),
    "single-line-5mb.html": lambda: ("<html><body>" + "".join(f"<p>{p}</p>" for p in ENGLISH * 9000) + "</body></html>")
    .replace("\n", " ")
    .encode(),
    "single-line-5mb.txt": lambda: (" ".join(ENGLISH) + " ").encode() * 9000,
    "million-lines.txt": lambda: "".join(f"{ENGLISH[i % 4][:16]} {i}.\n" for i in range(1_000_000)).encode(),
    "page-50mb.html": lambda: page(ENGLISH * 94_000).encode(),
    "mhtml-50mb.mhtml": lambda: _big_mhtml(page(ENGLISH)),
}

EXTREME = (
    "nested-100k.html",
    "single-line-5mb.html",
    "single-line-5mb.txt",
    "million-lines.txt",
    "page-50mb.html",
    "mhtml-50mb.mhtml",
)


def _write(root: Path, table: dict, names) -> dict[str, Path]:
    """Write the named files of a table of makers (default: all) into root; name -> path."""
    paths = {}
    for name in names if names is not None else table:
        path = root / name
        path.write_bytes(table[name]())
        paths[name] = path
    return paths


def build_captures(root: Path, names: list[str] | tuple[str, ...] | None = None) -> dict[str, Path]:
    """Write the named captures (default: all) into root; name -> path."""
    return _write(root, CAPTURES, names)


# --------------------------------------------------------------------------- pairs for compare


def _said_clauses(n: int) -> list[str]:
    names = ["Peskov", "Erdogan", "Mekdad", "Lavrov", "Cavusoglu"]
    return [f'"We will talk about ties number {i}," {names[i % 5]} said.' for i in range(n)]


# name -> paragraphs of a page whose two copies are compared. Sizes follow the hostile probe.
PAIR_TEXTS: dict[str, Callable[[], list[str]]] = {
    "quote-word-100k": lambda: [" ".join('"word' for _ in range(1000)) for _ in range(100)],
    "guillemet-word-100k": lambda: [" ".join("«word" for _ in range(1000)) for _ in range(100)],
    "curly-word-100k": lambda: [" ".join("\u201cword" for _ in range(1000)) for _ in range(100)],
    "single-curly-word-100k": lambda: [" ".join("\u2018word" for _ in range(1000)) for _ in range(100)],
    "quote-word-20k": lambda: [" ".join('"word' for _ in range(1000)) for _ in range(20)],
    "nested-openers-100k": lambda: ["".join("\u201c\u2018«\"" + "w " for _ in range(1000)) for _ in range(25)],
    "million-guillemets": lambda: ["«" * 10_000 for _ in range(100)],
    "capitalised-200k": lambda: [" ".join(f"Word{(i * 7 + j) % 997}" for j in range(1000)) for i in range(200)],
    "said-30k": lambda: [" ".join(_said_clauses(100)) for _ in range(300)],
    "words-200k": lambda: (ENGLISH * 2100)[:8000],  # ~200,000 words of prose
}


def build_pair(root: Path, name: str) -> tuple[Path, Path]:
    """Two copies of one hostile page (the second with one paragraph changed)."""
    paragraphs = PAIR_TEXTS[name]()
    a, b = root / f"{name}.a.html", root / f"{name}.b.html"
    a.write_text(page(paragraphs), encoding="utf-8")
    b.write_text(page(paragraphs[:-1] + ["The last paragraph differs in the second copy."]), encoding="utf-8")
    return a, b


# --------------------------------------------------------------------------- notes exports


def _annotation(i: int, exact: object = "Vladimir Putin", start: object = 10, end: object = 24, path: object = None) -> dict:
    target: dict = {
        "source": "https://news.example/world/putin-assad",
        "selector": [
            {"type": "TextQuoteSelector", "exact": exact, "prefix": "President ", "suffix": " hosted"},
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
        "sidebyside:fingerprint": "0" * 64,
    }
    if path is not None:
        target["sidebyside:path"] = path
    return {
        "id": f"urn:uuid:00000000-0000-4000-8000-{i:012d}",
        "type": "Annotation",
        "created": "2024-01-01T00:00:00.000Z",
        "modified": "2024-01-01T00:00:00.000Z",
        "body": [{"type": "TextualBody", "value": f"note {i}", "purpose": "commenting"}],
        "target": target,
    }


def _collection(items: list) -> dict:
    return {"@context": ["http://www.w3.org/ns/anno.jsonld"], "type": "AnnotationCollection",
            "first": {"type": "AnnotationPage", "items": items}}


NOTES: dict[str, Callable[[], bytes]] = {
    "good-3.jsonld": lambda: json.dumps(_collection([_annotation(i) for i in range(3)])).encode(),
    "wrong-types.jsonld": lambda: json.dumps(_collection([
        _annotation(0), {**_annotation(1), "body": 7}, {**_annotation(2), "target": {"selector": 5}},
        {**_annotation(3), "created": ["x"]}, {**_annotation(4), "sidebyside:category": {"a": 1}},
    ])).encode(),
    "deep-nesting.jsonld": lambda: b'{"type": "AnnotationCollection", "first": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "position-infinity.jsonld": lambda: json.dumps(_collection([_annotation(0, start=float("inf"), end=float("inf"))]))
    .encode(),
    "position-1e30.jsonld": lambda: json.dumps(_collection([_annotation(0, start=10**30, end=10**30 + 5)])).encode(),
    "position-float-1e30.jsonld": lambda: json.dumps(_collection([_annotation(0, start=1e30, end=2e30)])).encode(),
    "lone-surrogate.jsonld": lambda: json.dumps(_collection([_annotation(0, exact="Vladimir \ud800 Putin")])).encode(),
    "windows-path.jsonld": lambda: json.dumps(_collection([_annotation(0, path="C:\\Users\\me\\page.html")])).encode(),
    "relative-path.jsonld": lambda: json.dumps(_collection([_annotation(0, path="captures/page.html")])).encode(),
    "number-path.jsonld": lambda: json.dumps(_collection([_annotation(0, path=12)])).encode(),
    "annotations-100k.jsonld": lambda: json.dumps(_collection([_annotation(i) for i in range(100_000)])).encode(),
}


def build_notes(root: Path, names: list[str] | tuple[str, ...] | None = None) -> dict[str, Path]:
    """Write the named notes exports (default: all) into root; name -> path."""
    return _write(root, NOTES, names)
