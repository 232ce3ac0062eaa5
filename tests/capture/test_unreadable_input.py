"""Bad input gives a CaptureError with a one-line message naming the file, or a capture with a warning."""

from __future__ import annotations

import gzip
import io
import os
import zipfile

import pytest
from hang_guards import cpu_guard

import sidebyside.capture as capture_module
from sidebyside.capture import capture_bytes, load_capture
from sidebyside.errors import CaptureError
from sidebyside.settings import DEFAULT, CaptureSettings


@pytest.mark.parametrize("data", [b"", b"   ", b"\n\r\n\t  \n", "\ufeff  \n".encode("utf-8"), "  ".encode("utf-16")])
def test_empty_or_whitespace_only(data, tmp_path):
    path = tmp_path / "empty.html"
    path.write_bytes(data)
    with pytest.raises(CaptureError) as err:
        load_capture(path)
    assert err.value.reason == "the file is empty"
    assert str(path) in str(err.value)


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("page.html", "<html></html>")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64), "a JPEG image"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "a GIF image"),
        (_zip(), "a ZIP archive"),
        (gzip.compress(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64)), "a JPEG image"),  # the file inside a gzip
        (b"\x7fELF\x02\x01\x01\x00" + bytes(120), "an ELF executable"),
        (os.urandom(4096).replace(b"%", b"&"), "binary data"),
        (b"\x00" * 2048, "binary data"),
        (b"<html>" + b"\x00\x01\x02\x03" * 300 + b"</html>", "binary data"),
    ],
)
def test_binary_files_say_what_they_look_like(data, kind, tmp_path):
    path = tmp_path / "article.html"
    path.write_bytes(data)
    with pytest.raises(CaptureError) as err:
        load_capture(path)
    message = str(err.value)
    assert kind in message
    assert "not a web page or text capture" in message
    assert str(path) in message
    assert "\n" not in message


def test_a_few_stray_nul_bytes_are_removed_with_a_warning():
    page = b"<html><body><p>Putin\x00 met Assad\x00 in Moscow.</p>" + b"<p>More text here.</p>" * 40 + b"</body></html>"
    capture = capture_bytes(page, path="nul.html")
    assert "\x00" not in capture.content
    assert "Putin met Assad in Moscow." in capture.content
    assert any("NUL" in w for w in capture.warnings)


def test_other_control_characters_are_removed_too():
    capture = capture_bytes(b"Putin said\x0b the talks\x1f were good.\n" + b"A sentence with no control bytes.\n" * 40)
    assert "Putin said the talks were good." in capture.content
    assert capture.warnings


def test_line_endings_are_normalised():
    capture = capture_bytes(b"First paragraph.\r\n\r\nSecond paragraph.\rThird.")
    assert capture.content == "First paragraph.\n\nSecond paragraph.\nThird."


def test_a_damaged_pdf_says_what_it_looks_like(tmp_path):
    path = tmp_path / "article.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    with pytest.raises(CaptureError) as err:
        load_capture(path)
    assert str(err.value) == f"{path}: looks like a PDF document, but it is damaged and cannot be read"


def test_files_over_the_size_bound_are_refused(tmp_path):
    small = CaptureSettings(max_bytes=1024)
    path = tmp_path / "huge.html"
    path.write_bytes(b"<p>" + b"x" * 2000 + b"</p>")
    with pytest.raises(CaptureError, match="too large") as err:
        load_capture(path, settings=small)
    assert str(path) in str(err.value)
    with pytest.raises(CaptureError, match="too large"):
        capture_bytes(b"x" * 2000, settings=small)


def test_the_default_size_bound_is_64_mib():
    assert DEFAULT.capture.max_bytes == 64 * 1024 * 1024


def test_a_50_mb_page_captures():
    paragraph = "<p>Russian President Vladimir Putin hosted Syrian leader Bashar al-Assad for talks — “значимые”.</p>\n"
    data = ("<html><head><meta charset='utf-8'></head><body>" + paragraph * 460_000 + "</body></html>").encode()
    assert len(data) > 50_000_000
    with cpu_guard("capture:page-50mb-bytes"):  # a hang guard; benchmarks/big_inputs.py times it
        capture = capture_bytes(data, path="big.html")
    assert capture.source.format == "html"


def test_missing_file(tmp_path):
    with pytest.raises(CaptureError, match="no such file"):
        load_capture(tmp_path / "missing.html")


def test_directory(tmp_path):
    with pytest.raises(CaptureError, match="is a directory"):
        load_capture(tmp_path)


@pytest.mark.needs_non_root
def test_permission_denied(tmp_path):
    path = tmp_path / "secret.html"
    path.write_text("<html></html>")
    path.chmod(0)
    try:
        with pytest.raises(CaptureError, match="permission denied"):
            load_capture(path)
    finally:
        path.chmod(0o600)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    with pytest.raises(CaptureError, match="not a regular file"):
        load_capture(fifo)


def test_nul_in_the_path_is_a_capture_error():
    with pytest.raises(CaptureError):
        load_capture("bad\x00name.html")


def test_one_line_messages():
    for data in (b"", b"%PDF-1.4", b"\x00" * 100):
        with pytest.raises(CaptureError) as err:
            capture_bytes(data, path="x.html")
        assert "\n" not in str(err.value)
        assert str(err.value).startswith("x.html: ")


def test_permission_denied_even_as_root(tmp_path, monkeypatch):
    """Root can read anything, so simulate the refusal the way the OS reports it."""
    path = tmp_path / "secret.html"
    path.write_text("<html></html>")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(capture_module, "open", refuse, raising=False)
    with pytest.raises(CaptureError, match="permission denied"):
        load_capture(path)


def test_other_os_errors_become_capture_errors(tmp_path, monkeypatch):
    path = tmp_path / "page.html"
    path.write_text("<html></html>")

    def fail(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(capture_module, "open", fail, raising=False)
    with pytest.raises(CaptureError, match="Input/output error"):
        load_capture(path)
