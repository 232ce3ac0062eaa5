"""What users see of untrusted names and messages: one line, valid text, no bidi tricks."""

from __future__ import annotations

import os

from sidebyside.display import display_name, display_path, one_line, printable
from sidebyside.errors import CaptureError


def test_undecodable_bytes_of_a_file_name_show_as_replacement_characters():
    name = os.fsdecode(b"/captures/caf\xe9-\xff.html")  # how Python hands such a name over
    assert display_path(name) == "/captures/caf\ufffd-\ufffd.html"
    assert display_path(b"/captures/caf\xe9.html") == "/captures/caf\ufffd.html"
    assert display_name(name) == "caf\ufffd-\ufffd.html"
    display_path(name).encode("utf-8")  # printable anywhere


def test_control_characters_and_bidi_overrides_are_shown_escaped():
    assert display_path("/tmp/two\nlines.html") == "/tmp/two\\nlines.html"
    assert display_path("/tmp/\x1b[31mred.html") == "/tmp/\\x1b[31mred.html"
    # U+202E would make "report\u202elmth.exe" read as "reportexe.html".
    assert display_path("/tmp/report\u202elmth.exe") == "/tmp/report\\u202elmth.exe"
    assert "\u202e" not in one_line("x \u2066y\u2069 \u200f")


def test_one_line_cuts_an_overlong_word_in_the_middle():
    label = "x" * 3000
    line = one_line(f"unknown charset {label!r} declared")
    assert len(line) < 200 and "3,002 characters" in line and line.endswith("' declared")
    assert one_line("a\nb\r\nc") == "a\\nb\\r\\nc"


def test_printable_only_replaces_lone_surrogates():
    assert printable("ok \U0001f600 \ud800") == "ok \U0001f600 \ufffd"


def test_errors_name_the_file_as_displayed_and_stay_on_one_line():
    name = os.fsdecode(b"/tmp/\xff") + "\u202e.html"
    err = CaptureError("the file is empty\nreally", name)
    assert str(err) == "/tmp/\ufffd\\u202e.html: the file is empty\\nreally"
    assert err.path == name  # the real name is kept for the program
