"""Charset: BOM, declaration, UTF-8 fast path, UTF-16/32 without BOM, detection, fallbacks."""

from __future__ import annotations

import codecs

import pytest
from hang_guards import cpu_guard

from sidebyside.capture import capture_bytes
from sidebyside.capture.charset import canonical_codec, declared_charset


def _decodes_to(capture, text: str) -> bool:
    return all(p.strip() in capture.content for p in text.split("\n\n") if p.strip())


@pytest.mark.parametrize(
    ("bom_codec", "expected"),
    [("utf-8-sig", "utf-8"), ("utf-16", "utf-16-le"), ("utf-16-be", "utf-16-be"), ("utf-32", "utf-32-le")],
)
def test_byte_order_mark_decides(bom_codec, expected, russian_text, builders):
    data = builders.page(russian_text).encode(bom_codec)
    if bom_codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    capture = capture_bytes(data)
    assert capture.source.encoding == expected
    assert capture.source.format == "html"
    assert not capture.content.startswith("\ufeff")
    assert _decodes_to(capture, russian_text)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_and_utf32_without_bom(codec, russian_text, arabic_text, builders):
    for text in (russian_text, arabic_text):
        capture = capture_bytes(builders.page(text).encode(codec))
        assert capture.source.encoding == codec
        assert _decodes_to(capture, text)
    plain = capture_bytes(russian_text.encode(codec))
    assert plain.source.format == "text"
    assert plain.content == russian_text


@pytest.mark.parametrize(
    ("sample", "codec"),
    [("arabic_text", "windows-1256"), ("russian_text", "koi8-r"), ("russian_text", "windows-1251")],
)
@pytest.mark.parametrize("as_html", [True, False])
def test_undeclared_legacy_charsets_are_detected(sample, codec, as_html, request, builders):
    text = request.getfixturevalue(sample)
    data = (builders.page(text) if as_html else text).encode(codec)
    capture = capture_bytes(data)
    assert capture.source.encoding == codec
    assert _decodes_to(capture, text)


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="{}">',
        "<meta charset={}>",
        '<meta http-equiv="Content-Type" content="text/html; charset={}">',
        "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset={}'>",
    ],
)
def test_declared_charset_is_used(declaration, arabic_text, builders):
    data = builders.page(arabic_text, head=declaration.format("windows-1256")).encode("windows-1256")
    capture = capture_bytes(data)
    assert capture.source.encoding == "windows-1256"
    assert capture.warnings == ()
    assert _decodes_to(capture, arabic_text)


def test_xml_declaration_names_the_charset(russian_text):
    page = f'<?xml version="1.0" encoding="KOI8-R"?>\n<html><body><p>{russian_text}</p></body></html>'
    capture = capture_bytes(page.encode("koi8-r"))
    assert capture.source.encoding == "koi8-r"


def test_declared_latin1_means_windows_1252():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>“Quoted” – café</p></body></html>'
    capture = capture_bytes(page.encode("windows-1252"))
    assert capture.source.encoding == "windows-1252"
    assert "“Quoted” – café" in capture.content


def test_declared_charset_that_fails_strictly_falls_back_with_a_warning(russian_text, builders):
    # Shift_JIS cannot decode KOI8-R bytes strictly; the detector must take over.
    data = builders.page(russian_text, head='<meta charset="shift_jis">').encode("koi8-r")
    capture = capture_bytes(data)
    assert capture.source.encoding == "koi8-r"
    assert _decodes_to(capture, russian_text)
    assert any("shift_jis" in w for w in capture.warnings)


def test_page_declaring_a_legacy_charset_but_written_in_utf8(russian_text, builders):
    data = builders.page(russian_text, head='<meta charset="windows-1251">').encode("utf-8")
    capture = capture_bytes(data)
    assert capture.source.encoding == "utf-8"
    assert _decodes_to(capture, russian_text)
    assert any("UTF-8" in w for w in capture.warnings)


def test_unknown_declared_charset_is_guessed_with_a_warning(arabic_text, builders):
    data = builders.page(arabic_text, head='<meta charset="no-such-charset">').encode("windows-1256")
    capture = capture_bytes(data)
    assert capture.source.encoding == "windows-1256"
    assert any("no-such-charset" in w for w in capture.warnings)


def test_invalid_utf8_bytes_are_replaced_with_a_warning(russian_text, builders):
    page = builders.page(russian_text, head='<meta charset="utf-8">').encode("utf-8")
    broken = page.replace("Кремле".encode(), b"\xff\xfe\xc3", 1)
    capture = capture_bytes(broken)
    assert capture.source.encoding == "utf-8"
    assert "\ufffd" in capture.content
    assert "Асад" in capture.content
    assert any("U+FFFD" in w for w in capture.warnings)


def test_invalid_utf8_in_an_undeclared_utf8_page_is_replaced(russian_text):
    data = russian_text.encode() + b"\x80 stray byte\n"
    capture = capture_bytes(data)
    assert capture.source.encoding == "utf-8"
    assert capture.content.startswith(russian_text)
    assert capture.warnings


