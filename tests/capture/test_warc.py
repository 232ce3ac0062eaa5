"""WARC and WACZ captures: the archived page extracts to exactly the Article of its HTML, with the
archived URL and capture time; hostile archives end with a clear one-line message."""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest
from hang_guards import cpu_guard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sidebyside.capture import capture_bytes, load_capture
from sidebyside.errors import CaptureError
from sidebyside.extract import extract, extract_path
from sidebyside.model import article_to_json

PAGE = Path(__file__).parent.parent / "data" / "e2e" / "harbor-convoy.html"
URL = "https://www.harbor-example.org/world/2026/03/convoy"
DATE = "2026-03-10T08:30:00Z"


def _record(writer, uri, body: bytes, content_type="text/html; charset=utf-8", status="200 OK", extra=(), date=DATE):
    headers = StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": date}
    )
    writer.write_record(record)


def _warc(gz: bool = True, named: str | None = None, page_uri: str = URL, redirect_from: str | None = None) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("page.warc", {"software": "test"}))
    if named:
        info = writer.create_warc_record(
            "urn:pageinfo:" + named, "resource", payload=io.BytesIO(json.dumps({"url": named}).encode()),
            warc_content_type="application/json",
        )
        writer.write_record(info)
    if redirect_from:
        _record(writer, redirect_from, b"", status="301 Moved Permanently", extra=[("Location", page_uri)])
    _record(writer, "https://ads.example/frame.html", b"<html><body><p>An advert</p></body></html>")
    _record(writer, page_uri, PAGE.read_bytes())
    _record(writer, "https://www.harbor-example.org/style.css", b"body{color:black}" * 5000, "text/css")
    _record(writer, "https://www.harbor-example.org/photo.jpg", b"\xff\xd8\xff" + bytes(90_000), "image/jpeg")
    return buf.getvalue()


