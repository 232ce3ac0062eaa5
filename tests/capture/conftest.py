"""Fixtures for capture tests: realistic sample text and builders for pages and MHTML files."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

SAMPLES = Path(__file__).parent.parent / "data" / "capture"


@pytest.fixture(scope="session")
def arabic_text() -> str:
    return (SAMPLES / "arabic.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def russian_text() -> str:
    return (SAMPLES / "russian.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def french_text() -> str:
    return (SAMPLES / "french.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def greek_text() -> str:
    return (SAMPLES / "greek.txt").read_text(encoding="utf-8")


def html_page(body_text: str, head: str = "", title: str = "A page") -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in body_text.split("\n\n") if p.strip())
    return (
        f"<!DOCTYPE html>\n<html><head>{head}<title>{title}</title></head>\n"
        f"<body><article><h1>{title}</h1>\n{paragraphs}</article></body></html>\n"
    )


def mime_part(
    payload: bytes,
    content_type: str = "text/html",
    encoding: str = "quoted-printable",
    location: str | None = None,
    charset: str | None = None,
) -> str:
    ctype = content_type + (f'; charset="{charset}"' if charset else "")
    headers = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {encoding}"]
    if location:
        headers.append(f"Content-Location: {location}")
    if encoding == "base64":
        body = base64.encodebytes(payload).decode("ascii")
    else:
        body = quopri.encodestring(payload).decode("ascii")
    return "\r\n".join(headers) + "\r\n\r\n" + body + "\r\n"


def mhtml_file(
    parts: list[str],
    snapshot: str | None = None,
    boundary: str | None = "----MultipartBoundary--sbs----",
    date: str = "Wed, 15 Mar 2023 12:34:56 +0100",
    separator: str = "----MultipartBoundary--sbs----",
) -> bytes:
    """An MHTML file laid out as Chrome saves one (From/Snapshot-Content-Location/Date headers)."""
    head = ["From: <Saved by Blink>"]
    if snapshot:
        head.append(f"Snapshot-Content-Location: {snapshot}")
    head += ["Subject: A page", f"Date: {date}", "MIME-Version: 1.0"]
    ctype = 'Content-Type: multipart/related;\r\n\ttype="text/html"'
    if boundary:
        ctype += f';\r\n\tboundary="{boundary}"'
    head.append(ctype)
    body = "".join(f"\r\n--{separator}\r\n{part}" for part in parts)
    return ("\r\n".join(head) + "\r\n\r\n" + body + f"\r\n--{separator}--\r\n").encode("ascii")


@pytest.fixture(scope="session")
def builders():
    """The page and MHTML builders, for tests that make their own fixtures."""

    class Builders:
        page = staticmethod(html_page)
        part = staticmethod(mime_part)
        mhtml = staticmethod(mhtml_file)

    return Builders


def pytest_configure(config):
    config.addinivalue_line("markers", "chromium: needs the Debian package chromium (skipped without it)")
