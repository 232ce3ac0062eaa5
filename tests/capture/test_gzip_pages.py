"""A page saved gzip-compressed ("page.html.gz", as news datasets and some tools store pages) is
read as the page inside; a damaged, cut, nested or bomb-sized gzip gets a clear message."""

from __future__ import annotations

import dataclasses
import gzip

import pytest

from sidebyside.capture import load_capture
from sidebyside.errors import CaptureError
from sidebyside.extract import extract_path
from sidebyside.settings import DEFAULT

PAGE = (b"<html><head><title>Dock strike ends</title></head><body><article><h1>Dock strike ends</h1>"
        + b"<p>The dock workers voted on Tuesday to end the strike after nine days of talks.</p>" * 8
        + b"</article></body></html>")


def test_a_gzipped_html_page_is_read_as_the_page(tmp_path):
    path = tmp_path / "strike.html.gz"
    path.write_bytes(gzip.compress(PAGE))
    article = extract_path(path)
    assert article.title == "Dock strike ends"
    assert "nine days of talks" in article.text


def test_a_gzipped_text_capture_is_read_as_text(tmp_path):
    text = "Dock strike ends\n\n" + "The dock workers voted on Tuesday to end the strike after nine days of talks.\n\n" * 6
    path = tmp_path / "strike.txt.gz"
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    assert "nine days of talks" in extract_path(path).text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (gzip.compress(PAGE)[:60], "cut short"),
        (gzip.compress(gzip.compress(PAGE)), "a gzip file inside a gzip file"),
        (gzip.compress(b"   \n "), "empty page"),
        (b"\x1f\x8b\x08\x00" + bytes(6) + b"not deflate data at all" * 4, "damaged"),
    ],
)
def test_a_bad_gzip_says_what_is_wrong_and_names_the_file(data, message, tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(data)
    with pytest.raises(CaptureError) as err:
        load_capture(path)
    assert message in str(err.value) and "page.html.gz" in str(err.value)


def test_a_gzip_bomb_stops_at_the_page_limit(tmp_path):
    settings = dataclasses.replace(DEFAULT.capture, max_bytes=1024 * 1024)
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"a" * (4 * 1024 * 1024)))
    with pytest.raises(CaptureError) as err:
        load_capture(path, settings=settings)
    assert "inflates past the limit" in str(err.value)