def _wacz(warc: bytes, page: str | None = URL, compress_warc: bool = False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("datapackage.json", json.dumps({"profile": "data-package", "wacz_version": "1.1.1"}))
        lines = [json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages"})]
        if page:
            lines.append(json.dumps({"id": "1", "url": page, "ts": DATE, "title": "Convoy"}))
        zf.writestr("pages/pages.jsonl", "\n".join(lines) + "\n")
        method = zipfile.ZIP_DEFLATED if compress_warc else zipfile.ZIP_STORED
        zf.writestr(zipfile.ZipInfo("archive/data.warc.gz"), warc, compress_type=method)
    return buf.getvalue()


def _without_source(article) -> dict:
    data = article_to_json(article)
    data.pop("source")
    return data


@pytest.fixture(scope="module")
def from_html():
    return extract_path(PAGE)


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_a_warc_extracts_to_exactly_the_article_of_its_html(tmp_path, from_html, gz):
    path = tmp_path / ("page.warc.gz" if gz else "page.warc")
    path.write_bytes(_warc(gz=gz))
    article = extract_path(path)
    assert article.source.format == "warc"
    assert article.source.url == URL
    assert article.source.captured == "2026-03-10T08:30:00+00:00"
    assert _without_source(article) == _without_source(from_html)


def test_a_wacz_extracts_to_exactly_the_article_of_its_html(tmp_path, from_html):
    path = tmp_path / "page.wacz"
    path.write_bytes(_wacz(_warc()))
    article = extract_path(path)
    assert (article.source.format, article.source.url) == ("wacz", URL)
    assert _without_source(article) == _without_source(from_html)


def test_the_named_page_wins_over_the_largest_and_redirects_are_followed(from_html):
    start = "http://harbor-example.org/convoy"
    data = _wacz(_warc(redirect_from=start), page=start)
    article = extract(capture_bytes(data, path="page.wacz"))
    assert article.source.url == URL
    assert _without_source(article) == _without_source(from_html)


def test_a_pageinfo_record_names_the_page():
    capture = capture_bytes(_warc(named=URL), path="page.warc.gz")
    assert capture.source.url == URL


def test_without_a_name_the_largest_html_response_is_the_page():
    capture = capture_bytes(_wacz(_warc(), page=None), path="page.wacz")
    assert capture.source.url == URL
    assert "An advert" not in capture.content


def test_chunked_and_gzip_encoded_payloads_are_decoded():
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    body = gzip.compress(PAGE.read_bytes())
    chunked = b"%x\r\n" % len(body) + body + b"\r\n0\r\n\r\n"
    _record(writer, URL, chunked, extra=[("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")])
    capture = capture_bytes(buf.getvalue(), path="page.warc.gz")
    assert capture.content == capture_bytes(PAGE.read_bytes()).content


def test_an_archive_without_html_is_a_clear_error():
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    _record(writer, "https://e.example/a.css", b"body{}", "text/css")
    with pytest.raises(CaptureError, match="no HTML page") as err:
        capture_bytes(buf.getvalue(), path="styles.warc.gz")
    assert str(err.value).startswith("styles.warc.gz: ")


def test_a_gzip_that_is_not_a_warc_is_read_as_the_page_inside_not_as_a_warc():
    capture = capture_bytes(gzip.compress(b"<html><body><p>a page</p></body></html>"), path="page.html.gz")
    assert capture.source.format == "html" and "a page" in capture.content


def test_a_zip_that_is_not_a_wacz_is_still_refused_as_zip():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("page.html", "<html></html>")
    with pytest.raises(CaptureError, match="a ZIP archive"):
        capture_bytes(buf.getvalue(), path="page.zip")


def test_a_truncated_gzip_member_after_the_page_keeps_the_page_with_a_warning(from_html):
    data = _warc()
    capture = capture_bytes(data[:-200], path="cut.warc.gz")
    assert capture.source.url == URL
    assert any("cut short" in w for w in capture.warnings)


def test_a_truncated_gzip_member_inside_the_only_page_is_a_clear_message():
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    _record(writer, URL, PAGE.read_bytes())
    data = buf.getvalue()
    try:
        capture = capture_bytes(data[: len(data) // 2], path="cut.warc.gz")
    except CaptureError as err:
        assert str(err).startswith("cut.warc.gz: ") and "\n" not in str(err)
    else:
        assert any("cut short" in w for w in capture.warnings)


def test_ten_thousand_records_end_in_bounded_time():
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(10_000):
        _record(writer, f"https://e.example/{i}.css", b"a{}", "text/css")
    with cpu_guard("capture:warc-10000-records"), pytest.raises(CaptureError, match="no HTML page"):
        capture_bytes(buf.getvalue(), path="many.warc.gz")


def test_a_record_limit_refuses_bigger_archives():
    from sidebyside.settings import CaptureSettings

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(50):
        _record(writer, f"https://e.example/{i}.css", b"a{}", "text/css")
    with pytest.raises(CaptureError, match="more than 10 records"):
        capture_bytes(buf.getvalue(), path="many.warc.gz", settings=CaptureSettings(max_warc_records=10))


def test_a_wacz_zip_bomb_is_refused_before_inflating():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0"}\n')
        with zf.open("archive/data.warc", "w", force_zip64=True) as member:
            chunk = bytes(1 << 20)
            for _ in range(50):  # 50 MiB of zeros, about 50 KB deflated: a thousandfold
                member.write(chunk)
    data = buf.getvalue()
    assert len(data) < 2_000_000
    with cpu_guard("capture:wacz-zip-bomb"), pytest.raises(CaptureError, match="zip bomb"):
        capture_bytes(data, path="bomb.wacz")


def test_a_wacz_without_warcs_is_a_clear_error():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0"}\n')
    with pytest.raises(CaptureError, match="holds no WARC"):
        capture_bytes(buf.getvalue(), path="empty.wacz")


def test_load_capture_reads_an_archive_from_disk_by_content(tmp_path):
    path = tmp_path / "archive.bin"
    path.write_bytes(_warc())
    capture = load_capture(path)
    assert capture.source.format == "warc" and capture.source.url == URL
    assert dataclasses.asdict(capture.source)["captured"] == "2026-03-10T08:30:00+00:00"


@pytest.mark.parametrize("target", [b"", b"WARC-Target-URI: https://e.example/\r\n"])
def test_a_header_line_without_end_is_refused_without_reading_it_whole(target):
    """warcio joins a line's buffers until a newline comes: 20 MB without one would take minutes."""
    data = b"WARC/1.0\r\nWARC-Type: response\r\n" + target + b"X-Long: " + b"a" * 20_000_000 + b"\r\n\r\n"
    with cpu_guard("capture:wacz-zip-bomb"), pytest.raises(CaptureError) as err:
        capture_bytes(data, path="long.warc")
    message = str(err.value)
    assert message.startswith("long.warc: the web archive") and "\n" not in message
    assert "NoneType" not in message
