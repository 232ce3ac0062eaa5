"""`sidebyside extract` on bad captures: one line on stderr and status 2; JSON Lines for several."""

from __future__ import annotations

import json

from sidebyside.cli import main

GOOD_TEXT = (
    "Putin Eyes Rapprochement Between Syria and Turkey at Assad Meeting\n\n"
    + "\n\n".join(
        f"Paragraph {i}: Russian President Vladimir Putin hosted Syrian leader Bashar al-Assad for talks on "
        "Wednesday as the Kremlin sought to mend ties between Damascus and Ankara, officials said."
        for i in range(6)
    )
    + "\n"
)


def test_extract_empty_file_exits_2_with_one_line(tmp_path, capsys):
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    assert main(["extract", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert str(path) in err and "the file is empty" in err


def test_extract_binary_file_exits_2_with_one_line(tmp_path, capsys):
    path = tmp_path / "scan.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    assert main(["extract", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert "looks like a PNG image, not a web page or text capture" in err


def test_extract_damaged_pdf_exits_2_with_one_line(tmp_path, capsys):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.5\n%\xb5\xed\xae\xfb\n" + bytes(200))
    assert main(["extract", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert "looks like a PDF document, but it is damaged" in err


def test_extract_missing_file_exits_2(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.mhtml")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_extract_several_paths_gives_json_lines_and_exit_1(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    bad = tmp_path / "photo.html"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    empty = tmp_path / "blank.txt"
    empty.write_bytes(b"  \n")
    assert main(["extract", str(good), str(bad), str(empty)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    first, second, third = (json.loads(line) for line in lines)
    assert first["source"]["path"] == str(good)
    assert first["source"]["format"] == "text"
    assert "error" not in first
    assert second == {"source": {"path": str(bad)}, "error": "looks like a PNG image, not a web page or text capture"}
    assert third == {"source": {"path": str(empty)}, "error": "the file is empty"}


def test_extract_format_override_reaches_capture(tmp_path, capsys):
    path = tmp_path / "page.txt"
    path.write_text("<html><body><article>" + "".join(
        f"<p>{line}</p>" for line in GOOD_TEXT.split("\n\n")) + "</article></body></html>", encoding="utf-8")
    assert main(["extract", str(path), "--format", "text"]) == 0
    assert json.loads(capsys.readouterr().out)["source"]["format"] == "text"
