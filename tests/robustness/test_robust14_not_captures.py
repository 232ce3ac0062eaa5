"""Files that are not web pages or text captures are refused with a message naming the file and
what it looks like; real captures in any encoding, with a few stray control bytes, still open.

One sniffing place (capture) serves the app, ``extract``, ``compare``, ``report`` and ``notes``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sidebyside.capture import capture_bytes, load_capture, sniff
from sidebyside.errors import CaptureError

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from hostile_corpus import ENGLISH, build_captures, russian  # noqa: E402

PROSE = "\n\n".join(ENGLISH)

# (bytes, what the message must say): signatures, and binary data without one.
REFUSED = [
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "a PNG image"),
    (b"\x7fELF\x02\x01\x01" + bytes(200), "an ELF executable"),
    (b"MZ\x90\x00\x03\x00\x00\x00" + bytes(300), "a Windows executable"),
    (b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + bytes(200), "a Mach-O executable"),
    (b"Rar!\x1a\x07\x01\x00" + bytes(200), "a RAR archive"),
    (b"II*\x00\x08\x00" + bytes(200), "a TIFF image"),
    (b"ID3\x03\x00\x00\x00\x00" + bytes(200), "an MP3 audio file"),
    (b"OggS\x00\x02" + bytes(200), "an Ogg audio or video file"),
    (b"RIFF\x00\x01\x00\x00WAVEfmt " + bytes(200), "a WAV audio file"),
    (b"\x00\x00\x00\x18ftypheic" + bytes(200), "a HEIF image"),
    (b"\x00asm\x01\x00\x00\x00" + bytes(200), "a WebAssembly module"),
    (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} A story. \\par }", "an RTF document"),
    (b"notes.txt".ljust(257, b"\x00") + b"ustar\x0000" + bytes(300), "a tar archive"),
    (bytes(range(256)) * 8, "binary data"),
    (bytes(0x80 + i * 37 % 0x80 for i in range(4000)), "binary data"),  # high bytes no encoding reads
]


@pytest.mark.parametrize(("data", "kind"), REFUSED, ids=[k for _, k in REFUSED])
@pytest.mark.parametrize("name", ["page.html", "capture.txt"])
def test_binary_files_are_refused_naming_file_and_kind(tmp_path, data, kind, name):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(CaptureError) as err:
        load_capture(path)
    message = str(err.value)
    assert str(path) in message
    assert f"looks like {kind}, not a web page or text capture" in message


# Text that only resembles a signature, or holds a few stray controls, opens.
OPENED = [
    ("ascii starting like a weak signature", ("MZ Holdings said on Monday. " + PROSE).encode()),
    ("bm at the start", ("BMW sales rose. " + PROSE).encode()),
    ("rar in words", ("Rar! said the crowd. " + PROSE).encode()),
    ("stray controls", PROSE.replace("Kremlin", "Krem\x01lin", 1).replace("Moscow", "Mos\x1fcow", 1).encode()),
    ("windows-1252", ("Café société: " + PROSE + " — déjà vu").encode("cp1252")),
    ("koi8-r", russian().encode("koi8-r")),
    ("windows-1253", ("Ο Putin είπε ότι η συνάντηση στην Αθήνα ήταν χρήσιμη. " * 20).encode("cp1253")),
    ("windows-1255", ("Putin אמר כי הפגישה בירושלים הייתה מועילה. " * 20).encode("cp1255")),
    ("shift_jis", ("Putin氏は東京での会談が有益だったと述べた。" * 20).encode("shift_jis")),
    ("big5", ("Putin表示，在台北的會談很有益。" * 20).encode("big5")),
    ("utf-16 with bom", PROSE.encode("utf-16")),
    ("utf-16 without bom", PROSE.encode("utf-16-le")),
    ("utf-8 with a few bad bytes", PROSE.encode().replace(b"Peskov", b"Pes\xff\xfekov")),
]


@pytest.mark.parametrize(("label", "data"), OPENED, ids=[label for label, _ in OPENED])
def test_text_captures_still_open(label, data):
    capture = capture_bytes(data, path="capture.txt")
    assert "Putin" in capture.content or "Путин" in capture.content
    assert "\x00" not in capture.content and "\x01" not in capture.content


def test_weak_signatures_only_name_binary_data():
    assert sniff.magic_kind(b"MZ Holdings") is None
    assert sniff.binary_kind(b"MZ\x90\x00" + bytes(100)) == "a Windows executable"
    assert sniff.binary_kind(bytes(range(32)) * 4) == "binary data"


def test_mostly_replaced_text_is_binary_but_a_few_replacements_are_not():
    assert sniff.is_mostly_replaced("\ufffd" * 100 + "abc")
    assert not sniff.is_mostly_replaced(PROSE + "\ufffd" * 3)
    assert not sniff.is_mostly_replaced("\ufffd" * 10)  # too short to judge


def test_hostile_corpus_binary_entries_are_refused_and_stray_controls_open(tmp_path):
    names = ["random-bytes.txt", "random-high-bytes.html", "elf-named.txt", "windows-exe-named.html",
             "mp3-named.html", "tar-named.txt"]
    paths = build_captures(tmp_path, [*names, "stray-controls.txt"])
    for name in names:
        with pytest.raises(CaptureError, match="not a web page or text capture") as err:
            load_capture(paths[name])
        assert str(paths[name]) in str(err.value)
    capture = load_capture(paths["stray-controls.txt"])
    assert "Kremlin" in capture.content and any("control" in w for w in capture.warnings)


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache")}
    return subprocess.run([sys.executable, "-m", "sidebyside", *args], capture_output=True, text=True,
                          timeout=120, env=env)


@pytest.mark.parametrize("command", [["extract"], ["compare"], ["notes", "list"]])
def test_every_command_names_the_binary_file(tmp_path, command):
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    good = tmp_path / "story.txt"
    good.write_text(PROSE, encoding="utf-8")
    args = [*command, str(bad)] if command != ["compare"] else [*command, str(good), str(bad)]
    proc = _cli(*args, home=tmp_path)
    assert proc.returncode != 0
    assert f"{bad}: looks like a PNG image, not a web page or text capture" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout.strip() == ""  # no article, no empty notes list


def test_report_names_the_binary_file(tmp_path):
    bad = tmp_path / "archive.html"
    bad.write_bytes(b"Rar!\x1a\x07\x00" + bytes(300))
    good = tmp_path / "story.txt"
    good.write_text(PROSE, encoding="utf-8")
    proc = _cli("report", str(good), str(bad), "-o", str(tmp_path / "out.html"), home=tmp_path)
    assert proc.returncode != 0
    assert f"{bad}: looks like a RAR archive" in proc.stderr
    assert not (tmp_path / "out.html").exists()


# Text formats that are not pages, and captures that only look a little like them.
TEXT_REFUSED = [
    ('<?xml version="1.0"?>\n<!-- drawn -->\n<svg xmlns="http://www.w3.org/2000/svg"><text>Hi</text></svg>',
     "an SVG image"),
    ('{"type": "AnnotationCollection", "first": {"items": [1, 2]}}', "a JSON file"),
    ('\n  [{"headline": "Putin hosts Assad", "body": "..."}]', "a JSON file"),
]


@pytest.mark.parametrize(("text", "kind"), TEXT_REFUSED, ids=[k for _, k in TEXT_REFUSED])
def test_svg_and_json_are_refused(tmp_path, text, kind):
    path = tmp_path / "page.html"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CaptureError, match=f"looks like {kind}, not a web page or text capture"):
        load_capture(path)


@pytest.mark.parametrize("text", [
    "[Updated] " + PROSE + ' {"a": 1}',
    "{Breaking} " + PROSE,
    "<html><body><svg></svg><p>" + PROSE + "</p></body></html>",
    "[]\n" + PROSE,
])
def test_captures_that_merely_start_like_json_or_svg_open(text):
    assert "Putin" in capture_bytes(text.encode(), path="capture.txt").content


def test_a_stated_format_is_not_second_guessed_for_text():
    assert capture_bytes(b'{"a": [1, 2]}', path="x.txt", format="text").content == '{"a": [1, 2]}'