def test_encoding_names_are_python_codecs():
    for label in ("UTF8", "latin1", "cp1256", "KOI8_R", "windows-1251", "ISO-8859-5", "gb2312", "Shift_JIS"):
        name = canonical_codec(label)
        assert name == name.lower()
        codecs.lookup(name)
    assert canonical_codec("cp1256") == "windows-1256"
    assert canonical_codec("x-user-defined") is None
    assert declared_charset(b'<html><head><meta charset="utf-8">') == "utf-8"
    assert declared_charset(b"<p>" + b"x" * 20000 + b'<meta charset="koi8-r">') is None


def test_fast_path_200kb_utf8_page(builders):
    text = "Paragraph about the talks in Moscow, with “quotes” — and an em dash.\n\n" * 2800
    data = builders.page(text, head='<meta charset="utf-8">').encode()
    assert 190_000 < len(data) < 260_000
    with cpu_guard("capture:utf8-200kb"):  # a hang guard; benchmarks/big_inputs.py times it
        capture = capture_bytes(data)
    assert capture.source.encoding == "utf-8"
    assert capture.content.count("em dash") == 2800


def test_undeclared_legacy_page_detects_from_a_sample_only(arabic_text, builders):
    """Detection looks at a bounded sample, so a large legacy page is still quick."""
    data = builders.page((arabic_text + "\n\n") * 600).encode("windows-1256")
    with cpu_guard("capture:legacy-charset-page"):  # a hang guard; benchmarks/big_inputs.py times it
        capture = capture_bytes(data)
    assert capture.source.encoding == "windows-1256"


@pytest.mark.parametrize(
    ("sample", "codec"),
    [("french_text", "windows-1252"), ("greek_text", "windows-1253"), ("greek_text", "iso-8859-7")],
)
def test_more_undeclared_legacy_charsets(sample, codec, request, builders):
    text = request.getfixturevalue(sample)
    capture = capture_bytes(builders.page(text).encode(codec))
    assert _decodes_to(capture, text)


def test_detection_finds_letters_after_a_long_ascii_head(french_text, builders):
    """The first non-ASCII bytes may come after hundreds of KB of scripts and navigation."""
    script = "<script>var config = {" + ", ".join(f'"key{i}": "value {i}"' for i in range(12_000)) + "};</script>"
    nav = "<nav>" + "".join(f"<a href='/s/{i}'>Section {i}</a>" for i in range(4000)) + "</nav>"
    data = builders.page(french_text, head=script + nav).encode("windows-1252")
    assert data.index(b"\xe7") > 300_000  # the first "ç"
    capture = capture_bytes(data)
    assert capture.source.encoding == "windows-1252"
    assert _decodes_to(capture, french_text)


def test_windows_punctuation_is_not_read_as_iso_8859_c1_controls():
    page = "<html><body>" + "<p>An English page with “curly quotes” and an em dash — only.</p>" * 5 + "</body></html>"
    capture = capture_bytes(page.encode("windows-1252"))
    assert "“curly quotes”" in capture.content
    assert not any("\x80" <= ch <= "\x9f" for ch in capture.content)


def test_detection_never_picks_dos_or_mac_code_pages(russian_text, french_text, builders):
    for text, codec in ((russian_text, "windows-1251"), (french_text, "windows-1252")):
        encoding = capture_bytes(builders.page(text).encode(codec)).source.encoding
        assert not encoding.startswith(("cp8", "cp7", "mac-"))


@pytest.mark.parametrize("label", ["utf-7", "unicode_escape", "rot13", "base64", "x-user-defined"])
def test_labels_that_are_not_page_encodings_are_ignored(label, russian_text, builders):
    """Python knows these codecs, but no browser reads a page in them; some would rewrite the markup."""
    data = builders.page(russian_text + r" C:\new\table \u0041", head=f'<meta charset="{label}">').encode("utf-8")
    capture = capture_bytes(data)
    assert capture.source.encoding == "utf-8"
    assert r"C:\new\table \u0041" in capture.content
    assert any(label in w for w in capture.warnings)


def test_whatwg_labels_python_lacks():
    assert canonical_codec("windows-874") == "cp874"
    assert canonical_codec("iso-8859-8-i") == "iso-8859-8"
    assert canonical_codec("x-mac-cyrillic") == "mac-cyrillic"
    assert canonical_codec("x-sjis") == "cp932"


def test_page_declaring_utf8_but_written_in_windows_1251(russian_text, builders):
    """A common publishing mistake: the template says UTF-8, the database wrote windows-1251."""
    data = builders.page(russian_text, head='<meta charset="utf-8">').encode("windows-1251")
    capture = capture_bytes(data)
    assert capture.source.encoding == "windows-1251"
    assert _decodes_to(capture, russian_text)
    assert any("'utf-8'" in w for w in capture.warnings)


def test_absurdly_long_charset_labels_are_cut():
    capture = capture_bytes(b'<html><head><meta charset="' + b"x" * 5000 + b'"></head><body>hi</body></html>')
    assert all(len(w) < 200 for w in capture.warnings)
