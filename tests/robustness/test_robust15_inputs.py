"""Two inputs users met: a text capture with binary data appended (a few KB of a zip glued on by a
careless save or transfer), and Mac-Cyrillic text, which the detector read as windows-1251."""

from __future__ import annotations

import io
import random
import zipfile

import pytest

from sidebyside.capture import capture_bytes
from sidebyside.capture.charset import decode, mac_cyrillic_evidence
from sidebyside.capture.sniff import binary_tail, count_control_bytes
from sidebyside.errors import CaptureError
from sidebyside.extract import extract

SENTENCES = [
    "The harbour board met on Monday to discuss the new ferry timetable.",
    "Dock workers said the night crossings would be cut from four to two.",
    "A spokeswoman for the ferry company said the change followed a fall in winter traffic.",
    "Residents of the island asked the board to keep the last boat at eleven.",
    "The board will decide in March after a second round of talks with the unions.",
]


def _text(paragraphs: int = 60) -> bytes:
    rng = random.Random(7)
    body = ["Ferry crossings cut as winter traffic falls", ""]
    for i in range(paragraphs):
        body += [" ".join(rng.sample(SENTENCES, 3)) + f" (Paragraph {i + 1}.)", ""]
    body.append("The last word of the article is here.")
    return "\n".join(body).encode("utf-8")


def _zip(size: int = 3000) -> bytes:
    rng = random.Random(11)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("photo.bin", bytes(rng.randrange(256) for _ in range(size)))
        archive.writestr("readme.txt", "notes " * 100)
    return buf.getvalue()


def _controls(data: bytes) -> float:
    return count_control_bytes(data) / len(data)


def test_a_text_with_a_zip_appended_keeps_its_text_and_says_what_was_dropped():
    text, tail = _text(150), _zip()
    data = text + tail
    assert _controls(data) < 0.02  # the premise: few control characters in all
    capture = capture_bytes(data, path="capture.txt")
    assert capture.content.rstrip().endswith("The last word of the article is here.")
    assert "\ufffd" not in capture.content and capture.source.encoding == "utf-8"
    [warning] = [w for w in capture.warnings if "binary data" in w]
    assert f"{len(tail) / 1024:.1f} KB" in warning and f"from byte {len(text):,}" in warning
    assert "dropped, the text before it kept" in warning and "ZIP archive" in warning
    assert not any("control character" in w or "invalid byte" in w or "encoding" in w for w in capture.warnings)
    article = extract(capture)
    # the article's own last line kept (a capture of the article alone reads on to its end), no junk after it
    assert article.text.rstrip().endswith("(Paragraph 150.)\n\nThe last word of the article is here.")
    assert "\ufffd" not in article.text
    assert any("binary data" in w for w in article.warnings)


def test_the_cut_is_where_the_text_ends_also_in_utf8_cyrillic_and_html():
    russian = ("Паром отменили из-за шторма. Жители острова просят вернуть вечерний рейс.\n\n" * 80).encode("utf-8")
    capture = capture_bytes(russian + _zip(), path="r.txt")
    assert capture.content == russian.decode("utf-8") and capture.source.encoding == "utf-8"
    page = b"<!doctype html><html><head><title>Ferry</title></head><body>" + \
        b"".join(b"<p>" + s.encode() + b"</p>\n" for s in SENTENCES * 40) + b"</body></html>\n"
    capture = capture_bytes(page + _zip(), path="p.html")
    assert capture.source.format == "html" and capture.content.rstrip().endswith("</html>")
    assert binary_tail(page + _zip()) == len(page)


def test_padding_of_nul_bytes_at_the_end_is_dropped_too():
    text = _text(20)
    capture = capture_bytes(text + bytes(600), path="padded.txt")
    assert capture.content.rstrip().endswith("here.")
    assert any("600 bytes of binary data" in w for w in capture.warnings)


def test_negative_stray_controls_in_a_text_are_no_binary_tail():
    text = _text(20)
    middle = len(text) // 2
    data = text[:middle] + b"\x00\x01\x02" + text[middle:] + b"\x07"
    assert binary_tail(data) is None
    capture = capture_bytes(data, path="glitch.txt")
    assert any("removed 4 NUL or control character(s)" in w for w in capture.warnings)
    assert not any("binary data" in w for w in capture.warnings)


