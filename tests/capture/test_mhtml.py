"""MHTML: the main HTML part, its transfer and character encodings, URL and date; damaged files."""

from __future__ import annotations

import pytest
from hang_guards import cpu_guard

from sidebyside.capture import capture_bytes
from sidebyside.errors import CaptureError

URL = "https://www.example.org/world/2023/03/15/talks-in-moscow"


def _chrome_like(builders, body_text: str, charset: str = "utf-8", encoding: str = "quoted-printable") -> bytes:
    page = builders.page(body_text, head=f'<meta charset="{charset}">', title="Talks in Moscow")
    return builders.mhtml(
        [
            builders.part(b"<html><body><p>An advert frame</p></body></html>", location="https://ads.example/frame"),
            builders.part(page.encode(charset), encoding=encoding, location=URL, charset=charset),
            builders.part(b"\x89PNG\r\n\x1a\n\x00\x00", content_type="image/png", encoding="base64",
                          location="https://www.example.org/photo.png"),
            builders.part(b"body { color: black }", content_type="text/css", location="https://www.example.org/s.css"),
        ],
        snapshot=URL,
    )


def test_main_part_is_the_snapshot_location(builders, russian_text):
    capture = capture_bytes(_chrome_like(builders, russian_text), path="talks.mhtml")
    assert capture.source.format == "mhtml"
    assert capture.source.url == URL
    assert capture.source.captured == "2023-03-15T12:34:56+01:00"
    assert capture.source.encoding == "utf-8"
    assert "Talks in Moscow" in capture.content
    assert "Владимир Путин" in capture.content
    assert "advert" not in capture.content
    assert capture.warnings == ()


def test_without_snapshot_location_the_first_html_part_is_main(builders):
    data = builders.mhtml(
        [
            builders.part(b"body{}", content_type="text/css"),
            builders.part(b"<html><body><p>First page</p></body></html>", location="https://a.example/1"),
            builders.part(b"<html><body><p>Second page</p></body></html>", location="https://a.example/2"),
        ]
    )
    capture = capture_bytes(data)
    assert "First page" in capture.content
    assert capture.source.url == "https://a.example/1"


@pytest.mark.parametrize("charset", ["windows-1256", "utf-8"])
def test_base64_part_with_its_charset(builders, arabic_text, charset):
    capture = capture_bytes(_chrome_like(builders, arabic_text, charset=charset, encoding="base64"))
    assert capture.source.encoding == charset
    first_sentence = arabic_text.split("،")[0]
    assert first_sentence in capture.content


def test_soft_line_breaks_of_quoted_printable_are_undone(builders):
    long_line = "word " * 200
    data = builders.mhtml([builders.part(f"<html><body><p>{long_line}</p></body></html>".encode())])
    assert long_line in capture_bytes(data).content


def test_missing_boundary_is_recovered_with_a_warning(builders, russian_text):
    data = _chrome_like(builders, russian_text).replace(b';\r\n\tboundary="----MultipartBoundary--sbs----"', b"")
    assert b"boundary=" not in data
    capture = capture_bytes(data)
    assert capture.source.format == "mhtml"
    assert "Владимир Путин" in capture.content
    assert any("boundary" in w for w in capture.warnings)


def test_no_boundary_and_no_parts_is_a_clear_error():
    data = b"MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\njust some words, no parts\r\n"
    with pytest.raises(CaptureError, match="no MIME boundary") as err:
        capture_bytes(data, path="broken.mhtml")
    assert "broken.mhtml" in str(err.value)


