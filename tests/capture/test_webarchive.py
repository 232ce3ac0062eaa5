"""Safari .webarchive files: the main resource's HTML, charset and URL."""

from __future__ import annotations

import plistlib

import pytest

from sidebyside.capture import capture_bytes
from sidebyside.errors import CaptureError

URL = "https://www.example.org/world/2023/03/15/talks"


def _webarchive(html: bytes, charset: str | None = "UTF-8", mime: str = "text/html") -> bytes:
    main = {"WebResourceData": html, "WebResourceMIMEType": mime, "WebResourceURL": URL, "WebResourceFrameName": ""}
    if charset:
        main["WebResourceTextEncodingName"] = charset
    sub = [{"WebResourceData": b"\x89PNG\r\n\x1a\n", "WebResourceMIMEType": "image/png",
            "WebResourceURL": "https://www.example.org/a.png"}]
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": sub}, fmt=plistlib.FMT_BINARY)


def test_main_resource_is_the_page(russian_text, builders):
    data = _webarchive(builders.page(russian_text, title="Talks").encode("utf-8"))
    capture = capture_bytes(data, path="talks.webarchive")
    assert capture.source.format == "html"
    assert capture.source.url == URL
    assert capture.source.encoding == "utf-8"
    assert "Владимир Путин" in capture.content


def test_resource_charset_is_used(arabic_text, builders):
    data = _webarchive(builders.page(arabic_text).encode("windows-1256"), charset="windows-1256")
    capture = capture_bytes(data)
    assert capture.source.encoding == "windows-1256"
    assert arabic_text.split("\n")[0][:40] in capture.content


def test_damaged_archive_is_a_clear_error():
    data = _webarchive(b"<html><body>x</body></html>")
    with pytest.raises(CaptureError, match="damaged"):
        capture_bytes(data[: len(data) // 2], path="cut.webarchive")


def test_property_list_without_a_page_is_a_clear_error():
    with pytest.raises(CaptureError, match="holds no page"):
        capture_bytes(plistlib.dumps({"Settings": [1, 2, 3]}, fmt=plistlib.FMT_BINARY), path="prefs.plist")
    with pytest.raises(CaptureError, match="image/png"):
        capture_bytes(_webarchive(b"\x89PNG", mime="image/png"), path="img.webarchive")