def test_negative_a_short_tail_or_a_file_mostly_binary_is_not_cut():
    text = _text(20)
    assert binary_tail(text + b"\x00\x01\x02\x03" * 8) is None  # 32 bytes: a glitch, not appended data
    mostly = b"A few words of text at the start.\n" + _zip(20000)
    assert binary_tail(mostly) is None
    with pytest.raises(CaptureError, match="ZIP|binary"):
        capture_bytes(mostly, path="archive.txt")


def test_negative_a_text_with_controls_all_through_is_not_cut():
    """Controls spread through the whole file (a damaged capture) are not a tail: the text part
    would not be text."""
    rng = random.Random(3)
    chunks = [s.encode() + bytes([rng.randrange(1, 8)]) for s in SENTENCES * 60]
    data = b" ".join(chunks) + _zip()
    assert binary_tail(data) is None


# --------------------------------------------------------------------------- Mac-Cyrillic

RUSSIAN = """Москва и Анкара договорились о встрече министров

Президент России Владимир Путин провёл в среду телефонный разговор с президентом Турции.
Стороны обсудили положение в Сирии и подготовку встречи министров обороны в Москве.

По словам представителя Кремля Дмитрия Пескова, Эрдоган поблагодарил российских спасателей.
Ясно, что переговоры будут непростыми, сказал эксперт Юрий Шохин. Школы Ярославля закрыты.
"""


def test_mac_cyrillic_text_is_read_as_mac_cyrillic():
    data = RUSSIAN.encode("mac-cyrillic")
    decoded = decode(data)
    assert decoded.encoding == "mac-cyrillic" and decoded.text == RUSSIAN
    capture = capture_bytes(data, path="mac.txt")
    assert capture.content.startswith("Москва и Анкара") and "провёл" in capture.content
    mac, windows = mac_cyrillic_evidence(data)
    assert mac >= 10 and windows == 0


def test_mac_cyrillic_html_without_a_declaration():
    page = f"<html><head><title>Встреча</title></head><body><p>{RUSSIAN}</p></body></html>"
    decoded = decode(page.encode("mac-cyrillic"))
    assert decoded.encoding == "mac-cyrillic" and "Президент России" in decoded.text


@pytest.mark.parametrize("codec, name", [("cp1251", "windows-1251"), ("koi8-r", "koi8-r"), ("cp866", "cp866")])
def test_negative_other_cyrillic_code_pages_stay_as_detected(codec, name):
    decoded = decode(RUSSIAN.encode(codec))
    assert decoded.encoding == name and decoded.text == RUSSIAN


def test_negative_too_little_evidence_leaves_the_detectors_reading():
    """Mac and windows-1251 differ only on capitals, я and ё: a text with one capital word and
    no я or ё says too little to overrule the detector."""
    text = "Москва " + "переговоры будут непростыми, но стороны готовы к диалогу и работе. " * 20
    mac, _ = mac_cyrillic_evidence(text.encode("mac-cyrillic"))
    assert mac < 3
    assert decode(text.encode("mac-cyrillic")).encoding == "windows-1251"


def test_a_declared_mac_cyrillic_page_is_read_as_declared():
    page = f'<html><head><meta charset="x-mac-cyrillic"></head><body><p>{RUSSIAN}</p></body></html>'
    assert decode(page.encode("mac-cyrillic")).encoding == "mac-cyrillic"


def test_the_binary_bytes_before_its_first_control_byte_go_with_it_in_a_utf8_text():
    text = ("Паром отменили из-за шторма.\n\n" * 200).encode("utf-8")
    rng = random.Random(5)
    tail = b"\xff\xfe\xc3" + bytes(rng.randrange(256) for _ in range(2000))
    assert binary_tail(text + tail) == len(text)
    capture = capture_bytes(text + tail, path="r.txt")
    assert capture.content == text.decode("utf-8") and not any("invalid byte" in w for w in capture.warnings)