def test_broken_base64_gives_a_capture_with_a_warning(builders, russian_text):
    good = builders.part(builders.page(russian_text).encode(), encoding="base64", charset="utf-8")
    broken = good[: len(good) // 2] + "!!*** not base64 ***\r\n" + good[len(good) // 2 : -9] + "\r\n"
    capture = capture_bytes(builders.mhtml([broken]))
    assert capture.source.format == "mhtml"
    assert "Президент России" in capture.content
    assert any("damaged" in w for w in capture.warnings)


def test_a_thousand_parts(builders):
    images = [
        builders.part(b"\x89PNG\r\n\x1a\n" + bytes(40), content_type="image/png", encoding="base64",
                      location=f"https://www.example.org/img/{i}.png")
        for i in range(1000)
    ]
    page = builders.part(b"<html><body><p>The page after a thousand images</p></body></html>", location=URL)
    data = builders.mhtml(images + [page], snapshot=URL)
    with cpu_guard("capture:mhtml-1000-parts"):  # a hang guard; benchmarks/big_inputs.py times it
        capture = capture_bytes(data)
    assert "a thousand images" in capture.content


def test_mhtml_without_an_html_part_is_a_clear_error(builders):
    data = builders.mhtml([builders.part(b"body{}", content_type="text/css")])
    with pytest.raises(CaptureError, match="no HTML part"):
        capture_bytes(data, path="styles.mhtml")


def test_single_part_mhtml(tmp_path):
    data = (
        b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=koi8-r\r\n"
        b"Content-Location: https://news.example/ru/1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + "<html><body><p>Путин провёл переговоры с Асадом</p></body></html>".encode("koi8-r")
    )
    capture = capture_bytes(data)
    assert capture.source.format == "mhtml"
    assert capture.source.encoding == "koi8-r"
    assert capture.source.url == "https://news.example/ru/1"
    assert "Путин провёл переговоры" in capture.content


def test_bad_date_header_is_ignored(builders):
    data = builders.mhtml([builders.part(b"<html><body>x</body></html>")], date="not a date at all")
    assert capture_bytes(data).source.captured is None


def test_absurd_part_counts_are_refused_before_parsing():
    parts = b"".join(b"--B\r\nContent-Type: image/png\r\n\r\nx\r\n" for _ in range(200_000))
    data = b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n' + parts + b"--B--\r\n"
    with cpu_guard("capture:mhtml-200k-parts"), pytest.raises(CaptureError, match="more than 10,000 parts"):
        capture_bytes(data, path="hostile.mhtml")


def test_deeply_nested_multiparts_are_a_clear_error():
    inner = "Content-Type: text/html\r\n\r\n<html><body><p>deep</p></body></html>"
    for level in range(1, 3000):
        inner = f'Content-Type: multipart/related; boundary="B{level}"\r\n\r\n--B{level}\r\n{inner}\r\n--B{level}--\r\n'
    with pytest.raises(CaptureError, match="nests its parts too deeply"):
        capture_bytes(("MIME-Version: 1.0\r\n" + inner).encode(), path="nested.mhtml")


def test_moderate_nesting_still_finds_the_page():
    inner = "Content-Type: text/html\r\n\r\n<html><body><p>found the page</p></body></html>"
    for level in range(1, 20):
        inner = f'Content-Type: multipart/alternative; boundary="B{level}"\r\n\r\n--B{level}\r\n{inner}\r\n--B{level}--\r\n'
    assert "found the page" in capture_bytes(("MIME-Version: 1.0\r\n" + inner).encode()).content


def test_folded_long_locations_are_unfolded(builders):
    long_url = "https://www.example.org/world/2023/03/15/" + "a-very-long-slug-" * 8 + "end"
    folded = long_url[:60] + "\r\n " + long_url[60:]
    data = builders.mhtml(
        [
            builders.part(b"<html><body><p>frame</p></body></html>", location="https://ads.example/x"),
            builders.part(b"<html><body><p>the article</p></body></html>", location=folded),
        ],
        snapshot=folded,
    )
    capture = capture_bytes(data)
    assert "the article" in capture.content
    assert capture.source.url == long_url


def test_chrome_binary_transfer_encoding_with_lf_line_ends():
    """Current Chrome writes the HTML part raw ('binary') and, on some systems, LF line ends."""
    boundary = "----MultipartBoundary--jBbEijWStDkI9nMewOOHurb9Sb5AFHuQX4NKHlJVBh----"
    page = (
        '<!DOCTYPE html><html lang="en-US"><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=UTF-8"><title>Help page</title></head><body><h1>Help</h1>'
        "<p>‘Cookies’ are small text files — stored on your computer.</p><p>© 2021</p></body></html>"
    )
    data = (
        "From: <Saved by Blink>\nSnapshot-Content-Location: https://site.example/help.php\n"
        "Subject: Help page\nDate: Fri, 2 Jan 2026 22:27:49 +0000\nMIME-Version: 1.0\n"
        f'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="{boundary}"\n\n\n'
        f"--{boundary}\nContent-Type: text/html\nContent-ID: <frame-76DB0B8B@mhtml.blink>\n"
        f"Content-Transfer-Encoding: binary\nContent-Location: https://site.example/help.php\n\n{page}\n"
        f"--{boundary}\nContent-Type: text/css\nContent-Transfer-Encoding: binary\n"
        f'Content-Location: https://site.example/style.css\n\n@charset "utf-8";\nhtml {{ height: 100%; }}\n'
        f"--{boundary}--\n"
    ).encode("utf-8")
    capture = capture_bytes(data, path="help.mhtml")
    assert capture.source.format == "mhtml"
    assert capture.source.url == "https://site.example/help.php"
    assert capture.source.captured == "2026-01-02T22:27:49+00:00"
    assert capture.source.encoding == "utf-8"
    assert "‘Cookies’ are small text files — stored" in capture.content
    assert "height: 100%" not in capture.content
    assert capture.warnings == ()


def test_internet_explorer_mht_with_nested_alternative(french_text):
    """IE and Word wrap the page in multipart/alternative inside multipart/related."""
    import quopri

    page = f"<html><head><title>Poutine</title></head><body><p>{french_text.split(chr(10))[0]}</p></body></html>"
    qp = quopri.encodestring(page.encode("windows-1252")).decode("ascii")
    data = (
        "From: <Saved by Windows Internet Explorer 8>\r\nSubject: Poutine\r\n"
        "Date: Thu, 16 Mar 2023 09:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="multipart/alternative";\r\n\tboundary="----=_NextPart_000_0000_01D9"\r\n\r\n'
        "This is a multi-part message in MIME format.\r\n\r\n"
        "------=_NextPart_000_0000_01D9\r\n"
        'Content-Type: multipart/alternative;\r\n\tboundary="----=_NextPart_001_0001_01D9"\r\n\r\n\r\n'
        "------=_NextPart_001_0001_01D9\r\nContent-Type: text/html;\r\n\tcharset=\"Windows-1252\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: http://www.example.fr/monde/poutine.html\r\n\r\n"
        f"{qp}\r\n------=_NextPart_001_0001_01D9--\r\n\r\n------=_NextPart_000_0000_01D9--\r\n"
    ).encode("ascii")
    capture = capture_bytes(data, path="poutine.mht")
    assert capture.source.format == "mhtml"
    assert capture.source.encoding == "windows-1252"
    assert capture.source.url == "http://www.example.fr/monde/poutine.html"
    assert "Le président russe Vladimir Poutine a reçu" in capture.content


@pytest.mark.parametrize(
    "header",
    [
        b"Content-Type: multipart/related" + b"; a=b" * 100_000 + b"; boundary=B",
        b"Content-Type: multipart/related;" + b"\r\n a=b;" * 50_000 + b" boundary=B",
    ],
)
def test_huge_parameter_headers_are_refused_fast(header):
    """The email package reads parameters in quadratic time; such headers never come from a browser."""
    data = b"MIME-Version: 1.0\r\n" + header + b"\r\n\r\n--B\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--B--\r\n"
    with cpu_guard("capture:mhtml-huge-parameters"), pytest.raises(CaptureError, match="KB MIME header"):
        capture_bytes(data, path="hostile.mhtml")


def test_a_huge_bogus_charset_label_is_quoted_short(builders):
    label = "x-" + "bogus" * 600  # 3 KB
    data = builders.mhtml([builders.part(b"<html><body><p>The talks resumed.</p></body></html>", charset=label)])
    capture = capture_bytes(data, path="label.mhtml")
    assert "The talks resumed." in capture.content
    warning = next(w for w in capture.warnings if "unknown charset" in w)
    assert len(warning) < 120 and "…" in warning


def test_header_blocks_longer_than_the_limit_are_refused_early():
    lines = b"".join(b"X-Header-%d: value\r\n" % i for i in range(20_000))
    data = b"MIME-Version: 1.0\r\n" + lines + b"Content-Type: multipart/related; boundary=B\r\n\r\n--B\r\n"
    data += b"Content-Type: text/html\r\n\r\n<p>x</p>\r\n--B--\r\n"
    with cpu_guard("capture:mhtml-huge-parameters"), pytest.raises(CaptureError, match="KB MIME header"):
        capture_bytes(data, path="headers.mhtml")
