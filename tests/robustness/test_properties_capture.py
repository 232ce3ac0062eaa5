"""Property tests: whatever the bytes, capture (and extraction after it) either succeeds with
offsets that slice the text, or raises a SideBySideError; decodable text survives capture intact.

Examples are derandomized so a run is reproducible, and bounded so the module stays quick.
"""

from __future__ import annotations

import codecs

from hang_guards import cpu_guard
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from sidebyside.capture import capture_bytes
from sidebyside.errors import SideBySideError
from sidebyside.extract import extract
from sidebyside.model import FORMATS, Article

PROPERTY_SETTINGS = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Text a page can hold: no surrogates, no C0 controls but tab/newlines, no noncharacters.
page_chars = st.characters(
    blacklist_categories=("Cs", "Cc"),
    blacklist_characters="\ufffe\uffff\ufeff",
)
page_text = st.text(page_chars | st.sampled_from("\n\t "), min_size=1, max_size=400)

TAGS = ("p", "div", "h1", "h2", "blockquote", "li", "ul", "article", "span", "a", "figure", "figcaption", "script")


@st.composite
def html_documents(draw) -> str:
    """Loosely structured HTML: nested tags around text, sometimes unclosed, sometimes with junk."""

    def node(depth: int) -> str:
        if depth > 4 or draw(st.booleans()):
            return draw(page_text).replace("<", "&lt;")
        tag = draw(st.sampled_from(TAGS))
        children = "".join(node(depth + 1) for _ in range(draw(st.integers(0, 3))))
        closing = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", ""]))
        return f"<{tag}>{children}{closing}"

    head = draw(st.sampled_from(["", "<meta charset=utf-8>", "<title>T</title>", '<meta property="og:url" content="x">']))
    body = "".join(node(0) for _ in range(draw(st.integers(1, 4))))
    return draw(st.sampled_from(["<!DOCTYPE html>", "", "<html>"])) + f"<head>{head}</head><body>{body}</body>"


def _capture_and_extract(data: bytes, path: str = "prop.html") -> Article | None:
    """None when the input was refused with a project error; the Article otherwise."""
    try:
        capture = capture_bytes(data, path=path)
    except SideBySideError as exc:
        assert "\n" not in str(exc)
        return None
    assert capture.source.format in FORMATS
    codecs.lookup(capture.source.encoding)
    assert "\x00" not in capture.content
    try:
        article = extract(capture)
    except SideBySideError:
        return None
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= len(article.text)
    return article


# --------------------------------------------------------------------------- capture alone


@PROPERTY_SETTINGS
@given(st.binary(max_size=2000))
@example(b"")
@example(b"\x00" * 10)
@example(b"\xff\xfe")
@example(b"\xef\xbb\xbf")
@example(b"MIME-Version: 1.0\nContent-Type: multipart/related\n\n--x\n")
def test_capture_of_arbitrary_bytes_raises_only_project_errors(data):
    try:
        capture = capture_bytes(data, path="random.bin")
    except SideBySideError as exc:
        assert str(exc).startswith("random.bin: ")
        return
    assert capture.content.strip()
    assert "\x00" not in capture.content
    codecs.lookup(capture.source.encoding)


@PROPERTY_SETTINGS
@given(st.binary(max_size=1500), st.sampled_from(["text/html", "text/plain", "image/png"]),
       st.sampled_from(["base64", "quoted-printable", "8bit", "bogus"]), st.booleans())
def test_capture_of_mangled_mhtml_raises_only_project_errors(payload, ctype, cte, with_boundary):
    boundary = '; boundary="B"' if with_boundary else ""
    data = (
        b"MIME-Version: 1.0\r\nContent-Type: multipart/related" + boundary.encode() + b"\r\n\r\n--B\r\n"
        + f"Content-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode() + payload + b"\r\n--B--\r\n"
    )
    try:
        capture = capture_bytes(data, path="mangled.mhtml")
    except SideBySideError:
        return
    assert capture.source.format == "mhtml"


@PROPERTY_SETTINGS
@given(st.binary(max_size=1500), st.integers(0, 1500))
def test_capture_of_mangled_webarchives_raises_only_project_errors(html, cut):
    import plistlib

    archive = plistlib.dumps(
        {"WebMainResource": {"WebResourceData": html, "WebResourceMIMEType": "text/html"}}, fmt=plistlib.FMT_BINARY
    )
    for data in (archive, archive[:cut], archive[:cut] + bytes(reversed(archive[cut:]))):
        try:
            capture_bytes(data, path="mangled.webarchive")
        except SideBySideError:
            pass


def _normalised(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@PROPERTY_SETTINGS
@given(page_text.filter(lambda t: t.strip()), st.sampled_from(["utf-8", "utf-16", "utf-32", "utf-8-sig"]))
def test_unicode_text_survives_capture(text, codec):
    """Text in a Unicode encoding the file announces (a BOM) or that is valid UTF-8 comes back as it was."""
    assume(not (codec == "utf-8" and text.startswith(("%PDF-", "GIF87a", "GIF89a", "wOFF", "wOF2"))))
    capture = capture_bytes(text.encode(codec))
    if capture.source.format == "mhtml":  # random text that happens to look like MIME headers
        return
    assert capture.content == _normalised(text)


@PROPERTY_SETTINGS
@given(st.text(st.characters(whitelist_categories=("Lu", "Ll", "Zs", "Po", "Nd")), min_size=1, max_size=300)
       .filter(lambda t: t.strip()))
def test_text_round_trips_through_declared_legacy_charsets(text):
    """A page declaring a charset that encodes it decodes back to the same text."""
    for codec in ("windows-1251", "windows-1256", "koi8-r", "iso-8859-7"):
        try:
            body = text.encode(codec)
        except UnicodeEncodeError:
            continue
        page = f'<html><head><meta charset="{codec}"></head><body><p>'.encode() + body + b"</p></body></html>"
        capture = capture_bytes(page)
        if capture.source.encoding == "utf-8":  # bytes that are also valid UTF-8 are read as UTF-8
            assert capture.warnings or body.isascii()
            continue
        assert capture.source.encoding == codec
        assert _normalised(text) in capture.content


# --------------------------------------------------------------------------- capture + extract


@PROPERTY_SETTINGS
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_through_capture_and_extract(data):
    _capture_and_extract(data)


@PROPERTY_SETTINGS
@given(page_text)
def test_arbitrary_text_through_capture_and_extract(text):
    _capture_and_extract(text.encode("utf-8"), path="prop.txt")


@PROPERTY_SETTINGS
@given(html_documents())
def test_arbitrary_html_through_capture_and_extract(page):
    _capture_and_extract(page.encode("utf-8"))


# --------------------------------------------------------------------------- no backtracking blow-ups

TRICKY_TOKENS = (
    "<!--", "-->", "<!-- x -->", "<meta ", "charset=", "<link rel=canonical href=", "<html>", "<head>", "<body",
    "<p>", "</p>", "<", ">", '"', "'", "=", " ", "\n", "\t", "a", "saved from url=(0019)", "saved with SingleFile",
    "url: ", "saved date: ", "MIME-Version: 1.0\n", "Content-Type: multipart/related", "boundary=", "--", "<?xml ",
    "http://", "&amp;", "\r\n",
)


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.sampled_from(TRICKY_TOKENS), min_size=1, max_size=3000))
def test_token_soup_captures_in_bounded_time(tokens):
    """Sequences of the very fragments the sniffing and provenance patterns look for."""
    with cpu_guard("capture:token-soup"):
        try:
            capture_bytes("".join(tokens).encode(), path="soup.html")
        except SideBySideError:
            pass
